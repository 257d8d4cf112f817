"""Convention mentions and the transition of décret 2017-631 art. 7: review 36 (reviewer 10,
/tmp/r36/findings/conv17.md V1-V5; scenarios of /tmp/rv10 copied here).

Décret 2017-631 art. 7 (the NOTA of R6133-1 of 2017 and 2019): « les groupements de coopération
sanitaire régulièrement constitués avant la date de publication dudit décret se mettent en
conformité au plus tard au 1er janvier 2020. Au plus tard six mois avant l'expiration de ce délai,
l'assemblée générale des membres du groupement prend une décision mettant la convention
constitutive en conformité avec les dispositions dudit décret. »
"""

import gcs_reasoner as gcs

_CACHE: dict = {}


def reason(text: str):
    if text not in _CACHE:
        _CACHE[text] = gcs.reason(gcs.loads(text, path="<test>"))
    return _CACHE[text]


def conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def warnings(result) -> set[str]:
    return {w.atom for w in result.warnings}


def sentence(result, conclusion: str, lang: str = "fr") -> str:
    found = result.find(conclusion)
    assert found is not None, conclusion
    return found.sentence(lang)


# --- a groupement formed in 2015 (s2_compliance, s2c_compliance_2020) ----------------------------------

LOGISTIQUE_EST = """groupement logistique_est "GCS Logistique Est" {{
  as of {as_of}
  {approval}
  seat "Nancy" region "Grand Est"
  capital none
  declared_nature public
  member chru_nancy "CHRU de Nancy" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member ch_epinal "CH d'Épinal" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  convention {{
    notice_days 10
    vote_weight rights
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available,
             dissolution_rules, {mentions} membership_rules,
             powers_split, liquidation_rules, participation_percentages
    attached budget_forecast, financial_balance
  }}
{assembly}}}
"""

COMPLIANCE_ASSEMBLY = """  assembly ag1 on {day} {{
    convened_on 2019-06-15 by administrator
    present chru_nancy, ch_epinal
    deliberation d1 on compliance {{ for chru_nancy, ch_epinal }}
  }}
"""


def est(as_of: str, approval: str = "approved 2015-03-02",
        mentions: str = "professional_intervention, administration_rules,", assembly: str = ""):
    return reason(LOGISTIQUE_EST.format(as_of=as_of, approval=approval, mentions=mentions, assembly=assembly))


# --- V5: « au plus tard au 1er janvier 2020 », the last day to comply ---------------------------------

def test_v5_on_1_january_2020_the_added_mentions_are_not_yet_owed():
    """s2c_compliance_2020: formed 2015, compliance decided 2019-07-01, as of 2020-01-01. The last
    day to comply: 12° bis (staff_rules) is not missing yet; the deadline and the decision due are."""
    found = conclusions(est("2020-01-01", assembly=COMPLIANCE_ASSEMBLY.format(day="2019-07-01")))
    assert "missing_mention(staff_rules)" not in found
    assert "compliance_deadline(2020-01-01)" in found
    assert "compliance_decision_due(2019-07-01)" in found
    assert "compliance_decision_missing" not in found  # decided on 2019-07-01, the last day allowed


def test_v5_from_2_january_2020_the_added_mentions_are_owed():
    found = conclusions(est("2020-01-02", assembly=COMPLIANCE_ASSEMBLY.format(day="2019-07-01")))
    assert "missing_mention(staff_rules)" in found
    assert "compliance_deadline(2020-01-01)" in found


def test_v5_the_decision_on_2019_07_01_is_in_time_on_2019_07_02_late():
    """s2_compliance / s2b_compliance_late, as of 2019-09-01: the six months before 1 January 2020
    end on 1 July 2019, the last day for the assembly's decision (unchanged)."""
    in_time = conclusions(est("2019-09-01", assembly=COMPLIANCE_ASSEMBLY.format(day="2019-07-01")))
    late = conclusions(est("2019-09-01", assembly=COMPLIANCE_ASSEMBLY.format(day="2019-07-02")))
    assert "compliance_decision_missing" not in in_time
    assert "compliance_decision_due(2019-07-01)" in in_time
    assert "compliance_decision_missing" in late
    assert "missing_mention(staff_rules)" not in late  # still in the transition


# --- a groupement whose date of legal personality is unknown (s3a, s3b) -----------------------------------

LOGISTIQUE_NORD = """groupement logistique_nord "GCS Logistique Nord" {{
  as of {as_of}
  approved 2016-05-02
  seat "Lille" region "Hauts-de-France"
  capital none
  declared_nature public
  member chu_lille "CHU de Lille" {{ kind health_establishment sector public region "Hauts-de-France" rights 70 }}
  member ch_arras "CH d'Arras" {{ kind health_establishment sector public rights 30 }}
  convention {{
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules,
             participation_percentages
    attached budget_forecast, financial_balance
  }}
{assembly}}}
"""

MENTIONS_UNKNOWN = "missing_fact(decree_2017_mentions, groupement, legal_personality)"


def nord(as_of: str, assembly: str = ""):
    return reason(LOGISTIQUE_NORD.format(as_of=as_of, assembly=assembly))


def test_v5_formation_unknown_on_1_january_2020_still_warned_not_drawn():
    result = nord("2020-01-01")
    assert "missing_mention(staff_rules)" not in conclusions(result)
    assert MENTIONS_UNKNOWN in warnings(result)
    assert "member(ch_arras)" in conclusions(result)


def test_v5_formation_unknown_from_2_january_2020_owed_either_way():
    result = nord("2020-01-02")
    assert "missing_mention(staff_rules)" in conclusions(result)
    assert MENTIONS_UNKNOWN not in warnings(result)


# --- V1: an approving decision of 2015 whose publication the file does not give -----------------------

DECISION_2015 = 'ars_decision dec1 on 2015-03-02 by ars_director_general { approves convention }'


def test_v1_decision_of_2015_unpublished_counts_as_formation_unknown():
    """s7_decision_unpublished: approved by a decision of 2015-03-02, its publication not given, as of
    2018-06-01. Published before 2017-04-28 the groupement was « régulièrement constitué » before the
    decree (compliance by 1 January 2020), published later it was not: nothing drawn on 12° bis, the
    warning instead. The mentions of 2014 the convention lacks are still owed."""
    result = est("2018-06-01", approval=DECISION_2015, mentions="professional_intervention,")
    found = conclusions(result)
    assert "missing_mention(staff_rules)" not in found
    assert "compliance_deadline(2020-01-01)" not in found
    assert MENTIONS_UNKNOWN in warnings(result)
    assert "missing_mention(administration_rules)" in found  # 16°, owed from 2017-04-28 by every groupement


def test_v1_formation_unknown_has_a_sentence_true_on_both_grounds():
    """gcs_formation_unknown's own sentence (the first, read under « Il n'est pas établi que ») says an
    approval before 2017-04-28, not a publication; the decision's rule has its own."""
    import clingo

    from gcs_reasoner.program import load_program
    from gcs_reasoner.sentences import sentence as say

    program = load_program()
    atom = clingo.Function("gcs_formation_unknown")
    own = say(atom, "fr", program)
    assert own.startswith("La convention constitutive a été approuvée avant le 28 avril 2017")
    assert "publié" not in own
    rule = next(f"{r.file}:{r.line}" for r in program.rules
                if r.head.startswith("gcs_formation_unknown") and "approval_decided_unpublished" in r.text)
    assert "n'indique pas sa publication" in say(atom, "fr", program, rule=rule)


def test_v1_decision_of_2015_published_in_2015_formed_before_the_decree():
    result = est("2018-06-01", approval=DECISION_2015.replace("by ars_director_general",
                                                               "by ars_director_general published 2015-03-10"))
    found = conclusions(result)
    assert "compliance_deadline(2020-01-01)" in found
    assert "missing_mention(staff_rules)" not in found
    assert MENTIONS_UNKNOWN not in warnings(result)


def test_v1_decision_of_2015_published_after_the_decree_formed_after_it():
    """Published 2017-06-01: legal personality from that publication (R6133-1-1 of 2010 al. 2, the
    decision's text), after the decree: 12° bis owed at once, no compliance deadline."""
    result = est("2018-06-01", approval=DECISION_2015.replace("by ars_director_general",
                                                               "by ars_director_general published 2017-06-01"))
    found = conclusions(result)
    assert "missing_mention(staff_rules)" in found
    assert "compliance_deadline(2020-01-01)" not in found
    assert MENTIONS_UNKNOWN not in warnings(result)


def test_v1_decision_of_2015_unpublished_owes_the_added_mentions_from_2020_01_02():
    result = est("2020-01-02", approval=DECISION_2015)
    assert "missing_mention(staff_rules)" in conclusions(result)
    assert MENTIONS_UNKNOWN not in warnings(result)


# --- V4: formation date unknown, nothing said of the assembly's compliance decision ---------------------

DECISION_UNKNOWN = "missing_fact(compliance_decision, groupement, legal_personality)"


def test_v4_formation_unknown_warned_on_the_compliance_decision_2019():
    """s3a_unknown_2019_09_01: neither compliance_decision_due nor compliance_decision_missing can be
    drawn (formed before the decree: due by 2019-07-01 and missing; formed after: not due): warned."""
    result = nord("2019-09-01")
    found = conclusions(result)
    assert DECISION_UNKNOWN in warnings(result)
    assert "compliance_decision_due(2019-07-01)" not in found
    assert "compliance_decision_missing" not in found
    assert "member(chu_lille)" in found


def test_v4_the_warning_has_no_end_date():
    """s3b_unknown_2020_06_01: after 2020-01-01 the added mentions are owed either way (their warning
    ends), but whether the decision was owed by 2019-07-01 stays unknown."""
    result = nord("2020-06-01")
    assert DECISION_UNKNOWN in warnings(result)
    assert MENTIONS_UNKNOWN not in warnings(result)
    assert "missing_mention(staff_rules)" in conclusions(result)
    text = next(w.text("fr") for w in result.warnings if w.atom == DECISION_UNKNOWN)
    assert "la date de la personnalité morale" in text
    assert "mettant la convention constitutive en conformité" in text


def test_v4_from_the_decree_on():
    assert DECISION_UNKNOWN in warnings(nord("2017-04-28"))
    before = nord("2017-04-27")
    assert DECISION_UNKNOWN not in warnings(before)
    assert "member(chu_lille)" in conclusions(before)


def test_v4_formed_before_the_decree_no_warning_the_decision_drawn():
    result = est("2019-09-01")
    assert DECISION_UNKNOWN not in warnings(result)
    assert "compliance_decision_missing" in conclusions(result)


def test_v4_unpublished_decision_of_2015_warned_too():
    result = est("2019-09-01", approval=DECISION_2015)
    assert DECISION_UNKNOWN in warnings(result)
    assert "compliance_decision_missing" not in conclusions(result)
    assert "member(ch_epinal)" in conclusions(result)


# --- V3: 14° and 16° in the transition, in the words a pre-decree groupement owes then ---------------

def test_v3_16_in_the_transition_without_the_deputy():
    """s5_deputy_16_transition: formed 2015, as of 2018-06-01, 16° missing. R6133-1 of 2014 16° « Les
    modalités d'élection de l'administrateur, les règles d'administration… »; the decree adds « et de
    son suppléant », owed by 1 January 2020 (art. 7 al. 1)."""
    result = est("2018-06-01", mentions="professional_intervention,")
    assert "compliance_deadline(2020-01-01)" in conclusions(result)
    fr = sentence(result, "missing_mention(administration_rules)")
    assert fr.startswith("La convention constitutive n'indique pas les modalités d'élection de l'administrateur, "
                         "les règles d'administration")
    assert "et de son suppléant" not in fr
    assert "1er janvier 2020" in fr
    assert "decret-2017-631.art7.1" in result.find("missing_mention(administration_rules)").provisions
    en = sentence(result, "missing_mention(administration_rules)", "en")
    assert "deputy administrator, which a groupement lawfully formed before that decree states by 1 January 2020" in en


def test_v3_16_after_the_deadline_with_the_deputy():
    result = est("2020-01-02", mentions="professional_intervention,")
    fr = sentence(result, "missing_mention(administration_rules)")
    assert "l'administrateur et de son suppléant" in fr
    assert "decret-2017-631.art7.1" not in result.find("missing_mention(administration_rules)").provisions


def test_v3_16_formed_after_the_decree_with_the_deputy_at_once():
    """Approved (published) 2017-09-01: legal personality after the decree, the 2017 words at once."""
    result = est("2018-06-01", approval="approved 2017-09-01", mentions="professional_intervention,")
    assert "compliance_deadline(2020-01-01)" not in conclusions(result)
    assert "l'administrateur et de son suppléant" in sentence(result, "missing_mention(administration_rules)")


def test_v3_14_in_the_transition_in_the_2014_words():
    """R6133-1 of 2014 14° « Les conditions d'intervention des professionnels médicaux libéraux et des
    personnels médicaux et non médicaux des établissements ou centres de santé membres »; the decree adds
    legal persons, army hospitals and the army health service."""
    result = est("2018-06-01", mentions="administration_rules,")
    fr = sentence(result, "missing_mention(professional_intervention)")
    assert fr.startswith("La convention constitutive n'indique pas les conditions d'intervention des professionnels "
                         "médicaux libéraux et des personnels médicaux et non médicaux des établissements ou centres "
                         "de santé membres ;")
    assert "1er janvier 2020" in fr
    later = est("2020-01-02", mentions="administration_rules,")
    assert "hôpitaux des armées" in sentence(later, "missing_mention(professional_intervention)")
    assert "1er janvier 2020" not in sentence(later, "missing_mention(professional_intervention)")


def test_v3_both_mentions_present_nothing_missing():
    found = conclusions(est("2018-06-01"))
    assert "missing_mention(administration_rules)" not in found
    assert "missing_mention(professional_intervention)" not in found
    assert "compliance_deadline(2020-01-01)" in found


# --- V2: the law's patient_liability mention in the law's words ------------------------------------------

IMAGERIE_OUEST = """groupement imagerie_ouest "GCS Imagerie Ouest" {{
  as of {as_of}
  approved 2016-09-01
  seat "Nantes" region "Pays de la Loire"
  capital none
  declared_nature public
  member chu_nantes "CHU de Nantes" {{ kind health_establishment sector public region "Pays de la Loire" rights 60 }}
  member ch_cholet "CH de Cholet" {{ kind health_establishment sector public region "Pays de la Loire" rights 40 }}
  authorisation irm heavy_equipment "IRM" held_by ch_cholet granted 2015-02-01 until 2025-02-01
  operates irm site "Cholet"
  convention {{
    vocation joint_operation
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules{more}
    attached budget_forecast, financial_balance
  }}
}}
"""

PATIENT = "missing_mention(patient_liability)"


def ouest(as_of: str, more: str = ""):
    return reason(IMAGERIE_OUEST.format(as_of=as_of, more=more))


def test_v2_law_of_2017_in_its_words():
    """s4_law_patient_liability_2017_02: L6133-1 of 2017-01-14 4° « la convention constitutive du
    groupement fixe les règles de responsabilité à l'égard des patients, de responsabilité à leur égard
    et d'archivage des données médicales les concernant »: no admission rules (the decree's II 2°)."""
    result = ouest("2017-03-01")
    assert result.find(PATIENT).provisions == ["L6133-1@2017-01-14.2.4"]
    fr = sentence(result, PATIENT)
    assert "règles de responsabilité à l'égard des patients" in fr
    assert "archivage des données médicales" in fr
    assert "admission" not in fr


def test_v2_law_of_2018_in_its_words_during_the_transition():
    """s4b: formed 2016, as of 2018-06-01: the decree's II 2° not yet owed, the law's 4° is."""
    result = ouest("2018-06-01")
    assert result.find(PATIENT).provisions == ["L6133-1@2018-01-19.2.4"]
    fr = sentence(result, PATIENT)
    assert "admission" not in fr
    assert "archivage des données médicales" in fr
    assert "archiving their medical data" in sentence(result, PATIENT, "en")


def test_v2_law_of_2016_keeps_its_own_words():
    """s4c: L6133-1 of 2016-01-28 4° « fixe la répartition des responsabilités en matière d'admission
    des patients, de responsabilité à leur égard et d'archivage des données médicales »."""
    result = ouest("2016-10-01")
    assert result.find(PATIENT).provisions == ["L6133-1@2016-01-28.2.4"]
    assert "répartition des responsabilités en matière d'admission des patients" in sentence(result, PATIENT)


def test_v2_the_predicates_own_sentence_is_true_for_every_version():
    import clingo

    from gcs_reasoner.program import load_program
    from gcs_reasoner.sentences import sentence as say

    own = say(clingo.Function("missing_mention", [clingo.Function("patient_liability")]), "fr", load_program())
    assert own.endswith("ne fixe pas les règles de responsabilité à l'égard des patients.")
    assert "admission" not in own and "archivage" not in own


def test_v2_mention_stated_nothing_missing():
    result = ouest("2018-06-01", more=", patient_liability")
    assert PATIENT not in conclusions(result)
    assert "member(ch_cholet)" in conclusions(result)
