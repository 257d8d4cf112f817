"""Each step of an explanation cites the version in force on the date that matters (an explanation
review of stop 21: a 2011 assembly's members and attendance cited R6133-12 and R6133-14 of 2006,
which ended on 2010-07-25; R6133-20 of 2010 says the same words). Fails before the change."""

from pathlib import Path

import gcs_reasoner as gcs

FACTS = Path(__file__).resolve().parent.parent / "facts"


def test_a_2011_assembly_is_explained_under_the_2010_texts():
    result = gcs.reason(gcs.load(FACTS / "asm10_matters.gcs"))
    text = result.explain("quorum_met(ag1)").text()
    assert "R6133-20, version du 26 juillet 2010, al. 1" in text  # « composée de l'ensemble des membres »
    assert "R6133-20, version du 26 juillet 2010, al. 3" in text  # « présents ou représentés »
    assert "version du 1er janvier 2006" not in text


def test_a_2008_assembly_is_explained_under_the_2006_texts():
    result = gcs.reason(gcs.load(FACTS / "admin_convocation.gcs"))
    quorum = next(c for c in result.conclusions if c.predicate == "quorum_met")
    text = result.explain(str(quorum)).text()
    assert "R6133-12, version du 1er janvier 2006, al. 1" in text
    assert "R6133-20" not in text


def test_a_valid_exclusion_shows_the_floor_of_half_of_all_the_rights():
    # R6133-14@2006-01-01 al. 2: « sous réserve que la mesure d'exclusion soit adoptée par un nombre de
    # membres représentant au moins la moitié des droits des membres du groupement »: a condition the
    # explanation of a valid exclusion showed only as a raw negated atom
    result = gcs.reason(gcs.load(FACTS / "members_exclusion_half_rights.gcs"))
    text = result.explain("deliberation_valid(ag1, d1)").text()
    assert "R6133-14, version du 1er janvier 2006, al. 2" in text
    assert "floor pending" not in text and "floor_pending" not in text
