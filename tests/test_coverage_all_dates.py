"""Issue 10's acceptance test: on every date from 2006-01-01 to the newest text of the folder
(and today, judged under the newest versions), every decidable provision in force is encoded
by a rule and exercised by a golden scenario where it applies and one where it does not.

The texts change only on the first day of a version, so the dates checked are 2006-01-01, the
first day of every version since, and today. A provision only partly encoded (`% partial:
<why>`, where the inventory marks it `partial`) is reported by `gcs-reasoner coverage` with its
reason and is not a gap. There is no list of known gaps: any gap fails.
"""

from datetime import date

import pytest

from gcs_reasoner import coverage, law

FROM = date(2006, 1, 1)


def _dates():
    starts = {t.from_ for t in law.text_versions() if t.from_ >= FROM}
    return sorted(starts | {FROM, date.today()})


def test_the_dates_checked_reach_the_newest_text_and_today():
    dates = _dates()
    assert dates[0] == FROM and law.newest_version_date() in dates and dates[-1] >= law.newest_version_date()
    for d in ("2017-01-14", "2017-04-28", "2018-01-19", "2019-05-05", "2019-08-08", "2021-03-31",
              "2021-11-12", "2021-12-27", "2024-01-01"):
        assert date.fromisoformat(d) in dates, d


@pytest.mark.parametrize("on", _dates(), ids=str)
def test_every_decidable_provision_in_force_is_encoded_and_tested(on):
    gaps = {}
    for pid, what in coverage.compute(on).gaps():
        what = [w for w in what if not w.startswith("partial: ")]
        if what:
            gaps[pid] = ", ".join(what)
    lines = [f"{p}: {w}" for p, w in sorted(gaps.items())]
    assert not gaps, f"{len(gaps)} decidable provisions in force on {on} are not covered:\n  " + "\n  ".join(lines)
