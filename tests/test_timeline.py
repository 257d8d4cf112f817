"""`gcs-reasoner timeline FILE` and `gcs.timeline(...)` (issue 9): for each conclusion, the periods
in which it holds, and the provision whose amendment moved it.

The law encoded grows while these tests stand (2009-2016 is being encoded), so they assert on
structure: periods sorted, maximal, inside the range; on every sampled date the conclusions the
timeline says hold are exactly those `reason(..., as_of=date)` draws; a change put on the law
names only provisions whose version starts (or ends) that day. One synthetic law (a rules folder
of two rules on the two versions of L6133-3) checks the wording of the issue's example."""

import json
from datetime import date, timedelta

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import law
from gcs_reasoner.cli import main
from gcs_reasoner.program import load_program
from gcs_reasoner.reasoning import reason
from gcs_reasoner.periods import _undated, timeline

DAY = timedelta(days=1)

# Two members; the second withdrew at the end of 2007 (notified in time): the CLI tests' groupement.
from tests.test_cli import GOOD as WITHDRAWAL  # noqa: E402


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def check_structure(t, scenario, program=None):
    """What every timeline must satisfy, whatever rules exist."""
    assert t.samples == sorted(set(t.samples)) and t.samples[0] == t.start and t.samples[-1] == t.end
    for line in t.conclusions + t.warnings:
        assert line.periods
        for p in line.periods:
            assert t.start <= p.start <= p.end <= t.end
            assert p.start in t.samples, "a period starts on a date the law was applied on"
            assert (p.began is None) == (p.start == t.start)
            assert (p.ended is None) == (p.end == t.end)
            if p.ended is not None:
                assert p.ended.on == p.end + DAY and p.ended.on in t.samples
        for a, b in zip(line.periods, line.periods[1:]):
            assert a.end + DAY < b.start, f"{line.key}: periods overlap or touch (not maximal)"
    program = program or load_program()
    for d in t.samples:
        r = reason(scenario, as_of=d, program=program)
        assert t.holding_on(d) == {c.text for c in r.conclusions}, d
        warned = sorted((l.predicate, p.message) for l in t.warnings for p in l.periods if p.start <= d <= p.end)
        assert warned == sorted((w.code, _undated(w.message, d)) for w in r.warnings), d
    # a change put on the law names only provisions whose version starts (ends) that day
    for line in t.conclusions:
        for p in line.periods:
            for change, starting in ((p.began, True), (p.ended, False)):
                if change is None:
                    continue
                for pid in change.provisions:
                    tv = next(v for v in law.text_versions() if v.file == law.provision(pid).source)
                    assert (tv.from_ if starting else tv.until) == change.on, (line.key, pid)


@pytest.fixture(scope="module")
def withdrawal():
    return gcs.loads(WITHDRAWAL, "withdrawal.gcs")


def test_events_show_at_their_date(withdrawal):
    t = gcs.timeline(withdrawal)
    assert (t.start, t.end, t.end_source) == (date(2006, 4, 1), date(2008, 3, 1), "file")
    check_structure(t, withdrawal)
    (p,) = t.line("member(ch_b)").periods
    assert (p.start, p.end) == (date(2006, 4, 1), date(2007, 12, 31))
    # the withdrawal, not an amendment: no provision is named for the change
    assert p.ended.on == date(2008, 1, 1) and not p.ended.by_law
    assert date(2007, 3, 1) in t.samples and date(2007, 12, 31) in t.samples  # the file's and the rules' dates
    assert t.line("member(ch_a)").periods[0].provisions  # the reasons of the run where it holds


def test_the_api_function_stays_the_function_once_its_module_is_loaded(withdrawal):
    """`gcs.timeline` is api.py's function; its module (periods.py) has another name, so importing
    it cannot rebind the package's attribute to the module (a second what-if in a notebook)."""
    import importlib

    importlib.import_module("gcs_reasoner.periods")
    assert gcs.timeline is gcs.api.timeline and callable(gcs.timeline)
    assert gcs.timeline(withdrawal).line("member(ch_b)") is not None


def test_law_boundaries_are_sampled(withdrawal):
    t = timeline(withdrawal, until=date(2013, 6, 30))
    assert t.end_source == "asked"
    check_structure(t, withdrawal)
    for b in (date(2009, 7, 23), date(2010, 7, 26), date(2011, 8, 12)):
        assert b in t.samples and b - DAY in t.samples
    # a conclusion that stops holding the day a version ends: the provision it rests on is named
    for line in t.conclusions:
        for p in line.periods:
            if p.ended and p.ended.on in (date(2009, 7, 23), date(2010, 7, 26)):
                deep = reason(withdrawal, as_of=p.end).find(line.key)
                rested = deep.result.trace.provisions_of(deep.symbol, deep=True)
                ending = [pid for pid in rested if law.provision(pid).version
                          and next(v for v in law.text_versions() if v.file == law.provision(pid).source).until
                          == p.ended.on]
                assert p.ended.provisions == ending


def test_a_file_examined_after_the_encoded_texts(capsys):
    """facts/law_not_in_force.gcs (as of 2012-03-01): what holds on 2010-07-25 and not on
    2010-07-26 ends that day, and the text_not_in_force warnings have their periods."""
    scenario = gcs.load("facts/law_not_in_force.gcs")
    t = gcs.timeline(scenario)
    check_structure(t, scenario)
    before = {c.text for c in reason(scenario, as_of=date(2010, 7, 25)).conclusions}
    after = {c.text for c in reason(scenario, as_of=date(2010, 7, 26)).conclusions}
    for key in before - after:
        (p,) = [p for p in t.line(key).periods if p.start <= date(2010, 7, 25) <= p.end]
        assert p.end == date(2010, 7, 25) and p.ended.on == date(2010, 7, 26)
    code, out, err = run(capsys, "timeline", "facts/law_not_in_force.gcs", "--lang", "en")
    assert code == 0 and err == ""
    assert out.startswith("Timeline of GCS Imagerie 2012 (imagerie_2012) — facts/law_not_in_force.gcs\n")
    assert "From 2010-01-15 until 2012-03-01 (the file's as of)" in out
    assert "A change on another day is shown at the next date sampled." in out
    if t.warnings:
        assert f"{t.warnings[0].predicate} — from {t.warnings[0].periods[0].start.isoformat()}" in out


# --- a synthetic law: the issue's example --------------------------------------------------

NATURE_RULES = """\
% A synthetic law for tests/test_timeline.py: the nature under the two versions of L6133-3.
#show nature/1.

% L6133-3@2009-07-23.I.3
% « Le groupement de coopération sanitaire de moyens est une personne morale de droit public »
nature(public) :- as_of(D), in_force("L6133-3", "2009-07-23", D).

% L6133-3@2011-08-12.I.5
% « Dans les autres cas, sa nature juridique est fixée par les membres dans la convention constitutive. »
nature(undetermined) :- as_of(D), in_force("L6133-3", "2011-08-12", D).
"""

SMALL = """\
groupement small "GCS S" {
  as of 2013-06-30
  approved 2008-01-01
  member ch_a "CH A" { kind health_establishment sector public rights 100 }
}
"""


@pytest.fixture(scope="module")
def nature_program(tmp_path_factory):
    root = tmp_path_factory.mktemp("law") / "rules"
    (root / "time").mkdir(parents=True)
    (root / "time" / "in_force.lp").write_text(_in_force_text(), encoding="utf-8")
    (root / "nature.lp").write_text(NATURE_RULES, encoding="utf-8")
    return load_program(str(root))


def _in_force_text() -> str:
    from gcs_reasoner.program import rules_dir

    return (rules_dir() / "time" / "in_force.lp").read_text(encoding="utf-8")


def test_the_issues_example(nature_program):
    s = gcs.loads(SMALL, "small.gcs")
    t = timeline(s, program=nature_program)
    check_structure(t, s, nature_program)
    (pub,) = t.line("nature(public)").periods
    (und,) = t.line("nature(undetermined)").periods
    assert (pub.start, pub.end, und.start, und.end) == (date(2009, 7, 23), date(2011, 8, 11), date(2011, 8, 12),
                                                          date(2013, 6, 30))
    assert pub.began.provisions == ["L6133-3@2009-07-23.I.3"] and pub.began.on == date(2009, 7, 23)
    assert pub.ended.provisions == ["L6133-3@2009-07-23.I.3"] and pub.ended.on == date(2011, 8, 12)
    assert und.began.provisions == ["L6133-3@2011-08-12.I.5"] and und.ended is None
    text = t.text("en")
    assert ("nature(public): from 2009-07-23 until 2011-08-11 (L6133-3@2009-07-23.I.3) [starts on 2009-07-23: "
            "L6133-3@2009-07-23.I.3 (version in force from 2009-07-23); ends after 2011-08-11: "
            "L6133-3@2009-07-23.I.3 (version in force until 2011-08-11)]") in text
    assert ("nature(undetermined): from 2011-08-12 until 2013-06-30 (L6133-3@2011-08-12.I.5) [starts on "
            "2011-08-12: L6133-3@2011-08-12.I.5 (version in force from 2011-08-12)]") in text
    assert "nature(public): du 2009-07-23 au 2011-08-11 (L6133-3@2009-07-23.I.3) [début le 2009-07-23" in t.text("fr")
    doc = t.as_dict()
    line = next(c for c in doc["conclusions"] if c["conclusion"] == "nature(undetermined)")
    assert line["periods"] == [{"from": "2011-08-12", "to": "2013-06-30", "provisions": ["L6133-3@2011-08-12.I.5"],
                                "began": {"on": "2011-08-12", "cause": "law",
                                          "provisions": ["L6133-3@2011-08-12.I.5"]},
                                "ended": None}]


def test_range_options(withdrawal, nature_program):
    s = gcs.loads(SMALL, "small.gcs")
    t = timeline(s, start=date(2010, 1, 1), until="2012-01-01", program=nature_program)
    assert (t.start, t.end) == (date(2010, 1, 1), date(2012, 1, 1))
    check_structure(t, s, nature_program)
    (pub,) = t.line("nature(public)").periods
    assert pub.began is None and pub.start == date(2010, 1, 1)  # held from the start of the range
    with pytest.raises(ValueError):
        timeline(s, start=date(2013, 1, 1), until=date(2012, 1, 1), program=nature_program)


def test_cli(tmp_path, capsys):
    f = tmp_path / "w.gcs"
    f.write_text(WITHDRAWAL, encoding="utf-8")
    code, out, err = run(capsys, "timeline", f, "--format", "json")
    doc = json.loads(out)
    assert code == 0 and (doc["from"], doc["until"], doc["until_source"]) == ("2006-04-01", "2008-03-01", "file")
    member_b = next(c for c in doc["conclusions"] if c["conclusion"] == "member(ch_b)")
    assert member_b["periods"][0]["to"] == "2007-12-31"
    assert member_b["periods"][0]["ended"] == {"on": "2008-01-01", "cause": "facts_or_conclusions", "provisions": []}
    code, out, _ = run(capsys, "timeline", f, "--from", "2007-01-01", "--until", "2009-01-01")
    assert code == 0 and "Du 2007-01-01 au 2009-01-01 (date demandée)" in out
    assert "member(ch_b): du 2007-01-01 au 2007-12-31" in out and "les faits du fichier" in out
    code, out, err = run(capsys, "timeline", f, "--from", "2009-01-01", "--until", "2008-01-01")
    assert code == 2 and out == "" and "the range is empty" in err
    code, out, err = run(capsys, "timeline", tmp_path / "missing.gcs")
    assert code == 2 and out == ""


def test_the_dates_inside_events_after_the_files_date_are_sampled():
    """An event the file dates after its `as of` is left out on that date (warning after_as_of); the dates it
    holds (a committee's minutes) are still among the file's dates the timeline samples (stop 21: they were
    lost, and a timeline run further missed them). Fails before the change."""
    from gcs_reasoner.periods import file_dates

    scenario = gcs.loads("""groupement g "G" {
  as of 2012-01-01
  approved 2011-01-10
  member a "A" { kind health_establishment sector public rights 60 }
  member b "B" { kind health_establishment sector public rights 40 }
  convention { restricted_committee }
  committee_meeting k1 on 2013-01-30 {
    present a
    minutes_sent 2013-02-01
  }
}
""", path="<test>")
    dates = file_dates(scenario)
    assert date(2013, 1, 30) in dates and date(2013, 2, 1) in dates and date(2012, 1, 1) in dates


def test_an_event_after_a_sampled_date_is_one_warning_line():
    """The withdrawal notified on 2007-09-03 is left out on every sampled date before it (after_as_of): one
    warning line with one period, not one line per sampled date (stop 21: the message named each date)."""
    t = gcs.timeline(gcs.load("facts/withdrawal_notice.gcs"), start="2006-06-01")
    lines = [line for line in t.warnings if line.predicate == "after_as_of"]
    assert len(lines) == 1 and len(lines[0].periods) == 1
    assert lines[0].periods[0].end == date(2007, 9, 2)


@pytest.mark.parametrize("name", ["public_imaging.gcs", "money10_rights_2013.gcs"])  # without rounds, with
def test_the_dates_reasoned_on_together_give_what_each_date_alone_gives(name):
    """A timeline's dates are reasoned on a batch at a time (batching.reason_on_dates): each date's
    conclusions, their provisions and its warnings are those of `reason(scenario, as_of=date)`."""
    from gcs_reasoner.batching import BATCH_SIZE, reason_on_dates

    scenario = gcs.load(f"facts/{name}")
    dates = [date(2006, 6, 30) + timedelta(days=97 * k) for k in range(BATCH_SIZE + 3)]  # two batches
    seen = []
    together = reason_on_dates(scenario, dates, progress=lambda done, total, d: seen.append((done, total, d)))
    assert sorted(together) == dates and seen == [(k, len(dates), d) for k, d in enumerate(dates)]
    for d in dates:
        alone, ours = reason(scenario, as_of=d), together[d]
        assert [c.text for c in ours.conclusions] == [c.text for c in alone.conclusions], d
        assert [c.provisions for c in ours.conclusions] == [c.provisions for c in alone.conclusions], d
        assert [(w.code, w.message) for w in ours.warnings] == [(w.code, w.message) for w in alone.warnings], d
        assert (ours.as_of, ours.as_of_source) == (alone.as_of, alone.as_of_source) == (d, "asked")


def test_a_timeline_keeps_no_date_s_result_once_read(monkeypatch):
    """Hundreds of dates of a large file: each result is read (its conclusions' texts, its warnings, the
    reasons of what starts or stops that day) and released, not kept until the end (with the collector
    off, as in a command, a result kept or left in cycles held the file's facts and records)."""
    import gc

    from gcs_reasoner import collector, periods

    released = []
    real = collector.release
    monkeypatch.setattr(collector, "release", lambda r: (released.append(id(r)), real(r)))
    told = []
    gc.disable()
    try:
        t = periods.timeline("facts/withdrawal_notice.gcs", progress=lambda done, total, day: told.append(day))
    finally:
        gc.enable()
    assert len(released) == len(told)  # every date reasoned on, in both phases, released once read
    assert len(released) > len(t.samples)


def test_a_long_range_off_a_terminal_is_announced(tmp_path, capsys, monkeypatch):
    """Off a terminal (no progress bar), `timeline` over two centuries reasoned for minutes without a
    word; it now says on stderr, once, how many dates it reasons on. A short range says nothing."""
    from gcs_reasoner import cli_commands, periods

    f = tmp_path / "w.gcs"
    f.write_text(WITHDRAWAL, encoding="utf-8")
    real = periods.timeline

    def counted(scenario, progress=None, **kw):  # the range's dates told as the real one tells them
        for i in range(3):
            progress(i, cli_commands.TIMELINE_NOTICE_DATES + 10, date(1900 + i, 1, 1))
        return real(scenario, **kw)

    monkeypatch.setattr(periods, "timeline", counted)
    code, _out, err = run(capsys, "timeline", f)
    assert code == 0 and err.count(f"{cli_commands.TIMELINE_NOTICE_DATES + 10} dates to reason on") == 1
    monkeypatch.setattr(periods, "timeline", real)
    code, _out, err = run(capsys, "timeline", f)
    assert code == 0 and err == ""
