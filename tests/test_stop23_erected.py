"""A public-law groupement erected into a public health establishment, between the erection and the
1 January on which the budget and accounting rules of public health establishments apply to it, and
after (stop 23, a review of legal nature and accounting); each test fails on the rules before."""

from __future__ import annotations

import pytest

import gcs_reasoner as gcs

# A public GCS erected by the decision of E (first grant), an assembly on A without the agent comptable.
ERECTED = """groupement gcs_eps "GCS EPS" {
  as of D
  approved P
  seat "Privas" region "Rhône-Alpes"
  capital none
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  administrator ch_a elected L until U
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on E published F {
    grants chir
    erects
    tariff_scale abc
  }
  assembly ag1 on A {
    convened_on C by administrator
    present ch_a, ch_b
    deliberation d1 on real_estate { for ch_a, ch_b }
  }
}
"""


def scenario(as_of, approved, elected, until, erected, published, assembly, convened):
    text = (ERECTED.replace("as of D", f"as of {as_of}").replace("approved P", f"approved {approved}")
            .replace("elected L until U", f"elected {elected} until {until}")
            .replace("on E published F", f"on {erected} published {published}")
            .replace("ag1 on A", f"ag1 on {assembly}").replace("convened_on C", f"convened_on {convened}"))
    return gcs.reason(gcs.loads(text, path="<erected>"))


@pytest.mark.parametrize("as_of, approved, elected, until, erected, published, assembly, convened, provision", [
    # R6133-4@2024-01-01.2 « Lorsque le GCS de droit public est un GCS de moyens, l'agent comptable … est
    # nommé par arrêté du préfet. Il assiste à l'assemblée générale du groupement. »
    ("2024-06-01", "2020-02-01", "2023-01-10", "2026-01-09", "2024-03-01", "2024-03-10", "2024-05-01",
     "2024-04-10", "R6133-4@2024-01-01.2"),
    # R6133-4@2010-07-26.1 (same words as R6133-10@2006-01-01.1) « Dans ce cas, l'agent comptable est
    # nommé par arrêté du ministre chargé du budget. Il assiste à l'assemblée générale du groupement. »
    ("2011-06-01", "2009-02-01", "2010-09-01", "2013-08-31", "2011-03-01", "2011-03-10", "2011-05-15",
     "2011-05-01", "R6133-4@2010-07-26.1"),
])
def test_the_agent_comptable_attends_until_the_eps_rules_apply(as_of, approved, elected, until, erected,
                                                                 published, assembly, convened, provision):
    """R6133-13@2010-07-26.II.3 / R6133-18@2017-04-28.II.3 « La transformation des règles comptables et
    budgétaires du groupement de coopération sanitaire de droit public érigé en établissement public de
    santé est effective au 1er janvier de l'année suivant la décision »: until then the groupement keeps
    the accounting rules of a public-law GCS de moyens, both sentences of the alinéa: the agent comptable
    is required (and appointed as the text says) and attends the assembly; an assembly held in that
    interval without him is `accountant_absent`."""
    result = scenario(as_of, approved, elected, until, erected, published, assembly, convened)
    assert result.holds("agent_comptable_required")
    assert result.holds("accountant_absent(ag1)"), [str(c) for c in result.conclusions]
    assert provision in result.find("accountant_absent(ag1)").provisions


def test_no_attendance_once_the_eps_rules_apply_2024():
    """R6133-4@2024-01-01.2, read with R6133-18@2017-04-28.II: an assembly held after the 1 January on which
    the EPS rules apply is that of an erected groupement, not of a GCS de moyens: neither the préfet's
    agent comptable nor `accountant_absent` (unchanged reading)."""
    result = scenario("2025-06-01", "2020-02-01", "2023-01-10", "2026-01-09", "2024-03-01", "2024-03-10",
                      "2025-05-01", "2025-04-10")
    assert not result.holds("agent_comptable_appointer(prefect)")
    assert not result.holds("accountant_absent(ag1)")


@pytest.mark.parametrize("as_of, approved, elected, until, erected, published, assembly, convened", [
    # R6133-5@2012-11-11.I.1 « le budget du groupement de coopération sanitaire de droit public »
    ("2013-06-01", "2009-02-01", "2010-09-01", "2013-08-31", "2011-03-01", "2011-03-10", "2011-05-15",
     "2011-05-01"),
    # R6133-5@2010-07-26.I.1 « l'état des prévisions des recettes et des dépenses du GCS de droit public »
    ("2012-06-01", "2009-02-01", "2010-09-01", "2013-08-31", "2011-03-01", "2011-03-10", "2011-05-15",
     "2011-05-01"),
    # R6133-5@2017-04-28.I.1 « L'assemblée générale vote le budget prévisionnel du GCS »
    ("2023-06-01", "2014-05-01", "2022-01-10", "2025-01-09", "2015-03-01", "2015-03-10", "2023-03-01",
     "2023-02-10"),
])
def test_no_gcs_budget_document_once_the_eps_rules_apply(as_of, approved, elected, until, erected, published,
                                                        assembly, convened):
    """R6133-13@2010-07-26.II.3 « La transformation des règles comptables et budgétaires … est effective au
    1er janvier de l'année suivant la décision »; R6133-18@2017-04-28.II « Il est soumis au régime
    budgétaire, financier et comptable défini par les dispositions du chapitre V du titre IV du livre Ier »:
    from that 1 January the budget of the erected groupement is no longer the document R6133-5 I al. 1 has
    the assembly vote; the contract names no value for the EPS regime: nothing is drawn."""
    result = scenario(as_of, approved, elected, until, erected, published, assembly, convened)
    assert result.by_predicate("eps_budget_rules_from")
    assert not result.by_predicate("budget_document"), [str(c) for c in result.by_predicate("budget_document")]


@pytest.mark.parametrize("as_of, document", [("2011-06-01", "eprd"), ("2024-06-01", "forecast_budget")])
def test_the_gcs_budget_document_until_the_eps_rules_apply(as_of, document):
    """Until the 1 January after the decision the groupement keeps the budget rules of a GCS (R6133-5 I
    al. 1): the budget document is still drawn."""
    if as_of.startswith("2011"):
        result = scenario(as_of, "2009-02-01", "2010-09-01", "2013-08-31", "2011-03-01", "2011-03-10",
                          "2011-05-15", "2011-05-01")
    else:
        result = scenario(as_of, "2020-02-01", "2023-01-10", "2026-01-09", "2024-03-01", "2024-03-10",
                          "2024-05-01", "2024-04-10")
    assert result.holds(f"budget_document({document})")
