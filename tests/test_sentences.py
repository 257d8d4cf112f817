"""Every conclusion in words: each conclusion predicate, and each predicate a
legal rule derives (it can show in an explanation), has a sentence in French
and in English in a `% say` block beside a rule that derives it."""

import re

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.program import load_program
from gcs_reasoner.result import WARNING_PREDICATES
from gcs_reasoner.sentences import parse_pattern

PROGRAM = load_program()


def _needing_words():
    """Conclusions, heads of legal rules, and totals: the heads of auxiliary rules with an
    aggregate over atoms (`#sum { R,M: rights(M,R) }`, not `#min { D; L }`), which stay nodes
    of their own in explanations (explain.py)."""
    heads = {r.signature for r in PROGRAM.rules
             if not r.auxiliary or any(":" in a.split("{", 1)[1] for a in r.aggregates)}
    return sorted((set(PROGRAM.shown) | heads) - WARNING_PREDICATES)


@pytest.mark.parametrize("pred", _needing_words(), ids=lambda p: f"{p[0]}/{p[1]}")
def test_every_predicate_has_a_sentence_in_both_languages(pred):
    says = PROGRAM.sentences.get(pred, [])
    assert says, f"{pred[0]}/{pred[1]}: no `% say` block beside a rule that derives it"
    for pattern, fr, en, where in says:
        assert fr and en, f"{where}: `say {pattern}` lacks its French or English sentence"


def _variables(p):
    if p[0] == "var":
        return {p[1]}
    if p[0] == "const":
        return set()
    return set().union(*(_variables(a) for a in p[2])) if p[2] else set()


@pytest.mark.parametrize("say", [s for v in PROGRAM.sentences.values() for s in v], ids=lambda s: s[3])
def test_a_sentence_fills_only_the_variables_of_its_pattern(say):
    pattern, fr, en, where = say
    known = _variables(parse_pattern(pattern))
    for text in (fr, en):
        used = set(re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", text))
        assert used <= known, f"{where}: {sorted(used - known)} not in `{pattern}`"
        assert "«" not in text or "»" in text, f"{where}: an unclosed « in {text!r}"


def test_the_most_specific_pattern_wins_and_values_are_written_out():
    r = gcs.reason(gcs.load("facts/dissolution_single_member.gcs"))
    assert r.find("nature(public)").sentence("fr") == "Le groupement est une personne morale de droit public."
    assert r.find("nature(public)").sentence("en") == "The groupement is a legal person governed by public law."
    from gcs_reasoner.sentences import value
    import clingo

    d = clingo.Function("d", [clingo.Number(2008), clingo.Number(3), clingo.Number(1)])
    assert value(d, "fr", {}) == "1er mars 2008"
    assert value(d, "en", {}) == "1 March 2008"
    assert value(clingo.Function("ch_vannes"), "fr", r.names) == "Centre hospitalier de Vannes"


def test_a_nested_function_is_more_specific_than_a_variable():
    import clingo

    from gcs_reasoner.sentences import _match, parse_pattern

    atom = clingo.Function("event_not_judged", [clingo.Function("assembly", [clingo.Function("ag1")]),
                                                clingo.Function("d", [clingo.Number(2005), clingo.Number(1), clingo.Number(2)])])
    general = _match(parse_pattern("event_not_judged(E, X)"), atom, {})
    specific = _match(parse_pattern("event_not_judged(assembly(A), X)"), atom, {})
    assert specific > general


def _negated_auxiliaries():
    """The predicates a rule's body asks to be absent (`not p(...)`) that rules derive: an explanation shows
    them (« Il n'est pas établi que : … », why-not's « ce qui l'exclut »), auxiliary or not; the text in
    force (in_force/3, in_force_id/2) is said by its own words."""
    heads = {r.signature for r in PROGRAM.rules}
    found = set()
    for r in PROGRAM.rules:
        body = r.text.split(":-", 1)[1] if ":-" in r.text else ""
        for m in re.finditer(r"not ([a-z_][a-zA-Z0-9_]*)(\((?:[^()]|\([^()]*\))*\))?", body):
            args = m.group(2)
            arity = 0 if not args else len(re.split(r",(?![^(]*\))", args[1:-1]))
            sig = (m.group(1), arity)
            if sig in heads and sig[0] not in ("in_force", "in_force_id"):
                found.add(sig)
    return sorted(found)


@pytest.mark.parametrize("pred", _negated_auxiliaries(), ids=lambda p: f"{p[0]}/{p[1]}")
def test_every_predicate_an_explanation_shows_absent_has_a_sentence(pred):
    """Found by review (stop 26): « assembly in three years (1er mars 2022) », « jo billing not authorised »
    were shown as raw names in the trees."""
    assert PROGRAM.sentences.get(pred), f"{pred[0]}/{pred[1]}: no `% say` block beside a rule that derives it"
