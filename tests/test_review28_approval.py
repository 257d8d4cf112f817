"""The date of legal personality under the 2017 texts (review 28, approval F1 and F2); each test failed before
its change.

F1. R6133-17@2017-04-28.II (same as R6133-12@2010-07-26.II): for a groupement created to hold a care-activity
authorisation, the director general decides « aux termes d'un même acte : 1° L'approbation de la convention
constitutive du groupement ; … Cette décision porte ses effets de droit, au jour de sa publication au recueil
des actes administratifs de la région. » The single act, its approval included, has legal effect only from its
publication: the special text dates the legal personality as L6133-3@2017-01-14.I.2 does (« Ce groupement
acquiert la personnalité morale à dater de cette publication »), so the general rule of R6133-1-1@2017-04-28.4
(« à compter de la décision d'approbation ») gives no earlier date and no conflict is open. An ordinary approval
keeps both dates and the conflict.

F2. R6133-1-1@2017-04-28.4 dates legal personality « à compter de la décision d'approbation »; a decision made
before 2017-04-28 was made under R6133-1-1@2010-07-26.2 (« à compter de la date de publication de l'acte
d'approbation »): the decree of 2017 gives it no date, and the file, which states the decision, is not said to
lack it.
"""

import gcs_reasoner as gcs

# facts/es17_single_act_2018.gcs, shortened: the single act dec1 of 2018-01-15, published 2018-01-25.
SINGLE = """groupement ssr_brest "GCS Soins de suite de l'Ouest" {{
  as of 2018-06-01
  declared_nature private
  seat "Brest" region "Bretagne"
  member clin_a "Clinique Pasteur" {{ kind health_establishment sector private region "Bretagne" rights 50 }}
  member clin_b "Clinique Keraudren" {{ kind health_establishment sector private region "Bretagne" rights 50 }}
  convention {{ {vocation} signed_by clin_a, clin_b }}
  authorisation ssr care_activity "Soins de suite et de réadaptation" held_by groupement
  ars_decision dec1 on 2018-01-15 published 2018-01-25 {{
    approves convention
    grants ssr
  }}
}}
"""

# An approval decision of 2017-04-20 (R6133-1-1 of 2010 in force), published on 2017-05-02 (the 2017 text).
EARLY = """groupement g "GCS T" {{
  as of 2017-09-01
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member a "CH A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  convention {{ signed_by a, b }}
  {approval}
}}
"""

CONFLICT = 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)'
NO_DECISION = "missing_fact(legal_personality_decision_date, groupement, approval_decision)"


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review28>"))


def _warned(result) -> set[str]:
    return {w.atom for w in result.warnings if w.atom}


def test_the_single_act_dates_legal_personality_from_its_publication():
    result = _reason(SINGLE.format(vocation="vocation hold_authorisation"))
    assert result.holds("single_act_effective(dec1, 2018-01-25)")
    assert result.holds("legal_personality_from(2018-01-25)")
    assert "R6133-17@2017-04-28.II.2" in result.find("legal_personality_from(2018-01-25)").provisions
    assert not result.holds("legal_personality_from(2018-01-15)")
    assert not result.holds(CONFLICT)
    assert NO_DECISION not in _warned(result)


def test_an_ordinary_approval_keeps_both_dates_and_the_conflict():
    # Review 37 (F1): an approval that also grants the authorisation is the single act of II even without the
    # vocation mention (I needs a convention « antérieurement, approuvé et publié »): the ordinary approval grants
    # nothing (the grant in the same act, without the vocation: tests/test_review37_erection.py).
    result = _reason(SINGLE.format(vocation="").replace("    grants ssr\n", ""))
    assert result.holds("legal_personality_from(2018-01-15)")
    assert result.holds("legal_personality_from(2018-01-25)")
    assert "R6133-17@2017-04-28.II.2" not in result.find("legal_personality_from(2018-01-25)").provisions
    assert result.holds(CONFLICT)


def test_a_decision_made_under_the_2010_text_is_not_said_missing():
    result = _reason(EARLY.format(approval="ars_decision dec1 on 2017-04-20 published 2017-05-02 { approves convention }"))
    assert result.holds("legal_personality_from(2017-05-02)")
    assert not result.holds("legal_personality_from(2017-04-20)")
    assert not result.holds(CONFLICT)
    assert NO_DECISION not in _warned(result)


def test_a_publication_with_no_decision_stated_still_warns():
    result = _reason(EARLY.format(approval="approved 2017-05-02"))
    assert result.holds("legal_personality_from(2017-05-02)")
    assert NO_DECISION in _warned(result)
