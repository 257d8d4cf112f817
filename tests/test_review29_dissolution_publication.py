"""The director general's fifteen days to publish a dissolution (review 29, clarif F1).

R6133-8@2017-04-28 I 1° and 2° (repeated in 2019 and 2021): « La dissolution du groupement est notifiée au
directeur général de l'agence régionale de santé qui en assure la publication dans les conditions de forme prévues au
troisième alinéa de l'article R. 6133-1-1 »; I 3°: « Cette décision fait l'objet d'une publication au recueil des actes
administratifs de la région dans les conditions de forme prévues au troisième alinéa de l'article R. 6133-1-1. »
R6133-1-1@2017-04-28 al. 3: « est publiée dans un délai de quinze jours au recueil des actes administratifs de la
région dans laquelle le groupement a son siège ». Contract part 2 §10: `publication_due` and `publication_late` take
the act word `dissolution` for the publication of a dissolution; §1: `dissolution by A.D [notified DATE] [published
DATE]`, `dissolution by operation_of_law [notified DATE] [published DATE]`.

Reading: the fifteen days run from the notification to the director general (I 1° and 2°: the director publishes
what he is notified of) or from the director's own decision (I 3°), that day not counted (as for the approval: X +
15). R6133-8 of 2010 (« notifiée ... dans un délai de quinze jours ») and R6133-1-1 of 2010 set no time limit for
the publication, nor does L6133-9 of 2017 (« assure la publicité de la dissolution »): an event before 2017-04-28
owes none. Before the change no rule drew publication_due(dissolution, _) nor publication_late(dissolution, _):
every test below but the two that check nothing is drawn failed.
"""

import gcs_reasoner as gcs

ASSEMBLY = """groupement g "G" {{
  as of {as_of}
  approved 2015-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  capital none
  member chu "CHU" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch "CH" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  administrator chu elected {elected} until 2021-01-09
  convention {{ notice_days 10 vote_weight rights }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present chu, ch
    deliberation d1 on dissolution {{ for chu, ch }}
  }}
  dissolution by ag1.d1{clause}
}}
"""


def assembly(day="2019-06-03", convened="2019-05-20", elected="2018-01-10", clause="", as_of="2019-09-01"):
    return gcs.reason(gcs.loads(ASSEMBLY.format(day=day, convened=convened, elected=elected, clause=clause,
                                                as_of=as_of)))


BY_LAW = """groupement g "G" {{
  as of {as_of}
  approved 2015-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  duration until {term}
  capital none
  member chu "CHU" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch "CH" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  dissolution by operation_of_law{clause}
}}
"""


def by_law(term="2018-12-31", clause="", as_of="2019-06-01"):
    return gcs.reason(gcs.loads(BY_LAW.format(term=term, clause=clause, as_of=as_of)))


DG = """groupement g "G" {{
  as of 2023-01-10
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu "CHU" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch "CH" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  assembly ag2018 on 2018-06-12 {{
    present chu, ch
    deliberation d1 on budget {{ for chu, ch }}
  }}
  ars_decision dec1 on 2022-03-01 by ars_director_general notified 2022-03-02 {{ finding no_assembly }}
  reply to dec1 on 2022-03-30 measures
  ars_decision dec2 on 2022-04-15 by ars_director_general notified 2022-04-16 {{ injunction until 2022-07-15 }}
  ars_decision dec3 on 2022-09-01 by ars_director_general notified 2022-09-02 members_notified 2022-09-03{clause} {{ dissolves reasoned }}
}}
"""

LATE = 'publication_late(dissolution, "Nouvelle-Aquitaine")'


def test_assembly_dissolution_published_late():
    """The reviewer's s18: notified 2019-06-10, due 2019-06-25, published 2019-08-01."""
    result = assembly(clause=" notified 2019-06-10 published 2019-08-01")
    assert result.holds("publication_due(dissolution, 2019-06-25)")
    assert result.holds(LATE)
    assert result.find("publication_due(dissolution, 2019-06-25)").provisions == [
        "R6133-8@2019-05-05.I.1.1", "R6133-1-1@2017-04-28.3"]


def test_assembly_dissolution_published_on_the_last_day():
    result = assembly(clause=" notified 2019-06-10 published 2019-06-25")
    assert result.holds("publication_due(dissolution, 2019-06-25)")
    assert not result.holds(LATE)
    result = assembly(clause=" notified 2019-06-10 published 2019-06-26")
    assert result.holds(LATE)


def test_not_published_late_only_after_the_last_day():
    assert not assembly(clause=" notified 2019-06-10", as_of="2019-06-25").holds(LATE)
    late = assembly(clause=" notified 2019-06-10", as_of="2019-06-26")
    assert late.holds("publication_due(dissolution, 2019-06-25)")
    assert late.holds(LATE)


def test_no_notification_no_date():
    result = assembly()
    assert result.holds("notification_missing(dissolution)")
    assert not [c for c in result.conclusions if c.text.startswith("publication_due(dissolution")]
    assert not result.holds(LATE)


def test_by_law_dissolution_published_late():
    """The reviewer's s18b: term 2018-12-31, notified 2019-01-05 (due 2019-01-20), published 2019-04-01."""
    result = by_law(clause=" notified 2019-01-05 published 2019-04-01")
    assert result.holds("publication_due(dissolution, 2019-01-20)")
    assert result.find("publication_due(dissolution, 2019-01-20)").provisions == [
        "R6133-8@2017-04-28.I.1.2", "R6133-1-1@2017-04-28.3"]
    assert result.holds(LATE)
    assert not by_law(clause=" notified 2019-01-05 published 2019-01-20").holds(LATE)


def test_by_law_dissolution_of_2022():
    """I 2° of 2021 (its own rules): term 2021-12-31, notified 2022-01-03, due 2022-01-18."""
    result = by_law(term="2021-12-31", clause=" notified 2022-01-03", as_of="2022-03-01")
    assert result.find("publication_due(dissolution, 2022-01-18)").provisions == [
        "R6133-8@2021-12-27.I.1.2", "R6133-1-1@2017-04-28.3"]
    assert result.holds(LATE)


def test_director_general_dissolution():
    """I 3°: the decision of 2022-09-01, due 2022-09-16."""
    result = gcs.reason(gcs.loads(DG.format(clause=" published 2022-09-15")))
    assert result.find("publication_due(dissolution, 2022-09-16)").provisions == [
        "R6133-8@2021-12-27.I.1.3", "R6133-1-1@2017-04-28.3"]
    assert not result.holds(LATE)
    result = gcs.reason(gcs.loads(DG.format(clause=" published 2022-09-20")))
    assert result.holds(LATE)
    assert not result.holds("ars_dissolution_irregular(not_published)")


def test_no_time_limit_before_2017_04_28():
    """An assembly of 2017-04-27 dissolves under R6133-8 of 2010: fifteen days to notify, none to publish."""
    before = assembly(day="2017-04-27", convened="2017-04-10", elected="2016-01-10",
                      clause=" notified 2017-05-02 published 2017-07-01", as_of="2017-09-01")
    assert before.holds("dissolved_on(assembly_decision, 2017-04-28)")
    assert not [c for c in before.conclusions if c.text.startswith("publication_due(dissolution")]
    assert not before.holds(LATE)
    after = assembly(day="2017-04-28", convened="2017-04-10", elected="2016-01-10",
                     clause=" notified 2017-05-02 published 2017-07-01", as_of="2017-09-01")
    assert after.find("publication_due(dissolution, 2017-05-17)").provisions == [
        "R6133-8@2017-04-28.I.1.1", "R6133-1-1@2017-04-28.3"]
    assert after.holds(LATE)


def test_publicity_owed_by_the_agency_director_general_in_its_words():
    """publication_required(dissolution) of a dissolution of right, of the director's decision and of 2022: the
    sentence names the director general of the ARS, not the ARH director of R6133-17 of 2006 (it took that sentence,
    the first in program order, for want of one beside its rule)."""
    cases = (by_law(clause=" notified 2019-01-05"),
             by_law(term="2021-12-31", clause=" notified 2022-01-03", as_of="2022-03-01"),
             gcs.reason(gcs.loads(DG.format(clause=" published 2022-09-15"))),
             assembly(clause=" notified 2019-06-10"))
    for result in cases:
        found = result.find("publication_required(dissolution)")
        assert "agence régionale de santé" in found.sentence("fr"), found.sentence("fr")
        assert "hospitalisation" not in found.sentence("fr")
        assert "agence régionale de santé" in found.sentence("en")
