"""Money and tariff rules a fresh-eyes review of stop 27 found wanting; each test failed before its change.

F1. R6133-5@2017-04-28.III: « A défaut d'accord dans un délai d'un mois à compter de la première
délibération, il saisit le directeur général de l'agence régionale de santé qui arrête le budget pour
l'année à venir. » R6133-18@2017-04-28.I: the private health establishment issued from a private-law
groupement « reste régi par les règles des groupements de coopération sanitaire ». Only a groupement
erected into a public health establishment, once the budget rules of those establishments apply to it
(R6133-18 II), is outside the referral (README reading).

F2. R6133-16@2010-07-26.I.2.3 (= R6133-21@2017-04-28.I.2.3): « 3° L'échelle tarifaire applicable aux
membres majoritaires au capital », read with R6133-3@2010-07-26.1: « Lorsque le groupement est constitué
avec un capital, les apports ne peuvent être ni des apports en industrie ni représentés par des titres
négociables. » Only the apports that make up the capital (cash, in kind: those the rights rule counts)
are counted; a groupement without capital gives criterion 3° nothing to weigh.

F3. R6133-16@2010-07-26.II (= R6133-21@2017-04-28.II): « L'échelle tarifaire ainsi fixée est portée dans la
convention constitutive du groupement et est valable pour toute la durée du groupement érigé en
établissement de santé, sauf modifications de la composition du groupement. » Once a member has joined or
left after the decision fixing the scale, that sentence no longer says the scale holds, and no text says
which scale applies until the director general decides again (L6133-8 al. 3): no tariff_scale from that
decision, and a missing_fact warning (the scale fixed after the change is not stated).

F4. R6133-5@2012-11-11.I.3: « Le compte financier des groupements de coopération sanitaire comportant au
moins un établissement public de santé parmi ses membres doit être approuvé … ». The members are those at
the close of the year the accounts relate to (README reading): the sentence says so, in the past, not
of the members of the as-of date.
"""

import gcs_reasoner as gcs


def conclusions(text: str) -> set[str]:
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c) for c in result.conclusions}


PRIVATE_ERECTED_2019 = """groupement dialyse_p "GCS Dialyse P" {
  as of 2019-06-01
  approved 2015-03-10
  seat "Auch" region "Occitanie"
  running_costs yes
  capital none
  member clin_auch "Clinique d'Auch" { kind health_establishment sector private funding d region "Occitanie" rights 60 }
  member clin_condom "Clinique de Condom" { kind health_establishment sector private funding d region "Occitanie" rights 40 }
  participation clin_auch financial 60_000 year 2018
  participation clin_condom financial 40_000 year 2018
  authorisation dial care_activity "Dialyse" held_by groupement
  ars_decision dec1 on 2018-01-10 { grants dial erects tariff_scale d }
  convention { object "Centre de dialyse commun" task_split mentions participation_percentages vote_weight rights meeting_days 15 }
  administrator clin_auch elected 2017-01-05 until 2021-01-04
  assembly ag1 on 2019-02-05 {
    convened_on 2019-01-20 by administrator
    present clin_condom
    deliberation d1 on budget year 2019 { for clin_condom }
  }
}
"""


def test_a_private_groupement_erected_into_a_private_health_establishment_owes_the_budget_referral():
    found = conclusions(PRIVATE_ERECTED_2019)
    assert "budget_document(forecast_budget)" in found
    assert "budget_referral_due(2019, 2019-03-05)" in found
    assert "budget_referral_missing(2019)" in found


CRITERION_3 = """groupement chir_k "GCS Chirurgie K" {{
  as of 2012-06-01
  approved 2011-03-01
  seat "Saintes" region "Poitou-Charentes"
  {capital}
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 50 }}
  member clin_b "Clinique B" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 50 }}
  contribution ch_a cash 30_000
  contribution clin_b {form} 80_000
  tariff_option abc received 2012-03-15
}}
"""


def criterion_3(capital: str, form: str) -> set[str]:
    found = conclusions(CRITERION_3.format(capital=capital, form=form))
    return {c for c in found if c.startswith("tariff_criterion(3,")}


def test_an_apport_in_industry_or_in_securities_is_not_counted_in_the_capital_of_criterion_3():
    assert criterion_3("capital 30_000 EUR", "industry") == {"tariff_criterion(3, abc)"}
    assert criterion_3("capital 30_000 EUR", "securities") == {"tariff_criterion(3, abc)"}
    assert criterion_3("capital 110_000 EUR", "cash") == {"tariff_criterion(3, d)"}


def test_a_groupement_without_capital_has_no_criterion_3():
    assert criterion_3("capital none", "cash") == set()


COMPOSITION = """groupement chir_t "GCS Chirurgie T" {{
  as of {as_of}
  approved 2011-03-01
  seat "Saintes" region "Poitou-Charentes"
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clin_b "Clinique B" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  member clin_c "Clinique C" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 20 joined 2014-03-01 }}
  authorisation chir care_activity "Chirurgie" held_by groupement
  tariff_option abc received 2012-01-10
  ars_decision dec1 on 2012-02-01 {{ grants chir erects tariff_scale abc }}
  assembly ag1 on 2014-02-20 {{
    convened_on 2014-02-01 by administrator
    present ch_a, clin_b
    deliberation d1 on admission of clin_c {{ for ch_a, clin_b }}
  }}
  administrator ch_a elected 2012-01-05 until 2016-01-04
  {more}
}}
"""

LAPSED = "missing_fact(tariff, groupement, scale_after_composition_change)"


def tariff(as_of: str, more: str = "") -> tuple[set[str], set[str]]:
    result = gcs.reason(gcs.loads(COMPOSITION.format(as_of=as_of, more=more), path="<test>"))
    scales = {str(c) for c in result.conclusions if c.predicate == "tariff_scale"}
    return scales, {w.atom for w in result.warnings if w.code == "missing_fact"}


def test_the_scale_fixed_before_a_member_joined_is_no_longer_stated_as_in_force():
    scales, missing = tariff("2015-06-01")
    assert scales == set()
    assert LAPSED in missing


def test_the_scale_holds_before_the_change_and_once_the_director_general_fixes_it_again():
    scales, missing = tariff("2014-02-28")
    assert scales == {"tariff_scale(abc)"} and LAPSED not in missing
    scales, missing = tariff("2015-06-01", "ars_decision dec2 on 2014-06-01 { tariff_scale d }")
    assert scales == {"tariff_scale(d)"} and LAPSED not in missing


EPS_LEFT = """groupement log_w "GCS Logistique W" {
  as of 2016-06-01
  approved 2011-01-10
  seat "Strasbourg" region "Alsace"
  activity logistic
  member ch_a "CH A" { kind health_establishment sector public region "Alsace" rights 40 }
  member clin_b "Clinique B" { kind health_establishment sector private region "Alsace" rights 30 }
  member clin_c "Clinique C" { kind health_establishment sector private region "Alsace" rights 30 }
  withdrawal ch_a notified 2013-03-01 effective 2013-12-31
}
"""


def test_the_compte_financier_sentence_speaks_of_the_members_at_the_close_of_the_year():
    result = gcs.reason(gcs.loads(EPS_LEFT, path="<test>"))
    [due] = [c for c in result.conclusions if c.text == "accounts_approval_due(2013, 2015-03-30)"]
    assert ("qui comptait, à la clôture de l'exercice 2013, au moins un établissement public de santé parmi "
            "ses membres") in due.sentence("fr")
    assert "which had, at the close of the financial year 2013, at least one public health establishment" in \
        due.sentence("en")
    assert "qui compte au moins" not in due.sentence("fr")
