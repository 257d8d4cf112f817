"""Review 32 (reviewer 4: dissolution, liquidation, 2024).

F1. R6133-17 of 2006 al. 1 « Le groupement est dissous de plein droit par l'arrivée du terme de sa durée
conventionnelle »; R6133-18 « La dissolution du groupement entraîne sa liquidation ». A term (or a case of the
convention) dated before 2006-01-01 is not judged (décret 2005-1681 art. 3): whether it dissolved the groupement is
open, so neither liquidator_invalid(not_dissolved) nor the yearly duties after it are drawn; a warning says so.

F2. R6133-8 of 2010 « Il est également dissous si, du fait du retrait ou de l'exclusion d'un ou plusieurs de ses
membres, il ne compte plus qu'un seul membre »; « La dissolution du groupement entraîne sa liquidation ». A
dissolution is in view on the appointment's day when the act or event that produced the dissolution that came had
occurred by then (a deliberation dissolving it, a withdrawal notified, an exclusion voted, a case of the
convention), or when the term is what dissolved it; a far-off term that did not dissolve it does not count.

F3. The liquidation is a state: in_liquidation and liquidator_not_appointed are judged under the text of the as-of
date (R6133-8 of 2010 al. 2 « La personnalité morale du groupement subsiste pour les besoins de la liquidation »,
R6133-21 of 2010 I 18° « les mesures nécessaires à sa liquidation »), not that of the first day dissolved.

F4. R6133-4 and R6133-26 of 2024 carry the NOTA « Conformément à l'article 7 du décret n° 2023-14 du 18 janvier
2023, ces dispositions entrent en vigueur 1er janvier 2024. Se reporter aux conditions d'application prévues audit
article. »: a conclusion resting on them warns text_not_in_folder, whichever rule cites them.
"""

from datetime import date

import gcs_reasoner as gcs

MEMBERS = """  member ch_a "CH A" { kind health_establishment sector public region "Basse-Normandie" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Basse-Normandie" rights 40 }
"""

TERM_2005 = """groupement g "GCS Test" {
  as of 2007-06-01
  approved 2004-03-01
  duration until %s
  seat "Caen" region "Basse-Normandie"
""" + MEMBERS + """  assembly ag0 on 2007-03-20 {
    convened_on 2007-03-02 by administrator
    present ch_a, ch_b
    deliberation d1 on liquidation { for ch_a, ch_b }
  }
  liquidator "Maître Lefèvre" by ag0.d1
}
"""

COTENTIN = """groupement g "GCS Imagerie du Cotentin" {
  as of %(as_of)s
  approved 2006-03-01
%(term)s  seat "Cherbourg" region "Basse-Normandie"
  member ch_cherbourg "CH de Cherbourg" { kind health_establishment sector public region "Basse-Normandie" rights 40 }
  member ch_valognes "CH de Valognes" { kind health_establishment sector public region "Basse-Normandie" rights 30 }
  member ch_carentan "CH de Carentan" { kind health_establishment sector public region "Basse-Normandie" rights 30 }
  convention {
    object "Imagerie médicale"
    task_split
    mentions dissolution_rules
  }
%(events)s}
"""


def _reason(text, as_of=None):
    return gcs.reason(gcs.loads(text, path="<review32>"), as_of=as_of)


def _found(result):
    return {str(c): c.provisions for c in result.conclusions}


def _codes(result):
    return [(w.code, w.message) for w in result.warnings]


# --- F1 -------------------------------------------------------------------------------------------------------


def test_a_term_before_2006_not_judged_leaves_the_appointment_open():
    result = _reason(TERM_2005 % "2005-06-30")
    found = _found(result)
    assert "event_not_judged(term_reached, 2005-06-30)" in found
    assert not result.by_predicate("liquidator_invalid"), found
    assert not result.by_predicate("liquidator_appointed")
    assert any(c == "missing_fact" and "before 1 January 2006" in m and "liquidator" in m for c, m in _codes(result))


def test_a_term_before_2006_leaves_the_yearly_duties_after_it_open():
    result = _reason(TERM_2005 % "2005-06-30", as_of=date(2012, 1, 1))
    for pred in ("annual_assembly_missing", "report_due", "report_late"):
        assert not result.by_predicate(pred), [str(c) for c in result.by_predicate(pred)]
    assert any(c == "missing_fact" and "yearly assembly" in m for c, m in _codes(result))


def test_a_term_from_2006_on_is_judged_and_the_early_appointment_stands():
    # the same file, the term on 2006-06-30: judged under R6133-17 of 2006, dissolved from 2006-07-01; the
    # appointment of 2007 comes after the dissolution
    found = _found(_reason(TERM_2005 % "2006-06-30"))
    assert "dissolved_on(term_reached, 2006-07-01)" in found
    assert 'liquidator_appointed("Maître Lefèvre")' in found
    assert not any(k.startswith("liquidator_invalid") for k in found)


# --- F2 -------------------------------------------------------------------------------------------------------

EXCLUSIONS = """  assembly ag1 on 2013-06-20 {
    convened_on 2013-06-02 by administrator
    present ch_cherbourg, ch_valognes, ch_carentan
    deliberation d1 on exclusion of ch_valognes { for ch_cherbourg, ch_carentan against ch_valognes ground breach heard ch_valognes }
    deliberation d2 on exclusion of ch_carentan { for ch_cherbourg, ch_valognes against ch_carentan ground breach heard ch_carentan }
    deliberation d3 on liquidation { for ch_cherbourg, ch_valognes, ch_carentan }
  }
  liquidator "Maître Lefèvre" by ag1.d3
  dissolution by operation_of_law notified 2013-06-25
"""


def test_exclusions_voted_on_the_appointments_day_put_the_dissolution_in_view():
    found = _found(_reason(COTENTIN % {"as_of": "2013-09-01", "term": "", "events": EXCLUSIONS}))
    assert "dissolved_on(single_member, 2013-06-21)" in found
    assert 'liquidator_appointed("Maître Lefèvre")' in found
    assert not any(k.startswith("liquidator_invalid") or k.startswith("liquidator_not_appointed") for k in found)


WITHDRAWAL = """  withdrawal ch_valognes notified 2008-03-01
  withdrawal ch_carentan notified 2008-03-01
  assembly ag0 on 2008-11-20 {
    convened_on 2008-11-02 by administrator
    present ch_cherbourg, ch_valognes, ch_carentan
    deliberation d1 on liquidation { for ch_cherbourg, ch_valognes, ch_carentan }
  }
  liquidator "Maître Lefèvre" by ag0.d1
  dissolution by operation_of_law notified 2009-01-05
"""


def test_withdrawals_notified_before_the_appointment_put_the_dissolution_in_view():
    # R6133-5 of 2006: the withdrawals take effect at the end of the budget year (2008-12-31); one member left
    # from 2009-01-01
    found = _found(_reason(COTENTIN % {"as_of": "2009-03-01", "term": "", "events": WITHDRAWAL}))
    assert "dissolved_on(single_member, 2009-01-01)" in found
    assert 'liquidator_appointed("Maître Lefèvre")' in found
    assert not any(k.startswith("liquidator_invalid") for k in found)


def test_withdrawals_notified_after_the_appointment_do_not():
    # notified on 2008-11-25, after the appointment of 2008-11-20: they take effect at the end of 2009
    late = WITHDRAWAL.replace("notified 2008-03-01", "notified 2008-11-25")
    found = _found(_reason(COTENTIN % {"as_of": "2010-03-01", "term": "", "events": late}))
    assert "dissolved_on(single_member, 2010-01-01)" in found
    assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found
    assert 'liquidator_not_appointed(2010-01-01)' in found


def test_a_pending_withdrawal_leaves_the_appointment_open():
    # as of 2008-12-01 the withdrawals, notified, have not taken effect: whether they dissolve is not yet counted
    found = _found(_reason(COTENTIN % {"as_of": "2008-12-01", "term": "", "events": WITHDRAWAL}))
    assert not any(k.startswith("liquidator_") for k in found), found
    # the same file once the withdrawals have taken effect (2008-12-31): dissolved, the liquidator appointed
    later = _found(_reason(COTENTIN % {"as_of": "2009-03-01", "term": "", "events": WITHDRAWAL}))
    assert "dissolved_on(single_member, 2009-01-01)" in later
    assert 'liquidator_appointed("Maître Lefèvre")' in later


EARLY_THEN_DISSOLVED = """  assembly ag0 on 2012-06-20 {
    convened_on 2012-06-02 by administrator
    present ch_cherbourg, ch_valognes, ch_carentan
    deliberation d1 on liquidation { for ch_cherbourg, ch_valognes, ch_carentan }
  }
  assembly ag1 on 2013-06-20 {
    convened_on 2013-06-02 by administrator
    present ch_cherbourg, ch_valognes, ch_carentan
    deliberation d1 on dissolution { for ch_cherbourg, ch_valognes, ch_carentan }
  }
  liquidator "Maître Lefèvre" by ag0.d1
  dissolution by ag1.d1 notified 2013-06-25
"""


def test_a_far_term_that_did_not_dissolve_the_groupement_does_not_make_the_appointment_good():
    for term in ("", "  duration until 2040-12-31\n"):
        found = _found(_reason(COTENTIN % {"as_of": "2013-09-01", "term": term, "events": EARLY_THEN_DISSOLVED}))
        assert "dissolved_on(assembly_decision, 2013-06-21)" in found
        assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found, term
        assert 'liquidator_appointed("Maître Lefèvre")' not in found


def test_a_term_still_to_come_on_the_as_of_date_keeps_the_appointment_pending():
    # as of 2013-03-01 nothing has dissolved the groupement; the term of 2040 is to dissolve it
    found = _found(_reason(COTENTIN % {"as_of": "2013-03-01", "term": "  duration until 2040-12-31\n",
                                       "events": EARLY_THEN_DISSOLVED}))
    assert not any(k.startswith("liquidator_") for k in found), found
    assert not any(k.startswith("dissolved_on(") for k in found)  # (nothing has dissolved it yet)
    # the same file once the assembly of 2013-06-20 has dissolved it: the appointment of 2012 is judged
    later = _found(_reason(COTENTIN % {"as_of": "2013-09-01", "term": "  duration until 2040-12-31\n",
                                       "events": EARLY_THEN_DISSOLVED}))
    assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in later


def test_the_sentence_of_an_invalid_appointment_names_what_was_not_in_view():
    result = _reason(COTENTIN % {"as_of": "2013-09-01", "term": "  duration until 2040-12-31\n",
                                 "events": EARLY_THEN_DISSOLVED})
    c = result.find('liquidator_invalid("Maître Lefèvre", not_dissolved)')
    fr = c.sentence("fr") if hasattr(c, "sentence") else str(c)
    assert "retrait notifié ou exclusion votée" in fr
    assert "n'est pas ce qui l'a dissous" in fr


# --- F3 -------------------------------------------------------------------------------------------------------

STATE = """groupement g "GCS Test" {
  as of %s
  approved 2006-03-01
  duration until 2009-06-30
  seat "Caen" region "Basse-Normandie"
""" + MEMBERS + """  convention {
    object "Imagerie médicale"
    task_split
    mentions dissolution_rules
  }
  dissolution by operation_of_law notified 2009-07-03
}
"""


def test_the_liquidation_is_judged_under_the_text_of_the_as_of_date():
    found = _found(_reason(STATE % "2012-01-01"))
    assert found["dissolved_on(term_reached, 2009-07-01)"] == ["R6133-17@2006-01-01.1"]  # the event: its own day
    assert found["in_liquidation(2009-07-01)"] == ["R6133-8@2010-07-26.2"]
    # from 2010-07-26 also R6133-1 I 18° (the convention sets the designation of the liquidators; review 39)
    assert found["liquidator_not_appointed(2009-07-01)"] == ["R6133-21@2010-07-26.I.2.18", "R6133-1@2010-07-26.I.1.18"]


def test_the_liquidation_under_the_2006_text_while_it_is_in_force():
    found = _found(_reason(STATE % "2009-09-01"))
    assert found["in_liquidation(2009-07-01)"] == ["R6133-18@2006-01-01.1"]
    assert found["liquidator_not_appointed(2009-07-01)"] == ["R6133-18@2006-01-01.2"]


def test_the_liquidation_under_the_2017_text_later():
    found = _found(_reason(STATE % "2018-01-01"))
    assert found["in_liquidation(2009-07-01)"] == ["R6133-8@2017-04-28.II"]
    assert found["liquidator_not_appointed(2009-07-01)"] == ["R6133-26@2017-04-28.I.2.18", "R6133-1@2017-04-28.I.1.18"]


# --- F4 -------------------------------------------------------------------------------------------------------

G2024 = """groupement g "GCS Privé" {
  as of %(as_of)s
  approved 2015-03-01
  seat "Caen" region "Normandie"
  member ch_a "CH A" { kind health_establishment sector %(sector)s region "Normandie" rights 60 }
  member ch_b "CH B" { kind health_establishment sector %(sector)s region "Normandie" rights 40 }
  convention {
    object "Imagerie médicale"
    task_split
    mentions dissolution_rules
    notice_days 15
  }
  assembly ag1 on %(day)s {
    convened_on %(convened)s by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution { for ch_a, ch_b }
    deliberation d2 on liquidation { for ch_a, ch_b }
  }
  liquidator "Maître Lefèvre" by ag1.d2
  dissolution by ag1.d1 notified %(notified)s
}
"""


def _not_in_folder(result, text):
    return [w.message for w in result.warnings if w.code == "text_not_in_folder" and w.message.startswith(text)]


def test_a_2024_version_cited_through_same_as_warns_for_its_nota():
    result = _reason(G2024 % {"as_of": "2024-09-01", "sector": "private", "day": "2024-03-20",
                              "convened": "2024-03-02", "notified": "2024-03-25"})
    found = _found(result)
    assert found["accounting(private)"] == ["R6133-4@2024-01-01.3"]
    assert "R6133-26@2024-01-01.I.2.18" in found["reserved_matter(ag1, d1, 18)"]
    (msg,) = _not_in_folder(result, "décret 2023-14 art. 7")
    assert "R6133-4@2024-01-01.3" in msg and "R6133-26@2024-01-01.I.2.18" in msg


def test_an_assembly_before_2024_judged_as_of_2024_does_not_rest_on_the_2024_nota():
    # the assembly of 2019 is judged under R6133-26 of 2017: its 18° does not rest on décret 2023-14
    result = _reason(G2024 % {"as_of": "2024-09-01", "sector": "private", "day": "2019-03-20",
                              "convened": "2019-03-02", "notified": "2019-03-25"})
    assert "R6133-26@2017-04-28.I.2.18" in _found(result)["reserved_matter(ag1, d1, 18)"]
    for msg in _not_in_folder(result, "décret 2023-14 art. 7"):
        assert "R6133-26@2024-01-01.I.2.18" not in msg
        assert "R6133-4@2024-01-01.3" in msg  # the accounts, a state of the as-of date


def test_before_2024_no_warning_for_the_2024_nota():
    result = _reason(G2024 % {"as_of": "2023-09-01", "sector": "private", "day": "2023-03-20",
                              "convened": "2023-03-02", "notified": "2023-03-25"})
    assert _not_in_folder(result, "décret 2023-14 art. 7") == []


def test_the_2021_nota_of_r6133_8_stays_on_the_change_it_concerns():
    # « Se référer à l'article 3 du décret n° 2021-1796 du 23 décembre 2021 en ce qui concerne les modalités
    # d'application »: modalities of application of the decree on the dispositifs d'appui à la coordination,
    # read as concerning that change (the rules of coordination_support carry the mark); the liquidation of
    # II, which repeats the words of 2010, does not rest on it (review 30 read the NOTA of L6133-2 of
    # 2021-11-12, ordonnance 2021-1470 art. 5, the same way)
    result = _reason(G2024 % {"as_of": "2022-09-01", "sector": "private", "day": "2022-03-20",
                              "convened": "2022-03-02", "notified": "2022-03-25"})
    assert _found(result)["in_liquidation(2022-03-21)"] == ["R6133-8@2021-12-27.II"]
    assert _not_in_folder(result, "décret 2021-1796 art. 3") == []
    assert not result.explain("in_liquidation(2022-03-21)").not_in_folder


def test_the_explanation_says_the_text_the_nota_refers_to():
    result = _reason(G2024 % {"as_of": "2024-09-01", "sector": "private", "day": "2024-03-20",
                              "convened": "2024-03-02", "notified": "2024-03-25"})
    assert list(result.explain("accounting(private)").not_in_folder) == ["décret 2023-14 art. 7"]
    old = _reason(G2024 % {"as_of": "2023-09-01", "sector": "private", "day": "2023-03-20",
                           "convened": "2023-03-02", "notified": "2023-03-25"})
    assert not old.explain("accounting(private)").not_in_folder
