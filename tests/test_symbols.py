"""symbols.args: a term's arguments, read from clingo once (symbols.py)."""

import clingo

from gcs_reasoner.symbols import args, render_term, spell


def test_the_arguments_are_clingos_and_read_once():
    term = clingo.parse_term('vote(ag1, d1, m2, for, d(2008,3,20), "x, y")')
    assert [str(a) for a in args(term)] == [str(a) for a in term.arguments]
    assert args(term) is args(clingo.parse_term('vote(ag1,d1,m2,for,d(2008,3,20),"x, y")'))  # the same term
    assert args(clingo.parse_term("d(2008,3,20)")) != args(clingo.parse_term("d(2008,3,21)"))


def test_terms_read_through_it_as_before():
    assert render_term(clingo.parse_term("assembly(ag1, d(2008,3,20))")) == "assembly(ag1, 2008-03-20)"
    assert spell(clingo.parse_term("approved(avenant(av1))")) == "approved(avenant:av1)"


# How terms read when symbols.py read them through clingo's Symbol objects (before it read their
# representations): the reference the faster readings must match, term for term.
def _ref_is_date(sym):
    return sym.type == clingo.SymbolType.Function and sym.name == "d" and len(sym.arguments) == 3 \
        and all(a.type == clingo.SymbolType.Number for a in sym.arguments)


def _ref_render(sym):
    if sym.type == clingo.SymbolType.Number:
        return str(sym.number)
    if sym.type == clingo.SymbolType.String:
        return "_" if sym.string == "_" else f'"{sym.string}"'
    if sym.type == clingo.SymbolType.Function:
        if _ref_is_date(sym):
            y, m, d = (a.number for a in sym.arguments)
            return f"{y:04d}-{m:02d}-{d:02d}"
        if not sym.arguments:
            return sym.name
        if sym.name == "_interval" and len(sym.arguments) == 2:
            return "..".join(_ref_render(a) for a in sym.arguments)
        inner = ", ".join(_ref_render(a) for a in sym.arguments)
        return f"{sym.name}({inner})" if sym.name else f"({inner})"
    return str(sym)


def _ref_value(sym):
    if sym.type == clingo.SymbolType.Number:
        return sym.number
    if sym.type == clingo.SymbolType.String:
        return sym.string
    if sym.type == clingo.SymbolType.Function:
        if _ref_is_date(sym):
            return _ref_render(sym)
        if not sym.arguments:
            return sym.name
        if sym.name and len(sym.arguments) == 1:
            return f"{sym.name}:{_ref_value(sym.arguments[0])}"
        return _ref_render(sym)
    return str(sym)


def _ref_spell_term(sym):
    if sym.type == clingo.SymbolType.String:
        return "_" if sym.string == "_" else '"' + sym.string.replace("\\", "\\\\").replace('"', '\\"') + '"'
    function = sym.type == clingo.SymbolType.Function
    if function and sym.name and len(sym.arguments) == 1 and not _ref_is_date(sym):
        return f"{sym.name}:{_ref_spell_term(sym.arguments[0])}"
    if function and sym.arguments and not _ref_is_date(sym):
        inner = ", ".join(_ref_spell_term(a) for a in sym.arguments)
        return f"{sym.name}({inner})" if sym.name else f"({inner})"
    return _ref_render(sym)


def _ref_spell(sym):
    if not sym.arguments:
        return sym.name
    return f"{sym.name}({', '.join(_ref_spell_term(a) for a in sym.arguments)})"


ODD_TERMS = ['q("a \\"b\\" \\\\ c", "_", "é")', "f(-3, (a,), (1, 2), ())", "_interval(1, d(2008,1,2))",
             "d(2008, 1, x)", "d(2008, 1)", "g(#inf, #sup)", "avenant(av1)", "h(avenant(av1), f(g(x)))", "m"]


def _terms(sym):
    yield sym
    if sym.type == clingo.SymbolType.Function:
        for a in sym.arguments:
            yield from _terms(a)


def test_terms_read_from_their_representations_read_as_from_clingo_s_symbols():
    """render_term, to_value, spell_term and spell read a term's representation (clingo_reps), not
    its Symbol: on every term of the models of a sample of the examples, and on odd ones, each
    reads as the Symbol-based reading of before; and again once their caches are emptied."""
    from pathlib import Path

    import gcs_reasoner as gcs
    from gcs_reasoner import reasoning
    from gcs_reasoner.symbols import to_value, spell_term

    atoms = [clingo.parse_term(t) for t in ODD_TERMS]
    for path in sorted(Path(__file__).resolve().parent.parent.glob("facts/*.gcs"))[::15]:
        atoms += [c.symbol for c in gcs.reason(gcs.load(path)).conclusions]
    assert len(atoms) > 200
    for _ in range(2):
        for atom in atoms:
            if atom.type == clingo.SymbolType.Function and atom.name:
                assert spell(atom) == _ref_spell(atom), atom
            for t in _terms(atom):
                assert render_term(t) == _ref_render(t), t
                assert to_value(t) == _ref_value(t), t
                assert spell_term(t) == _ref_spell_term(t), t
        reasoning.forget_terms()
