"""R6133-6@2006-01-01 al. 3: « Les droits des membres sont fixés soit à proportion de leurs apports, soit à
proportion de leurs participations aux charges de fonctionnement. Dans ce dernier cas, la convention
constitutive précise les modalités selon lesquelles les droits peuvent être modifiés en fonction de
l'utilisation effective des moyens de fonctionnement. » Rights that follow the participations are
compared with them only when the file's convention shows no such clause: a file with no convention block
does not say (found by a review of stop 27; the test failed before). Review 41: the file states
`rights_basis participations` (before, the basis was inferred from the participation lines alone, no apport
line being present: tests/test_review41_funding.py)."""

import gcs_reasoner as gcs

FILE = """groupement g "GCS Stérilisation" {{
  as of 2009-06-30
  approved 2008-03-03
  seat "Saint-Étienne" region "Rhône-Alpes"
  declared_nature private
  capital none
  rights_basis participations
  member ch_a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 40 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 10 }}
  participation ch_a financial 30_000 year 2008
  participation ch_b financial 20_000 year 2008
  {convention}
}}
"""


def not_proportional(convention: str) -> set[str]:
    result = gcs.reason(gcs.loads(FILE.format(convention=convention), path="<test>"))
    return {str(c) for c in result.conclusions if c.predicate == "rights_not_proportional"}


def test_rights_are_compared_with_the_participations_when_the_convention_has_no_adaptation_clause():
    assert not_proportional('convention { object "Stérilisation" }') == {
        "rights_not_proportional(ch_a)", "rights_not_proportional(ch_b)"}


def test_rights_are_not_compared_when_the_file_has_no_convention_block():
    result = gcs.reason(gcs.loads(FILE.format(convention=""), path="<test>"))
    assert not {str(c) for c in result.conclusions if c.predicate == "rights_not_proportional"}
    assert any("adaptation of the rights" in w.message for w in result.warnings)
