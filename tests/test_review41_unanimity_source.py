"""Review 41 (round 17), fixer C, finding 2: the explanation of a deliberation not adopted (or adopted) for want of
(or with) a unanimity names the source of that unanimity.

The texts. R6133-14 of 2006 al. 2: « Dans les matières définies aux 5° et 6° de l'article R. 6133-13, les délibérations
doivent être adoptées à l'unanimité des membres présents ou représentés. Dans les autres matières, sauf mention
contraire de la convention constitutive, les délibérations sont adoptées si elles recueillent la majorité des voix des
membres présents ou représentés. » R6133-21 II al. 1 of 2010: « Les délibérations mentionnées au 1°, au 12° et au 22°
du I doivent être adoptées à l'unanimité des membres présents ou représentés. Dans les autres matières, sauf mention
contraire de la convention constitutive, ... »; R6133-26 II al. 1 of 2017 (repeated in 2024): « Les délibérations
mentionnées au 1°, au 12°, au 22° et au 23° du I doivent être adoptées à l'unanimité ... », and the same « autres
matières » sentence.

The finding. When the unanimity a deliberation needed was the convention's (its `majority X unanimity` clause, for a
matter the text leaves to the majority), the step `not_adopted` (and `adopted`) quoted the text's unanimity sentence
(« à l'unanimité des membres présents ou représentés »), a sentence about other matters.

The reading. The unanimity rules are split by source: the text's (a matter of 5° or 6° in 2006, a seat transfer being
5°; 1°, 12°, 22° in 2010; 1°, 12°, 22°, 23° from 2017, not a request outside 22°) quotes the text's sentence; the
convention's (its clause for another matter, or for the requests applied to a request outside 22°) quotes « Dans les
autres matières, sauf mention contraire de la convention constitutive » and shows the clause as a fact with its line.
Each step says which one in words (« que le texte exige » / « que la convention constitutive exige »). In 2006 the
conclusion deliberation_invalid(A, Dl, not_adopted) also quotes the 5°/6° sentence for those matters and the « autres
matières » sentence for the others (as the rules of 2010 and 2017 already did). The conclusions are unchanged.
"""

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.explain import DerivedNode, FactNode

TEMPLATE = """groupement g "GCS U" {
  as of AS_OF
  approved APPROVED
  seat "Dijon" region "REGION"
  member a "CH A" { kind health_establishment sector public region "REGION" rights 50 }
  member b "CH B" { kind health_establishment sector public region "REGION" rights 30 }
  member c "CH C" { kind health_establishment sector public region "REGION" rights 20 }
  convention {
    object "Logistique"
    majority budget unanimity
    majority internal_rules unanimity
    majority authorisation_request unanimity
    vote_weight rights
  }
  authorisation scanner heavy_equipment "Scanographe" held_by groupement
  assembly ag1 on DAY {
    convened_on CONVENED by administrator
    present a, b, c
    deliberation d_budget on budget { for a, b against c }
    deliberation d_change on convention_change { for a, b against c }
    deliberation d_rules on internal_rules { for a, b, c }
    deliberation d_accounts on accounts { for a, b against c }
    deliberation d_scanner on authorisation_request of scanner { for a, b against c }
  }
}
"""

ERAS = {
    2006: dict(AS_OF="2007-12-31", APPROVED="2006-03-01", REGION="Bourgogne", DAY="2007-05-15",
               CONVENED="2007-04-27"),
    2010: dict(AS_OF="2012-12-31", APPROVED="2011-03-01", REGION="Bourgogne", DAY="2012-05-15",
               CONVENED="2012-04-27"),
    2017: dict(AS_OF="2019-12-31", APPROVED="2018-03-01", REGION="Bourgogne-Franche-Comté", DAY="2019-05-15",
               CONVENED="2019-04-27"),
}

# the text's unanimity sentence of each era (the first sentence of the alinéa), as the rules quote it
TEXT_SENTENCE = {
    2006: "Dans les matières définies aux 5° et 6° de l'article R. 6133-13, les délibérations doivent être adoptées "
          "à l'unanimité des membres présents ou représentés.",
    2010: "Les délibérations mentionnées au 1°, au 12° et au 22° du I doivent être adoptées à l'unanimité des membres "
          "présents ou représentés.",
    2017: "Les délibérations mentionnées au 1°, au 12°, au 22° et au 23° du I doivent être adoptées à l'unanimité des "
          "membres présents ou représentés.",
}
OTHER_MATTERS = "Dans les autres matières, sauf mention contraire de la convention constitutive"
PROVISION = {2006: "R6133-14@2006-01-01.2", 2010: "R6133-21@2010-07-26.II.1", 2017: "R6133-26@2017-04-28.II.1"}

_CACHE: dict = {}


def text(era):
    t = TEMPLATE
    for k, v in ERAS[era].items():
        t = t.replace(k, v)
    return t


def run(era):
    if era not in _CACHE:
        _CACHE[era] = gcs.reason(gcs.loads(text(era), path="<review41>"), explain=True)
    return _CACHE[era]


def line_of(era, words):
    [n] = [i for i, l in enumerate(text(era).splitlines(), 1) if l.strip() == words]
    return n


def step(res, conclusion, name):
    """The child node `name(...)` of the explanation of `conclusion`."""
    tree = res.explain(conclusion)
    found = [n for n in tree.because if isinstance(n, DerivedNode) and n.conclusion.startswith(name + "(")]
    assert found, f"no {name} step under {conclusion}"
    return tree, found[0]


def facts(node):
    return {(n.fact, n.line) for n in node.because if isinstance(n, FactNode)}


def conclusions(res):
    return {str(c) for c in res.conclusions}


ALL = [2006, 2010, 2017]


@pytest.mark.parametrize("era", ALL)
def test_the_conclusions_are_the_same(era):
    found = conclusions(run(era))
    for d in ("d_budget", "d_change", "d_scanner"):
        assert f"deliberation_invalid(ag1, {d}, not_adopted)" in found
    assert "deliberation_valid(ag1, d_rules)" in found
    assert "deliberation_valid(ag1, d_accounts)" in found  # the majority (80 of 100) where no clause speaks


@pytest.mark.parametrize("era", ALL)
def test_the_conventions_unanimity_is_shown_with_its_clause(era):
    res = run(era)
    _, node = step(res, "deliberation_invalid(ag1, d_budget, not_adopted)", "not_adopted")
    assert node.conclusion == "not_adopted(ag1, d_budget)"
    assert node.quote == OTHER_MATTERS
    assert "unanimité" not in node.quote
    assert PROVISION[era] in node.provisions
    assert ("majority(budget, unanimity)", line_of(era, "majority budget unanimity")) in facts(node)


@pytest.mark.parametrize("era", ALL)
def test_the_texts_unanimity_is_quoted_from_the_text(era):
    res = run(era)
    _, node = step(res, "deliberation_invalid(ag1, d_change, not_adopted)", "not_adopted")
    assert node.quote == TEXT_SENTENCE[era]
    assert PROVISION[era] in node.provisions
    assert not any(f.startswith("majority(") for f, _ in facts(node))  # anchor: the clause is not what decided
    assert ("majority(budget, unanimity)", line_of(era, "majority budget unanimity")) not in facts(node)


@pytest.mark.parametrize("era", [2010, 2017])
def test_the_conventions_unanimity_for_a_request_outside_22(era):
    # a request for a heavy equipment is not the request of 22° (another matter): the convention's unanimity for
    # the requests applies to it, its clause shown
    res = run(era)
    _, node = step(res, "deliberation_invalid(ag1, d_scanner, not_adopted)", "not_adopted")
    assert node.quote == OTHER_MATTERS
    assert ("majority(authorisation_request, unanimity)",
            line_of(era, "majority authorisation_request unanimity")) in facts(node)


def test_a_request_in_2006_is_another_matter_under_the_conventions_unanimity():
    res = run(2006)
    _, node = step(res, "deliberation_invalid(ag1, d_scanner, not_adopted)", "not_adopted")
    assert node.quote == OTHER_MATTERS
    assert ("majority(authorisation_request, unanimity)",
            line_of(2006, "majority authorisation_request unanimity")) in facts(node)


@pytest.mark.parametrize("era", ALL)
def test_the_steps_say_which_unanimity_in_words(era):
    res = run(era)
    words = res.explain("deliberation_invalid(ag1, d_budget, not_adopted)").text("fr")
    assert "n'a pas recueilli l'unanimité des membres présents ou représentés que la convention constitutive exige" \
        in words
    words = res.explain("deliberation_invalid(ag1, d_change, not_adopted)").text("fr")
    assert "n'a pas recueilli l'unanimité des membres présents ou représentés que le texte exige" in words
    assert "que la convention constitutive exige" not in words


@pytest.mark.parametrize("era", ALL)
def test_an_adoption_by_the_conventions_unanimity_shows_its_clause(era):
    res = run(era)
    tree = res.explain("deliberation_valid(ag1, d_rules)")

    def walk(n):
        yield n
        for b in getattr(n, "because", ()):
            yield from walk(b)

    [node] = [n for n in walk(tree) if isinstance(n, DerivedNode) and n.conclusion == "adopted(ag1, d_rules)"][:1]
    assert node.quote == OTHER_MATTERS
    assert ("majority(internal_rules, unanimity)", line_of(era, "majority internal_rules unanimity")) in facts(node)


def test_2006_the_conclusion_quotes_the_sentence_of_its_matter():
    res = run(2006)
    change = res.explain("deliberation_invalid(ag1, d_change, not_adopted)")
    assert change.quote == TEXT_SENTENCE[2006]
    budget = res.explain("deliberation_invalid(ag1, d_budget, not_adopted)")
    assert budget.quote.startswith(OTHER_MATTERS)
    assert "majorité des voix" in budget.quote


def test_the_cli_explains_the_conventions_clause(tmp_path, capsys):
    from gcs_reasoner.cli import main

    f = tmp_path / "u2017.gcs"
    f.write_text(text(2017), encoding="utf-8")
    try:
        main(["explain", str(f), "deliberation_invalid(ag1, d_budget, not_adopted)"])
    except SystemExit as e:
        assert not e.code
    out = capsys.readouterr().out
    assert f"majority budget unanimity  ← {f}, ligne {line_of(2017, 'majority budget unanimity')}" in out
    assert "« Dans les autres matières, sauf mention contraire de la convention constitutive »" in out
