"""clingo_reps.py reads clingo terms as clingo represents them: each of its readings must be
the public API's, on every kind of term a model holds."""

from __future__ import annotations

import clingo

from gcs_reasoner import clingo_reps

TERMS = [
    clingo.Function("member", [clingo.Function("ch_vannes"), clingo.Function("d", [clingo.Number(2007),
                                                                                  clingo.Number(12),
                                                                                  clingo.Number(31)])]),
    clingo.Function("as_of", [clingo.Function("d", [clingo.Number(2020), clingo.Number(1), clingo.Number(1)])]),
    clingo.Function("approval_required", [clingo.Function("avenant", [clingo.Function("av1")])]),
    clingo.Function("quorum", [clingo.String("Pays de la Loire"), clingo.Number(-3)]),
    clingo.Function("", [clingo.Function("a"), clingo.Number(1)]),  # a tuple
    clingo.Function("dissolved"),
    clingo.Function("é_x", [clingo.Function("a", [], False)]),  # a name beyond ASCII, a negative argument
    clingo.Number(7),
    clingo.String("x"),
    clingo.Infimum,
    clingo.Supremum,
]


def test_names_and_arguments_are_the_public_apis():
    for t in TERMS:
        if t.type == clingo.SymbolType.Function:
            assert clingo_reps.name_of(t._rep) == t.name.encode(), t
            assert clingo_reps.argument_reps(t._rep) == [a._rep for a in t.arguments], t
            assert clingo_reps.function_arguments(t._rep) == [a._rep for a in t.arguments], t
        else:  # not a function: no name, no arguments (the public API raises)
            assert clingo_reps.name_of(t._rep) is None, t
            assert clingo_reps.argument_reps(t._rep) == [], t
        assert clingo_reps.symbol(t._rep) == t
        assert clingo_reps.number_of(t._rep) == (t.number if t.type == clingo.SymbolType.Number else None), t


def test_name_keys_tell_names_apart_as_the_public_api_does():
    """`name_key`: one key for the terms of one name (whatever their arguments), another for each
    other name, none for a term that is not a function."""
    functions = [t for t in TERMS if t.type == clingo.SymbolType.Function]
    more = [clingo.Function("member", [clingo.Function("other")]), clingo.Function("dissolved"),
            clingo.Function("member", [clingo.Number(1), clingo.Number(2), clingo.Number(3)])]
    for a in functions + more:
        for b in functions + more:
            assert (clingo_reps.name_key(a._rep) == clingo_reps.name_key(b._rep)) == (a.name == b.name), (a, b)
    for t in TERMS:
        if t.type != clingo.SymbolType.Function:
            assert clingo_reps.name_key(t._rep) is None, t


def test_a_models_shown_atoms_are_the_public_apis():
    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], 'p(1..3). q(a, "s"). r :- p(2). #show p/1. #show r/0. #show (x, 1).')
    ctl.ground([("base", [])])
    seen = []

    def on_model(m):
        seen.append((clingo_reps.model_reps(m), [s._rep for s in m.symbols(shown=True)]))

    ctl.solve(on_model=on_model)
    (reps, public), = seen
    assert reps == public and len(reps) == 5


def _names_one_by_one(reps: list) -> list:
    """(start, end, name) of each run of equal names, every atom's name read."""
    out: list = []
    for i, r in enumerate(reps):
        name = clingo_reps.name_of(r)
        if out and out[-1][2] == name:
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1, name])
    return [tuple(x) for x in out]


def _runs(reps: list) -> list:
    return [(start, end, clingo_reps.name_of(reps[start])) for start, end, _ in clingo_reps.runs(reps)]


def test_runs_find_where_each_name_ends_whatever_the_lengths():
    """`runs` halves and doubles its steps: every length of run, at every place, must end where
    reading each name says (runs of 1 to 69 atoms, then others, then a last one)."""
    kinds = [clingo.Function("p", [clingo.Number(i)]) for i in range(70)]
    others = [clingo.Function("q", [clingo.Number(i)]) for i in range(70)]
    last = [clingo.Function("r", [clingo.Number(i)]) for i in range(3)]
    for first in range(1, 70):
        for second in (1, 2, 3, 5, 8, 33, 64):
            reps = [s._rep for s in kinds[:first] + others[:second] + last]
            assert _runs(reps) == _names_one_by_one(reps), (first, second)
    assert list(clingo_reps.runs([])) == []


def test_a_models_shown_atoms_come_predicate_by_predicate():
    """What `runs` rests on: clingo lists a model's shown atoms predicate by predicate (each name in
    one run), then the terms of `#show t : B`; on a traced solve of the law, the largest example."""
    from pathlib import Path

    import gcs_reasoner as gcs
    from gcs_reasoner import reasoning, selection
    from gcs_reasoner.calendar_functions import Calendar
    from gcs_reasoner.program import load_program

    program = load_program()
    path = max(Path(__file__).resolve().parent.parent.glob("facts/*.gcs"), key=lambda p: p.stat().st_size)
    scenario = gcs.load(path)
    facts = reasoning._facts_on(scenario, scenario.groupement.as_of.value, "file", None)
    kept = selection.guess(program, facts)
    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], selection.program_text(program, kept, traced=True))
    ctl.add("base", [], selection.facts_text(program, facts, kept) + 'p(3). p(1). q(2). #show p/1. #show (x, 1) : q(2).')
    ctl.ground([("base", [])], context=Calendar())
    seen = []
    ctl.solve(on_model=lambda m: seen.append(clingo_reps.model_reps(m)))
    (reps,) = seen
    one_by_one = _names_one_by_one(reps)
    assert len({name for _, _, name in one_by_one}) == len(one_by_one) > 100  # each name in one run
    assert _runs(reps) == one_by_one


def test_a_name_test_says_what_the_public_api_says_of_each_term():
    """name_test reads each name once; its answer for every term is the public API's, asked twice
    (the second answer from what it kept), terms of the same name told the same."""
    names = {b"member", b"dissolved", "é_x".encode()}
    test = clingo_reps.name_test(names)
    same_name = clingo.Function("member", [clingo.Function("other")])
    for _ in range(2):
        for t in TERMS + [same_name, clingo.Function("member")]:
            expected = t.type == clingo.SymbolType.Function and t.name.encode() in names
            assert test(t._rep) is expected, t


def test_the_predicates_of_a_ground_program_and_whether_each_has_atoms_are_the_public_apis():
    """`signature_handles` and `has_atoms` (selection.missed) read what `SymbolicAtoms.signatures`
    and `by_signature` say: a predicate a rule mentions without atoms (`q/1`), one with atoms, a
    negated one, one of no arguments."""
    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], "p(1). p(2). r. -s(1). t(X) :- q(X), p(X). u(X) :- p(X), not q(X).")
    ctl.ground([("base", [])])
    atoms = ctl.symbolic_atoms
    public = {(name, arity) for name, arity, positive in atoms.signatures if positive}
    assert {("p", 1), ("q", 1), ("u", 1), ("r", 0)} <= public
    handles = clingo_reps.signature_handles(atoms)
    assert {clingo_reps.signature_handle(name, arity) for name, arity in public} <= handles
    assert clingo_reps.signature_handle("absent", 1) not in handles
    for name, arity in sorted(public) + [("absent", 1), ("p", 2)]:
        expected = next(iter(atoms.by_signature(name, arity)), None) is not None
        assert clingo_reps.has_atoms(atoms, clingo_reps.signature_handle(name, arity)) == expected, (name, arity)
    assert clingo_reps.has_atoms(atoms, clingo_reps.signature_handle("p", 1))
    assert not clingo_reps.has_atoms(atoms, clingo_reps.signature_handle("q", 1))


def test_the_arguments_at_a_place_are_the_public_apis():
    """`argument_values` (selection.missed's constants) reads, at one place, what the public API
    reads of each atom of a predicate: constants, numbers, strings, compound terms; none for a
    predicate without atoms."""
    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], 'm(a, 1, "x"). m(b, 2, f(c)). m(a, 3, "y"). n(X) :- q(X).')
    ctl.ground([("base", [])])
    atoms = ctl.symbolic_atoms
    for place in range(3):
        public = {a.symbol.arguments[place]._rep for a in atoms.by_signature("m", 3)}
        assert clingo_reps.argument_values(atoms, clingo_reps.signature_handle("m", 3), place) == public
    assert clingo.Function("a")._rep in clingo_reps.argument_values(atoms, clingo_reps.signature_handle("m", 3), 0)
    assert clingo_reps.argument_values(atoms, clingo_reps.signature_handle("n", 1), 0) == set()
    assert clingo_reps.argument_values(atoms, clingo_reps.signature_handle("absent", 2), 1) == set()
