"""Review 41 (round 17), fixer G: membership read from mergers and admissions (reviewer 1, F1 and F2).

The text. R6133-5 of 2006 al. 1 (R6133-5@2006-01-01.1), repeated word for word by R6133-7 of 2010 I
(R6133-7@2010-07-26.I, still in force): « Après sa constitution, le groupement peut admettre de nouveaux membres, par
décision de l'assemblée générale. Cette décision est requise à l'égard de tout nouvel établissement de santé
constitué par absorption ou par fusion d'un ou plusieurs établissements de santé membres du groupement. »

F1. A member declared without `joined` that a merger of the file forms (`merger ch_bc of ch_be, ch_ch on
2008-01-01`) was read as a founding member that absorbs the others (README, "Mergers"): a member, counted in the
quorum and the vote shares, from the groupement's start, beside the two hospitals it was formed from, months before
the merger that created it; while the file's own assembly voted its admission as a new establishment, and left it
out as the candidate at that assembly. Reading now: when the file also records a deliberation on its admission, the
file treats it as the « nouvel établissement de santé constitué par absorption ou par fusion »: it is read as
joining on the merger's date (as the file would say with `joined 2008-01-01`, the language's way of writing a new
establishment born of a merger), so it is no member, in no quorum, vote or share, before the merger, nor before the
assembly validly admits it; a warning (merger_result_undated) at the member's line says this reading and what the
file leaves open (a founding member that absorbed the others, whose admission would have no object). Without such a
deliberation the documented reading stays: an absorbing founding member.

F2. A deliberation `on admission of M` where M is a founding member, a member on the assembly's day, was judged with
no word: M is no « nouveau membre ». A warning at the deliberation's line now says the admission has no object
(no_effect(admission(already_member), deliberation_of(A, Dl, M), X)); nothing else changes (the assembly counts M
as one of its members, as before). Not for a member that joined (the vote decides whether it is one), nor for one
that left and is admitted again, nor for the establishment F1 reads as new.
"""

import gcs_reasoner as gcs

MERGER = """groupement urg_bourg "GCS Urgences Bourgogne" {
  as of AS_OF
  approved 2006-05-02
  seat "Dijon" region "Bourgogne"
  capital none
  member chu_d "CHU de Dijon" { kind health_establishment sector public region "Bourgogne" rights 50 }
  member ch_be "CH de Beaune" { kind health_establishment sector public region "Bourgogne" rights 25 }
  member ch_ch "CH de Chagny" { kind health_establishment sector public region "Bourgogne" rights 25 }
  member ch_bc "CH Beaune-Chagny" { kind health_establishment sector public region "Bourgogne" rights 50 JOINED}
  merger ch_bc of ch_be, ch_ch on 2008-01-01
  administrator chu_d elected 2006-06-01
  assembly ag1 on 2007-05-10 {
    convened_on 2007-04-20 by administrator
    present chu_d, ch_be, ch_ch
    deliberation d1 on budget { for chu_d, ch_be, ch_ch }
  }
  assembly ag2 on 2008-03-10 {
    convened_on 2008-02-20 by administrator
    present chu_d
    proxy ch_bc to chu_d
ADMISSION    deliberation d2 on budget { for chu_d, ch_bc }
  }
}
"""
ADMISSION = "    deliberation d1 on admission of ch_bc { for chu_d }\n"
MEMBER_LINE = 9  # the line of `member ch_bc`


def merger(as_of, admission=True, joined=""):
    return (MERGER.replace("AS_OF", as_of).replace("ADMISSION", ADMISSION if admission else "")
            .replace("JOINED", joined))


def run(text):
    return gcs.reason(gcs.loads(text, path="<review41>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def codes(res):
    return [(w.code, w.line) for w in res.warnings]


def warning(res, code):
    return next(w for w in res.warnings if w.code == code)


# --- F1 -----------------------------------------------------------------------------------------------------------

def test_merger_result_is_no_member_before_the_merger():
    """Failed before: member(ch_bc) and vote_share(ch_bc, 50, 150) in 2007, the merger being of 2008."""
    res = run(merger("2007-06-01"))
    got = conclusions(res)
    assert {"member(chu_d)", "member(ch_be)", "member(ch_ch)"} <= got  # anchor: the three members of 2007
    assert "member(ch_bc)" not in got
    assert "vote_share(ch_be, 25, 100)" in got and "vote_share(chu_d, 50, 100)" in got
    assert not any(c.startswith("vote_share(ch_bc") or c.startswith("debt_share(ch_bc") for c in got)


def test_merger_result_is_not_counted_in_the_quorum_before_the_merger():
    """Failed before: « Les membres de l'assemblée générale ag1 détiennent ensemble 150 droits »."""
    res = run(merger("2007-06-01"))
    assert "quorum_met(ag1)" in conclusions(res)
    text = res.explain("quorum_met(ag1)").text()
    assert "détiennent ensemble 100 droits" in text
    assert "150 droits" not in text


def test_merger_result_is_not_a_member_before_its_admission():
    """Between the merger and the assembly's decision: the establishment the assembly must admit is not a member."""
    res = run(merger("2008-02-01"))
    got = conclusions(res)
    assert "member(chu_d)" in got  # anchor
    assert "admission_required(ch_bc)" in got and "not_admitted(ch_bc)" in got
    assert "member(ch_bc)" not in got and "member(ch_be)" not in got


def test_merger_result_is_a_member_once_admitted():
    res = run(merger("2009-06-30"))
    got = conclusions(res)
    assert {"member(ch_bc)", "member(chu_d)", "deliberation_valid(ag2, d1)"} <= got
    assert "vote_not_counted(ag2, d2, ch_bc, admission_candidate)" in got  # the candidate at its own admission
    assert "vote_share(ch_bc, 50, 100)" in got
    assert "not_admitted(ch_bc)" not in got


def test_the_reading_is_said_at_the_member_line():
    res = run(merger("2009-06-30"))
    w = warning(res, "merger_result_undated")
    assert w.line == MEMBER_LINE
    assert "« constitué par absorption ou par fusion » (R6133-5 de 2006)" in w.message_fr
    assert "membre fondateur qui a absorbé les autres" in w.message_fr  # what the file leaves open
    assert "founding member that absorbed the others" in w.message
    assert "ligne 10" in w.message_fr and "ligne 21" in w.message_fr  # the merger's and the deliberation's lines


def test_the_reading_is_that_of_a_joined_on_the_merger_date():
    """The same conclusions as the file that states `joined 2008-01-01` (the language's way), on every date after
    the merger (before it, that file's joining is after the as-of date, which its own warning says)."""
    for as_of in ("2008-02-01", "2008-03-10", "2008-03-11", "2009-06-30"):
        read = run(merger(as_of))
        stated = run(merger(as_of, joined=" joined 2008-01-01"))
        assert conclusions(read) == conclusions(stated), as_of
        assert "merger_result_undated" in [c for c, _ in codes(read)]
        assert "merger_result_undated" not in [c for c, _ in codes(stated)]


def test_without_an_admission_the_absorbing_founder_reading_stays():
    """No admission in the file: a member declared without `joined` that absorbs others stays a founding member
    (README, "Mergers"; facts/time_merger_absorbing_founder.gcs)."""
    res = run(merger("2007-06-01", admission=False))
    got = conclusions(res)
    assert {"member(ch_bc)", "member(ch_be)", "member(chu_d)"} <= got
    assert "merger_result_undated" not in [c for c, _ in codes(res)]
    later = run(merger("2009-06-30", admission=False))
    assert "member(ch_bc)" in conclusions(later)  # anchor
    assert "admission_required(ch_bc)" not in conclusions(later)


def test_merger_before_2006_reading_cites_no_text():
    """A merger before décret 2005-1681 (no encoded text requires the admission then): the warning cites none."""
    text = (merger("2007-06-01").replace("approved 2006-05-02", "approved 2004-05-02")
            .replace("on 2008-01-01", "on 2005-06-01").replace("ag2 on 2008-03-10", "ag2 on 2006-03-10")
            .replace("convened_on 2008-02-20", "convened_on 2006-02-20")
            .replace("ag1 on 2007-05-10", "ag1 on 2005-05-10").replace("convened_on 2007-04-20",
                                                                       "convened_on 2005-04-20")
            .replace("elected 2006-06-01", "elected 2004-06-01"))
    res = run(text)
    w = warning(res, "merger_result_undated")
    assert "aucun texte encodé ne dit" in w.message_fr
    assert "R6133-5" not in w.message_fr
    assert "member(chu_d)" in conclusions(res)  # anchor


# --- F2 -----------------------------------------------------------------------------------------------------------

FOUNDERS = """groupement bio_alsace "GCS Biologie Alsace Nord" {
  as of AS_OF
  approved 2007-02-01
  seat "Haguenau" region "Alsace"
  member ch_hag "CH de Haguenau" { kind health_establishment sector public region "Alsace" rights 45 }
  member ch_wis "CH de Wissembourg" { kind health_establishment sector public region "Alsace" rights 15 }
  member ch_sav "CH de Saverne" { kind health_establishment sector public region "Alsace" rights 40 SAV}
  administrator ch_hag elected 2008-01-15
EXTRA  assembly ag3 on 2009-09-10 {
    convened_on 2009-08-26 by administrator
    present ch_hag, ch_wis
    proxy ch_sav to ch_wis
    deliberation d1 on admission of ch_sav { for ch_hag, ch_wis }
  }
}
"""
ADMISSION_LINE = 13


def founders(as_of="2009-12-31", sav="", extra=""):
    return FOUNDERS.replace("AS_OF", as_of).replace("SAV", sav).replace("EXTRA", extra)


# as the result writes it (the contract's form of admission(already_member))
ALREADY = "no_effect(admission:already_member, deliberation_of(ag3, d1, ch_sav), 2009-09-10)"


def test_admission_of_a_founding_member_is_said_to_have_no_object():
    """Failed before: no warning; the deliberation judged as any other."""
    res = run(founders())
    assert ("no_effect", ADMISSION_LINE) in codes(res)
    w = next(w for w in res.warnings if w.atom == ALREADY)
    assert w.line == ADMISSION_LINE
    assert "est sans objet" in w.message_fr and "membre fondateur" in w.message_fr
    assert "CH de Saverne" in w.message_fr and "has no object" in w.message
    # the deliberation is still judged (ch_sav, a member present by proxy, does not vote for it: unanimity fails)
    assert "deliberation_invalid(ag3, d1, not_adopted)" in conclusions(res)
    assert "member(ch_sav)" in conclusions(res)


def test_admission_of_a_member_that_joined_has_its_object():
    """A member the file says joined: the vote decides whether it is one (no warning)."""
    res = run(founders(sav=" joined 2009-06-01"))
    assert "admission_required(ch_sav)" in conclusions(res)  # anchor
    assert ALREADY not in {w.atom for w in res.warnings}
    assert ("no_effect", ADMISSION_LINE) not in codes(res)


def test_admission_again_of_a_founder_that_withdrew_has_its_object():
    """A founding member out on the assembly's day (its withdrawal took effect) admitted again: no warning."""
    extra = "  withdrawal ch_sav notified 2008-03-01\n"
    res = run(founders(extra=extra).replace("proxy ch_sav to ch_wis\n", ""))
    got = conclusions(res)
    assert "withdrawal_effective(ch_sav, 2008-12-31)" in got  # anchor: out on 2009-01-01
    assert "deliberation_valid(ag3, d1)" in got and "member(ch_sav)" in got  # admitted again
    assert ALREADY not in {w.atom for w in res.warnings}


def test_admission_of_the_merger_result_is_not_called_without_object():
    """F1's new establishment (no `joined`, read as joining on the merger's date) is no founding member."""
    res = run(merger("2009-06-30"))
    assert "merger_result_undated" in [c for c, _ in codes(res)]  # anchor
    assert not any("already_member" in w.atom for w in res.warnings)


def test_admission_of_a_founder_under_the_2010_text():
    text = founders("2011-06-30").replace("2009-09-10", "2010-09-10").replace("2009-08-26", "2010-08-26")
    res = run(text)
    w = next(w for w in res.warnings if "already_member" in w.atom)
    assert w.line == ADMISSION_LINE
    c = res.find("member(ch_sav)")
    assert c is not None  # anchor
