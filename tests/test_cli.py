"""The command line (`gcs-reasoner check|explain`): exit statuses, messages, formats.

Run in-process through `gcs_reasoner.cli.main(argv)` (fast); one test runs the
installed console script in a subprocess.

Exit status (spec): 0 the file was read and reasoned on; 2 the file cannot be
read, does not parse or refers to something undeclared (one `FILE:LINE:COL:`
message on standard error, nothing on standard output); 1 any other failure.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gcs_reasoner.cli import main

# Two members; the second withdrew at the end of 2007 (notified in time).
GOOD = """\
groupement pharma_test "GCS Pharmacie test" {
  as of 2008-03-01
  approved 2006-04-01
  seat "Vannes" region "Bretagne"
  member ch_a "CH A" { kind health_establishment sector public region "Bretagne" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Bretagne" rights 40 }
  withdrawal ch_b notified 2007-03-01
}
"""

# The same groupement with no `as of`: the date comes from --as-of.
UNDATED = GOOD.replace("  as of 2008-03-01\n", "")

# Three members, one private establishment.
OTHER = """\
groupement imagerie_test "GCS Imagerie test" {
  as of 2008-06-30
  approved 2006-03-15
  member chu "CHU" { kind health_establishment sector public rights 50 }
  member clin "Clinique" { kind health_establishment sector private rights 30 }
  member dr_x "Dr X" { kind liberal_medical_professional individual contract_with clin rights 20 }
}
"""

SYNTAX_ERROR = GOOD.replace('member ch_b "CH B" {', 'member ch_b "CH B" { colour blue')
UNDECLARED = GOOD.replace("withdrawal ch_b", "withdrawal ch_zz")
LOCATED = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): \S")


def write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- exit statuses ---------------------------------------------------------------------


def test_check_a_good_file_exits_0(tmp_path, capsys):
    f = write(tmp_path, "good.gcs", GOOD)
    code, out, err = run(capsys, "check", f)
    assert code == 0, err
    assert "pharma_test" in out and "2008-03-01" in out
    assert err == ""


@pytest.mark.parametrize(
    "text, line, words",
    [
        (SYNTAX_ERROR, 6, ["colour"]),
        (UNDECLARED, 7, ["ch_zz"]),
    ],
    ids=["syntax-error", "undeclared-member"],
)
def test_a_bad_file_exits_2_with_file_line_col_and_no_output(tmp_path, capsys, text, line, words):
    f = write(tmp_path, "bad.gcs", text)
    code, out, err = run(capsys, "check", f, "--format", "json")
    assert code == 2
    assert out == "", "nothing on standard output for a file that is not read"
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"one message expected, got:\n{err}"
    m = LOCATED.match(lines[0])
    assert m, f"not FILE:LINE:COL: message: {lines[0]!r}"
    assert m["file"] == str(f)
    assert int(m["line"]) == line and int(m["col"]) >= 1
    for w in words:
        assert w in lines[0]


def test_a_missing_file_exits_2(tmp_path, capsys):
    f = tmp_path / "nowhere.gcs"
    code, out, err = run(capsys, "check", f)
    assert code == 2 and out == ""
    assert err.startswith(f"{f}:") and "cannot read" in err


def test_explain_on_a_bad_file_exits_2(tmp_path, capsys):
    f = write(tmp_path, "bad.gcs", SYNTAX_ERROR)
    code, out, err = run(capsys, "explain", f, "member(ch_a)")
    assert code == 2 and out == "" and LOCATED.match(err)


def test_an_internal_failure_exits_1(tmp_path, capsys, monkeypatch):
    import gcs_reasoner.reasoning as reasoning

    def broken(*a, **k):
        raise RuntimeError("solver exploded")

    monkeypatch.setattr(reasoning, "reason", broken)
    f = write(tmp_path, "good.gcs", GOOD)
    code, out, err = run(capsys, "check", f)
    assert code == 1
    assert "internal error" in err and "solver exploded" in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["check", "x.gcs", "--format", "yaml"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["check", "x.gcs", "--as-of", "2008-02-30"])
    assert exc.value.code == 2
    assert "invalid date" in capsys.readouterr().err


def test_a_date_asked_for_out_of_the_calendar_is_a_usage_error(capsys):
    # stop 21: --as-of 9999-12-31 ended in an internal error (date overflow); --until 2500 ran for minutes
    for argv in (["check", "facts/withdrawal_notice.gcs", "--as-of", "9999-12-31"],
                 ["timeline", "facts/withdrawal_notice.gcs", "--until", "2500-01-01"],
                 ["check", "facts/withdrawal_notice.gcs", "--as-of", "0001-01-01"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
        assert "out of range; expected a date from 1900-01-01 to 2199-12-31" in capsys.readouterr().err


def test_the_api_refuses_a_date_out_of_the_calendar():
    import datetime

    import gcs_reasoner as gcs

    scenario = gcs.loads('groupement g "G" {\n  as of 2008-01-01\n}\n', path="<test>")
    with pytest.raises(ValueError, match="out of range"):
        gcs.reason(scenario, as_of=datetime.date(9999, 12, 31))
    # raised once, before any work (it was a ValueError per file, an internal error per document, or a
    # timeline run for seconds before naming a date the caller never gave)
    with pytest.raises(ValueError, match="as_of 9999-12-31 is out of range"):
        gcs.reason_all([scenario, scenario], as_of="9999-12-31")
    with pytest.raises(ValueError, match="as_of 9999-12-31 is out of range"):
        next(gcs.check_files(["facts/withdrawal_notice.gcs"], as_of="9999-12-31", jobs=1))
    with pytest.raises(ValueError, match="until 2500-01-01 is out of range"):
        gcs.timeline(scenario, until="2500-01-01")


# --- folders ---------------------------------------------------------------------------


def test_check_a_folder(tmp_path, capsys):
    write(tmp_path, "a.gcs", GOOD)
    write(tmp_path, "b.gcs", OTHER)
    write(tmp_path, "notes.txt", "not a scenario")
    code, out, err = run(capsys, "check", tmp_path)
    assert code == 0, err
    assert "pharma_test" in out and "imagerie_test" in out
    assert out.index("pharma_test") < out.index("imagerie_test")  # file order

    code, out, err = run(capsys, "check", tmp_path, "--format", "json")
    assert code == 0
    docs = json.loads(out)
    assert [d["groupement"] for d in docs] == ["pharma_test", "imagerie_test"]
    assert [d["file"] for d in docs] == [str(tmp_path / "a.gcs"), str(tmp_path / "b.gcs")]


def test_check_a_folder_with_a_bad_file(tmp_path, capsys):
    write(tmp_path, "a.gcs", GOOD)
    bad = write(tmp_path, "b.gcs", SYNTAX_ERROR)
    code, out, err = run(capsys, "check", tmp_path, "--format", "json")
    assert code == 2
    assert err.startswith(f"{bad}:6:") and len(err.strip().splitlines()) == 1
    good, error = json.loads(out)
    assert good["groupement"] == "pharma_test"  # the good one is still reported
    assert error["file"] == str(bad) and error["error"]["status"] == 2
    assert error["error"]["message"] == err.strip()  # the same message, as is


def test_check_an_empty_folder(tmp_path, capsys):
    code, out, err = run(capsys, "check", tmp_path)
    assert code == 2 and out == "" and "no .gcs file" in err


# --- explain -------------------------------------------------------------------------


def _conclusions(capsys, f):
    code, out, _ = run(capsys, "check", f, "--format", "json")
    assert code == 0
    return json.loads(out)["conclusions"]


def test_explain_a_conclusion(tmp_path, capsys):
    f = write(tmp_path, "good.gcs", GOOD)
    c = _conclusions(capsys, f)[0]
    code, out, err = run(capsys, "explain", f, c["trace"]["conclusion"])
    assert code == 0, err
    assert out.startswith(c["trace"]["conclusion"])  # the spelling of the contract, then the tree in words
    from gcs_reasoner.render.phrases import provision_label

    assert provision_label(c["provisions"][0], "fr") in out and "«" in out
    assert re.search(rf"← {re.escape(str(f))}, ligne \d+", out), "facts point to the file's lines"
    code, out, err = run(capsys, "explain", f, c["trace"]["conclusion"], "--detail", "--lang", "en")
    assert code == 0 and c["provisions"][0] in out, "--detail shows the provision ids"
    assert re.search(rf"← {re.escape(str(f))}, line \d+", out)

    code, out, err = run(capsys, "explain", f, c["trace"]["conclusion"], "--format", "json")
    assert code == 0
    tree = json.loads(out)
    assert tree["conclusion"] == c["trace"]["conclusion"] and tree["quote"]


def test_explain_a_wrong_conclusion_suggests_the_right_one(tmp_path, capsys):
    f = write(tmp_path, "good.gcs", GOOD)
    name = _conclusions(capsys, f)[0]["trace"]["conclusion"]
    typo = name[:3] + name[4:]  # one letter dropped
    code, out, err = run(capsys, "explain", f, typo)
    assert code == 2
    assert out == ""
    assert repr(typo) in err
    assert "did you mean" in err and repr(name) in err
    assert "gcs-reasoner check" in err


def test_explain_something_unrelated_says_how_to_list(tmp_path, capsys):
    f = write(tmp_path, "good.gcs", GOOD)
    code, out, err = run(capsys, "explain", f, "zzz_nothing_like_it(42)")
    assert code == 2 and out == ""
    assert "no conclusion" in err and "gcs-reasoner check" in err


# --- formats -----------------------------------------------------------------------------


def test_formats(tmp_path, capsys):
    f = write(tmp_path, "good.gcs", GOOD)
    first = _conclusions(capsys, f)[0]
    text = first["trace"]["conclusion"]

    code, md, _ = run(capsys, "check", f, "--format", "markdown")
    assert code == 0
    assert md.startswith("# GCS Pharmacie test")
    assert "## " in md and f"`{text}`" in md and first["provisions"][0] in md

    code, html, _ = run(capsys, "check", f, "--format", "html")
    assert code == 0
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "</html>" in html and "<details>" in html and "« " in html
    assert html.count("<details>") == html.count("</details>")

    code, out, _ = run(capsys, "check", f, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["groupement"] == "pharma_test" and doc["as_of"] == "2008-03-01"
    assert all(c["provisions"] and c["trace"]["quote"] for c in doc["conclusions"])

    code, plain, _ = run(capsys, "check", f)
    assert code == 0 and text in plain and "Droit applicable au 1er mars 2008 (2008-03-01)" in plain
    code, plain, _ = run(capsys, "check", f, "--lang", "en")
    assert code == 0 and text in plain and "Law applied as of 1 March 2008 (2008-03-01)" in plain


def test_as_of_option_for_a_file_without_date(tmp_path, capsys):
    f = write(tmp_path, "undated.gcs", UNDATED)
    code, out, _ = run(capsys, "check", f, "--as-of", "2007-11-30", "--format", "json")
    assert code == 0
    assert json.loads(out)["as_of"] == "2007-11-30"
    # the date asked for wins over the file's own `as of` (issue 9; tests/test_as_of.py)
    g = write(tmp_path, "dated.gcs", GOOD)
    code, out, _ = run(capsys, "check", g, "--as-of", "2007-11-30", "--format", "json")
    assert json.loads(out)["as_of"] == "2007-11-30" and json.loads(out)["file_as_of"] == "2008-03-01"


# --- the installed console script ------------------------------------------------------


def test_console_script(tmp_path):
    exe = Path(sys.executable).parent / "gcs-reasoner"
    exe = str(exe) if exe.exists() else shutil.which("gcs-reasoner")
    if not exe:
        pytest.skip("the gcs-reasoner console script is not installed (pip install -e .)")
    write(tmp_path, "good.gcs", GOOD)
    write(tmp_path, "bad.gcs", SYNTAX_ERROR)
    p = subprocess.run([exe, "check", str(tmp_path), "--format", "json"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2, p.stderr
    assert LOCATED.match(p.stderr.strip()) and "bad.gcs:6:" in p.stderr
    bad, good = json.loads(p.stdout)  # sorted: bad.gcs, good.gcs
    assert bad["error"]["status"] == 2 and bad["file"].endswith("bad.gcs")
    assert good["groupement"] == "pharma_test"


def test_a_script_that_reasons_and_ends_says_nothing_on_stderr():
    """The API keeps the last spent clingo control to free it later (reasoning._SPENT): a script
    that ends normally frees it at exit, while clingo is loaded. Here clingo's module is unloaded at
    exit before Python's teardown (an exit hook registered first, so run last), as it can be in the
    teardown: a control still alive then wrote an ignored exception on stderr."""
    root = Path(__file__).resolve().parent.parent
    script = ("import atexit, clingo.control; "
              "atexit.register(lambda: setattr(clingo.control, '_lib', None)); "
              "import gcs_reasoner as g; "
              f"r = g.reason(g.load({str(root / 'facts' / 'joint17_no_operation_2018.gcs')!r}), explain=True); "
              "print(len(r.conclusions))")
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=root)
    assert p.returncode == 0 and int(p.stdout) > 0
    assert p.stderr == ""


def test_explain_of_a_conclusion_absent_on_the_date_asked_names_that_date_in_its_hint(capsys):
    # stop 21: the hint suggested `check FILE` without the --as-of the question was asked on
    assert main(["explain", "facts/asm10_matters.gcs", "quorum_met(ag1)", "--as-of", "2011-03-14"]) == 2
    assert "`gcs-reasoner check facts/asm10_matters.gcs --as-of 2011-03-14` lists them" in capsys.readouterr().err
