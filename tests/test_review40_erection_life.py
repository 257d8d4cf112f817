"""Review 40 (round 16), fixer L: an erection into a health establishment decided before the groupement existed.

The findings.
1. A groupement without legal personality was declared a public health establishment, the status dated before its
   legal personality: an erection decided on 2012-05-01 and an approval published on 2012-05-10 gave
   health_establishment(public, 2012-05-01) on an as-of date of 2012-05-05 (while gcs_kind(health_establishment) was
   withheld by no_legal_personality_yet) and on 2012-09-01 (beside legal_personality_from(2012-05-10)); the same
   before 2010-07-26 (a single decision of 2010-07-25 approving, granting and erecting, published 2010-07-30).
3. An erection decided on 2009-07-22, the day before L6133-7 of 2009, was dropped silently, and erection_required
   said « … ce qui n'a pas été fait », contradicting the file.

The texts. L6133-7@2009-07-23.1 (and its repeats of 2010, 2017, 2019): « Le groupement de coopération sanitaire de
droit privé est érigé en établissement de santé privé et le groupement de coopération sanitaire de droit public est
érigé en établissement public de santé, par décision du directeur général de l'agence régionale de santé. »
L6133-3@2009-07-23.I.2 (and @2011-08-12, @2017-01-14): « Ce groupement acquiert la personnalité morale à dater de cette
publication. » R6133-11@2006-01-01.3 / R6133-1-1@2010-07-26.2: « Le groupement jouit de la personnalité morale à
compter de la date de publication de l'acte d'approbation ». R6133-1-1@2017-04-28.4: « Le groupement jouit de la
personnalité morale à compter de la décision d'approbation » (in conflict with the law). R6133-12@2010-07-26.I: the
director general erects, in the decision of the first grant, « un groupement de coopération sanitaire dont il a,
antérieurement, approuvé et publié la convention constitutive »; R6133-12@2010-07-26.II.2 (R6133-17 II of 2017), the
single act: « Cette décision porte ses effets de droit, au jour de sa publication ». Before 2009-07-23 no encoded text
provides for an erection (L6133-7 exists from that day).

The reading. The text erects a groupement that exists, of public or private law; outside the single act (whose effects
date from its publication), no text makes an erection decided before legal personality take effect later, when the
groupement acquires it. Such an erection is not judged (as a transfer of competences decided before the groupement
existed): no health_establishment/2 from it, nor what follows (eps_*), no irregularity; a text_not_in_force warning
names the decision at its line (not_judged(erection_before_life, Dec, X)). On an as-of date before legal personality
no health_establishment/2 is drawn at all. An erection decided when the decree of 2017 gives legal personality and the
law does not yet is left open the same way (not_judged(erection_personality_open, Dec, X)). An erection dated before
2009-07-23 gives not_judged(erection, Dec, X); while an erection of the file is not judged, erection_required (which
says the erection « n'a pas été fait[e] ») is not drawn. Anchors: an erection after legal personality keeps its date;
the single act keeps its publication date.
"""

import gcs_reasoner as gcs

G2012 = """groupement g "GCS Chir" {{
  as of {as_of}
  approved 2012-05-10
  seat "Reims" region "Grand Est"
  member a "CHU A" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on {erected} {{
    grants chir
    erects
    tariff_scale abc
  }}
}}
"""

G2010 = """groupement g "GCS SSR" {{
  as of 2010-09-01
  approved 2010-07-30
  declared_nature public
  seat "Brest" region "Bretagne"
  member a "CHU A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  convention {{
    vocation hold_authorisation
  }}
  authorisation ssr care_activity "SSR" held_by groupement
  ars_decision dec1 on {decided} published 2010-07-30 {{
    approves convention
    grants ssr
    erects
    tariff_scale abc
  }}
}}
"""

G2009 = """groupement g "GCS Chir" {{
  as of 2009-09-01
  approved 2008-05-10
  seat "Reims" region "Champagne-Ardenne"
  member a "CHU A" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2009-01-10
{decisions}}}
"""

G2017 = """groupement g "GCS Chir" {{
  as of {as_of}
  approved 2017-06-20
  seat "Reims" region "Grand Est"
  member a "CHU A" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2017-05-15
  ars_decision dec0 on 2017-06-01 published 2017-06-20 {{
    approves convention
  }}
  ars_decision dec1 on {erected} {{
    erects
  }}
}}
"""


def run(text):
    return gcs.reason(gcs.loads(text, path="<erection-life>"), explain=True)


def got(res):
    return {str(c) for c in res.conclusions}


def warnings(res):
    return {w.atom: w for w in res.warnings}


def status(res):
    return {c for c in got(res) if c.startswith(("health_establishment(", "eps_"))}


# --- finding 1: 2012, as-of before legal personality -------------------------------------------------------------

def test_as_of_before_personality_no_status():
    res = run(G2012.format(as_of="2012-05-05", erected="2012-05-01"))
    assert status(res) == set()
    w = warnings(res)
    assert "not_judged(erection_before_life, dec1, 2012-05-01)" in w
    assert w["not_judged(erection_before_life, dec1, 2012-05-01)"].code == "text_not_in_force"
    assert w["not_judged(erection_before_life, dec1, 2012-05-01)"].line == 8
    # anchor: the groupement under approval is judged, and the state before personality is said
    assert "approval_required(ars_director_general, convention)" in got(res)
    assert any(x.code == "before_legal_personality" for x in res.warnings)


def test_as_of_after_personality_erection_before_it_not_judged():
    res = run(G2012.format(as_of="2012-09-01", erected="2012-05-01"))
    c = got(res)
    assert status(res) == set()
    assert not any(x.startswith("erection_required(") for x in c)
    assert not any(x.startswith("ars_decision_irregular(dec1") for x in c)
    w = warnings(res)["not_judged(erection_before_life, dec1, 2012-05-01)"]
    assert "n'avait pas encore la personnalité morale" in w.message_fr
    # anchor: legal personality from the publication
    assert "legal_personality_from(2012-05-10)" in c


def test_erection_after_personality_keeps_its_date():
    """Anchor: the same decision dated after the publication erects the groupement from its own date."""
    res = run(G2012.format(as_of="2012-09-01", erected="2012-06-01"))
    c = got(res)
    assert "health_establishment(public, 2012-06-01)" in c
    assert "eps_budget_rules_from(2013-01-01)" in c
    assert "eps_medical_committee_includes(a)" in c
    assert not any(w.startswith("not_judged(erection") for w in warnings(res))


def test_erection_on_the_day_of_the_publication_keeps_its_date():
    res = run(G2012.format(as_of="2012-09-01", erected="2012-05-10"))
    assert "health_establishment(public, 2012-05-10)" in got(res)
    assert not any(w.startswith("not_judged(erection") for w in warnings(res))


# --- finding 1: before 2010-07-26, one decision approving and erecting -------------------------------------------

def test_2010_decision_before_the_single_act_rule_not_judged():
    res = run(G2010.format(decided="2010-07-25"))
    c = got(res)
    assert status(res) == set()
    assert "not_judged(erection_before_life, dec1, 2010-07-25)" in warnings(res)
    # anchor: legal personality from the publication of the approval
    assert "legal_personality_from(2010-07-30)" in c


def test_2010_single_act_keeps_its_publication_date():
    """Anchor: from 2010-07-26 the same decision is the single act of R6133-12 II: effective on its publication."""
    res = run(G2010.format(decided="2010-07-26"))
    c = got(res)
    assert "health_establishment(public, 2010-07-30)" in c
    assert "single_act_effective(dec1, 2010-07-30)" in c
    assert not any(w.startswith("not_judged(erection") for w in warnings(res))


def test_explanation_cites_the_erection_text():
    res = run(G2012.format(as_of="2012-09-01", erected="2012-06-01"))
    node = next(x for x in res.conclusions if str(x) == "health_establishment(public, 2012-06-01)").explain()
    assert "érigé en établissement public de santé" in node.text("fr")


# --- finding 1: 2017, the two texts' dates of legal personality ----------------------------------------------------

def test_2017_between_the_decree_and_the_law_left_open():
    res = run(G2017.format(as_of="2018-01-01", erected="2017-06-10"))
    c = got(res)
    assert status(res) == set()
    w = warnings(res)
    assert "not_judged(erection_personality_open, dec1, 2017-06-10)" in w
    assert w["not_judged(erection_personality_open, dec1, 2017-06-10)"].line == 11
    assert "not_judged(erection_before_life, dec1, 2017-06-10)" not in w
    # anchor: both dates drawn, with the conflict
    assert {"legal_personality_from(2017-06-01)", "legal_personality_from(2017-06-20)"} <= c
    assert 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)' in c


def test_2017_as_of_between_left_open():
    res = run(G2017.format(as_of="2017-06-15", erected="2017-06-10"))
    assert status(res) == set()
    assert "not_judged(erection_personality_open, dec1, 2017-06-10)" in warnings(res)
    assert "legal_personality_from(2017-06-01)" in got(res)


def test_2017_before_both_dates_not_judged():
    res = run(G2017.format(as_of="2018-01-01", erected="2017-05-20"))
    assert status(res) == set()
    w = warnings(res)
    assert "not_judged(erection_before_life, dec1, 2017-05-20)" in w
    assert "not_judged(erection_personality_open, dec1, 2017-05-20)" not in w


def test_2017_after_both_dates_keeps_its_date():
    res = run(G2017.format(as_of="2018-01-01", erected="2017-07-01"))
    assert "health_establishment(public, 2017-07-01)" in got(res)
    assert not any(w.startswith("not_judged(erection") for w in warnings(res))


# --- finding 3: an erection before L6133-7 of 2009 -----------------------------------------------------------------

ERECT_0722 = "  ars_decision dec1 on 2009-07-22 by arh_director {\n    erects\n  }\n"
ERECT_0801 = "  ars_decision dec1 on 2009-08-01 by arh_director {\n    erects\n  }\n"


def test_erection_before_the_text_warned_at_its_line():
    res = run(G2009.format(decisions=ERECT_0722))
    w = warnings(res)
    assert "not_judged(erection, dec1, 2009-07-22)" in w
    assert w["not_judged(erection, dec1, 2009-07-22)"].code == "text_not_in_force"
    assert w["not_judged(erection, dec1, 2009-07-22)"].line == 8
    c = got(res)
    assert status(res) == set()
    # whether it was erected is left open: no « ce qui n'a pas été fait »
    assert "erection_required(chir)" not in c
    # anchor: the groupement holding a care authorisation is a health establishment
    assert "gcs_kind(health_establishment)" in c


def test_no_erection_at_all_still_requires_one():
    """Anchor: with no erection in the file, erection_required is said."""
    res = run(G2009.format(decisions=""))
    assert "erection_required(chir)" in got(res)
    assert not any(w.startswith("not_judged(erection") for w in warnings(res))


def test_erection_after_the_text_judged():
    res = run(G2009.format(decisions=ERECT_0801))
    c = got(res)
    assert "health_establishment(public, 2009-08-01)" in c
    assert "erection_required(chir)" not in c
    assert not any(w.startswith("not_judged(erection") for w in warnings(res))
