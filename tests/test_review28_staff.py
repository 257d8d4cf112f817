"""Who may take part in joint interventions (L6133-1@2009-07-23 al. 2, 3°): « Permettre les interventions
communes de professionnels médicaux et non médicaux exerçant dans les établissements ou centres de santé
membres du groupement ainsi que des professionnels libéraux membres du groupement. »

Whether « établissements » takes in the medico-social establishments L6133-2 of 2009 admits as members is
a reading question the README leaves open: nothing is drawn on 3° for their staff. A second copy of the 3°
rule, in rules/billing/, counted only health establishments and centres, and drew
`intervention_not_allowed` for a nurse of a member EHPAD (found by a black-box review, stop 28; the test
failed before). A doctor of that EHPAD stays barred by L6133-6 al. 1 (« les professionnels médicaux des
établissements de santé membres », which names health establishments only).
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


def test_nothing_drawn_on_3_for_the_staff_of_a_medico_social_member():
    for as_of in ("2012-06-01", "2016-06-01"):
        found = conclusions(as_of)
        assert "intervention_not_allowed(inf_ehpad)" not in found, as_of
        assert "intervention_not_allowed(inf_ch)" not in found, as_of
        # a member that is neither a health establishment or centre, nor medico-social, nor liberal
        assert "intervention_not_allowed(inf_asso)" in found, as_of
        # L6133-6 al. 1 names the health establishments' medical professionals only
        assert "intervention_not_allowed(med_ehpad)" in found, as_of
