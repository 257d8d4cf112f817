"""Approval acts judged as things stand on the as-of date (a black-box review, stop 21).

R6133-1-1@2017-04-28 al. 2: « L'absence de décision expresse à l'expiration du délai
vaut approbation tacite »: on the last day of the two months the director general may
still decide, so the tacit approval is drawn only from the next day. R6133-11@2006-01-01
al. 3, L6133-3 I and R6133-1-1@2017-04-28 al. 4: legal personality from a publication or
a decision; one the file dates after the as-of date is not made yet on that date.
Each test failed before the change it comes with.
"""

from datetime import date

import gcs_reasoner as gcs

BRETAGNE = """groupement g1 "GCS Test" {{
  as of {as_of}
  submitted {submitted}
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_vitre "CH de Vitré" {{ kind health_establishment sector public region "Bretagne" rights 30 }}
  {more}
}}
"""


def conclusions(text: str, as_of=None) -> set[str]:
    result = gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)
    return {str(c) for c in result.conclusions}


def silence(as_of: str) -> set[str]:
    return conclusions(BRETAGNE.format(as_of=as_of, submitted="2019-01-15", more=""))


def test_no_tacit_approval_on_the_last_day_of_the_two_months():
    last_day = silence("2019-03-15")
    assert "approval_decision_due(convention, 2019-03-15)" in last_day
    assert not any(c.startswith(("tacit_approval", "legal_personality_from")) for c in last_day)


def test_tacit_approval_the_day_after_the_two_months():
    after = silence("2019-03-16")
    assert "tacit_approval(convention, 2019-03-15)" in after
    assert "legal_personality_from(2019-03-16)" in after


def test_avenant_not_tacitly_approved_on_the_last_day():
    def text(as_of):
        return BRETAGNE.format(as_of=as_of, submitted="2018-10-01", more="""
  ars_decision dec1 on 2018-11-05 by ars_director_general published 2018-11-10 { approves convention }
  avenant av1 on 2019-01-20 for convention_change submitted_on 2019-01-31""")
    last_day = conclusions(text("2019-03-31"))
    assert "approval_decision_due(avenant:av1, 2019-03-31)" in last_day
    assert not any(c.startswith("tacit_approval(avenant") for c in last_day)
    assert "tacit_approval(avenant:av1, 2019-03-31)" in conclusions(text("2019-04-01"))


def test_no_legal_personality_from_a_publication_after_the_as_of_date_2006():
    text = """groupement g2 "GCS Imagerie" {
  as of 2008-05-09
  approved 2008-05-10
  seat "Lyon" region "Rhône-Alpes"
  member hcl "Hospices civils de Lyon" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_vienne "CH de Vienne" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
}
"""
    assert not any(c.startswith("legal_personality_from") for c in conclusions(text))
    assert "legal_personality_from(2008-05-10)" in conclusions(text, as_of=date(2008, 5, 10))


def test_no_legal_personality_from_a_decision_after_the_as_of_date_2017():
    text = BRETAGNE.format(as_of="2019-02-10", submitted="2019-01-15", more=(
        "ars_decision dec1 on 2019-02-20 by ars_director_general published 2019-02-25 { approves convention }"))
    before = conclusions(text)
    assert not any(c.startswith(("legal_personality_from", "conflict")) for c in before)
    later = conclusions(text, as_of=date(2019, 2, 26))
    assert {"legal_personality_from(2019-02-20)", "legal_personality_from(2019-02-25)"} <= later


def test_publication_not_yet_made_gives_no_legal_personality_under_the_law():
    text = BRETAGNE.format(as_of="2019-02-18", submitted="2019-01-10", more=(
        "ars_decision dec1 on 2019-01-31 by ars_director_general published 2019-02-20 { approves convention }"))
    found = conclusions(text)
    assert "legal_personality_from(2019-01-31)" in found  # the decree's date, reached
    assert "legal_personality_from(2019-02-20)" not in found  # the law's: the publication is not made yet


# R6133-11@2006-01-01 al. 6 (« un rapport … retraçant son activité »), R6133-9 of 2010 and 2017 (the
# report of a year, due the next year): a report on a year not over on the as-of date is not judged,
# and a text in force only after the as-of date is never applied to it.
REPORTS = """groupement g2 "GCS Imagerie" {
  as of 2012-03-01
  approved 2007-01-10
  seat "Lyon" region "Rhône-Alpes"
  member hcl "Hospices civils de Lyon" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_vienne "CH de Vienne" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  activity_report 2008
  activity_report 2009
  activity_report 2010
}
"""


def report_conclusions(as_of: date) -> set[str]:
    result = gcs.reason(gcs.loads(REPORTS, path="<test>"), as_of=as_of)
    return {str(c) for c in result.conclusions if "report" in c.predicate}


def test_reports_of_years_not_over_are_not_judged():
    assert report_conclusions(date(2009, 6, 1)) == {
        "activity_report_irregular(2008, not_approved_by_assembly)", "activity_report_to_send(2008)"}


def test_the_2010_report_is_due_under_the_2010_text_once_2011_has_begun():
    assert "report_due(2010, 2011-12-31)" not in report_conclusions(date(2010, 12, 31))
    assert "report_due(2010, 2011-12-31)" in report_conclusions(date(2011, 1, 1))


# R6133-11@2006-01-01 al. 5 (« Les avenants … font l'objet d'une procédure identique ») until
# 2010-07-25, R6133-1-1@2010-07-26 al. 3 from 2010-07-26: the avenant's approval is judged under the
# text in force when it is approved (not approved by the as-of date: on that date), as the
# convention's is, whatever the avenant's own date.
AVENANTS = """groupement g2 "GCS Imagerie" {
  as of 2012-06-01
  approved 2008-01-10
  seat "Lyon" region "Rhône-Alpes"
  member hcl "Hospices civils de Lyon" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_vienne "CH de Vienne" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  avenant av1 on 2010-07-20 for convention_change approved_on 2010-08-10 published_on 2010-08-20
  avenant av2 on 2010-07-20 for convention_change
  avenant av4 on 2010-07-20 for convention_change approved_on 2010-07-22 published_on 2010-07-30
}
"""


def test_an_avenant_is_approved_under_the_text_of_its_approval():
    result = gcs.reason(gcs.loads(AVENANTS, path="<test>"))
    cited = {str(c): set(c.provisions) for c in result.conclusions if c.predicate == "approval_required"}
    assert cited["approval_required(ars_director_general, avenant:av1)"] == {"R6133-1-1@2010-07-26.3"}
    assert cited["approval_required(ars_director_general, avenant:av2)"] == {"R6133-1-1@2010-07-26.3"}
    assert "R6133-11@2006-01-01.5" in cited["approval_required(ars_director_general, avenant:av4)"]


# R6133-11@2006-01-01 al. 1 (« le directeur de l'agence régionale de l'hospitalisation de cette région
# est consulté ») and R6133-1-1@2017-04-28 al. 1 (« Ce directeur consulte le cas échéant »): the
# consultation comes before the decision; while none is made it is owed, not missing.
def test_consultation_owed_not_missing_before_the_decision_2017():
    text = BRETAGNE.format(as_of="2019-02-01", submitted="2019-01-15", more="").replace(
        'member ch_vitre "CH de Vitré" { kind health_establishment sector public region "Bretagne" rights 30 }',
        'member chu_nantes "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 30 }')
    before = conclusions(text)
    assert 'consultation_required(ars_director_general, "Pays de la Loire")' in before
    assert not any(c.startswith("consultation_missing") for c in before)
    after = conclusions(text, as_of=date(2019, 3, 16))  # tacitly approved on 2019-03-15
    assert 'consultation_missing("Pays de la Loire")' in after


def test_consultation_owed_not_missing_before_the_approval_2006():
    text = """groupement g "GCS Est" {
  as of 2006-06-01
  approved 2006-07-01
  seat "Nancy" region "Lorraine"
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member hus "HUS" { kind health_establishment sector public region "Alsace" rights 40 }
}
"""
    before = conclusions(text)
    assert 'consultation_required(arh_director, "Alsace")' in before
    assert not any(c.startswith("consultation_missing") for c in before)
    assert 'consultation_missing("Alsace")' in conclusions(text, as_of=date(2006, 7, 2))
