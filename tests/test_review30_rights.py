"""Rights changes a review of the `rights` slice (review 30) found wanting; each scenario test failed before
its change, the controls held before and after.

R6133-3@2010-07-26.3: « Ce pourcentage est fixé pour toute la durée du groupement sauf modification de la
composition du groupement ou évolution substantielle de la part d'activité réalisée par l'un des membres dans
le groupement. » R6133-2@2010-07-26: « Les droits des membres sont définis à proportion de leurs apports au
capital ou, à défaut de capital, de leurs participations aux charges de fonctionnement. » R6133-20@2010-07-26
al. 3 counts the quorum on the members' « droits »: a member holds one set of rights on a date.
"""

import gcs_reasoner as gcs

# the reviewer's scenarios (/tmp/r30/rights/s01, s02, s06, s07, s08), written once with holes
BASE_2010 = """groupement g "GCS Test" {{
  as of {as_of}
  approved 2010-09-15
  seat "Lyon" region "Rhône-Alpes"
  running_costs yes
  {capital}
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Rhône-Alpes" rights 20 }}
  convention {{
    object "Plateau commun"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention,
             accounting_regime, duration, property_made_available, powers_split,
             liquidation_rules, participation_percentages
    attached budget_forecast, financial_balance
    vote_weight rights
    notice_days 15
    meeting_days 15
  }}
  {more}
}}
"""

AG2_ONLY_A = """assembly ag2 on 2014-06-01 {
    convened_on 2014-05-10 by administrator
    accountant_present
    present a
    deliberation d1 on accounts year 2013 { for a }
  }"""


def conclusions(as_of: str, more: str, capital: str = "capital none") -> set[str]:
    result = gcs.reason(gcs.loads(BASE_2010.format(as_of=as_of, capital=capital, more=more), path="<test>"))
    return {str(c) for c in result.conclusions} | {w.atom for w in result.warnings}


def shares(found: set[str]) -> set[str]:
    return {c for c in found if c.startswith("vote_share(")}


# --- F4: two valid changes of one member taking effect the same day ------------------------------------------

TWO_AT_ONE_SITTING = """assembly ag1 on 2014-03-01 {
    convened_on 2014-02-10 by administrator
    accountant_present
    present a, b, c
    deliberation d1 on rights_setting { for a, b, c }
    deliberation d2 on rights_setting { for a, b, c }
  }
  """ + AG2_ONLY_A + """
  rights_change c 40 on 2014-03-01 by ag1.d1 ground activity_share
  rights_change c {second} on 2014-03-01 by ag1.d2 ground activity_share"""


def test_two_changes_of_one_sitting_for_the_same_day_leave_the_rights_unknown_never_counted_twice():
    """s08: d1 sets c to 40, d2 to 30, both valid, both in effect from 2014-03-02; the file does not say which
    was adopted last. Before: vote_share(c, 30, 150) and vote_share(c, 40, 150), a total counting c twice."""
    found = conclusions("2014-09-01", TWO_AT_ONE_SITTING.replace("{second}", "30"))
    assert not shares(found)
    assert not any(c.startswith(("quorum_met(ag2", "quorum_not_met(ag2")) for c in found)
    assert "missing_fact(rights_after_change, c, deliberation_order)" in found
    assert "quorum_met(ag1)" in found  # ag1 votes with the rights it had when it met


def test_two_changes_of_one_sitting_to_the_same_figure_give_that_figure_once():
    found = conclusions("2014-09-01", TWO_AT_ONE_SITTING.replace("{second}", "40"))
    assert shares(found) == {"vote_share(a, 50, 120)", "vote_share(b, 30, 120)", "vote_share(c, 40, 120)"}
    assert "quorum_not_met(ag2)" in found


def test_of_two_changes_for_the_same_day_the_later_assemblys_prevails():
    """ag1 (2014-03-01) sets c to 40 from 2014-04-01; ag3 (2014-03-20) sets it to 30 from the same day: the later
    decision fixes c's rights. Before: both counted (total 150)."""
    more = """assembly ag1 on 2014-03-01 {
    convened_on 2014-02-10 by administrator
    accountant_present
    present a, b, c
    deliberation d1 on rights_setting { for a, b, c }
  }
  assembly ag3 on 2014-03-20 {
    convened_on 2014-03-01 by administrator
    accountant_present
    present a, b, c
    deliberation d1 on rights_setting { for a, b, c }
  }
  """ + AG2_ONLY_A + """
  rights_change c 40 on 2014-04-01 by ag1.d1 ground activity_share
  rights_change c 30 on 2014-04-01 by ag3.d1 ground activity_share"""
    found = conclusions("2014-09-01", more)
    assert shares(found) == {"vote_share(a, 50, 110)", "vote_share(b, 30, 110)", "vote_share(c, 30, 110)"}
    assert not any(c.startswith("missing_fact(rights_after_change") for c in found)


def test_control_one_change_then_quorum():
    """s01: the change counts from the day after ag1; ag2 counts c at 40 (a holds 50 of 120: no quorum)."""
    more = """assembly ag1 on 2014-03-01 {
    convened_on 2014-02-10 by administrator
    accountant_present
    present a, b, c
    deliberation d1 on rights_setting { for a, b, c }
  }
  """ + AG2_ONLY_A + """
  rights_change c 40 on 2014-03-01 by ag1.d1 ground activity_share"""
    found = conclusions("2014-09-01", more)
    assert {"quorum_met(ag1)", "quorum_not_met(ag2)", "deliberation_invalid(ag2, d1, no_quorum)"} <= found
    assert shares(found) == {"vote_share(a, 50, 120)", "vote_share(b, 30, 120)", "vote_share(c, 40, 120)"}


# --- F1: a change is judged under the text in force on the day it is decided --------------------------------

BASE_2008 = """groupement g "GCS Test" {{
  as of 2010-09-01
  approved 2008-02-01
  seat "Lyon" region "Rhône-Alpes"
  running_costs yes
  capital none
  rights_basis participations
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  convention {{
    object "Plateau commun"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention,
             participation_percentages
    attached budget_forecast, cost_split
    vote_weight rights
    rights_adaptation
    notice_days 15
    meeting_days 15
  }}
  assembly ag1 on {held} {{
    convened_on {convened} by administrator
    accountant_present
    present a, b
    deliberation d1 on rights_setting {{ for a, b }}
  }}
  rights_change a 70 on {dated} by ag1.d1 ground membership
}}
"""


def decided(held: str, convened: str, dated: str) -> set[str]:
    text = BASE_2008.format(held=held, convened=convened, dated=dated)
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c) for c in result.conclusions} | {w.atom for w in result.warnings}


def test_a_change_decided_under_the_2010_text_but_dated_before_it_is_judged_under_2010():
    """s05: decided 2010-08-01 (R6133-3 of 2010), dated 2010-07-01 (R6133-6 of 2006 in force), ground membership
    with no member joining or leaving: not allowed by R6133-3 al. 3. Before: judged under 2006, vote_share(a, 70,
    120)."""
    found = decided("2010-08-01", "2010-07-10", "2010-07-01")
    assert "rights_change_invalid(a)" in found
    assert shares(found) == {"vote_share(a, 50, 100)", "vote_share(b, 50, 100)"}


def test_control_the_same_change_dated_the_day_it_is_decided():
    """s05c: the same change dated 2010-08-01."""
    found = decided("2010-08-01", "2010-07-10", "2010-08-01")
    assert "rights_change_invalid(a)" in found
    assert shares(found) == {"vote_share(a, 50, 100)", "vote_share(b, 50, 100)"}


def test_a_change_decided_under_the_2006_text_and_dated_after_it_is_judged_under_2006():
    """Decided 2010-07-01 under R6133-6 of 2006 (adaptation clause: the ground is the convention's, not judged),
    dated 2010-08-01: it counts from its date. Before: judged under R6133-3 of 2010 (ground membership, no change
    of the members), rights_change_invalid(a)."""
    found = decided("2010-07-01", "2010-06-10", "2010-08-01")
    assert "rights_change_invalid(a)" not in found
    assert shares(found) == {"vote_share(a, 70, 120)", "vote_share(b, 50, 120)"}


# --- F3: no capital line: whether the change moves the rights is unknown ---------------------------------------

ONE_CHANGE = """assembly ag1 on 2014-03-01 {
    convened_on 2014-02-10 by administrator
    accountant_present
    present a, b, c
    deliberation d1 on rights_setting { for a, b, c }
  }
  """ + AG2_ONLY_A + """
  rights_change c 40 on 2014-03-01 by ag1.d1 ground {ground}"""


def test_without_a_capital_line_a_valid_change_leaves_the_rights_unknown_and_draws_no_quorum_on_them():
    """s07 (s01 without `capital none`): with a capital the rights follow the apports (R6133-2) and a change of
    percentage does not move them; without one it does. Before: the change was dropped silently, quorum_met(ag2)
    and vote_share(c, 20, 100) drawn on the old rights."""
    found = conclusions("2014-09-01", ONE_CHANGE.replace("{ground}", "activity_share"), capital="")
    assert "missing_fact(rights_after_change, c, capital_for_rights_change)" in found
    assert not shares(found)
    assert not any(c.startswith(("quorum_met(ag2", "quorum_not_met(ag2", "deliberation_valid(ag2",
                                 "deliberation_invalid(ag2")) for c in found)
    assert "quorum_met(ag1)" in found  # ag1 votes with the rights it had when it met


def test_without_a_capital_line_a_change_the_text_would_refuse_anyway_changes_nothing():
    """Ground `membership` with no change of the members: without capital it is not allowed (R6133-3 al. 3), with
    a capital it does not move the rights: either way c keeps 20, and nothing rests on the capital."""
    found = conclusions("2014-09-01", ONE_CHANGE.replace("{ground}", "membership"), capital="")
    assert "missing_fact(rights_after_change, c, capital_for_rights_change)" not in found
    assert "quorum_met(ag2)" in found
    assert shares(found) == {"vote_share(a, 50, 100)", "vote_share(b, 30, 100)", "vote_share(c, 20, 100)"}


# --- F2: a change on ground `membership` dated on the departing member's last day -----------------------------

DEPARTURE = """assembly ag1 on 2013-12-15 {
    convened_on 2013-11-20 by administrator
    accountant_present
    present a, b, c
    {exclusion}deliberation d1 on rights_setting { for a, b }
  }
  {withdrawal}
  rights_change a 60 on {dated} by ag1.d1 ground membership
  rights_change b 40 on {dated} by ag1.d1 ground membership"""

EXCLUSION = """deliberation d0 on exclusion of c {
      for a, b
      ground breach
      heard c
    }
    """


def departure(dated: str, withdrawal: bool) -> set[str]:
    more = (DEPARTURE.replace("{dated}", dated)
            .replace("{withdrawal}", "withdrawal c notified 2013-05-15" if withdrawal else "")
            .replace("{exclusion}", "" if withdrawal else EXCLUSION))
    return conclusions("2014-03-01", more)


def test_a_change_dated_the_day_a_withdrawal_takes_effect_rests_on_it():
    """s02: c's withdrawal takes effect 2013-12-31, its last day as a member (as an excluded member's last day is the
    day of the exclusion); a change dated that day rests on the « modification de la composition du groupement ».
    Before: rights_change_invalid(a), rights_change_invalid(b)."""
    found = departure("2013-12-31", withdrawal=True)
    assert "withdrawal_effective(c, 2013-12-31)" in found
    assert not any(c.startswith("rights_change_invalid(") for c in found)
    assert shares(found) == {"vote_share(a, 60, 100)", "vote_share(b, 40, 100)"}


def test_control_a_change_dated_the_day_after_the_withdrawal():
    """s02c."""
    found = departure("2014-01-01", withdrawal=True)
    assert not any(c.startswith("rights_change_invalid(") for c in found)
    assert shares(found) == {"vote_share(a, 60, 100)", "vote_share(b, 40, 100)"}


def test_control_a_change_dated_the_day_of_an_exclusion():
    """s06: c excluded at ag1 on 2013-12-15 (still a member that day), the change dated the same day."""
    found = departure("2013-12-15", withdrawal=False)
    assert "excluded(c, 2013-12-15)" in found
    assert not any(c.startswith("rights_change_invalid(") for c in found)
    assert shares(found) == {"vote_share(a, 60, 100)", "vote_share(b, 40, 100)"}


def test_control_a_change_dated_before_the_withdrawal_takes_effect_has_no_ground():
    found = departure("2013-12-30", withdrawal=True)
    assert "rights_change_invalid(a)" in found


# --- the review of these fixes (rightsrev): two changes bearing the same date from two assemblies ----------------

TWO_ASSEMBLIES = """assembly ag1 on 2014-03-01 {{
{ag1_convened}    accountant_present
    present a, b, c
    deliberation d1 on rights_setting {{ for a, b, c }}
  }}
  assembly ag3 on 2014-03-20 {{
    convened_on 2014-03-01 by administrator
    accountant_present
    present a, b, c
    deliberation d1 on rights_setting {{ for a, b, c }}
  }}
  """ + AG2_ONLY_A.replace("{", "{{").replace("}", "}}") + """
  rights_change c 40 on 2014-04-01 by ag1.d1 ground activity_share
  rights_change c 30 on 2014-04-01 by ag3.d1 ground {ground}"""

CONVENED = "    convened_on 2014-02-10 by administrator\n"


def test_a_refused_change_does_not_cancel_another_of_the_same_date():
    """rightsrev s03: ag3's change on ground `membership` (the members unchanged) is refused; it also
    cancelled ag1's valid change on ground `activity_share` bearing the same date (the refusal was keyed by
    member and date only): C kept 20, and ag2 (A alone) had its quorum. Failed before."""
    found = conclusions("2014-09-01", TWO_ASSEMBLIES.format(ag1_convened=CONVENED, ground="membership"))
    assert "rights_change_invalid(c)" in found
    assert shares(found) >= {"vote_share(c, 40, 120)"}
    assert "quorum_not_met(ag2)" in found and "quorum_met(ag2)" not in found


def test_a_later_assemblys_valid_change_prevails_over_an_undecided_one_for_the_same_day():
    """rightsrev s01: ag1's convocation is not stated (its validity undecided); ag3, later, validly sets C to 30
    from the same day: the later assembly prevails whatever ag1's deliberation is worth. Before: C's rights
    unknown, no share, no quorum at ag2. Failed before."""
    found = conclusions("2014-09-01", TWO_ASSEMBLIES.format(ag1_convened="", ground="activity_share"))
    assert shares(found) >= {"vote_share(c, 30, 110)"}
    assert "quorum_not_met(ag2)" in found
    assert not any(c.startswith("missing_fact(rights_after_change, c") for c in found)
    # the control: both assemblies valid, the later one's figure holds too
    found = conclusions("2014-09-01", TWO_ASSEMBLIES.format(ag1_convened=CONVENED, ground="activity_share"))
    assert shares(found) >= {"vote_share(c, 30, 110)"}
