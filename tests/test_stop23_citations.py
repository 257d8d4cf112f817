"""Black-box review of the citations (stop 23): a rule shared by later versions (same_as) cites
the version in force on the date that matters, and a conclusion cites the text that decides it.

W2: a rule whose cited same_as chain stopped before a later version listed by the inventory cited
only repealed versions once the later one was in force (liquidation_matter, made_available and
the other rules listed below). W3: no_administrator_on cited the three-year term of 2006 whatever
the date and the ground. W5: missing_mention(administration_rules) from 2017-01-14 to 2017-04-27
cited L6133-4 of 2009; the majority nodes of 2010 named R6133-20 as the text applied while citing
R6133-21. W6: avenant_required and avenant_missing of one movement cited two versions.
"""

import re
from datetime import date
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.program import load_program

from .edited import derived_nodes

DATA = Path(__file__).resolve().parent / "data"


def _reason(name, as_of=None):
    return gcs.reason(gcs.load(str(DATA / f"stop23_cit_{name}.gcs")), as_of=as_of, explain=True)


def _node(tree, prefix):
    found = [n for n in derived_nodes(tree) if n.conclusion.startswith(prefix)]
    assert found, f"no node {prefix} in the tree of {tree.conclusion}"
    return found[0]


# --- W2: the version in force is among the ids a shared rule cites ---------------------------------

def test_liquidation_matter_cites_r6133_26_of_2017_in_2020():
    # « 18° La prorogation ou la dissolution du groupement ainsi que les mesures nécessaires à sa
    # liquidation » (R6133-26 of 2017, the text the headline applies on 2020-10-01)
    tree = _reason("liquidator_2020").explain('liquidator_appointed("Maître Blanc")')
    assert "R6133-26@2017-04-28.I.2.18" in _node(tree, "liquidation_matter(").provisions


def test_made_available_cites_r6133_8_in_force_in_2020():
    # « Les biens mobiliers et immobiliers mis à disposition du groupement par un membre restent la
    # propriété de ce membre » (R6133-8 II of 2019, in force on the as-of date 2020-12-01)
    tree = _reason("liquidator_2020").explain("remains_property_of(ch_a, premises)")
    assert "R6133-8@2019-05-05.II" in _node(tree, "made_available(").provisions


# The rules found with the same defect: (file, start of the rule, the later ids it now cites).
LATER_IDS = [
    ("rules/dissolution/2006-01-01_R6133-18_R6133-19.lp", "liquidation_matter(liquidation)",
     ["R6133-26@2017-04-28.I.2.18", "R6133-26@2024-01-01.I.2.18"]),
    ("rules/dissolution/2006-01-01_R6133-18_R6133-19.lp", "liquidation_matter(dissolution)",
     ["R6133-26@2017-04-28.I.2.18", "R6133-26@2024-01-01.I.2.18"]),
    ("rules/dissolution/2006-01-01_R6133-18_R6133-19.lp", "made_available(equipment)",
     ["R6133-8@2017-04-28.II", "R6133-8@2019-05-05.II", "R6133-8@2021-12-27.II"]),
    ("rules/approval/2006-01-01_R6133-11.lp", "other_region(R)", ["R6133-1-1@2010-07-26.2"]),
    ("rules/administrator/2010-07-26_R6133-24.lp",
     "missing_fact(executing_administrator,A,administrator_unavailable)", ["R6133-24@2012-11-11.4"]),
    ("rules/approval/2009-07-23_L6133-3.lp", "ars_decision_irregular(Dec,authority) :- avenant_decision",
     ["R6133-1-1@2017-04-28.5"]),
    ("rules/assembly/2010-07-26_R6133-20_R6133-21.lp", "missing_fact(vote_share,M,rights)",
     ["R6133-1@2014-09-15.I.1.9", "R6133-1@2017-04-28.I.1.9", "R6133-1@2019-05-05.I.1.9"]),
    ("rules/convention/2006-01-01_R6133-1.lp", 'missing_mention(object) :- convention_checked; not convention_object(_); not mention(object_and_split); mentions_day(D); in_force_id(',
     ["L6133-4@2017-01-14.1"]),
    ("rules/convention/2010-07-26_R6133-1.lp", "missing_mention(administration_rules)", ["L6133-4@2017-01-14.3"]),
    ("rules/dissolution/2017-04-28_R6133-8.lp", "missing_fact(ars_dissolution_step_due,Dec,notified)",
     ["R6133-8@2019-05-05.I.1.3", "R6133-8@2021-12-27.I.1.3"]),
    ("rules/members_and_nature/2017-01-14_L6133-2_L6133-2-1.lp", "member_kind_named_2017(health_house)",
     ["L6133-2@2018-01-19.I.1", "L6133-2@2021-11-12.I.1"]),
    ("rules/members_and_nature/2017-01-14_L6133-2_L6133-2-1.lp", "missing_fact(membership,M,liberal)",
     ["L6133-2@2018-01-19.I.1", "L6133-2@2021-11-12.I.1"]),
    ("rules/members_and_nature/2018-01-19_L6133-1_L6133-1-1_L6133-2.lp", "missing_fact(membership,M,kind)",
     ["L6133-2@2021-11-12.II"]),
    ("rules/transfers/2009-06-27_R6133-22.lp", "ars_decision_irregular(Dec,authority) :- transfer_decision(Dec,D); ars_decision_by(Dec,arh_director)",
     ["R6133-30@2017-04-28.1"]),
    ("rules/health_establishment/2009-07-23_L6133-7.lp", "ars_decision_irregular(Dec,authority) :- act_on(Dec,erects,X); ars_signed_early",
     ["L6133-7@2010-02-26.1"]),
    ("rules/health_establishment/2009-07-23_L6133-7.lp", "missing_fact(supervisory_board,N,appointed_by)",
     ["L6133-7@2017-01-14.2.2.a", "L6133-7@2019-08-08.2.2.a"]),
    ("rules/members_and_nature/2009-07-23_L6133-1.lp", "missing_fact(intervention,M,kind)",
     ["L6133-1@2016-01-28.2.3", "L6133-1@2017-01-14.2.3"]),
    ("rules/money/2006-01-01_R6133-6.lp", "missing_fact(contribution_forms,groupement,capital)", ["R6133-3@2010-07-26.1"]),
]


@pytest.mark.parametrize("path, start, later", LATER_IDS, ids=[f"{p.split('/')[-1]}:{s[:40]}" for p, s, _ in LATER_IDS])
def test_shared_rule_cites_the_later_versions(path, start, later):
    rules = [r for r in load_program().rules if r.file == path and r.text.startswith(start)]
    assert rules, f"no rule {start} in {path}"
    for rule in rules:
        missing = [p for p in later if p not in rule.provisions]
        assert not missing, f"{rule.file}:{rule.line} does not cite {missing}"


# --- W3: no administrator in office, by ground and by date ---------------------------------------------

def test_no_administrator_in_2021_cites_the_term_of_2017():
    # « Le mandat d'administrateur est exercé à titre gratuit pour une durée déterminée renouvelable »
    # (R6133-29 of 2017; elected 2018-01-10 until 2020-12-31), not the three years of 2006
    tree = _reason("excl_2021_12_26").explain("deliberation_invalid(ag1, d1, no_administrator_in_office)")
    node = _node(tree, "no_administrator_on(")
    assert node.provisions == ["R6133-29@2017-04-28.3"]
    assert node.quote == "pour une durée déterminée renouvelable"


def test_no_administrator_after_withdrawal_cites_membership():
    # « parmi les personnes physiques ou les représentants des personnes morales, membres du
    # groupement » (R6133-15 of 2006 al. 1): CH C had withdrawn; its three-year term was running
    tree = _reason("admin_left_2008").explain("deliberation_invalid(ag1, d1, no_administrator_in_office)")
    node = _node(tree, "no_administrator_on(")
    assert node.provisions == ["R6133-15@2006-01-01.1"]
    assert "trois ans" not in node.quote


# --- W5: the version of the headline is the text the node applies --------------------------------------

def test_administration_rules_cites_l6133_4_of_2017_from_2017_01_14():
    result = _reason("mention_admin_2017", as_of=date(2017, 1, 14))
    tree = result.explain("missing_mention(administration_rules)")
    assert "L6133-4@2017-01-14.3" in tree.provisions
    assert "L6133-4@2009-07-23.3" not in tree.provisions


def test_majority_of_2010_names_r6133_21_as_the_text_applied():
    # R6133-21 of 2010 II al. 1: « Les délibérations mentionnées au 1°, au 12° et au 22° du I doivent
    # être adoptées à l'unanimité des membres présents ou représentés. »
    tree = _reason("assemblies_boundaries").explain("deliberation_valid(a2, d2)")
    node = _node(tree, "majority_rule10(")
    assert node.provisions == ["R6133-21@2010-07-26.II.1"]
    assert {t.article for t in node.texts} == {"R6133-21"}


# --- W6: the avenant owed for a movement and the avenant missing cite one version ----------------------

@pytest.mark.parametrize("name, movement, cited", [
    ("wd_notified_2010_07_25", "withdrawal(ch_b)", "R6133-7@2010-07-26.IV"),
    ("excl_2010_07_25", "exclusion(ch_a)", "R6133-5@2006-01-01.4")])
def test_avenant_required_and_missing_cite_the_movement_date(name, movement, cited):
    # « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre donnent lieu à un avenant
    # à la convention constitutive » (R6133-5 of 2006 al. 4, in force on 2010-07-25, the exclusion's date;
    # R6133-7 IV of 2010 repeats it from 2010-07-26, in force on 2010-12-31, the day the withdrawal
    # notified on 2010-07-25 takes effect: review 31, time F1)
    result = _reason(name)
    conclusions = {str(c) for c in result.conclusions}
    kind, member = re.match(r"(\w+)\((\w+)\)", movement).groups()
    required = result.explain(f"avenant_required({kind}:{member})")
    missing = result.explain(f"avenant_missing({kind}:{member})")
    assert required.provisions == missing.provisions == [cited], conclusions
