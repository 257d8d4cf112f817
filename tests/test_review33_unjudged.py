"""Statements the law does not reach, each warned about at its line (review 33).

F1. A budget, a result or a participation stated for a year:
- R6133-8 of 2006 al. 1 « Le budget est voté en équilibre »: the budget is judged on the day of a deliberation
  adopting it (a budget is voted before its year begins), else on the first day of its year. A budget of a year that
  begins after the as-of date, with no deliberation adopting it by then, is not voted yet: `after_as_of`. One
  adopted by a deliberation the file states before the as-of date is judged.
- « Lors de la clôture de l'exercice, le résultat de l'exercice est affecté »: the result of a year not closed on
  the as-of date does not exist yet: `after_as_of`.
- R6133-7 of 2006 « L'évaluation des contributions en nature est faite sur la base de leur coût réel »: the
  valuation of an in-kind participation of a year not begun is not judged (`after_as_of`); the participation stays
  a fact (the rights and the tariff criteria read the participations stated).
- A date before 1 January 2006 (décret 2005-1681 art. 3): no encoded text, `text_not_in_force`.
- A year that ended before the approval was published (the groupement « jouit de la personnalité morale à compter
  de la date de publication », R6133-11 of 2006): `before_legal_personality`, as an assembly held before then.
"""

import re

import gcs_reasoner as gcs


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def conclusions(result) -> dict:
    return {str(c): c.provisions for c in result.conclusions}


def warnings_at(result, line: int) -> list:
    return [w for w in result.warnings if w.line == line]


HEAD = """groupement g "GCS Test" {{
  as of {as_of}
  approved {approved}
  member a "CH A" {{ kind health_establishment sector public rights 50 }}
  member b "CH B" {{ kind health_establishment sector public rights 50 }}
"""


def scenario(*lines: str, as_of="2008-06-30", approved="2006-03-15") -> str:
    # line 1 groupement, 2 as of, 3 approved, 4-5 members: the statements start at line 6
    return HEAD.format(as_of=as_of, approved=approved) + "".join(f"  {x}\n" for x in lines) + "}\n"


YEARS = ("budget {y} revenue 5 expenses 10", "result {y} surplus 10 allocated distributed",
         "participation a staff 10 year {y} valued flat")


def test_the_control_year_inside_the_period_is_judged():
    found = conclusions(run(scenario(*(x.format(y=2007) for x in YEARS))))
    assert found["budget_not_balanced(2007)"] == ["R6133-8@2006-01-01.1"]
    assert found["result_allocation_regime(2007, public)"] == ["R6133-8@2006-01-01.2"]
    assert found["participation_invalid(a, flat_valuation)"] == ["R6133-7@2006-01-01"]


def test_a_year_after_the_as_of_date_is_warned_at_its_line():
    result = run(scenario(*(x.format(y=2030) for x in YEARS), "budget 2007 revenue 5 expenses 10"))
    found = conclusions(result)
    assert "budget_not_balanced(2030)" not in found
    assert not any(k.startswith("result_allocation_regime(2030") for k in found)
    assert not any(k.startswith("participation_invalid(a") for k in found)
    assert found["budget_not_balanced(2007)"] == ["R6133-8@2006-01-01.1"]  # the anchor: the same file judges 2007
    for line, word in ((6, "budget"), (7, "result"), (8, "participation")):
        ws = warnings_at(result, line)
        assert [w.code for w in ws] == ["after_as_of"], (line, ws)
        assert word in ws[0].message and "2030" in ws[0].message and f"line {line}" in ws[0].message
        assert "2008-06-30" in ws[0].message and "2008-06-30" in ws[0].message_fr
    assert "not closed" in warnings_at(result, 7)[0].message
    assert "valuation is not judged" in warnings_at(result, 8)[0].message


def test_the_next_years_budget_is_judged_once_adopted_before_the_as_of_date():
    # a valid deliberation adopts it (since review 36 M1 an undecided one leaves the balance open)
    vote = ("assembly ag1 on 2008-02-01 { convened_on 2008-01-10 by administrator present a, b "
            "deliberation d1 on budget year 2009 { for a, b } }")
    adopted = run(scenario(vote, "budget 2009 revenue 5 expenses 10"))
    assert "deliberation_valid(ag1, d1)" in conclusions(adopted)
    assert conclusions(adopted)["budget_not_balanced(2009)"] == ["R6133-8@2006-01-01.1"]
    assert warnings_at(adopted, 7) == []
    # with no deliberation adopting it, the budget of 2009 is not voted yet on 2008-06-30, as that of 2011 or 2030
    for year in (2009, 2010, 2011, 2030):
        result = run(scenario(f"budget {year} revenue 5 expenses 10", "budget 2008 revenue 5 expenses 10"))
        assert f"budget_not_balanced({year})" not in conclusions(result)
        assert conclusions(result)["budget_not_balanced(2008)"] == ["R6133-8@2006-01-01.1"]
        assert [w.code for w in warnings_at(result, 6)] == ["after_as_of"]
        assert warnings_at(result, 7) == []


def test_the_result_of_the_as_of_year_is_not_closed():
    result = run(scenario("result 2008 surplus 10 allocated distributed",
                          "result 2007 surplus 10 allocated distributed", as_of="2008-12-31"))
    assert [w.code for w in warnings_at(result, 6)] == ["after_as_of"]
    assert "result_allocation_regime(2008, public)" not in conclusions(result)
    assert conclusions(result)["result_allocation_regime(2007, public)"] == ["R6133-8@2006-01-01.2"]
    assert warnings_at(result, 7) == []


def test_a_year_before_2006_is_not_judged_and_says_so():
    result = run(scenario(*(x.format(y=2005) for x in YEARS), "budget 2007 revenue 5 expenses 10",
                          approved="2004-06-01"))
    found = conclusions(result)
    assert "budget_not_balanced(2005)" not in found
    assert not any(k.startswith("participation_invalid(a") for k in found)
    assert found["budget_not_balanced(2007)"] == ["R6133-8@2006-01-01.1"]
    for line in (6, 7, 8):
        ws = warnings_at(result, line)
        assert [w.code for w in ws] == ["text_not_in_force"], (line, ws)
        assert "2005" in ws[0].message and "1 January 2006" in ws[0].message


def test_a_budget_voted_before_2006_for_2006_is_not_judged():
    vote = "assembly ag1 on 2005-11-15 { present a, b deliberation d1 on budget year 2006 { for a, b } }"
    result = run(scenario(vote, "budget 2006 revenue 5 expenses 10", "budget 2007 revenue 5 expenses 10",
                          approved="2005-06-01"))
    assert "budget_not_balanced(2006)" not in conclusions(result)
    assert conclusions(result)["budget_not_balanced(2007)"] == ["R6133-8@2006-01-01.1"]
    assert [w.code for w in warnings_at(result, 7)] == ["text_not_in_force"]


def test_a_year_before_legal_personality_follows_the_assemblies_convention():
    result = run(scenario(*(x.format(y=2005) for x in YEARS), "budget 2007 revenue 5 expenses 10"))
    for line in (6, 7, 8):
        ws = warnings_at(result, line)
        assert [w.code for w in ws] == ["before_legal_personality"], (line, ws)
        assert "2006-03-15" in ws[0].message and "R6133-11" in ws[0].message
    assert conclusions(result)["budget_not_balanced(2007)"] == ["R6133-8@2006-01-01.1"]


def test_a_financial_participation_of_a_later_year_stays_a_fact_without_warning():
    text = scenario("rights_basis participations", "participation a financial 50 year 2030",
                    "participation b financial 50 year 2030", "budget 2007 revenue 5 expenses 10")
    result = run(text)
    assert warnings_at(result, 7) == [] and warnings_at(result, 8) == []
    assert conclusions(result)["budget_not_balanced(2007)"] == ["R6133-8@2006-01-01.1"]


def test_the_warnings_name_no_raw_provision_id():
    result = run(scenario(*(x.format(y=2030) for x in YEARS), *(x.format(y=2005) for x in YEARS)))
    for w in result.warnings:
        if w.line and w.line >= 6:
            assert not re.search(r"@\d{4}-\d{2}-\d{2}", w.message + w.message_fr), w


# F2. R6133-5 of 2006 al. 2 (R6133-7 of 2010 II) « tout membre peut se retirer du groupement »: a notice given by one
# no longer a member (absorbed by a merger, or gone by a first withdrawal that took effect) has no effect, and a
# warning at the notice's line says so, as a vote of one not a member that day is not counted.

MERGE = """groupement g "GCS Test" {{
  as of 2009-06-30
  approved 2006-03-15
  member a "CH A" {{ kind health_establishment sector public rights 40 }}
  member b "CH B" {{ kind health_establishment sector public rights 30 }}
  member c "CH C" {{ kind health_establishment sector public rights 30 }}
  {event}
  withdrawal b notified {notice}
}}
"""


def no_effect(result) -> list:
    return [w for w in result.warnings if w.code == "no_effect"]


def test_a_notice_by_a_member_absorbed_by_a_merger_has_no_effect():
    result = run(MERGE.format(event="merger a of b on 2007-01-01", notice="2008-05-15"))
    ws = no_effect(result)
    assert [w.line for w in ws] == [8]
    assert "CH B" in ws[0].message and "15 May 2008" in ws[0].message and "no effect" in ws[0].message
    assert "sans effet" in ws[0].message_fr and "15 mai 2008" in ws[0].message_fr
    assert not re.search(r"@\d{4}-\d{2}-\d{2}", ws[0].message + ws[0].message_fr)
    found = conclusions(result)
    assert not any(k.startswith("withdrawal_effective(b") for k in found)
    assert "member(b)" not in found and "member(a)" in found  # the anchor: the merger's effect is drawn


def test_a_notice_before_the_merger_keeps_its_effect_and_no_warning():
    result = run(MERGE.format(event="merger a of b on 2008-06-01", notice="2007-05-15"))
    assert no_effect(result) == []
    assert conclusions(result)["withdrawal_effective(b, 2007-12-31)"] == ["R6133-5@2006-01-01.2"]


def test_a_second_notice_after_the_first_took_effect_has_no_effect():
    result = run(MERGE.format(event="withdrawal b notified 2007-05-15", notice="2008-05-15"))
    assert [w.line for w in no_effect(result)] == [8]
    assert conclusions(result)["withdrawal_effective(b, 2007-12-31)"] == ["R6133-5@2006-01-01.2"]


def test_a_second_notice_before_the_first_took_effect_is_a_repeat_not_warned():
    result = run(MERGE.format(event="withdrawal b notified 2007-05-15", notice="2007-06-15"))
    assert no_effect(result) == []
    assert conclusions(result)["withdrawal_effective(b, 2007-12-31)"] == ["R6133-5@2006-01-01.2"]


def test_a_notice_under_the_2010_text_after_a_merger_has_no_effect():
    text = MERGE.format(event="merger a of b on 2011-01-01", notice="2012-03-01").replace("2009-06-30", "2013-06-30")
    result = run(text)
    assert [w.line for w in no_effect(result)] == [8]
    assert "member(a)" in conclusions(result)
