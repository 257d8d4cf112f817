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
