"""The staff body that appoints three board members, named as the text in force names it (review 27, F5); the
test failed before its change.

L6133-7@2009-07-23 (to the version of 2017-01-14) 2° b: « dont trois désignés par le comité technique
d'établissement et deux désignés par la commission médicale d'établissement »; L6133-7@2019-08-08 2° b: « dont
trois désignés par le comité social d'établissement et deux désignés par la commission médicale
d'établissement ». The sentence of supervisory_board_invalid(staff_appointment) names both bodies, each with
the texts that name it.
"""

import gcs_reasoner as gcs
from pathlib import Path

FACTS = Path(__file__).resolve().parent.parent / "facts"


def test_the_sentence_names_the_comite_social_of_the_2019_text():
    r = gcs.reason(gcs.load(FACTS / "es17_board_2019_after.gcs"))
    c = r.find("supervisory_board_invalid(staff_appointment)")
    assert "comité social d'établissement" in c.sentence("fr")
    assert "comité technique d'établissement" in c.sentence("fr")
    assert "comité social d'établissement" in c.sentence("en")
