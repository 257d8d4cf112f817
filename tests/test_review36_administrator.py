"""Review 36, administrator (findings A1, A2, A3 of reviewer 2).

A1. R6133-15 of 2006 al. 3: « Toutefois, des indemnités de mission peuvent lui être attribuées dans les
conditions déterminées par l'assemblée générale »; R6133-13 of 2006, last paragraph: « Dans les autres matières,
l'assemblée générale peut donner délégation à l'administrateur. » The 2006 texts know no restricted committee;
R6133-22 of 2010 is the first to let the assembly delegate to one. A committee meeting held before 2010-07-26 sets
no conditions for the allowances, whatever the as-of date: the allowances stay flagged as not decided. A committee
meeting held under R6133-22 of 2010 on a delegated matter still counts (control).
"""

import gcs_reasoner as gcs


def _reason(text: str, explain: bool = False):
    return gcs.reason(gcs.loads(text, path="<review36-admin>"), explain=explain)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _codes(result) -> list[str]:
    return [w.code for w in result.warnings]


# --- A1: a committee meeting before 2010-07-26 does not decide the mission allowances ---------------------------

# scenario /tmp/rv2/t1_committee_allowances_2008.gcs, verbatim
COMMITTEE_ALLOWANCES_2008 = """groupement dialyse_rhone "GCS Dialyse du Rhône" {
  as of 2008-06-15
  approved 2006-11-02
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  convention {
    object "Centre commun"
    notice_days 10
  }
  administrator ch_a elected 2007-01-10 by ag1.d1 mission_allowances
  assembly ag1 on 2007-01-10 {
    convened_on 2006-12-20 by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  committee_meeting cr1 on 2008-02-01 {
    present ch_a, ch_b
    deliberation d1 on mission_allowances { for ch_a, ch_b }
  }
}
"""

# scenario /tmp/rv2/t1_control_no_committee.gcs, verbatim: the same file without the committee meeting
CONTROL_NO_COMMITTEE_2008 = """groupement dialyse_rhone "GCS Dialyse du Rhône" {
  as of 2008-06-15
  approved 2006-11-02
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  convention {
    object "Centre commun"
    notice_days 10
  }
  administrator ch_a elected 2007-01-10 by ag1.d1 mission_allowances
  assembly ag1 on 2007-01-10 {
    convened_on 2006-12-20 by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
}
"""

# an administrator elected under the 2006 text (three years, to 2013-01-10), a committee meeting of 2010-03-01
# (before R6133-22 of 2010), the as-of date in 2012 under R6133-24
COMMITTEE_2010_03_ASOF_2012 = """groupement dialyse_rhone "GCS Dialyse du Rhône" {
  as of 2012-06-15
  approved 2006-11-02
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  convention {
    object "Centre commun"
    notice_days 10
  }
  administrator ch_a elected 2010-01-10 by ag1.d1 mission_allowances
  assembly ag1 on 2010-01-10 {
    convened_on 2009-12-20 by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  committee_meeting cr1 on 2010-03-01 {
    present ch_a, ch_b
    deliberation d1 on mission_allowances { for ch_a, ch_b }
  }
}
"""

# under R6133-22 of 2010: a committee elected, the allowances (15° of R6133-21) delegated to it, its meeting of
# 2011 deliberates on them (validity open: no quorum rule stated)
COMMITTEE_DELEGATED_2011 = """groupement recherche_est "GCS Recherche clinique de l'Est" {
  as of 2012-12-01
  approved 2011-01-10
  seat "Nancy" region "Lorraine"
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 40 }
  convention {
    notice_days 15
    restricted_committee
  }
  administrator chu_nancy elected 2011-02-01 by ag1.d1 until 2014-01-31 mission_allowances
  committee members chu_nancy, ch_metz elected 2011-02-01 by ag1.d2 until 2014-01-31
  delegation to committee matters mission_allowances by ag1.d3 until 2014-01-31
  assembly ag1 on 2011-02-01 {
    convened_on 2011-01-10 by administrator
    present chu_nancy, ch_metz
    deliberation d1 on administrator { for chu_nancy, ch_metz }
    deliberation d2 on committee_election { for chu_nancy, ch_metz }
    deliberation d3 on delegation { for chu_nancy, ch_metz }
  }
  committee_meeting cr1 on 2011-06-15 {
    present chu_nancy, ch_metz
    deliberation d1 on mission_allowances { for chu_nancy, ch_metz }
  }
}
"""

ALLOWANCES_FLAG = "administrator_invalid(mission_allowances_not_decided)"


def test_2006_committee_meeting_leaves_the_allowances_undecided():
    r = _reason(COMMITTEE_ALLOWANCES_2008)
    held = _held(r)
    assert ALLOWANCES_FLAG in held
    # positive anchors: the administrator is elected and acts; the committee meeting is warned of as not judged
    assert "deliberation_valid(ag1, d1)" in held
    assert "legal_representative(ch_a)" in held
    assert "text_not_in_force" in _codes(r)


def test_2006_control_without_committee_flags_the_allowances_too():
    held = _held(_reason(CONTROL_NO_COMMITTEE_2008))
    assert ALLOWANCES_FLAG in held
    assert "deliberation_valid(ag1, d1)" in held


def test_pre_2010_committee_meeting_does_not_count_under_a_later_as_of_date():
    r = _reason(COMMITTEE_2010_03_ASOF_2012)
    held = _held(r)
    assert ALLOWANCES_FLAG in held
    assert "deliberation_valid(ag1, d1)" in held
    assert "text_not_in_force" in _codes(r)


def test_2010_committee_under_delegation_still_counts():
    r = _reason(COMMITTEE_DELEGATED_2011)
    held = _held(r)
    assert ALLOWANCES_FLAG not in held
    # positive anchors: the delegating deliberation stands; the committee's deliberation is open (no voting rule)
    assert "deliberation_valid(ag1, d3)" in held
    assert "missing_fact" in _codes(r)
    # without the committee meeting, the allowances are flagged
    no_meeting = COMMITTEE_DELEGATED_2011.split("  committee_meeting cr1")[0] + "}\n"
    assert ALLOWANCES_FLAG in _held(_reason(no_meeting))
