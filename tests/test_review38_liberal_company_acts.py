"""Review 38, fixer F: the acts of a liberal practice company under R6133-10 of 2010, from 2017-01-14.

R6133-10 of 2010 al. 1 and R6133-10 of 2017 al. 1 say in the same words: « les actes médicaux et consultations,
mentionnés aux deuxième et troisième alinéas de l'article L. 6133-6, assurés par les professionnels médicaux libéraux
sont rémunérés par les établissements publics de santé ou les établissements de santé mentionnés aux b ou c de
l'article L. 162-22-6 du code de la sécurité sociale ». Al. 2 of both: « Dans le cas où ces professionnels médicaux
participent à la permanence de soins dans les établissements mentionnés au premier alinéa du présent article, ces
derniers leur versent également une rémunération forfaitaire ».

The acts covered are those « mentionnés aux deuxième et troisième alinéas de l'article L. 6133-6 », read in the
version of L6133-6 in force on the as-of date. Up to 2017-01-13 al. 2 speaks of « les actes médicaux assurés par les
professionnels libéraux médicaux » (versions of 2009-07-23 and 2017-01-01): natural persons. From 2017-01-14 it
reads « Les personnes physiques ou morales exerçant une profession médicale à titre libéral, qui assurent des
prestations médicales au bénéfice d'un patient pris en charge par un établissement public de santé membre du
groupement, sont rémunérées par cet établissement ». So from 2017-01-14 the acts of a member liberal practice
company of a medical profession are covered under R6133-10 of 2010 (to 2017-04-27) as under R6133-10 of 2017 (from
2017-04-28): `pays_liberal_acts(E)` and `on_call_flat_fee(E)` for the member public establishment. Before
2017-01-14 they are not; a natural person's acts are covered throughout.
"""

import pytest

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review38>"))


def _held(result) -> set[str]:
    """The conclusions and the warnings' atoms, spaces removed."""
    return {str(c).replace(" ", "") for c in result.conclusions} | {w.atom.replace(" ", "") for w in result.warnings}


# The CHU de Rennes (public), a clinic of category d, and a liberal member: a SELARL of anaesthetists (a legal
# person) or a doctor in his own name. The liberal member performs an act for a patient of the CHU.
SCENARIO = """groupement g2 "GCS Urgences" {{
  as of {as_of}
  approved 2015-03-02
  seat "Rennes" region "Bretagne"
  capital none
  activity joint_interventions
  member chu "CHU de Rennes" {{
    kind health_establishment
    sector public
    funding a
    region "Bretagne"
    rights 40
  }}
  member clin "Clinique" {{
    kind health_establishment
    sector private
    {clin_funding}
    region "Bretagne"
    rights 30
  }}
  member lib "{lib_name}" {{
    kind {lib_kind}
    profession {profession}
    region "Bretagne"
    rights 30
  }}
  medical_act a1 tariff 30 billed 30 by lib patient_of chu
}}
"""


def _scenario(as_of, lib_kind="liberal_practice_company", profession="medical", clin_funding="funding d"):
    name = "SELARL Anesthésie" if lib_kind == "liberal_practice_company" else "Dr Martin"
    return _held(_reason(SCENARIO.format(as_of=as_of, lib_kind=lib_kind, profession=profession,
                                         clin_funding=clin_funding, lib_name=name)))


# --- the company, before and after 2017-01-14 --------------------------------------------------------------------


@pytest.mark.parametrize("as_of", ["2016-12-31", "2017-01-13"])
def test_company_acts_not_covered_before_2017_01_14(as_of):
    """L6133-6 al. 2 up to 2017-01-13: « les actes médicaux assurés par les professionnels libéraux médicaux » —
    natural persons only; R6133-10 of 2010 pays the acts of that alinéa."""
    held = _scenario(as_of)
    # positive anchor: L6133-6 al. 3 (same words since 2009) still puts the act's expense on the CHU
    assert "act_expense_borne_by(a1,chu)" in held
    assert "member(lib)" in held
    assert "pays_liberal_acts(chu)" not in held
    assert "on_call_flat_fee(chu)" not in held
    assert not any(c.startswith("practitioner_pay(lib,") for c in held)


@pytest.mark.parametrize("as_of", ["2017-01-14", "2017-02-01", "2017-04-27"])
def test_company_acts_covered_under_r6133_10_of_2010_from_2017_01_14(as_of):
    """R6133-10 of 2010 al. 1 « les actes médicaux et consultations, mentionnés aux deuxième et troisième alinéas de
    l'article L. 6133-6, assurés par les professionnels médicaux libéraux sont rémunérés par les établissements
    publics de santé »; L6133-6 al. 2 from 2017-01-14 « Les personnes physiques ou morales exerçant une profession
    médicale à titre libéral … sont rémunérées par cet établissement »."""
    held = _scenario(as_of)
    assert "pays_liberal_acts(chu)" in held
    assert "on_call_flat_fee(chu)" in held
    assert "practitioner_pay(lib,public_es_fees)" in held
    # the clinic of category d is not among the payers (« établissements de santé mentionnés aux b ou c »)
    assert "pays_liberal_acts(clin)" not in held
    assert "on_call_flat_fee(clin)" not in held


@pytest.mark.parametrize("as_of", ["2017-04-28", "2017-05-01"])
def test_company_acts_covered_under_r6133_10_of_2017(as_of):
    """R6133-10 of 2017 repeats the same words: the same acts, the same payer."""
    held = _scenario(as_of)
    assert "pays_liberal_acts(chu)" in held
    assert "on_call_flat_fee(chu)" in held
    assert "practitioner_pay(lib,public_es_fees)" in held
    assert "pays_liberal_acts(clin)" not in held


def test_private_member_of_category_b_pays_the_company_acts_from_2017_01_14():
    """« ou les établissements de santé mentionnés aux b ou c de l'article L. 162-22-6 »: a private member of
    category b pays too, from 2017-01-14, and not the day before."""
    held = _scenario("2017-02-01", clin_funding="funding b")
    assert "pays_liberal_acts(clin)" in held
    assert "pays_liberal_acts(chu)" in held
    held = _scenario("2017-01-13", clin_funding="funding b")
    assert "act_expense_borne_by(a1,chu)" in held
    assert "pays_liberal_acts(clin)" not in held


# --- controls ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_of", ["2016-12-31", "2017-01-13", "2017-01-14", "2017-02-01", "2017-04-28"])
def test_natural_person_acts_covered_throughout(as_of):
    """« assurés par les professionnels médicaux libéraux »: a doctor member in his own name, on both sides of
    2017-01-14 and 2017-04-28."""
    held = _scenario(as_of, lib_kind="liberal_medical_professional")
    assert "pays_liberal_acts(chu)" in held
    assert "on_call_flat_fee(chu)" in held


@pytest.mark.parametrize("as_of", ["2017-02-01", "2017-05-01"])
def test_company_of_a_non_medical_profession_not_covered(as_of):
    """L6133-6 al. 2 of 2017-01-14: « exerçant une profession médicale à titre libéral »: a company of a
    non-medical profession is not among them."""
    held = _scenario(as_of, profession="non_medical")
    assert "member(lib)" in held
    assert "act_expense_borne_by(a1,chu)" in held
    assert "pays_liberal_acts(chu)" not in held
    assert "on_call_flat_fee(chu)" not in held


def test_no_joint_interventions_no_pay():
    """R6133-10 al. 1 reads the acts of L6133-6 al. 2 and 3, in the case of L6133-1 3° (L6133-6 al. 1, « Dans le
    cas prévu au 3° de l'article L. 6133-1 »): without joint interventions, nothing."""
    text = SCENARIO.format(as_of="2017-02-01", lib_kind="liberal_practice_company", profession="medical",
                           clin_funding="funding d", lib_name="SELARL Anesthésie")
    held = _held(_reason(text.replace("  activity joint_interventions\n", "")))
    assert "member(lib)" in held
    assert "pays_liberal_acts(chu)" not in held
    assert "on_call_flat_fee(chu)" not in held
