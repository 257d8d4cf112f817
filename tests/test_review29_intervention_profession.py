"""A member company whose profession the file does not state (review 29, fixes F1).

L6133-6@2017-01-14.1: « les personnes physiques ou morales exerçant une profession médicale à titre libéral membres
du groupement peuvent assurer des prestations médicales ». From 2017-01-14 a member legal person may provide medical
services within a groupement of joint interventions if it practises a medical profession on a liberal basis: a
`liberal_practice_company` of `profession medical` puts its doctor at the groupement's disposal lawfully. When the file
does not state the company's profession, nothing may be concluded on its doctor's intervention: no
`intervention_not_allowed`, but `missing_fact(intervention, M, profession)`. Before the change the tool drew
`intervention_not_allowed(chir_selarl)` under L6133-6@2017-01-14.1 from the absence of the profession: the first test
failed. Under the 2009 text (up to 2017-01-13), which names no legal person (« les professionnels médicaux libéraux
membres du groupement »), the doctor of a company may not intervene whatever its profession: unchanged.
"""

import gcs_reasoner as gcs

GCS = """groupement g "GCS Chirurgie" {{
  as of {as_of}
  approved 2010-10-01
  seat "Bastia" region "Corse"
  activity joint_interventions
  member ch "CH de Bastia" {{ kind health_establishment sector public region "Corse" rights 60 }}
  member selarl "SELARL Chirurgie Bastia" {{ kind liberal_practice_company {profession} region "Corse" rights 40 }}
  staff chir_selarl made_available_by selarl medical
}}
"""

NOT_ALLOWED = "intervention_not_allowed(chir_selarl)"
MISSING = "missing_fact(intervention, selarl, profession)"


def run(as_of: str, profession: str):
    result = gcs.reason(gcs.loads(GCS.format(as_of=as_of, profession=profession), path="<test>"))
    return result.find(NOT_ALLOWED), {w.atom for w in result.warnings}


def test_profession_not_stated_from_2017_01_14_nothing_drawn_but_the_missing_fact():
    for as_of in ("2017-01-14", "2017-06-01", "2019-01-01", "2024-01-01"):
        found, warned = run(as_of, "")
        assert found is None, (as_of, found.provisions)
        assert MISSING in warned, (as_of, warned)


def test_profession_medical_from_2017_01_14_allowed_and_no_missing_fact():
    for as_of in ("2017-01-14", "2019-01-01"):
        found, warned = run(as_of, "profession medical")
        assert found is None, as_of
        assert MISSING not in warned, as_of


def test_profession_not_medical_from_2017_01_14_not_allowed():
    found, warned = run("2019-01-01", "profession non_medical")
    assert found is not None and "L6133-6@2017-01-14.1" in found.provisions
    assert MISSING not in warned


def test_before_2017_01_14_not_allowed_whatever_the_profession():
    for profession in ("", "profession medical"):
        found, warned = run("2016-06-01", profession)
        assert found is not None and "L6133-6@2009-07-23.1" in found.provisions, profession
        assert MISSING not in warned, profession
