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
F3. R6133-22 of 2009 « fixe les compétences transférées à un groupement de coopération sanitaire créé » (reading
    chosen): a transfer decided before the groupement exists is not judged, and a warning names the decision.
F4. R6133-6 of 2010 al. 3-4 and R6133-9 of 2006 al. 3-4 « recrutées par le groupement de coopération sanitaire
    constitué en personne morale de droit public »: a nature not established draws nothing, with a warning.
F5. The sentences of competence_transferred/1 and transfer_invalid/1 name the category by its item of the list, in
    the French words of R6133-22 of 2009 (R6133-25 of 2010, R6133-30 of 2017), not by the file's code.
"""

from __future__ import annotations

import re

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


# --- F3: a transfer decided before the groupement existed (reading chosen) --------------------------------------
# R6133-22 of 2009 (R6133-25 of 2010, R6133-30 of 2017): « fixe les compétences transférées à un groupement de
# coopération sanitaire créé dans les conditions prévues à l'article L. 6122-15 »: a decision dated before every date
# from which the file shows the groupement exists is not judged, and a warning names it.

TRANSFER = """groupement g11 "GCS Territoire" {{
  as of {as_of}
{approved}  member a "CH A" {{ kind health_establishment sector public rights 50 }}
  member b "CH B" {{ kind health_establishment sector public rights 50 }}
  ars_decision dec1 on {on}{by} {{ {acts} }}
}}
"""


def transfer(on, approved="2011-01-10", as_of="2011-06-01", by=" by arh_director", acts="transfers care_activities"):
    return run(TRANSFER.format(as_of=as_of, approved=f"  approved {approved}\n" if approved else "", on=on, by=by,
                               acts=acts))


def not_in_force(result) -> list:
    return [w for w in result.warnings if w.code == "text_not_in_force"]


def test_f3_a_transfer_of_2009_to_a_groupement_approved_in_2011_is_not_judged_and_said():
    result = transfer("2009-09-01")
    found = conclusions(result)
    assert "approval_required(ars_director_general, convention)" in found  # anchor
    assert not any(c.startswith(("competence_transferred", "transfer_invalid", "ars_decision_irregular"))
                   for c in found)
    [w] = not_in_force(result)
    assert w.message_fr == ("le transfert de compétences par l'agence régionale (décision dec1) à un groupement qui "
                            "n'avait pas encore la personnalité morale (le texte prévoit des compétences transférées à "
                            "un groupement créé), du 1er septembre 2009 n'est pas jugé(e) : aucun texte encodé ne le "
                            "régit à cette date ; son effet est inconnu")
    assert "(decision dec1)" in w.message and "on 1 September 2009 is not judged" in w.message


def test_f3_a_transfer_after_the_publication_of_the_approval_is_judged():
    result = transfer("2011-02-01", by=" by ars_director_general")
    found = conclusions(result)
    assert found["competence_transferred(care_activities)"] == ["R6133-25@2010-07-26.1.1"]
    assert not not_in_force(result)


def test_f3_a_transfer_on_the_day_of_the_publication_is_judged():
    found = conclusions(transfer("2011-01-10", by=" by ars_director_general"))
    assert found["competence_transferred(care_activities)"] == ["R6133-25@2010-07-26.1.1"]


def test_f3_the_day_before_the_publication_is_not():
    result = transfer("2011-01-09", by=" by ars_director_general")
    assert "nature(public)" in conclusions(result)
    assert not any(c.startswith("competence_transferred") for c in conclusions(result))
    assert len(not_in_force(result)) == 1


def test_f3_nothing_is_drawn_from_it_neither_an_invalid_category_nor_the_authority():
    # signed by the ARH director after 2010-04-01, transferring "other": both would be drawn after the approval
    after = conclusions(transfer("2011-02-01", acts="transfers other"))
    assert "transfer_invalid(other)" in after and "ars_decision_irregular(dec1, authority)" in after
    result = transfer("2010-09-01", acts="transfers other")
    found = conclusions(result)
    assert "member(a)" in found
    assert not any(c.startswith(("transfer_invalid", "ars_decision_irregular")) for c in found)
    assert len(not_in_force(result)) == 1


def test_f3_before_the_decree_of_2009_one_warning_only():
    result = transfer("2009-05-01", approved="2009-08-01", as_of="2009-10-01")
    assert "member(a)" in conclusions(result)
    [w] = not_in_force(result)
    assert w.message.startswith("the transfer of competences to the groupement by the regional agency (decision dec1)")


def test_f3_from_2017_the_groupement_exists_from_the_approving_decision():
    """R6133-1-1 of 2017 al. 4: legal personality from the decision approving the convention (the reasoner's life_start);
    a transfer on or after it is judged, one before it is not."""
    # published the same day: both texts date legal personality from 2018-03-01 (review 40: the publication not made,
    # the law gives none yet and a transfer after the decision is left open, tests/test_review40_years_transfers.py)
    head = ("  ars_decision dec0 on 2018-03-01 by ars_director_general published 2018-03-01 { approves convention }\n"
            "  ars_decision dec1 on %s by ars_director_general { transfers care_activities }\n")
    base = TRANSFER.format(as_of="2018-06-30", approved="", on="2018-03-01", by="", acts="approves convention")
    base = base.replace("  ars_decision dec1 on 2018-03-01 { approves convention }\n", "%s")
    judged = run(base % (head % "2018-03-01"))
    assert conclusions(judged)["competence_transferred(care_activities)"] == ["R6133-30@2017-04-28.1.1"]
    before = run(base % (head % "2018-02-28"))
    assert "member(a)" in conclusions(before)
    assert not any(c.startswith("competence_transferred") for c in conclusions(before))
    assert [w.message_fr.startswith("le transfert de compétences par l'agence régionale (décision dec1) à un "
                                    "groupement qui n'avait pas encore") for w in not_in_force(before)] == [True]


def test_f3_a_file_with_no_date_of_existence_keeps_the_transfer_judged():
    result = transfer("2009-09-01", approved=None)
    assert conclusions(result)["competence_transferred(care_activities)"] == ["R6133-22@2009-06-27.1.1"]
    assert not not_in_force(result)


# --- F4: staff recruited by a groupement whose nature is not established ----------------------------------------
# R6133-6 of 2010 al. 3-4 (R6133-9 of 2006 al. 3-4, same words): décret 91-155 and R6152-401 s. apply to the persons
# « recrutées par le groupement de coopération sanitaire constitué en personne morale de droit public »: nothing is
# drawn when the nature is not established, and a warning says why.

STAFF = """groupement g8 "GCS Personnel" {{
  as of {as_of}
  approved {approved}
  member a "CH A" {{ kind health_establishment {a} rights 50 }}
  member b "Clinique B" {{ kind health_establishment sector {b} rights 50 }}
  staff s2 recruited medical
  staff s3 recruited non_medical
}}
"""


def staff(a="sector public", b="private", as_of="2012-06-30", approved="2011-01-10"):
    return run(STAFF.format(as_of=as_of, approved=approved, a=a, b=b))


def nature_warnings(result, lang="fr") -> list:
    return sorted((w.message_fr if lang == "fr" else w.message) for w in result.warnings
                  if w.code == "missing_fact" and "nature juridique du groupement, dont" in w.message_fr)


def test_f4_a_mixed_groupement_of_2012_its_nature_undetermined_says_why_no_staff_regime():
    result = staff()
    found = conclusions(result)
    assert "nature(undetermined)" in found  # anchor
    assert not any(c.startswith(("staff_regime", "recruitment_power")) for c in found)
    assert nature_warnings(result) == [
        f"la nature juridique du groupement, dont dépend le régime du membre du personnel {s}, qu'il a recruté (celui "
        f"d'un groupement constitué en personne morale de droit public), n'est pas établie : aucune conclusion sur le "
        f"régime du personnel" for s in ("s2", "s3")]
    assert nature_warnings(result, "en")[0] == (
        "the legal nature of the groupement, on which the rules governing staff member s2, whom it recruited, depend "
        "(those of a groupement constituted as a legal person governed by public law), is not established: no "
        "conclusion on the staff regime")


def test_f4_a_public_groupement_draws_the_regimes_and_no_warning():
    result = staff(b="public")
    found = conclusions(result)
    assert found["staff_regime(s2, r6152)"] == ["R6133-6@2010-07-26.4"]
    assert found["staff_regime(s3, decree_91_155)"] == ["R6133-6@2010-07-26.3"]
    assert not nature_warnings(result)


def test_f4_a_private_groupement_is_not_governed_by_these_words_and_no_warning():
    result = staff(a="sector private")
    found = conclusions(result)
    assert "nature(private)" in found
    assert not any(c.startswith("staff_regime") for c in found)
    assert not nature_warnings(result)


def test_f4_a_sector_unknown_leaves_the_nature_unknown_and_says_it_for_the_staff_too():
    result = staff(a="")
    found = conclusions(result)
    assert "member(a)" in found
    assert not any(c.startswith(("nature(", "staff_regime")) for c in found)
    assert len(nature_warnings(result)) == 2


def test_f4_the_same_under_r6133_9_of_2006():
    result = staff(as_of="2008-06-30", approved="2007-01-10")
    found = conclusions(result)
    assert "nature(undetermined)" in found
    assert not any(c.startswith("staff_rules") for c in found)
    said = nature_warnings(result)
    assert len(said) == 2 and said[0].endswith("aucune conclusion sur les règles applicables au personnel")
    public = conclusions(staff(b="public", as_of="2008-06-30", approved="2007-01-10"))
    assert public["staff_rules(s2, r6152)"] == ["R6133-9@2006-01-01.4"]
    assert public["staff_rules(s3, decree_91_155)"] == ["R6133-9@2006-01-01.3"]


# --- F5: the sentences of the transfers name the category in the text's words ------------------------------------
# R6133-22 of 2009 (R6133-25 of 2010, R6133-30 of 2017): « 1° Activités de soins autorisées dans les conditions prévues
# à l'article L. 6122-1 ; [...] 10° Opérations immobilières et programmes d'investissement. » (5°: « Laboratoires
# d'analyses de biologie médicale » in 2009, « Laboratoires de biologie médicale » from 2010).

SNAKE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
ITEMS = {
    "care_activities": "« 1° Activités de soins autorisées dans les conditions prévues à l'article L. 6122-1 »",
    "heavy_equipment": "« 2° Equipements matériels lourds autorisés dans les conditions prévues à l'article L. 6122-1 »",
    "imaging_equipment": "« 3° Equipements d'imagerie médicale autres que ceux mentionnés au 2° »",
    "internal_pharmacy": "« 4° Pharmacies à usage intérieur autorisées dans les conditions prévues à l'article L. 5126-7 »",
    # a decision of 2011: the words of R6133-25 of 2010 (those of 2009 for a decision dated until 2010-07-25, review
    # 40: tests/test_review40_years_transfers.py)
    "biology_laboratory": "« 5° Laboratoires de biologie médicale »",
    "general_interest_missions": "« 6° Missions d'intérêt général mentionnées à l'article L. 162-22-13 du code de la "
                                 "sécurité sociale »",
    "teaching_research": "« 7° Activités d'enseignement et de recherche autres que celles mentionnées au 6° »",
    "information_systems": "« 8° Systèmes d'information et de télécommunication »",
    "management": "« 9° Activités de gestion administrative, technique, financière, comptable ou logistique »",
    "real_estate": "« 10° Opérations immobilières et programmes d'investissement »",
}


def test_f5_each_category_transferred_is_said_in_the_words_of_its_item():
    acts = "transfers " + ", ".join(ITEMS)
    result = transfer("2011-02-01", by=" by ars_director_general", acts=acts)
    assert sorted(str(c) for c in result.conclusions if c.predicate == "competence_transferred") == sorted(
        f"competence_transferred({k})" for k in ITEMS)
    for c in result.conclusions:
        if c.predicate != "competence_transferred":
            continue
        category = str(c)[len("competence_transferred("):-1]
        fr, en = c.sentence("fr"), c.sentence("en")
        assert fr.startswith(f"Les compétences de la catégorie {ITEMS[category]} sont transférées au groupement"), fr
        assert not SNAKE.search(fr) and not SNAKE.search(en), (fr, en)
        number = ITEMS[category].split()[1]
        assert en.startswith(f"The competences of category {number} ("), en


def test_f5_a_category_outside_the_list_is_said_without_the_code():
    result = transfer("2011-02-01", by=" by ars_director_general", acts="transfers other")
    [c] = [c for c in result.conclusions if c.predicate == "transfer_invalid"]
    assert str(c) == "transfer_invalid(other)"
    assert c.sentence("fr").startswith("La décision transfère au groupement des compétences qu'elle ne range dans "
                                       "aucune des dix catégories que le texte énumère (1° à 10°)")
    assert "other" not in c.sentence("fr") and "other" not in c.sentence("en")
