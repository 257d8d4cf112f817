"""An activity report the file names is judged for a year of the groupement's life that is over on the as-of
date (R6133-11 of 2006 al. 6 « Le groupement transmet chaque année … un rapport approuvé par l'assemblée
générale »; R6133-9 of 2010 and 2017): a report of a year that ended before the groupement existed is owed
by no one, and one of a year not over is not judged yet; each says so at its line, never dropped silently."""

from __future__ import annotations

import gcs_reasoner as gcs

HEAD = '''groupement g "GCS Test" {
  as of %s
  approved %s
  seat "Lille" region "Nord"
  member a "CH A" { kind health_establishment sector public region "Nord" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Nord" rights 50 }
'''


def _run(as_of, approved, reports):
    result = gcs.reason(gcs.loads(HEAD % (as_of, approved) + reports + "}\n", "reports.gcs"))
    found = {c.text for c in result}
    warned = {(w.code, w.line, w.message) for w in result.warnings if w.code == "no_effect"}
    return found, warned


def test_2006_a_report_of_a_year_before_the_groupement_is_not_judged_and_says_so():
    found, warned = _run("2008-06-30", "2006-03-15", "  activity_report 2005\n  activity_report 2007\n")
    assert not any("(2005" in c for c in found if c.startswith("activity_report"))
    assert "activity_report_to_send(2007)" in found  # the year of its life, over: judged
    assert "activity_report_irregular(2007, not_approved_by_assembly)" in found
    assert any(line == 7 and "2005" in m and "before the groupement existed" in m for _, line, m in warned)


def test_2006_a_report_of_a_year_not_over_is_not_judged_and_says_so():
    found, warned = _run("2008-06-30", "2006-03-15", "  activity_report 2008\n  activity_report 2030\n"
                                                     "  activity_report 2007\n")
    assert "activity_report_to_send(2007)" in found
    assert not any(c.startswith("activity_report") and ("2008" in c or "2030" in c) for c in found)
    lines = {line for _, line, m in warned if "is not over" in m}
    assert lines == {7, 8}


def test_2010_the_report_of_the_year_before_the_approval_and_of_the_current_year():
    found, warned = _run("2012-06-30", "2011-01-10", "  activity_report 2010 sent 2011-03-01\n"
                                                     "  activity_report 2011 sent 2012-05-01\n"
                                                     "  activity_report 2012 sent 2012-06-01\n")
    assert "report_due(2011, 2012-12-31)" in found
    assert not any(c.startswith("report_") and ("(2010" in c or "(2012" in c) for c in found)
    assert {(line, "before the groupement existed" in m) for _, line, m in warned} == {(7, True), (9, False)}


def test_the_french_words_of_the_warnings():
    result = gcs.reason(gcs.loads(HEAD % ("2008-06-30", "2006-03-15") + "  activity_report 2005\n}\n", "r.gcs"))
    fr = [w.message_fr for w in result.warnings if w.code == "no_effect"]
    assert fr == ["Le rapport d'activité de l'année 2005 est sans objet : cette année s'est achevée avant que le "
                  "groupement n'existe, et aucun rapport n'est dû pour elle ; il n'est pas jugé."]
