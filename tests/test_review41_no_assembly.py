"""Review 41 (round 17), fixer F: reviewer 2's finding F2, the agency's ground « absence de réunion de l'assemblée
générale depuis trois exercices comptables ».

The text: R6133-8@2017-04-28.I.1.3, R6133-8@2019-05-05.I.1.3 and R6133-8@2021-12-27.I.1.3 (the same words in the
three versions; R6133-8 of 2006 and of 2010 have no such ground): « Lorsqu'il est constaté une extinction de l'objet
du groupement, une absence de réunion de l'assemblée générale depuis trois exercices comptables ou un manquement grave
ou réitéré aux dispositions légales et réglementaires auxquelles il est soumis, le directeur général de l'agence
régionale de santé notifie ce constat au groupement ».

The finding: `ars_dissolution_ground(no_assembly)` was drawn for a groupement approved in 2015 whose assembly met on
2019-03-01, judged on 2019-09-01 with no finding of the director (a `doubtful_text` beside it): the three whole
calendar years before the year of the date judged (2016-2018) were looked at, and an assembly held earlier in that
date's own year set aside. The same with a finding: an assembly earlier in the finding's year did not contradict it.

The reading now: the contract (part 2 §10) binds the window's start, « three whole calendar years before the
finding's date with no `assembly` in them », and « depuis » adds that the absence still runs on the day judged (the
finding's date, or the as-of date when there is no finding): an assembly held from the first day of those three
years up to the day judged, that day included, rules the ground out. With a finding, such an assembly contradicts it
(`ars_dissolution_irregular(ground_not_established)`). An assembly before the window's first day, or after the day
judged, does not: after the finding it is the remedy's business (`remedied_in_time`), after the as-of date it has not
happened yet. The `doubtful_text(no_assembly, D)` warning is gone: the case it flagged no longer draws the ground.
"""

import gcs_reasoner as gcs
from gcs_reasoner.whynot import why_not

# Approved in 2012; an assembly of 2013 (before every window below) so that the file records its assemblies.
BASE = """groupement g "GCS Logistique de l'Est" {{
  as of {as_of}
  approved 2012-03-01
  seat "Nancy" region "Grand Est"
  member chu "CHRU de Nancy" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member ch_b "CH de Lunéville" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  convention {{ object "Logistique" task_split vote_weight rights notice_days 10 }}
  assembly ag0 on 2013-06-12 {{ present chu, ch_b }}
  {more}
}}
"""
FINDING = "ars_decision dec1 on 2019-06-03 notified 2019-06-04 { finding no_assembly }"
GROUND = "ars_dissolution_ground(no_assembly)"
CONTRADICTED = "ars_dissolution_irregular(ground_not_established)"


def run(as_of: str, *more: str):
    text = BASE.format(as_of=as_of, more="\n  ".join(more))
    return gcs.reason(gcs.loads(text, path="<test>"), explain=True)


def assembly(day: str, name: str = "ag1") -> str:
    return f"assembly {name} on {day} {{ present chu, ch_b }}"


def conclusions(res) -> set:
    return {str(c) for c in res.conclusions}


def warnings(res) -> set:
    return {w.atom for w in res.warnings}


def period_established(res, day: str) -> bool:
    """The why-not of the ground names the assembly of the period on `day` as the reason (the positive anchor)."""
    return f"why assembly_in_period({day}) holds" in str(why_not(res, GROUND, lang="en"))


# --- without a finding: judged on the as-of date 2019-09-01; the window starts on 2016-01-01 --------------------

def test_control_no_assembly_in_the_window_the_ground_is_drawn():
    res = run("2019-09-01")
    assert GROUND in conclusions(res)
    assert not any(w.startswith("doubtful_text(no_assembly") for w in warnings(res))


def test_the_reviewers_case_an_assembly_earlier_in_the_as_of_year_rules_the_ground_out():
    res = run("2019-09-01", assembly("2019-03-01"))
    assert GROUND not in conclusions(res)
    assert "quorum_met(ag1)" in conclusions(res)  # anchor: the assembly is read and judged
    assert period_established(res, "2019-09-01")
    assert not any(w.startswith("doubtful_text(no_assembly") for w in warnings(res))


def test_an_assembly_on_the_windows_first_day_rules_the_ground_out():
    res = run("2019-09-01", assembly("2016-01-01"))
    assert GROUND not in conclusions(res)
    assert "quorum_met(ag1)" in conclusions(res)
    assert period_established(res, "2019-09-01")


def test_an_assembly_on_the_day_before_the_window_does_not():
    res = run("2019-09-01", assembly("2015-12-31"))
    assert GROUND in conclusions(res)
    assert "quorum_met(ag1)" in conclusions(res)


def test_an_assembly_on_the_as_of_date_rules_the_ground_out():
    res = run("2019-09-01", assembly("2019-09-01"))
    assert GROUND not in conclusions(res)
    assert "quorum_met(ag1)" in conclusions(res)
    assert period_established(res, "2019-09-01")


def test_an_assembly_the_day_after_the_as_of_date_has_not_happened_yet():
    res = run("2019-09-01", assembly("2019-09-02"))
    assert GROUND in conclusions(res)
    assert "quorum_met(ag1)" not in conclusions(res)  # not judged: after the as-of date


# --- with a finding of 2019-06-03: judged on the finding's date; the window starts on 2016-01-01 ----------------

def test_control_with_a_finding_and_no_assembly_in_the_window():
    res = run("2019-09-01", FINDING)
    assert GROUND in conclusions(res)
    assert CONTRADICTED not in conclusions(res)


def test_an_assembly_earlier_in_the_findings_year_contradicts_the_finding():
    res = run("2019-09-01", assembly("2019-03-01"), FINDING)
    assert GROUND not in conclusions(res)
    assert CONTRADICTED in conclusions(res)
    assert not any(w.startswith("doubtful_text(no_assembly") for w in warnings(res))


def test_with_a_finding_an_assembly_on_the_windows_first_day_contradicts_it():
    res = run("2019-09-01", assembly("2016-01-01"), FINDING)
    assert GROUND not in conclusions(res)
    assert CONTRADICTED in conclusions(res)


def test_with_a_finding_an_assembly_on_the_day_before_the_window_does_not():
    res = run("2019-09-01", assembly("2015-12-31"), FINDING)
    assert GROUND in conclusions(res)
    assert CONTRADICTED not in conclusions(res)


def test_with_a_finding_an_assembly_on_the_findings_day_contradicts_it():
    res = run("2019-09-01", assembly("2019-06-03"), FINDING)
    assert GROUND not in conclusions(res)
    assert CONTRADICTED in conclusions(res)


def test_with_a_finding_an_assembly_the_day_after_it_leaves_the_ground():
    """After the finding an assembly does not undo the ground of the procedure opened (it may satisfy the formal
    notice: remedied_in_time, once an injunction sets a time limit)."""
    res = run("2019-09-01", assembly("2019-06-04"), FINDING)
    assert GROUND in conclusions(res)
    assert CONTRADICTED not in conclusions(res)
    assert "quorum_met(ag1)" in conclusions(res)


def test_the_contradiction_says_up_to_the_findings_day():
    res = run("2019-09-01", assembly("2019-03-01"), FINDING)
    [c] = [c for c in res.conclusions if str(c) == CONTRADICTED]
    assert "jour du constat inclus" in c.sentence("fr")
    assert "day of the finding included" in c.sentence("en")
    assert "R6133-8@2019-05-05.I.1.3" in {str(p) for p in c.provisions}


# --- the other versions: 2017 and 2021 ----------------------------------------------------------------------------

def test_under_the_2017_version():
    """R6133-8@2017-04-28.I.1.3, as of 2017-09-01: the window starts on 2014-01-01."""
    assert GROUND in conclusions(run("2017-09-01", assembly("2013-12-31")))
    res = run("2017-09-01", assembly("2017-05-02"))
    assert GROUND not in conclusions(res) and "quorum_met(ag1)" in conclusions(res)


def test_under_the_2021_version():
    """R6133-8@2021-12-27.I.1.3, as of 2022-09-01: the window starts on 2019-01-01."""
    assert GROUND in conclusions(run("2022-09-01", assembly("2018-12-31")))
    res = run("2022-09-01", assembly("2022-02-01"))
    assert GROUND not in conclusions(res) and "quorum_met(ag1)" in conclusions(res)
