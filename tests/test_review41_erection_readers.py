"""Review 41 (round 17), fixer K: the other readers of "not erected" while an erection of the file is not judged.

The finding. Fixer A of this round left the as-of accounting conclusions open while a decision of the file erecting
the groupement is not judged (before L6133-7 of 2009, before legal personality, between the texts' dates of it:
accounts_erection_open). It noticed other readers that still took such a groupement as not erected:
1. the meeting-day readers: budget_referral_due/2 and missing_fact(budget_referral, A, budget_year) (R6133-5 III of
   2010, 2012 and 2017) and accounting_on(D, public) (L6133-5, R6133-10 of 2006), which feeds delegable(A, Dl) for
   the choice of an auditor and the result's allocation regime;
2. accounting_on(D, private) (R6133-10 of 2006 al. 2 and its repeats) checked no erection at all, even a judged one
   of a groupement public on the erection's day, which the as-of accounting(private) excludes;
3. a judged erection of a public-law groupement from 2009-07-23 to 2010-07-25 got no accounting conclusion and no
   word on why;
4. outside money: the joint-operation rules reading `not gcs_kind(health_establishment)` (R6133-14 al. 1 of 2017),
   the tariff scale of a groupement whose billing was withdrawn (billing_scale_withdrawn), the AMP derogation on the
   mentions' day; and erection_required under R6133-12 I of 2010 (the first grant that does not erect).

The texts. R6133-5@2012-11-11.III / R6133-5@2017-04-28.III: « A défaut d'accord dans un délai d'un mois à compter
de la première délibération, il saisit le directeur général de l'agence régionale de santé qui arrête le budget »;
R6133-13@2010-07-26.II.3 (R6133-18@2017-04-28.II.3): « La transformation des règles comptables et budgétaires du
groupement de coopération sanitaire de droit public érigé en établissement public de santé est effective au 1er
janvier de l'année suivant la décision du directeur général de l'agence régionale de santé mentionnée au premier
alinéa »; R6133-13@2010-07-26.I: the private establishment « reste régi par les règles des groupements de
coopération sanitaire »; II al. 1: the public one « se substitue à ce dernier ». L6133-5@2009-07-23.1: « Lorsque le
groupement de coopération sanitaire de moyens est une personne morale de droit public, le groupement est soumis aux
règles de la comptabilité publique »; R6133-10@2006-01-01.2: « Lorsque le groupement de coopération sanitaire est une
personne morale de droit privé, la comptabilité du groupement est tenue et sa gestion assurée selon les règles du
droit privé. » L6133-7@2009-07-23.2: « Lorsque le groupement de coopération sanitaire est un établissement public de
santé, les règles de fonctionnement et de gouvernance des établissements publics de santé s'appliquent ».
L6133-7@2009-07-23.1: « Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins, le groupement
de coopération sanitaire est un établissement de santé ». R6133-14@2017-04-28.1: « Lorsque le groupement de
coopération sanitaire n'est pas autorisé à facturer des soins remboursables aux assurés sociaux, la rémunération
[...] est assurée conformément aux dispositions de l'article L. 6133-6. » R6133-12@2010-07-26.I: « il érige dans la
même décision le groupement en établissement de santé ».

The reading. 1. On a meeting day (or the close of a year) on which, had the unjudged erection taken effect, the rules
of public health establishments could apply (from the 1 January after the decision R6133-13 II al. 3 counts from, the
erection's or an earlier grant's; from the erection itself when no text dates the change for it), and the groupement
was not shown private on the erection's day (eps_change_open_on): no referral due, no budget_year question, no
accounting_on(D, public) (so no delegable auditor). Before that day the rules of a GCS de moyens apply either way and
all is drawn as before. 2. accounting_on(D, private) is not drawn on a day the groupement had been erected by a judged
decision not into a private establishment (erected_public_on), nor after an unjudged erection of a day it was not
shown private (erection_open_private_on). 3. The accounts of a public-law groupement erected in 2009-2010 stay undrawn
and a missing_fact(eps_budget_rules, groupement, eps_erected_before_decree) warning says why. 4. jo_billing_not_authorised
(and liberal_pay_article(M, l6133_6)) and erection_required under R6133-12 I are not drawn while an erection is not
judged; the tariff scale and the AMP derogation already drew nothing then (billing_scale_withdrawn leaves the scale
undrawn), pinned here.
"""

import gcs_reasoner as gcs

# A public groupement (two public hospitals), approval published 2012-05-10; a decision on {dec_day} granting the
# authorisation and (optionally) erecting the groupement; an assembly on {meet} with a failed budget deliberation.
G = """groupement g "GCS Chir" {{
  as of {as_of}
  approved {approved}
  seat "Reims" region "Grand Est"
  member a "CHU A" {{ kind health_establishment sector {sector} region "Grand Est" rights 60 }}
  member b "CH B" {{ kind health_establishment sector {sector} region "Grand Est" rights 40 }}
  convention {{ vote_weight rights meeting_days 15 }}
  administrator a elected {approved} until 2030-01-31
  authorisation chir care_activity "Chirurgie" held_by groupement{granted}
  ars_decision dec1 on {dec_day} {{
{grants}{erects}  }}
  assembly ag on {meet} {{
    convened_on {conv} by administrator
    accountant_present
    present a, b
    deliberation d1 on budget{year} {{ for b against a }}
    deliberation d2 on auditor {{ for a, b }}
  }}
}}
"""


def g(as_of, meet, conv, dec_day="2012-05-01", erects=True, approved="2012-05-10", sector="public",
      year=" year 2014", granted="", grants=True):
    return G.format(as_of=as_of, meet=meet, conv=conv, dec_day=dec_day, approved=approved, sector=sector, year=year,
                    granted=granted, grants="    grants chir\n" if grants else "",
                    erects="    erects\n" if erects else "")


def run(text):
    return gcs.reason(gcs.loads(text, path="<erection-readers>"), explain=True)


def got(res):
    return {str(c) for c in res.conclusions}


def warned(res):
    return {str(w.atom) for w in res.warnings}


UNJUDGED = "not_judged(erection_before_life, dec1, 2012-05-01)"


# --- 1. the meeting-day readers -----------------------------------------------------------------------------------

def test_referral_open_after_the_next_1_january():
    res = run(g("2014-06-01", "2013-11-20", "2013-11-01"))
    c = got(res)
    assert UNJUDGED in warned(res)
    assert not any(x.startswith(("budget_referral_due(", "budget_referral_missing(")) for x in c)
    # anchor: public accounting either way under R6133-4 of 2013, and the failed deliberation itself
    assert {"accounting(public)", "deliberation_invalid(ag, d1, not_adopted)"} <= c


def test_referral_due_with_no_erection():
    c = got(run(g("2014-06-01", "2013-11-20", "2013-11-01", erects=False)))
    assert {"budget_referral_due(2014, 2013-12-20)", "budget_referral_missing(2014)"} <= c


def test_referral_due_in_the_erection_year_either_way():
    """Until the 1 January after the decision, the rules of a GCS de moyens apply either way (R6133-13 II al. 3)."""
    res = run(g("2013-02-01", "2012-11-20", "2012-11-01", year=" year 2013"))
    assert UNJUDGED in warned(res)
    assert {"budget_referral_due(2013, 2012-12-20)", "budget_referral_missing(2013)"} <= got(res)


def test_referral_open_in_the_erection_year_after_an_earlier_grant():
    """A grant of 2011 would be the decision R6133-13 II al. 3 counts from (its first alinéa): from 2012-01-01."""
    res = run(g("2013-02-01", "2012-11-20", "2012-11-01", year=" year 2013", granted=" granted 2011-03-01",
                grants=False))
    assert UNJUDGED in warned(res)
    assert not any(x.startswith("budget_referral_due(") for x in got(res))
    assert "deliberation_invalid(ag, d1, not_adopted)" in got(res)
    # anchor: with no erection it is due
    c0 = got(run(g("2013-02-01", "2012-11-20", "2012-11-01", year=" year 2013", granted=" granted 2011-03-01",
                   grants=False, erects=False)))
    assert "budget_referral_due(2013, 2012-12-20)" in c0


def test_budget_year_question_open():
    res = run(g("2014-06-01", "2013-11-20", "2013-11-01", year=""))
    assert UNJUDGED in warned(res)
    assert "missing_fact(budget_referral, ag, budget_year)" not in warned(res)
    assert "deliberation_invalid(ag, d1, not_adopted)" in got(res)
    res0 = run(g("2014-06-01", "2013-11-20", "2013-11-01", year="", erects=False))
    assert "missing_fact(budget_referral, ag, budget_year)" in warned(res0)


def test_delegable_auditor_open():
    """accounting_on(D, public) (L6133-5) is not drawn after the next 1 January: no delegable auditor."""
    res = run(g("2014-06-01", "2013-11-20", "2013-11-01"))
    assert "delegable(ag, d2)" not in got(res)
    assert UNJUDGED in warned(res)
    assert "delegable(ag, d2)" in got(run(g("2014-06-01", "2013-11-20", "2013-11-01", erects=False)))


def test_delegable_auditor_in_the_erection_year():
    res = run(g("2013-02-01", "2012-11-20", "2012-11-01", year=" year 2013"))
    assert UNJUDGED in warned(res)
    assert "delegable(ag, d2)" in got(res)


# 2017: the decree's date of legal personality (approving decision 2017-06-01) and the law's (publication 2017-06-20)
G17 = """groupement g "GCS Chir" {{
  as of 2019-06-01
  approved 2017-06-20
  seat "Reims" region "Grand Est"
  member a "CHU A" {{ kind health_establishment sector {sector} region "Grand Est" rights 60 }}
  member b "CH B" {{ kind health_establishment sector {sector} region "Grand Est" rights 40 }}
  convention {{ vote_weight rights meeting_days 15 }}
  administrator a elected 2017-06-20 until 2030-01-31
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2017-05-15
  ars_decision dec0 on 2017-06-01 published 2017-06-20 {{
    approves convention
  }}
{erection}  assembly ag on 2018-11-20 {{
    convened_on 2018-11-01 by administrator
    present a, b
    deliberation d1 on budget year 2019 {{ for b against a }}
  }}
}}
"""
ERECT17 = "  ars_decision dec1 on 2017-06-10 {\n    erects\n  }\n"


def test_referral_2017_open():
    res = run(G17.format(sector="public", erection=ERECT17))
    assert "not_judged(erection_personality_open, dec1, 2017-06-10)" in warned(res)
    assert not any(x.startswith("budget_referral_due(") for x in got(res))
    assert "deliberation_invalid(ag, d1, not_adopted)" in got(res)
    assert "budget_referral_due(2019, 2018-12-20)" in got(run(G17.format(sector="public", erection="")))


def test_referral_2017_private_due_either_way():
    """A private groupement erected stays under the rules of the GCS (R6133-18 I): the referral is owed either way."""
    res = run(G17.format(sector="private", erection=ERECT17))
    assert "not_judged(erection_personality_open, dec1, 2017-06-10)" in warned(res)
    assert "budget_referral_due(2019, 2018-12-20)" in got(res)


# --- 2. accounting_on(D, private) ---------------------------------------------------------------------------------

# Two public members, then a private clinic joins (2019-03-01): mixed, the convention declares private law.
GMIX = """groupement g "GCS Chir" {{
  as of 2020-06-01
  approved 2017-06-01
  seat "Reims" region "Grand Est"
  declared_nature private
  member a "CHU A" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Grand Est" rights 30 }}
  member c "Clinique C" {{ kind health_establishment sector private region "Grand Est" rights 10 joined 2019-03-01 }}
  convention {{ vote_weight rights meeting_days 15 }}
  administrator a elected 2017-06-01 until 2030-01-31
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2017-09-01
{erection}  assembly ag on 2019-06-20 {{
    convened_on 2019-06-01 by administrator
    present a, b, c
    deliberation d1 on auditor {{ for a, b, c }}
  }}
  result 2019 surplus 5_000 allocated distributed
}}
"""


def test_private_accounting_on_a_day_not_drawn_after_a_public_erection():
    res = run(GMIX.format(erection="  ars_decision dec1 on 2018-01-10 {\n    erects\n  }\n"))
    c = got(res)
    assert "reserved_matter(ag, d1, 8)" not in c
    assert not any(x.startswith(("result_allocation_regime(", "result_allocation_invalid(")) for x in c)
    # anchors: the erection into a public health establishment, the private nature of the as-of date
    assert {"health_establishment(public, 2018-01-10)", "nature(private)", "accounting(public)"} <= c


def test_private_accounting_on_a_day_with_no_erection():
    c = got(run(GMIX.format(erection="")))
    assert {"reserved_matter(ag, d1, 8)", "result_allocation_regime(2019, private)", "accounting(private)"} <= c


def test_private_accounting_on_a_day_open_after_an_unjudged_erection():
    res = run(GMIX.format(erection="  ars_decision dec1 on 2017-05-20 {\n    erects\n  }\n"))
    c = got(res)
    assert "not_judged(erection_before_life, dec1, 2017-05-20)" in warned(res)
    assert "reserved_matter(ag, d1, 8)" not in c
    assert "result_allocation_regime(2019, private)" not in c
    assert "nature(private)" in c


def test_private_erection_keeps_private_accounting_on_a_day():
    """Erected into a private establishment, the groupement stays under the rules of the GCS (R6133-13 I)."""
    res = run(g("2014-06-01", "2013-11-20", "2013-11-01", dec_day="2012-06-01", sector="private"))
    c = got(res)
    assert "health_establishment(private, 2012-06-01)" in c
    assert "reserved_matter(ag, d2, 8)" in c


# --- 3. a public-law groupement erected from 2009-07-23 to 2010-07-25 ---------------------------------------------

G2009 = """groupement g "GCS Chir" {{
  as of {as_of}
  approved 2008-05-10
  seat "Reims" region "Champagne-Ardenne"
  member a "CHU A" {{ kind health_establishment sector {sector} region "Champagne-Ardenne" rights 60 }}
  member b "CH B" {{ kind health_establishment sector {sector} region "Champagne-Ardenne" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2008-01-10
{erection}}}
"""
ERECT09 = "  ars_decision dec1 on 2009-08-01 {\n    erects\n  }\n"
BEFORE_DECREE = "missing_fact(eps_budget_rules, groupement, eps_erected_before_decree)"


def money(res):
    return {c for c in got(res) if c.startswith(("accounting", "agent_comptable", "public_accounting_rules"))}


def test_erected_2009_accounts_said_unsettled():
    res = run(G2009.format(as_of="2009-09-01", sector="public", erection=ERECT09))
    assert BEFORE_DECREE in warned(res)
    assert money(res) == set()
    assert "health_establishment(public, 2009-08-01)" in got(res)
    w = next(w for w in res.warnings if str(w.atom) == BEFORE_DECREE)
    assert "26 July 2010" in w.message and "L. 6133-5" in w.message


def test_not_erected_2009_gcs_de_moyens_accounts():
    res = run(G2009.format(as_of="2009-09-01", sector="public", erection=""))
    assert BEFORE_DECREE not in warned(res)
    assert {"accounting(public)", "agent_comptable_required", "public_accounting_rules(decree_62_1587)"} <= got(res)


def test_private_erected_2009_private_accounts():
    res = run(G2009.format(as_of="2009-09-01", sector="private", erection=ERECT09))
    assert BEFORE_DECREE not in warned(res)
    assert {"health_establishment(private, 2009-08-01)", "accounting(private)", "auditor_required"} <= got(res)


def test_erected_2009_from_2010_07_26_the_2010_warning():
    res = run(G2009.format(as_of="2010-08-01", sector="public", erection=ERECT09))
    assert BEFORE_DECREE not in warned(res)
    assert "missing_fact(eps_budget_rules, groupement, eps_decision_before_2010)" in warned(res)


# --- 4. outside money ---------------------------------------------------------------------------------------------

JOINT = open(__file__.rsplit("/tests/", 1)[0] + "/facts/joint17_withdrawn_2020.gcs", encoding="utf-8").read()
JOINT = JOINT.replace("  capital none", "  capital none\n  declared_nature private", 1)


def joint(erect_day=None):
    if erect_day is None:
        return JOINT
    return JOINT.replace("  medical_act acte1", f"  ars_decision dec9 on {erect_day} {{ erects }}\n  medical_act acte1", 1)


def test_joint_operation_billing_withdrawn_open_while_erection_unjudged():
    res = run(joint("2017-10-25"))
    c = got(res)
    assert "not_judged(erection_personality_open, dec9, 2017-10-25)" in warned(res)
    assert "liberal_pay_article(dr_roux, l6133_6)" not in c
    # the tariff scale was already left undrawn (billing_scale_withdrawn, the groupement not erected)
    assert "tariff_scale(d)" not in c
    assert {"gcs_kind(joint_operation)", "practitioner_pay(dr_roux, public_es_fees)"} <= c


def test_joint_operation_billing_withdrawn_not_erected_and_erected():
    c0 = got(run(joint()))
    assert "liberal_pay_article(dr_roux, l6133_6)" in c0
    assert "tariff_scale(d)" not in c0
    c1 = got(run(joint("2018-03-01")))
    assert {"gcs_kind(health_establishment)", "health_establishment(private, 2018-03-01)", "tariff_scale(d)"} <= c1
    assert "liberal_pay_article(dr_roux, l6133_6)" not in c1


G_R6133_12 = """groupement g "GCS Chir" {{
  as of 2013-06-01
  approved 2012-05-10
  seat "Reims" region "Grand Est"
  member a "CHU A" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement
{erection}  ars_decision dec1 on 2012-06-01 {{
    grants chir
  }}
}}
"""


def test_erection_required_under_r6133_12_open_while_erection_unjudged():
    res = run(G_R6133_12.format(erection="  ars_decision dec0 on 2012-05-01 {\n    erects\n  }\n"))
    assert "not_judged(erection_before_life, dec0, 2012-05-01)" in warned(res)
    assert "erection_required(chir)" not in got(res)
    assert "approval_required(ars_director_general, erection)" in got(res)
    assert "erection_required(chir)" in got(run(G_R6133_12.format(erection="")))
