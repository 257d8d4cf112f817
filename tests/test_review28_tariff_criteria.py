"""Criteria 2°, 3° and 4° of the choice of the tariff scale when a member health establishment's category is not
stated (review 28, billing F1); each test failed before its change.

R6133-16@2010-07-26.I.2 (R6133-21@2017-04-28.I.2, same as): « 2° L'échelle tarifaire de la majorité des membres ;
3° L'échelle tarifaire applicable aux membres majoritaires au capital ; 4° L'échelle tarifaire applicable aux
membres participant majoritairement aux charges de fonctionnement du groupement ». Which scale a member
establishment is on follows its category under L162-22-6 CSS (`funding`). The README: « Missing facts are never
guessed: a conclusion that needs an attribute the file does not state (… funding category) is not drawn, and a
`missing_fact` warning says which. » When the unstated category decides whether a criterion points to a scale,
missing_fact(tariff_criterion_N, M, funding) says so (N the criterion left open; formerly `tariff`, renamed at
review 36: the criterion is left open, not the scale the director general fixes), as
missing_fact(tariff_criterion_1, M, sector) does for criterion 1°; not when the other members settle the majority
anyway.
"""

import gcs_reasoner as gcs

GCS = """groupement g "GCS Test" {{
  as of 2012-06-01
  approved 2011-01-10
  seat "Niort" region "Poitou-Charentes"
  {capital}
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 25 }}
  member cl_d "Clinique D" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 25 }}
  member cl_x "Clinique X" {{ kind health_establishment sector private {x} region "Poitou-Charentes" rights 25 }}
  {more}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2011-06-01
  tariff_option d received 2011-03-01
}}
"""
CH_B = 'member ch_b "CH B" { kind health_establishment sector public funding a region "Poitou-Charentes" rights 25 }'
CH_C = 'member ch_c "CH C" { kind health_establishment sector public funding a region "Poitou-Charentes" rights 25 }'
CAPITAL = """contribution ch_a cash 40_000 EUR
  contribution cl_d cash 40_000 EUR
  contribution cl_x cash 20_000 EUR"""
RUNNING = """participation ch_a financial 40_000 year 2011
  participation cl_d financial 40_000 year 2011
  participation cl_x financial 20_000 year 2011"""
WARNING = "missing_fact(tariff_criterion_2, cl_x, funding)"
WARNING_3 = "missing_fact(tariff_criterion_3, cl_x, funding)"
WARNING_4 = "missing_fact(tariff_criterion_4, cl_x, funding)"


def _reason(x: str = "", capital: str = "capital none", more: str = ""):
    return gcs.reason(gcs.loads(GCS.format(x=x, capital=capital, more=more), path="<review28>"))


def _warned(result) -> set[str]:
    return {w.atom for w in result.warnings if w.atom}


def test_criterion_2_depends_on_the_unstated_category():
    """Two of a, one of d, one unstated: the majority of a, b or c hangs on Clinique X."""
    result = _reason(more=CH_B)
    assert not result.holds("tariff_criterion(2, abc)")
    assert WARNING in _warned(result)
    assert _reason(x="funding b", more=CH_B).holds("tariff_criterion(2, abc)")


def test_criterion_2_settled_by_the_other_members():
    """Three of a, one of d, one unstated: a, b or c have the majority whatever Clinique X is."""
    result = _reason(more=CH_B + "\n  " + CH_C)
    assert result.holds("tariff_criterion(2, abc)")
    assert WARNING not in _warned(result)


def test_criterion_3_depends_on_the_unstated_category():
    result = _reason(capital="capital 100_000 EUR", more=CAPITAL)
    assert not result.holds("tariff_criterion(3, abc)") and not result.holds("tariff_criterion(3, d)")
    assert WARNING_3 in _warned(result)
    assert _reason(x="funding d", capital="capital 100_000 EUR", more=CAPITAL).holds("tariff_criterion(3, d)")


def test_criterion_4_depends_on_the_unstated_category():
    result = _reason(more=RUNNING)
    assert not result.holds("tariff_criterion(4, abc)") and not result.holds("tariff_criterion(4, d)")
    assert WARNING_4 in _warned(result)
    assert _reason(x="funding d", more=RUNNING).holds("tariff_criterion(4, d)")


def test_a_member_that_brings_nothing_does_not_decide_criterion_4():
    """Clinique X bears no running costs: those who do are split 40/40 whatever its category, so criterion 4°
    does not hang on it; with three members (one of a, one of d) criterion 2° does, with five (three of a) it
    does not."""
    running = RUNNING.replace("participation cl_x financial 20_000 year 2011", "")
    result = _reason(more=running)
    assert WARNING in _warned(result)  # criterion 2°: one of three, Clinique X would make a majority
    four = _reason(more=running + "\n  " + CH_B + "\n  " + CH_C)
    assert four.holds("tariff_criterion(2, abc)")
    assert not four.holds("tariff_criterion(4, abc)") and not four.holds("tariff_criterion(4, d)")
    assert WARNING not in _warned(four) and WARNING_4 not in _warned(four)
