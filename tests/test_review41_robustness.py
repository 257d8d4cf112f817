"""Review 41 (round 17), fixer H: robustness findings of reviewer 3 (the command line and the API; no rule,
no provision of the CSP is read or changed here: the French texts are not in play).

R1. `memo -o PATH` (and `test --update`, which writes `.expected` files through the same function) replaced a
    device or a FIFO with a regular file, exit 0 (write_atomic: a temporary file renamed over the target). As root
    `-o /dev/null` destroyed the system's /dev/null. Now a target that exists and is not a regular file (a device,
    a FIFO, a socket) or is this process's standard output or error (`-o /dev/stdout`, `/proc/self/fd/1`) is
    written as it is: no temporary file, no rename; a write error (ENOSPC from /dev/full) is `OUTPUT: cannot write
    the note: REASON`, exit 2; `memo -o /dev/stdout | head` works (it said "No such file or directory": the
    realpath of /proc/self/fd/1 on a pipe). A regular file is still replaced atomically. An expectation file that
    is not a regular file (NAME.expected a link to /dev/full: read without end, the process killed) is refused
    as a `.gcs` is: "cannot read the expectation file: it is a device", exit 2, nothing written.
R2. A file name holding a byte that is not UTF-8 (b"lat\\xe9.gcs", read by Python as "lat\\udce9.gcs") made JSON
    output that is not UTF-8 (the raw byte 0xE9); under a UTF-8 locale with strict errors every format ended in
    "its encoding, utf-8, cannot write the character U+DCE9". JSON now writes the escape `\\udce9` (valid UTF-8;
    `os.fsencode(json.loads(doc)["file"])` gives the name's bytes back); text, Markdown, HTML, a note and an
    expectation file show the byte as `\\xe9` (as `ls -b`).
R3. `what-would FILE Q --time-limit 1e10` ended in "internal error: OverflowError: timestamp out of range for
    platform time_t" (select's wait), and `what_would_make(..., time_limit=1e10)` raised it: a time limit is now
    at most 86400 s (a day), said as argparse says a bad value (exit 2), ValueError naming the bound in the API.
R4. Messages: a query of two atoms (`member(a) member(b)`, `a(x);b(y)`) was "unbalanced parentheses" though they
    pair: it now says the text after the first atom and that one conclusion is expected; `not warning CODE` in an
    expectation file says a `warning` line cannot be negated (it dropped the `not`); `all conclusions listed`
    twice in one section is refused with the file and line, as a conclusion listed twice is.
"""

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import _seconds, main
from gcs_reasoner.cli_commands import write_atomic, write_like
from gcs_reasoner.expectations_file import ExpectationError, parse_text
from gcs_reasoner.whynot import QueryError, parse_query

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "facts" / "dissolution_single_member.gcs"
SCHEMA = ROOT / "docs" / "output.schema.json"
SPEC_SCHEMA = ROOT.parent / "shared" / "spec" / "output.schema.json"
LATIN1_NAME = os.fsdecode(b"lat\xe9.gcs")  # "lat\udce9.gcs"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def console(*argv, env=None, **kw):
    """The console script in a subprocess (standard output as bytes: what a reader of the pipe gets)."""
    exe = Path(sys.executable).parent / "gcs-reasoner"
    if not exe.exists():
        pytest.skip("the gcs-reasoner console script is not installed (pip install -e .)")
    full = {**os.environ, "GCS_REASONER_SERVER": "0", **(env or {})}
    return subprocess.run([str(exe), *argv], capture_output=True, env=full, timeout=300, **kw)


def read_fifo(path: Path, into: list) -> threading.Thread:
    """A reader of the FIFO at `path`, in a thread (a writer's open waits for one)."""
    def reader():
        with open(path, "rb") as fh:
            into.append(fh.read())

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    return t


def leftovers(folder: Path) -> list:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# --- R1: a target that is not a regular file is written as it is ----------------------------------------------


def test_memo_to_a_fifo_writes_through_it_and_keeps_it(capsys, tmp_path):
    fifo = tmp_path / "note.fifo"
    os.mkfifo(fifo)
    got: list = []
    reader = read_fifo(fifo, got)
    code, out, err = run(capsys, "memo", BASE, "-o", fifo)
    reader.join(60)
    assert code == 0 and err == "" and out == ""
    assert got and got[0].decode("utf-8").startswith("# Note juridique — GCS Pharmacie de l'Ouest")  # the anchor
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the FIFO, not a regular file put in its place
    assert leftovers(tmp_path) == []


def test_write_like_writes_a_fifo_without_reading_it(tmp_path):
    """`test --update`'s writer: a FIFO is neither read (a read would wait for a writer) nor replaced."""
    fifo = tmp_path / "x.expected"
    os.mkfifo(fifo)
    got: list = []
    reader = read_fifo(fifo, got)
    write_like(fifo, "as_of 2008-03-01\nmember(a)\n")
    reader.join(60)
    assert got == [b"as_of 2008-03-01\nmember(a)\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="a device copy (mknod) needs root")
def test_memo_to_device_copies_null_and_full(capsys, tmp_path):
    """Copies of /dev/null (1, 3) and /dev/full (1, 7) made in tmp_path: never the system's devices."""
    null, full = tmp_path / "null", tmp_path / "full"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    code, out, err = run(capsys, "memo", BASE, "-o", null)
    assert code == 0 and err == ""
    assert stat.S_ISCHR(os.stat(null).st_mode) and os.stat(null).st_rdev == os.makedev(1, 3)
    code, out, err = run(capsys, "memo", BASE, "-o", full)
    assert code == 2 and err == f"{full}: cannot write the note: No space left on device\n"
    assert stat.S_ISCHR(os.stat(full).st_mode) and os.stat(full).st_rdev == os.makedev(1, 7)
    assert leftovers(tmp_path) == []


def test_a_regular_file_is_still_replaced_whole(capsys, tmp_path):
    """The other side: a note written before is replaced by a rename (a new inode), as before."""
    note = tmp_path / "note.md"
    note.write_text("old note\n", encoding="utf-8")
    before = os.stat(note).st_ino
    code, out, err = run(capsys, "memo", BASE, "-o", note)
    assert code == 0 and err == ""
    assert note.read_text(encoding="utf-8").startswith("# Note juridique")
    assert os.stat(note).st_ino != before and stat.S_ISREG(os.stat(note).st_mode)
    assert leftovers(tmp_path) == []


def test_write_atomic_to_a_new_file(tmp_path):
    target = tmp_path / "new.md"
    write_atomic(target, b"abc")
    assert target.read_bytes() == b"abc" and leftovers(tmp_path) == []


def test_memo_to_dev_stdout_in_a_pipe(tmp_path):
    p = console("memo", str(BASE), "-o", "/dev/stdout")
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode("utf-8").startswith("# Note juridique") and p.stderr == b""
    # `| head`: the reader goes away after a few bytes; no error, exit 0, as with standard output
    exe = Path(sys.executable).parent / "gcs-reasoner"
    proc = subprocess.Popen([str(exe), "memo", str(BASE), "-o", "/dev/stdout"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "GCS_REASONER_SERVER": "0"})
    first = proc.stdout.read(40)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(300)
    assert first.startswith(b"# Note juridique")
    assert proc.returncode == 0 and err == b""


def test_memo_to_dev_stdout_appends_to_the_log_it_is(tmp_path):
    """`-o /dev/stdout >> log`: written through standard output's descriptor (the log kept), not a new file."""
    log = tmp_path / "log.md"
    log.write_text("earlier line\n", encoding="utf-8")
    exe = Path(sys.executable).parent / "gcs-reasoner"
    if not exe.exists():
        pytest.skip("the gcs-reasoner console script is not installed")
    with open(log, "ab") as fh:
        p = subprocess.run([str(exe), "memo", str(BASE), "-o", "/dev/stdout"], stdout=fh, stderr=subprocess.PIPE,
                           env={**os.environ, "GCS_REASONER_SERVER": "0"}, timeout=300)
    assert p.returncode == 0 and p.stderr == b""
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier line\n# Note juridique")


def test_an_expectation_file_that_is_a_fifo_is_refused_not_read(capsys, tmp_path):
    gcs_path = tmp_path / "a.gcs"
    gcs_path.write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    fifo = tmp_path / "a.expected"
    os.mkfifo(fifo)
    code, out, err = run(capsys, "test", gcs_path, "--update")
    assert code == 2
    assert f"{fifo}: cannot read the expectation file: it is a named pipe (FIFO); expected a regular text file" in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and leftovers(tmp_path) == []
    # the anchor: the same file with no expectation file gets one, as before
    fifo.unlink()
    code, out, err = run(capsys, "test", gcs_path, "--update")
    assert code == 1 and f"WROTE  {fifo}" in out and fifo.read_text(encoding="utf-8").count("as_of 2008-03-01") == 1


# --- R2: file names that are not UTF-8 ------------------------------------------------------------------------


@pytest.fixture()
def latin1_folder(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    try:
        (folder / LATIN1_NAME).write_bytes(BASE.read_bytes())
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take a name that is not UTF-8")
    return folder


def _validators():
    jsonschema = pytest.importorskip("jsonschema")
    out = [json.loads(SCHEMA.read_text(encoding="utf-8"))]
    if SPEC_SCHEMA.exists():
        out.append(json.loads(SPEC_SCHEMA.read_text(encoding="utf-8")))
    return [jsonschema.validators.validator_for(s)(s) for s in out]


def test_json_of_a_latin1_file_name_is_utf8_and_gives_the_name_back(latin1_folder):
    path = latin1_folder / LATIN1_NAME
    for env in ({}, {"PYTHONIOENCODING": "utf-8"}):
        p = console("check", os.fsencode(path), "--format", "json", env=env)
        assert p.returncode == 0, p.stderr
        text = p.stdout.decode("utf-8")  # raised before: the raw byte 0xE9
        assert "lat\\udce9.gcs" in text
        doc = json.loads(text)
        assert os.fsencode(doc["file"]) == os.fsencode(path)  # the exact name, back
        for v in _validators():
            v.validate(doc)


def test_jsonl_of_a_folder_and_the_text_formats(latin1_folder):
    p = console("check", str(latin1_folder), "--format", "jsonl", env={"PYTHONIOENCODING": "utf-8"})
    assert p.returncode == 0, p.stderr
    (line,) = p.stdout.decode("utf-8").splitlines()
    assert os.fsencode(json.loads(line)["file"]).endswith(b"lat\xe9.gcs")
    for fmt in ("text", "markdown", "html"):
        p = console("check", str(latin1_folder), "--format", fmt, env={"PYTHONIOENCODING": "utf-8"})
        assert p.returncode == 0, p.stderr  # was 2: "its encoding, utf-8, cannot write the character U+DCE9"
        out = p.stdout.decode("utf-8")
        assert "lat\\xe9.gcs" in out and "Pharmacie de l" in out  # (HTML escapes the apostrophe)


def test_a_utf8_name_is_written_as_it_is(tmp_path):
    """The other side: an accented name in UTF-8 is no escape in JSON (ensure_ascii is not set)."""
    path = tmp_path / "laté.gcs"
    path.write_bytes(BASE.read_bytes())
    p = console("check", str(path), "--format", "json")
    assert p.returncode == 0, p.stderr
    text = p.stdout.decode("utf-8")
    assert '"file":"' + str(path) + '"' in text and "\\u" not in text.split('"file"')[1][:200]


def test_memo_and_expectations_of_a_latin1_name(capsys, latin1_folder):
    path = latin1_folder / LATIN1_NAME
    note = latin1_folder / "note.md"
    code, out, err = run(capsys, "memo", path, "-o", note)
    assert code == 0, err
    assert "lat\\xe9.gcs" in note.read_bytes().decode("utf-8")
    code, out, err = run(capsys, "test", path, "--update")
    assert code == 1, err
    expected = latin1_folder / os.fsdecode(b"lat\xe9.expected")
    assert expected.read_bytes().decode("utf-8").startswith("# Expected conclusions for lat\\xe9.gcs")


# --- R3: a time limit the system's clock can count ------------------------------------------------------------


def test_time_limit_above_a_day_is_refused_by_the_command_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["what-would", str(BASE), "member(x)", "--time-limit", "1e10"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "invalid time limit '1e10'; expected a number of seconds, finite and above 0, at most 86400 (a day)" in err
    assert "OverflowError" not in err
    assert _seconds("86400") == 86400.0 and _seconds("0.5") == 0.5  # the anchor: the bound itself is taken


def test_time_limit_above_a_day_is_refused_by_the_api():
    r = gcs.reason(gcs.load(BASE))
    with pytest.raises(ValueError, match=r"time_limit=10000000000\.0: .*at most 86400 \(a day\)"):
        r.what_would_make("member(x)", time_limit=1e10)
    out = r.what_would_make("member(ch_vannes)", time_limit=86400)  # the anchor: a day is taken
    assert out.already and out.time_limit == 86400


# --- R4: messages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["member(ch_vannes) member(x)", "a(x);b(y)", "member(a),member(b)",
                                   'member("a)b") x(y)'])
def test_two_atoms_are_not_unbalanced_parentheses(query):
    with pytest.raises(QueryError) as exc:
        parse_query(query)
    msg = str(exc.value)
    assert "unbalanced" not in msg and "expected one conclusion" in msg and "text after the atom" in msg


def test_one_atom_and_real_imbalance_still_read():
    assert parse_query("member(ch_vannes)")[0] == "member"  # the anchor
    assert parse_query('member("a)b")')[0] == "member"
    with pytest.raises(QueryError, match="unbalanced parentheses or quotes"):
        parse_query("member((x)")


def test_cli_says_one_conclusion_expected(capsys):
    code, out, err = run(capsys, "explain", BASE, "member(ch_vannes) member(x)")
    assert code == 2 and "expected one conclusion" in err and "unbalanced" not in err
    code, out, err = run(capsys, "explain", BASE, "member(ch_vannes)")
    assert code == 0 and out.startswith("member(ch_vannes)")  # the anchor


def test_not_warning_is_refused_saying_so():
    with pytest.raises(ExpectationError) as exc:
        parse_text("as_of 2008-03-01\nmember(ch_vannes)\nnot warning missing_fact\n", "x.expected")
    msg = str(exc.value)
    assert msg.startswith("x.expected:3: a `warning` line cannot be negated, got 'not warning missing_fact'")
    assert "not missing_fact(single_act, _, _)" in msg
    # the anchors: a warning line, and a `not` line naming the rules' atom of a warning, are read
    exp = parse_text("as_of 2008-03-01\nwarning missing_fact\nnot missing_fact(single_act, _, _)\n"
                     "not warning_like(x)\n", "x.expected")
    assert [(e.kind, e.text) for e in exp.sections[0].items] == [
        ("warning", "missing_fact"), ("not", "missing_fact(single_act, _, _)"), ("not", "warning_like(x)")]


def test_all_conclusions_listed_twice_in_a_section_is_refused():
    with pytest.raises(ExpectationError, match=r"^x\.expected:4: `all conclusions listed` is already on line 2 "
                                               r"of this section; expected it once$"):
        parse_text("as_of 2008-03-01\nall conclusions listed\nmember(a)\nall conclusions listed\n", "x.expected")
    with pytest.raises(ExpectationError, match=r"^x\.expected:2: `all conclusions listed` is already on line 1 "
                                               r"of the file, before any section"):
        parse_text("all conclusions listed\nall conclusions listed\nas_of 2008-03-01\nmember(a)\n", "x.expected")
    # the anchors: once at the top and once in a section; once in each of two sections
    exp = parse_text("all conclusions listed\nas_of 2008-03-01\nall conclusions listed\nmember(a)\n", "x.expected")
    assert exp.exhaustive and exp.sections[0].exhaustive
    exp = parse_text("as_of 2008-03-01\nall conclusions listed\nmember(a)\n"
                     "as_of 2009-03-01\nall conclusions listed\nmember(a)\n", "x.expected")
    assert [s.exhaustive for s in exp.sections] == [True, True]
