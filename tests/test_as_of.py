"""Which date the law is applied on (issue 9): the date asked for (CLI `--as-of`, API `as_of=`)
wins over the file's `as of`, which wins over today; the result records which and why, and
every output says it (text, Markdown, HTML: one line; JSON: `as_of_source`, `file_as_of`)."""

import json
from datetime import date

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main

# the groupement of the CLI tests: two members, the second withdrew at the end of 2007
from tests.test_cli import GOOD as DATED, UNDATED  # noqa: E402


@pytest.fixture
def files(tmp_path):
    d, u = tmp_path / "dated.gcs", tmp_path / "undated.gcs"
    d.write_text(DATED, encoding="utf-8")
    u.write_text(UNDATED, encoding="utf-8")
    return d, u


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    if "html" in argv:
        import html

        out = html.unescape(out)
    return code, out, err


# --- the API -------------------------------------------------------------------------------


def test_api_date_asked_wins_over_the_file():
    r = gcs.reason(gcs.loads(DATED), as_of=date(2007, 6, 30))
    assert (r.as_of, r.as_of_source, r.file_as_of) == (date(2007, 6, 30), "asked", date(2008, 3, 1))
    # judged on the date asked: ch_b's withdrawal (effective 2007-12-31) has not taken effect yet
    assert r.holds("member(ch_b)")
    assert not gcs.reason(gcs.loads(DATED)).holds("member(ch_b)")


def test_api_string_date_and_the_files_date():
    r = gcs.reason(gcs.loads(DATED), as_of="2007-06-30")
    assert (r.as_of, r.as_of_source) == (date(2007, 6, 30), "asked")
    r = gcs.reason(gcs.loads(DATED))
    assert (r.as_of, r.as_of_source, r.file_as_of) == (date(2008, 3, 1), "file", date(2008, 3, 1))


def test_api_today_when_neither():
    r = gcs.reason(gcs.loads(UNDATED))
    assert (r.as_of, r.as_of_source, r.file_as_of) == (date.today(), "today", None)
    r = gcs.reason(gcs.loads(UNDATED), as_of=date(2008, 3, 1))
    assert (r.as_of, r.as_of_source, r.file_as_of) == (date(2008, 3, 1), "asked", None)


def test_an_overriding_date_is_not_the_files_statement():
    """The as_of fact of an asked date comes from the command line, not from the file's `as of` line."""
    r = gcs.reason(gcs.loads(DATED, "dated.gcs"), as_of=date(2007, 6, 30), explain=True)
    origins = [o for sym, o in r.facts.facts if str(sym).startswith("as_of(")]
    assert origins and all(o.file == "<command line>" for o in origins)
    r = gcs.reason(gcs.loads(DATED, "dated.gcs"), explain=True)
    origins = [o for sym, o in r.facts.facts if str(sym).startswith("as_of(")]
    assert origins and all(o.file == "dated.gcs" and o.line == 2 for o in origins)


def test_edit_and_diff_follow_the_same_rule():
    s = gcs.loads(DATED)
    edited = gcs.edit(s, "no withdrawal ch_b")
    d = gcs.diff(s, edited, as_of=date(2009, 1, 1))
    assert d.before.as_of == d.after.as_of == date(2009, 1, 1)
    assert d.before.as_of_source == d.after.as_of_source == "asked"
    d = gcs.diff(s, edited)
    assert d.before.as_of == date(2008, 3, 1) and d.before.as_of_source == "file"


# --- the command line -----------------------------------------------------------------------


def test_check_json_says_where_the_date_comes_from(files, capsys):
    dated, undated = files
    code, out, _ = run(capsys, "check", dated, "--as-of", "2007-06-30", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and (doc["as_of"], doc["as_of_source"], doc["file_as_of"]) == ("2007-06-30", "asked", "2008-03-01")
    code, out, _ = run(capsys, "check", dated, "--format", "json")
    doc = json.loads(out)
    assert (doc["as_of"], doc["as_of_source"]) == ("2008-03-01", "file") and "file_as_of" not in doc
    code, out, _ = run(capsys, "check", undated, "--format", "json")
    doc = json.loads(out)
    assert (doc["as_of"], doc["as_of_source"]) == (date.today().isoformat(), "today")
    code, out, _ = run(capsys, "check", undated, "--as-of", "2007-06-30", "--format", "json")
    doc = json.loads(out)
    assert (doc["as_of"], doc["as_of_source"]) == ("2007-06-30", "asked") and "file_as_of" not in doc


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_report_says_the_date_and_why(files, capsys, fmt):
    dated, undated = files
    code, out, _ = run(capsys, "check", dated, "--as-of", "2007-06-30", "--format", fmt)
    assert code == 0 and "30 juin 2007" in out and "date demandée ; le fichier indique le 1er mars 2008" in out
    code, out, _ = run(capsys, "check", dated, "--as-of", "2007-06-30", "--format", fmt, "--lang", "en")
    assert "30 June 2007" in out and "date asked for; the file says 1 March 2008" in out
    code, out, _ = run(capsys, "check", dated, "--format", fmt)
    assert "1er mars 2008" in out and "date indiquée par le fichier (as of, ligne 2)" in out
    code, out, _ = run(capsys, "check", dated, "--format", fmt, "--lang", "en")
    assert "the file's date (as of, line 2)" in out
    code, out, _ = run(capsys, "check", undated, "--format", fmt)
    assert "date du jour : le fichier n'indique pas de date" in out
    code, out, _ = run(capsys, "check", undated, "--as-of", "2008-03-01", "--format", fmt, "--lang", "en")
    assert "date asked for (the file gives none)" in out


def test_text_line(files, capsys):
    dated, _ = files
    code, out, _ = run(capsys, "check", dated, "--as-of", "2007-06-30")
    assert out.splitlines()[1] == ("Droit applicable au 30 juin 2007 (2007-06-30) — "
                                   "date demandée ; le fichier indique le 1er mars 2008")
    code, out, _ = run(capsys, "check", dated, "--as-of", "2008-03-01", "--lang", "en")
    assert out.splitlines()[1] == "Law applied as of 1 March 2008 (2008-03-01) — date asked for, the one the file gives too"


def test_a_folder_takes_the_date_asked(files, capsys):
    dated, _ = files
    code, out, _ = run(capsys, "check", dated.parent, "--as-of", "2007-06-30", "--format", "json")
    docs = json.loads(out)
    assert code == 0 and [(d["as_of"], d["as_of_source"]) for d in docs] == [("2007-06-30", "asked")] * 2
    assert [d.get("file_as_of") for d in docs] == ["2008-03-01", None]
    code, out, _ = run(capsys, "check", dated.parent, "--as-of", "2007-06-30")
    assert out.count("date demandée") == 2


def test_explain_why_not_what_would_diff_take_the_date_asked(files, capsys):
    dated, undated = files
    code, out, err = run(capsys, "explain", dated, "member(ch_b)", "--as-of", "2007-06-30")
    assert code == 0, err
    assert out.startswith("member(ch_b)\n") and "date demandée ; le fichier indique le 1er mars 2008" in out
    assert "option --as-of 30 juin 2007" in out  # the fact, from the command line
    code, out, _ = run(capsys, "explain", dated, "member(ch_b)")
    assert code == 2  # on the file's date, ch_b has left
    code, out, _ = run(capsys, "explain", dated, "member(ch_b)", "--as-of", "2007-06-30", "--format", "json")
    doc = json.loads(out)
    assert (doc["as_of"], doc["as_of_source"], doc["file_as_of"]) == ("2007-06-30", "asked", "2008-03-01")

    code, out, _ = run(capsys, "why-not", dated, "member(ch_b)", "--as-of", "2009-01-01")
    assert code == 0 and out.rstrip().endswith("date demandée ; le fichier indique le 1er mars 2008")
    code, out, _ = run(capsys, "why-not", dated, "member(ch_b)", "--format", "json")
    assert json.loads(out)["as_of_source"] == "file"

    code, out, _ = run(capsys, "what-would", dated, "member(ch_b)", "--as-of", "2009-01-01", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and (doc["as_of"], doc["as_of_source"]) == ("2009-01-01", "asked")

    code, out, _ = run(capsys, "diff", dated, undated, "--as-of", "2009-01-01", "--lang", "en")
    assert code == 0 and "(as of 2009-01-01)" in out.splitlines()[0]
    assert out.rstrip().splitlines()[-2:] == [
        "← Law applied as of 1 January 2009 (2009-01-01) — date asked for; the file says 1 March 2008",
        "→ Law applied as of 1 January 2009 (2009-01-01) — date asked for (the file gives none)",
    ]
    code, out, _ = run(capsys, "diff", dated, undated, "--as-of", "2009-01-01", "--format", "json")
    doc = json.loads(out)
    assert doc["before_as_of"]["file_as_of"] == "2008-03-01" and doc["after_as_of"]["as_of_source"] == "asked"
