"""Review 37, fixer B: the movements of membership after an event before 2006 not judged.

Décret 2005-1681 art. 3: « Le présent décret entre en vigueur le premier jour du mois suivant sa publication »
(1 January 2006). A term of the groupement's duration, or a case of dissolution of its convention, dated before that
day is judged by no encoded text (event_not_judged); R6133-17 of 2006 al. 1 « Le groupement est dissous de plein droit
par l'arrivée du terme de sa durée conventionnelle ainsi que, le cas échéant, dans les cas prévus par la convention
constitutive »: it may have dissolved the groupement. Then:

- a withdrawal (R6133-5 of 2006 al. 2 « En cours d'exécution de la convention, tout membre peut se retirer du
  groupement à l'expiration d'un exercice budgétaire »): whether the convention was still in execution at the year
  end is not known, so whether the withdrawal takes effect is not known;
- an exclusion, an admission (al. 3 « l'exclusion de l'un d'entre eux peut être prononcée par l'assemblée
  générale », al. 1 « Après sa constitution, le groupement peut admettre de nouveaux membres, par décision de
  l'assemblée générale »), a joining, a merger: a groupement dissolved excludes and admits no one (R6133-18 of 2006
  al. 1 « La personnalité morale du groupement subsiste pour les besoins de celle-ci »), one not dissolved does.

No effect on membership is drawn from them (no withdrawal_effective, excluded, admission_required, not_admitted,
member, avenant; no count of the members on the days after them), and a missing_fact warning (attribute
dissolution_not_judged) says why at the statement's own line. Movements dated before the unjudged event are unchanged.

And (item 2): the text_not_in_force warning of a notice of withdrawal given before 2006 (not_judged(withdrawal, M,
N)) is said at that notice's line, not at the member's.
"""

import gcs_reasoner as gcs


def _reason(text: str, explain: bool = False):
    return gcs.reason(gcs.loads(text, path="<review37>"), explain=explain)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _starting(result, *prefixes) -> list[str]:
    return sorted(c for c in _held(result) if c.startswith(prefixes))


def _line(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


def _after_event(result, topic: str) -> list:
    return [w for w in result.warnings if w.code == "missing_fact" and w.atom.startswith(f"missing_fact({topic},")]


TERM_2005 = "  duration until 2005-06-30"
CASE_2005 = "  case_occurred \"perte de l'autorisation d'IRM\" on 2005-09-01"

# --- withdrawal -----------------------------------------------------------------------------------------------------

WITHDRAWAL = """groupement g "G" {{
  as of 2009-06-01
  approved 2002-03-01
  seat "Guéret" region "Limousin"
{event}
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Limousin" rights 30 }}
  member ch_c "CH C" {{ kind health_establishment sector public region "Limousin" rights 30 }}
  convention {{
    object "IRM"
    task_split
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation d'IRM"
  }}
  withdrawal ch_b notified 2007-03-01
  administrator ch_a elected 2007-01-10 by ag0.d1 until 2010-01-09
  assembly ag0 on 2007-01-10 {{
    convened_on 2006-12-20 by administrator
    present ch_a, ch_b, ch_c
    deliberation d1 on administrator {{ for ch_a, ch_b, ch_c }}
  }}
  assembly ag2 on 2008-06-01 {{
    convened_on 2008-05-10 by administrator
    present ch_a, ch_c
    deliberation d1 on budget {{ for ch_a, ch_c }}
  }}
}}
"""


def withdrawal(event=""):
    text = WITHDRAWAL.format(event=event)
    return text, _reason(text)


def test_a_withdrawal_after_a_term_of_2005_is_not_drawn_and_warned_at_its_notice():
    text, r = withdrawal(TERM_2005)
    assert r.holds("event_not_judged(term_reached, 2005-06-30)")
    assert not _starting(r, "withdrawal_effective(")
    assert not any("withdrawal:ch_b" in c for c in _held(r))  # no avenant owed or missing for it (al. 4)
    said = _after_event(r, "withdrawal_after_event")
    assert [(w.line, w.atom) for w in said] == [
        (_line(text, "withdrawal ch_b notified"),
         "missing_fact(withdrawal_after_event, withdrawal(ch_b, 2007-03-01), dissolution_not_judged)")]
    assert "CH B" in said[0].message and "CH B" in said[0].message_fr and "ch_b" not in said[0].message_fr
    assert "1er janvier 2006" in said[0].message_fr
    # the members: CH A and CH C stay members; CH B's membership after 2007-12-31 is unknown
    assert {"member(ch_a)", "member(ch_c)"} <= _held(r) and "member(ch_b)" not in _held(r)
    unknown = {w.atom for w in r.warnings if w.code == "membership_unknown"}
    assert "membership_unknown(ch_b, 2009-06-01)" in unknown
    # nor the count of the members at the assembly of 2008 (its quorum rests on whether CH B is one)
    assert not r.holds("quorum_met(ag2)")


def test_the_same_withdrawal_without_the_old_term_takes_effect():
    """Positive anchor: R6133-5 of 2006 al. 2: notified 2007-03-01, at least six months before 2007-12-31: effective
    then; al. 4: the avenant owed; the quorum of 2008 counted on CH A and CH C (60 of 60 rights)."""
    _, r = withdrawal("")
    assert r.holds("withdrawal_effective(ch_b, 2007-12-31)")
    assert r.holds("avenant_required(withdrawal:ch_b)")
    assert r.holds("quorum_met(ag2)")
    assert not _after_event(r, "withdrawal_after_event")


def test_a_withdrawal_after_a_case_of_the_convention_of_2005():
    """A case of dissolution of the convention (R6133-17 of 2006 al. 1 « dans les cas prévus par la convention
    constitutive ») occurred 2005-09-01, not judged: the same."""
    text, r = withdrawal(CASE_2005)
    assert r.holds('event_not_judged(case_occurred:"perte de l\'autorisation d\'IRM", 2005-09-01)')
    assert not _starting(r, "withdrawal_effective(")
    assert [w.line for w in _after_event(r, "withdrawal_after_event")] == [_line(text, "withdrawal ch_b notified")]
    assert "member(ch_a)" in _held(r)


def test_a_withdrawal_after_a_judged_term_is_said_to_have_no_effect():
    """A term of 2006-06-30, judged (R6133-17 of 2006 al. 1): dissolved from 2006-07-01, the withdrawal due on
    2007-12-31 has no effect (stop 34), and no dissolution_not_judged warning."""
    text, r = withdrawal("  duration until 2006-06-30")
    assert r.holds("dissolved_on(term_reached, 2006-07-01)")
    assert not _starting(r, "withdrawal_effective(")
    assert not _after_event(r, "withdrawal_after_event")
    assert any(w.atom.startswith("no_effect(withdrawal:dissolved, ch_b") for w in r.warnings)


# --- exclusion ------------------------------------------------------------------------------------------------------

EXCLUSION = """groupement g "G" {{
  as of 2009-06-01
  approved 2002-03-01
  seat "Guéret" region "Limousin"
{event}
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  member ch_c "CH C" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  member ch_d "CH D" {{ kind health_establishment sector public region "Limousin" rights 20 }}
  convention {{
    object "IRM"
    task_split
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation d'IRM"
  }}
  administrator ch_a elected 2007-01-10 by ag0.d1 until 2010-01-09
  assembly ag0 on 2007-01-10 {{
    convened_on 2006-12-20 by administrator
    present ch_a, ch_c, ch_d
    deliberation d1 on administrator {{ for ch_a, ch_c, ch_d }}
  }}
  assembly ag1 on 2007-04-18 {{
    convened_on 2007-04-01 by administrator
    present ch_a, ch_c, ch_d
    deliberation d1 on exclusion of ch_d {{
      for ch_a, ch_c
      ground breach
      heard ch_d
    }}
  }}
}}
"""


def exclusion(event=""):
    text = EXCLUSION.format(event=event)
    return text, _reason(text)


def test_an_exclusion_after_a_term_of_2005_is_not_drawn_and_warned_at_its_deliberation():
    text, r = exclusion(TERM_2005)
    # the vote itself is judged (R6133-14 of 2006): valid; only its effect is open
    assert r.holds("deliberation_valid(ag1, d1)")
    assert not _starting(r, "excluded(")
    assert not any("exclusion:ch_d" in c for c in _held(r))
    said = _after_event(r, "exclusion_after_event")
    assert [(w.line, w.atom) for w in said] == [
        (_line(text, "deliberation d1 on exclusion of ch_d"),
         "missing_fact(exclusion_after_event, deliberation_of(ag1, d1, ch_d), dissolution_not_judged)")]
    assert "CH D" in said[0].message and "CH D" in said[0].message_fr
    assert "ch_d" not in said[0].message and "deliberation_of" not in said[0].message_fr
    assert {"member(ch_a)", "member(ch_c)"} <= _held(r) and "member(ch_d)" not in _held(r)
    assert "membership_unknown(ch_d, 2009-06-01)" in {w.atom for w in r.warnings if w.code == "membership_unknown"}


def test_the_same_exclusion_without_the_old_term_takes_effect():
    """Positive anchor: R6133-5 of 2006 al. 3: three members, a breach, CH D heard: excluded on 2007-04-18; al. 4:
    the avenant owed."""
    _, r = exclusion("")
    assert r.holds("excluded(ch_d, 2007-04-18)")
    assert r.holds("avenant_required(exclusion:ch_d)")
    assert "member(ch_d)" not in _held(r) and "member(ch_a)" in _held(r)
    assert not _after_event(r, "exclusion_after_event")


def test_an_invalid_exclusion_after_the_term_is_still_judged_invalid_and_not_warned():
    """An exclusion not heard (R6133-5 of 2006 al. 3 « L'exclusion ne peut être prononcée qu'après audition du
    représentant du membre concerné ») takes no effect whether or not the groupement was dissolved: CH D stays a
    member, and no warning of the old event is needed."""
    text = EXCLUSION.format(event=TERM_2005).replace("      heard ch_d\n", "")
    r = _reason(text)
    assert r.holds("exclusion_invalid(ch_d, not_heard)")
    assert "member(ch_d)" in _held(r)
    assert not _after_event(r, "exclusion_after_event")


# --- joining --------------------------------------------------------------------------------------------------------

JOINING = """groupement g "G" {{
  as of 2009-06-01
  approved 2002-03-01
  seat "Guéret" region "Limousin"
{event}
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  member ch_c "CH C" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  member ch_e "CH E" {{ kind health_establishment sector public region "Limousin" rights 20 joined {joined} }}
}}
"""


def joining(event, joined="2007-05-01"):
    text = JOINING.format(event=event, joined=joined)
    return text, _reason(text)


def test_a_joining_after_a_term_of_2005_is_not_drawn_and_warned_at_the_member():
    text, r = joining(TERM_2005)
    held = _held(r)
    assert "member(ch_e)" not in held and "admission_required(ch_e)" not in held
    assert not any(c.startswith("membership_invalid(ch_e") for c in held)
    assert not any("admission:ch_e" in c for c in held)
    said = _after_event(r, "joining_after_event")
    assert [(w.line, w.atom) for w in said] == [
        (_line(text, 'member ch_e "CH E"'), "missing_fact(joining_after_event, ch_e, dissolution_not_judged)")]
    assert "CH E" in said[0].message_fr and "ch_e" not in said[0].message_fr
    assert "membership_unknown(ch_e, 2009-06-01)" in {w.atom for w in r.warnings if w.code == "membership_unknown"}
    assert {"member(ch_a)", "member(ch_c)"} <= held


def test_the_same_joining_without_the_old_term():
    """Positive anchor: R6133-5 of 2006 al. 1 « par décision de l'assemblée générale »: joined 2007-05-01 with no
    decision: a member the file records, irregularly; al. 4: the avenant owed and missing."""
    _, r = joining("")
    held = _held(r)
    assert {"member(ch_e)", "admission_required(ch_e)", "membership_invalid(ch_e, not_admitted_by_assembly)",
            "avenant_missing(admission:ch_e)"} <= held
    assert not _after_event(r, "joining_after_event")


def test_a_joining_before_the_old_term_is_unchanged():
    """A joining of 2004-03-01, before the term of 2005-06-30: as before (L6133-1 of 2004 al. 2, a member that joined
    before the decree came into force), with or without the term; no warning of the old event."""
    for event in (TERM_2005, ""):
        _, r = joining(event, joined="2004-03-01")
        assert "member(ch_e)" in _held(r), event
        assert not _after_event(r, "joining_after_event"), event


def test_a_joining_after_the_old_term_but_before_2006_is_open_too():
    """Joined 2005-09-01, after the term of 2005-06-30: the groupement may already have been dissolved then."""
    _, r = joining(TERM_2005, joined="2005-09-01")
    assert "member(ch_e)" not in _held(r)
    assert len(_after_event(r, "joining_after_event")) == 1
    _, anchor = joining("", joined="2005-09-01")
    assert "member(ch_e)" in _held(anchor)


# --- a new establishment born of a merger, and its admission -------------------------------------------------------

MERGER = """groupement g "G" {{
  as of 2008-06-01
  approved 2002-03-01
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
{event}
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
{admission}
  merger n of a, b on 2008-01-01
}}
"""

ADMISSION = """  assembly ag2008 on 2008-02-20 {
    convened_on 2008-02-01 by administrator
    present c, e
    deliberation d1 on admission of n { for c, e }
  }"""


def merger(event, admission=True):
    text = MERGER.format(event=event, admission=ADMISSION if admission else "")
    return text, _reason(text)


def test_an_admission_after_a_term_of_2005_is_not_drawn_and_warned_at_its_deliberation():
    text, r = merger(TERM_2005)
    held = _held(r)
    assert r.holds("deliberation_valid(ag2008, d1)")
    assert "member(n)" not in held and "admission_required(n)" not in held and "not_admitted(n)" not in held
    assert not any("admission:n" in c for c in held)
    said = _after_event(r, "admission_after_event")
    assert [(w.line, w.atom) for w in said] == [
        (_line(text, "deliberation d1 on admission of n"),
         "missing_fact(admission_after_event, deliberation_of(ag2008, d1, n), dissolution_not_judged)")]
    assert "N " in said[0].message_fr or "N)" in said[0].message_fr or "de N" in said[0].message_fr
    assert not _after_event(r, "joining_after_event")  # the admission's warning says it
    assert "membership_unknown(n, 2008-06-01)" in {w.atom for w in r.warnings if w.code == "membership_unknown"}
    # the members merged left on the day of the merger (a fact of the file), the others stay
    assert {"member(c)", "member(e)"} <= held and "member(a)" not in held


def test_the_same_admission_without_the_old_term():
    """Positive anchor: R6133-5 of 2006 al. 1 « Cette décision est requise à l'égard de tout nouvel établissement de
    santé constitué par absorption ou par fusion »: admitted on 2008-02-20, a member."""
    _, r = merger("")
    assert {"member(n)", "admission_required(n)"} <= _held(r)
    assert not _after_event(r, "admission_after_event")


def test_a_merger_after_a_term_of_2005_with_no_vote():
    """No vote: whether the decision was required (a groupement dissolved admits no one) is not said; N is a member
    either way by no decision; the warning at N's line. Anchor: without the term, not_admitted(n)."""
    text, r = merger(TERM_2005, admission=False)
    held = _held(r)
    assert "admission_required(n)" not in held and "not_admitted(n)" not in held and "member(n)" not in held
    assert [(w.line, w.atom) for w in _after_event(r, "joining_after_event")] == [
        (_line(text, 'member n "N"'), "missing_fact(joining_after_event, n, dissolution_not_judged)")]
    _, anchor = merger("", admission=False)
    assert {"admission_required(n)", "not_admitted(n)"} <= _held(anchor)
    assert not _after_event(anchor, "joining_after_event")


# --- item 2: a notice of 2005 said at its own line -----------------------------------------------------------------

NOTICE = """groupement urgences_cannes "GCS Urgences de Cannes" {
  as of 2006-06-01
  approved 2004-10-10
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member ch_cannes "CH de Cannes" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }
  member ch_grasse "CH de Grasse" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }
  member clin "Clinique du Palais" { kind health_establishment sector private region "Provence-Alpes-Côte d'Azur" rights 30 }
  withdrawal clin notified 2005-03-01
}
"""


def test_the_text_not_in_force_of_a_2005_notice_is_said_at_its_line():
    for explain in (False, True):
        r = _reason(NOTICE, explain=explain)
        said = [w for w in r.warnings if w.code == "text_not_in_force" and "withdrawal" in w.atom]
        assert [w.line for w in said] == [_line(NOTICE, "withdrawal clin notified 2005-03-01")]
        assert "Clinique du Palais" in said[0].message and "Clinique du Palais" in said[0].message_fr
        # the effect stays unknown: the clinic's membership, and what counts it, not drawn; the others members
        assert "member(clin)" not in _held(r)
        assert {"member(ch_cannes)", "member(ch_grasse)"} <= _held(r)


def test_a_not_judged_exclusion_stays_at_the_member_line():
    """Other not_judged events without a statement of their own keep the member's line (an exclusion of 2005)."""
    text = NOTICE.replace("  withdrawal clin notified 2005-03-01\n",
                          "  assembly ag1 on 2005-05-10 {\n    present ch_cannes, ch_grasse, clin\n"
                          "    deliberation d1 on exclusion of clin { for ch_cannes, ch_grasse ground breach heard clin }\n"
                          "  }\n")
    r = _reason(text)
    said = [w for w in r.warnings if w.code == "text_not_in_force" and "exclusion" in w.atom]
    assert [w.line for w in said] == [_line(text, 'member clin "Clinique du Palais"')]
    assert {"member(ch_cannes)", "member(ch_grasse)"} <= _held(r)
