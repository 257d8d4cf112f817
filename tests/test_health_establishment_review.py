"""The groupement erected into a health establishment (L6133-7, R6133-12 ff.) on cases the golden
files do not show, found by a review of the rules against the texts; each fails on the rules
before."""

from __future__ import annotations

import gcs_reasoner as gcs

AMP_LEFT = """groupement sante_sud "GCS Santé Sud" {
  as of 2020-01-01
  approved 2017-07-03
  seat "Montpellier" region "Occitanie"
  member clin_a "Clinique du Parc" { kind health_establishment sector private region "Occitanie" rights 60 }
  member clin_b "Clinique Saint-Roch" { kind health_establishment sector private region "Occitanie" rights 40 }
  authorisation amp amp_biology "Activités biologiques d'AMP" held_by groupement granted 2017-09-01
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on 2018-03-01 published 2018-03-10 {
    grants chir
    ERECTS
    tariff_scale d
  }
  ars_decision dec2 on 2019-06-01 { withdraws chir }
}
"""


def test_an_erected_groupement_left_with_assisted_procreation_alone_stays_a_health_establishment():
    """L6133-7@2017-01-14.3 « un groupement de coopération sanitaire de moyens dont la seule
    autorisation d'activité de soins … est une autorisation d'activité biologique d'assistance
    médicale à la procréation n'est pas érigé en établissement de santé »: it says nothing of a
    groupement already erected (2018), whose surgery authorisation is withdrawn (2019): it keeps
    its status, is a health establishment (al. 1) and is financed as one; no derogation. Not
    erected, the same groupement gets the derogation."""
    erected = gcs.reason(gcs.loads(AMP_LEFT.replace("ERECTS", "erects"), path="<erected>"))
    assert erected.holds("health_establishment(private, 2018-03-01)")
    assert erected.holds("gcs_kind(health_establishment)")
    assert erected.holds("financed_as_health_establishment")
    assert not erected.by_predicate("erection_derogation")
    never = gcs.reason(gcs.loads(AMP_LEFT.replace("ERECTS", ""), path="<not erected>"))
    assert never.holds("erection_derogation(amp)")
    assert not never.holds("gcs_kind(health_establishment)")
