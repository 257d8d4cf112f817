"""A node that applies texts of two dates itself cites both (explain.py, `_texts_applied_cover`).

An administrator elected on 2008-06-02 under R6133-15 of 2006 (al. 2 « L'administrateur est nommé pour une durée
de trois ans renouvelable. ») is in office on 2010-09-01 under R6133-24 of 2010 (al. 3 « pour une durée
déterminée renouvelable »): the rule applies the text of the election for the term and that of the as-of date
for the office. The node it serves (legal_representative, judged on the as-of date) must not narrow it to the
as-of text alone: the three years it checks are those of R6133-15 of 2006 (review 35, reviewer 8).
"""

import gcs_reasoner as gcs

ELECTED_2008 = """groupement g "GCS Test" {
  as of AS_OF
  approved 2007-01-15
  seat "Tours" region "Centre"
  member a "CHRU A" { kind health_establishment sector public region "Centre" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Centre" rights 40 }
  convention {
    object "Stérilisation commune"
    task_split
    notice_days 10
    vote_weight rights
  }
  administrator a elected ELECTED by ag1.d1
  assembly ag1 on ELECTED {
    convened_on CONVENED by administrator
    present a, b
    deliberation d1 on administrator { for a, b }
  }
}
"""


def in_office_node(as_of: str, elected: str = "2008-06-02", convened: str = "2008-05-20", until: str = ""):
    text = ELECTED_2008.replace("AS_OF", as_of).replace("ELECTED", elected).replace("CONVENED", convened)
    text = text.replace(" by ag1.d1", f" by ag1.d1 until {until}" if until else " by ag1.d1")
    result = gcs.reason(gcs.loads(text, path="<test>"))
    assert "legal_representative(a)" in {str(c) for c in result.conclusions}
    tree = result.explain("legal_representative(a)")
    return next(b for b in tree.because if getattr(b, "conclusion", "") == "in_office(a)")


def test_elected_under_2006_in_office_under_2010_cites_both_texts():
    node = in_office_node("2010-09-01")
    assert list(node.provisions) == ["R6133-24@2010-07-26.3", "R6133-15@2006-01-01.2"]


def test_elected_and_in_office_under_2006_cites_the_2006_text_only():
    node = in_office_node("2009-09-01")  # R6133-24 of 2010 not yet in force: R6133-15 of 2006 alone
    assert list(node.provisions) == ["R6133-15@2006-01-01.2"]


def test_elected_under_2010_cites_the_2010_text_only():
    node = in_office_node("2011-09-01", elected="2010-10-04", convened="2010-09-20", until="2013-10-03")
    assert list(node.provisions) == ["R6133-24@2010-07-26.3"]
