"""Why-not names the version in force truthfully (review 29, explain F2).

L6133-3 in its version of 2003-09-06 (versions/L6133-3__2003-09-06__root.txt) was in force from
2003-09-06 to 2009-07-22: « L'assemblée générale des membres du groupement est habilitée à prendre
toute décision intéressant le groupement ». The inventory does not list it (README, "What is not
encoded (yet)"), so no rule draws anything from it. When a rule guarded by the 2011 version fails on
30 June 2008, why-not said « aucune version n'est en vigueur ce jour-là », which is false: a version
was in force; it is not encoded. The sentence now says which: a version of the law not encoded, no
version of the article at all, or no version the folder holds.
"""

from datetime import date

import clingo

import gcs_reasoner as gcs
from gcs_reasoner.whynot_eval import _in_force_words


def _walk(w):
    for f in w.failures:
        yield f
        for s in f.sub:
            yield from _walk(s)


def _words(article: str, version: str, on: date, lang: str = "fr") -> str:
    day = clingo.Function("d", [clingo.Number(on.year), clingo.Number(on.month), clingo.Number(on.day)])
    return _in_force_words([clingo.String(article), clingo.String(version), day], lang)


def test_public_imaging_2008_names_the_2003_version_of_l6133_3():
    r = gcs.reason(gcs.load("facts/public_imaging.gcs"))  # as of 2008-06-30
    for lang in ("fr", "en"):
        w = r.why_not("nature(private)", lang=lang)
        said = [f.words.get(lang, "") for f in _walk(w) if f.kind == "in_force" and '"L6133-3", "2011-08-12"' in f.ground]
        assert said, "the 2011 version's guard is among the failures"
        for s in said:
            assert "aucune version n'est en vigueur" not in s and "no version is in force" not in s
            assert "2003-09-06" in s
        text = w.text()
        assert "aucune version n'est en vigueur ce jour-là" not in text
        assert "no version is in force that day" not in text


def test_the_three_cases():
    # a version of the law in force that day, not in the inventory
    s = _words("L6133-3", "2011-08-12", date(2008, 6, 30))
    assert "celle du 2003-09-06, n'est pas encodée" in s
    s = _words("L6133-3", "2011-08-12", date(2008, 6, 30), "en")
    assert "that of 2003-09-06, is not encoded" in s
    # no version of the article at all that day (R6133-1-1 dates from 2010-07-26)
    s = _words("R6133-1-1", "2017-04-28", date(2008, 6, 30))
    assert "aucune version de l'article n'est en vigueur ce jour-là" in s
    # an encoded version in force that day: named
    s = _words("L6133-3", "2011-08-12", date(2010, 6, 30))
    assert "la version en vigueur ce jour-là est celle du 2009-07-23" in s
