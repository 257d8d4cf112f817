"""Issue 7: inputs that crashed the reasoner or its parser, and the bounds of the language.

Every bad input through `load`/`loads` raises ScenarioError (exit 2 from the
command line), at the place of the fault when it has one.
"""

import os
import socket
import stat
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import parse as P
from gcs_reasoner.cli import main
from gcs_reasoner.parse import ScenarioError, parse_file, parse_text, shown

HEAD = (
    'groupement g "G" {\n'  # 1
    "  as of 2008-06-30\n"  # 2
    '  member a "A" { kind health_establishment sector public rights 10 }\n'  # 3
    '  member b "B" { kind health_establishment sector public rights 10 }\n'  # 4
)  # the statement under test is on line 5


def scenario(line: str) -> str:
    return HEAD + line + "\n}\n"


def error(text) -> ScenarioError:
    with pytest.raises(ScenarioError) as e:
        gcs.loads(text, "t.gcs")
    return e.value


def located(err: ScenarioError, line: int, col: int, *fragments: str) -> None:
    assert (err.line, err.col) == (line, col), str(err)
    assert str(err) == f"t.gcs:{line}:{col}: {err.message}"
    for fragment in fragments:
        assert fragment in err.message, str(err)
    assert "internal error" not in err.message and "expected " in err.message, str(err)


# ---------------------------------------------------------------------------
# 1. Control characters


@pytest.mark.parametrize("char", [chr(c) for c in range(0x20) if c != 0x0A] + ["\x7f"])
def test_control_character_in_a_string(char):
    # a NUL made clingo abort the process; others reached the facts
    err = error(scenario(f'  seat "Li{char}lle"'))
    located(err, 5, 11, f"control character U+{ord(char):04X} in a string")


def test_nul_in_a_string_is_reported_before_the_missing_quote():
    located(error(scenario('  seat "Li\x00lle')), 5, 11, "control character U+0000 in a string")


def test_nul_in_a_string_through_the_reasoner():
    with pytest.raises(ScenarioError):
        gcs.reason(gcs.loads(scenario('  seat "Lille" region "N\x00"')))


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x1b", "\x7f"])
def test_control_character_outside_strings(char):
    located(error(scenario(f"  {char}")), 5, 3, f"control character U+{ord(char):04X};")
    located(error(scenario(f"  capital 10{char}")), 5, 13, f"control character U+{ord(char):04X};")


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x7f"])
def test_control_character_in_a_comment(char):
    located(error(scenario(f"  # a note {char} more")), 5, 12,
            f"control character U+{ord(char):04X} in a comment")


def test_white_space_is_still_white_space():
    text = scenario("\tcapital 10\f# a comment\twith a tab\r").replace("\n", "\r\n")
    assert gcs.loads(text).groupement.capital.value == 10


# ---------------------------------------------------------------------------
# 2. Numbers


@pytest.mark.parametrize("line, number, what", [
    ('  member c "C" { rights 4294967356 }', "4294967356", "a positive integer"),
    ("  capital 2147483648", "2147483648", "an amount"),
    ("  capital 2_147_483_648 EUR", "2_147_483_648", "an amount"),
    ("  contribution a cash 99999999999", "99999999999", "an amount"),
    ("  participation a financial 99999999999 year 2007", "99999999999", "an amount"),
    ("  budget 2008 revenue 1 expenses 3000000000", "3000000000", "an amount"),
    ("  result 2008 surplus 3000000000 allocated reserves", "3000000000", "an amount"),
    ("  medical_act x tariff 3000000000 billed 1", "3000000000", "an amount"),
])
def test_number_above_the_reasoners_integers(line, number, what):
    err = error(scenario(line))
    located(err, 5, line.index(number) + 1, what)
    assert err.message.startswith(
        f"number {number} is too large: the reasoner computes exactly up to 2147483647; expected"
    ), str(err)


def test_the_largest_number_is_accepted():
    g = gcs.loads(scenario("  capital 2_147_483_647 EUR")).groupement
    assert g.capital.value == 2_147_483_647
    g = gcs.loads(scenario("  contribution a cash 0002147483647")).groupement
    assert g.contributions[-1].amount == 2_147_483_647


def test_a_number_of_five_thousand_digits():
    # was `internal error` at 0:0 (int() refuses more than 4300 digits)
    err = error(scenario("  capital " + "9" * 5000))
    located(err, 5, 11, "is too large: the reasoner computes exactly up to 2147483647", "(5000 characters)")
    assert len(str(err)) < 300
    err = error(scenario("  capital -" + "9" * 5000))
    located(err, 5, 11, "negative amount")
    err = error(scenario("  capital 1" + "x" * 5000))
    located(err, 5, 11, "invalid number")
    assert len(str(err)) < 300


@pytest.mark.parametrize("line, number, fragment", [
    ("  convention { notice_days 3661 }", "3661",
     "notice_days 3661 is too long: the language accepts up to 3660 days (ten years)"),
    ("  convention { notice_days 99999999999999 }", "9999", "notice_days 99999999999999 is too long"),
    ("  convention { withdrawal_notice_months 1201 }", "1201",
     "withdrawal_notice_months 1201 is too long: the language accepts up to 1200 months"),
])
def test_time_quantities_are_bounded(line, number, fragment):
    located(error(scenario(line)), 5, line.index(number) + 1, fragment)


def test_time_quantities_at_their_bounds():
    c = gcs.loads(scenario("  convention { notice_days 3660 withdrawal_notice_months 1200 }")).groupement.convention
    assert (c.notice_days.value, c.withdrawal_notice_months.value) == (3660, 1200)


# ---------------------------------------------------------------------------
# 3. Dates and years


@pytest.mark.parametrize("line, bad", [
    ("  withdrawal b notified 9999-12-01", "9999-12-01"),  # was exit 1: OverflowError
    ("  assembly x on 2008-01-01 { convened_on 9999-12-31 by administrator }", "9999-12-31"),  # ValueError
    ("  withdrawal b notified 2008-01-01 effective 2200-01-01", "2200-01-01"),
    ("  approved 1899-12-31", "1899-12-31"),
    ("  approved 0001-01-01", "0001-01-01"),
])
def test_dates_outside_the_language(line, bad):
    located(error(scenario(line)), 5, line.index(bad) + 1,
            f"date {bad} is out of range: the language accepts dates from 1900-01-01 to 2199-12-31")


def test_dates_at_the_bounds():
    g = gcs.loads(scenario("  approved 1900-01-01\n  duration until 2199-12-31")).groupement
    assert (str(g.approved.value), str(g.duration.value)) == ("1900-01-01", "2199-12-31")


@pytest.mark.parametrize("line, bad", [
    ("  budget 0000 revenue 1 expenses 1", "0000"),
    ("  result 9999 surplus 1 allocated reserves", "9999"),
    ("  activity_report 1899", "1899"),
    ("  participation a financial 1 year 2200", "2200"),
])
def test_years_outside_the_language(line, bad):
    located(error(scenario(line)), 5, line.index(bad) + 1,
            f"year {bad} is out of range: the language accepts years 1900 to 2199")


def test_far_dates_reach_no_crash_in_the_reasoner():
    for line in ("  withdrawal b notified 2199-12-01", "  assembly x on 2199-12-31 { convened_on 2199-12-31 }",
                 "  withdrawal b notified 1900-01-01 effective 1900-01-01"):
        gcs.reason(gcs.loads(scenario(line)))


# ---------------------------------------------------------------------------
# 4. Reading files


def unreadable(path, *fragments) -> ScenarioError:
    with pytest.raises(ScenarioError) as e:
        parse_file(path)
    err = e.value
    assert (err.line, err.col) == (0, 0)
    # the path as given, its control characters written as escapes (a NUL: \\u0000): the message is one line
    assert str(err) == f"{shown(err.path)}: cannot read the file: {err.message[len('cannot read the file: '):]}"
    assert str(err).startswith(f"{shown(os.fsdecode(path))}: cannot read the file: "), str(err)
    assert "\x00" not in str(err)
    for fragment in fragments:
        assert fragment in err.message, str(err)
    return err


def test_scenario_error_without_position():
    assert str(ScenarioError("x.gcs", 0, 0, "cannot read the file: gone")) == "x.gcs: cannot read the file: gone"
    assert str(ScenarioError("x.gcs", 3, 4, "bad")) == "x.gcs:3:4: bad"


def test_missing_file_and_directory(tmp_path):
    unreadable(tmp_path / "nope.gcs", "No such file or directory")
    unreadable(tmp_path, "it is a directory")


def test_symbolic_link_loop(tmp_path):
    (tmp_path / "a.gcs").symlink_to(tmp_path / "b.gcs")
    (tmp_path / "b.gcs").symlink_to(tmp_path / "a.gcs")
    unreadable(tmp_path / "a.gcs", "symbolic links")


def test_name_too_long(tmp_path):
    unreadable(tmp_path / ("x" * 300 + ".gcs"), "too long")


def test_nul_in_the_file_name(tmp_path):
    unreadable(str(tmp_path / "a\x00.gcs"), "invalid file name")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_no_permission(tmp_path):
    f = tmp_path / "secret.gcs"
    f.write_text('groupement g "G" {}', encoding="utf-8")
    f.chmod(0)
    try:
        unreadable(f, "Permission denied")
    finally:
        f.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.gcs"
    os.mkfifo(fifo)
    unreadable(fifo, "named pipe")  # opening it for reading would wait for a writer


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_not_read():
    unreadable("/dev/zero", "device")  # reading it would never end
    unreadable("/dev/null", "device")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_a_socket_is_not_read(tmp_path):
    path = tmp_path / "s.gcs"
    if len(str(path)) > 100:
        pytest.skip("path too long for a Unix socket")
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        unreadable(path, "socket")


def test_a_file_larger_than_the_limit(tmp_path):
    f = tmp_path / "big.gcs"
    with open(f, "wb") as out:
        out.truncate(P.MAX_FILE_BYTES + 1)
    unreadable(f, "the file is larger than 10 MiB")


def test_invalid_utf8_is_located(tmp_path):
    f = tmp_path / "latin1.gcs"
    f.write_bytes('groupement g "G" {\n  seat "Bézier"\n}\n'.encode("latin-1"))
    with pytest.raises(ScenarioError) as e:
        gcs.load(f)
    assert (e.value.line, e.value.col) == (2, 10) and "not UTF-8" in e.value.message


def test_load_rejects_what_is_not_a_path():
    for bad in (0, 3, None, True, 1.5):  # an int would be read as a file descriptor
        with pytest.raises(ScenarioError) as e:
            gcs.load(bad)
        assert "expected the path of a file" in e.value.message


@pytest.mark.parametrize("make", [
    lambda p: p / "nowhere.gcs",
    lambda p: p / ("x" * 300 + ".gcs"),  # a name too long
    lambda p: (os.mkfifo(p / "f.gcs"), p / "f.gcs")[1] if hasattr(os, "mkfifo") else p / "nowhere.gcs",
])
def test_cli_exits_2_on_a_file_it_cannot_read(tmp_path, capsys, make):
    path = make(tmp_path)
    code = main(["check", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith(f"{path}: cannot read the file: "), err
    assert err.count("\n") == 1


# ---------------------------------------------------------------------------
# 5. loads(): only ScenarioError


def test_lone_surrogate():
    # was UnicodeEncodeError from the reasoner
    located(error(scenario('  seat "\ud800"')), 5, 9, "invalid character U+D800 (a lone surrogate")
    located(error(scenario("  # \udfff")), 5, 5, "U+DFFF")


def test_loads_of_what_is_not_text():
    assert gcs.loads(scenario("").encode("utf-8")).groupement.id == "g"
    with pytest.raises(ScenarioError) as e:
        gcs.loads(42)
    assert "expected the text of a scenario" in e.value.message
    err = error(b'groupement g "G" {\n seat "\xe9"\n}')
    assert (err.line, err.col) == (2, 8) and "not UTF-8" in err.message


def test_loads_of_a_text_larger_than_the_limit():
    with pytest.raises(ScenarioError) as e:
        parse_text(" " * (P.MAX_FILE_BYTES + 1))
    assert "larger than 10 MiB" in e.value.message


def test_cr_only_and_crlf_line_endings_count_lines_as_an_editor_does():
    text = 'groupement g "G" {\n  member a "A" {\n    rights 40 colour blue\n  }\n}\n'
    lines = []
    for ending in ("\n", "\r\n", "\r"):
        with pytest.raises(ScenarioError) as e:
            gcs.loads(text.replace("\n", ending), "t.gcs")
        lines.append((e.value.line, e.value.col))
    assert lines[0] == lines[1] == lines[2] == (3, 15)


def test_a_bom_is_tolerated_by_loads_as_by_load():
    text = 'groupement g "G" {\n  as of 2008-01-01\n}\n'
    assert gcs.loads("\ufeff" + text).groupement.id == "g"
