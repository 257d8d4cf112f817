"""Why not (issue 8): the first failing condition of each rule, in words, with provisions and facts."""

import json

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main
from gcs_reasoner.whynot import QueryError, parse_query


@pytest.fixture(scope="module")
def quorum():
    return gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))


def _walk(w):
    for f in w.failures:
        yield f
        for s in f.sub:
            yield from _walk(s)


def test_quorum_reason_down_to_the_rights(quorum):
    w = quorum.why_not("deliberation_valid(ag1, d1)")
    assert not w.holds
    top = w.failures[0]
    assert "R6133-14@2006-01-01.3" in top.provisions
    assert top.ground == "quorum_ok(ag1, d1)" and top.kind == "absent"
    # deeper: the quorum rule fails on its comparison, with the rights involved
    cmp = [f for f in _walk(w) if f.kind == "comparison"]
    assert cmp and "2*49" in cmp[0].ground.replace(" ", "") and "100" in cmp[0].ground
    assert "R6133-14@2006-01-01.1" in cmp[0].provisions
    involved = [a for a, _ in cmp[0].involved]
    assert "rights_total(ag1, 100)" in involved and "rights_attending(ag1, 49)" in involved
    text = w.text()
    assert "n'est pas établi" in text and "line 46" in text


def test_holds_and_wildcards(quorum):
    w = quorum.why_not("deliberation_valid(ag2, d1)")
    assert w.holds == ["deliberation_valid(ag2, d1)"] and not w.failures
    w = quorum.why_not("deliberation_valid(_, _)", lang="en")
    assert "deliberation_valid(ag2, d1)" in w.holds
    assert any(f.bindings and f.bindings[0].get("A") == "ag1" for f in w.failures)


def test_negated_condition_names_what_holds():
    r = gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))
    w = r.why_not("deliberation_valid(ag1, d1)", depth=1)
    assert w.failures  # one rule; its first failure is the quorum, before `not deliberation_invalid`
    r2 = gcs.reason(gcs.edit(r.scenario, "vote ag2.d1 chu_dijon against"))
    w2 = r2.why_not("deliberation_valid(ag2, d1)", depth=1)
    f = w2.failures[0]
    assert f.kind in ("absent", "present")


def test_text_not_in_force():
    r = gcs.reason(gcs.load("facts/law_not_in_force.gcs"))
    w = r.why_not("member(_)", lang="en")
    words = [f.words["en"] for f in _walk(w) if f.kind == "in_force"]
    assert any("L6133-1" in x and "not in force on 1 March 2012" in x and "2009-07-23" in x for x in words)


def test_input_and_unknown_predicates(quorum):
    assert "fait du dossier" in quorum.why_not("present(ag1, ch_beaune)").note
    # A predicate the law does not have, or the wrong number of arguments, is a question that
    # cannot be asked, not a legal "no" (before stop 22: « aucune règle … », exit 0).
    with pytest.raises(QueryError, match="no predicate 'no_such_thing'"):
        quorum.why_not("no_such_thing(a)")
    with pytest.raises(QueryError, match="did you mean deliberation_valid"):
        quorum.why_not("deliberation_vaild(ag1, d1)")
    with pytest.raises(QueryError, match="quorum_met takes 1 argument"):
        quorum.why_not("quorum_met(ag1, x)")
    with pytest.raises(QueryError, match="takes 1 argument"):
        quorum.what_would_make("member")


def test_query_in_the_spellings_check_prints_and_explain_reads(quorum):
    """`avenant:av1` as `check` prints it, and a quoted identifier as `explain` reads it (before
    stop 22 the first was refused and the second said not established)."""
    assert parse_query("approval_required(arh_director, avenant:av1)")[1][1] == parse_query(
        "approval_required(arh_director, avenant(av1))")[1][1]
    member = next(c for c in quorum.conclusions if c.predicate == "member")
    assert quorum.why_not(f'member("{member.args[0]}")').holds


def test_queries():
    name, args = parse_query("withdrawal_effective(m, 2008-12-31)")
    assert name == "withdrawal_effective" and str(args[1]) == "d(2008,12,31)"
    assert parse_query("p(_, \"2008-01-01\")")[1][0] is None
    with pytest.raises(QueryError):
        parse_query("p((")


def test_cli(capsys):
    assert main(["why-not", "facts/assembly_quorum_under.gcs", "deliberation_valid(ag1, d1)", "--lang", "en"]) == 0
    assert "does not hold" in capsys.readouterr().out
    assert main(["why-not", "facts/assembly_quorum_under.gcs", "deliberation_valid(ag1, d1)", "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["query"] == "deliberation_valid(ag1, d1)" and d["rules"][0]["provisions"]
    assert main(["why-not", "facts/assembly_quorum_under.gcs", "p(("]) == 2
    err = capsys.readouterr()
    assert err.out == "" and "not an atom" in err.err
    assert main(["why-not", "facts/no_such_file.gcs", "p(a)"]) == 2


def test_html(quorum):
    assert quorum.why_not("deliberation_valid(ag1, d1)")._repr_html_().startswith("<pre")


def test_cli_unknown_predicate_is_a_usage_error(capsys):
    assert main(["why-not", "facts/assembly_quorum_under.gcs", "deliberation_vaild(ag1, d1)"]) == 2
    assert "did you mean deliberation_valid" in capsys.readouterr().err
    assert main(["what-would", "facts/assembly_quorum_under.gcs", "quorum_met(ag1, x)"]) == 2
    assert "quorum_met takes 1 argument" in capsys.readouterr().err
