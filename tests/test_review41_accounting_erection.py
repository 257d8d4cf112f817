"""Review 41 (round 17), fixer A: the as-of accounting conclusions while an erection of the file is not judged.

The finding. Review 40 left an erection into a health establishment decided before the groupement's legal
personality, between the two texts' dates of it (2017), or before L6133-7 of 2009 not judged (its effect unknown:
not_judged(erection_before_life | erection_personality_open | erection, Dec, X)), and withheld erection_required and
the recruitment powers while it is on file. The as-of accounting conclusions still read such a groupement as not
erected, a GCS de moyens: a public groupement erected before its legal personality (2012-05-01, published
2012-05-10) was given, as of 2013-06-01, public_accounting_rules(gbcp_titles_1_3) (« tout autre groupement ») and
budget_document(budget); as of 2012-09-01 accounting(public), agent_comptable_required and
public_accounting_rules(decree_62_1587) (a GCS de moyens); in 2024, agent_comptable_required and
agent_comptable_appointer(prefect), which are for a GCS de moyens only.

The texts. L6133-5@2009-07-23.1: « Lorsque le groupement de coopération sanitaire de moyens est une personne morale de
droit public, le groupement est soumis aux règles de la comptabilité publique et il est doté d'un agent comptable ».
R6133-10@2006-01-01.1 / R6133-4@2010-07-26.1: « Lorsque le groupement de coopération sanitaire [de moyens] est une
personne morale de droit public, les dispositions du décret n° 62-1587 [...] sont applicables [...]. Dans ce cas,
l'agent comptable est nommé par arrêté du ministre chargé du budget. » R6133-4@2013-01-01.1: « Un groupement de
coopération sanitaire érigé en établissement public de santé en application de l'article L. 6133-7 est soumis au
titre Ier du décret n° 2012-1246 [...]. [...] tout autre groupement de coopération sanitaire ayant la qualité de
personne morale de droit public est soumis aux dispositions des titres Ier et III de ce même décret [...]. Dans ces
cas, l'agent comptable est nommé par arrêté du ministre chargé du budget. » R6133-4@2024-01-01.1 and .2: « Lorsque le
groupement de coopération sanitaire est une personne morale de droit public, il est soumis au titre Ier du décret
n° 2012-1246 » / « Lorsque le groupement de coopération sanitaire de droit public est un groupement de coopération
sanitaire de moyens, l'agent comptable mentionné à l'article L. 6133-5 est nommé par arrêté du préfet. »
R6133-13@2010-07-26.II (R6133-18@2017-04-28.II): the public health establishment issued from a public-law groupement
« se substitue à ce dernier », and « La transformation des règles comptables et budgétaires [...] est effective au
1er janvier de l'année suivant la décision »; R6133-13 I: the private establishment « reste régi par les règles des
groupements de coopération sanitaire ».

The reading. While an erection of the file, by the as-of date, is not judged and the groupement is not shown to be of
private law on its day (accounts_erection_open), whether it is still a GCS de moyens or became a public health
establishment is open: what depends on it is not drawn either way (the not_judged warning names the decision). Not
drawn: accounting(public) and what rests on it under R6133-10 of 2006, L6133-5 with R6133-10 (2009-2010) and R6133-4
of 2010; public_accounting_rules/1 under R6133-4 of 2013 (title I, or titles I and III); agent_comptable_required and
agent_comptable_appointer(prefect) under R6133-4 of 2024 (al. 2); accounting(private) of a groupement public on the
erection's day; from the 1 January after the decision, the budget document of R6133-5 and the compte financier's
approval of a year (accounts_approval_due). Still drawn, the answer being the same either way: accounting(public)
under R6133-4 of 2013 (with its agent comptable, « Dans ces cas ») and of 2024 (al. 1, public_accounting_rules
(gbcp_title_1), the nomenclature), cited to R6133-4 alone; a private groupement's accounting(private). Anchors: the
same file with no erection (GCS de moyens accounting as before) and with a judged erection (EPS accounting as before).
"""

import gcs_reasoner as gcs

# A public groupement (two public hospitals), approval published 2012-05-10; an erection on {erected}.
G2012 = """groupement g "GCS Chir" {{
  as of {as_of}
  approved 2012-05-10
  seat "Reims" region "Grand Est"
  member a "CHU A" {{ kind health_establishment sector {sector} region "Grand Est" rights 60 }}
  member b "CH B" {{ kind health_establishment sector {sector} region "Grand Est" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on {erected} {{
    grants chir
{erects}    tariff_scale abc
  }}
}}
"""

# 2017: the decree's date of legal personality (the approving decision, 2017-06-01) and the law's (the publication,
# 2017-06-20).
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
{decisions}}}
"""

# Before L6133-7 of 2009: approval published 2008-05-10.
G2009 = """groupement g "GCS Chir" {{
  as of {as_of}
  approved 2008-05-10
  seat "Reims" region "Champagne-Ardenne"
  member a "CHU A" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2008-01-10
{decisions}}}
"""

ERECTS = "    erects\n"


def erect(day, by=""):
    return f"  ars_decision dec1 on {day}{by} {{\n    erects\n  }}\n"


def g2012(as_of, erected, erects=True, sector="public"):
    return G2012.format(as_of=as_of, erected=erected, erects=ERECTS if erects else "", sector=sector)


def run(text):
    return gcs.reason(gcs.loads(text, path="<accounting-erection>"), explain=True)


def got(res):
    return {str(c) for c in res.conclusions}


def warned(res):
    return {w.atom for w in res.warnings}


def money(res):
    keys = ("accounting", "agent_comptable", "public_accounting_rules", "auditor_required", "budget_document",
            "accounts_approval_due", "ordonnateur")
    return {c for c in got(res) if c.startswith(keys)}


# --- cause 1: an erection before legal personality ----------------------------------------------------------------

def test_before_life_2013_titles_open():
    res = run(g2012("2013-06-01", "2012-05-01"))
    c = got(res)
    assert "not_judged(erection_before_life, dec1, 2012-05-01)" in warned(res)
    assert not any(x.startswith("public_accounting_rules(") for x in c)
    # from 2013-01-01 (the 1 January after the decision) the budget document is open too
    assert not any(x.startswith("budget_document(") for x in c)
    # anchors: public accounting and its agent comptable either way (« Dans ces cas »)
    assert {"accounting(public)", "agent_comptable_required", "agent_comptable_appointer(budget_minister)"} <= c
    assert "nature(public)" in c


def test_before_life_2013_accounting_cites_r6133_4_alone():
    res = run(g2012("2013-06-01", "2012-05-01"))
    node = next(x for x in res.conclusions if str(x) == "accounting(public)").explain()
    assert list(node.provisions) == ["R6133-4@2013-01-01.1"]
    assert "tout autre groupement" in node.text("fr")
    assert "érigé en établissement public de santé" in node.text("fr")


def test_no_erection_2013_gcs_accounting_as_before():
    res = run(g2012("2013-06-01", "2012-05-01", erects=False))
    c = got(res)
    assert {"accounting(public)", "public_accounting_rules(gbcp_titles_1_3)", "agent_comptable_required",
            "budget_document(budget)"} <= c
    assert not any(w.startswith("not_judged(erection") for w in warned(res))
    node = next(x for x in res.conclusions if str(x) == "accounting(public)").explain()
    assert "L6133-5@2009-07-23.1" in node.provisions


def test_judged_erection_2013_eps_accounting_as_before():
    res = run(g2012("2013-06-01", "2012-06-01"))
    c = got(res)
    assert {"health_establishment(public, 2012-06-01)", "accounting(public)",
            "public_accounting_rules(gbcp_title_1)"} <= c
    assert "public_accounting_rules(gbcp_titles_1_3)" not in c
    assert not any(x.startswith("budget_document(") for x in c)


def test_before_life_2012_gcs_de_moyens_open():
    """R6133-4 of 2010: every conclusion is for a GCS de moyens."""
    res = run(g2012("2012-09-01", "2012-05-01"))
    c = got(res)
    assert "not_judged(erection_before_life, dec1, 2012-05-01)" in warned(res)
    for x in ("accounting(public)", "agent_comptable_required", "agent_comptable_appointer(budget_minister)",
              "public_accounting_rules(decree_62_1587)"):
        assert x not in c
    # anchor: the same year as the decision, the rules of a GCS would apply either way (1 January after it)
    assert "budget_document(eprd)" in c


def test_no_erection_2012_gcs_de_moyens_as_before():
    res = run(g2012("2012-09-01", "2012-05-01", erects=False))
    assert {"accounting(public)", "agent_comptable_required", "agent_comptable_appointer(budget_minister)",
            "public_accounting_rules(decree_62_1587)"} <= got(res)


def test_before_life_accounts_year_open():
    res = run(g2012("2014-06-01", "2012-05-01"))
    assert not any(x.startswith("accounts_approval_due(2013") for x in got(res))
    assert "not_judged(erection_before_life, dec1, 2012-05-01)" in warned(res)
    assert "agent_comptable_required" in got(res)
    # anchor: with no erection the compte financier of 2013 is due
    assert "accounts_approval_due(2013, 2015-03-30)" in got(run(g2012("2014-06-01", "2012-05-01", erects=False)))


def test_private_groupement_unjudged_erection_keeps_private_accounting():
    """A private groupement erected stays under the rules of the GCS (R6133-13 I): the same either way."""
    res = run(g2012("2014-06-01", "2012-05-01", sector="private"))
    c = got(res)
    assert "not_judged(erection_before_life, dec1, 2012-05-01)" in warned(res)
    assert {"nature(private)", "accounting(private)", "auditor_required", "budget_document(forecast_budget)"} <= c


# --- cause 2: between the two texts' dates of legal personality (2017) --------------------------------------------

def test_personality_open_2018_titles_open():
    res = run(G2017.format(as_of="2018-01-01", decisions=erect("2017-06-10")))
    c = got(res)
    assert "not_judged(erection_personality_open, dec1, 2017-06-10)" in warned(res)
    assert not any(x.startswith("public_accounting_rules(") for x in c)
    assert not any(x.startswith("budget_document(") for x in c)
    assert {"accounting(public)", "agent_comptable_required"} <= c


def test_personality_open_2024_agent_comptable_open():
    res = run(G2017.format(as_of="2024-03-01", decisions=erect("2017-06-10")))
    c = got(res)
    assert "not_judged(erection_personality_open, dec1, 2017-06-10)" in warned(res)
    assert "agent_comptable_required" not in c
    assert not any(x.startswith("agent_comptable_appointer(") for x in c)
    # anchors: al. 1 of 2024 holds either way, cited to R6133-4 alone
    assert {"accounting(public)", "public_accounting_rules(gbcp_title_1)", "accounting_nomenclature(r6145_3)"} <= c
    node = next(x for x in res.conclusions if str(x) == "accounting(public)").explain()
    assert list(node.provisions) == ["R6133-4@2024-01-01.1"]


def test_no_erection_2024_gcs_de_moyens_as_before():
    res = run(G2017.format(as_of="2024-03-01", decisions=""))
    assert {"accounting(public)", "agent_comptable_required", "agent_comptable_appointer(prefect)",
            "public_accounting_rules(gbcp_title_1)"} <= got(res)


def test_judged_erection_2024_eps_accounting_as_before():
    res = run(G2017.format(as_of="2024-03-01", decisions=erect("2017-07-01")))
    c = got(res)
    assert {"health_establishment(public, 2017-07-01)", "accounting(public)",
            "public_accounting_rules(gbcp_title_1)"} <= c
    assert "agent_comptable_required" not in c
    assert not any(w.startswith("not_judged(erection") for w in warned(res))


def test_before_both_dates_2024_agent_comptable_open():
    res = run(G2017.format(as_of="2024-03-01", decisions=erect("2017-05-20")))
    assert "not_judged(erection_before_life, dec1, 2017-05-20)" in warned(res)
    assert "agent_comptable_required" not in got(res)
    assert "accounting(public)" in got(res)


# --- cause 3: an erection before L6133-7 of 2009 ------------------------------------------------------------------

def test_before_the_text_2009_l6133_5_open():
    res = run(G2009.format(as_of="2009-09-01", decisions=erect("2009-07-22", " by arh_director")))
    c = got(res)
    assert "not_judged(erection, dec1, 2009-07-22)" in warned(res)
    assert money(res) == set()
    # anchor: the groupement holding a care authorisation is a health establishment, of public law
    assert {"gcs_kind(health_establishment)", "nature(public)"} <= c


def test_before_the_text_2008_r6133_10_open():
    res = run(G2009.format(as_of="2008-09-01", decisions=erect("2008-07-22", " by arh_director")))
    assert "not_judged(erection, dec1, 2008-07-22)" in warned(res)
    assert money(res) == set()
    assert "nature(public)" in got(res)


def test_no_erection_2008_and_2009_as_before():
    for as_of in ("2008-09-01", "2009-09-01"):
        res = run(G2009.format(as_of=as_of, decisions=""))
        assert {"accounting(public)", "agent_comptable_required", "public_accounting_rules(decree_62_1587)"} <= got(res)


def test_before_the_text_2012_open_and_years_open():
    res = run(G2009.format(as_of="2012-03-01", decisions=erect("2009-07-22", " by arh_director")))
    c = got(res)
    assert "not_judged(erection, dec1, 2009-07-22)" in warned(res)
    assert money(res) == set()
    assert "nature(public)" in c
    # anchor: with no erection, the GCS de moyens of 2010's decree, its budget document and its comptes financiers
    c0 = got(run(G2009.format(as_of="2012-03-01", decisions="")))
    assert {"accounting(public)", "agent_comptable_required", "budget_document(eprd)",
            "accounts_approval_due(2010, 2012-03-30)", "accounts_approval_due(2011, 2013-03-30)"} <= c0
