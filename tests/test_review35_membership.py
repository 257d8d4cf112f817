"""Review 35, membership (rules/membership/2006-01-01_R6133-5.lp): what the reviewer found wanting in the
withdrawal, admission and avenant rules; each test failed before its change.

R6133-5@2006-01-01 (R6133-7@2010-07-26 I to IV repeats it word for word):
- al. 1: « Après sa constitution, le groupement peut admettre de nouveaux membres, par décision de l'assemblée
  générale. Cette décision est requise à l'égard de tout nouvel établissement de santé constitué par absorption ou
  par fusion d'un ou plusieurs établissements de santé membres du groupement. »
- al. 2: « En cours d'exécution de la convention, tout membre peut se retirer du groupement à l'expiration d'un
  exercice budgétaire, sous réserve qu'il ait notifié au groupement son intention au moins six mois avant la fin
  de l'exercice »
- al. 4: « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre donnent lieu à un avenant à la
  convention constitutive. »
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review35>"))


def _held(text: str) -> set[str]:
    return {str(c) for c in _reason(text).conclusions}


def _warnings(result, code: str) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in result.warnings if w.code == code]


# --- F1: a new establishment's notice once admitted is not a repeat of its void notice before ------------------

# scenario rv7/t1: n, born of the merger of a and b on 2008-01-01, admitted by ag2008 on 2008-02-20; a notice
# on 2008-01-10 (not a member then: no effect) and one on 2008-03-01 (a member: the first of its membership)
MERGER_ADMITTED = """groupement g "G" {{
  as of {as_of}
  approved {approved}
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member a "A" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }}
  member b "B" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }}
  member c "C" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 20 }}
  member e "E" {{ kind medico_social_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 10 }}
  member n "N" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 70 joined {y}-01-01 }}
  assembly ag{y} on {y}-02-20 {{
    convened_on {y}-02-01 by administrator
    present c, e
    deliberation d1 on admission of n {{ for c, e }}
  }}
  merger n of a, b on {y}-01-01
{notices}
  avenant av1 on {y}-03-01 for admission of n approved_on {y}-04-01
}}
"""


def _line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


def _merger_admitted(year: int, early_notice: bool):
    notices = (f"  withdrawal n notified {year}-01-10\n" if early_notice else "") + f"  withdrawal n notified {year}-03-01"
    approved = "2006-02-10" if year < 2011 else "2011-02-10"
    return MERGER_ADMITTED.format(as_of=f"{year + 2}-01-15", approved=approved, y=year, notices=notices)


def test_a_notice_once_admitted_takes_effect_despite_a_void_notice_before_the_admission():
    text = _merger_admitted(2008, early_notice=True)
    r = _reason(text)
    found = {str(c) for c in r.conclusions}
    # on 2008-03-01 n is a member (admitted on 2008-02-20): notified more than six months before 2008-12-31
    assert "withdrawal_effective(n, 2008-12-31)" in found
    assert "member(n)" not in found
    assert {"avenant_required(withdrawal:n)", "avenant_missing(withdrawal:n)"} <= found
    # the notice of 2008-01-10 is still said to have no effect, at its line: n was not yet a member
    said = _warnings(r, "no_effect")
    assert len(said) == 1 and said[0][0] == _line_of(text, "notified 2008-01-10") and "10 January 2008" in said[0][1]


def test_the_same_without_the_void_notice_concludes_the_same_withdrawal():
    found = _held(_merger_admitted(2008, early_notice=False))
    assert "withdrawal_effective(n, 2008-12-31)" in found and "member(n)" not in found
    assert "avenant_missing(withdrawal:n)" in found


def test_under_today_texts_the_notice_once_admitted_takes_effect_too():
    r = _reason(_merger_admitted(2018, early_notice=True))  # R6133-7 of 2010 II, in force in 2018
    found = {str(c) for c in r.conclusions}
    assert "withdrawal_effective(n, 2018-12-31)" in found and "member(n)" not in found
    assert "avenant_missing(withdrawal:n)" in found
    assert len(_warnings(r, "no_effect")) == 1


def test_a_second_notice_of_a_member_is_still_a_repeat():
    # a founding member's two notices: the first counts (2007-12-31), the second repeats it (not 2008-12-31)
    found = _held("""groupement g "G" {
  as of 2009-03-01
  approved 2006-02-20
  seat "Tours" region "Centre"
  member a "A" { kind health_establishment sector public region "Centre" rights 50 }
  member b "B" { kind health_establishment sector public region "Centre" rights 30 }
  member c "C" { kind health_establishment sector private region "Centre" rights 20 }
  withdrawal c notified 2007-03-01
  withdrawal c notified 2007-09-03
}
""")
    assert "withdrawal_effective(c, 2007-12-31)" in found
    assert "withdrawal_effective(c, 2008-12-31)" not in found


# --- F2: no withdrawal_invalid for a repeat notice asking the date an earlier notice was in time for, nor for a
# notice of one not a member that day: « sous réserve qu'il ait notifié au groupement son intention au moins six
# mois avant la fin de l'exercice »: the intention to withdraw on that date was notified in time, or the notice is
# not a member's (« tout membre peut se retirer »). A repeat asking another date than the one the member had
# notified in time asks what was not notified in time: still said.

TOURS = """groupement g "G" {{
  as of {as_of}
  approved 2006-02-20
  seat "Tours" region "Centre"
  member a "A" {{ kind health_establishment sector public region "Centre" rights 50 }}
  member b "B" {{ kind health_establishment sector public region "Centre" rights 30 }}
  member c "C" {{ kind health_establishment sector private region "Centre" rights 20 }}
  member d "D" {{ kind health_establishment sector private region "Centre" rights 20 }}
{more}
}}
"""


def test_a_repeat_notice_asking_the_same_year_end_too_late_is_not_invalid():
    # rv7/t5: the intention was notified on 2007-03-01, in time for 2007-12-31; the notice of 2007-09-03 repeats it
    found = _held(TOURS.format(as_of="2008-03-01", more="  withdrawal c notified 2007-03-01 effective 2007-12-31\n"
                                                        "  withdrawal c notified 2007-09-03 effective 2007-12-31"))
    assert {"withdrawal_effective(c, 2007-12-31)", "avenant_missing(withdrawal:c)"} <= found
    assert not any(c.startswith("withdrawal_invalid(c") for c in found)


def test_the_late_notice_alone_is_invalid_for_the_date_it_asks():
    # the positive anchor: the same late notice, the first of c, cannot take effect on 2007-12-31
    found = _held(TOURS.format(as_of="2008-03-01", more="  withdrawal c notified 2007-09-03 effective 2007-12-31"))
    assert "withdrawal_invalid(c, 2007-12-31, notice_too_short)" in found
    assert "withdrawal_effective(c, 2008-12-31)" in found


def test_a_repeat_notice_asking_an_earlier_year_end_too_late_is_invalid():
    # the first notice asked 2008-12-31: the intention to withdraw on 2007-12-31 is first notified on 2007-08-01,
    # too late for that year (tests/test_stop22_membership.py keeps this reading); the withdrawal stays 2008-12-31
    found = _held(TOURS.format(as_of="2008-03-01", more="  withdrawal c notified 2007-03-01 effective 2008-12-31\n"
                                                        "  withdrawal c notified 2007-08-01 effective 2007-12-31"))
    assert "withdrawal_invalid(c, 2007-12-31, notice_too_short)" in found
    assert "withdrawal_effective(c, 2008-12-31)" in found and "member(c)" in found


def test_a_repeat_notice_asking_a_day_that_is_no_year_end_is_said_so():
    # no withdrawal can take effect on 2007-06-30; the withdrawal stays that of the first notice
    found = _held(TOURS.format(as_of="2008-03-01", more="  withdrawal c notified 2007-03-01\n"
                                                        "  withdrawal c notified 2007-04-02 effective 2007-06-30"))
    assert "withdrawal_effective(c, 2007-12-31)" in found
    assert "withdrawal_invalid(c, 2007-06-30, not_end_of_budget_year)" in found
    assert "withdrawal_invalid(c, 2007-12-31, notice_too_short)" not in found


def test_a_repeat_notice_after_a_first_without_date_asking_its_year_end_too_late_is_not_invalid():
    # the first notice, asking nothing, is for 2007-12-31 (notified more than six months before)
    found = _held(TOURS.format(as_of="2008-03-01", more="  withdrawal c notified 2007-06-01\n"
                                                        "  withdrawal c notified 2007-09-03 effective 2007-12-31"))
    assert "withdrawal_effective(c, 2007-12-31)" in found
    assert not any(c.startswith("withdrawal_invalid(c") for c in found)


def test_a_notice_given_once_the_withdrawal_took_effect_has_no_effect_and_is_not_invalid():
    # rv7/t8: c withdrew on 2007-12-31; its notice of 2008-09-03 is that of one no longer a member
    text = TOURS.format(as_of="2009-03-01", more="  withdrawal c notified 2007-03-01\n"
                                                 "  withdrawal c notified 2008-09-03 effective 2008-12-31")
    r = _reason(text)
    found = {str(c) for c in r.conclusions}
    assert "withdrawal_effective(c, 2007-12-31)" in found and "member(c)" not in found
    said = _warnings(r, "no_effect")
    assert len(said) == 1 and said[0][0] == _line_of(text, "notified 2008-09-03")
    assert not any(c.startswith("withdrawal_invalid(c") for c in found)


def test_a_notice_of_a_member_absorbed_before_it_is_not_invalid():
    # c absorbed by a on 2008-01-01: its only notice, of 2008-09-03, is one of a non-member (no earlier notice)
    text = TOURS.format(as_of="2009-03-01", more="  merger a of c on 2008-01-01\n"
                                                 "  withdrawal c notified 2008-09-03 effective 2008-12-31")
    r = _reason(text)
    found = {str(c) for c in r.conclusions}
    assert "member(a)" in found and "member(c)" not in found
    assert [line for line, _ in _warnings(r, "no_effect")] == [_line_of(text, "notified 2008-09-03")]
    assert not any(c.startswith("withdrawal_invalid(c") for c in found)


# --- F3: no avenant owed for the adhésion of a new establishment the assembly has not admitted ----------------

# rv7/t6: n born of the merger of a and b on 2008-01-01; ag2008 on 2008-02-20 votes on its admission
CANNES_MERGER = """groupement g "G" {{
  as of {as_of}
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
  assembly ag2008 on 2008-02-20 {{
    convened_on 2008-02-01 by administrator
    present c, e
    deliberation d1 on admission of n {{ {vote} }}
  }}
  merger n of a, b on 2008-01-01
}}
"""


def test_no_avenant_for_an_admission_the_assembly_refused():
    found = _held(CANNES_MERGER.format(as_of="2008-06-01", vote="for c against e"))
    assert {"deliberation_invalid(ag2008, d1, not_adopted)", "not_admitted(n)", "admission_required(n)"} <= found
    assert "avenant_required(admission:n)" not in found and "avenant_missing(admission:n)" not in found


def test_the_avenant_is_owed_and_missing_once_the_assembly_admitted_the_new_establishment():
    found = _held(CANNES_MERGER.format(as_of="2008-06-01", vote="for c, e"))
    assert {"deliberation_valid(ag2008, d1)", "member(n)"} <= found and "not_admitted(n)" not in found
    assert {"avenant_required(admission:n)", "avenant_missing(admission:n)"} <= found


def test_on_the_day_of_the_admission_the_avenant_is_owed_but_not_yet_missing():
    found = _held(CANNES_MERGER.format(as_of="2008-02-20", vote="for c, e"))
    assert "avenant_required(admission:n)" in found
    assert "avenant_missing(admission:n)" not in found and "not_admitted(n)" not in found


def test_no_avenant_before_the_vote():
    found = _held(CANNES_MERGER.format(as_of="2008-02-01", vote="for c, e"))
    assert {"not_admitted(n)", "admission_required(n)"} <= found
    assert "avenant_required(admission:n)" not in found


def test_a_member_joining_otherwise_still_owes_its_avenant():
    # a member the file shows joining (not born of a merger): the avenant of its adhésion is owed from its joining
    found = _held(TOURS.format(as_of="2008-06-01", more='''  member f "F" { kind health_establishment sector private region "Centre" rights 10 joined 2008-03-01 }
  administrator a elected 2006-02-20
  assembly ag1 on 2008-02-15 {
    convened_on 2008-02-01 by administrator
    present a, b, c, d
    deliberation d1 on admission of f { for a, b, c, d }
  }'''))
    assert {"member(f)", "avenant_required(admission:f)", "avenant_missing(admission:f)"} <= found


# --- F4: « tout nouvel établissement de santé » only for a health establishment born of health members ----------

# rv7/t9: two EHPAD members (medico-social) merge into a new EHPAD, not admitted; and its variants
MERGER_KINDS = """groupement g "G" {{
  as of 2008-06-01
  approved 2006-02-10
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member a "CH A" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }}
  member b "CH B" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }}
  member e1 "EHPAD 1" {{ kind medico_social_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 10 }}
  member e2 "EHPAD 2" {{ kind medico_social_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 10 }}
  member n "N" {{ kind {kind} sector public region "Provence-Alpes-Côte d'Azur" rights 20 joined 2008-01-01 }}
  merger n of {merged} on 2008-01-01
}}
"""

FIRST = "Après sa constitution, le groupement peut admettre de nouveaux membres, par décision de l'assemblée générale."
SECOND = "Cette décision est requise à l'égard de tout nouvel établissement de santé"


def _not_admitted(kind: str, merged: str):
    r = _reason(MERGER_KINDS.format(kind=kind, merged=merged))
    found = {str(c) for c in r.conclusions}
    # the same state whatever the kinds: a new body, a member only by the assembly's decision
    assert {"not_admitted(n)", "admission_required(n)"} <= found
    for m in ("a", "b", "e1", "e2"):  # the merged members are gone, the others stay
        assert (f"member({m})" in found) == (m not in merged.split(", ")), m
    assert "member(n)" not in found and "avenant_required(admission:n)" not in found
    conclusion = next(c for c in r.conclusions if str(c) == "not_admitted(n)")
    return conclusion.sentence("fr"), r.explain(conclusion).quote, r.explain("admission_required(n)").quote


def test_an_ehpad_born_of_two_ehpad_is_admitted_under_the_first_sentence_not_called_a_health_establishment():
    said, quote, required_quote = _not_admitted("medico_social_establishment", "e1, e2")
    assert "établissement de santé" not in said and "EHPAD" not in said  # n is named N here
    assert "nouvel établissement issu d'une absorption ou d'une fusion" in said
    assert quote == FIRST and required_quote == FIRST


def test_a_health_establishment_born_of_health_members_is_the_second_sentence():
    said, quote, required_quote = _not_admitted("health_establishment", "a, b")
    assert ("nouvel établissement de santé issu de l'absorption ou de la fusion d'un ou plusieurs établissements "
            "de santé membres") in said
    assert quote.startswith(SECOND) and required_quote.startswith(SECOND)


def test_a_health_establishment_born_of_a_health_member_and_an_ehpad_is_the_second_sentence():
    # « d'un ou plusieurs établissements de santé membres »: one health member merged is enough
    said, quote, required_quote = _not_admitted("health_establishment", "a, e1")
    assert "nouvel établissement de santé" in said
    assert quote.startswith(SECOND) and required_quote.startswith(SECOND)


def test_a_health_establishment_born_of_ehpad_members_only_is_the_first_sentence():
    said, quote, required_quote = _not_admitted("health_establishment", "e1, e2")
    assert "établissement de santé" not in said
    assert quote == FIRST and required_quote == FIRST


def test_an_ehpad_born_of_health_members_is_the_first_sentence():
    _, quote, _ = _not_admitted("medico_social_establishment", "a, b")
    assert quote == FIRST
