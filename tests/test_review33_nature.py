"""The legal nature and what follows from it (review 33, reviewer B).

F1. The status of the establishment a groupement is erected into is fixed by its nature when it is erected, not by a
later change of nature. L6133-7 of 2010-02-26 al. 1 « Le groupement de coopération sanitaire de droit privé est érigé en
établissement de santé privé et le groupement de coopération sanitaire de droit public est érigé en établissement
public de santé, par décision du directeur général »; R6133-12 of 2010-07-26 III « Le statut juridique du nouvel
établissement de santé est déterminé par la nature juridique du groupement de coopération sanitaire de moyens,
antérieurement ou concomitamment constitué »; R6133-13 II « l'établissement public de santé issu du groupement se
substitue à ce dernier ». A private establishment does not become a public one because a public hospital joined
later (no new decision), nor the reverse; the decision ending the status (R6133-15 al. 1 and 2) is the one matching
the status the erection gave. When the nature on the day of the erection is not known, nothing is drawn of the
status.
"""

import gcs_reasoner as gcs


def reason(text: str, as_of=None) -> dict:
    result = gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)
    found = {str(c): c.provisions for c in result.conclusions}
    found.update({w.atom: w for w in result.warnings})
    return found


# Two private clinics (private law under L6133-3 of 2009: « constitué exclusivement par des personnes de droit
# privé »), erected on 2011-02-01; a public CHU joins on 2012-03-01 and the convention declares the mixed groupement
# public (L6133-3 of 2011 I al. 5 « Dans les autres cas, sa nature juridique est fixée par les membres »).
PRIVATE_THEN_PUBLIC = """groupement med_nord "GCS Médecine du Nord" {{
  as of {as_of}
  approved 2010-11-02
  declared_nature public
  seat "Amiens" region "Picardie"
  member clin_somme "Clinique de la Somme" {{ kind health_establishment sector private region "Picardie" rights 50 }}
  member clin_picardie "Clinique de Picardie" {{ kind health_establishment sector private region "Picardie" rights 50 }}
  member chu_amiens "CHU d'Amiens" {{ kind health_establishment sector public region "Picardie" rights 50 joined 2012-03-01 }}
  administrator clin_somme elected 2012-01-16 until 2015-01-15
  authorisation ssr care_activity "Soins de suite et de réadaptation" held_by groupement
  ars_decision dec1 on 2011-02-01 published 2011-02-10 {{
    grants ssr
    erects
    tariff_scale d
  }}
  assembly ag on 2012-02-20 {{
    convened_on 2012-02-01 by administrator
    present clin_somme, clin_picardie
    deliberation d1 on admission of chu_amiens {{ for clin_somme, clin_picardie }}
  }}
{more}}}
"""


def private_then_public(as_of="2013-06-01", more="") -> dict:
    return reason(PRIVATE_THEN_PUBLIC.format(as_of=as_of, more=more))


def test_control_before_the_public_hospital_joined_private_establishment():
    found = private_then_public(as_of="2011-06-01")
    assert "nature(private)" in found
    assert "health_establishment(private, 2011-02-01)" in found
    assert "accounting(private)" in found


def test_a_later_change_of_nature_does_not_make_the_private_establishment_public():
    found = private_then_public()
    # the nature of the groupement on the as-of date is public (the convention's choice, L6133-3 of 2011)
    assert "nature(public)" in found
    # the establishment keeps the status its erection gave (R6133-12 III « déterminé par la nature juridique du
    # groupement … antérieurement ou concomitamment constitué »)
    assert "health_establishment(private, 2011-02-01)" in found
    assert "health_establishment(public, 2011-02-01)" not in found
    # no consequence of a public health establishment (L6133-7 al. 2, R6133-13 II)
    for key in found:
        assert not key.startswith(("eps_budget_rules_from(", "eps_administrator(", "eps_medical_committee_includes(")), key
    # the accounts: not those of a groupement erected into a public health establishment (R6133-4 of 2013 al. 1
    # first sentence) but those of « tout autre groupement … ayant la qualité de personne morale de droit public »
    assert "public_accounting_rules(gbcp_title_1)" not in found
    assert "public_accounting_rules(gbcp_titles_1_3)" in found
    assert "accounting(public)" in found


def test_the_status_withdrawn_by_the_act_ending_a_private_establishment():
    # R6133-15 of 2010 al. 1 « lui retire également la qualité d'établissement de santé privé »: the act matching the
    # status the erection gave ends it, though the groupement is public on the day of that act
    more = """  ars_decision dec2 on 2012-09-01 {
    withdraws ssr
  }
  ars_decision dec3 on 2013-01-15 {
    withdraws_status
  }
"""
    found = private_then_public(more=more)
    assert "nature(public)" in found
    assert not any(k.startswith("health_establishment(") for k in found)
    assert not any(k.startswith("status_end_required(") for k in found)


def test_a_suppression_does_not_end_a_private_establishment():
    # R6133-15 of 2010 al. 2 « prononce la suppression de l'établissement public de santé »: not the act that ends a
    # private establishment's status, whatever the nature of the groupement on its day
    more = """  ars_decision dec2 on 2012-09-01 {
    withdraws ssr
  }
  ars_decision dec3 on 2013-01-15 {
    suppresses
  }
"""
    found = private_then_public(more=more)
    assert "health_establishment(private, 2011-02-01)" in found
    assert "status_end_required(withdraws_status)" in found
    assert "status_end_required(suppresses)" not in found


# Two public hospitals (public law: « constitué exclusivement par des personnes de droit public »), erected on
# 2011-02-01; a private clinic joins in 2012 and the convention declares the mixed groupement private.
PUBLIC_THEN_PRIVATE = """groupement g "GCS Sud" {
  as of 2013-06-01
  approved 2010-11-02
  declared_nature private
  seat "Amiens" region "Picardie"
  member ch_a "CH A" { kind health_establishment sector public region "Picardie" rights 50 }
  member ch_b "CH B" { kind health_establishment sector public region "Picardie" rights 50 }
  member clin "Clinique C" { kind health_establishment sector private region "Picardie" rights 50 joined 2012-03-01 }
  administrator ch_a elected 2012-01-16 until 2015-01-15
  authorisation ssr care_activity "SSR" held_by groupement
  ars_decision dec1 on 2011-02-01 published 2011-02-10 {
    grants ssr
    erects
    tariff_scale d
  }
  assembly ag on 2012-02-20 {
    convened_on 2012-02-01 by administrator
    present ch_a, ch_b
    deliberation d1 on admission of clin { for ch_a, ch_b }
  }
}
"""


def test_a_later_change_of_nature_does_not_make_the_public_establishment_private():
    found = reason(PUBLIC_THEN_PRIVATE)
    assert "nature(private)" in found
    assert "health_establishment(public, 2011-02-01)" in found
    assert "health_establishment(private, 2011-02-01)" not in found
    # R6133-13 II al. 3: the EPS budget and accounting rules from 1 January of the year after the decision
    assert "eps_budget_rules_from(2012-01-01)" in found
    # L6133-7 al. 2, 1°: the administrator's functions in addition to the director's
    assert "eps_administrator(ch_a)" in found
    # R6133-4 of 2013 al. 1 « Un groupement … érigé en établissement public de santé … est soumis au titre Ier »
    assert "public_accounting_rules(gbcp_title_1)" in found
    assert "accounting(public)" in found
    # not the private accounting of a private-law groupement (the establishment replaced the groupement)
    assert "accounting(private)" not in found
    assert "auditor_required" not in found


# A public hospital and a private clinic in 2011 (L6133-3 of 2009: the majority of the apports or participations
# decides, and the file states neither): the nature on the day of the erection is not known; on the as-of date
# (L6133-3 of 2011) the convention's choice makes the groupement public.
UNKNOWN_AT_ERECTION = """groupement g "GCS Mixte" {
  as of 2013-06-01
  approved 2010-11-02
  declared_nature public
  seat "Amiens" region "Picardie"
  member ch_a "CH A" { kind health_establishment sector public region "Picardie" rights 50 }
  member clin "Clinique C" { kind health_establishment sector private region "Picardie" rights 50 }
  authorisation ssr care_activity "SSR" held_by groupement
  ars_decision dec1 on 2011-02-01 published 2011-02-10 {
    grants ssr
    erects
    tariff_scale d
  }
}
"""


def test_nature_unknown_on_the_erection_day_draws_no_status_and_warns():
    found = reason(UNKNOWN_AT_ERECTION)
    assert "nature(public)" in found
    assert "gcs_kind(health_establishment)" in found
    assert not any(k.startswith("health_establishment(") for k in found)
    assert not any(k.startswith(("eps_budget_rules_from(", "eps_administrator(")) for k in found)
    assert "public_accounting_rules(gbcp_title_1)" not in found
    w = found["missing_fact(health_establishment, groupement, nature_at_erection)"]
    assert "érection" in w.message_fr and "missing_fact(" not in w.message_fr


# F2. L6133-3 of 2009-07-23 I.1: public « soit s'il est constitué exclusivement par des personnes de droit public, ou
# par des personnes de droit public et des professionnels médicaux libéraux »; private « soit si la majorité des apports
# au groupement ou, s'il est constitué sans capital, des participations à son fonctionnement proviennent de personnes
# de droit privé ». R6133-6 of 2006 al. 1 « Si le groupement … n'engendre pas de coût de fonctionnement, il peut être
# créé sans apport ni participation ». A file that states no running costs and no capital, and no contribution or
# participation, settles that no majority of participations exists: the composition decides.
NO_AMOUNTS = """groupement g "GCS Téléconsultation" {{
  as of 2010-01-04
  approved 2009-10-01
  seat "Lille" region "Nord-Pas-de-Calais"
{money}
  member a "CH A" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 50 }}
  member {second}
}}
"""
DOCTOR = 'dr "Dr Martin" { kind liberal_medical_professional individual rights 50 }'
CLINIC = 'c "Clinique C" { kind health_establishment sector private region "Nord-Pas-de-Calais" rights 50 }'


def no_amounts(money: str, second: str = DOCTOR) -> dict:
    return reason(NO_AMOUNTS.format(money=money, second=second))


def test_public_and_liberal_without_running_costs_or_capital_is_public():
    found = no_amounts("  running_costs no\n  capital none")
    assert found["nature(public)"] == ["L6133-3@2009-07-23.I.3"]
    assert "funding_optional" in found
    assert not any(k.startswith("missing_fact(nature,") for k in found)
    assert not any(k.startswith("conflict(") and "nature" in k for k in found)


def test_a_file_silent_on_running_costs_still_lacks_the_participations():
    # capital none, but the running costs not stated: participations may exist, and their majority decides
    found = no_amounts("  capital none")
    assert not any(k.startswith("nature(") for k in found)
    assert "missing_fact(nature, groupement, participation)" in found
    assert "member(dr)" in found


def test_running_costs_but_no_participation_stated_still_lacks_them():
    found = no_amounts("  running_costs yes\n  capital none")
    assert not any(k.startswith("nature(") for k in found)
    assert "missing_fact(nature, groupement, participation)" in found
    assert "member(dr)" in found


def test_mixed_without_running_costs_or_capital_is_undetermined():
    # a public hospital and a private clinic: neither composition test, and no majority of participations to find:
    # the 2009 text gives no nature (the convention's choice counts only from L6133-3 of 2011)
    found = no_amounts("  running_costs no\n  capital none", CLINIC)
    assert "nature(undetermined)" in found
    assert not any(k.startswith("missing_fact(nature,") for k in found)
