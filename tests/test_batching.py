"""Files reasoned on together in one clingo run (batching.py): each file's result is the one it has
alone, whatever its neighbours; a file the batch cannot settle is reasoned on alone."""

from __future__ import annotations

import json
from pathlib import Path

import clingo
import clingo.ast as ast
import pytest
from clingo.ast import ASTType

import gcs_reasoner as gcs
from gcs_reasoner import batching, reasoning
from gcs_reasoner.program import load_program
from gcs_reasoner.render.json_out import as_dict

FACTS = Path(__file__).resolve().parent.parent / "facts"
# small and large files, one that needs a second round (an exclusion: reasoning.ROUNDS), one whose
# as-of date comes from the command line, texts of 2006, 2010 and 2017
MIXED = ["asm17_matters.gcs", "joint17_no_operation_2018.gcs", "asm10_exclusion_2013.gcs",
         "gap10_admission_exclusion.gcs", "assembly_membership_unknown.gcs", "admin10_elected_before.gcs",
         "money10_rights_2013.gcs", "dissolution_single_member_exclusion.gcs"]


def _document(result) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def scenarios():
    return [gcs.load(FACTS / name) for name in MIXED]


def test_each_file_of_a_batch_has_the_result_it_has_alone(scenarios):
    alone = [_document(reasoning.reason(s, explain=True)) for s in scenarios]
    together = batching.reason_all(scenarios, explain=True)
    assert [_document(r) for r in together] == alone
    # and whatever its neighbours: in another order, in pairs
    again = batching.reason_all(scenarios[::-1], explain=True)
    assert [_document(r) for r in again] == alone[::-1]
    for i in range(0, len(scenarios) - 1, 2):
        pair = batching.reason_all(scenarios[i:i + 2], explain=True)
        assert [_document(r) for r in pair] == alone[i:i + 2]


def test_a_date_asked_for_applies_to_every_file_of_the_batch(scenarios):
    from datetime import date

    on = date(2012, 6, 30)
    alone = [_document(reasoning.reason(s, as_of=on, explain=True)) for s in scenarios[:4]]
    assert [_document(r) for r in batching.reason_all(scenarios[:4], as_of=on, explain=True)] == alone


def test_without_reasons_the_conclusions_are_those_of_a_file_alone(scenarios):
    for a, b in zip(batching.reason_all(scenarios), [reasoning.reason(s) for s in scenarios]):
        assert [(c.predicate, c.args) for c in a.conclusions] == [(c.predicate, c.args) for c in b.conclusions]
        assert [w.as_dict() for w in a.warnings] == [w.as_dict() for w in b.warnings]
        assert a.provisions_of(a.conclusions[0].symbol) == b.provisions_of(b.conclusions[0].symbol)


def test_the_files_that_need_another_round_go_on_together(scenarios, monkeypatch):
    """The files with an exclusion or an admission in effect (their membership changes after its
    date), or a change of a member's rights (after the day of its assembly), take another round, as
    reasoning._rounds does: together, with their next round's facts; a file left the only one of its
    round is reasoned on alone. Each gets what it gets alone."""
    rounds_files = {"asm10_exclusion_2013.gcs", "dissolution_single_member_exclusion.gcs",
                    "gap10_admission_exclusion.gcs", "money10_rights_2013.gcs"}
    alone = []
    real = reasoning.reason
    solves = []
    real_solve = batching._solve

    def reason(scenario, *a, **k):
        alone.append(Path(scenario.path).name)
        return real(scenario, *a, **k)

    def solve(program, all_facts, traced):
        solves.append(len(all_facts))
        return real_solve(program, all_facts, traced)

    monkeypatch.setattr(reasoning, "reason", reason)
    monkeypatch.setattr(batching, "_solve", solve)
    together = batching.reason_all(scenarios, explain=True)
    assert set(alone) <= rounds_files and len(alone) <= 1, alone
    assert len(solves) > len(range(0, len(scenarios), batching.BATCH_SIZE))  # further rounds, in batches
    monkeypatch.setattr(reasoning, "reason", real)
    for s, r in zip(scenarios, together):
        if Path(s.path).name in rounds_files:
            expected = real(s, explain=True)
            assert [c.text for c in r.conclusions] == [c.text for c in expected.conclusions], s.path
            assert r.facts.rounds == expected.facts.rounds, s.path


def test_a_file_that_fails_has_its_exception_and_the_others_go_on(scenarios, monkeypatch):
    real = reasoning._facts_on

    def facts_on(scenario, *a, **k):
        if scenario.path.endswith("joint17_no_operation_2018.gcs"):
            raise RuntimeError("solver exploded")
        return real(scenario, *a, **k)

    monkeypatch.setattr(reasoning, "_facts_on", facts_on)
    out = batching.reason_all(scenarios[:3], explain=True)
    assert isinstance(out[1], RuntimeError) and str(out[1]) == "solver exploded"
    assert [_document(out[0]), _document(out[2])] == \
        [_document(real_reason(scenarios[0])), _document(real_reason(scenarios[2]))]


def real_reason(scenario):
    return reasoning.reason(scenario, explain=True)


def test_a_batch_that_fails_as_a_whole_leaves_each_file_to_itself(scenarios, monkeypatch):
    def broken(*a, **k):
        raise reasoning.ReasoningError("grounding failed")

    monkeypatch.setattr(batching, "_solve", broken)
    out = batching.reason_all(scenarios[:2], explain=True)
    assert [_document(r) for r in out] == [_document(real_reason(s)) for s in scenarios[:2]]


# --- the rules with the file's number ------------------------------------------------------------


def _reference(stm):
    """The same change made on clingo's AST (slow: the oracle of `with_doc`)."""

    def numbered(s):
        if s.ast_type == ASTType.Pool:  # `p(a;b)`: atoms p(a) and p(b)
            return s.update(arguments=[numbered(x) for x in s.arguments])
        return s.update(arguments=[ast.Variable(s.location, batching.DOC), *s.arguments])

    def atom(a):
        s = a.symbol
        first = s.arguments[0] if s.ast_type == ASTType.Pool else s
        if (first.name, len(first.arguments)) in batching.LAW_FACTS:
            return a, False
        return a.update(symbol=numbered(s)), True

    def literal(lit):
        t = lit.atom.ast_type
        if t == ASTType.SymbolicAtom:
            new, bound = atom(lit.atom)
            return lit.update(atom=new), bound and lit.sign == ast.Sign.NoSign
        if t == ASTType.BodyAggregate:
            elements = [e.update(condition=[literal(c)[0] for c in e.condition]) for e in lit.atom.elements]
            return lit.update(atom=lit.atom.update(elements=elements)), False
        return lit, False

    if stm.ast_type == ASTType.ShowSignature:
        return stm if (stm.name, stm.arity) in batching.LAW_FACTS else stm.update(arity=stm.arity + 1)
    if stm.ast_type != ASTType.Rule:
        return stm
    head, _ = literal(stm.head)
    body, bound = [], False
    for lit in stm.body:
        new, b = literal(lit)
        bound |= b
        body.append(new)
    if not bound:
        loc = stm.location
        body.append(ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(
            ast.Function(loc, batching.DOC_DOMAIN, [ast.Variable(loc, batching.DOC)], False))))
    return stm.update(head=head, body=body)


def _statements(text: str) -> list[str]:
    out: list = []
    ast.parse_string(text, out.append)
    return [str(s) for s in out]


def test_the_rules_with_the_file_number_are_those_of_the_change_made_on_clingos_ast():
    program = load_program()
    texts = [r.traced + "\n" + program.shows(r.index, traced=True) for r in program.rules]
    texts += [r.plain for r in program.rules]  # (explain=False: the rules as solved)
    texts.append(program.fixed + batching.selection.PROJECTIONS)
    for text in texts:
        expected = []
        ast.parse_string(text, lambda s: expected.append(str(_reference(s))))
        assert _statements(batching.with_doc(text)) == expected, text


def test_forms_the_rules_do_not_use_are_refused_not_guessed():
    for text in ["a(X) :- b(X) : c(X).", "{ a(X) } :- b(X).", "a :- not #count { X: b(X) } > 1.",
                 "-a(X) :- b(X).", "#minimize { X: a(X) }.", "a(X) :- b(X); X = @f(X)"]:
        with pytest.raises(batching.BatchError):
            batching.with_doc(text)


def test_the_facts_of_a_file_carry_its_number_but_the_inventorys():
    assert batching._numbered(3, 'member(ch_a).\nas_of(d(2020,1,1)).\ndissolved.\nq("a(b",c).\n') == \
        '_doc(3).\nmember(3,ch_a).\nas_of(3,d(2020,1,1)).\ndissolved(3).\nq(3,"a(b",c).\n'
    assert batching._law_fact('text_period("L6133-1","2004-08-11",d(2004,8,11),d(2009,7,23)).\n')
    assert batching._law_fact('same_as("R6133-7@2010-07-26.1","R6133-5@2006-01-01.1").\n')
    assert not batching._law_fact("same_as(x).\n") and not batching._law_fact("member(ch_a).\n")


# --- batches of files ------------------------------------------------------------------------------


def test_files_are_batched_by_number_and_size(tmp_path, monkeypatch):
    from gcs_reasoner import batching, pool

    # (the limits this test's sizes are chosen for, whatever the package's own)
    monkeypatch.setattr(batching, "BATCH_SIZE", 12)
    monkeypatch.setattr(batching, "BATCH_BYTES", 64_000)
    sizes = [10, 10, 70_000, 10, 40_000, 30_000] + [10] * 14
    files = []
    for i, n in enumerate(sizes):
        f = tmp_path / f"f{i:02d}.gcs"
        f.write_text("x" * n)
        files.append((str(f),))
    seen = []

    def record(batch):
        seen.append([Path(t[0]).name for t in batch])
        return [t[0] for t in batch]

    assert list(pool.in_batches(record, files, jobs=1)) == [t[0] for t in files]  # in order, one each
    # a large file alone; at most BATCH_BYTES together, at most BATCH_SIZE files
    assert [len(b) for b in seen] == [2, 1, 2, 12, 3]
    assert seen[1] == ["f02.gcs"] and seen[2] == ["f03.gcs", "f04.gcs"] and seen[3][0] == "f05.gcs"
    # with two processes, each takes two batches at least (the batches made, the workers not started)
    seen.clear()
    monkeypatch.setattr(pool, "ordered", lambda function, batches, jobs, on_failure=None: map(function, batches))
    assert list(pool.in_batches(record, files[-8:], jobs=2)) == [t[0] for t in files[-8:]]
    assert [len(b) for b in seen] == [2, 2, 2, 2]


def test_a_folder_reasoned_on_in_batches_gives_each_file_its_own_document(tmp_path):
    for name in MIXED[:5]:
        (tmp_path / name).write_text((FACTS / name).read_text(encoding="utf-8"), encoding="utf-8")
    alone = {name: _document(real_reason(gcs.load(tmp_path / name))) for name in MIXED[:5]}
    for jobs in (1, 2):
        docs = dict(gcs.check_files(sorted(tmp_path.glob("*.gcs")), jobs=jobs))
        assert {Path(p).name: json.dumps(d, ensure_ascii=False, sort_keys=True) for p, d in docs.items()} == alone


def test_a_batch_never_joins_two_files(scenarios):
    """Each atom of the batch's model carries one file's number, and the facts of one file never
    reach another: the same file twice in a batch gives two identical models."""
    twice = batching._solve(load_program(), [reasoning._facts_on(scenarios[1], scenarios[1].groupement.as_of.value,
                                                                 "file", None)] * 2, traced=True)
    (shown_a, records_a, derived_a), (shown_b, records_b, derived_b) = twice
    assert derived_a == derived_b
    assert sorted(map(str, shown_a)) == sorted(map(str, shown_b)) and len(records_a) == len(records_b)
    assert all(isinstance(s, clingo.Symbol) for s in shown_a)


def test_a_rule_that_names_what_batches_keep_for_the_file_number_is_refused():
    from types import SimpleNamespace

    for text in ["a(Doc__) :- b(Doc__).", "a(X) :- _doc(X)."]:
        program = SimpleNamespace(rules=[SimpleNamespace(traced=text)], fixed="")
        with pytest.raises(batching.BatchError):
            batching.program_text(program, set())
