"""A restricted committee's deliberation that nothing makes invalid is not judged, and a warning says
why (stop 23, a review of large files: 180 committee deliberations drew nothing and said nothing); the
test fails on the rules before."""

from __future__ import annotations

from .edited import reason_edited

ATOM = "missing_fact(validity_of_deliberations, k1, committee_voting_rule)"


def test_an_undecided_committee_deliberation_is_warned_of():
    """R6133-22@2010-07-26.1 « Si la convention constitutive le prévoit, l'assemblée générale peut élire en
    son sein un comité restreint »: the texts set no quorum or majority for the committee; its
    deliberation on a delegated matter (k1.d1, information_sharing) is neither valid nor invalid."""
    result = reason_edited("asm10_committee_irregular.gcs")
    assert not result.by_predicate("deliberation_valid") or not any(
        c.args[0] == "k1" for c in result.by_predicate("deliberation_valid"))
    assert ATOM in {w.atom for w in result.warnings}


def test_no_warning_when_every_committee_deliberation_is_invalid():
    """k1 without its delegated deliberation: d2 and d3 are invalid (not_delegated), nothing is left
    undecided, no warning."""
    result = reason_edited("asm10_committee_irregular.gcs",
                           ("    deliberation d1 on information_sharing { for chu_nimes, ch_ales }\n", ""),
                           ("of k1.d1", "of k1.d2"))
    assert result.holds("deliberation_invalid(k1, d2, not_delegated)")
    assert ATOM not in {w.atom for w in result.warnings}
