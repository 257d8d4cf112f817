"""Review 41 (round 17), fixer E: reviewer 2's F1, the proportionality of the rights drawn from participations (or
apports) the file does not state.

The finding. A groupement with `rights_basis participations`, three members and one participation line
(`participation ch_b premises 30_000 year 2020`) was found with `rights_disproportionate` for all three members: the
two members with no participation stated counted for 0 € (« Somme : 30000 (… CHU de Nîmes : 0; …) »). The file
does not say they brought nothing.

The texts.
- R6133-6@2006-01-01.3: « Les droits des membres sont fixés soit à proportion de leurs apports, soit à proportion de
  leurs participations aux charges de fonctionnement. » (rights_not_proportional; to 2010-07-25)
- L6133-4@2009-07-23.2 (repeated by L6133-4@2017-01-14.2): « Elle précise la répartition des droits statutaires de
  ses membres, proportionnellement à leurs apports ou à leur participation aux charges de fonctionnement »
  (rights_disproportionate, with R6133-6 of 2006 to 2010-07-25, with R6133-2 of 2010 after)
- R6133-2@2010-07-26: « Les droits des membres sont définis à proportion de leurs apports au capital ou, à défaut
  de capital, de leurs participations aux charges de fonctionnement. »

The reading. An amount the file does not state is not 0 (as the README reads it for the nature, L6133-3 of 2009).
A member of the as-of date with no participation stated for the budget year compared (or, when the rights follow
the apports, no apport stated) may have brought any amount. A member's share is found out of proportion only when it
is whatever those amounts are: a member whose basis is stated and whose share of the rights is above its basis over
the total stated (the largest share of the basis it can have); rights are positive in the language, so no other share
is excluded. Otherwise nothing, and `missing_fact(rights_proportionality, M, participation | contribution)` names each
member whose basis is not stated. With a capital, a member with no apport stated brought none when the apports stated
make up the capital (as the nature rules read it); otherwise its apport is not known. The shares of votes and debts
derived from the basis (rights not stated: R6133-6 of 2006 al. 5 and 6; R6133-2 of 2010 with a capital) are not
derived from an open basis, nor are the rights at an assembly counted from apports not stated. With no capital, the
question whether the rights follow the apports (which the law's al. 2 allows, and which decides whether L6133-4 is
cited beside R6133-2) is left open when the apports of a member are not stated and no share is apart from the
apports whatever they are: R6133-2 alone is cited, with `missing_fact(rights_apports_measure, M, contribution)`.
"""

import gcs_reasoner as gcs

T = """groupement g "GCS test" {
  as of AS_OF
  approved APPROVED
  seat "Auch" region "Midi-Pyrénées"
  CAPITAL
  BASIS
  member a "CH A" { kind health_establishment sector public region "Midi-Pyrénées" RA }
  member b "CH B" { kind health_establishment sector public region "Midi-Pyrénées" RB }
  member c "CH C" { kind health_establishment sector public region "Midi-Pyrénées" RC }
  convention { object "X" task_split vote_weight rights }
LINES
}
"""

R2010 = "R6133-2@2010-07-26"
L2017 = "L6133-4@2017-01-14.2"
L2009 = "L6133-4@2009-07-23.2"
R2006 = "R6133-6@2006-01-01.3"


def make(lines, as_of="2021-01-15", approved="2016-03-01", capital="capital none",
         basis="rights_basis participations", ra="rights 50", rb="rights 30", rc="rights 20") -> str:
    return (T.replace("AS_OF", as_of).replace("APPROVED", approved).replace("CAPITAL", capital)
            .replace("BASIS", basis).replace("RA", ra).replace("RB", rb).replace("RC", rc).replace("LINES", lines))


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"), explain=True)


def conclusions(res) -> set[str]:
    return {str(c).replace(", ", ",") for c in res.conclusions}


def warnings(res) -> set[str]:
    return {w.atom.replace(", ", ",") for w in res.warnings}


def provisions(res, atom: str) -> set[str]:
    return {p for c in res.conclusions if str(c).replace(", ", ",") == atom for p in c.provisions}


def disproportionate(res) -> set[str]:
    return {c for c in conclusions(res) if c.startswith(("rights_disproportionate(", "rights_not_proportional("))}


# participations of 2020 (10 % and 90 % of what is stated); c has none
P2 = "  participation a financial 10_000 year 2020\n  participation b financial 90_000 year 2020\n"
# every member's participation of 2020 stated: 5 %, 45 %, 50 %
P3 = P2 + "  participation c financial 100_000 year 2020\n"


# --- the reviewer's file --------------------------------------------------------------------------------------------

S3 = """groupement blanch_sud "GCS Blanchisserie du Sud" {
  as of 2021-01-15
  approved 2016-03-01
  seat "Nîmes" region "Occitanie"
  declared_nature public
  capital none
  rights_basis participations
  member chu "CHU de Nîmes" { kind health_establishment sector public region "Occitanie" rights 50 }
  member ch_b "CH d'Alès" { kind health_establishment sector public region "Occitanie" rights 20 }
  member cds "Centre de santé d'Uzès" { kind health_centre sector private region "Occitanie" rights 30 }
  participation ch_b premises 30_000 year 2020
  convention { object "Blanchisserie" task_split vote_weight rights notice_days 10 mentions liquidation_rules, dissolution_rules }
}
"""


def test_reviewer_file_nothing_drawn_and_the_two_members_named():
    res = run(S3)
    assert disproportionate(res) == set()
    # ch_b's 20 % of the rights is its share if the others brought 120,000 in all
    assert {"missing_fact(rights_proportionality,chu,participation)",
            "missing_fact(rights_proportionality,cds,participation)"} <= warnings(res)
    assert "missing_fact(rights_proportionality,ch_b,participation)" not in warnings(res)
    assert "rights_defined_by(participations)" in conclusions(res)  # anchor: the rights are measured by them


def test_no_participation_at_all_keeps_the_groupement_warning():
    res = run(make(""))
    assert "missing_fact(rights_proportionality,groupement,running_cost_participations)" in warnings(res)
    assert not any(w.startswith("missing_fact(rights_proportionality,a,") for w in warnings(res))
    assert disproportionate(res) == set()
    assert "rights_defined_by(participations)" in conclusions(res)  # anchor


# --- R6133-2 of 2010 (and L6133-4 al. 2 of 2017) ---------------------------------------------------------------------

def test_2010_a_share_above_the_largest_possible_is_drawn_the_others_open():
    # a: 50 % of the rights, at most 10,000 / 100,000 = 10 % of the participations whatever c brought
    # b: 30 % of the rights, 90 % of what is stated: 30 % if c brought 200,000
    res = run(make(P2))
    assert disproportionate(res) == {"rights_disproportionate(a)"}
    assert provisions(res, "rights_disproportionate(a)") == {R2010, L2017}
    assert warnings(res) >= {"missing_fact(rights_proportionality,c,participation)"}
    assert "missing_fact(rights_proportionality,b,participation)" not in warnings(res)


def test_2010_every_participation_stated_as_before():
    res = run(make(P3))
    assert disproportionate(res) == {"rights_disproportionate(a)", "rights_disproportionate(b)",
                                     "rights_disproportionate(c)"}
    assert not any(w.startswith("missing_fact(rights_proportionality,") for w in warnings(res))


def test_2010_proportional_when_all_stated_nothing():
    res = run(make("  participation a financial 50 year 2020\n  participation b financial 30 year 2020\n"
                   "  participation c financial 20 year 2020\n"))
    assert disproportionate(res) == set()
    assert "rights_defined_by(participations)" in conclusions(res)  # anchor


def test_2010_a_member_that_joined_after_the_year_compared_is_no_missing_fact():
    # R6133-3 of 2010 al. 3: the percentages are not compared once the composition changed
    text = make(P2).replace(
        'member c "CH C" { kind health_establishment sector public region "Midi-Pyrénées" rights 20 }',
        'member c "CH C" { kind health_establishment sector public region "Midi-Pyrénées" rights 20 joined 2021-01-02 }')
    res = run(text)
    assert "missing_fact(rights_proportionality,c,participation)" not in warnings(res)
    assert disproportionate(res) == set()
    assert "rights_defined_by(participations)" in conclusions(res)  # anchor


def test_2010_capital_made_up_by_the_apports_stated_a_member_without_brought_none():
    # 60,000 + 40,000 = the capital: c brought nothing to it, and its 20 % of the rights is out of proportion
    res = run(make("  contribution a cash 60_000\n  contribution b cash 40_000\n", capital="capital 100_000", basis=""))
    assert disproportionate(res) == {"rights_disproportionate(a)", "rights_disproportionate(b)",
                                     "rights_disproportionate(c)"}
    assert not any(w.startswith("missing_fact(rights_proportionality,") for w in warnings(res))


def test_2010_capital_short_the_member_without_apport_is_open():
    # 100,000 stated of a capital of 200,000: c's apport is not known; a (50 % of the rights, at most 60 %) and
    # b (30 %, at most 40 %) may be in proportion
    res = run(make("  contribution a cash 60_000\n  contribution b cash 40_000\n", capital="capital 200_000", basis=""))
    assert disproportionate(res) == set()
    assert "missing_fact(rights_proportionality,c,contribution)" in warnings(res)
    assert "doubtful_text(capital_apports_2010,total(100000,200000))" in warnings(res)  # anchor


def test_2010_capital_short_a_share_apart_whatever_is_drawn():
    # a: 50 % of the rights, at most 10,000 / 50,000 = 20 % of the apports
    res = run(make("  contribution a cash 10_000\n  contribution b cash 40_000\n", capital="capital 200_000", basis=""))
    assert disproportionate(res) == {"rights_disproportionate(a)"}
    assert provisions(res, "rights_disproportionate(a)") == {R2010, L2017}
    assert "missing_fact(rights_proportionality,c,contribution)" in warnings(res)


def test_2010_no_apport_at_all_with_a_capital_keeps_the_groupement_warning():
    res = run(make("", capital="capital 100_000", basis=""))
    assert "missing_fact(rights_proportionality,groupement,capital_apports)" in warnings(res)
    assert "missing_fact(rights_proportionality,c,contribution)" not in warnings(res)
    assert "rights_defined_by(capital_contributions)" in conclusions(res)  # anchor


def test_2010_vote_shares_from_the_capital_only_when_the_apports_are_known():
    open_ = run(make("  contribution a cash 60_000\n  contribution b cash 40_000\n", capital="capital 200_000",
                     basis="", ra="", rb="", rc=""))
    assert not any(c.startswith("vote_share(") for c in conclusions(open_))
    assert "missing_fact(vote_share,c,rights)" in warnings(open_)
    made = run(make("  contribution a cash 60_000\n  contribution b cash 40_000\n", capital="capital 100_000",
                    basis="", ra="", rb="", rc=""))
    assert {"vote_share(a,60000,100000)", "vote_share(b,40000,100000)", "vote_share(c,0,100000)"} <= \
        conclusions(made)


# --- no capital: do the rights follow the apports (L6133-4 al. 2)? --------------------------------------------------

def test_2010_apports_of_a_member_unstated_the_law_not_cited():
    # participations all stated (rights out of proportion to them); apports a 500, b 300, c none: the rights
    # 50/30/20 follow the apports if c brought 200
    res = run(make(P3 + "  contribution a cash 500\n  contribution b cash 300\n", basis=""))
    assert disproportionate(res) == {"rights_disproportionate(a)", "rights_disproportionate(b)",
                                     "rights_disproportionate(c)"}
    assert provisions(res, "rights_disproportionate(a)") == {R2010}
    assert "missing_fact(rights_apports_measure,c,contribution)" in warnings(res)
    assert "doubtful_text(rights_basis_without_capital,measured)" not in warnings(res)


def test_2010_apports_of_a_member_unstated_but_a_share_apart_the_law_cited():
    # a: 50 % of the rights, at most 100 / 1,000 = 10 % of the apports
    res = run(make(P3 + "  contribution a cash 100\n  contribution b cash 900\n", basis=""))
    assert provisions(res, "rights_disproportionate(a)") == {R2010, L2017}
    assert not any(w.startswith("missing_fact(rights_apports_measure,") for w in warnings(res))


def test_2010_apports_all_stated_and_followed_as_before():
    res = run(make(P3 + "  contribution a cash 500\n  contribution b cash 300\n  contribution c cash 200\n", basis=""))
    assert provisions(res, "rights_disproportionate(a)") == {R2010}
    assert "doubtful_text(rights_basis_without_capital,measured)" in warnings(res)
    assert not any(w.startswith("missing_fact(rights_apports_measure,") for w in warnings(res))


# --- R6133-6 of 2006, and L6133-4 of 2009 with it --------------------------------------------------------------------

P2_07 = P2.replace("2020", "2007")
P3_07 = P3.replace("2020", "2007")


def test_2006_open_and_apart():
    res = run(make(P2_07, as_of="2008-06-01", approved="2007-01-15"))
    assert disproportionate(res) == {"rights_not_proportional(a)"}
    assert provisions(res, "rights_not_proportional(a)") == {R2006}
    assert "missing_fact(rights_proportionality,c,participation)" in warnings(res)
    assert "missing_fact(rights_proportionality,b,participation)" not in warnings(res)


def test_2006_every_participation_stated_as_before():
    res = run(make(P3_07, as_of="2008-06-01", approved="2007-01-15"))
    assert disproportionate(res) == {"rights_not_proportional(a)", "rights_not_proportional(b)",
                                     "rights_not_proportional(c)"}
    assert not any(w.startswith("missing_fact(rights_proportionality,") for w in warnings(res))


def test_2009_law_and_decree_open_and_apart():
    res = run(make(P2.replace("2020", "2009"), as_of="2010-01-15", approved="2007-01-15"))
    assert disproportionate(res) == {"rights_not_proportional(a)", "rights_disproportionate(a)"}
    assert provisions(res, "rights_disproportionate(a)") == {L2009, R2006}
    assert "missing_fact(rights_proportionality,c,participation)" in warnings(res)


def test_2006_apports_open():
    res = run(make("  contribution a cash 10_000\n  contribution b cash 90_000\n", as_of="2008-06-01",
                   approved="2007-01-15", basis="rights_basis contributions"))
    assert disproportionate(res) == {"rights_not_proportional(a)"}
    assert "missing_fact(rights_proportionality,c,contribution)" in warnings(res)


def test_2006_apports_make_the_capital():
    res = run(make("  contribution a cash 10_000\n  contribution b cash 90_000\n", as_of="2008-06-01",
                   approved="2007-01-15", basis="rights_basis contributions", capital="capital 100_000"))
    assert disproportionate(res) == {"rights_not_proportional(a)", "rights_not_proportional(b)",
                                     "rights_not_proportional(c)"}
    assert not any(w.startswith("missing_fact(rights_proportionality,") for w in warnings(res))


def test_2006_vote_and_debt_shares_from_the_basis_only_when_known():
    open_ = run(make(P2_07, as_of="2008-06-01", approved="2007-01-15", ra="", rb="", rc=""))
    assert not any(c.startswith(("vote_share(", "debt_share(")) for c in conclusions(open_))
    assert "missing_fact(vote_and_debt_shares,c,rights)" in warnings(open_)
    known = run(make(P3_07, as_of="2008-06-01", approved="2007-01-15", ra="", rb="", rc=""))
    assert {"vote_share(a,10000,200000)", "debt_share(c,100000,200000)"} <= conclusions(known)


# --- the rights at an assembly, counted from the apports ------------------------------------------------------------

ASSEMBLY06 = """groupement g "GCS test" {
  as of 2008-06-01
  approved 2007-01-15
  seat "Auch" region "Midi-Pyrénées"
  CAPITAL
  rights_basis contributions
  member a "CH A" { kind health_establishment sector public region "Midi-Pyrénées" }
  member b "CH B" { kind health_establishment sector public region "Midi-Pyrénées" }
  member c "CH C" { kind health_establishment sector public region "Midi-Pyrénées" }
  contribution a cash 60_000
  contribution b cash 40_000
  convention { object "X" task_split }
  assembly ag1 on 2008-03-01 {
    convened_on 2008-02-10 by administrator
    present a, b
    deliberation d1 on budget { for a, b }
  }
}
"""


def test_2006_assembly_rights_from_apports_only_when_known():
    open_ = run(ASSEMBLY06.replace("CAPITAL", "capital none"))
    assert "missing_fact(quorum_and_majority,c,rights)" in warnings(open_)
    made = run(ASSEMBLY06.replace("CAPITAL", "capital 100_000"))
    assert "missing_fact(quorum_and_majority,c,rights)" not in warnings(made)
    assert "rights_not_proportional(a)" not in conclusions(made)  # no stated rights to compare
    assert {"vote_share(a,60000,100000)", "vote_share(c,0,100000)"} <= conclusions(made)  # anchor
