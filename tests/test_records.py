"""The derivation records of a traced solve (each rule of the file's selection derives its head
from its own flat records: RuleInfo.traced), once rebuilt into `(H, Vars, Pos, Neg, Cmp, Agg)`
(RuleInfo.record, records.Record), are exactly those of the whole law ground as written, each
rule beside its record rule `_why_I(H, Vars, Pos, Neg, Cmp, Agg) :- B'.` (record_rules.py,
reasoning._Solver): the same derivations, and the same terms, built by Python from the values
clingo recorded.

This compares both on a sample of every topic's examples.
"""

from __future__ import annotations

from pathlib import Path

import clingo
import pytest

import gcs_reasoner as gcs
from gcs_reasoner import clingo_reps, program as program_module, reasoning, selection
from gcs_reasoner.records import ElementRecord, Record, shape_of
from gcs_reasoner.calendar_functions import Calendar
from gcs_reasoner.program import load_program

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = sorted(ROOT.glob("facts/*.gcs"))[::12]


@pytest.fixture(scope="module")
def program():
    return load_program()


@pytest.mark.parametrize("path", SAMPLE, ids=[p.stem for p in SAMPLE])
def test_the_records_are_those_of_the_whole_law_beside_its_record_rules(program, path):
    """On the same facts: selection.facts_text leaves out the provision_text facts of the
    provisions no rule that can apply asks about (their in_force_id atoms would be read by no rule;
    tests/test_selection.py checks that the conclusions are those of all the facts)."""
    _compare_records(program, gcs.load(path))


def test_the_records_of_rules_with_underscores_are_those_of_the_whole_law(program):
    """Rules whose record names the atom behind a `_` (record_rules._witnesses), on a generated
    groupement where many apply, aggregates and departures among them: one record per body of
    the rule, with the first such atom."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gcs_bench", ROOT / "benchmarks" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    records = _compare_records(program, gcs.loads(bench.scenario_text(12), "bench_12.gcs"))
    witnessed = {i for i, _, _ in records if "_whywit_" in program.rules[i].traced}
    assert len(witnessed) >= 10, "few rules with a `_` applied: the test compares little of them"
    assert any(program.rules[i].aggregates for i in witnessed)


def test_the_atoms_behind_underscores_are_found_apart_from_the_record(program):
    """A record rule names the atom behind a positive literal's `_` through `_whywit_I_J`, found once
    for the literal's other variables (its first in clingo's order of terms), wherever something
    else in the body would multiply those atoms (a departure times each member on its date:
    quadratic; an aggregate added up again for each)."""
    import re

    anonymous = re.compile(r"\bAnon__\d+\b")
    variable = re.compile(r"(?<![A-Za-z0-9_'])_*[A-Z][A-Za-z0-9_']*")

    def variables(text: str) -> set:
        return set(variable.findall(re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)))

    found = 0
    for rule in program.rules:
        for line in rule.traced.splitlines():
            if line.startswith("_whywit_"):
                found += 1
                assert not anonymous.search(line), line
                assert "#min" in line.split(":-", 1)[1]
            elif re.match(rf"_why_{rule.index}\b", line) and ":-" in line:
                literals = re.split(r";\s*(?![^(]*\))", line.split(":-", 1)[1])
                atoms = [x.strip() for x in literals if re.match(r"\s*[a-z_]\w*\(", x) and not re.search(r"[<>=!]", x)]
                for literal in atoms:
                    if anonymous.search(literal) and not literal.startswith("_whywit_"):
                        # kept whole only where nothing multiplies its atoms: no aggregate, and no
                        # other literal (but `as_of`, one atom) with a variable it has not
                        own = variables(literal)
                        assert not rule.aggregates, f"{rule.file}:{rule.line}: {literal}"
                        for other in atoms:
                            if other is not literal and not other.startswith("as_of("):
                                assert variables(other) <= own, f"{rule.file}:{rule.line}: {literal} / {other}"
    assert found >= 100


def _compare_records(program, scenario) -> list:
    when, source, file_as_of = reasoning.choose_as_of(scenario)
    facts = reasoning._facts_on(scenario, when, source, file_as_of)
    facts, _, _ = reasoning._fixpoint(program, facts, traced=False)  # the facts of the last round
    solver = reasoning._Solver(program, facts, traced=True)
    facts_text = selection.facts_text(program, facts, solver.kept)
    records = solver.records
    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], program.plain)
    ctl.add("base", [], facts_text)
    ctl.add("base", [], program.why_program(range(len(program.rules))))
    ctl.ground([("base", [])], context=Calendar())
    whole: list = []
    with ctl.solve(yield_=True) as models:
        for model in models:
            whole = [s for s in model.symbols(shown=True) if s.name.startswith("_why")]
    # but those of the rules whose derivations no explanation reads (RuleInfo.recorded: tests/test_unread_records.py)
    unrecorded = {f"{program_module.WHY}{r.index}" for r in program.rules if not r.recorded} \
        | {f"{program_module.WHY_ELEM}{r.index}" for r in program.rules if not r.recorded}
    assert any(s.name in unrecorded for s in whole), "no unrecorded rule applies: the filter below tests nothing"
    whole = [s for s in whole if s.name not in unrecorded]
    assert records, "an example without derivation records tests nothing here"
    rebuilt = []
    for i, element, rep in records:
        s = clingo_reps.symbol(rep)
        if element:
            rebuilt.append(s)
        else:
            arguments = Record(rep, i, shape_of(program.rules[i])).arguments
            assert arguments[0].number == i
            rebuilt.append(clingo.Function(s.name, arguments[1:]))
    # each record is one of the whole law's: a derivation of its head by its rule
    assert {str(s) for s in rebuilt} <= {str(s) for s in whole}
    assert len({str(s) for s in rebuilt}) == len(records)  # no two records of the solve rebuilt alike
    # a rule that names the atoms behind its `_` apart (record_rules._witnesses) records each body once,
    # up to those atoms, with the first of them in clingo's order of terms; any other rule records
    # every body, as `why` does

    def apart(record) -> bool:
        return record.name.startswith(program_module.WHY) and \
            "_whywit_" in program.rules[int(record.name[len(program_module.WHY):])].traced

    assert sorted(_body(s) for s in rebuilt if apart(s)) == sorted(set(_body(s) for s in whole if apart(s)))
    first: dict = {}
    for s in whole:
        if apart(s):
            first[_body(s)] = min(first.get(_body(s), s), s)
    assert {str(s) for s in rebuilt} == {str(s) for s in first.values()} | {str(s) for s in whole if not apart(s)}
    return records


def _body(record) -> str:
    """A record but for the atoms behind the rule's `_`: its rule, head and variables' values
    (`_why_I(H, Vars, ...)`), or the whole of an aggregate-element record."""
    if record.name.startswith(program_module.WHY_ELEM):
        return str(record)
    return f"{record.name}({record.arguments[0]},{record.arguments[1]})"


def test_a_pooled_head_and_computed_terms_are_rebuilt(program):
    """`relation_matter(a; b; ...)` (each record holds its atom) and `End = @add_years(E, 3)` (the
    value clingo computed is an argument of the record): rebuilt as `why` writes them."""
    pooled = next(r for r in program.rules if r.head == "relation_matter/1")
    assert pooled.record[1] == 0 and "relation_matter(C__0_0) :- " in pooled.traced
    computed = next(r for r in program.rules if "@add_years(E,3)" in r.traced and r.head.startswith("administrator_term_expired"))
    assert computed.record[0] == len(computed.variables) + 1  # the variables, then the computed value


def test_the_sample_covers_every_topic():
    prefixes = {p.stem.split("_")[0].rstrip("0123456789") for p in SAMPLE}
    assert len(SAMPLE) >= 25 and len(prefixes) >= 10, sorted(prefixes)


@pytest.mark.parametrize("path", SAMPLE[::3], ids=[p.stem for p in SAMPLE[::3]])
def test_the_statements_parsed_once_are_the_text_clingo_would_parse(program, path):
    """A warm process (the server, the pool's workers) gives clingo the rules parsed once
    (selection.statements) instead of their text: the same model and the same records."""
    scenario = gcs.load(path)
    when, source, file_as_of = reasoning.choose_as_of(scenario)
    facts = reasoning._facts_on(scenario, when, source, file_as_of)
    earlier = program.__dict__.pop("_traced_statements", None)  # parsed by a pool in this process
    try:
        assert selection.statements(program, True) is None
        by_text = reasoning._Solver(program, facts, traced=True)
        selection.parse_statements(program, traced=True)
        assert selection.statements(program, True) is not None
        by_statements = reasoning._Solver(program, facts, traced=True)
    finally:
        program.__dict__.pop("_traced_statements", None)
        if earlier is not None:
            program.__dict__["_traced_statements"] = earlier
    assert by_statements.kept == by_text.kept
    assert sorted(map(str, by_statements.symbols)) == sorted(map(str, by_text.symbols))
    assert sorted(str(clingo_reps.symbol(r)) for _, _, r in by_statements.records) == \
        sorted(str(clingo_reps.symbol(r)) for _, _, r in by_text.records)


def test_a_process_that_explains_many_files_parses_the_rules_once(program):
    """`reason(explain=True)` (the API's), from its PARSE_ONCE_AFTER-th file with one program, gives
    clingo the rules parsed once (as the server and the pool do), with the same answers."""
    scenario = gcs.load(SAMPLE[0])
    earlier = program.__dict__.pop("_traced_statements", None)
    counted = reasoning._EXPLAINED.pop(id(program), None)
    try:
        first = reasoning.reason(scenario, explain=True, program=program)
        for _ in range(reasoning.PARSE_ONCE_AFTER - 2):
            reasoning.reason(scenario, explain=True, program=program)
            assert selection.statements(program, True) is None
        reasoning.reason(scenario, program=program)  # without reasons: not counted
        assert selection.statements(program, True) is None
        last = reasoning.reason(scenario, explain=True, program=program)
        assert selection.statements(program, True) is not None
    finally:
        program.__dict__.pop("_traced_statements", None)
        if earlier is not None:
            program.__dict__["_traced_statements"] = earlier
        reasoning._EXPLAINED.pop(id(program), None)
        if counted is not None:
            reasoning._EXPLAINED[id(program)] = counted
    assert [str(c) for c in last.conclusions] == [str(c) for c in first.conclusions]
    assert [last.explain(c).as_dict() for c in last.conclusions] == [first.explain(c).as_dict() for c in first.conclusions]


def test_a_record_s_arguments_are_kept_only_once_an_explanation_reads_them():
    """A record loaded to look an atom up by its head (Trace._load) keeps only its own term, not the
    list of its arguments (a tenth of a large file's memory): those of a record an explanation
    reads are read again then, and are clingo's."""
    result = gcs.reason(gcs.load("facts/public_imaging.gcs"), explain=True)
    conclusion = next(c for c in result.conclusions if c.predicate == "vote_share")
    result.explain(conclusion)
    records = result.trace
    loaded = [r for v in records._why.values() for r in (v if isinstance(v, list) else [v])]
    read = [r for r in loaded if r._reps is not None]
    assert read and len(read) < len(loaded)
    for r in loaded:
        assert r.reps == clingo_reps.function_arguments(r.rep)[r.offset:]
    for rule, (_records, elements) in records._by_rule.items():
        for rep in elements:
            assert ElementRecord(rep, rule).reps == clingo_reps.function_arguments(rep)


def test_a_record_made_from_the_atom_asked_about_is_the_one_clingo_recorded(program):
    """A rule whose head holds each value of its records once (`_Shape.from_head`) is not indexed:
    the record of an atom is made from the atom's arguments and looked up among the rule's. Each
    atom such a rule derived finds exactly its records (those whose head is the atom), in a file
    reasoned on alone and in a batch (the file's number before the record's own arguments)."""
    from gcs_reasoner.batching import reason_all

    paths = ["facts/public_imaging.gcs", "facts/asm17_matters.gcs"]
    alone = gcs.reason(gcs.load(paths[0]), explain=True)
    together = reason_all([gcs.load(p) for p in paths], explain=True)
    assert all(r.trace._offset == 1 for r in together), "the files were not reasoned on together"
    made = 0
    for result in (alone, *together):
        t = result.trace
        for rule_index, (records, _elements) in t._by_rule.items():
            shape = shape_of(program.rules[rule_index])
            if shape.from_head is None:
                continue
            for rep in records:
                rec = Record(rep, rule_index, shape, t._offset)
                head = rec.head
                found = [r for r in t.derivations(head) if r.rule == rule_index]
                assert [r.rep for r in found] == [rep], (program.rules[rule_index].text, str(head))
                made += 1
    assert made > 100, "too few records made from their atom to test anything"
