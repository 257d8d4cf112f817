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

Dates a real file can hold, that the law cannot use (warnings)
--------------------------------------------------------------
- ``before_legal_personality``: an assembly held before the publication of
  the approval (`approved DATE`, or, when the file gives none, the
  `published DATE` of the decision approving the convention: the same
  publication, the same warnings and facts, approval_publication (legal_personality.py);
  review 37; but a `joined` date, below, only with `approved`), from which
  the groupement "jouit de la
  personnalité morale" (R6133-11 of 2006, R6133-1-1 from 2010-07-26: the
  warning cites the one in force on the publication's date, none before
  2006-01-01, when no encoded text governs the groupement). It is a real meeting (the founders'
  constitutive meeting), but not the assembly of a groupement that does not
  exist yet: R6133-12 to R6133-14 do not govern it. The warning names both
  lines; the assembly and its deliberations are left out of the facts, so no
  quorum, validity, admission, exclusion or election is drawn from it
  (references to it, `by A.D`, find no deliberation and decide nothing).
  The same warning, and the same leaving out, for an election (of the
  administrator, a deputy, the committee) or an avenant dated before that
  publication, and for an election made by such an assembly whatever its
  date: the administrator is « élu en son sein par l'assemblée générale »
  (R6133-15 of 2006 al. 1, R6133-24 from 2010), of a groupement that did not
  exist yet; no term, representative or ordonnateur is drawn from it.

- ``joined_before_legal_personality``: a member whose `joined` date is
  before the publication of the approval (`approved DATE`): the groupement
  « peut admettre de nouveaux membres » only « Après sa constitution »
  (R6133-5 of 2006, R6133-7 of 2010 I: the warning cites the one in force on
  the publication's date, none before 2006-01-01); a member there before it
  is one of those that constituted it. The `joined` date is left out of the facts: the
  member is read as a founding member (no admission, avenant or irregular
  membership drawn). Not for an establishment a merger creates, nor for an
  associate (`associate … { joined DATE }`: no member, so no founding member;
  its date stays a fact and the rules leave its association open, review 39).
  With the approving decision's `published` date alone, or with `approved` for a
  joining between the decision of 2017 and its publication, the `joined` date
  is kept and the admission left open instead (legal_personality.joined_open; the rules'
  missing_fact(joined_admission, M, joined_before_publication)).

- ``legal_personality_disputed``: from 2017-04-28, a statement of the kinds
  above (an assembly, an election or one made by such an assembly, an avenant,
  a withdrawal's notice, a year ended, a transfer of competences by the agency:
  each `transfers` act of a decision, review 40) dated between the decision approving
  the convention, from which R6133-1-1 of 2017 al. 4 dates legal personality,
  and its publication, from which L6133-3 I dates it (legal_personality.decree_personality
  below): the texts disagree, neither is preferred. Left out of the facts as
  not judged, but not read as before the groupement existed: the traces the
  rules get (`administrator_left_out(M, E, personality_disputed)`,
  `deputy_left_out(M, E, personality_disputed)`, `admission_disputed`) leave
  what rests on it open. The same when the file dates the publication from
  2017-04-28 but no decision approving the convention (review 38,
  legal_personality._undated_decision): a statement from the later of 2017-04-28 and the
  receipt (`submitted`) to the publication may come before the decision or
  after it, which cannot be told; the warning says the decision is not dated.

- ``withdrawal_before_legal_personality``: a withdrawal notified before the
  publication of the approval (`approved DATE`): a member withdraws « En
  cours d'exécution de la convention » and notifies « au groupement » its
  intention (R6133-5 of 2006 al. 2, R6133-7 of 2010 II: the warning cites the
  one in force on the notice's date); before that
  publication there is no groupement with legal personality to notify and
  the convention is not in execution. The notice is left out of the facts
  (no effect, no avenant drawn from it), as an assembly held before then.
  A notice given before 2006-01-01 (décret 2005-1681 art. 3), when none of
  these articles was in force, is left out the same, with words that cite
  none of them: no encoded text governs a withdrawal on that date.

Attributes a real file can hold, that the law reads otherwise (warnings)
--------------------------------------------------------------------------
- ``liberal_body``: a member stated `liberal` whose kind is an establishment or
  a body (a health or medico-social establishment, a centre or a maison or
  pôle de santé, an army hospital, the army health service, another body).
  Such a member is not one of « des personnes physiques ou morales exerçant
  une profession de santé à titre libéral » (L6133-3 of 2017 I 1°, whose list
  L6133-2 of 2017 I al. 1 keeps apart from the establishments, centres and
  maisons de santé; the texts of 2004 and 2009 read `liberal` of a health
  professional only): the legal nature counts it by its sector (review 40).
  The statement is kept, not left out: the rules of the administrator's flat
  allowance read it as the liberal practice of the person representing the
  member (R6133-15 of 2006 al. 3 and its successors).

- ``merger_result_undated`` (review 41): a member declared without `joined`
  that a merger of the file forms (`merger M of ...`) and whose admission an
  assembly of the file deliberates on. The file's own assembly treats it as
  « tout nouvel établissement de santé constitué par absorption ou par
  fusion » (R6133-5 of 2006 al. 1, R6133-7 of 2010 I): it is read as joining
  on the merger's date (facts.py gives it that `joined` fact, at the merger's
  line; merger_born_admitted), so it is no member before the merger, nor
  before the assembly validly admits it, as a member the file dates so. The
  warning, at the member's line, names the merger's and the deliberation's
  lines and says what the file leaves open: a founding member that absorbed
  the others (README, "Mergers", the reading without such a deliberation),
  whose admission would have no object.

Not flagged (the rules judge them, or a real file holds them): an
administrator elected before joining (`administrator_invalid`), a withdrawal
`effective` before its notification (the rules take the first year end after
the notice), a report sent before its approval, members attending or
voting on a day they are not members.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Optional

from .law import COVERED_FROM
from .legal_personality import (DECREE_2017, approval_publication, decree_personality, joined_open, membership_text,
                                personality_disputed, personality_text)
from .scenario import Avenant, Located, Pos, Scenario, StoryWarning

_UNTIL_ACTS = ("asks_avenant", "injunction", "extension")  # agency acts with a time limit (`WORD until DATE`)

INT_MAX = 2**31 - 1  # clingo's integers
RIGHTS_LIMIT = INT_MAX // 3  # 715,827,882: the rules compare 3 * F with 2 * P
AMOUNT_LIMIT = INT_MAX  # apports, participations of a year: only added up


def check(scenario: Scenario) -> Scenario:
    """The scenario, once its story is checked (ScenarioError for an impossible file)."""
    _numbers(scenario)
    _dates(scenario)
    for w in _warnings(scenario):
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


def _line(x: Located) -> str:
    return f"line {x.line}"


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


# --- warnings -------------------------------------------------------------------------


def _cites(g, approved, decree) -> tuple:
    """(English, French) words citing the text that dates legal personality after the statements left out, in the
    warnings' parentheses "(approval published on P, line N{cite})": R6133-11 of 2006 or R6133-1-1 of 2010 for a
    publication under them (« à compter de la date de publication »); for one from 2017-04-28, L6133-3 I (the law,
    « à dater de cette publication »), not R6133-1-1 of 2017, which dates it from the decision (al. 4), with that
    decision when the file dates it (`decree`: then both texts leave out what came before it). A publication from
    2017-04-28 of an approval decided before then keeps R6133-1-1 of 2010, the text of its decision's day."""
    personality = personality_text(approved.value)
    if personality is None:
        return "", ""
    decided_before = any(dec.date is not None and dec.date < DECREE_2017
                         and any(act.act == "approves" and act.value == "convention" for act in dec.acts)
                         for dec in g.ars_decisions)
    if approved.value < DECREE_2017 or decided_before:
        return f", {personality}", f", {personality}"
    if decree is None or (decree.undated and not decree.received):
        return ", L6133-3", ", L6133-3"
    if decree.undated:  # before the receipt, so before any decision: both texts leave it out
        return (f", L6133-3; the convention received on {decree.date}, {_line(decree)}, before any decision from "
                f"which R6133-1-1 of 2017 dates it",
                f", L6133-3 ; convention reçue le {decree.date}, ligne {decree.line}, avant toute décision à compter "
                f"de laquelle R6133-1-1 de 2017 la fait courir")
    if decree.tacit:
        return (f", L6133-3; tacitly approved, R6133-1-1 of 2017 dating it from {decree.date}, {_line(decree)}",
                f", L6133-3 ; approuvée tacitement, R6133-1-1 de 2017 la datant du {decree.date}, ligne {decree.line}")
    return (f", L6133-3; decided on {decree.date}, {_line(decree)}, R6133-1-1 of 2017",
            f", L6133-3 ; décidée le {decree.date}, ligne {decree.line}, R6133-1-1 de 2017")


def _disputed(st, en: str, fr: str, approved, decree, also: tuple = ("", "")) -> StoryWarning:
    """``legal_personality_disputed``: statement `st` (`en`, `fr`: what it is, with its date) falls between the
    decision approving the convention, from which the decree of 2017 dates legal personality, and its publication,
    from which the law dates it. It is left out of the facts as not judged, with words that do not say the
    groupement did not exist then; facts.py gives the rules the traces that keep what rests on it open
    (an election: `administrator_left_out(M, E, personality_disputed)`)."""
    from .render.phrases import date_words

    start_en, start_fr = decree.words()
    what_en, what_fr = (("the day after the tacit approval", "du lendemain de l'approbation tacite") if decree.tacit
                        else ("the decision", "de la décision"))
    pub_en, pub_fr = date_words(approved.value, "en"), date_words(approved.value, "fr")
    if decree.undated:  # the decision not dated: before it or after it, which cannot be told (review 38)
        return StoryWarning(
            "legal_personality_disputed",
            f"{en} ({_line(st)}) came before the publication of the approval on {pub_en} ({_line(approved)}), and "
            f"the file does not date the decision approving the convention: the decree dates legal personality from "
            f"that decision (R6133-1-1 of 2017, al. 4), the law from the publication (L6133-3, I); whether it came "
            f"before the decision, when neither text gives the groupement legal personality, or between the decision "
            f"and the publication, when they disagree, cannot be told, so it is neither judged nor read as coming "
            f"before the groupement existed{also[0]}",
            st.line, st,
            f"{fr} (ligne {st.line}) précède la publication de l'approbation du {pub_fr} (ligne {approved.line}), et "
            f"le dossier ne date pas la décision d'approbation de la convention : le décret fait courir la "
            f"personnalité morale de cette décision (R6133-1-1 de 2017, al. 4), la loi de la publication (L6133-3, "
            f"I) ; on ne peut dire si ce fait précède la décision, quand aucun des deux textes ne donne la "
            f"personnalité morale au groupement, ou se place entre la décision et la publication, quand ils "
            f"divergent : il n'est ni jugé, ni tenu pour antérieur à l'existence du groupement{also[1]}")
    return StoryWarning(
        "legal_personality_disputed",
        f"{en} ({_line(st)}) came between {start_en} and the publication of the approval on {pub_en} "
        f"({_line(approved)}): the decree dates legal personality from {what_en} (R6133-1-1 of 2017, al. 4), the law "
        f"from the publication (L6133-3, I); the two texts disagree and neither is preferred, so it is neither judged "
        f"nor read as coming before the groupement existed{also[0]}",
        st.line, st,
        f"{fr} (ligne {st.line}) se place entre {start_fr} et la publication de l'approbation du {pub_fr} (ligne "
        f"{approved.line}) : le décret fait courir la personnalité morale {what_fr} (R6133-1-1 de 2017, al. 4), la "
        f"loi de la publication (L6133-3, I) ; les deux textes "
        f"divergent et aucun n'est retenu : ce fait n'est ni jugé, ni tenu pour antérieur à l'existence du "
        f"groupement{also[1]}")


# the kinds of member that are establishments or bodies, never a person practising a health profession on a liberal
# basis (rules/members_and_nature/2017-01-14_L6133-3.lp, not_practising_kind_2017): English, French
_BODY_KINDS = {
    "health_establishment": ("a health establishment", "un établissement de santé"),
    "medico_social_establishment": ("a medico-social establishment", "un établissement médico-social"),
    "health_centre": ("a health centre (centre de santé)", "un centre de santé"),
    "health_house": ("a maison de santé", "une maison de santé"),
    "health_pole": ("a pôle de santé", "un pôle de santé"),
    "army_hospital": ("an army hospital", "un hôpital des armées"),
    "army_health_service": ("the army health service", "le service de santé des armées"),
    "other_care_organisation": ("a body (organisme)", "un organisme"),
}


def _liberal_bodies(g) -> list[StoryWarning]:
    """``liberal_body``: a member stated `liberal` whose kind is an establishment or a body (module docstring)."""
    out = []
    for m in g.members:
        if m.associate or m.liberal is None or m.kind is None or m.kind.value not in _BODY_KINDS:
            continue
        en, fr = _BODY_KINDS[m.kind.value]
        who = f"{m.name} ('{m.id}')" if m.name else f"'{m.id}'"
        out.append(StoryWarning(
            "liberal_body",
            f"the file states that {who} practises on a liberal basis ({_line(m.liberal)}), but it is {en}: an "
            f"establishment or a body, not one of « des personnes physiques ou morales exerçant une profession de "
            f"santé à titre libéral » (L6133-3, version of 14 January 2017, I, para. 3); the legal nature of the "
            f"groupement counts it by its sector; the statement is read only as the liberal practice of the person "
            f"representing it (the administrator's flat allowance)",
            m.liberal.line, None,
            f"le fichier indique que {who} exerce à titre libéral (ligne {m.liberal.line}), mais c'est {fr} : un "
            f"établissement ou un organisme, non l'une « des personnes physiques ou morales exerçant une profession "
            f"de santé à titre libéral » (L6133-3, version du 14 janvier 2017, I, al. 3) ; la nature juridique du "
            f"groupement le compte selon son secteur ; cette indication n'est lue que comme l'exercice libéral de "
            f"la personne qui le représente (indemnité forfaitaire de l'administrateur)"))
    return out


# the statements that name the deliberation deciding them (`... by A.D`), in words, with the matter words whose
# deliberation can decide them (review 41, fixer M): a seat transfer is an item of its own (R6133-21@2010-07-26.I.2.2)
# and changes a mention of the convention (R6133-1@2006-01-01.2.1, R6133-1@2010-07-26.I.1.1: « Le siège du
# groupement »), so `seat_transfer` and `convention_change`; the dissolution « La prorogation ou la dissolution »
# (R6133-13@2006-01-01 13°, R6133-21@2010-07-26.I.2.18), `dissolution`; the liquidators, « les mesures nécessaires à
# sa liquidation » of the same item, `liquidation` or `dissolution`; the administrator and, from 2017, his deputy, « La
# nomination et la révocation de l'administrateur » (3°, 14°), `administrator`; the restricted committee,
# `committee_election`; a delegation, « Les conditions dans lesquelles elle délègue » (23°, 2017: 24°), `delegation`.
_CARRIERS = {
    "seat_transfer": (("seat_transfer", "convention_change"), "the transfer of the seat", "le transfert du siège"),
    "dissolution": (("dissolution",), "the dissolution", "la dissolution"),
    "liquidator": (("liquidation", "dissolution"), "the appointment of the liquidator",
                   "la nomination du liquidateur"),
    "administrator": (("administrator",), "the election of the administrator", "l'élection de l'administrateur"),
    "deputy": (("administrator",), "the election of the deputy administrator",
               "l'élection de l'administrateur suppléant"),
    "committee": (("committee_election",), "the election of the restricted committee",
                  "l'élection du comité restreint"),
    "delegation": (("delegation",), "the delegation", "la délégation"),
}


def _other_matter(g) -> list[StoryWarning]:
    """``deliberation_of_another_matter``: a statement naming (`by A.D`) a deliberation whose matter word cannot carry
    it (a seat transfer by a deliberation `on budget`): most likely a slip in the file. The contract allows any
    deliberation to be named, so a warning, at the statement's line, naming the deliberation's line and its matter;
    the rules judge the statement under its own matter all the same (review 41, fixer M)."""
    named = [("seat_transfer", st, st.by) for st in g.seat_transfers]
    named += [("dissolution", dz, dz.by) for dz in g.dissolutions]
    named += [("liquidator", lq, lq.by) for lq in g.liquidators]
    if g.administrator is not None:
        named.append(("administrator", g.administrator, g.administrator.by))
    named += [("deputy", dp, dp.by) for dp in g.deputies]
    named += [("committee", cm, cm.by) for cm in g.committees]
    named += [("delegation", dg, dg.by) for dg in g.delegations]
    out = []
    for kind, st, ref in named:
        if ref is None:
            continue
        dl = next((d for a in g.assemblies if a.id == ref.assembly for d in a.deliberations
                   if d.id == ref.deliberation), None)
        carriers, en, fr = _CARRIERS[kind]
        if dl is None or dl.matter in carriers:
            continue
        # the matter words said in words (no raw identifier in a warning: tests/test_stop23_outputs.py)
        words = " or ".join(f"'{m.replace('_', ' ')}'" for m in carriers)
        mots = " ou ".join(f"'{m.replace('_', ' ')}'" for m in carriers)
        matter = dl.matter.replace("_", " ")
        if kind == "seat_transfer":  # rules/convention: the transfer's own majority, not that of the matter word
            tail_en = (f"the transfer is decided only if the votes reach the majority the transfer itself requires, "
                       f"whatever that of '{matter}'")
            tail_fr = (f"le transfert n'est décidé que si les votes atteignent la majorité que requiert le transfert "
                       f"lui-même, quelle que soit celle de '{matter}'")
        else:  # the rules read no decision of that kind in it (their reasons say so)
            tail_en = f"that deliberation is not read as deciding {en}"
            tail_fr = f"cette délibération n'est pas lue comme décidant {fr}"
        out.append(StoryWarning(
            "deliberation_of_another_matter",
            f"{en} ({_line(st)}) names deliberation '{ref.assembly}.{ref.deliberation}' ({_line(dl)}), whose matter is "
            f"'{matter}', not {words}: most likely a slip in the file; {tail_en}",
            st.line, None,
            f"{fr} (ligne {st.line}) renvoie à la délibération '{ref.assembly}.{ref.deliberation}' (ligne {dl.line}), "
            f"qui porte sur la matière '{matter}', non {mots} : sans doute une erreur du fichier ; {tail_fr}"))
    return out


def _warnings(scenario: Scenario) -> list[StoryWarning]:
    g = scenario.groupement
    out: list[StoryWarning] = _liberal_bodies(g) + _merger_born_admitted_warnings(g) + _other_matter(g)
    approved = approval_publication(g)
    if approved is not None:
        personality = personality_text(approved.value)
        # from 2017-04-28, the decision from which the decree dates legal personality, before the publication: a
        # statement dated between the two is left open (legal_personality_disputed), not left out as before it
        decree = decree_personality(g)
        # the article cited, in force on the approval's publication; none before 2006 (no encoded text); from
        # 2017-04-28 the law (the decree dates it from the decision)
        cite, cite_fr = _cites(g, approved, decree)
        for a in g.assemblies:
            if personality_disputed(g, a.date):
                out.append(_disputed(a, f"assembly '{a.id}' on {a.date}", f"l'assemblée '{a.id}' du {a.date}",
                                     approved, decree, ("; nor are its deliberations", " ; ses délibérations non plus")))
            elif a.date is not None and a.date < approved.value and personality is None:
                out.append(StoryWarning(
                    "before_legal_personality",
                    f"assembly '{a.id}' on {a.date} ({_line(a)}) met before the approval of the convention was "
                    f"published on {approved.value} ({_line(approved)}); no encoded text governs the groupement on "
                    f"that date (décret 2005-1681 applies from {COVERED_FROM.isoformat()}); neither it nor its "
                    f"deliberations are judged",
                    a.line, a,
                    f"l'assemblée '{a.id}' du {a.date} (ligne {a.line}) s'est réunie avant la publication de "
                    f"l'approbation de la convention le {approved.value} (ligne {approved.line}) ; aucun texte encodé "
                    f"ne régit le groupement à cette date (le décret 2005-1681 s'applique à compter du "
                    f"{COVERED_FROM.isoformat()}) ; ni elle ni ses délibérations ne sont jugées"))
            elif a.date is not None and a.date < approved.value:
                out.append(StoryWarning(
                    "before_legal_personality",
                    f"assembly '{a.id}' on {a.date} ({_line(a)}) met before the groupement had legal personality "
                    f"(approval published on {approved.value}, {_line(approved)}{cite}): a meeting of the founders, "
                    f"not the groupement's assembly; neither it nor its deliberations are judged",
                    a.line, a,
                    f"l'assemblée '{a.id}' du {a.date} (ligne {a.line}) s'est réunie avant que le groupement ait la "
                    f"personnalité morale (approbation publiée le {approved.value}, ligne {approved.line}{cite_fr}) : "
                    f"une réunion des fondateurs, non l'assemblée du groupement ; ni elle ni ses délibérations ne "
                    f"sont jugées"))
        merged = {mg.result for mg in g.mergers}
        # a `joined` before the publication is read as a founding member only when the file states `approved`: the
        # procedure's readings of a decision known with its `published` date take the members on the receipt and on
        # the decision's day (review 33: consultation, signatures); which reading governs then is left open (review 37)
        for m in (g.members if g.approved is not None else ()):
            j = m.joined
            # an associate is no member (L6133-1 of 2004 al. 4: an agreement « en vue de leur association aux
            # activités du groupement »): it neither constitutes the groupement nor is admitted « après sa
            # constitution », so it is not read as a founding member; its date stays a fact, and the rules leave its
            # association open when it precedes the publication (missing_fact(association, M,
            # association_before_personality), rules/convention/2006-01-01_R6133-1.lp; review 39)
            if m.associate or j is None or j.value >= approved.value or m.id in merged or joined_open(g, m):
                continue
            # « Après sa constitution » is read as of the constitution (the approval's publication)
            admission = membership_text(approved.value)
            if admission is None:  # constituted before 2006: no encoded text to cite
                out.append(StoryWarning(
                    "joined_before_legal_personality",
                    f"'{m.id}' joined on {j.value} ({_line(j)}), before the approval of the convention was published "
                    f"on {approved.value} ({_line(approved)}); no encoded text governs the groupement on that date "
                    f"(décret 2005-1681 applies from {COVERED_FROM.isoformat()}); read as a founding member",
                    j.line, j,
                    f"'{m.id}' a rejoint le groupement le {j.value} (ligne {j.line}), avant la publication de "
                    f"l'approbation de la convention le {approved.value} (ligne {approved.line}) ; aucun texte encodé "
                    f"ne régit le groupement à cette date (le décret 2005-1681 s'applique à compter du "
                    f"{COVERED_FROM.isoformat()}) ; lu comme un membre fondateur"))
                continue
            en_text, fr_text = f" ({admission[0]})", f" ({admission[1]})"
            out.append(StoryWarning(
                "joined_before_legal_personality",
                f"'{m.id}' joined on {j.value} ({_line(j)}), before the groupement had legal personality (approval "
                f"published on {approved.value}, {_line(approved)}): the groupement admits new members only "
                f"« après sa constitution »{en_text}; read as a founding member",
                j.line, j,
                f"'{m.id}' a rejoint le groupement le {j.value} (ligne {j.line}), avant que le groupement ait la "
                f"personnalité morale (approbation publiée le {approved.value}, ligne {approved.line}) : le "
                f"groupement n'admet de nouveaux membres qu'« après sa constitution »{fr_text} ; lu comme un membre "
                f"fondateur"))
        for w in g.withdrawals:
            if w.notified is None or w.notified >= approved.value:
                continue
            who = next((m.name for m in g.members if m.id == w.member and m.name), None) or f"'{w.member}'"
            if personality_disputed(g, w.notified):
                out.append(_disputed(w, f"the withdrawal of {who} notified on {w.notified}",
                                     f"le retrait de {who} notifié le {w.notified}", approved, decree))
                continue
            if w.notified < COVERED_FROM:
                # a notice before décret 2005-1681 applies: R6133-5 (and R6133-11, R6133-7) not in force on its
                # date, so not cited; the notice is left out all the same (before the approval's publication)
                out.append(StoryWarning(
                    "withdrawal_before_legal_personality",
                    f"the withdrawal of {who} notified on {w.notified} ({_line(w)}) came before the approval of the "
                    f"convention was published on {approved.value} ({_line(approved)}); no encoded text governs a "
                    f"withdrawal on that date (décret 2005-1681, which does, applies from "
                    f"{COVERED_FROM.isoformat()}); that notice is not judged",
                    w.line, w,
                    f"le retrait de {who} notifié le {w.notified} (ligne {w.line}) précède la publication de "
                    f"l'approbation de la convention le {approved.value} (ligne {approved.line}) ; aucun texte encodé "
                    f"ne régit un retrait à cette date (le décret 2005-1681, qui le régit, s'applique à compter du "
                    f"{COVERED_FROM.isoformat()}) ; cette notification n'est pas jugée"))
                continue
            on_notice = membership_text(w.notified)  # the article in force on the notice's date
            out.append(StoryWarning(
                "withdrawal_before_legal_personality",
                f"the withdrawal of {who} notified on {w.notified} ({_line(w)}) came before the groupement had "
                f"legal personality (approval published on {approved.value}, {_line(approved)}{cite}): a member "
                f"withdraws « en cours d'exécution de la convention » and notifies « au groupement » its intention "
                f"({on_notice[0]}); that notice is not judged",
                w.line, w,
                f"le retrait de {who} notifié le {w.notified} (ligne {w.line}) précède la personnalité morale "
                f"du groupement (approbation publiée le {approved.value}, ligne {approved.line}{cite_fr}) : un "
                f"membre se retire « en cours d'exécution de la convention » et notifie « au groupement » son "
                f"intention ({on_notice[1]}) ; cette notification n'est pas jugée"))
        # a transfer of competences by the agency (R6133-22 of 2009, R6133-30 of 2017: « transférées à un groupement
        # de coopération sanitaire créé ») dated between the decision of 2017 and its publication: left open as the
        # other statements of that window (review 40); each act is left out, the decision's other acts kept
        for dec in g.ars_decisions:
            if not personality_disputed(g, dec.date):
                continue
            for act in dec.acts:
                if act.act == "transfers":
                    from .render.phrases import date_words

                    out.append(_disputed(
                        act, f"the transfer of competences '{act.value}' by decision '{dec.id}' of the agency on "
                             f"{date_words(dec.date, 'en')}", f"le transfert des compétences '{act.value}' par la "
                             f"décision '{dec.id}' de l'agence du {date_words(dec.date, 'fr')}", approved, decree))
        out.extend(_years_before_personality(g, approved, personality, decree))
        out.extend(_officers_before_personality(g, approved, personality, decree))
    return out


def merger_born_admitted(g) -> dict:
    """Members declared without `joined` that a merger of the file forms (`merger M of ...`) and whose admission an
    assembly of the file deliberates on (`deliberation ... on admission of M`), each with the earliest merger that
    forms it and the first such deliberation (review 41, F1). Such a member is read as « tout nouvel établissement
    de santé constitué par absorption ou par fusion » (R6133-5 of 2006 al. 1, R6133-7 of 2010 I), as the file's
    own assembly treats it, from the merger's date: the fact emitter gives it that date as its joining
    (facts.py), so it is no member, and counts in no quorum, vote or share, before the merger, nor before the
    assembly admits it; ``merger_result_undated`` says so at its line. Without such a deliberation, a member
    declared without `joined` stays a founding member that absorbs the others (README, "Mergers")."""
    admissions: dict = {}
    for a in g.assemblies:
        for dl in a.deliberations:
            if dl.matter == "admission" and dl.of is not None:
                admissions.setdefault(dl.of, (a, dl))
    formed: dict = {}
    for mg in sorted(g.mergers, key=lambda m: (m.date, m.line)):
        if mg.date is not None:
            formed.setdefault(mg.result, mg)
    return {m.id: (formed[m.id],) + admissions[m.id] for m in g.members
            if not m.associate and m.joined is None and m.id in formed and m.id in admissions}


def _merger_born_admitted_warnings(g) -> list[StoryWarning]:
    """``merger_result_undated``: the reading of merger_born_admitted, at the member's line."""
    out = []
    born = merger_born_admitted(g)
    for m in g.members:
        found = born.get(m.id)
        if found is None:
            continue
        mg, a, dl = found
        text = membership_text(mg.date)
        cite, cite_fr = (f" ({text[0]})", f" ({text[1]})") if text is not None else ("", "")
        if text is not None:
            when = "is one only from the day after the assembly validly admits it"
            when_fr = ("ne l'est qu'à compter du lendemain de la décision de l'assemblée générale qui l'admet "
                       "valablement")
        else:  # a merger before 2006: no encoded text says whether it is a member from then (membership_open)
            when = (f"whether it is one from then no encoded text says (décret 2005-1681 applies from "
                    f"{COVERED_FROM.isoformat()})")
            when_fr = (f"aucun texte encodé ne dit s'il l'est à compter de celle-ci (le décret 2005-1681 s'applique "
                       f"à compter du {COVERED_FROM.isoformat()})")
        out.append(StoryWarning(
            "merger_result_undated",
            f"'{m.id}' is declared without a joining date ({_line(m)}), results from the merger of {mg.date} "
            f"({_line(mg)}), and the assembly '{a.id}' deliberates on its admission ({_line(dl)}): read as a new "
            f"establishment formed by that merger, « constitué par absorption ou par fusion »{cite}, which was not "
            f"a member before the merger and {when}; the file does not say whether it was instead a founding "
            f"member that absorbed the others (the admission would then have no object): state `joined {mg.date}` "
            f"to confirm this reading, or remove the admission",
            m.line, None,
            f"'{m.id}' est déclaré sans date d'adhésion (ligne {m.line}), résulte de la fusion du {mg.date} "
            f"(ligne {mg.line}), et l'assemblée '{a.id}' délibère sur son admission (ligne {dl.line}) : lu comme un "
            f"nouvel établissement « constitué par absorption ou par fusion »{cite_fr}, qui n'était pas membre "
            f"avant cette fusion et {when_fr} ; le fichier ne dit pas s'il était au contraire un membre fondateur "
            f"qui a absorbé les autres (l'admission serait alors sans objet) : indiquer `joined {mg.date}` confirme "
            f"cette lecture, supprimer l'admission donne l'autre"))
    return out


def _officers_before_personality(g, approved, personality, decree=None) -> list[StoryWarning]:
    """``before_legal_personality`` for an election (administrator, deputy, committee) and an avenant
    dated before the approval of the convention was published, and for an election made by an assembly
    held before then (itself left out): the groupement « jouit de la personnalité morale à compter de la
    date de publication » of its approval (R6133-11 of 2006 al. 3, R6133-1-1 from 2010-07-26); before it
    there is no groupement whose administrator, deputy or committee one could be, and no convention in
    force to amend (the convention under approval is the one approved). Left out of the facts, as an
    assembly held before then: no term, representative or ordonnateur drawn from it, no avenant judged."""
    from .render.phrases import date_words

    out = []
    cite, cite_fr = _cites(g, approved, decree)
    early = {a.id: a for a in g.assemblies if a.date is not None and a.date < approved.value}
    # met between the decision of 2017 and its publication: left open (legal_personality_disputed)
    disputed = {a.id: a for a in g.assemblies if personality_disputed(g, a.date)}
    names = {m.id: m.name for m in g.members if m.name}

    def who(member) -> tuple:
        name = names.get(member)
        return (name, name) if name else (f"'{member}'", f"'{member}'")

    statements = []  # (statement, its date, by, English, French)
    adm = g.administrator
    if adm is not None:
        en, fr = who(adm.member)
        statements.append((adm, adm.elected, adm.by, f"the election of {en} as administrator",
                           f"l'élection de {fr} comme administrateur"))
    for dp in g.deputies:
        en, fr = who(dp.member)
        statements.append((dp, dp.elected, dp.by, f"the election of {en} as the administrator's deputy",
                           f"l'élection de {fr} comme suppléant de l'administrateur"))
    for cm in g.committees:
        statements.append((cm, cm.elected, cm.by, "the election of the committee", "l'élection du comité"))
    for v in g.avenants:
        statements.append((v, v.date, None, f"the avenant '{v.id}'", f"l'avenant '{v.id}'"))
    pub_en, pub_fr = date_words(approved.value, "en"), date_words(approved.value, "fr")
    for st, when, by, en, fr in sorted(statements, key=lambda t: t[0].line):
        if personality_disputed(g, when):
            out.append(_disputed(st, f"{en} on {date_words(when, 'en')}", f"{fr} du {date_words(when, 'fr')}",
                                 approved, decree))
        elif (when is None or when >= approved.value) and by is not None and by.assembly in disputed:
            a = disputed[by.assembly]
            out.append(_disputed(st, f"{en}, made by assembly '{a.id}' on {date_words(a.date, 'en')} ({_line(a)}),",
                                 f"{fr}, faite par l'assemblée '{a.id}' du {date_words(a.date, 'fr')} (ligne "
                                 f"{a.line}),", approved, decree))
        elif when is not None and when < approved.value:
            why_en, why_fr = _why_not_judged(personality, ("on that date", "à cette date"),
                                             (date_words(COVERED_FROM, "en"), date_words(COVERED_FROM, "fr")))
            judged = "il n'est pas jugé" if isinstance(st, Avenant) else "elle n'est pas jugée"
            out.append(StoryWarning(
                "before_legal_personality",
                f"{en} on {date_words(when, 'en')} ({_line(st)}) came before the groupement had legal personality "
                f"(approval published on {pub_en}, {_line(approved)}{cite}): {why_en}; it is not judged",
                st.line, st,
                f"{fr} du {date_words(when, 'fr')} (ligne {st.line}) précède la personnalité morale du groupement "
                f"(approbation publiée le {pub_fr}, ligne {approved.line}{cite_fr}) : {why_fr} ; {judged}"))
        elif by is not None and by.assembly in early:
            a = early[by.assembly]
            out.append(StoryWarning(
                "before_legal_personality",
                f"{en} ({_line(st)}) was made by assembly '{a.id}' on {date_words(a.date, 'en')} ({_line(a)}), which "
                f"met before the groupement had legal personality (approval published on {pub_en}, "
                f"{_line(approved)}{cite}) and is not judged; the election is not judged either",
                st.line, st,
                f"{fr} (ligne {st.line}) a été faite par l'assemblée '{a.id}' du {date_words(a.date, 'fr')} "
                f"(ligne {a.line}), réunie avant que le groupement ait la personnalité morale (approbation publiée le "
                f"{pub_fr}, ligne {approved.line}{cite_fr}) et qui n'est pas jugée ; l'élection ne l'est pas non plus"))
    return out


def _why_not_judged(personality, when: tuple, covered: tuple) -> tuple[str, str]:
    """(English, French) reason a statement dated before legal personality is not judged: the groupement did not
    exist `when` (("on that date", "à cette date")), or, approved before 2006 (`personality` None), no encoded text
    governs it then (décret 2005-1681 applies from `covered`, as each caller writes that date)."""
    if personality is None:
        return (f"no encoded text governs the groupement {when[0]} (décret 2005-1681 applies from {covered[0]})",
                f"aucun texte encodé ne régit le groupement {when[1]} (le décret 2005-1681 s'applique à compter du "
                f"{covered[1]})")
    return f"the groupement did not exist {when[0]}", f"le groupement n'existait pas {when[1]}"


def _years_before_personality(g, approved, personality, decree=None) -> list[StoryWarning]:
    """``before_legal_personality`` for a budget, a result or a participation stated for a year that ended before
    the approval of the convention was published: the groupement did not exist in that year (it « jouit de la
    personnalité morale à compter de la date de publication », R6133-11 of 2006, R6133-1-1 from 2010-07-26), so
    there is no budget, result or participation of it for that year. Left out, as an assembly held before then."""
    out = []
    cite, cite_fr = _cites(g, approved, decree)
    statements = [(b, b.year, f"the budget for the financial year {b.year}", f"le budget de l'exercice {b.year}", "")
                  for b in g.budgets]
    statements += [(r, r.year, f"the result for the financial year {r.year}", f"le résultat de l'exercice {r.year}",
                    "") for r in g.results]
    for p in g.participations:
        if p.year is not None:
            who = next((m.name for m in g.members if m.id == p.member and m.name), None) or f"'{p.member}'"
            statements.append((p, p.year, f"the participation of {who} in running costs for {p.year}",
                               f"la participation de {who} aux charges de fonctionnement pour {p.year}", "e"))
    for st, year, en, fr, e in sorted(statements, key=lambda t: t[0].line):
        if date(year, 12, 31) >= approved.value:
            continue
        if personality_disputed(g, date(year, 12, 31)):  # the year ended between the decision and its publication
            out.append(_disputed(st, en, fr, approved, decree))
            continue
        why_en, why_fr = _why_not_judged(personality, ("in that year", "cette année-là"),
                                         (COVERED_FROM.isoformat(), COVERED_FROM.isoformat()))
        out.append(StoryWarning(
            "before_legal_personality",
            f"{en} ({_line(st)}) is for a year that ended before the groupement had legal personality (approval "
            f"published on {approved.value}, {_line(approved)}{cite}): {why_en}; it is not judged",
            st.line, st,
            f"{fr} (ligne {st.line}) porte sur une année achevée avant que le groupement ait la personnalité "
            f"morale (approbation publiée le {approved.value}, ligne {approved.line}{cite_fr}) : {why_fr} ; "
            f"{'elle' if e else 'il'} n'est pas jugé{e}"))
    return out
