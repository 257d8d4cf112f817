"""The warnings of dates before the legal personality cite the article in force on the date that
matters, not every article that ever said it (R6133-11 of 2006 « Le groupement de coopération
sanitaire jouit de la personnalité morale à compter de la date de publication de l'acte
d'approbation » became R6133-1-1 on 2010-07-26, R6133-5 of 2006 « Après sa constitution » became
R6133-7 of 2010): an approval of 2011 cited R6133-11, a notice of 2008 cited R6133-7 of 2010, and a
groupement constituted in 2005 (before décret 2005-1681) was judged under texts not yet in force."""

import gcs_reasoner as gcs

GCS = '''groupement g "G" {{
  as of 2012-06-30
  approved {approved}
  seat "Lille" region "Nord-Pas-de-Calais"
  member a "CH A" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 20 joined {joined} }}
  assembly ag0 on {assembly} {{
    present a, b
  }}
  withdrawal b notified {notice}
}}
'''


def _warnings(approved, joined, assembly, notice):
    result = gcs.reason(gcs.loads(GCS.format(approved=approved, joined=joined, assembly=assembly, notice=notice)))
    return {w.code: (w.message, w.message_fr) for w in result.warnings if w.code.endswith("legal_personality")}


def test_2008_cites_the_2006_articles_only():
    w = _warnings("2008-03-01", "2008-01-10", "2008-02-01", "2008-02-15")
    assert set(w) == {"before_legal_personality", "joined_before_legal_personality",
                      "withdrawal_before_legal_personality"}
    for en, fr in w.values():
        assert "R6133-7" not in en + fr and "R6133-1-1" not in en + fr
    assert "R6133-11" in w["before_legal_personality"][1]
    assert "(R6133-5 de 2006)" in w["joined_before_legal_personality"][1]
    assert "R6133-11" in w["withdrawal_before_legal_personality"][0]
    assert "(R6133-5 of 2006)" in w["withdrawal_before_legal_personality"][0]


def test_2011_cites_the_2010_articles_only():
    w = _warnings("2011-03-01", "2011-01-10", "2011-02-01", "2011-02-15")
    for en, fr in w.values():
        assert "R6133-11" not in en + fr and "R6133-5" not in en + fr
    assert "R6133-1-1" in w["before_legal_personality"][0]
    assert "(R6133-7 of 2010)" in w["joined_before_legal_personality"][0]
    assert "R6133-1-1" in w["withdrawal_before_legal_personality"][1]
    assert "(R6133-7 de 2010)" in w["withdrawal_before_legal_personality"][1]


def test_2005_cites_no_article_and_says_no_encoded_text_governs():
    w = _warnings("2005-06-01", "2005-01-10", "2005-02-01", "2005-02-15")
    assert set(w) == {"before_legal_personality", "joined_before_legal_personality",
                      "withdrawal_before_legal_personality"}
    for en, fr in w.values():
        assert "R6133" not in en + fr
        assert "no encoded text governs" in en and "aucun texte encodé" in fr
