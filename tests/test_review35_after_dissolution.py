"""Review 35, membership after a dissolution, and a withdrawal after a notice of unknown effect
(rules/membership/2006-01-01_R6133-5.lp); the tests of a void decision, a joining after the
dissolution and an undecided withdrawal failed before their change, the others (no dissolution, a notice of 2006 alone) are controls.

H1. R6133-18 of 2006 al. 1 and R6133-8 of 2010 (II of 2017 and later): « La dissolution du groupement entraîne sa
liquidation. La personnalité morale du groupement subsiste pour les besoins de celle-ci » (of 2010: « de la
liquidation »). R6133-5 of 2006 al. 1 (R6133-7 of 2010 I): « Après sa constitution, le groupement peut admettre de
nouveaux membres, par décision de l'assemblée générale »; al. 3 (III): the exclusion « peut être prononcée par
l'assemblée générale »; al. 4 (IV): « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre
donnent lieu à un avenant ». A groupement in liquidation admits and excludes no one: an admission or an exclusion
voted on or after the first day dissolved takes no effect, and a warning at its line says so.
"""

import gcs_reasoner as gcs


def _reason(text: str, explain: bool = False):
    return gcs.reason(gcs.loads(text, path="<review35-h>"), explain=explain)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _warnings(result, code: str) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in result.warnings if w.code == code]


def _line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


# --- H1: admissions and exclusions voted once the groupement is dissolved ----------------------------------------

# scenario rv9/dissolved_then_admits.gcs, verbatim
DISSOLVED_THEN_ADMITS = """# The assembly dissolves the groupement on 2013-02-01 (from 2013-02-02 it exists only for the liquidation,
# R6133-8 (2010) al. 2); on 2013-05-15 the same assembly admits a new member and excludes another.
groupement oise "GCS Imagerie de l'Oise" {
  as of 2013-12-31
  approved 2010-09-01
  seat "Beauvais" region "Picardie"
  member ch_beauvais "CH de Beauvais" { kind health_establishment sector public region "Picardie" rights 40 }
  member ch_creil "CH de Creil" { kind health_establishment sector public region "Picardie" rights 30 }
  member ch_compiegne "CH de Compiègne" { kind health_establishment sector public region "Picardie" rights 30 }
  member clin_oise "Clinique de l'Oise" { kind health_establishment sector private funding d region "Picardie" rights 20 joined 2013-05-15 }
  convention { object "Imagerie commune" task_split notice_days 10 meeting_days 30 vote_weight rights }
  administrator ch_beauvais elected 2012-01-21 until 2015-01-20
  assembly ag1 on 2013-02-01 {
    convened_on 2013-01-15 by administrator
    present ch_beauvais, ch_creil, ch_compiegne
    deliberation d1 on dissolution { for ch_beauvais, ch_creil, ch_compiegne }
  }
  dissolution by ag1.d1 notified 2013-02-05
  assembly ag2 on 2013-05-15 {
    convened_on 2013-05-01 by administrator
    present ch_beauvais, ch_creil, ch_compiegne
    deliberation d1 on admission of clin_oise { for ch_beauvais, ch_creil, ch_compiegne }
    deliberation d2 on exclusion of ch_compiegne { for ch_beauvais, ch_creil against ch_compiegne ground breach heard ch_compiegne }
    deliberation d3 on budget { for ch_beauvais, ch_creil }
  }
}
"""

# the same file, ag1 voting a budget instead of the dissolution: the groupement is never dissolved
NOT_DISSOLVED = (DISSOLVED_THEN_ADMITS.replace("deliberation d1 on dissolution", "deliberation d1 on budget")
                 .replace("  dissolution by ag1.d1 notified 2013-02-05\n", ""))


def test_admission_and_exclusion_after_the_dissolution_take_no_effect():
    r = _reason(DISSOLVED_THEN_ADMITS)
    held = _held(r)
    # the dissolution and the liquidation stand (positive anchors)
    assert "dissolved_on(assembly_decision, 2013-02-02)" in held
    assert "in_liquidation(2013-02-02)" in held
    # the clinic did not become a member, and nothing is owed for its adhésion
    assert "member(clin_oise)" not in held
    assert not any("clin_oise" in c and ("avenant" in c or "admission_required" in c or "membership_invalid" in c)
                   for c in held)
    # the CH de Compiègne was not excluded: still a member, no avenant for an exclusion
    assert not any(c.startswith("excluded(ch_compiegne") for c in held)
    assert "member(ch_compiegne)" in held
    assert not any("exclusion:ch_compiegne" in c for c in held)
    # the members are the three public hospitals: the clinic no longer makes the nature undetermined
    assert "nature(public)" in held and "nature(undetermined)" not in held
    # the deliberations' procedural validity is kept (README_ADDITIONS_FIX.md)
    assert {"deliberation_valid(ag2, d1)", "deliberation_valid(ag2, d2)"} <= held


def test_each_void_decision_is_said_at_its_deliberation_line():
    r = _reason(DISSOLVED_THEN_ADMITS)
    said = dict(_warnings(r, "no_effect"))
    admission = _line_of(DISSOLVED_THEN_ADMITS, "on admission of clin_oise")
    exclusion = _line_of(DISSOLVED_THEN_ADMITS, "on exclusion of ch_compiegne")
    assert set(said) == {admission, exclusion}
    assert "Clinique de l'Oise" in said[admission] and "dissolved" in said[admission]
    assert "CH de Compiègne" in said[exclusion] and "dissolved" in said[exclusion]
    # the same with explanations
    assert dict(_warnings(_reason(DISSOLVED_THEN_ADMITS, explain=True), "no_effect")) == said


def test_without_the_dissolution_the_same_assembly_admits_and_excludes():
    r = _reason(NOT_DISSOLVED)
    held = _held(r)
    assert not any(c.startswith("dissolved_on") for c in held)
    assert "member(clin_oise)" in held
    assert "excluded(ch_compiegne, 2013-05-15)" in held
    assert "avenant_required(admission:clin_oise)" in held
    assert "avenant_required(exclusion:ch_compiegne)" in held
    assert _warnings(r, "no_effect") == []


def test_an_exclusion_voted_by_the_assembly_that_dissolves_takes_effect():
    # ag1 dissolves and, the same day, excludes: the groupement is dissolved from the next day only
    text = (DISSOLVED_THEN_ADMITS
            .replace("    deliberation d1 on dissolution { for ch_beauvais, ch_creil, ch_compiegne }\n",
                     "    deliberation d1 on dissolution { for ch_beauvais, ch_creil, ch_compiegne }\n"
                     "    deliberation d2 on exclusion of ch_compiegne { for ch_beauvais, ch_creil against ch_compiegne"
                     " ground breach heard ch_compiegne }\n")
            .replace("    deliberation d2 on exclusion of ch_compiegne { for ch_beauvais, ch_creil against ch_compiegne"
                     " ground breach heard ch_compiegne }\n    deliberation d3", "    deliberation d3"))
    r = _reason(text)
    held = _held(r)
    assert "dissolved_on(assembly_decision, 2013-02-02)" in held
    assert "excluded(ch_compiegne, 2013-02-01)" in held
    assert "member(ch_compiegne)" not in held
    said = dict(_warnings(r, "no_effect"))
    assert list(said) == [_line_of(text, "on admission of clin_oise")]


# facts/time_dissolution_not_undone.gcs: dissolved on 2008-01-01 (single member), a clinic joining on 2008-03-01
JOINED_AFTER = """groupement gcs_artois "GCS Artois" {
  as of 2008-06-01
  approved 2006-05-01
  seat "Béthune" region "Nord-Pas-de-Calais"
  member ch_bethune "CH de Béthune" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 60 }
  member ch_lens "CH de Lens" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 40 }
  member ch_arras "CH d'Arras" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 30 }
  member clinique_artois "Clinique d'Artois" {
    kind health_establishment sector private region "Nord-Pas-de-Calais" rights 20 joined 2008-03-01
  }
  withdrawal ch_lens notified 2007-04-02
  avenant av1 on 2007-05-10 for withdrawal of ch_lens approved_on 2007-06-01
}
"""


def test_a_member_joining_after_the_dissolution_is_not_one():
    text = JOINED_AFTER.replace("""  member ch_arras "CH d'Arras" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 30 }
""", "")
    r = _reason(text)
    held = _held(r)
    assert "dissolved_on(single_member, 2008-01-01)" in held
    assert "member(ch_bethune)" in held
    assert "member(clinique_artois)" not in held
    assert not any("clinique_artois" in c for c in held)
    said = _warnings(r, "no_effect")
    assert len(said) == 1 and said[0][0] == _line_of(text, 'joined 2008-03-01')  # the joining's line
    assert "Clinique d'Artois" in said[0][1]


def test_a_member_joining_a_groupement_not_dissolved_is_one():
    r = _reason(JOINED_AFTER)  # three members before the withdrawal: two left, not dissolved
    held = _held(r)
    assert not any(c.startswith("dissolved_on") for c in held)
    assert "member(clinique_artois)" in held
    assert "avenant_required(admission:clinique_artois)" in held
    assert _warnings(r, "no_effect") == []


# --- H2: a withdrawal notified after an earlier notice whose effect is not judged -------------------------------
# R6133-5 of 2006 al. 2 (R6133-7 of 2010 II): « tout membre peut se retirer du groupement à l'expiration d'un
# exercice budgétaire, sous réserve qu'il ait notifié au groupement son intention au moins six mois avant la fin
# de l'exercice ». A notice of 2005 is judged by no encoded text (décret 2005-1681 art. 3: from 2006-01-01); had it
# taken effect on 2005-12-31, the clinic was no member to withdraw in 2006: the later withdrawal is undecided.

# scenario rv9/notice2005_then_2006.gcs, verbatim
NOTICE_2005_THEN_2006 = """# Two members; the clinic gave notice in 2005 (before the décret of 2005: effect not judged) and again in 2006.
groupement urgences_cannes "GCS Urgences de Cannes" {
  as of 2007-03-01
  approved 2004-10-10
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member ch_cannes "CH de Cannes" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 60 }
  member clin "Clinique du Palais" { kind health_establishment sector private region "Provence-Alpes-Côte d'Azur" rights 40 }
  withdrawal clin notified 2005-03-01
  withdrawal clin notified 2006-03-01
}
"""

# facts/members06_notices_2005_2006.gcs (three members, as of 2006-06-01)
THREE_MEMBERS = """groupement urgences_cannes "GCS Urgences de Cannes" {
  as of 2006-06-01
  approved 2004-10-10
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member ch_cannes "CH de Cannes" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }
  member ch_grasse "CH de Grasse" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }
  member clin "Clinique du Palais" { kind health_establishment sector private region "Provence-Alpes-Côte d'Azur" rights 30 }
  withdrawal clin notified 2005-03-01
  withdrawal clin notified 2006-03-01
}
"""


def _undecided_said(result) -> list[tuple[int, str]]:
    return [(line, m) for line, m in _warnings(result, "missing_fact") if "before 1 January 2006" in m]


def test_a_notice_after_one_not_judged_is_undecided():
    r = _reason(THREE_MEMBERS)
    held = _held(r)
    assert {"member(ch_cannes)", "member(ch_grasse)"} <= held
    assert "event_not_judged(withdrawal:clin, 2005-03-01)" in held
    assert not any(c.startswith("withdrawal_effective(clin") for c in held)
    assert "avenant_required(withdrawal:clin)" not in held
    assert _warnings(r, "membership_unknown")
    said = _undecided_said(r)
    assert len(said) == 1 and "Clinique du Palais" in said[0][1]
    fr = [w.message_fr for w in r.warnings if w.code == "missing_fact" and "1er janvier 2006" in w.message_fr]
    assert fr and "Clinique du Palais" in fr[0] and "clin " not in fr[0]


def test_no_dissolution_drawn_from_an_undecided_withdrawal():
    r = _reason(NOTICE_2005_THEN_2006)
    held = _held(r)
    assert "member(ch_cannes)" in held
    assert not any(c.startswith(("dissolved_on", "dissolution_required", "withdrawal_effective", "avenant_",
                                 "notification_", "publication_")) for c in held)
    assert len(_undecided_said(r)) == 1


def test_a_notice_of_2006_alone_takes_effect():
    text = THREE_MEMBERS.replace("  withdrawal clin notified 2005-03-01\n", "")
    r = _reason(text)
    held = _held(r)
    assert "withdrawal_effective(clin, 2006-12-31)" in held
    assert "avenant_required(withdrawal:clin)" in held
    assert _undecided_said(r) == []


def test_two_notices_of_2006_and_2007_are_judged_as_before():
    # both judged: the first counts (2006-12-31), the second repeats it; nothing undecided
    text = (THREE_MEMBERS.replace("withdrawal clin notified 2005-03-01", "withdrawal clin notified 2006-03-01")
            .replace("withdrawal clin notified 2006-03-01\n}", "withdrawal clin notified 2006-05-01\n}")
            .replace("as of 2006-06-01", "as of 2007-03-01"))
    r = _reason(text)
    held = _held(r)
    assert "withdrawal_effective(clin, 2006-12-31)" in held
    assert _undecided_said(r) == []
