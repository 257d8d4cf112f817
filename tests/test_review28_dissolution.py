"""Dissolution findings of review 28 (/tmp/r28/dissolution F1 and F2); each test failed before its change.

F1. R6133-17@2006-01-01.4 (in force 2006-01-01 to 2010-07-25): « La dissolution du groupement est
notifiée au directeur de l'agence régionale de l'hospitalisation dans un délai de quinze jours. Celui-ci
en assure la publicité dans les formes prévues à l'article R. 6133-11. » Every dissolution whose event
falls under that text is to be publicised: publication_required(dissolution). R6133-8 of 2010 drops the
sentence: nothing is owed for an event of 2011.

F2. R6133-8@2010-07-26.2 (repeated as the II of 2017, 2019 and 2021): « En cas de dissolution,
l'ensemble de l'actif et du passif du groupement ainsi que ses droits et obligations sont répartis entre
les membres conformément aux règles définies par la convention constitutive. » Its sentences say so, not
the words of R6133-19 of 2006 (« les biens du groupement sont dévolus … ou par les avenants à celle-ci »).
"""

import gcs_reasoner as gcs

ASSEMBLY = """groupement g "GCS Test Publicite" {{
  as of {as_of}
  approved 2006-03-01
  seat "Caen" region "Basse-Normandie"
  member ch_a "CH A" {{ kind health_establishment sector public region "Basse-Normandie" rights 50 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Basse-Normandie" rights 50 }}
  convention {{ object "Imagerie" task_split mentions {mentions} }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution {{ for ch_a, ch_b }}
  }}
  liquidator "Maître X" by ag1.d1
  dissolution by ag1.d1 notified {notified}
}}
"""

TERM = """groupement g "GCS Terme" {{
  as of {as_of}
  approved 2006-03-01
  seat "Caen" region "Basse-Normandie"
  duration until {term}
  member ch_a "CH A" {{ kind health_establishment sector public region "Basse-Normandie" rights 50 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Basse-Normandie" rights 50 }}
}}
"""


def reason(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def provisions(result, text: str) -> list[str]:
    return [p for c in result.conclusions if c.text == text for p in c.provisions]


def assembly(year: int, mentions: str = "dissolution_rules"):
    return reason(ASSEMBLY.format(as_of=f"{year}-09-01", day=f"{year}-06-20", convened=f"{year}-06-02",
                                  notified=f"{year}-06-25", mentions=mentions))


def test_the_arh_director_publicises_a_dissolution_by_the_assembly_under_the_text_of_2006():
    result = assembly(2008)
    assert provisions(result, "publication_required(dissolution)") == ["R6133-17@2006-01-01.4"]
    [c] = [c for c in result.conclusions if c.text == "publication_required(dissolution)"]
    assert "directeur de l'agence régionale de l'hospitalisation" in c.sentence("fr")


def test_a_dissolution_of_right_under_the_text_of_2006_is_publicised_too():
    assert provisions(reason(TERM.format(as_of="2009-03-01", term="2008-12-31")),
                      "publication_required(dissolution)") == ["R6133-17@2006-01-01.4"]
    # the last day of the term on 2010-07-25 is the event, under the text of 2006
    assert reason(TERM.format(as_of="2010-09-01", term="2010-07-25")).holds("publication_required(dissolution)")


def test_no_publicity_is_owed_under_the_text_of_2010():
    assert not assembly(2011).holds("publication_required(dissolution)")
    assert not reason(TERM.format(as_of="2010-09-01", term="2010-07-26")).holds("publication_required(dissolution)")


def test_the_split_of_assets_and_liabilities_is_said_in_the_words_of_2010():
    [c] = [c for c in assembly(2011).conclusions if c.text == "assets_devolved_per_convention"]
    fr, en = c.sentence("fr"), c.sentence("en")
    assert "l'ensemble de son actif et de son passif ainsi que ses droits et obligations sont répartis" in fr, fr
    assert "avenant" not in fr and "dévolus" not in fr, fr
    assert "assets and liabilities" in en, en


def test_the_missing_rules_are_said_in_the_words_of_2010():
    [c] = [c for c in assembly(2011, mentions="name_and_seat").conclusions if c.text == "devolution_rules_missing"]
    fr = c.sentence("fr")
    assert "ne définit pas les règles selon lesquelles l'ensemble de son actif et de son passif" in fr, fr


def test_the_words_of_2006_stay_for_a_dissolution_under_the_text_of_2006():
    [c] = [c for c in assembly(2008).conclusions if c.text == "assets_devolved_per_convention"]
    assert "Les biens du groupement sont dévolus" in c.sentence("fr")
