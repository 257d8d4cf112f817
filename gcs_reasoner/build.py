"""From the syntax tree to the dataclasses of `scenario.py`: the builder.

Stage of the parser (see parse.py): `Builder().build(tree)` turns Lark's tree
into a Groupement and makes every check the grammar does not express (real
dates, numbers within bounds, positive rights, at most once, `of M`,
references, duplicate ids), raising parse._Error at the place of the fault.
The groupement's own statements, the convention and avenants are built here;
members in build_members.py, the administrator, assemblies and committee
meetings in build_assemblies.py, authorisations and the director general's
decisions in build_agency.py, the deputy, the restricted committee and the
supervisory board in build_committee.py (part 2), tokens, names and references
in build_base.py.
"""

from __future__ import annotations

from .build_agency import AgencyStatements
from .build_assemblies import AssemblyStatements
from .build_base import _ANY_MEMBER, _tokpos, _treepos
from .build_committee import CommitteeStatements
from .build_members import MemberStatements
from .parse import MAX_NOTICE_DAYS, MAX_NOTICE_MONTHS, _Error
from .parse_errors import _clip
from .scenario import (
    Activity,
    ActivityReport,
    Attr,
    Avenant,
    AvenantEvent,
    Budget,
    BudgetReferral,
    CaseOccurred,
    Consultation,
    Convention,
    Dissolution,
    DissolutionByLaw,
    Groupement,
    Liquidator,
    Majority,
    MedicalAct,
    Merger,
    Publication,
    Result,
    SeatTransfer,
    Staff,
    Withdrawal,
)

_GROUPEMENT_ONCE = {
    "as_of", "approved", "seat", "duration", "declared_nature", "running_costs", "capital", "rights_basis",
    "health_network", "convention", "administrator", "publication_mentions",
    "documents_mention",
    # part 2: the statements that describe the groupement itself (section 10)
    "submitted", "tariff_option", "coordination_support", "dissolution_by_law",
}
_DISPLAY_STMT = {"as_of": "as of", "dissolution_by_law": "dissolution by operation_of_law"}
# part 2 statements built by a method of the same name, appended to the groupement's list
_PART2_LISTS = {
    "authorisation": "authorisations", "operates": "operates", "ars_decision": "ars_decisions",
    "reply": "replies", "deputy": "deputies", "administrator_unavailable": "administrator_unavailable",
    "committee": "committees", "delegation": "delegations", "committee_meeting": "committee_meetings",
    "challenge": "challenges", "rights_change": "rights_changes", "board_member": "board_members",
}


class Builder(MemberStatements, AssemblyStatements, AgencyStatements, CommitteeStatements):
    """The tree of one file -> its Groupement (a new Builder per file)."""

    def build(self, tree) -> Groupement:
        groupements = tree.children
        if not groupements:
            raise _Error((1, 1), "no groupement in the file; expected 'groupement ID \"Name\" { ... }'")
        if len(groupements) > 1:
            second = groupements[1]
            raise _Error(
                _treepos(second),
                f"a second groupement (the first is at line {groupements[0].meta.line}); "
                "expected one groupement per file",
            )
        g = self.groupement(groupements[0])
        self.resolve(g)
        self.grants_once(g)
        return g

    @staticmethod
    def grants_once(g: Groupement) -> None:
        """A grant is stated by `granted` on the authorisation or by `grants A` in a decision, not both."""
        granted = {a.id: a for a in g.authorisations if a.granted is not None}
        for dec in g.ars_decisions:
            for act in dec.acts:
                if act.act == "grants" and act.value in granted:
                    au = granted[act.value]
                    first, second = sorted([au, act], key=lambda x: (x.pos.line, x.pos.col))
                    raise _Error(
                        second.pos,
                        f"the grant of authorisation '{au.id}' is stated twice: 'granted {au.granted}' on the "
                        f"authorisation (line {au.line}) and 'grants {au.id}' in decision {dec.id} (line {act.line}); "
                        "expected one of the two (the decision, or the date on the authorisation)",
                    )

    def _once_per_deliberation(self, seen: dict, kind: str, stmt) -> None:
        """A `dissolution by A.D` or `seat_transfer ... by A.D` may be stated several times (events), once per
        deliberation: the same deliberation named twice is a duplicate."""
        ref = f"{stmt.by.assembly}.{stmt.by.deliberation}"
        shown = f"dissolution by {ref}" if kind == "dissolution" else f"seat_transfer to ... by {ref}"
        self.once(seen, f"{kind} by {ref}", stmt.pos, "a groupement for one deliberation", shown)

    def groupement(self, tree) -> Groupement:
        ident, name, *statements = tree.children
        g = Groupement(_treepos(tree), str(ident), self.string(name))
        seen: dict = {}
        for st in statements:
            kind = st.data
            pos = _treepos(st)
            c = st.children
            if kind in _GROUPEMENT_ONCE:
                self.once(seen, kind, pos, "a groupement", _DISPLAY_STMT.get(kind))
            if kind == "as_of":
                g.as_of = Attr(pos, self.date(c[0]))
            elif kind == "approved":
                g.approved = Attr(pos, self.date(c[0]))
            elif kind == "seat":
                g.seat = Attr(pos, (self.string(c[0]), self.string(c[1].children[0]) if len(c) > 1 else None))
            elif kind == "duration":
                indefinite = getattr(c[0], "data", None) == "indefinite"
                g.duration = Attr(pos, "indefinite" if indefinite else self.date(c[0]))
            elif kind == "declared_nature":
                g.declared_nature = Attr(pos, self.word(c[0]))
            elif kind == "running_costs":
                g.running_costs = Attr(pos, self.word(c[0]) == "yes")
            elif kind == "capital":
                g.capital = Attr(pos, self.amount(c[0]) if c[0].data == "amount" else None)
            elif kind == "rights_basis":
                g.rights_basis = Attr(pos, self.word(c[0]))
            elif kind == "health_network":
                g.health_network = Attr(pos, True)
            elif kind == "activity":
                g.activities.append(self.activity(st))
            elif kind in ("member", "associate"):
                g.members.append(self.member(st))
            elif kind == "contribution":
                g.contributions.append(self.contribution(st))
            elif kind == "participation":
                g.participations.append(self.participation(st))
            elif kind == "convention":
                g.convention = self.convention(st)
            elif kind == "administrator":
                g.administrator = self.administrator(st)
            elif kind == "assembly":
                g.assemblies.append(self.assembly(st))
            elif kind == "withdrawal":
                eff = c[2].children[0] if len(c) > 2 else None
                g.withdrawals.append(
                    Withdrawal(pos, self.ref(c[0]), self.date(c[1]), self.date(eff) if eff is not None else None)
                )
            elif kind == "merger":
                result_tok, names, when = c
                self.no_repeat(names.children, "member")
                for t in names.children:
                    if str(t) == str(result_tok):
                        raise _Error(
                            _tokpos(t),
                            f"'{t}' results from the merger and cannot be one of the merged members; "
                            "expected the members it absorbs or merges",
                        )
                g.mergers.append(
                    Merger(pos, self.ref(result_tok), [self.ref(t) for t in names.children], self.date(when))
                )
            elif kind == "avenant":
                g.avenants.append(self.avenant(st))
            elif kind == "budget":
                year = self.year(c[0])
                self.once(seen, f"budget {year}", pos, "a groupement (one budget per year)", f"budget {year}")
                g.budgets.append(Budget(pos, year, self.amount(c[1]), self.amount(c[2])))
            elif kind == "result":
                year = self.year(c[0])
                self.once(seen, f"result {year}", pos, "a groupement (one result per year)", f"result {year}")
                g.results.append(Result(pos, year, self.word(c[1]), self.amount(c[2]), self.word(c[3])))
            elif kind == "dissolution":
                dz = Dissolution(pos, self.delib_ref(c[0]))
                for clause in c[1:]:
                    if clause.data == "notified_clause":
                        dz.notified = self.date(clause.children[0])
                    else:
                        dz.published = self.date(clause.children[0])
                self._once_per_deliberation(seen, "dissolution", dz)
                g.dissolutions.append(dz)
            elif kind == "dissolution_by_law":
                dl = DissolutionByLaw(pos)
                for clause in c:
                    if clause.data == "notified_clause":
                        dl.notified = self.date(clause.children[0])
                    else:
                        dl.published = self.date(clause.children[0])
                g.dissolution_by_law = dl
            elif kind == "seat_transfer":
                region = None
                if len(c) == 3:
                    region = self.string(c[1].children[0])
                st = SeatTransfer(pos, self.string(c[0]), region, self.delib_ref(c[-1]))
                self._once_per_deliberation(seen, "seat_transfer", st)
                g.seat_transfers.append(st)
            elif kind == "case_occurred":
                case = CaseOccurred(pos, self.string(c[0]), self.date(c[1]))
                self.cases.append(case)
                g.cases_occurred.append(case)
            elif kind == "consultation":
                answered = self.date(c[2].children[0]) if len(c) > 2 else None
                g.consultations.append(Consultation(pos, self.string(c[0]), self.date(c[1]), answered))
            elif kind == "published_in":
                g.publications.append(Publication(pos, self.string(c[0]), self.date(c[1])))
            elif kind == "publication_mentions":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "publication mention")
                g.publication_mentions = [Attr(_tokpos(w), str(w)) for w in words]
            elif kind == "activity_report":
                year = self.year(c[0])
                self.once(
                    seen, f"activity_report {year}", pos, "a groupement (one activity report per year)",
                    f"activity_report {year}",
                )
                report = ActivityReport(pos, year)
                for clause in c[1:]:
                    if clause.data == "approved_by_clause":
                        report.approved_by = self.delib_ref(clause.children[0])
                    elif clause.data == "with_accounts":
                        report.with_accounts = True
                    else:
                        report.sent = self.date(clause.children[0])
                g.activity_reports.append(report)
            elif kind == "documents_mention":
                g.documents_mention = Attr(pos, self.word(c[0]) == "yes")
            elif kind == "staff":
                ident = self.declare(c[0], "staff")
                if isinstance(c[1], str):  # made_available_by M (a Token) [medical | non_medical]
                    profession = self.word(c[2]) if len(c) > 2 else None
                    g.staff.append(Staff(pos, ident, made_available_by=self.ref(c[1]), profession=profession))
                else:
                    g.staff.append(Staff(pos, ident, recruited=self.word(c[1])))
            elif kind == "liquidator":
                g.liquidators.append(Liquidator(pos, self.string(c[0]), self.delib_ref(c[1])))
            elif kind == "medical_act":
                ident = self.declare(c[0], "medical_act")
                act = MedicalAct(pos, ident, self.amount(c[1]), self.amount(c[2]))
                for clause in c[3:]:
                    if clause.data == "act_by_clause":
                        act.by = self.ref(clause.children[0])
                    else:
                        act.patient_of = self.ref(clause.children[0])
                g.medical_acts.append(act)
            # part 2
            elif kind in _PART2_LISTS:
                build = self.assembly if kind == "committee_meeting" else getattr(self, kind)
                getattr(g, _PART2_LISTS[kind]).append(build(st))
            elif kind == "submitted":
                g.submitted = Attr(pos, self.date(c[0]))
            elif kind == "tariff_option":
                g.tariff_option = self.tariff_option(st)
            elif kind == "budget_referral":
                g.budget_referrals.append(BudgetReferral(pos, self.year(c[0]), self.date(c[1])))
            elif kind == "coordination_support":
                g.coordination_support = Attr(pos, True)
            else:  # pragma: no cover - grammar and builder out of step
                raise _Error(pos, f"internal error: unhandled statement {kind}")
        return g

    def activity(self, tree) -> Activity:
        pos = _treepos(tree)
        (c,) = tree.children
        if not isinstance(c, str):
            return Activity(pos, self.word(c))
        if c.type == "NAME":
            return Activity(pos, "operates_authorisation_of", member=self.ref(c))
        return Activity(pos, "heavy_equipment", name=self.string(c))

    def convention(self, tree) -> Convention:
        conv = Convention(_treepos(tree))
        seen: dict = {}
        for st in tree.children:
            pos = _treepos(st)
            c = st.children
            if st.data not in ("majority", "dissolution_case"):
                self.once(seen, st.data, pos, "a convention")
            if st.data == "object":
                conv.object = Attr(pos, self.string(c[0]))
            elif st.data == "task_split":
                conv.task_split = Attr(pos, True)
            elif st.data == "mentions":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "mention")
                conv.mentions = [Attr(_tokpos(w), str(w)) for w in words]
            elif st.data == "attached":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "attachment")
                conv.attached = [Attr(_tokpos(w), str(w)) for w in words]
            elif st.data == "notice_days":
                days = self.natural(
                    c[0], "notice_days", MAX_NOTICE_DAYS,
                    f"notice_days {_clip(str(c[0]))} is too long: the language accepts up to {MAX_NOTICE_DAYS} "
                    f"days (ten years); expected a number of days from 0 to {MAX_NOTICE_DAYS}",
                )
                conv.notice_days = Attr(pos, days)
            elif st.data == "withdrawal_notice_months":
                months = self.natural(
                    c[0], "withdrawal_notice_months", MAX_NOTICE_MONTHS,
                    f"withdrawal_notice_months {_clip(str(c[0]))} is too long: the language accepts up to "
                    f"{MAX_NOTICE_MONTHS} months (a hundred years); expected a number of months from 0 to "
                    f"{MAX_NOTICE_MONTHS}",
                )
                conv.withdrawal_notice_months = Attr(pos, months)
            elif st.data == "majority":
                matter = self.word(c[0])
                self.once(seen, f"majority {matter}", pos, "a convention (one majority per matter)",
                          f"majority {matter}")
                conv.majorities.append(Majority(pos, matter, self.word(c[1])))
            elif st.data == "dissolution_case":
                conv.dissolution_cases.append(Attr(pos, self.string(c[0])))
            elif st.data == "chair":
                conv.chair = Attr(pos, self.ref(c[0], _ANY_MEMBER))
            elif st.data == "result_allocation":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "allocation")
                conv.result_allocation = [Attr(_tokpos(w), str(w)) for w in words]
            elif st.data == "rights_adaptation":
                conv.rights_adaptation = Attr(pos, True)
            # part 2
            elif st.data == "signed_by":
                self.no_repeat(c[0].children, "member")
                conv.signed_by = [Attr(_tokpos(t), self.ref(t)) for t in c[0].children]
            elif st.data == "vocation":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "vocation")
                conv.vocation = [Attr(_tokpos(w), str(w)) for w in words]
            elif st.data == "tariff_scale":
                conv.tariff_scale = Attr(pos, self.tariff_word(c[0], "tariff_scale"))
            elif st.data == "blood_depot_for":
                self.no_repeat(c[0].children, "member")
                conv.blood_depot_for = [Attr(_tokpos(t), self.ref(t)) for t in c[0].children]
                conv.blood_depot_located_at = Attr(_tokpos(c[1]), self.ref(c[1]))
            elif st.data == "vote_weight":
                conv.vote_weight = Attr(pos, self.word(c[0]))
            elif st.data == "meeting_days":
                days = self.natural(
                    c[0], "meeting_days", MAX_NOTICE_DAYS,
                    f"meeting_days {_clip(str(c[0]))} is too long: the language accepts up to {MAX_NOTICE_DAYS} "
                    f"days (ten years); expected a number of days from 0 to {MAX_NOTICE_DAYS}",
                )
                conv.meeting_days = Attr(pos, days)
            elif st.data == "restricted_committee":
                conv.restricted_committee = Attr(pos, True)
            elif st.data == "full_gbcp":
                conv.full_gbcp = Attr(pos, True)
        return conv

    def avenant(self, tree) -> Avenant:
        ident_tok, when, event_tree, *clauses = tree.children
        ident = self.declare(ident_tok, "avenant")
        ec = event_tree.children
        if len(ec) == 2:
            event = AvenantEvent(self.word(ec[0]), self.ref(ec[1]))
        else:
            event = AvenantEvent(self.word(ec[0]))
        av = Avenant(_treepos(tree), ident, self.date(when), event)
        for clause in clauses:
            if clause.data == "approved_on_clause":
                av.approved_on = self.date(clause.children[0])
            elif clause.data == "submitted_on_clause":
                av.submitted_on = self.date(clause.children[0])
            else:
                av.published_on = self.date(clause.children[0])
        return av
