"""Money rules a black-box review of stop 21 found wanting; each test failed before its change.

R6133-10@2006-01-01 al. 1, repeated word for word by R6133-4@2010-07-26.1 (same_as): « les
dispositions du décret n° 62-1587 … sont applicables … Dans ce cas, l'agent comptable est nommé par
arrêté du ministre chargé du budget. Il assiste à l'assemblée générale du groupement. » The rules of
2010 apply from 2006 and cite the 2006 id for what its period judges.
"""

import gcs_reasoner as gcs

PUBLIC_2008 = """groupement g "GCS Public" {{
  as of 2008-12-31
  approved 2006-06-01
  seat "Dijon" region "Bourgogne"
  member a "CHU A" {{ kind health_establishment sector {sector} region "Bourgogne" rights 60 }}
  member b "CH B" {{ kind health_establishment sector {sector} region "Bourgogne" rights 40 }}
  administrator a elected 2006-07-01
  assembly ag2008 on 2008-03-20 {{
    convened_on 2008-03-01 by administrator
    present a, b
    {present}
    deliberation d1 on budget {{ for a, b }}
  }}
}}
"""


def conclusions(sector: str = "public", present: str = "") -> dict[str, set]:
    result = gcs.reason(gcs.loads(PUBLIC_2008.format(sector=sector, present=present), path="<test>"))
    return {str(c): set(c.provisions) for c in result.conclusions}


def test_2006_the_agent_comptable_attends_the_assembly():
    found = conclusions()
    assert found["accountant_absent(ag2008)"] == {"R6133-10@2006-01-01.1"}
    assert found["public_accounting_rules(decree_62_1587)"] == {"R6133-10@2006-01-01.1"}
    assert found["agent_comptable_appointer(budget_minister)"] == {"R6133-10@2006-01-01.1"}


def test_2006_no_absence_when_the_file_records_the_agent_comptable():
    assert "accountant_absent(ag2008)" not in conclusions(present="accountant_present")


def test_2006_a_private_groupement_has_no_agent_comptable():
    found = conclusions(sector="private")
    assert not any(c.startswith(("accountant_absent", "public_accounting_rules", "agent_comptable")) for c in found)


# R6133-13@2010-07-26 II al. 3: « La transformation des règles comptables et budgétaires du groupement
# de coopération sanitaire de droit public érigé en établissement public de santé est effective au
# 1er janvier de l'année suivant la décision »: until then the rules of a public-law GCS (R6133-4 of
# 2013: titles I and III of the GBCP), title I from that day.
ERECTED_2015 = """groupement chir_h "GCS Chirurgie H" {
  as of 2015-09-01
  approved 2012-05-01
  seat "Lyon" region "Rhône-Alpes"
  capital none
  running_costs yes
  member ch_h1 "CH H1" { kind health_establishment sector public region "Rhône-Alpes" rights 50 }
  member ch_h2 "CH H2" { kind health_establishment sector public region "Rhône-Alpes" rights 50 }
  participation ch_h1 financial 50_000 year 2015
  participation ch_h2 financial 50_000 year 2015
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on 2015-06-01 by ars_director_general published 2015-06-01 {
    grants chir
    erects
    tariff_scale abc
  }
}
"""


def accounting_rules(as_of) -> set[str]:
    result = gcs.reason(gcs.loads(ERECTED_2015, path="<test>"), as_of=as_of)
    return {str(c) for c in result.conclusions if c.predicate in ("public_accounting_rules", "eps_budget_rules_from")}


def test_erected_mid_year_keeps_the_gcs_accounting_until_the_next_1_january():
    from datetime import date

    assert accounting_rules(date(2015, 12, 31)) == {
        "public_accounting_rules(gbcp_titles_1_3)", "eps_budget_rules_from(2016-01-01)"}
    assert accounting_rules(date(2016, 1, 1)) == {
        "public_accounting_rules(gbcp_title_1)", "eps_budget_rules_from(2016-01-01)"}


# R6133-8@2006-01-01 al. 2 (R6133-5 I al. 2 of 2010 and later): « Lors de la clôture de l'exercice, le
# résultat de l'exercice est affecté »: the result of a year not closed on the as-of date does not exist
# yet; nothing is drawn on it (its allocation, its accounts).
def test_the_result_of_a_year_not_closed_is_not_judged():
    from datetime import date

    text = """groupement g "GCS Résultat" {
  as of 2013-06-30
  approved 2011-01-10
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  result 2013 surplus 10_000 allocated reserves
}
"""
    def about_2013(as_of):
        result = gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)
        return {str(c) for c in result.conclusions if "2013" in str(c) and c.predicate.startswith(("result", "accounts"))}

    assert about_2013(date(2013, 6, 30)) == set()
    assert "result_allocation_regime(2013, public)" in about_2013(date(2014, 1, 1))
