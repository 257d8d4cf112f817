"""The story a file tells, checked once it is parsed: dates that contradict one
another, numbers beyond what the reasoner computes exactly.

Stage: parse (text -> typed Scenario) -> **validate** (the Scenario, whole) ->
facts -> reason. A file that cannot be true raises ScenarioError (exit 2,
`FILE:LINE:COL: ...`) at the statement at fault, naming both dates; what a
real file could hold but the law cannot use becomes a warning of the scenario
(`Scenario.warnings`, given with the reasoner's own warnings), and the fact
emitter leaves the statement out, so that no conclusion is drawn from it.

Numbers (clingo computes with 32-bit integers, which wrap silently)
----------------------------------------------------------------------
The parser bounds every single number to 2,147,483,647. What the rules add up
or multiply is bounded here, so that no sum and no product they form can leave
32 bits (each arithmetic expression of rules/*.lp is listed with its bound in
tests/test_arithmetic.py, which fails on one not reviewed):

- **rights**: the rights stated in the file, all members together, at most
  715,827,882 (= 2,147,483,647 // 3): every total of rights the rules form
  (of an assembly's members, of those attending, voting or voting for, of the
  members on the as-of date) is at most that sum, and the largest multiple
  they take of one is 3 (`3 * F >= 2 * P`, two thirds). Only proportions
  between members matter: smaller rights in the same proportions say the same.
- **apports**: the amounts of all `contribution` lines together, at most
  2,147,483,647 EUR (they are only added up; the proportion of rights to
  apports is compared exactly by `@fraction`, not by a product).
- **participations**: the amounts of one budget year (`year YYYY`) together,
  at most 2,147,483,647 EUR; the rules add up one year at a time
  (participations without a year are never added up; they are bounded as one
  group all the same).
- any single number above 2,147,483,647 (a safety net behind the parser).

Delays added to dates (`notice_days`, `withdrawal_notice_months`) and the
dates themselves are bounded by the parser (ten years, a hundred years; years
1900 to 2199), which keeps every date the calendar functions compute a real
calendar date.

Dates that contradict the story (errors, exit 2)
------------------------------------------------
Each is an event that cannot have happened as the file tells it:

- an assembly or a committee meeting (part 2) `convened_on` a date after
  its own date (a convocation precedes the meeting);
- an assembly that `reconvenes` an assembly held after it (the second
  convocation comes after the first assembly lacked quorum; the same day is
  allowed);
- an avenant `approved_on` before its own date, `published_on` before its
  approval, or (no approval stated) before its own date;
- two withdrawal notices of one member on the same day;
- a withdrawal `notified` before the member `joined` (only a member
  withdraws);
- a merger dated before a member it merges `joined` (a member cannot be
  absorbed before it exists in the groupement);
- a merger that absorbs a member an earlier merger (or one of the same day,
  earlier in the file) had absorbed, or into such a member (two members
  absorbing each other; one absorbing another after it was itself absorbed):
  a merged member ceased to be one on the merger's date;
- an exclusion deliberated at an assembly held before the member concerned
  `joined`;
- an administrator, or a deputy (part 2), `elected DATE by A.D` on a date
  before assembly A met;
- (part 2) an `administrator_unavailable from F until U` whose last day U
  comes before its first day F (review 39);
- (part 2) an administrator, a deputy or the committee `elected E ... until U`
  whose term ends (U) before the election E (review 40);
- (part 2) an avenant `submitted_on` (its receipt by the agency) before its
  own date (review 40);
- (part 2) a `delegation ... by A.D until U` whose last day U comes before
  assembly A (review 40);
- (part 2) an agency decision approving or refusing an avenant dated before
  the avenant's own date, when the file gives no `submitted_on` (review 40);
- a consultation `answered` before it was `sent`;
- (part 2) the approval of the convention out of the procedure's order
  (received, decided, published): an agency decision approving or refusing
  the convention dated before its receipt (`submitted`), or one on an
  avenant before the avenant's `submitted_on`; `approved` (the publication
  in the seat's region) before the receipt, or before every decision
  approving the convention (unless a tacit approval of the 2017 text may
  have come first: from 2017-04-28, with no receipt stated or two months
  after it); an avenant `approved_on` before its `submitted_on`; a decision
  `published` before its own date;
- (part 2) `approved DATE` and the `published DATE` of a decision approving
  the convention that differ: both are the one publication of the approval
  in the seat's region (README, "Facts and the law in time");
- a dissolution `notified` before the assembly that decided it;
- (part 2) a dissolution `published` before it was `notified` (the director
  general « en assure la publication »: he publishes what is notified to
  him), by the assembly or of right;
- (part 2) a committee meeting's `minutes_sent` before it met; a
  `challenge` of its deliberation made before it met, or `answered` before
  it was made; an agency decision whose `injunction`, `extension` or
  `asks_avenant` time limit ends before the decision itself.

What a real file can hold but the law cannot use, or reads otherwise, is said by
the warnings of story_warnings.py (split out of this module at review 41).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Optional

from .scenario import Located, Pos, Scenario
from .story_warnings import line as _line
from .story_warnings import story_warnings

_UNTIL_ACTS = ("asks_avenant", "injunction", "extension")  # agency acts with a time limit (`WORD until DATE`)

INT_MAX = 2**31 - 1  # clingo's integers
RIGHTS_LIMIT = INT_MAX // 3  # 715,827,882: the rules compare 3 * F with 2 * P
AMOUNT_LIMIT = INT_MAX  # apports, participations of a year: only added up


def check(scenario: Scenario) -> Scenario:
    """The scenario, once its story is checked (ScenarioError for an impossible file)."""
    _numbers(scenario)
    _dates(scenario)
    for w in story_warnings(scenario):
        if w not in scenario.warnings:
            scenario.warnings.append(w)
    return scenario


def _fail(scenario: Scenario, pos: Pos, message: str):
    from .parse import ScenarioError

    raise ScenarioError(scenario.path, pos.line, pos.col, message)


def _n(x: int) -> str:
    return f"{x:,}"


# --- numbers ------------------------------------------------------------------------


def _numbers(scenario: Scenario) -> None:
    g = scenario.groupement
    if g.capital is not None and g.capital.value == 0:
        # R6133-6 (2006), R6133-3 (2010) distinguish a groupement with a capital from one without: a capital of
        # nothing is neither, and the rules would count apports against a capital that does not exist
        _fail(scenario, g.capital.pos,
              "capital 0 EUR: a groupement without a capital is written `capital none`; expected a capital of at "
              "least 1 EUR, or `capital none`")
    total = 0
    for m in g.members:
        if m.rights is not None:
            total += m.rights.value
            if total > RIGHTS_LIMIT:
                _fail(scenario, m.rights.pos,
                      f"the rights stated up to here add up to {_n(total)}, more than the reasoner computes exactly: "
                      f"all members' rights together must be at most {_n(RIGHTS_LIMIT)} (votes are weighed as 3 x rights "
                      f"in 32-bit integers); expected smaller rights in the same proportions")

    total = 0
    for c in g.contributions:
        total += c.amount
        if total > AMOUNT_LIMIT:
            _fail(scenario, c.pos,
                  f"the apports stated up to here add up to {_n(total)} EUR, more than the reasoner computes exactly: "
                  f"all contributions together must be at most {_n(AMOUNT_LIMIT)} EUR (32-bit integers)")

    per_year: dict[Optional[int], int] = {}
    for p in g.participations:
        per_year[p.year] = per_year.get(p.year, 0) + p.amount
        if per_year[p.year] > AMOUNT_LIMIT:
            which = f"of {p.year}" if p.year is not None else "without a year"
            _fail(scenario, p.pos,
                  f"the participations {which} stated up to here add up to {_n(per_year[p.year])} EUR, more than the "
                  f"reasoner computes exactly: the participations of one year together must be at most "
                  f"{_n(AMOUNT_LIMIT)} EUR (32-bit integers)")

    _single_numbers(scenario, g, g.pos)


def _single_numbers(scenario: Scenario, obj, pos: Pos) -> None:
    """Every integer of the scenario within 32 bits (the parser's bound, checked again)."""
    cls = obj.__class__
    if cls in _LEAVES or obj is None:  # (most of what is walked: names, identifiers, dates)
        return
    if isinstance(obj, int):
        if obj > INT_MAX or obj < -INT_MAX - 1:
            _fail(scenario, pos, f"the number {_n(obj)} is beyond what the reasoner computes exactly: "
                                 f"expected at most {_n(INT_MAX)}")
        return
    if isinstance(obj, (list, tuple)):
        for x in obj:
            _single_numbers(scenario, x, pos)
        return
    names = _FIELDS.get(cls)
    if names is None:  # the fields of a dataclass but `pos`, read once per class (nothing else is walked)
        walked = dataclasses.is_dataclass(obj) and not isinstance(obj, type)
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(obj) if f.name != "pos") if walked else ()
    if names:
        here = obj.pos if isinstance(obj, Located) else pos
        for name in names:
            _single_numbers(scenario, getattr(obj, name), here)


_FIELDS: dict = {}  # class -> the names of the fields `_single_numbers` walks
_LEAVES = frozenset({bool, str, date})  # classes with no integer in them (not their subclasses)


# --- dates --------------------------------------------------------------------------


def _mergers_of_current_members(scenario: Scenario) -> None:
    """A member a merger absorbed has ceased to be one on its date (R6133-5 al. 1, README "Mergers"): no
    later merger (nor one of the same day, later in the file) absorbs it again, nor is it the member
    another merger absorbs into (two members absorbing each other, one absorbing after it was absorbed)."""
    gone: dict = {}  # member -> the merger that absorbed it
    for mg in sorted(scenario.groupement.mergers, key=lambda m: (m.date, m.line)):
        for old in mg.of:
            prev = gone.get(old)
            if prev is not None:
                _fail(scenario, mg.pos,
                      f"the merger into '{mg.result}' on {mg.date} absorbs '{old}', which had ceased to be a member "
                      f"on {prev.date}, absorbed into '{prev.result}' by the merger of {_line(prev)}; expected a "
                      f"merger of current members")
        prev = gone.get(mg.result)
        if prev is not None:
            _fail(scenario, mg.pos,
                  f"the merger into '{mg.result}' on {mg.date}: '{mg.result}' had ceased to be a member on "
                  f"{prev.date}, absorbed into '{prev.result}' by the merger of {_line(prev)}; expected a merger "
                  f"into a current member or a new establishment")
        for old in mg.of:
            gone[old] = mg


def _dates(scenario: Scenario) -> None:
    g = scenario.groupement
    assemblies = {a.id: a for a in g.assemblies}
    joined = {m.id: m.joined for m in g.members if m.joined is not None}

    for k in g.committee_meetings:
        if k.convened_on is not None and k.convened_on.value > k.date:
            _fail(scenario, k.convened_on.pos,
                  f"committee meeting '{k.id}' is convened on {k.convened_on.value}, after it met on {k.date} "
                  f"({_line(k)}); expected a convocation on or before the meeting")
    for a in g.assemblies:
        if a.convened_on is not None and a.convened_on.value > a.date:
            _fail(scenario, a.convened_on.pos,
                  f"assembly '{a.id}' is convened on {a.convened_on.value}, after it met on {a.date} ({_line(a)}); "
                  f"expected a convocation on or before the assembly")
        if a.reconvenes is not None:
            first = assemblies.get(a.reconvenes.value)
            if first is not None and first.date is not None and a.date < first.date:
                _fail(scenario, a.reconvenes.pos,
                      f"assembly '{a.id}' on {a.date} reconvenes '{first.id}', which met later, on {first.date} "
                      f"({_line(first)}); expected a second convocation after the assembly that lacked quorum")
        for dl in a.deliberations:
            if dl.matter == "exclusion" and dl.of in joined and a.date < joined[dl.of].value:
                j = joined[dl.of]
                _fail(scenario, dl.pos,
                      f"the exclusion of '{dl.of}' is voted on {a.date}, before '{dl.of}' joined on {j.value} "
                      f"({_line(j)}); expected an exclusion of a member, on or after the day it joined")

    for v in g.avenants:
        if v.submitted_on is not None and v.submitted_on < v.date:
            _fail(scenario, v.pos,
                  f"avenant '{v.id}' is received by the agency (submitted_on) on {v.submitted_on}, before its own "
                  f"date {v.date}; expected a receipt on or after the avenant")
        if v.approved_on is not None and v.approved_on < v.date:
            _fail(scenario, v.pos,
                  f"avenant '{v.id}' is approved on {v.approved_on}, before its own date {v.date}; "
                  f"expected an approval on or after the avenant")
        if v.published_on is not None:
            if v.approved_on is not None and v.published_on < v.approved_on:
                _fail(scenario, v.pos,
                      f"avenant '{v.id}' is published on {v.published_on}, before its approval on {v.approved_on}; "
                      f"expected the publication of the approval on or after it")
            if v.published_on < v.date:
                _fail(scenario, v.pos,
                      f"avenant '{v.id}' is published on {v.published_on}, before its own date {v.date}; "
                      f"expected a publication on or after the avenant")

    _approval_dates(scenario)

    notices: dict = {}
    for w in g.withdrawals:
        first = notices.setdefault((w.member, w.notified), w)
        if first is not w:  # one intention notified twice the same day: which asks for what is unknowable
            _fail(scenario, w.pos,
                  f"'{w.member}' notifies its withdrawal twice on {w.notified} ({_line(first)}); expected one "
                  f"notice a day")
        j = joined.get(w.member)
        if j is not None and w.notified < j.value:
            _fail(scenario, w.pos,
                  f"'{w.member}' notifies its withdrawal on {w.notified}, before it joined on {j.value} ({_line(j)}); "
                  f"expected a notification by a member, on or after the day it joined")

    for mg in g.mergers:
        for old in mg.of:
            j = joined.get(old)
            if j is not None and mg.date < j.value:
                _fail(scenario, mg.pos,
                      f"the merger into '{mg.result}' on {mg.date} absorbs '{old}', which joined later, on {j.value} "
                      f"({_line(j)}); expected a merger of members on or after the day they joined")
    _mergers_of_current_members(scenario)

    adm = g.administrator
    if adm is not None and adm.by is not None and adm.elected is not None:
        a = assemblies.get(adm.by.assembly)
        if a is not None and adm.elected < a.date:
            _fail(scenario, adm.pos,
                  f"'{adm.member}' is elected administrator on {adm.elected} by {adm.by.assembly}.{adm.by.deliberation}, "
                  f"an assembly held later, on {a.date} ({_line(a)}); expected the election on or after that assembly")
    for dp in g.deputies:
        a = assemblies.get(dp.by.assembly) if dp.by is not None else None
        if a is not None and dp.elected < a.date:
            _fail(scenario, dp.pos,
                  f"'{dp.member}' is elected deputy on {dp.elected} by {dp.by.assembly}.{dp.by.deliberation}, "
                  f"an assembly held later, on {a.date} ({_line(a)}); expected the election on or after that assembly")

    # a term whose last day (`until`) comes before the election that begins it (review 40)
    terms = ([(adm, f"'{adm.member}' is elected administrator")] if adm is not None else []) + \
        [(dp, f"'{dp.member}' is elected deputy") for dp in g.deputies] + \
        [(cm, "the committee is elected") for cm in g.committees]
    for term, who in terms:
        if term.elected is not None and term.until is not None and term.until < term.elected:
            _fail(scenario, term.pos,
                  f"{who} on {term.elected} until {term.until}, a term that ends before the election; expected an "
                  f"end of the term on or after {term.elected}")

    # a delegation whose last day (`until`) comes before the assembly that votes it (review 40)
    for dg in g.delegations:
        a = assemblies.get(dg.by.assembly) if dg.by is not None else None
        if a is not None and dg.until is not None and dg.until < a.date:
            _fail(scenario, dg.pos,
                  f"the delegation to the {dg.to} voted by {dg.by.assembly}.{dg.by.deliberation} on {a.date} "
                  f"({_line(a)}) ends on {dg.until}, before it is voted; expected an end of the delegation on or "
                  f"after {a.date}")

    for un in g.administrator_unavailable:
        if un.from_ is not None and un.until is not None and un.until < un.from_:
            _fail(scenario, un.pos,
                  f"the administrator is unable to act from {un.from_} until {un.until}, a last day before the first; "
                  f"expected an end of the inability to act on or after {un.from_}")

    for cs in g.consultations:
        if cs.answered is not None and cs.answered < cs.sent:
            _fail(scenario, cs.pos,
                  f"the consultation of \"{cs.region}\" is answered on {cs.answered}, before it was sent on {cs.sent}; "
                  f"expected an answer on or after the consultation")

    for k in g.committee_meetings:
        if k.minutes_sent is not None and k.minutes_sent.value < k.date:
            _fail(scenario, k.minutes_sent.pos,
                  f"the minutes of committee meeting '{k.id}' are sent on {k.minutes_sent.value}, before it met on "
                  f"{k.date} ({_line(k)}); expected minutes sent on or after the meeting")
    meetings = {k.id: k for k in g.committee_meetings}
    for ch in g.challenges:
        k = meetings.get(ch.of.assembly) if ch.of is not None else None
        if k is not None and ch.date is not None and ch.date < k.date:
            _fail(scenario, ch.pos,
                  f"'{ch.member}' challenges {ch.of.assembly}.{ch.of.deliberation} on {ch.date}, before the committee "
                  f"met on {k.date} ({_line(k)}); expected a challenge on or after the meeting")
        if ch.answered is not None and ch.date is not None and ch.answered < ch.date:
            _fail(scenario, ch.pos,
                  f"the challenge of {ch.of.assembly}.{ch.of.deliberation} by '{ch.member}' is answered on "
                  f"{ch.answered}, before it was made on {ch.date}; expected an answer on or after the challenge")
    for dec in g.ars_decisions:
        for act in dec.acts:
            if act.act in _UNTIL_ACTS and isinstance(act.value, date) and dec.date is not None and act.value < dec.date:
                _fail(scenario, act.pos,
                      f"decision '{dec.id}' of {dec.date} gives, by '{act.act} until {act.value}', a time limit that "
                      f"ends before the decision; expected a time limit on or after {dec.date}")

    for dz in g.dissolutions:
        if dz.notified is not None and dz.by is not None:
            a = assemblies.get(dz.by.assembly)
            if a is not None and dz.notified < a.date:
                _fail(scenario, dz.pos,
                      f"the dissolution is notified on {dz.notified}, before the assembly '{a.id}' decided it on "
                      f"{a.date} ({_line(a)}); expected a notification on or after the decision")
    for dz, what in ([(d, "dissolution") for d in g.dissolutions]
                     + [(g.dissolution_by_law, "dissolution by operation_of_law")]):
        if dz is not None and dz.notified is not None and dz.published is not None and dz.published < dz.notified:
            _fail(scenario, dz.pos,
                  f"the {what} is published on {dz.published}, before it was notified on {dz.notified}; expected "
                  f"a publication on or after the notification (the director general publishes what is notified "
                  f"to him)")


def _two_months_after(x: date) -> date:
    """The last day of the two months from x (R6133-1-1 of 2017: same day number, or the month's last day)."""
    from calendar import monthrange

    months = x.year * 12 + (x.month - 1) + 2
    y, m = divmod(months, 12)
    return date(y, m + 1, min(x.day, monthrange(y, m + 1)[1]))


def _approval_dates(scenario: Scenario) -> None:
    """The convention's and the avenants' receipt, decision and publication in the order the procedure
    gives them (R6133-11 of 2006, R6133-1-1 of 2010 and 2017: received, then decided, then published)."""
    g = scenario.groupement
    received, approved = g.submitted, g.approved
    avenants = {v.id: v for v in g.avenants}
    approving = []  # (decision, its date) of the decisions approving the convention
    for dec in g.ars_decisions:
        if dec.date is None:
            continue
        if dec.published is not None and dec.published < dec.date:
            _fail(scenario, dec.pos,
                  f"decision '{dec.id}' of {dec.date} is published on {dec.published}, before it was made; "
                  f"expected a publication on or after the decision")
        for act in dec.acts:
            if act.act not in ("approves", "refuses"):
                continue
            if act.value == "convention":
                if received is not None and dec.date < received.value:
                    _fail(scenario, dec.pos,
                          f"decision '{dec.id}' {act.act} the convention on {dec.date}, before the agency "
                          f"received it on {received.value} ({_line(received)}); expected a decision on or after "
                          f"the receipt")
                if act.act == "approves":
                    approving.append(dec)
            elif isinstance(act.value, tuple) and act.value[1] in avenants:
                v = avenants[act.value[1]]
                if v.submitted_on is not None and dec.date < v.submitted_on:
                    _fail(scenario, dec.pos,
                          f"decision '{dec.id}' {act.act} avenant '{v.id}' on {dec.date}, before the agency "
                          f"received it on {v.submitted_on} ({_line(v)}); expected a decision on or after "
                          f"the receipt")
                elif v.submitted_on is None and dec.date < v.date:  # no receipt stated: the avenant's own date
                    _fail(scenario, dec.pos,
                          f"decision '{dec.id}' {act.act} avenant '{v.id}' on {dec.date}, before the avenant's own "
                          f"date {v.date} ({_line(v)}); expected a decision on or after the avenant")
    if approved is not None:
        if received is not None and approved.value < received.value:
            _fail(scenario, approved.pos,
                  f"the approval is published (approved) on {approved.value}, before the agency received "
                  f"the convention on {received.value} ({_line(received)}); expected a publication on or after the "
                  f"receipt")
        # one publication in the seat's region: `approved DATE` or the approving decision's `published DATE`
        for dec in approving:
            if dec.published is not None and dec.published != approved.value:
                _fail(scenario, dec.pos,
                      f"decision '{dec.id}' approving the convention is published on {dec.published}, while "
                      f"'approved' ({_line(approved)}) dates that publication in the seat's region on "
                      f"{approved.value}; they are one publication: expected the same date (or only one of them)")
        # published before any decision approving it, where no tacit approval can have come first (the 2017
        # text only, two months after the receipt)
        if approving and all(approved.value < dec.date for dec in approving):
            first = min(approving, key=lambda d: d.date)
            tacit_possible = approved.value >= date(2017, 4, 28) and (
                received is None or approved.value >= _two_months_after(received.value))
            if not tacit_possible:
                _fail(scenario, approved.pos,
                      f"the approval is published (approved) on {approved.value}, before the decision '{first.id}' "
                      f"approving the convention on {first.date} ({_line(first)}); expected a publication on or "
                      f"after the decision")
    for v in g.avenants:
        if v.submitted_on is not None and v.approved_on is not None and v.approved_on < v.submitted_on:
            _fail(scenario, v.pos,
                  f"avenant '{v.id}' is approved on {v.approved_on}, before the agency received it on "
                  f"{v.submitted_on}; expected an approval on or after the receipt")
