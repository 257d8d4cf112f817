"""Review 39, fixer E: an erection into a health establishment with no legal basis.

Finding (reviewer 1): a decision that `erects` made the groupement a health establishment, with every effect and no
word, when it held no care-activity authorisation on the decision's date, and, from 2017-01-14, when its only one was
the biological activity of assisted procreation (AMP).

The texts:
- L6133-7 al. 1, the same words in the versions of 2009-07-23, 2010-02-26, 2017-01-14 and 2019-08-08 (L6133-7@...1):
  « Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins, le groupement de coopération
  sanitaire est un établissement de santé avec les droits et obligations afférents. Le groupement de coopération
  sanitaire de droit privé est érigé en établissement de santé privé et le groupement de coopération sanitaire de droit
  public est érigé en établissement public de santé, par décision du directeur général de l'agence régionale de
  santé. »
- R6133-12@2010-07-26.I / R6133-17@2017-04-28.I: the director general, granting a care-activity authorisation for the
  first time, « érige dans la même décision le groupement en établissement de santé »; II 3°: « L'érection du
  groupement de coopération sanitaire titulaire d'une autorisation d'activités de soins en établissement de santé ».
- L6133-7@2017-01-14.3 (and @2019-08-08.3): « Par dérogation aux dispositions du premier alinéa, un groupement de
  coopération sanitaire de moyens dont la seule autorisation d'activité de soins dont il est titulaire est une
  autorisation d'activité biologique d'assistance médicale à la procréation n'est pas érigé en établissement de
  santé. »

The reading: the erection is judged under the text of the decision's date, on the authorisations the file records as
held by the groupement that day (one granted by the same decision included; for the single act of R6133-12 II /
R6133-17 II, one the act grants). None held (the file listing some authorisation of the groupement: one that states
none at all leaves the basis open, tests/test_review39_second_reader.py): `ars_decision_irregular(Dec,
no_care_authorisation)`; from 2017-01-14,
AMP biology alone: `ars_decision_irregular(Dec, amp_biology_only)`. As every irregular decision of the director general
(`ars_decision_irregular(Dec, authority)`), the erection keeps its effects until annulled or withdrawn, which the file
would state: the status and what follows stay. An authorisation the file states with no grant date is held from an
unknown date: nothing is concluded (the file does not say it was not held that day). The explanation of
`gcs_kind(health_establishment)` for an erected groupement does not say it holds an authorisation.

Also (reviewer 2): `approval_required(A, erection)` for a groupement erected long before the as-of date named the
authority and the text of the as-of date (the ARS director general in 2019 for an erection of 2009). The erection is an
event, judged like the approval of the convention: once made, the authority and the text are those of its date.
"""

import gcs_reasoner as gcs

# a public-law groupement of two public hospitals approved in 2011, looked at in 2014
G2012 = """groupement g "GCS Test 2012" {{
  as of 2014-06-01
  approved 2011-02-01
  seat "Nancy" region "Lorraine"
  capital none
  member h1 "CH A" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  member h2 "CH B" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
{auths}  ars_decision dec2 on 2012-06-01 {{
{acts}    erects
  }}
}}
"""

# the same approved in 2017, looked at in 2019
G2018 = """groupement g "GCS Test 2018" {{
  as of 2019-06-01
  approved 2017-09-01
  seat "Lyon" region "Rhône-Alpes"
  capital none
  member h1 "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member h2 "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
{auths}  ars_decision dec2 on 2018-03-01 {{
{acts}    erects
    tariff_scale abc
  }}
}}
"""

CHIR = '  authorisation chir care_activity "Chirurgie" held_by groupement\n'
# the groupement's only authorisation, not of a care activity: the file lists the groupement's authorisations, and
# none of a care activity (review 39, second reader: a file stating none at all leaves the basis open,
# tests/test_review39_second_reader.py)
def irm(granted):
    return f'  authorisation irm heavy_equipment "IRM" held_by groupement granted {granted}\n'


IRM = irm("2011-06-01")
AMP = '  authorisation amp amp_biology "AMP biologie" held_by groupement\n'


def run(template, auths="", acts=""):
    res = gcs.reason(gcs.loads(template.format(auths=auths, acts=acts), path="<erection>"), explain=True)
    return res


def conclusions(res):
    return {str(c) for c in res.conclusions}


def find(res, text):
    return next(c for c in res.conclusions if str(c) == text)


NO_CARE = "ars_decision_irregular(dec2, no_care_authorisation)"
AMP_ONLY = "ars_decision_irregular(dec2, amp_biology_only)"


# --- 2012: L6133-7 of 2010 -------------------------------------------------------------------------------------------

def test_2012_erected_with_no_authorisation_is_irregular_and_keeps_its_effects():
    res = run(G2012, IRM)
    got = conclusions(res)
    assert NO_CARE in got
    assert find(res, NO_CARE).provisions == ["L6133-7@2010-02-26.1"]
    # the act stands: the status and what follows
    assert "health_establishment(public, 2012-06-01)" in got
    assert "gcs_kind(health_establishment)" in got
    assert "eps_budget_rules_from(2013-01-01)" in got
    # no authorisation held on the as-of date: no approval of an erection asked of a holder
    assert not any(c.startswith("approval_required(") and c.endswith("erection)") for c in got)
    assert AMP_ONLY not in got


def test_2012_irregularity_quotes_the_condition_not_met():
    res = run(G2012, IRM)
    c = find(res, NO_CARE)
    assert "Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins" in c.explain().quote
    assert "aucune autorisation d'activités de soins" in c.sentence("fr")
    assert "garde ses effets" in c.sentence("fr")


def test_2012_explanation_of_the_erected_kind_does_not_claim_an_authorisation():
    res = run(G2012)
    node = find(res, "gcs_kind(health_establishment)").explain()
    assert "Lorsqu'il est titulaire" not in node.quote
    assert "érigé en établissement public de santé" in node.quote
    head = node.text("fr").splitlines()[0]
    assert "il est titulaire" not in head
    assert "érigé en établissement de santé par une décision" in head


def test_held_authorisation_explains_the_kind_by_holding_it():
    """Positive anchor for the sentence above: holding one on the as-of date, the general sentence."""
    res = run(G2012, CHIR, "    grants chir\n")
    node = find(res, "gcs_kind(health_establishment)").explain()
    assert "il est titulaire" in node.text("fr").splitlines()[1]


def test_2012_erected_with_the_grant_in_the_same_decision_is_regular():
    res = run(G2012, CHIR, "    grants chir\n")
    got = conclusions(res)
    assert "health_establishment(public, 2012-06-01)" in got  # anchor
    assert NO_CARE not in got and AMP_ONLY not in got
    assert "approval_required(ars_director_general, erection)" in got


def test_2012_amp_biology_alone_is_a_care_activity_before_2017():
    res = run(G2012, AMP, "    grants amp\n")
    got = conclusions(res)
    assert "health_establishment(public, 2012-06-01)" in got  # anchor
    assert NO_CARE not in got and AMP_ONLY not in got


def test_2012_amp_biology_and_another():
    res = run(G2012, AMP + CHIR, "    grants amp\n    grants chir\n")
    got = conclusions(res)
    assert "health_establishment(public, 2012-06-01)" in got  # anchor
    assert NO_CARE not in got and AMP_ONLY not in got


def test_2012_authorisation_granted_only_after_the_erection():
    auth = '  authorisation chir care_activity "Chirurgie" held_by groupement granted 2013-01-15\n'
    res = run(G2012, auth)
    got = conclusions(res)
    assert NO_CARE in got
    assert "health_establishment(public, 2012-06-01)" in got
    # holding one on the as-of date: the erection made was for the ARS director general, under the text of its date
    assert "approval_required(ars_director_general, erection)" in got


def test_2012_authorisation_withdrawn_before_the_erection():
    auth = '  authorisation chir care_activity "Chirurgie" held_by groupement granted 2011-06-01\n'
    res = run(G2012.replace("{auths}  ars_decision dec2",
                            "{auths}  ars_decision dec1 on 2012-01-10 {{ withdraws chir }}\n  ars_decision dec2"), auth)
    got = conclusions(res)
    assert NO_CARE in got
    assert "health_establishment(public, 2012-06-01)" in got  # anchor: the act stands


def test_2012_undated_authorisation_leaves_the_question_open():
    res = run(G2012, CHIR)
    got = conclusions(res)
    assert "health_establishment(public, 2012-06-01)" in got  # anchor
    assert NO_CARE not in got and AMP_ONLY not in got


# --- 2018: L6133-7 of 2017 and its derogation -----------------------------------------------------------------------

def test_2018_erected_with_no_authorisation_is_irregular():
    res = run(G2018, irm("2017-10-01"))
    got = conclusions(res)
    assert NO_CARE in got
    assert find(res, NO_CARE).provisions == ["L6133-7@2017-01-14.1"]
    assert "health_establishment(public, 2018-03-01)" in got
    assert AMP_ONLY not in got


def test_2018_erected_with_care_granted_in_the_same_decision_is_regular():
    res = run(G2018, CHIR, "    grants chir\n")
    got = conclusions(res)
    assert "health_establishment(public, 2018-03-01)" in got  # anchor
    assert NO_CARE not in got and AMP_ONLY not in got
    assert "approval_required(ars_director_general, erection)" in got


def test_2018_erected_with_amp_biology_alone_breaches_the_derogation():
    res = run(G2018, AMP, "    grants amp\n")
    got = conclusions(res)
    assert AMP_ONLY in got
    c = find(res, AMP_ONLY)
    assert c.provisions == ["L6133-7@2017-01-14.3"]
    assert "n'est pas érigé en établissement de santé" in c.explain().quote
    assert NO_CARE not in got
    # the act stands; the derogation, a state, is not drawn beside a standing erection
    assert "health_establishment(public, 2018-03-01)" in got
    assert "gcs_kind(health_establishment)" in got
    assert not any(x.startswith("erection_derogation(") for x in got)


def test_2018_amp_biology_and_another_is_regular():
    res = run(G2018, AMP + CHIR, "    grants amp\n    grants chir\n")
    got = conclusions(res)
    assert "health_establishment(public, 2018-03-01)" in got  # anchor
    assert NO_CARE not in got and AMP_ONLY not in got


def test_2018_amp_alone_not_erected_gets_the_derogation_only():
    """Positive anchor for the derogation: no erection, AMP only: erection_derogation, no irregularity."""
    text = G2018.format(auths=AMP, acts="    grants amp\n").replace("    erects\n", "")
    res = gcs.reason(gcs.loads(text, path="<erection>"), explain=True)
    got = conclusions(res)
    assert "erection_derogation(amp)" in got
    assert NO_CARE not in got and AMP_ONLY not in got


def test_amp_alone_erected_before_2017_is_not_irregular():
    text = (G2018.format(auths=AMP, acts="    grants amp\n")
            .replace("approved 2017-09-01", "approved 2015-09-01")
            .replace("ars_decision dec2 on 2018-03-01", "ars_decision dec2 on 2016-03-01"))
    res = gcs.reason(gcs.loads(text, path="<erection>"), explain=True)
    got = conclusions(res)
    assert "health_establishment(public, 2016-03-01)" in got  # anchor: status kept
    assert NO_CARE not in got and AMP_ONLY not in got


# --- the single act of R6133-17 II ----------------------------------------------------------------------------------

SINGLE = """groupement g "GCS Acte unique" {{
  as of 2019-06-01
  approved 2018-01-25
  seat "Lyon" region "Rhône-Alpes"
  capital none
  member h1 "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member h2 "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  convention {{
    vocation hold_authorisation
  }}
{auths}  ars_decision dec2 on 2018-01-15 published 2018-01-25 {{
    approves convention
{acts}    erects
    tariff_scale abc
  }}
}}
"""


def test_single_act_granting_care_is_regular():
    res = run(SINGLE, CHIR, "    grants chir\n")
    got = conclusions(res)
    assert "health_establishment(public, 2018-01-25)" in got  # anchor
    assert NO_CARE not in got and AMP_ONLY not in got


def test_single_act_granting_nothing_is_irregular():
    res = run(SINGLE, irm("2018-06-01"))
    got = conclusions(res)
    assert "single_act_missing(grant)" in got
    assert NO_CARE in got
    assert find(res, NO_CARE).provisions == ["R6133-17@2017-04-28.II.1.3", "L6133-7@2017-01-14.1"]


def test_single_act_granting_amp_alone_breaches_the_derogation():
    res = run(SINGLE, AMP, "    grants amp\n")
    got = conclusions(res)
    assert AMP_ONLY in got
    assert NO_CARE not in got
    assert "health_establishment(public, 2018-01-25)" in got


# --- reviewer 2: the authority of an erection made long ago ---------------------------------------------------------

OLD = """groupement g "GCS Chirurgie" {
  as of 2019-09-01
  approved 2009-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  capital none
  member h1 "CH A" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }
  member h2 "CH B" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }
  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement
  ars_decision dec1 on 2009-09-02 { grants chir  erects }
}
"""


def test_erection_of_2009_is_judged_on_its_date():
    res = gcs.reason(gcs.loads(OLD, path="<old>"), explain=True)
    got = conclusions(res)
    assert "approval_required(arh_director, erection)" in got
    assert find(res, "approval_required(arh_director, erection)").provisions == ["L6133-7@2009-07-23.1"]
    assert "approval_required(ars_director_general, erection)" not in got
    assert NO_CARE not in got


def test_not_erected_the_authority_is_that_of_the_as_of_date():
    res = gcs.reason(gcs.loads(OLD.replace("{ grants chir  erects }", "{ grants chir }"), path="<old>"), explain=True)
    got = conclusions(res)
    assert "approval_required(ars_director_general, erection)" in got
    assert find(res, "approval_required(ars_director_general, erection)").provisions == ["L6133-7@2019-08-08.1"]
    assert "approval_required(arh_director, erection)" not in got
