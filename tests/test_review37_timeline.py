"""Review 37 (timeline over far-future dates): `gcs-reasoner timeline` on a 9-line file whose `as of` is
2199-12-31, a withdrawal notified 2199-12-30, reasoned on 420 dates and more (798 sampled), some 12
minutes and 750 MB; the range was cut only 10 years after the last change, and a far-future statement
being one, every year from the newest text (2024) to it was reasoned on, although they repeat.

Now the years between two changes (a text version, a date of the file, a date a conclusion names far
ahead) that repeat the year before them are drawn from the last year reasoned on, a year later each
(the yearly duties: the compte financier of R6133-5 of 2017 I al. 3, « doit être approuvé au plus tard le
30 juin de l'année suivant l'exercice auquel il se rapporte », one more exercise each year); the three
years before the next change are reasoned on, and the first of them must repeat the years drawn, else
they are reasoned on after all. The output says which years were drawn. What the timeline says on a
drawn date is what `reason` says on it.
"""

from __future__ import annotations

from datetime import date

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import periods

HEAD = """groupement g "G" {{
  as of {as_of}
  approved 2008-01-01
  seat "Tours" region "Centre"
  member a "A" {{ kind health_establishment sector public rights 60 }}
  member b "B" {{ kind health_establishment sector public rights 40 }}
{more}}}
"""


def _file(tmp_path, name, as_of, more=""):
    f = tmp_path / name
    f.write_text(HEAD.format(as_of=as_of, more=more), encoding="utf-8")
    return f


def _agrees_with_reason(t, path, on: date):
    """The conclusions the timeline says hold on `on`, and its warnings that day, are those `reason` draws
    on that date."""
    r = gcs.reason(path, as_of=on)
    assert t.holding_on(on) == {c.text for c in r.conclusions}, on
    warned = {(l.predicate, p.message) for l in t.warnings for p in l.periods if p.start <= on <= p.end}
    assert {(w.code, periods._undated(w.message, on)) for w in r.warnings} == \
        warned, on


@pytest.fixture(scope="module")
def far(tmp_path_factory):
    """as of 2199-12-31, a withdrawal notified 2199-12-30 (the reviewer's d6.gcs)."""
    path = _file(tmp_path_factory.mktemp("far"), "d6.gcs", "2199-12-31", "  withdrawal a notified 2199-12-30\n")
    return path, periods.timeline(path)


def test_the_years_between_the_newest_text_and_a_far_statement_are_drawn_not_reasoned_on(far):
    path, t = far
    # the newest text is of 2024-01-01: reasoned on to 2034, which repeats the years before; the next
    # change is the withdrawal of 2199-12-30: its three years before (2196 to 2199) reasoned on
    assert t.repeated == [(2035, 2195, 2034)]
    assert t.reasoned < 200 < len(t.samples)  # 798 dates sampled, as before; some 150 reasoned on
    assert t.start == date(2008, 1, 1) and t.end == date(2199, 12, 31) and t.cut is None
    # R6133-7 of 2010 II: « à l'expiration d'un exercice budgétaire, sous réserve qu'il ait notifié au
    # groupement son intention au moins six mois avant la fin de l'exercice »: notified 2199-12-30, the
    # end of the exercise 2200
    line = t.line("withdrawal_effective(a, 2200-12-31)")
    assert [(p.start, p.end) for p in line.periods] == [(date(2199, 12, 30), date(2199, 12, 31))]
    # R6133-5 of 2017 I al. 3: the compte financier of the exercise 2150 « au plus tard le 30 juin de
    # l'année suivant l'exercice »: due from 2151 (a drawn year), late from 2151-07-01, to the end
    due, late = t.line("accounts_approval_due(2150, 2151-06-30)"), t.line("accounts_approval_late(2150)")
    assert [(p.start, p.end) for p in due.periods] == [(date(2151, 1, 1), date(2199, 12, 31))]
    assert [(p.start, p.end) for p in late.periods] == [(date(2151, 7, 1), date(2199, 12, 31))]
    # what its first date rests on, read on the year it repeats (2034), a year later each time
    assert due.periods[0].provisions == t.line("accounts_approval_due(2034, 2035-06-30)").periods[0].provisions
    assert due.periods[0].provisions and due.periods[0].began is not None and not due.periods[0].began.by_law


@pytest.mark.parametrize("on", ["2100-01-01", "2150-06-30", "2150-07-01", "2195-12-31"])
def test_a_drawn_date_says_what_reason_says_on_it(far, on):
    path, t = far
    on = date.fromisoformat(on)
    assert on not in {d for d in t.samples if t.repeated[0][0] > d.year or d.year > t.repeated[0][1]}
    _agrees_with_reason(t, path, on)


def test_the_output_says_which_years_are_drawn(far):
    _path, t = far
    fr, en = t.text("fr"), t.text("en")
    assert "Années non raisonnées une à une : de 2035 à 2195 (comme 2034)." in fr
    assert "Years not reasoned on one by one: 2035 to 2195 (as 2034)." in en
    assert f"{t.reasoned} of the {len(t.samples)} dates examined were reasoned on" in en
    d = t.as_dict()
    assert d["repeated"]["spans"] == [{"from_year": 2035, "to_year": 2195, "repeating": 2034}]
    assert d["repeated"]["reasoned_on"] == t.reasoned


def test_a_term_far_ahead_then_a_cut(tmp_path):
    """as of 2024-06-30, a duration until 2099-12-31, `--until 2199-12-31` (the reviewer's term99.gcs): the
    years 2035 to 2095 drawn, 2096 to 2109 reasoned on, the range cut at 2109 as before."""
    path = _file(tmp_path, "term99.gcs", "2024-06-30", "  duration until 2099-12-31\n")
    t = periods.timeline(path, until=date(2199, 12, 31))
    assert t.repeated == [(2035, 2095, 2034)]
    assert t.cut == (date(2199, 12, 31), 2108) and t.end == date(2109, 12, 31)
    # R6133-4 of 2006 (the convention's duration): the term stated holds over the whole range
    line = t.line("groupement_duration(2099-12-31)")
    assert [(p.start, p.end) for p in line.periods] == [(date(2008, 1, 1), date(2109, 12, 31))]
    _agrees_with_reason(t, path, date(2060, 7, 1))


def test_years_that_do_not_repeat_as_drawn_are_reasoned_on(tmp_path, monkeypatch):
    """The first year reasoned on after the years drawn must repeat them: a drawing that went wrong (here
    one made to go wrong: a conclusion no rule draws added to each drawn date) is undone, and the years
    reasoned on one by one; never a line the law does not draw."""
    real = periods._extrapolate

    def wrong(results, shifted, year, first, final):
        if not real(results, shifted, year, first, final):
            return False
        for d in shifted:
            if first <= d.year <= final:
                results[d].conclusions.append(periods._Held("member(nobody)", "member"))
        return True

    monkeypatch.setattr(periods, "_extrapolate", wrong)
    path = _file(tmp_path, "w.gcs", "2060-12-31", "  withdrawal a notified 2060-06-30\n")
    t = periods.timeline(path, start=date(2020, 1, 1))
    assert t.repeated == [] and t.reasoned == len(t.samples)
    assert t.line("member(nobody)") is None
    assert t.line("accounts_approval_due(2045, 2046-06-30)").periods[0].start == date(2046, 1, 1)
    # R6133-7 of 2010 II: notified 2060-06-30, six months before the end of the exercise 2060 at least
    assert t.line("withdrawal_effective(a, 2060-12-31)").periods[0].start == date(2060, 6, 30)
    assert "Années non raisonnées" not in t.text("fr") and "repeated" not in t.as_dict()


def test_an_ordinary_file_is_reasoned_on_every_date():
    t = periods.timeline("facts/withdrawal_notice.gcs")
    assert t.repeated == [] and t.reasoned == len(t.samples) and t.samples
    assert "repeated" not in t.as_dict() and "Years not reasoned" not in t.text("en")
    assert t.conclusions  # a positive anchor: it concludes


def test_shifting_a_text_by_years():
    assert periods._shift_years("accounts_approval_due(2150, 2151-06-30)", -116) == \
        "accounts_approval_due(2034, 2035-06-30)"
    assert periods._shift_years("member(a)", 3) == "member(a)"
    assert periods._shift_years("x(2008-02-29)", 1) is None
    assert periods._next_year("accounts_approval_late(2034)") == "accounts_approval_late(2035)"


def test_the_dates_far_in_a_groupements_life_are_reasoned_on_in_smaller_batches(monkeypatch):
    """A date of 2199 grounds each of the 190 years of life of a groupement approved in 2008 (its yearly
    duties): 40 of them in one batch held 750 MB. A batch's dates now add up to BATCH_YEARS years of life
    at most: 40 dates of a groupement of less than 25 years, as before; 5 of 190 years."""
    from gcs_reasoner import batching

    sizes = []
    monkeypatch.setattr(batching, "each_date",
                        lambda scenario, dates, program, progress=None, explain=False:
                        (sizes.append(len(dates)), iter([(d, None) for d in sorted(dates)]))[1])
    born = date(2008, 1, 1)
    near = [date(2008 + i // 4, 1 + 3 * (i % 4), 1) for i in range(80)]  # 2008 to 2027
    got = list(periods._each_date(None, near, None, born=born))
    assert [d for d, _ in got] == sorted(near) and sizes == [80]  # one call: each_date cuts it in batches of 40
    far = [date(2199, 1 + m, 1) for m in range(12)]
    sizes.clear()
    got = list(periods._each_date(None, far, None, born=born))
    assert [d for d, _ in got] == far and sizes == [5, 5, 2]  # 191 years of life each: 5 a batch



def test_the_time_said_off_a_terminal_is_measured(tmp_path, capsys, monkeypatch):
    """`timeline` off a terminal said "420 dates to reason on (some 1 min)" (0.1 s a date) for a run of 12
    minutes: a date of 2199 takes ten times one of 2010. Now it says how many dates, and, after
    TIMELINE_MEASURE_SECONDS, the time the dates reasoned on so far took and what that pace gives for the
    dates left, as a lower bound. A clock stands in for the time: 40 dates told at 0 s, reasoned on by 20 s."""
    import time

    from gcs_reasoner import cli_commands
    from gcs_reasoner.cli import main

    clock = [0.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    real = periods.timeline

    def counted(scenario, progress=None, **kw):
        for i in range(40):
            progress(i, 400, date(2100, 1, 1))
        clock[0] = 20.0
        for i in range(40, 80):
            progress(i, 400, date(2110, 1, 1))
        return real(scenario, **kw)

    monkeypatch.setattr(periods, "timeline", counted)
    f = _file(tmp_path, "w.gcs", "2010-06-30")
    code = main(["timeline", str(f)])
    err = capsys.readouterr().err
    assert code == 0 and err.count("400 dates to reason on (the time each takes is measured on the first ones)") == 1
    # 40 dates in 20 s: 0.5 s each, 360 left: 3 min at least
    assert "40 dates reasoned on in 20 s: at that pace, at least 3 min for the 360 dates left of this round" in err
    assert "some 1 min" not in err and cli_commands.TIMELINE_MEASURE_SECONDS == 10.0

