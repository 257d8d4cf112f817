"""Review 40 (round 16), fixer N: several exclusions voted at one sitting and the floor of three members.

The finding (reviewer 3, F4). A groupement of three members (a 60, b 20, c 20); one assembly on 2008-03-01 votes
`d1 on exclusion of c { for a, b ground breach heard c }` and `d2 on exclusion of b { for a ground breach heard b }`.
The tool drew excluded(c, 2008-03-01), excluded(b, 2008-03-01), both deliberations valid and
dissolved_on(single_member, 2008-03-02), without a word, while the README left to the reader whether the second still
met the floor.

The text. R6133-5@2006-01-01.3 (R6133-7@2010-07-26.III the same): « Lorsque le groupement comporte au moins trois
membres, l'exclusion de l'un d'entre eux peut être prononcée par l'assemblée générale en cas de manquements aux
obligations définies par la présente section, la convention constitutive ainsi que par les délibérations de
l'assemblée générale. [...] L'exclusion ne peut être prononcée qu'après audition du représentant du membre
concerné selon les modalités fixées par la convention constitutive. »

The reading (chosen, and said). Exclusions voted at one sitting are judged on the members of the groupement at that
sitting: each is pronounced while the groupement « comporte au moins trois membres », the exclusions of the sitting
taking effect together; the conclusions stay (excluded, valid, the single-member dissolution). The other reading,
exclusion by exclusion, is said in a doubtful_text warning at the deliberation's line of each exclusion that would
not meet the floor if the other exclusions of the sitting were counted first:
doubtful_text(exclusions_same_sitting, deliberation_of(A, Dl, M)). "Counted first" takes all the others before it,
so the test does not depend on any order, and the file's order of the deliberations carries no meaning (none is
stated): in the example both exclusions are flagged, each being the one that, in some order, comes second. Only the
other exclusions validly voted, their conditions met (the ground, the hearing; the vote), count. The exclusion
décret 2017-631 art. 7 al. 3 orders (ground `barred`) has no floor: it is never flagged, but it counts among the
others of its sitting.
"""

import gcs_reasoner as gcs

SITTING = """groupement g "GCS Test" {
  as of AS_OF
  approved 2006-03-01
  seat "Rouen" region "Normandie"
MEMBERS  declared_nature public
  assembly ag1 on DAY {
    convened_on CONVENED by administrator
    present PRESENT
DELIBERATIONS  }
}
"""

THREE = {"a": 60, "b": 20, "c": 20}
FOUR = {"a": 40, "b": 20, "c": 20, "d": 20}
D1 = "deliberation d1 on exclusion of c { for a, b ground breach heard c }"
D2 = "deliberation d2 on exclusion of b { for a ground breach heard b }"
WARN_C = "doubtful_text(exclusions_same_sitting, deliberation_of(ag1, d1, c))"
WARN_B = "doubtful_text(exclusions_same_sitting, deliberation_of(ag1, d2, b))"


def text(rights, deliberations, as_of="2008-06-01", day="2008-03-01", convened="2008-02-01"):
    members = "".join(f'  member {m} "CH {m.upper()}" {{ kind health_establishment sector public region "Normandie" '
                      f'rights {r} }}\n' for m, r in rights.items())
    return (SITTING.replace("AS_OF", as_of).replace("DAY", day).replace("CONVENED", convened)
            .replace("MEMBERS", members).replace("PRESENT", ", ".join(rights))
            .replace("DELIBERATIONS", "".join(f"    {d}\n" for d in deliberations)))


def run(source):
    return gcs.reason(gcs.loads(source, path="<review40>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def warnings(res):
    return {w.atom: w for w in res.warnings}


def same_sitting(res):
    return {a for a in warnings(res) if a.startswith("doubtful_text(exclusions_same_sitting")}


def line_of(source, needle):
    return next(i for i, line in enumerate(source.splitlines(), 1) if needle in line)


# --- the finding's example: three members, two exclusions ---------------------------------------------------------

def test_two_exclusions_of_three_members_keep_their_conclusions_and_are_both_flagged():
    source = text(THREE, [D1, D2])
    res = run(source)
    found = conclusions(res)
    # the conclusions of the reading chosen (the floor read on the members at the sitting)
    assert {"excluded(c, 2008-03-01)", "excluded(b, 2008-03-01)", "deliberation_valid(ag1, d1)",
            "deliberation_valid(ag1, d2)", "dissolved_on(single_member, 2008-03-02)"} <= found
    assert not any(s.startswith(("exclusion_invalid(", "deliberation_invalid(")) for s in found)
    # the other reading said, at each deliberation's line
    assert same_sitting(res) == {WARN_C, WARN_B}
    w = warnings(res)
    assert w[WARN_C].code == "doubtful_text"
    assert w[WARN_C].line == line_of(source, "deliberation d1")
    assert w[WARN_B].line == line_of(source, "deliberation d2")
    fr, en = w[WARN_C].message_fr, w[WARN_C].message
    assert "CH C (d1)" in fr and "« Lorsque le groupement comporte au moins trois membres" in fr
    assert "sur les membres du groupement à cette séance" in fr
    assert "exclusion par exclusion" in fr and "aucune conclusion n'est tirée de cette autre lecture" in fr
    assert "read exclusion by exclusion" in en.lower() and "CH C (d1)" in en
    assert "R6133-5@" not in fr and "R6133-5@" not in en  # in words, no rule id


def test_the_order_of_the_deliberations_in_the_file_does_not_matter():
    res = run(text(THREE, [D2, D1]))
    assert same_sitting(res) == {WARN_C, WARN_B}
    assert {"excluded(c, 2008-03-01)", "excluded(b, 2008-03-01)"} <= conclusions(res)


def test_the_2010_text_the_same():
    # under the 2010 text the file, without a convention block, does not say whether votes are weighed by rights or
    # one per member (R6133-1 of 2010 7° and 9°): each exclusion is voted by every member voting (the one excluded
    # does not vote, R6133-21 II), so that it is adopted either way
    d2 = "deliberation d2 on exclusion of b { for a, c ground breach heard b }"
    source = text(THREE, [D1, d2], as_of="2012-06-01", day="2012-03-01", convened="2012-02-01")
    res = run(source)
    found = conclusions(res)
    assert {"excluded(c, 2012-03-01)", "excluded(b, 2012-03-01)", "dissolved_on(single_member, 2012-03-02)"} <= found
    assert same_sitting(res) == {WARN_C, WARN_B}
    assert "R6133-7@2010-07-26.III" in [p for c in res.conclusions if str(c) == "excluded(c, 2012-03-01)"
                                        for p in c.provisions]


# --- where the floor is met either way, or no other exclusion counts ----------------------------------------------

def test_four_members_excluding_two_get_no_warning():
    res = run(text(FOUR, ["deliberation d1 on exclusion of c { for a, b, d ground breach heard c }",
                          "deliberation d2 on exclusion of b { for a, c, d ground breach heard b }"]))
    found = conclusions(res)
    assert {"excluded(c, 2008-03-01)", "excluded(b, 2008-03-01)"} <= found  # anchor: three left either way
    assert same_sitting(res) == set()


def test_four_members_excluding_three_are_all_flagged():
    res = run(text(FOUR, ["deliberation d1 on exclusion of c { for a, b, d ground breach heard c }",
                          "deliberation d2 on exclusion of b { for a, c, d ground breach heard b }",
                          "deliberation d3 on exclusion of d { for a, b, c ground breach heard d }"]))
    found = conclusions(res)
    assert {"excluded(c, 2008-03-01)", "excluded(b, 2008-03-01)", "excluded(d, 2008-03-01)"} <= found
    assert same_sitting(res) == {WARN_C, WARN_B,
                                 "doubtful_text(exclusions_same_sitting, deliberation_of(ag1, d3, d))"}


def test_a_single_exclusion_gets_no_warning():
    res = run(text(THREE, [D1]))
    found = conclusions(res)
    assert "excluded(c, 2008-03-01)" in found  # anchor
    assert "deliberation_valid(ag1, d1)" in found
    assert same_sitting(res) == set()


def test_a_rejected_other_exclusion_does_not_count():
    res = run(text(THREE, [D1, "deliberation d2 on exclusion of b { for c against a, b ground breach heard b }"]))
    found = conclusions(res)
    assert "excluded(c, 2008-03-01)" in found  # anchor
    assert "excluded(b, 2008-03-01)" not in found
    assert same_sitting(res) == set()


def test_an_other_exclusion_without_ground_does_not_count():
    res = run(text(THREE, [D1, "deliberation d2 on exclusion of b { for a heard b }"]))
    found = conclusions(res)
    assert "exclusion_invalid(b, no_ground)" in found  # anchor
    assert "excluded(c, 2008-03-01)" in found
    assert same_sitting(res) == set()


def test_an_other_exclusion_without_hearing_does_not_count():
    res = run(text(THREE, [D1, "deliberation d2 on exclusion of b { for a ground breach }"]))
    found = conclusions(res)
    assert "exclusion_invalid(b, not_heard)" in found  # anchor
    assert "excluded(c, 2008-03-01)" in found
    assert same_sitting(res) == set()


# --- the exclusion décret 2017-631 art. 7 al. 3 orders: no floor, never flagged, but one of the others -------------

BARRED = """groupement g "GCS Achats" {
  as of 2018-06-01
  approved 2015-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 20 }
  member s "Distrimed SAS" { kind other_care_organisation sector private region "Centre-Val de Loire" profit_supplier products authorised 2015-02-01 rights 20 }
  convention { vote_weight rights }
  assembly ag1 on 2018-03-01 {
    convened_on 2018-02-01 by administrator
    present a, b, s
DELIBERATIONS  }
}
"""
BARRED_S = "deliberation d1 on exclusion of s { for a, b ground barred heard s }"
BREACH_B = "deliberation d2 on exclusion of b { for a, s ground breach heard b }"


def test_barred_exclusion_is_not_flagged_but_counts_for_the_other():
    res = run(BARRED.replace("DELIBERATIONS", f"    {BARRED_S}\n    {BREACH_B}\n"))
    found = conclusions(res)
    assert {"excluded(s, 2018-03-01)", "excluded(b, 2018-03-01)"} <= found  # anchor
    assert same_sitting(res) == {"doubtful_text(exclusions_same_sitting, deliberation_of(ag1, d2, b))"}


def test_barred_exclusion_alone_is_not_flagged():
    res = run(BARRED.replace("DELIBERATIONS", f"    {BARRED_S}\n"))
    assert "excluded(s, 2018-03-01)" in conclusions(res)  # anchor
    assert same_sitting(res) == set()
