"""R6133-1-1 of 2017, al. 2 and 4: « L'absence de décision expresse à l'expiration du délai … vaut
approbation tacite »; « Le groupement jouit de la personnalité morale à compter de la décision
d'approbation ou, à défaut, à compter du lendemain de la décision implicite d'approbation ».

Received on 2017-05-10: the two months run out on 2017-07-10, with no decision: tacitly approved
that day. An express approval made afterwards, on 2017-08-01, does not date the personality a
second time: it dates from 2017-07-11. Made in time (2017-06-20), the express decision dates it.
"""

import pytest

import gcs_reasoner as gcs

TEXT = """
groupement g "GCS Approbation" {{
  as of 2018-01-01
  submitted 2017-05-10
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member a "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 60 }}
  member b "CH de Vitré" {{ kind health_establishment sector public region "Bretagne" rights 40 }}
  convention {{
    signed_by a, b
  }}
  ars_decision dec1 on {decided} by ars_director_general published {published} {{ approves convention }}
}}
"""


@pytest.mark.parametrize("decided, published, tacit, personality, not_personality", [
    ("2017-08-01", "2017-08-10", True, "2017-07-11", "2017-08-01"),
    ("2017-06-20", "2017-06-25", False, "2017-06-20", "2017-07-11"),
])
def test_the_personality_dates_from_the_decision_or_failing_it_the_day_after_the_tacit_one(
        decided, published, tacit, personality, not_personality):
    result = gcs.reason(gcs.loads(TEXT.format(decided=decided, published=published), path="<approval>"))
    assert result.holds("tacit_approval(convention, 2017-07-10)") is tacit
    assert result.holds(f"legal_personality_from({personality})")
    assert not result.holds(f"legal_personality_from({not_personality})")
