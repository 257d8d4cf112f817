"""Joint operation, billing and the health establishment (black-box review of stop 22, ES topic).

- R6133-16@2017-04-28 al. 1 « il retire au groupement l'autorisation de facturer les soins
  correspondants »: once that withdrawal is done (same decision or later, by the as-of date),
  billing_withdrawal_required no longer holds.
- L6133-1 4° « les autorisations détenues par un ou plusieurs de ses membres »: a member's
  authorisation counts as operated only while held (granted by then, not past its `until`, not
  withdrawn) on the as-of date; a billing decision is judged on what is held on its date.
- L6133-1-1@2018-01-19 al. 1 « Pour l'application du 4° … regardées comme des autorisations
  détenues par ces hôpitaux »: the billing of 4° reaches an army hospital's listed activity.
- L6133-7 « par décision du directeur général de l'agence régionale de santé » (and the other acts
  of the director general): a decision signed by the ARH director from 2010-04-01, or by the "ARS
  director general" before, is ars_decision_irregular(Dec, authority).
- The French explanations give a sentence for the auxiliaries they show.
Each test failed before the change.
"""

import os
import subprocess
import sys
from pathlib import Path

import gcs_reasoner as gcs

ROOT = Path(__file__).resolve().parent.parent

JOINT = """groupement plat_c "GCS Plateau Centre" {
  as of 2020-03-01
  approved 2017-11-02
  seat "Tours" region "Centre-Val de Loire"
  capital none
  member chru_t "CHRU Tours" { kind health_establishment sector public funding a eligible_holder region "Centre-Val de Loire" rights 60 }
  member ch_b "CH Blois" { kind health_establishment sector public funding a eligible_holder region "Centre-Val de Loire" rights 40 }
  authorisation chir_b care_activity "Chirurgie" held_by ch_b AUTH modification_requested 2017-09-01
  operates chir_b site "Blois"
  submitted 2017-09-01
  ars_decision dec1 on 2017-10-20 published 2017-11-02 {
    approves convention
    modifies chir_b
    authorises_billing
    tariff_scale abc
  }
LATER
}
"""

HELD = "granted 2014-01-01"


def joint(auth: str = HELD, later: str = "", as_of: str | None = None) -> set[str]:
    text = JOINT.replace("AUTH", auth).replace("LATER", later)
    if as_of:
        text = text.replace("as of 2020-03-01", f"as of {as_of}")
    return conclusions(text)


def conclusions(text: str) -> set[str]:
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}


OPERATED = {"operable_authorisation(chir_b)", "joint_operation_site(chir_b, \"Blois\")",
            "gcs_kind(joint_operation)", "billing_holder(chir_b, groupement)",
            "billing_barred(ch_b, chir_b)", "billing_barred(chru_t, chir_b)"}


def test_control_a_held_authorisation_is_operated_and_billed():
    assert OPERATED <= joint()


# --- 1. billing withdrawal required only until done ----------------------------------------

def test_billing_withdrawal_still_required_when_not_done():
    found = joint(later="  ars_decision dec2 on 2019-12-01 { withdraws chir_b }")
    assert "billing_withdrawal_required(chir_b)" in found
    assert "avenant_required(joint_operation:chir_b)" in found


def test_billing_withdrawn_in_the_same_decision_is_no_longer_required():
    found = joint(later="  ars_decision dec2 on 2019-12-01 { withdraws chir_b  withdraws_billing  "
                        "asks_avenant until 2020-02-01 }")
    assert "billing_withdrawal_required(chir_b)" not in found
    assert "avenant_required(joint_operation:chir_b)" in found


def test_billing_withdrawn_by_a_later_decision_is_no_longer_required():
    later = ("  ars_decision dec2 on 2019-12-01 { withdraws chir_b  asks_avenant until 2020-02-01 }\n"
             "  ars_decision dec3 on 2020-01-10 { withdraws_billing }")
    assert "billing_withdrawal_required(chir_b)" not in joint(later=later)
    # before dec3, it is still required
    assert "billing_withdrawal_required(chir_b)" in joint(later=later, as_of="2020-01-09")


# --- 2. the member's authorisation counts only while held --------------------------------------

def test_expired_member_authorisation_is_no_longer_operated_or_billed():
    found = joint(auth="granted 2014-01-01 until 2019-06-30")
    assert not (OPERATED & found)
    # on its last valid day it still is
    assert OPERATED <= joint(auth="granted 2014-01-01 until 2019-06-30", as_of="2019-06-30")


def test_member_authorisation_not_yet_granted_is_not_operated():
    found = joint(auth="granted 2019-09-01", as_of="2019-06-01")
    assert not (OPERATED & found)
    # the billing authorised on 2017-10-20, when no member held an authorisation the groupement operated
    assert "billing_authorisation_invalid(no_joint_operation)" in found


def test_withdrawn_member_authorisation_is_no_longer_operated_but_the_withdrawal_is_required():
    found = joint(later="  ars_decision dec2 on 2019-12-01 { withdraws chir_b }")
    assert not (OPERATED & found)
    assert "billing_withdrawal_required(chir_b)" in found


# --- 4. the army hospital's listed activity is billed by the groupement ----------------------------

ARMY = """groupement plat_d "GCS Plateau Bordeaux" {
  as of 2019-06-01
  approved 2018-06-02
  seat "Bordeaux" region "Nouvelle-Aquitaine"
  capital none
  member chu_b "CHU Bordeaux" { kind health_establishment sector public funding a eligible_holder region "Nouvelle-Aquitaine" rights 60 }
  member hia "HIA Robert Picqué" { kind army_hospital sector public region "Nouvelle-Aquitaine" rights 40 }
  authorisation chir army_listed_activity "Chirurgie" held_by hia modification_requested 2018-03-01
  operates chir site "Bordeaux"
  submitted 2018-03-01
  ars_decision dec1 on 2018-05-20 published 2018-06-02 {
    approves convention
    modifies chir
    authorises_billing defence_agreement 2018-05-10
    tariff_scale abc
  }
}
"""


def test_army_listed_activity_billed_by_the_groupement():
    found = conclusions(ARMY)
    assert "billing_holder(chir, groupement)" in found
    assert "billing_authorisation_invalid(no_defence_agreement)" not in found


def test_army_listed_activity_not_billed_before_the_billing_decision():
    assert "billing_holder(chir, groupement)" not in conclusions(ARMY.replace("as of 2019-06-01", "as of 2018-05-19"))


# --- 3. the authority of the agency's decisions ------------------------------------------------------

ERECTION = """groupement onco_a "GCS Onco Alsace" {
  as of 2011-06-01
  approved 2010-10-01
  declared_nature public
  seat "Strasbourg" region "Alsace"
  capital none
  member chu_s "CHU Strasbourg" { kind health_establishment sector public funding a region "Alsace" rights 60 }
  member ch_c "CH Colmar" { kind health_establishment sector public funding a region "Alsace" rights 40 }
  authorisation onco care_activity "Cancérologie" held_by groupement
  ars_decision dec1 on 2011-01-10 BY { ACTS }
}
"""


def erection(by: str, acts: str = "grants onco  erects  tariff_scale abc") -> set[str]:
    return conclusions(ERECTION.replace("BY", by).replace("ACTS", acts))


def test_erection_by_the_arh_director_in_2011_is_irregular_and_stands():
    found = erection("by arh_director")
    assert "ars_decision_irregular(dec1, authority)" in found
    assert "health_establishment(public, 2011-01-10)" in found
    assert "ars_decision_irregular(dec1, authority)" not in erection("by ars_director_general")
    assert "ars_decision_irregular(dec1, authority)" not in erection("")


def test_each_act_of_the_director_general_signed_by_the_arh_director_is_irregular():
    for acts in ("erects", "grants onco", "tariff_scale abc"):
        assert "ars_decision_irregular(dec1, authority)" in erection("by arh_director", acts), acts


def test_erection_by_the_ars_director_general_before_2010_04_01_is_irregular():
    text = (ERECTION.replace("as of 2011-06-01", "as of 2010-03-15").replace("approved 2010-10-01", "approved 2009-10-01")
            .replace("on 2011-01-10 BY { ACTS }", "on 2010-01-10 by ars_director_general { grants onco  erects }"))
    assert "ars_decision_irregular(dec1, authority)" in conclusions(text)
    assert "ars_decision_irregular(dec1, authority)" not in conclusions(text.replace("by ars_director_general", "by arh_director"))


def test_billing_and_its_withdrawal_signed_by_the_arh_director_are_irregular():
    found = joint(later="  ars_decision dec2 on 2019-12-01 by arh_director { withdraws chir_b  withdraws_billing }")
    assert "ars_decision_irregular(dec2, authority)" in found
    assert "ars_decision_irregular(dec1, authority)" not in found
    text = JOINT.replace("AUTH", HELD).replace("LATER", "").replace("published 2017-11-02 {",
                                                                    "by arh_director published 2017-11-02 {")
    assert "ars_decision_irregular(dec1, authority)" in conclusions(text)


# --- 5. French explanations of the auxiliaries ---------------------------------------------------------

def explain_fr(path: Path, atom: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), GCS_REASONER_SERVER="0", PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", "explain", str(path), atom, "--lang", "fr"],
                         capture_output=True, text=True, env=env, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_french_explanation_of_the_billing_withdrawal_has_no_internal_names(tmp_path):
    path = tmp_path / "withdrawn.gcs"
    path.write_text(JOINT.replace("AUTH", HELD).replace("LATER", "  ars_decision dec2 on 2019-12-01 { withdraws chir_b }"))
    text = explain_fr(path, "billing_withdrawal_required(chir_b)")
    assert "jo billing" not in text and "jo_billing" not in text
    assert "a été retirée par une décision prise entre le " in text  # B10 of the explanation review (stop 22)
    assert "et le 1er décembre 2019 (ces deux jours exclus)" in text


def test_french_explanation_of_late_accounts_has_no_internal_names():
    text = explain_fr(ROOT / "tests/data/accounts_possibly_in_time_2016.gcs", "accounts_approval_late(2013)")
    assert "accounts possibly in time" not in text
    assert "peut être leur approbation" in text


def test_french_explanation_of_an_erection_has_no_internal_names(tmp_path):
    path = tmp_path / "erection.gcs"
    path.write_text(ERECTION.replace("BY", "by arh_director").replace("ACTS", "grants onco  erects  tariff_scale abc"))
    text = explain_fr(path, "health_establishment(public, 2011-01-10)")
    assert "status ended by" not in text
