"""The French warnings speak French: every conclusion and attribute a missing_fact rule names has its
French words (gcs_reasoner/warning_words.py); a rule that adds one must add them (stop 21: an
explanation review found « le fichier n'indique pas rights de member … : aucune conclusion sur
vote_share » in the French output)."""

import re
from pathlib import Path

import gcs_reasoner as gcs
from gcs_reasoner.warning_words import ATTRIBUTES_FR, TOPICS_FR

RULES = Path(__file__).resolve().parent.parent / "rules"
HEAD = re.compile(r"^missing_fact\(([a-z_0-9]+), *[A-Za-z_]+, *([a-z_]+)\)", re.M)


def test_every_missing_fact_of_the_rules_has_its_french_words():
    named = [m.groups() for p in RULES.rglob("*.lp") for m in HEAD.finditer(p.read_text(encoding="utf-8"))]
    assert named
    assert sorted({t for t, _ in named} - set(TOPICS_FR)) == []
    assert sorted({a for _, a in named if a != "convention"} - set(ATTRIBUTES_FR)) == []


def test_a_french_warning_in_words():
    text = """groupement g "G" {
  as of 2012-06-30
  approved 2011-01-10
  member a "CH A" { kind health_establishment sector public rights 60 }
  member b "Clinique B" { kind health_establishment sector private }
  convention { vote_weight rights }
}
"""
    result = gcs.reason(gcs.loads(text, path="<test>"))
    fr = [w.message_fr for w in result.warnings if w.code == "missing_fact"]
    assert "le fichier n'indique pas les droits de Clinique B : aucune conclusion sur la part des voix" in fr
