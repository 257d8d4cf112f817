"""An avenant whose approval was published within the two months was decided expressly (review 27, F2); the test
failed before its change.

R6133-1-1@2017-04-28 al. 2: « L'absence de décision expresse à l'expiration du délai prévu à l'alinéa précédent
vaut approbation tacite »; al. 5: « Les avenants à la convention constitutive du groupement sont approuvés et
publiés dans les mêmes conditions de forme que la convention constitutive. » For the convention, an approval
published before the two months run out shows an express decision within them (README, « Approval (R6133-1-1
of 2017) »): no tacit approval. The same for an avenant's `published_on`, and no publication due counted from a
tacit date that never came.
"""

import gcs_reasoner as gcs

AVENANT = """groupement biologie_ouest "GCS Biologie Ouest" {{
  as of 2019-02-01
  approved 2012-03-01
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_vitre "CH de Vitre" {{ kind health_establishment sector public region "Bretagne" rights 30 }}
  avenant av1 on 2018-10-01 for convention_change submitted_on 2018-10-05{published}
}}
"""


def _conclusions(published: str) -> set[str]:
    return {str(c) for c in gcs.reason(gcs.loads(AVENANT.format(published=published), path="<review27>")).conclusions}


def test_an_avenant_published_within_the_two_months_is_not_tacitly_approved():
    found = _conclusions(" published_on 2018-11-20")
    assert "approval_decision_due(avenant:av1, 2018-12-05)" in found
    assert not any(c.startswith("tacit_approval(avenant:av1") for c in found)
    assert not any(c.startswith("publication_due(avenant:av1") for c in found)
    assert not any(c.startswith("publication_late(avenant:av1") for c in found)


def test_an_avenant_published_after_the_two_months_was_tacitly_approved_first():
    found = _conclusions(" published_on 2018-12-10")
    assert "tacit_approval(avenant:av1, 2018-12-05)" in found
    assert "publication_due(avenant:av1, 2018-12-20)" in found


def test_an_avenant_with_no_decision_and_no_publication_is_tacitly_approved():
    found = _conclusions("")
    assert "tacit_approval(avenant:av1, 2018-12-05)" in found
