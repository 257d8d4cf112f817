"""A former member admitted again: what a fresh-eyes review (review 30, rev) found wanting in the
readmission of a member that withdrew or was excluded; each test failed before its change.

R6133-5@2006-01-01 (R6133-7@2010-07-26 I to IV repeats it):
- al. 1: « Après sa constitution, le groupement peut admettre de nouveaux membres, par décision de
  l'assemblée générale. »
- al. 2: « En cours d'exécution de la convention, tout membre peut se retirer du groupement à
  l'expiration d'un exercice budgétaire, sous réserve qu'il ait notifié au groupement son intention au
  moins six mois avant la fin de l'exercice ». A notice is the intention of a member during the
  membership in which it is given: an exclusion ends that membership, and the notice with it; a member
  admitted again after it has given no notice in its new membership (F1).
"""

import gcs_reasoner as gcs

HEAD = """groupement g "G" {{
  as of {as_of}
  approved 2006-02-01
  seat "Lille" region "Nord"
  member a "A" {{ kind health_establishment sector public region "Nord" rights 30 }}
  member b "B" {{ kind health_establishment sector public region "Nord" rights 40 }}
  member c "C" {{ kind health_establishment sector public region "Nord" rights 30 }}
  administrator a elected 2006-02-01
{more}
}}
"""


def held(as_of: str, more: str) -> set[str]:
    result = gcs.reason(gcs.loads(HEAD.format(as_of=as_of, more=more), path="<test>"))
    return {str(c) for c in result.conclusions}


# --- F1: a notice given before an exclusion does not end the membership after a readmission ----------

EXCLUSION = """  assembly ag1 on 2007-03-01 {
    convened_on 2007-02-01 by administrator
    present a, b, c
    deliberation d1 on exclusion of c { for a, b  ground breach  heard c }
  }
  avenant av1 on 2007-03-10 for exclusion of c approved_on 2007-04-01"""

READMISSION = """
  assembly ag2 on 2007-06-01 {
    convened_on 2007-05-10 by administrator
    present a, b
    deliberation d1 on admission of c { for a, b }
  }
  avenant av2 on 2007-06-05 for admission of c approved_on 2007-07-01"""


def test_a_notice_given_before_an_exclusion_ends_with_it_and_not_the_next_membership():
    found = held("2009-01-01", "  withdrawal c notified 2007-02-01\n" + EXCLUSION + READMISSION)
    assert {"member(c)", "excluded(c, 2007-03-01)", "debt_share(a, 30, 100)", "debt_share(c, 30, 100)"} <= found
    assert not any(c.startswith("withdrawal_effective(c") for c in found)
    assert "avenant_required(withdrawal:c)" not in found and "avenant_missing(withdrawal:c)" not in found


def test_a_notice_given_while_out_is_not_one_of_the_next_membership():
    found = held("2009-01-01", EXCLUSION + "\n  withdrawal c notified 2007-04-02" + READMISSION)
    assert {"member(c)", "debt_share(a, 30, 100)"} <= found
    assert not any(c.startswith("withdrawal_effective(c") for c in found)


def test_a_notice_given_after_the_readmission_takes_effect():
    found = held("2009-01-01", EXCLUSION + READMISSION + "\n  withdrawal c notified 2007-06-15")
    assert {"withdrawal_effective(c, 2007-12-31)", "debt_share(a, 30, 70)"} <= found
    assert "member(c)" not in found


def test_without_readmission_the_exclusion_bars_the_earlier_notice():
    found = held("2009-01-01", "  withdrawal c notified 2007-02-01\n" + EXCLUSION)
    assert "member(c)" not in found and "debt_share(a, 30, 70)" in found
    assert not any(c.startswith("withdrawal_effective(c") for c in found)


# --- F2: a member absorbed in a merger is not admitted again ----------------------------------------

ABSORBED = """  merger a of c on 2007-06-01
  assembly ag2 on 2008-02-01 {
    convened_on 2008-01-10 by administrator
    present a, b
    deliberation d1 on admission of c { for a, b }
  }"""


def test_a_member_absorbed_in_a_merger_is_not_admitted_again():
    found = held("2009-01-01", ABSORBED)
    assert {"debt_share(a, 30, 70)", "debt_share(b, 40, 70)"} <= found
    assert "member(c)" not in found
    assert "avenant_required(admission:c)" not in found and "avenant_missing(admission:c)" not in found


def test_an_undecided_admission_of_an_absorbed_member_leaves_its_membership_known():
    # no convocation stated: the admission's validity is not decided; c is out all the same
    more = ABSORBED.replace("    convened_on 2008-01-10 by administrator\n", "")
    result = gcs.reason(gcs.loads(HEAD.format(as_of="2009-01-01", more=more), path="<test>"))
    assert not any(w.code == "membership_unknown" for w in result.warnings)
    assert {"debt_share(a, 30, 70)", "debt_share(b, 40, 70)"} <= {str(c) for c in result.conclusions}


def test_a_member_that_withdrew_and_is_admitted_again_before_a_merger_is_readmitted():
    found = held("2008-01-01", """  withdrawal c notified 2006-03-01
  assembly ag2 on 2007-03-01 {
    convened_on 2007-02-01 by administrator
    present a, b
    deliberation d1 on admission of c { for a, b }
  }
  avenant av1 on 2007-03-05 for admission of c approved_on 2007-04-01
  merger a of c on 2007-06-01""")
    assert "avenant_required(admission:c)" in found and "member(c)" not in found


# --- F3: each departure after a return needs its own avenant -----------------------------------------
# al. 4: « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre donnent lieu à un avenant
# à la convention constitutive. » The avenant of the first exclusion (or withdrawal) recorded it; a
# second one, after the member was admitted again, needs its own, dated on or after it.

RETURN_2008 = """
  assembly ag2 on 2008-02-01 {
    convened_on 2008-01-10 by administrator
    present a, b
    deliberation d1 on admission of c { for a, b }
  }
  avenant av2 on 2008-02-05 for admission of c approved_on 2008-03-01"""

EXCLUDED_AGAIN = """
  assembly ag4 on 2008-06-01 {
    convened_on 2008-05-01 by administrator
    present a, b, c
    deliberation d1 on exclusion of c { for a, b  ground breach  heard c }
  }"""

WITHDRAWN_TWICE = """  withdrawal c notified 2007-03-01
  avenant av1 on 2007-11-01 for withdrawal of c approved_on 2007-12-01""" + RETURN_2008 + """
  withdrawal c notified 2008-03-01"""


def test_a_second_exclusion_after_a_return_needs_its_own_avenant():
    found = held("2009-01-01", EXCLUSION + RETURN_2008 + EXCLUDED_AGAIN)
    assert {"excluded(c, 2008-06-01)", "avenant_required(exclusion:c)", "avenant_missing(exclusion:c)"} <= found
    # with an avenant of its own, dated on or after the second exclusion, none is missing
    found = held("2009-01-01", EXCLUSION + RETURN_2008 + EXCLUDED_AGAIN
                 + "\n  avenant av3 on 2008-06-01 for exclusion of c approved_on 2008-07-01")
    assert "avenant_required(exclusion:c)" in found and "avenant_missing(exclusion:c)" not in found


def test_a_second_withdrawal_after_a_return_needs_its_own_avenant():
    found = held("2009-03-01", WITHDRAWN_TWICE)
    assert {"withdrawal_effective(c, 2008-12-31)", "avenant_missing(withdrawal:c)"} <= found
    found = held("2009-03-01", WITHDRAWN_TWICE + "\n  avenant av3 on 2008-11-01 for withdrawal of c approved_on 2008-12-01")
    assert "avenant_missing(withdrawal:c)" not in found


def test_the_avenant_of_a_single_exclusion_counts_whatever_its_date_and_after_a_return():
    # one exclusion, its avenant: none missing, before or after the return
    for as_of in ("2007-12-01", "2009-01-01"):
        found = held(as_of, EXCLUSION + RETURN_2008)
        assert "avenant_required(exclusion:c)" in found and "avenant_missing(exclusion:c)" not in found, as_of
    # an avenant dated before the exclusion itself still counts for a single exclusion (unchanged)
    found = held("2007-12-01", EXCLUSION.replace("avenant av1 on 2007-03-10", "avenant av1 on 2007-02-20"))
    assert "avenant_missing(exclusion:c)" not in found


# --- F4: the words of withdrawal_before_legal_personality for a notice of 2005 ------------------------
# Décret 2005-1681, art. 3: R6133-1 ff. apply from 2006-01-01. A notice given in 2005, before an
# approval published in 2005, is left out as any notice before the publication, but the warning does not
# ground it on R6133-5 of 2006, R6133-7 of 2010 or R6133-11, not in force on its date.

def _withdrawal_warning(approved: str, notified: str):
    text = HEAD.format(as_of="2006-06-30", more=f"  withdrawal c notified {notified}").replace(
        "approved 2006-02-01", f"approved {approved}").replace("elected 2006-02-01", f"elected {approved}")
    result = gcs.reason(gcs.loads(text, path="<test>"))
    warned = [w for w in result.warnings if w.code == "withdrawal_before_legal_personality"]
    assert len(warned) == 1 and "member(c)" in {str(c) for c in result.conclusions}
    return warned[0]


def test_a_notice_of_2005_before_the_approval_cites_no_text_not_yet_in_force():
    for approved in ("2005-06-01", "2006-02-01"):
        w = _withdrawal_warning(approved, "2005-05-02")
        for words in (w.message, w.message_fr):
            assert "R6133" not in words, words
            assert "2006-01-01" in words and "2005-1681" in words, words


def test_a_notice_of_2006_before_the_approval_keeps_its_citations():
    w = _withdrawal_warning("2006-09-01", "2006-03-01")
    assert "R6133-11" in w.message and "R6133-5 of 2006" in w.message and "R6133-5 de 2006" in w.message_fr
