"""Staff put at the disposal of a groupement that has no joint interventions (review 29, staff F1).

L6133-1@2009-07-23.2.3 (the same words in 2016 and 2017; in 2018 with the army hospitals): « Un groupement
de coopération sanitaire de moyens peut être constitué pour : … 3° Permettre les interventions communes de
professionnels médicaux et non médicaux exerçant dans les établissements ou centres de santé membres du
groupement ainsi que des professionnels libéraux membres du groupement. » 3° is one of the purposes a
groupement may be formed for: it says who takes part in joint interventions. A groupement that shares a
laundry (`activity common_equipment`, no `activity joint_interventions`) holds no joint interventions: a
laundry worker that a member nursing home puts at its disposal is governed by R6133-6 al. 1 (« Les personnels
mis à disposition du groupement par les établissements membres restent régis … »), and nothing makes her work
« not provided for »; nor the work of a worker a former member (CH de Dole, withdrawn) still lends. In a groupement of joint interventions, the worker of a medico-social member and that of a
former member still may not take part in them (README, Members (L6133-2, 2009)). The first tests failed before the change.
"""

import gcs_reasoner as gcs

LAUNDRY = """groupement g "GCS Blanchisserie" {
  as of 2014-06-01
  approved 2012-03-20
  seat "Dole" region "Franche-Comté"
  running_costs yes
  capital none
  activity %s
  member ch_lons "CH de Lons" { kind health_establishment sector public region "Franche-Comté" rights 60 }
  member ehpad "EHPAD de Dole" { kind medico_social_establishment sector public region "Franche-Comté" rights 30 }
  member ch_dole "CH de Dole" { kind health_establishment sector public region "Franche-Comté" rights 10 }
  withdrawal ch_dole notified 2013-03-01
  staff lingere made_available_by ehpad non_medical
  staff ancienne made_available_by ch_dole non_medical
}
"""


def test_no_joint_interventions_nothing_drawn():
    for day in ("2014-06-01", "2016-06-01", "2017-06-01", "2019-06-01"):
        result = gcs.reason(gcs.loads(LAUNDRY % "common_equipment"), as_of=day)
        assert not result.holds("intervention_not_allowed(lingere)"), day
        assert not result.holds("intervention_not_allowed(ancienne)"), day
        assert result.holds("staff_regime(lingere, own_contract)"), day


def test_joint_interventions_medico_social_and_non_member_staff_drawn():
    for day in ("2014-06-01", "2016-06-01", "2017-06-01", "2019-06-01"):
        result = gcs.reason(gcs.loads(LAUNDRY % "joint_interventions"), as_of=day)
        assert result.holds("intervention_not_allowed(lingere)"), day
        assert result.holds("intervention_not_allowed(ancienne)"), day
