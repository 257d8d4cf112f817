"""Review 34 (teaching and research, transfers of competences, staff): each finding's scenarios, where the rule
applies and where it does not, the expected values read in the French texts of /work/shared/legal/versions/.

F1. R6133-17 of 2010 al. 2 (R6133-22 of 2017 al. 2, same words): « Les conventions d'associations conclues entre
    le groupement de coopération sanitaire, d'une part, et le centre hospitalier universitaire [...] sont approuvées
    par le directeur général de l'agence régionale de santé dans les mêmes conditions que la convention
    constitutive. » A decision approving the agreement signed by the ARH director, an authority that no longer
    existed from 2010-04-01, is irregular as one on the convention is.
"""

from __future__ import annotations

import gcs_reasoner as gcs


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def conclusions(result) -> dict:
    return {str(c): c.provisions for c in result.conclusions}


CHU = """groupement g "GCS CHU" {{
  as of {as_of}
  approved {approved}
  seat "Nancy" region "Lorraine"
  activity teaching
  member a "CHU A" {{ kind health_establishment sector public rights 60 region "Lorraine" }}
  member b "CH B" {{ kind health_establishment sector public rights 40 region "Lorraine" }}
  convention {{
    attached chu_agreement
  }}
  ars_decision dec1 on {on}{by} {{ approves chu_agreement }}
}}
"""


def chu(on, by="", as_of="2012-06-30", approved="2011-01-10"):
    return run(CHU.format(as_of=as_of, approved=approved, on=on, by=f" by {by}" if by else ""))


# --- F1: the authority that approves the agreement with the CHU ----------------------------------------------


def test_f1_an_approval_of_the_chu_agreement_by_the_arh_director_in_2011_is_irregular():
    found = conclusions(chu("2011-06-01", "arh_director"))
    assert found["ars_decision_irregular(dec1, authority)"] == ["R6133-17@2010-07-26.2"]
    assert found["approval_required(ars_director_general, chu_agreement)"] == ["R6133-17@2010-07-26.2"]


def test_f1_from_2017_04_28_the_same_words_are_r6133_22():
    found = conclusions(chu("2018-03-01", "arh_director", as_of="2018-06-30"))
    assert found["ars_decision_irregular(dec1, authority)"] == ["R6133-22@2017-04-28.2"]


def test_f1_the_director_general_of_the_ars_is_the_authority_the_text_names():
    found = conclusions(chu("2011-06-01", "ars_director_general"))
    assert "approval_required(ars_director_general, chu_agreement)" in found  # anchor: the rule read the decision
    assert not any(c.startswith("ars_decision_irregular") for c in found)


def test_f1_a_decision_with_no_author_stated_is_not_irregular():
    found = conclusions(chu("2011-06-01"))
    assert "approval_required(ars_director_general, chu_agreement)" in found
    assert not any(c.startswith("ars_decision_irregular") for c in found)


def test_f1_as_for_the_convention():
    """The control of the reviewer (t14): the same decision approving the convention is irregular."""
    text = CHU.format(as_of="2012-06-30", approved="2011-01-10", on="2011-06-01", by=" by arh_director")
    text = text.replace("approves chu_agreement", "approves convention").replace("approved 2011-01-10", "approved 2011-06-10")
    found = conclusions(run(text))
    assert "ars_decision_irregular(dec1, authority)" in found
