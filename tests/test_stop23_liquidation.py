"""Liquidators named at the sitting that dissolves the groupement, judged on that very day (stop 23, a
review of the end of a groupement); each test fails on the rules before."""

from __future__ import annotations

import pytest

import gcs_reasoner as gcs

SAME_SITTING = """groupement gcs_liq "GCS Liquidateur même séance" {
  as of X
  approved 2006-03-01
  seat "Rennes" region "Bretagne"
  member ch_a "CH A" { kind health_establishment sector public region "Bretagne" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Bretagne" rights 40 }
  assembly ag1 on X {
    convened_on C by administrator
    present ch_a, ch_b
    deliberation d1 on liquidation { for ch_a, ch_b }
    deliberation d2 on dissolution { for ch_a, ch_b }
  }
  liquidator "Maître Blanc" by ag1.d1
}
"""


@pytest.mark.parametrize("day, convened", [("2008-05-15", "2008-04-20"), ("2013-06-15", "2013-05-20"),
                                           ("2019-06-03", "2019-05-10")])
def test_a_liquidator_named_with_the_dissolution_is_not_invalid_on_that_day(day, convened):
    """R6133-18@2006-01-01.2 « L'assemblée générale fixe les modalités de la liquidation et nomme un ou
    plusieurs liquidateurs », R6133-21@2010-07-26.I.2.18 / R6133-26@2017-04-28.I.2.18 « La prorogation ou
    la dissolution du groupement ainsi que les mesures nécessaires à sa liquidation »: the assembly that
    validly dissolves may name the liquidator at the same sitting. On that day (the dissolution takes
    effect the next) the appointment is not `liquidator_invalid(not_dissolved)`; the next day it is
    `liquidator_appointed`."""
    text = SAME_SITTING.replace("as of X", f"as of {day}").replace("on X", f"on {day}").replace("C by", f"{convened} by")
    result = gcs.reason(gcs.loads(text, path="<same sitting>"))
    assert result.holds("deliberation_valid(ag1, d2)")
    assert not result.by_predicate("liquidator_invalid"), [str(c) for c in result.by_predicate("liquidator_invalid")]
    y, m, d = day.split("-")
    later = gcs.reason(gcs.loads(text, path="<same sitting>"), as_of=f"{y}-{m}-{int(d) + 1:02d}")
    assert later.holds('liquidator_appointed("Maître Blanc")')
    assert not later.by_predicate("liquidator_invalid")


def test_a_liquidator_named_without_any_dissolution_is_still_invalid():
    """R6133-18@2006-01-01.1 « La dissolution du groupement entraîne sa liquidation »: with no
    dissolution at all, a liquidator named is named in no liquidation (the day after the sitting)."""
    text = SAME_SITTING.replace("as of X", "as of 2013-07-01").replace("on X", "on 2013-06-15") \
        .replace("C by", "2013-05-20 by").replace("    deliberation d2 on dissolution { for ch_a, ch_b }\n", "")
    result = gcs.reason(gcs.loads(text, path="<no dissolution>"))
    assert result.holds('liquidator_invalid("Maître Blanc", not_dissolved)')
