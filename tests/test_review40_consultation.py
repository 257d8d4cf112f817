"""Approval: review 40, reviewer 6, finding 2 (the 2017 consultation when the file dates no approving decision).

R6133-1-1 of 2017 al. 1 (R6133-1-1@2017-04-28.1): « La convention constitutive du groupement de coopération
sanitaire signée par l'ensemble des membres est approuvée par une décision du directeur général de l'agence régionale
de santé de la région dans laquelle le groupement a son siège dans un délai de deux mois à compter de sa réception.
Ce directeur consulte le cas échéant le directeur général de l'agence régionale de santé dans lequel un des membres a
son siège. » R6133-1-1 of 2010 al. 1 (R6133-1-1@2010-07-26.1: « La convention constitutive du groupement de
coopération sanitaire est approuvée et publiée par le directeur général de l'agence régionale de santé de la région
dans laquelle le groupement a son siège ») has no consultation and sets no time from the decision to its publication.

The reading. The consultation is a duty of the director general in making his decision: it binds the decisions made
from 2017-04-28 (README: an approving decision made before 2017-04-28 and published after owes none). A file that
gives the approval's publication, made from 2017-04-28, but no approving decision's date, may describe a decision made
before that day: unless something in the file places the decision on or after 2017-04-28 (a receipt, `submitted`,
from that day: the decision follows the receipt; a refusal from that day before the publication: the approval
followed it; a tacit approval is itself a dated decision), whether a consultation was owed is not known. Neither
consultation_required nor consultation_missing (nor decided_before_consultation) is drawn, and the file is warned:
missing_fact(consultation, groupement, approval_decision), when a consultation may be owed (a member in another
region, or a region not stated). Before the change the publication stood for the decision and both were drawn.
"""

import gcs_reasoner as gcs

# /tmp/r40/rv6/c1.gcs, the dates, the receipt, the decisions, the regions as parameters
C1 = """groupement g "GCS A" {{
  as of {as_of}
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member a "CHU" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member b "CH" {{ kind health_establishment sector public{region_b} rights 30 }}
{extra}  convention {{
    signed_by a, b
    attached budget_forecast, financial_balance
  }}
}}
"""
NORMANDIE = ' region "Normandie"'
PUBLISHED = '  approved 2017-05-05\n  published_in "Normandie" on 2017-05-06\n'

REQUIRED = 'consultation_required(ars_director_general,"Normandie")'
MISSING = 'consultation_missing("Normandie")'
BEFORE = 'decided_before_consultation("Normandie")'
UNDATED = "missing_fact(consultation,groupement,approval_decision)"
NO_DECISION_LP = "missing_fact(legal_personality_decision_date,groupement,approval_decision)"
APPROVAL_REQUIRED = "approval_required(ars_director_general,convention)"


def _result(extra: str = PUBLISHED, as_of: str = "2017-09-01", region_b: str = NORMANDIE):
    text = C1.format(as_of=as_of, extra=extra, region_b=region_b)
    return gcs.reason(gcs.loads(text, path="<review40_consultation>"), explain=True)


def _atoms(result) -> set[str]:
    """The conclusions and the warnings' atoms (missing_fact/3 is a warning)."""
    held = {str(c) for c in result.conclusions} | {w.atom for w in result.warnings if w.atom}
    return {a.replace(", ", ",") for a in held}


def _held(**kw) -> set[str]:
    return _atoms(_result(**kw))


# --- the reviewer's scenario: publication from 2017-04-28, no decision dated, nothing placing it -------------------

def test_reviewer_c1_undated_decision_leaves_the_consultation_open():
    held = _held()
    assert REQUIRED not in held
    assert MISSING not in held
    assert BEFORE not in held
    assert UNDATED in held
    # positive anchors in the same run: the approval and the law's legal personality are drawn, the decree's date is
    # asked as before
    assert APPROVAL_REQUIRED in held
    assert "legal_personality_from(2017-05-06)" in held
    assert NO_DECISION_LP in held


def test_undated_warning_is_said_in_words():
    result = _result()
    texts = [str(w) for w in result.warnings]
    assert any("décision d'approbation" in t and "consultation des autres régions" in t for t in texts), texts
    assert UNDATED in _atoms(result)


def test_consultation_sent_after_the_publication_is_not_judged_late():
    held = _held(extra=PUBLISHED + '  consultation "Normandie" sent 2017-06-01\n')
    assert BEFORE not in held
    assert MISSING not in held
    assert REQUIRED not in held
    assert UNDATED in held


def test_receipt_before_2017_04_28_does_not_place_the_decision():
    # received under the 2010 text, approved when? the publication alone does not say
    held = _held(extra="  submitted 2017-03-15\n" + PUBLISHED)
    assert REQUIRED not in held
    assert MISSING not in held
    assert UNDATED in held
    assert "legal_personality_from(2017-05-06)" in held


def test_refusal_before_2017_04_28_does_not_place_the_decision():
    refusal = '  ars_decision dec0 on 2017-04-20 published 2017-04-25 {\n    refuses convention\n  }\n'
    held = _held(extra=refusal + PUBLISHED)
    assert REQUIRED not in held
    assert MISSING not in held
    assert UNDATED in held


# --- anchors: the decision placed on or after 2017-04-28 keeps the consultation --------------------------------------

def test_dated_decision_from_2017_04_28_keeps_required_and_missing():
    decision = '  ars_decision dec1 on 2017-05-02 published 2017-05-05 {\n    approves convention\n  }\n'
    extra = decision + '  published_in "Normandie" on 2017-05-06\n'
    held = _held(extra=extra)
    assert REQUIRED in held
    assert MISSING in held
    assert UNDATED not in held


def test_receipt_from_2017_04_28_with_publication_only_keeps_required_and_missing():
    # the decision follows the receipt of 2017-05-02: made under R6133-1-1 of 2017, whenever the file dates it
    held = _held(extra="  submitted 2017-05-02\n" + PUBLISHED.replace("2017-05-05", "2017-05-20")
                 .replace("2017-05-06", "2017-05-21"))
    assert REQUIRED in held
    assert MISSING in held
    assert UNDATED not in held


def test_refusal_from_2017_04_28_before_the_publication_keeps_required_and_missing():
    refusal = '  ars_decision dec0 on 2017-05-01 published 2017-05-03 {\n    refuses convention\n  }\n'
    extra = refusal + '  approved 2017-06-05\n  published_in "Normandie" on 2017-06-06\n'
    held = _held(extra=extra)
    assert REQUIRED in held
    assert MISSING in held
    assert UNDATED not in held


def test_consultation_in_time_with_receipt_from_2017_04_28_is_neither_missing_nor_late():
    extra = ("  submitted 2017-05-02\n" + '  consultation "Normandie" sent 2017-05-03\n'
             + PUBLISHED.replace("2017-05-05", "2017-05-20").replace("2017-05-06", "2017-05-21"))
    held = _held(extra=extra)
    assert REQUIRED in held
    assert MISSING not in held
    assert BEFORE not in held


# --- a publication before 2017-04-28: the decision was made under the 2010 text, no consultation ----------------------

def test_publication_before_2017_04_28_owes_no_consultation_and_is_not_warned():
    extra = '  approved 2017-04-20\n  published_in "Normandie" on 2017-04-21\n'
    held = _held(extra=extra)
    assert REQUIRED not in held
    assert MISSING not in held
    assert UNDATED not in held
    # anchor: the approval of the 2010 text, and legal personality from the last publication
    assert APPROVAL_REQUIRED in held
    assert "legal_personality_from(2017-04-21)" in held


# --- no consultation possible, or a region not stated ----------------------------------------------------------------

def test_members_all_in_the_seat_region_not_warned():
    held = _held(extra='  approved 2017-05-05\n', region_b=' region "Bretagne"')
    assert UNDATED not in held
    assert REQUIRED not in held
    # anchor: the decree's date is still asked, the approval drawn
    assert NO_DECISION_LP in held
    assert APPROVAL_REQUIRED in held


def test_member_region_not_stated_asks_both():
    held = _held(extra='  approved 2017-05-05\n', region_b="")
    assert UNDATED in held
    assert "missing_fact(consultation,b,region)" in held
    assert REQUIRED not in held
    assert APPROVAL_REQUIRED in held


def test_not_approved_yet_on_as_of_keeps_required():
    # judged on the as-of date (no decision, no publication): the 2017 text, the consultation owed to the decision
    held = _held(extra="", as_of="2017-06-01")
    assert REQUIRED in held
    assert MISSING not in held
    assert UNDATED not in held
