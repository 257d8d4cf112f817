"""Review 39, reviewer 2 F3: a liberal health professional of a medical profession (a liberal midwife) in the pay
of liberal medical acts before 2017-01-14.

R6133-20 of 2006 al. 1 (repeated by R6133-10 of 2010 al. 1): « Les actes médicaux et consultations, mentionnés au
deuxième alinéa de l'article L. 6133-2, assurés par les professionnels médicaux libéraux sont rémunérés par les
établissements publics de santé et les établissements de santé mentionnés aux b et c de l'article L. 162-22-6 du
code de la sécurité sociale ». L6133-6 of 2009 al. 2: « La permanence des soins, les consultations et les actes
médicaux assurés par les professionnels libéraux médicaux, dans le cadre du groupement, peuvent être rémunérés
forfaitairement ou à l'acte ».

A midwife practises a medical profession (CSP L4111-1: médecin, chirurgien-dentiste, sage-femme). The file states it
as `kind other_health_professional liberal profession medical`; the nature rules already read such a member as one of
the « professionnels médicaux libéraux » (README, Meaning choices), the billing rules read only the kind
liberal_medical_professional until 2017-01-14 (from then on, liberal_medical_person took her in). Now the same
reading throughout (liberal_medical_individual). L6133-8's « médecins libéraux » (doctors only) is not changed.
"""

import gcs_reasoner as gcs


def text(as_of="2012-06-01", approved="2011-01-10", sf="kind other_health_professional liberal individual "
         "profession medical"):
    return f"""groupement urg "GCS Urgences" {{
  as of {as_of}
  approved {approved}
  seat "Niort" region "Poitou-Charentes"
  capital none
  running_costs no
  activity joint_interventions
  member ch "CH de Niort" {{ kind health_establishment sector public funding a rights 60 }}
  member clin "Clinique" {{ kind health_establishment sector private funding d rights 30 }}
  member sf "Mme Durand, sage-femme" {{ {sf} rights 10 }}
}}
"""


def reason(**kw):
    return gcs.reason(gcs.loads(text(**kw)), explain=True)


def provisions(r, atom):
    return [p.id if hasattr(p, "id") else str(p) for p in r.find(atom).provisions]


def test_a_liberal_midwife_makes_the_public_member_pay_the_liberal_acts_in_2012():
    r = reason()
    assert r.holds("pays_liberal_acts(ch)")
    assert any("R6133-10@2010-07-26.1" in p for p in provisions(r, "pays_liberal_acts(ch)"))
    assert r.holds("practitioner_pay(sf, flat_or_per_act)")
    assert any("L6133-6@2009-07-23.2" in p for p in provisions(r, "practitioner_pay(sf, flat_or_per_act)"))
    # the private member of category d does not pay (R6133-20 names the public ones and b, c)
    assert not r.holds("pays_liberal_acts(clin)")


def test_a_liberal_midwife_under_the_2006_text():
    r = reason(as_of="2008-06-01", approved="2007-01-10")
    assert r.holds("pays_liberal_acts(ch)")
    assert any("R6133-20@2006-01-01.1" in p for p in provisions(r, "pays_liberal_acts(ch)"))


def test_the_kind_liberal_medical_professional_is_read_as_before():
    r = reason(sf="kind liberal_medical_professional individual")
    assert r.holds("pays_liberal_acts(ch)")
    assert r.holds("practitioner_pay(sf, flat_or_per_act)")


def test_a_liberal_health_professional_of_a_non_medical_profession_is_not_one():
    r = reason(sf="kind other_health_professional liberal individual profession non_medical")
    assert r.holds("member(sf)")  # anchor
    assert r.holds("member(ch)")
    assert not r.holds("pays_liberal_acts(_)")
    assert not r.holds("practitioner_pay(sf, _)")


def test_a_health_professional_not_stated_liberal_is_not_one():
    r = reason(sf="kind other_health_professional individual profession medical")
    assert r.holds("member(ch)")  # anchor
    assert not r.holds("pays_liberal_acts(_)")


def test_a_liberal_health_professional_whose_profession_is_not_stated_is_left_to_the_membership_warning():
    r = reason(sf="kind other_health_professional liberal individual")
    assert not r.holds("pays_liberal_acts(_)")
    assert not r.holds("practitioner_pay(sf, _)")
    # anchor: the file is told that the profession is missing (L6133-2 of 2009)
    assert any("missing_fact(membership,sf,profession)" in w.atom.replace(" ", "") for w in r.warnings)


# Second reader, review 39: the same words in L6133-1 of 2004 (al. 4 « Les professionnels médicaux libéraux peuvent
# conclure avec un groupement de coopération sanitaire des accords … en vue de leur association aux activités du
# groupement »; al. 1 1° « des professionnels médicaux libéraux membres ou associés du groupement »): a liberal midwife
# associated in 2008 was called « pas un professionnel médical libéral » while her acts were paid as one's.

def associated(sf):
    return gcs.reason(gcs.loads(f"""groupement urg "GCS Urgences" {{
  as of 2008-12-01
  approved 2007-06-01
  seat "Niort" region "Poitou-Charentes"
  capital none
  activity joint_interventions
  member ch "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member cl "Clinique" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  associate sf "Mme Sage" {{ {sf} joined 2008-01-10 }}
}}
"""), explain=True)


def missing(r, what):
    return any(w.atom.replace(" ", "") == f"missing_fact(association,sf,{what})" for w in r.warnings)


def test_an_associated_liberal_midwife_is_one_reading_throughout():
    r = associated("kind other_health_professional liberal profession medical")
    assert r.holds("associate_not_member(sf)")
    assert r.holds("joint_interventions_open_to(sf)")
    assert r.holds("pays_liberal_acts(ch)")
    assert not r.holds("association_invalid(sf, _)")


def test_an_associated_health_professional_of_a_non_medical_profession_is_not_one():
    r = associated("kind other_health_professional liberal profession non_medical")
    assert r.holds("association_invalid(sf, not_liberal_medical_professional)")
    assert not r.holds("joint_interventions_open_to(sf)")
    assert not r.holds("pays_liberal_acts(_)")


def test_an_associated_health_professional_whose_profession_or_practice_is_unknown_is_left_open():
    r = associated("kind other_health_professional liberal")
    assert missing(r, "profession")
    assert not r.holds("association_invalid(sf, _)")
    assert not r.holds("pays_liberal_acts(_)")
    r = associated("kind other_health_professional profession medical")
    assert missing(r, "liberal")
    assert not r.holds("association_invalid(sf, _)")
    assert not r.holds("joint_interventions_open_to(sf)")


def test_an_associate_of_another_kind_is_still_not_one():
    r = associated("kind health_establishment sector private")
    assert r.holds("association_invalid(sf, not_liberal_medical_professional)")
    assert not missing(r, "profession")
