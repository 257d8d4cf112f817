"""Review 38, fixer G: a prorogation voted once the groupement is dissolved by the arrival of its term.

R6133-17 of 2006 al. 1: « Le groupement est dissous de plein droit par l'arrivée du terme de sa durée
conventionnelle »; R6133-8 of 2010 (al. 1), of 2017, 2019 and 2021 (I 2°): « Lorsque le groupement prévoit une durée,
il est dissous au terme de cette dernière. »
R6133-18 of 2006 al. 1: « La dissolution du groupement entraîne sa liquidation. La personnalité morale du groupement
subsiste pour les besoins de celle-ci. »; R6133-8 of 2010 al. 2 and its II from 2017: « ... subsiste pour les besoins
de la liquidation. »
R6133-13 13° of 2006, R6133-21 18° of 2010, R6133-26 18° of 2017: the assembly deliberates on « La prorogation ou la
dissolution du groupement ».

The duration runs until its term T included: a prorogation voted on T is in time (the groupement is prorogated, the
file not giving the new term); voted on T + 1, the first day dissolved, it comes after the dissolution of right and
prorogates nothing: the warning no_effect(extension(term_reached), deliberation(A, Dl, extension), X) is said at the
deliberation's line. The deliberation's own validity (quorum, majority, convocation) is kept as judged
(deliberation_valid), as for an admission voted after a dissolution (README, "the deliberation's procedural validity
stays"). A prorogation the assembly rejected is no prorogation voted: no warning.
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
  convention {{ vote_weight rights notice_days 10 mentions dissolution_rules }}
  assembly ag1 on {vote} {{
    convened_on {convened} by administrator
    present a, b
    deliberation d1 on extension {{ {votes} }}
  }}
}}
"""

# (as of, approved, term, convened) for each regime: R6133-17/R6133-18 of 2006, R6133-8 of 2010, R6133-8 of 2021
REGIMES = {
    "2006": ("2008-06-01", "2006-03-01", "2007-12-31", "2007-12-10"),
    "2010": ("2013-06-01", "2008-03-01", "2012-12-31", "2012-12-10"),
    "2021": ("2023-06-01", "2018-03-01", "2022-12-31", "2022-12-10"),
}
DAY_AFTER = {"2007-12-31": "2008-01-01", "2012-12-31": "2013-01-01", "2022-12-31": "2023-01-01"}
DELIBERATION_LINE = 13


def _reason(regime: str, vote: str, votes: str = "for a, b"):
    as_of, approved, term, convened = REGIMES[regime]
    text = TEXT.format(as_of=as_of, approved=approved, term=term, vote=vote, convened=convened, votes=votes)
    assert text.splitlines()[DELIBERATION_LINE - 1].strip().startswith("deliberation d1 on extension")
    return gcs.reason(gcs.loads(text, path="<review38>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _no_effect(result) -> list[tuple]:
    return [(w.line, w.atom) for w in result.warnings if w.code == "no_effect"]


def _new_term_warnings(result) -> list[str]:
    return sorted(w.atom for w in result.warnings if w.atom.endswith("new_term)"))


def _check_in_time(regime: str):
    """Voted on the term's last day: in time. The groupement is prorogated (no dissolution; the new term not in the
    file: the missing_fact warnings say so), no no_effect warning."""
    term = REGIMES[regime][2]
    r = _reason(regime, term)
    held = _held(r)
    assert "deliberation_valid(ag1, d1)" in held
    assert not any(c.startswith("dissolved_on(") for c in held)
    assert _new_term_warnings(r) == ["missing_fact(dissolution_term_reached, groupement, new_term)",
                                     "missing_fact(groupement_duration, groupement, new_term)"]
    assert _no_effect(r) == []


def _check_day_after(regime: str):
    """Voted the day after the term: the groupement is dissolved of right from that day; the prorogation takes no
    effect (warning at the deliberation's line), its procedural validity kept; no new term asked for."""
    first_day = DAY_AFTER[REGIMES[regime][2]]
    r = _reason(regime, first_day)
    held = _held(r)
    assert f"dissolved_on(term_reached, {first_day})" in held
    assert "dissolution_required(term_reached)" in held
    assert "deliberation_valid(ag1, d1)" in held
    assert _no_effect(r) == [(DELIBERATION_LINE,
                              f"no_effect(extension:term_reached, deliberation(ag1, d1, extension), {first_day})")]
    assert _new_term_warnings(r) == []
    return r


def test_2010_voted_on_the_terms_last_day_is_in_time():
    _check_in_time("2010")


def test_2010_voted_the_day_after_the_term_takes_no_effect():
    """The reviewer's scenario (p1_prorog.gcs, voted 2013-01-10) and its boundary, 2013-01-01."""
    r = _check_day_after("2010")
    assert "in_liquidation(2013-01-01)" in _held(r)
    r = _reason("2010", "2013-01-10")
    assert _no_effect(r) == [(DELIBERATION_LINE,
                              "no_effect(extension:term_reached, deliberation(ag1, d1, extension), 2013-01-10)")]
    assert {"deliberation_valid(ag1, d1)", "dissolved_on(term_reached, 2013-01-01)",
            "notification_due(dissolution, 2013-01-15)", "liquidator_not_appointed(2013-01-01)"} <= _held(r)


def test_2010_the_warning_in_words():
    r = _reason("2010", "2013-01-10")
    w = next(w for w in r.warnings if w.code == "no_effect")
    assert w.message_fr == ("La prorogation du groupement votée le 10 janvier 2013 par l'assemblée générale ag1 "
                            "(délibération d1) ne prend pas effet : le terme de sa durée conventionnelle était alors "
                            "arrivé et le groupement déjà dissous de plein droit, sa personnalité morale ne subsistant "
                            "que pour les besoins de sa liquidation ; il n'est pas prorogé.")
    assert w.message.startswith("The prorogation of the groupement voted on 10 January 2013 by the general assembly "
                                "ag1 (deliberation d1) takes no effect")


def test_2006_voted_on_the_terms_last_day_is_in_time():
    _check_in_time("2006")


def test_2006_voted_the_day_after_the_term_takes_no_effect():
    _check_day_after("2006")


def test_2021_voted_on_the_terms_last_day_is_in_time():
    _check_in_time("2021")


def test_2021_voted_the_day_after_the_term_takes_no_effect():
    _check_day_after("2021")


def test_a_rejected_prorogation_after_the_term_is_no_prorogation_voted():
    """The assembly voted against: no prorogation was voted, nothing to warn of; the dissolution stands."""
    r = _reason("2010", "2013-01-10", votes="against a, b")
    held = _held(r)
    assert "deliberation_invalid(ag1, d1, not_adopted)" in held
    assert "dissolved_on(term_reached, 2013-01-01)" in held
    assert _no_effect(r) == []
