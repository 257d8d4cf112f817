"""Review 38, finding 1 (reviewer 1): the words of activity_allowed(teaching | research) before the decree of 2010.

L6133-1 of 2009, al. 2: « Un groupement de coopération sanitaire de moyens peut être constitué pour : 1° Organiser ou
gérer des activités administratives, logistiques, techniques, médico-techniques, d'enseignement ou de recherche ».
That is all the law says of teaching and research. The participation in public teaching « dans les conditions
mentionnées à l'article L. 6142-5 » is R6133-17 of 2010 al. 1, and the three forms of research (« 1° Association aux
activités de recherche biomédicale », 2° association with a CHU's research, 3° research on behalf of the members) are
R6133-18 of 2010: both in force from 2010-07-26 (décret n° 2010-862). Until 2010-07-25 the conclusion rests on
L6133-1 1° alone, and its sentence must say no more than that item; from 2010-07-26 it is said in the decree's words,
the decree cited beside L6133-1 1° (R6133-22 and R6133-23 of 2017, same words, beside L6133-1 1° of 2017).
"""

from __future__ import annotations

import gcs_reasoner as gcs

SCENARIO = """groupement g4 "GCS Formation" {{
  as of {as_of}
  approved 2009-10-01
  seat "Rennes" region "Bretagne"
  capital none
  activity teaching
  activity research
  activity administrative
  member chu "CHU de Rennes" {{
    kind health_establishment
    sector public
    region "Bretagne"
    rights 50
  }}
  member ch2 "CH de Vitré" {{
    kind health_establishment
    sector public
    region "Bretagne"
    rights 50
  }}
}}
"""


def found(as_of: str) -> dict:
    result = gcs.reason(gcs.loads(SCENARIO.format(as_of=as_of), path="<test>"))
    return {str(c): c for c in result.conclusions}, result


def test_until_2010_07_25_teaching_and_research_are_said_in_the_words_of_l6133_1_alone():
    got, result = found("2010-07-25")
    for activity, word_fr, word_en in (("teaching", "d'enseignement", "teaching"),
                                       ("research", "de recherche", "research")):
        c = got[f"activity_allowed({activity})"]
        assert c.provisions == ["L6133-1@2009-07-23.2.1"]
        fr, en = c.sentence("fr"), c.sentence("en")
        assert fr == ("Le texte en vigueur permet de constituer le groupement pour organiser ou gérer des activités "
                      f"{word_fr}.")
        assert en == f"The text in force allows the groupement to be formed to organise or manage {word_en} activities."
        # nothing of R6133-17 or R6133-18 of 2010, not yet in force
        for later in ("L. 6142-5", "biomédicale", "centre hospitalier universitaire", "pour le compte de ses membres"):
            assert later not in fr
        node = result.explain(f"activity_allowed({activity})")
        assert node.provisions == ["L6133-1@2009-07-23.2.1"]
        assert "d'enseignement ou de recherche" in node.quote
    # the other words of the item keep the item's general sentence
    assert got["activity_allowed(administrative)"].provisions == ["L6133-1@2009-07-23.2.1"]
    assert "base pour cette activité" in got["activity_allowed(administrative)"].sentence("fr")


def test_from_2010_07_26_the_decree_s_words_with_l6133_1_cited_beside():
    got, result = found("2010-07-26")
    teaching = got["activity_allowed(teaching)"]
    assert sorted(teaching.provisions) == ["L6133-1@2009-07-23.2.1", "R6133-17@2010-07-26.1"]
    assert "L. 6142-5" in teaching.sentence("fr")
    research = got["activity_allowed(research)"]
    assert sorted(research.provisions) == ["L6133-1@2009-07-23.2.1", "R6133-18@2010-07-26.1.1",
                                           "R6133-18@2010-07-26.1.2", "R6133-18@2010-07-26.1.3"]
    assert "recherches biomédicales" in research.sentence("fr")
    assert "research carried out on behalf of its members" in research.sentence("en")
    # the explanation follows the decree's rule, whose words are the sentence's
    assert "R6133-17@2010-07-26.1" in result.explain("activity_allowed(teaching)").provisions


def test_2017_between_the_law_of_january_and_the_decree_of_april():
    # L6133-1 of 2017-01-14 (1° adds « pour le compte de ses membres »), R6133-17 and R6133-18 of 2010 still in force
    got, _ = found("2017-02-01")
    teaching = got["activity_allowed(teaching)"]
    assert sorted(teaching.provisions) == ["L6133-1@2017-01-14.2.1", "R6133-17@2010-07-26.1"]
    assert "L. 6142-5" in teaching.sentence("fr")
    assert got["activity_allowed(administrative)"].provisions == ["L6133-1@2017-01-14.2.1"]


def test_2018_r6133_22_and_23_of_2017_beside_l6133_1_of_2018():
    got, _ = found("2018-06-01")
    teaching = got["activity_allowed(teaching)"]
    assert sorted(teaching.provisions) == ["L6133-1@2018-01-19.2.1", "R6133-22@2017-04-28.1"]
    assert "L. 6142-5" in teaching.sentence("fr")
    research = got["activity_allowed(research)"]
    assert "L6133-1@2018-01-19.2.1" in research.provisions
    assert "R6133-23@2017-04-28.1.1" in research.provisions
    assert "recherches biomédicales" in research.sentence("fr")


def test_before_2009_07_23_no_text_draws_teaching():
    # L6133-1 of 2004 (the law before 2009-07-23) is not the item quoted: nothing is drawn on it, the other
    # conclusions of the file are (a positive anchor)
    got, _ = found("2009-07-22")
    assert "activity_allowed(teaching)" not in got
    assert "activity_allowed(research)" not in got
    assert "member(chu)" in got
