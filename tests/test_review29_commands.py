"""Review 29 ("api"): the commands other than `check` (test, diff, what-would, timeline) and the
API's diff. These findings are about the commands, not the law: no provision's reading is at stake.

- F6: `test FOLDER` called a .gcs that cannot be read "NO EXPECTATIONS" and exited 0; it is an
  ERROR naming the .gcs file and its line, exit 2, with no `--update` hint.
- F7: `test`: an `as_of` out of the reasoner's range in a .expected file was an "internal error"
  naming the .gcs; it is an error naming the .expected file and its line, exit 2.
"""

from __future__ import annotations

from pathlib import Path

from gcs_reasoner.cli import main

FACTS = Path(__file__).resolve().parent.parent / "facts"
VOTES = FACTS / "assembly_unanimity_abstention.gcs"
DISS = FACTS / "dissolution_single_member.gcs"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- F6 -------------------------------------------------------------------------------------


def test_a_broken_gcs_without_expectations_is_an_error_naming_it(tmp_path, capsys):
    (tmp_path / "bad.gcs").write_text(VOTES.read_text(encoding="utf-8").replace("rights 50", "rights 0", 1),
                                      encoding="utf-8")
    (tmp_path / "binary.gcs").write_bytes(b"\xff\xfe\x00garbage")
    code, out, err = run(capsys, "test", tmp_path)
    assert code == 2
    assert "NO EXPECTATIONS" not in out and "--update" not in out
    assert f"ERROR  {tmp_path / 'bad.gcs'}" in out and f"ERROR  {tmp_path / 'binary.gcs'}" in out
    assert f"{tmp_path / 'bad.gcs'}:" in err and "rights 0" in err  # file:line:col of the fault
    assert f"{tmp_path / 'binary.gcs'}:1:1:" in err
    code, out, _err = run(capsys, "test", tmp_path, "--update")  # the error names the .gcs, not a .expected
    assert code == 2 and ".expected" not in out and f"ERROR  {tmp_path / 'bad.gcs'}" in out


def test_a_good_gcs_without_expectations_still_says_so(tmp_path, capsys):
    (tmp_path / "v.gcs").write_text(VOTES.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _err = run(capsys, "test", tmp_path)
    assert code == 0 and "NO EXPECTATIONS" in out


# --- F7 -------------------------------------------------------------------------------------


def test_an_as_of_out_of_range_in_an_expectation_file_names_that_file_and_line(tmp_path, capsys):
    (tmp_path / "v.gcs").write_text(VOTES.read_text(encoding="utf-8"), encoding="utf-8")
    for bad in ("9999-12-31", "1899-12-31"):
        (tmp_path / "v.expected").write_text(f"as_of 2007-12-31\nmember(chu_caen)\n\nas_of {bad}\nmember(chu_caen)\n",
                                             encoding="utf-8")
        code, out, err = run(capsys, "test", tmp_path)
        assert code == 2, (out, err)
        assert f"{tmp_path / 'v.expected'}:4: as_of {bad} is out of range" in err
        assert "internal error" not in err and "v.gcs" not in err


# --- F9 -------------------------------------------------------------------------------------


def test_diff_refuses_as_of_with_a_result():
    """`gcs.diff(r, r, as_of=D)` compared the Results on their own dates and said "no change";
    a Result and a Scenario with as_of compared two dates. Both are refused; Scenarios take as_of."""
    import pytest

    import gcs_reasoner as gcs

    sc = gcs.load(VOTES)
    r = gcs.reason(sc)
    with pytest.raises(ValueError, match="as_of=2020-01-01: a and b are Results, already reasoned on 2007-12-31"):
        gcs.diff(r, r, as_of="2020-01-01")
    with pytest.raises(ValueError, match="b is a Result"):
        gcs.diff(sc, gcs.reason(sc, as_of="2008-06-01"), as_of="2030-01-01")
    d = gcs.diff(sc, sc, as_of="2008-06-01")  # Scenarios: both reasoned on the date asked
    assert d.before.as_of.isoformat() == d.after.as_of.isoformat() == "2008-06-01" and not d
    assert not gcs.diff(r, r)  # Results without as_of: as before


# --- F8 -------------------------------------------------------------------------------------


def test_diff_tells_a_conclusion_whose_provisions_changed(tmp_path, capsys):
    """On 23 July 2009 the loi HPST rewrote L6133-1 ff.: the members and the nature of the groupement
    rest on L6133-2 and L6133-3 from that day. `diff` compared conclusions by their text only and said
    nothing of it; a conclusion drawn on both dates on other provisions is reported, with both."""
    import json

    import gcs_reasoner as gcs

    text = VOTES.read_text(encoding="utf-8")
    a, b = tmp_path / "a.gcs", tmp_path / "b.gcs"
    a.write_text(text.replace("as of 2007-12-31", "as of 2009-07-22"), encoding="utf-8")
    b.write_text(text.replace("as of 2007-12-31", "as of 2009-07-23"), encoding="utf-8")
    d = gcs.diff(a, b)
    changed = {x.text: (x.provisions, y.provisions) for x, y in d.changed}
    assert changed["member(chu_caen)"] == (["L6133-1@2004-08-11.2"], ["L6133-2@2009-07-23.1"])
    assert changed["nature(public)"] == (["L6133-1@2004-08-11.5"], ["L6133-3@2009-07-23.I.3"])
    assert "member(chu_caen)" not in {e.text for e in d.gained + d.lost}
    assert ("~ now on other provisions: member(chu_caen)  [L6133-1@2004-08-11.2] -> [L6133-2@2009-07-23.1]"
            in d.text("en"))
    code, out, _err = run(capsys, "diff", a, b)
    assert code == 0 and "établi sur d'autres dispositions : nature(public)  [L6133-1@2004-08-11.5] -> " \
                          "[L6133-3@2009-07-23.I.3]" in out
    code, out, _err = run(capsys, "diff", a, b, "--format", "json")
    rows = {r["conclusion"]: r for r in json.loads(out)["changed"]}
    assert rows["member(ch_bayeux)"]["provisions_after"] == ["L6133-2@2009-07-23.1"]
    assert not gcs.diff(a, a).changed


# --- F12 ------------------------------------------------------------------------------------


def test_diff_shows_a_warning_whose_line_moved_as_moved(tmp_path, capsys):
    """A comment line added at the top of a file moves every line: the warning on an assembly held
    before the legal personality named line 44, then 45. `diff` said it was lost and gained; it is
    the same warning (same code, same assembly and dates), shown as moved."""
    import json

    import gcs_reasoner as gcs

    src = FACTS / "story_assembly_before_approval.gcs"
    a, b = tmp_path / "a.gcs", tmp_path / "b.gcs"
    a.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    b.write_text("# a note added by the analyst\n" + src.read_text(encoding="utf-8"), encoding="utf-8")
    d = gcs.diff(a, b)
    assert not d.warnings_gained and not d.warnings_lost and not d and not d.gained and not d.lost
    # (the assembly ag0's warning; review 36 X3 added one on the election by ag0, that moved too)
    [(before, after)] = [(x, y) for x, y in d.warnings_moved if x["code"] == "before_legal_personality"
                         and "assembly 'ag0'" in x["message"]]
    assert after["line"] == before["line"] + 1
    text = d.text("en")
    assert "warning no longer" not in text and "warning now" not in text
    assert f"~ warning moved:     before_legal_personality: assembly 'ag0'" in text
    assert f"(line {before['line']} -> {after['line']})" in text
    code, out, _err = run(capsys, "diff", a, b)
    assert code == 0 and "avertissement déplacé : before_legal_personality" in out and "levé" not in out
    code, out, _err = run(capsys, "diff", a, b, "--format", "json")
    assert json.loads(out)["warnings_moved"][0]["after"]["code"] == "before_legal_personality"
    # a warning really gained or lost is still said so
    c = tmp_path / "c.gcs"
    c.write_text(src.read_text(encoding="utf-8").replace("2006-04-10", "2006-07-10"), encoding="utf-8")
    assert any(w["code"] == "before_legal_personality" for w in gcs.diff(a, c).warnings_lost)


# --- F3 -------------------------------------------------------------------------------------


def test_what_would_tries_a_new_notice_and_a_notice_on_1_july_and_never_says_impossible():
    """R6133-5 (2006) al. 2: a member withdraws « à l'expiration d'un exercice budgétaire, sous réserve
    qu'il ait notifié au groupement son intention au moins six mois avant la fin de l'exercice ».
    `what-would` said "no set of at most 3 changes does it" for two outcomes one change gives: the
    CH d'Auray's notice moved to 1 July 2007 (effective at the end of 2008) and a notice of the CH de
    Vannes, which has none. It now tries both; what it does not find is said of the changes tried."""
    import gcs_reasoner as gcs

    r = gcs.reason(gcs.load(DISS))
    out = r.what_would_make("withdrawal_effective(ch_auray, 2008-12-31)")
    assert [s.edits for s in out.sets] == [["line 30: withdrawal of ch_auray notified 2007-07-01 instead of 2007-03-01"]]
    out = r.what_would_make("withdrawal_effective(ch_vannes, _)")
    edits = {e for s in out.sets for e in s.edits}
    assert "line 32: add `withdrawal ch_vannes notified 2007-06-30`" in edits
    for s in out.sets:  # each option checked: the edited file draws it
        assert gcs.reason(gcs.edit(r.scenario, *s.changes)).holds("withdrawal_effective(ch_vannes, _)")
    out = r.what_would_make("dissolution_required(_)", negate=True)  # removing the notice, or moving it
    edits = {e for s in out.sets for e in s.edits}
    assert "line 30: remove `withdrawal ch_auray notified 2007-03-01`" in edits
    assert "line 30: withdrawal of ch_auray notified 2007-07-01 instead of 2007-03-01" in edits
    # nothing found: said of the changes tried, never as an impossibility
    none = r.what_would_make("tacit_approval(_, _)", max_changes=1, time_limit=5)
    assert not none.sets
    assert "none found among the changes tried" in none.text() and "does it" not in none.text()
    assert "les autres changements du fichier ne sont pas essayés" in none.text("fr")


# --- F5 -------------------------------------------------------------------------------------


def _timeline_within(path, until, most, start=None):
    """The timeline from `start`, stopped (RuntimeError) once more than `most` dates are reasoned on
    (a late start: the cut does not depend on it, and the test reasons on fewer dates)."""
    import gcs_reasoner as gcs

    def progress(done, total, day):
        if done > most:
            raise RuntimeError(f"more than {most} dates reasoned on ({total} in all)")

    return gcs.timeline(path, start=start, until=until, progress=progress)


def test_a_timeline_far_past_the_last_change_is_cut_where_the_years_repeat(capsys):
    """`timeline --until 2199-12-31` reasoned on some 800 dates for minutes. After the newest text
    (2024-01-01) and the file's last date, only the as-of date moves: each year repeats the one before
    (R6133-5 of 2017, I.3: the accounts of each year approved by 30 June of the next). The range is
    cut where two years repeat the ones before, and says so. The warning that a date is after the newest text is one period, not one per date."""
    import json

    t = _timeline_within(VOTES, "2199-12-31", 400, start="2022-01-01")
    assert t.cut is not None and t.cut[0].isoformat() == "2199-12-31"
    assert t.end.isoformat() == "2034-12-31" and t.end.year > 2024 + 5
    text = t.text("en")
    assert "Range cut at 2034-12-31 (asked until 2199-12-31)" in text
    assert "Période coupée au 2034-12-31 (demandée jusqu'au 2199-12-31)" in t.text("fr")
    assert json.loads(json.dumps(t.as_dict()))["cut"]["asked_until"] == "2199-12-31"
    [after] = [l for l in t.warnings if l.predicate == "text_not_in_force" and "newest text" in l.key]
    assert len(after.periods) == 1 and after.periods[0].end == t.end
    assert after.periods[0].message.startswith("every date of the period is after the newest text known")
    assert "accounts_approval_due(2033, 2034-06-30)" in t.holding_on(t.end)
    code, _out, err = run(capsys, "timeline", VOTES, "--from", "2022-01-01", "--until", "2199-12-31", "--lang", "en")
    assert code == 0 and "Range cut at 2034-12-31 (asked until 2199-12-31)" in err


def test_a_change_far_ahead_is_not_cut_off(tmp_path):
    """A convention's term (`duration until 2040-12-31`) ends the groupement's duration: the
    dissolution it brings (R6133-17 of 2006, repeated by R6133-8: « Le groupement est dissous de plein
    droit par l'arrivée du terme de sa durée conventionnelle ») holds from 2041; the range goes past it
    before any cut."""
    text = VOTES.read_text(encoding="utf-8")
    f = tmp_path / "term.gcs"
    f.write_text(text.replace("  approved 2006-05-01\n", "  approved 2006-05-01\n  duration until 2040-12-31\n"),
                 encoding="utf-8")
    t = _timeline_within(f, "2199-12-31", 600, start="2036-01-01")
    assert t.cut is not None and t.end.year >= 2050
    line = t.line("dissolution_required(term_reached)")
    assert line is not None and line.periods[0].start.isoformat() == "2041-01-01", line
