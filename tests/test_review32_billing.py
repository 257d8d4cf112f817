"""Billing, pay and the administrator's flat allowance (review 32, reviewer 2).

F1. R6133-13 I of 2017: the groupement operating its members' authorisations « peut être autorisé … à facturer des
soins remboursables aux assurés sociaux … pour les activités de soins exploitées en commun »; R6133-14 al. 2
« Lorsque le groupement est autorisé à facturer ces soins conformément au 4° de l'article L. 6133-1, la rémunération
… est assurée conformément aux dispositions de l'article L. 6133-8 ». A groupement operating only an authorisation of
heavy equipment bills no care activity: its liberal member's pay stays under L6133-6 al. 2 and R6133-10 al. 1
(« sont rémunérés par les établissements publics de santé »).
"""

from datetime import date

import gcs_reasoner as gcs


def reason(text: str, as_of=None) -> dict:
    result = gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)
    found = {str(c): c.provisions for c in result.conclusions}
    found.update({w.atom: w for w in result.warnings})
    return found


JO = """groupement plateau_sud "GCS Imagerie Toulouse Sud" {{
  as of 2019-06-30
  approved 2017-11-02
  seat "Toulouse" region "Occitanie"
  capital none
  activity joint_interventions
  member chu_t "CHU de Toulouse" {{ kind health_establishment sector public funding a eligible_holder region "Occitanie" rights 50 }}
  member clin_t "Clinique Pasteur" {{ kind health_establishment sector private funding d eligible_holder region "Occitanie" rights 40 }}
  member dr_vidal "Dr Vidal" {{ kind liberal_medical_professional eligible_holder region "Occitanie" rights 10 }}
  authorisation irm {kind} "Autorisation" held_by clin_t granted 2015-01-01 modification_requested 2017-09-01
  operates irm site "Toulouse Sud"
  submitted 2017-09-01
  tariff_option abc received 2017-09-01
  ars_decision dec1 on 2017-10-20 published 2017-11-02 {{
    approves convention
    modifies irm
    {billing}
    tariff_scale abc
  }}
  medical_act acte1 tariff 50 billed 50 by dr_vidal patient_of chu_t
}}
"""


def jo(kind: str, billing: bool) -> dict:
    return reason(JO.format(kind=kind, billing="authorises_billing" if billing else ""))


def test_heavy_equipment_only_billing_authorised_keeps_the_l6133_6_pay():
    found = jo("heavy_equipment", True)
    assert "liberal_pay_article(dr_vidal, l6133_8)" not in found
    assert "financed_as_health_establishment" not in found
    assert not any(k.startswith("practitioner_pay(dr_vidal, gcs_less_fee") for k in found)
    assert found["practitioner_pay(dr_vidal, public_es_fees)"] == ["L6133-6@2017-01-14.2"]
    assert found["pays_liberal_acts(chu_t)"] == ["R6133-10@2017-04-28.1"]


def test_heavy_equipment_no_billing_control():
    found = jo("heavy_equipment", False)
    assert found["liberal_pay_article(dr_vidal, l6133_6)"] == ["R6133-14@2017-04-28.1"]
    assert "practitioner_pay(dr_vidal, public_es_fees)" in found
    assert "pays_liberal_acts(chu_t)" in found


def test_care_activity_billing_authorised_moves_the_pay_under_l6133_8():
    found = jo("care_activity", True)
    assert found["liberal_pay_article(dr_vidal, l6133_8)"] == ["R6133-14@2017-04-28.2"]
    assert "practitioner_pay(dr_vidal, gcs_less_fee)" in found
    assert "practitioner_pay(dr_vidal, public_es_fees)" not in found
    assert "pays_liberal_acts(chu_t)" not in found
