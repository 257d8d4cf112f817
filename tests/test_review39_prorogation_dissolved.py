"""Review 39, fixer A: a prorogation voted once the groupement is dissolved on a ground other than its term.

Finding: a prorogation (`deliberation ... on extension`) voted once the groupement was already dissolved by its
assembly, by a case of its convention, by the loss of its last member but one, or by the director general of the
agence régionale de santé got no warning, and it still counted as a prorogation voted before the term
(`extended_before`: the new term was asked for, `missing_fact(groupement_duration, groupement, new_term)`), while one
voted after the term had dissolved it got `no_effect(extension(term_reached), ...)` (review 38).

The texts. The grounds: R6133-17 of 2006 al. 1 to 3 (« Le groupement est dissous de plein droit par l'arrivée du terme
de sa durée conventionnelle ainsi que, le cas échéant, dans les cas prévus par la convention constitutive. Il est
également dissous si, du fait du retrait ou de l'exclusion d'un ou plusieurs de ses membres, il ne compte plus qu'un
seul membre ... Il peut également être dissous par décision de l'assemblée générale »), R6133-8 of 2010 al. 1 (the
same), R6133-8 I of 2017, 2019 and 2021 (1° the assembly, 2° of right: the convention's cases, the duration, the last
member, the last health establishment, 3° « Par décision motivée du directeur général de l'agence régionale de
santé »), L6133-9 of 2017 and 2018 (1° to 3°). What follows every one of them: R6133-18 of 2006 al. 1 « La dissolution
du groupement entraîne sa liquidation. La personnalité morale du groupement subsiste pour les besoins de celle-ci. »;
R6133-8 of 2010 al. 2 and II of 2017, 2019, 2021 « ... subsiste pour les besoins de la liquidation. » The sentence is
said of « La dissolution du groupement », whatever its ground; the assembly's power of prorogation (R6133-13 13° of
2006, R6133-21 18° of 2010, R6133-26 18° of 2017) prorogates a living groupement, not one that survives only for its
liquidation.

Reading: a prorogation voted by an assembly held on or after the first day dissolved (dissolved_on(R, F), F <= the
assembly's day) prorogates nothing: the warning no_effect(extension(R), deliberation(A, Dl, extension), X) stands at
the deliberation's line, R the ground; it is no prorogation before the term (no new term asked for, the term dissolves
it too when reached). The first day dissolved: the day after the assembly's decision, the convention's case or the
director general's decision; the first day without the member that withdrew (the day after its withdrawal took
effect). A prorogation voted before that day (the very day of the dissolving assembly or decision, the day the
convention's case occurs, the last day of the withdrawing member) stays as before: a prorogation in time. Where the
dissolution is not drawn (a dissolving deliberation whose validity is open) nothing is said. The procedural validity
of the prorogation is kept (deliberation_valid), and a rejected prorogation is no prorogation voted.
"""

import gcs_reasoner as gcs

TEXT = """groupement g "GCS Test" {{
  as of {as_of}
  approved {approved}
  seat "Rennes" region "Bretagne"
  capital none
  duration until {term}
  member a "CH A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  convention {{ vote_weight rights notice_days 10 mentions dissolution_rules dissolution_case "perte de l'autorisation" }}
{event}
  assembly ag2 on {vote} {{
    convened_on {convened} by administrator
    present {present}
    deliberation d1 on extension {{ {votes} }}
  }}
}}
"""

ASSEMBLY_2008 = """  assembly ag1 on 2008-06-10 {
    convened_on 2008-05-20 by administrator
    present a, b
    deliberation d1 on dissolution { for a, b }
  }"""
ASSEMBLY_2008_OPEN = """  assembly ag1 on 2008-06-10 {
    present a, b
    deliberation d1 on dissolution { for a, b }
  }"""
CASE_2008 = """  case_occurred "perte de l'autorisation" on 2008-06-10"""
WITHDRAWAL_2007 = """  withdrawal b notified 2007-03-01 effective 2007-12-31"""
ASSEMBLY_2019 = """  assembly ag1 on 2019-09-10 {
    convened_on 2019-08-20 by administrator
    present a, b
    deliberation d1 on dissolution { for a, b }
  }"""
ARS_2019 = ("  ars_decision dec1 on 2019-09-10 by ars_director_general notified 2019-09-11 members_notified 2019-09-11 "
            "published 2019-09-20 { dissolves reasoned }")
CASE_2023 = """  case_occurred "perte de l'autorisation" on 2023-03-14"""

NEW_TERM = "missing_fact(groupement_duration, groupement, new_term)"


def _reason(event: str, vote: str, *, as_of: str, approved: str, term: str, convened: str, present: str = "a, b",
            votes: str | None = None):
    text = TEXT.format(as_of=as_of, approved=approved, term=term, event=event, vote=vote, convened=convened,
                       present=present, votes=votes if votes is not None else f"for {present}")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if s.strip().startswith("deliberation d1 on extension"))
    return gcs.reason(gcs.loads(text, path="<review39>"), explain=True), line


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _no_effect(result) -> list[tuple]:
    return sorted((w.line, w.atom) for w in result.warnings if w.code == "no_effect")


def _warning_atoms(result) -> set[str]:
    return {w.atom for w in result.warnings}


def _2008(event, vote, **kw):
    kw.setdefault("convened", "2008-05-20")
    return _reason(event, vote, as_of="2008-12-01", approved="2006-03-01", term="2010-12-31", **kw)


def _2019(event, vote, **kw):
    return _reason(event, vote, as_of="2019-12-01", approved="2012-03-01", term="2025-12-31", convened="2019-08-20",
                   **kw)


def _check_before(result, dissolved: str):
    """Voted before the first day dissolved: no warning; the prorogation is one voted before the term, as before."""
    r, _line = result
    held = _held(r)
    assert dissolved in held                      # positive anchor: the dissolution stands, from the next day
    assert "deliberation_valid(ag2, d1)" in held
    assert NEW_TERM in _warning_atoms(r)          # a prorogation in time: its new term asked for
    assert _no_effect(r) == []


def _check_after(result, ground: str, vote: str, dissolved: str):
    r, line = result
    held = _held(r)
    assert dissolved in held
    assert "deliberation_valid(ag2, d1)" in held  # its procedural validity kept
    assert NEW_TERM not in _warning_atoms(r)      # no prorogation: no new term asked for
    assert _no_effect(r) == [(line, f"no_effect(extension:{ground}, deliberation(ag2, d1, extension), {vote})")]
    return r


# --- R6133-17 of 2006 al. 3, R6133-18 of 2006 al. 1: the assembly's dissolution (2008) ------------------------------

def test_2008_assembly_prorogation_voted_the_day_of_the_dissolving_assembly_stays():
    """Dissolved from the day after the assembly: a prorogation voted the same day comes before it."""
    _check_before(_2008(ASSEMBLY_2008, "2008-06-10"), "dissolved_on(assembly_decision, 2008-06-11)")


def test_2008_assembly_prorogation_voted_the_first_day_dissolved_takes_no_effect():
    _check_after(_2008(ASSEMBLY_2008, "2008-06-11"), "assembly_decision", "2008-06-11",
                 "dissolved_on(assembly_decision, 2008-06-11)")


def test_2008_assembly_prorogation_voted_months_later_takes_no_effect_in_words():
    r = _check_after(_2008(ASSEMBLY_2008, "2008-09-15", convened="2008-08-20"), "assembly_decision", "2008-09-15",
                     "dissolved_on(assembly_decision, 2008-06-11)")
    assert "in_liquidation(2008-06-11)" in _held(r)
    w = next(w for w in r.warnings if w.code == "no_effect")
    assert w.message_fr == ("La prorogation du groupement votée le 15 septembre 2008 par l'assemblée générale ag2 "
                            "(délibération d1) ne prend pas effet : le groupement était alors déjà dissous par une "
                            "décision antérieure de l'assemblée générale, sa personnalité morale ne subsistant que pour "
                            "les besoins de sa liquidation ; il n'est pas prorogé.")
    assert w.message.startswith("The prorogation of the groupement voted on 15 September 2008 by the general assembly "
                                "ag2 (deliberation d1) takes no effect: the groupement was then already dissolved by an "
                                "earlier decision of the general assembly")


def test_2008_the_term_still_dissolves_after_a_prorogation_voted_in_liquidation():
    """The prorogation voted in liquidation, before the term, does not push the term back: the term is reached too
    (both grounds said side by side, as before), and no new term is asked for."""
    r, line = _reason(ASSEMBLY_2008, "2008-09-15", as_of="2010-06-01", approved="2006-03-01", term="2009-12-31",
                      convened="2008-08-20")
    held = _held(r)
    assert {"dissolved_on(assembly_decision, 2008-06-11)", "dissolved_on(term_reached, 2010-01-01)"} <= held
    assert not any(a.endswith("new_term)") for a in _warning_atoms(r))
    assert _no_effect(r) == [(line, "no_effect(extension:assembly_decision, deliberation(ag2, d1, extension), "
                                    "2008-09-15)")]


def test_2008_a_rejected_prorogation_in_liquidation_is_no_prorogation_voted():
    r, _line = _2008(ASSEMBLY_2008, "2008-09-15", convened="2008-08-20", votes="against a, b")
    held = _held(r)
    assert "deliberation_invalid(ag2, d1, not_adopted)" in held
    assert "dissolved_on(assembly_decision, 2008-06-11)" in held
    assert _no_effect(r) == []


def test_2008_dissolution_whose_validity_is_open_says_nothing():
    """The dissolving assembly's convocation is not in the file: its validity is open, so is the dissolution; the
    prorogation voted afterwards is not said to take no effect (nor is the dissolution drawn)."""
    r, _line = _2008(ASSEMBLY_2008_OPEN, "2008-09-15", convened="2008-08-20")
    held = _held(r)
    assert "missing_fact(validity_of_deliberations, ag1, convened_on)" in _warning_atoms(r)
    assert "deliberation_valid(ag2, d1)" in held
    assert not any(c.startswith("dissolved_on(") for c in held)
    assert _no_effect(r) == []


# --- R6133-17 of 2006 al. 1: a case of the convention (2008) -------------------------------------------------------

def test_2008_convention_case_prorogation_voted_the_day_of_the_case_stays():
    _check_before(_2008(CASE_2008, "2008-06-10"), "dissolved_on(convention_case, 2008-06-11)")


def test_2008_convention_case_prorogation_voted_the_first_day_dissolved_takes_no_effect():
    _check_after(_2008(CASE_2008, "2008-06-11"), "convention_case", "2008-06-11",
                 "dissolved_on(convention_case, 2008-06-11)")


# --- R6133-17 of 2006 al. 2: one member left after a withdrawal (2008) ---------------------------------------------

def test_2008_single_member_prorogation_voted_the_last_day_of_the_withdrawing_member_stays():
    """The withdrawal takes effect on 2007-12-31: b is still a member that day, the groupement counts one member
    from 2008-01-01."""
    _check_before(_reason(WITHDRAWAL_2007, "2007-12-31", as_of="2008-06-01", approved="2006-03-01",
                          term="2010-12-31", convened="2007-12-10"),
                  "dissolved_on(single_member, 2008-01-01)")


def test_2008_single_member_prorogation_voted_the_first_day_dissolved_takes_no_effect():
    _check_after(_reason(WITHDRAWAL_2007, "2008-01-01", as_of="2008-06-01", approved="2006-03-01",
                         term="2010-12-31", convened="2007-12-10", present="a"),
                 "single_member", "2008-01-01", "dissolved_on(single_member, 2008-01-01)")


# --- R6133-8 of 2019 I 1° and II, L6133-9 of 2018 1°: the assembly's dissolution (2019) -----------------------------

def test_2019_assembly_prorogation_voted_the_day_of_the_dissolving_assembly_stays():
    _check_before(_2019(ASSEMBLY_2019, "2019-09-10"), "dissolved_on(assembly_decision, 2019-09-11)")


def test_2019_assembly_prorogation_voted_the_first_day_dissolved_takes_no_effect():
    _check_after(_2019(ASSEMBLY_2019, "2019-09-11"), "assembly_decision", "2019-09-11",
                 "dissolved_on(assembly_decision, 2019-09-11)")


# --- R6133-8 of 2019 I 3° and II, L6133-9 of 2018 3°: the director general's decision (2019) ------------------------

def test_2019_ars_prorogation_voted_the_day_of_the_decision_stays():
    _check_before(_2019(ARS_2019, "2019-09-10"), "dissolved_on(ars_decision, 2019-09-11)")


def test_2019_ars_prorogation_voted_the_first_day_dissolved_takes_no_effect_in_words():
    r = _check_after(_2019(ARS_2019, "2019-09-11"), "ars_decision", "2019-09-11",
                     "dissolved_on(ars_decision, 2019-09-11)")
    w = next(w for w in r.warnings if w.code == "no_effect")
    assert "déjà dissous par décision motivée du directeur général de l'agence régionale de santé" in w.message_fr


# --- R6133-8 of 2021 I 2° and II: a case of the convention (2023) --------------------------------------------------

def test_2023_convention_case_on_both_sides_of_the_first_day_dissolved():
    kw = dict(as_of="2023-06-01", approved="2012-03-01", term="2025-12-31", convened="2023-02-20")
    _check_before(_reason(CASE_2023, "2023-03-14", **kw), "dissolved_on(convention_case, 2023-03-15)")
    _check_after(_reason(CASE_2023, "2023-03-15", **kw), "convention_case", "2023-03-15",
                 "dissolved_on(convention_case, 2023-03-15)")



def test_2008_a_prorogation_of_open_validity_voted_in_liquidation_leaves_the_term_decided():
    """The prorogation's own convocation is not in the file (its validity open): voted in liquidation, it takes no
    effect whatever its validity, so the term is not left open by it (no prorogation_validity warning) and dissolves
    the groupement too when reached."""
    text = TEXT.format(as_of="2010-06-01", approved="2006-03-01", term="2009-12-31", event=ASSEMBLY_2008,
                       vote="2008-09-15", convened="X", present="a, b", votes="for a, b")
    text = text.replace("    convened_on X by administrator\n", "")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if s.strip().startswith("deliberation d1 on extension"))
    r = gcs.reason(gcs.loads(text, path="<review39>"), explain=True)
    held = _held(r)
    assert "missing_fact(validity_of_deliberations, ag2, convened_on)" in _warning_atoms(r)
    assert not any(c.startswith("deliberation_valid(ag2") or c.startswith("deliberation_invalid(ag2") for c in held)
    assert {"dissolved_on(assembly_decision, 2008-06-11)", "dissolved_on(term_reached, 2010-01-01)"} <= held
    assert not any("prorogation_validity" in a or a.endswith("new_term)") for a in _warning_atoms(r))
    assert _no_effect(r) == [(line, "no_effect(extension:assembly_decision, deliberation(ag2, d1, extension), "
                                    "2008-09-15)")]
