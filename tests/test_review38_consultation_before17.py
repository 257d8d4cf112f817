"""Approval: review 38, reviewer 5, finding 2 (a decision made before 2017-04-28 and the 2017 consultation).

R6133-1-1 of 2017 al. 1: « Ce directeur consulte le cas échéant le directeur général de l'agence régionale de
santé dans lequel un des membres a son siège. » R6133-1-1 of 2010 al. 1 (« La convention constitutive du
groupement de coopération sanitaire est approuvée et publiée par le directeur général de l'agence régionale de
santé de la région dans laquelle le groupement a son siège ») has no consultation. A refusal made on 2017-04-20,
under the 2010 text, was made in a procedure that owed no consultation: judged on a later as-of date (the
convention not approved yet, the consultation owed to the approval still to come), it is no decision made
without the consultation (consultation_missing), and a consultation sent after it does not come after the
decision it should have preceded (decided_before_consultation). Before the change both were drawn.
"""

import pytest

import gcs_reasoner as gcs

# /tmp/rv5/p7_refusal_2017_04_20.gcs, with the as-of date, the decisions and the consultation as parameters
P7 = """groupement bio_ouest "GCS Biologie Ouest" {{
  as of {as_of}
  submitted 2017-03-15
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member chu_nantes "CHU de Nantes" {{ kind health_establishment sector public region "Pays de la Loire" rights 30 }}
  convention {{ signed_by chu_rennes, chu_nantes }}
{consultation}{decisions}}}
"""
REFUSAL_0420 = '  ars_decision dec0 on 2017-04-20 published 2017-04-25 {\n    refuses convention\n  }\n'
APPROVAL_0420 = '  ars_decision dec0 on 2017-04-20 published 2017-04-25 {\n    approves convention\n  }\n'
REFUSAL_0510 = '  ars_decision dec0 on 2017-05-10 published 2017-05-15 {\n    refuses convention\n  }\n'


def _approval(day: str, pub: str) -> str:
    return f'  ars_decision dec1 on {day} published {pub} {{\n    approves convention\n  }}\n'


CONSULTED_0505 = '  consultation "Pays de la Loire" sent 2017-05-05\n'

REQUIRED = 'consultation_required(ars_director_general,"Pays de la Loire")'
MISSING = 'consultation_missing("Pays de la Loire")'
BEFORE = 'decided_before_consultation("Pays de la Loire")'


def _held(as_of: str = "2017-06-01", decisions: str = REFUSAL_0420, consultation: str = "") -> set[str]:
    text = P7.format(as_of=as_of, decisions=decisions, consultation=consultation)
    result = gcs.reason(gcs.loads(text, path="<review38_consultation_before17>"))
    return {str(c).replace(", ", ",") for c in result.conclusions}


def _provisions(as_of: str, decisions: str, conclusion: str, consultation: str = "") -> list[str]:
    text = P7.format(as_of=as_of, decisions=decisions, consultation=consultation)
    result = gcs.reason(gcs.loads(text, path="<review38_consultation_before17>"))
    return next(c.provisions for c in result.conclusions if str(c).replace(", ", ",") == conclusion)


# --- the reviewer's scenarios --------------------------------------------------------------------------

def test_refusal_under_2010_text_no_consultation_missing():
    held = _held()
    # the approval is still to come, judged under the 2017 text of the as-of date: the consultation is owed to it
    assert REQUIRED in held
    assert "R6133-1-1@2017-04-28.1" in _provisions("2017-06-01", REFUSAL_0420, REQUIRED)
    assert 'approval_required(ars_director_general,convention)' in held
    # the refusal of 20 April 2017 was made under R6133-1-1 of 2010, which has no consultation
    assert MISSING not in held
    assert BEFORE not in held


def test_consultation_sent_after_the_2010_refusal_is_not_late():
    held = _held(consultation=CONSULTED_0505)
    assert REQUIRED in held
    assert BEFORE not in held
    assert MISSING not in held


def test_controls_as_of_before_2017_decree_and_approval_instead():
    # as of 2017-04-27: R6133-1-1 of 2010 governs, no consultation at all
    held = _held(as_of="2017-04-27")
    assert 'approval_required(ars_director_general,convention)' in held
    assert "R6133-1-1@2010-07-26.1" in _provisions("2017-04-27", REFUSAL_0420,
                                                   'approval_required(ars_director_general,convention)')
    assert REQUIRED not in held and MISSING not in held
    # approved on 2017-04-20 (under the 2010 text): the procedure is judged on that day, no consultation owed
    held = _held(decisions=APPROVAL_0420)
    assert 'approval_required(ars_director_general,convention)' in held
    assert REQUIRED not in held and MISSING not in held and BEFORE not in held


# --- positive anchors: decisions made under the 2017 text still count ---------------------------------

def test_refusal_under_2017_text_without_consultation_is_missing():
    held = _held(decisions=REFUSAL_0510)
    assert REQUIRED in held
    assert MISSING in held
    assert "R6133-1-1@2017-04-28.1" in _provisions("2017-06-01", REFUSAL_0510, MISSING)


def test_refusal_under_2017_text_then_consultation_is_decided_before():
    # refused on 10 May 2017 (under the 2017 text), the other region consulted on 5 May: in order
    held = _held(decisions=REFUSAL_0510, consultation=CONSULTED_0505)
    assert BEFORE not in held and MISSING not in held
    # consulted on 20 May, after the 2017 refusal, no approval since: decided before the consultation
    late = CONSULTED_0505.replace("2017-05-05", "2017-05-20")
    held = _held(decisions=REFUSAL_0510, consultation=late)
    assert BEFORE in held


def test_2010_refusal_then_2017_approval_without_consultation_is_missing():
    held = _held(decisions=REFUSAL_0420 + _approval("2017-05-20", "2017-05-25"))
    assert REQUIRED in held
    assert MISSING in held


@pytest.mark.parametrize("approval, expected", [
    ("2017-05-20", False),   # consulted on 5 May, approved on 20 May: in order
    ("2017-05-02", True),    # approved on 2 May, consulted only on 5 May: decided before the consultation
])
def test_2010_refusal_then_2017_approval_and_consultation(approval, expected):
    held = _held(decisions=REFUSAL_0420 + _approval(approval, "2017-05-26"), consultation=CONSULTED_0505)
    assert REQUIRED in held
    assert MISSING not in held
    assert (BEFORE in held) is expected
