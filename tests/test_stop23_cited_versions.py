"""A reason whose rule cites several versions of one provision, and whose own derivation does not say
which applied, cites the version in force where it serves (stop 23, a review of the citations); each
test fails on the code before."""

from __future__ import annotations

import gcs_reasoner as gcs
from gcs_reasoner.explain import build_all

from .edited import DATA, derived_nodes


def _cited(result, conclusion: str) -> set:
    found = [tuple(n.provisions) for n in derived_nodes(*build_all(result, [c.symbol for c in result.conclusions])) if n.conclusion == conclusion]
    assert found, conclusion
    return set(found)


def test_the_majority_of_a_2019_deliberation_cites_the_2017_text_only():
    """R6133-26@2017-04-28.II.1 « les délibérations sont adoptées si elles recueillent la majorité des
    voix »: the assembly of 2019-05-04 is not judged under the version of 2024-01-01."""
    result = gcs.reason(gcs.load(DATA / "stop23_exclusion_2019.gcs"), explain=True)
    assert _cited(result, "adopted(ag1, d1)") == {("R6133-26@2017-04-28.II.1",)}


def test_the_members_of_a_public_groupement_cite_the_wording_of_the_as_of_date():
    """L6133-3 I al. 3: « s'il est constitué exclusivement » (2009-07-23) became « lorsqu'il est constitué
    exclusivement » (2011-08-12); on 2012-03-01 the reasons cite the 2011 wording, on 2010-03-01 the
    2009 one, each with its own words."""
    later = gcs.reason(gcs.load(DATA / "stop23_withdrawal_2010.gcs"), explain=True)
    earlier = gcs.reason(gcs.load(DATA / "stop23_withdrawal_2010.gcs"), as_of="2010-03-01", explain=True)
    for result, pid in ((later, "L6133-3@2011-08-12.I.3"), (earlier, "L6133-3@2009-07-23.I.3")):
        cited = {p for n in derived_nodes(*build_all(result, [c.symbol for c in result.conclusions])) for p in n.provisions if p.startswith("L6133-3@")}
        assert cited == {pid}, (pid, cited)


def test_property_made_available_cites_the_2006_text_in_2009():
    """R6133-19@2006-01-01.2 « Les biens mobiliers et immobiliers mis à disposition du groupement » (merged
    into R6133-8 of 2010-07-26): a liquidation of 2009 cites the 2006 text alone."""
    result = gcs.reason(gcs.load(DATA / "stop23_liquidation_2009.gcs"), explain=True)
    cited = {p for n in derived_nodes(*build_all(result, [c.symbol for c in result.conclusions])) if n.conclusion.startswith("made_available") for p in n.provisions}
    assert cited == {"R6133-19@2006-01-01.2"}, cited
