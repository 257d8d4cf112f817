"""The yearly obligations around a dissolution whose validity is undecided (stop 23): what the law
makes of a year after it is left open, and a warning says so; each test fails on the rules before."""

from __future__ import annotations

import gcs_reasoner as gcs

DISSOLUTION = """groupement gcs_dis "GCS Dissolution" {
  as of 2016-01-15
  approved 2011-02-01
  seat "Nancy" region "Lorraine"
  capital none
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_toul "CH de Toul" { kind health_establishment sector public region "Lorraine" rights 40 }
  assembly ag1 on 2013-06-14 {
    convened_on 2013-05-25 BY
    present chu_nancy, ch_toul
    deliberation d1 on dissolution { for chu_nancy, ch_toul }
  }
  dissolution by ag1.d1 notified 2013-06-20
}
"""


def _reason(by: str):
    return gcs.reason(gcs.loads(DISSOLUTION.replace(" BY", by), path="<dissolution>"))


YEARLY = ("report_due", "report_late", "accounts_approval_due", "accounts_approval_late", "annual_assembly_missing")


def _years(result) -> dict:
    return {p: sorted(c.args[0] for c in result.by_predicate(p)) for p in YEARLY}


def test_years_after_an_undecided_dissolution_are_left_open():
    """R6133-9@2010-07-26 (« chaque année »), R6133-5 I al. 3 and R6133-20@2010-07-26.2 (« au moins une
    fois par an ») ask something of each year the groupement lives; whether it lived past 2013-06-15
    rests on a deliberation whose convocation's author is not stated (validity undecided): nothing is
    drawn on 2013, 2014 and 2015, and a warning says why. 2012 is judged as before."""
    result = _reason("")
    years = _years(result)
    for p, found in years.items():
        assert all(y == 2012 for y in found), (p, found)
    assert years["report_late"] == [2012] and years["accounts_approval_late"] == [2012]
    assert years["annual_assembly_missing"] == [2012]
    warned = [w for w in result.warnings if w.atom == "missing_fact(yearly_obligations, ag1, dissolution_validity)"]
    assert warned, [w.message for w in result.warnings]
    assert "ag1" in warned[0].message and "compte financier" in warned[0].message_fr


def test_years_after_a_valid_dissolution_are_not_owed_and_nothing_is_left_open():
    """The same dissolution convened by the administrator is valid: the groupement is dissolved from
    2013-06-15 and owes nothing for 2013 onwards (no warning of an open dissolution)."""
    result = _reason(" by administrator")
    assert [str(c) for c in result.by_predicate("dissolved_on")] == ["dissolved_on(assembly_decision, 2013-06-15)"]
    years = _years(result)
    assert all(y == 2012 for found in years.values() for y in found), years
    assert not [w for w in result.warnings if "dissolution_validity" in w.atom]
