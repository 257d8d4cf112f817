"""The command line and the API on inputs the review of stop 28 found mishandled (/tmp/r28/robust):
the promise is a clear error naming the file, the line and what was expected; no traceback, no hang,
no wrong answer; nothing lost. Each test failed before its change.

F1. `memo -o` wrote over any file, the scenario it reads included (exit 0, the scenario lost).
"""

import os
import shutil
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main

BASE = Path(__file__).resolve().parent.parent / "facts" / "admin10_fixed_term.gcs"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def scenario(tmp_path):
    p = tmp_path / "victim.gcs"
    shutil.copy(BASE, p)
    return p


# --- F1: memo -o never writes over the scenario (nor another .gcs / .expected) ---------------------


def test_memo_refuses_to_overwrite_the_scenario_it_reads(scenario, capsys):
    before = scenario.read_text(encoding="utf-8")
    code, out, err = run(capsys, "memo", scenario, "-o", scenario)
    assert code == 2
    assert str(scenario) in err and "overwrite the scenario" in err and "expected" in err
    assert scenario.read_text(encoding="utf-8") == before


def test_memo_refuses_the_scenario_under_another_name(scenario, capsys, monkeypatch):
    before = scenario.read_text(encoding="utf-8")
    link = scenario.parent / "link.md"
    os.symlink(scenario, link)
    monkeypatch.chdir(scenario.parent)
    code, _, err = run(capsys, "memo", "./victim.gcs", "-o", "link.md")
    assert code == 2 and "overwrite the scenario" in err
    assert scenario.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("name", ["other.gcs", "victim.expected"])
def test_memo_refuses_to_overwrite_another_scenario_or_expectation_file(scenario, capsys, name):
    other = scenario.parent / name
    other.write_text("kept\n", encoding="utf-8")
    code, _, err = run(capsys, "memo", scenario, "-o", other)
    assert code == 2 and str(other) in err and "expected" in err
    assert other.read_text(encoding="utf-8") == "kept\n"


def test_memo_still_writes_a_note_and_replaces_an_older_note(scenario, capsys):
    note = scenario.parent / "note.md"
    note.write_text("old\n", encoding="utf-8")
    code, out, err = run(capsys, "memo", scenario, "-o", note)
    assert (code, err, out) == (0, "", "")
    assert note.read_text(encoding="utf-8").startswith("# ")


# --- F4: numbers above 2147483647 in a query are refused, never wrapped to 32 bits -----------------


@pytest.mark.parametrize("command", ["why-not", "what-would"])
@pytest.mark.parametrize("number", ["99999999999999", "2147483648", "4294969306"])
def test_a_query_with_a_number_beyond_the_reasoner_is_refused(capsys, command, number):
    code, out, err = run(capsys, command, BASE, f"accounts_approval_due({number}, _)")
    assert code == 2 and out == ""
    assert f"number {number} is too large" in err and "2147483647" in err and "expected" in err


def test_the_api_refuses_a_wrapped_number_rather_than_answer_another_question():
    r = gcs.reason(str(BASE))
    assert r.holds("accounts_approval_due(2010, _)")
    with pytest.raises(ValueError, match="too large"):  # 4294969306 = 2010 + 2^32: was True
        r.holds("accounts_approval_due(4294969306, _)")
    with pytest.raises(ValueError, match="too large"):
        r.why_not("accounts_approval_due(99999999999999, _)")
    assert "2147483647" in r.why_not("accounts_approval_due(2147483647, _)").text()


# --- F5: an impossible date in a query is refused, as --as-of refuses it ---------------------------


@pytest.mark.parametrize("command", ["why-not", "what-would"])
def test_a_query_with_an_impossible_date_is_refused(capsys, command):
    code, out, err = run(capsys, command, BASE, "accounts_approval_due(2010, 2012-02-30)")
    assert code == 2 and out == ""
    assert "February 2012 has 29 days" in err and "expected a real calendar date" in err


def test_the_api_refuses_an_impossible_date_in_a_query():
    r = gcs.reason(str(BASE))
    with pytest.raises(ValueError, match="February 2012 has 29 days"):
        r.why_not("accounts_approval_due(2010, 2012-02-30)")
    with pytest.raises(ValueError, match="out of range"):
        r.holds("accounts_approval_due(2010, 1850-03-30)")
    assert not r.holds("accounts_approval_due(2010, 2012-02-29)")
    assert "2012-02-29" in r.why_not("accounts_approval_due(2010, 2012-02-29)").text()


# --- F8: reason(explain=...) takes True or False; anything else is a TypeError naming it ----------


@pytest.mark.parametrize("value", [None, "yes", "no", 2, 0.5])
def test_reason_refuses_an_explain_that_is_not_true_or_false(value):
    with pytest.raises(TypeError, match=r"explain: expected True or False, not"):
        gcs.reason(str(BASE), explain=value)
    with pytest.raises(TypeError, match=r"explain: expected True or False, not"):
        gcs.reason_all([str(BASE)], explain=value)


def test_reason_still_takes_true_false_1_and_0():
    for value in (True, False, 1, 0):
        assert gcs.reason(str(BASE), explain=value).holds("nature(public)")


# --- F9: why_not(lang=...) takes fr or en, checked when called (not when the answer is shown) ------


def test_why_not_refuses_an_unknown_language_when_called():
    r = gcs.reason(str(BASE))
    for ask in (lambda: r.why_not("nature(private)", lang="de"), lambda: gcs.why_not(r, "nature(private)", lang="de")):
        with pytest.raises(ValueError, match=r"language 'de': expected one of fr, en"):
            ask()
    with pytest.raises(ValueError, match="depth"):
        r.why_not("nature(private)", depth=-1)
    assert "nature(private)" in r.why_not("nature(private)", lang="en").text()


# --- F10: a time limit is a finite number of seconds above 0 (nan, inf refused) -----------------


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "NaN", "0", "-5", "abc"])
def test_what_would_refuses_a_time_limit_that_is_not_a_finite_positive_number(capsys, value):
    with pytest.raises(SystemExit) as exit_:
        main(["what-would", str(BASE), "nature(private)", f"--time-limit={value}"])
    _, err = capsys.readouterr()
    assert exit_.value.code == 2 and "--time-limit" in err and "finite and above 0" in err


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 0, -1.0])
def test_the_api_refuses_a_time_limit_that_is_not_a_finite_positive_number(value):
    r = gcs.reason(str(BASE))
    with pytest.raises(ValueError, match=r"time_limit=.*expected a number of seconds, finite and above 0"):
        r.what_would_make("nature(private)", time_limit=value)
    with pytest.raises(TypeError, match="max_changes"):
        r.what_would_make("nature(private)", max_changes="2")


# --- F12: a Change with the wrong number or types of arguments is an EditError saying what is expected


@pytest.mark.parametrize("change, words", [
    (("present", ("ag2",)), "present: 1 argument ('ag2',); expected (assembly, member)"),
    (("present", (None, None)), "present: the assembly None is NoneType; expected an identifier"),
    (("convened_on", ("ag2", "2012-06-01")), "convened_on: the date '2012-06-01' is str; expected a date"),
    (("without", ("13",)), "without: the line '13' is str; expected a line number"),
    (("explode", ()), "unknown change 'explode'; expected one of present, absent"),
    (("vote", ("ag2", "d1", "ch_amboise")), "vote: 3 arguments"),
])
def test_edit_refuses_a_change_of_the_wrong_shape(change, words):
    from gcs_reasoner.whatif import Change, EditError

    s = gcs.load(str(BASE))
    with pytest.raises(EditError) as exc:
        gcs.edit(s, Change(*change))
    assert words in str(exc.value)


def test_edit_still_takes_the_changes_what_would_make_hands_out():
    from datetime import date

    from gcs_reasoner.whatif import Change

    s = gcs.load(str(BASE))
    edited = gcs.edit(s, Change("convened_on", ("ag2", date(2012, 6, 1))), Change("absent", ("ag2", "ch_amboise")))
    assert "convened_on 2012-06-01" in edited.text
    r = gcs.reason(s)
    for change_set in r.what_would_make("nature(private)", max_changes=2, time_limit=20).sets:
        gcs.edit(s, *change_set.changes)


# --- F13: an impossible date in a change, and `no withdrawal M` for a member with none --------------


def test_edit_says_an_impossible_date_is_impossible():
    from gcs_reasoner.whatif import EditError

    s = gcs.load(str(BASE))
    with pytest.raises(EditError, match=r"invalid date '2012-02-30': February 2012 has 29 days; expected a real calendar date"):
        gcs.edit(s, "convened_on ag2 2012-02-30")
    with pytest.raises(EditError, match=r"February 2011 has 28 days"):
        gcs.edit(s, "withdrawal ch_amboise notified 2011-02-29")
    with pytest.raises(EditError, match=r"out of range"):
        gcs.edit(s, "convened_on ag2 1800-01-01")
    with pytest.raises(EditError, match=r"cannot read the change 'convened_on ag2 2012/06/01'"):
        gcs.edit(s, "convened_on ag2 2012/06/01")


def test_no_withdrawal_of_a_member_that_notified_none_is_an_error():
    from gcs_reasoner.whatif import EditError

    s = gcs.load(str(BASE))
    with pytest.raises(EditError, match=r"'ch_amboise' notified no withdrawal; expected a member that notified one"):
        gcs.edit(s, "no withdrawal ch_amboise")
    with pytest.raises(EditError, match=r"no member 'ghost'"):
        gcs.edit(s, "no withdrawal ghost")
    withdrawn = gcs.edit(s, "withdrawal ch_amboise notified 2011-05-01")
    assert "withdrawal ch_amboise" not in gcs.edit(withdrawn, "no withdrawal ch_amboise").text


# --- F14: explain takes one conclusion in full; it no longer promises `_`, and lists the matches ------


def test_explain_with_a_wildcard_says_it_takes_one_conclusion_and_lists_the_matches(capsys):
    code, out, err = run(capsys, "explain", BASE, "member(_)")
    assert code == 2 and out == ""
    assert "explain takes one conclusion written in full, without `_`" in err
    assert "'member(chru_tours)'" in err and "'member(ch_amboise)'" in err


def test_explain_of_a_malformed_atom_does_not_promise_wildcards(capsys):
    code, _, err = run(capsys, "explain", BASE, "nature(")
    assert code == 2 and "is not an atom: expected name(arg, ...)" in err and "`_` for any value" not in err
    r = gcs.reason(str(BASE))
    with pytest.raises(KeyError) as exc:
        r.explain("nature(")
    assert "`_` for any value" not in str(exc.value)
    with pytest.raises(KeyError, match="without `_`"):
        r.explain("member(_)")
    code, _, err = run(capsys, "why-not", BASE, "nature(")  # why-not takes `_`: its message says so
    assert code == 2 and "`_` for any value" in err


# --- F15: diff speaks French by default, as every other command, and takes --lang ----------------


def test_diff_speaks_french_by_default_and_takes_lang(tmp_path, capsys):
    after = tmp_path / "after.gcs"
    after.write_text(BASE.read_text(encoding="utf-8").replace("present chru_tours, ch_amboise", "present chru_tours", 1),
                     encoding="utf-8")
    code, out, err = run(capsys, "diff", BASE, BASE)
    assert code == 0 and "aucun changement dans les conclusions" in out and "Droit applicable au" in out
    code, out, _ = run(capsys, "diff", BASE, after)
    assert code == 0 and "désormais établi : vote_not_counted(ag1, d1, ch_amboise" in out and "(au 2012-12-31)" in out
    code, out, _ = run(capsys, "diff", BASE, after, "--lang", "en")
    assert code == 0 and "now:" in out and "Law applied as of" in out
    d = gcs.diff(str(BASE), str(after))
    assert "now:" in d.text() and "désormais établi" in d.text("fr")
    with pytest.raises(ValueError, match="language 'de': expected one of fr, en"):
        d.text("de")


# --- F16: reason_all puts the error of an unreadable path in its place, as documented --------------


def test_reason_all_gives_an_exception_in_place_of_an_unreadable_path(tmp_path):
    s = gcs.load(str(BASE))
    out = gcs.reason_all([s, str(tmp_path / "nonexistent.gcs"), str(BASE)])
    assert len(out) == 3
    assert out[0].holds("nature(public)") and out[2].holds("nature(public)")
    assert isinstance(out[1], gcs.ScenarioError) and "nonexistent.gcs" in str(out[1])


# --- F17: an output that cannot be written (a full disk) is said so, not "internal error" ----------


class _Full:
    """A standard output on a full disk."""

    def write(self, text):
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")

    writelines = write

    def flush(self):
        pass

    def isatty(self):
        return False


@pytest.mark.parametrize("argv", [("check", BASE), ("check", BASE, "--format", "json"), ("texts",),
                                  ("explain", BASE, "nature(public)")])
def test_a_full_disk_on_stdout_is_a_clear_message_not_an_internal_error(capsys, monkeypatch, argv):
    monkeypatch.setattr("sys.stdout", _Full())
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert code == 2 and "internal error" not in err
    assert "cannot write the output (standard output): No space left on device" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("argv", [("check", BASE), ("server", "status")])
def test_the_console_script_on_dev_full(argv):
    import subprocess
    import sys

    env = {**os.environ, "GCS_REASONER_SERVER": "0"}
    with open("/dev/full", "w") as full:
        p = subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", *map(str, argv)], stdout=full,
                           stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    assert p.returncode == 2 and p.stderr.strip() == \
        "gcs-reasoner: cannot write the output (standard output): No space left on device"


# --- F11: an .expected file is read as a .gcs is: a BOM tolerated, a bad byte said with its line ------


def test_an_expected_file_with_a_bom_is_read(tmp_path, capsys):
    shutil.copy(BASE, tmp_path / "crlf.gcs")
    (tmp_path / "crlf.expected").write_bytes(b"\xef\xbb\xbf# notes\r\nas_of 2012-12-31\r\nordonnateur(chru_tours)\r\n")
    code, out, err = run(capsys, "test", tmp_path / "crlf.gcs")
    assert code == 0 and "PASS" in out and err == ""


def test_a_bad_byte_in_an_expected_file_is_said_with_its_line(tmp_path, capsys):
    shutil.copy(BASE, tmp_path / "nu.gcs")
    (tmp_path / "nu.expected").write_bytes(b"as_of 2012-12-31\nordonnateur(chru_tours)\n\xe9\n")
    code, _, err = run(capsys, "test", tmp_path / "nu.gcs")
    assert code == 2
    assert f"{tmp_path / 'nu.expected'}:3:1: cannot read the expectation file: it is not UTF-8 text" in err
    assert "expected a UTF-8 text file" in err and "position" not in err


@pytest.mark.parametrize("text, line, col", [
    ('groupement u "" {\n  member not "t" {}\n}\n', 2, 10),
    ('groupement u "" {\n  member a "t" {}\n  staff not made_available_by a\n}\n', 3, 9),
    ('groupement not "" {\n  member a "t" {}\n}\n', 1, 12),
])
def test_not_is_a_reserved_word_and_cannot_be_an_identifier(text, line, col):
    """Found by fuzzing (stop 28, seed 2828): an identifier `not`, a keyword of the rules' language,
    made the facts unreadable: `internal error: RuntimeError: parsing failed`, exit 1."""
    with pytest.raises(gcs.ScenarioError) as err:
        gcs.loads(text, path="<test>")
    assert (err.value.line, err.value.col) == (line, col)
    assert "'not' is a reserved word and cannot be an identifier" in err.value.message


def test_the_word_not_in_a_label_or_a_comment_is_no_identifier():
    scenario = gcs.loads('groupement u "not" { # not this\n  member a "t" {}\n}\n', path="<test>")
    assert scenario.groupement.members[0].id == "a"
