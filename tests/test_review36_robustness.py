"""The review of stop 36 (robustness, /tmp/rv5/s36): inputs the command line and the API mishandled.

X1. A `not` line of an expectation file (and Result.holds, `in`, what-would) with a misspelt value
    (`not legal_representative(ch_amboize)` for ch_amboise, `not administrator_invalid(no_fixd_term)`,
    an assembly `ag3` the file does not have) passed for ever / answered False: now UNKNOWN VALUE
    (test), QueryError (holds, in, what-would), naming the nearest values, as why-not already said.
"""

from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main
from gcs_reasoner.whynot import QueryError, UnknownValue

ROOT = Path(__file__).resolve().parent.parent
FIXED_TERM = ROOT / "facts" / "admin10_fixed_term.gcs"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def fixed_term():
    return gcs.reason(gcs.load(FIXED_TERM), as_of="2012-12-31")


# --- X1: misspelt values -------------------------------------------------------------------------


def _expected(tmp_path, *lines):
    gcs_path = tmp_path / "admin10_fixed_term.gcs"
    gcs_path.write_text(FIXED_TERM.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "admin10_fixed_term.expected").write_text(
        "as_of 2012-12-31\nlegal_representative(chru_tours)\n" + "".join(f"{line}\n" for line in lines),
        encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("line, value, nearest", [
    ("not legal_representative(ch_amboize)", "ch_amboize", "ch_amboise"),  # the member is ch_amboise
    ("not administrator_invalid(no_fixd_term)", "no_fixd_term", "no_fixed_term"),  # a value of the rules
    ("not deliberation_invalid(ag3, d1, _)", "ag3", None),  # the file has ag1 and ag2
    ("legal_representative(ch_amboize)", "ch_amboize", "ch_amboise"),
])
def test_a_line_with_a_misspelt_value_fails_as_unknown_value(tmp_path, capsys, line, value, nearest):
    folder = _expected(tmp_path, line)
    code, out, err = run(capsys, "test", folder)
    text = out + err
    assert code == 1, text
    assert "UNKNOWN VALUE" in text and repr(value) in text and "declared nowhere in the file" in text
    if nearest:
        assert f"did you mean {nearest!r}" in text
    assert "internal error" not in text


def test_the_same_file_with_the_right_values_passes(tmp_path, capsys):
    """Positive anchor: the member ch_amboise is no representative, the term is fixed (R6133-24 of 2010
    « pour une durée déterminée renouvelable »), ag2's deliberation valid: the lines pass as written."""
    folder = _expected(tmp_path, "not legal_representative(ch_amboise)", "not administrator_invalid(no_fixed_term)",
                       "not deliberation_invalid(ag2, d1, _)", "deliberation_valid(ag2, d1)")
    code, out, err = run(capsys, "test", folder)
    assert code == 0, out + err
    assert "1 passed" in out


def test_holds_and_in_raise_on_a_misspelt_value(fixed_term):
    assert fixed_term.holds("legal_representative(chru_tours)")  # anchor: R6133-24 al. 5, in office
    assert not fixed_term.holds("legal_representative(ch_amboise)")  # declared, not the administrator
    assert not fixed_term.holds("administrator_invalid(no_fixed_term)")  # a value of the rules
    for text in ("legal_representative(ch_amboize)", "administrator_invalid(no_fixd_term)",
                 "deliberation_invalid(ag3, d1, _)"):
        with pytest.raises(UnknownValue, match="declared nowhere in the file"):
            fixed_term.holds(text)
        with pytest.raises(QueryError):
            text in fixed_term  # noqa: B015
    with pytest.raises(QueryError, match="did you mean 'no_fixed_term'"):
        fixed_term.holds("administrator_invalid(no_fixd_term)")


def test_a_nested_value_is_checked_too(fixed_term):
    # approval_required(arh_director, convention) is drawn (R6133-11 of 2006); an avenant the file has not
    assert fixed_term.holds("approval_required(arh_director, convention)")
    with pytest.raises(UnknownValue, match="'av9'"):
        fixed_term.holds("approval_required(arh_director, avenant:av9)")


def test_an_assembly_left_out_is_declared_not_unknown(tmp_path):
    """An assembly held before the approval's publication is left out of the facts with a warning
    (before_legal_personality), but the file declares it: a query on it is no typo."""
    p = tmp_path / "p.gcs"
    p.write_text(FIXED_TERM.read_text(encoding="utf-8").replace("approved 2009-11-02", "approved 2011-03-01"),
                 encoding="utf-8")
    r = gcs.reason(gcs.load(p), as_of="2012-12-31")
    assert "before_legal_personality" in [w.code for w in r.warnings]
    assert r.holds("quorum_met(ag2)")  # anchor: the assembly after the publication is judged
    # convened "by administrator", the only one stated elected by ag1, before the publication: none in office
    # (R6133-20 of 2010 al. 2, review 36 S1)
    assert r.holds("deliberation_invalid(ag2, d1, no_administrator_in_office)")
    assert r.holds("deliberation_valid(ag1, d1)") is False  # not judged, not an error


def test_what_would_and_why_not_on_a_misspelt_value(capsys):
    code, out, err = run(capsys, "what-would", FIXED_TERM, "administrator_invalid(no_fixd_term)")
    assert code == 2 and out == ""
    assert "'no_fixd_term' is declared nowhere in the file" in err and "did you mean 'no_fixed_term'" in err
    # why-not keeps its note (status 0: an answer)
    code, out, err = run(capsys, "why-not", FIXED_TERM, "administrator_invalid(no_fixd_term)")
    assert code == 0 and "no_fixd_term" in out
    # anchor: a declared value is searched (already does not hold with --negate)
    code, out, err = run(capsys, "what-would", FIXED_TERM, "legal_representative(ch_amboise)", "--not",
                         "--time-limit", "5")
    assert code == 0, err


# --- X2: Result.find and Result.by_predicate validate as holds does -------------------------------


@pytest.mark.parametrize("text, says", [
    ("member(a", "is not an atom"),
    ("", "is not an atom"),
    ("foo(x)", "no predicate 'foo' among the conclusions"),
    ("member(chru_tours, ch_amboise)", "member takes 1 argument(s), not 2"),
    ("member(ch_amboize)", "'ch_amboize' is declared nowhere"),
])
def test_find_raises_on_a_query_that_can_never_be_found(fixed_term, text, says):
    with pytest.raises(QueryError, match=says.replace("(", r"\(").replace(")", r"\)")):
        fixed_term.find(text)


def test_find_answers_drawn_conclusions_wildcards_and_none(fixed_term):
    # R6133-24 of 2010 al. 5: the administrator in office « représente le groupement »
    assert fixed_term.find("legal_representative(chru_tours)").text == "legal_representative(chru_tours)"
    found = fixed_term.find("member(_)")  # `_`: the first that matches, as holds('member(_)') is True
    assert found is not None and found.predicate == "member" and fixed_term.holds("member(_)")
    assert fixed_term.find("deliberation_valid(ag2, _)").text == "deliberation_valid(ag2, d1)"
    assert fixed_term.find("legal_representative(ch_amboise)") is None  # declared, not drawn: None
    assert fixed_term.find(fixed_term.conclusions[0]) is fixed_term.conclusions[0]
    with pytest.raises(TypeError):
        fixed_term.find(None)


def test_by_predicate_raises_on_a_name_that_is_no_conclusion(fixed_term):
    assert [c.text for c in fixed_term.by_predicate("legal_representative")] == ["legal_representative(chru_tours)"]
    assert fixed_term.by_predicate("dissolution_required") == []  # a conclusion of the law, not drawn here
    with pytest.raises(QueryError, match="did you mean dissolution_required"):
        fixed_term.by_predicate("dissolution_requried")
    with pytest.raises(QueryError, match="no predicate 'joined' among the conclusions"):  # an auxiliary
        fixed_term.by_predicate("joined")
    with pytest.raises(TypeError):
        fixed_term.by_predicate(None)


def test_explain_still_says_why_a_text_is_not_drawn(fixed_term):
    """explain keeps its KeyError (ConclusionNotDrawn) for a text not drawn, not the find QueryError."""
    with pytest.raises(KeyError, match="no predicate 'foo'"):
        fixed_term.explain("foo(x)")
    with pytest.raises(KeyError, match="without `_`"):
        fixed_term.explain("member(_)")
    assert fixed_term.explain("legal_representative(chru_tours)").provisions  # anchor


def test_notebook_01_does_not_fall_back_to_another_conclusion():
    import json

    nb = json.loads((ROOT / "notebooks" / "01_quickstart.ipynb").read_text(encoding="utf-8"))
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "result.find(wanted)" in code and "result.conclusions[0]" not in code


# --- X3: elections and avenants before legal personality -----------------------------------------
# R6133-11 of 2006 al. 3 / R6133-1-1 of 2010 al. 2: « Le groupement jouit de la personnalité morale à
# compter de la date de publication de l'acte d'approbation »: no administrator, deputy or committee
# of a groupement before it, no avenant to its convention; left out with before_legal_personality,
# as an assembly held before then.

DEPUTY = ROOT / "facts" / "admin17_deputy_acting.gcs"  # approved 2017-10-02, elections 2018-01-15 by ag1

EARLY = """groupement g "GCS Test" {
  as of 2012-12-31
  approved 2011-06-01
  seat "Tours" region "Centre"
  member a "CH A" { kind health_establishment sector public region "Centre" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Centre" rights 40 }
  convention {
    object "Obj"
    task_split
  }
  administrator a elected ELECTED until 2012-01-19
  avenant av1 on AVENANT for convention_change approved_on 2011-09-01 published_on 2011-09-02
}
"""


def _reason(tmp_path, text, name="x.gcs"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return gcs.reason(gcs.load(p))


def _line_of(text, start):
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.strip().startswith(start))


def _left_out(result):
    return [w for w in result.warnings if w.code == "before_legal_personality"]


def test_an_election_and_an_avenant_before_the_publication_are_left_out(tmp_path):
    r = _reason(tmp_path, EARLY.replace("ELECTED", "2009-01-20").replace("AVENANT", "2010-02-01"))
    assert r.holds("legal_personality_from(2011-06-01)") and r.holds("member(a)")  # anchor
    warned = _left_out(r)
    assert len(warned) == 2 and {w.line for w in warned} == {11, 12}
    assert "before the groupement had legal personality" in warned[0].message
    assert "R6133-1-1" in warned[0].message  # in force on the publication's date (2011-06-01)
    for text in ("administrator_term_expired(a, _)", "administrator_term_over(a, _)",
                 "administrator_invalid(term_expired)"):
        assert not r.holds(text)
    assert not r.holds("approval_required(_, avenant:av1)")


def test_the_same_election_and_avenant_after_the_publication_are_judged(tmp_path):
    """Control: elected 2011-06-10, the term until 2012-01-19 has run out on 2012-12-31 (R6133-24 of
    2010 al. 3, « pour une durée déterminée »); the avenant after the publication needs approval."""
    r = _reason(tmp_path, EARLY.replace("ELECTED", "2011-06-10").replace("AVENANT", "2011-08-01"))
    assert _left_out(r) == []
    assert r.holds("administrator_term_over(a, 2012-01-19)") and r.holds("administrator_invalid(term_expired)")
    assert r.holds("approval_required(_, avenant:av1)")


def _decided(text, on, published):
    """`text` with a decision approving the convention dated `on`, published `published` (the `approved` date), at
    its end (the lines of its statements unchanged)."""
    body = text.rstrip()
    assert body.endswith("}")
    return (body[:-1] + f"  ars_decision dec0 on {on} by ars_director_general published {published} "
            "{ approves convention }\n}\n")


def test_officers_elected_before_the_publication_are_not_in_office(tmp_path):
    text = DEPUTY.read_text(encoding="utf-8")
    before = _reason(tmp_path, text, "control.gcs")  # control: R6133-29 of 2017 al. 8, the deputy acts
    assert before.holds("acting_administrator(ch_epernay)") and before.holds("legal_representative(ch_epernay)")
    # review 38: the approving decision dated (2018-02-20), after the elections of 2018-01-15: before legal personality
    # under both texts (R6133-1-1 of 2017 al. 4, L6133-3 I); not dated, they would be left open
    r = _reason(tmp_path, _decided(text.replace("approved 2017-10-02", "approved 2018-03-01"), "2018-02-20",
                                   "2018-03-01"))
    lines = {w.line for w in _left_out(r)}
    assert {_line_of(text, "administrator chu_reims"), _line_of(text, "deputy ch_epernay"),
            _line_of(text, "assembly ag1")} == lines  # the administrator, the deputy, the assembly ag1
    assert r.holds("member(chu_reims)")  # anchor
    assert not r.holds("acting_administrator(_)") and not r.holds("legal_representative(_)")
    assert not r.holds("executing_administrator(_, _, _)")


def test_an_election_made_by_an_assembly_left_out_is_not_judged(tmp_path):
    """The election is dated after the publication, but the assembly that made it met before it (a
    meeting of the founders, not judged): no administrator in office is drawn from it."""
    text = DEPUTY.read_text(encoding="utf-8").replace("approved 2017-10-02", "approved 2018-01-20").replace(
        "administrator chu_reims elected 2018-01-15 by ag1.d1", "administrator chu_reims elected 2018-02-01 by ag1.d1")
    r = _reason(tmp_path, _decided(text, "2018-01-16", "2018-01-20"))  # decided after ag1 (review 38)
    said = [w.message for w in _left_out(r) if w.line == _line_of(text, "administrator chu_reims")]
    assert said and "was made by assembly 'ag1'" in said[0]
    assert r.holds("member(chu_reims)")  # anchor
    assert not r.holds("legal_representative(chu_reims)") and not r.holds("ordonnateur(_)")


# --- X5: a quoting mistake is said at the text that caused it ------------------------------------

MEMBER_LINE = '  member b "CH B" { kind health_establishment sector public region "Centre" rights 40 }\n'


def _check_line(tmp_path, capsys, line):
    p = tmp_path / "q.gcs"
    p.write_text(FIXED_TERM.read_text(encoding="utf-8").replace(
        '  member ch_amboise "CH d\'Amboise" { kind health_establishment sector public region "Centre" rights 40 }\n',
        line), encoding="utf-8")
    return run(capsys, "check", p)


@pytest.mark.parametrize("line, word", [
    ('  member ch_amboise "CH \\"A\\"" { kind health_establishment sector public region "Centre" rights 40 }\n', "'A'"),
    ('  member ch_amboise "CH A { kind health_establishment sector public region "Centre" rights 40 }\n', "'Centre'"),
    ('  member ch_amboise "CH ""A""" { kind health_establishment sector public region "Centre" rights 40 }\n', '"A"'),
])
def test_a_quote_inside_a_text_or_a_missing_one_names_the_text(tmp_path, capsys, line, word):
    code, out, err = _check_line(tmp_path, capsys, line)
    assert code == 2 and word in err
    assert "the quoted text opened at column 21 may be unclosed or contain a '\"'" in err  # `"CH` at column 21
    assert "no escape" in err


def test_a_wrong_word_without_a_quoting_mistake_has_no_quote_hint(tmp_path, capsys):
    code, out, err = _check_line(
        tmp_path, capsys, '  member ch_amboise "CH A" { kind health_establishment sector Public region "Centre" rights 40 }\n')
    assert code == 2 and "invalid word 'Public'" in err and "quoted text opened" not in err
    # anchor: the line well quoted reads (and reasons)
    code, out, err = _check_line(
        tmp_path, capsys, '  member ch_amboise "CH A" { kind health_establishment sector public region "Centre" rights 40 }\n')
    assert code == 0 and "legal_representative(chru_tours)" in out


# --- X6: what-would says what its time limit covers ----------------------------------------------


def test_what_would_says_the_checks_come_on_top_of_the_time_limit(capsys):
    code, out, err = run(capsys, "what-would", FIXED_TERM, "legal_representative(ch_amboise)", "--time-limit", "5",
                         "--lang", "en")
    assert code == 0, err
    assert "time limit 5 s for the search, the file's first check and the check of each set found coming on top" in out
    code, out, err = run(capsys, "what-would", FIXED_TERM, "legal_representative(ch_amboise)", "--time-limit", "5")
    assert code == 0 and "limite de temps 5 s pour la recherche, la première vérification du dossier" in out
