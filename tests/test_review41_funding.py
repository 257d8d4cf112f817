"""Review 41 (round 17), fixer B: R6133-6 of 2006 and the money facts the file does not state.

The texts. R6133-6@2006-01-01 al. 1 (.1) « Si le groupement de coopération sanitaire n'engendre pas de coût de
fonctionnement, il peut être créé sans apport ni participation. »; al. 3 (.3) « Les droits des membres sont fixés soit
à proportion de leurs apports, soit à proportion de leurs participations aux charges de fonctionnement. »; al. 4 (.4)
« A défaut d'apports ou de participations, la convention constitutive définit les règles selon lesquelles les droits
des membres sont déterminés. » R6133-1@2006-01-01 5° « Les règles selon lesquelles sont déterminés les droits des
membres du groupement ». R6133-11@2006-01-01.2 « Doivent être joints à la convention constitutive le budget
prévisionnel du groupement ainsi que, le cas échéant, la répartition entre les membres du groupement des charges de
fonctionnement. » L6133-3@2009-07-23.I.3 « soit si la majorité des apports au groupement ou, s'il est constitué sans
capital, des participations à ses charges de fonctionnement proviennent de personnes de droit public ».

The contract (scenario-language, « Meaning that is easy to get wrong ») makes events and lists complete, not the
funding (review 40): a missing `contribution` or `participation` line is not a fact; a stated `running_costs no` is.

1. rights_follow with no `rights_basis` line was drawn from which funding lines were present (apports only: the
   apports; participations only: the participations). Al. 3 leaves the choice to the convention (R6133-1 5°); only a
   stated fact that excludes one measure leaves the other. The reading: the apports are the measure when the file
   states apports and `running_costs no` (no participation in running costs can exist) and no participation; no
   stated fact excludes apports (al. 2 limits their forms only with a capital, al. 1 allows, not requires, doing
   without), so the participations are never the measure by default. Otherwise, funding lines stated and no basis:
   missing_fact(rights_proportionality, groupement, rights_basis).
2. no_amounts_2009 (`running_costs no` + `capital none`): with no capital the text compares the participations in the
   running costs, not the apports, and the file states there are no running costs: no majority of participations
   exists, the composition decides. The output was right; pinned here, apports stated or not.
3. cost_split_required (R6133-11 al. 2, « le cas échéant »): owed when there are running costs to split. With
   `running_costs no` it is no longer drawn from `rights_basis participations` (nothing to split; R6133-6 judges that
   basis: rights_basis_invalid(no_participations)). With `running_costs no` and participation lines the file
   contradicts itself: nothing resting on either is drawn (the cost split, funding_optional, the rights by the
   participations, rights_basis_invalid(participations_exist), the majority of participations of 2009), and a
   missing_fact(TOPIC, running_costs(no), running_costs_contradicted) warning at the running_costs line says so.
"""

import gcs_reasoner as gcs


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"), explain=True)


def conclusions(res) -> set[str]:
    return {str(c) for c in res.conclusions}


def warnings(res) -> set[str]:
    return {w.atom.replace(", ", ",") for w in res.warnings}


def names(res) -> set[str]:
    return {str(c).split("(")[0] for c in res.conclusions}


MONEY06 = """groupement g "GCS test" {
  as of AS_OF
  approved APPROVED
  seat "Auch" region "Midi-Pyrénées"
  capital none
LINES
  member a "CH A" { kind health_establishment sector public region "Midi-Pyrénées" RA }
  member b "CH B" { kind health_establishment sector public region "Midi-Pyrénées" RB }
CONVENTION}
"""

FULL_CONVENTION = """  convention {
    object "Imagerie"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast
  }
"""


def money06(lines: str, rights=("rights 60", "rights 40"), convention: str = "", as_of: str = "2008-12-31",
            approved: str = "2007-01-15") -> str:
    return (MONEY06.replace("AS_OF", as_of).replace("APPROVED", approved).replace("LINES\n", lines)
            .replace("RA", rights[0]).replace("RB", rights[1]).replace("CONVENTION", convention))


NO_RIGHTS = ("", "")
APPORTS = "  contribution a cash 600\n  contribution b cash 400\n"
PARTICIPATIONS = "  participation a financial 600 year 2008\n  participation b financial 400 year 2008\n"
BASIS = "missing_fact(rights_proportionality,groupement,rights_basis)"
CONTRA_LINE = 6  # `running_costs no` is the first of LINES (line 6 of MONEY06)


def fr(res, atom: str) -> list[str]:
    return [w.message_fr for w in res.warnings if w.atom.replace(", ", ",") == atom]


def contra(topic: str) -> str:
    return f"missing_fact({topic},running_costs:no,running_costs_contradicted)"


# --- 1. the basis of the rights when the file states none ---------------------------------------------------------


def test_1_apports_and_no_running_costs_the_rights_follow_the_apports():
    # al. 1: no running costs, so no participation in them; al. 3 leaves the apports
    res = run(money06("  running_costs no\n" + APPORTS, rights=NO_RIGHTS))
    assert {"vote_share(a, 600, 1000)", "debt_share(b, 400, 1000)"} <= conclusions(res)
    assert BASIS not in warnings(res)
    assert "funding_optional" in conclusions(res)  # anchor


def test_1_apports_and_no_running_costs_stated_rights_are_compared_with_them():
    res = run(money06("  running_costs no\n" + APPORTS, rights=("rights 50", "rights 50")))
    assert {"rights_not_proportional(a)", "rights_not_proportional(b)"} <= conclusions(res)
    assert BASIS not in warnings(res)


def test_1_apports_only_running_costs_not_stated_the_basis_is_unknown():
    # before review 41: rights_follow(contributions) from the mere absence of participation lines, shares 600/1000
    res = run(money06(APPORTS, rights=NO_RIGHTS))
    assert BASIS in warnings(res)
    assert fr(res, BASIS) == ["le fichier n'indique pas la base des droits (apports ou participations) du groupement "
                              ": aucune conclusion sur la proportionnalité des droits"]
    assert not {"vote_share", "debt_share"} & names(res)
    assert "missing_fact(vote_and_debt_shares,a,rights)" in warnings(res)  # anchor: the shares are left open
    assert "member(a)" in conclusions(res)  # anchor


def test_1_apports_only_with_running_costs_the_basis_is_unknown():
    res = run(money06("  running_costs yes\n" + APPORTS, rights=("rights 50", "rights 50")))
    assert BASIS in warnings(res)
    assert not any(c.startswith("rights_not_proportional(") for c in conclusions(res))
    assert "vote_share(a, 50, 100)" in conclusions(res)  # anchor: stated rights still give the shares


def test_1_participations_only_the_basis_is_unknown():
    # before review 41: rights_follow(participations) from the mere absence of apport lines
    res = run(money06("  running_costs yes\n" + PARTICIPATIONS, rights=NO_RIGHTS,
                      convention="  convention { rights_adaptation }\n"))
    assert BASIS in warnings(res)
    assert not {"vote_share", "debt_share"} & names(res)
    assert "missing_fact(vote_and_debt_shares,b,rights)" in warnings(res)  # anchor


def test_1_participations_only_no_adaptation_clause_not_said_missing():
    # al. 3 « Dans ce dernier cas, la convention constitutive précise les modalités … »: only where the rights are
    # known to follow the participations
    res = run(money06("  running_costs yes\n" + PARTICIPATIONS, convention="  convention { task_split }\n"))
    assert "rights_adaptation_missing" not in conclusions(res)
    assert not any(c.startswith("rights_not_proportional(") for c in conclusions(res))
    assert BASIS in warnings(res)
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor
    # the same with the basis stated: the clause is missing
    res = run(money06("  running_costs yes\n  rights_basis participations\n" + PARTICIPATIONS,
                      convention="  convention { task_split }\n"))
    assert "rights_adaptation_missing" in conclusions(res)
    assert BASIS not in warnings(res)


def test_1_a_stated_basis_is_followed_whatever_lines_are_present():
    res = run(money06("  rights_basis contributions\n" + APPORTS, rights=NO_RIGHTS))
    assert "vote_share(a, 600, 1000)" in conclusions(res)
    assert BASIS not in warnings(res)


def test_1_both_stated_still_unknown():
    res = run(money06("  running_costs yes\n" + APPORTS + PARTICIPATIONS))
    assert BASIS in warnings(res)
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor


def test_1_not_under_the_2010_text():
    # R6133-2 of 2010: the decree names the measure (capital or participations); no rights_basis needed
    res = run(money06(APPORTS, as_of="2012-12-31", approved="2011-01-15"))
    assert BASIS not in warnings(res)
    assert "member(a)" in conclusions(res)  # anchor


# --- 2. the nature of 2009 with no capital and no running costs ----------------------------------------------------

NATURE09 = """groupement g "GCS Téléconsultation" {{
  as of 2010-01-04
  approved 2009-10-01
  seat "Lille" region "Nord-Pas-de-Calais"
{money}
  member a "CH A" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 50 }}
  member {second}
}}
"""
DOCTOR = 'dr "Dr Martin" { kind liberal_medical_professional individual rights 50 }'
CLINIC = 'c "Clinique C" { kind health_establishment sector private region "Nord-Pas-de-Calais" rights 50 }'


def nature09(money: str, second: str = DOCTOR):
    return run(NATURE09.format(money=money, second=second))


def test_2_no_capital_no_running_costs_apports_stated_the_composition_decides():
    # « ou, s'il est constitué sans capital, des participations à ses charges de fonctionnement »: without capital
    # the apports are not compared, and there are no running costs: a public person and a liberal medical
    # professional, public (I.3, first test), whatever the apports (the doctor's are the larger)
    res = nature09("  running_costs no\n  capital none\n  contribution a cash 100\n  contribution dr cash 900")
    assert "nature(public)" in conclusions(res)
    assert not any(w.startswith("missing_fact(nature,") for w in warnings(res))
    assert "member(dr)" in conclusions(res)  # anchor


def test_2_mixed_composition_no_running_costs_neither_test():
    res = nature09("  running_costs no\n  capital none", second=CLINIC)
    assert "nature(undetermined)" in conclusions(res)
    assert not any(w.startswith("missing_fact(nature,") for w in warnings(res))


def test_2_no_capital_running_costs_not_stated_still_open():
    res = nature09("  capital none\n  contribution a cash 100\n  contribution dr cash 900")
    assert not any(c.startswith("nature(") for c in conclusions(res))
    assert "missing_fact(nature,groupement,participation)" in warnings(res)
    assert "member(dr)" in conclusions(res)  # anchor


def test_2_participations_and_no_running_costs_nothing_drawn_on_the_majority():
    # the doctor's participation is the larger: taken, the participations would give a private majority and a
    # conflict; not taken, the composition would give public. Neither is taken.
    res = nature09("  running_costs no\n  capital none\n  participation a financial 100 year 2009\n"
                   "  participation dr financial 900 year 2009")
    assert not any(c.startswith("nature(") for c in conclusions(res))
    assert not any(c.startswith("conflict(") and "nature" in c for c in conclusions(res))
    assert contra("nature") in warnings(res)
    assert "missing_fact(nature,groupement,participation)" not in warnings(res)
    assert fr(res, contra("nature")) == [
        "le fichier indique que le groupement n'engendre pas de coût de fonctionnement, et il indique des "
        "participations de membres à ses charges de fonctionnement : les deux ne peuvent être vrais ensemble, et "
        "aucun n'est retenu : aucune conclusion sur la nature juridique"]
    assert "member(dr)" in conclusions(res)  # anchor


def test_2_participations_with_running_costs_are_compared():
    res = nature09("  running_costs yes\n  capital none\n  participation a financial 900 year 2009\n"
                   "  participation dr financial 100 year 2009")
    assert "nature(public)" in conclusions(res)
    assert contra("nature") not in warnings(res)


# --- 3. the split of the running costs (R6133-11 of 2006 al. 2) -----------------------------------------------------


def test_3_participations_basis_and_no_running_costs_no_split_owed():
    # no running costs to split; the basis is judged by R6133-6 (no_participations)
    res = run(money06("  running_costs no\n  rights_basis participations\n", convention=FULL_CONVENTION))
    assert "missing_attachment(cost_split)" not in conclusions(res)
    assert not any("cost_split_attachment" in w for w in warnings(res))
    assert "rights_basis_invalid(no_participations)" in conclusions(res)  # anchor
    assert "missing_attachment(budget_forecast)" not in conclusions(res)


def test_3_running_costs_split_owed():
    for lines in ("  running_costs yes\n", "  running_costs yes\n  rights_basis participations\n" + PARTICIPATIONS,
                  "  rights_basis participations\n", PARTICIPATIONS):
        res = run(money06(lines, convention=FULL_CONVENTION))
        assert "missing_attachment(cost_split)" in conclusions(res), lines
        assert not any("running_costs_contradicted" in w for w in warnings(res)), lines


def test_3_no_running_costs_no_split_owed_no_warning():
    res = run(money06("  running_costs no\n", convention=FULL_CONVENTION))
    assert "missing_attachment(cost_split)" not in conclusions(res)
    assert not any("cost_split_attachment" in w for w in warnings(res))
    assert "funding_optional" in conclusions(res)  # anchor


def test_3_participations_and_no_running_costs_contradiction_said_at_the_line():
    res = run(money06("  running_costs no\n  rights_basis participations\n" + PARTICIPATIONS,
                      convention=FULL_CONVENTION))
    assert "missing_attachment(cost_split)" not in conclusions(res)
    assert "funding_optional" not in conclusions(res)
    assert "rights_basis_invalid(no_participations)" not in conclusions(res)
    assert "rights_adaptation_missing" not in conclusions(res)
    found = {w.atom.replace(", ", ","): w for w in res.warnings}
    for topic in ("cost_split_attachment", "funding_optional", "rights_proportionality"):
        assert found[contra(topic)].line == CONTRA_LINE, topic
    assert fr(res, contra("cost_split_attachment")) == [
        "le fichier indique que le groupement n'engendre pas de coût de fonctionnement, et il indique des "
        "participations de membres à ses charges de fonctionnement : les deux ne peuvent être vrais ensemble, et "
        "aucun n'est retenu : aucune conclusion sur l'annexe de répartition des charges de fonctionnement entre les "
        "membres"]
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor: the stated rights still give the shares


def test_3_contradiction_with_the_split_attached_nothing_left_open_on_it():
    conv = FULL_CONVENTION.replace("attached budget_forecast", "attached budget_forecast, cost_split")
    res = run(money06("  running_costs no\n" + PARTICIPATIONS, convention=conv))
    assert contra("cost_split_attachment") not in warnings(res)
    assert contra("funding_optional") in warnings(res)  # anchor: the contradiction is still said


def test_3_convention_rules_and_contradiction_not_invalid_for_participations():
    # al. 4 « A défaut d'apports ou de participations »: whether there are participations is what the file
    # contradicts itself on
    res = run(money06("  running_costs no\n  rights_basis convention\n" + PARTICIPATIONS))
    assert "rights_basis_invalid(participations_exist)" not in conclusions(res)
    assert contra("rights_proportionality") in warnings(res)
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor
    res = run(money06("  running_costs yes\n  rights_basis convention\n" + PARTICIPATIONS))
    assert "rights_basis_invalid(participations_exist)" in conclusions(res)
    assert contra("rights_proportionality") not in warnings(res)


def test_3_no_warning_under_the_2010_text_for_the_2006_rules():
    # R6133-6 al. 1 and R6133-11 al. 2 of 2006 end on 2010-07-25
    res = run(money06("  running_costs no\n" + PARTICIPATIONS.replace("2008", "2012"), as_of="2012-12-31",
                      approved="2011-01-15", convention=FULL_CONVENTION))
    assert contra("funding_optional") not in warnings(res)
    assert contra("cost_split_attachment") not in warnings(res)
    assert "member(a)" in conclusions(res)  # anchor
