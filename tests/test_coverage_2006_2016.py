"""Issue 9's acceptance test: every decidable provision in force at any date
from 2006-01-01 to 2016-12-31 is encoded by a rule and exercised by a golden
scenario where it applies and one where it does not.

The texts change only on the first day of a version, so the dates checked
are 2006-01-01 and the first day of every version up to 2016-12-31.

A provision only partly encoded (`% partial: <why>`: its rules restate the
file or decide part of the text) is reported by `gcs-reasoner coverage` with
its reason and is not a gap here, as in the 2008 test.

KNOWN_GAPS lists what is not covered, each with why: provisions the inventory
marks decidable (full or partial) but that nothing the scenario language
states can decide, or that rest on texts not in the folder (each rule file's
header says so too). The list may only shrink: a gap not listed fails, and
so does a listed gap now closed (remove it).
"""

from datetime import date

import pytest

from gcs_reasoner import coverage, law

FROM, UNTIL = date(2006, 1, 1), date(2016, 12, 31)

KNOWN_GAPS: dict[str, str] = {
}


def _dates():
    starts = {t.from_ for t in law.text_versions() if FROM <= t.from_ <= UNTIL}
    return sorted(starts | {FROM})


@pytest.fixture(scope="module")
def gaps():
    out = {}
    for d in _dates():
        for pid, what in coverage.compute(d).gaps():
            what = [w for w in what if not w.startswith("partial: ")]
            if what:
                out[pid] = ", ".join(what)
    return out


def test_the_dates_checked_span_the_period():
    dates = _dates()
    assert dates[0] == FROM and date(2009, 7, 23) in dates and date(2010, 7, 26) in dates
    assert date(2011, 8, 12) in dates and date(2013, 1, 1) in dates and date(2016, 1, 28) in dates


def test_every_decidable_provision_in_force_2006_2016_is_covered(gaps):
    new = {p: w for p, w in gaps.items() if p not in KNOWN_GAPS}
    closed = sorted(p for p in KNOWN_GAPS if p not in gaps)
    lines = [f"{p}: {w}" for p, w in sorted(new.items())]
    assert not new, f"{len(new)} decidable provisions in force 2006-2016 are not covered:\n  " + "\n  ".join(lines)
    assert not closed, f"covered now, remove from KNOWN_GAPS: {closed}"
