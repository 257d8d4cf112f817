"""Review 34 (teaching and research, transfers of competences, staff): each finding's scenarios, where the rule
applies and where it does not, the expected values read in the French texts of /work/shared/legal/versions/.

F1. R6133-17 of 2010 al. 2 (R6133-22 of 2017 al. 2, same words): « Les conventions d'associations conclues entre
    le groupement de coopération sanitaire, d'une part, et le centre hospitalier universitaire [...] sont approuvées
    par le directeur général de l'agence régionale de santé dans les mêmes conditions que la convention
    constitutive. » A decision approving the agreement signed by the ARH director, an authority that no longer
    existed from 2010-04-01, is irregular as one on the convention is.
F2. Before 2010-07-26 no encoded text speaks of patents (« brevets » first in R6133-19 of 2010) or of the agreements
    with a CHU (R6133-17 of 2010 al. 2): the activity, the agreement and a decision approving it are not judged on a
    date before then, and warnings say so (text_not_in_force).
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


# --- F2: patents and the agreement with a CHU before 2010-07-26: no encoded text, said -------------------------
# « brevets » first appears in R6133-19 of 2010 (in force 2010-07-26), the agreements with a CHU in R6133-17 of
# 2010 al. 2; before then nothing in the folder governs them.

PATENTS = """groupement g4 "GCS Recherche" {{
  as of {as_of}
  approved 2007-01-10
  activity research
  activity teaching
  activity patents
  member a "CHU A" {{ kind health_establishment sector public rights 60 }}
  member b "CH B" {{ kind health_establishment sector public rights 40 }}
  convention {{
    attached chu_agreement
  }}
  ars_decision dec1 on {on} by {by} {{ approves chu_agreement }}
}}
"""


def test_f2_in_2008_patents_the_chu_agreement_and_its_approval_are_not_judged_and_said():
    result = run(PATENTS.format(as_of="2008-06-30", on="2008-03-01", by="arh_director"))
    found = conclusions(result)
    assert "approval_required(arh_director, convention)" in found  # anchor: the 2006 texts are read
    assert not any(c.startswith(("activity_not_allowed", "patent_results", "ars_decision_irregular")) for c in found)
    assert not any("chu_agreement" in c for c in found)
    fr = sorted(w.message_fr for w in result.warnings if w.code == "text_not_in_force")
    assert len(fr) == 3, fr
    assert fr[0].startswith("l'activité de dépôt et d'exploitation de brevets")
    assert "du 30 juin 2008 n'est pas jugé(e)" in fr[0]
    assert fr[1].startswith("l'approbation de la convention d'association avec le centre hospitalier universitaire "
                            "par la décision dec1 de l'agence")
    assert "du 1er mars 2008 n'est pas jugé(e)" in fr[1]
    assert fr[2].startswith("la soumission à l'approbation de l'agence de la convention d'association")


def test_f2_a_decision_of_2009_judged_in_2012_is_not_judged_the_agreement_is():
    """The agreement's approval is a state on the as-of date (R6133-17 of 2010 in force); the decision, dated
    before 2010-07-26, is judged under no text: its author is not held against it."""
    result = run(PATENTS.format(as_of="2012-06-30", on="2009-03-01", by="ars_director_general"))
    found = conclusions(result)
    assert found["approval_required(ars_director_general, chu_agreement)"] == ["R6133-17@2010-07-26.2"]
    assert "activity_allowed(research)" in found and "patent_results(shared_under_r6133_5)" in found
    assert not any(c.startswith("ars_decision_irregular") for c in found)
    said = [w.message for w in result.warnings if w.code == "text_not_in_force"]
    assert len(said) == 1 and said[0].startswith("the approval of the association agreement with the university "
                                                 "hospital (CHU) by decision dec1 of the agency"), said
    assert "on 1 March 2009 is not judged" in said[0]


def test_f2_from_2010_07_26_nothing_is_said_not_judged():
    result = run(PATENTS.format(as_of="2010-07-26", on="2010-07-26", by="ars_director_general"))
    found = conclusions(result)
    assert "patent_results(deficits_not_chargeable)" in found
    assert "approval_required(ars_director_general, chu_agreement)" in found
    assert not [w for w in result.warnings if w.code == "text_not_in_force"]


def test_f2_the_day_before():
    result = run(PATENTS.format(as_of="2010-07-25", on="2010-07-25", by="ars_director_general"))
    found = conclusions(result)
    assert "member(a)" in found
    assert not any(c.startswith(("patent_results", "activity_not_allowed(patents)")) or "chu_agreement" in c
                   for c in found)
    assert len([w for w in result.warnings if w.code == "text_not_in_force"]) == 3
