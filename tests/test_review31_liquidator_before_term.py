"""A liquidator named by a valid assembly before a dissolution that follows (review 31, dis RQ1).

R6133-18@2006-01-01: « La dissolution du groupement entraîne sa liquidation. La personnalité morale du
groupement subsiste pour les besoins de celle-ci. L'assemblée générale fixe les modalités de la liquidation
et nomme un ou plusieurs liquidateurs. » R6133-8@2010-07-26 al. 2 and R6133-8@2017-04-28 II: « La
dissolution du groupement entraîne sa liquidation. » R6133-21@2010-07-26 I 18° / R6133-26@2017-04-28 I 18°:
« La prorogation ou la dissolution du groupement ainsi que les mesures nécessaires à sa liquidation ».

No text requires the liquidators to be named after the dissolution: an assembly that, before a known term,
names the liquidator for the liquidation the term will open has made a valid appointment, which takes effect
at the dissolution. Once the groupement is dissolved (by the as-of date) the liquidator is appointed and none
is missing; before the term (the dissolution certain but not come) the appointment is neither invalid nor yet
in effect. With no dissolution at all (none on the as-of date, no term ahead, no deliberation dissolving),
the appointment stays `liquidator_invalid(not_dissolved)` (facts/liquidator_before_dissolution.gcs). The
tests of an appointment before the term failed before the change (`liquidator_invalid(…, not_dissolved)` and
`liquidator_not_appointed`).
"""

import pytest

import gcs_reasoner as gcs

FILE = """groupement g7 "GCS Terme" {{
  as of {as_of}
  approved {approved}
  seat "Nancy" region "Lorraine"
  duration until {term}
  member chu_nancy "CHU de Nancy" {{ kind health_establishment sector public region "Lorraine" rights 60 }}
  member ch_toul "CH de Toul" {{ kind health_establishment sector public region "Lorraine" rights 40 }}
  assembly ag1 on {sitting} {{
    convened_on {convened} by administrator
    present chu_nancy, ch_toul
    deliberation d1 on liquidation {{ for chu_nancy, ch_toul }}
  }}
  liquidator "Maître Durand" by ag1.d1
}}
"""

CASES = [  # (approved, term, sitting, convened, as of after the term) under the texts of 2006, 2010, 2017
    ("2006-02-01", "2008-06-30", "2008-06-15", "2008-05-25", "2008-09-01"),
    ("2011-02-01", "2013-06-30", "2013-06-14", "2013-05-24", "2013-09-02"),
    ("2018-02-01", "2019-06-30", "2019-06-14", "2019-05-24", "2019-09-02"),
]


def _reason(approved, term, sitting, convened, as_of):
    text = FILE.format(approved=approved, term=term, sitting=sitting, convened=convened, as_of=as_of)
    return gcs.reason(gcs.loads(text, path="<review31_dis_rq1>"))


@pytest.mark.parametrize("approved, term, sitting, convened, as_of", CASES)
def test_a_liquidator_named_before_the_term_is_appointed_once_dissolved(approved, term, sitting, convened, as_of):
    result = _reason(approved, term, sitting, convened, as_of)
    assert result.holds("deliberation_valid(ag1, d1)")
    assert result.by_predicate("in_liquidation")
    assert not result.by_predicate("liquidator_invalid"), [str(c) for c in result.by_predicate("liquidator_invalid")]
    assert result.holds('liquidator_appointed("Maître Durand")')
    assert not result.by_predicate("liquidator_not_appointed")


@pytest.mark.parametrize("approved, term, sitting, convened, as_of", CASES)
def test_before_the_term_the_appointment_is_not_invalid(approved, term, sitting, convened, as_of):
    result = _reason(approved, term, sitting, convened, term)
    assert not result.by_predicate("in_liquidation")
    assert not result.by_predicate("liquidator_invalid"), [str(c) for c in result.by_predicate("liquidator_invalid")]
    assert not result.by_predicate("liquidator_appointed")
