"""Review 38, fixer H: a referral made before the month ran out, followed by a vote within the month.

R6133-5 III (2010: « l'état des prévisions des recettes et des dépenses »; 2012 and 2017: « le budget »): « A défaut
de vote du budget, l'administrateur prend toutes les mesures nécessaires pour qu'ait lieu une nouvelle délibération de
l'assemblée générale. A défaut d'accord dans un délai d'un mois à compter de la première délibération, il saisit le
directeur général de l'agence régionale de santé ... ».

The first deliberation on the budget fails on 5 November (no quorum: only b, 40 % of the rights, is present); the
month runs to 5 December. A referral on 10 November is made before the month ran out: premature, whether or not the
assembly then votes the budget on 20 November (the vote after the referral does not make it timely). A referral on
25 November, after the valid vote of the 20th, has no ground (budget_voted), and is not premature. A referral after
the month with no vote is lawful (and the referral due is made). A deliberation on the budget whose validity the file
leaves undecided: held before the referral, the question stays open (nothing said); held after it, the referral was
still premature.
"""

import pytest

import gcs_reasoner as gcs

TEXT = """groupement g "GCS Test" {{
  as of {as_of}
  approved {approved}
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  running_costs yes
  capital none
  member a "CHU A" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 40 }}
  convention {{
    object "Imagerie"
    {weight}
    meeting_days 15
  }}
  assembly ag1 on {y0}-11-05 {{
    convened_on {y0}-10-20 by administrator
    accountant_present
    present b
    deliberation d1 on budget year {y1} {{ for b }}
  }}
{ag2}{referral}}}
"""

AG2 = """  assembly ag2 on {y0}-11-20 {{
    convened_on {y0}-11-02 by administrator
    accountant_present
    present a, b
    deliberation d1 on budget year {y1} {{ {votes} }}
  }}
"""

# the year of the first failed deliberation: III of 2010 (EPRD), of 2012 (budget), of 2017 (budget prévisionnel)
YEARS = [2010, 2014, 2018]


def reason(y0, referral=None, vote=None, weight="vote_weight rights"):
    y1 = y0 + 1
    ag2 = AG2.format(y0=y0, y1=y1, votes=vote) if vote else ""
    ref = f"  budget_referral {y1} on {y0}-{referral}\n" if referral else ""
    text = TEXT.format(as_of=f"{y1}-03-01", approved=f"{y0 - 2}-09-15", weight=weight, y0=y0, y1=y1, ag2=ag2,
                       referral=ref)
    return gcs.reason(gcs.loads(text, path=f"<referral {y0}>"))


def referral_lines(result, y1):
    """The conclusions on the referral of the budget of y1 (due, invalid, missing)."""
    names = ("budget_referral_due", "budget_referral_invalid", "budget_referral_missing")
    return sorted(str(c) for c in result if str(c).split("(")[0] in names and str(c).split("(")[1].startswith(str(y1)))


@pytest.mark.parametrize("y0", YEARS)
def test_a_referral_before_the_month_ran_out_is_premature_even_if_the_budget_is_voted_later_that_month(y0):
    result = reason(y0, referral="11-10", vote="for a, b")
    assert result.holds("deliberation_invalid(ag1, d1, no_quorum)")
    assert result.holds("deliberation_valid(ag2, d1)")
    # the vote within the month: no referral is due
    assert referral_lines(result, y0 + 1) == [f"budget_referral_invalid({y0 + 1}, premature)"]


@pytest.mark.parametrize("y0", YEARS)
def test_a_referral_before_the_month_ran_out_with_no_vote_is_premature(y0):
    result = reason(y0, referral="11-10")
    assert referral_lines(result, y0 + 1) == [f"budget_referral_due({y0 + 1}, {y0}-12-05)",
                                              f"budget_referral_invalid({y0 + 1}, premature)"]


@pytest.mark.parametrize("y0", YEARS)
def test_a_referral_after_the_budget_was_voted_has_no_ground_and_is_not_premature(y0):
    result = reason(y0, referral="11-25", vote="for a, b")
    assert result.holds("deliberation_valid(ag2, d1)")
    assert referral_lines(result, y0 + 1) == [f"budget_referral_invalid({y0 + 1}, budget_voted)"]


@pytest.mark.parametrize("y0", YEARS)
def test_a_referral_on_the_day_of_the_vote_has_no_ground(y0):
    result = reason(y0, referral="11-20", vote="for a, b")
    assert referral_lines(result, y0 + 1) == [f"budget_referral_invalid({y0 + 1}, budget_voted)"]


@pytest.mark.parametrize("y0", YEARS)
def test_a_referral_after_the_month_with_no_vote_is_lawful(y0):
    result = reason(y0, referral="12-10")
    assert referral_lines(result, y0 + 1) == [f"budget_referral_due({y0 + 1}, {y0}-12-05)"]


@pytest.mark.parametrize("y0", YEARS)
def test_a_vote_of_undecided_validity_after_the_referral_leaves_it_premature(y0):
    result = reason(y0, referral="11-10", vote="for a  against b", weight="")
    assert not [c for c in result if str(c).startswith(("deliberation_valid(ag2,", "deliberation_invalid(ag2,"))]
    assert referral_lines(result, y0 + 1) == [f"budget_referral_invalid({y0 + 1}, premature)"]


@pytest.mark.parametrize("y0", YEARS)
def test_a_vote_of_undecided_validity_before_the_referral_leaves_the_question_open(y0):
    result = reason(y0, referral="11-25", vote="for a  against b", weight="")
    assert result.holds("deliberation_invalid(ag1, d1, no_quorum)")
    assert not [c for c in result if str(c).startswith(("deliberation_valid(ag2,", "deliberation_invalid(ag2,"))]
    assert referral_lines(result, y0 + 1) == []
