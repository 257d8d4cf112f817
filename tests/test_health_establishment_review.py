"""The groupement erected into a health establishment (L6133-7, R6133-12 ff.) on cases the golden
files do not show, found by a review of the rules against the texts; each fails on the rules
before."""

from __future__ import annotations

import gcs_reasoner as gcs

from .edited import reason_edited

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


ERECTED_AGAIN = """groupement med_nord "GCS Médecine privée du Nord" {
  as of AS_OF
  approved 2010-11-02
  seat "Amiens" region "Picardie"
  member clin_somme "Clinique de la Somme" { kind health_establishment sector private region "Picardie" rights 50 }
  member clin_picardie "Clinique de Picardie" { kind health_establishment sector private region "Picardie" rights 50 }
  authorisation chir care_activity "Chirurgie" held_by groupement until 2014-06-30
  authorisation med care_activity "Médecine" held_by groupement
  ars_decision dec1 on 2011-02-01 published 2011-02-10 { grants chir  erects  tariff_scale d }
  ars_decision dec3 on 2014-03-01 { not_renews chir }
  ars_decision dec4 on 2014-09-01 { withdraws_status }
  ars_decision dec5 on 2015-06-01 published 2015-06-10 { grants med  erects  tariff_scale d }
}
"""


def test_a_groupement_erected_again_after_its_status_was_withdrawn_is_a_health_establishment_again():
    """L6133-7@2010-02-26.1 « est érigé en établissement de santé privé … par décision du directeur
    général » and R6133-15@2010-07-26.1 (« lui retire également la qualité d'établissement de santé
    privé »): erected in 2011, its last authorisation ended on 2014-06-30 (the withdrawal of the
    status is then owed), the status withdrawn on 2014-09-01, erected again on 2015-06-01 with a new
    authorisation: a private health establishment from 2015-06-01, nothing owed any more."""
    def at(day):
        return gcs.reason(gcs.loads(ERECTED_AGAIN.replace("AS_OF", day), path=f"<{day}>"))
    owed = at("2014-08-01")
    assert owed.holds("health_establishment(private, 2011-02-01)")
    assert owed.holds("status_end_required(withdraws_status)")
    withdrawn = at("2014-12-01")
    assert not withdrawn.by_predicate("health_establishment")
    again = at("2016-01-01")
    assert again.holds("health_establishment(private, 2015-06-01)")
    assert not again.holds("health_establishment(private, 2011-02-01)")
    assert not again.by_predicate("status_end_required")


GRANT_THEN_ERECTION = """groupement imagerie_sud "GCS Imagerie Sud" {
  as of 2013-09-01
  approved 2009-10-01
  seat "Nîmes" region "Languedoc-Roussillon"
  member ch_nimes "CH de Nîmes" { kind health_establishment sector public region "Languedoc-Roussillon" rights 60 }
  member ch_ales "CH d'Alès" { kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on 2011-05-02 published 2011-05-10 { grants chir }
  ars_decision dec2 on 2012-03-01 published 2012-03-10 { erects  tariff_scale abc }
}
"""


def test_the_eps_budget_rules_follow_the_year_of_the_grant():
    """R6133-13@2010-07-26.II.3 « au 1er janvier de l'année suivant la décision du directeur général
    de l'agence régionale de santé mentionnée au premier alinéa », the first alinéa being « Lorsque
    le directeur général … accorde une autorisation d'activités de soins à un groupement de
    coopération sanitaire de droit public »: granted 2011-05-02, erected 2012-03-01: from
    2012-01-01."""
    result = gcs.reason(gcs.loads(GRANT_THEN_ERECTION, path="<grant then erection>"))
    assert result.holds("health_establishment(public, 2012-03-01)")
    assert result.holds("eps_budget_rules_from(2012-01-01)")
    assert not result.holds("eps_budget_rules_from(2013-01-01)")


def test_no_suppression_is_owed_once_the_groupement_holds_a_care_authorisation_again():
    """R6133-15@2010-07-26.2 « si ce dernier ne détient alors plus aucune autorisation d'activités
    de soins … prononce la suppression »: es_status_end_due without the suppression, and a new
    authorisation granted on 2014-09-01: on 2014-12-01 it holds one, it is a health establishment
    (L6133-7 al. 1), and no suppression is owed. On 2014-08-01, before the grant, it is."""
    edits = (("  ars_decision dec3 on 2014-09-01 { suppresses }\n",
              "  authorisation dialyse care_activity \"Dialyse\" held_by groupement\n"
              "  ars_decision dec4 on 2014-09-01 { grants dialyse }\n"),)
    before = reason_edited("es_status_end_due.gcs", *edits)
    assert before.holds("status_end_required(suppresses)")
    after = reason_edited("es_status_end_due.gcs", *edits, ("as of 2014-08-01", "as of 2014-12-01"))
    assert after.holds("gcs_kind(health_establishment)")
    assert not after.holds("status_end_required(suppresses)")


def test_the_administrator_beside_the_director_is_the_one_in_office():
    """L6133-7@2010-02-26.2.1 « Les fonctions de l'administrateur du groupement sont exercées en sus
    des fonctions du directeur »: an administrator whose term ran out on 2012-01-09 is not the
    administrator of the public health establishment on 2014-05-01."""
    over = reason_edited("es_status_end_due.gcs", ("as of 2014-08-01", "as of 2014-05-01"),
                   ("  ars_decision dec3 on 2014-09-01 { suppresses }\n",
                    "  administrator chru_lille elected 2011-01-10 until 2012-01-09\n"))
    assert over.holds("administrator_invalid(term_expired)")
    assert not over.by_predicate("eps_administrator")
    in_office = reason_edited("es_status_end_due.gcs", ("as of 2014-08-01", "as of 2014-05-01"),
                        ("  ars_decision dec3 on 2014-09-01 { suppresses }\n",
                         "  administrator chru_lille elected 2013-01-10 until 2016-01-09\n"))
    assert in_office.holds("eps_administrator(chru_lille)")


def test_a_request_for_assisted_procreation_biology_comes_with_a_proposed_scale():
    """R6133-14@2010-07-26.2 « Toute demande d'autorisation d'activités de soins s'accompagne de la
    proposition de l'échelle tarifaire »: the biological activity of assisted procreation is a care
    activity (care_kind), as for al. 1 (conditions_per_site)."""
    result = reason_edited("es_request_2012.gcs", ("med care_activity", "med amp_biology"))
    assert result.holds("conditions_per_site(med)")
    assert result.holds("tariff_proposal_required(med)")


AMP_ONLY = """groupement amp_sud "GCS AMP Sud" {
  as of 2021-01-01
  approved 2018-07-03
  seat "Montpellier" region "Occitanie"
  member clin_a "Clinique du Parc" { kind health_establishment sector private region "Occitanie" rights 60 }
  member clin_b "Clinique Saint-Roch" { kind health_establishment sector private region "Occitanie" rights 40 }
  authorisation amp amp_biology "Activités biologiques d'AMP" held_by groupement granted 2018-09-01 until 2025-09-01
  convention {
    vocation hold_authorisation
    mentions name_and_seat, object_and_split, members, legal_nature, duration, contribution_rules, rights_rules, debt_rules, representation, accounting_regime, property_made_available, staff_rules, dissolution_rules, professional_intervention, membership_rules, administration_rules, powers_split, liquidation_rules
    attached budget_forecast, financial_balance
  }
}
"""


def test_a_groupement_holding_only_assisted_procreation_biology_owes_no_mention_of_an_erected_establishment():
    """R6133-1@2017-04-28.III.2 « la convention constitutive du groupement érigé en établissement de
    santé précise … »: from 2017-01-14 a groupement whose only care authorisation is of assisted
    procreation biology « n'est pas érigé » (L6133-7@2017-01-14.3): none of those mentions."""
    result = gcs.reason(gcs.loads(AMP_ONLY, path="<amp only>"))
    assert result.holds("erection_derogation(amp)")
    for mention in ("authorisations_held", "activity_data", "haemovigilance", "establishment_obligations"):
        assert not result.holds(f"missing_mention({mention})"), mention


AMP_AFTER_WITHDRAWAL = """groupement sante_sud "GCS Santé Sud" {
  as of 2021-01-01
  approved 2012-07-03
  seat "Montpellier" region "Occitanie"
  member clin_a "Clinique du Parc" { kind health_establishment sector private region "Occitanie" rights 60 }
  member clin_b "Clinique Saint-Roch" { kind health_establishment sector private region "Occitanie" rights 40 }
  authorisation chir care_activity "Chirurgie" held_by groupement
  authorisation amp amp_biology "Activités biologiques d'AMP" held_by groupement granted 2020-03-01
  ars_decision dec1 on 2013-03-01 published 2013-03-10 {
    grants chir
    erects
    tariff_scale d
  }
  ars_decision dec2 on 2018-06-01 { withdraws chir }
  ars_decision dec3 on 2018-09-01 { withdraws_status }
}
"""


def test_the_derogation_applies_again_once_the_status_was_withdrawn():
    """L6133-7@2017-01-14.3: erected in 2013, its status withdrawn in 2018, the groupement holds
    only an assisted procreation biology authorisation from 2020: it is not erected again."""
    result = gcs.reason(gcs.loads(AMP_AFTER_WITHDRAWAL, path="<amp after withdrawal>"))
    assert result.holds("erection_derogation(amp)")
    assert not result.holds("gcs_kind(health_establishment)")


EPS_REERECTED = """groupement med_nord "GCS Médecine publique du Nord" {
  as of 2016-06-01
  approved 2010-11-02
  seat "Amiens" region "Picardie"
  member ch_a "CH d'Amiens" { kind health_establishment sector public region "Picardie" rights 50 }
  member ch_b "CH d'Abbeville" { kind health_establishment sector public region "Picardie" rights 50 }
  authorisation chir care_activity "Chirurgie" held_by groupement until 2014-06-30
  authorisation med care_activity "Médecine" held_by groupement
  ars_decision dec1 on 2011-02-01 published 2011-02-10 { grants chir  erects  tariff_scale abc }
  ars_decision dec3 on 2014-03-01 { not_renews chir }
  ars_decision dec4 on 2014-09-01 { suppresses }
  ars_decision dec5 on 2015-06-01 published 2015-06-10 { grants med  erects  tariff_scale abc }
}
"""
EPS_FUTURE_GRANT = """groupement imagerie_sud "GCS Imagerie Sud" {
  as of 2013-09-01
  approved 2009-10-01
  seat "Nîmes" region "Languedoc-Roussillon"
  member ch_nimes "CH de Nîmes" { kind health_establishment sector public region "Languedoc-Roussillon" rights 60 }
  member ch_ales "CH d'Alès" { kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }
  authorisation dial care_activity "Dialyse" held_by groupement
  ars_decision dec2 on 2012-03-01 published 2012-03-10 { erects  tariff_scale abc }
  ars_decision dec3 on 2015-05-02 published 2015-05-10 { grants dial }
}
"""


def test_the_eps_budget_rules_follow_the_grant_of_the_establishment_in_force():
    """R6133-13@2010-07-26.II.3: suppressed in 2014 and erected again with a new grant on
    2015-06-01, the establishment of 2016 takes the EPS rules from 2016-01-01 (not from the first
    establishment's 2012); a grant dated after the as-of date is not yet made (erected 2012 with no
    grant by 2013: the erection's year)."""
    again = gcs.reason(gcs.loads(EPS_REERECTED, path="<re-erected>"))
    assert again.holds("health_establishment(public, 2015-06-01)")
    assert [str(c) for c in again.by_predicate("eps_budget_rules_from")] == ["eps_budget_rules_from(2016-01-01)"]
    future = gcs.reason(gcs.loads(EPS_FUTURE_GRANT, path="<future grant>"))
    assert [str(c) for c in future.by_predicate("eps_budget_rules_from")] == ["eps_budget_rules_from(2013-01-01)"]
