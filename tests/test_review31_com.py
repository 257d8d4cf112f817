"""The restricted committee and the unavailable administrator: what a review of the `com` slice (review 31) found
wanting; each scenario test failed before its change, the controls held before and after.

F1. R6133-29@2017-04-28 al. 8: « Un suppléant, élu dans les mêmes conditions que l'administrateur, remplace ce
dernier dans toutes ses fonctions lorsque l'administrateur ne peut pas les assurer »; R6133-25@2017-04-28 al. 2:
« Elle se réunit sur convocation de l'administrateur du groupement ». On a day the file says the administrator
cannot act and its deputy acts in its place, the convocation is the deputy's (a convocation "by administrator" is
then the deputy's; one by the administrator named is irregular). With no deputy acting, the text says who replaces
the administrator, not what becomes of its own convocation: the deliberations are neither valid nor invalid, and a
warning says so (as the executor of such an assembly's deliberations is left open). The same holds for the extraordinary assembly that « l'administrateur
convoque » on a challenged committee deliberation (R6133-28@2017-04-28 al. 2). The 2012 text (R6133-24) has no such
clause: the same facts in 2013 are unchanged.
"""

import gcs_reasoner as gcs


def conclusions(text: str) -> set[str]:
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c) for c in result.conclusions} | {w.atom for w in result.warnings}


# --- F1: a convocation by the administrator on a day it cannot act ------------------------------------------

# the reviewer's scenarios (/tmp/r31/com/s02, s02b, s02c, s09), written once with holes
UNAVAILABLE = """groupement g "GCS Test" {{
  as of {y}-02-20
  approved {y0}-06-10
  seat "Nîmes" region "Occitanie"
  member m1 "CHU" {{ kind health_establishment sector public region "Occitanie" rights 40 }}
  member m2 "CH A" {{ kind health_establishment sector public region "Occitanie" rights 30 }}
  member m3 "CH B" {{ kind health_establishment sector public region "Occitanie" rights 30 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
  }}
  administrator m1 elected {y0}-09-01 by ag1.d1 until 2020-08-31
  {deputy}
  administrator_unavailable from {y}-01-10 until {y}-03-10
  assembly ag1 on {y0}-09-01 {{
    convened_on {y0}-08-15 by administrator
    present m1, m2, m3
    deliberation d1 on administrator {{ for m1, m2, m3 }}
  }}
  assembly ag2 on {y}-02-05 {{
    convened_on {y}-01-20 by {convener}
    present m1, m2, m3
    deliberation d1 on internal_rules {{ for m1, m2, m3 }}
  }}
}}
"""

DEPUTY = "deputy m2 elected 2017-09-01 by ag1.d1 until 2020-08-31"
DEPUTY_NO_TERM = "deputy m2 elected 2017-09-01 by ag1.d1"


def unavailable(convener: str, deputy: str = "", y: int = 2018) -> set[str]:
    return conclusions(UNAVAILABLE.format(convener=convener, deputy=deputy, y=y, y0=y - 1))


def test_no_deputy_a_convocation_by_administrator_while_it_cannot_act_is_left_open():
    """s02: no deputy; ag2 convened "by administrator" on 2018-01-20, the administrator unable to act from
    2018-01-10. Before: deliberation_valid(ag2, d1). R6133-29 al. 8 says who replaces the administrator
    (« Un suppléant ... remplace ce dernier dans toutes ses fonctions »), not what becomes of its own
    convocation when no deputy does: neither valid nor invalid, and a warning says so (as the executor of
    such an assembly's deliberations is left open)."""
    found = unavailable("administrator")
    assert "deliberation_valid(ag2, d1)" not in found
    assert not any(c.startswith("deliberation_invalid(ag2") for c in found)
    assert "missing_fact(validity_of_deliberations, ag2, convener_unavailable)" in found
    assert "deputy_required" in found


def test_no_deputy_a_convocation_by_the_administrator_named_while_it_cannot_act_is_left_open():
    """s02b: the same, convened by m1 (the administrator). Before: deliberation_valid(ag2, d1)."""
    found = unavailable("m1")
    assert "deliberation_valid(ag2, d1)" not in found
    assert not any(c.startswith("deliberation_invalid(ag2") for c in found)
    assert "missing_fact(validity_of_deliberations, ag2, convener_unavailable)" in found


def test_with_a_deputy_acting_the_administrators_own_convocation_is_irregular():
    """s02c: deputy m2 acting; ag2 convened by m1. Before: deliberation_valid and executing_administrator(m2)."""
    found = unavailable("m1", DEPUTY)
    assert "acting_administrator(m2)" in found
    assert "deliberation_valid(ag2, d1)" not in found
    assert "deliberation_invalid(ag2, d1, administrator_unavailable)" in found
    assert "executing_administrator(ag2, d1, m2)" not in found


def test_with_a_deputy_acting_its_convocation_stands():
    """Control: the deputy acting convenes, by name or as "administrator" (README, R6133-25 of 2017)."""
    for convener in ("m2", "administrator"):
        found = unavailable(convener, DEPUTY)
        assert "deliberation_valid(ag2, d1)" in found, convener
        assert "executing_administrator(ag2, d1, m2)" in found, convener
        assert not any(c.startswith("deliberation_invalid(ag2") for c in found), convener


def test_a_deputy_whose_term_is_not_fixed_leaves_a_convocation_by_administrator_open():
    """The deputy's term not fixed: whether it acted in the administrator's place on 2018-01-20 is not known; a
    convocation "by administrator", or by m1, is neither valid nor invalid (as with no administrator in
    office): whether the deputy then replaced the administrator is not known."""
    found = unavailable("administrator", DEPUTY_NO_TERM)
    assert "deliberation_valid(ag2, d1)" not in found
    assert not any(c.startswith("deliberation_invalid(ag2") for c in found)
    assert "missing_fact(validity_of_deliberations, ag2, convener_deputy_term)" in found
    by_m1 = unavailable("m1", DEPUTY_NO_TERM)
    assert not any(c.startswith("deliberation_invalid(ag2") for c in by_m1)
    assert "missing_fact(validity_of_deliberations, ag2, convener_deputy_term)" in by_m1


def test_in_2013_the_same_facts_are_unchanged():
    """s09: R6133-24 of 2012 has no deputy and no « ne peut pas les assurer »: the convocation stands."""
    for convener in ("administrator", "m1"):
        found = unavailable(convener, y=2013)
        assert "deliberation_valid(ag2, d1)" in found, convener
        assert "executing_administrator(ag2, d1, m1)" in found, convener


# an extraordinary assembly on a challenged committee deliberation, 2018, deputy m2 in office
CHALLENGE = """groupement g "GCS Test" {{
  as of 2018-12-31
  approved 2017-06-10
  seat "Nîmes" region "Occitanie"
  member m1 "CHU" {{ kind health_establishment sector public region "Occitanie" rights 60 }}
  member m2 "CH A" {{ kind health_establishment sector public region "Occitanie" rights 20 }}
  member m3 "CH B" {{ kind health_establishment sector public region "Occitanie" rights 20 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
    restricted_committee
  }}
  administrator m1 elected 2017-09-01 by ag1.d1 until 2020-08-31
  deputy m2 elected 2017-09-01 by ag1.d1 until 2020-08-31
  {unavailable}
  committee members m1, m2 elected 2017-09-01 by ag1.d2 until 2019-08-31
  delegation to committee matters information_sharing by ag1.d3 until 2019-08-31
  assembly ag1 on 2017-09-01 {{
    convened_on 2017-08-15 by administrator
    present m1, m2, m3
    deliberation d1 on administrator {{ for m1, m2, m3 }}
    deliberation d2 on committee_election {{ for m1, m2, m3 }}
    deliberation d3 on delegation {{ for m1, m2, m3 }}
  }}
  committee_meeting k1 on 2018-01-08 {{
    present m1, m2
    minutes_sent 2018-01-09
    deliberation d1 on information_sharing {{ for m1, m2 }}
  }}
  challenge m3 of k1.d1 on 2018-01-20
  assembly ag2 on 2018-04-10 {{
    extraordinary
    convened_on 2018-03-20 by {convener}
    present m1, m2, m3
    deliberation d1 on committee_challenge of k1.d1 {{ for m1, m2  against m3 }}
  }}
}}
"""


def challenge(convener: str, unavailable_: str = "administrator_unavailable from 2018-03-01 until 2018-05-31") -> set[str]:
    return conclusions(CHALLENGE.format(convener=convener, unavailable=unavailable_))


def test_the_extraordinary_assembly_convened_by_the_administrator_while_it_cannot_act_decides_nothing():
    """ag2 convened by m1 on 2018-03-20, the administrator unable to act, deputy m2 in office.
    Before: committee_deliberation_maintained(k1, d1)."""
    found = challenge("m1")
    assert "committee_deliberation_maintained(k1, d1)" not in found
    assert "deliberation_invalid(ag2, d1, administrator_unavailable)" in found


def test_the_extraordinary_assembly_convened_by_the_acting_deputy_decides():
    """Controls: convened by the acting deputy; or by m1 when it could act."""
    assert "committee_deliberation_maintained(k1, d1)" in challenge("m2")
    assert "committee_deliberation_maintained(k1, d1)" in challenge("m1", "")


# --- F2: a committee elected under the 2006 text sits under the 2010 text only if the convention provides for one --

# F2. R6133-22@2010-07-26 al. 1 (R6133-27@2017-04-28 al. 1): « Si la convention constitutive le prévoit,
# l'assemblée générale peut élire en son sein un comité restreint à qui elle délègue, pour une durée déterminée
# renouvelable, certaines de ses compétences ». The 2006 texts know no committee; a committee elected on 2010-07-25
# holds no office at a meeting of 2010-10-01 under a convention that does not provide for one (README: a committee
# « under a convention that does not provide for a committee, is not [in office]: no_committee »).

COMMITTEE_2010 = """groupement g "GCS Test" {{
  as of 2010-12-31
  approved 2008-01-10
  seat "Nîmes" region "Languedoc-Roussillon"
  member m1 "CHU" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }}
  member m2 "CH A" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  member m3 "CH B" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
    {restricted}
  }}
  administrator m1 elected {e} by ag1.d1 until 2012-07-24
  committee members m1, m2 elected {e} by ag1.d2 until 2012-07-24
  delegation to committee matters information_sharing by ag2.d1 until 2012-07-24
  assembly ag1 on {e} {{
    convened_on 2010-07-05 by administrator
    present m1, m2, m3
    deliberation d1 on administrator {{ for m1, m2, m3 }}
    deliberation d2 on committee_election {{ for m1, m2, m3 }}
  }}
  assembly ag2 on 2010-09-01 {{
    convened_on 2010-08-15 by administrator
    present m1, m2, m3
    deliberation d1 on delegation {{ for m1, m2, m3 }}
  }}
  committee_meeting k1 on 2010-10-01 {{
    present m1, m2
    minutes_sent 2010-10-05
    deliberation d1 on information_sharing {{ for m1, m2 }}
  }}
}}
"""


def committee_2010(elected: str, restricted: str = "") -> set[str]:
    return conclusions(COMMITTEE_2010.format(e=elected, restricted=restricted))


def test_a_committee_elected_under_the_2006_text_without_convention_basis_is_not_in_office_in_2010():
    """s03: elected 2010-07-25, the convention not providing for a committee; k1 meets on 2010-10-01.
    Before: no deliberation_invalid(k1, d1, no_committee)."""
    found = committee_2010("2010-07-25")
    assert "deliberation_invalid(k1, d1, no_committee)" in found


def test_the_same_committee_elected_on_2010_07_26_and_one_the_convention_provides_for():
    """Controls: s03b (elected 2010-07-26) is no_committee; with `restricted_committee` in the convention, the
    committee elected on 2010-07-25 is in office on 2010-10-01."""
    assert "deliberation_invalid(k1, d1, no_committee)" in committee_2010("2010-07-26")
    found = committee_2010("2010-07-25", "restricted_committee")
    assert not any(c.startswith("deliberation_invalid(k1") for c in found)


# --- RQ2: the flat allowance of a private member's representative --------------------------------------------

# RQ2. R6133-24@2010-07-26 al. 3 (R6133-15@2006-01-01 al. 3, R6133-29@2017-04-28 al. 3): « Lorsque l'administrateur
# exerce une activité libérale, l'assemblée peut, en outre, lui allouer une indemnité forfaitaire ». The
# administrator is a person, elected « parmi les personnes physiques ou les représentants des personnes morales »
# (al. 1): for a private member (a clinic), whether its representative practises liberally is not in the file.

FLAT = """groupement g "GCS Test" {{
  as of 2012-12-31
  approved 2011-01-10
  seat "Nîmes" region "Languedoc-Roussillon"
  member m1 "CHU" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 60 }}
  member cl "Clinique Y" {{ kind health_establishment sector private {liberal} region "Languedoc-Roussillon" rights 40 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
  }}
  administrator {admin} elected 2012-01-20 by ag1.d1 until 2014-01-19 flat_allowance
  assembly ag1 on 2012-01-20 {{
    convened_on 2012-01-05 by administrator
    present m1, cl
    deliberation d1 on administrator {{ for m1, cl }}
  }}
}}
"""


def flat(admin: str, liberal: str = "") -> set[str]:
    return conclusions(FLAT.format(admin=admin, liberal=liberal))


def test_a_private_clinics_representative_with_a_flat_allowance_is_not_known_to_practise_liberally():
    """s06b: the clinic's representative is administrator with a flat allowance.
    Before: administrator_invalid(flat_allowance_not_liberal)."""
    found = flat("cl")
    assert "administrator_invalid(flat_allowance_not_liberal)" not in found
    assert "missing_fact(flat_allowance, cl, representative_liberal)" in found


def test_the_flat_allowance_controls():
    """Controls: the clinic stated `liberal` meets the condition; a public establishment's representative keeps
    the README's reading (flat_allowance_not_liberal)."""
    found = flat("cl", "liberal")
    assert not any("flat_allowance" in c for c in found)
    assert "administrator_invalid(flat_allowance_not_liberal)" in flat("m1")
