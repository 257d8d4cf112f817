"""docs/conclusions.md is the output of `python -m gcs_reasoner.reference` on the rules as they are."""

from pathlib import Path

from gcs_reasoner.program import load_program
from gcs_reasoner.result import WARNING_PREDICATES
from gcs_reasoner.reference import render

DOC = Path(__file__).resolve().parent.parent / "docs" / "conclusions.md"


def test_the_reference_is_current():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/conclusions.md is out of date: python -m gcs_reasoner.reference > docs/conclusions.md"
    )


def test_every_conclusion_predicate_is_listed():
    text = render()
    for name, arity in set(load_program().shown) - WARNING_PREDICATES:
        assert f"### `{name}/{arity}`" in text
