"""The mise en demeure complied with in time (review 28, arsproc F1).

R6133-8@2017-04-28.I.1.3 (and its versions of 2019 and 2021): « S'il est constaté au terme de ce délai qu'il
n'a pas été satisfait à la mise en demeure, le directeur général de l'agence régionale de santé prononce […] la
dissolution du groupement. » R6133-16@2017-04-28.2: « S'il constate au terme de ce délai que le groupement ne
lui a pas transmis d'avenant à sa convention constitutive pour approbation ». An assembly held after the
finding of no assembly and by the end of the time limit, an avenant sent for approval by then, cure the breach
the finding stated: the director may not now dissolve on that ground (as the exclusion of the member removes
the ground member_not_excluded). Measures a reply reports within the time limit, for a breach the file cannot
show (serious_breach, object_extinct), may or may not satisfy the injunction: nothing is drawn, a warning says
so. Each test failed before the change.
"""

import gcs_reasoner as gcs

NO_ASSEMBLY = """groupement s03 "GCS Test" {{
  as of 2018-07-01
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu_limoges "CHU de Limoges" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_tulle "CH de Tulle" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  assembly ag2014 on 2014-06-12 {{
    present chu_limoges, ch_tulle
    deliberation d1 on budget {{ for chu_limoges, ch_tulle }}
  }}
  {more}
  ars_decision dec1 on 2018-03-01 by ars_director_general notified 2018-03-02 {{ finding no_assembly }}
  ars_decision dec2 on 2018-04-10 by ars_director_general notified 2018-04-11 {{ injunction until 2018-06-10 }}
}}
"""


def assembly(day: str) -> str:
    return f"""assembly ag2018 on {day} {{
    present chu_limoges, ch_tulle
    deliberation d1 on budget {{ for chu_limoges, ch_tulle }}
  }}"""


NO_AVENANT = """groupement s12 "GCS Chirurgie ambulatoire du Cher" {{
  as of 2020-03-01
  approved 2012-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 40 }}
  authorisation chir care_activity "Chirurgie ambulatoire" held_by ch_vierzon granted 2015-02-01
  operates chir site "Vierzon"
  assembly ag1 on 2019-02-11 {{
    convened_on 2019-01-21 by administrator
    present ch_bourges, ch_vierzon
    deliberation d1 on budget {{ for ch_bourges, ch_vierzon }}
  }}
  {more}
  ars_decision dec1 on 2019-06-03 by ars_director_general notified 2019-06-04 {{ withdraws chir  withdraws_billing  asks_avenant until 2019-09-30 }}
  ars_decision dec2 on 2019-10-07 by ars_director_general notified 2019-10-08 {{ finding no_avenant }}
  ars_decision dec3 on 2019-11-15 by ars_director_general notified 2019-11-15 {{ injunction until 2020-01-31 }}
}}
"""

def serious_breach(as_of: str) -> str:
    """The groupement of the three serious-breach tests of review 28 (this file, the injunction's order, the
    reply's words): a finding of serious breach notified 2019-01-31; a format template ({more}, braces
    doubled) to which each test adds its decisions."""
    return """groupement s06 "GCS Test" {{
  as of AS_OF
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu_limoges "CHU de Limoges" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_tulle "CH de Tulle" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  assembly ag2018 on 2018-06-12 {{
    present chu_limoges, ch_tulle
    deliberation d1 on budget {{ for chu_limoges, ch_tulle }}
  }}
  ars_decision dec1 on 2019-01-30 by ars_director_general notified 2019-01-31 {{ finding serious_breach }}
""".replace("AS_OF", as_of)


SERIOUS = serious_breach("2019-06-01") + """  ars_decision dec2 on 2019-03-05 by ars_director_general notified 2019-03-05 {{ injunction until 2019-04-30 }}
  {more}
}}
"""


def run(template: str, more: str = ""):
    return gcs.reason(gcs.loads(template.format(more=more), path="<test>"))


def test_an_assembly_held_within_the_time_limit_satisfies_the_formal_notice():
    assert not run(NO_ASSEMBLY, assembly("2018-05-20")).holds("ars_dissolution_possible(no_assembly)")
    assert run(NO_ASSEMBLY).holds("ars_dissolution_possible(no_assembly)")  # none held
    # held after the end of the time limit: « au terme de ce délai » it had not been satisfied
    assert run(NO_ASSEMBLY, assembly("2018-06-11")).holds("ars_dissolution_possible(no_assembly)")


def test_an_avenant_sent_within_the_time_limit_satisfies_the_formal_notice():
    sent = "avenant av1 on 2020-01-08 for convention_change submitted_on 2020-01-10"
    assert not run(NO_AVENANT, sent).holds("ars_dissolution_possible(no_avenant)")
    assert run(NO_AVENANT).holds("ars_dissolution_possible(no_avenant)")
    late = "avenant av1 on 2020-01-08 for convention_change submitted_on 2020-02-03"
    assert run(NO_AVENANT, late).holds("ars_dissolution_possible(no_avenant)")


def test_measures_reported_within_the_time_limit_leave_the_possibility_undrawn_with_a_warning():
    result = run(SERIOUS, "reply to dec2 on 2019-04-20 measures")
    assert not result.holds("ars_dissolution_possible(serious_breach)")
    assert any(w.code == "missing_fact" and "dec2" in w.message and "formal notice" in w.message
               for w in result.warnings), [w.message for w in result.warnings]
    assert run(SERIOUS).holds("ars_dissolution_possible(serious_breach)")  # no measures reported
    assert run(SERIOUS, "reply to dec2 on 2019-05-02 measures").holds("ars_dissolution_possible(serious_breach)")
