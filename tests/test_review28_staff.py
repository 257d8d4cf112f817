"""Who may take part in joint interventions (L6133-1@2009-07-23 al. 2, 3°): « Permettre les interventions
communes de professionnels médicaux et non médicaux exerçant dans les établissements ou centres de santé
membres du groupement ainsi que des professionnels libéraux membres du groupement. »

« de santé » is read as qualifying both nouns: health establishments or health centres, not the
medico-social establishments L6133-2 of 2009 admits as members. Two encodings of 3° disagreed (one in
rules/billing/, one in rules/members_and_nature/, which left medico-social staff open, against the
examples billing09_*): found by a black-box review (stop 28), 3° is now encoded once, in
rules/members_and_nature/. A doctor of that EHPAD is barred by L6133-6 al. 1 too (« les professionnels
médicaux des établissements de santé membres »). Without `activity joint_interventions` nothing is drawn
(review 29, staff F1): 3° is one of the purposes a groupement « peut être constitué pour », so it bounds the
staff taking part in joint interventions, not the staff put at the disposal of a groupement with other
purposes (R6133-6 al. 1 governs it); the rules of L6133-6 al. 1 ask for the same line.
"""

import gcs_reasoner as gcs

FILE = """groupement gs "GCS Personnels" {{
  as of {as_of}
  approved 2009-01-10
  seat "Niort" region "Poitou-Charentes"
  capital none
  activity joint_interventions
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member ehpad "EHPAD" {{ kind medico_social_establishment sector public region "Poitou-Charentes" rights 20 }}
  member asso "Association" {{ kind other_care_organisation sector private region "Poitou-Charentes" rights 20 }}
  staff inf_ehpad made_available_by ehpad non_medical
  staff med_ehpad made_available_by ehpad medical
  staff inf_ch made_available_by ch_niort non_medical
  staff inf_asso made_available_by asso non_medical
}}
"""


def conclusions(as_of: str) -> set[str]:
    return {str(c) for c in gcs.reason(gcs.loads(FILE.format(as_of=as_of), path="<test>")).conclusions}


def test_the_staff_of_a_medico_social_member_may_not_intervene_under_3():
    for as_of in ("2012-06-01", "2016-06-01"):
        found = conclusions(as_of)
        assert "intervention_not_allowed(inf_ehpad)" in found, as_of
        assert "intervention_not_allowed(inf_ch)" not in found, as_of
        # a member that is neither a health establishment or centre, nor medico-social, nor liberal
        assert "intervention_not_allowed(inf_asso)" in found, as_of
        # L6133-6 al. 1 names the health establishments' medical professionals only
        assert "intervention_not_allowed(med_ehpad)" in found, as_of


def test_without_the_activity_line_nothing_is_drawn():
    """Stop 28 drew it without the line too (3° read as binding every staff member); review 29 (staff F1):
    the groupement that holds no joint interventions is not bounded by 3°, whatever the member the staff
    comes from."""
    text = FILE.format(as_of="2012-06-01").replace("  activity joint_interventions\n", "")
    found = {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}
    assert "intervention_not_allowed(inf_asso)" not in found
    assert "intervention_not_allowed(inf_ehpad)" not in found
    assert "intervention_not_allowed(med_ehpad)" not in found
    assert "intervention_not_allowed(inf_ch)" not in found
    assert "staff_regime(inf_ehpad, own_contract)" in found
