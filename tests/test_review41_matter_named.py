"""Review 41, fixer M: a statement that names (`by A.D`) a deliberation of another matter.

Finding (reviewer 3): `seat_transfer to "Douai" region "Nord" by ag.d` with `deliberation d on budget` was judged
under the majority of the named deliberation's matter word. The transfer's own majority:
- 2006 (to 2010-07-25): a change of the convention, R6133-14@2006-01-01.2 « Dans les matières définies aux 5° et 6°
  de l'article R. 6133-13, les délibérations doivent être adoptées à l'unanimité des membres présents ou
  représentés. » (already applied whatever the matter word: transfer_unanimous needs every member for);
- 2010 and 2017: an item of its own, R6133-21@2010-07-26.I.2.2 / R6133-26@2017-04-28.I.2.2 « Le transfert du siège
  du groupement en tout autre lieu de la même région ... », decided under II.1 « Dans les autres matières, sauf
  mention contraire de la convention constitutive, les délibérations sont adoptées si elles recueillent la majorité
  des voix des membres présents ou représentés. » A convention setting two thirds for `seat_transfer` made a
  `budget` deliberation adopted by 60 % decide the transfer: fixed (transfer_majority_met).
Reading: the matter words `seat_transfer` and `convention_change` carry a transfer (the seat is a mention of the
convention, R6133-1 1°); a deliberation on another word decides it only if valid AND its votes reach the transfer's
own majority. The contract lets any deliberation be named: a warning `deliberation_of_another_matter` at the
statement's line names the deliberation's line and its matter.
"""

import gcs_reasoner as gcs

T = '''groupement g "G" {
 as of %(y)s-06-30
 approved 2006-03-15
 seat "Lille" region "Nord"
 capital none
 member a "A" { kind health_establishment sector public region "Nord" rights 60 }
 member b "B" { kind health_establishment sector private region "Nord" rights 10 }
 member c "C" { kind health_establishment sector private region "Nord" rights 30 }
 convention { object "X" task_split vote_weight rights %(conv)s }
 administrator a elected %(y)s-01-10 by ag0.d0 until 2030-01-01
 assembly ag0 on %(y)s-01-10 { convened_on %(y)s-01-01 by a present a, b, c deliberation d0 on administrator { for a, b, c } }
 assembly ag on %(y)s-03-01 { convened_on %(y)s-02-01 by administrator present a, b, c deliberation d on %(m)s { %(v)s } }
 seat_transfer to "Douai" region "Nord" by ag.d
}'''

SIXTY = "for a against b, c"
SEVENTY = "for a, b against c"
ALL = "for a, b, c"


def run(y, m, v, conv=""):
    return gcs.reason(gcs.loads(T % dict(y=y, m=m, v=v, conv=conv), path="<test>"), explain=True)


def conclusions(res) -> set:
    return {str(c).replace(", ", ",") for c in res.conclusions}


def other_matter(res) -> list:
    return [w for w in res.warnings if w.code == "deliberation_of_another_matter"]


def test_2006_budget_majority_does_not_decide_a_transfer():
    r = run("2008", "budget year 2008", SEVENTY)
    c = conclusions(r)
    assert "deliberation_valid(ag,d)" in c  # anchor: valid as a budget deliberation
    assert "seat_transfer_invalid(not_unanimous)" in c
    assert 'seat_transfer_allowed("Douai")' not in c


def test_2006_budget_unanimous_decides_the_transfer():
    c = conclusions(run("2008", "budget year 2008", ALL))
    assert 'seat_transfer_allowed("Douai")' in c
    assert "seat_transfer_invalid(not_unanimous)" not in c


def test_2010_budget_below_the_conventions_two_thirds_does_not_decide():
    for y in ("2012", "2019"):
        c = conclusions(run(y, f"budget year {y}", SIXTY, "majority seat_transfer two_thirds"))
        assert "deliberation_valid(ag,d)" in c, y  # anchor: the budget deliberation is valid by its own majority
        assert 'seat_transfer_allowed("Douai")' not in c, y
        assert "avenant_required(seat_transfer)" not in c, y


def test_2010_budget_reaching_two_thirds_decides():
    for y in ("2012", "2019"):
        c = conclusions(run(y, f"budget year {y}", SEVENTY, "majority seat_transfer two_thirds"))
        assert 'seat_transfer_allowed("Douai")' in c, y


def test_2010_budget_simple_majority_when_the_convention_says_nothing():
    for y in ("2012", "2019"):
        c = conclusions(run(y, f"budget year {y}", SIXTY))
        assert 'seat_transfer_allowed("Douai")' in c, y


def test_2010_seat_transfer_deliberation_unchanged():
    for y in ("2012", "2019"):
        c = conclusions(run(y, "seat_transfer", SIXTY, "majority seat_transfer two_thirds"))
        assert "deliberation_invalid(ag,d,not_adopted)" in c, y
        assert "seat_transfer_invalid(deliberation_invalid)" in c, y
        c = conclusions(run(y, "seat_transfer", SEVENTY, "majority seat_transfer two_thirds"))
        assert 'seat_transfer_allowed("Douai")' in c, y


def test_warning_at_the_statement_line():
    r = run("2012", "budget year 2012", SEVENTY)
    w = other_matter(r)
    assert len(w) == 1
    assert w[0].line == 13
    assert "line 12" in w[0].message and "'budget'" in w[0].message
    assert "ligne 12" in w[0].message_fr


def test_no_warning_for_carrying_matters():
    for m in ("seat_transfer", "convention_change"):
        r = run("2012", m, ALL)
        assert 'seat_transfer_allowed("Douai")' in conclusions(r), m  # anchor
        assert other_matter(r) == [], m


def test_warning_for_a_dissolution_by_accounts():
    text = (T % dict(y="2012", m="accounts year 2011", v=ALL, conv="")).replace(
        ' seat_transfer to "Douai" region "Nord" by ag.d', " dissolution by ag.d")
    r = gcs.reason(gcs.loads(text, path="<test>"), explain=True)
    w = other_matter(r)
    assert len(w) == 1 and "dissolution" in w[0].message and "'accounts'" in w[0].message
    r2 = gcs.reason(gcs.loads(text.replace("accounts year 2011", "dissolution"), path="<test>"), explain=True)
    assert other_matter(r2) == []
    assert any("dissol" in str(c) for c in r2.conclusions)  # anchor
