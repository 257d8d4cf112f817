"""The administrator and its deputy: what review 34 (reviewer 1, administrator slice, /tmp/rv1/r34) found.

R6133-15@2006-01-01 al. 1, R6133-24@2010-07-26 al. 1, R6133-29@2017-04-28 al. 1: « Le groupement est administré
par un administrateur élu en son sein par l'assemblée générale parmi les personnes physiques ou les représentants
des personnes morales, membres du groupement. » An administrator whose election cannot stand (elected before
joining the groupement, or « elected » by a deliberation on another matter) is not the administrator in office on
the day of an assembly or of its convocation: it does not execute the deliberations (R6133-15 2006 al. 4
« L'administrateur prépare et exécute les décisions de l'assemblée générale », R6133-24 2010 al. 4), an assembly
convened « by administrator » is convened when no administrator was in office (R6133-12 2006 al. 2, R6133-20 2010
al. 2 « sur convocation de l'administrateur du groupement »), and it is no member of right of the restricted
committee (R6133-24 2010 al. 2).
"""

import gcs_reasoner as gcs


def reason(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def warnings(result) -> list[str]:
    return [f"{w.code} {w.message}" for w in result.warnings]


def out_of_office_warning(result, assembly: str) -> bool:
    return any(w.code == "missing_fact" and f"day of assembly {assembly} is not stated" in w.message
               and "its election cannot stand" in w.message for w in result.warnings)


# --- finding 1, under R6133-15 of 2006: elected before joining -------------------------------------------------

GAP_2006 = """groupement g "GCS Test" {{
  as of 2007-06-30
  approved 2006-04-20
  seat "Digne" region "Provence-Alpes-Côte d'Azur"
  member ch_a "CH A" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }}
  member ch_gap "CH Gap" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 joined 2007-01-01 }}
  convention {{
    object "Test"
    task_split
    notice_days 10
  }}
  administrator ch_gap elected {elected}
  assembly ag2 on 2006-12-01 {{
    convened_on 2006-11-20 by ch_a
    present ch_a, ch_b
    deliberation d1 on admission of ch_gap {{ for ch_a, ch_b }}
  }}
  avenant av1 on 2006-12-05 for admission of ch_gap approved_on 2006-12-20 published_on 2006-12-28
  assembly ag3 on 2007-03-01 {{
    convened_on 2007-02-10 by {convener}
    present ch_a, ch_b, ch_gap
    deliberation d1 on budget {{ for ch_a, ch_b, ch_gap }}
  }}
}}
"""


def test_2006_an_administrator_elected_before_joining_neither_executes_nor_convenes():
    # /tmp/rv1/r34/e1.gcs: elected 2006-11-15, a member from 2007-01-01
    result = reason(GAP_2006.format(elected="2006-11-15", convener="administrator"))
    found = conclusions(result)
    assert "administrator_invalid(not_a_member_when_elected)" in found
    assert "executing_administrator(ag3, d1, ch_gap)" not in found
    # R6133-12 2006 al. 2: convened « by administrator » with no administrator in office that day
    assert "deliberation_invalid(ag3, d1, no_administrator_in_office)" in found
    assert "deliberation_valid(ag3, d1)" not in found


def test_2006_an_administrator_elected_before_joining_who_convenes_in_its_own_name():
    result = reason(GAP_2006.format(elected="2006-11-15", convener="ch_gap"))
    found = conclusions(result)
    assert "administrator_invalid(not_a_member_when_elected)" in found
    assert "deliberation_invalid(ag3, d1, not_convened_by_administrator)" in found
    assert "executing_administrator(ag3, d1, ch_gap)" not in found


def test_2006_control_elected_after_joining_executes_and_convenes():
    for convener in ("administrator", "ch_gap"):
        result = reason(GAP_2006.format(elected="2007-01-15", convener=convener))
        found = conclusions(result)
        assert "administrator_invalid(not_a_member_when_elected)" not in found, convener
        assert "deliberation_valid(ag3, d1)" in found, convener
        assert "executing_administrator(ag3, d1, ch_gap)" in found, convener


# --- finding 1, under R6133-24 of 2010: « elected » by a deliberation on another matter -------------------------

TOURS_2010 = """groupement g "GCS Test" {{
  as of 2012-12-31
  approved 2009-11-02
  seat "Tours" region "Centre"
  member chru_tours "CHRU de Tours" {{ kind health_establishment sector public region "Centre" rights 60 }}
  member ch_amboise "CH d'Amboise" {{ kind health_establishment sector public region "Centre" rights 40 }}
  convention {{
    object "Stérilisation commune"
    task_split
    notice_days 10
    vote_weight rights
  }}
  administrator chru_tours elected 2011-01-20 by ag1.d1 until 2014-01-19
  assembly ag1 on 2011-01-20 {{
    convened_on 2011-01-05 by {first_convener}
    present chru_tours, ch_amboise
    deliberation d1 on {matter} {{ for chru_tours, ch_amboise }}
  }}
  assembly ag2 on 2012-06-20 {{
    convened_on 2012-06-05 by {convener}
    present chru_tours, ch_amboise
    deliberation d1 on accounts {{ for chru_tours, ch_amboise }}
  }}
}}
"""


def test_2010_an_administrator_not_elected_by_the_assembly_neither_executes_nor_convenes():
    # /tmp/rv1/r34/e3.gcs: the election is recorded by ag1.d1, a budget deliberation
    result = reason(TOURS_2010.format(first_convener="administrator", matter="budget", convener="administrator"))
    found = conclusions(result)
    assert "administrator_invalid(not_elected_by_assembly)" in found
    assert "deliberation_valid(ag1, d1)" in found  # convened before the election the file records: as stated
    assert not any(c.startswith("executing_administrator(") for c in found), sorted(found)
    assert out_of_office_warning(result, "ag1"), warnings(result)
    # R6133-20 2010 al. 2: ag2 convened « by administrator » when none was in office
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found
    assert "deliberation_valid(ag2, d1)" not in found


def test_2010_the_seat_fails_whatever_the_electing_deliberation_s_validity():
    # /tmp/rv1/r34/e2.gcs: ag1 convened by a member before the election (its validity not judged); the
    # deliberation named is on the budget all the same
    result = reason(TOURS_2010.format(first_convener="chru_tours", matter="budget", convener="administrator"))
    found = conclusions(result)
    assert "administrator_invalid(not_elected_by_assembly)" in found
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found
    assert "deliberation_valid(ag2, d1)" not in found


def test_2010_a_member_convening_in_its_own_name_after_an_election_that_cannot_stand():
    result = reason(TOURS_2010.format(first_convener="administrator", matter="budget", convener="chru_tours"))
    found = conclusions(result)
    assert "deliberation_invalid(ag2, d1, not_convened_by_administrator)" in found
    assert "executing_administrator(ag2, d1, chru_tours)" not in found


def test_2010_control_elected_on_the_nomination_of_the_administrator():
    for convener in ("administrator", "chru_tours"):
        result = reason(TOURS_2010.format(first_convener="administrator", matter="administrator", convener=convener))
        found = conclusions(result)
        assert "administrator_invalid(not_elected_by_assembly)" not in found
        assert "deliberation_valid(ag2, d1)" in found, convener
        assert "executing_administrator(ag1, d1, chru_tours)" in found, convener
        assert "executing_administrator(ag2, d1, chru_tours)" in found, convener
        assert not out_of_office_warning(result, "ag1")


# --- finding 1, under R6133-29 of 2017: the deputy replaces an administrator whose election cannot stand --------

REIMS_2017 = """groupement g "GCS Blanchisserie" {{
  as of 2019-03-15
  approved 2017-10-02
  seat "Reims" region "Grand Est"
  member chu_reims "CHU de Reims" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  member ch_epernay "CH d'Épernay" {{ kind health_establishment sector public region "Grand Est" rights 30 }}
  member ch_chalons "CH de Châlons" {{ kind health_establishment sector public region "Grand Est" rights 30 }}
  convention {{
    object "Blanchisserie commune"
    task_split
    notice_days 10
    vote_weight rights
  }}
  administrator ch_epernay elected 2018-01-15 by ag1.d1 until 2021-01-14
  deputy ch_chalons elected 2018-01-15 by ag1.d2 until 2021-01-14
  assembly ag1 on 2018-01-15 {{
    convened_on 2018-01-02 by administrator
    present chu_reims, ch_epernay, ch_chalons
    deliberation d1 on {matter} {{ for chu_reims, ch_epernay, ch_chalons }}
    deliberation d2 on administrator {{ for chu_reims, ch_epernay, ch_chalons }}
  }}
  assembly ag2 on 2018-09-01 {{
    convened_on 2018-08-10 by administrator
    present chu_reims, ch_epernay, ch_chalons
    deliberation d1 on accounts {{ for chu_reims, ch_epernay, ch_chalons }}
  }}
}}
"""


def test_2017_the_deputy_acts_for_an_administrator_whose_election_cannot_stand():
    # R6133-29 al. 8 « Un suppléant ... remplace ce dernier dans toutes ses fonctions lorsque l'administrateur ne
    # peut pas les assurer ..., le cas échéant jusqu'à la désignation d'un nouvel administrateur »: as for an
    # administrator whose term is over, the deputy validly elected acts
    result = reason(REIMS_2017.format(matter="budget"))
    found = conclusions(result)
    assert "administrator_invalid(not_elected_by_assembly)" in found
    assert "executing_administrator(ag2, d1, ch_epernay)" not in found
    assert "executing_administrator(ag2, d1, ch_chalons)" in found
    assert "acting_administrator(ch_chalons)" in found
    assert "deliberation_valid(ag2, d1)" in found


def test_2017_control_the_administrator_validly_elected_executes():
    result = reason(REIMS_2017.format(matter="administrator"))
    found = conclusions(result)
    assert "executing_administrator(ag2, d1, ch_epernay)" in found
    assert "executing_administrator(ag2, d1, ch_chalons)" not in found
    assert "acting_administrator(ch_chalons)" not in found
    assert "legal_representative(ch_epernay)" in found


# --- finding 3: the restricted committee's member of right (R6133-24 of 2010 al. 2) --------------------------

NIMES_2012 = """groupement imagerie_sud "GCS Imagerie Sud" {{
  as of 2012-12-31
  approved 2011-01-10
  seat "Nîmes" region "Languedoc-Roussillon"
  member chu_nimes "CHU de Nîmes" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }}
  member ch_ales "CH d'Alès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  member ch_uzes "CH d'Uzès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    vote_weight rights
    restricted_committee
  }}
  administrator chu_nimes elected 2012-01-20 by ag1.d1 until 2014-01-19
  committee members {committee} elected 2012-01-20 by ag1.d2 until 2014-01-19
  assembly ag1 on 2012-01-20 {{
    convened_on 2012-01-05 by administrator
    present chu_nimes, ch_ales, ch_uzes
    deliberation d1 on {matter} {{ for chu_nimes, ch_ales, ch_uzes }}
    deliberation d2 on committee_election {{ for chu_nimes, ch_ales, ch_uzes }}
  }}
}}
"""


def test_2010_an_administrator_whose_election_cannot_stand_is_no_member_of_right_of_the_committee():
    # « L'administrateur est membre de droit du comité restreint »: chu_nimes, « elected » by a budget
    # deliberation, is not the administrator; a committee without it lacks no member of right
    result = reason(NIMES_2012.format(committee="ch_ales, ch_uzes", matter="budget"))
    found = conclusions(result)
    assert "administrator_invalid(not_elected_by_assembly)" in found
    assert "committee_invalid(administrator_missing)" not in found
    assert "deliberation_valid(ag1, d2)" in found  # the committee's election itself is judged


def test_2010_control_the_administrator_validly_elected_must_sit_in_the_committee():
    result = reason(NIMES_2012.format(committee="ch_ales, ch_uzes", matter="administrator"))
    found = conclusions(result)
    assert "administrator_invalid(not_elected_by_assembly)" not in found
    assert "committee_invalid(administrator_missing)" in found
    result = reason(NIMES_2012.format(committee="chu_nimes, ch_ales", matter="administrator"))
    found = conclusions(result)
    assert "committee_invalid(administrator_missing)" not in found
    assert "deliberation_valid(ag1, d2)" in found


# --- finding 2: a deputy is flagged as the administrator itself only when the two seats overlap -----------------
# L6133-4@2017-01-14 al. 4 « Elle élit, en son sein, un administrateur ..., ainsi que le suppléant de ce dernier »;
# R6133-29@2017-04-28 al. 8 « Un suppléant ... remplace ce dernier dans toutes ses fonctions lorsque
# l'administrateur ne peut pas les assurer ..., le cas échéant jusqu'à la désignation d'un nouvel administrateur »

EPERNAY = """groupement g "GCS Blanchisserie" {{
  as of 2021-03-15
  approved 2017-10-02
  seat "Reims" region "Grand Est"
  member chu_reims "CHU de Reims" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  member ch_epernay "CH d'Épernay" {{ kind health_establishment sector public region "Grand Est" rights 30 }}
  member ch_chalons "CH de Châlons" {{ kind health_establishment sector public region "Grand Est" rights 30 }}
  convention {{
    object "Blanchisserie commune"
    task_split
    notice_days 10
    vote_weight rights
  }}
  administrator {administrator}
  {deputies}
  assembly ag1 on 2018-01-15 {{
    convened_on 2018-01-02 by administrator
    present chu_reims, ch_epernay, ch_chalons
    deliberation d1 on administrator {{ for chu_reims, ch_epernay, ch_chalons }}
    deliberation d2 on administrator {{ for chu_reims, ch_epernay, ch_chalons }}
  }}
  assembly ag2 on 2020-09-01 {{
    convened_on 2020-08-10 by administrator
    present chu_reims, ch_epernay, ch_chalons
    deliberation d1 on administrator {{ for chu_reims, ch_epernay, ch_chalons }}
    deliberation d2 on administrator {{ for chu_reims, ch_epernay, ch_chalons }}
  }}
}}
"""


def epernay(administrator: str, deputies: str):
    return reason(EPERNAY.format(administrator=administrator, deputies=deputies))


def test_a_former_deputy_later_elected_administrator_is_not_its_own_deputy():
    # /tmp/rv1/r34/e4.gcs: ch_epernay deputy until 2020-08-31, administrator from 2020-09-01, ch_chalons the new
    # deputy
    result = epernay("ch_epernay elected 2020-09-01 by ag2.d1 until 2023-08-31",
                     "deputy ch_epernay elected 2018-01-15 by ag1.d2 until 2020-08-31\n"
                     "  deputy ch_chalons elected 2020-09-01 by ag2.d2 until 2023-08-31")
    found = conclusions(result)
    assert "deputy_invalid(is_administrator)" not in found
    assert "deputy_required" not in found
    assert "executing_administrator(ag2, d1, ch_epernay)" in found
    assert "legal_representative(ch_epernay)" in found


def test_a_former_administrator_later_elected_deputy_is_not_its_own_deputy():
    # the administrator's fixed term ended 2020-08-31 (the `until`, its last day); elected deputy on 2020-09-01
    result = epernay("ch_epernay elected 2018-01-15 by ag1.d1 until 2020-08-31",
                     "deputy ch_epernay elected 2020-09-01 by ag2.d2 until 2023-08-31")
    found = conclusions(result)
    assert "deputy_invalid(is_administrator)" not in found
    # the administrator's term is over on the as-of date and no new one is recorded: the deputy acts (al. 8)
    assert "administrator_invalid(term_expired)" in found
    assert "acting_administrator(ch_epernay)" in found
    assert "deputy_required" not in found


def test_a_deputy_whose_term_runs_past_its_election_as_administrator_is_flagged():
    # deputy until 2021-01-14, administrator from 2020-09-01: the seats overlap from 2020-09-01
    result = epernay("ch_epernay elected 2020-09-01 by ag2.d1 until 2023-08-31",
                     "deputy ch_epernay elected 2018-01-15 by ag1.d2 until 2021-01-14")
    found = conclusions(result)
    assert "deputy_invalid(is_administrator)" in found
    assert "deputy_required" in found
    assert "executing_administrator(ag2, d1, ch_epernay)" in found  # the administrator itself is in office


def test_a_deputy_elected_while_administrator_is_flagged():
    # administrator from 2018-01-15 to 2023-01-14, elected its own deputy on 2020-09-01
    result = epernay("ch_epernay elected 2018-01-15 by ag1.d1 until 2023-01-14",
                     "deputy ch_epernay elected 2020-09-01 by ag2.d2 until 2023-08-31")
    found = conclusions(result)
    assert "deputy_invalid(is_administrator)" in found
    assert "deputy_required" in found
    assert "legal_representative(ch_epernay)" in found


def test_a_deputy_with_no_stated_end_elected_before_the_administrator_is_taken_as_still_in_its_seat():
    # no `until` for the deputy: its seat is taken as running (deputy_recorded_on reads it so)
    result = epernay("ch_epernay elected 2020-09-01 by ag2.d1 until 2023-08-31",
                     "deputy ch_epernay elected 2018-01-15 by ag1.d2")
    found = conclusions(result)
    assert "deputy_invalid(is_administrator)" in found
    assert "deputy_required" in found
