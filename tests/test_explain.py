"""Explanation trees (gcs_reasoner/explain.py): every negated condition the rules
relied on is in the tree, auxiliary steps fold into the legal step they serve,
the text in force is kept as such."""

from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.explain import DerivedNode, _is_total, build_all
from gcs_reasoner.symbols import render_atom

from .edited import derived_nodes

ROOT = Path(__file__).resolve().parent.parent


def _sample() -> list[Path]:
    """Two scenarios of each topic of facts/ (prefix before '_'): the first and the last, which
    hold the explanation machinery to every kind of rule without explaining all 300 goldens
    (their conclusions are checked by tests/test_scenarios.py)."""
    by_topic: dict = {}
    for p in sorted((ROOT / "facts").glob("*.gcs")):
        by_topic.setdefault(p.stem.split("_")[0], []).append(p)
    return sorted({p for files in by_topic.values() for p in (files[0], files[-1])})


FILES = _sample()


def _uses(result, record):
    """The atoms a derivation record rests on: its positive body and its aggregates' element conditions."""
    idx, _head, values, pos, _neg, _cmp, aggs = record.arguments
    out = list(pos.arguments)
    for k in range(len(aggs.arguments)):
        for e in result.trace.elements(idx.number, k, values.arguments):
            out.extend(e.arguments[5].arguments)
    return out


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_unless_is_every_negative_literal_of_the_rules_used(path):
    """A node's `unless` equals the negative body literals (instantiated) of its own rule and of
    every auxiliary rule folded into it, in that order, no more, no less. An auxiliary atom
    used is folded, or is a total (an aggregate over atoms) that stays a node among the reasons,
    or is of a demand predicate (`% auxiliary (demand)`: on which days a question is asked, not
    folded, review 41)."""
    result = gcs.reason(gcs.load(path.relative_to(ROOT)), explain=True)
    program, origins = result.program, result.facts.origins()
    trees = build_all(result, [c.symbol for c in result.conclusions], max_elements=None)
    problems = []
    for node in derived_nodes(*trees):
        if not node.records:
            continue
        heads = {r.arguments[1] for r in node.records}
        heads |= {b.symbol for b in node.because if _is_total(b)}
        assert node.records[0].arguments[1] == node.symbol or node.note, node.conclusion
        # the records folded are those of the auxiliary atoms used (completeness)
        for record in node.records:
            for atom in _uses(result, record):
                if str(atom) in origins or str(atom) in result.facts.rounds:
                    continue
                derivations = result.trace.derivations(atom)
                if (atom.name, len(atom.arguments)) in program.demand_predicates:
                    continue  # not folded: its conditions are none of the node's (explain._Builder._demand_step)
                if derivations and program.rule(derivations[0].arguments[0].number).auxiliary and atom not in heads:
                    if not any(program.rule(d.arguments[0].number).auxiliary and d.arguments[1] in heads
                               for d in derivations):
                        problems.append(f"{node.conclusion}: auxiliary {atom} used but not folded")
        expected = []
        for record in node.records:
            for n in record.arguments[4].arguments:
                text = f"not {render_atom(n)}"
                if text not in expected:
                    expected.append(text)
        if node.unless != expected:
            problems.append(f"{node.conclusion}: unless {node.unless} != {expected}")
        assert len(node.negations) == len(node.unless)
    assert not problems, "\n".join(problems[:10])


def test_an_auxiliary_rule_s_negation_is_kept_beside_the_rule_s_own():
    """The bug of issue 8: the rule's own `unless` overwrote those lifted from its auxiliary steps."""
    result = gcs.reason(gcs.load("facts/withdrawal_notice.gcs"), explain=True)
    tree = result.explain("member(chru_tours)")
    assert "not left_before(chru_tours, 2008-06-30)" in tree.unless  # from member_on/2 (auxiliary)
    assert "not joined(chru_tours, _)" in tree.unless  # the rule's own


def test_text_in_force_is_kept_and_auxiliary_steps_aside():
    result = gcs.reason(gcs.load("facts/withdrawal_notice.gcs"), explain=True)
    tree = result.explain("withdrawal_effective(clinique_loire, 2008-12-31)")
    assert [(t.article, t.version, render_atom(t.on)) for t in tree.texts] == [("R6133-5", "2006-01-01", "2007-09-03")]
    assert any(s.atom.startswith(("in_force(", "in_force_id(")) for s in tree.steps)
    # the calendar facts stay in the raw tree (JSON) but are marked as the text in force's
    hidden = [b for b in tree.because if ("fact", getattr(b, "fact", ""), getattr(b, "line", 0)) in tree.hidden]
    assert hidden and all(b.fact.startswith(("text_period(", "law_date(", "provision_text(", "same_as(")) for b in hidden)
    d = tree.as_dict()
    assert d["atom"] == "withdrawal_effective(clinique_loire, 2008-12-31)" and d["rule"].startswith("rules/")
    assert {"conclusion", "provision", "quote", "because"} <= set(d)


def test_one_spelling_the_contract_s():
    result = gcs.reason(gcs.load("facts/withdrawal_notice.gcs"), explain=True)
    from gcs_reasoner.symbols import find, spell

    c = find(result.conclusions, "avenant_required(withdrawal(clinique_loire))")
    assert c is not None and c is find(result.conclusions, "avenant_required(withdrawal:clinique_loire)")
    assert spell(c.symbol) == "avenant_required(withdrawal:clinique_loire)"
    assert result.explain(c).conclusion == spell(c.symbol)
    assert find(result.conclusions, "avenant_required(withdrawal:ch_amboise)") is None


def test_a_total_is_one_node_shared_by_the_conclusions_that_use_it():
    """The vote shares of public_imaging each rest on the members' total rights
    (current_rights_total, an auxiliary rule with an aggregate): one node, among the reasons of
    each share, which lists the three members; a share lists only its own member."""
    result = gcs.reason(gcs.load("facts/public_imaging.gcs"), explain=True)
    shares = [c for c in result.conclusions if c.predicate == "vote_share"]
    assert len(shares) == 3
    trees = build_all(result, [c.symbol for c in shares])
    totals = [[b for b in t.because if isinstance(b, DerivedNode) and b.conclusion == "current_rights_total(100)"]
              for t in trees]
    assert [len(t) for t in totals] == [1, 1, 1]
    assert totals[0][0] is totals[1][0] is totals[2][0]
    total = totals[0][0]
    assert not total.provisions and _is_total(total)
    assert sorted(_members(total)) == sorted(str(c.args[0]) for c in shares)
    for tree, share in zip(trees, shares):
        assert _members(tree) == [str(share.args[0])]


def _members(node) -> list[str]:
    """The members whose statement (`declared_member(M)`) is among the node's reasons."""
    return [b.fact[len("declared_member("):-1] for b in node.because
            if not isinstance(b, DerivedNode) and b.fact.startswith("declared_member(")]


def test_a_total_in_json_is_written_once():
    from gcs_reasoner.render.json_out import as_dict

    result = gcs.reason(gcs.load("facts/public_imaging.gcs"), explain=True)
    doc = as_dict(result)
    uses = [b for c in doc["conclusions"] if c["predicate"] in ("vote_share", "debt_share")
            for b in c["trace"]["because"] if b.get("conclusion") == "current_rights_total(100)"]
    written = [b for b in uses if "ref" not in b]  # in full where first used, with its id
    assert len(written) == 1 and written[0]["quote"] == "(auxiliary rule)" and written[0]["because"]
    refs = [b for b in uses if b.get("ref") == written[0]["id"]]
    assert len(refs) == 5 and all(b["because"] == [] for b in refs)


def test_an_aggregate_element_lists_each_counted_atom():
    """`#sum { A,I: counted_amount_2009(B,I,_,A) }`: each element's own `_` (the member), not the
    body's (a bug named both Anon__0, and the element records kept only amounts whose member
    equalled some item's id: none)."""
    result = gcs.reason(gcs.load("facts/nature09_majority_public.gcs"), explain=True)
    total = result.explain("nature(public)")
    found = []

    def walk(n):
        for a in getattr(n, "aggregates", []):
            if "#sum { A,I: counted_amount_2009(Dn,B,I,_,A) }" in a.text:
                found.append(a)
        for b in getattr(n, "because", []):
            walk(b)
    walk(total)
    assert found, "the total of the amounts compared is among the reasons"
    assert sorted(str(terms[0]) for terms, _conds in found[0].elements) == ["40000", "60000"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_no_two_nodes_share_a_list_and_empty_sequences_stay_empty(path):
    """A node's sequences left empty are one shared empty tuple (DerivedNode): the builder makes a
    list of its own when it first adds to one. Were it to add to the shared one, or to a list of
    another node, a reason would appear in nodes it is not a reason of."""
    result = gcs.reason(gcs.load(str(path)), explain=True)
    nodes = list(derived_nodes(*build_all(result, [c.symbol for c in result.conclusions])))
    assert nodes, "a file without derived nodes tests nothing here"
    owner: dict = {}
    for n in nodes:
        for name in ("because", "unless", "computed", "comparisons", "aggregates", "negations", "texts", "steps",
                     "own", "parts", "not_in_folder", "provisions"):
            value = getattr(n, name)
            if isinstance(value, tuple):
                assert value == (), f"{n.conclusion}: {name} is a non-empty tuple"
                continue
            assert isinstance(value, list)
            assert owner.setdefault(id(value), id(n)) == id(n), f"{n.conclusion}: {name} shared with another node"
        assert isinstance(n.hidden, (set, frozenset))
        if isinstance(n.hidden, frozenset) and not n.parts:  # (a lifted root merges two nodes' keys)
            assert not n.hidden, f"{n.conclusion}: keys added to the shared empty set"


def test_a_node_s_variable_values_are_read_from_its_record_when_asked():
    """`bound` (the rule's variables and their values: `--detail`, the words of a comparison) is
    read from the node's own record when first asked, for nodes with a comparison and without."""
    result = gcs.reason(gcs.load("facts/public_imaging.gcs"), explain=True)
    nodes = list(derived_nodes(*build_all(result, [c.symbol for c in result.conclusions])))
    with_values = [n for n in nodes if n.own and result.program.rule(n.own[0].rule).variables]
    assert with_values and any(n.comparisons for n in with_values) and any(not n.comparisons for n in with_values)
    for n in with_values:
        rule = result.program.rule(n.own[0].rule)
        assert list(n.bound) == rule.variables
        assert [str(v) for v in n.bound.values()] == [str(v) for v in n.own[0].values]
        if rule.comparisons and not n.parts:  # the words of its own comparisons read the same values
            assert any(c.values is n.bound for c in n.comparisons), n.conclusion


def test_a_tree_says_itself_in_words_as_the_explain_command_does(capsys):
    """`result.explain(...).text()` (the package's documented example) is the tree `gcs-reasoner
    explain` prints, between the conclusion's spelling and the date line."""
    from gcs_reasoner.cli import main

    result = gcs.reason(gcs.load(str(ROOT / "facts" / "public_imaging.gcs")))
    tree = result.explain("nature(public)")
    assert main(["explain", str(ROOT / "facts" / "public_imaging.gcs"), "nature(public)", "--lang", "en"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "nature(public)"
    assert tree.text("en").splitlines() == printed[1:-1]
    assert "L6133-1" in tree.text() and "personne morale de droit public" in tree.text()
