"""Membership (R6133-5 of 2006, R6133-7 of 2010): wrong answers found by the black-box reviews of stop 22,
each checked against the French text."""

from datetime import date

import gcs_reasoner as gcs

HEAD = """groupement g "GCS Test" {{
  as of {as_of}
  approved 2006-03-01
  seat "Lyon" region "Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Rhône-Alpes" rights 20 }}
{body}
}}
"""


def conclusions(text: str, as_of: str | None = None) -> set[str]:
    scenario = gcs.loads(text)
    if as_of is not None:
        return {str(c) for c in gcs.reason(scenario, as_of=date.fromisoformat(as_of)).conclusions}
    return {str(c) for c in gcs.reason(scenario).conclusions}


def withdrawals(got: set[str]) -> set[str]:
    return {c for c in got if c.startswith("withdrawal_effective(")}


# --- R6133-5@2006-01-01.2: « à l'expiration d'un exercice budgétaire, sous réserve qu'il ait notifié
# au groupement son intention au moins six mois avant la fin de l'exercice »: each notice with the date
# IT asks for; a second notice repeats the first (README), one effect, from the first notice.

def test_second_notice_asking_an_earlier_year_end_gives_no_second_effect():
    text = HEAD.format(as_of="2008-03-01", body="""
  withdrawal c notified 2007-03-01 effective 2008-12-31
  withdrawal c notified 2007-05-01 effective 2007-12-31""")
    got = conclusions(text)
    # before: withdrawal_effective(c, 2007-12-31) too (the first notice's date with the second's year end)
    assert withdrawals(got) == {"withdrawal_effective(c, 2008-12-31)"}, got
    assert "member(c)" in got
    assert "avenant_missing(withdrawal:c)" not in got


def test_second_notice_asking_a_later_year_end_does_not_move_the_first():
    text = HEAD.format(as_of="2009-03-01", body="""
  withdrawal c notified 2007-09-01
  withdrawal c notified 2008-05-01 effective 2009-12-31""")
    got = conclusions(text)
    # the first notice (2007-09-01, none asked) is in time for the end of 2008 only;
    # before: withdrawal_effective(c, 2009-12-31) (the first notice's date with the second's year end)
    assert withdrawals(got) == {"withdrawal_effective(c, 2008-12-31)"}, got
    assert "member(c)" not in got
    assert "avenant_missing(withdrawal:c)" in got


def test_date_asked_is_judged_with_its_own_notice():
    # the second notice asks 2007-12-31 on 2007-08-01: too late for that year
    # (« au moins six mois avant la fin de l'exercice »), whatever the first notice's date
    text = HEAD.format(as_of="2008-03-01", body="""
  withdrawal c notified 2007-03-01 effective 2008-12-31
  withdrawal c notified 2007-08-01 effective 2007-12-31""")
    got = conclusions(text)
    assert "withdrawal_invalid(c, 2007-12-31, notice_too_short)" in got, got
    assert withdrawals(got) == {"withdrawal_effective(c, 2008-12-31)"}, got


# --- « tout membre peut se retirer »: a member merged into another before the end of the budget year
# is no longer a member then (README: "The merged members cease to be members on the merger date"),
# as one excluded before it: no withdrawal, no avenant for it.

MERGER = """groupement wm "GCS Retrait puis fusion" {
  as of AS_OF
  approved 2006-03-01
  seat "Lyon" region "Rhône-Alpes"
  member a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  member b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 30 }
  member c "CH C" { kind health_establishment sector public region "Rhône-Alpes" rights 30 }
  member n "CH N" { kind health_establishment sector public region "Rhône-Alpes" rights 60 joined MERGED }
  withdrawal c notified 2008-03-01
  merger n of b, c on MERGED
  assembly ag1 on ADMITTED {
    convened_on 2008-06-01 by administrator
    present a
    deliberation d1 on admission of n { for a }
  }
}
"""


def merger(as_of: str, merged: str, admitted: str = "2008-06-20") -> str:
    return MERGER.replace("AS_OF", as_of).replace("MERGED", merged).replace("ADMITTED", admitted)


def test_member_merged_before_its_withdrawal_takes_effect_never_withdraws():
    got = conclusions(merger("2009-02-01", "2008-06-01"))
    # before: withdrawal_effective(c, 2008-12-31) and avenant_missing(withdrawal:c)
    assert withdrawals(got) == set(), got
    assert not any("withdrawal:c" in c for c in got), got
    assert "member(n)" in got and "member(a)" in got


def test_merger_on_the_last_day_of_the_year_overtakes_the_withdrawal():
    # merged on 31 December: not a member on that day (left_before counts the merger date)
    got = conclusions(merger("2009-02-01", "2008-12-31", admitted="2009-01-10"))
    assert withdrawals(got) == set(), got


def test_merger_after_the_withdrawal_took_effect_leaves_it():
    got = conclusions(merger("2009-03-01", "2009-01-01", admitted="2009-01-20"))
    assert withdrawals(got) == {"withdrawal_effective(c, 2008-12-31)"}, got
    assert "avenant_missing(withdrawal:c)" in got


def test_merger_after_the_as_of_date_has_not_happened_yet():
    # on 2008-05-01 the merger of 2008-06-01 is in the future: the withdrawal is foreseen
    got = conclusions(merger("2009-02-01", "2008-06-01"), as_of="2008-05-01")
    assert withdrawals(got) == {"withdrawal_effective(c, 2008-12-31)"}, got


# --- R6133-7@2010-07-26.I « le groupement peut admettre de nouveaux membres, par décision de
# l'assemblée générale »: a member joining on the day of the assembly that admits it joins by that
# decision; its joining counts from the start of the day, so does the decision (one joined earlier is
# irregular until the day after it: tests/test_membership_dissolution_review.py).

ADMISSION = """groupement imag_b16 "GCS Imagerie B16" {
  as of AS_OF
  approved APPROVED
  seat "Caen" region "Basse-Normandie"
  member m1 "CH 1" { kind health_establishment sector public region "Basse-Normandie" rights 60 }
  member m2 "CH 2" { kind health_establishment sector public region "Basse-Normandie" rights 40 }
  member ch_new "CH Nouveau" { kind health_establishment sector public region "Basse-Normandie" rights 10 joined DAY }
  convention { object "Imagerie" task_split vote_weight rights notice_days 15 }
  administrator m1 elected ELECTED until 2014-03-09
  assembly ag1 on DAY {
    convened_on CONVENED by administrator
    present m1, m2
    deliberation d1 on admission of ch_new { for m1, m2 }
  }
  avenant av1 on DAY for admission of ch_new
}
"""


def admission(day: str, convened: str, approved: str, elected: str) -> str:
    return (ADMISSION.replace("AS_OF", day).replace("DAY", day).replace("CONVENED", convened)
            .replace("APPROVED", approved).replace("ELECTED", elected))


def test_admission_voted_on_the_day_of_joining_counts_that_day_2013():
    got = conclusions(admission("2013-05-10", "2013-04-20", "2011-03-01", "2011-03-10"))
    assert "deliberation_valid(ag1, d1)" in got
    assert "member(ch_new)" in got
    # before: membership_invalid(ch_new, not_admitted_by_assembly) on that day only
    assert "membership_invalid(ch_new, not_admitted_by_assembly)" not in got, got


def test_admission_voted_on_the_day_of_joining_counts_that_day_2008():
    # R6133-5@2006-01-01.1, the same words
    got = conclusions(admission("2008-05-10", "2008-04-20", "2006-03-01", "2006-03-10"))
    assert "deliberation_valid(ag1, d1)" in got
    assert "member(ch_new)" in got
    assert "membership_invalid(ch_new, not_admitted_by_assembly)" not in got, got


def test_admission_voted_after_the_as_of_date_does_not_count_yet():
    text = admission("2013-05-10", "2013-04-20", "2011-03-01", "2011-03-10").replace(
        "joined 2013-05-10", "joined 2013-05-01")
    got = conclusions(text, as_of="2013-05-09")
    assert "membership_invalid(ch_new, not_admitted_by_assembly)" in got, got
