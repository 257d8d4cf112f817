"""Two billers for the same act under a groupement authorised to bill its members' care (review 31, bil2).

L6133-1 4° (2017-01-14, 2018-01-19): « Lorsque le groupement de coopération sanitaire est autorisé à facturer les
soins, il se substitue aux établissements membres qui ne facturent plus les soins délivrés au titre de
l'autorisation d'activité de soins exploitée par le groupement. » R6133-13 II (2017-04-28): the member
establishments « ne sont plus autorisés … à facturer les prestations remboursables délivrées aux patients
associées à ces activités ». Against them, for the acts of the joint interventions (L6133-1 3°): L6133-6 al. 4
« sont facturés par l'établissement de santé employeur à l'établissement de santé dont relève le patient » and
R6133-11 al. 1 « sont facturés par l'établissement de santé dont relève le patient à la caisse mentionnée à
l'article L. 174-18 ». For an act delivered under the operated authorisation the members do not bill; for one
outside it they do; `medical_act` cannot say which: no act chain, missing_fact(act_billing, I,
operated_activity). The general bills_insurance_fund(E) stays, in words that leave out the care the groupement
bills. Controls: billing not authorised, no joint operation, and 2016 (no substitution sentence).
"""

import gcs_reasoner as gcs

GCS = """groupement plateau_sud "GCS Plateau" {{
  as of {as_of}
  approved {approved}
  seat "Toulouse" region "Occitanie"
  capital none
  activity joint_interventions
  member chu_t "CHU de Toulouse" {{ kind health_establishment sector public funding a eligible_holder region "Occitanie" rights 60 }}
  member clin_t "Clinique Pasteur" {{ kind health_establishment sector private funding d eligible_holder region "Occitanie" rights 40 }}
  authorisation chir_c care_activity "Chirurgie ambulatoire" held_by clin_t granted 2015-01-01 modification_requested {sub}
  authorisation chir_u care_activity "Chirurgie ambulatoire" held_by chu_t granted 2014-06-01 modification_requested {sub}
  operates chir_c, chir_u site "Toulouse Sud"
  submitted {sub}
  tariff_option {scale} received {sub}
  ars_decision dec1 on {dec} published {approved} {{
    approves convention
    modifies chir_c
    modifies chir_u
    {billing}
  }}
  staff anest made_available_by chu_t medical
  medical_act acte2 tariff 120 billed 100 by chu_t patient_of clin_t
}}
"""

CHAIN = ("act_billing(acte2, chu_t, clin_t)", "act_billing(acte2, clin_t, health_insurance_fund)",
         "cover_capped(acte2, 100)", "insurance_covers_at_most(acte2, 100)")
MISSING = "missing_fact(act_billing, acte2, operated_activity)"


def reason(as_of="2019-06-30", approved="2017-11-02", sub="2017-09-01", dec="2017-10-20", scale="abc",
           billing=True):
    text = GCS.format(as_of=as_of, approved=approved, sub=sub, dec=dec, scale=scale,
                      billing=f"authorises_billing\n    tariff_scale {scale}" if billing else "")
    result = gcs.reason(gcs.loads(text, path="<test>"))
    found = {str(c): c for c in result.conclusions}
    found.update({w.atom: w for w in result.warnings})
    return found


def test_billing_authorised_2019_no_member_bills_the_act_the_groupement_may_bill():
    found = reason()
    assert "billing_barred(clin_t, chir_c)" in found and "billing_holder(chir_c, groupement)" in found
    for atom in CHAIN:
        assert atom not in found, atom
    assert MISSING in found
    assert "n'indique pas le cadre (soins délivrés au titre d'une autorisation" in found[MISSING].text("fr")


def test_scale_d_no_second_biller_beside_the_fees_paid_to_the_groupement():
    found = reason(scale="d")
    assert "practitioner_pay(anest, fees_to_gcs)" in found
    for atom in CHAIN:
        assert atom not in found, atom
    assert MISSING in found


def test_before_the_decree_of_2017_the_substitution_of_l6133_1_already_holds():
    """2017-04-27: L6133-1 4° of 2017-01-14 in force, R6133-13 II not yet."""
    found = reason(as_of="2017-04-27", approved="2017-03-10", sub="2017-01-20", dec="2017-03-01")
    assert "billing_holder(chir_c, groupement)" in found and "billing_barred(clin_t, chir_c)" not in found
    for atom in CHAIN:
        assert atom not in found, atom
    assert MISSING in found


def test_the_general_statement_stays_in_words_that_leave_out_the_care_the_groupement_bills():
    found = reason()
    assert "bills_insurance_fund(clin_t)" in found
    fr = found["bills_insurance_fund(clin_t)"].sentence("fr")
    assert "hors, le cas échéant, les soins" in fr and "pour le compte de ses membres" in fr
    assert "except, where applicable, the care" in found["bills_insurance_fund(clin_t)"].sentence("en")


def test_control_billing_not_authorised_keeps_the_chain():
    found = reason(billing=False)
    for atom in CHAIN:
        assert atom in found, atom
    assert MISSING not in found


def test_control_2016_no_substitution_sentence_keeps_the_chain():
    """L6133-1 4° of 2016-01-28 authorises the billing « pour le compte de ses membres », without the sentence
    « il se substitue aux établissements membres qui ne facturent plus »: no billing_holder, the chain stays."""
    found = reason(as_of="2016-12-01", approved="2016-06-10", sub="2016-04-01", dec="2016-06-01")
    assert "billing_holder(chir_c, groupement)" not in found
    for atom in CHAIN:
        assert atom in found, atom
    assert MISSING not in found
