"""Governance (administrator, deputy, restricted committee: R6133-15 of 2006, R6133-22 and R6133-24 of 2010,
L6133-4 and R6133-29 of 2017): wrong answers found by the black-box review of stop 22, each checked against
the French text."""

from datetime import date

import gcs_reasoner as gcs

HEAD = """groupement g "GCS Test" {{
  as of {as_of}
  approved {approved}
  seat "Nîmes" region "Languedoc-Roussillon"
  member ch_a "CH A" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  member ch_c "CH C" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
{body}
}}
"""


def result(body: str, as_of: str, approved: str = "2011-01-10", asked: str | None = None):
    scenario = gcs.loads(HEAD.format(as_of=as_of, approved=approved, body=body), path="<test>")
    if asked is not None:
        return gcs.reason(scenario, as_of=date.fromisoformat(asked))
    return gcs.reason(scenario)


def conclusions(res) -> set[str]:
    return {str(c) for c in res.conclusions}


def warnings(res) -> list[str]:
    return [w.message for w in res.warnings if w.code == "missing_fact"]


# --- 1. R6133-24@2010-07-26.1 « élu en son sein par l'assemblée générale parmi … membres du groupement »;
# L6133-4@2017-01-14.4 « Elle élit, en son sein, … le suppléant »: a member joining on the day of the
# assembly that admits it is a member that day (rules/membership, commit 921ba88), so one elected by that
# assembly was a member when elected, as the committee rule already read it.

JOINING_DAY = """  member ch_d "CH D" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 20 joined {joined} }}
  convention {{ object "Test" task_split notice_days 10 vote_weight rights }}
  administrator ch_d elected 2012-01-20 by ag1.d2 until 2015-01-19
  assembly ag1 on 2012-01-20 {{
    convened_on 2012-01-05 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on admission of ch_d {{ for ch_a, ch_b, ch_c }}
    deliberation d2 on administrator {{ for ch_a, ch_b, ch_c }}
  }}"""


def test_administrator_admitted_and_elected_on_its_joining_day_was_a_member():
    got = conclusions(result(JOINING_DAY.format(joined="2012-01-20"), "2013-06-30"))
    # before: administrator_invalid(not_a_member_when_elected), no legal_representative
    assert "administrator_invalid(not_a_member_when_elected)" not in got, got
    assert "legal_representative(ch_d)" in got


def test_administrator_joining_after_its_election_is_still_not_a_member_when_elected():
    got = conclusions(result(JOINING_DAY.format(joined="2012-01-21"), "2013-06-30"))
    assert "administrator_invalid(not_a_member_when_elected)" in got, got  # control


DEPUTY_JOINING_DAY = """  member ch_d "CH D" { kind health_establishment sector public region "Languedoc-Roussillon" rights 20 joined 2017-06-01 }
  convention { object "Test" task_split notice_days 10 vote_weight rights restricted_committee }
  administrator ch_a elected 2017-06-01 by ag1.d2 until 2020-05-31
  deputy ch_d elected 2017-06-01 by ag1.d3 until 2020-05-31
  committee members ch_a, ch_d elected 2017-06-01 by ag1.d4 until 2019-05-31
  assembly ag1 on 2017-06-01 {
    convened_on 2017-05-20 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on admission of ch_d { for ch_a, ch_b, ch_c }
    deliberation d2 on administrator { for ch_a, ch_b, ch_c }
    deliberation d3 on administrator { for ch_a, ch_b, ch_c }
    deliberation d4 on committee_election { for ch_a, ch_b, ch_c }
  }"""


def test_deputy_admitted_and_elected_on_its_joining_day_was_a_member_as_the_committee():
    got = conclusions(result(DEPUTY_JOINING_DAY, "2018-06-30", approved="2017-05-15"))
    # before: deputy_invalid(not_a_member_when_elected), the committee with the same member accepted
    assert "deputy_invalid(not_a_member_when_elected)" not in got, got
    assert "committee_invalid(not_members)" not in got
    assert "deputy_required" not in got


# --- 2. R6133-22@2010-07-26.1 « l'assemblée générale peut élire en son sein un comité restreint »: a
# committee whose electing deliberation is void, or on another matter, is not validly elected.

COMMITTEE = """  convention {{ object "Test" task_split notice_days 10 vote_weight rights restricted_committee }}
  administrator ch_a elected 2012-01-20 by ag1.d1 until 2015-01-19
  committee members ch_a, ch_b elected {elected} by {by} until 2014-01-19
  delegation to committee matters information_sharing by ag1.d2 until 2014-01-19
  assembly ag1 on 2012-01-20 {{
    convened_on 2012-01-05 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on administrator {{ for ch_a, ch_b, ch_c }}
    deliberation d2 on delegation {{ for ch_a, ch_b, ch_c }}
    deliberation d3 on budget {{ for ch_a, ch_b, ch_c }}
  }}
  assembly ag2 on 2012-02-20 {{
    convened_on 2012-02-05 by administrator
    present {present}
    deliberation d1 on committee_election {{ for {present} }}
  }}
  committee_meeting k1 on 2013-01-30 {{
    present ch_a, ch_b
    minutes_sent 2013-01-31
    deliberation d1 on information_sharing {{ for ch_a, ch_b }}
  }}"""


def test_committee_elected_by_a_void_deliberation_is_flagged():
    res = result(COMMITTEE.format(elected="2012-02-20", by="ag2.d1", present="ch_b"), "2013-12-31")
    got = conclusions(res)
    assert "deliberation_invalid(ag2, d1, no_quorum)" in got
    # before: nothing on the committee
    assert "committee_invalid(election_invalid)" in got, got
    # (k1.d1 is not made invalid for it: a known gap, a cycle through negation, README)


def test_committee_elected_by_a_valid_deliberation_is_not_flagged():
    got = conclusions(result(COMMITTEE.format(elected="2012-02-20", by="ag2.d1", present="ch_a, ch_b"),
                             "2013-12-31"))
    assert not {c for c in got if c.startswith("committee_invalid(")}, got  # control
    assert "deliberation_invalid(k1, d1, no_committee)" not in got


def test_committee_elected_by_a_deliberation_on_another_matter_sits_on_nothing():
    got = conclusions(result(COMMITTEE.format(elected="2012-01-20", by="ag1.d3", present="ch_a, ch_b"),
                             "2013-12-31"))
    # before: nothing flagged, k1.d1 taken as a sitting committee's act
    assert "committee_invalid(not_elected_by_assembly)" in got, got
    assert "deliberation_invalid(k1, d1, no_committee)" in got


# --- 3. L6133-4@2017-01-14.4 « Elle élit … ainsi que le suppléant de ce dernier »: a deputy whose election
# is void is no deputy in office; the assembly must elect one.

DEPUTY_VOID = """  convention {{ object "Test" task_split notice_days 10 vote_weight rights }}
  administrator ch_a elected 2017-06-01 by ag1.d1 until 2020-05-31
  deputy ch_b elected 2017-07-01 by ag2.d1 until 2020-05-31
  administrator_unavailable from 2019-01-10
  assembly ag1 on 2017-06-01 {{
    convened_on 2017-05-20 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on administrator {{ for ch_a, ch_b, ch_c }}
  }}
  assembly ag2 on 2017-07-01 {{
    convened_on 2017-06-20 by administrator
    present {present}
    deliberation d1 on administrator {{ for {present} }}
  }}"""


def test_deputy_elected_by_a_void_deliberation_leaves_a_deputy_required():
    got = conclusions(result(DEPUTY_VOID.format(present="ch_b"), "2019-03-01", approved="2017-05-15"))
    assert "deputy_invalid(election_invalid)" in got
    assert "acting_administrator(ch_b)" not in got
    # before: no deputy_required (a deputy "recorded")
    assert "deputy_required" in got, got


def test_deputy_validly_elected_is_no_deputy_required():
    got = conclusions(result(DEPUTY_VOID.format(present="ch_a, ch_b"), "2019-03-01", approved="2017-05-15"))
    assert "deputy_required" not in got  # control
    assert "acting_administrator(ch_b)" in got


# --- 4. The missing_fact on who executes a deliberation says what is unknown, not "administrator of agN
# is not stated" when the file states one; an assembly convened by an administrator elected with no fixed
# term is left open with a warning saying why.

INDEFINITE = """  convention { object "Test" task_split notice_days 10 vote_weight rights }
  administrator ch_a elected 2011-01-20 by ag1.d1 indefinite
  assembly ag1 on 2011-01-20 {
    convened_on 2011-01-05 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on administrator { for ch_a, ch_b, ch_c }
  }
  assembly ag2 on 2016-05-20 {
    convened_on 2016-05-05 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on budget { for ch_a, ch_b, ch_c }
  }"""


def test_assembly_convened_by_an_administrator_with_no_fixed_term_is_left_open_and_said_so():
    res = result(INDEFINITE, "2016-06-30")
    got, said = conclusions(res), warnings(res)
    assert "administrator_invalid(no_fixed_term)" in got
    assert not {c for c in got if c.startswith(("deliberation_valid(ag2", "deliberation_invalid(ag2"))}
    # before: only « administrator of ag1 is not stated » (false: the file states it), nothing on ag2
    assert not [w for w in said if "the file does not state the administrator of ag1" in w], said
    assert any("no fixed term" in w and "convened assembly ag2" in w and "the validity of the deliberations" in w
               for w in said), said
    assert any("no fixed term" in w and "assembly ag1" in w and "prepares and executes the deliberations" in w
               for w in said), said
    fr = [w.message_fr for w in res.warnings if w.code == "missing_fact"]
    assert any("élu sans durée déterminée" in w and "convoqué l'assemblée générale ag2" in w for w in fr), fr


TERM_OVER = """  convention { object "Test" task_split notice_days 10 vote_weight rights }
  administrator ch_a elected 2011-01-20 by ag1.d1 until 2013-01-19
  assembly ag1 on 2011-01-20 {
    convened_on 2011-01-05 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on administrator { for ch_a, ch_b, ch_c }
  }
  assembly ag2 on 2013-02-05 {
    convened_on 2013-01-19 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on budget { for ch_a, ch_b, ch_c }
  }"""


def test_executing_administrator_warning_says_the_recorded_one_was_out_of_office():
    said = warnings(result(TERM_OVER, "2013-06-30"))
    assert not [w for w in said if "the file does not state the administrator of ag2" in w], said
    assert any("in office on the day of assembly ag2 is not stated" in w and "not in office that day" in w
               for w in said), said


def test_executing_administrator_warning_when_no_administrator_is_recorded_is_unchanged():
    body = TERM_OVER.replace("  administrator ch_a elected 2011-01-20 by ag1.d1 until 2013-01-19\n", "")
    said = warnings(result(body, "2013-06-30"))
    assert any("the file does not state the administrator of ag2" in w for w in said), said  # control


# --- 5. R6133-24@2010-07-26.3 « pour une durée déterminée renouvelable »: from 2010-07-26 there is no
# three-year term; administrator_invalid(term_expired) of a fixed term is not « de trois ans ».

def test_term_expired_of_a_fixed_term_is_not_said_three_years():
    res = result(TERM_OVER, "2013-06-30")
    c = next(c for c in res.conclusions if str(c) == "administrator_invalid(term_expired)")
    # before: « Le mandat de trois ans de l'administrateur est expiré … » / "three-year term"
    assert "trois ans" not in c.sentence("fr"), c.sentence("fr")
    assert "three-year" not in c.sentence("en"), c.sentence("en")
    assert "administrator_term_over(ch_a, 2013-01-19)" in conclusions(res)


# --- 6. R6133-15@2006-01-01.2 « nommé pour une durée de trois ans »: elected on 29 February 2008, in office
# through 28 February 2011 (three whole years; elected 1 March 2006, through 28 February 2009).

LEAP = """  convention { object "Test" task_split notice_days 10 }
  administrator ch_a elected 2008-02-29 by ag1.d1
  assembly ag1 on 2008-02-29 {
    convened_on 2008-02-10 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on administrator { for ch_a, ch_b, ch_c }
  }"""


def test_leap_day_election_is_in_office_on_28_february_of_the_third_year():
    got = conclusions(result(LEAP, "2010-06-30", approved="2007-01-10", asked="2011-02-28"))
    # before: administrator_term_expired(ch_a, 2011-02-28), no legal_representative
    assert not {c for c in got if c.startswith("administrator_term_expired(")}, got
    assert "legal_representative(ch_a)" in got


def test_leap_day_election_term_is_over_on_1_march_of_the_third_year():
    got = conclusions(result(LEAP, "2010-06-30", approved="2007-01-10", asked="2011-03-01"))
    assert "administrator_term_expired(ch_a, 2011-03-01)" in got, got
    assert "legal_representative(ch_a)" not in got
