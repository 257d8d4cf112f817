"""Review 40 (round 16), fixer C: the majority of an assembly's deliberations, three findings.

F1. R6133-23@2010-07-26.2 (= R6133-28@2017-04-28.2): after a challenge of a deliberation of the restricted committee,
the administrator convenes « une assemblée générale extraordinaire qui délibère, à la majorité qualifiée des deux
tiers de ses membres présents ou représentés, sur le maintien ou la suppression de la délibération du comité
restreint ». That majority is counted by head, whatever the rights: a deliberation on a committee_challenge is never
found adopted nor not adopted (own_majority_matter), its result is committee_deliberation_maintained /
committee_deliberation_cancelled / deliberation_invalid(A, Dl, no_qualified_majority). The warning
missing_fact(majority, M, rights) (« aucune conclusion sur la majorité ») was said for it all the same when a
member's rights were missing. Reading: a deliberation decided by its own majority is not open when its own result
is drawn (own_majority_drawn); it still is when that result is not drawn (here: an assembly not extraordinary),
and any other deliberation of the same assembly whose majority does turn on the missing rights keeps the warning.

F2. R6133-26@2017-04-28.II.1 (and its repeat R6133-26@2024-01-01.II.1) « Les délibérations mentionnées au 1°, au
12°, au 22° et au 23° du I doivent être adoptées à l'unanimité des membres présents ou représentés. »:
majority_overridden_at(A, Dl, R) cited both ids for an assembly of 2018 (the 2024 wording not in force then). It
now rests on the text in force on the assembly's day and cites that version only (the as-of date does not matter:
an assembly of 2018 judged on 2024-12-31 still cites 2017).

F3. R6133-26@2017-04-28.II.1 and R6133-21@2010-07-26.II.1 have two sentences: the unanimity of 1°, 12°, 22° (and 23°
from 2017) « doivent être adoptées à l'unanimité des membres présents ou représentés », and « Dans les autres
matières, sauf mention contraire de la convention constitutive, les délibérations sont adoptées si elles
recueillent la majorité des voix des membres présents ou représentés. » deliberation_invalid(A, Dl, not_adopted)
quoted the majority sentence in every case. It now quotes the sentence that applies, by the matter: one of the
text's unanimity matters, the first; any other matter (the convention's own rule, two thirds or even unanimity,
being the « mention contraire »), the second. The conclusion itself is unchanged.
"""

import gcs_reasoner as gcs

UNANIMITY_17 = ("Les délibérations mentionnées au 1°, au 12°, au 22° et au 23° du I doivent être adoptées à "
                "l'unanimité des membres présents ou représentés.")
UNANIMITY_10 = ("Les délibérations mentionnées au 1°, au 12° et au 22° du I doivent être adoptées à l'unanimité des "
                "membres présents ou représentés.")
OTHERS = ("Dans les autres matières, sauf mention contraire de la convention constitutive, les délibérations sont "
          "adoptées si elles recueillent la majorité des voix des membres présents ou représentés.")


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"), explain=True)


def conclusions(res) -> set:
    return {str(c).replace(", ", ",") for c in res.conclusions}


def warnings(res) -> set:
    return {w.atom.replace(", ", ",") for w in res.warnings}


def one_line(quote: str) -> str:
    return " ".join(quote.split())


# --- F1 ---------------------------------------------------------------------------------------------------------

CHALLENGE = """groupement g "GCS Test" {
  as of 2018-12-31
  approved 2010-09-01
  seat "Caen" region "Normandie"
  capital none
  member a "CH A" { kind health_establishment sector public region "Normandie" rights 40 }
  member b "CH B" { kind health_establishment sector public region "Normandie" }
  member c "CH C" { kind health_establishment sector public region "Normandie" }
  convention {
    object "X"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
    restricted_committee
  }
  administrator a elected 2017-06-01 by ag0.d1 until 2020-05-31
  deputy b elected 2017-06-01 by ag0.d1 until 2020-05-31
  committee members a, b elected 2017-06-01 by ag0.d2 until 2019-05-31
  delegation to committee matters information_sharing by ag0.d3 until 2019-05-31
  assembly ag0 on 2017-06-01 {
    convened_on 2017-05-01 by administrator
    present a, b, c
    deliberation d1 on administrator { for a, b, c }
    deliberation d2 on committee_election { for a, b, c }
    deliberation d3 on delegation { for a, b, c }
  }
  committee_meeting cr1 on 2018-01-05 {
    present a, b
    minutes_sent 2018-01-10
    deliberation d1 on information_sharing { for a, b }
  }
  challenge c of cr1.d1 on 2018-02-10
  ASSEMBLY}
"""

AG1 = """assembly ag1 on 2018-04-01 {
    convened_on 2018-03-11 by administrator
    EXTRA
    present a, b, c
    VOTES
  }
"""

MAJ_B = "missing_fact(majority,b,rights)"
MAJ_C = "missing_fact(majority,c,rights)"


def challenge(votes: str, extra: str = "extraordinary", assembly: bool = True):
    ag1 = AG1.replace("EXTRA", extra).replace("VOTES", votes) if assembly else ""
    return run(CHALLENGE.replace("ASSEMBLY", ag1))


def test_f1_maintained_no_rights_warning():
    """Two of three members by head for keeping it (reviewer's p14): maintained, whatever B's and C's rights."""
    res = challenge("deliberation d1 on committee_challenge of cr1.d1 { for a, b  against c }")
    assert "committee_deliberation_maintained(cr1,d1)" in conclusions(res)
    assert MAJ_B not in warnings(res) and MAJ_C not in warnings(res)


def test_f1_cancelled_no_rights_warning():
    res = challenge("deliberation d1 on committee_challenge of cr1.d1 { for a  against b, c }")
    assert "committee_deliberation_cancelled(cr1,d1)" in conclusions(res)
    assert MAJ_B not in warnings(res) and MAJ_C not in warnings(res)


def test_f1_no_qualified_majority_no_rights_warning():
    """One for, one against, one abstaining: two thirds for neither, the committee's deliberation stands."""
    res = challenge("deliberation d1 on committee_challenge of cr1.d1 { for a  against b  abstain c }")
    c = conclusions(res)
    assert "deliberation_invalid(ag1,d1,no_qualified_majority)" in c
    assert "committee_deliberation_maintained(cr1,d1)" not in c and "committee_deliberation_cancelled(cr1,d1)" not in c
    assert MAJ_B not in warnings(res) and MAJ_C not in warnings(res)


def test_f1_other_deliberation_of_same_assembly_keeps_warning():
    """A budget vote of the same assembly, 40 rights for against B's and C's unknown rights: its majority turns
    on them, the warning stays, while the challenge is decided."""
    res = challenge("deliberation d1 on committee_challenge of cr1.d1 { for a, b  against c }\n"
                    "    deliberation d2 on budget { for a  against b, c }")
    c = conclusions(res)
    assert "committee_deliberation_maintained(cr1,d1)" in c
    assert not any(x.startswith(("deliberation_invalid(ag1,d2,not_adopted", "adopted(ag1,d2")) for x in c)
    assert MAJ_B in warnings(res) and MAJ_C in warnings(res)


def test_f1_own_result_not_drawn_still_open():
    """The assembly is not extraordinary: the challenge is not decided by it (deliberation_invalid
    not_extraordinary), its own majority is not drawn: still open, the warning stays (the brief's reading)."""
    res = challenge("deliberation d1 on committee_challenge of cr1.d1 { for a, b  against c }", extra="")
    c = conclusions(res)
    assert "deliberation_invalid(ag1,d1,not_extraordinary)" in c
    assert "committee_deliberation_maintained(cr1,d1)" not in c
    assert MAJ_B in warnings(res)


def test_f1_no_assembly_no_warning():
    """No assembly ruling on it (reviewer's p15): the challenge alone, no majority warning."""
    res = challenge("", assembly=False)
    assert "extraordinary_assembly_due(cr1,d1,2018-04-10)" in conclusions(res)
    assert MAJ_B not in warnings(res) and MAJ_C not in warnings(res)


# --- F2 ---------------------------------------------------------------------------------------------------------

P9 = """groupement g "GCS Test" {
  as of AS_OF
  approved 2010-09-01
  seat "Caen" region "Normandie"
  capital none
  member a "CH A" { kind health_establishment sector public region "Normandie" rights 40 }
  member b "CH B" { kind health_establishment sector public region "Normandie" rights 30 }
  member c "CH C" { kind health_establishment sector public region "Normandie" rights 20 }
  member d "CH D" { kind health_establishment sector public region "Normandie" rights 10 }
  convention {
    object "X"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
    majority budget two_thirds
    majority convention_change simple
    majority dissolution unanimity
  }
  assembly ag1 on DAY {
    convened_on CONVENED by administrator
    present a, b, c, d
    deliberation d1 on budget { for a, c  against b, d }
    deliberation d2 on budget { for a, b  against c, d }
    deliberation d3 on convention_change { for a, b, c  against d }
    deliberation d4 on dissolution { for a, b, c  abstain d }
    deliberation d5 on extension { for a, c  against b, d }
  }
}
"""


def p9(as_of: str = "2019-12-31", day: str = "2018-03-01", convened: str = "2018-02-01"):
    return run(P9.replace("AS_OF", as_of).replace("DAY", day).replace("CONVENED", convened))


def provisions(res, atom: str) -> list:
    [c] = [c for c in res.conclusions if str(c).replace(", ", ",") == atom]
    return c.provisions


def test_f2_2018_assembly_cites_2017_only():
    res = p9()
    assert provisions(res, "majority_overridden_at(ag1,d3,simple)") == ["R6133-26@2017-04-28.II.1"]


def test_f2_2018_assembly_judged_in_2024_cites_2017():
    """The assembly's day decides the version, not the as-of date."""
    res = p9(as_of="2024-12-31")
    assert provisions(res, "majority_overridden_at(ag1,d3,simple)") == ["R6133-26@2017-04-28.II.1"]
    assert provisions(res, "majority_overridden(convention_change,simple)") == ["R6133-26@2024-01-01.II.1"]


def test_f2_2024_assembly_cites_2024():
    res = p9(as_of="2024-12-31", day="2024-03-01", convened="2024-02-01")
    assert provisions(res, "majority_overridden_at(ag1,d3,simple)") == ["R6133-26@2024-01-01.II.1"]


def test_f2_other_conclusions_cite_one_version():
    """Every conclusion of the 2018 assembly judged in 2019 cites no 2024 wording."""
    res = p9()
    assert "deliberation_invalid(ag1,d4,not_adopted)" in conclusions(res)
    cited = {p for c in res.conclusions for p in c.provisions}
    assert not any(p.startswith("R6133-26@2024") for p in cited)


# --- F3 ---------------------------------------------------------------------------------------------------------

def headline(res, atom: str) -> str:
    return one_line(res.explain(atom).quote)


def test_f3_2017_unanimity_matters_quote_unanimity():
    """Reviewer's p3: a joint operation request (23°) and the compliance (1°) voted 3 to 1, 2017-04-28."""
    text = P9.replace("AS_OF", "2018-12-31").replace("DAY", "2017-04-28").replace("CONVENED", "2017-04-01")
    text = text.replace("deliberation d5 on extension", "deliberation d6 on joint_operation_request { for a, b, c  against d }\n"
                        "    deliberation d7 on compliance { for a, b, c  against d }\n    deliberation d5 on extension")
    res = run(text)
    for dl in ("d3", "d6", "d7"):
        assert f"deliberation_invalid(ag1,{dl},not_adopted)" in conclusions(res)
        assert headline(res, f"deliberation_invalid(ag1, {dl}, not_adopted)") == UNANIMITY_17


D8 = "deliberation d8 on extension { for a  against b, c, d }\n    deliberation d5 on extension"


def test_f3_2017_other_matters_quote_majority_sentence():
    """Budget under the convention's two thirds (d1, 60 of 100 voices), dissolution under the convention's
    unanimity (d4, the convention's rule: a contrary mention), extension under the text's majority (d8, 40 of
    100 voices)."""
    res = run(P9.replace("AS_OF", "2019-12-31").replace("DAY", "2018-03-01").replace("CONVENED", "2018-02-01")
              .replace("deliberation d5 on extension", D8))
    assert "deliberation_invalid(ag1,d5,not_adopted)" not in conclusions(res)  # 60 of 100 voices: adopted
    for dl in ("d1", "d4", "d8"):
        assert f"deliberation_invalid(ag1,{dl},not_adopted)" in conclusions(res)
        assert headline(res, f"deliberation_invalid(ag1, {dl}, not_adopted)") == OTHERS


def test_f3_2010_quotes():
    res = run(P9.replace("AS_OF", "2012-12-31").replace("DAY", "2012-03-01").replace("CONVENED", "2012-02-01")
              .replace("deliberation d5 on extension", D8))
    c = conclusions(res)
    assert "deliberation_invalid(ag1,d3,not_adopted)" in c
    assert headline(res, "deliberation_invalid(ag1, d3, not_adopted)") == UNANIMITY_10
    for dl in ("d1", "d4", "d8"):
        assert f"deliberation_invalid(ag1,{dl},not_adopted)" in c
        assert headline(res, f"deliberation_invalid(ag1, {dl}, not_adopted)") == OTHERS
    assert "deliberation_invalid(ag1,d2,not_adopted)" not in c  # 70 of 100 voices: two thirds reached
