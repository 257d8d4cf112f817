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


@dataclass
class Facts:
    facts: list[tuple[str, Origin]] = field(default_factory=list)
    as_of: Optional[date] = None
    dates: dict[date, Origin] = field(default_factory=dict)  # each date of the file, where it first appears
    # facts fed back from a previous round of reasoning (fact -> the conclusion it repeats)
    rounds: dict[str, str] = field(default_factory=dict)

    def with_round(self, derived: dict[str, str]) -> "Facts":
        """These facts plus `derived` (input fact -> conclusion of the previous round)."""
        return Facts(list(self.facts), self.as_of, dict(self.dates), dict(derived))

    def add(self, atom: str, origin: Origin) -> None:
        self.facts.append((atom, origin))

    def program(self) -> str:
        return "".join(f"{a}.\n" for a, _ in self.facts) + "".join(f"{a}.\n" for a in self.rounds)

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
    return f"{name}({','.join(_term(a) for a in args)})"


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


def s(x: str) -> Lit:
    return Lit(q(x))


def f(name: str, *args) -> Lit:
    return Lit(atom(name, *args))


# --- the scenario --------------------------------------------------------------------


def scenario_facts(scenario: Scenario, as_of: date, as_of_origin: Optional[Origin] = None) -> Facts:
    """All facts of a scenario, plus the law calendar for the dates it mentions."""
    g = scenario.groupement
    out = Facts(as_of=as_of)
    path = scenario.path

    def at(pos: Pos) -> Origin:
        return Origin(path, pos.line)

    def add(origin_pos, name, *args):
        out.add(atom(name, *args), at(origin_pos))
        for a in args:
            if isinstance(a, date):
                out.dates.setdefault(a, at(origin_pos))

    def attr(a: Optional[Attr], name: str, *args):
        if a is not None:
            add(a.pos, name, *args)

    add(g.pos, "groupement", g.id)
    if g.as_of is not None:
        add(g.as_of.pos, "as_of", as_of)
    else:
        origin = as_of_origin or Origin("<command line>", 1)
        out.add(atom("as_of", as_of), origin)
        out.dates.setdefault(as_of, origin)
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

    for m in g.members:
        add(m.pos, "associate" if m.associate else "declared_member", m.id)
        attr(m.kind, "kind", m.id, m.kind and m.kind.value)
        attr(m.sector, "sector", m.id, m.sector and m.sector.value)
        if m.region is not None:
            add(m.region.pos, "region", m.id, s(m.region.value))
        attr(m.rights, "rights", m.id, m.rights and m.rights.value)
        attr(m.joined, "joined", m.id, m.joined and m.joined.value)
        attr(m.individual, "individual", m.id)
        if m.contract_with is not None:
            how, other = m.contract_with.value
            add(m.contract_with.pos, "contract_with", m.id, other if how == "member" else s(other))
        attr(m.authorised, "authorised", m.id, m.authorised and m.authorised.value)
        attr(m.procedure, "procedure", m.id, m.procedure and m.procedure.value)
        attr(m.funding, "funding", m.id, m.funding and m.funding.value)

    for i, c in enumerate(g.contributions, 1):
        form = f("in_kind", c.property) if c.form == "in_kind" else c.form
        add(c.pos, "contribution", i, c.member, form, c.amount)
    for i, p in enumerate(g.participations, 1):
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

    adm = g.administrator
    if adm is not None:
        add(adm.pos, "administrator", adm.member, adm.elected)
        by = adm.by
        if by is not None:
            add(adm.pos, "administrator_elected_by", by.assembly, by.deliberation)
        for flag in ("paid", "mission_allowances", "flat_allowance"):
            if getattr(adm, flag):
                add(adm.pos, f"administrator_{flag}")

    for a in g.assemblies:
        if scenario.left_out(a):  # an assembly the law cannot use (validate.py warns why)
            continue
        add(a.pos, "assembly", a.id, a.date)
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

    for w in g.withdrawals:
        add(w.pos, "withdrawal", w.member, w.notified)
        if w.effective is not None:
            add(w.pos, "withdrawal_stated_effective", w.member, w.effective)
    for mg in g.mergers:
        add(mg.pos, "merger", mg.result, mg.date)
        for old in mg.of:
            add(mg.pos, "merged", mg.result, old)
    for v in g.avenants:
        ev = v.event
        event = f(ev.kind, ev.member) if ev.member else ev.kind
        add(v.pos, "avenant", v.id, v.date, event)
        if v.approved_on is not None:
            add(v.pos, "avenant_approved", v.id, v.approved_on)
        if v.published_on is not None:
            add(v.pos, "avenant_published", v.id, v.published_on)
    for b in g.budgets:
        add(b.pos, "budget", b.year, b.revenue, b.expenses)
    for r in g.results:
        add(r.pos, "result", r.year, r.kind, r.amount, r.allocated)
    if g.dissolution is not None:
        dz = g.dissolution
        add(dz.pos, "dissolution_by", dz.by.assembly, dz.by.deliberation)
        if dz.notified is not None:
            add(dz.pos, "dissolution_notified", dz.notified)
    if g.seat_transfer is not None:
        st = g.seat_transfer
        add(st.pos, "seat_transfer", s(st.city), st.by.assembly, st.by.deliberation)
        if st.region is not None:
            add(st.pos, "seat_transfer_region", s(st.region))

    # extension forms (README, "The scenario language")
    for co in g.cases_occurred:
        add(co.pos, "case_occurred", s(co.text), co.date)
    for cs in g.consultations:
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
    for st in g.staff:
        if st.made_available_by:
            add(st.pos, "staff", st.id, f("made_available_by", st.made_available_by))
        else:
            add(st.pos, "staff", st.id, f("recruited", st.recruited))
    for lq in g.liquidators:
        add(lq.pos, "liquidator", s(lq.name), lq.by.assembly, lq.by.deliberation)
    for ma in g.medical_acts:
        add(ma.pos, "medical_act", ma.id, ma.tariff, ma.billed)

    _law_calendar(out)
    return out


def _law_calendar(out: Facts) -> None:
    """text_period(Article, Version, From, Until) for every text version, and
    law_date(D) for every date of the scenario.

    The periods come from the inventory (data/law/provisions.yaml): each fact's
    origin is the line of the inventory that gives the text's dates of force.
    A version still in force has the open end d(9999,12,31). `rules/time/in_force.lp`
    derives in_force(Article, Version, D) for the dates of the scenario and the
    dates the rules compute (the day after a withdrawal takes effect, ...).
    """
    from . import law

    lines = _inventory_lines()
    label = "gcs_reasoner/data/law/provisions.yaml"
    for version in law.text_versions():
        until = version.until or date(9999, 12, 31)
        fact = atom("text_period", s(version.article), s(version.version), version.from_, until)
        out.add(fact, Origin(label, lines.get(version.file, 1)))
    for dt, origin in sorted(out.dates.items()):
        out.add(atom("law_date", dt), origin)


@lru_cache(maxsize=1)
def _inventory_lines() -> dict[str, int]:
    from . import law

    out = {}
    with open(law.INVENTORY, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("- file: "):
                out[line[8:].strip()] = n
    return out
