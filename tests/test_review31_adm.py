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


# --- F2: a seat transfer delegated to the administrator under the 2006 text ------------------------------------
# R6133-13@2006-01-01: « 5° Toute modification de la convention constitutive » ... « Dans les autres matières,
# l'assemblée générale peut donner délégation à l'administrateur. » R6133-1@2006-01-01 al. 2: the convention
# « comporte, en outre, les mentions suivantes : 1° La dénomination et le siège du groupement »; R6133-3@2006-01-01:
# « Par décision de l'assemblée générale du groupement, le siège peut être transféré ». Moving the seat changes a
# mention the convention must carry: 5°, as the tool already reads it for the majority (unanimity).

DELEGATION_2006 = """groupement t2 "GCS T2" {{
  as of {as_of}
  approved 2007-01-10
  seat "Lyon" region "Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  administrator a elected 2008-03-01 by ag1.d1
  delegation to administrator matters {matter} by ag1.d2
  assembly ag1 on 2008-03-01 {{
    convened_on 2008-02-01 by administrator
    present a, b
    deliberation d1 on administrator {{ for a, b }}
    deliberation d2 on delegation {{ for a, b }}
    deliberation d3 on seat_transfer {{ for a, b }}
  }}
}}
"""


def delegation_2006(matter: str, as_of: str = "2009-12-31") -> set[str]:
    return conclusions(DELEGATION_2006.format(matter=matter, as_of=as_of))


def test_a_seat_transfer_delegated_to_the_administrator_before_2010_is_not_delegable():
    """s02: on 2008-03-01 ag1.d2 delegates seat_transfer to the administrator. Before: nothing on the delegation."""
    found = delegation_2006("seat_transfer")
    assert "delegation_invalid(seat_transfer, not_delegable)" in found
    # the contract numbers the word `seat_transfer` in no item of the 2006 list: no reserved_matter for it
    assert not any(c.startswith("reserved_matter(ag1, d3") for c in found)


def test_the_seat_transfer_delegated_in_2008_gives_nothing_to_the_administrator_under_the_2010_text():
    """void_delegation: voted when the 2006 text made it not delegable, it does not revive on 2010-07-26 (where
    R6133-21 2° lists the transfer of the seat: not delegable to the administrator either)."""
    found = delegation_2006("seat_transfer", as_of="2011-06-30")
    assert "delegation_invalid(seat_transfer, not_delegable)" in found


def test_the_change_of_the_convention_delegated_is_the_same():
    """s02b, the control: convention_change (5°) delegated (held before and after)."""
    assert "delegation_invalid(convention_change, not_delegable)" in delegation_2006("convention_change")


def test_another_matter_delegated_under_the_2006_text_draws_nothing():
    """« Dans les autres matières »: a matter outside the list, `other`, may be delegated."""
    found = delegation_2006("other")
    assert not any(c.startswith("delegation_invalid(") for c in found)


# --- RQ1: the internal rules delegated to the administrator (a reading, pinned) ----------------------------------
# R6133-16@2006-01-01: « L'assemblée générale établit un règlement intérieur relatif au fonctionnement du
# groupement. » Outside the list of R6133-13 (2006) and no mention of the convention: the text does not take them out
# of « les autres matières »; nothing is drawn (README, the reading). From 2010-07-26, R6133-21 I: « 7° Le règlement
# intérieur du groupement », not delegable (R6133-22 al. 2).


def test_the_internal_rules_delegated_under_the_2006_text_draw_nothing_and_under_the_2010_text_are_not_delegable():
    assert not any(c.startswith("delegation_invalid(") for c in delegation_2006("internal_rules"))
    later = DELEGATION_2006.format(matter="internal_rules", as_of="2011-12-31").replace("2008-03-01", "2011-03-01")
    later = later.replace("2008-02-01", "2011-02-01").replace("deliberation d3 on seat_transfer { for a, b }", "")
    assert "delegation_invalid(internal_rules, not_delegable)" in conclusions(later)
