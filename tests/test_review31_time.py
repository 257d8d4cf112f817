"""The law in time for the avenant of a withdrawal: what a review of the `time` slice (review 31, F1) found
wanting; the straddling test failed before its change, the controls held before and after.

R6133-5@2006-01-01 al. 2 (R6133-7@2010-07-26 II): « tout membre peut se retirer du groupement à l'expiration
d'un exercice budgétaire, sous réserve qu'il ait notifié au groupement son intention au moins six mois avant la
fin de l'exercice ». What the member notifies is its intention; the withdrawal itself happens « à l'expiration
d'un exercice budgétaire ». R6133-5@2006-01-01 al. 4 (R6133-7@2010-07-26 IV, the same words): « L'adhésion d'un
nouveau membre, le retrait et l'exclusion d'un membre donnent lieu à un avenant à la convention constitutive. »
It is the withdrawal, on the year end it takes effect, that gives rise to the avenant, as an admission does on
the day the member joins: the avenant is owed under the text in force on that day, while the notice and the
date of effect stay judged under the text of the notification's date. Before the withdrawal takes effect, the
avenant it will call for is stated under the text of the as-of date (the one in force when the tool speaks;
the withdrawal has not happened yet).
"""

import gcs_reasoner as gcs

GCS = """groupement g "GCS Temps" {{
  as of {as_of}
  approved 2007-02-01
  seat "Tours" region "Centre"
  capital 100_000 EUR
  member a "CHU A" {{ kind health_establishment sector public region "Centre" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Centre" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Centre" rights 20 }}
  convention {{ object "Laboratoire" task_split vote_weight rights notice_days 10 meeting_days 15 }}
  withdrawal c notified {notified}
}}
"""

OLD = "R6133-5@2006-01-01.4"  # « donnent lieu à un avenant », 2006-01-01 to 2010-07-25
NEW = "R6133-7@2010-07-26.IV"  # the same words, from 2010-07-26


def cited(as_of: str, notified: str) -> dict:
    result = gcs.reason(gcs.loads(GCS.format(as_of=as_of, notified=notified), path="<test>"))
    return {str(c): set(c.provisions) for c in result.conclusions}


def test_a_withdrawal_notified_before_2010_07_26_and_taking_effect_after_owes_its_avenant_under_the_2010_text():
    """s02 of the review: notified 2010-06-15, takes effect 2010-12-31. Before: R6133-5 of 2006 al. 4 cited."""
    found = cited("2011-01-01", "2010-06-15")
    assert found["withdrawal_effective(c, 2010-12-31)"] == {"R6133-5@2006-01-01.2"}  # judged on the notice's date
    assert found["avenant_required(withdrawal:c)"] == {NEW}
    assert found["avenant_missing(withdrawal:c)"] == {NEW}
    assert cited("2026-01-15", "2010-06-15")["avenant_missing(withdrawal:c)"] == {NEW}  # the same later


def test_before_it_takes_effect_the_avenant_is_stated_under_the_text_of_the_as_of_date():
    """The same withdrawal, not yet effective: on 2010-07-25 the 2006 text, from 2010-07-26 the 2010 one."""
    assert cited("2010-07-25", "2010-06-15")["avenant_required(withdrawal:c)"] == {OLD}
    on_26 = cited("2010-07-26", "2010-06-15")
    assert on_26["avenant_required(withdrawal:c)"] == {NEW}
    assert on_26["withdrawal_effective(c, 2010-12-31)"] == {"R6133-5@2006-01-01.2"}
    assert "avenant_missing(withdrawal:c)" not in on_26


def test_control_a_withdrawal_entirely_before_2010_07_26_keeps_the_2006_text():
    """Notified 2008-03-01, effective 2008-12-31: R6133-5 of 2006 al. 4 at every later as-of date."""
    for as_of in ("2009-06-01", "2011-01-01"):
        found = cited(as_of, "2008-03-01")
        assert found["avenant_required(withdrawal:c)"] == {OLD}
        assert found["avenant_missing(withdrawal:c)"] == {OLD}


def test_control_a_withdrawal_entirely_after_2010_07_26_cites_the_2010_text():
    """Notified 2011-03-01, effective 2011-12-31: R6133-7 of 2010 IV."""
    assert cited("2011-06-01", "2011-03-01")["avenant_required(withdrawal:c)"] == {NEW}
    found = cited("2012-01-02", "2011-03-01")
    assert found["avenant_required(withdrawal:c)"] == {NEW}
    assert found["avenant_missing(withdrawal:c)"] == {NEW}
    assert found["withdrawal_effective(c, 2011-12-31)"] == {"R6133-7@2010-07-26.II"}
