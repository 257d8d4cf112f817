"""Review 39, reviewer 4: a conclusion without arguments asked for as `name()`.

clingo reads `deputy_required()` as `deputy_required` (a term with no arguments); an analyst who writes the
brackets meant the conclusion the contract spells without them. `explain` refused it (« no conclusion
'deputy_required()' … did you mean 'deputy_required' »); it now finds it, as why-not already did."""

from pathlib import Path

import gcs_reasoner as gcs
from gcs_reasoner.symbols import spelling_key

# facts/admin17_administrator_not_member.gcs: an administrator elected in 2019, no deputy (L6133-4 of 2017 al. 4
# « ainsi que le suppléant de ce dernier »)
FILE = Path(__file__).resolve().parent.parent / "facts" / "admin17_administrator_not_member.gcs"


def test_empty_brackets_spell_the_conclusion_without_arguments():
    assert spelling_key("deputy_required()") == spelling_key("deputy_required")
    assert spelling_key("f(a, g())") == spelling_key("f(a,g)")
    # a name with arguments keeps them
    assert spelling_key("member(a)") != spelling_key("member")


def test_explain_finds_a_conclusion_asked_for_with_empty_brackets():
    r = gcs.reason(gcs.loads(FILE.read_text(encoding="utf-8")), explain=True)
    assert r.holds("deputy_required")  # anchor: the conclusion is drawn
    plain = r.explain("deputy_required")
    bracketed = r.explain("deputy_required()")
    assert bracketed.text() == plain.text()
