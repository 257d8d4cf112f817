"""The conclusions of a file in time: for each, the periods in which it holds, and what moved it.

    gcs-reasoner timeline FILE [--from DATE] [--until DATE] [--format text|json] [--lang fr|en]
    gcs.timeline(scenario_or_path, start=None, until=None)

The law is applied to the file on sample dates (one parsed scenario, one loaded
program, plain solves: no derivation records), from the file's first date (or
`start`) to its `as of` (or `until`, else today):

- the first day of every text version of the inventory (and 2006-01-01), and the day before;
- every date the file states and every date a conclusion names (a withdrawal's
  effective date, a dissolution's first day...), and the day after;
- 1 January of each year and the 31 December before (budget years);
- the first and the last day of the range.

A conclusion's periods are the maximal runs of sample dates on which it holds;
a period ends the day before the first sample where it no longer holds. So a
change on a day that is not sampled is shown at the next date sampled (the
header says so). Where a conclusion starts or stops holding on a date B, the
reasons are read (one traced solve of that date's result, or of the date
before) and the provisions it rests on whose text version starts on B (it
starts holding) or ends the day before B (it stops) are named; if none of them
changed on B, the change comes from the file's facts or from another
conclusion it rests on, and the output says so without naming a provision.

Warnings (a text not in force, a fact missing) have periods too, keyed by their
code and message with the sample date left out.

Between two changes (a text version, a date of the file, a date a conclusion names far
ahead) far apart, the years are reasoned on to REPEAT_YEARS after the first; if the last
two of them repeat the years before them (the yearly duties, each year the next one), the
years up to LEAD_YEARS before the next change are drawn from the last year reasoned on, a
year later each, not reasoned on; the first year reasoned on after them must repeat them
too, else they are reasoned on after all. The output says which years were drawn
(`repeated`); `check --as-of DATE` reasons on any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Optional

DAY = timedelta(days=1)

NOTE = {
    "fr": ("Le droit est appliqué au fichier à chaque date échantillonnée : le premier jour de chaque version des "
           "textes et la veille, les dates du fichier et celles que nomment les conclusions (et le lendemain), le "
           "1er janvier de chaque année et la veille. Un changement survenu un autre jour est montré à la date "
           "échantillonnée suivante."),
    "en": ("The law is applied to the file on each sampled date: the first day of each text version and the day "
           "before, the dates of the file and those the conclusions name (and the day after), 1 January of each "
           "year and the day before. A change on another day is shown at the next date sampled."),
}


@dataclass
class Change:
    """Why a conclusion starts (or stops) holding on `on`: the provisions it rests on whose
    version starts on `on` (or ends the day before); none: the file's facts or another conclusion."""

    on: date  # the first day of the new state
    provisions: list = field(default_factory=list)

    @property
    def by_law(self) -> bool:
        return bool(self.provisions)

    def as_dict(self) -> dict:
        return {"on": self.on.isoformat(), "cause": "law" if self.by_law else "facts_or_conclusions",
                "provisions": list(self.provisions)}


@dataclass
class Period:
    start: date
    end: date  # its last day (inclusive)
    provisions: list = field(default_factory=list)  # what it rests on, in the run of its first date
    began: Optional[Change] = None  # None: it holds from the start of the range
    ended: Optional[Change] = None  # None: it holds to the end of the range
    message: str = ""  # for a warning: its message on the period's first date (English)
    message_fr: str = ""

    def as_dict(self) -> dict:
        d = {"from": self.start.isoformat(), "to": self.end.isoformat()}
        if self.provisions:
            d["provisions"] = list(self.provisions)
        if self.message:
            d["message"] = self.message
            if self.message_fr:
                d["message_fr"] = self.message_fr
        d["began"] = self.began.as_dict() if self.began else None
        d["ended"] = self.ended.as_dict() if self.ended else None
        return d


@dataclass
class Line:
    """One conclusion (its contract spelling) or one warning, and its periods."""

    key: str  # the conclusion's text, or the warning's code and message without the date
    predicate: str  # the conclusion's predicate, or the warning's code
    periods: list = field(default_factory=list)
    warning: bool = False

    def as_dict(self) -> dict:
        head = {"code": self.predicate} if self.warning else {"conclusion": self.key, "predicate": self.predicate}
        return {**head, "periods": [p.as_dict() for p in self.periods]}


@dataclass
class Timeline:
    path: str
    groupement: str
    name: str
    start: date
    end: date
    end_source: str  # "asked" (--until), "file" (its `as of`) or "today"
    samples: list  # the dates the law was applied on, sorted
    conclusions: list  # Line
    warnings: list  # Line (warning=True)
    # the range cut short (`until` far after the last change: the years repeat): (the date asked for,
    # the first year that only repeats the one before); None: the whole range asked
    cut: Optional[tuple] = None
    # the spans of years drawn from a year that repeats, not reasoned on one by one: (first year, last
    # year, the year they repeat); and how many of the samples were reasoned on (None: all of them)
    repeated: list = field(default_factory=list)
    reasoned: Optional[int] = None

    def line(self, conclusion: str) -> Optional[Line]:
        return next((l for l in self.conclusions if l.key == conclusion), None)

    def holding_on(self, on: date) -> set:
        """The conclusions the timeline says hold on `on` (a date or YYYY-MM-DD), a day of its range
        (`start` to `end`): it knows nothing of the days outside it (ValueError, naming the range)."""
        from .api import _asked_date

        on = _asked_date(on, "on")  # in ASCII digits, as every date asked
        if on is None:
            raise TypeError("on: expected a date or a text YYYY-MM-DD, not None")
        if not self.start <= on <= self.end:
            raise ValueError(f"on {on.isoformat()} is outside the timeline, which runs from {self.start.isoformat()} "
                             f"to {self.end.isoformat()}; expected a date in that range (gcs.reason(scenario, "
                             "as_of=...) answers for any date, gcs.timeline(scenario, start=..., until=...) for "
                             "another range)")
        return {l.key for l in self.conclusions if any(p.start <= on <= p.end for p in l.periods)}

    def as_dict(self) -> dict:
        out = {"groupement": self.groupement, "file": self.path, "from": self.start.isoformat(),
               "until": self.end.isoformat(), "until_source": self.end_source}
        if self.cut:
            out["cut"] = {"asked_until": self.cut[0].isoformat(), "repeating_from": self.cut[1],
                          "note": cut_note(self, "en")}
        if self.repeated:
            out["repeated"] = {"spans": [{"from_year": a, "to_year": b, "repeating": r} for a, b, r in self.repeated],
                               "reasoned_on": self.reasoned, "note": repeat_note(self, "en")}
        return {**out,
                "note": NOTE["en"], "samples": [d.isoformat() for d in self.samples],
                "conclusions": [l.as_dict() for l in self.conclusions],
                "warnings": [l.as_dict() for l in self.warnings]}

    def text(self, lang: str = "fr") -> str:
        return render_text(self, lang)

    __str__ = text


# --- sampling ------------------------------------------------------------------------------


def file_dates(scenario) -> list:
    """The dates the file states (its facts' dates), sorted."""
    from .facts import scenario_facts

    from .parse import MAX_DATE

    g = scenario.groupement
    # the facts on the last date the calendar knows: no event of the file is left out as after the date asked for
    # (facts.py `not_yet`), so the dates inside later events are sampled too
    dates = set(scenario_facts(scenario, MAX_DATE).dates)
    dates.discard(MAX_DATE)
    if g.as_of is not None:
        dates.add(g.as_of.value)
    return sorted(dates)


def _law_dates() -> list:
    from . import law

    # 2010-04-01: the ARS took over the ARH's powers (no text version starts that day)
    return sorted({law.COVERED_FROM, ARS_FROM} | {t.from_ for t in law.text_versions()})


ARS_FROM = date(2010, 4, 1)


def _samples(start: date, end: date, events) -> set:
    out = {start, end}
    for b in _law_dates():
        out |= {b - DAY, b}
    for y in range(start.year, end.year + 1):
        jan1 = date(y, 1, 1)
        out |= {jan1 - DAY, jan1}
    for d in events:
        out |= {d, d + DAY}
    return {d for d in out if start <= d <= end}


def _dates_named(result) -> set:
    from .symbols import to_value

    out = set()
    for c in result.conclusions:
        for a in c.symbol.arguments:
            v = to_value(a)
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                try:
                    out.add(date.fromisoformat(v))
                except ValueError:
                    pass
    return out


# --- the timeline --------------------------------------------------------------------------


class EmptyRange(ValueError):
    """A timeline asked from a date after its end: the message says what is expected; `end_source`
    is where the end comes from ("asked": `until`; "file": the file's `as of`; "today")."""

    WHENCE = {"asked": "", "file": " (the end: the file's as of, `until` not given)",
              "today": " (the end: today, `until` not given and the file having no as of)"}

    def __init__(self, start: date, end: date, end_source: str):
        self.start, self.end, self.end_source = start, end, end_source
        super().__init__(f"{self.empty()}; expected a start on or before the end{self.WHENCE[end_source]}")

    def empty(self) -> str:
        return f"the range is empty: from {self.start.isoformat()} until {self.end.isoformat()}"


def check_progress(progress) -> None:
    """TypeError, naming the argument, when `progress` is neither None nor callable: said when called,
    not at the first date reasoned on (after the parse and the grounding)."""
    if progress is not None and not callable(progress):
        raise TypeError(f"progress={progress!r}: expected a function, called as progress(done, total, day) "
                        f"before each date is reasoned on, or None; not {type(progress).__name__}")


def timeline(scenario, start: Optional[date] = None, until: Optional[date] = None, program=None,
             progress=None) -> Timeline:
    """The periods of each conclusion (and warning) of a Scenario (or a path) from `start`
    (default: the file's first date) to `until` (default: its `as of`, else today). `progress(done,
    total, day)`, if given, is told before each date is reasoned on (a long file's hundreds of dates:
    the command line's progress bar)."""
    check_progress(progress)
    from .collector import release
    from .program import load_program

    if not hasattr(scenario, "groupement"):
        from .parse import parse_file

        scenario = parse_file(scenario)
    start, until = _as_date(start), _as_date(until)
    g = scenario.groupement
    if until is not None:
        end, end_source = until, "asked"
    elif g.as_of is not None:
        end, end_source = g.as_of.value, "file"
    else:
        end, end_source = date.today(), "today"
    stated = file_dates(scenario)
    if start is None:
        start = min([d for d in stated if d <= end], default=end)
    if start > end:
        raise EmptyRange(start, end, end_source)
    program = program or load_program()

    results: dict = {}  # date -> what its result leaves (_Sampled)
    named: set = set()  # the dates the conclusions name
    named_by: dict = {}  # sample date -> the dates its conclusions name
    kept: dict = {}  # a conclusion's text -> its _Held, one for all the dates it holds on
    born = stated[0] if stated else start  # the file's first date: its years of life weigh on a date's work

    def run(dates, total):
        # the dates reasoned on together, a batch at a time (batching.py: the rules ground once a batch);
        # of each result only its conclusions' texts and its warnings are kept (hundreds of dates of a
        # large file: each result holds the file's facts)
        done = len(results)
        step = None if progress is None else (lambda n, _total, d: progress(done + n, total, d))
        for d, r in _each_date(scenario, set(dates) - set(results), program, step, born=born):
            if isinstance(r, Exception):
                raise r
            named_by[d] = _dates_named(r)
            named.update(named_by[d])
            results[d] = _Sampled([kept.setdefault(c.text, _Held(c.text, c.predicate)) for c in r.conclusions],
                                  list(r.warnings))
            release(r)  # (a result and its conclusions refer to each other: the collector may be off)

    def sample_to(last):
        first = _samples(start, last, stated) - set(results)
        run(first, len(results) + len(first))
        # the dates the conclusions name (and the day after): one more round
        more = _samples(start, last, set(stated) | named) - set(results)
        run(more, len(results) + len(more))

    # The range is reasoned on from one change to the next: a change is the first day of a text version,
    # a date of the file, a date a conclusion names far ahead (a term, a dissolution). After a change, the
    # years are reasoned on to REPEAT_YEARS later; there, if two years repeat the ones before them
    # (_repeats: the yearly duties, each year the next one), the years up to LEAD_YEARS before the next
    # change are not reasoned on one by one but drawn from the last year reasoned on, a year later each
    # (_extrapolate), and the first year reasoned on after them must repeat them too, else they are
    # reasoned on after all. With no change ahead, the range is cut there (`cut`). Else on, a year more.
    asked_until, cut = end, None
    shifted: dict = {}  # a date drawn from a year that repeats -> (its date in that year, the years between)
    spans: list = []  # (first year, last year, the year they repeat) drawn, not reasoned on
    points = {d for d in list(_law_dates()) + list(stated) if start < d <= end}

    def far_named() -> set:  # the dates a conclusion names far ahead of the date it is drawn on
        return {n for s, ns in named_by.items() for n in ns if (n - s).days > LOOKAHEAD_DAYS and start < n <= end}

    last, extra = start, 0  # the last change reasoned past; the years reasoned on past its window
    while True:
        changes = points | far_named()
        window = _window_end(last, extra)
        inside = [p for p in changes if last < p <= window]
        if inside:
            last, extra = max(inside), 0
            continue
        if window >= end:
            break
        sample_to(window)
        if far_named() - changes:  # a date named far ahead, found in these years: a change
            continue
        nxt = min((p for p in changes if p > window), default=None)
        if _repeats(results, window.year):
            if nxt is None:
                cut = window
                break
            first, final = window.year + 1, nxt.year - LEAD_YEARS - 1
            if final >= first and _extrapolate(results, shifted, window.year, first, final):
                sample_to(date(final + 1, 12, 31))  # the year after them, reasoned on: it must repeat them
                if _repeats(results, final + 1):
                    spans.append((first, final, window.year))
                else:
                    for d in [d for d in shifted if first <= d.year <= final]:
                        del shifted[d], results[d]
            last, extra = nxt, 0
            continue
        if extra < 2:  # three years tried, as many as before a cut
            extra += 1
            continue
        if nxt is None:
            break
        last, extra = nxt, 0
    if cut is not None:
        end = cut
        results = {d: r for d, r in results.items() if d <= end}
    else:
        sample_to(end)
    samples = sorted(results)

    # the dates whose reasons are read (where a period starts, and its last date where it stops):
    # reasoned on again with their derivation records, together, a batch at a time
    at: dict = {}
    for i, d in enumerate(samples):
        for c in results[d].conclusions:
            at.setdefault(c.text, []).append(i)
    asked: dict = {}  # date -> [(conclusion, what is read of it that day, the day it starts or stops)]
    for key, indexes in at.items():
        for first, last in _runs(indexes):
            asked.setdefault(samples[first], []).append((key, "provisions", None))
            if first > 0:
                asked[samples[first]].append((key, "began", samples[first]))
            if last + 1 < len(samples):
                asked.setdefault(samples[last], []).append((key, "ended", samples[last + 1]))
    # a date drawn from a year that repeats (no text version starts or ends there): nothing it starts or
    # stops is moved by the law, and what a period rests on is read on its date in that year, of the
    # conclusion it repeats; only what cannot be read so is reasoned on
    reasons: dict = {}  # (conclusion, what, date) -> provisions
    borrowed: dict = {}  # (conclusion, "provisions", drawn date) -> (the conclusion it repeats, its date)
    moved = {b for t in _law_dates() for b in (t, t - DAY)}
    for d in [d for d in asked if d in shifted]:
        ref, k = shifted[d]
        held_ref = {c.text for c in results[ref].conclusions}
        left = []
        for key, what, on in asked.pop(d):
            if what != "provisions" and on not in moved:
                reasons[(key, what, d)] = []
                continue
            src = next((t for t in (_shift_years(key, -k), key) if t in held_ref), None) \
                if what == "provisions" else None
            if src is None:
                left.append((key, what, on))
                continue
            borrowed[(key, what, d)] = (src, ref)
            asked.setdefault(ref, []).append((src, what, None))
        if left:
            asked[d] = left
    # each of those dates' results read for its reasons, then let go: one batch of results at a time
    step = None if progress is None else (lambda n, _total, d: progress(len(samples) + n, len(samples) + len(asked), d))
    for d, r in _each_date(scenario, asked, program, step, explain=True, born=born):
        by_text = {} if isinstance(r, Exception) else {c.text: c for c in r.conclusions}
        for key, what, on in asked[d]:
            c = by_text.get(key)
            if c is not None:
                reasons[(key, what, d)] = _provisions(c) if what == "provisions" else \
                    _changed(c, on, starting=what == "began")
        if not isinstance(r, Exception):
            release(r)

    for (key, what, d), (src, ref) in borrowed.items():
        if (src, what, ref) in reasons:
            reasons[(key, what, d)] = reasons[(src, what, ref)]
    # conclusions: key -> [(sample index, its text and predicate)]
    held: dict = {}
    for i, d in enumerate(samples):
        for c in results[d].conclusions:
            held.setdefault(c.text, []).append((i, c))
    lines = [_line(key, entries, samples, reasons) for key, entries in held.items()]
    lines.sort(key=lambda l: (_topic_order(l.predicate), l.predicate, l.periods[0].start, l.key))

    warned: dict = {}
    for i, d in enumerate(samples):
        for w in results[d].warnings:
            key = (w.code, w.line, _undated(w.message, d))
            warned.setdefault(key, []).append((i, w))
    wlines = [_warning_line(key, entries, samples) for key, entries in warned.items()]
    wlines.sort(key=lambda l: (l.periods[0].start, l.predicate, l.key))
    return Timeline(scenario.path, g.id, g.name or g.id, start, end, end_source, samples, lines, wlines,
                    (asked_until, cut.year - 1) if cut else None,
                    [(a, b, r) for a, b, r in spans if date(a, 1, 1) <= end], len(samples) - len(shifted))


# The dates of a batch are ground and held together (batching.each_date): a date far in the groupement's
# life grounds each year of it (its yearly duties), some 5 MB for 190 years (16 MB with its derivation
# records), so a batch is cut where the years of life of its dates add up to BATCH_YEARS: 40 dates of a
# groupement of less than 25 years, as before; 5 of one of 190 years (750 MB were held for 40 of them).
BATCH_YEARS = 1000


def _each_date(scenario, dates, program, progress=None, explain: bool = False, born: Optional[date] = None):
    """batching.each_date, in batches whose dates' years of life (from `born`) add up to BATCH_YEARS
    at most; `progress(done, total, day)` counts over all the dates."""
    from .batching import each_date

    dates = sorted(dates)
    groups, weight = [[]], 0
    for d in dates:
        w = max(1, d.year - born.year) if born else 1
        if groups[-1] and weight + w > BATCH_YEARS:
            groups.append([])
            weight = 0
        groups[-1].append(d)
        weight += w
    done = 0
    for group in groups:
        step = None if progress is None else (lambda n, _total, d, base=done: progress(base + n, len(dates), d))
        yield from each_date(scenario, group, program, step, explain=explain)
        done += len(group)


# a range is reasoned on to this many years after its last change (text version, date of the file,
# date a conclusion names ahead) before it may be cut; a date named more than LOOKAHEAD_DAYS after the
# date whose conclusion names it is a change ahead (a budget year's due date is named within the year)
REPEAT_YEARS = 10
LOOKAHEAD_DAYS = 400
# the years before a change that are reasoned on (not drawn from a year that repeats): the first of
# them checks that the years drawn before it repeat indeed
LEAD_YEARS = 3


def _window_end(horizon: date, extra: int = 0) -> date:
    from .parse import MAX_DATE

    return min(date(horizon.year + REPEAT_YEARS + extra, 12, 31), MAX_DATE)


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"(?<=[(, ])(19\d\d|2[01]\d\d)(?=[,)])")


def _shift_years(text: str, k: int) -> Optional[str]:
    """A conclusion's text with each date and year `k` years later (None: a 29 February)."""
    try:
        text = _ISO.sub(lambda m: date(int(m[1]) + k, int(m[2]), int(m[3])).isoformat(), text)
    except ValueError:
        return None
    return _YEAR.sub(lambda m: str(int(m[1]) + k), text)


def _next_year(text: str) -> Optional[str]:
    """A conclusion's text with each date and year a year later (None: a 29 February)."""
    return _shift_years(text, 1)


def _extrapolate(results: dict, shifted: dict, year: int, first: int, final: int) -> bool:
    """Draw the years `first` to `final` from `year` (which, with the two before it, repeats the year
    before each: _repeats): each sampled day of a year holds what it held a year before, less what
    stopped holding on that day a year before and plus what started, each a year later (the dates and
    years they name). False (nothing drawn) where a text cannot be moved by a year (a 29 February)."""
    days = sorted((d.month, d.day) for d in results if d.year == year)
    drawn: dict = {}
    got = lambda d: drawn.get(d) or results.get(d)  # noqa: E731
    for y in range(first, final + 1):
        for m, dd in days:
            try:
                d, p, pp = date(y, m, dd), date(y - 1, m, dd), date(y - 2, m, dd)
            except ValueError:
                return False
            rp, rpp = got(p), got(pp)
            if rp is None or rpp is None:
                return False
            was = {c.text: c for c in rpp.conclusions}
            now = {c.text: c for c in rp.conclusions}
            gained = [_Held(_shift_years(c.text, 1), c.predicate) for t, c in now.items() if t not in was]
            lost = {_shift_years(t, 1) for t in was if t not in now}
            if None in lost or any(c.text is None for c in gained):
                return False
            held = [c for t, c in now.items() if t not in lost] + [c for c in gained if c.text not in now]
            warnings = [replace(w, message=w.message.replace(p.isoformat(), d.isoformat()),
                                message_fr=w.message_fr.replace(p.isoformat(), d.isoformat())) for w in rp.warnings]
            drawn[d] = _Sampled(held, warnings)
    for d, r in drawn.items():
        results[d] = r
        ref = date(year, d.month, d.day)
        shifted[d] = (ref, d.year - year)
    return True


def _repeats(results: dict, year: int) -> bool:
    """Whether years `year - 1` and `year` repeat the year before each: the same days sampled, the same
    warnings, and what starts or stops holding on each day is what did a year before, a year later."""
    def day(y, d):
        try:
            return date(y, d.month, d.day)
        except ValueError:
            return None

    by_year = {y: sorted(d for d in results if d.year == y) for y in range(year - 3, year + 1)}
    days = {y: [(d.month, d.day) for d in ds] for y, ds in by_year.items()}
    if not by_year[year] or any(days[y] != days[year] for y in days):
        return False
    held = {d: {c.text for c in r.conclusions} for d, r in results.items() if d.year >= year - 3}
    warned = {d: {(w.code, w.line, _undated(w.message, d)) for w in r.warnings}
              for d, r in results.items() if d.year >= year - 3}
    for y in (year - 1, year):
        for d in by_year[y]:
            p, pp, ppp = day(y - 1, d), day(y - 2, d), day(y - 3, d)
            if None in (p, pp, ppp) or warned[d] != warned[p]:
                return False
            gained, lost = held[d] - held[p], held[p] - held[d]
            gained_before, lost_before = held[p] - held[pp], held[pp] - held[p]
            if {_next_year(t) for t in gained_before} != gained or {_next_year(t) for t in lost_before} != lost:
                return False
    return True


def cut_note(t: Timeline, lang: str = "fr") -> str:
    """Why the range stops before the date asked for (the Timeline's `cut`), in `lang`."""
    asked, repeating = t.cut
    if lang == "fr":
        return (f"Période coupée au {t.end.isoformat()} (demandée jusqu'au {asked.isoformat()}) : à partir de "
                f"{repeating}, aucune version des textes, aucune date du fichier ni date nommée par une conclusion "
                f"n'est à venir, et chaque année répète la précédente (les mêmes conclusions ; celles qui nomment une "
                f"année ou une date, l'année suivante). Pour une date plus lointaine : check --as-of DATE.")
    return (f"Range cut at {t.end.isoformat()} (asked until {asked.isoformat()}): from {repeating} on, no text "
            f"version, no date of the file and no date a conclusion names lies ahead, and each year repeats the one "
            f"before (the same conclusions; those naming a year or a date, the next one). For a later date: "
            f"check --as-of DATE.")


def repeat_note(t: Timeline, lang: str = "fr") -> str:
    """Which years were drawn from a year that repeats, not reasoned on one by one (the Timeline's
    `repeated`), in `lang`."""
    spans = [(a, b, r) for a, b, r in t.repeated]
    if lang == "fr":
        years = " ; ".join(f"de {a} à {b} (comme {r})" if a != b else f"{a} (comme {r})" for a, b, r in spans)
        return (f"Années non raisonnées une à une : {years}. Aucune version des textes, aucune date du fichier ni "
                f"date nommée par une conclusion n'y tombe, et l'année nommée entre parenthèses répète, comme les "
                f"deux qui la précèdent, l'année d'avant (les mêmes conclusions ; celles qui nomment une année ou "
                f"une date, l'année suivante) : ces années en sont déduites, une année plus tard chaque fois, et "
                f"l'année qui les suit, raisonnée, les répète aussi. {t.reasoned} des {len(t.samples)} dates "
                f"examinées ont été raisonnées. Pour une de ces années : check --as-of DATE.")
    years = "; ".join(f"{a} to {b} (as {r})" if a != b else f"{a} (as {r})" for a, b, r in spans)
    return (f"Years not reasoned on one by one: {years}. No text version, no date of the file and no date a "
            f"conclusion names falls in them, and the year in brackets repeats, as do the two before it, the year "
            f"before (the same conclusions; those naming a year or a date, the next one): these years are drawn "
            f"from it, a year later each time, and the year after them, reasoned on, repeats them too. "
            f"{t.reasoned} of the {len(t.samples)} dates examined were reasoned on. For one of these years: check "
            f"--as-of DATE.")


@dataclass(frozen=True)
class _Held:
    """A conclusion on a sampled date whose reasons are not read: its text and predicate."""

    text: str
    predicate: str


@dataclass
class _Sampled:
    """What a sampled date's result leaves once read: its conclusions (_Held) and its warnings."""

    conclusions: list
    warnings: list


def _as_date(x) -> Optional[date]:
    return date.fromisoformat(x) if isinstance(x, str) else x


def _runs(indexes: list) -> list:
    """Maximal runs of consecutive sample indexes: [(first, last)]."""
    runs = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return [tuple(r) for r in runs]


def _line(key: str, entries: list, samples: list, reasons: dict) -> Line:
    """The periods of conclusion `key` (`reasons`: what its results said of it where it starts and
    stops, read by `timeline`)."""
    periods = []
    for first, last in _runs([i for i, _ in entries]):
        end = samples[last + 1] - DAY if last + 1 < len(samples) else samples[last]
        period = Period(samples[first], end, reasons.get((key, "provisions", samples[first]), []))
        if first > 0:  # it starts holding on samples[first]
            period.began = Change(samples[first], reasons.get((key, "began", samples[first]), []))
        if last + 1 < len(samples):  # it stops holding on samples[last + 1]
            period.ended = Change(samples[last + 1], reasons.get((key, "ended", samples[last]), []))
        periods.append(period)
    return Line(key, entries[0][1].predicate, periods)


def _warning_line(key, entries: list, samples: list) -> Line:
    code, _, undated = key
    undated = undated.replace(" in that period", "")
    periods = []
    by_index = dict(entries)
    for first, last in _runs([i for i, _ in entries]):
        end = samples[last + 1] - DAY if last + 1 < len(samples) else samples[last]
        w = by_index[first]
        d = samples[first]
        periods.append(Period(d, end, message=_undated(w.message, d), message_fr=_undated(w.message_fr, d, "fr"),
                              began=Change(samples[first]) if first > 0 else None,
                              ended=Change(samples[last + 1]) if last + 1 < len(samples) else None))
    return Line(f"{code}: {undated}", code, periods, warning=True)


def _undated(message: str, on: date, lang: str = "en") -> str:
    """A warning's message without the sample date it was drawn on (`not in force on 2010-07-26`):
    the same warning on every date of a period."""
    iso = on.isoformat()
    if lang == "fr":
        message = (f"chaque date de la période{message[len('le ' + iso):]}" if message.startswith(f"le {iso} ")
                   else message)  # « le D est après le plus récent texte connu » (law.not_covered)
        return message.replace(f" le {iso}", " sur la période")
    if message.startswith(f"{iso} "):  # "D is after the newest text known" (law.not_covered)
        message = f"every date of the period{message[len(iso):]}"
    return message.replace(f" on {iso}", " in that period")


def _provisions(conclusion) -> list:
    try:
        return list(conclusion.provisions)
    except Exception:  # no derivation recorded: the timeline still stands without reasons
        return []


def _changed(conclusion, on: date, starting: bool) -> list:
    """The provisions `conclusion` rests on (its whole explanation) whose version starts on `on`
    (starting) or ends the day before `on` (stopping)."""
    try:
        ids = conclusion.result.trace.provisions_of(conclusion.symbol, deep=True)
    except Exception:
        return []
    out = []
    for pid in ids:
        t = _version_of(pid)
        if t is None:
            continue
        if (starting and t.from_ == on) or (not starting and t.until == on):
            out.append(pid)
    return out


def _version_of(pid: str):
    from . import law

    try:
        p = law.provision(pid)
    except KeyError:
        return None
    return next((t for t in law.text_versions() if t.file == p.source), None)


def _topic_order(predicate: str) -> int:
    from .render import TOPICS, topic_of

    order = [t for t, _ in TOPICS] + ["Other conclusions"]
    return order.index(topic_of(predicate))


# --- rendering -----------------------------------------------------------------------------

WORDS = {
    "fr": {
        "title": "Chronologie de {n} ({g}) — {p}",
        "range": "Du {a} au {b} ({why}) ; {k} dates examinées.",
        "until": {"asked": "date demandée", "file": "date du fichier (as of)", "today": "date du jour"},
        "period": "du {a} au {b}",
        "began_law": "début le {d} : {p} (version en vigueur à partir du {d})",
        "began_facts": "début le {d} : les faits du fichier ou une autre conclusion dont elle dépend "
                       "(aucune des dispositions sur lesquelles elle repose ne change ce jour-là)",
        "ended_law": "fin après le {last} : {p} (version en vigueur jusqu'au {last})",
        "ended_facts": "fin après le {last} : les faits du fichier ou une autre conclusion dont elle dépend "
                       "(aucune des dispositions sur lesquelles elle repose ne change le {d})",
        "none": "Aucune conclusion sur la période.",
        "sep": " ; ",
        "warnings": "Avertissements",
    },
    "en": {
        "title": "Timeline of {n} ({g}) — {p}",
        "range": "From {a} until {b} ({why}); {k} dates examined.",
        "until": {"asked": "date asked for", "file": "the file's as of", "today": "today"},
        "period": "from {a} until {b}",
        "began_law": "starts on {d}: {p} (version in force from {d})",
        "began_facts": "starts on {d}: the file's facts or another conclusion it rests on "
                       "(none of the provisions it rests on changes that day)",
        "ended_law": "ends after {last}: {p} (version in force until {last})",
        "ended_facts": "ends after {last}: the file's facts or another conclusion it rests on "
                       "(none of the provisions it rests on changes on {d})",
        "none": "No conclusion over the range.",
        "sep": "; ",
        "warnings": "Warnings",
    },
}


def _period_text(p: Period, w: dict, with_provisions: bool = True) -> str:
    out = w["period"].format(a=p.start.isoformat(), b=p.end.isoformat())
    if with_provisions and p.provisions:
        out += f" ({', '.join(p.provisions)})"
    notes = []
    if with_provisions and p.began is not None:
        notes.append(w["began_law"].format(d=p.began.on.isoformat(), p=", ".join(p.began.provisions))
                     if p.began.by_law else w["began_facts"].format(d=p.began.on.isoformat()))
    if with_provisions and p.ended is not None:
        last = (p.ended.on - DAY).isoformat()
        notes.append(w["ended_law"].format(last=last, p=", ".join(p.ended.provisions))
                     if p.ended.by_law else w["ended_facts"].format(last=last, d=p.ended.on.isoformat()))
    if notes:
        out += " [" + w["sep"].join(notes) + "]"
    return out


def render_text(t: Timeline, lang: str = "fr") -> str:
    from .render import topic_of, topic_title

    from .render.phrases import lang_of

    lang = lang_of(lang)
    w = WORDS[lang]
    out = [w["title"].format(n=t.name, g=t.groupement, p=t.path),
           w["range"].format(a=t.start.isoformat(), b=t.end.isoformat(), why=w["until"][t.end_source], k=len(t.samples)),
           NOTE[lang]] + ([cut_note(t, lang)] if t.cut else []) + ([repeat_note(t, lang)] if t.repeated else []) + [""]
    topic = None
    for line in t.conclusions:
        this = topic_of(line.predicate)
        if this != topic:
            if topic is not None:
                out.append("")
            title = topic_title(this, lang)
            out += [title, "-" * len(title)]
            topic = this
        out.append(f"  {line.key}: " + w["sep"].join(_period_text(p, w) for p in line.periods))
    if not t.conclusions:
        out.append(w["none"])
    if t.warnings:
        out += ["", w["warnings"], "-" * len(w["warnings"])]
        for line in t.warnings:
            for p in line.periods:
                msg = p.message_fr if lang == "fr" and p.message_fr else p.message
                out.append(f"  {line.predicate} — {_period_text(p, w, False)}: {msg}")
    return "\n".join(out)
