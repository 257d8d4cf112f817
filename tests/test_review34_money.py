"""Money rules the review of stop 34 (reviewer 7) found wanting (rules/money/); each test failed before its change.

F1. R6133-2 of 2010: « Les droits des membres sont définis à proportion de leurs apports au capital ou, à défaut
de capital, de leurs participations aux charges de fonctionnement. » When the measure the text names is empty (a
capital with no apport to it by the members; no capital and no participation), the rights cannot be set against
it: a missing_fact warning says so, where nothing was said before.

F2. L6133-4 of 2009 (and of 2017) al. 2: « Elle précise la répartition des droits statutaires de ses membres,
proportionnellement à leurs apports ou à leur participation aux charges de fonctionnement ». Reading chosen: the
decree decides the measure (R6133-2 of 2010, « ou, à défaut de capital, de leurs participations aux charges de
fonctionnement »); rights split in proportion to the apports with no capital meet the law's al. 2, and
rights_disproportionate then cites R6133-2 alone, with a reading-question warning; rights proportional to neither
measure cite both texts, as before.

F3. R6133-6 of 2006 al. 2-3 « Lorsque le groupement est constitué avec un capital, les apports … », « Les droits des
membres sont fixés soit à proportion de leurs apports »; R6133-2 of 2010 « à proportion de leurs apports au
capital ». Reading chosen: apports whose total differs from the capital stated stay the measure of the rights,
and a reading-question warning says the totals differ.
"""

import gcs_reasoner as gcs


def result(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def conclusions(res) -> set[str]:
    return {str(c) for c in res.conclusions}


def warnings(res) -> set[str]:
    return {w.atom.replace(", ", ",") for w in res.warnings}


def provisions(res, conclusion: str) -> list[str]:
    return next(c.provisions for c in res.conclusions if str(c) == conclusion)


def money(as_of: str = "2011-06-01", capital: str = "capital 100_000 EUR", rights=(50, 50), lines: str = "",
          basis: str = "", convention: str = "") -> str:
    ra, rb = rights
    return f"""groupement g "GCS Test" {{
  as of {as_of}
  approved 2006-03-01
  seat "Lille" region "Nord-Pas-de-Calais"
  running_costs yes
  {capital}
  {basis}
  member a "CH A" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights {ra} }}
  member b "CH B" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights {rb} }}
{lines}
{convention}
}}
"""


PARTICIPATIONS = """  participation a financial 10_000 year 2010
  participation b financial 30_000 year 2010"""
APPORTS = """  contribution a cash 60_000
  contribution b cash 40_000"""

NO_APPORT = "missing_fact(rights_proportionality,groupement,capital_apports)"
NO_PARTICIPATION = "missing_fact(rights_proportionality,groupement,running_cost_participations)"


# --- F1: the measure of the rights is empty ------------------------------------------------------------------------

def test_f1_a_capital_with_no_apport_to_it_is_a_missing_fact():
    # /tmp/rv7/m2_capital_noapport_2011.gcs: capital 100 000, participations only
    res = result(money(lines=PARTICIPATIONS))
    assert "rights_defined_by(capital_contributions)" in conclusions(res)
    assert NO_APPORT in warnings(res)
    fr = [w.message_fr for w in res.warnings if w.atom.replace(", ", ",") == NO_APPORT]
    assert fr == ["le fichier n'indique pas les apports au capital des membres du groupement : aucune conclusion "
                  "sur la proportionnalité des droits"]


def test_f1_a_capital_with_apports_in_forbidden_forms_only_is_a_missing_fact():
    # R6133-3 of 2010 al. 1 « les apports ne peuvent être ni des apports en industrie ni représentés par des titres
    # négociables »: such an apport does not measure the rights
    res = result(money(lines="  contribution a industry 60_000\n  contribution b cash 0"))
    assert "contribution_invalid(a, industry)" in conclusions(res)
    assert NO_APPORT in warnings(res)


def test_f1_no_warning_when_the_capital_has_apports():
    # apports 60/40, rights 50/50: each member's share of the rights (1/2) is not its share of the apports
    # (3/5, 2/5): the rights are compared, and no warning
    res = result(money(lines=APPORTS + "\n" + PARTICIPATIONS))
    assert {"rights_disproportionate(a)", "rights_disproportionate(b)"} <= conclusions(res)
    assert NO_APPORT not in warnings(res)
    assert NO_PARTICIPATION not in warnings(res)


def test_f1_no_capital_and_no_participation_is_a_missing_fact():
    # /tmp/rv7/m5_2011_nocap_no_participation.gcs: capital none, apports 60/40, no participation
    res = result(money(capital="capital none", lines=APPORTS))
    assert "rights_defined_by(participations)" in conclusions(res)
    assert NO_PARTICIPATION in warnings(res)
    fr = [w.message_fr for w in res.warnings if w.atom.replace(", ", ",") == NO_PARTICIPATION]
    assert fr == ["le fichier n'indique pas les participations des membres aux charges de fonctionnement du "
                  "groupement : aucune conclusion sur la proportionnalité des droits"]


def test_f1_no_capital_and_participations_of_former_members_only_is_a_missing_fact():
    # the participations of the year compared are those of a member who left: the members' total is nil
    text = money(capital="capital none", lines="""  participation c financial 10_000 year 2010""").replace(
        "  member b", """  member c "CH C" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 10 }
  withdrawal c notified 2010-06-01 effective 2010-12-31
  member b""")
    res = result(text)
    assert "rights_defined_by(participations)" in conclusions(res)
    assert NO_PARTICIPATION in warnings(res)


def test_f1_no_warning_when_the_participations_are_stated():
    # participations 2010: 10/30 (1/4, 3/4), rights 50/50
    res = result(money(capital="capital none", lines=PARTICIPATIONS))
    assert {"rights_disproportionate(a)", "rights_disproportionate(b)"} <= conclusions(res)
    assert NO_PARTICIPATION not in warnings(res)
    assert NO_APPORT not in warnings(res)


def test_f1_a_participation_without_year_keeps_its_own_warning():
    res = result(money(capital="capital none", lines="  participation a financial 10_000\n"))
    assert "missing_fact(rights_proportionality,a,participation_year)" in warnings(res)
    assert NO_PARTICIPATION not in warnings(res)


def test_f1_not_under_the_2006_text():
    # /tmp/rv7/m2b_capital_noapport_2008.gcs: under R6133-6 of 2006 (« Les droits des membres sont fixés soit à
    # proportion de leurs apports ») the 2006 rule's own warning on the apports is given (review 40: no longer
    # rights_basis_invalid(no_contributions), drawn from the missing lines), not the 2010 one
    res = result(money(as_of="2008-06-01", basis="rights_basis contributions",
                       lines=PARTICIPATIONS.replace("2010", "2007")))
    assert "missing_fact(rights_proportionality,groupement,member_apports)" in warnings(res)
    assert NO_APPORT not in warnings(res)


# --- F2: with no capital, rights on the apports meet the law but not the decree -------------------------------------

BOTH = """  contribution a cash 60_000
  contribution b cash 40_000
  participation a financial 10_000 year 2010
  participation b financial 30_000 year 2010"""
STATED = "doubtful_text(rights_basis_without_capital,stated)"
MEASURED = "doubtful_text(rights_basis_without_capital,measured)"


def test_f2_rights_on_the_apports_with_no_capital_cite_the_decree_alone():
    # /tmp/rv7/m3_2011_nocap_basis_contrib.gcs: rights 60/40 = apports 60/40 (3/5, 2/5), participations 2010
    # 10/30 (1/4, 3/4): the law's « proportionnellement à leurs apports » is met, the decree's « à défaut de
    # capital, de leurs participations » is not
    res = result(money(capital="capital none", rights=(60, 40), basis="rights_basis contributions", lines=BOTH))
    assert provisions(res, "rights_disproportionate(a)") == ["R6133-2@2010-07-26"]
    assert provisions(res, "rights_disproportionate(b)") == ["R6133-2@2010-07-26"]
    assert STATED in warnings(res)
    assert MEASURED not in warnings(res)
    fr = [w.message_fr for w in res.warnings if w.atom.replace(", ", ",") == STATED]
    assert fr and fr[0].startswith("Question de lecture (R6133-2, version du 26 juillet 2010, et L6133-4, al. 2) : "
                                   "la convention constitutive fixe les droits des membres à proportion de leurs "
                                   "apports, ce que la loi permet")


def test_f2_with_no_basis_stated_the_warning_says_the_rights_follow_the_apports():
    res = result(money(capital="capital none", rights=(60, 40), lines=BOTH))
    assert provisions(res, "rights_disproportionate(a)") == ["R6133-2@2010-07-26"]
    assert MEASURED in warnings(res)
    assert STATED not in warnings(res)


def test_f2_rights_on_neither_measure_cite_the_law_too():
    # rights 50/50: neither the apports (3/5, 2/5) nor the participations (1/4, 3/4)
    res = result(money(capital="capital none", rights=(50, 50), basis="rights_basis contributions", lines=BOTH))
    assert provisions(res, "rights_disproportionate(a)") == ["R6133-2@2010-07-26", "L6133-4@2009-07-23.2"]
    assert STATED in warnings(res)  # the stated basis is still not the decree's
    assert MEASURED not in warnings(res)
    res = result(money(as_of="2018-06-01", capital="capital none", rights=(50, 50),
                       lines=BOTH.replace("2010", "2017")))
    assert provisions(res, "rights_disproportionate(a)") == ["R6133-2@2010-07-26", "L6133-4@2017-01-14.2"]
    assert MEASURED not in warnings(res)


def test_f2_rights_on_the_participations_draw_nothing_but_the_stated_basis_is_noted():
    # rights 25/75 = participations 10/30: the decree is met
    res = result(money(capital="capital none", rights=(25, 75), basis="rights_basis contributions", lines=BOTH))
    assert "rights_defined_by(participations)" in conclusions(res)
    assert not any(c.startswith("rights_disproportionate(") for c in conclusions(res))
    assert STATED in warnings(res)


def test_f2_with_a_capital_the_citation_is_unchanged():
    # capital 100 000, apports 60/40, rights 50/50: the decree's and the law's measure, the apports, are not met
    res = result(money(lines=BOTH, basis="rights_basis contributions"))
    assert provisions(res, "rights_disproportionate(a)") == ["R6133-2@2010-07-26", "L6133-4@2009-07-23.2"]
    assert STATED not in warnings(res)
    assert MEASURED not in warnings(res)


# --- F3: apports that do not add up to the capital ---------------------------------------------------------------

MISMATCH = """  contribution a cash 90_000
  contribution b cash 60_000"""


def mismatch(res) -> list[str]:
    return sorted(w.atom.replace(", ", ",") for w in res.warnings if "capital_apports_20" in w.atom)


def test_f3_apports_above_the_capital_under_the_2006_text():
    # /tmp/rv7/m1_capital_mismatch.gcs: capital 100 000, apports 90 000 + 60 000 = 150 000; rights 50/50 against
    # apports 3/5, 2/5: the comparison is still made on the apports
    res = result(money(as_of="2008-06-01", basis="rights_basis contributions", lines=MISMATCH))
    assert {"rights_not_proportional(a)", "rights_not_proportional(b)"} <= conclusions(res)
    assert mismatch(res) == ["doubtful_text(capital_apports_2006,total(150000,100000))"]
    fr = [w.message_fr for w in res.warnings if "capital_apports_2006" in w.atom]
    assert fr == ["Question de lecture (R6133-6, version du 1er janvier 2006, al. 2 et 3) : les apports que le fichier "
                  "indique totalisent 150000 euros, et non les 100000 euros du capital qu'il indique ; les droits des "
                  "membres sont rapportés aux apports tels qu'ils sont indiqués."]


def test_f3_apports_below_the_capital_under_the_2010_text():
    # apports 60 000 + 40 000 on a capital of 200 000; rights 60/40 are in proportion to them: nothing drawn on the
    # rights, the warning alone
    res = result(money(capital="capital 200_000 EUR", rights=(60, 40), lines=APPORTS))
    assert "rights_defined_by(capital_contributions)" in conclusions(res)
    assert not any(c.startswith("rights_disproportionate(") for c in conclusions(res))
    assert mismatch(res) == ["doubtful_text(capital_apports_2010,total(100000,200000))"]


def test_f3_no_warning_when_the_apports_make_the_capital():
    for as_of, basis in (("2008-06-01", "rights_basis contributions"), ("2011-06-01", "")):
        res = result(money(as_of=as_of, basis=basis, lines=APPORTS))  # 60 000 + 40 000 = 100 000
        assert ({"rights_not_proportional(a)", "rights_disproportionate(a)"} & conclusions(res)), as_of
        assert mismatch(res) == [], as_of


def test_f3_not_compared_when_an_apport_in_a_refused_form_is_stated():
    # cash 60 000 + industry 40 000 on a capital of 100 000: the apport in industry is refused (R6133-3 of 2010
    # al. 1 « les apports ne peuvent être ni des apports en industrie ni représentés par des titres négociables »),
    # which contribution_invalid says; which apports make up the capital is then not fixed, and the totals are not
    # compared (under the 2006 text too: facts/money_capital_forms.gcs, capital 105 000 = 60 000 + 40 000 + 5 000
    # of securities, with 10 000 in industry)
    res = result(money(lines="  contribution a cash 60_000\n  contribution b industry 40_000"))
    assert "contribution_invalid(b, industry)" in conclusions(res)
    assert mismatch(res) == []
    res = result(money(as_of="2008-06-01", basis="rights_basis contributions",
                       lines="  contribution a cash 60_000\n  contribution b securities 60_000"))
    assert "contribution_invalid(b, securities)" in conclusions(res)
    assert mismatch(res) == []


def test_f3_not_without_a_capital_nor_when_the_rights_follow_the_participations():
    res = result(money(capital="capital none", lines=MISMATCH + "\n" + PARTICIPATIONS))
    assert "rights_defined_by(participations)" in conclusions(res)
    assert mismatch(res) == []
    # 2006: a capital, but the rights follow the participations: the apports measure nothing
    res = result(money(as_of="2008-06-01", basis="rights_basis participations",
                       lines=MISMATCH + "\n" + PARTICIPATIONS.replace("2010", "2007"),
                       convention="  convention { rights_adaptation }"))
    assert "vote_share(a, 50, 100)" in conclusions(res)
    assert mismatch(res) == []
