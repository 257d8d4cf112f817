"""Review 41 (round 17), reviewer 4 finding 4, fixer J: the text a rule's gate names is the text it cites.

The finding: `explain facts/asm10_admission_day_candidate.gcs 'vote_not_counted(ag1, d1, ch_beaune,
admission_candidate)'` cited R6133-20@2010-07-26.1, « L'assemblée générale est composée de l'ensemble des membres du
groupement. », and said « Texte applicable le 1er mars 2013 : R6133-21 (version en vigueur du 26 juillet 2010 au 27
avril 2017) »: the rule checked R6133-21 in force (through the auxiliary asm10). The same in 2006 (R6133-12@2006-01-01.1
cited, R6133-14 of 2006 checked: vote_not_counted and attendance_not_counted) and in 2017 (R6133-25@2017-04-28.1
cited, R6133-26 checked through asm26). A lawyer reads the "Texte applicable" line as the text the conclusion
applies.

The reading: a rule's version gate names the text it cites and quotes. The three texts have the same dates as the
ones gated on before (R6133-12 and R6133-14 of 2006: 2006-01-01 to 2010-07-25; R6133-20 and R6133-21 of 2010:
2010-07-26 to 2017-04-27; R6133-25 of 2017 and R6133-26 of 2017 and 2024: from 2017-04-28), so no conclusion
changes, only the text the explanation names.

The whole rule set: every positive version guard (in_force/3, in_force_id/2) written in a rule that cites provisions
names one of them (or the text of one). The rules that still gate on a text they do not cite are listed in KNOWN,
each to be judged (cite both texts when both are read, or gate on the cited one); the test fails on a new one, and on
an entry of KNOWN that no longer needs to be there. Guards reached through an auxiliary predicate (asm10, asm26) are
not read by the static check: the explanations below check the three rules of the finding.
"""

import re
from pathlib import Path

import gcs_reasoner as gcs
from gcs_reasoner.program import load_program
from gcs_reasoner.versions import text_of

FACTS = Path(__file__).resolve().parent.parent / "facts"

_GUARD = re.compile(r'in_force(_id)?\("([^"]+)"(?:,\s*"([^"]+)")?')

# rules that gate on a text their comment block does not cite (file, head, the text or provision gated on): left
# after review 41, each to be judged on its own (most read two texts: the event's and the effect's)
KNOWN = {
    ("rules/administrator/2017-04-28_R6133-29.lp", "deputy_in_office_on/2", "L6133-4@2017-01-14.4"),
    ("rules/administrator/2017-04-28_R6133-29.lp", "missing_fact/3", "L6133-4@2017-01-14.4"),
    ("rules/administrator/2017-04-28_R6133-29.lp", "convening_deputy_on/2", "L6133-4@2017-01-14.4"),
    ("rules/administrator/2017-04-28_R6133-29.lp", "convening_deputy_term_open/2", "L6133-4@2017-01-14.4"),
    ("rules/approval/2006-01-01_R6133-11.lp", "no_legal_personality_yet/0", "L6133-3@2009-07-23.I.2"),
    ("rules/approval/2017-01-14_L6133-3.lp", "legal_personality_from/1", "L6133-3@2009-07-23.I.2"),
    ("rules/approval/2017-04-28_R6133-1-1.lp", "legal_personality_from/1", "R6133-1-1@2017-04-28"),
    ("rules/assembly/2006-01-01_R6133-12_R6133-14.lp", "missing_fact/3", "R6133-14@2006-01-01"),
    ("rules/assembly/2006-01-01_R6133-12_R6133-14.lp", "deliberation_valid/2", "R6133-12@2006-01-01"),
    ("rules/assembly/2010-07-26_R6133-20_R6133-21.lp", "delegable/2", "R6133-21@2010-07-26.I.1"),
    ("rules/billing/2006-01-01_R6133-20_R6133-21.lp", "liberal_acts/0", "L6133-1@2004-08-11"),
    ("rules/billing/2006-01-01_R6133-20_R6133-21.lp", "missing_fact/3", "R6133-21@2006-01-01.2"),
    ("rules/billing/2009-07-23_L6133-8.lp", "missing_fact/3", "R6133-16@2010-07-26.II"),
    ("rules/billing/2009-07-23_L6133-8.lp", "no_effect/3", "R6133-16@2010-07-26.II"),
    ("rules/billing/2017-01-14_L6133-6_L6133-8.lp", "intervention_allowed/1", "L6133-1@2017-01-14"),
    ("rules/convention/2006-01-01_R6133-2_R6133-3_R6133-4.lp", "majority_rule/3", "R6133-1@2006-01-01"),
    ("rules/convention/2006-01-01_R6133-2_R6133-3_R6133-4.lp", "seat_transfer_invalid/1", "R6133-3@2006-01-01"),
    ("rules/convention/2017-04-28_R6133-1.lp", "decree_2017_mentions_owed/1", "R6133-1@2017-04-28.I.1.12bis"),
    ("rules/convention/2017-04-28_R6133-1.lp", "missing_fact/3", "R6133-1@2017-04-28.I.1.12bis"),
    ("rules/convention/2017-04-28_R6133-1.lp", "compliance_deadline/1", "R6133-1@2017-04-28.I.1.12bis"),
    ("rules/convention/2017-04-28_R6133-1.lp", "compliance_decision_due/1", "R6133-1@2017-04-28.I.1.12bis"),
    ("rules/dissolution/2006-01-01_R6133-17.lp", "no_effect/3", "R6133-13@2006-01-01.1"),
    ("rules/dissolution/2010-07-26_R6133-8.lp", "missing_fact/3", "R6133-21@2010-07-26.I.2.18"),
    ("rules/dissolution/2017-04-28_R6133-8.lp", "publication_required/1", "R6133-8@2010-07-26"),
    ("rules/dissolution/2017-04-28_R6133-8.lp", "exclusion_required/2", "R6133-8@2017-04-28.I.1.3"),
    ("rules/dissolution/2017-04-28_R6133-8.lp", "barred_ground_applies/2", "R6133-8@2017-04-28.I.1.3"),
    ("rules/dissolution/2017-04-28_R6133-8.lp", "ars_dissolution_ground/1", "R6133-8@2017-04-28.I.1.3"),
    ("rules/dissolution/2017-04-28_R6133-8.lp", "no_effect/3", "R6133-8@2017-04-28.I.1.3"),
    ("rules/health_establishment/2009-07-23_L6133-7.lp", "health_establishment/2", "R6133-12@2006-01-01"),
    ("rules/health_establishment/2010-07-26_R6133-12_R6133-13_R6133-15.lp", "erection_required/1",
     "L6133-7@2009-07-23.1"),
    ("rules/health_establishment/2017-04-28_R6133-17_R6133-18_R6133-19.lp", "health_establishment/2",
     "R6133-12@2010-07-26.III"),
    ("rules/members_and_nature/2017-01-14_L6133-2_L6133-2-1.lp", "authorised_member_2017/1", "L6133-2@2017-01-14.IV"),
    ("rules/members_and_nature/2017-01-14_L6133-2_L6133-2-1.lp", "composition_invalid/1", "L6133-2@2017-01-14.I.1"),
    ("rules/membership/2006-01-01_R6133-5.lp", "exclusion_ground_met/4", "R6133-5@2006-01-01.3"),
    ("rules/membership/2006-01-01_R6133-5.lp", "barred_exclusion_conditions_met/3", "R6133-5@2006-01-01.3"),
    ("rules/membership/2006-01-01_R6133-5.lp", "excluded/2", "R6133-5@2006-01-01.3"),
    ("rules/membership/2006-01-01_R6133-5.lp", "no_effect/3", "R6133-5@2006-01-01.1"),
    ("rules/membership/2006-01-01_R6133-5.lp", "no_effect/3", "R6133-5@2006-01-01.3"),
    ("rules/transfers/2009-06-27_R6133-22.lp", "no_effect/3", "R6133-22@2009-06-27.1"),
}


def _positive_guards(body: str) -> list:
    """(the provision id, or the text `ARTICLE@VERSION`) of each positive version guard of a rule's body."""
    out = []
    for m in _GUARD.finditer(body):
        before = body[:m.start()]
        if before.rstrip().endswith("not") or (before and (before[-1].isalnum() or before[-1] == "_")):
            continue
        out.append(m.group(2) if m.group(1) else f"{m.group(2)}@{m.group(3)}")
    return out


def _uncited_gates() -> set:
    found = set()
    for r in load_program().rules:
        if r.auxiliary or ":-" not in r.text:
            continue
        cited = set(r.provisions)
        texts = {"@".join(t) for t in map(text_of, cited) if t is not None}
        for g in _positive_guards(r.text.split(":-", 1)[1]):
            if g not in cited and g not in texts:
                found.add((r.file, r.head, g))
    return found


def test_every_rule_gates_on_a_text_it_cites_but_the_known_ones():
    found = _uncited_gates()
    assert not found - KNOWN, f"rules gating on a text they do not cite: {sorted(found - KNOWN)}"
    assert not KNOWN - found, f"no longer gating on an uncited text (remove from KNOWN): {sorted(KNOWN - found)}"


def test_the_static_check_sees_a_gate_on_an_uncited_text():
    # anchor: the check is not vacuous (a guard on an uncited text is found, a negated one is not)
    assert _positive_guards('a(X) :- b(X), in_force_id("R6133-14@2006-01-01.1", X), not in_force("L6133-9", '
                            '"2017-01-14", X).') == ["R6133-14@2006-01-01.1"]
    assert ("rules/membership/2006-01-01_R6133-5.lp", "excluded/2", "R6133-5@2006-01-01.3") in _uncited_gates()


def _texts(res, atom: str) -> set:
    node = next(c for c in res.conclusions if str(c) == atom).explain()
    return {(t.article, t.version) for t in node.texts}


def _run(name: str):
    return gcs.reason(gcs.load(str(FACTS / name)), explain=True)


def test_2010_admission_candidate_names_r6133_20_not_r6133_21():
    res = _run("asm10_admission_day_candidate.gcs")
    atom = "vote_not_counted(ag1, d1, ch_beaune, admission_candidate)"
    assert _texts(res, atom) == {("R6133-20", "2010-07-26")}
    assert next(c for c in res.conclusions if str(c) == atom).explain().provisions == ["R6133-20@2010-07-26.1"]
    # where it does not apply: ch_nuits is no candidate; its vote is left out as not a member, under R6133-21 (the
    # majority of « membres présents ou représentés »), which that rule cites
    assert "vote_not_counted(ag1, d1, ch_nuits, admission_candidate)" not in {str(c) for c in res.conclusions}
    assert _texts(res, "vote_not_counted(ag1, d1, ch_nuits, not_a_member_that_day)") == {("R6133-21", "2010-07-26")}


def test_2006_admission_candidate_names_r6133_12_not_r6133_14():
    res = _run("assembly_admission_day_candidate.gcs")
    found = {str(c) for c in res.conclusions}
    votes = [a for a in found if a.startswith("vote_not_counted(") and a.endswith("admission_candidate)")]
    seats = [a for a in found if a.startswith("attendance_not_counted(") and a.endswith("admission_candidate)")]
    assert votes and seats
    for atom in votes + seats:
        assert _texts(res, atom) == {("R6133-12", "2006-01-01")}, atom
    # where it does not apply: ch_beaune, a member that day, is not left out as not a member (R6133-14 of 2006),
    # only as the candidate (anchor above)
    assert "attendance_not_counted(ag1, ch_beaune, not_a_member_that_day)" not in found
    assert "vote_not_counted(ag1, d1, ch_beaune, not_a_member_that_day)" not in found


def test_2017_admission_candidate_names_r6133_25_not_r6133_26():
    res = _run("asm17_admission_day_candidate.gcs")
    found = {str(c) for c in res.conclusions}
    votes = [a for a in found if a.startswith("vote_not_counted(") and a.endswith("admission_candidate)")]
    assert votes
    for atom in votes:
        assert _texts(res, atom) == {("R6133-25", "2017-04-28")}, atom
    # where it does not apply: ch_nuits, no candidate, left out as not a member under R6133-26 (its citation)
    assert "vote_not_counted(ag1, d1, ch_nuits, admission_candidate)" not in found
    assert _texts(res, "vote_not_counted(ag1, d1, ch_nuits, not_a_member_that_day)") == {("R6133-26", "2017-04-28")}
