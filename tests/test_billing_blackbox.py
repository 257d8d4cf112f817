"""Billing rules a black-box review of stop 21 found wanting; each test failed before its change.

R6133-16@2010-07-26 II (R6133-21@2017-04-28 II): « La modification de l'échelle tarifaire … fait
l'objet d'une délibération adoptée à l'unanimité des membres »: the deliberation is not valid by a
simple majority. R6133-11@2010-07-26 (R6133-21@2006-01-01): « Pour l'application du quatrième alinéa
de l'article L. 6133-6, les actes médicaux … » and « Ces actes sont pris en charge … dans la limite
des tarifs »: the insurance caps concern the acts of professionals employed by a public or a/b/c
establishment (L6133-6 al. 4), not a liberal doctor's.
"""

from pathlib import Path

import gcs_reasoner as gcs

from .edited import data_conclusions as conclusions


def test_a_tariff_scale_change_by_a_majority_is_not_a_valid_deliberation():
    found = conclusions("tariff_change_one_against_2013.gcs")
    assert "deliberation_invalid(ag2, d1, not_unanimous)" in found
    assert "deliberation_valid(ag2, d1)" not in found
    assert "tariff_scale_change_invalid(not_unanimous)" in found


def test_no_insurance_cap_on_a_liberal_doctors_act():
    found = conclusions("liberal_act_d_patient_2012.gcs")
    assert not any(c.startswith(("insurance_covers_at_most(a1", "cover_capped(a1")) for c in found)


# R6133-13@2017-04-28 I: « Le groupement de coopération sanitaire exploitant en commun les
# autorisations détenues par un ou plusieurs de ses membres sur un site géographique unique peut être
# autorisé … à facturer »: an authorisation operated on two sites is no basis for the billing.
def test_billing_authorised_on_an_authorisation_operated_on_two_sites():
    assert "billing_authorisation_invalid(no_joint_operation)" in conclusions("billing_two_sites_2019.gcs")


# L6133-8 al. 4 and 5 (2009, 2010, 2017): the doctors' pay « lorsque ce dernier est financé par
# application des tarifs des prestations d'hospitalisation »: only a groupement financed as a health
# establishment (al. 1), which a GCS de moyens with a scale decided is not.
def test_no_doctors_pay_under_the_scale_for_a_gcs_de_moyens():
    text = (Path(__file__).resolve().parent.parent / "facts" / "billing09_pay_abc_2009.gcs").read_text(encoding="utf-8")
    found = {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}
    assert "gcs_kind(means)" in found
    assert not any(c.startswith("practitioner_pay(dr_martin, gcs_less_fee") for c in found)
