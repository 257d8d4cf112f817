"""The review of stop 37 (robustness, fuzzing of 51d896e, /tmp/rv2): inputs the API and the command
line mishandled.

G1. `Result.explain(conclusion)` given a Conclusion object skipped the check that the conclusion holds
    in this result: a conclusion of another result (another as-of date) was "explained" with no
    derivation. Now ConclusionNotDrawn, as for the text; an equal conclusion this result draws too is
    explained from this result.
G2. Markdown code spans: a fact line written as a single-backtick span (and the memo's double-backtick
    span) broke on a name holding backticks, and let raw HTML through. Now one helper (render.markdown.
    code) fences by one backtick more than the longest run (CommonMark 6.1).
"""

import re
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main
from gcs_reasoner.render.markdown import code
from gcs_reasoner.result import ConclusionNotDrawn

ROOT = Path(__file__).resolve().parent.parent
CONVOCATION = ROOT / "facts" / "admin_convocation.gcs"


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


# --- G1: explain a Conclusion of another result ------------------------------------------------------


@pytest.fixture(scope="module")
def convocation():
    """ch_annecy elected administrator on 2006-03-01 for three years (R6133-15 of 2006, al. 2: « nommé
    pour une durée de trois ans renouvelable »): the term has expired by 2009-06-30 (the file's date),
    not by 2008-06-30."""
    scenario = gcs.load(CONVOCATION)
    return gcs.reason(scenario), gcs.reason(scenario, as_of="2008-06-30")


def test_a_conclusion_of_another_date_is_not_explained_where_it_is_not_drawn(convocation):
    r09, r08 = convocation
    expired = r09.find("administrator_invalid(term_expired)")
    assert expired is not None  # drawn on 2009-06-30
    assert not r08.holds("administrator_invalid(term_expired)")  # not on 2008-06-30
    with pytest.raises(ConclusionNotDrawn) as by_object:
        r08.explain(expired)
    with pytest.raises(ConclusionNotDrawn) as by_text:
        r08.explain("administrator_invalid(term_expired)")
    assert str(by_object.value) == str(by_text.value)  # the same message as for the text
    assert "2008-06-30" in str(by_object.value)
    # its own result explains it, with its provision
    tree = r09.explain(expired).as_dict()
    assert tree["conclusion"] == "administrator_invalid(term_expired)"
    assert tree["provision"].startswith("R6133-15@2006-01-01")


def test_an_equal_conclusion_drawn_here_too_is_explained_from_this_result(convocation):
    r09, r08 = convocation
    # the share of debts follows the rights (R6133-6 of 2006): ch_annecy, 50 of 100, on both dates
    share09 = r09.find("debt_share(ch_annecy, 50, 100)")
    assert share09 is not None and r08.holds("debt_share(ch_annecy, 50, 100)")
    tree = r08.explain(share09)
    assert tree.as_dict()["conclusion"] == "debt_share(ch_annecy, 50, 100)"
    assert tree.as_dict() == r08.explain("debt_share(ch_annecy, 50, 100)").as_dict()
    assert tree.as_dict().get("note") != "no derivation recorded"


# --- G2: Markdown code spans -------------------------------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("member(a)", "`member(a)`"),
    ("A ` b", "``A ` b``"),
    ("A `` b", "```A `` b```"),
    ("`a", "`` `a ``"),
    ("a`", "`` a` ``"),
    ("``x``", "``` ``x`` ```"),
])
def test_a_code_span_is_fenced_longer_than_any_run_of_backticks_in_it(text, span):
    assert code(text) == span


def _tick_file(tmp_path, name):
    path = tmp_path / "tick.gcs"
    path.write_text(
        'groupement g "G" {\n  as of 2012-12-31\n  approved 2009-11-02\n  seat "Tours" region "Centre"\n'
        f'  member a "{name}" {{ kind health_establishment sector public region "Centre" rights 60 }}\n'
        '  member b "B" { kind health_establishment sector public region "Centre" rights 40 }\n}\n',
        encoding="utf-8")
    return path


def _spans_hold(line: str, name: str) -> bool:
    """The fact's name is inside one code span whose fence is longer than any run of backticks in it."""
    longest = max(len(r) for r in re.findall(r"`+", name))
    return re.search("`" * (longest + 1) + r"[^`]", line) is not None and name in line


@pytest.mark.parametrize("name", ["A ` <img src=x onerror=alert(1)> `", "A `` <img src=x onerror=alert(1)> ``"])
@pytest.mark.parametrize("command", ["check", "memo"])
def test_a_name_with_backticks_stays_inside_its_code_span(tmp_path, capsys, name, command):
    status, out, err = run(capsys, command, _tick_file(tmp_path, name), "--format", "markdown")
    assert status == 0, err
    facts = [line for line in out.splitlines() if 'member a "' in line]
    assert facts  # the fact of the member is quoted (a positive anchor)
    assert all(_spans_hold(line, name) for line in facts), facts
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt().render(out)
    assert "<img" not in html and "&lt;img src=x" in html


def test_a_batch_error_message_with_a_fence_stays_inside_its_block():
    from gcs_reasoner.render.batch import MarkdownWriter

    text = MarkdownWriter("f", ["f/a.gcs"]).error("f/a `x`.gcs", 2, "line 1\n```\n<img src=x>")
    assert "## ``f/a `x`.gcs``" in text
    assert "````\nline 1\n```\n<img src=x>\n````" in text


# --- G3: a .gcs symbolic link to nothing ---------------------------------------------------------------

WITHDRAWAL = ROOT / "facts" / "withdrawal_notice.gcs"


def _folder_with_links(tmp_path, with_good: bool):
    folder = tmp_path / "f"
    folder.mkdir()
    if with_good:
        (folder / "a.gcs").write_text(WITHDRAWAL.read_text(encoding="utf-8"), encoding="utf-8")
        (folder / "a.expected").write_text("as_of 2008-06-30\nmember(chru_tours)\n", encoding="utf-8")
    (folder / "z.gcs").symlink_to(tmp_path / "nonexistent.gcs")
    return folder


@pytest.mark.parametrize("with_good", [True, False])
def test_a_dangling_link_in_a_folder_is_reported_by_test_as_by_check(tmp_path, capsys, with_good):
    folder = _folder_with_links(tmp_path, with_good)
    status, out, err = run(capsys, "test", folder)
    text = out + err
    assert status == 2, text
    assert re.search(r"ERROR +\S*z\.gcs: cannot read the file", text), text
    assert "no .gcs file in this folder" not in text
    if with_good:  # the other file is still tested (a positive anchor)
        assert "PASS" in text and "1 passed" in text
    status, out, err = run(capsys, "check", folder)
    assert status == 2 and "z.gcs: cannot read the file" in out + err


def test_a_link_to_itself_is_reported_not_lost(tmp_path, capsys):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "loop.gcs").symlink_to("loop.gcs")
    status, out, err = run(capsys, "test", folder)
    assert status == 2
    assert "loop.gcs: cannot read the file" in out + err and "no .gcs file in this folder" not in out + err


def test_a_folder_with_no_gcs_file_is_still_said_so(tmp_path, capsys):
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    status, out, err = run(capsys, "test", folder)
    assert status == 2 and "no .gcs file in this folder" in out + err


# --- G4a: progress= that is not a function -------------------------------------------------------------

FIXED_TERM = ROOT / "facts" / "admin10_fixed_term.gcs"


@pytest.mark.parametrize("progress", [5, "yes", True])
def test_a_progress_that_is_no_function_is_refused_when_called(progress):
    import time

    scenario = gcs.load(FIXED_TERM)
    began = time.perf_counter()
    with pytest.raises(TypeError) as raised:
        gcs.timeline(scenario, until="2013-01-01", progress=progress)
    assert "progress=" in str(raised.value) and "expected a function" in str(raised.value)
    assert "not callable" not in str(raised.value)
    assert time.perf_counter() - began < 1.0  # refused before any date is reasoned on


def test_a_progress_that_is_no_function_is_refused_by_reason_on_dates():
    from datetime import date

    from gcs_reasoner.batching import reason_on_dates

    with pytest.raises(TypeError, match=r"progress=5: expected a function"):
        reason_on_dates(gcs.load(FIXED_TERM), [date(2012, 12, 31)], progress=5)


def test_a_progress_function_is_told_of_each_date():
    told = []
    t = gcs.timeline(gcs.load(FIXED_TERM), start="2012-12-01", until="2012-12-31",
                     progress=lambda done, total, day: told.append((done, total)))
    assert told and told[0][0] == 0 and all(0 <= done < total for done, total in told)
    assert t.conclusions  # the timeline itself (a positive anchor)


# --- G4b: a query starting with '-' ---------------------------------------------------------------------


@pytest.mark.parametrize("command, what", [("why-not", "query"), ("explain", "conclusion"), ("what-would", "query")])
@pytest.mark.parametrize("query", ["-member(x)", "--legal_representative(chru_tours)", "-agent_comptable_required"])
def test_a_query_starting_with_a_dash_is_said_with_what_is_expected(capsys, command, what, query):
    status, out, err = run_exit(capsys, command, FIXED_TERM, query)
    assert status == 2 and out == ""
    assert f"{query!r} is no option of {command}" in err
    assert f"the {what} is an atom" in err and "put -- before it" in err
    assert "the following arguments are required" not in err


def run_exit(capsys, *argv):
    """`run`, with argparse's exit (SystemExit) taken as the status."""
    try:
        status = main([str(a) for a in argv])
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_after_a_double_dash_the_query_is_read_and_said_to_be_no_atom(capsys):
    status, out, err = run_exit(capsys, "why-not", FIXED_TERM, "--", "-member(x)")
    assert status == 2 and "'-member(x)' is not an atom" in err


def test_options_and_their_abbreviations_are_still_read(capsys):
    # R6133-24 of 2012 al. 5 (« Il représente le groupement dans tous les actes de la vie civile »): the
    # administrator chru_tours represents the groupement on 2012-12-31
    status, out, err = run_exit(capsys, "explain", FIXED_TERM, "legal_representative(chru_tours)", "--as", "2012-12-31")
    assert status == 0, err
    assert out.startswith("legal_representative(chru_tours)")
    status, out, err = run_exit(capsys, "why-not", FIXED_TERM, "member(chru_tours)", "--foo")
    assert status == 2 and "unrecognized arguments: --foo" in err  # a mistyped option: argparse's own message
