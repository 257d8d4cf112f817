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


def test_the_tariff_option_only_for_care_activities_operated():
    """R6133-13 I of 2017 al. 3: the groupement of a, b or c and of d establishments « peut opter » between the
    tariffs of the care it bills under al. 1, « pour les activités de soins exploitées en commun »: with an
    authorisation of heavy equipment alone there is no such care and no option; with a care activity, there is."""
    assert "billing_tariff_option_open" not in jo("heavy_equipment", True)
    assert jo("care_activity", True)["billing_tariff_option_open"] == ["R6133-13@2017-04-28.I.3"]
    assert "billing_tariff_option_open" not in jo("care_activity", False)


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


# F2. L6133-6 of 2009 al. 1 « Dans le cas prévu au 3° de l'article L. 6133-1, les professionnels médicaux des
# établissements de santé membres du groupement … peuvent assurer des prestations médicales au bénéfice des patients
# pris en charge par l'un ou l'autre des établissements de santé membres du groupement »; al. 4 bills the acts of that
# case; R6133-11 al. 1 « Pour l'application du quatrième alinéa de l'article L. 6133-6 ». The act has no date in the
# language: the as-of date. Outside the joint interventions, or a party not a member then: no chain, a warning.

ACT = """groupement ji "GCS Interventions Niort" {{
  as of 2012-12-01
  approved 2008-06-01
  seat "Niort" region "Poitou-Charentes"
  {ji}
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 50 }}
  member clin_a "Clinique A" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 25 }}
  member clin_b "Clinique B" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 25 }}
  {withdrawal}
  medical_act acte1 tariff 120 billed 100 by ch_niort patient_of {patient}
}}
"""

CHAIN = ("act_billing(acte1, ch_niort, {p})", "act_billing(acte1, {p}, health_insurance_fund)",
         "cover_capped(acte1, 100)", "insurance_covers_at_most(acte1, 100)")


def act(ji=True, withdrawn=False, patient="clin_b", as_of=None) -> dict:
    return reason(ACT.format(ji="activity joint_interventions" if ji else "", patient=patient,
                             withdrawal="withdrawal clin_b notified 2010-01-15 effective 2010-12-31" if withdrawn
                             else ""), as_of)


def test_act_between_members_in_joint_interventions_has_its_chain():
    found = act()
    assert found["act_billing(acte1, ch_niort, clin_b)"] == ["L6133-6@2009-07-23.4"]
    assert found["act_billing(acte1, clin_b, health_insurance_fund)"] == ["R6133-11@2010-07-26.1"]
    assert found["cover_capped(acte1, 100)"] == ["R6133-11@2010-07-26.3"]
    assert found["insurance_covers_at_most(acte1, 100)"] == ["R6133-11@2010-07-26.3"]
    assert "missing_fact(act_billing, acte1, act_date)" not in found
    assert "missing_fact(act_billing, acte1, joint_interventions)" not in found


def test_patient_of_a_former_member_no_chain_but_a_warning():
    found = act(withdrawn=True)
    for atom in CHAIN:
        assert atom.format(p="clin_b") not in found, atom
    assert "missing_fact(act_billing, acte1, act_date)" in found
    # the class of acts for a member that stays: as bills_insurance_fund
    assert "bills_insurance_fund(clin_a)" in found and "bills_insurance_fund(clin_b)" not in found


def test_patient_of_a_member_that_withdrew_later_than_the_as_of_date():
    found = act(withdrawn=True, as_of=date(2010, 6, 1))
    assert "act_billing(acte1, ch_niort, clin_b)" in found
    assert "missing_fact(act_billing, acte1, act_date)" not in found


def test_patient_of_a_staying_member_while_another_withdrew():
    found = act(withdrawn=True, patient="clin_a")
    for atom in CHAIN:
        assert atom.format(p="clin_a") in found, atom


def test_no_joint_interventions_no_chain_but_a_warning():
    found = act(ji=False)
    for atom in CHAIN:
        assert atom.format(p="clin_b") not in found, atom
    assert "missing_fact(act_billing, acte1, joint_interventions)" in found
    assert not any(k.startswith("bills_insurance_fund") for k in found)


def test_act_warnings_not_before_the_texts():
    # 2005: neither R6133-21 of 2006 nor L6133-6 of 2009 in force
    text = ACT.format(ji="", patient="clin_b", withdrawal="").replace("approved 2008-06-01", "approved 2005-06-01")
    found = reason(text, date(2005, 10, 1))
    assert "missing_fact(act_billing, acte1, joint_interventions)" not in found
    # the same file once R6133-21 of 2006 is in force: the warning is given
    assert "missing_fact(act_billing, acte1, joint_interventions)" in reason(text, date(2006, 6, 1))


# F3, F4. The flat allowance: R6133-15 of 2006 al. 3, then R6133-24 of 2010 al. 3 (a changed paragraph, repeated in
# 2012) and R6133-29 of 2017 al. 3: « Lorsque l'administrateur exerce une activité libérale, l'assemblée peut, en
# outre, lui allouer une indemnité forfaitaire ». The reasons cite the version in force; no warning where no version
# is in force (2005); the sentence rests on the public member's representative acting as a public agent.

FA = """groupement g "GCS Test" {{
  as of {as_of}
  approved {approved}
  seat "Lyon" region "Rhône-Alpes"
  capital none
  member chu "CH de Lyon" {{ kind health_establishment sector public funding a region "Rhône-Alpes" rights 50 }}
  member clin "Clinique X" {{ kind health_establishment sector private funding d region "Rhône-Alpes" rights 40 }}
  member pro "Mme Y" {{ kind other_health_professional individual region "Rhône-Alpes" rights 10 }}
  administrator {adm} elected {elected} flat_allowance
}}
"""


def fa_result(adm, as_of, approved, elected, explain=False):
    text = FA.format(adm=adm, as_of=as_of, approved=approved, elected=elected)
    return gcs.reason(gcs.loads(text, path="<test>"), explain=explain)


def test_flat_allowance_reasons_cite_the_version_in_force():
    for as_of, approved, elected, version in (("2008-06-30", "2007-03-10", "2007-04-01", "R6133-15@2006-01-01.3"),
                                               ("2013-06-30", "2012-01-10", "2012-02-01", "R6133-24@2012-11-11.3"),
                                               ("2019-06-30", "2018-01-10", "2018-02-01", "R6133-29@2017-04-28.3")):
        result = fa_result("chu", as_of, approved, elected, explain=True)
        found = {str(c): c for c in result.conclusions}
        concl = found["administrator_invalid(flat_allowance_not_liberal)"]
        assert concl.provisions == [version], as_of
        sentence = concl.sentence("fr")
        assert "membre public" in sentence and "agent public" in sentence
        assert "un établissement ou un organisme membre" not in sentence
        tree = result.explain(concl).as_dict()
        kinds = [b for b in tree["because"] if b.get("atom", "").startswith("not_liberal_kind(")]
        assert kinds and kinds[0]["provision"] == version, as_of  # not the repealed 2006 paragraph after 2010


def test_flat_allowance_warnings_only_under_a_text_of_the_allowance():
    # 2005: no version of the flat allowance in force (R6133-15 of 2006 from 2006-01-01)
    for adm in ("clin", "pro"):
        result = fa_result(adm, "2005-10-01", "2005-03-10", "2005-04-01")
        atoms = {w.atom for w in result.warnings}
        assert not any(a.startswith("missing_fact(flat_allowance") for a in atoms), (adm, atoms)
    # 2008 (text of 2006) and 2019 (text of 2017): the private clinic's representative, the other professional
    for as_of, approved, elected in (("2008-06-30", "2007-03-10", "2007-04-01"),
                                     ("2019-06-30", "2018-01-10", "2018-02-01")):
        atoms = {w.atom for w in fa_result("clin", as_of, approved, elected).warnings}
        assert "missing_fact(flat_allowance, clin, representative_liberal)" in atoms, as_of
        atoms = {w.atom for w in fa_result("pro", as_of, approved, elected).warnings}
        assert "missing_fact(flat_allowance, pro, liberal)" in atoms, as_of


# F5. A groupement that is a health establishment and also organises joint interventions: L6133-8 al. 4
# (« la rémunération des médecins libéraux est versée par le groupement de coopération sanitaire ») or al. 5
# (« versés directement par l'assurance maladie au médecin ») and R6133-10 al. 1 (« sont rémunérés par les
# établissements publics de santé ») each name a payer; no text decides (R6133-14 of 2017 al. 2 only for the
# groupement operating its members' authorisations). Both conclusions stay, with a conflict.

ES = """groupement chir_niort "GCS Chirurgie du Niortais" {{
  as of {as_of}
  approved 2008-06-01
  seat "Niort" region "Poitou-Charentes"
  {ji}
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 30 }}
  member dr_martin "Dr Martin" {{ kind liberal_medical_professional individual region "Poitou-Charentes" rights 10 }}
  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement granted 2009-09-01
  tariff_option {scale} received 2009-08-03
  ars_decision dec1 on 2009-09-01 {{ tariff_scale {scale} }}
}}
"""


def es(as_of, scale="abc", ji=True) -> dict:
    return reason(ES.format(as_of=as_of, scale=scale, ji="activity joint_interventions" if ji else ""))


def test_health_establishment_with_joint_interventions_both_payers_and_a_conflict():
    for as_of, scale, pair in (
            ("2012-12-01", "abc", ("L6133-8@2010-02-26.4", "R6133-10@2010-07-26.1")),
            ("2012-12-01", "d", ("L6133-8@2010-02-26.5", "R6133-10@2010-07-26.1")),
            ("2010-05-01", "abc", ("L6133-8@2010-02-26.4", "R6133-20@2006-01-01.1")),
            ("2019-06-30", "abc", ("L6133-8@2017-01-14.4", "R6133-10@2017-04-28.1"))):
        found = es(as_of, scale)
        assert "pays_liberal_acts(ch_niort)" in found, as_of
        assert f"practitioner_pay(dr_martin, {'gcs_less_fee' if scale == 'abc' else 'fees_direct'})" in found
        atom = f'conflict("{pair[0]}", "{pair[1]}", liberal_payer)'
        assert found[atom] == list(pair), (as_of, scale)
        assert sum(k.startswith("conflict(") and "liberal_payer" in k for k in found) == 1


def test_no_conflict_without_joint_interventions():
    found = es("2012-12-01", ji=False)
    assert "practitioner_pay(dr_martin, gcs_less_fee)" in found
    assert "pays_liberal_acts(ch_niort)" not in found
    assert not any("liberal_payer" in k for k in found)
