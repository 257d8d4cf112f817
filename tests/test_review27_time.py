"""Findings of a review of rules/time and rules/transfers (stop 27); each test failed before its change.

R6133-1-1@2017-04-28 al. 4: « Le groupement jouit de la personnalité morale à compter de la décision
d'approbation ou, à défaut, à compter du lendemain de la décision implicite d'approbation. »
R6133-22@2009-06-27 al. 1: « Le directeur de l'agence régionale de l'hospitalisation fixe les compétences
transférées … » (in force from 2009-06-27: a transfer decided before is judged by no encoded text).
décret 2005-1681 art. 3: « Le présent décret entre en vigueur le premier jour du mois suivant sa
publication … ».
"""

import gcs_reasoner as gcs

from .edited import reason_edited

GROUPEMENT = """groupement g "GCS" {{
  as of 2020-06-30
  submitted {received}
  seat "Caen" region "Normandie"
  capital none
  declared_nature public
  member chu_caen "CHU de Caen" {{ kind health_establishment sector public region "Normandie" rights 60 }}
  member ch_bayeux "CH de Bayeux" {{ kind health_establishment sector public region "Normandie" rights 40 }}
  {more}
}}
"""
YEARLY = ("annual_assembly_missing", "accounts_approval_due", "report_due", "report_missing")


def yearly(received: str, more: str = "") -> set[str]:
    result = gcs.reason(gcs.loads(GROUPEMENT.format(received=received, more=more), path="<test>"))
    return {str(c) for c in result.conclusions if c.predicate in YEARLY}


def test_a_tacitly_approved_groupement_is_born_the_day_after_its_tacit_approval():
    """Received 2018-10-31: tacit approval at the end of 2018-12-31, legal personality (and life) from
    2019-01-01, as a groupement approved expressly on 2019-01-01: 2019 is the year each was born in, and
    neither owes the obligations of a whole year 2019."""
    tacit = yearly("2018-10-31")
    express = yearly("2018-11-01", "ars_decision a1 on 2019-01-01 published 2019-01-02 { approves convention }")
    assert tacit == express
    assert not {c for c in tacit if "2019" in c.split(",")[0]}


def test_a_transfer_decided_before_the_2009_text_is_not_judged_and_says_so():
    result = reason_edited("transfers_2009_decision.gcs")
    found = [w for w in result.warnings if w.code == "text_not_in_force" and "dec0" in w.message]
    assert found and "transfer of competences" in found[0].message
    assert "competence_transferred(real_estate)" not in {str(c) for c in result.conclusions}


def test_an_approval_before_2006_is_said_published_on_its_publication_date():
    text = """groupement g "GCS Ancien" {
  as of 2006-06-30
  seat "Caen" region "Basse-Normandie"
  member chu_caen "CHU de Caen" { kind health_establishment sector public region "Basse-Normandie" rights 60 }
  member ch_bayeux "CH de Bayeux" { kind health_establishment sector public region "Basse-Normandie" rights 40 }
  ars_decision a1 on 2005-12-15 published 2005-12-20 { approves convention }
}
"""
    result = gcs.reason(gcs.loads(text, path="<test>"))
    sentences = [c.sentence("fr") for c in result.conclusions if str(c).startswith("event_not_judged(approval")]
    assert sentences and "publiée le 20 décembre 2005" in sentences[0]
