"""The nature on an assembly's day (stop 23, bb7 review s21/s22): an assembly is judged on the
nature of its own day (members that day, text in force that day), whatever the as-of date."""
from pathlib import Path

import pytest

import gcs_reasoner as gcs

DATA = Path(__file__).parent / "data"


def _shown(path, as_of=None):
    scenario = gcs.load(str(DATA / path))
    result = gcs.reason(scenario, as_of=as_of) if as_of else gcs.reason(scenario)
    return {str(c.symbol) for c in result.conclusions}


@pytest.mark.parametrize("as_of", [None, "2011-06-01"])
def test_private_on_the_assembly_day_public_on_the_as_of_date(as_of):
    """s21: private on 2011-06-01 (L6133-3 of 2009, private majority of contributions), public from
    2011-08-12 (declared nature): the 2011 assembly is that of a private-law groupement."""
    shown = _shown("stop23_s21_accountant_nature_changes_pub.gcs", as_of)
    assert "accountant_absent(ag1)" not in shown
    assert "reserved_matter(ag1,d2,17)" not in shown
    assert "reserved_matter(ag1,d3,8)" in shown
    assert "delegable(ag1,d2)" in shown


@pytest.mark.parametrize("as_of", [None, "2011-06-01"])
def test_public_on_the_assembly_day_private_on_the_as_of_date(as_of):
    """s22: the reverse: public on 2011-06-01, private from 2011-08-12."""
    shown = _shown("stop23_s22_accountant_nature_changes_priv.gcs", as_of)
    assert "accountant_absent(ag1)" in shown
    assert "reserved_matter(ag1,d2,17)" in shown
    assert "reserved_matter(ag1,d3,8)" not in shown
    assert "delegable(ag1,d2)" not in shown


def test_nature_unknown_on_the_assembly_day_draws_nothing():
    """A member whose sector is not stated sits at the assembly and has left by the as-of date:
    the nature of the as-of date is known, not that of the assembly day: nothing drawn on it."""
    shown = _shown("stop23_nature_unknown_on_day.gcs")
    assert "nature(private)" in shown
    for atom in ("accountant_absent(ag1)", "reserved_matter(ag1,d2,17)", "reserved_matter(ag1,d3,8)",
                 "delegable(ag1,d2)"):
        assert atom not in shown
