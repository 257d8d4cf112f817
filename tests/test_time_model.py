"""The time model (README, "Facts and the law in time"): what the file records
stands whatever text is in force; only what the law makes of it moves with the
texts. At each date where a text changes, the members do not move.

The groupement: two public hospitals founded it; a private clinic joined on
2005-03-01 (before the décret of 2005 came into force on 2006-01-01, while
L6133-1 of 2004 was in force). An assembly meets on the boundary date.
"""

from datetime import date, timedelta
from pathlib import Path

import pytest

import gcs_reasoner as gcs

TEMPLATE = """
groupement g "GCS Frontières" {{
  as of {day}
  seat "Lille" region "Nord-Pas-de-Calais"
  declared_nature private
  member chu "CHU" {{ kind health_establishment sector public rights 40 }}
  member ch "CH" {{ kind health_establishment sector public rights 30 }}
  member clinique "Clinique" {{ kind health_establishment sector private rights 30 joined 2005-03-01 }}
  administrator chu elected {elected}
  assembly ag on {day} {{
    convened_on {convened} by administrator
    present chu, ch
    deliberation d1 on budget {{ for chu, ch }}
  }}
}}
"""


def _result(day: str):
    from datetime import date, timedelta

    d = date.fromisoformat(day)
    text = TEMPLATE.format(day=day, convened=(d - timedelta(days=20)).isoformat(),
                           elected=(d - timedelta(days=300)).isoformat())
    return gcs.reason(gcs.loads(text, path=f"<{day}>"))


def _members(result):
    return sorted(c.args[0] for c in result.by_predicate("member"))


ALL = ["ch", "chu", "clinique"]


@pytest.mark.parametrize("before, after", [("2005-12-31", "2006-01-01"), ("2009-07-22", "2009-07-23")])
def test_members_do_not_move_when_only_the_law_changes(before, after):
    r0, r1 = _result(before), _result(after)
    assert _members(r0) == _members(r1) == ALL


def test_a_clinic_that_joined_in_2005_counts_before_the_decree():
    # L6133-1@2004-08-11.5: public and private members: "Dans les autres cas",
    # the nature the convention declares.
    r = _result("2005-10-01")
    assert _members(r) == ALL
    assert r.holds("nature(private)")
    assert not r.holds("nature(public)")


@pytest.mark.parametrize("day", ["2009-07-22", "2009-07-23", "2010-07-25"])
def test_assemblies_under_the_2006_decree_count_every_member(day):
    # R6133-14@2006-01-01 is in force until 2010-07-25: 70 of 100 rights present.
    r = _result(day)
    assert r.holds("quorum_met(ag)")
    assert r.holds("deliberation_valid(ag, d1)")
    assert not r.by_predicate("dissolution_required")
    assert not r.holds("administrator_invalid(not_a_member)")


def test_the_2010_decree_judges_the_assembly_of_its_first_day():
    # 2010-07-26: décret 2010-862 in force. The members do not move; the
    # assembly of that day is judged under R6133-20 of 2010 (quorum: half of
    # all the members' rights, 70 of 100 present), not under R6133-14 of 2006.
    r = _result("2010-07-26")
    assert _members(r) == ALL
    quorum = r.find("quorum_met(ag)")
    assert quorum is not None
    assert any(p.startswith("R6133-20@2010-07-26") for p in quorum.provisions), quorum.provisions
    assert not any(p.startswith("R6133-14@2006-01-01") for p in quorum.provisions)


def test_the_day_before_the_2010_decree_the_members_are_all_there():
    assert _members(_result("2010-07-25")) == ALL


# A change (withdrawal) that took effect on 2006-12-31 and its avenant made on 2007-01-10
# (R6133-5@2006-01-01.4: « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre
# donnent lieu à un avenant à la convention constitutive »): on a date between the two the avenant
# is missing, an avenant the file records for a later day does not count yet.
AVENANT_LATER = """
groupement g "GCS Avenant" {{
  as of {day}
  approved 2006-03-01
  seat "Cahors" region "Midi-Pyrénées"
  member ch_cahors "CH de Cahors" {{ kind health_establishment sector public rights 50 }}
  member ch_figeac "CH de Figeac" {{ kind health_establishment sector public rights 30 }}
  member ch_gourdon "CH de Gourdon" {{ kind health_establishment sector public rights 20 }}
  withdrawal ch_figeac notified 2006-05-15 effective 2006-12-31
  avenant av1 on 2007-01-10 for withdrawal of ch_figeac
}}
"""


@pytest.mark.parametrize("day, missing", [("2007-01-05", True), ("2007-01-10", False), ("2007-06-30", False)])
def test_an_avenant_made_after_the_as_of_date_does_not_count_yet(day, missing):
    result = gcs.reason(gcs.loads(AVENANT_LATER.format(day=day), path=f"<{day}>"))
    assert result.holds("avenant_required(withdrawal:ch_figeac)")
    assert result.holds("avenant_missing(withdrawal:ch_figeac)") is missing


def test_an_exclusion_calls_for_an_avenant_once_pronounced():
    """R6133-5@2006-01-01.4 (« l'exclusion d'un membre donne[nt] lieu à un avenant »), a state on
    the as-of date: the exclusion of 2007-10-16 calls for no avenant yet on 2007-06-30, that of
    2007-05-15 does (facts/assembly_exclusion_concerned_vote.gcs, judged on an earlier day)."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "facts" / "assembly_exclusion_concerned_vote.gcs"
    text = path.read_text(encoding="utf-8").replace("as of 2007-12-31", "as of 2007-06-30")
    result = gcs.reason(gcs.loads(text, path="<2007-06-30>"))
    assert result.holds("avenant_required(exclusion:clinique_vesoul)")
    assert not result.holds("avenant_required(exclusion:ch_dole)")
    full = gcs.reason(gcs.load(str(path)))
    assert full.holds("avenant_required(exclusion:ch_dole)")


# The approval procedure is judged on the date of the approval (R6133-1-1@2017-04-28.1 « La
# convention constitutive … signée par l'ensemble des membres est approuvée … Ce directeur consulte
# le cas échéant … »), with the members of that date. When the file states the express decision
# (`ars_decision … { approves convention }`) and not `approved`, that date is the decision's: a
# member who joined two years later neither had to sign nor calls for a consultation.
APPROVED_BY_DECISION = """
groupement imagerie_sud "GCS Imagerie Sud" {{
  as of 2021-06-01
  submitted 2018-01-31
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none
  declared_nature public
  member a "AP-HM" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }}
  member b "CH d'Aix" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }}
  member c "CHU de Nîmes" {{ kind health_establishment sector public region "Occitanie" rights 20{joined} }}
  convention {{
    signed_by a, b
  }}
  ars_decision dec1 on 2018-03-15 by ars_director_general published 2018-03-20 {{ approves convention }}
}}
"""


@pytest.mark.parametrize("joined, at_approval", [(" joined 2020-01-15", False), ("", True)])
def test_the_approval_by_a_decision_is_judged_with_the_members_of_its_date(joined, at_approval):
    result = gcs.reason(gcs.loads(APPROVED_BY_DECISION.format(joined=joined), path="<approval>"))
    assert result.holds("signature_missing(c)") is at_approval
    assert result.holds('consultation_required(ars_director_general, "Occitanie")') is at_approval
    assert result.holds('publication_late(convention, "Occitanie")') is at_approval
    assert result.holds("approval_required(ars_director_general, convention)")


@pytest.mark.parametrize("day, late, missing", [("2013-09-15", False, False), ("2013-09-18", False, True),
                                                ("2013-10-01", True, False)])
def test_a_notification_dated_after_the_as_of_date_is_not_made_yet(day, late, missing):
    """R6133-8@2010-07-26.2 (« notifiée … dans un délai de quinze jours »), judged on the as-of date:
    the dissolution of right of 2013-09-01, due by 2013-09-16, notified on 2013-09-20 (golden file
    dissol10_case_by_law_late): on 2013-09-15 nothing is owed yet; on 2013-09-18 the delay is over
    and the notification not yet made: missing, not late; from 2013-09-20, late."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "facts" / "dissol10_case_by_law_late.gcs"
    text = path.read_text(encoding="utf-8").replace("as of 2013-10-01", f"as of {day}")
    result = gcs.reason(gcs.loads(text, path=f"<{day}>"))
    assert result.holds("notification_late(dissolution, 2013-09-20)") is late
    assert result.holds("notification_missing(dissolution)") is missing


@pytest.mark.parametrize("day, late, accounts_missing", [("2018-06-15", False, False), ("2018-07-03", True, False),
                                                         ("2018-07-06", True, True)])
def test_a_report_sent_after_the_as_of_date_is_not_sent_yet(day, late, accounts_missing):
    """R6133-9@2017-04-28 (« au plus tard au 30 juin de l'année suivant l'exercice »), judged on the
    as-of date: the report on 2017, due by 2018-06-30, sent on 2018-07-06 (golden file
    money17_public_2018, here without `with_accounts`): on 2018-06-15 nothing is owed yet; on
    2018-07-03 the delay is over and the report not sent yet: late, and nothing is said of the
    accounts of a report not sent; from 2018-07-06, sent late and without the accounts."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "facts" / "money17_public_2018.gcs"
    text = path.read_text(encoding="utf-8")
    as_of = next(line for line in text.split("\n") if line.strip().startswith("as of"))
    text = text.replace(as_of, f"  as of {day}").replace("sent 2018-07-06 with_accounts", "sent 2018-07-06")
    result = gcs.reason(gcs.loads(text, path=f"<{day}>"))
    assert result.holds("report_due(2017, 2018-06-30)")
    assert result.holds("report_late(2017)") is late
    assert result.holds("report_accounts_missing(2017)") is accounts_missing


@pytest.mark.parametrize("day, late", [("2018-06-15", False), ("2018-07-03", True), ("2018-09-01", True)])
def test_accounts_approved_after_the_as_of_date_are_not_approved_yet(day, late):
    """R6133-5@2017-04-28.I.3 (« doit être approuvé au plus tard le 30 juin de l'année suivant »),
    judged on the as-of date: the accounts of 2017, due by 2018-06-30, approved by the assembly of
    2018-07-05 (golden file money17_public_2018, with that deliberation added): on 2018-06-15
    nothing is owed yet; on 2018-07-03 the delay is over and the assembly not yet held: late; on
    2018-09-01, approved late."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "facts" / "money17_public_2018.gcs"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  as of 2018-09-01", f"  as of {day}").replace(
        "    deliberation d1 on activity_report year 2017 { for chu_se, ch_roanne }",
        "    deliberation d1 on activity_report year 2017 { for chu_se, ch_roanne }\n"
        "    deliberation d2 on accounts year 2017 { for chu_se, ch_roanne }")
    result = gcs.reason(gcs.loads(text, path=f"<{day}>"))
    # the assembly of 2018-07-05 is judged only once held (stop 21: an event after the as-of date has not
    # happened yet: warning after_as_of); the file names the accounts of 2017 all the same
    assert result.holds("deliberation_valid(ag4, d2)") is (day >= "2018-07-05")
    assert result.holds("accounts_approval_due(2017, 2018-06-30)")
    assert result.holds("accounts_approval_late(2017)") is late


@pytest.mark.parametrize("day, seat_late, other_late", [("2018-03-25", False, False), ("2018-04-05", True, True),
                                                        ("2018-06-01", True, True)])
def test_a_publication_dated_after_the_as_of_date_is_not_made_yet(day, seat_late, other_late):
    """R6133-1-1@2017-04-28.3 (« est publiée dans un délai de quinze jours »), judged on the as-of
    date: the approval of 2018-03-15, to be published by 2018-03-30, published in the seat's region
    on 2018-04-10 and never in Occitanie (golden file approval17_express_late): on 2018-03-25
    nothing is owed yet; from 2018-03-31 both publications are late (made late, or not made)."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "facts" / "approval17_express_late.gcs"
    text = path.read_text(encoding="utf-8").replace("  as of 2018-06-01", f"  as of {day}")
    result = gcs.reason(gcs.loads(text, path=f"<{day}>"))
    assert result.holds("publication_due(convention, 2018-03-30)")
    assert result.holds("publication_late(convention, \"Provence-Alpes-Côte d'Azur\")") is seat_late
    assert result.holds('publication_late(convention, "Occitanie")') is other_late
    assert not result.holds('publication_late(convention, "Grand Est")')


# Stop 21 (a black-box review of the law in time): an event the file dates after the as-of date has
# not happened yet on that date. It is left out (warning after_as_of), so nothing is drawn on it
# under a text not yet in force (an exclusion voted on 2010-07-26 judged on 2010-07-20 cited décret
# 2010-862, dated 23 July 2010), and `timeline` no longer shows a withdrawal's effect before its notice.
WITHDRAWAL_2010 = """groupement g16 "GCS Seize" {
  as of 2011-03-01
  approved 2008-03-01
  seat "Tours" region "Centre"
  member chu_t "CHU de Tours" { kind health_establishment sector public region "Centre" rights 60 }
  member ch_b "CH de Blois" { kind health_establishment sector public region "Centre" rights 40 }
  withdrawal ch_b notified 2010-06-30
}
"""


def test_a_withdrawal_notified_after_the_as_of_date_has_not_happened_yet():
    scenario = gcs.loads(WITHDRAWAL_2010, path="<test>")
    before = gcs.reason(scenario, as_of=date(2010, 6, 29))
    assert not any(c.predicate == "withdrawal_effective" for c in before.conclusions)
    assert any(w.code == "after_as_of" and "30 June 2010" in w.message for w in before.warnings)
    after = gcs.reason(scenario, as_of=date(2010, 6, 30))
    assert after.holds("withdrawal_effective(ch_b, 2010-12-31)")
    assert not any(w.code == "after_as_of" for w in after.warnings)


def test_an_assembly_after_the_as_of_date_is_not_judged():
    text = (Path(__file__).resolve().parent.parent / "facts" / "asm10_matters.gcs").read_text(encoding="utf-8")
    scenario = gcs.loads(text, path="<test>")
    held = next(a for a in scenario.groupement.assemblies if a.id == "ag1").date
    before = gcs.reason(scenario, as_of=held - timedelta(days=1))
    assert not any("ag1" in str(c) for c in before.conclusions)
    assert any(w.code == "after_as_of" and "'ag1'" in w.message for w in before.warnings)
    assert any(w.code == "after_as_of" and "l'assemblée générale 'ag1' datée du" in w.message_fr
               and "elle n'est pas encore intervenue" in w.message_fr for w in before.warnings)
    assert gcs.reason(scenario, as_of=held).holds("quorum_met(ag1)")


def test_the_2004_authorisation_rule_is_not_cited_after_it_ended():
    # L6133-1@2004-08-11 al. 3 ended on 2009-07-22; from 2009-07-23 L6133-2 al. 2 decides (unauthorised)
    text = (Path(__file__).resolve().parent / "data" / "member_authorisation_2009.gcs").read_text(encoding="utf-8")
    scenario = gcs.loads(text, path="<test>")
    on = {d: {str(c) for c in gcs.reason(scenario, as_of=d).conclusions if c.predicate == "membership_invalid"}
          for d in (date(2009, 7, 22), date(2010, 3, 31))}
    assert on[date(2009, 7, 22)] == {"membership_invalid(org_x, no_authorisation)"}
    assert on[date(2010, 3, 31)] == {"membership_invalid(org_x, unauthorised)"}


def test_a_second_convocation_of_an_unjudged_first_assembly_is_not_said_without_quorum():
    # R6133-14@2006-01-01 al. 1: the second convocation « peut valablement délibérer quel que soit le nombre
    # des membres présents »; the first assembly met on 2005-12-20, before the texts: whether ag2 is that
    # second convocation is open, so is the validity of its deliberation on quorum
    text = (Path(__file__).resolve().parent / "data" / "reconvene_across_2006.gcs").read_text(encoding="utf-8")
    found = {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}
    assert "quorum_not_met(ag2)" in found
    assert "deliberation_invalid(ag2, d1, no_quorum)" not in found


def test_the_2017_transition_does_not_reach_a_member_barred_only_in_2021():
    # décret 2017-631 art. 7 al. 3 concerns L6133-2 « dans sa rédaction issue de l'ordonnance … du 12 janvier
    # 2017 », which let a person of L6321-1 sit in a réseau de santé (IV); only the version of 2021-11-12
    # (IV repealed) bars it
    text = (Path(__file__).resolve().parent / "data" / "network_person_2021.gcs").read_text(encoding="utf-8")
    found = {str(c) for c in gcs.reason(gcs.loads(text, path="<test>"), as_of=date(2022, 1, 1)).conclusions}
    assert "membership_invalid(np_b, unauthorised)" in found
    assert not any(c.startswith(("exclusion_required", "ars_dissolution_ground(member_not_excluded")) for c in found)


def test_an_avenant_dated_after_the_as_of_date_is_not_made_yet():
    # an avenant the file dates 2010-08-20 does not exist on 2010-06-01: nothing to approve yet (after_as_of)
    text = WITHDRAWAL_2010.replace("  withdrawal ch_b notified 2010-06-30\n",
                                   "  avenant av1 on 2010-08-20 for convention_change\n")
    scenario = gcs.loads(text, path="<test>")
    before = gcs.reason(scenario, as_of=date(2010, 6, 1))
    assert not any("av1" in str(c) for c in before.conclusions)
    assert any(w.code == "after_as_of" and "'av1'" in w.message for w in before.warnings)
    assert any("avenant:av1" in str(c) for c in gcs.reason(scenario, as_of=date(2010, 9, 1)).conclusions)


def test_why_not_names_the_event_left_out_as_after_the_as_of_date():
    text = (Path(__file__).resolve().parent.parent / "facts" / "asm10_matters.gcs").read_text(encoding="utf-8")
    result = gcs.reason(gcs.loads(text, path="<test>"), as_of=date(2011, 3, 14))
    said = result.why_not("quorum_met(ag1)", lang="en").text()
    assert "the assembly 'ag1'" in said and "15 March 2011, after the date the law is applied on" in said
