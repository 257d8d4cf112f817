"""Wrong answers of stop 22's black-box review on the members' rights: a valid `rights_change` was judged
but never applied, and rights derived from the apports gave vote shares but no quorum or majority."""

from datetime import date

import gcs_reasoner as gcs

from .edited import DATA, data_conclusions


def _reason(name: str, *edits: tuple[str, str], as_of=None):
    text = (DATA / name).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return gcs.reason(gcs.loads(text), as_of=as_of) if as_of else gcs.reason(gcs.loads(text))


def _conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


# --- R6133-3@2010-07-26 al. 3: « Ce pourcentage est fixé pour toute la durée du groupement sauf
# modification de la composition du groupement ou évolution substantielle de la part d'activité »
# (contract part 2 §1: `rights_change M N` is the change of M's percentage)

def test_a_valid_rights_change_counts_from_its_date():
    got = data_conclusions("rights_change_2013.gcs")
    # a 40 -> 50, b 30 -> 20 on 2013-05-01 by ag1.d1 (valid): at ag2 (2013-06-20) a alone holds 50 of 100,
    # « au moins la moitié des droits » (R6133-20@2010-07-26 al. 3)
    assert {"quorum_met(ag2)", "deliberation_valid(ag2, d1)"} <= got
    assert "quorum_not_met(ag2)" not in got
    assert {"vote_share(a, 50, 100)", "vote_share(b, 20, 100)", "vote_share(c, 30, 100)"} <= got
    # ag3: d2 « for a  against b, c »: 50 of 100 is not a majority of the votes
    assert "deliberation_invalid(ag3, d2, not_adopted)" in got
    assert not any(c.startswith("rights_change_invalid(") for c in got)
    # the participations compared (2011) followed the former percentages: no comparison
    assert not any(c.startswith("rights_disproportionate(") for c in got)


def test_changed_rights_are_compared_with_the_participations_of_the_year_of_the_change():
    # R6133-2@2010-07-26 « à proportion ... de leurs participations aux charges de fonctionnement »
    got = _conclusions(_reason("rights_change_2013.gcs", ("  participation c financial 30_000 year 2011\n",
                                                          "  participation c financial 30_000 year 2011\n"
                                                          "  participation a financial 40_000 year 2013\n"
                                                          "  participation b financial 30_000 year 2013\n"
                                                          "  participation c financial 30_000 year 2013\n")))
    assert {"rights_disproportionate(a)", "rights_disproportionate(b)"} <= got
    assert "rights_disproportionate(c)" not in got


def test_the_assembly_that_decides_a_change_votes_with_the_rights_it_had():
    # ag1 (the day of the change) with a alone present: 40 of 100 under the old rights, no quorum;
    # the change rests on a deliberation that is then invalid and changes nothing.
    got = _conclusions(_reason("rights_change_2013.gcs", ("    present a, b, c\n    deliberation d1 on rights_setting { for a, b, c }",
                                                          "    present a\n    deliberation d1 on rights_setting { for a }")))
    assert {"quorum_not_met(ag1)", "rights_change_invalid(a)", "rights_change_invalid(b)"} <= got
    assert {"quorum_not_met(ag2)", "vote_share(a, 40, 100)", "vote_share(b, 30, 100)"} <= got


def test_the_state_on_the_day_of_the_change_is_the_state_at_the_start_of_that_day():
    on_the_day = _conclusions(_reason("rights_change_2013.gcs", as_of=date(2013, 5, 1)))
    assert "vote_share(a, 40, 100)" in on_the_day
    next_day = _conclusions(_reason("rights_change_2013.gcs", as_of=date(2013, 5, 2)))
    assert {"vote_share(a, 50, 100)", "vote_share(b, 20, 100)"} <= next_day


def test_a_change_dated_after_its_assembly_counts_from_its_own_date():
    later = ("rights_change a 50 on 2013-05-01", "rights_change a 50 on 2013-07-01")
    got = _conclusions(_reason("rights_change_2013.gcs", later))
    assert "quorum_not_met(ag2)" in got  # 2013-06-20: a still holds 40 (b already 20: 40 of 90)
    assert "vote_share(a, 50, 100)" in got


def test_an_invalid_rights_change_changes_nothing():
    # ground membership, no change of the members since the approval: rights_change_invalid
    got = _conclusions(_reason("rights_change_2013.gcs",
                               ("a 50 on 2013-05-01 by ag1.d1 ground activity_share",
                                "a 50 on 2013-05-01 by ag1.d1 ground membership")))
    assert "rights_change_invalid(a)" in got
    assert "vote_share(a, 40, 90)" in got  # b's valid change still applies
    assert "quorum_not_met(ag2)" in got


def test_a_change_on_an_undecided_deliberation_leaves_the_rights_open():
    # no vote_weight and a split vote: the deliberation is neither valid nor invalid
    result = _reason("rights_change_2013.gcs", ("    vote_weight rights\n", ""),
                     ("deliberation d1 on rights_setting { for a, b, c }",
                      "deliberation d1 on rights_setting { for a, b  against c }"))
    got = _conclusions(result)
    assert not any(c.startswith(("quorum_met(ag2)", "quorum_not_met(ag2)", "vote_share(a,")) for c in got)
    assert any(w.atom == "missing_fact(rights_after_change, a, deliberation_validity)" for w in result.warnings), \
        [w.atom for w in result.warnings]


# --- R6133-6@2006-01-01: « Les droits des membres sont fixés soit à proportion de leurs apports » (al. 3),
# « Le nombre des voix ... est proportionnel aux droits qui leur sont reconnus » (al. 5);
# R6133-14@2006-01-01 counts the same droits for the quorum.

def test_rights_from_the_apports_count_in_the_quorum_and_the_votes_2007():
    result = gcs.reason(gcs.load(DATA / "rights_from_apports_2007.gcs"))
    got = _conclusions(result)
    assert {"vote_share(a, 50000, 100000)", "debt_share(c, 20000, 100000)"} <= got
    # ag1: b + c = 50 000 of 100 000, « au moins la moitié des droits »
    assert {"quorum_met(ag1)", "deliberation_valid(ag1, d1)"} <= got
    # ag2.d1: 50 000 for, 50 000 against; d2: 50 000 for, 50 000 abstaining: no majority
    assert {"deliberation_invalid(ag2, d1, not_adopted)", "deliberation_invalid(ag2, d2, not_adopted)"} <= got
    assert not any("quorum_and_majority" in w.atom or "missing_fact(majority" in w.atom for w in result.warnings)


# R6133-2@2010-07-26: « Les droits des membres sont définis à proportion de leurs apports au capital »

def test_rights_from_the_capital_count_in_the_quorum_and_the_votes_2012():
    result = gcs.reason(gcs.load(DATA / "rights_from_apports_2012.gcs"))
    got = _conclusions(result)
    assert {"vote_share(a, 50000, 100000)", "vote_share(b, 30000, 100000)", "vote_share(c, 20000, 100000)"} <= got
    assert {"quorum_met(ag1)", "deliberation_valid(ag1, d1)"} <= got
    # from 2010 the debts follow the convention's rules (L6133-4@2009-07-23 al. 2), not the rights
    assert not any(c.startswith("debt_share(") for c in got)
    assert not any(w.code == "missing_fact" and w.atom.endswith(", rights)") for w in result.warnings)
