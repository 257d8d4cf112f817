"""Typed scenario -> ASP facts, each with the file position it came from.

The vocabulary below is the contract between the scenario and the rules
(`rules/*.lp`); docs/facts.md lists it for rule writers. Dates are terms
`d(Y,M,D)` (clingo orders them chronologically); names and regions are strings;
identifiers are constants.

Facts are produced as text in clingo's own printing format, so that an atom read
back from the solver (`str(symbol)`) finds its origin in `Facts.origin`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Optional

from .scenario import Attr, Groupement, Pos, Scenario


@dataclass(frozen=True)
class Origin:
    """Where a fact comes from: a line of a file (the scenario, or reference data)."""

    file: str
    line: int


# The origin of a fact whose statement was changed in Python after the file was read (objects.py):
# no line of any text states it (its `line` is the line of the text that said otherwise).
CHANGED_IN_PYTHON = "<changed in Python>"


@dataclass
class Facts:
    facts: list[tuple[str, Origin]] = field(default_factory=list)
    as_of: Optional[date] = None
    dates: dict[date, Origin] = field(default_factory=dict)  # each date of the file, where it first appears
    # facts fed back from a previous round of reasoning (fact -> the conclusion it repeats)
    rounds: dict[str, str] = field(default_factory=dict)
    # events the file dates after the as-of date, left out (not happened yet on that date):
    # (kind, id, date, line)
    not_yet: list = field(default_factory=list)
    # statements of a year on whose date that matters no encoded text is in force (before 2006-01-01), left out,
    # and in-kind participations whose valuation is not judged (that date before 2006, or their year not begun on
    # the as-of date: the date is its first day), kept: (kind, id, year, date, line)
    unjudged: list = field(default_factory=list)

    def with_round(self, derived: dict[str, str]) -> "Facts":
        """These facts plus `derived` (input fact -> conclusion of the previous round)."""
        return Facts(list(self.facts), self.as_of, dict(self.dates), dict(derived), list(self.not_yet),
                     list(self.unjudged))

    def add(self, atom: str, origin: Origin) -> None:
        self.facts.append((atom, origin))

    def program(self) -> str:
        return "".join(f"{a}.\n" for a, _ in self.facts) + "".join(f"{a}.\n" for a in self.rounds)

    def names(self) -> frozenset:
        """The names of the predicates of the facts (made once, as `origins`)."""
        cached = self.__dict__.get("_names")
        if cached is None or cached[0] != len(self.facts):
            cached = (len(self.facts), frozenset(atom.partition("(")[0] for atom, _ in self.facts))
            self.__dict__["_names"] = cached
        return cached[1]

    def origins(self) -> dict[str, Origin]:
        """fact text -> where it was stated (built once, on the first explanation)."""
        cached = self.__dict__.get("_origins")
        if cached is None or cached[0] != len(self.facts):
            out: dict[str, Origin] = {}
            for atom, origin in self.facts:
                out.setdefault(atom, origin)
            cached = (len(self.facts), out)
            self.__dict__["_origins"] = cached
        return cached[1]


# --- clingo printing ---------------------------------------------------------------


def q(s: str) -> str:
    """A clingo string term, escaped as clingo prints it."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def d(x: date) -> str:
    return f"d({x.year},{x.month},{x.day})"


def atom(name: str, *args) -> str:
    if not args:
        return name
    # each argument printed by the function for its exact type (a dict lookup, where `_term` asks
    # isinstance up to five times: a 3,000-member file has 100,000 arguments), `_term` for the rest
    terms = _TERMS
    return f"{name}({','.join([terms.get(a.__class__, _term)(a) for a in args])})"


def _term(a) -> str:
    if isinstance(a, bool):
        raise TypeError("booleans are not terms")
    if isinstance(a, int):
        return str(a)
    if isinstance(a, date):
        return d(a)
    if isinstance(a, Lit):
        return a.text
    if isinstance(a, str):
        return a  # identifiers and keyword values are constants
    raise TypeError(f"cannot print {a!r}")


@dataclass(frozen=True)
class Lit:
    """An already printed term (strings, nested functions)."""

    text: str


# `_term` of the arguments of these exact types (not their subclasses: a bool is an int)
_TERMS = {str: lambda a: a, int: str, date: d, Lit: lambda a: a.text}


def s(x: str) -> Lit:
    return Lit(q(x))


def f(name: str, *args) -> Lit:
    return Lit(atom(name, *args))


# --- the scenario --------------------------------------------------------------------


def _not_yet(out: Facts, at, kind: str, ident, when: date, pos: Pos) -> bool:
    """Record an event the file dates after the as-of date as not happened yet: the caller leaves it out of the
    facts, a warning says so, and its date stays among the file's dates, for the timeline. True. `ident`: the
    event's id or its member's, or a tuple of the members it names (a committee's)."""
    out.not_yet.append((kind, ident, when, pos.line))
    out.dates.setdefault(when, at(pos))
    return True


def _year_left_out(out: Facts, at, scenario: Scenario, kind: str, ident, st, year: int, later: Optional[date],
                   judged_on: date) -> bool:
    """Whether a statement of a year (a budget, a result, a participation) is left out of the facts, recorded with
    the reason a warning gives: before the legal personality (validate.py), not happened yet on the as-of date
    (`later`: the date it would happen on, after the as-of date; a result's, the last day of a year not closed
    on it: `not_yet`, kind KIND_year, `ident` the year, a participation's its member), or no encoded text in force on the last
    date it would be judged on (`judged_on`, before 2006-01-01: `unjudged`). An in-kind participation is only
    warned about (its valuation is not judged): the caller keeps it."""
    from .law import COVERED_FROM

    if scenario.left_out(st):  # a year that ended before the groupement had legal personality
        return True
    if later is not None and (later > out.as_of or kind == "result"):  # (a result: its year not closed, above)
        if kind == "participation":  # kept: only its valuation is not judged (its year not begun)
            out.unjudged.append((kind, ident, year, later, st.line))
            return False
        return _not_yet(out, at, f"{kind}_year", ident, later, st.pos)
    if judged_on < COVERED_FROM and out.as_of >= COVERED_FROM:  # (before it, one warning says the law is not covered)
        out.unjudged.append((kind, ident, year, judged_on, st.line))
        return kind != "participation"
    return False


def scenario_facts(scenario: Scenario, as_of: date, as_of_origin: Optional[Origin] = None) -> Facts:
    """All facts of a scenario, plus the law calendar for the dates it mentions."""
    g = scenario.groupement
    out = Facts(as_of=as_of)
    path = scenario.path

    lines: dict = {}  # line -> its Origin, made once (the facts of a line share it: it is frozen)
    stale = scenario.stale_lines or ()  # lines whose statements were changed in Python: no line says them

    def at(pos: Pos) -> Origin:
        found = lines.get(pos.line)
        if found is None:
            found = lines[pos.line] = Origin(CHANGED_IN_PYTHON if pos.line in stale else path, pos.line)
        return found

    def add(origin_pos, name, *args):
        origin = at(origin_pos)
        out.add(atom(name, *args), origin)
        for a in args:
            if isinstance(a, date):
                out.dates.setdefault(a, origin)

    def attr(a: Optional[Attr], name: str, *args):
        if a is not None:
            add(a.pos, name, *args)

    from .legal_personality import joined_open, personality_disputed

    add(g.pos, "groupement", g.id)
    if g.as_of is not None:
        add(g.as_of.pos, "as_of", as_of)
    else:
        origin = as_of_origin or Origin("<command line>", 1)
        out.add(atom("as_of", as_of), origin)
        out.dates.setdefault(as_of, origin)
    # the publication of the convention's approval: not made yet on an earlier as-of date (not yet approved then)
    if g.approved is not None and g.approved.value > as_of:
        _not_yet(out, at, "approval_publication", "convention", g.approved.value, g.approved.pos)
        # what it will do is no fact yet; that it is to come tells the groupement has no legal personality on the
        # as-of date (as `ars_act_later` tells a grant is not made): the rules draw no legal person's state then
        add(g.approved.pos, "approved_later", g.approved.value)
    else:
        attr(g.approved, "approved", g.approved and g.approved.value)
    if g.seat is not None:
        city, region = g.seat.value
        add(g.seat.pos, "seat", s(city))
        if region is not None:
            add(g.seat.pos, "seat_region", s(region))
    if g.duration is not None:
        if g.duration.value == "indefinite":
            add(g.duration.pos, "duration", "indefinite")
        else:
            add(g.duration.pos, "duration_until", g.duration.value)
    attr(g.declared_nature, "declared_nature", g.declared_nature and g.declared_nature.value)
    if g.running_costs is not None:
        add(g.running_costs.pos, "running_costs", "yes" if g.running_costs.value else "no")
    if g.capital is not None:
        add(g.capital.pos, "capital", g.capital.value if g.capital.value is not None else "none")
    attr(g.rights_basis, "rights_basis", g.rights_basis and g.rights_basis.value)
    attr(g.health_network, "health_network")
    doc = g.documents_mention
    if doc is not None:
        add(doc.pos, "documents_mention", "yes" if doc.value else "no")

    for a in g.activities:
        if a.kind == "operates_authorisation_of":
            add(a.pos, "activity", f("operates_authorisation_of", a.member))
        elif a.kind == "heavy_equipment":
            add(a.pos, "activity", f("heavy_equipment", s(a.name or "")))
        else:
            add(a.pos, "activity", a.kind)

    from .story_warnings import merger_born_admitted

    born_admitted = merger_born_admitted(g)
    for m in g.members:
        add(m.pos, "associate" if m.associate else "declared_member", m.id)
        attr(m.kind, "kind", m.id, m.kind and m.kind.value)
        attr(m.sector, "sector", m.id, m.sector and m.sector.value)
        if m.region is not None:
            add(m.region.pos, "region", m.id, s(m.region.value))
        attr(m.rights, "rights", m.id, m.rights and m.rights.value)
        if m.id in born_admitted:
            # no `joined`, formed by a merger of the file whose admission an assembly of the file deliberates on
            # (story_warnings.py merger_born_admitted, the warning merger_result_undated): a new establishment born of that
            # merger, read as joining on its date (the merger's line), as one the file dates so (README, "Mergers")
            mg = born_admitted[m.id][0]
            add(mg.pos, "joined", m.id, mg.date)
        elif m.joined is None or scenario.left_out(m.joined):
            # no `joined`, or one before the approval's publication read as a founding member's (validate.py
            # joined_before_legal_personality): a member that constituted the groupement, listed by the convention
            # under approval, whatever the as-of date; its date is set aside, so it is no joining after that date
            pass
        elif m.joined.value > as_of:
            # a joining (an associate's association) the file dates after the as-of date has not happened yet on it:
            # a warning says so, as for the other events (after_as_of); its date stays a fact, so that the member is
            # no founding member and counts from that date only (the rules leave it out on the as-of date:
            # joins_later/1; an associate, associated_later/1); its admission, if before the publication and left
            # open (joined_open), is judged on a date after it
            _not_yet(out, at, "association" if m.associate else "joining", m.id, m.joined.value, m.joined.pos)
            add(m.joined.pos, "joined", m.id, m.joined.value)
        else:
            add(m.joined.pos, "joined", m.id, m.joined.value)
            if joined_open(g, m):  # before the publication, its admission left open (validate.py joined_open)
                add(m.joined.pos, "joined_before_publication", m.id, m.joined.value)
        attr(m.individual, "individual", m.id)
        if m.contract_with is not None:
            how, other = m.contract_with.value
            add(m.contract_with.pos, "contract_with", m.id, other if how == "member" else s(other))
        attr(m.authorised, "authorised", m.id, m.authorised and m.authorised.value)
        attr(m.procedure, "procedure", m.id, m.procedure and m.procedure.value)
        attr(m.funding, "funding", m.id, m.funding and m.funding.value)
        attr(m.profession, "profession", m.id, m.profession and m.profession.value)
        attr(m.liberal, "liberal", m.id)
        attr(m.profit_supplier, "profit_supplier", m.id, m.profit_supplier and m.profit_supplier.value)
        attr(m.eligible_holder, "eligible_holder", m.id)

    for i, c in enumerate(g.contributions, 1):
        form = f("in_kind", c.property) if c.form == "in_kind" else c.form
        add(c.pos, "contribution", i, c.member, form, c.amount)
    for i, p in enumerate(g.participations, 1):
        if scenario.left_out(p):  # for a year that ended before the groupement had legal personality
            continue  # (its index stays: the participations keep the numbers of their statements)
        if p.year is not None and p.form != "financial":
            # its valuation (R6133-7 of 2006, R6133-3 of 2010) is read on the last day of its year once closed, on
            # the as-of date during it, not before it begins: a warning says when it is not judged; the
            # participation stays a fact (the rights and the tariff criteria read the participations stated)
            _year_left_out(out, at, scenario, "participation", p.member, p, p.year, date(p.year, 1, 1),
                           min(date(p.year, 12, 31), as_of))
        add(p.pos, "participation", i, p.member, p.form, p.amount)
        if p.year is not None:
            add(p.pos, "participation_year", i, p.year)
        if p.valued is not None:
            add(p.pos, "participation_valued", i, p.valued)

    c = g.convention
    if c is not None:
        add(c.pos, "convention")
        if c.object is not None:
            add(c.object.pos, "convention_object", s(c.object.value))
        attr(c.task_split, "task_split")
        for m in c.mentions:
            add(m.pos, "mention", m.value)
        for a in c.attached:
            add(a.pos, "attached", a.value)
        attr(c.notice_days, "notice_days", c.notice_days and c.notice_days.value)
        attr(c.withdrawal_notice_months, "withdrawal_notice_months", c.withdrawal_notice_months and c.withdrawal_notice_months.value)
        for mj in c.majorities:
            add(mj.pos, "majority", mj.matter, mj.rule)
        for dc in c.dissolution_cases:
            add(dc.pos, "dissolution_case", s(dc.value))
        chair = c.chair
        if chair is not None:
            add(chair.pos, "convention_chair", chair.value)
        for ra in c.result_allocation:
            add(ra.pos, "result_allocation", ra.value)
        ra = c.rights_adaptation
        if ra is not None:
            add(ra.pos, "rights_adaptation")
        # part 2
        for sb in c.signed_by:
            add(sb.pos, "signed_by", sb.value)
        for vc in c.vocation:
            add(vc.pos, "vocation", vc.value)
        attr(c.tariff_scale, "convention_tariff_scale", c.tariff_scale and c.tariff_scale.value)
        for bd in c.blood_depot_for:
            add(bd.pos, "blood_depot_for", bd.value)
        attr(c.blood_depot_located_at, "blood_depot_located_at", c.blood_depot_located_at and c.blood_depot_located_at.value)
        attr(c.vote_weight, "vote_weight", c.vote_weight and c.vote_weight.value)
        attr(c.meeting_days, "meeting_days", c.meeting_days and c.meeting_days.value)
        attr(c.restricted_committee, "restricted_committee")
        attr(c.full_gbcp, "full_gbcp")

    adm = g.administrator
    if adm is not None and scenario.left_out(adm):  # elected before legal personality (validate.py warns why)
        _election_left_out(g, add, adm, "administrator_left_out", adm.member, as_of)
        adm = None
    if adm is not None and adm.elected is not None and adm.elected > as_of:  # not elected yet on the as-of date
        _not_yet(out, at, "administrator", adm.member, adm.elected, adm.pos)
        adm = None
    if adm is not None:
        add(adm.pos, "administrator", adm.member, adm.elected)
        by = adm.by
        if by is not None:
            add(adm.pos, "administrator_elected_by", by.assembly, by.deliberation)
        for flag in ("paid", "mission_allowances", "flat_allowance"):
            if getattr(adm, flag):
                add(adm.pos, f"administrator_{flag}")
        if adm.until is not None:
            add(adm.pos, "administrator_until", adm.until)
        if adm.indefinite:
            add(adm.pos, "administrator_indefinite")

    def meeting(a) -> None:
        """The statements of an assembly or (part 2) of a committee meeting, with its id first."""
        if a.convened_on is not None:
            add(a.convened_on.pos, "convened_on", a.id, a.convened_on.value)
        if a.convened_by is not None:
            add(a.convened_by.pos, "convened_by", a.id, a.convened_by.value)
        attr(a.urgent, "urgent", a.id)
        for r in a.requested_by:
            add(r.pos, "requested_by", a.id, r.value)
        if a.reconvenes is not None:
            add(a.reconvenes.pos, "reconvenes", a.id, a.reconvenes.value)
        for p in a.present:
            add(p.pos, "present", a.id, p.value)
        for p in a.proxies:
            add(p.pos, "proxy", a.id, p.member, p.holder)
        ch = a.chaired_by
        if ch is not None:
            add(ch.pos, "chaired_by", a.id, ch.value)
        for ag in a.agenda:
            add(ag.pos, "agenda", a.id, s(ag.value))
        for dl in a.deliberations:
            add(dl.pos, "deliberation", a.id, dl.id, dl.matter)
            if dl.of is not None:
                add(dl.pos, "deliberation_of", a.id, dl.id, dl.of)
            for v in dl.votes:
                add(v.pos, "vote", a.id, dl.id, v.member, v.choice)
            for h in dl.heard:
                add(h.pos, "heard", a.id, dl.id, h.value)
            if dl.ground is not None:
                add(dl.ground.pos, "ground", a.id, dl.id, dl.ground.value)
            if dl.year is not None:
                add(dl.pos, "deliberation_year", a.id, dl.id, dl.year)
            if dl.challenges is not None:
                add(dl.pos, "deliberation_challenges", a.id, dl.id, dl.challenges.assembly, dl.challenges.deliberation)
        attr(a.extraordinary, "extraordinary", a.id)
        attr(a.accountant_present, "accountant_present", a.id)

    def after(kind: str, ident, when: Optional[date], pos: Pos) -> bool:
        """An event the file dates after the as-of date has not happened yet on that date: left out of the
        facts (a warning says so; its date stays among the file's dates, for the timeline)."""
        if when is None or when <= as_of:
            return False
        return _not_yet(out, at, kind, ident, when, pos)

    for a in g.assemblies:
        if scenario.left_out(a):  # an assembly the law cannot use (validate.py warns why)
            if personality_disputed(g, a.date):  # between the decision of 2017 and its publication: left open
                for dl in a.deliberations:
                    if dl.matter == "admission" and dl.of is not None:
                        add(dl.pos, "admission_disputed", a.id, dl.id, dl.of)
            continue
        for dl in a.deliberations:  # the years whose accounts the file names, whenever it deliberates on them
            if dl.matter == "accounts" and dl.year is not None:
                add(dl.pos, "accounts_year_named", dl.year)
        if after("assembly", a.id, a.date, a.pos):
            continue
        add(a.pos, "assembly", a.id, a.date)
        meeting(a)

    for w in g.withdrawals:
        if scenario.left_out(w):  # notified before the groupement had legal personality (validate.py warns why)
            continue
        if after("withdrawal", w.member, w.notified, w.pos):
            continue
        add(w.pos, "withdrawal", w.member, w.notified)
        if w.effective is not None:
            add(w.pos, "withdrawal_stated_effective", w.member, w.notified, w.effective)  # the date this notice asks
    for mg in g.mergers:
        add(mg.pos, "merger", mg.result, mg.date)
        for old in mg.of:
            add(mg.pos, "merged", mg.result, old)
    for v in g.avenants:
        if scenario.left_out(v):  # dated before the groupement had legal personality (validate.py warns why)
            continue
        if after("avenant", v.id, v.date, v.pos):
            continue
        ev = v.event
        event = f(ev.kind, ev.member) if ev.member else ev.kind
        add(v.pos, "avenant", v.id, v.date, event)
        # its receipt by the agency (« à compter de sa réception »), not yet on an earlier as-of date
        if v.submitted_on is not None and not after("avenant_receipt", v.id, v.submitted_on, v.pos):
            add(v.pos, "avenant_submitted", v.id, v.submitted_on)
        # its approval and the publication of it, not yet on an earlier as-of date
        if v.approved_on is not None and not after("avenant_approval", v.id, v.approved_on, v.pos):
            add(v.pos, "avenant_approved", v.id, v.approved_on)
        if v.published_on is not None and not after("avenant_publication", v.id, v.published_on, v.pos):
            add(v.pos, "avenant_published", v.id, v.published_on)
    for b in g.budgets:
        # the budget is judged on the day of each deliberation adopting it the file states by the as-of date, else
        # on the first day of its year (rules/money/2006-01-01_R6133-7_R6133-8.lp): a budget of a later year with
        # no such deliberation is not voted yet on the as-of date
        votes = [a.date for a in g.assemblies if a.date is not None and a.date <= as_of and not scenario.left_out(a)
                 for dl in a.deliberations if dl.matter == "budget" and dl.year == b.year]
        if _year_left_out(out, at, scenario, "budget", str(b.year), b, b.year, None if votes else date(b.year, 1, 1),
                          max(votes or [date(b.year, 1, 1)])):
            continue
        add(b.pos, "budget", b.year, b.revenue, b.expenses)
    for r in g.results:
        # « Lors de la clôture de l'exercice »: the result of a year not closed on the as-of date does not exist yet
        # (closed_year/1: a year before the as-of year)
        if _year_left_out(out, at, scenario, "result", str(r.year), r, r.year,
                          date(r.year, 12, 31) if r.year >= as_of.year else None, date(r.year, 12, 31)):
            continue
        add(r.pos, "result", r.year, r.kind, r.amount, r.allocated)
    for dz in g.dissolutions:
        add(dz.pos, "dissolution_by", dz.by.assembly, dz.by.deliberation)
        if dz.notified is not None:
            add(dz.pos, "dissolution_notified", dz.notified)
        if dz.published is not None:
            add(dz.pos, "dissolution_published", dz.published)
    for st in g.seat_transfers:  # (each transfer's region named with its deliberation: a seat may move twice)
        add(st.pos, "seat_transfer", s(st.city), st.by.assembly, st.by.deliberation)
        if st.region is not None:
            add(st.pos, "seat_transfer_region", st.by.assembly, st.by.deliberation, s(st.region))

    # extension forms (README, "The scenario language")
    for co in g.cases_occurred:
        if after("case_occurred", co.text, co.date, co.pos):  # not happened yet on the as-of date (review 40)
            continue
        add(co.pos, "case_occurred", s(co.text), co.date)
    for cs in g.consultations:
        if after("consultation", cs.region, cs.sent, cs.pos):  # not sent yet on the as-of date
            continue
        add(cs.pos, "consultation", s(cs.region), cs.sent)
        if cs.answered is not None:
            add(cs.pos, "consultation_answered", s(cs.region), cs.answered)
    for pb in g.publications:
        add(pb.pos, "published_in", s(pb.region), pb.date)
    for pm in g.publication_mentions:
        add(pm.pos, "publication_mention", pm.value)
    for ar in g.activity_reports:
        add(ar.pos, "activity_report", ar.year)
        if ar.approved_by is not None:
            add(ar.pos, "activity_report_approved", ar.year, ar.approved_by.assembly, ar.approved_by.deliberation)
        if ar.sent is not None:
            add(ar.pos, "activity_report_sent", ar.year, ar.sent)
        if ar.with_accounts:
            add(ar.pos, "activity_report_with_accounts", ar.year)
    for st in g.staff:
        if st.made_available_by:
            add(st.pos, "staff", st.id, f("made_available_by", st.made_available_by))
        else:
            add(st.pos, "staff", st.id, f("recruited", st.recruited))
        if st.profession is not None:
            add(st.pos, "staff_profession", st.id, st.profession)
    for lq in g.liquidators:
        add(lq.pos, "liquidator", s(lq.name), lq.by.assembly, lq.by.deliberation)
    for ma in g.medical_acts:
        add(ma.pos, "medical_act", ma.id, ma.tariff, ma.billed)
        if ma.by is not None:
            add(ma.pos, "medical_act_by", ma.id, ma.by)
        if ma.patient_of is not None:
            add(ma.pos, "medical_act_patient_of", ma.id, ma.patient_of)

    _part2_facts(g, add, attr, meeting, after, scenario.left_out, as_of)
    _law_calendar(out)
    return out


def _election_left_out(g: Groupement, add, st, name: str, ident, as_of: date) -> None:
    """The trace of an election left out of the facts because it came before legal personality (validate.py,
    before_legal_personality): `NAME(IDENT, E, K)`, E the election's date (or, undated, the date of the assembly
    left out that made it), K `before_personality` (the approval published from 2006-01-01: the groupement did not
    exist, the election elects no one), `unjudged` (published before 2006-01-01: no encoded text says what it
    did) or `personality_disputed` (it, or the assembly that made it, came between the decision from which the
    decree of 2017 dates legal personality and the publication from which the law dates it:
    legal_personality_disputed; who was elected is left open). The rules read it so that the absence of the
    statement is not taken as the file naming no one: an assembly convened "by administrator" is not then taken as
    the file states it; for a deputy (`deputy_left_out`), between the two texts, that no deputy was elected (no
    deputy_required, the convocation by it or in the administrator's name left open). Nothing for an election
    after the as-of date."""
    from .law import COVERED_FROM
    from .legal_personality import approval_publication, personality_disputed

    when = st.elected
    if when is None and st.by is not None:
        when = next((a.date for a in g.assemblies if a.id == st.by.assembly and a.date is not None), None)
    published = approval_publication(g)  # `approved`, or the approving decision's `published`: the same
    if when is None or when > as_of or published is None:
        return
    kind = "unjudged" if published.value < COVERED_FROM else "before_personality"
    made = next((a.date for a in g.assemblies if st.by is not None and a.id == st.by.assembly), None)
    if personality_disputed(g, st.elected) or (
            (st.elected is None or st.elected >= published.value) and personality_disputed(g, made)):
        kind = "personality_disputed"  # between the decision of 2017 and its publication (validate.py _disputed)
    add(st.pos, name, ident, when, kind)


def _part2_facts(g: Groupement, add, attr, meeting, after, left_out=lambda st: False,
                 as_of: Optional[date] = None) -> None:
    """The facts of the forms of part 2 of the contract (docs/facts-part2.md)."""
    from .law import COVERED_FROM
    from .legal_personality import approval_publication, personality_disputed

    for au in g.authorisations:
        add(au.pos, "authorisation", au.id, au.kind, au.holder)
        add(au.pos, "authorisation_label", au.id, s(au.label))
        if au.granted is not None:
            add(au.pos, "authorisation_granted", au.id, au.granted)
        if au.until is not None:
            add(au.pos, "authorisation_until", au.id, au.until)
        # the holder's request for modification (R6133-12 III of 2017): not made yet on an earlier as-of date
        if au.modification_requested is not None and not after("modification_request", au.id,
                                                                au.modification_requested, au.pos):
            add(au.pos, "modification_requested", au.id, au.modification_requested)
    for op in g.operates:
        for a in op.authorisations:
            add(a.pos, "operates", a.value, s(op.site))
    # the convention's receipt by the agency (« à compter de sa réception »): not yet on an earlier as-of date
    if g.submitted is not None and not after("receipt", "convention", g.submitted.value, g.submitted.pos):
        add(g.submitted.pos, "submitted", g.submitted.value)
    # the option's receipt by the agency (R6133-16 I al. 1 « dans un délai d'un mois à compter de sa réception »): not
    # received yet on an earlier as-of date (left out; that the file states one to come is a fact of its own)
    if g.tariff_option is not None:
        option, received = g.tariff_option.value
        if after("tariff_option_receipt", option, received, g.tariff_option.pos):
            add(g.tariff_option.pos, "tariff_option_later", option)
        else:
            add(g.tariff_option.pos, "tariff_option", option, received)
    for dec in g.ars_decisions:
        if after("ars_decision", dec.id, dec.date, dec.pos):  # a decision not taken yet on the as-of date
            for act in dec.acts:  # what it will do is no fact yet; that it is to come tells a grant is not made
                add(act.pos, "ars_act_later", _act_term(act))
            continue
        add(dec.pos, "ars_decision", dec.id, dec.date)
        if dec.by is not None:
            add(dec.pos, "ars_decision_by", dec.id, dec.by)
        if dec.notified is not None:
            add(dec.pos, "ars_decision_notified", dec.id, dec.notified)
        if dec.members_notified is not None:
            add(dec.pos, "ars_decision_members_notified", dec.id, dec.members_notified)
        if dec.published is not None:
            add(dec.pos, "ars_decision_published", dec.id, dec.published)
        for act in dec.acts:
            if left_out(act):  # a transfer dated when the texts disagree on legal personality (validate.py)
                continue
            add(act.pos, "ars_act", dec.id, _act_term(act))
            if act.defence_agreement is not None:
                add(act.pos, "ars_defence_agreement", dec.id, act.defence_agreement)
            if act.reasoned:
                add(act.pos, "ars_decision_reasoned", dec.id)
    for r in g.replies:
        add(r.pos, "reply", r.decision, r.date)
        if r.measures:
            add(r.pos, "reply_measures", r.decision, r.date)
        if r.asks_extension:
            add(r.pos, "reply_asks_extension", r.decision, r.date)
    for dp in g.deputies:
        if left_out(dp):  # elected before legal personality (validate.py warns why)
            if as_of is not None:  # its trace, as the administrator's: the rules read it between the two texts
                _election_left_out(g, add, dp, "deputy_left_out", dp.member, as_of)
                if dp.until is not None and dp.elected <= as_of and approval_publication(g) is not None:
                    add(dp.pos, "deputy_left_out_until", dp.member, dp.elected, dp.until)
            continue
        if after("deputy", dp.member, dp.elected, dp.pos):
            continue
        add(dp.pos, "deputy", dp.member, dp.elected)
        if dp.by is not None:
            add(dp.pos, "deputy_elected_by", dp.member, dp.elected, dp.by.assembly, dp.by.deliberation)
        if dp.until is not None:
            add(dp.pos, "deputy_until", dp.member, dp.elected, dp.until)
        if dp.indefinite:
            add(dp.pos, "deputy_indefinite", dp.member, dp.elected)
    for un in g.administrator_unavailable:
        add(un.pos, "administrator_unavailable", un.from_)
        if un.until is not None:
            add(un.pos, "administrator_unavailable_until", un.from_, un.until)
    for i, cm in enumerate(g.committees, 1):
        if left_out(cm):  # elected before legal personality (validate.py warns why)
            published = approval_publication(g)  # `approved`, or the approving decision's `published`
            made = next((a.date for a in g.assemblies if a.id == cm.by.assembly), None)
            if as_of is not None and published is not None and (
                    published.value < COVERED_FROM or personality_disputed(g, cm.elected)
                    or personality_disputed(g, made)):
                _election_left_out(g, add, cm, "committee_left_out", i, as_of)  # unjudged: it may be in office
                if cm.until is not None:
                    add(cm.pos, "committee_left_out_until", i, cm.until)
            continue
        if after("committee", tuple(m.value for m in cm.members), cm.elected, cm.pos):
            continue
        add(cm.pos, "committee", i, cm.elected)
        for m in cm.members:
            add(m.pos, "committee_member", i, m.value)
        add(cm.pos, "committee_elected_by", i, cm.by.assembly, cm.by.deliberation)
        if cm.until is not None:
            add(cm.pos, "committee_until", i, cm.until)
    for i, dg in enumerate(g.delegations, 1):
        add(dg.pos, "delegation", i, dg.to, dg.by.assembly, dg.by.deliberation)
        for m in dg.matters:
            add(m.pos, "delegation_matter", i, m.value)
        if dg.until is not None:
            add(dg.pos, "delegation_until", i, dg.until)
    for k in g.committee_meetings:  # no assembly/2 fact: rules about general assemblies join assembly/2
        if after("committee_meeting", k.id, k.date, k.pos):
            continue
        add(k.pos, "committee_meeting", k.id, k.date)
        meeting(k)
        if k.minutes_sent is not None:
            add(k.minutes_sent.pos, "minutes_sent", k.id, k.minutes_sent.value)
    for ch in g.challenges:
        if after("challenge", ch.member, ch.date, ch.pos):
            continue
        add(ch.pos, "challenge", ch.member, ch.of.assembly, ch.of.deliberation, ch.date)
        if ch.answered is not None:
            add(ch.pos, "challenge_answered", ch.member, ch.of.assembly, ch.of.deliberation, ch.answered)
    for rc in g.rights_changes:
        add(rc.pos, "rights_change", rc.member, rc.value, rc.date, rc.by.assembly, rc.by.deliberation, rc.ground)
    for br in g.budget_referrals:
        add(br.pos, "budget_referral", br.year, br.date)
    attr(g.coordination_support, "coordination_support")
    for i, bm in enumerate(g.board_members, 1):
        add(bm.pos, "board_member", i, s(bm.name), bm.category)
        if bm.appointed_by is not None:
            add(bm.pos, "board_member_appointed_by", i, bm.appointed_by)
        if bm.user_representative:
            add(bm.pos, "board_member_user_representative", i)
    dl = g.dissolution_by_law
    if dl is not None:
        add(dl.pos, "dissolution_by_law")
        if dl.notified is not None:
            add(dl.pos, "dissolution_by_law_notified", dl.notified)
        if dl.published is not None:
            add(dl.pos, "dissolution_by_law_published", dl.published)


def _act_term(act) -> Lit:
    """The ACT term of one act of an ars_decision (docs/facts-part2.md)."""
    v = act.value
    if act.act in ("approves", "refuses") and isinstance(v, tuple):
        return f(act.act, f("avenant", v[1]))
    if act.act == "authorises_billing" or act.act == "dissolves" or v is None:
        return Lit(act.act)
    return f(act.act, v)


def _law_calendar(out: Facts) -> None:
    """text_period(Article, Version, From, Until) for every text version, and
    law_date(D) for every date of the scenario.

    The periods come from the inventory (data/law/provisions.yaml): each fact's
    origin is the line of the inventory that gives the text's dates of force.
    A version still in force has the open end d(9999,12,31). `rules/time/in_force.lp`
    derives in_force(Article, Version, D) for the dates of the scenario and the
    dates the rules compute (the day after a withdrawal takes effect, ...).
    """
    out.facts.extend(_law_texts())
    for dt, origin in sorted(out.dates.items()):
        out.add(atom("law_date", dt), origin)


@lru_cache(maxsize=1)
def _law_texts() -> tuple:
    """The facts of the inventory every file gets, with their origins (built once per process):
    text_period/4, and provision_text/3 and same_as/2 for the provisions the rules guard on."""
    from . import law

    out = Facts()
    lines = _inventory_lines()
    label = "gcs_reasoner/data/law/provisions.yaml"
    for version in law.text_versions():
        until = version.until or date(9999, 12, 31)
        fact = atom("text_period", s(version.article), s(version.version), version.from_, until)
        out.add(fact, Origin(label, lines.get(version.file, 1)))
    for facts in provision_facts().values():
        out.facts.extend(facts)
    return tuple(out.facts)


@lru_cache(maxsize=1)
def provision_facts() -> dict[str, tuple]:
    """Provision id -> its facts, with their origins: provision_text(Id, Article, Version) and
    same_as(Id, Earlier) for each provision it repeats (the inventory's same_as and
    data/law/repeats.yaml), for the provisions a rule asks about with in_force_id("Id", D) and
    those that repeat one of them (rules/time/in_force.lp)."""
    from .versions import earlier as earlier_provisions, text_of

    provision_lines = _provision_lines()
    label = "gcs_reasoner/data/law/provisions.yaml"
    out = {}
    for pid in _guarded_family():
        article, version = text_of(pid)
        origin = Origin(label, provision_lines.get(pid, 1))
        facts = [(atom("provision_text", s(pid), s(article), s(version)), origin)]
        facts += [(atom("same_as", s(pid), s(e)), origin) for e in earlier_provisions(pid)]
        out[pid] = tuple(facts)
    return out


@lru_cache(maxsize=1)
def _guarded_family() -> tuple[str, ...]:
    """The provisions a rule asks about with in_force_id(Id, D), and every later
    provision that repeats one of them (same_as chains): only those are needed."""
    from . import law
    from .program import guarded_provisions

    from .versions import repeated_by

    wanted = set(guarded_provisions())
    return tuple(pid for pid in law._entries() if pid in wanted or wanted & repeated_by(pid))


def _provision_lines() -> dict[str, int]:
    """Provision id -> line of its entry in the inventory."""
    return _inventory_index()["- id: "]


def _inventory_lines() -> dict[str, int]:
    """Text version file -> line of its entry in the inventory."""
    return _inventory_index()["- file: "]


@lru_cache(maxsize=1)
def _inventory_index() -> dict[str, dict[str, int]]:
    """The line of each entry of the inventory, by kind of entry (`- id: `, `- file: `)."""
    from . import law

    out: dict[str, dict[str, int]] = {"- id: ": {}, "- file: ": {}}
    with open(law.INVENTORY, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            for prefix, index in out.items():
                if line.startswith(prefix):
                    index[line[len(prefix):].strip()] = n
    return out
