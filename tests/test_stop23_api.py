"""Stop 23, black-box review of the Python API and the CLI beyond `check` (reviewer "api").

F1: an edited (what-if) scenario is the edited text read again: its explanations and its memo
quote the edited lines, never the file's words for a fact the edit changed.
F2: `_` in a `.expected` line stands for any value, as Result.holds reads it.
F3: an edit goes through the language's checks: a reference left dangling is refused with the
language's message, whatever the order of the changes.
F4: check_files with one path / jobs=0; why-not's last day of a version; `test --as-of D` with no
section of D; diff labels; sentences of withdrawal_overtaken and avenant_made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"
WD07 = ROOT / "tests" / "data" / "stop23_api_wd07.gcs"


def by_hand(name: str, *replacements, path=None):
    """facts/NAME edited by hand (each (old, new) once), read as the edit names it."""
    text = (FACTS / name).read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return gcs.loads(text, path=path or f"{FACTS / name} (edited)")


# --- F1 ----------------------------------------------------------------------------------

def test_explanation_of_a_moved_notice_quotes_the_edited_notice():
    s = gcs.load(FACTS / "withdrawal_notice.gcs")
    r = gcs.reason(gcs.edit(s, "withdrawal clinique_loire notified 2007-05-03"))
    c = r.by_predicate("withdrawal_effective")[0]
    text = r.explain(c).text()
    assert "notified 2007-05-03" in text and "2007-09-03" not in text
    assert "withdrawal_notice.gcs (edited), ligne 38" in text  # the source says it comes from the edit
    hand = gcs.reason(by_hand("withdrawal_notice.gcs", ("notified 2007-09-03", "notified 2007-05-03")))
    assert hand.explain(c.text).text() == text  # as the file edited by hand
    memo = r.memo(format="markdown")
    facts = [line for line in memo.splitlines() if "Retrait" in line]
    assert facts and all("3 septembre 2007" not in line for line in facts)
    assert any("3 mai 2007" in line for line in facts)


def test_explanation_of_an_added_presence_quotes_the_edited_line():
    s = gcs.load(FACTS / "assembly_quorum_under.gcs")
    r = gcs.reason(gcs.edit(s, "present ag1 ch_semur", "vote ag1.d1 ch_semur for"))
    text = r.explain("deliberation_valid(ag1, d1)").text()
    assert "present chu_dijon, ch_semur" in text
    assert "present chu_dijon  ←" not in text.split("CH de Semur est présent")[1].split("\n├")[0]
    hand = gcs.reason(by_hand("assembly_quorum_under.gcs",
                              ("    present chu_dijon                      # 49",
                               "    present chu_dijon, ch_semur                      # 49"),
                              ("deliberation d1 on budget { for chu_dijon }\n  }\n  assembly ag2",
                               "deliberation d1 on budget { for chu_dijon, ch_semur }\n  }\n  assembly ag2")))
    assert hand.explain("deliberation_valid(ag1, d1)").text() == text


def test_a_new_statement_gets_a_line_of_its_own_and_later_lines_follow():
    s = gcs.load(FACTS / "assembly_quorum_under.gcs")
    e = gcs.edit(s, "proxy ag1 ch_semur to chu_dijon", "without line 55")  # 55: ag2's deliberation
    lines = e.text.split("\n")
    assert lines[49].strip() == "proxy ch_semur to chu_dijon"  # line 50, before ag1's `}`
    assert not e.groupement.assemblies[1].deliberations  # `without line 55` counts the file's lines
    assert e.groupement.assemblies[0].proxies[0].line == 50


def test_edit_of_an_edit_and_the_diff_labels():
    s = gcs.load(FACTS / "assembly_quorum_under.gcs")
    e = gcs.edit(s, "present ag1 ch_semur")
    assert e.path.endswith("assembly_quorum_under.gcs (edited)") and s.path.endswith(".gcs")
    assert gcs.edit(e, "absent ag1 ch_semur").path == e.path
    d = gcs.diff(s, e)
    before, after = d.text().splitlines()[0].split(" -> ")
    assert "(edited)" in after and "(edited)" not in before  # F4f


# --- F3 ----------------------------------------------------------------------------------

def test_removing_a_reconvened_assembly_is_refused_as_by_the_language():
    s = gcs.load(FACTS / "assembly_quorum_under.gcs")
    with pytest.raises(gcs.ScenarioError, match=r":53:16: unknown assembly 'ag1'"):
        gcs.edit(s, "without line 46")
    blank = "\n".join("" if 46 <= n <= 50 else x
                      for n, x in enumerate((FACTS / "assembly_quorum_under.gcs").read_text().split("\n"), 1))
    with pytest.raises(gcs.ScenarioError, match=r":53:16: unknown assembly 'ag1'"):
        gcs.loads(blank)
    # with the reference gone too, the story holds again, whatever the order
    for changes in (("without line 46", "without line 53"), ("without line 53", "without line 46")):
        e = gcs.edit(s, *changes)
        assert [a.id for a in e.groupement.assemblies] == ["ag2"] and e.groupement.assemblies[0].reconvenes is None


def test_removing_a_member_whose_contribution_stays_is_refused():
    s = gcs.load(FACTS / "nature09_hpst.gcs")
    with pytest.raises(gcs.ScenarioError, match=r":16:\d+: unknown member 'clinique_k'"):
        gcs.edit(s, "without line 13")
    e = gcs.edit(s, "without line 13", "without line 16")
    assert [m.id for m in e.groupement.members] == ["chu_nimes"]


@pytest.mark.parametrize("changes", [("present ag1 ch_semur", "without line 30"),
                                     ("without line 30", "present ag1 ch_semur")])
def test_the_order_of_the_changes_does_not_matter(changes):
    s = gcs.load(FACTS / "assembly_quorum_under.gcs")
    with pytest.raises((gcs.ScenarioError, ValueError), match="ch_semur"):
        gcs.edit(s, *changes)


def test_withdrawal_of_an_associate_is_refused_as_by_the_language():
    s = gcs.load(FACTS / "billing09_boundary_0722.gcs")
    with pytest.raises(gcs.ScenarioError, match="'dr_lucas' is an associate"):
        gcs.edit(s, "withdrawal dr_lucas notified 2008-03-01")


# --- F2 ----------------------------------------------------------------------------------

def _expected(tmp_path, body: str) -> Path:
    gcs_file = tmp_path / "wd07.gcs"
    gcs_file.write_text(WD07.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "wd07.expected").write_text(body, encoding="utf-8")
    return gcs_file


@pytest.mark.parametrize("line", ["not member(_)", "not withdrawal_effective(c, _)"])
def test_not_with_a_wildcard_fails_when_some_value_holds(tmp_path, capsys, line):
    f = _expected(tmp_path, f"as_of 2009-06-30\n{line}\n")
    assert main(["test", str(f)]) == 1
    out = capsys.readouterr().out
    assert "DRAWN BUT EXPECTED NOT" in out
    assert ("member(a)" in out and "member(b)" in out) if "member" in line else "withdrawal_effective(c, 2008-12-31)" in out


def test_a_wildcard_holds_as_result_holds(tmp_path, capsys):
    r = gcs.reason(gcs.load(WD07), as_of="2009-06-30")
    assert r.holds("member(_)") and not r.holds("withdrawal_effective(a, _)")
    f = _expected(tmp_path, "as_of 2009-06-30\nmember(_)\nwithdrawal_effective(c, _)\nnot withdrawal_effective(a, _)\n")
    assert main(["test", str(f)]) == 0, capsys.readouterr().out
    f = _expected(tmp_path, "as_of 2009-06-30\nwithdrawal_effective(a, _)\n")
    assert main(["test", str(f)]) == 1
    assert "DISAPPEARED  withdrawal_effective(a, _)" in capsys.readouterr().out


def test_a_wildcard_line_lists_what_it_matches_and_update_keeps_it(tmp_path, capsys):
    from gcs_reasoner.expectations import check_file

    f = _expected(tmp_path, "as_of 2009-06-30\nmember(_)  # some member\n")
    report = check_file(f, update=True)
    assert not report.failed and report.new_text == (tmp_path / "wd07.expected").read_text()
    # in a complete list, `member(_)` stands for every member it matches
    full = check_file(_expected(tmp_path, "as_of 2009-06-30\nall conclusions listed\n"), update=True).new_text
    lines = [x for x in full.splitlines() if not x.startswith("member(")]
    at = next(i for i, x in enumerate(lines) if x.startswith("nature("))
    lines.insert(at, "member(_)")
    f = _expected(tmp_path, "\n".join(lines) + "\n")
    assert main(["test", str(f)]) == 0, capsys.readouterr().out


# --- F4 ----------------------------------------------------------------------------------

def test_check_files_takes_one_path_as_one_file_and_refuses_jobs_0():
    out = list(gcs.check_files(str(WD07), jobs=1))
    assert [p for p, _ in out] == [str(WD07)] and "conclusions" in out[0][1]
    assert [p for p, _ in gcs.check_files(WD07, jobs=1)] == [str(WD07)]
    with pytest.raises(ValueError, match="1 or more"):
        gcs.check_files([WD07], jobs=0)  # at the call, as the CLI's --jobs 0
    with pytest.raises(TypeError):
        gcs.check_files([WD07], jobs="2")


def test_why_not_names_the_last_day_of_a_version(capsys):
    r = gcs.reason(gcs.load(FACTS / "assembly_quorum_under.gcs"))
    text = r.why_not("deliberation_valid(ag1, d1)").text()
    assert "en vigueur du 2010-07-26 au 2017-04-27" in text and "au 2017-04-28" not in text
    assert "in force from 2010-07-26 to 2017-04-27" in r.why_not("deliberation_valid(ag1, d1)", lang="en").text()


def test_test_as_of_a_date_with_no_section_is_not_a_pass(tmp_path, capsys):
    f = _expected(tmp_path, "as_of 2009-06-30\nmember(a)\n")
    assert main(["test", str(tmp_path), "--as-of", "2010-01-01"]) == 1
    out = capsys.readouterr().out
    assert "NO SECTION" in out and "nothing checked" in out and "1 without a section as_of 2010-01-01" in out
    assert main(["test", str(f), "--as-of", "2009-06-30"]) == 0


def test_explanations_say_the_auxiliary_atoms_in_words():
    r = gcs.reason(gcs.load(WD07))
    text = r.explain("avenant_missing(withdrawal:c)").text()
    assert "withdrawal overtaken (" not in text and "avenant made (" not in text
    assert "Un avenant à la convention constitutive a été conclu pour le retrait de Clinique C" in text


def test_rights_written_with_separators_as_the_language_writes_them():
    s = gcs.load(FACTS / "assembly_quorum_under.gcs")
    e = gcs.edit(s, "member ch_semur rights 1_000")
    assert e.member("ch_semur").rights.value == 1000 and "rights 1_000" in e.text


def test_a_timeline_tells_its_progress_date_by_date():
    """A large file's timeline reasons on hundreds of dates (a review of large files: minutes with nothing
    printed looked like a hang): `progress(done, total, day)` is told before each date, in order, and
    the command line draws it on a terminal's stderr only (nothing in a pipe)."""
    import subprocess
    import sys
    from datetime import date

    from gcs_reasoner.periods import timeline

    told = []
    t = timeline("facts/withdrawal_notice.gcs", progress=lambda done, total, day: told.append((done, total, day)))
    assert [done for done, _, _ in told] == list(range(len(told)))
    assert all(done < total for done, total, _ in told)
    assert all(isinstance(day, date) for _, _, day in told)
    # each sampled date once, then each date whose reasons are read (a period's first and last), once more
    days = [day for _, _, day in told]
    assert sorted(days[:len(t.samples)]) == list(t.samples)
    assert len(days) > len(t.samples) and set(days[len(t.samples):]) <= set(t.samples)
    run = subprocess.run([sys.executable, "-m", "gcs_reasoner.cli", "timeline", "facts/withdrawal_notice.gcs"],
                         capture_output=True, text=True, env={**__import__("os").environ, "GCS_REASONER_SERVER": "0"})
    assert run.returncode == 0 and run.stderr == ""


def test_the_rounds_of_reasoning_are_bounded_by_the_file_s_deliberations(monkeypatch):
    """Each round settles one more deliberation's effect (open, then decided) or is the last: a file of
    many chained exclusions (a review of large files: 200 of them) is not cut at a fixed 100 rounds; rules
    that would never settle stop with a message that says so, not one blaming exclusions alone."""
    import clingo
    import pytest

    from gcs_reasoner import reasoning
    from gcs_reasoner.facts import scenario_facts

    scenario = gcs.load("facts/assembly_exclusion_concerned_vote.gcs")
    facts = scenario_facts(scenario, scenario.groupement.as_of.value)
    deliberations = sum(1 for atom, _ in facts.facts if atom.startswith("deliberation("))
    calls = []

    class NeverSettles:  # a new exclusion every round
        def __init__(self, *args, **kwargs):
            calls.append(1)
            self.watched = [clingo.parse_term(f"excluded(m{len(calls)}, d(2008, 1, 1))")]
            self.symbols, self.records = [], None

    monkeypatch.setattr(reasoning, "_Solver", NeverSettles)
    monkeypatch.setattr(reasoning.selection_memory, "start", lambda program, facts: (set(), None, False))
    with pytest.raises(reasoning.ReasoningError, match="did not settle after"):
        reasoning._rounds(None, facts, False)
    assert len(calls) == 2 + 2 * deliberations


def test_the_api_timeline_passes_the_progress_on():
    told = []
    t = gcs.timeline("facts/withdrawal_notice.gcs", progress=lambda done, total, day: told.append(day))
    assert sorted(set(told)) == list(t.samples)
