"""Black-box review, stop 22: a rule shared by renumbered versions (same_as) cites the version in
force on the date that matters, and the floor of an exclusion is cited as the floor."""

import gcs_reasoner as gcs

from .edited import derived_nodes

HEAD = """groupement g "G" {{
  as of {as_of}
  approved 2006-03-01
  seat "Lille" region "Nord-Pas-de-Calais"
  member a "A" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 50 }}
  member b "B" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 30 }}
  member c "C" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 20 }}
{body}
}}
"""


def _reason(as_of, body):
    return gcs.reason(gcs.loads(HEAD.format(as_of=as_of, body=body)), explain=True)


def _cited(tree) -> set:
    return {p for n in derived_nodes(tree) for p in n.provisions}


# --- 1. R6133-5 al. 2 (2006) / R6133-7 II (2010): the notice of a withdrawal -----------------------
# « sous réserve qu'il ait notifié au groupement son intention au moins six mois avant la fin de
# l'exercice »: the same words in both; the notice is judged under the text of its date.

def test_notice_of_2007_cites_the_2006_article_only():
    result = _reason("2007-10-31", "  withdrawal c notified 2007-01-15")
    tree = result.explain("withdrawal_effective(c, 2007-12-31)")
    assert "R6133-7@2010-07-26.II" not in _cited(tree)
    notice = [n for n in derived_nodes(tree) if n.conclusion.startswith("notice_months(")]
    assert notice and all(n.provisions == ["R6133-5@2006-01-01.2"] for n in notice)
    assert ("R6133-7", "2010-07-26") not in result.texts()


def test_notice_of_2012_cites_the_2010_article_only():
    result = _reason("2013-06-30", "  withdrawal c notified 2012-01-15")
    tree = result.explain("withdrawal_effective(c, 2012-12-31)")
    assert tree.provisions == ["R6133-7@2010-07-26.II"]
    assert "R6133-5@2006-01-01.2" not in _cited(tree)
    assert ("R6133-5", "2006-01-01") not in result.texts()


def test_convention_notice_cited_by_date_too():
    body = "  convention { withdrawal_notice_months 8 }\n  withdrawal c notified 2012-03-15"
    result = _reason("2013-06-30", body)
    tree = result.explain("withdrawal_effective(c, 2012-12-31)")
    assert "R6133-5@2006-01-01.2" not in _cited(tree)


# --- 4. the two counts of withdrawal_effective read as sentences --------------------------------------

def test_withdrawal_explanation_has_no_bare_count():
    result = _reason("2007-10-31", "  withdrawal c notified 2007-01-15")
    text = result.explain("withdrawal_effective(c, 2007-12-31)").text()
    assert "Nombre : 0" not in text
    assert "C avait déjà notifié au groupement son intention de se retirer avant le 15 janvier 2007" in text
    assert "C avait été exclu du groupement avant le 31 décembre 2007" in text


def test_first_notice_and_exclusion_still_decide():
    # a second notice repeats the first: the first one's year end (unchanged behaviour)
    result = _reason("2009-06-30", "  withdrawal c notified 2007-01-15\n  withdrawal c notified 2007-09-01")
    got = {str(c) for c in result.conclusions}
    assert "withdrawal_effective(c, 2007-12-31)" in got
    assert "withdrawal_effective(c, 2008-12-31)" not in got


# --- 2. R6133-5 al. 1 (2006) / R6133-7 I (2010): a new establishment not admitted -------------------

MERGER = """  member d "D" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 20 joined {on} }}
  merger d of b, c on {on}"""


def test_not_admitted_after_2010_cites_r6133_7():
    result = _reason("2012-01-01", MERGER.format(on="2012-01-01"))
    c = next(c for c in result.conclusions if str(c) == "not_admitted(d)")
    assert c.provisions == ["R6133-7@2010-07-26.I"]
    assert result.explain("not_admitted(d)").provisions == ["R6133-7@2010-07-26.I"]


def test_not_admitted_in_2008_cites_r6133_5():
    result = _reason("2008-01-01", MERGER.format(on="2008-01-01"))
    c = next(c for c in result.conclusions if str(c) == "not_admitted(d)")
    assert c.provisions == ["R6133-5@2006-01-01.1"]


# --- 3. the floor of an exclusion: R6133-14 al. 2 (2006), R6133-21 II al. 2 (2010), R6133-26 II al. 2
# (2017, 2024): « sous réserve que la mesure d'exclusion soit adoptée par un nombre de membres
# représentant au moins la moitié des droits des membres du groupement »

FLOOR = """groupement floor "GCS Plancher" {{
  as of {as_of}
  approved 2006-01-10
  seat "Lyon" region "Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 30 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 15 }}
  member c "CH C" {{ kind health_establishment sector public region "Rhône-Alpes" rights 10 }}
  member d "CH D" {{ kind health_establishment sector public region "Rhône-Alpes" rights 45 }}
  convention {{ vote_weight rights }}
  assembly ag1 on {on} {{
    convened_on {conv} by administrator
    present a, b, c
    deliberation d1 on exclusion of c {{ for a, b  against c  ground breach  heard c }}
  }}
}}
"""


def _floor(year, provision):
    text = FLOOR.format(as_of=f"{year}-12-01", on=f"{year}-06-01", conv=f"{year}-05-10")
    result = gcs.reason(gcs.loads(text), explain=True)
    atom = "deliberation_invalid(ag1, d1, not_adopted)"
    c = next(c for c in result.conclusions if str(c) == atom)
    # 45 of 100 rights for: the majority of the voices is met (45 of 45 voting), the floor is not
    assert c.provisions == [provision], c.provisions
    tree = result.explain(atom)
    assert tree.provisions == [provision]
    assert "moitié des droits des membres du groupement" in tree.quote
    return _cited(tree)


def test_floor_2007_cites_r6133_14():
    cited = _floor(2007, "R6133-14@2006-01-01.2")
    assert not any(p.startswith(("R6133-21@", "R6133-26@")) for p in cited)


def test_floor_2012_cites_r6133_21_ii_2():
    cited = _floor(2012, "R6133-21@2010-07-26.II.2")
    assert "R6133-14@2006-01-01.2" not in cited and "R6133-21@2010-07-26.II.1" not in cited


def test_floor_2019_cites_r6133_26_ii_2():
    cited = _floor(2019, "R6133-26@2017-04-28.II.2")
    assert "R6133-14@2006-01-01.2" not in cited and "R6133-26@2017-04-28.II.1" not in cited


def test_floor_2024_cites_r6133_26_of_2024():
    cited = _floor(2024, "R6133-26@2024-01-01.II.2")
    assert "R6133-14@2006-01-01.2" not in cited and "R6133-26@2017-04-28.II.2" not in cited


def test_majority_not_met_still_cites_the_majority():
    text = FLOOR.format(as_of="2012-12-01", on="2012-06-01", conv="2012-05-10").replace(
        "for a, b  against c", "for b  against a, c")
    result = gcs.reason(gcs.loads(text), explain=True)
    c = next(c for c in result.conclusions if str(c) == "deliberation_invalid(ag1, d1, not_adopted)")
    assert "R6133-21@2010-07-26.II.1" in c.provisions
