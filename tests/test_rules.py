"""The rule files against the law: ids in the inventory, quotes verbatim."""

import pytest

from gcs_reasoner import law
from gcs_reasoner.program import load_program

PROGRAM = load_program()
CITING = [r for r in PROGRAM.rules if not r.auxiliary]


def test_rules_are_loaded():
    assert len(CITING) > 50


@pytest.mark.parametrize("rule", CITING, ids=[f"{r.file}:{r.line}" for r in CITING])
def test_rule_cites_inventory_ids_and_quotes_the_text(rule):
    known = {p.id for p in law.provisions()}
    unknown = [p for p in rule.provisions if p not in known]
    assert not unknown, f"{rule.file}:{rule.line} cites ids not in the inventory: {unknown}"
    assert any(law.quote_in_text(p, rule.quote) for p in rule.provisions), (
        f"{rule.file}:{rule.line}: the quote is not in the text of {rule.provisions}:\n  « {rule.quote} »"
    )


def test_every_rule_file_opens_with_its_reference():
    for f in PROGRAM.files:
        head = f.read_text(encoding="utf-8").splitlines()[:4]
        assert any("Code de la santé publique" in l or "Décret" in l or "décret" in l for l in head), f"{f.name}: no reference in its header"


def test_a_paraphrase_is_caught():
    assert not law.quote_in_text("R6133-5@2006-01-01.2", "un membre peut partir à la fin de l'année")


def test_the_rules_index_is_current():
    from pathlib import Path

    from gcs_reasoner.rules_index import render

    index = Path(__file__).resolve().parent.parent / "rules" / "README.md"
    assert index.read_text(encoding="utf-8") == render(), "python -m gcs_reasoner.rules_index > rules/README.md"
