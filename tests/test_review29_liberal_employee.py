"""The salaried doctor of a liberal member who is a natural person, under L6133-6 of 2017 (review 29, staff F2).

L6133-6@2017-01-14.1: « les personnes physiques ou morales exerçant une profession médicale à titre libéral
membres du groupement peuvent assurer des prestations médicales ». L6133-6@2009-07-23.1 named « les
professionnels médicaux libéraux membres du groupement ». The version of 2017 adds the legal persons (a
company of liberal doctors provides its services through its own doctors); for a natural person it still
names the member who practises, not the doctor he employs. Dr Roux, a liberal doctor and a member, puts his
salaried doctor at the disposal of a groupement of joint interventions: she may not intervene, before and
after 2017-01-14 alike. The doctor a member SELARL of doctors puts at its disposal may, from 2017-01-14
(facts/staff17_intervention_liberal_company.gcs). The first test failed before the change (nothing drawn
from 2017-01-14).
"""

import gcs_reasoner as gcs

SURGERY = """groupement g "GCS Chirurgie" {
  as of 2016-06-01
  approved 2010-10-01
  seat "Bastia" region "Corse"
  activity joint_interventions
  member ch "CH de Bastia" { kind health_establishment sector public region "Corse" rights 60 }
  member dr "Dr Roux" { kind liberal_medical_professional region "Corse" rights 20 }
  member selarl "SELARL Chirurgie Bastia" { kind liberal_practice_company profession medical region "Corse" rights 20 }
  staff collab made_available_by dr medical
  staff chir_selarl made_available_by selarl medical
}
"""


def test_the_employee_of_a_natural_person_may_not_intervene():
    for day in ("2016-06-01", "2017-01-13", "2017-01-14", "2018-01-19", "2019-01-01"):
        result = gcs.reason(gcs.loads(SURGERY), as_of=day)
        assert result.holds("intervention_not_allowed(collab)"), day


def test_the_doctor_of_a_member_company_from_2017_01_14():
    for day in ("2017-01-14", "2018-01-19", "2019-01-01"):
        result = gcs.reason(gcs.loads(SURGERY), as_of=day)
        assert not result.holds("intervention_not_allowed(chir_selarl)"), day
    assert gcs.reason(gcs.loads(SURGERY), as_of="2017-01-13").holds("intervention_not_allowed(chir_selarl)")
