"""Approval: review 38, reviewer 5, finding 3 (the warning before legal personality for a decision made before
2017-04-28 and published after the as-of date).

An approving decision of 2017-04-20 is judged under R6133-1-1 of 2010 (README, approving_decision_before17):
al. 2 « Le groupement jouit de la personnalité morale à compter de la date de publication de l'acte
d'approbation » (as R6133-11 of 2006 al. 3), as L6133-3 I of 2017 does (« Ce groupement acquiert la personnalité
morale à dater de cette publication »). As of 2017-05-02, before its publication (2017-05-10), the groupement has
no legal personality: because the publication has not come, not because the decision of R6133-1-1 of 2017 (al. 4,
« à compter de la décision d'approbation ») has not come: that decision came on 20 April. Before the change, the
as-of date alone chose the decree's sentence (« qui ne sont pas intervenus à cette date »), false here.
"""

import gcs_reasoner as gcs

# /tmp/rv5/p3_decision_before17_asof_between.gcs, the as-of date and the decision's date as parameters
P3 = """groupement bio_ouest "GCS Biologie Ouest" {{
  as of {as_of}
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_vitre "CH de Vitré" {{ kind health_establishment sector public region "Bretagne" rights 30 }}
  ars_decision dec1 on {decided} published 2017-05-10 {{
    approves convention
  }}
}}
"""


def _reason(as_of: str, decided: str = "2017-04-20"):
    return gcs.reason(gcs.loads(P3.format(as_of=as_of, decided=decided), path="<review38_before_personality>"))


def _before_personality(result) -> list[tuple[str, str, str]]:
    return sorted((str(w.atom), w.text("fr"), w.text("en")) for w in result.warnings
                  if w.code == "before_legal_personality")


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def test_decision_before_2017_decree_as_of_between_says_publication():
    r = _reason("2017-05-02")
    [(atom, fr, en)] = _before_personality(r)
    assert atom == "not_judged(legal_person_states, publication, 2017-05-02)"
    assert "il n'en jouit qu'à compter de la publication de l'acte d'approbation" in fr
    assert "que le dossier date après cette date" in fr
    assert "ne sont pas intervenus à cette date" not in fr
    assert "neither of which has come" not in en
    # the convention under approval is still judged; no legal personality date drawn
    assert "approval_required(ars_director_general, convention)" in _held(r)
    assert not any(c.startswith("legal_personality_from(") for c in _held(r))


def test_control_as_of_before_2017_decree_same_sentence():
    # as of 2017-04-25, under R6133-1-1 of 2010: the publication's sentence, as before the change
    r = _reason("2017-04-25")
    assert [a for a, _, _ in _before_personality(r)] == ["not_judged(legal_person_states, publication, 2017-04-25)"]


def test_anchor_decision_after_as_of_keeps_the_decrees_sentence():
    # the decision dated 2017-05-05, after the as-of date 2017-05-02 (not made yet), under the 2017 decree: neither
    # the decision nor the publication has come: the decree's sentence stays
    r = _reason("2017-05-02", decided="2017-05-05")
    [(atom, fr, en)] = _before_personality(r)
    assert atom == "not_judged(legal_person_states, decision, 2017-05-02)"
    assert "ne sont pas intervenus à cette date" in fr
    assert "neither of which has come" in en


def test_anchor_decision_under_2017_decree_gives_personality_no_warning():
    # decided on 2017-04-30, under the 2017 decree: personality from the decision (al. 4), no warning
    r = _reason("2017-05-02", decided="2017-04-30")
    assert _before_personality(r) == []
    assert "legal_personality_from(2017-04-30)" in _held(r)
