"""The member's request to modify its authorisation, when the joint operation comes by an avenant (review 27,
F6); the test failed before its change.

R6133-12@2017-04-28.III: « chaque membre titulaire concerné adresse au directeur général de l'agence régionale
de santé une demande de modification de ses autorisations exploitées en commun, concomitamment à la demande
d'approbation de la convention constitutive du groupement ou de son avenant ». A convention received in 2016,
before this text, could not carry the request it requires: the joint operation under it came by an avenant,
whose approval request (received 2018-03-05) is the one the member's request goes with.
"""

import gcs_reasoner as gcs

JOINT = """groupement plateau_nord "GCS Plateau technique Nord" {{
  as of 2019-06-30
  submitted 2016-05-02
  approved 2016-07-01
  seat "Lille" region "Hauts-de-France"
  capital none
  declared_nature public
  member chu_l "CHU de Lille" {{ kind health_establishment sector public funding a eligible_holder region "Hauts-de-France" rights 60 }}
  member ch_a "CH d'Arras" {{ kind health_establishment sector public funding a eligible_holder region "Hauts-de-France" rights 40 }}
  authorisation irm heavy_equipment "IRM 3 T" held_by chu_l granted 2016-03-01{request}
  operates irm site "Lille Sud"
  {avenant}
}}
"""
AVENANT_2018 = ("avenant av1 on 2018-03-01 for convention_change submitted_on 2018-03-05 approved_on 2018-04-20 "
                "published_on 2018-04-25")


def _holds(atom: str, request: str = "", avenant: str = AVENANT_2018) -> bool:
    text = JOINT.format(request=request, avenant=avenant)
    return gcs.reason(gcs.loads(text, path="<review27>")).holds(atom)


INVALID = "joint_operation_invalid(irm, no_modification_request)"


def test_no_request_with_the_avenant_that_brings_the_joint_operation():
    assert _holds(INVALID)


def test_a_request_made_with_the_avenant_is_enough():
    assert not _holds(INVALID, request=" modification_requested 2018-03-05")


def test_no_avenant_received_under_the_2017_text_no_request_owed():
    assert not _holds(INVALID, avenant="")
    assert not _holds(INVALID, avenant="avenant av1 on 2017-03-01 for convention_change submitted_on 2017-03-05")


def test_the_holder_admitted_by_an_avenant_sends_its_request_with_that_avenant():
    text = JOINT.format(request="", avenant="").replace(
        'held_by chu_l granted 2016-03-01', 'held_by clin_x granted 2016-03-01').replace(
        "  operates irm", '  member clin_x "Clinique X" { kind health_establishment sector private funding d region '
        '"Hauts-de-France" rights 10 joined 2018-05-01 }\n'
        "  avenant av2 on 2018-02-01 for admission of clin_x submitted_on 2018-02-05 approved_on 2018-03-20\n"
        "  operates irm")
    assert gcs.reason(gcs.loads(text, path="<review27>")).holds(INVALID)
