"""Nothing is concluded about a convention the file does not describe (stop 23, an audit of the golden
files); the test fails on the rules before."""

from __future__ import annotations

import pytest

from .edited import reason_edited


@pytest.mark.parametrize("name", ["dissol17_finding_contradicted.gcs", "gap10_admission_exclusion.gcs"])
def test_no_convention_block_draws_no_missing_vote_weight_rule(name):
    """R6133-21@2010-07-26.II.1 / R6133-26@2017-04-28.II.1 « la majorité des voix des membres présents ou
    représentés », with R6133-1 I 9° « Les modalités de représentation de chacun de ses membres au sein
    de l'assemblée générale »: a file without a convention block does not say what the convention
    provides, so `convention_rule_missing(vote_weight)` is not drawn; a missing_fact warning says why.
    With a convention block that does not state the rule, it is drawn."""
    result = reason_edited(name)
    assert not result.by_predicate("convention_rule_missing")
    assert any(w.atom == "missing_fact(vote_weight, groupement, convention)" for w in result.warnings)
    with_block = reason_edited(name, ("\n}\n", "\n  convention {\n    object \"Imagerie\"\n  }\n}\n"))
    assert "convention_rule_missing(vote_weight)" in {str(c) for c in with_block.by_predicate("convention_rule_missing")}
