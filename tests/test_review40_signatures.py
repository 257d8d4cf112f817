"""Approval: review 40 (found by fixer E beside reviewer 6, finding 2): the signature of all the members when the file
dates no approving decision.

L6133-3 I of 2017 (L6133-3@2017-01-14.I.1, ordonnance 2017-28, in force from 2017-01-14): « Sa convention
constitutive, signée par l'ensemble de ses membres, est soumise à l'approbation du directeur général de l'agence
régionale de santé, qui en assure la publication. » L6133-3 I of 2009 and of 2011 (L6133-3@2009-07-23.I.1,
L6133-3@2011-08-12): « Sa convention constitutive est soumise à l'approbation du directeur général de l'agence
régionale de santé, qui en assure la publication. » (no signature by all the members). R6133-1-1 of 2017
(R6133-1-1@2017-04-28.1, from 2017-04-28): « La convention constitutive du groupement de coopération sanitaire signée
par l'ensemble des membres est approuvée par une décision du directeur général de l'agence régionale de santé [...]
dans un délai de deux mois à compter de sa réception. » R6133-1-1 of 2010 (R6133-1-1@2010-07-26.1: « est approuvée et
publiée par le directeur général ») asks no signature and sets no time from the decision to its publication; nor do
R6133-11 of 2006 or R6133-1 (the mentions of the convention, no signature) in any version.

What was wrong. approval_date took the publication for the decision when the file dates no approving decision, so a
publication from 2017 (reviewer 6's c1: approved 2017-05-05, no `submitted`, b not in `signed_by`) drew
signature_missing(b), citing R6133-1-1 of 2017 and L6133-3 of 2017, though the decision may have been made before
2017-01-14, under L6133-3 of 2011, which asks no such signature.

The reading. The signature of all the members binds the conventions approved under L6133-3 of 2017, from 2017-01-14.
A publication from 2017-01-14 with no approving decision dated, and nothing in the file placing the decision on or
after that day (a receipt, `submitted`, from that day: the decision follows the receipt; a refusal from that day
before the publication: the approval followed it; a tacit approval is itself a dated decision), leaves open whether
the signature was owed: no signature_missing, and missing_fact(signature, groupement, approval_decision) when a
member is not in `signed_by`. The decision placed from 2017-01-14 but not from 2017-04-28 (publication from
2017-04-28): signature_missing under L6133-3 of 2017 alone (R6133-1-1 of 2017 may not govern the decision). Placed
from 2017-04-28: both, as before. A dated decision is judged on its day, as before.
"""

import gcs_reasoner as gcs

# /tmp/r40/rv6/c1.gcs with b removed from signed_by; the dates, the receipt and the decisions as parameters
C1 = """groupement g "GCS A" {{
  as of {as_of}
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member a "CHU" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member b "CH" {{ kind health_establishment sector public region "Normandie" rights 30 }}
{extra}  convention {{
{signed}    attached budget_forecast, financial_balance
  }}
}}
"""
PUBLISHED = '  approved 2017-05-05\n  published_in "Normandie" on 2017-05-06\n'
ONLY_A = "    signed_by a\n"
BOTH = "    signed_by a, b\n"

MISSING_B = "signature_missing(b)"
UNDATED = "missing_fact(signature,groupement,approval_decision)"
NO_SIGNATORIES = "missing_fact(signature,groupement,signed_by)"
CONSULTATION_UNDATED = "missing_fact(consultation,groupement,approval_decision)"
APPROVAL_REQUIRED = "approval_required(ars_director_general,convention)"
R17 = "R6133-1-1@2017-04-28.1"
L17 = "L6133-3@2017-01-14.I.1"


def _result(extra: str = PUBLISHED, signed: str = ONLY_A, as_of: str = "2017-09-01"):
    text = C1.format(as_of=as_of, extra=extra, signed=signed)
    return gcs.reason(gcs.loads(text, path="<review40_signatures>"), explain=True)


def _atoms(result) -> set[str]:
    """The conclusions and the warnings' atoms (missing_fact/3 is a warning)."""
    held = {str(c) for c in result.conclusions} | {w.atom for w in result.warnings if w.atom}
    return {a.replace(", ", ",") for a in held}


def _held(**kw) -> set[str]:
    return _atoms(_result(**kw))


def _provisions(result, text: str) -> list[str]:
    found = result.find(text)
    assert found is not None, text
    return found.provisions


# --- the reviewer's scenario: publication from 2017, no decision dated, nothing placing it -----------------------

def test_c1_undated_decision_leaves_the_signature_open():
    held = _held()
    assert MISSING_B not in held
    assert UNDATED in held
    # positive anchors in the same run: the approval, the law's legal personality, the consultation left open alike
    assert APPROVAL_REQUIRED in held
    assert "legal_personality_from(2017-05-06)" in held
    assert CONSULTATION_UNDATED in held


def test_undated_warning_is_said_in_words():
    result = _result()
    texts = [str(w) for w in result.warnings]
    assert any("décision d'approbation" in t and "signature de la convention constitutive" in t for t in texts), texts
    assert UNDATED in _atoms(result)


def test_all_signed_no_warning():
    held = _held(signed=BOTH)
    assert UNDATED not in held
    assert MISSING_B not in held
    assert APPROVAL_REQUIRED in held
    assert CONSULTATION_UNDATED in held


def test_no_signed_by_still_asks_the_signatories():
    # the file does not say who signed: asked as before (needed if the decision was made under the 2017 law); the
    # undated-decision warning needs a member missing from signed_by
    held = _held(signed="")
    assert NO_SIGNATORIES in held
    assert UNDATED not in held
    assert MISSING_B not in held


def test_publication_between_2017_01_14_and_2017_04_27_undated():
    # the decision may be from 2016, under L6133-3 of 2011
    held = _held(extra="  approved 2017-02-15\n")
    assert MISSING_B not in held
    assert UNDATED in held
    assert APPROVAL_REQUIRED in held


def test_publication_on_2017_01_14_undated():
    # the first day of the 2017 law: the decision, made on or before it, may be of 2017-01-13
    held = _held(extra="  approved 2017-01-14\n", as_of="2017-03-01")
    assert MISSING_B not in held
    assert UNDATED in held
    assert APPROVAL_REQUIRED in held


def test_publication_before_2017_01_14_asks_nothing():
    held = _held(extra="  approved 2017-01-13\n", as_of="2017-03-01")
    assert MISSING_B not in held
    assert UNDATED not in held
    assert APPROVAL_REQUIRED in held


def test_receipt_before_2017_01_14_does_not_place_the_decision():
    held = _held(extra="  submitted 2016-12-01\n" + PUBLISHED)
    assert MISSING_B not in held
    assert UNDATED in held
    assert APPROVAL_REQUIRED in held


def test_refusal_before_2017_01_14_does_not_place_the_decision():
    refusal = '  ars_decision dec0 on 2016-12-20 published 2016-12-28 {\n    refuses convention\n  }\n'
    held = _held(extra=refusal + PUBLISHED)
    assert MISSING_B not in held
    assert UNDATED in held
    assert APPROVAL_REQUIRED in held


# --- the decision placed: signature_missing kept ------------------------------------------------------------------

def test_receipt_from_2017_01_14_before_2017_04_28_cites_the_law_alone():
    result = _result(extra="  submitted 2017-02-01\n" + PUBLISHED)
    held = _atoms(result)
    assert MISSING_B in held
    assert UNDATED not in held
    provisions = _provisions(result, "signature_missing(b)")
    assert L17 in provisions
    assert R17 not in provisions  # the decree of 2017 may not govern the decision
    assert CONSULTATION_UNDATED in held  # the decree's consultation still open (fixer E)


def test_refusal_from_2017_01_14_before_2017_04_28_cites_the_law_alone():
    refusal = '  ars_decision dec0 on 2017-02-20 published 2017-02-28 {\n    refuses convention\n  }\n'
    result = _result(extra=refusal + PUBLISHED)
    held = _atoms(result)
    assert MISSING_B in held
    assert UNDATED not in held
    provisions = _provisions(result, "signature_missing(b)")
    assert L17 in provisions and R17 not in provisions


def test_receipt_between_2017_01_14_and_2017_04_27_publication_before_2017_04_28():
    result = _result(extra="  submitted 2017-01-20\n  approved 2017-03-01\n", as_of="2017-04-01")
    held = _atoms(result)
    assert MISSING_B in held
    assert UNDATED not in held
    assert _provisions(result, "signature_missing(b)") == [L17]


def test_receipt_from_2017_04_28_cites_both():
    result = _result(extra="  submitted 2017-04-28\n" + PUBLISHED)
    held = _atoms(result)
    assert MISSING_B in held
    assert UNDATED not in held
    provisions = _provisions(result, "signature_missing(b)")
    assert R17 in provisions and L17 in provisions


def test_dated_decision_from_2017_04_28_keeps_signature_missing():
    decision = '  ars_decision dec1 on 2017-05-02 published 2017-05-05 {\n    approves convention\n  }\n'
    held = _held(extra=decision + '  published_in "Normandie" on 2017-05-06\n')
    assert MISSING_B in held
    assert UNDATED not in held


def test_dated_decision_before_2017_01_14_asks_no_signature():
    # decided under L6133-3 of 2011, published later: no signature of all the members owed, nothing open
    decision = '  ars_decision dec1 on 2017-01-10 published 2017-05-05 {\n    approves convention\n  }\n'
    held = _held(extra=decision + '  published_in "Normandie" on 2017-05-06\n')
    assert MISSING_B not in held
    assert UNDATED not in held
    assert APPROVAL_REQUIRED in held


def test_tacit_approval_is_a_dated_decision():
    # an unsigned convention runs no period (R6133-1-1 of 2017 al. 1-2): a tacit approval needs every member's
    # signature; it dates the decision, so nothing is left open
    held = _held(extra="  submitted 2017-05-02\n  approved 2017-07-10\n", signed=BOTH)
    assert "tacit_approval(convention,2017-07-02)" in held
    assert MISSING_B not in held
    assert UNDATED not in held
