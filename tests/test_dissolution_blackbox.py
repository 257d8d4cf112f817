"""Dissolution rules a black-box review of stop 21 found wanting; each test failed before its change.

R6133-8@2010-07-26 al. 2 (R6133-17@2006-01-01 al. 4): « La dissolution du groupement est notifiée …
dans un délai de quinze jours. » The delay runs from the first dissolution: an assembly's decision
taken after a dissolution by operation of law is not judged late against the first's delay. And the
file records every notification (contract part 1: « what is not written did not happen »; part 2:
`dissolution by operation_of_law notified DATE`): a dissolution of right with none on record is not
notified.
"""

import gcs_reasoner as gcs

TERM_2012 = """groupement g "GCS Terme" {{
  as of {as_of}
  approved 2011-01-10
  seat "Tours" region "Centre"
  duration until 2012-12-31
  member ch_a "CH A" {{ kind health_establishment sector public region "Centre" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Centre" rights 40 }}
  convention {{ object "Biologie" task_split vote_weight rights notice_days 15 meeting_days 30 mentions dissolution_rules, duration }}
  {more}
}}
"""

ASSEMBLY_AFTER = """assembly ag1 on 2013-03-01 {
    convened_on 2013-02-10 by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution { for ch_a, ch_b }
  }
  dissolution by ag1.d1 notified 2013-03-05"""


def notifications(as_of: str, more: str) -> set[str]:
    result = gcs.reason(gcs.loads(TERM_2012.format(as_of=as_of, more=more), path="<test>"))
    return {str(c) for c in result.conclusions if c.predicate.startswith("notification")}


def test_an_assembly_dissolution_after_the_term_is_not_late_against_the_terms_delay():
    found = notifications("2013-04-01", "dissolution by operation_of_law notified 2013-01-10\n  " + ASSEMBLY_AFTER)
    assert found == {"notification_due(dissolution, 2013-01-15)"}


def test_a_dissolution_of_right_with_no_notification_on_record_was_not_notified():
    assert "notification_missing(dissolution)" in notifications("2013-02-01", "")
    assert "notification_missing(dissolution)" not in notifications("2013-01-15", "")  # the last day of the delay
    assert "notification_missing(dissolution)" not in notifications(
        "2013-02-01", "dissolution by operation_of_law notified 2013-01-10")


def test_an_assembly_earlier_in_the_findings_year_does_not_defeat_the_ground_of_no_assembly():
    """Contract part 2 §10: « three whole calendar years before the finding's date with no `assembly` in
    them » (R6133-8@2017-04-28.I.1.3 « une absence de réunion de l'assemblée générale depuis trois exercices
    comptables »): a finding of 2018-03-01 looks at 2015, 2016 and 2017; an assembly of 2018-01-15 is not in
    them, one of 2017-12-31 is (found by review, stop 26)."""
    from .edited import reason_edited

    finding = "  ars_decision dec1 on 2018-03-01"
    january = reason_edited("dissol17_step1_finding.gcs",
                            (finding, "  assembly agj on 2018-01-15 { present ch_tulle }\n" + finding))
    assert january.holds("ars_dissolution_ground(no_assembly)")
    assert not january.holds("ars_dissolution_irregular(ground_not_established)")
    december = reason_edited("dissol17_step1_finding.gcs",
                             (finding, "  assembly agd on 2017-12-31 { present ch_tulle }\n" + finding))
    assert not december.holds("ars_dissolution_ground(no_assembly)")
    assert december.holds("ars_dissolution_irregular(ground_not_established)")
