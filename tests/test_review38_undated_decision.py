"""Review 38, fixer A, finding 2: the publication from 2017-04-28 dated, the approving decision not.

R6133-1-1 of 2017 al. 4: « Le groupement jouit de la personnalité morale à compter de la décision d'approbation »;
L6133-3 of 2017 I al. 2: « Ce groupement acquiert la personnalité morale à dater de cette publication ». A file that
states `approved DATE` and no dated decision approving the convention left out every statement before the publication
as "before legal personality", and drew from it (no administrator in office: a later assembly convened in its name
invalid). But the decision, which the file does not date, may have come before such a statement: the statement may be
before legal personality under both texts or between the decision and the publication, where they disagree. It is left
open as the disputed ones are, with a warning that says the decision is not dated. The decision cannot precede the
convention's receipt (al. 1 « dans un délai de deux mois à compter de sa réception »), and one made before 2017-04-28
leaves legal personality to the publication (R6133-1-1 of 2010 al. 2): a statement before either is before legal
personality under both texts, as before. Files before 2017-04-28 are unchanged.
"""

import gcs_reasoner as gcs

TEXT = """groupement g "GCS Test" {
  as of %(as_of)s
  approved %(published)s
%(submitted)s  seat "Bourges" region "Centre-Val de Loire"
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  convention {
    object "Achats"
    task_split
%(vocation)s  }
%(decision)s  administrator ch_a elected %(elected)s by ag1.d1 until %(until)s
  assembly ag1 on %(elected)s {
    convened_on %(convened)s by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  assembly ag2 on %(later)s {
    convened_on %(later_convened)s by administrator
    present ch_a, ch_b
    deliberation d1 on budget year %(year)s { for ch_a, ch_b }
  }
}
"""


def _reason(published="2018-04-01", elected="2018-03-01", convened="2018-02-15", later="2018-06-01",
            later_convened="2018-05-10", as_of="2018-09-01", submitted="", vocation="", decision=""):
    text = TEXT % dict(published=published, elected=elected, convened=convened, later=later,
                       later_convened=later_convened, as_of=as_of, year=later[:4],
                       until=f"{int(elected[:4]) + 3}-02-28",
                       submitted=f"  submitted {submitted}\n" if submitted else "",
                       vocation=f"    {vocation}\n" if vocation else "", decision=decision)
    return gcs.reason(gcs.loads(text, path="<review38-A2>"))


def _found(result):
    return {str(c) for c in result.conclusions}


def _codes(result):
    return sorted((w.code, w.line) for w in result.warnings
                  if w.code in ("before_legal_personality", "legal_personality_disputed"))


def _lines(result, code):
    return [w.line for w in result.warnings if w.code == code]


def test_a_statement_before_the_publication_is_left_open_when_the_decision_is_not_dated():
    result = _reason()
    found = _found(result)
    # anchors: the law's date, and ag2 (after the publication) judged
    assert "legal_personality_from(2018-04-01)" in found and "quorum_met(ag2)" in found
    # the election (line 11) and ag1 (line 12): open, not "before legal personality"
    assert _codes(result) == [("legal_personality_disputed", 11), ("legal_personality_disputed", 12)]
    w = next(w for w in result.warnings if w.code == "legal_personality_disputed" and w.line == 11)
    assert "le dossier ne date pas la décision d'approbation de la convention" in w.message_fr
    assert "(R6133-1-1 de 2017, al. 4), la loi de la publication (L6133-3, I)" in w.message_fr
    assert "the file does not date the decision approving the convention" in w.message
    assert "avant que le groupement ait la personnalité morale" not in w.message_fr
    # no administrator "not in office" drawn from the law's side alone: ag2's validity is left open
    assert not any(k.startswith("deliberation_invalid(ag2") for k in found), found
    assert "deliberation_valid(ag2, d1)" not in found
    open_ = [w for w in result.warnings
             if w.atom == "missing_fact(validity_of_deliberations, ag2, personality_disputed)"]
    assert open_ and "la décision n'étant pas datée" in open_[0].message_fr


def test_before_the_decree_of_2017_the_statement_is_before_legal_personality_under_both_texts():
    # published 2017-06-01; the election on 2017-03-01: a decision before 2017-04-28 dates personality from the
    # publication (R6133-1-1 of 2010 al. 2), one from 2017-04-28 comes after the election
    result = _reason(published="2017-06-01", elected="2017-03-01", convened="2017-02-15", as_of="2017-12-01",
                     later="2017-09-01", later_convened="2017-08-10")
    found = _found(result)
    assert _codes(result) == [("before_legal_personality", 11), ("before_legal_personality", 12)]
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found


def test_before_the_receipt_the_statement_is_before_any_decision():
    # received 2018-02-20: a decision is made after the receipt, so an election on 2018-02-01 came before it
    result = _reason(submitted="2018-02-20", elected="2018-02-01", convened="2018-01-15")
    found = _found(result)
    assert _codes(result) == [("before_legal_personality", 12), ("before_legal_personality", 13)]
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found
    w = next(w for w in result.warnings if w.line == 12)
    assert "convention reçue le 2018-02-20, ligne 4" in w.message_fr and "R6133-1-1 de 2017" in w.message_fr
    # after the receipt and before the publication: open
    result = _reason(submitted="2018-02-20", elected="2018-03-01")
    assert _codes(result) == [("legal_personality_disputed", 12), ("legal_personality_disputed", 13)]
    assert "quorum_met(ag2)" in _found(result)
    assert not any(k.startswith("deliberation_invalid(ag2") for k in _found(result))


def test_with_the_decision_dated_the_reading_of_review_37_stays():
    dec = ("  ars_decision dec1 on 2018-03-10 by ars_director_general notified 2018-03-10 published 2018-04-01 "
           "{ approves convention }\n")
    result = _reason(decision=dec)  # the election on 2018-03-01, before the decision: before both texts
    assert _codes(result) == [("before_legal_personality", 12), ("before_legal_personality", 13)]
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in _found(result)


def test_the_single_act_dates_personality_from_the_publication_under_both_texts():
    # a convention stating the vocation to hold an authorisation: its approval is the single act of R6133-17 II
    # (« Cette décision porte ses effets de droit, au jour de sa publication »)
    result = _reason(vocation="vocation hold_authorisation")
    assert _codes(result) == [("before_legal_personality", 12), ("before_legal_personality", 13)]
    assert "legal_personality_from(2018-04-01)" in _found(result)


def test_before_2017_04_28_nothing_changes():
    result = _reason(published="2016-04-01", elected="2016-03-01", convened="2016-02-15", as_of="2016-09-01",
                     later="2016-06-01", later_convened="2016-05-10")
    found = _found(result)
    assert _codes(result) == [("before_legal_personality", 11), ("before_legal_personality", 12)]
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found
    w = next(w for w in result.warnings if w.line == 11)
    assert "ligne 3, R6133-1-1)" in w.message_fr
