"""The command line and the API on inputs the review of stop 33 found mishandled (/tmp/rv5): the
promise is, on any input, results or a clear error naming the file/line (or the argument) and what
was expected, exit 2 for a user's error; never "internal error", never a traceback.

R1. why-not, explain, what-would and test on a malformed query atom: a constant where a date or a
    year is (`withdrawal_effective(b, x)`, `accounts_approval_late(x)`), a non-ASCII word
    (`member(aé)`), terms nested 3,000 deep; and the calendar functions given a non-date.
R2. The API: `reason_all(path)` reasoned on each character of the path; `why_not(path, ...)` and
    `what_would_make(path, ...)` raised a bare AttributeError.
R3. `--as-of` (and the API's dates, an edit's date) read Unicode digits (٢٠٠٨-٠١-٠١, ２００８-01-01)
    as 2008-01-01, which the file's language refuses: ASCII digits only, with the message of any
    other text that is no date.
"""

from pathlib import Path

import clingo
import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main

ROOT = Path(__file__).resolve().parent.parent
INDEFINITE = ROOT / "facts" / "admin10_indefinite.gcs"

BASE = """groupement g "GCS Test" {
  as of 2008-06-30
  approved 2006-03-15
  member a "CH A" {
    kind health_establishment
    sector public
    rights 50
  }
  member b "Clinique B" {
    kind health_establishment
    sector private
    rights 50
  }
  assembly ag1 on 2007-06-28 {
    convened_on 2007-06-10 by administrator
    present a, b
    deliberation d1 on budget { for a, b }
  }
  withdrawal b notified 2007-05-15
}
"""
DEEP = "f(" * 3000 + "a" + ")" * 3000


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def base(tmp_path):
    p = tmp_path / "base.gcs"
    p.write_text(BASE, encoding="utf-8")
    return p


# --- R1: a value of another kind where the predicate takes a date or a year --------------------------

# R6133-5 (2006) al. 2: « à l'expiration d'un exercice budgétaire »: b notified on 2007-05-15, more
# than six months before 31 December 2007, so its withdrawal takes effect on 2007-12-31.


@pytest.mark.parametrize("command", ["why-not", "explain", "what-would"])
@pytest.mark.parametrize("query", ["withdrawal_effective(b,x)", 'withdrawal_effective(b,"x")',
                                   "withdrawal_effective(b,5)", 'withdrawal_effective(_,"x")'])
def test_a_constant_where_a_date_is_is_said_so(base, capsys, command, query):
    if command == "explain" and query.startswith("withdrawal_effective(_"):
        query = 'withdrawal_effective(b,"ab")'
    code, out, err = run(capsys, command, base, query)
    assert code == 2, (out, err)
    assert out == ""
    assert "internal error" not in err and "Traceback" not in err
    assert str(base) in err
    assert "argument 2 of withdrawal_effective is a date: expected YYYY-MM-DD" in err


@pytest.mark.parametrize("command", ["why-not", "explain", "what-would"])
def test_the_date_itself_is_still_answered(base, capsys, command):
    """Positive anchor: the same file, the date the law gives."""
    code, out, err = run(capsys, command, base, "withdrawal_effective(b,2007-12-31)")
    assert code == 0, err
    assert "withdrawal_effective(b, 2007-12-31)" in out


@pytest.mark.parametrize("query", ["accounts_approval_late(x)", "annual_assembly_missing(x)",
                                   "accounts_approval_late(d(1,2,3))", 'accounts_approval_late("s")'])
def test_a_constant_where_a_year_is_is_said_so(capsys, query):
    code, out, err = run(capsys, "why-not", INDEFINITE, query)
    assert code == 2 and out == ""
    assert "internal error" not in err
    name = query.split("(")[0]
    assert f"argument 1 of {name} is a number: expected a whole number" in err


def test_a_year_is_still_answered(capsys):
    """Positive anchor: a year is read (R6133-12 of 2006 al. 2 « au moins une fois par an »)."""
    code, out, err = run(capsys, "why-not", INDEFINITE, "annual_assembly_missing(2008)")
    assert code == 0, err
    assert out.startswith("annual_assembly_missing(2008)")


def test_the_api_raises_the_same_query_error(base):
    from gcs_reasoner.whynot import QueryError

    result = gcs.reason(base)
    with pytest.raises(QueryError, match="argument 2 of withdrawal_effective is a date"):
        result.why_not("withdrawal_effective(b, x)")
    with pytest.raises(QueryError, match="argument 2 of withdrawal_effective is a date"):
        result.what_would_make("withdrawal_effective(b, 5)")
    assert result.holds("withdrawal_effective(b, 2007-12-31)")
    assert not result.why_not("withdrawal_effective(b, 2008-12-31)").holds_now


def test_places_read_from_the_rules():
    """The kinds are read from the rules as written: E = @first_year_end(...) is a date, the year
    of d(Y, 12, 31) a number; a member is neither."""
    from gcs_reasoner.program import load_program
    from gcs_reasoner.whynot_rules import place_kinds

    kinds = place_kinds(load_program())
    assert kinds[("withdrawal_effective", 2)] == (None, "date")
    assert kinds[("annual_assembly_missing", 1)] == ("number",)
    assert kinds[("accounts_approval_late", 1)] == ("number",)
    assert ("member", 1) not in kinds


# --- R1: the calendar functions on what is not a date have no value ------------------------------


def test_calendar_functions_have_no_value_on_a_non_date():
    from gcs_reasoner.calendar_functions import Calendar, calendar_date

    c = Calendar()
    N, F = clingo.Number, clingo.Function

    def d(*a):
        return F("d", [N(x) for x in a])

    # anchors: the functions compute on dates
    assert c.add_days(d(2007, 12, 31), N(1)) == d(2008, 1, 1)
    assert c.months_before(d(2007, 12, 31), N(6)) == d(2007, 6, 30)
    assert c.add_years(d(2008, 2, 29), N(3)) == d(2011, 3, 1)
    assert c.first_year_end(d(2007, 5, 15), N(6), d(2007, 5, 15)) == d(2007, 12, 31)
    assert c.year(d(2007, 1, 1)) == N(2007)
    # no value (no instance) on another term, a day the calendar has not, or a result out of it
    assert c.add_days(F("x"), N(1)) == []
    assert c.add_days(N(5), N(1)) == []
    assert c.add_days(clingo.String("x"), N(1)) == []
    assert c.add_days(d(2007, 13, 1), N(1)) == []
    assert c.add_days(d(9999, 12, 31), N(1)) == []
    assert c.add_days(d(2007, 1, 1), F("x")) == []
    assert c.months_before(F("x"), N(6)) == []
    assert c.months_before(d(1, 1, 1), N(6)) == []
    assert c.add_years(d(2008, 2, 29), N(-2008)) == []
    assert c.first_year_end(d(2007, 5, 15), F("x"), d(2007, 5, 15)) == []
    assert c.first_year_end(d(2007, 5, 15), N(6), clingo.String("x")) == []
    assert c.year(N(3)) == []
    assert c.fraction(F("a"), N(4)) == []
    assert calendar_date(d(2007, 2, 29)) is None and calendar_date(F("d", [F("x"), N(1), N(1)])) is None


def test_why_not_of_an_auxiliary_with_a_constant_date_does_not_crash(base):
    """A place whose kind the rules do not tell (withdrawal_candidate_end is read from a date in one
    rule): the calendar function of a constant has no value, the rule is said not to apply."""
    result = gcs.reason(base)
    w = result.why_not("withdrawal_effective(b, 2008-12-31)")
    assert not w.holds_now and w.failures
    assert all("cannot evaluate" not in f.words.get("en", "") for f in w.failures)


# --- R1: a non-ASCII word, terms nested 3,000 deep --------------------------------------------------


@pytest.mark.parametrize("command", ["why-not", "explain", "what-would"])
@pytest.mark.parametrize("query", ["member(aé)", "nature(é)"])
def test_a_non_ascii_word_is_said_so(base, capsys, command, query):
    code, out, err = run(capsys, command, base, query)
    assert code == 2 and out == ""
    assert "internal error" not in err and "UnicodeDecodeError" not in err
    assert "invalid word" in err and "identifiers are ASCII" in err and "quoted names" in err


def test_an_accented_quoted_string_is_read(base, capsys):
    """Positive anchor: in quotes an accented word is a string, answered (not established)."""
    code, out, err = run(capsys, "why-not", base, 'member("aé")')
    assert code == 0, err
    assert out.startswith('member("aé")') or out.startswith("member(aé)")
    code, out, err = run(capsys, "why-not", base, "member(a)")
    assert code == 0 and "member(a) est établi" in out


@pytest.mark.parametrize("command", ["why-not", "explain", "what-would"])
def test_a_query_nested_3000_deep_is_said_so(base, capsys, command):
    code, out, err = run(capsys, command, base, DEEP)
    assert code == 2 and out == ""
    assert "RecursionError" not in err and "internal error" not in err
    assert "terms nested 3000 deep" in err and "at most 50" in err
    assert len(err) < 1000  # the query is cut in the message


def _with_expected(tmp_path, line):
    gcs_path = tmp_path / "e.gcs"
    gcs_path.write_text(BASE, encoding="utf-8")
    (tmp_path / "e.expected").write_text(f"as_of 2008-06-30\nmember(a)\n{line}\n", encoding="utf-8")
    return gcs_path


@pytest.mark.parametrize("line, says", [("member(é)", "identifiers are ASCII"),
                                        (DEEP, "terms nested 3000 deep"),
                                        # passed for ever as `not …` (no instance can have x there)
                                        ("not withdrawal_effective(b, x)", "argument 2 of withdrawal_effective is a date"),
                                        ("annual_assembly_missing(x)", "argument 1 of annual_assembly_missing is a number")])
def test_the_test_command_names_the_expected_line(tmp_path, capsys, line, says):
    path = _with_expected(tmp_path, line)
    code, out, err = run(capsys, "test", path)
    text = out + err
    assert "internal error" not in text and "not run" not in text
    assert f"{tmp_path / 'e.expected'}:1" in text and "UNKNOWN PREDICATE" in text and says in text
    assert code == 1  # a failed expectation, as any other


def test_the_test_command_passes_the_same_file_without_the_line(tmp_path, capsys):
    """Positive anchor: the same scenario and expectations without the bad line pass."""
    path = _with_expected(tmp_path, "withdrawal_effective(b, 2007-12-31)")
    code, out, err = run(capsys, "test", path)
    assert code == 0, out + err


# --- R2: the API given one path, or a path where a Result is -------------------------------------


def test_reason_all_takes_one_path_as_one_file(base):
    for one in (str(base), base, gcs.load(base)):
        results = gcs.reason_all(one)
        assert len(results) == 1
        assert results[0].holds("withdrawal_effective(b, 2007-12-31)")
    assert len(gcs.reason_all([base, str(base)])) == 2  # anchor: a list is still several files


def test_reason_all_and_check_files_refuse_what_is_no_collection():
    with pytest.raises(TypeError, match=r"scenarios: expected Scenarios or paths of \.gcs files .*not int"):
        gcs.reason_all(5)
    with pytest.raises(TypeError, match=r"paths: expected paths of \.gcs files .*not int"):
        gcs.check_files(5)


def test_check_files_still_takes_one_path(base):
    assert [p for p, _ in gcs.check_files(base, jobs=1)] == [str(base)]


@pytest.mark.parametrize("given", ["path", "Path", "scenario", "result"])
def test_why_not_and_what_would_make_take_a_path_or_a_scenario(base, given):
    subject = {"path": str(base), "Path": base, "scenario": gcs.load(base), "result": gcs.reason(base)}[given]
    w = gcs.why_not(subject, "member(b)")
    assert not w.holds_now and w.failures  # b withdrew at the end of 2007
    assert gcs.why_not(subject, "member(a)").holds_now
    ww = gcs.what_would_make(subject, "member(a)")
    assert "member(a)" in str(ww)


def test_why_not_of_what_is_no_result_is_a_type_error():
    with pytest.raises(TypeError, match=r"expected a Result .*a Scenario or the path of a \.gcs file, not int"):
        gcs.why_not(5, "member(a)")
    with pytest.raises(TypeError, match=r"expected a Result .*not list"):
        gcs.what_would_make([1], "member(a)")


# --- R3: dates in ASCII digits only -------------------------------------------------------------

UNICODE_DATES = ["\u0662\u0660\u0660\u0668-\u0660\u0661-\u0660\u0661",  # Arabic-Indic digits
                 "\uff12\uff10\uff10\uff18-01-01"]  # fullwidth digits


@pytest.mark.parametrize("text", UNICODE_DATES)
@pytest.mark.parametrize("command", ["check", "texts"])
def test_as_of_refuses_unicode_digits(base, capsys, command, text):
    argv = [command, base, "--as-of", text] if command == "check" else [command, "--as-of", text]
    with pytest.raises(SystemExit) as stop:
        run(capsys, *argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --as-of: invalid date {text!r}; expected YYYY-MM-DD" in err


def test_as_of_in_ascii_digits_is_read(base, capsys):
    """Positive anchor: a date in ASCII digits is read (b, whose withdrawal takes effect at the end
    of 2007, is still a member on 2007-12-01)."""
    import json

    code, out, err = run(capsys, "check", base, "--as-of", "2007-12-01", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["as_of"] == "2007-12-01" and doc["as_of_source"] == "asked"
    assert {"predicate": "member", "args": ["b"]}.items() <= next(
        c for c in doc["conclusions"] if c["predicate"] == "member" and c["args"] == ["b"]).items()


@pytest.mark.parametrize("text", UNICODE_DATES)
def test_the_api_refuses_unicode_digits(base, text):
    with pytest.raises(ValueError, match=r"invalid date .* for as_of; expected YYYY-MM-DD"):
        gcs.reason(base, as_of=text)
    with pytest.raises(ValueError, match=r"invalid date .* for on; expected YYYY-MM-DD"):
        gcs.texts(text)
    from gcs_reasoner.whatif import EditError

    with pytest.raises(EditError, match="cannot read the change"):
        gcs.edit(base, f"withdrawal b notified {text}")
    timeline = gcs.timeline(base)
    with pytest.raises(ValueError, match=r"invalid date .* for on; expected YYYY-MM-DD"):
        timeline.holding_on(text)
    assert "member(a)" in timeline.holding_on("2008-01-01")
    assert gcs.reason(base, as_of="2008-01-01").as_of.isoformat() == "2008-01-01"
    edited = gcs.edit(base, "withdrawal b notified 2007-05-16")
    assert edited.groupement.withdrawals[0].notified.isoformat() == "2007-05-16"
