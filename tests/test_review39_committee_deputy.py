"""Review 39, fixer L: the administrator member by right of the restricted committee, the deputy's term, an
inverted period of unavailability.

F1. R6133-24@2010-07-26.2, R6133-24@2012-11-11.2, R6133-29@2017-04-28.2: « L'administrateur est membre de droit du
comité restreint. » committee_invalid(administrator_missing) named as missing from the committee a member whose being
the administrator in office on the committee's election day was not known (its term not stated, its election
undecided): the rule asked only that it was not known to be out of office. Reading: the administrator member by right
is the administrator in office that day (administrator_in_office_on, its electing deliberation not undecided). When
that is not known nothing is drawn, and a missing_fact(committee_composition, M, administrator_open_on_election)
warning says why.

F2. L6133-4@2017-01-14.4 (« Elle élit, en son sein, un administrateur ..., ainsi que le suppléant de ce dernier »)
provides for the deputy from 2017-01-14; R6133-29@2017-04-28.8 (« Un suppléant, élu dans les mêmes conditions que
l'administrateur, remplace ce dernier dans toutes ses fonctions lorsque l'administrateur ne peut pas les assurer »)
from 2017-04-28. A deputy elected between those days with no `until` never acts (its term is not known), and no
warning said so: missing_fact(deputy_term, M, term_end) fired only for elections under R6133-29. It now fires too
when the deputy's office is asked on a day R6133-29 governs; and when the administrator cannot act on the as-of date
and the only deputy that could replace it has no term the file fixes (no `until`, or `indefinite`),
missing_fact(acting_administrator, M, acting_deputy_term) says who replaces the administrator is not known.

F3. `administrator_unavailable from F until U` with U before F cannot be true (U is the last day of the inability to
act, R6133-29@2017-04-28.8 « lorsque l'administrateur ne peut pas les assurer »): an error naming file, line and what
was expected, as for the other impossible stories (validate.py).
"""

import pytest

import gcs_reasoner as gcs

# /tmp/rv6/s13.gcs: administrator a elected 2010-09-01, its term not stated; committee b, c elected 2013-09-01
S13 = """groupement g13 "GCS Comité" {
  as of 2013-12-31
  approved 2010-01-10
  member a "CHU A" { kind health_establishment sector public rights 60 }
  member b "CH B" { kind health_establishment sector public rights 20 }
  member c "CH C" { kind health_establishment sector public rights 20 }
  convention {
    object "Imagerie"
    task_split
    notice_days 10
    meeting_days 20
    vote_weight rights
    restricted_committee
  }
  administrator a elected 2010-09-01 by ag1.d1
  committee members b, c elected 2013-09-01 by ag2.d1 until 2015-08-31
  assembly ag1 on 2010-09-01 {
    convened_on 2010-08-10 by administrator
    present a, b, c
    deliberation d1 on administrator { for a, b, c }
  }
  assembly ag2 on 2013-09-01 {
    convened_on 2013-08-10 by a
    present a, b, c
    deliberation d1 on committee_election { for a, b, c }
  }
}
"""

# /tmp/rv6/s5.gcs: no vote_weight, the administrator's election (for a, b against c) undecided
S5 = """groupement g5 "GCS Comité" {
  as of 2012-12-31
  approved 2011-01-10
  member a "CHU A" { kind health_establishment sector public rights 60 }
  member b "CH B" { kind health_establishment sector public rights 20 }
  member c "CH C" { kind health_establishment sector public rights 20 }
  convention {
    object "Imagerie"
    task_split
    notice_days 10
    meeting_days 20
    restricted_committee
  }
  administrator a elected 2012-01-20 by ag1.d1 until 2014-01-19
  committee members b, c elected 2012-01-20 by ag1.d2 until 2014-01-19
  assembly ag1 on 2012-01-20 {
    convened_on 2012-01-05 by administrator
    present a, b, c
    deliberation d1 on administrator { for a, b  against c }
    deliberation d2 on committee_election { for a, b, c }
  }
}
"""

# /tmp/rv6/s6.gcs: deputy b elected 2017-02-15 (L6133-4 of 2017, before R6133-29) with no `until`
S6 = """groupement g6 "GCS Dep" {
  as of 2018-03-15
  approved 2015-10-02
  seat "Reims" region "Grand Est"
  member a "CHU A" { kind health_establishment sector public region "Grand Est" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Grand Est" rights 40 }
  convention {
    object "Blanchisserie commune"
    task_split
    notice_days 10
    meeting_days 20
    vote_weight rights
  }
  administrator a elected 2017-02-15 by ag1.d1 until 2020-02-14
  deputy b elected 2017-02-15 by ag1.d2
  administrator_unavailable from 2018-01-10
  assembly ag1 on 2017-02-15 {
    convened_on 2017-02-01 by administrator
    present a, b
    deliberation d1 on administrator { for a, b }
    deliberation d2 on administrator { for a, b }
  }
  assembly ag2 on 2018-02-20 {
    convened_on 2018-02-05 by b
    present a, b
    deliberation d1 on budget { for a, b }
  }
}
"""

# /tmp/rv6/s1.gcs: the base of /tmp/rv6/c7.gcs
S1 = """groupement g1 "GCS Test" {
  as of 2021-06-30
  approved 2017-10-02
  seat "Reims" region "Grand Est"
  member a "CHU A" { kind health_establishment sector public region "Grand Est" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Grand Est" rights 40 }
  convention {
    object "Blanchisserie commune"
    task_split
    notice_days 10
    vote_weight rights
  }
  administrator a elected 2018-01-15 by ag1.d1 until 2021-01-14
  administrator_unavailable from 2019-05-01 until 2019-04-01
  deputy b elected 2018-01-15 by ag1.d2 until 2022-01-14
  assembly ag1 on 2018-01-15 {
    convened_on 2018-01-02 by administrator
    present a, b
    deliberation d1 on administrator { for a, b }
    deliberation d2 on administrator { for a, b }
  }
}
"""

MISSING = "committee_invalid(administrator_missing)"
OPEN = "missing_fact(committee_composition,a,administrator_open_on_election)"


def run(text, explain=True):
    return gcs.reason(gcs.loads(text, path="<review39>"), explain=explain)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def warnings(res):
    return {w.atom.replace(", ", ",") for w in res.warnings}


def provisions(res, atom):
    (c,) = [c for c in res.conclusions if str(c) == atom]
    return set(c.provisions)


# --- F1 -------------------------------------------------------------------------------------------------------------

def test_term_not_stated_no_administrator_missing_but_a_warning():
    res = run(S13)
    assert MISSING not in conclusions(res)
    assert OPEN in warnings(res)
    # anchor: the administrator's own term warning, in the same run
    assert "missing_fact(administrator_term,a,term_end)" in warnings(res)
    (w,) = [w for w in res.warnings if w.atom.replace(", ", ",") == OPEN]
    assert "CHU A" in w.message and "not known" in w.message and "{" not in w.message
    assert "on ne sait pas si CHU A était l'administrateur en fonctions" in w.message_fr


def test_in_office_on_the_election_day_administrator_missing_drawn_2012():
    res = run(S13.replace("by ag1.d1\n", "by ag1.d1 until 2014-08-31\n"))
    assert MISSING in conclusions(res)
    assert "R6133-24@2012-11-11.2" in provisions(res, MISSING)
    assert OPEN not in warnings(res)


def test_term_over_before_the_election_nothing_drawn_and_no_warning():
    res = run(S13.replace("by ag1.d1\n", "by ag1.d1 until 2013-08-31\n"))
    assert MISSING not in conclusions(res)
    assert OPEN not in warnings(res)
    # anchor: the term is known to be over
    assert "administrator_invalid(term_expired)" in conclusions(res)


def test_administrator_elected_with_no_fixed_term_is_not_taken_in_office():
    res = run(S13.replace("by ag1.d1\n", "by ag1.d1 indefinite\n"))
    assert MISSING not in conclusions(res)
    assert OPEN in warnings(res)
    assert "administrator_invalid(no_fixed_term)" in conclusions(res)


def test_election_undecided_no_administrator_missing_but_a_warning():
    res = run(S5)
    assert MISSING not in conclusions(res)
    assert OPEN in warnings(res)


def test_election_decided_administrator_missing_drawn_2010_text():
    res = run(S5.replace("    restricted_committee\n", "    restricted_committee\n    vote_weight rights\n"))
    assert "deliberation_valid(ag1, d1)" in conclusions(res)
    assert MISSING in conclusions(res)
    assert "R6133-24@2010-07-26.2" in provisions(res, MISSING)
    assert OPEN not in warnings(res)


def test_administrator_named_in_the_committee_nothing_and_no_warning():
    res = run(S13.replace("committee members b, c", "committee members a, b"))
    assert MISSING not in conclusions(res)
    assert OPEN not in warnings(res)
    assert "missing_fact(administrator_term,a,term_end)" in warnings(res)


def test_in_office_under_the_2017_text():
    text = (S5.replace("as of 2012-12-31", "as of 2018-12-31").replace("2012-01-20", "2018-01-20")
            .replace("2014-01-19", "2020-01-19").replace("2012-01-05", "2018-01-05")
            .replace("    restricted_committee\n", "    restricted_committee\n    vote_weight rights\n"))
    res = run(text)
    assert MISSING in conclusions(res)
    assert "R6133-29@2017-04-28.2" in provisions(res, MISSING)


# --- F2 -------------------------------------------------------------------------------------------------------------

TERM = "missing_fact(deputy_term,b,term_end)"
ACTING = "missing_fact(acting_administrator,b,acting_deputy_term)"


def test_deputy_elected_before_r6133_29_term_not_stated_warned():
    res = run(S6)
    assert not any(c.startswith("acting_administrator(") for c in conclusions(res))
    assert TERM in warnings(res)
    assert ACTING in warnings(res)
    (w,) = [w for w in res.warnings if w.atom.replace(", ", ",") == ACTING]
    assert "CH B" in w.message and "{" not in w.message and "CH B" in w.message_fr


def test_deputy_with_a_term_acts_and_no_warning():
    res = run(S6.replace("by ag1.d2\n", "by ag1.d2 until 2020-02-14\n"))
    assert "acting_administrator(b)" in conclusions(res)
    assert "legal_representative(b)" in conclusions(res)
    assert TERM not in warnings(res) and ACTING not in warnings(res)


def test_deputy_indefinite_before_r6133_29_acting_warning_only():
    res = run(S6.replace("by ag1.d2\n", "by ag1.d2 indefinite\n"))
    assert ACTING in warnings(res)
    assert TERM not in warnings(res)  # the file states the term: none
    assert "deputy_invalid(no_fixed_term)" not in conclusions(res)  # R6133-29 not in force on its election


def test_administrator_able_to_act_term_warning_but_no_acting_warning():
    res = run(S6.replace("  administrator_unavailable from 2018-01-10\n", ""))
    assert TERM in warnings(res)
    assert ACTING not in warnings(res)
    assert "legal_representative(a)" in conclusions(res)


def test_before_r6133_29_no_deputy_term_warning():
    res = run(S6.replace("as of 2018-03-15", "as of 2017-03-15"))
    assert TERM not in warnings(res)
    assert "legal_representative(a)" in conclusions(res)


# --- F3 -------------------------------------------------------------------------------------------------------------

def test_inverted_unavailability_is_an_error_with_file_line_and_what_is_expected():
    with pytest.raises(gcs.ScenarioError) as info:
        gcs.loads(S1, path="c7.gcs")
    msg = str(info.value)
    assert msg.startswith("c7.gcs:14:")
    assert "from 2019-05-01 until 2019-04-01" in msg
    assert "expected an end of the inability to act on or after 2019-05-01" in msg


@pytest.mark.parametrize("until", ["2019-05-01", "2019-06-01"])
def test_unavailability_ending_on_or_after_its_start_is_accepted(until):
    res = run(S1.replace("until 2019-04-01", f"until {until}"), explain=False)
    assert "in_office(a)" not in conclusions(res)  # term over on 2021-01-14
    assert "administrator_invalid(term_expired)" in conclusions(res)
