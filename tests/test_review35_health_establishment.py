"""Review 35 (health establishment): each test failed before its change.

E1. L6133-7@2017-01-14.3: « Par dérogation aux dispositions du premier alinéa, un groupement de
coopération sanitaire de moyens dont la seule autorisation d'activité de soins dont il est titulaire est
une autorisation d'activité biologique d'assistance médicale à la procréation n'est pas érigé en
établissement de santé. » The single act of R6133-17@2017-04-28.II (3° « L'érection du groupement …
titulaire d'une autorisation d'activités de soins en établissement de santé », 4° « L'échelle tarifaire
applicable au groupement érigé en établissement de santé ») then need neither erect nor record a scale.
The act's grant takes effect only on its publication (« Cette décision porte ses effets de droit, au
jour de sa publication »): the derogation is judged on the authorisations the act itself grants, not
on what the groupement holds on the act's date (nothing yet).
"""

import gcs_reasoner as gcs

# /tmp/r35/scen/rv5/f1_amp_single_act.gcs, with the as-of date, the decision's dates and the
# authorisations as parameters
F1_AMP_SINGLE_ACT = """# AMP biology is the groupement's only care authorisation, granted by the single act
# of R6133-17 II (2018). L6133-7@2017-01-14.3: not erected. Yet erection / scale missing?
groupement amp_ouest "GCS AMP de l'Ouest" {{
  as of {as_of}
  approved {published}
  declared_nature private
  seat "Nantes" region "Pays de la Loire"

  member clin_a "Clinique A" {{ kind health_establishment sector private region "Pays de la Loire" rights 50 }}
  member clin_b "Clinique B" {{ kind health_establishment sector private region "Pays de la Loire" rights 50 }}

  convention {{
    vocation hold_authorisation
  }}

  authorisation amp amp_biology "AMP biologie" held_by groupement
  {more_authorisations}
  ars_decision dec1 on {decided} published {published} {{
    approves convention
    grants amp
    {more_grants}
  }}
}}
"""


def reason(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def shown(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def f1(as_of="2018-06-01", decided="2018-01-15", published="2018-01-25", more_authorisations="",
       more_grants=""):
    return shown(reason(F1_AMP_SINGLE_ACT.format(as_of=as_of, decided=decided, published=published,
                                                 more_authorisations=more_authorisations,
                                                 more_grants=more_grants)))


# --- E1: the single act of an AMP-only groupement -----------------------------------------------

def test_e1_amp_only_single_act_needs_neither_erection_nor_tariff_scale():
    got = f1()
    assert "erection_derogation(amp)" in got
    assert "single_act_effective(dec1, 2018-01-25)" in got
    assert "single_act_missing(erection)" not in got
    assert "single_act_missing(tariff_scale)" not in got


def test_e1_the_same_while_the_publication_is_to_come():
    """On 2018-01-20 the act is not yet published: the groupement holds nothing yet, the act still
    grants only the AMP biology authorisation."""
    got = f1(as_of="2018-01-20")
    assert "single_act_effective(dec1, 2018-01-25)" in got
    assert "approval_required(ars_director_general, convention)" in got
    assert "single_act_missing(erection)" not in got
    assert "single_act_missing(tariff_scale)" not in got


def test_e1_a_single_act_granting_another_care_activity_too_must_erect():
    """The act also grants a care activity (not AMP biology): the groupement's only care
    authorisation is not the AMP one, no derogation; 3° and 4° apply."""
    got = f1(more_authorisations='authorisation ssr care_activity "SSR" held_by groupement',
             more_grants="grants ssr")
    assert "erection_derogation(amp)" not in got
    assert "single_act_missing(erection)" in got
    assert "single_act_missing(tariff_scale)" in got


def test_e1_before_the_derogation_an_amp_single_act_must_erect():
    """A single act of 2016-06-15, before L6133-7 of 2017-01-14 (no derogation then): AMP biology is
    a care activity, the act must erect and record the scale (R6133-12 of 2010 II 3°, 4°)."""
    got = f1(as_of="2016-12-01", decided="2016-06-15", published="2016-06-25")
    assert "single_act_missing(erection)" in got
    assert "single_act_missing(tariff_scale)" in got


# --- E2: the authority of a grant signed by the ARH director after 2010-03-31 -------------------
# R6133-12@2010-07-26.I: « Lorsque le directeur général de l'agence régionale de santé accorde, pour la
# première fois, une autorisation d'activités de soins à un groupement de coopération sanitaire dont il a,
# antérieurement, approuvé et publié la convention constitutive, il érige dans la même décision le
# groupement en établissement de santé ». A heavy-equipment authorisation is not a care-activity one
# (L6133-1@2009-07-23 2° « l'autorisation d'installation d'équipements matériels lourds mentionnée à
# l'article L. 6122-1 », which names no authority); a later grant is not « pour la première fois ».
# Neither is this text's: its authority is not judged, and a warning says so.

# /tmp/r35/scen/rv5/f3_arh_heavy_equipment_2011.gcs, with the authorisation and the decisions as parameters
F3_ARH_GRANT = """# A heavy-equipment authorisation (not a care activity) granted to the groupement
# in 2011 by a decision signed by the ARH director.
groupement imag "GCS Imagerie" {{
  as of 2012-06-01
  approved 2011-01-10
  seat "Nîmes" region "Languedoc-Roussillon"
  member ch_nimes "CH de Nîmes" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 60 }}
  member ch_ales "CH d'Alès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }}
  {authorisations}
  {decisions}
}}
"""

HEAVY = 'authorisation irm heavy_equipment "IRM" held_by groupement'
CARE = 'authorisation ssr care_activity "SSR" held_by groupement'


def f3(authorisations=HEAVY, decisions="ars_decision dec1 on 2011-03-01 by arh_director { grants irm }"):
    return reason(F3_ARH_GRANT.format(authorisations=authorisations, decisions=decisions))


def grant_warnings(result) -> list:
    return [w for w in result.warnings if w.atom.startswith("not_judged(grant_authority")]


def test_e2_heavy_equipment_grant_by_the_arh_director_is_not_judged_under_r6133_12():
    result = f3()
    got = shown(result)
    assert "approval_required(ars_director_general, heavy_equipment)" in got
    assert "ars_decision_irregular(dec1, authority)" not in got
    [w] = grant_warnings(result)
    assert w.code == "text_not_in_force"
    assert "dec1" in w.message_fr and "1er mars 2011" in w.message_fr
    assert "R6133-12@" not in w.message_fr and "R6133-12@" not in w.message


def test_e2_the_first_care_grant_by_the_arh_director_is_irregular_under_r6133_12_i():
    result = f3(authorisations=CARE, decisions="ars_decision dec1 on 2011-03-01 by arh_director { grants ssr }")
    irregular = result.find("ars_decision_irregular(dec1, authority)")
    assert irregular is not None
    assert any(p.startswith("R6133-12@2010-07-26.I") for p in irregular.provisions)
    assert grant_warnings(result) == []


def test_e2_a_later_care_grant_by_the_arh_director_is_not_judged():
    """The first grant (dec1, by the ARS, erecting and with the scale) is regular; dec2, a second
    care-activity grant signed by the ARH director, is not « pour la première fois »."""
    result = f3(authorisations=CARE + '\n  authorisation chir care_activity "Chirurgie" held_by groupement',
                decisions="ars_decision dec1 on 2011-03-01 { grants ssr erects tariff_scale d }\n"
                          "  ars_decision dec2 on 2011-09-01 by arh_director { grants chir }")
    got = shown(result)
    assert "health_establishment(public, 2011-03-01)" in got
    assert "ars_decision_irregular(dec2, authority)" not in got
    [w] = grant_warnings(result)
    assert "dec2" in w.message_fr


def test_e2_the_single_act_signed_by_the_arh_director_is_irregular_under_r6133_12_ii():
    text = F3_ARH_GRANT.format(authorisations=CARE,
                               decisions="convention { vocation hold_authorisation }\n"
                                         "  ars_decision dec1 on 2011-01-05 by arh_director published 2011-01-10 "
                                         "{ approves convention grants ssr erects tariff_scale d }")
    result = reason(text)
    irregular = result.find("ars_decision_irregular(dec1, authority)")
    assert irregular is not None
    assert any(p.startswith("R6133-12@2010-07-26.II.1") for p in irregular.provisions)
    assert grant_warnings(result) == []


# --- E3: the last authorisation withdrawn before R6133-15 of 2010 -------------------------------
# R6133-15@2010-07-26 al. 1: « Lorsque le directeur général de l'agence régionale de santé retire, ou ne
# renouvelle pas, une autorisation d'activités de soins accordée à un groupement de coopération sanitaire
# érigé en établissement de santé privé et si ce dernier ne détient alors plus aucune autorisation
# d'activités de soins, le directeur général de l'agence régionale de santé lui retire également la
# qualité d'établissement de santé privé. » In force from 2010-07-26 only, judged on the decision's date: a
# withdrawal of 2010-05-01 is not judged under it, and a warning now says so.

# /tmp/r35/scen/rv5/p4_withdraw_2010.gcs, with the withdrawing decision as a parameter
P4_WITHDRAW = """groupement ssr "GCS SSR" {{
  as of 2012-06-01
  approved 2008-01-25
  seat "Brest" region "Bretagne"
  member clin_a "Clinique A" {{ kind health_establishment sector private region "Bretagne" rights 50 }}
  member clin_b "Clinique B" {{ kind health_establishment sector private region "Bretagne" rights 50 }}
  authorisation ssr care_activity "SSR" held_by groupement granted 2009-09-01
  {more}
  ars_decision dec1 on 2010-01-15 by arh_director {{ erects }}
  ars_decision dec2 on {on} {{ {act} }}
}}
"""


def p4(on="2010-05-01", act="withdraws ssr", more=""):
    return reason(P4_WITHDRAW.format(on=on, act=act, more=more))


def last_authorisation_warnings(result) -> list:
    return [w for w in result.warnings if w.atom.startswith("not_judged(last_authorisation")]


def test_e3_the_withdrawal_of_2010_05_01_is_said_not_judged():
    result = p4()
    got = shown(result)
    assert "health_establishment(private, 2010-01-15)" in got
    assert "gcs_kind(health_establishment)" in got
    assert not any(c.startswith("status_end_required") for c in got)
    [w] = last_authorisation_warnings(result)
    assert w.code == "text_not_in_force"
    assert w.atom == "not_judged(last_authorisation_withdrawal, dec2, 2010-05-01)"
    assert "dec2" in w.message_fr and "1er mai 2010" in w.message_fr and "retrait" in w.message_fr
    assert "R6133-15@" not in w.message_fr and "R6133-15@" not in w.message


def test_e3_a_withdrawal_under_r6133_15_requires_the_status_withdrawn_and_warns_nothing():
    result = p4(on="2010-09-01")
    got = shown(result)
    assert "status_end_required(withdraws_status)" in got
    assert last_authorisation_warnings(result) == []


def test_e3_a_withdrawal_that_leaves_another_authorisation_warns_nothing():
    result = p4(more='authorisation chir care_activity "Chirurgie" held_by groupement granted 2009-10-01')
    got = shown(result)
    assert "gcs_kind(health_establishment)" in got
    assert last_authorisation_warnings(result) == []


def test_e3_a_refusal_to_renew_before_r6133_15_is_said_not_judged():
    result = p4(act="not_renews ssr")
    got = shown(result)
    assert "health_establishment(private, 2010-01-15)" in got
    assert not any(c.startswith("status_end_required") for c in got)
    [w] = last_authorisation_warnings(result)
    assert "dec2" in w.message_fr and "non-renouvellement" in w.message_fr
