"""A conclusion's sentence in the lists (check, Conclusion.sentence) is the one written beside the rule
that derived it, as in its explanation (stop 23); each test fails on the code before."""

from __future__ import annotations

import gcs_reasoner as gcs
from gcs_reasoner.render.text import render

# R6133-14@2006-01-01.2 « sous réserve que la mesure d'exclusion soit adoptée par un nombre de membres
# représentant au moins la moitié des droits des membres du groupement »: a and b (45 of 100 rights)
# vote for the exclusion of c, who is present and does not vote: the majority of the voters is
# there, the floor is not.
FLOOR = """groupement gcs_ex "GCS Exclusion" {
  as of 2008-06-01
  approved 2006-03-01
  seat "Nancy" region "Lorraine"
  member a "CH A" { kind health_establishment sector public region "Lorraine" rights 30 }
  member b "CH B" { kind health_establishment sector public region "Lorraine" rights 15 }
  member c "CH C" { kind health_establishment sector public region "Lorraine" rights 55 }
  assembly ag1 on 2008-03-01 {
    convened_on 2008-02-01 by administrator
    present a, b, c
    deliberation d1 on exclusion of c { for a, b }
  }
}
"""


def test_an_exclusion_failing_only_the_floor_says_so_in_the_list():
    result = gcs.reason(gcs.loads(FLOOR, path="<floor>"))
    c = result.find("deliberation_invalid(ag1, d1, not_adopted)")
    assert c is not None
    assert "au moins la moitié des droits" in c.sentence("fr")
    assert "at least half of the rights" in c.sentence("en")
    text = render(result)
    line = next(x for x in text.splitlines() if "La délibération d1" in x and "irrégulière" in x and "R6133-14" in x)
    assert "majorité requise" not in line and "au moins la moitié des droits" in line
    # the exclusion itself names both conditions of the text, not the majority alone
    excl = result.find("exclusion_invalid(c, not_adopted)")
    assert excl is not None and "au moins la moitié des droits" in excl.sentence("fr")


def test_an_administrator_no_longer_a_member_has_the_contract_s_reason_of_each_text():
    """R6133-15@2006-01-01.1 / R6133-24@2010-07-26.1 « élu … parmi les personnes physiques ou les
    représentants des personnes morales, membres du groupement »: contract part 2 names the reason of the
    texts of 2010 and after `not_member_person`; under the 2006 text the reason stays `not_a_member`."""
    from .edited import reason_edited

    before = reason_edited("admin_former_member.gcs")
    assert before.holds("administrator_invalid(not_a_member)")
    assert not before.holds("administrator_invalid(not_member_person)")
    after = reason_edited("admin_former_member.gcs", ("  as of 2007-10-01", "  as of 2011-01-15"))
    assert after.holds("administrator_invalid(not_member_person)")
    assert not after.holds("administrator_invalid(not_a_member)")
    assert "R6133-24@2010-07-26.1" in after.find("administrator_invalid(not_member_person)").provisions


def test_the_default_allocations_of_the_result_are_named_by_the_text_cited_not_by_the_2006_article():
    """From 2010-07-26 the default allocations of the result are in R6133-5 II (R6133-8 of 2010 is the
    dissolution article): the sentences of result_allocation_invalid and default_allocation name no
    article of their own, the provision cited beside them says which (found by review, stop 26)."""
    from .edited import reason_edited

    result = reason_edited("gap10_result_2011_distributed.gcs")
    c = result.find("result_allocation_invalid(2011, not_a_default_allocation)")
    assert c is not None and "R6133-5@2010-07-26.II" in c.provisions
    for lang in ("fr", "en"):
        assert "6133-8" not in c.sentence(lang)
        assert "6133-8" not in result.explain(c).text(lang)


# A first vote on CH de Tarare's exclusion fails (2017-04-27), a second excludes it (2017-04-28).
TWO_VOTES = """groupement beaujolais "GCS Beaujolais" {
  as of 2017-12-31
  approved 2014-02-01
  seat "Villefranche" region "Rhône-Alpes"
  member ch_villefranche "CH de Villefranche" { kind health_establishment sector public region "Rhône-Alpes" rights 30 }
  member ch_belleville "CH de Belleville" { kind health_establishment sector public region "Rhône-Alpes" rights 20 }
  member ch_beaujeu "CH de Beaujeu" { kind health_establishment sector public region "Rhône-Alpes" rights 30 }
  member ch_tarare "CH de Tarare" { kind health_establishment sector public region "Rhône-Alpes" rights 20 }
  convention { notice_days 10 vote_weight member }
  administrator ch_villefranche elected 2016-01-15 until 2019-01-14
  deputy ch_belleville elected 2016-01-15 until 2019-01-14
  assembly ag1 on 2017-04-27 {
    convened_on 2017-04-10 by administrator
    present ch_villefranche, ch_belleville, ch_tarare
    deliberation d1 on exclusion of ch_tarare { for ch_villefranche, ch_tarare against ch_belleville ground breach heard ch_tarare }
  }
  assembly ag2 on 2017-04-28 {
    convened_on 2017-04-10 by administrator
    present ch_villefranche, ch_belleville, ch_beaujeu, ch_tarare
    deliberation d1 on exclusion of ch_tarare { for ch_villefranche, ch_belleville against ch_beaujeu ground breach heard ch_tarare }
  }
  avenant av1 on 2017-05-10 for exclusion of ch_tarare
}
"""


def test_a_failed_vote_on_an_exclusion_does_not_read_as_the_exclusion_pronounced_later():
    """The sentence of exclusion_invalid speaks of a deliberation on the exclusion, not of « l'exclusion
    visant M … la délibération qui l'a prononcée », which read as contradicting the valid exclusion of the
    next day (found by review, stop 26)."""
    result = gcs.reason(gcs.loads(TWO_VOTES, path="<two-votes>"))
    assert result.holds("excluded(ch_tarare, 2017-04-28)")
    c = result.find("exclusion_invalid(ch_tarare, not_adopted)")
    assert c is not None
    assert c.sentence("fr").startswith("Une délibération sur l'exclusion de CH de Tarare est irrégulière")
    assert c.sentence("en").startswith("A deliberation on the exclusion of CH de Tarare is invalid")
    assert "prononcée" not in c.sentence("fr")


def test_the_sentences_shared_by_several_versions_say_nothing_only_one_of_them_says():
    """A sentence beside a rule reused by later versions holds under each (found by review, stop 26): a
    joint-operation groupement authorised to bill is financed as a health establishment without being one
    (R6133-13@2017-04-28.I.2); R6133-1 of 2014 asks no « modalités d'adaptation » of the rights' rules, and
    names the forecast of a public groupement « l'état des prévisions des recettes et des dépenses »."""
    from .edited import reason_edited

    billing = reason_edited("joint17_billing_liberal_pay.gcs")
    assert not billing.holds("gcs_kind(health_establishment)")
    financed = billing.find("financed_as_health_establishment")
    assert financed is not None
    assert not financed.sentence("fr").startswith("Le groupement, établissement de santé")
    assert "being a health establishment, is financed" not in financed.sentence("en")
    mentions = reason_edited("conv10_mentions_2015_missing.gcs")
    rights = mentions.find("missing_mention(rights_rules)")
    assert rights is not None and "R6133-1@2014-09-15.I.1.7" in rights.provisions
    assert not rights.sentence("fr").startswith("La convention constitutive n'indique pas les règles selon lesquelles")
    forecast = mentions.find("missing_attachment(budget_forecast)")
    assert forecast is not None and "l'état des prévisions des recettes et des dépenses" in forecast.sentence("fr")
