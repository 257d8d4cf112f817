"""R6133-5 (2010, 2012, 2017) III and I al. 3 where the golden files are silent: a budget voted
before or beside a failed deliberation, a vote whose validity is undecided, a referral on the
last day of the month. Found by a review of money/ against the texts; each case is the golden
file money10_budget_referral (or money17_public_2018) changed by a line or two, and each fails on
the rules before."""

from __future__ import annotations


import gcs_reasoner as gcs

from .edited import reason_edited


BUDGET = "money10_budget_referral.gcs"
NO_REFERRALS = (("  budget_referral 2012 on 2011-12-20\n", ""), ("  budget_referral 2013 on 2013-01-05\n", ""))


def test_a_budget_voted_before_a_failed_deliberation_needs_no_referral():
    """« A défaut de vote … A défaut d'accord »: the budget of 2012, voted on 2011-11-15, is not
    referred to the agency because a later deliberation on it failed (2012-03-01)."""
    result = reason_edited(BUDGET, *NO_REFERRALS,
                     ("  assembly ag2012 on", "  assembly ag2012b on 2012-03-01 {\n    convened_on 2012-02-10 by administrator\n"
                      "    accountant_present\n    present chu_se, ch_roanne\n"
                      "    deliberation d1 on budget year 2012 { for ch_roanne  against chu_se }\n  }\n  assembly ag2012 on"))
    assert result.holds("deliberation_invalid(ag2012b, d1, not_adopted)")
    assert not [c for c in result if str(c).startswith("budget_referral_due(2012,")]
    assert not result.holds("budget_referral_missing(2012)")


def test_a_budget_voted_at_the_sitting_where_another_deliberation_failed_needs_no_referral():
    """The budget of 2011 fails at ag2010 (d1) and is voted at the same sitting (d2)."""
    result = reason_edited(BUDGET, *NO_REFERRALS,
                     ("    deliberation d1 on budget year 2011 { for ch_roanne  against chu_se }\n",
                      "    deliberation d1 on budget year 2011 { for ch_roanne  against chu_se }\n"
                      "    deliberation d2 on budget year 2011 { for chu_se, ch_roanne }\n"))
    assert result.holds("deliberation_valid(ag2010, d2)")
    assert not result.holds("budget_referral_due(2011, 2010-12-15)")
    assert not result.holds("budget_referral_missing(2011)")


def test_a_vote_within_the_month_whose_validity_is_undecided_leaves_the_referral_open():
    """The budget of 2011 is rejected by all at ag2010. Without the convention's `vote_weight` the
    reasoner cannot say whether ag2010b's vote (one for, one against) is valid: whether there was « accord dans un délai d'un mois » is open, so
    no referral is due and none is missing."""
    result = reason_edited(BUDGET, *NO_REFERRALS, ("    vote_weight rights\n", ""),
                     ("deliberation d1 on budget year 2011 { for ch_roanne  against chu_se }",
                      "deliberation d1 on budget year 2011 { against chu_se, ch_roanne }"),
                     ("  assembly ag2011 on", "  assembly ag2010b on 2010-12-01 {\n    convened_on 2010-11-20 by administrator\n"
                      "    accountant_present\n    present chu_se, ch_roanne\n"
                      "    deliberation d1 on budget year 2011 { for chu_se  against ch_roanne }\n  }\n  assembly ag2011 on"))
    assert not [c for c in result if str(c).startswith(("deliberation_valid(ag2010b,", "deliberation_invalid(ag2010b,"))]
    assert result.holds("deliberation_invalid(ag2010, d1, not_adopted)")
    assert not result.holds("budget_referral_due(2011, 2010-12-15)")
    assert not result.holds("budget_referral_missing(2011)")


def test_a_referral_on_the_last_day_of_the_month_is_premature():
    """« A défaut d'accord dans un délai d'un mois à compter de la première délibération »: the
    month from 2012-12-10 ends on 2013-01-10, and an agreement that day is still in time; a
    referral made that day is premature, one made the next day is not."""
    on_the_day = reason_edited(BUDGET, ("budget_referral 2013 on 2013-01-05", "budget_referral 2013 on 2013-01-10"))
    assert on_the_day.holds("budget_referral_invalid(2013, premature)")
    next_day = reason_edited(BUDGET, ("budget_referral 2013 on 2013-01-05", "budget_referral 2013 on 2013-01-11"))
    assert not next_day.holds("budget_referral_invalid(2013, premature)")


def test_accounts_approved_in_time_by_an_undecided_vote_are_not_late():
    """R6133-5@2017-04-28.I.3 « au plus tard le 30 juin »: a deliberation on the accounts of 2017
    on 2018-06-20 whose validity is undecided (no `vote_weight`), then one on 2018-07-20: whether
    they were approved in time is open, so accounts_approval_late is not drawn."""
    result = reason_edited("money17_public_2018.gcs", ("    vote_weight rights\n", ""),
                     ("  budget_referral 2018", "  assembly ag5 on 2018-06-20 {\n    convened_on 2018-06-01 by administrator\n"
                      "    present chu_se, ch_roanne\n    deliberation d1 on accounts year 2017 { for chu_se  against ch_roanne }\n  }\n"
                      "  assembly ag6 on 2018-07-20 {\n    convened_on 2018-07-01 by administrator\n"
                      "    present chu_se, ch_roanne\n    deliberation d1 on accounts year 2017 { for chu_se, ch_roanne }\n  }\n"
                      "  budget_referral 2018"))
    assert result.holds("deliberation_valid(ag6, d1)")
    assert not [c for c in result if str(c).startswith(("deliberation_valid(ag5,", "deliberation_invalid(ag5,"))]
    assert not result.holds("accounts_approval_late(2017)")


def test_the_fixed_percentage_concerns_only_rights_that_follow_the_participations():
    """R6133-3@2010-07-26.3 « Lorsque les droits des membres sont déterminés en fonction de leurs
    participations aux charges de fonctionnement … Ce pourcentage est fixé pour toute la durée du
    groupement »: money17_rights_2020 draws rights_change_invalid(chu_poitiers) without capital;
    with a capital (R6133-2: the rights follow the apports) the sentence does not apply."""
    assert reason_edited("money17_rights_2020.gcs").holds("rights_change_invalid(chu_poitiers)")
    with_capital = reason_edited("money17_rights_2020.gcs", ("  capital none\n",
                           "  capital 100_000\n  contribution chu_poitiers cash 70_000\n"
                           "  contribution clin_fontaine cash 30_000\n"))
    assert with_capital.holds("rights_defined_by(capital_contributions)")
    assert not with_capital.by_predicate("rights_change_invalid")


def test_a_valuation_at_net_book_value_is_not_the_real_cost_of_2006():
    """R6133-7@2006-01-01 « L'évaluation des contributions en nature est faite sur la base de leur
    coût réel »; the net book value is a basis only from R6133-3@2010-07-26.2. In
    money_participations_flat (2008) the staff of ch_chalon valued at its net book value rather than
    flat: the participation is irregular and the comparison of the rights withheld, as for flat."""
    result = reason_edited("money_participations_flat.gcs",
                     ("participation ch_chalon staff 10_000 year 2008 valued flat",
                      "participation ch_chalon staff 10_000 year 2008 valued net_book_value"),
                     ("  participation ch_autun financial 40_000\n", "  participation ch_autun financial 40_000 year 2008\n"))
    assert result.holds("participation_invalid(ch_chalon, net_book_value)")
    assert not result.by_predicate("rights_not_proportional")
    assert any(w.code == "missing_fact" and "real_cost" in w.atom for w in result.warnings)


ERECTED_2012 = """groupement hopital_commun "GCS Hôpital commun du Pays de Morlaix" {
  as of AS_OF
  approved 2010-09-01
  seat "Morlaix" region "Bretagne"
  running_costs yes
  capital none
  member ch_morlaix "CH des Pays de Morlaix" { kind health_establishment sector public region "Bretagne" rights 70 }
  member ch_landerneau "CH de Landerneau" { kind health_establishment sector public region "Bretagne" rights 30 }
  authorisation med care_activity "Médecine" held_by groupement until 2017-01-09
  ars_decision dec1 on 2012-06-01 by ars_director_general { grants med erects }
  convention {
    vote_weight rights
  }
  assembly ag1 on 2011-11-15 {
    convened_on 2011-10-30 by administrator
    present ch_morlaix, ch_landerneau
    deliberation d1 on accounts year 2010 { for ch_morlaix, ch_landerneau }
  }
}
"""


def test_the_accountant_s_attendance_is_judged_on_what_the_groupement_was_at_the_assembly():
    """R6133-4@2010-07-26.1 « Il assiste à l'assemblée générale du groupement »: the agent comptable
    of a public GCS de moyens. The assembly of 2011-11-15, held without him, was that of a GCS de
    moyens (erected only on 2012-06-01): accountant_absent on either side of the erection."""
    for day in ("2012-05-31", "2012-09-30"):
        result = gcs.reason(gcs.loads(ERECTED_2012.replace("AS_OF", day), path=f"<{day}>"))
        assert result.holds("accountant_absent(ag1)"), day


def test_accounts_late_whatever_a_later_undecided_deliberation_does():
    """R6133-5@2017-04-28.I.3 « au plus tard le 30 juin »: no deliberation on the accounts of 2017 by
    2018-06-30, one on 2018-07-20 whose validity is undecided: approved late or not at all, the
    accounts are late."""
    result = reason_edited("money17_public_2018.gcs", ("    vote_weight rights\n", ""),
                     ("  budget_referral 2018", "  assembly ag6 on 2018-07-20 {\n    convened_on 2018-07-01 by administrator\n"
                      "    present chu_se, ch_roanne\n    deliberation d1 on accounts year 2017 { for chu_se  against ch_roanne }\n  }\n"
                      "  budget_referral 2018"))
    assert not [c for c in result if str(c).startswith(("deliberation_valid(ag6,", "deliberation_invalid(ag6,"))]
    assert result.holds("accounts_approval_late(2017)")


def test_a_referral_dated_after_the_as_of_date_is_not_made_yet():
    """R6133-5@2012-11-11.III « il saisit le directeur général »: the budget of 2013 failed on
    2012-12-10, the month ended on 2013-01-10; on 2013-02-01 a referral the file dates 2013-03-01
    has not been made: missing on that date."""
    result = reason_edited(BUDGET, ("  as of 2013-06-01", "  as of 2013-02-01"),
                     ("budget_referral 2013 on 2013-01-05", "budget_referral 2013 on 2013-03-01"))
    assert result.holds("budget_referral_missing(2013)")
    later = reason_edited(BUDGET, ("budget_referral 2013 on 2013-01-05", "budget_referral 2013 on 2013-03-01"))
    assert not later.holds("budget_referral_missing(2013)")


def test_the_accountant_of_a_groupement_whose_establishment_was_suppressed_attends_again():
    """R6133-4@2010-07-26.1 « Il assiste à l'assemblée générale »: erected on 2012-06-01, the
    establishment suppressed on 2012-10-01: an assembly of 2012-11-15 is that of a public GCS de
    moyens again; one of 2012-08-01 that of an establishment."""
    text = ERECTED_2012.replace("AS_OF", "2012-12-31").replace(
        "  ars_decision dec1 on 2012-06-01 by ars_director_general { grants med erects }\n",
        "  ars_decision dec1 on 2012-06-01 by ars_director_general { grants med erects }\n"
        "  ars_decision dec2 on 2012-10-01 { suppresses }\n"
        "  assembly ag2 on 2012-08-01 {\n    convened_on 2012-07-15 by administrator\n    present ch_morlaix, ch_landerneau\n  }\n"
        "  assembly ag3 on 2012-11-15 {\n    convened_on 2012-10-30 by administrator\n    present ch_morlaix, ch_landerneau\n  }\n")
    result = gcs.reason(gcs.loads(text, path="<suppressed>"))
    assert not result.holds("accountant_absent(ag2)")
    assert result.holds("accountant_absent(ag3)")


# A groupement approved in 2015 whose assembly deliberates on the accounts of 2010 and whose file names an
# activity report of 2010 (found by review, stop 26).
BEFORE_LIFE = """groupement rhone_est "GCS Rhône Est" {
  as of 2016-06-01
  approved 2015-03-01
  seat "Lyon" region "Rhône-Alpes"
  running_costs yes
  capital none
  member ch_vienne "CH de Vienne" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_givors "CH de Givors" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  participation ch_vienne financial 60_000 year 2015
  participation ch_givors financial 40_000 year 2015
  administrator ch_vienne elected 2015-04-01 until 2018-03-31
  convention { vote_weight rights meeting_days 15 }
  assembly ag1 on 2016-05-01 {
    convened_on 2016-04-10 by administrator
    accountant_present
    present ch_vienne, ch_givors
    deliberation d1 on accounts year 2010 { for ch_vienne, ch_givors }
  }
  activity_report 2010 sent 2011-01-01
}
"""


def test_nothing_is_owed_for_a_year_that_ended_before_the_groupement_existed():
    """L6133-3 (2011) I al. 2 « Ce groupement acquiert la personnalité morale à dater de cette publication »:
    a groupement approved in 2015 has no financial year 2010 « auquel il se rapporte » (R6133-5 of 2012 I
    al. 3), and no yearly report of 2010 (R6133-9 of 2010): no due date, no lateness for that year."""
    result = gcs.reason(gcs.loads(BEFORE_LIFE, path="<before-life>"))
    assert result.holds("deliberation_valid(ag1, d1)")
    for c in result:
        assert not str(c).startswith(("accounts_approval_due(2010,", "report_due(2010,")), c
    assert not result.holds("accounts_approval_late(2010)")
    assert not result.holds("report_late(2010)")
