"""Billing and approval: review 36 (items left at stop 35, cluster "billing / approval").

1. The warning on an unstated category under R6133-16 I of 2010 (R6133-21 I of 2017, same as) 2° to 4°: « 2°
   L'échelle tarifaire de la majorité des membres ; 3° L'échelle tarifaire applicable aux membres majoritaires au
   capital ; 4° L'échelle tarifaire applicable aux membres participant majoritairement aux charges de fonctionnement
   du groupement ». These are criteria the director general weighs (« apprécie les justifications apportées par le
   groupement en se fondant sur les critères suivants »), not the scale he decides: the warning names the criterion
   left open (missing_fact(tariff_criterion_N, M, funding)), no longer « aucune conclusion sur l'échelle
   tarifaire ». Under L6133-8 al. 3 (« Lorsque le groupement est composé, d'une part, d'établissements de santé
   mentionnés aux a, b ou c … et, d'autre part, d'établissements de santé mentionnés au d …, il peut opter »), what
   an unstated category leaves open is whether the groupement may opt (missing_fact(tariff_option_open, M,
   funding)).
"""

import gcs_reasoner as gcs


def _run(text: str, path: str = "<review36>"):
    return gcs.reason(gcs.loads(text, path=path))


def _conclusions(res) -> set[str]:
    return {str(c).replace(", ", ",") for c in res.conclusions}


def _warnings(res) -> dict[str, object]:
    return {w.atom.replace(", ", ","): w for w in res.warnings if w.atom}


# --- 1. the words of the warning under R6133-16 I 2° to 4° -------------------------------------------------------

CRITERIA = """groupement g "GCS Test" {{
  as of {as_of}
  approved 2011-01-10
  seat "Niort" region "Poitou-Charentes"
  {capital}
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 25 }}
  member cl_d "Clinique D" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 25 }}
  member cl_x "Clinique X" {{ kind health_establishment sector private {x} region "Poitou-Charentes" rights 25 }}
  {more}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2011-06-01
  tariff_option d received 2011-03-01
}}
"""
CH_B = 'member ch_b "CH B" { kind health_establishment sector public funding a region "Poitou-Charentes" rights 25 }'
CAPITAL = """contribution ch_a cash 40_000 EUR
  contribution cl_d cash 40_000 EUR
  contribution cl_x cash 20_000 EUR"""
RUNNING = """participation ch_a financial 40_000 year 2011
  participation cl_d financial 40_000 year 2011
  participation cl_x financial 20_000 year 2011"""


def _criteria(x: str = "", capital: str = "capital none", more: str = "", as_of: str = "2012-06-01"):
    return _run(CRITERIA.format(x=x, capital=capital, more=more, as_of=as_of))


def test_1_criterion_2_left_open_is_named_not_the_scale():
    res = _criteria(more=CH_B)
    warned = _warnings(res)
    atom = "missing_fact(tariff_criterion_2,cl_x,funding)"
    assert atom in warned
    fr, en = warned[atom].message_fr, warned[atom].message
    assert "Clinique X" in fr and "L. 162-22-6" in fr
    assert "le critère 2° du choix de l'échelle tarifaire (l'échelle tarifaire de la majorité des membres)" in fr
    assert not fr.endswith("aucune conclusion sur l'échelle tarifaire")
    assert "criterion 2°" in en and not en.endswith("no conclusion on the tariff scale")
    # the old first argument is gone, the option stays open and the procedure runs (positive anchors)
    assert not any(a.startswith("missing_fact(tariff,") for a in warned)
    got = _conclusions(res)
    assert "tariff_option_open" in got
    assert "tariff_option_assessed(d)" in got
    assert "tariff_criterion(2,abc)" not in got and "tariff_criterion(2,d)" not in got


def test_1_criteria_3_and_4_left_open_are_named():
    res = _criteria(capital="capital 100_000 EUR", more=CAPITAL)
    warned = _warnings(res)
    atom = "missing_fact(tariff_criterion_3,cl_x,funding)"
    assert atom in warned
    assert "l'échelle tarifaire applicable aux membres majoritaires au capital" in warned[atom].message_fr
    assert "tariff_option_assessed(d)" in _conclusions(res)
    res = _criteria(more=RUNNING)
    warned = _warnings(res)
    atom = "missing_fact(tariff_criterion_4,cl_x,funding)"
    assert atom in warned
    assert "participant majoritairement aux charges de fonctionnement" in warned[atom].message_fr
    assert "tariff_option_assessed(d)" in _conclusions(res)


def test_1_a_stated_category_settles_the_criteria_and_no_warning():
    res = _criteria(x="funding d", more=RUNNING)
    got = _conclusions(res)
    # a, d, d: two of three of d (2°), 60 of 100 of the running costs borne by d (4°)
    assert "tariff_criterion(2,d)" in got and "tariff_criterion(4,d)" in got
    assert not any(a.startswith("missing_fact(tariff_criterion_") for a in _warnings(res))


def test_1_under_r6133_21_of_2017_the_same_words():
    res = _criteria(more=CH_B, as_of="2018-06-01")
    warned = _warnings(res)
    atom = "missing_fact(tariff_criterion_2,cl_x,funding)"
    assert atom in warned
    assert "le critère 2°" in warned[atom].message_fr
    assert "tariff_option_open" in _conclusions(res)


OPTION = """groupement g "GCS Test" {{
  as of 2012-06-01
  approved 2011-01-10
  seat "Niort" region "Poitou-Charentes"
  capital none
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 50 }}
  member cl_x "Clinique X" {{ kind health_establishment sector private {x} region "Poitou-Charentes" rights 50 }}
  tariff_option d received 2011-03-01
}}
"""


def test_1_under_l6133_8_what_is_left_open_is_the_option():
    res = _run(OPTION.format(x=""))
    warned = _warnings(res)
    atom = "missing_fact(tariff_option_open,cl_x,funding)"
    assert atom in warned
    fr = warned[atom].message_fr
    assert "la faculté du groupement d'opter pour l'une ou l'autre échelle tarifaire" in fr
    assert "tariff_option_open" not in _conclusions(res)
    assert not any(a.startswith("missing_fact(tariff_criterion_") for a in warned)
    # stated of d: the option is open, no warning
    res = _run(OPTION.format(x="funding d"))
    assert "tariff_option_open" in _conclusions(res)
    assert atom not in _warnings(res)


# --- 2. R6133-12 I cited only on the scale its own decision records -----------------------------------------------
# R6133-12@2010-07-26.I: « Lorsque le directeur général de l'agence régionale de santé accorde, pour la première
# fois, une autorisation d'activités de soins à un groupement … il érige dans la même décision le groupement en
# établissement de santé et inscrit l'échelle tarifaire qui lui est applicable ». The text governs the scale of the
# decision of the first grant; a later decision stating a scale is under R6133-16 I al. 1 (« le directeur général
# de l'agence régionale de santé décide de l'échelle tarifaire applicable ») and L6133-8 al. 3.

FIRST_GRANT = """groupement g "GCS Test" {{
  as of 2012-06-01
  approved 2011-01-10
  seat "Nîmes" region "Languedoc-Roussillon"
  member ch_nimes "CH de Nîmes" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 60 }}
  member ch_ales "CH d'Alès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }}
  authorisation ssr care_activity "SSR" held_by groupement
  {decisions}
}}
"""


def _provisions_of(res, atom: str) -> list[str]:
    found = res.find(atom)
    assert found is not None, atom
    return list(found.provisions)


def test_2_a_later_scale_signed_by_the_arh_director_is_not_cited_under_r6133_12_i():
    res = _run(FIRST_GRANT.format(decisions="ars_decision dec1 on 2011-03-01 { grants ssr erects tariff_scale d }\n"
                                            "  ars_decision dec2 on 2011-09-01 by arh_director { tariff_scale abc }"))
    provisions = _provisions_of(res, "ars_decision_irregular(dec2, authority)")
    # irregular all the same, under the texts that give the director general the scale
    assert "R6133-16@2010-07-26.I.1" in provisions and "L6133-8@2010-02-26.3" in provisions
    assert not any(p.startswith("R6133-12@") for p in provisions)
    # the first grant, by the director general, is regular; the later scale stands (the act keeps its effects)
    assert "ars_decision_irregular(dec1,authority)" not in _conclusions(res)
    assert "tariff_scale(abc)" in _conclusions(res)


def test_2_the_first_grants_own_scale_signed_by_the_arh_director_cites_r6133_12_i():
    res = _run(FIRST_GRANT.format(
        decisions="ars_decision dec1 on 2011-03-01 by arh_director { grants ssr erects tariff_scale d }"))
    provisions = _provisions_of(res, "ars_decision_irregular(dec1, authority)")
    assert "R6133-12@2010-07-26.I" in provisions
    assert "R6133-16@2010-07-26.I.1" in provisions


def test_2_a_later_scale_after_a_first_grant_signed_by_the_arh_director():
    # dec1 (the first grant, no scale) is irregular under R6133-12 I; dec2's scale is judged on its own texts
    res = _run(FIRST_GRANT.format(decisions="ars_decision dec1 on 2011-03-01 by arh_director { grants ssr erects }\n"
                                            "  ars_decision dec2 on 2011-09-01 by arh_director { tariff_scale abc }"))
    assert "R6133-12@2010-07-26.I" in _provisions_of(res, "ars_decision_irregular(dec1, authority)")
    provisions = _provisions_of(res, "ars_decision_irregular(dec2, authority)")
    assert "R6133-16@2010-07-26.I.1" in provisions
    assert not any(p.startswith("R6133-12@") for p in provisions)


# --- 3. a publication in another region after a refusal, the approval not dated -----------------------------------
# R6133-11 of 2006 al. 3 and R6133-1-1 of 2010 al. 2: « Le groupement jouit de la personnalité morale à compter de la
# date de publication de l'acte d'approbation … au recueil des actes administratifs de la région dans laquelle le
# groupement a son siège ainsi que dans le recueil des actes administratifs des autres régions »; R6133-1-1 of 2017
# al. 3: « La décision expresse ou implicite … est publiée … ainsi qu'au recueil des actes administratifs des autres
# régions ». `published_in "R" on Y` names no decision. The approval known only by its publication in the seat's
# region (`approved P`): a publication in R on or after P is the approval act's; one after a refusal the file dates
# and before P may be the refusal's or the approval act's (left open, a warning); one before the refusal is not the
# approval act's (the approval comes after the refusal). Before the change each was counted as the approval act's.

PUBIN = """groupement g "GCS Test" {{
  as of {as_of}
  seat "Lyon" region "Rhône-Alpes"
  published_in "Bourgogne" on {pub}
  capital none
  declared_nature public
  member a "CHU A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Bourgogne" rights 40 }}
  {decisions}
}}
"""
REFUSED_THEN_APPROVED_2012 = ('ars_decision dec0 on 2012-01-05 by ars_director_general published 2012-01-08 '
                              '{ refuses convention }\n  approved 2012-03-05')
UNSETTLED = 'missing_fact(approval_publication_in_region,"Bourgogne",approval_decision_after_refusal)'


def _pubin(pub: str, decisions: str = REFUSED_THEN_APPROVED_2012, as_of: str = "2012-06-01"):
    return _run(PUBIN.format(pub=pub, decisions=decisions, as_of=as_of))


def test_3_a_publication_after_the_refusal_before_the_approvals_is_left_open():
    res = _pubin("2012-01-10")
    got = _conclusions(res)
    warned = _warnings(res)
    assert UNSETTLED in warned
    fr = warned[UNSETTLED].message_fr
    assert "région Bourgogne suit un refus" in fr and "on ne peut dire si cette publication est celle du refus" in fr
    assert "aucune conclusion sur la publication de l'acte d'approbation dans cette région" in fr
    assert "R6133" not in fr and "R6133" not in warned[UNSETTLED].message
    # neither counted (no legal personality dated from it) nor said missing
    assert not any(c.startswith("legal_personality_from(") for c in got)
    assert 'publication_missing("Bourgogne")' not in got
    # the approval is judged all the same (positive anchor)
    assert "approval_required(ars_director_general,convention)" in got


def test_3_a_publication_on_or_after_the_approvals_is_counted():
    res = _pubin("2012-03-10")
    got = _conclusions(res)
    assert "legal_personality_from(2012-03-10)" in got
    assert "R6133-1-1@2010-07-26.2" in next(c.provisions for c in res.conclusions
                                            if str(c).replace(", ", ",") == "legal_personality_from(2012-03-10)")
    assert UNSETTLED not in _warnings(res)
    assert 'publication_missing("Bourgogne")' not in got


def test_3_a_publication_before_the_refusal_is_not_counted():
    res = _pubin("2012-01-03")
    got = _conclusions(res)
    # before the change: counted, legal_personality_from(2012-03-05) beside the warning saying it was not
    assert not any(c.startswith("legal_personality_from(") for c in got)
    assert 'publication_missing("Bourgogne")' in got
    assert 'no_effect(published_in:before_decision,"Bourgogne",2012-01-03)' in _warnings(res)
    assert UNSETTLED not in _warnings(res)


def test_3_no_refusal_dated_the_publication_still_counts():
    # the stop 35 reading stays: no decision dated, the day of the approval act is not known
    res = _pubin("2012-01-10", decisions="approved 2012-03-05")
    assert "legal_personality_from(2012-03-05)" in _conclusions(res)
    assert UNSETTLED not in _warnings(res)
    assert 'publication_missing("Bourgogne")' not in _conclusions(res)


def test_3_a_dated_approval_after_the_refusal_is_unchanged():
    decisions = ('ars_decision dec0 on 2012-01-05 by ars_director_general published 2012-01-08 { refuses convention }\n'
                 '  ars_decision dec1 on 2012-03-01 by ars_director_general published 2012-03-05 { approves convention }')
    res = _pubin("2012-01-10", decisions=decisions)
    assert 'publication_missing("Bourgogne")' in _conclusions(res)
    assert UNSETTLED not in _warnings(res)


def test_3_under_r6133_11_of_2006_and_r6133_1_1_of_2017():
    decisions = ('ars_decision dec0 on 2008-01-15 by arh_director published 2008-01-20 { refuses convention }\n'
                 '  approved 2008-03-05')
    res = _pubin("2008-02-10", decisions=decisions, as_of="2008-09-01")
    assert UNSETTLED in _warnings(res)
    assert not any(c.startswith("legal_personality_from(") for c in _conclusions(res))
    assert 'publication_missing("Bourgogne")' not in _conclusions(res)
    res = _pubin("2008-03-20", decisions=decisions, as_of="2008-09-01")
    assert "legal_personality_from(2008-03-20)" in _conclusions(res)
    decisions = ('ars_decision dec0 on 2018-02-01 by ars_director_general published 2018-02-05 { refuses convention }\n'
                 '  approved 2018-05-05')
    res = _pubin("2018-02-10", decisions=decisions, as_of="2018-09-01")
    assert UNSETTLED in _warnings(res)
    assert not any(c.startswith("legal_personality_from(") for c in _conclusions(res))
    res = _pubin("2018-05-10", decisions=decisions, as_of="2018-09-01")
    assert "legal_personality_from(2018-05-10)" in _conclusions(res)


# --- 4. a third decision after a premature second one ---------------------------------------------------------
# R6133-16 I of 2010 (R6133-21 I of 2017, same as) al. 3 « Le groupement dispose alors du même délai pour étayer ou
# modifier son choix. », al. 4 « A défaut d'accord entre le groupement et le directeur général de l'agence régionale
# de santé, … le directeur général de l'agence régionale de santé décide de l'échelle tarifaire applicable en se
# fondant sur les critères mentionnés ci-dessus. » A decision made while the groupement's month still ran is not
# the decision failing agreement (review 34 B4): it does not end the procedure, so the next decision still not of
# the option's scale is judged in its turn. Before the change nothing judged it (README: « a third decision after
# such a premature one is not read as the decision failing agreement »).

def _third(dec2: str, dec3: str, scale3: str = "d", *more: tuple[str, str]):
    """facts/tariff_disagreement_2013 (option abc received 2013-01-10), dec1 (scale d, the disagreement) on
    2013-02-01, not notified: the groupement's month runs to 2013-03-01; dec2 (scale d) on `dec2`, dec3 on `dec3`."""
    from .edited import reason_edited

    return reason_edited(
        "tariff_disagreement_2013.gcs",
        ("ars_decision dec1 on 2013-02-20 notified 2013-02-22", "ars_decision dec1 on 2013-02-01"),
        ("ars_decision dec2 on 2013-04-15 { tariff_scale d }",
         f"ars_decision dec2 on {dec2} {{ tariff_scale d }}\n  ars_decision dec3 on {dec3} {{ tariff_scale {scale3} }}"),
        *more)


RUNNING2 = "missing_fact(tariff_decided_on_criteria,dec2,reply_time_running)"
RUNNING3 = "missing_fact(tariff_decided_on_criteria,dec3,reply_time_running)"


def test_4_the_third_decision_after_the_month_is_failing_agreement():
    res = _third("2013-02-15", "2013-03-10")
    got = _conclusions(res)
    assert "tariff_decided_on_criteria(dec3)" in got
    assert "R6133-16@2010-07-26.I.4" in _provisions_of(res, "tariff_decided_on_criteria(dec3)")
    assert "tariff_decided_on_criteria(dec2)" not in got
    assert RUNNING2 in _warnings(res) and RUNNING3 not in _warnings(res)
    # anchors: dec1 the disagreement, the month to 2013-03-01, the scale decided d
    assert "tariff_disagreement(dec1)" in got and "tariff_reply_due(dec1,2013-03-01)" in got
    assert "tariff_scale(d)" in got


def test_4_the_third_decision_still_within_the_month_is_said_premature_too():
    res = _third("2013-02-15", "2013-03-01")  # the last day of the month is still within it
    got = _conclusions(res)
    assert not any(c.startswith("tariff_decided_on_criteria(") for c in got)
    warned = _warnings(res)
    assert RUNNING2 in warned and RUNNING3 in warned
    assert "à défaut d'accord" in warned[RUNNING3].message_fr
    assert "tariff_disagreement(dec1)" in got


def test_4_the_groupements_reply_between_them_ends_the_exchange():
    res = _third("2013-02-15", "2013-02-25", "d", ("  tariff_option abc", "  reply to dec1 on 2013-02-20\n  tariff_option abc"))
    got = _conclusions(res)
    assert "tariff_decided_on_criteria(dec3)" in got
    assert RUNNING2 in _warnings(res) and RUNNING3 not in _warnings(res)


def test_4_a_third_decision_of_the_options_scale_is_not_failing_agreement():
    res = _third("2013-02-15", "2013-03-10", "abc")
    got = _conclusions(res)
    assert not any(c.startswith("tariff_decided_on_criteria(") for c in got)
    assert RUNNING3 not in _warnings(res)
    assert "tariff_scale(abc)" in got  # the agreement: the latest decision's scale


def test_4_a_decision_after_the_one_failing_agreement_is_not_another():
    # dec2 after the month is the decision failing agreement; dec3 comes after it (al. 4 is done)
    res = _third("2013-03-05", "2013-04-10")
    got = _conclusions(res)
    assert "tariff_decided_on_criteria(dec2)" in got
    assert "tariff_decided_on_criteria(dec3)" not in got
    assert RUNNING3 not in _warnings(res)
