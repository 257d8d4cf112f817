"""`gcs-reasoner check FOLDER`: every file reported, streamed, worst exit status (issue 7, batches).

The folder: a good file, a file with a syntax error (status 2, the file's
fault), a file on which our reasoner raises (status 1, ours; monkeypatched),
and another good file after it (the batch goes on). In every format each file
has an entry, in sorted order; errors are also one line each on stderr; the
exit status is the worst (1 > 2 > 0); each entry is written and flushed before
the next file is read; an interruption closes the document (exit 130).
"""

import io
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from gcs_reasoner.cli import main
from tests.test_cli import GOOD, OTHER, SYNTAX_ERROR, write

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "docs" / "output.schema.json").read_text(encoding="utf-8"))
ERROR_ENTRY = {
    "type": "object",
    "required": ["file", "error"],
    "additionalProperties": False,
    "properties": {
        "file": {"type": "string"},
        "error": {
            "type": "object",
            "required": ["status", "message"],
            "additionalProperties": False,
            "properties": {"status": {"enum": [1, 2]}, "message": {"type": "string", "minLength": 1}},
        },
    },
}
NAMES = ["a_good.gcs", "b_syntax.gcs", "c_crash.gcs", "d_other.gcs"]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Four files; reasoning on c_crash.gcs raises (a bug of ours, not the file's)."""
    import gcs_reasoner.reasoning as reasoning

    for name, text in zip(NAMES, [GOOD, SYNTAX_ERROR, GOOD, OTHER]):
        write(tmp_path, name, text)
    write(tmp_path, "notes.txt", "not a scenario")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "nested.gcs", SYNTAX_ERROR)  # not recursive: never read
    real = reasoning._facts_on  # what reasoning on a file alone and in a batch (batching.py) both call

    def facts_on(scenario, *a, **k):
        if scenario.path.endswith("c_crash.gcs"):
            raise RuntimeError("solver exploded")
        return real(scenario, *a, **k)

    monkeypatch.setattr(reasoning, "_facts_on", facts_on)
    return tmp_path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def paths(folder):
    return [str(folder / n) for n in NAMES]


def check_stderr(err, folder):
    """One line per error, in file order: the syntax error as the parser says it, then our failure."""
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert lines[0].startswith(f"{folder / 'b_syntax.gcs'}:6:")
    assert lines[1] == f"{folder / 'c_crash.gcs'}: internal error: RuntimeError: solver exploded"
    assert "Traceback" not in err and "nested" not in err


# --- every format: an entry per file, the worst status ----------------------------------------


def test_json_array_has_an_entry_per_file(folder, capsys):
    code, out, err = run(capsys, "check", folder, "--format", "json")
    assert code == 1  # an internal failure is the worst
    check_stderr(err, folder)
    entries = json.loads(out)
    assert [e["file"] for e in entries] == paths(folder)
    for e in entries:
        jsonschema.validate(e, ERROR_ENTRY if "error" in e else SCHEMA)
    a, b, c, d = entries
    assert a["groupement"] == "pharma_test" and d["groupement"] == "imagerie_test"
    assert b["error"]["status"] == 2 and b["error"]["message"] == err.splitlines()[0]
    assert c["error"] == {"status": 1, "message": err.splitlines()[1]}


def test_json_lines_has_an_object_per_line(folder, capsys):
    code, out, err = run(capsys, "check", folder, "--format", "jsonl")
    assert code == 1
    check_stderr(err, folder)
    entries = [json.loads(line) for line in out.splitlines()]
    assert [e["file"] for e in entries] == paths(folder)
    for e in entries:
        jsonschema.validate(e, ERROR_ENTRY if "error" in e else SCHEMA)
    assert [e.get("error", {}).get("status", 0) for e in entries] == [0, 2, 1, 0]


class HtmlChecker(HTMLParser):
    """Counts doctypes, checks that every element is closed in order, collects sections."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__()
        self.doctypes, self.stack, self.sections, self.errors, self.seen = 0, [], [], [], []

    def handle_decl(self, decl):
        if decl.lower().startswith("doctype"):
            self.doctypes += 1

    def handle_starttag(self, tag, attrs):
        self.seen.append(tag)
        if tag == "section":
            self.sections.append(dict(attrs))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def test_html_is_one_document_with_a_section_per_file(folder, capsys):
    code, out, err = run(capsys, "check", folder, "--format", "html")
    assert code == 1
    check_stderr(err, folder)
    p = HtmlChecker()
    p.feed(out)
    p.close()
    assert p.doctypes == 1 and out.lower().startswith("<!doctype html>")
    assert p.errors == [] and p.stack == [], "every element closed, in order"
    assert [p.seen.count(t) for t in ("html", "head", "body", "title")] == [1, 1, 1, 1]
    assert [s["id"] for s in p.sections] == ["file-1", "file-2", "file-3", "file-4"]
    assert [s.get("class") for s in p.sections] == [None, "error", "error", None]
    assert out.rstrip().endswith("</body></html>")
    for path in paths(folder):
        assert path in out
    assert "solver exploded" in out and "colour" in out


@pytest.mark.parametrize("fmt, header", [("text", "==> {} <=="), ("markdown", "## `{}`")])
def test_text_and_markdown_have_a_header_per_file(folder, capsys, fmt, header):
    code, out, err = run(capsys, "check", folder, "--format", fmt)
    assert code == 1
    check_stderr(err, folder)
    at = [out.index(header.format(p)) for p in paths(folder)]
    assert at == sorted(at), "in file order"
    assert out.index("pharma_test" if fmt == "text" else "GCS Pharmacie test") > at[0]
    assert "solver exploded" in out[at[2]:at[3]] and "colour" in out[at[1]:at[2]]
    # the report's language (French by default), its closing line too (English before stop 22)
    assert "4 fichiers : 2 examinés, 1 avec une erreur dans le fichier, 1 avec une erreur interne" in out
    assert "erreur dans le fichier (statut 2)" in out or "**erreur dans le fichier** (statut 2)" in out
    code, out, err = run(capsys, "check", folder, "--format", fmt, "--lang", "en")
    assert "4 files: 2 reasoned, 1 with an error in the file, 1 with an internal error" in out


def test_worst_status_without_internal_failure_is_2(tmp_path, capsys):
    write(tmp_path, "a.gcs", GOOD)
    write(tmp_path, "b.gcs", SYNTAX_ERROR)
    code, out, err = run(capsys, "check", tmp_path, "--format", "jsonl")
    assert code == 2
    assert [json.loads(line).get("error", {}).get("status", 0) for line in out.splitlines()] == [0, 2]


def test_unreadable_file_in_a_folder_is_status_2(tmp_path, capsys):
    write(tmp_path, "a.gcs", GOOD)
    (tmp_path / "b.gcs").symlink_to(tmp_path / "gone.gcs")  # a .gcs name that cannot be read
    code, out, err = run(capsys, "check", tmp_path, "--format", "json")
    assert code == 2
    good, bad = json.loads(out)
    assert bad["error"]["status"] == 2 and "cannot read" in bad["error"]["message"]
    assert err.strip() == bad["error"]["message"]  # printed as the parser words it


# --- one file: the behaviour of the contract ------------------------------------------------


def test_one_file_in_jsonl_is_one_line_with_its_file(tmp_path, capsys):
    f = write(tmp_path, "good.gcs", GOOD)
    code, out, err = run(capsys, "check", f, "--format", "jsonl")
    assert code == 0 and err == ""
    (line,) = out.splitlines()
    doc = json.loads(line)
    assert doc["file"] == str(f) and doc["groupement"] == "pharma_test"
    jsonschema.validate(doc, SCHEMA)


def test_one_crashing_file_exits_1_with_nothing_on_stdout(folder, capsys):
    code, out, err = run(capsys, "check", folder / "c_crash.gcs", "--format", "json")
    assert code == 1 and out == ""
    assert err.strip() == f"{folder / 'c_crash.gcs'}: internal error: RuntimeError: solver exploded"


# --- streaming -----------------------------------------------------------------------------


class Recorder(io.StringIO):
    def __init__(self, events, name):
        super().__init__()
        self.events, self.name = events, name

    def write(self, s):
        self.events.append((self.name + ".write", s))
        return super().write(s)

    def flush(self):
        self.events.append((self.name + ".flush", None))


def _recorded_check(folder, monkeypatch, fmt: str, batch_size: int) -> tuple[list, list]:
    """(events, the positions of the files' readings) of `check FOLDER` in this process (--jobs 1,
    so that the reading of each file is seen here), `batch_size` files reasoned on together
    (batching.py): each file read, each write and flush of standard output and error, in order."""
    import gcs_reasoner.batching as batching
    import gcs_reasoner.parse as parse

    monkeypatch.setattr(batching, "BATCH_SIZE", batch_size)
    events = []
    real = parse.parse_file

    def parse_file(path):
        events.append(("load", Path(path).name))
        return real(path)

    monkeypatch.setattr(parse, "parse_file", parse_file)
    monkeypatch.setattr(sys, "stdout", Recorder(events, "out"))
    monkeypatch.setattr(sys, "stderr", Recorder(events, "err"))
    assert main(["check", str(folder), "--format", fmt, "--jobs", "1"]) == 1
    loads = [i for i, e in enumerate(events) if e[0] == "load"]
    assert [events[i][1] for i in loads] == NAMES
    return events, loads


@pytest.mark.parametrize("fmt", ["json", "jsonl", "html", "text", "markdown"])
def test_each_entry_is_written_and_flushed_before_the_next_file_is_read(folder, monkeypatch, fmt):
    """Files reasoned on one by one (batches of one file: batching.py)."""
    events, loads = _recorded_check(folder, monkeypatch, fmt, batch_size=1)
    for name, i, j in zip(NAMES, loads, loads[1:] + [len(events)]):
        between = events[i:j]
        written = "".join(s for k, s in between if k == "out.write")
        assert name in written or (fmt in ("json", "jsonl") and json.dumps(name)[1:-1] in written), \
            f"{name}: its entry is written before the next file is read"
        last_write = max(k for k, e in enumerate(between) if e[0] == "out.write")
        assert ("out.flush", None) in between[last_write:], f"{name}: flushed before the next file is read"


def test_each_batch_is_written_and_flushed_before_the_next_batch_is_read(folder, monkeypatch):
    """Files reasoned on together (batching.py), two at a time: the entries of a batch are written
    and flushed before a file of the next batch is read."""
    events, loads = _recorded_check(folder, monkeypatch, "jsonl", batch_size=2)
    first, second = events[loads[0]:loads[2]], events[loads[2]:]
    for names, between in ((NAMES[:2], first), (NAMES[2:], second)):
        written = "".join(s for k, s in between if k == "out.write")
        assert all(json.dumps(n)[1:-1] in written for n in names), f"{names}: written in their batch's turn"
        last_write = max(k for k, e in enumerate(between) if e[0] == "out.write")
        assert ("out.flush", None) in between[last_write:], f"{names}: flushed before the next batch is read"


# --- interruption -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_an_interruption_closes_the_document_and_exits_130(folder, capsys, monkeypatch, fmt):
    """Interrupted while the third file is reasoned on (files one by one: batching.py)."""
    import gcs_reasoner.batching as batching
    import gcs_reasoner.reasoning as reasoning

    monkeypatch.setattr(batching, "BATCH_SIZE", 1)
    real = reasoning._facts_on

    def facts_on(scenario, *a, **k):
        if scenario.path.endswith("c_crash.gcs"):
            raise KeyboardInterrupt
        return real(scenario, *a, **k)

    monkeypatch.setattr(reasoning, "_facts_on", facts_on)
    code, out, err = run(capsys, "check", folder, "--format", fmt)
    assert code == 130
    assert "interrupted after 2 of 4 files" in err
    if fmt == "json":
        assert [e["file"] for e in json.loads(out)] == paths(folder)[:2]
    else:
        p = HtmlChecker()
        p.feed(out)
        assert p.errors == [] and p.stack == [] and len(p.sections) == 2
        assert "interrompu après 2 sur 4" in out  # the report's language (French by default)


# --- progress on a terminal ---------------------------------------------------------------------


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_on_a_terminal_only(folder, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "200")
    captured = sys.stderr
    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["check", str(folder), "--format", "jsonl", "--jobs", "1"]) == 1
    shown = tty.getvalue()
    assert "gcs-reasoner check" in shown and "/4" in shown, "the bar: files done of the total"
    # errors are printed on a line of their own, above the bar
    assert f"{folder / 'b_syntax.gcs'}:6:" in shown

    monkeypatch.setattr(sys, "stderr", captured)
    code, out, err = run(capsys, "check", folder, "--format", "jsonl")  # not a terminal: no progress
    assert code == 1 and "gcs-reasoner check" not in err and "\r" not in err and "/4" not in err


def test_a_folder_with_worker_processes_gives_the_same_document(folder, capsys):
    """--jobs 2: the files are reasoned in two processes; the document is the same, in the same
    order, as in one process."""
    one = run(capsys, "check", folder, "--format", "jsonl", "--jobs", "1")
    two = run(capsys, "check", folder, "--format", "jsonl", "--jobs", "2")
    assert one == two and one[0] == 1 and one[1].count("\n") == 4


def test_jobs_must_be_a_positive_number(folder, capsys):
    with pytest.raises(SystemExit) as e:
        main(["check", str(folder), "--jobs", "0"])
    assert e.value.code == 2 and "1 or more" in capsys.readouterr().err


def test_no_progress_for_a_short_batch(tmp_path, monkeypatch):
    write(tmp_path, "a.gcs", GOOD)
    write(tmp_path, "b.gcs", SYNTAX_ERROR)
    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    main(["check", str(tmp_path), "--format", "jsonl"])
    assert "[1/2]" not in tty.getvalue()


def test_the_api_reasons_many_files_in_worker_processes(folder):
    """gcs.check_files: the JSON document of each file, in order, the same with 1 or 2 processes;
    a file in error gives its error and the others go on."""
    import gcs_reasoner as gcs

    paths = sorted(str(p) for p in folder.glob("*.gcs") if p.name != "c_crash.gcs")
    one = list(gcs.check_files(paths, jobs=1))
    two = list(gcs.check_files(paths, jobs=2))
    assert [p for p, _ in one] == paths and one == two
    errors = [d["error"] for _, d in one if "error" in d]
    assert errors and all(e["status"] == 2 and e["message"] for e in errors)
    assert any(d.get("conclusions") for _, d in one)
