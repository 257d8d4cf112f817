"""The administrator's slice under the 2006 texts: what a review of the `adm` slice (review 31) found wanting;
each scenario test failed before its change, the controls held before and after.

R6133-12@2006-01-01 al. 5: « A défaut de stipulations contraires de la convention constitutive, la présidence de
l'assemblée générale est assurée par l'administrateur du groupement. » R6133-15@2006-01-01 al. 2: « L'administrateur
est nommé pour une durée de trois ans renouvelable. » An assembly recorded as chaired "by administrator" on a day
when, by the file, no administrator was in office (the recorded one's three years had run out) was not chaired by
« l'administrateur du groupement », as a member named who is no longer in office is not.
"""

import gcs_reasoner as gcs

# the reviewer's scenarios (/tmp/r31/adm/s05, s05b), written once with holes
CHAIR_2006 = """groupement t5 "GCS T5" {{
  as of 2009-06-30
  approved 2006-02-01
  seat "Lyon" region "Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  convention {{
    object "Commun"
    vote_weight rights
    {convention}
  }}
  administrator a elected {elected}
  assembly ag2 on 2009-03-10 {{
    convened_on 2009-02-20 by administrator
    chaired_by {chair}
    present a, b
    deliberation d1 on budget {{ for a, b }}
  }}
}}
"""


def conclusions(text: str) -> set[str]:
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c) for c in result.conclusions} | {w.atom for w in result.warnings}


def chair_2006(chair: str, elected: str = "2006-03-01", convention: str = "") -> set[str]:
    return conclusions(CHAIR_2006.format(chair=chair, elected=elected, convention=convention))


# --- F1: chaired "by administrator" when no administrator is in office ----------------------------------------


def test_an_assembly_chaired_by_administrator_when_no_administrator_is_in_office_is_wrongly_chaired():
    """s05: a elected on 2006-03-01, out of office from 2009-03-01; ag2 (convened 2009-02-20, while a was in
    office) meets on 2009-03-10 chaired "by administrator". Before: deliberation_valid(ag2, d1)."""
    found = chair_2006("administrator")
    assert "administrator_term_expired(a, 2009-03-01)" in found
    assert "deliberation_invalid(ag2, d1, wrong_chair)" in found
    assert "deliberation_valid(ag2, d1)" not in found


def test_the_member_named_administrator_out_of_office_is_the_same_wrong_chair():
    """s05b, the control: chaired by a, whose term had run out (held before and after)."""
    found = chair_2006("a")
    assert "deliberation_invalid(ag2, d1, wrong_chair)" in found
    assert "deliberation_valid(ag2, d1)" not in found


def test_chaired_by_administrator_while_in_office_or_before_the_recorded_election_is_regular():
    """a in office on 2009-03-10 (elected 2007-03-01); and a election recorded only after the assembly (the file
    cannot name the administrator of that day: taken as the file states it)."""
    for elected in ("2007-03-01", "2009-06-01"):
        found = chair_2006("administrator", elected=elected)
        assert "deliberation_valid(ag2, d1)" in found, elected
        assert not any(c.startswith("deliberation_invalid(ag2") for c in found), elected


def test_a_convention_chair_is_not_bound_by_the_administrators_term():
    """« A défaut de stipulations contraires de la convention constitutive »: the convention names b as chair; b
    chairs on a day when no administrator is in office."""
    found = chair_2006("b", convention="chair b")
    assert "deliberation_valid(ag2, d1)" in found
