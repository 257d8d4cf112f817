"""Review 36, after a dissolution (cluster left at stop 35).

I1. Décret 2005-1681 art. 3: « Le présent décret entre en vigueur le premier jour du mois suivant sa publication »
(1 January 2006): an event before that day (the term of the groupement's duration, a case of dissolution of its
convention) is judged by no encoded text. R6133-17 of 2006 al. 1 « Le groupement est dissous de plein droit par
l'arrivée du terme de sa durée conventionnelle ainsi que, le cas échéant, dans les cas prévus par la convention
constitutive »; al. 2 « Il est également dissous si, du fait du retrait ou de l'exclusion d'un ou plusieurs de ses
membres, il ne compte plus qu'un seul membre ou s'il ne compte plus en son sein d'établissement de santé »;
R6133-8 of 2017 I 3° « Par décision motivée du directeur général de l'agence régionale de santé ». A groupement
dissolved is dissolved once: if the unjudged event dissolved it, the later one (a case of the convention, the
departure that leaves one member or no health establishment, the agency's decision, a term after an old case)
dissolves nothing, and its date, liquidation, notification and publicity are not those of the later event. As for
the assembly (stop 35, tests/test_review35_dissolution.py D1): nothing is drawn, a warning says what is left open.
"""

import gcs_reasoner as gcs


def _reason(text: str, as_of=None, explain: bool = False):
    scenario = gcs.loads(text, path="<review36>")
    return gcs.reason(scenario, as_of=as_of, explain=explain) if as_of else gcs.reason(scenario, explain=explain)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _starting(result, *prefixes) -> list[str]:
    return sorted(c for c in _held(result) if c.startswith(prefixes))


def _warning_atoms(result, topic: str) -> list[str]:
    return [w.atom for w in result.warnings if w.code == "missing_fact" and w.atom.startswith(f"missing_fact({topic},")]


DISSOLUTION_OUTPUTS = ("dissolved_on(", "dissolution_required(", "in_liquidation(", "notification_due(dissolution",
                       "notification_late(dissolution", "notification_missing(dissolution",
                       "publication_required(dissolution", "publication_due(dissolution", "liquidator_not_appointed(")

# --- I1: a case of the convention after an old term ---------------------------------------------------------------

CASE = """groupement g "G" {{
  as of {as_of}
  approved 2002-03-01
  seat "Guéret" region "Limousin"
{term}
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  convention {{
    object "IRM"
    task_split
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation d'IRM"
  }}
  case_occurred "perte de l'autorisation d'IRM" on {case}
  dissolution by operation_of_law notified {notified}
}}
"""


def case(term, day, notified, as_of):
    return _reason(CASE.format(term=f"  duration until {term}" if term else "", case=day, notified=notified,
                               as_of=as_of))


def test_a_case_after_a_term_of_2005_dissolves_nothing_and_warns():
    r = case("2005-06-30", "2008-09-01", "2008-09-17", "2008-10-01")
    assert r.holds("event_not_judged(term_reached, 2005-06-30)")
    for prefix in DISSOLUTION_OUTPUTS:
        assert not _starting(r, prefix), prefix
    assert _warning_atoms(r, "convention_case_dissolution") == [
        "missing_fact(convention_case_dissolution, groupement, dissolution_not_judged)"]
    fr = [w.message_fr for w in r.warnings if w.atom.startswith("missing_fact(convention_case_dissolution")][0]
    assert "cas prévu par la convention constitutive" in fr and "1er janvier 2006" in fr


def test_the_same_case_without_the_old_term_dissolves():
    """R6133-17 of 2006 al. 1 and al. 4: dissolved from 2008-09-02; fifteen days from 2008-09-01: due 2008-09-16,
    the notification of 2008-09-17 late."""
    r = case(None, "2008-09-01", "2008-09-17", "2008-10-01")
    assert _starting(r, "dissolved_on(") == ["dissolved_on(convention_case, 2008-09-02)"]
    assert r.holds("in_liquidation(2008-09-02)")
    assert r.holds("notification_due(dissolution, 2008-09-16)")
    assert r.holds("notification_late(dissolution, 2008-09-17)")
    assert not _warning_atoms(r, "convention_case_dissolution")


def test_a_case_after_a_term_judged_is_said_beside_it():
    """A term of 2007 is judged: it dissolves first; the case is said beside it (grounds of right), no warning."""
    r = case("2007-03-31", "2008-09-01", "2008-09-17", "2008-10-01")
    assert _starting(r, "dissolved_on(") == ["dissolved_on(convention_case, 2008-09-02)",
                                            "dissolved_on(term_reached, 2007-04-01)"]
    assert r.holds("in_liquidation(2007-04-01)")
    assert not _warning_atoms(r, "convention_case_dissolution")


def test_a_case_of_2018_and_of_2022_after_a_term_of_2005():
    """R6133-8 of 2017 I 2° and of 2021 I 2° (« De plein droit dans les cas prévus par la convention
    constitutive »): the same, under each text."""
    for day, as_of, first in (("2018-09-01", "2018-12-01", "2018-09-02"), ("2022-09-01", "2022-12-01", "2022-09-02")):
        r = case("2005-06-30", day, day, as_of)
        for prefix in DISSOLUTION_OUTPUTS:
            assert not _starting(r, prefix), (day, prefix)
        assert len(_warning_atoms(r, "convention_case_dissolution")) == 1
        anchor = case(None, day, day, as_of)
        assert _starting(anchor, "dissolved_on(") == [f"dissolved_on(convention_case, {first})"]
        assert anchor.holds("publication_required(dissolution)")


# --- I1: the term after an old case -------------------------------------------------------------------------------

TERM_AFTER_CASE = """groupement g "G" {{
  as of 2008-10-01
  approved 2002-03-01
  seat "Guéret" region "Limousin"
  duration until 2007-12-31
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  convention {{
    object "IRM"
    task_split
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation d'IRM"
  }}
  case_occurred "perte de l'autorisation d'IRM" on {case}
}}
"""


def test_the_term_after_a_case_of_2005_dissolves_nothing_and_warns():
    r = _reason(TERM_AFTER_CASE.format(case="2005-09-01"))
    assert r.holds("event_not_judged(case_occurred(\"perte de l'autorisation d'IRM\"), 2005-09-01)")
    for prefix in DISSOLUTION_OUTPUTS:
        assert not _starting(r, prefix), prefix
    assert _warning_atoms(r, "term_dissolution") == [
        "missing_fact(term_dissolution, groupement, dissolution_not_judged)"]
    # the case itself is not judged: no second warning on it
    assert not _warning_atoms(r, "convention_case_dissolution")


def test_the_term_after_a_case_of_2007_is_judged():
    """R6133-17 of 2006 al. 1: the case of 2007-09-01 dissolves from 2007-09-02, the term of 2007-12-31 is said
    beside it (from 2008-01-01)."""
    r = _reason(TERM_AFTER_CASE.format(case="2007-09-01"))
    assert _starting(r, "dissolved_on(") == ["dissolved_on(convention_case, 2007-09-02)",
                                            "dissolved_on(term_reached, 2008-01-01)"]
    assert r.holds("in_liquidation(2007-09-02)")
    assert not _warning_atoms(r, "term_dissolution")


# --- I1: one member left, or no health establishment, after an old term -------------------------------------------

DEPARTURE = """groupement g "G" {{
  as of 2008-10-01
  approved 2002-03-01
  seat "Guéret" region "Limousin"
{term}
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_b "CH B" {{ kind {kind_b} sector public region "Limousin" rights 40 }}
  member ch_c "Centre C" {{ kind medico_social_establishment sector public region "Limousin" rights 20 }}
  convention {{
    object "IRM"
    task_split
    mentions dissolution_rules
  }}
  withdrawal {leaving} notified 2006-03-01
}}
"""


def departure(term, kind_b="health_establishment", leaving="ch_b", extra_withdrawal=False):
    text = DEPARTURE.format(term=f"  duration until {term}" if term else "", kind_b=kind_b, leaving=leaving)
    if extra_withdrawal:
        text = text.replace("notified 2006-03-01\n", "notified 2006-03-01\n  withdrawal ch_c notified 2006-03-01\n")
    return _reason(text)


def test_one_member_left_after_a_term_of_2005_dissolves_nothing_and_warns():
    """Review 37 (tests/test_review37_unjudged.py): the withdrawals themselves, due at the end of 2006 after the term
    of 2005 not judged, are no longer drawn (R6133-5 of 2006 al. 2 « En cours d'exécution de la convention »): no
    one member is counted, so the warning is said at each notice's line, not as a departure's."""
    r = departure("2005-06-30", extra_withdrawal=True)
    for prefix in DISSOLUTION_OUTPUTS:
        assert not _starting(r, prefix), prefix
    assert not _starting(r, "withdrawal_effective(")
    assert sorted(_warning_atoms(r, "withdrawal_after_event")) == [
        "missing_fact(withdrawal_after_event, withdrawal(ch_b, 2006-03-01), dissolution_not_judged)",
        "missing_fact(withdrawal_after_event, withdrawal(ch_c, 2006-03-01), dissolution_not_judged)"]
    assert "member(ch_a)" in _held(r)


def test_one_member_left_without_the_old_term_dissolves():
    """R6133-17 of 2006 al. 2: the two withdrawals take effect at the end of 2006 (R6133-5 al. 2, notice six months
    before): one member from 2007-01-01, dissolved that day."""
    r = departure(None, extra_withdrawal=True)
    assert _starting(r, "dissolved_on(") == ["dissolved_on(single_member, 2007-01-01)"]
    assert r.holds("in_liquidation(2007-01-01)")
    assert not _warning_atoms(r, "departure_dissolution")


def test_no_health_establishment_left_after_a_term_of_2005_dissolves_nothing_and_warns():
    # ch_a (the only health establishment) withdraws; ch_b and ch_c, of other kinds, stay
    r = departure("2005-06-30", kind_b="health_centre", leaving="ch_a")
    for prefix in DISSOLUTION_OUTPUTS:
        assert not _starting(r, prefix), prefix
    # review 37: the withdrawal itself is not drawn (its warning at the notice's line)
    assert _warning_atoms(r, "withdrawal_after_event") == [
        "missing_fact(withdrawal_after_event, withdrawal(ch_a, 2006-03-01), dissolution_not_judged)"]
    anchor = departure(None, kind_b="health_centre", leaving="ch_a")
    assert _starting(anchor, "dissolved_on(") == ["dissolved_on(no_health_establishment, 2007-01-01)"]
    assert anchor.holds("dissolution_required(no_health_establishment)")
    assert not _warning_atoms(anchor, "departure_dissolution")


def test_two_members_left_is_no_dissolution_and_no_warning():
    # ch_b withdraws, ch_a and ch_c stay (ch_a a health establishment): nothing dissolves, nothing to warn of
    r = departure("2005-06-30")
    assert not _starting(r, "dissolved_on(")
    assert not _warning_atoms(r, "departure_dissolution")
    assert {"member(ch_a)", "member(ch_c)"} <= _held(r)


# --- I1: the agency's decision after an old term ------------------------------------------------------------------

AGENCY = """groupement g "GCS Achats" {{
  as of 2022-06-01
  approved 2002-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
{term}
  member chu_limoges "CHU de Limoges" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_tulle "CH de Tulle" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  assembly ag2021 on 2021-06-12 {{
    present chu_limoges, ch_tulle
    deliberation d1 on budget {{ for chu_limoges, ch_tulle }}
  }}
  ars_decision dec1 on 2022-05-02 by ars_director_general notified 2022-05-03 members_notified 2022-05-03 published 2022-05-10 {{ dissolves reasoned }}
}}
"""


def test_the_agency_dissolving_after_a_term_of_2005_dissolves_nothing_and_warns():
    r = _reason(AGENCY.format(term="  duration until 2005-06-30"))
    for prefix in DISSOLUTION_OUTPUTS:
        assert not _starting(r, prefix), prefix
    assert _warning_atoms(r, "agency_dissolution") == [
        "missing_fact(agency_dissolution, groupement, dissolution_not_judged)"]


def test_the_agency_dissolving_without_the_old_term():
    """R6133-8 of 2021 I 3°: dissolved from the day after the decision (2022-05-03); published within fifteen days
    of the decision (R6133-1-1 of 2017 al. 3): by 2022-05-17."""
    r = _reason(AGENCY.format(term=""))
    assert _starting(r, "dissolved_on(") == ["dissolved_on(ars_decision, 2022-05-03)"]
    assert r.holds("publication_due(dissolution, 2022-05-17)")
    assert not _warning_atoms(r, "agency_dissolution")


# --- I2: a joining dated once the groupement is dissolved changes no composition ---------------------------------
# R6133-18 of 2006 al. 1 / R6133-8 of 2010 al. 2 (II of 2017): « La personnalité morale du groupement subsiste pour les
# besoins de la liquidation »: a joining dated on or after the first day dissolved takes no effect (stop 35,
# no_effect(joined(dissolved), M, J)); the rules that ask whether the composition changed count it no more.

# tests/test_review27_money.py's scenario (R6133-16 of 2010 II « valable pour toute la durée du groupement érigé en
# établissement de santé, sauf modifications de la composition du groupement »): the clinic joins on 2014-03-01
SCALE = """groupement chir_t "GCS Chirurgie T" {{
  as of 2015-06-01
  approved 2011-03-01
  seat "Saintes" region "Poitou-Charentes"
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clin_b "Clinique B" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  member clin_c "Clinique C" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 20 joined 2014-03-01 }}
  authorisation chir care_activity "Chirurgie" held_by groupement
  tariff_option abc received 2012-01-10
  ars_decision dec1 on 2012-02-01 {{ grants chir erects tariff_scale abc }}
  administrator ch_a elected 2012-01-05 until 2016-01-04
{dissolution}
}}
"""

DISSOLVING_ASSEMBLY = """  assembly ag0 on {day} {{
    convened_on {convened} by administrator
    present ch_a, clin_b
    deliberation d1 on dissolution {{ for ch_a, clin_b }}
  }}
  dissolution by ag0.d1 notified {day}"""

LAPSED = "missing_fact(tariff, groupement, scale_after_composition_change)"


def _missing(result) -> set[str]:
    return {w.atom for w in result.warnings if w.code == "missing_fact"}


def test_a_joining_after_the_dissolution_does_not_lapse_the_tariff_scale():
    r = _reason(SCALE.format(dissolution=DISSOLVING_ASSEMBLY.format(day="2014-01-15", convened="2014-01-02")))
    assert r.holds("dissolved_on(assembly_decision, 2014-01-16)")
    assert "member(clin_c)" not in _held(r)
    assert any(w.atom == "no_effect(joined:dissolved, clin_c, 2014-03-01)" for w in r.warnings)
    # the composition did not change after the scale of 2012-02-01: the scale stands
    assert r.holds("tariff_scale(abc)")
    assert LAPSED not in _missing(r)


def test_a_joining_before_the_dissolution_lapses_the_tariff_scale():
    # the clinic joins on 2014-03-01, the assembly dissolves on 2014-05-15: the composition changed
    r = _reason(SCALE.format(dissolution=DISSOLVING_ASSEMBLY.format(day="2014-05-15", convened="2014-05-02")))
    assert r.holds("dissolved_on(assembly_decision, 2014-05-16)")
    assert not r.holds("tariff_scale(abc)")
    assert LAPSED in _missing(r)
    # and without any dissolution, the same
    r = _reason(SCALE.format(dissolution=""))
    assert "member(clin_c)" in _held(r) and LAPSED in _missing(r) and not r.holds("tariff_scale(abc)")


# R6133-3 of 2010 al. 3: « Ce pourcentage est fixé pour toute la durée du groupement sauf modification de la
# composition du groupement ou évolution substantielle de la part d'activité réalisée par l'un des membres »
RIGHTS = """groupement imagerie_loire "GCS Imagerie de la Loire" {{
  as of 2013-06-01
  approved 2010-09-15
  seat "Saint-Étienne" region "Rhône-Alpes"
  running_costs yes
  capital none
  member chu_se "CHU de Saint-Étienne" {{ kind health_establishment sector public region "Rhône-Alpes" rights 55 }}
  member ch_roanne "CH de Roanne" {{ kind health_establishment sector public region "Rhône-Alpes" rights 45 }}
  member ch_feurs "CH de Feurs" {{ kind health_establishment sector public region "Rhône-Alpes" rights 10 joined 2012-07-01 }}
  administrator chu_se elected 2010-09-20 until 2014-09-19
{dissolution}
  assembly ag1 on 2012-09-01 {{
    convened_on 2012-08-10 by administrator
    present chu_se, ch_roanne
    deliberation d1 on rights_setting {{ for chu_se, ch_roanne }}
  }}
  rights_change ch_roanne 40 on 2012-09-01 by ag1.d1 ground membership
}}
"""


def test_a_joining_after_the_dissolution_does_not_found_a_change_of_percentage():
    dissolution = DISSOLVING_ASSEMBLY.replace("ch_a, clin_b", "chu_se, ch_roanne").format(day="2012-06-01",
                                                                                         convened="2012-05-10")
    r = _reason(RIGHTS.format(dissolution=dissolution))
    assert r.holds("dissolved_on(assembly_decision, 2012-06-02)")
    assert "member(ch_feurs)" not in _held(r)
    # ground membership, the members not changed: the change is not one R6133-3 al. 3 allows
    assert r.holds("rights_change_invalid(ch_roanne)")


def test_a_joining_before_the_change_founds_it():
    r = _reason(RIGHTS.format(dissolution=""))
    assert "member(ch_feurs)" in _held(r)
    assert not r.holds("rights_change_invalid(ch_roanne)")
    assert r.holds("deliberation_valid(ag1, d1)")


# --- I3: an admission voted once the groupement is dissolved: no effect, not "not admitted" ----------------------
# R6133-5 of 2006 al. 1 « Cette décision est requise à l'égard de tout nouvel établissement de santé constitué par
# absorption ou par fusion »; R6133-18 of 2006 al. 1 « La personnalité morale du groupement subsiste pour les besoins
# de celle-ci ». The assembly did decide the admission; that decision takes no effect. not_admitted(M) (« L'assemblée
# générale n'a pas admis {M} ») would misstate the file: the no_effect warning alone says why M is not a member.

# tests/test_review35_membership.py's CANNES_MERGER: n born of the merger of a and b on 2008-01-01, ag2008 on
# 2008-02-20 votes its admission; agd dissolves the groupement
MERGER = """groupement g "G" {{
  as of 2008-06-01
  approved 2006-02-10
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member a "A" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }}
  member b "B" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }}
  member c "C" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 20 }}
  member e "E" {{ kind medico_social_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 10 }}
  member n "N" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 70 joined 2008-01-01 }}
  administrator c elected 2007-01-10 by ag0.d1 until 2010-01-09
  assembly ag0 on 2007-01-10 {{
    convened_on 2006-12-20 by administrator
    present a, b, c, e
    deliberation d1 on administrator {{ for a, b, c, e }}
  }}
{dissolution}
{admission}
  merger n of a, b on 2008-01-01
}}
"""

ADMISSION = """  assembly ag2008 on 2008-02-20 {
    convened_on 2008-02-01 by administrator
    present c, e
    deliberation d1 on admission of n { for c, e }
  }"""


def merger(dissolved_on_day=None, admission=True):
    dissolution = ""
    if dissolved_on_day:
        dissolution = (f"  assembly agd on {dissolved_on_day} {{\n    convened_on 2007-11-01 by administrator\n"
                       f"    present a, b, c, e\n    deliberation d1 on dissolution {{ for a, b, c, e }}\n  }}\n"
                       f"  dissolution by agd.d1 notified {dissolved_on_day}")
    text = MERGER.format(dissolution=dissolution, admission=ADMISSION if admission else "")
    return text, _reason(text)


def _no_effect(result) -> list[str]:
    return [w.atom for w in result.warnings if w.code == "no_effect"]


def test_a_merger_before_the_dissolution_its_admission_voted_after():
    """Merged 2008-01-01, dissolved from 2008-01-16, the admission voted 2008-02-20: the decision was required
    (admission_required), the one taken has no effect (no_effect), not_admitted is not said beside it."""
    _, r = merger("2008-01-15")
    held = _held(r)
    assert "dissolved_on(assembly_decision, 2008-01-16)" in held
    assert "admission_required(n)" in held
    assert _no_effect(r) == ["no_effect(admission:dissolved, deliberation_of(ag2008, d1, n), 2008-02-20)"]
    assert "not_admitted(n)" not in held and "member(n)" not in held
    assert not any(c.endswith(":n)") for c in held)  # no avenant for it


def test_a_merger_after_the_dissolution_requires_no_admission():
    """Dissolved from 2007-12-16, merged 2008-01-01: a groupement in liquidation admits no one; nothing is required,
    the admission voted takes no effect."""
    _, r = merger("2007-12-15")
    held = _held(r)
    assert "dissolved_on(assembly_decision, 2007-12-16)" in held
    assert "admission_required(n)" not in held and "not_admitted(n)" not in held and "member(n)" not in held
    assert _no_effect(r) == ["no_effect(admission:dissolved, deliberation_of(ag2008, d1, n), 2008-02-20)"]


def test_a_merger_after_the_dissolution_with_no_vote_is_said_at_the_member():
    text, r = merger("2007-12-15", admission=False)
    held = _held(r)
    assert "dissolved_on(assembly_decision, 2007-12-16)" in held
    assert "admission_required(n)" not in held and "not_admitted(n)" not in held and "member(n)" not in held
    said = [(w.line, w.atom) for w in r.warnings if w.code == "no_effect"]
    assert said == [(next(i for i, line in enumerate(text.splitlines(), 1) if 'member n "N"' in line),
                     "no_effect(joined:dissolved, n, 2008-01-01)")]


def test_a_merger_not_admitted_in_a_groupement_not_dissolved():
    """Positive anchors: no dissolution, no vote: not_admitted(n) (R6133-5 al. 1); the vote for: a member."""
    _, r = merger(None, admission=False)
    assert {"admission_required(n)", "not_admitted(n)"} <= _held(r)
    _, r = merger(None)
    assert "member(n)" in _held(r) and "not_admitted(n)" not in _held(r)
    assert _no_effect(r) == []


def test_a_merger_before_the_dissolution_with_no_vote_is_not_admitted():
    """Merged 2008-01-01, no vote, dissolved from 2008-01-16: the assembly never admitted n; not_admitted stays."""
    _, r = merger("2008-01-15", admission=False)
    assert {"admission_required(n)", "not_admitted(n)"} <= _held(r)
    assert _no_effect(r) == []


# --- I4: the warning on a withdrawal notified after a notice no encoded text judges, at that notice's line --------
# R6133-5 of 2006 al. 2 « tout membre peut se retirer du groupement à l'expiration d'un exercice budgétaire, sous
# réserve qu'il ait notifié au groupement son intention au moins six mois avant la fin de l'exercice »: what is
# undecided is the effect of the later notice; the warning is said at its line, not at the member's.

NOTICES = """groupement urgences_cannes "GCS Urgences de Cannes" {{
  as of {as_of}
  approved 2004-10-10
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member ch_cannes "CH de Cannes" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }}
  member ch_grasse "CH de Grasse" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }}
  member clin "Clinique du Palais" {{ kind health_establishment sector private region "Provence-Alpes-Côte d'Azur" rights 30 }}
{notices}
}}
"""


def _line(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


def _undecided(result) -> list[tuple]:
    return [(w.line, w.message, w.message_fr) for w in result.warnings
            if w.code == "missing_fact" and "before 1 January 2006" in w.message]


def test_the_undecided_withdrawal_is_said_at_the_later_notice():
    text = NOTICES.format(as_of="2006-06-01", notices="  withdrawal clin notified 2005-03-01\n"
                                                     "  withdrawal clin notified 2006-03-01")
    for explain in (False, True):
        r = _reason(text, explain=explain)
        said = _undecided(r)
        assert [line for line, _, _ in said] == [_line(text, "notified 2006-03-01")]
        assert "Clinique du Palais" in said[0][1] and "Clinique du Palais" in said[0][2]
        assert "clin " not in said[0][2] and "withdrawal(" not in said[0][1]
    # the effect stays undecided (stop 35): no withdrawal drawn, the members counted are the other two
    held = _held(r)
    assert not any(c.startswith("withdrawal_effective(clin") for c in held)
    assert {"member(ch_cannes)", "member(ch_grasse)"} <= held


def test_each_later_notice_is_said_at_its_line():
    text = NOTICES.format(as_of="2007-06-01", notices="  withdrawal clin notified 2005-03-01\n"
                                                     "  withdrawal clin notified 2006-03-01\n"
                                                     "  withdrawal clin notified 2007-03-01")
    said = _undecided(_reason(text))
    assert sorted(line for line, _, _ in said) == [_line(text, "notified 2006-03-01"), _line(text, "notified 2007-03-01")]


def test_a_notice_of_2006_alone_is_not_undecided():
    text = NOTICES.format(as_of="2007-03-01", notices="  withdrawal clin notified 2006-03-01")
    r = _reason(text)
    assert _undecided(r) == []
    assert r.holds("withdrawal_effective(clin, 2006-12-31)")


def test_the_void_admission_is_said_at_its_deliberation_line_with_the_member_named():
    """The no_effect warning of an admission voted once dissolved is located by the statement its atom names
    (deliberation_of(A, Dl, M)), with and without explanations, and names the establishment, not its identifier."""
    text, r = merger("2008-01-15")
    for result in (r, _reason(text, explain=True)):
        said = [(w.line, w.message, w.message_fr) for w in result.warnings if w.code == "no_effect"]
        assert [line for line, _, _ in said] == [_line(text, "deliberation d1 on admission of n")]
        assert "N," in said[0][1] and "15" not in said[0][1].split("voted on")[0]
        assert "deliberation_of" not in said[0][1] and "deliberation_of" not in said[0][2]
        assert "20 February 2008" in said[0][1] and "20 février 2008" in said[0][2]
