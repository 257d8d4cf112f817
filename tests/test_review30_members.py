"""Membership events a fresh-eyes review (review 30, members) found wanting; each test failed before
its change.

R6133-5@2006-01-01 (R6133-7@2010-07-26 I to IV repeats it):
- al. 1: « Après sa constitution, le groupement peut admettre de nouveaux membres, par décision de
  l'assemblée générale. » A member that left (withdrawn or excluded) and that the assembly validly
  admits again is a member again from the day after that decision (F1).
- al. 2: « En cours d'exécution de la convention, tout membre peut se retirer du groupement à
  l'expiration d'un exercice budgétaire ». Only a member withdraws: a new establishment born of a
  merger, never admitted, does not (F2); and before the approval is published there is no groupement
  to notify, no convention in execution: the notice is left out with a warning, as an assembly held or a
  `joined` date before it (F3).
- al. 4: « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre donnent lieu à un
  avenant à la convention constitutive. »
"""

import gcs_reasoner as gcs

HEAD = """groupement g "G" {{
  as of {as_of}
  approved {approved}
  seat "Lille" region "Nord"
  member a "A" {{ kind health_establishment sector public region "Nord" rights 40 }}
  member b "B" {{ kind health_establishment sector public region "Nord" rights 30 }}
  member c "C" {{ kind health_establishment sector public region "Nord" rights 30 }}
  administrator a elected {approved}
{more}
}}
"""


def reason(as_of: str, more: str, approved: str = "2006-02-01"):
    return gcs.reason(gcs.loads(HEAD.format(as_of=as_of, approved=approved, more=more), path="<test>"))


def held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


# --- F3: a withdrawal notified before the groupement has legal personality -------------------------

def test_a_withdrawal_notified_before_the_approval_is_published_is_left_out_with_a_warning():
    result = reason("2007-01-02", "  withdrawal c notified 2006-03-01", approved="2006-09-01")
    found = held(result)
    assert not any(c.startswith("withdrawal_effective(") for c in found)
    assert not any(c.startswith("avenant_") for c in found)
    assert "member(c)" in found
    assert "debt_share(a, 40, 100)" in found
    warned = [w for w in result.warnings if w.code == "withdrawal_before_legal_personality"]
    assert [w.line for w in warned] == [9]
    assert "2006-09-01" in warned[0].message and "personnalité morale" in warned[0].message_fr


def test_a_withdrawal_notified_on_the_day_the_approval_is_published_is_judged():
    found = held(reason("2007-01-02", "  withdrawal c notified 2006-06-30", approved="2006-06-30"))
    assert "withdrawal_effective(c, 2006-12-31)" in found
    assert "member(c)" not in found


# --- F2: a new establishment born of a merger, never admitted, does not withdraw --------------------

MERGER = """groupement g "G" {{
  as of {as_of}
  approved 2006-02-01
  seat "Lille" region "Nord"
  member a "A" {{ kind health_establishment sector public region "Nord" rights 40 }}
  member b "B" {{ kind health_establishment sector public region "Nord" rights 30 }}
  member c "C" {{ kind health_establishment sector public region "Nord" rights 20 }}
  member d "D" {{ kind health_establishment sector public region "Nord" rights 10 }}
  member n "N" {{ kind health_establishment sector public region "Nord" rights 50 joined 2008-01-01 }}
  administrator a elected 2006-02-01
  merger n of b, c on 2008-01-01
{more}
  withdrawal n notified 2008-03-01
}}
"""

ADMISSION = """  assembly ag1 on 2008-02-01 {
    convened_on 2008-01-10 by administrator
    present a, d
    deliberation d1 on admission of n { for a, d }
  }"""


def test_a_new_establishment_never_admitted_does_not_withdraw():
    for as_of in ("2008-06-01", "2009-01-01"):
        found = held(gcs.reason(gcs.loads(MERGER.format(as_of=as_of, more=""), path="<test>")))
        assert "not_admitted(n)" in found, as_of
        assert not any(c.startswith("withdrawal_effective(n") for c in found), as_of
        assert not any(c.startswith("avenant_required(withdrawal") for c in found), as_of
        assert not any(c.startswith("avenant_missing(withdrawal") for c in found), as_of


def test_a_new_establishment_admitted_before_its_notice_withdraws():
    found = held(gcs.reason(gcs.loads(MERGER.format(as_of="2009-01-01", more=ADMISSION), path="<test>")))
    assert "withdrawal_effective(n, 2008-12-31)" in found
    assert "avenant_required(withdrawal:n)" in found
    assert "not_admitted(n)" not in found and "member(n)" not in found


# --- F1: a member that left and that the assembly validly admits again ------------------------------

EXCLUDED = """  assembly ag1 on 2007-03-01 {
    convened_on 2007-02-01 by administrator
    present a, b, c
    deliberation d1 on exclusion of c { for a, b  ground breach  heard c }
  }
  assembly ag2 on 2008-02-01 {
    convened_on 2008-01-10 by administrator
    present a, b
    deliberation d1 on admission of c { for a, b }
  }
  avenant av1 on 2007-03-10 for exclusion of c approved_on 2007-04-01"""

READMISSION_AVENANT = "\n  avenant av2 on 2008-02-05 for admission of c approved_on 2008-03-01"

WITHDRAWN = """  withdrawal c notified 2007-03-01
  avenant av1 on 2007-11-01 for withdrawal of c approved_on 2007-12-01
  assembly ag2 on 2008-09-01 {
    convened_on 2008-08-01 by administrator
    present a, b
    deliberation d1 on admission of c { for a, b }
  }
  avenant av2 on 2008-09-05 for admission of c approved_on 2008-10-01"""

# B and C hold 60 of the 100 rights: the quorum (half of the rights) is met only with C a member
LATER_ASSEMBLY = """
  assembly ag3 on 2008-11-15 {
    convened_on 2008-10-20 by administrator
    present b, c
    deliberation d1 on budget { for b, c }
  }"""


def test_an_excluded_member_admitted_again_is_a_member_from_the_day_after_the_decision():
    for as_of in ("2008-06-01", "2009-01-01"):
        found = held(reason(as_of, EXCLUDED + READMISSION_AVENANT))
        assert {"member(c)", "excluded(c, 2007-03-01)", "avenant_required(admission:c)",
                "avenant_required(exclusion:c)", "debt_share(a, 40, 100)", "debt_share(c, 30, 100)"} <= found, as_of
        assert not any(c.startswith("avenant_missing") for c in found), as_of
    # the day of the decision: not yet a member; before it: out since the exclusion
    for as_of in ("2008-02-01", "2008-01-15", "2007-06-01"):
        found = held(reason(as_of, EXCLUDED + READMISSION_AVENANT))
        assert "member(c)" not in found and "debt_share(a, 40, 70)" in found, as_of


def test_a_readmission_with_no_avenant_after_it_misses_its_avenant():
    found = held(reason("2009-01-01", EXCLUDED))
    assert {"member(c)", "avenant_required(admission:c)", "avenant_missing(admission:c)"} <= found


def test_a_withdrawn_member_admitted_again_is_a_member_and_votes():
    found = held(reason("2009-06-01", WITHDRAWN + LATER_ASSEMBLY))
    assert {"member(c)", "withdrawal_effective(c, 2007-12-31)", "avenant_required(admission:c)",
            "debt_share(a, 40, 100)", "quorum_met(ag3)", "deliberation_valid(ag3, d1)"} <= found
    assert not any(c.startswith("avenant_missing") for c in found)
    # in 2008, before the decision of 2008-09-01, it is out
    found = held(reason("2008-06-01", WITHDRAWN.split("\n  assembly")[0]))
    assert "member(c)" not in found and "debt_share(a, 40, 70)" in found


def test_a_member_admitted_again_after_its_exclusion_may_withdraw_again():
    found = held(reason("2009-01-01", EXCLUDED + READMISSION_AVENANT + "\n  withdrawal c notified 2008-03-01"))
    assert "withdrawal_effective(c, 2008-12-31)" in found
    assert "member(c)" not in found and "avenant_required(withdrawal:c)" in found
