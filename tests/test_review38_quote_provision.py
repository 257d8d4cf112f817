"""A quote is shown under a provision whose text holds it (review 38, reviewer 4, finding F2).

A rule citing two provisions carries one quote (rule_files._metadata); the explanation shows the first
provision cited and then that quote (explain.DerivedNode.provision, the JSON node's "provision" and
"quote", the words of the text tree). Three rules cited first a provision whose text does not hold
their quote:

- dissolved_on(assembly_decision, ...) cited R6133-8 of 2010, whose al. 1 reads « Il peut également
  être dissous par décision de l'assemblée générale, notamment du fait de la réalisation ou de
  l'extinction de son objet. », with the quote « 1° Par décision de l'assemblée générale », the words
  of L6133-9 of 2017;
- conflict(L6133-3 I, R6133-1-1 al. 4, legal_personality) cited R6133-1-1 of 2017 (« Le groupement
  jouit de la personnalité morale à compter de la décision d'approbation ... ») with the law's words
  « Ce groupement acquiert la personnalité morale à dater de cette publication. »;
- approval_required(ars_director_general, operate_authorisation(M)) cited L6133-1 4° with the words
  of R6133-12 III of 2017 (« Lorsque l'exploitation en commun par le groupement des autorisations »).

Eighteen other rules had the same fault (tests below). Mended: each rule cites first the provision its
quote is taken from, and the version chosen for a node (versions.applied_citation) puts first the
applied provision whose text holds the quote, or else shows the first one's own words. Each test of
the three scenarios failed before the change.
"""

from itertools import combinations

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import law
from gcs_reasoner.program import load_program
from gcs_reasoner.versions import applied_citation, applied_quote

PROGRAM = load_program()
CITING = [r for r in PROGRAM.rules if not r.auxiliary]
_IN_TEXT: dict = {}


def _in_text(pid: str, quote: str) -> bool:
    k = (pid, quote)
    if k not in _IN_TEXT:
        _IN_TEXT[k] = law.quote_in_text(pid, quote)
    return _IN_TEXT[k]


def test_every_rule_quotes_the_first_provision_it_cites():
    """The provision shown with the quote when every provision cited applies (and the first shown by
    why-not): its text holds the quote."""
    assert len(CITING) > 1000
    wrong = [f"{r.file}:{r.line} [{', '.join(r.provisions)}] « {r.quote} »"
             for r in CITING if not _in_text(r.provisions[0], r.quote)]
    assert not wrong, "the quote is not in the text of the first provision cited:\n  " + "\n  ".join(wrong)


def test_every_version_applied_shows_a_quote_its_text_holds():
    """Whatever versions of a rule's provisions apply (any of them, in the rule's order: explain
    narrows a node's provisions to those applied), the provision shown first holds the quote shown
    (the rule's, or the words of that version), and no cited provision is lost or added."""
    wrong = []
    checked = 0
    for r in CITING:
        cited = list(r.provisions)
        if len(cited) < 2:
            continue
        for n in range(1, len(cited) + 1):
            for applied in combinations(cited, n):
                shown, quote = applied_citation(list(applied), cited, r.quote)
                checked += 1
                assert sorted(shown) == sorted(applied), (r.file, r.line, applied, shown)
                if not _in_text(shown[0], quote):
                    wrong.append(f"{r.file}:{r.line} {shown[0]} « {quote[:80]} »")
                assert applied_quote(list(applied), cited, r.quote) == quote
    assert checked > 2000
    assert not wrong, "\n  ".join(wrong[:40])


def test_the_quoted_provision_is_put_first_and_a_renumbered_version_shows_its_own_words():
    quote = "1° Par décision de l'assemblée générale"
    cited = ["L6133-9@2017-01-14.1.1", "R6133-8@2010-07-26.1"]
    # both applied, in either order: L6133-9, whose text it is, first
    assert applied_citation(cited, cited, quote) == (cited, quote)
    assert applied_citation(cited[::-1], cited, quote) == (cited, quote)
    # R6133-8 of 2010 alone (the law not in force): its own words, which do not hold the 1°
    shown, words = applied_citation(["R6133-8@2010-07-26.1"], cited, quote)
    assert shown == ["R6133-8@2010-07-26.1"]
    assert words != quote and "Il peut également être dissous par décision de l'assemblée générale" in words


def _node(path: str, atom: str):
    result = gcs.reason(gcs.load(path))
    return result.explain(atom)


def test_assembly_dissolution_quote_under_l6133_9():
    node = _node("facts/dissol17_assembly_0427.gcs", "dissolved_on(assembly_decision, 2017-04-28)")
    assert node.provision == "L6133-9@2017-01-14.1.1"
    assert node.quote == "1° Par décision de l'assemblée générale"
    assert "R6133-8@2010-07-26.1" in node.provisions  # the decree of 2010 still cited
    d = node.as_dict()
    assert d["provision"] == "L6133-9@2017-01-14.1.1" and d["quote"] == "1° Par décision de l'assemblée générale"
    assert law.quote_in_text(d["provision"], d["quote"])


def test_legal_personality_conflict_quote_under_the_law():
    node = _node("facts/approval17_express_late.gcs",
                 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)')
    assert node.provision == "L6133-3@2017-01-14.I.2"
    assert node.quote == "Ce groupement acquiert la personnalité morale à dater de cette publication."
    assert set(node.provisions) == {"L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4"}
    # the decree of 2017 says otherwise: its text does not hold the law's words
    assert not law.quote_in_text("R6133-1-1@2017-04-28.4", node.quote)


def test_operate_authorisation_quote_under_r6133_12_iii():
    node = _node("facts/conv17_complete_2018_06_01.gcs",
                 "approval_required(ars_director_general, operate_authorisation(clinique_p))")
    assert node.provision == "R6133-12@2017-04-28.III"
    assert node.quote.startswith("Lorsque l'exploitation en commun par le groupement des autorisations")
    assert "L6133-1@2018-01-19.2.4" in node.provisions
    assert law.quote_in_text(node.provision, node.quote)


@pytest.mark.parametrize("path", ["facts/dissol17_assembly_0427.gcs", "facts/approval17_express_late.gcs",
                                  "facts/conv17_complete_2018_06_01.gcs"])
def test_every_node_of_these_files_quotes_its_own_provision(path):
    """Every node of every conclusion's tree (a positive anchor: the file draws conclusions)."""
    result = gcs.reason(gcs.load(path))
    assert len(result.conclusions) > 5
    wrong, seen = [], 0

    def walk(n):
        nonlocal seen
        if getattr(n, "provisions", None) and n.quote:
            seen += 1
            if not law.quote_in_text(n.provision, n.quote):
                wrong.append(f"{n.conclusion} [{n.provision}] « {n.quote} »")
        for b in getattr(n, "because", ()):
            walk(b)

    for c in result.conclusions:
        walk(result.explain(c))
    assert seen > 10
    assert not wrong, "\n  ".join(wrong)
