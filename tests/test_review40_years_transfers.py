"""Review 40 (round 16), fixer M: the years of a groupement's life, a transfer of competences dated when the texts
disagree on its legal personality, and the words a transfer of biology laboratories is said in.

The texts. R6133-20 of 2010 al. 2 (R6133-25 of 2017): the general assembly meets « au moins une fois par an »;
R6133-9 of 2010 (and 2017): the administrator « transmet chaque année » the report on the groupement's activity;
R6133-5 I al. 3 (2010, 2012, 2017): the compte financier of each year. The groupement « jouit de la personnalité
morale à compter de la date de publication » of its approval (R6133-1-1 of 2010 al. 2); from 2017-04-28 the decree
dates it « à compter de la décision d'approbation ou, à défaut, à compter du lendemain de la décision implicite
d'approbation » (R6133-1-1 of 2017 al. 4), the law « à dater de cette publication » (L6133-3 I, 2017): the tool states
the conflict and prefers neither. R6133-22 of 2009 (R6133-25 of 2010, R6133-30 of 2017): the agency « fixe les
compétences transférées à un groupement de coopération sanitaire créé », among « 5° Laboratoires d'analyses de
biologie médicale » (2009), « 5° Laboratoires de biologie médicale » (2010 and 2017).

The findings and the readings.
2. A groupement whose life starts on 1 January lives every day of that year: its yearly assembly, report and compte
   financier are owed for it (life_year/1 counts the year of its birth when it begins on 1 January: the publication
   of its approval that day, or under the texts of 2017 an approving decision that day or a tacit approval on 31
   December). Born any other day, the year of its birth is still judged only when the file names it.
4. A transfer of competences dated when one text has the groupement exist and the other not (between the approving
   decision, or the day after a tacit approval, and the publication; or after the decision while the publication is
   not made) is neither judged nor read as before its life: left open with a warning (validate.py
   legal_personality_disputed for a dated window, as the other statements of that window; the rules'
   transfer_disputed otherwise). The same for a year whole under the decree only (life_year_disputed: the yearly
   duties of that year left open, missing_fact(yearly_obligations_disputed, groupement, Y)): the years are counted
   from the latest date from which the groupement exists, one of them the publication (life_agreed_start).
5a. A transfer of biology laboratories dated under R6133-22 of 2009 is said in that version's words (« Laboratoires
   d'analyses de biologie médicale »), one dated from 2010-07-26 in R6133-25's (« Laboratoires de biologie médicale »):
   two rules, each with its own sentence.
"""

import gcs_reasoner as gcs

YEARS = """groupement g "GCS Y" {
  as of AS_OF
  APPROVAL
  seat "Brest" region "Bretagne"
  capital none
  member a "CH A" { kind health_establishment sector public region "Bretagne" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Bretagne" rights 50 }
EXTRA}
"""

T5 = """groupement g "GCS T" {
  as of 2017-09-01
  seat "Arras" region "Hauts-de-France"
  member a "CH A" { kind health_establishment sector public region "Hauts-de-France" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Hauts-de-France" rights 40 }
  convention { signed_by a, b }
  ars_decision d0 on 2017-06-01PUBLISHED { approves convention }
  ars_decision d1 on TRANSFER { transfers care_activities }
}
"""

T1 = """groupement g "GCS T" {
  as of 2011-01-01
  approved 2009-01-10
  seat "Arras" region "Nord-Pas-de-Calais"
  member a "CH A" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 40 }
  ars_decision d5 on DAY { transfers biology_laboratory }
  ars_decision d6 on 2010-07-26 { transfers management }
}
"""


def years(approval, as_of="2014-01-02", extra=""):
    text = YEARS.replace("AS_OF", as_of).replace("APPROVAL", approval).replace("EXTRA", extra)
    return gcs.reason(gcs.loads(text, path="<review40>"), explain=True)


def t5(transfer="2017-06-10", published=" published 2017-06-20"):
    text = T5.replace("TRANSFER", transfer).replace("PUBLISHED", published)
    return gcs.reason(gcs.loads(text, path="<review40>"), explain=True)


def t1(day):
    return gcs.reason(gcs.loads(T1.replace("DAY", day), path="<review40>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def warnings(res):
    return {w.atom for w in res.warnings}


def codes(res):
    return [w.code for w in res.warnings]


YEAR_2012 = {"annual_assembly_missing(2012)", "report_due(2012, 2013-12-31)", "report_late(2012)",
             "accounts_approval_due(2012, 2014-03-30)"}
YEAR_2013 = {"annual_assembly_missing(2013)", "report_due(2013, 2014-12-31)", "accounts_approval_due(2013, 2015-03-30)"}


# --- 2. the year the groupement is born in ---------------------------------------------------------------------

def test_born_on_1_january_owes_the_yearly_duties_of_that_year():
    res = years("approved 2012-01-01")
    found = conclusions(res)
    assert "legal_personality_from(2012-01-01)" in found  # anchor
    assert YEAR_2012 <= found
    assert YEAR_2013 <= found


def test_born_on_31_december_owes_those_of_the_next_year():
    res = years("approved 2011-12-31")
    assert YEAR_2012 <= conclusions(res)


def test_born_on_2_january_owes_nothing_for_that_year():
    res = years("approved 2012-01-02")
    found = conclusions(res)
    assert YEAR_2013 <= found  # anchor: the next year is judged
    assert not any("(2012" in s for s in found if s.split("(")[0] in {
        "annual_assembly_missing", "report_due", "report_late", "accounts_approval_due"})


def test_a_decision_of_1_january_published_that_day_under_the_texts_of_2017():
    res = years("convention { signed_by a, b }\n  ars_decision d0 on 2018-01-01 published 2018-01-01 "
                "{ approves convention }", as_of="2019-01-02")
    found = conclusions(res)
    assert "legal_personality_from(2018-01-01)" in found  # anchor
    assert "annual_assembly_missing(2018)" in found
    # R6133-9 of 2017: « au plus tard au 30 juin de l'année suivant l'exercice auquel ils se rapportent »
    assert "report_due(2018, 2019-06-30)" in found
    assert not any(w.startswith("missing_fact(yearly_obligations_disputed") for w in warnings(res))


# --- 4. a year whole under the decree of 2017 only ---------------------------------------------------------------

def test_a_year_whole_under_the_decree_only_is_left_open():
    # y4: decided 2017-12-20, published 2018-01-05: 2018 is whole from the decision, not from the publication
    res = years("convention { signed_by a, b }\n  ars_decision d0 on 2017-12-20 published 2018-01-05 "
                "{ approves convention }", as_of="2020-01-02")
    found = conclusions(res)
    assert 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)' in found  # anchor
    assert "missing_fact(yearly_obligations_disputed, groupement, 2018)" in warnings(res)
    assert "annual_assembly_missing(2018)" not in found
    assert not any(s.startswith("report_due(2018") or s.startswith("accounts_approval_due(2018") for s in found)
    # 2019 is whole under both texts
    assert "annual_assembly_missing(2019)" in found
    assert "missing_fact(yearly_obligations_disputed, groupement, 2019)" not in warnings(res)
    [w] = [w for w in res.warnings if w.atom == "missing_fact(yearly_obligations_disputed, groupement, 2018)"]
    assert "l'année 2018 n'est une année entière de la vie du groupement que selon le décret" in w.message_fr


def test_a_decision_of_1_january_published_later_leaves_that_year_open():
    res = years("convention { signed_by a, b }\n  ars_decision d0 on 2018-01-01 published 2018-01-05 "
                "{ approves convention }", as_of="2019-01-02")
    assert "legal_personality_from(2018-01-01)" in conclusions(res)  # anchor
    assert "missing_fact(yearly_obligations_disputed, groupement, 2018)" in warnings(res)
    assert "annual_assembly_missing(2018)" not in conclusions(res)


def test_no_disputed_year_before_2017():
    res = years("approved 2012-01-01")
    assert "annual_assembly_missing(2012)" in conclusions(res)  # anchor
    assert not any("yearly_obligations_disputed" in w for w in warnings(res))


# --- 4. a transfer dated when the texts disagree -----------------------------------------------------------------

def test_a_transfer_between_the_decision_and_its_publication_is_left_open():
    res = t5()
    found = conclusions(res)
    assert 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)' in found  # anchor
    assert "competence_transferred(care_activities)" not in found
    assert "legal_personality_disputed" in codes(res)
    [w] = [w for w in res.warnings if w.code == "legal_personality_disputed"]
    assert "le transfert des compétences 'care_activities' par la décision 'd1'" in w.message_fr
    assert "aucun n'est retenu" in w.message_fr
    assert not any(a.startswith("not_judged(competence_transfer_before_life") for a in warnings(res))


def test_a_transfer_after_the_publication_is_judged():
    res = t5(transfer="2017-06-25")
    assert "competence_transferred(care_activities)" in conclusions(res)
    assert "legal_personality_disputed" not in codes(res)


def test_a_transfer_before_the_decision_is_before_the_groupement_existed():
    res = t5(transfer="2017-05-25")
    assert "not_judged(competence_transfer_before_life, d1, 2017-05-25)" in warnings(res)
    assert "competence_transferred(care_activities)" not in conclusions(res)
    assert "legal_personality_disputed" not in codes(res)


def test_a_transfer_after_the_decision_whose_publication_is_not_made_is_left_open():
    res = t5(published="")
    found = conclusions(res)
    assert "legal_personality_from(2017-06-01)" in found  # anchor: the decree's date
    assert "competence_transferred(care_activities)" not in found
    assert "missing_fact(competence_transfer, d1, transfer_personality_disputed)" in warnings(res)
    [w] = [w for w in res.warnings if w.atom == "missing_fact(competence_transfer, d1, transfer_personality_disputed)"]
    assert "aucun des deux n'est retenu" in w.message_fr


# --- 5a. the words of category 5° --------------------------------------------------------------------------------

def _biology(res):
    [c] = [c for c in res.conclusions if str(c) == "competence_transferred(biology_laboratory)"]
    return c


def test_a_biology_transfer_under_the_text_of_2009_is_said_in_its_words():
    c = _biology(t1("2010-07-25"))
    assert "R6133-22@2009-06-27.1.5" in c.provisions
    assert "« 5° Laboratoires d'analyses de biologie médicale »" in c.sentence("fr")
    assert "Laboratoires de biologie médicale" not in c.sentence("fr")


def test_a_biology_transfer_under_the_text_of_2010_is_said_in_its_words():
    c = _biology(t1("2010-07-26"))
    assert "R6133-25@2010-07-26.1.5" in c.provisions
    assert "« 5° Laboratoires de biologie médicale »" in c.sentence("fr")
    assert "d'analyses" not in c.sentence("fr")
