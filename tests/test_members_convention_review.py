"""Convention and membership rules on cases the golden files do not show, found by a review of
convention/ and members_and_nature/ against the texts; each fails on the rules before."""

from __future__ import annotations

from pathlib import Path

import gcs_reasoner as gcs

FACTS = Path(__file__).resolve().parent.parent / "facts"


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review case>"))


def _warned(result, *words) -> bool:
    return any(w.code == "missing_fact" and all(x in w.atom for x in words) for w in result.warnings)


AMP = """groupement amp_ouest "GCS AMP Ouest" {
  as of 2015-06-01
  approved 2012-03-01
  seat "Nantes" region "Pays de la Loire"
  capital none
  duration until 2016-12-31
  member chu_nantes "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  member ch_cholet "CH de Cholet" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  authorisation amp KIND "AMP biologique" held_by groupement granted 2012-06-01 until 2019-06-01
  convention {
    object "AMP"
    task_split
    mentions name_and_seat, object_and_split, members, legal_nature, duration, contribution_rules, rights_rules,
             debt_rules, representation, accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules
    attached budget_forecast, financial_balance
  }
}
"""


def test_an_authorisation_of_assisted_procreation_biology_is_a_care_activity_for_the_convention():
    """R6133-1@2014-09-15.II.1 « Lorsqu'il détient une autorisation d'activité de soins, le
    groupement est constitué pour une durée au moins égale à la durée de l'autorisation »: the
    biological activity of assisted procreation is a care activity (as L6133-7 reads it), so the
    duration and the mentions of II apply as for `care_activity`."""
    for kind in ("care_activity", "amp_biology"):
        result = _reason(AMP.replace("KIND", kind))
        assert result.holds("duration_too_short(amp)"), kind
        assert result.holds("missing_mention(authorisation_vocation)"), kind
        assert result.holds("missing_mention(authorisations_held)"), kind


def test_a_convention_that_declares_the_nature_does_not_miss_the_mention_when_the_law_leaves_it_open():
    """R6133-1@2006-01-01.2.3 « 3° Sa nature juridique »: nature09_half (L6133-3 of 2009: half
    public, half private, the nature undetermined) with a convention listing the mention and a
    declared nature: the convention states a nature, no missing_mention(legal_nature)."""
    text = (FACTS / "nature09_half.gcs").read_text(encoding="utf-8").rstrip().rstrip("}") + """
  convention {
    object "Logistique"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
  }
}
"""
    result = _reason(text)
    assert result.holds("nature(undetermined)")
    assert not result.holds("missing_mention(legal_nature)")
    assert not result.holds("missing_mention(members)")


DOCTOR = """groupement g "GCS Test" {
  as of 2013-06-30
  approved 2012-03-01
  seat "Lyon" region "Rhône-Alpes"
  declared_nature private
  member ch "CH" { kind health_establishment sector public region "Rhône-Alpes" rights 80 }
  member drx "Dr X" { kind other_health_professional liberal PROFESSION region "Rhône-Alpes" rights 20 }
}
"""


def test_a_liberal_health_professional_of_medical_profession_is_a_liberal_medical_professional():
    """L6133-3@2011-08-12.I.3 « ou par des personnes de droit public et des professionnels
    médicaux libéraux »: a CH and a doctor stated `other_health_professional liberal profession
    medical`: the groupement is public (its declared private nature is ruled out)."""
    result = _reason(DOCTOR.replace("PROFESSION", "profession medical sector private"))
    assert result.holds("nature(public)")
    assert not result.holds("nature(private)")


def test_a_liberal_health_professional_of_unknown_profession_is_not_presumed_non_medical():
    """L6133-2@2009-07-23.1 « des professionnels médicaux libéraux »: with no `profession`, whether
    Dr X is a liberal medical professional (a member by right) or another health professional (on
    the agency's authorisation) is not known: no membership_invalid, no authorisation required, no
    nature; missing_fact warnings instead."""
    result = _reason(DOCTOR.replace("PROFESSION", ""))
    assert not result.by_predicate("membership_invalid")
    assert not result.holds("approval_required(ars_director_general, member_authorisation(drx))")
    assert not result.by_predicate("nature")
    assert _warned(result, "profession", "drx", "membership")
    assert _warned(result, "profession", "drx", "nature")


JOINT_2017 = """groupement plateau_nord "GCS Plateau technique Marseille Nord" {
  as of 2020-06-30
  approved 2017-11-02
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none
  member chu_m "AP-HM" { kind health_establishment sector public funding a eligible_holder region "Provence-Alpes-Côte d'Azur" rights 50 }
  member clin_p "Clinique du Palais" { kind health_establishment sector private funding d eligible_holder region "Provence-Alpes-Côte d'Azur" rights 40 }
  member ch_x "CH X" { kind health_establishment sector public funding a eligible_holder region "Provence-Alpes-Côte d'Azur" rights 10 }
  authorisation chir_p care_activity "Chirurgie ambulatoire" held_by clin_p granted 2015-01-01 modification_requested 2017-09-01
  operates chir_p site "Marseille Nord"
  submitted 2017-09-01
  tariff_option d received 2017-09-01
  ars_decision dec1 on 2017-10-20 published 2017-11-02 {
    approves convention
    modifies chir_p
    authorises_billing
    tariff_scale d
  }
  WITHDRAWAL
}
"""


def test_the_billing_authorisation_is_judged_on_what_the_groupement_operated_that_day():
    """R6133-13@2017-04-28.I.1 « Le groupement … exploitant en commun les autorisations détenues
    par un ou plusieurs de ses membres … peut être autorisé … à facturer »: authorised on
    2017-10-20 while it operated the clinic's authorisation, a member that day; the clinic's
    withdrawal in 2019 does not make the 2017 decision irregular."""
    result = _reason(JOINT_2017.replace("WITHDRAWAL", "withdrawal clin_p notified 2019-03-01"))
    assert not result.holds("billing_authorisation_invalid(no_joint_operation)")
    never = _reason(JOINT_2017.replace("WITHDRAWAL", "").replace("held_by clin_p", "held_by groupement"))
    assert never.holds("billing_authorisation_invalid(no_joint_operation)")


ARMY = """groupement imagerie_toulon "GCS Imagerie de Toulon" {
  as of 2019-06-01
  approved 2017-09-01
  seat "Toulon" region "Provence-Alpes-Côte d'Azur"
  member chits "CHITS Sainte-Musse" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 eligible_holder }
  member clin "Clinique" { kind health_establishment sector private region "Provence-Alpes-Côte d'Azur" rights 20 eligible_holder }
  member hia "HIA Sainte-Anne" { kind army_hospital sector public region "Provence-Alpes-Côte d'Azur" rights 40 JOINED }
  authorisation dialyse care_activity "Hémodialyse" held_by chits granted 2016-01-01 modification_requested 2017-06-01
  authorisation hyperbare army_listed_activity "Médecine hyperbare" held_by hia
  operates dialyse site "Toulon"
  operates hyperbare site "Toulon"
  submitted 2017-06-01
  ars_decision dec1 on 2018-03-01 by ars_director_general { approves convention authorises_billing tariff_scale abc }
}
"""


def test_the_defence_minister_s_agreement_is_owed_for_an_army_hospital_member_on_the_day_of_the_decision():
    """L6133-1-1@2018-01-19.2 « ne peut être donnée … qu'après accord du ministre de la défense »:
    the army hospital joined on 2019-01-01, after the billing was authorised (2018-03-01): no
    agreement was owed that day. A founding army hospital: it was."""
    later = _reason(ARMY.replace("JOINED", "joined 2019-01-01"))
    assert not later.holds("billing_authorisation_invalid(no_defence_agreement)")
    founding = _reason(ARMY.replace("JOINED", ""))
    assert founding.holds("billing_authorisation_invalid(no_defence_agreement)")


JOINT_2016 = """groupement g "GCS Chirurgie commune" {
  as of AS_OF
  approved 2016-06-01
  seat "Nancy" region "Lorraine"
  capital none
  duration indefinite
  member chru "CHRU de Nancy" { kind health_establishment sector public region "Lorraine" eligible_holder rights 60 }
  member clin "Clinique L" { kind health_establishment sector private region "Lorraine" eligible_holder rights 40 }
  authorisation chir care_activity "Chirurgie" held_by clin granted 2014-01-01
  operates chir site "Nancy Sud"
  declared_nature private
  convention {
    object "Chirurgie"
    task_split
    mentions name_and_seat, object_and_split, members, legal_nature, duration, contribution_rules, rights_rules,
             debt_rules, representation, accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules, participation_percentages MORE
    attached budget_forecast, financial_balance
  }
}
"""


def test_the_law_asks_the_convention_of_a_joint_operation_for_the_patients_rules_from_2016():
    """L6133-1@2016-01-28.2.4 « Dans ce cas, la convention constitutive du groupement fixe la
    répartition des responsabilités en matière d'admission des patients, de responsabilité à leur
    égard » (and the version of 2017-01-14): owed by the law itself as soon as the groupement
    operates a member's authorisation, before the decree's mentions (owed by this groupement, formed
    before 2017-04-28, only from 2020)."""
    for day, provision in (("2016-09-01", "L6133-1@2016-01-28.2.4"), ("2017-06-01", "L6133-1@2017-01-14.2.4"), ("2018-06-01", "L6133-1@2018-01-19.2.4")):
        result = _reason(JOINT_2016.replace("AS_OF", day).replace(" MORE", ""))
        found = result.find("missing_mention(patient_liability)")
        assert found is not None, day
        assert provision in found.provisions, (day, found.provisions)
        stated = _reason(JOINT_2016.replace("AS_OF", day).replace(" MORE", ", patient_liability"))
        assert not stated.holds("missing_mention(patient_liability)"), day


LIBERAL_UNKNOWN = """groupement gcs_lib "GCS Libéral" {
  as of 2010-06-01
  approved 2009-10-01
  seat "Lyon" region "Rhône-Alpes"
  member clin "Clinique A" { kind health_establishment sector private region "Rhône-Alpes" rights 60 }
  member kine "M. Kiné" { kind other_health_professional liberal sector private region "Rhône-Alpes" rights 40 }
}
"""


def test_a_liberal_professional_of_unknown_profession_with_private_members_only_leaves_a_private_groupement():
    """L6133-3@2009-07-23.I.4 « constitué exclusivement par des personnes de droit privé »: a clinic
    and a liberal health professional (a private person, medical or not): private, whatever the
    profession; it only matters beside public persons."""
    for day in ("2010-06-01", "2012-06-01"):
        result = _reason(LIBERAL_UNKNOWN.replace("as of 2010-06-01", f"as of {day}"))
        assert result.holds("nature(private)"), day
        assert not _warned(result, "profession", "nature"), day
