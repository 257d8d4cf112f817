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
