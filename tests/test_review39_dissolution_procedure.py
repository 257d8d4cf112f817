"""Review 39 (round 15), fixer I: the notification of a dissolution, the liquidators, the director's decision.

F3. A notification of a dissolution of right dated before its event was dropped without a word, and the sentence of
notification_missing said that the file records none. R6133-17 of 2006 al. 4 « La dissolution du groupement est
notifiée au directeur de l'agence régionale de l'hospitalisation dans un délai de quinze jours »; R6133-8 of 2010
al. 2 « La dissolution du groupement est notifiée au directeur général de l'agence régionale de santé dans les
conditions de forme prévues à l'article R. 6133-1-1 dans un délai de quinze jours »; R6133-8 I 2° of 2017, 2019, 2021
« La dissolution du groupement est notifiée au directeur général de l'agence régionale de santé qui en assure la
publication ». Reading kept: what is notified is a dissolution that has occurred; a notification dated before the
day of the event that dissolved the groupement (the day before its first day dissolved) is not counted. New: a
warning at the statement's line says so (no_effect(dissolution_by_law(before_event), ...)), and another when no
dissolution is established at all (no_effect(dissolution_by_law(no_dissolution), ...)); notification_missing says
« aucune notification ... faite entre le jour de l'événement qui l'a produite et la date d'application du droit ».

F4. From 2010 the tool said that the assembly « must appoint » liquidators. R6133-18 of 2006 al. 2 « L'assemblée
générale fixe les modalités de la liquidation et nomme un ou plusieurs liquidateurs »: a duty, kept until 2010-07-25.
From 2010-07-26 R6133-21 I 18° (R6133-26 I 18° from 2017) « La prorogation ou la dissolution du groupement ainsi que
les mesures nécessaires à sa liquidation » lists a matter the assembly deliberates on, and R6133-1 I 18° of 2010
(2014, 2017, 2019) leaves « Les conditions de la liquidation amiable du groupement et de la désignation d'un ou
plusieurs liquidateurs » to the convention. Reading: from 2010-07-26 liquidator_not_appointed is drawn only when the
convention (given, not changed by an avenant) does not set those conditions (no mention liquidation_rules), in a
sentence that states what is missing, not a duty; with no convention block, a missing_fact warning.

F5. A term still to come, however far off, keeps an appointment of a liquidator made before any dissolution pending
(R6133-8 II « La dissolution du groupement entraîne sa liquidation »: no text sets how long before the dissolution
the liquidators may be named); without a term the same appointment is liquidator_invalid(not_dissolved). Unchanged;
the README's contrary sentence is replaced.

F6. R6133-8 I 3° « La décision de dissolution du groupement prise par le directeur général de l'agence régionale de
santé est motivée et notifiée au groupement et à ses membres »: the text sets no day of effect. The dissolution is
kept from the day after the decision; while the groupement has not been notified of it on the as-of date (or no
notification is on record), a doubtful_text warning (ars_dissolution_notice) says that a lawyer may hold it not yet
dissolved (an individual decision binds its addressee once notified: a general rule, not in the folder).

F7. R6133-8 of 2010 al. 2 names only « le directeur général de l'agence régionale de santé »: its notification_due
has its own sentence, without the ARH of R6133-17 of 2006.
"""

import gcs_reasoner as gcs

WD = """groupement wd "GCS Retrait" {{
  as of {as_of}
  approved 2012-03-01
  seat "Limoges" region "Limousin"
  member chu_limoges "CHU de Limoges" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_tulle "CH de Tulle" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  convention {{
    object "Restauration"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  withdrawal ch_tulle notified 2016-03-01
  avenant av1 on 2016-04-01 for withdrawal of ch_tulle approved_on 2016-05-01
{notice}}}
"""

NOTICE_LINE = 15


def _wd(notified, as_of="2017-03-01"):
    notice = f"  dissolution by operation_of_law notified {notified}\n" if notified else ""
    return gcs.reason(gcs.loads(WD.format(as_of=as_of, notice=notice), path="<r39_wd>"), explain=True)


def _warnings(result, code, needle):
    return [w for w in result.warnings if w.code == code and needle in str(w.atom)]


# --- F3 --------------------------------------------------------------------------------------------------------


def test_a_notice_before_the_event_is_not_counted_and_a_warning_says_so_at_its_line():
    result = _wd("2016-12-20")
    assert result.holds("dissolved_on(single_member, 2017-01-01)")  # the withdrawal took effect on 2016-12-31
    assert result.holds("notification_due(dissolution, 2017-01-15)")
    assert result.holds("notification_missing(dissolution)")
    found = _warnings(result, "no_effect", "before_event")
    assert len(found) == 1, [str(w.atom) for w in result.warnings]
    assert found[0].line == NOTICE_LINE
    assert "20 décembre 2016" in found[0].text("fr") and "n'est pas retenue" in found[0].text("fr")
    fr = result.find("notification_missing(dissolution)").sentence("fr")
    assert "entre le jour de l'événement qui l'a produite et la date d'application du droit" in fr
    assert "antérieure à cet événement n'est pas retenue" in fr


def test_the_day_before_the_event_day_is_still_before_it():
    result = _wd("2016-12-30")
    assert result.holds("notification_missing(dissolution)")
    assert _warnings(result, "no_effect", "before_event")


def test_a_notice_on_the_event_day_counts():
    # the last day of the withdrawing member (2016-12-31) is the event's day: the notice counts, in time
    result = _wd("2016-12-31")
    assert result.holds("notification_due(dissolution, 2017-01-15)")
    assert not result.holds("notification_missing(dissolution)")
    assert not result.by_predicate("notification_late")
    assert not _warnings(result, "no_effect", "dissolution_by_law")


def test_a_late_notice_is_late_without_the_warning():
    result = _wd("2017-01-16")
    assert result.holds("notification_late(dissolution, 2017-01-16)")
    assert not _warnings(result, "no_effect", "dissolution_by_law")


def test_a_notice_with_no_dissolution_established_gets_a_warning():
    text = """groupement lq "GCS Liq" {
  as of 2019-01-10
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu_limoges "CHU de Limoges" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }
  member ch_tulle "CH de Tulle" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }
  convention {
    object "Restauration"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }
  dissolution by operation_of_law notified 2018-07-01 published 2018-07-10
}
"""
    result = gcs.reason(gcs.loads(text, path="<r39_nodiss>"), explain=True)
    assert result.holds("groupement_duration(indefinite)")
    assert not result.by_predicate("dissolved_on")
    found = [w for w in _warnings(result, "no_effect", "no_dissolution") if "_notified" in str(w.atom)]
    assert len(found) == 1 and found[0].line == 13
    assert "aucune dissolution du groupement n'est établie" in found[0].text("fr")
    # its publication too, at the same line (review 40, tests/test_review40_left.py)
    published = [w for w in _warnings(result, "no_effect", "no_dissolution") if "_published" in str(w.atom)]
    assert len(published) == 1 and published[0].line == 13
    # a notice dated after the as-of date is not made yet: no warning
    later = gcs.reason(gcs.loads(text.replace("2019-01-10", "2018-06-30"), path="<r39_nodiss2>"))
    assert later.holds("groupement_duration(indefinite)")
    assert not _warnings(later, "no_effect", "dissolution_by_law")


TERM_2018 = """groupement t "GCS Terme" {{
  as of 2018-09-01
  approved 2012-03-01
  duration until 2018-06-30
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu_limoges "CHU de Limoges" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_tulle "CH de Tulle" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  convention {{
    object "Restauration"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  dissolution by operation_of_law notified {notified}
}}
"""


def test_under_the_text_of_2017_a_notice_before_the_term_is_not_counted_either():
    result = gcs.reason(gcs.loads(TERM_2018.format(notified="2018-06-29"), path="<r39_t17>"), explain=True)
    assert result.holds("dissolved_on(term_reached, 2018-07-01)")
    assert result.holds("notification_missing(dissolution)")
    assert _warnings(result, "no_effect", "before_event")
    on_term = gcs.reason(gcs.loads(TERM_2018.format(notified="2018-06-30"), path="<r39_t17b>"), explain=True)
    assert on_term.holds("publication_due(dissolution, 2018-07-15)")
    assert not on_term.holds("notification_missing(dissolution)")
    assert not _warnings(on_term, "no_effect", "dissolution_by_law")


# --- F4 --------------------------------------------------------------------------------------------------------

TR = """groupement tr "GCS Transfert" {{
  as of {as_of}
  approved {approved}
  seat "Guéret" region "{region}"
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "{region}" rights 60 }}
  member ch_aubusson "CH d'Aubusson" {{ kind health_establishment sector public region "{region}" rights 40 }}
{convention}  assembly ag1 on {sitting} {{
    convened_on {convened} by administrator
    present ch_gueret, ch_aubusson
    deliberation d1 on dissolution {{ for ch_gueret, ch_aubusson }}
  }}
}}
"""

CONVENTION = """  convention {{
    object "Imagerie médicale"
    task_split
    vote_weight rights
    mentions {mentions}
  }}
"""


def _tr(as_of, mentions, approved="2012-03-01", sitting="2018-09-15", convened="2018-08-26",
        region="Nouvelle-Aquitaine"):
    convention = CONVENTION.format(mentions=mentions) if mentions else ""
    text = TR.format(as_of=as_of, approved=approved, sitting=sitting, convened=convened, region=region,
                     convention=convention)
    return gcs.reason(gcs.loads(text, path="<r39_tr>"), explain=True)


def test_from_2010_no_liquidator_is_owed_when_the_convention_sets_their_designation():
    result = _tr("2019-06-01", "dissolution_rules, liquidation_rules")
    assert result.holds("in_liquidation(2018-09-16)")
    assert not result.by_predicate("liquidator_not_appointed")


def test_from_2010_the_lack_is_said_when_the_convention_does_not_set_it():
    result = _tr("2019-06-01", "dissolution_rules")
    assert result.holds("in_liquidation(2018-09-16)")
    c = result.find("liquidator_not_appointed(2018-09-16)")
    assert c is not None
    assert "R6133-26@2017-04-28.I.2.18" in c.provisions and "R6133-1@2019-05-05.I.1.18" in c.provisions
    fr = c.sentence("fr")
    assert "ne fixe pas les conditions de la désignation" in fr
    assert "il appartient" not in fr


def test_with_no_convention_block_nothing_is_drawn_and_a_warning_says_why():
    result = _tr("2019-06-01", None)
    assert result.holds("in_liquidation(2018-09-16)")
    assert not result.by_predicate("liquidator_not_appointed")
    assert [w for w in result.warnings if w.code == "missing_fact" and "liquidator_designation" in str(w.atom)]


def test_under_the_text_of_2006_the_assembly_appoints_them_whatever_the_convention():
    # dissolved by the assembly of 2009-06-15; the liquidation judged on the as-of date
    kw = dict(approved="2007-03-01", sitting="2009-06-15", convened="2009-05-26", region="Limousin")
    before = _tr("2010-07-25", "dissolution_rules, liquidation_rules", **kw)
    c = before.find("liquidator_not_appointed(2009-06-16)")
    assert c is not None and c.provisions == ["R6133-18@2006-01-01.2"]
    assert "il appartient à l'assemblée générale d'en nommer un ou plusieurs" in c.sentence("fr")
    after = _tr("2010-07-26", "dissolution_rules, liquidation_rules", **kw)
    assert after.holds("in_liquidation(2009-06-16)")
    assert not after.by_predicate("liquidator_not_appointed")
    without = _tr("2010-07-26", "dissolution_rules", **kw)
    assert without.holds("liquidator_not_appointed(2009-06-16)")


# --- F5 --------------------------------------------------------------------------------------------------------

LQ = """groupement lq "GCS Liq" {{
  as of {as_of}
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
{term}  member chu_limoges "CHU de Limoges" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_tulle "CH de Tulle" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  convention {{
    object "Restauration"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on 2018-06-12 {{
    convened_on 2018-05-20 by administrator
    present chu_limoges, ch_tulle
    deliberation d1 on liquidation {{ for chu_limoges, ch_tulle }}
  }}
  liquidator "Maître X" by ag1.d1
}}
"""


def _lq(term, as_of="2019-01-10"):
    text = LQ.format(as_of=as_of, term=f"  duration until {term}\n" if term else "")
    return gcs.reason(gcs.loads(text, path="<r39_lq>"))


def test_a_term_still_to_come_however_far_keeps_the_appointment_pending():
    far = _lq("2040-12-31")
    assert far.holds("deliberation_valid(ag1, d1)")
    assert not [c for c in far if c.predicate.startswith("liquidator_")], [str(c) for c in far]
    none = _lq(None)
    assert none.holds('liquidator_invalid("Maître X", not_dissolved)')


def test_the_term_once_reached_makes_the_appointment_good():
    near = _lq("2018-12-31")
    assert near.holds("dissolved_on(term_reached, 2019-01-01)")
    assert near.holds('liquidator_appointed("Maître X")')
    assert not near.by_predicate("liquidator_not_appointed")


# --- F6 --------------------------------------------------------------------------------------------------------

ARS = """groupement ars1 "GCS Restauration" {{
  as of {as_of}
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu_limoges "CHU de Limoges" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_tulle "CH de Tulle" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  convention {{
    object "Restauration"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag2018 on 2018-06-12 {{
    convened_on 2018-05-20 by administrator
    present chu_limoges, ch_tulle
    deliberation d1 on budget {{ for chu_limoges, ch_tulle }}
  }}
  ars_decision dec1 on 2022-01-31 by ars_director_general notified 2022-01-31 {{ finding no_assembly }}
  ars_decision dec2 on 2022-03-01 by ars_director_general notified 2022-03-02 {{ injunction until 2022-07-15 }}
  ars_decision dec3 on 2022-09-01 by ars_director_general {notified}members_notified 2022-12-03 published 2022-12-15 {{ dissolves reasoned }}
}}
"""


def _ars(as_of, notified="notified 2022-12-02 "):
    return gcs.reason(gcs.loads(ARS.format(as_of=as_of, notified=notified), path="<r39_ars>"), explain=True)


def _notice_warnings(result):
    return [w for w in result.warnings if w.code == "doubtful_text" and "ars_dissolution_notice" in str(w.atom)]


def test_a_decision_not_yet_notified_to_the_groupement_gets_the_reading_question():
    for as_of in ("2022-10-01", "2022-12-02"):
        result = _ars(as_of)
        assert result.holds("dissolved_on(ars_decision, 2022-09-02)")  # the conclusion is kept
        found = _notice_warnings(result)
        assert len(found) == 1, as_of
        assert "2 décembre 2022" in found[0].text("fr") and "opposable" in found[0].text("fr")


def test_once_notified_no_question():
    result = _ars("2022-12-03")
    assert result.holds("dissolved_on(ars_decision, 2022-09-02)")
    assert not _notice_warnings(result)


def test_no_notification_on_record():
    result = _ars("2022-12-20", notified="")
    assert result.holds("dissolved_on(ars_decision, 2022-09-02)")
    assert result.holds("ars_dissolution_irregular(not_notified)")
    found = _notice_warnings(result)
    assert len(found) == 1 and "aucune notification" in found[0].text("fr")


# --- F7 --------------------------------------------------------------------------------------------------------


def test_the_notice_due_under_the_text_of_2010_names_the_ars_only():
    result = _wd("2017-01-15")
    c = result.find("notification_due(dissolution, 2017-01-15)")
    assert c.provisions == ["R6133-8@2010-07-26.2"]
    fr = c.sentence("fr")
    assert "directeur général de l'agence régionale de santé" in fr
    assert "hospitalisation" not in fr


def test_the_notice_due_under_the_text_of_2006_names_the_arh():
    text = WD.format(as_of="2009-03-01", notice="").replace("2016-03-01", "2008-03-01").replace(
        "2016-04-01", "2008-04-01").replace("2016-05-01", "2008-05-01").replace("2012-03-01", "2007-03-01")
    result = gcs.reason(gcs.loads(text, path="<r39_wd06>"), explain=True)
    c = result.find("notification_due(dissolution, 2009-01-15)")
    assert c is not None and c.provisions == ["R6133-17@2006-01-01.4"]
    assert "agence régionale de l'hospitalisation" in c.sentence("fr")
