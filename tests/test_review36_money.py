"""Money rules the review of stop 36 (reviewer 4) found wanting (rules/money/); each test failed before its change.

M1. R6133-8 of 2006 al. 1: « Le budget est voté en équilibre. » The balance is judged on the vote: on the day of
each valid deliberation adopting the budget of the year. A deliberation on that budget that is not valid (here not
adopted, R6133-14 of 2006 al. 2) did not vote it: no budget_not_balanced is drawn from it. One whose validity is
undecided leaves the question open: a missing_fact warning says so. A budget with no deliberation stated is judged
on 1 January of its year (the README's reading, kept).
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
