"""Review 41 (round 17), fixer C, finding 1: the category of biology laboratories in the list of competences the
agency may transfer, in the words of the version in force on the decision's date.

The texts. R6133-22 of 2009 (in force 2009-06-27 to 2010-07-25): « Le directeur de l'agence régionale de
l'hospitalisation fixe les compétences transférées ... parmi celles relevant des catégories suivantes : ... 5°
Laboratoires d'analyses de biologie médicale ; ». R6133-25 of 2010 (2010-07-26 to 2017-04-27) and R6133-30 of 2017
(from 2017-04-28), otherwise word for word the same list: « 5° Laboratoires de biologie médicale ; ». No other
version of the folder lists the categories (L6133-1, R6133-1 and R6133-3 do not speak of them).

The finding. listed_category(biology_laboratory), what transfer_invalid(C) asks, was a fact with no date, no
provision and a sentence mixing both versions' words (« 5° Laboratoires de biologie médicale » (en 2009 : ...)).

The reading. listed_category(C, D): on the date D of a decision that transfers competences of category C, C is among
those the text in force that day lists. One rule per item, citing R6133-22 of 2009 and, as same_as, R6133-25 of 2010
and R6133-30 of 2017; item 5° has one rule per wording: « Laboratoires d'analyses de biologie médicale » under the
text of 2009 (until 2010-07-25), « Laboratoires de biologie médicale » from 2010-07-26 (R6133-25, R6133-30 repeating
it). The predicate's own sentence (the one a why-not says, the rules of listed_category/2 recording no derivation:
they are read only through `not`) gives each wording with its dates. No conclusion changes.
"""

import re
from pathlib import Path

import pytest

import gcs_reasoner as gcs

LEGAL = Path("/work/shared/legal/versions")

T = """groupement g "GCS T" {
  as of 2018-01-01
  approved 2009-01-10
  seat "Arras" region "Nord-Pas-de-Calais"
  member a "CH A" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 40 }
  ars_decision d5 on DAY { transfers biology_laboratory, other }
}
"""


def run(day):
    return gcs.reason(gcs.loads(T.replace("DAY", day), path="<review41>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def rules_of(program, name, arity, constant=None):
    return [r for r in program.rules if r.head == f"{name}/{arity}" and (constant is None or constant in r.text)]


def version_text(name):
    text = (LEGAL / name).read_text(encoding="utf-8").split("---", 1)[1]
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def program():
    return run("2011-01-01").program


def test_two_rules_for_item_5_each_in_its_versions_words(program):
    rules = rules_of(program, "listed_category", 2, "biology_laboratory")
    assert len(rules) == 2
    old, new = rules
    assert old.provisions == ["R6133-22@2009-06-27.1.5"]
    assert old.quote == "5° Laboratoires d'analyses de biologie médicale ;"
    assert 'in_force("R6133-22","2009-06-27",D)' in old.text  # only while the text of 2009 is in force
    assert new.provisions == ["R6133-25@2010-07-26.1.5", "R6133-30@2017-04-28.1.5"]
    assert new.quote == "5° Laboratoires de biologie médicale ;"
    assert version_text("R6133-22__2009-06-27__S5.txt").count(old.quote) == 1
    assert old.quote not in version_text("R6133-25__2010-07-26__S3.txt")
    for f in ("R6133-25__2010-07-26__S3.txt", "R6133-30__2017-04-28__S3.txt"):
        assert new.quote in version_text(f)
        assert "d'analyses" not in version_text(f)


def test_every_other_item_quotes_its_words_with_its_repeats(program):
    rules = [r for r in rules_of(program, "listed_category", 2) if "biology_laboratory" not in r.text]
    assert len(rules) == 9
    for r in rules:
        n = r.provisions[0].rsplit(".", 1)[1]
        assert r.provisions == [f"R6133-22@2009-06-27.1.{n}", f"R6133-25@2010-07-26.1.{n}",
                                f"R6133-30@2017-04-28.1.{n}"]
        for f in ("R6133-22__2009-06-27__S5.txt", "R6133-25__2010-07-26__S3.txt", "R6133-30__2017-04-28__S3.txt"):
            assert r.quote in version_text(f), (r.line, f)
    assert not rules_of(program, "listed_category", 1)  # the dateless facts are gone


def test_no_sentence_of_the_predicate_mixes_the_words_without_dates(program):
    for pattern, fr, en, _ in program.sentences[("listed_category", 2)]:
        if "biology_laboratory" not in pattern:
            continue
        assert "en 2009" not in fr
        if "d'analyses" in fr and "Laboratoires de biologie" in fr.replace("laboratoires", "Laboratoires"):
            # both wordings in one sentence: each with its dates
            assert "jusqu'au 25 juillet 2010" in fr and "à partir du 26 juillet 2010" in fr
            assert "until 25 July 2010" in en and "from 26 July 2010" in en


@pytest.mark.parametrize("day", ["2010-07-25", "2010-07-26", "2017-05-02"])
def test_biology_is_a_listed_category_on_every_day(day):
    res = run(day)
    found = conclusions(res)
    assert "competence_transferred(biology_laboratory)" in found  # anchor
    assert "transfer_invalid(other)" in found  # anchor: the list is asked about that day
    assert "transfer_invalid(biology_laboratory)" not in found
    why = res.why_not("transfer_invalid(biology_laboratory)").text("fr")
    assert "n'est pas établi" in why
    # the condition that blocks it: the category listed on the decision's date, each wording dated
    assert "jusqu'au 25 juillet 2010 : laboratoires d'analyses de biologie médicale" in why
    assert "à partir du 26 juillet 2010 : laboratoires de biologie médicale" in why
    assert "en 2009" not in why


def test_other_is_no_listed_category_on_either_side_of_the_change():
    for day in ("2010-07-25", "2010-07-26"):
        res = run(day)
        node = res.explain("transfer_invalid(other)")
        assert f"not listed_category(other, {day})" in node.unless
        assert "parmi celles relevant des catégories suivantes :" == node.quote


def test_before_the_text_of_2009_nothing_is_judged():
    res = run("2009-05-01")
    warnings = {w.atom for w in res.warnings}
    assert "not_judged(competence_transfer, d5, 2009-05-01)" in warnings  # anchor
    found = conclusions(res)
    assert "transfer_invalid(other)" not in found
    assert "competence_transferred(biology_laboratory)" not in found
