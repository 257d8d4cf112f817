"""The texts of the day a version changes (review 31, bnd); each test failed before its change.

F1. An approving decision made before 2017-04-28 and published from that day. R6133-1-1@2010-07-26.2, in force on
the decision's date: « Le groupement jouit de la personnalité morale à compter de la date de publication de l'acte
d'approbation mentionné au premier alinéa au recueil des actes administratifs de la région dans laquelle le
groupement a son siège ». R6133-1-1@2017-04-28 (al. 3 « La décision expresse ou implicite du directeur général
de l'agence régionale de santé est publiée dans un délai de quinze jours », al. 4 « à compter de la décision
d'approbation ») governs the decisions made from its first day. The law in force on the publication,
L6133-3@2017-01-14.I.2, says « Ce groupement acquiert la personnalité morale à dater de cette publication. »
The date is the publication's either way; the decree cited is the one of the decision's day (README: « An
approving decision made before 2017-04-28 and published after is judged under R6133-1-1 of 2010 »).
"""

import gcs_reasoner as gcs

APPROVAL = """groupement g "GCS Imagerie Provence" {{
  as of 2017-09-01
  submitted 2017-03-15
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none
  declared_nature public
  member ap_hm "AP-HM" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 60 }}
  member ch_aix "CH d'Aix" {{ kind health_establishment sector public region "{region}" rights 40 }}
  ars_decision dec1 on {decision} by ars_director_general published {published} {{ approves convention }}
  {published_in}
  convention {{ signed_by ap_hm, ch_aix }}
}}
"""

PACA = "Provence-Alpes-Côte d'Azur"
CONFLICT = 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)'


def _reason(decision, published, region=PACA, published_in=""):
    text = APPROVAL.format(decision=decision, published=published, region=region, published_in=published_in)
    return gcs.reason(gcs.loads(text, path="<review31_bnd>"))


def _cited(result, atom):
    assert result.holds(atom), atom
    return set(result.find(atom).provisions)


def test_decided_the_day_before_published_after_is_cited_to_the_2010_decree():
    result = _reason("2017-04-27", "2017-05-20")
    cited = _cited(result, "legal_personality_from(2017-05-20)")
    assert "R6133-1-1@2010-07-26.2" in cited
    assert "L6133-3@2017-01-14.I.2" in cited
    assert not any(p.startswith("R6133-1-1@2017-04-28") for p in cited)
    assert not result.holds("legal_personality_from(2017-04-27)")
    assert not result.holds(CONFLICT)


def test_decided_on_the_first_day_is_judged_under_the_2017_decree():
    result = _reason("2017-04-28", "2017-05-20")
    assert "R6133-1-1@2017-04-28.4" in _cited(result, "legal_personality_from(2017-04-28)")
    cited = _cited(result, "legal_personality_from(2017-05-20)")
    assert "L6133-3@2017-01-14.I.2" in cited
    assert "R6133-1-1@2010-07-26.2" not in cited
    assert result.holds(CONFLICT)


def test_decided_and_published_before_is_cited_to_the_2010_decree():
    result = _reason("2017-04-10", "2017-04-20")
    cited = _cited(result, "legal_personality_from(2017-04-20)")
    assert "R6133-1-1@2010-07-26.2" in cited
    assert not any(p.startswith("R6133-1-1@2017-04-28") for p in cited)


def test_members_in_two_regions_decided_before_published_after():
    """R6133-1-1@2010-07-26.2 « ainsi qu'au recueil des actes administratifs des autres régions »: not published
    in the other member's region, no legal personality and the publication missing there; published there, from
    the last publication, cited to the 2010 decree."""
    missing = _reason("2017-04-27", "2017-05-20", region="Occitanie")
    assert missing.holds("publication_missing(_)")
    assert not missing.holds("legal_personality_from(_)")
    done = _reason("2017-04-27", "2017-05-20", region="Occitanie", published_in='published_in "Occitanie" on 2017-06-02')
    cited = _cited(done, "legal_personality_from(2017-06-02)")
    assert "R6133-1-1@2010-07-26.2" in cited
    assert not any(p.startswith("R6133-1-1@2017-04-28") for p in cited)
