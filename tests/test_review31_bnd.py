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


# RQ1. R6133-8 I 2° (2017, 2019, 2021) in one paragraph: « Il est également dissous si, du fait du retrait ou de
# l'exclusion d'un ou plusieurs de ses membres, il ne compte plus qu'un seul membre ou s'il ne compte plus en son
# sein d'établissement de santé sauf si le groupement constitue un réseau de santé […] [2021: un dispositif d'appui
# à la coordination]. La dissolution du groupement est notifiée au directeur général de l'agence régionale de santé
# qui en assure la publication dans les conditions de forme prévues au troisième alinéa de l'article R. 6133-1-1 » ;
# R6133-8@2010-07-26.2: « La dissolution du groupement est notifiée au directeur général de l'agence régionale de
# santé dans les conditions de forme prévues à l'article R. 6133-1-1 dans un délai de quinze jours. » Both states
# (« ne compte plus ») begin on the first day without the member that left; the dissolution is judged under the
# text in force that day (README), and so is the notification and publication of that dissolution, which the same
# text imposes: one dissolution, one version.

DEPARTURE = """groupement g "GCS Coordination Creuse" {{
  as of {as_of}
  approved 2012-03-01
  seat "Guéret" region "Nouvelle-Aquitaine"
  {network}
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  member ehpad_felletin "EHPAD de Felletin" {{ kind medico_social_establishment sector public region "Nouvelle-Aquitaine" rights 30 }}
  {third}
  convention {{
    object "Coordination des soins"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_gueret, ehpad_felletin{present}
    deliberation d1 on exclusion of ch_gueret {{
      for ehpad_felletin{present}
      against ch_gueret
      ground breach
      heard ch_gueret
    }}
  }}
}}
"""

THIRD = ('member cds_bourganeuf "Centre de santé de Bourganeuf" { kind health_centre sector public '
         'region "Nouvelle-Aquitaine" rights 30 }')

# Two members excluded at one assembly: the CH de Guéret, a health establishment, is left alone.
SINGLE = """groupement g "GCS Coordination Creuse" {{
  as of {as_of}
  approved 2012-03-01
  seat "Guéret" region "Nouvelle-Aquitaine"
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  member ch_aubusson "CH d'Aubusson" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 30 }}
  member ehpad_felletin "EHPAD de Felletin" {{ kind medico_social_establishment sector public region "Nouvelle-Aquitaine" rights 30 }}
  convention {{
    object "Coordination des soins"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_gueret, ch_aubusson, ehpad_felletin
    deliberation d1 on exclusion of ch_aubusson {{
      for ch_gueret, ehpad_felletin
      against ch_aubusson
      ground breach
      heard ch_aubusson
    }}
    deliberation d2 on exclusion of ehpad_felletin {{
      for ch_gueret, ch_aubusson
      against ehpad_felletin
      ground breach
      heard ehpad_felletin
    }}
  }}
}}
"""


def _departure(day, as_of, network=False, single=False):
    if single:
        text = SINGLE.format(day=day, as_of=as_of, convened=day[:8] + "01")
    else:
        text = DEPARTURE.format(day=day, as_of=as_of, convened=day[:8] + "01",
                                network="health_network" if network else "", third=THIRD, present=", cds_bourganeuf")
    return gcs.reason(gcs.loads(text, path="<review31_bnd>"))


def test_network_excluding_its_last_health_establishment_on_2021_12_26_duties_under_2021():
    result = _departure("2021-12-26", "2022-01-10", network=True)
    assert "R6133-8@2021-12-27.I.1.2" in _cited(result, "dissolved_on(no_health_establishment, 2021-12-27)")
    for atom in ("notification_missing(dissolution)", "publication_required(dissolution)"):
        cited = _cited(result, atom)
        assert "R6133-8@2021-12-27.I.1.2" in cited, (atom, cited)
        assert "R6133-8@2019-05-05.I.1.2" not in cited, (atom, cited)


def test_network_excluding_on_2021_12_25_is_spared():
    result = _departure("2021-12-25", "2022-01-10", network=True)
    assert not result.holds("dissolved_on(_, _)")
    assert not result.holds("notification_missing(dissolution)")
    assert not result.holds("publication_required(dissolution)")


def test_no_health_establishment_from_2017_04_28_duties_under_2017():
    result = _departure("2017-04-27", "2017-09-01")
    assert "R6133-8@2017-04-28.I.1.2" in _cited(result, "dissolved_on(no_health_establishment, 2017-04-28)")
    assert not result.holds("notification_due(dissolution, _)")
    for atom in ("notification_missing(dissolution)", "publication_required(dissolution)"):
        cited = _cited(result, atom)
        assert "R6133-8@2017-04-28.I.1.2" in cited, (atom, cited)
        assert "R6133-8@2010-07-26.2" not in cited, (atom, cited)


def test_no_health_establishment_from_2017_04_27_duties_under_2010():
    result = _departure("2017-04-26", "2017-09-01")
    assert "R6133-8@2010-07-26.1" in _cited(result, "dissolved_on(no_health_establishment, 2017-04-27)")
    assert "R6133-8@2010-07-26.2" in _cited(result, "notification_due(dissolution, 2017-05-11)")
    assert "R6133-8@2010-07-26.2" in _cited(result, "notification_missing(dissolution)")
    assert "L6133-9@2017-01-14.2" in _cited(result, "publication_required(dissolution)")


def test_single_member_from_2017_04_28_judged_with_its_duties_under_2017():
    """The other case of the same sentence, « il ne compte plus qu'un seul membre », judged as the first: on the
    first day with one member."""
    result = _departure("2017-04-27", "2017-09-01", single=True)
    assert "R6133-8@2017-04-28.I.1.2" in _cited(result, "dissolved_on(single_member, 2017-04-28)")
    assert not result.holds("notification_due(dissolution, _)")
    assert "R6133-8@2017-04-28.I.1.2" in _cited(result, "notification_missing(dissolution)")


def test_single_member_from_2017_04_27_judged_under_2010():
    result = _departure("2017-04-26", "2017-09-01", single=True)
    assert "R6133-8@2010-07-26.1" in _cited(result, "dissolved_on(single_member, 2017-04-27)")
    assert "R6133-8@2010-07-26.2" in _cited(result, "notification_due(dissolution, 2017-05-11)")


def test_single_member_from_2021_12_27_judged_with_its_duties_under_2021():
    result = _departure("2021-12-26", "2022-01-10", single=True)
    assert "R6133-8@2021-12-27.I.1.2" in _cited(result, "dissolved_on(single_member, 2021-12-27)")
    cited = _cited(result, "notification_missing(dissolution)")
    assert "R6133-8@2021-12-27.I.1.2" in cited and "R6133-8@2019-05-05.I.1.2" not in cited
