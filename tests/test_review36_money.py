"""Money rules the review of stop 36 (reviewer 4) found wanting (rules/money/); each test failed before its change.

M1. R6133-8 of 2006 al. 1: « Le budget est voté en équilibre. » The balance is judged on the vote: on the day of
each valid deliberation adopting the budget of the year. A deliberation on that budget that is not valid (here not
adopted, R6133-14 of 2006 al. 2) did not vote it: no budget_not_balanced is drawn from it. One whose validity is
undecided leaves the question open: a missing_fact warning says so. A budget with no deliberation stated is judged
on 1 January of its year (the README's reading, kept).

M2. R6133-9: the report on year N is judged under the text in force on 1 January N + 1 (reading kept): the report on
2016 under the 2010 text, « transmet chaque année » (no day; reading: by 31 December 2017). The 2017 text, in force from
2017-04-28, before that deadline: « au plus tard au 30 juin de l'année suivant l'exercice auquel ils se rapportent ».
A reading-question warning (doubtful_text report_deadline_2017) says a lawyer may take the report on 2016 as due on
30 June 2017; only for that straddling year, once the as-of date has reached the 2017 text, and where the two readings
part (sent after 30 June and by 31 December 2017, or not sent on an as-of date up to 31 December 2017).
"""

import gcs_reasoner as gcs


def result(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def conclusions(res) -> set[str]:
    return {str(c) for c in res.conclusions}


def warnings(res) -> set[str]:
    return {w.atom.replace(", ", ",") for w in res.warnings}


# /tmp/rv4/p2.gcs: the only deliberation on the budget of 2008 is not adopted (ch_b, 40 rights, for; ch_a, 60,
# against: no majority of the rights, R6133-14 of 2006 al. 2)
P2 = """groupement bio_artois "GCS Biologie de l'Artois" {
  as of 2008-06-30
  approved 2006-06-01
  seat "Lille" region "Nord-Pas-de-Calais"
  member ch_a "CH d'Arras" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 60 }
  member ch_b "CH de Lens" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 40 }
  assembly ag2007 on 2007-11-15 {
    convened_on 2007-10-28 by administrator
    accountant_present
    present ch_a, ch_b
    deliberation d1 on budget year 2008 { for ch_b against ch_a }
  }
  budget 2008 revenue 100_000 expenses 120_000
}
"""

# /tmp/rv4/p4.gcs: the same budget, no deliberation stated
P4 = """groupement bio_artois "GCS Biologie de l'Artois" {
  as of 2008-06-30
  approved 2006-06-01
  seat "Lille" region "Nord-Pas-de-Calais"
  member ch_a "CH d'Arras" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 60 }
  member ch_b "CH de Lens" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 40 }
  budget 2008 revenue 100_000 expenses 120_000
}
"""

UNDECIDED = "missing_fact(budget_balance,ag2007,budget_vote_validity)"


def test_m1_a_budget_whose_only_deliberation_failed_is_not_voted_out_of_balance():
    res = result(P2)
    assert "deliberation_invalid(ag2007, d1, not_adopted)" in conclusions(res)  # the positive anchor
    assert "budget_not_balanced(2008)" not in conclusions(res)
    assert UNDECIDED not in warnings(res)  # the deliberation is found invalid: nothing is open


def test_m1_the_same_budget_adopted_is_voted_out_of_balance():
    # both members for: adopted, with quorum, convened by the administrator: valid; revenue 100 000, expenses
    # 120 000, « voté en équilibre » not met
    res = result(P2.replace("for ch_b against ch_a", "for ch_a, ch_b"))
    assert "deliberation_valid(ag2007, d1)" in conclusions(res)
    assert "budget_not_balanced(2008)" in conclusions(res)
    assert UNDECIDED not in warnings(res)


def test_m1_the_same_budget_adopted_in_balance_is_not_out_of_balance():
    res = result(P2.replace("for ch_b against ch_a", "for ch_a, ch_b").replace("expenses 120_000", "expenses 100_000"))
    assert "deliberation_valid(ag2007, d1)" in conclusions(res)
    assert "budget_not_balanced(2008)" not in conclusions(res)


def test_m1_a_budget_with_no_deliberation_is_judged_on_1_january():
    # the README's reading, kept: /tmp/rv4/p4.gcs
    res = result(P4)
    assert "budget_not_balanced(2008)" in conclusions(res)


def test_m1_a_deliberation_whose_validity_is_undecided_leaves_the_balance_open():
    # the convocation (who, when) not stated: the deliberation is found neither valid nor invalid
    text = P2.replace("for ch_b against ch_a", "for ch_a, ch_b").replace("    convened_on 2007-10-28 by administrator\n",
                                                                         "")
    res = result(text)
    assert not [c for c in conclusions(res) if c.startswith(("deliberation_valid(ag2007,",
                                                             "deliberation_invalid(ag2007,"))]
    assert "quorum_met(ag2007)" in conclusions(res)  # the positive anchor: the assembly is judged
    assert "budget_not_balanced(2008)" not in conclusions(res)
    assert UNDECIDED in warnings(res)
    fr = [w.message_fr for w in res.warnings if w.atom.replace(", ", ",") == UNDECIDED]
    assert fr == ["la validité de la délibération sur le budget prise par l'assemblée générale ag2007 n'est pas "
                  "établie, et aucune autre délibération sur ce budget n'est valable (on ne peut dire si le budget, "
                  "dont le fichier indique des prévisions en déséquilibre, a été voté) : aucune conclusion sur "
                  "l'équilibre du budget"]


def test_m1_an_undecided_deliberation_on_a_balanced_budget_raises_no_warning():
    text = (P2.replace("for ch_b against ch_a", "for ch_a, ch_b").replace("expenses 120_000", "expenses 100_000")
            .replace("    convened_on 2007-10-28 by administrator\n", ""))
    res = result(text)
    assert "quorum_met(ag2007)" in conclusions(res)
    assert UNDECIDED not in warnings(res)
    assert "budget_not_balanced(2008)" not in conclusions(res)


def test_m1_a_failed_deliberation_then_a_valid_one_is_judged_on_the_valid_one():
    # d1 fails on 2007-11-15, d1 of ag2007b adopts the budget on 2007-12-10: judged that day, out of balance
    text = P2.replace("  budget 2008", """  assembly ag2007b on 2007-12-10 {
    convened_on 2007-11-25 by administrator
    accountant_present
    present ch_a, ch_b
    deliberation d1 on budget year 2008 { for ch_a, ch_b }
  }
  budget 2008""")
    res = result(text)
    assert "deliberation_invalid(ag2007, d1, not_adopted)" in conclusions(res)
    assert "deliberation_valid(ag2007b, d1)" in conclusions(res)
    assert "budget_not_balanced(2008)" in conclusions(res)
    assert UNDECIDED not in warnings(res)


def test_m1_a_failed_deliberation_under_the_2006_text_then_a_valid_one_after_it_draws_nothing():
    # the budget of 2011 fails on 2010-06-15 (R6133-8 of 2006 in force) and is adopted on 2010-11-15, when al. 1
    # (« Le budget est voté en équilibre ») is no longer in force (décret n° 2010-862, 26 July 2010): the vote is
    # judged on its own day, and no text then asks for a balance
    text = (P2.replace("as of 2008-06-30", "as of 2011-06-30")
            .replace("assembly ag2007 on 2007-11-15", "assembly ag2010 on 2010-06-15")
            .replace("convened_on 2007-10-28", "convened_on 2010-05-28")
            .replace("budget year 2008", "budget year 2011")
            .replace("  budget 2008 revenue", """  assembly ag2010b on 2010-11-15 {
    convened_on 2010-10-28 by administrator
    accountant_present
    present ch_a, ch_b
    deliberation d1 on budget year 2011 { for ch_a, ch_b }
  }
  budget 2011 revenue"""))
    res = result(text)
    assert "deliberation_invalid(ag2010, d1, not_adopted)" in conclusions(res)
    assert "deliberation_valid(ag2010b, d1)" in conclusions(res)
    assert "budget_not_balanced(2011)" not in conclusions(res)


# --- M2: the report on 2016, straddling R6133-9 of 2017 --------------------------------------------------------------

# /tmp/rv4/p3.gcs: as of 2017-10-01, the report on 2016 sent on 2017-09-01
P3 = """groupement imagerie_loire "GCS Imagerie de la Loire" {
  as of 2017-10-01
  approved 2014-09-15
  seat "Saint-Étienne" region "Rhône-Alpes"
  running_costs yes
  capital none
  member chu_se "CHU de Saint-Étienne" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_roanne "CH de Roanne" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  activity_report 2015 sent 2016-05-01
  activity_report 2016 sent 2017-09-01
}
"""

STRADDLE_2016 = "doubtful_text(report_deadline_2017,report(2016,2017-06-30))"


def report_doubts(res) -> set[str]:
    return {w for w in warnings(res) if w.startswith("doubtful_text(report_deadline_2017,")}


def test_m2_the_report_on_2016_gets_a_reading_question():
    res = result(P3)
    # reading (a) kept: the 2010 text of 1 January 2017, due 31 December 2017, sent 2017-09-01: not late
    assert "report_due(2016, 2017-12-31)" in conclusions(res)
    assert "report_late(2016)" not in conclusions(res)
    assert report_doubts(res) == {STRADDLE_2016}  # the report on 2015 (due 31 December 2016) gets none
    fr = [w.message_fr for w in res.warnings if w.atom.replace(", ", ",") == STRADDLE_2016]
    assert len(fr) == 1
    assert "versions du 26 juillet 2010 et du 28 avril 2017" in fr[0]
    assert "un juriste peut tenir ce rapport pour dû le 30 juin 2017" in fr[0]
    assert "@" not in fr[0]  # no raw provision id
    en = [w.message for w in res.warnings if w.atom.replace(", ", ",") == STRADDLE_2016]
    assert "a lawyer may take this report as due on 30 June 2017" in en[0]


def test_m2_the_report_on_2016_not_sent_gets_it_too():
    # a year of the groupement's life the file does not name: owed all the same (report_year)
    res = result(P3.replace("  activity_report 2016 sent 2017-09-01\n", ""))
    assert "report_due(2016, 2017-12-31)" in conclusions(res)
    assert report_doubts(res) == {STRADDLE_2016}


def test_m2_no_reading_question_before_the_2017_text():
    # as of 2017-03-01 the 2017 text is not in force (décret n° 2017-631 of 25 April 2017): only the 2010 text
    res = result(P3.replace("as of 2017-10-01", "as of 2017-03-01").replace(" sent 2017-09-01", ""))
    assert "report_due(2016, 2017-12-31)" in conclusions(res)
    assert report_doubts(res) == set()


def test_m2_no_reading_question_for_the_report_on_2017():
    # the report on 2017 is judged under the 2017 text (in force on 1 January 2018): due 30 June 2018, no question
    text = P3.replace("as of 2017-10-01", "as of 2018-10-01").replace(
        "  activity_report 2016 sent 2017-09-01\n",
        "  activity_report 2016 sent 2017-09-01\n  activity_report 2017 sent 2018-05-01 with_accounts\n")
    res = result(text)
    assert "report_due(2017, 2018-06-30)" in conclusions(res)
    assert "report_due(2016, 2017-12-31)" in conclusions(res)
    assert report_doubts(res) == {STRADDLE_2016}  # the 2016 report still has its question; 2017 none


def test_m2_no_reading_question_where_both_readings_agree():
    # sent on 2017-05-15: by 30 June 2017 and by 31 December 2017, on time under both
    res = result(P3.replace("sent 2017-09-01", "sent 2017-05-15"))
    assert "report_due(2016, 2017-12-31)" in conclusions(res)
    assert "report_late(2016)" not in conclusions(res)
    assert report_doubts(res) == set()
    # sent on 2018-02-01: after both days, late under both
    res = result(P3.replace("as of 2017-10-01", "as of 2018-03-01").replace("sent 2017-09-01", "sent 2018-02-01"))
    assert "report_late(2016)" in conclusions(res)
    assert report_doubts(res) == set()
    # not sent on 2018-03-01: late under both
    res = result(P3.replace("as of 2017-10-01", "as of 2018-03-01").replace(" sent 2017-09-01", ""))
    assert "report_late(2016)" in conclusions(res)
    assert report_doubts(res) == set()


def test_m2_a_report_sent_on_31_december_2017_still_has_the_question():
    # on time by the reading kept (« chaque année »: by 31 December 2017), late by the 2017 text (30 June 2017)
    res = result(P3.replace("as of 2017-10-01", "as of 2018-03-01").replace("sent 2017-09-01", "sent 2017-12-31"))
    assert "report_due(2016, 2017-12-31)" in conclusions(res)
    assert "report_late(2016)" not in conclusions(res)
    assert report_doubts(res) == {STRADDLE_2016}
