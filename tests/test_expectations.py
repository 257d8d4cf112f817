"""Expectation files (gcs_reasoner/expectations.py), `gcs-reasoner test` and the pytest plugin.

The case: facts/admin10_fixed_term.gcs, administrator chru_tours elected on
2011-01-20 « pour une durée déterminée » until 2014-01-19, assemblies on
2011-01-20 and 2012-06-20. What the law says, read in /work/shared/legal/versions:
- R6133-24 (version of 2012-11-11) al. 5, « Il représente le groupement dans tous
  les actes de la vie civile et peut ester en justice »: legal representative while
  in office, i.e. on 2012-12-31, not on 2014-06-30 (term over on 2014-01-19);
  the 2010-07-26 version says the same words (so the provision changes with the
  date, not the conclusion);
- quorum from 2010-07-26 in R6133-20 al. 3 « Elle ne délibère valablement que si
  les membres présents ou représentés représentent au moins la moitié des droits »;
  R6133-14 (2006) al. 1 said it before, and R6133-14 of 2010 is about
  authorisations of care activities;
- representation in 2006 was R6133-15 (2006) al. 4; the 2010 decree moved it to
  R6133-24 al. 5.
"""

import shutil
from pathlib import Path

import pytest

from gcs_reasoner import expectations as ex, expectations_file as exf
from gcs_reasoner.cli import main

pytest_plugins = ["pytester"]

FACTS = Path(__file__).resolve().parent.parent / "facts"
REP_2012 = "legal_representative(chru_tours)  <-  R6133-24@2012-11-11.5, L6133-4@2009-07-23.4"


@pytest.fixture
def case(tmp_path):
    """case.gcs (admin10_fixed_term) and a function writing case.expected."""
    gcs = tmp_path / "case.gcs"
    shutil.copy(FACTS / "admin10_fixed_term.gcs", gcs)

    def write(text: str) -> Path:
        path = tmp_path / "case.expected"
        path.write_text(text, encoding="utf-8")
        return path

    write.gcs = gcs
    return write


def problems(gcs) -> dict:
    report = ex.check_file(gcs)
    assert not report.error and not report.internal, report.error or report.internal
    return {s.name: [p.text() for p in s.problems] for s in report.sections}


# --- the format --------------------------------------------------------------------


def test_parse_sections_markers_and_lines(tmp_path):
    exp = exf.parse_text(
        "# a comment\n"
        "as_of 2012-12-31\n"
        "member(chru_tours)\n"
        "quorum_met(ag1)  <-  R6133-20@2010-07-26.3   # al. 3\n"
        "not ordonnateur(chru_tours)\n"
        "warning missing_fact   # any message\n"
        "warning missing_fact: capital of groupement is not stated: no conclusion on mentions\n"
        "as of 2014-06-30\n"
        "all conclusions listed\n"
        "approval_required(arh_director, avenant(av1))\n", "x.expected")
    first, second = exp.sections
    assert (first.label, first.line, first.exhaustive, second.label, second.exhaustive) == \
        ("2012-12-31", 2, False, "2014-06-30", True)
    member, quorum, not_ord, any_w, w = first.items
    assert member.provisions is None and quorum.provisions == ("R6133-20@2010-07-26.3",) and quorum.note == "al. 3"
    assert not_ord.kind == "not" and any_w.message is None and any_w.note == "any message"
    assert w.message == "capital of groupement is not stated: no conclusion on mentions"
    # the contract's spelling and clingo's are one conclusion
    assert second.items[0].key == exf.spelling_key("approval_required(arh_director, avenant:av1)")


def test_marker_before_the_first_date_holds_for_every_section():
    exp = exf.parse_text("all conclusions listed\nas_of 2012-12-31\nas_of 2014-06-30\n")
    assert [s.exhaustive for s in exp.sections] == [True, True]


@pytest.mark.parametrize("text, line, words", [
    ("as_of 2012-13-01\n", 1, "invalid date"),
    ("as_of\n", 1, "expected `as_of YYYY-MM-DD`"),
    ("as_of 2012-12-31\nmember(chru_tours  <-  L6133-2@2009-07-23.1\n", 2, "expected a conclusion"),
    ("as_of 2012-12-31\nmember(chru_tours)  <-\n", 2, "expected provision ids"),
    ("as_of 2012-12-31\nmember(chru_tours)  <-  L6133-2@2009-07-23.1,, X\n", 2, "expected provision ids"),
    ("as_of 2012-12-31\nwarning\n", 2, "expected `warning CODE"),
    ("as_of 2012-12-31\nMember is chru\n", 2, "expected a conclusion"),
    ("as_of 2012-12-31\nas_of 2012-12-31\n", 2, "one section per date"),
    ("member(a)\nas_of 2012-12-31\n", 2, "section without `as_of`"),
    ("as_of 2012-12-31\nmember(a)\nnot member(a)\n", 3, "already on line 2"),
])
def test_malformed_lines_say_file_line_and_what_was_expected(text, line, words):
    with pytest.raises(exf.ExpectationError) as err:
        exf.parse_text(text, "my.expected")
    assert str(err.value).startswith(f"my.expected:{line}: ") and words in str(err.value)


# --- checking ----------------------------------------------------------------------


def test_a_partial_file_on_two_dates_passes(case):
    case("# chru_tours in office until 2014-01-19\n"
         "as_of 2012-12-31\n"
         f"{REP_2012}\n"
         "quorum_met(ag1)\n"
         "not administrator_invalid(no_fixed_term)   # the term is fixed (R6133-24 al. 3)\n"
         "warning missing_fact\n"
         "as_of 2014-06-30\n"
         "not legal_representative(chru_tours)\n")
    assert problems(case.gcs) == {"as_of-2012-12-31": [], "as_of-2014-06-30": []}


def test_disappeared_says_the_first_condition_that_fails(case):
    case(f"as_of 2014-06-30\n{REP_2012}\n")
    [p] = problems(case.gcs)["as_of-2014-06-30"]
    assert p.startswith("DISAPPEARED  legal_representative(chru_tours)  (expected to rest on R6133-24@2012-11-11.5")
    assert "why not: " in p and "« Il représente le groupement dans tous les actes de la vie civile" in p
    assert "2014-06-30 <= 2014-01-19" in p  # the term ran out on 2014-01-19


def test_drawn_but_expected_not_says_why_it_holds(case):
    case("as_of 2012-12-31\nnot legal_representative(chru_tours)  <-  R6133-24@2012-11-11.5\n")
    [p] = problems(case.gcs)["as_of-2012-12-31"]
    assert p.startswith("DRAWN BUT EXPECTED NOT  legal_representative(chru_tours)  <-  R6133-24@2012-11-11.5")
    assert "« Il représente le groupement dans tous les actes de la vie civile et peut ester en justice. »" in p
    assert "the file says R6133-24@2012-11-11.5 does not apply" in p


def test_a_misspelt_or_misshapen_line_is_a_problem_not_a_pass(case):
    """Before stop 22 `not deliberation_vaild(…)` passed for ever (nothing of that name is drawn)."""
    case("as_of 2012-12-31\nnot deliberation_vaild(ag1, d1)\nnot legal_representative(chru_tours, x)\n")
    found = problems(case.gcs)["as_of-2012-12-31"]
    assert len(found) == 2
    assert found[0].startswith("UNKNOWN PREDICATE  not deliberation_vaild(ag1, d1)") or \
        found[0].startswith("UNKNOWN PREDICATE  deliberation_vaild(ag1, d1)")
    assert "did you mean deliberation_valid" in found[0]
    assert "legal_representative takes 1 argument" in found[1]


def test_an_expectation_file_without_its_scenario_is_an_error(case, tmp_path, capsys):
    (tmp_path / "orphan.expected").write_text("as_of 2012-12-31\n", encoding="utf-8")
    case(f"as_of 2012-12-31\n{REP_2012}\n")
    assert main(["test", str(tmp_path)]) == 2
    assert "orphan.expected: no scenario orphan.gcs beside this expectation file" in capsys.readouterr().err


def test_moved_by_a_new_version_of_the_same_words(case):
    case("as_of 2012-12-31\n"
         "legal_representative(chru_tours)  <-  R6133-24@2010-07-26.5, L6133-4@2009-07-23.4\n")
    [p] = problems(case.gcs)["as_of-2012-12-31"]
    assert p.startswith("MOVED        legal_representative(chru_tours)  rests on other provisions")
    assert "no longer on: R6133-24@2010-07-26.5" in p and "now also on: R6133-24@2012-11-11.5" in p
    assert ("change of law: R6133-24@2010-07-26.5 → R6133-24@2012-11-11.5 (version of 2012-11-11, "
            "Décret n° 2012-1247 du 7 novembre 2012: the same words)") in p


def test_change_of_law_through_a_renumbering(case):
    # the 2006 text of the quorum (R6133-14 al. 1) against an assembly of 2011, under R6133-20 (2010) al. 3
    case("as_of 2012-12-31\nquorum_met(ag1)  <-  R6133-14@2006-01-01.1\n"
         "legal_representative(chru_tours)  <-  R6133-15@2006-01-01.4, L6133-4@2009-07-23.4\n")
    quorum, representative = problems(case.gcs)["as_of-2012-12-31"]
    assert "change of law: R6133-14@2006-01-01.1 → R6133-20@2010-07-26.3 (version of 2010-07-26, " \
           "Décret n° 2010-862 du 23 juillet 2010 (art. 1): Replaces R6133-14@2006-01-01.1" in quorum
    # 2006 R6133-15 al. 4 -> 2010 R6133-24 al. 5 (revised) -> 2012 R6133-24 al. 5 (same words)
    assert "R6133-15@2006-01-01.4 → R6133-24@2010-07-26.5 (version of 2010-07-26" in representative
    assert "→ R6133-24@2012-11-11.5 (version of 2012-11-11, Décret n° 2012-1247 du 7 novembre 2012: the same words)" \
        in representative


def test_change_of_law_a_version_not_in_force_on_the_date(case):
    case("as_of 2014-06-30\nlegal_representative(chru_tours)  <-  R6133-15@2006-01-01.4\n")
    [p] = problems(case.gcs)["as_of-2014-06-30"]
    assert p.startswith("DISAPPEARED")
    assert ("change of law: R6133-15@2006-01-01.4 is of the version of R6133-15 of 2006-01-01; in force on "
            "2014-06-30: the version of 2010-07-26, Décret n° 2010-862 du 23 juillet 2010 (art. 1)") in p


def test_a_provision_unknown_to_the_inventory(case):
    case("as_of 2012-12-31\nquorum_met(ag1)  <-  R6133-20@2010-07-26.99\n")
    [p] = problems(case.gcs)["as_of-2012-12-31"]
    assert "R6133-20@2010-07-26.99 is not in the inventory of provisions any more" in p


def test_warnings_any_of_a_code_missing_and_new(case):
    case("as_of 2012-12-31\nwarning missing_fact\nwarning missing_fact: no such message\nwarning no_such_code\n")
    assert problems(case.gcs)["as_of-2012-12-31"] == ["WARNING MISSING  missing_fact: no such message",
                                                      "WARNING MISSING  no_such_code"]


def test_all_conclusions_listed_reports_what_appeared(case):
    case(f"all conclusions listed\nas_of 2012-12-31\n{REP_2012}\n")
    found = problems(case.gcs)["as_of-2012-12-31"]
    appeared = [p for p in found if p.startswith("APPEARED")]
    quorum = next(p for p in appeared if p.startswith("APPEARED     quorum_met(ag1)  <-  R6133-20@2010-07-26.3"))
    assert "« Elle ne délibère valablement que si les membres présents ou représentés représentent" in quorum
    assert any(p.startswith("WARNING NEW  missing_fact: ") for p in found)
    assert not any("legal_representative" in p for p in found)


def test_the_project_goldens_are_this_format():
    exp = exf.parse(FACTS / "admin10_fixed_term.expected")
    assert exp.exhaustive and [s.label for s in exp.sections] == ["2012-12-31"]


# --- --update ----------------------------------------------------------------------


PARTIAL = ("# A lawyer's note on the case.\n"
           "as_of 2012-12-31\n"
           "legal_representative(chru_tours)  <-  R6133-24@2010-07-26.5, L6133-4@2009-07-23.4   # al. 5\n"
           "quorum_met(ag1)\n"
           "not ordonnateur(chru_tours)\n"
           "warning missing_fact\n"
           "warning no_such_code: gone\n"
           "\n"
           "# after the term\n"
           "as_of 2014-06-30\n"
           f"{REP_2012}\n")


def test_update_keeps_a_partial_file_partial_and_prints_the_diff(case, capsys):
    path = case(PARTIAL)
    assert main(["test", "--update", str(case.gcs)]) == 1  # a file changed: review it
    out = capsys.readouterr().out
    assert f"WROTE  {path}: review this change against the law" in out
    assert "-warning no_such_code: gone\n" in out and "+ordonnateur(chru_tours)  <-  R6133-24@2012-11-11.6\n" in out
    assert path.read_text(encoding="utf-8") == (
        "# A lawyer's note on the case.\n"
        "as_of 2012-12-31\n"
        f"{REP_2012}   # al. 5\n"
        "quorum_met(ag1)\n"  # no provisions: still none
        "ordonnateur(chru_tours)  <-  R6133-24@2012-11-11.6\n"  # the `not` that is drawn now
        "warning missing_fact\n"
        "\n"
        "# after the term\n"
        "as_of 2014-06-30\n"
        f"not {REP_2012}\n")  # nothing new added: the analyst chose what to check
    assert main(["test", str(case.gcs)]) == 0
    assert main(["test", "--update", str(case.gcs)]) == 0  # nothing to write
    assert "WROTE" not in capsys.readouterr().out


def test_update_keeps_the_files_line_ends_and_byte_order_mark(case):
    """A file written on Windows (CRLF, a byte-order mark) was rewritten with LF line ends: every
    line of it changed in the analyst's version control for one conclusion added."""
    path = case("# A lawyer's note on the case.\nas_of 2012-12-31\nquorum_met(ag1)\nnot ordonnateur(chru_tours)\n")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert main(["test", "--update", str(case.gcs)]) == 1
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf# A lawyer's note") and data.count(b"\xef\xbb\xbf") == 1
    assert data.count(b"\n") == data.count(b"\r\n") > 3
    assert b"ordonnateur(chru_tours)  <-  R6133-24@2012-11-11.6\r\n" in data
    assert main(["test", str(case.gcs)]) == 0


def test_update_an_exhaustive_file_lists_everything_in_order(case):
    path = case("# head\nall conclusions listed\nas_of 2012-12-31\n"
                "legal_representative(chru_tours)  <-  R6133-24@2010-07-26.5   # al. 5\n"
                "not legal_representative(ch_amboise)   # never\n")
    assert main(["test", "--update", str(path)]) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["# head", "all conclusions listed", "as_of 2012-12-31"]
    assert f"{REP_2012}   # al. 5" in lines and "not legal_representative(ch_amboise)   # never" in lines
    conclusions = [l for l in lines[3:] if not l.startswith(("not ", "warning "))]
    assert conclusions == sorted(conclusions) and "quorum_met(ag1)  <-  R6133-20@2010-07-26.3" in conclusions
    assert ex.check_file(case.gcs).sections[0].passed


def test_update_an_exhaustive_file_lists_a_conclusion_its_not_line_denied(case):
    """A `not X` line that X now contradicts is replaced by X in the same update (it was dropped,
    and X left out: the file then failed until a second update)."""
    path = case("all conclusions listed\nas_of 2012-12-31\nnot quorum_met(ag1)   # was not met\n")
    assert main(["test", "--update", str(path)]) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "quorum_met(ag1)  <-  R6133-20@2010-07-26.3" in lines
    assert not any(l.startswith("not quorum_met") for l in lines)
    assert ex.check_file(case.gcs).sections[0].passed


def test_update_creates_a_missing_file_and_a_new_date(case, capsys):
    assert main(["test", str(case.gcs)]) == 0
    assert "NO EXPECTATIONS" in capsys.readouterr().out
    assert main(["test", "--update", str(case.gcs)]) == 1
    path = case.gcs.with_suffix(".expected")
    text = path.read_text(encoding="utf-8")
    assert "\nall conclusions listed\nas_of 2012-12-31\n" in text and f"\n{REP_2012}\n" in text
    assert main(["test", "--update", "--as-of", "2014-06-30", str(path)]) == 1
    exp = exf.parse(path)
    assert [s.label for s in exp.sections] == ["2012-12-31", "2014-06-30"]
    assert not any(e.text == "legal_representative(chru_tours)" for e in exp.sections[1].items)
    assert main(["test", str(path)]) == 0


# --- the command -------------------------------------------------------------------


def test_command_exit_status_and_lines(case, tmp_path, capsys):
    path = case(f"as_of 2012-12-31\n{REP_2012}\nas_of 2014-06-30\n{REP_2012}\n")
    assert main(["test", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"PASS  {path}:1  as_of 2012-12-31"
    assert out[1] == f"FAIL  {path}:3  as_of 2014-06-30"
    assert out[2].startswith("      DISAPPEARED  legal_representative(chru_tours)")
    assert out[-1] == "1 passed, 1 failed — 1 scenario"
    assert main(["test", "--as-of", "2012-12-31", str(path)]) == 0  # only that section


def test_command_bad_input_exits_2_with_file_and_line(case, tmp_path, capsys):
    case("as_of 2012-12-31\nmember(chru_tours  <-  L6133-2@2009-07-23.1\n")
    assert main(["test", str(case.gcs)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'case.expected'}:2: expected a conclusion" in err and "Traceback" not in err
    bad = tmp_path / "sub" / "bad.gcs"
    bad.parent.mkdir()
    bad.write_text("groupement g {\n  member\n}\n", encoding="utf-8")
    bad.with_suffix(".expected").write_text("as_of 2012-12-31\n", encoding="utf-8")
    assert main(["test", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:1:14: unexpected" in err and "Traceback" not in err
    assert main(["test", str(tmp_path / "nothing_here")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# --- the pytest plugin -------------------------------------------------------------


def _plugin_args() -> list:
    """`-p` the plugin unless pytest already loads it from the installed entry point."""
    from importlib.metadata import entry_points

    installed = any(e.value == "gcs_reasoner.pytest_plugin" for e in entry_points(group="pytest11"))
    return [] if installed else ["-p", "gcs_reasoner.pytest_plugin"]


def test_pytest_plugin_collects_one_item_per_section(pytester):
    shutil.copy(FACTS / "admin10_fixed_term.gcs", pytester.path / "case.gcs")
    (pytester.path / "case.expected").write_text(
        f"as_of 2012-12-31\n{REP_2012}\nas_of 2014-06-30\n{REP_2012}\n", encoding="utf-8")
    (pytester.path / "alone.expected").write_text("as_of 2012-12-31\n", encoding="utf-8")  # no .gcs: not collected
    result = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider", "-v")
    result.stdout.fnmatch_lines(["*case.expected::as_of-2012-12-31 PASSED*",
                                 "*case.expected::as_of-2014-06-30 FAILED*",
                                 "*case.expected:3: the conclusions on 2014-06-30 are not the expected ones",
                                 "DISAPPEARED  legal_representative(chru_tours)*"])
    result.assert_outcomes(passed=1, failed=1)


def test_pytest_plugin_malformed_file_and_nothing_to_collect(pytester):
    assert pytester.runpytest(*_plugin_args()).ret == pytest.ExitCode.NO_TESTS_COLLECTED
    shutil.copy(FACTS / "admin10_fixed_term.gcs", pytester.path / "case.gcs")
    (pytester.path / "case.expected").write_text("as_of 2012-12-31\nwarning\n", encoding="utf-8")
    result = pytester.runpytest(*_plugin_args())
    result.stdout.fnmatch_lines(["*case.expected:2: expected `warning CODE: MESSAGE`*"])
    assert result.ret == pytest.ExitCode.INTERRUPTED  # a collection error


def test_the_analyst_examples_pass(capsys):
    assert main(["test", str(FACTS.parent / "examples" / "regression")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "4 passed, 0 failed — 2 scenarios"


# --- a warning named by its atom (review 40) ----------------------------------------


def test_a_not_line_naming_a_warning_fails_when_the_warning_is_given(case):
    # On 2012-12-31 the file states no capital line: R6133-1 of 2010 I 7° (« Le capital du groupement, le cas
    # échéant ») cannot be judged, and the reasoner says so by missing_fact(mentions, groupement, capital). Before
    # review 40, `not missing_fact(...)` was compared with the conclusions only, where a warning never is: it
    # passed whatever the warnings said.
    case("as_of 2012-12-31\n"
         "not missing_fact(mentions, _, _)\n"
         "missing_fact(rights_proportionality, groupement, capital)\n"
         "not missing_fact(nature, _, _)\n"
         "member(chru_tours)\n")
    got = problems(case.gcs)["as_of-2012-12-31"]
    assert len(got) == 1 and got[0].startswith("DRAWN BUT EXPECTED NOT  missing_fact(mentions, groupement, capital)")
    assert "warning missing_fact: the file does not state the capital" in got[0]


def test_a_holds_line_naming_a_warning_not_given_disappears(case):
    case("as_of 2012-12-31\n"
         "doubtful_text(accounts_approval_due, 2011)\n"
         "doubtful_text(accounts_approval_due, 2009)\n")
    got = problems(case.gcs)["as_of-2012-12-31"]
    assert len(got) == 1 and got[0].startswith("DISAPPEARED  doubtful_text(accounts_approval_due, 2009)")
