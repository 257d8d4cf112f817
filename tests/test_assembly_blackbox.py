"""Assembly rules a black-box review of stop 21 found wanting; each test failed before its change.

Sources: R6133-1@2010-07-26 I 9° (« Les modalités de représentation de chacun de ses membres au
sein de l'assemblée générale »: from 2010-07-26 the convention weighs the votes, contract part 2
section 8: « `vote_share`: from 2010-07-26 by `vote_weight` »).
"""

from datetime import date

import gcs_reasoner as gcs

THREE = """groupement g "GCS Trois" {{
  as of {as_of}
  approved 2008-03-01
  seat "Caen" region "Basse-Normandie"
  member a "CH A" {{ kind health_establishment sector public region "Basse-Normandie" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Basse-Normandie" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Basse-Normandie" rights 20 }}
  convention {{ {convention} }}
}}
"""


def shares(as_of: str, convention: str) -> set[str]:
    result = gcs.reason(gcs.loads(THREE.format(as_of=as_of, convention=convention), path="<test>"))
    return {str(c) for c in result.conclusions if c.predicate == "vote_share"}


def test_vote_share_by_rights_from_2010_07_26():
    assert shares("2010-07-26", "vote_weight rights") == {
        "vote_share(a, 50, 100)", "vote_share(b, 30, 100)", "vote_share(c, 20, 100)"}


def test_vote_share_one_vote_per_member_from_2010_07_26():
    assert shares("2012-06-30", "vote_weight member") == {
        "vote_share(a, 1, 3)", "vote_share(b, 1, 3)", "vote_share(c, 1, 3)"}


def test_vote_share_before_2010_07_26_follows_the_rights_whatever_the_convention():
    # R6133-6@2006-01-01 al. 5: « proportionnel aux droits »
    assert shares("2010-07-25", "vote_weight member") == {
        "vote_share(a, 50, 100)", "vote_share(b, 30, 100)", "vote_share(c, 20, 100)"}


def test_no_vote_share_when_the_convention_does_not_weigh_the_votes():
    assert shares("2012-06-30", "notice_days 15") == set()


# R6133-27@2017-04-28 al. 1 (R6133-22 of 2010): the committee receives « certaines de ses compétences
# parmi celles mentionnées aux 2°, 8°, 9°, 10°, 15°, 16°, 17°, 19°, 20° et 21° », and the
# administrator or the committee the « matières autres que celles mentionnées »: 23° of R6133-26
# (2017) and 25° (2024) are neither. A committee meeting held under those texts cannot decide them,
# whenever the delegation was voted.
DELEGATION = """groupement g "GCS Délégation" {{
  as of {as_of}
  approved 2014-02-01
  seat "Pau" region "Aquitaine"
  member a "CH A" {{ kind health_establishment sector public region "Aquitaine" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Aquitaine" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Aquitaine" rights 20 }}
  convention {{
    object "Imagerie"
    task_split
    notice_days 10
    vote_weight rights
    restricted_committee
  }}
  administrator a elected {assembly} by ag1.d1 until {until}
  committee members a, b elected {assembly} by ag1.d2 until {until}
  delegation to committee matters {matter} by ag1.d3 until {until}
  assembly ag1 on {assembly} {{
    convened_on {convened} by administrator
    present a, b, c
    deliberation d1 on administrator {{ for a, b, c }}
    deliberation d2 on committee_election {{ for a, b, c }}
    deliberation d3 on delegation {{ for a, b, c }}
  }}
  committee_meeting k1 on {meeting} {{
    present a, b
    minutes_sent {meeting}
    deliberation d1 on {matter} {{ for a, b }}
  }}
}}
"""


def committee_decision(matter: str, assembly: str, meeting: str, as_of: str) -> set[str]:
    year = int(assembly[:4])
    text = DELEGATION.format(as_of=as_of, matter=matter, assembly=assembly, meeting=meeting,
                             convened=f"{year}-{assembly[5:7]}-01" if assembly[8:] > "15" else f"{year - 1}-12-20",
                             until=f"{year + 2}-04-26")
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c) for c in result.conclusions if "k1" in str(c)}


def test_committee_cannot_decide_item_23_after_2017():
    assert "deliberation_invalid(k1, d1, not_delegated)" in committee_decision(
        "joint_operation_request", "2017-05-02", "2017-05-20", "2017-12-31")


def test_committee_cannot_decide_item_23_delegated_the_day_before_the_2017_decree():
    assert "deliberation_invalid(k1, d1, not_delegated)" in committee_decision(
        "joint_operation_request", "2017-04-27", "2017-05-10", "2017-12-31")


def test_committee_may_decide_a_joint_operation_request_before_2017_04_28():
    # under the 2010 text the request is a matter « autre que celles mentionnées »
    assert "deliberation_invalid(k1, d1, not_delegated)" not in committee_decision(
        "joint_operation_request", "2016-05-02", "2016-05-20", "2016-12-31")


def test_committee_cannot_decide_item_25_from_2024():
    assert "deliberation_invalid(k1, d1, not_delegated)" in committee_decision(
        "accountant_allowances", "2024-02-20", "2024-03-01", "2024-06-30")


def test_committee_may_decide_the_accountant_allowances_before_2024():
    assert "deliberation_invalid(k1, d1, not_delegated)" not in committee_decision(
        "accountant_allowances", "2023-02-20", "2023-03-01", "2023-06-30")


# R6133-13@2006-01-01 al. 2: « Dans les autres matières, l'assemblée générale peut donner délégation
# à l'administrateur »: a matter of the list (1° to 17°) is never delegated.
DELEGATION_2008 = """groupement g17 "GCS Délégation" {{
  as of 2008-12-31
  approved 2006-06-01
  seat "Dijon" region "Bourgogne"
  member a "CHU A" {{ kind health_establishment sector {sector} region "Bourgogne" rights 50 }}
  member b "CH B" {{ kind health_establishment sector {sector} region "Bourgogne" rights 30 }}
  member c "CH C" {{ kind health_establishment sector {sector} region "Bourgogne" rights 20 }}
  administrator a elected 2006-07-01
  delegation to administrator matters {matter} by ag1.d1
  assembly ag1 on {day} {{
    convened_on 2008-03-01 by administrator
    present a, b, c
    deliberation d1 on delegation {{ for a, b, c }}
  }}
}}
"""


def delegation_2008(matter: str, sector: str = "public", day: str = "2008-03-20") -> set[str]:
    text = DELEGATION_2008.format(matter=matter, sector=sector, day=day)
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions
            if c.predicate == "delegation_invalid"}


def test_2006_text_a_listed_matter_is_not_delegated():
    assert delegation_2008("budget") == {"delegation_invalid(budget, not_delegable)"}


def test_2006_text_another_matter_may_be_delegated():
    assert delegation_2008("other") == set()


def test_2006_text_real_estate_of_a_public_groupement_is_item_14():
    assert delegation_2008("real_estate") == {"delegation_invalid(real_estate, not_delegable)"}
    # three private health establishments: a private-law groupement (R6133-13 14° does not apply)
    assert delegation_2008("real_estate", sector="private") == set()


# R6133-16@2010-07-26 II: « La modification de l'échelle tarifaire … fait l'objet d'une délibération
# adoptée à l'unanimité des membres »: the restricted committee, where not every member sits, cannot
# reach it on its own.
def test_a_tariff_scale_change_voted_by_the_committee_needs_every_member():
    from pathlib import Path

    path = Path(__file__).parent / "data" / "tariff_change_by_committee_2013.gcs"
    found = {str(c) for c in gcs.reason(gcs.load(path)).conclusions}
    assert "tariff_scale_change_invalid(not_unanimous)" in found
    assert "approval_required(ars_director_general, tariff_scale_change)" in found
    everyone = path.read_text(encoding="utf-8").replace(
        "present chu_aix, clinique_arc\n    minutes_sent", "present chu_aix, clinique_arc, dr_blanc\n    minutes_sent").replace(
        "tariff_scale_change { for chu_aix, clinique_arc }", "tariff_scale_change { for chu_aix, clinique_arc, dr_blanc }")
    assert "tariff_scale_change_invalid(not_unanimous)" not in {
        str(c) for c in gcs.reason(gcs.loads(everyone, path="<test>")).conclusions}


def test_no_vote_share_and_a_warning_when_a_members_rights_are_not_stated():
    text = THREE.format(as_of="2012-06-30", convention="vote_weight rights").replace(" rights 30 }}", " }}").replace(
        ' rights 30 }', ' }')
    result = gcs.reason(gcs.loads(text, path="<test>"))
    assert not any(c.predicate == "vote_share" for c in result.conclusions)
    assert any(w.atom == "missing_fact(vote_share, b, rights)" for w in result.warnings), [w.atom for w in result.warnings]
