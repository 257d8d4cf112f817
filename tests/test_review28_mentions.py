"""The sentences of missing_mention say what the version cited requires (review 28, mentions F3, F4, F5); each
test failed before its change.

R6133-1@2010-07-26.I.1.14 (and 2014): « 14° Les conditions d'intervention des professionnels médicaux libéraux et
des personnels médicaux et non médicaux des établissements ou centres de santé membres »; R6133-1@2017-04-28.I.1.14
(and 2019): « 14° Les conditions d'intervention des personnes physiques ou morales exerçant une activité médicale à
titre libéral et des personnels médicaux et non médicaux des établissements, des hôpitaux des armées, des autres
éléments du service de santé des armées ou centres de santé membres ».
R6133-1@2017-04-28.II.1.5: « 5° Le cas échéant, lorsque le groupement est érigé en établissement de santé, les
conditions relatives à l'hémovigilance et à la sécurité transfusionnelle mentionnées au dernier alinéa de l'article
R. 1221-45 » (a groupement operating a member's authorisation, holding none itself).
R6133-1@2017-04-28.I.1.16: « 16° Les modalités d'élection de l'administrateur et de son suppléant ».
R6133-1@2010-07-26.I.1.2: « 2° L'objet du groupement et la répartition des activités entre le groupement et ses
membres » (the object stated, the split not).
R6133-3@2010-07-26.3: « la convention constitutive du groupement précise le pourcentage de la participation de
chacun des membres ».
R6133-1@2010-07-26.I.1.6: « 6° Les règles de détermination de la participation de ses membres à ses charges de
fonctionnement ainsi que, sous réserve de la situation prévue au troisième alinéa de l'article R. 6133-3, leurs
modalités de révision annuelle ».
"""

from pathlib import Path

import gcs_reasoner as gcs

FACTS = Path(__file__).resolve().parent.parent / "facts"

NEW_2018 = """groupement g "GCS Test" {
  as of 2018-06-01
  approved 2018-01-15
  seat "Lille" region "Hauts-de-France"
  capital 10_000 EUR
  member a "CH A" { kind health_establishment sector public region "Hauts-de-France" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Hauts-de-France" rights 50 }
  contribution a cash 5_000
  contribution b cash 5_000
  convention {
    object "Imagerie"
  }
}
"""


def _words(result, atom: str) -> tuple[str, str]:
    c = result.find(atom)
    assert c is not None, atom
    return " ".join(c.sentence("fr").split()), " ".join(c.sentence("en").split())


def test_14_under_2010_names_the_health_centres():
    r = gcs.reason(gcs.load(FACTS / "conv06_attach_decision_published_2010.gcs"))
    fr, en = _words(r, "missing_mention(professional_intervention)")
    assert "des établissements ou centres de santé membres" in fr
    assert "health centres" in en


def test_14_under_2017_names_liberal_persons_and_the_army():
    r = gcs.reason(gcs.loads(NEW_2018, path="<test>"))
    fr, en = _words(r, "missing_mention(professional_intervention)")
    assert "personnes physiques ou morales exerçant une activité médicale à titre libéral" in fr
    assert "des hôpitaux des armées, des autres éléments du service de santé des armées ou centres de santé" in fr
    assert "army hospitals" in en


def test_haemovigilance_under_ii_5_does_not_say_the_groupement_holds_authorisations():
    r = gcs.reason(gcs.load(FACTS / "conv17_joint_erected_2018.gcs"))
    fr, en = _words(r, "missing_mention(haemovigilance)")
    assert "titulaire" not in fr and "holds care-activity" not in en
    assert "érigé en établissement de santé" in fr
    assert "sécurité transfusionnelle" in fr
    assert "erected" in en


def test_16_under_2017_names_the_deputy():
    r = gcs.reason(gcs.loads(NEW_2018, path="<test>"))
    fr, en = _words(r, "missing_mention(administration_rules)")
    assert "l'administrateur et de son suppléant" in fr
    assert "deputy" in en


def test_2_with_the_object_stated_says_only_the_split_is_missing():
    r = gcs.reason(gcs.loads(NEW_2018, path="<test>"))
    fr, en = _words(r, "missing_mention(object_and_split)")
    assert "n'indique pas l'objet" not in fr
    assert "répartition des activités entre le groupement et ses membres" in fr
    assert "does not state the object" not in en


def test_participation_percentages_has_its_sentence():
    r = gcs.reason(gcs.load(FACTS / "conv06_attach_decision_published_2010.gcs"))
    fr, en = _words(r, "missing_mention(participation_percentages)")
    assert "participation_percentages" not in fr and "participation_percentages" not in en
    assert "pourcentage de la participation de chacun des membres" in fr


def test_6_from_2010_says_participation_and_the_reserve_of_r6133_3():
    r = gcs.reason(gcs.load(FACTS / "conv06_attach_decision_published_2010.gcs"))
    fr, en = _words(r, "missing_mention(contribution_rules)")
    assert "participation des membres" in fr and "contribution" not in fr
    assert "troisième alinéa de l'article R. 6133-3" in fr
    assert "participation" in en
