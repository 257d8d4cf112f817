"""Membership, administrator and dissolution rules the review of stop 27 found wanting; each test
failed before its change.

F1. Décret 2017-631 art. 7 al. 3: « Si, en application des dispositions de l'article L. 6133-2 du
code de la santé publique dans sa rédaction issue de l'ordonnance susvisée du 12 janvier 2017, un
membre du groupement de coopération sanitaire n'est plus autorisé à en faire partie, l'assemblée
générale prononce son exclusion dans les conditions prévues à la convention constitutive. » The
ground `barred` is a ground only against a member that text bars: a public health establishment,
which L6133-2 I names, cannot be excluded on it (R6133-7 III gives only a breach or a collective
procedure), so the exclusion has no ground.
"""

import gcs_reasoner as gcs

BARRED = """groupement g18b "GCS Test" {{
  as of {as_of}
  approved 2012-03-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 25 }}
  member b "CH B" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 25 }}
  member c "CH C" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 25 }}
  member d "{name}" {{ {kind} region "Auvergne-Rhône-Alpes" rights 25 }}
  administrator a elected 2016-01-10 until 2019-01-09
  deputy b elected 2016-01-10 until 2019-01-09
  assembly ag1 on 2018-03-01 {{
    convened_on 2018-02-01 by administrator
    present a, b, c, d
    deliberation d1 on exclusion of d {{ for a, b, c  heard d  ground barred }}
  }}
}}
"""

PUBLIC = "kind health_establishment sector public"


def conclusions(text: str) -> set[str]:
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}


def barred(kind: str, name: str = "CH D", as_of: str = "2018-06-01") -> set[str]:
    return conclusions(BARRED.format(kind=kind, name=name, as_of=as_of))


def test_f1_a_member_the_2017_text_allows_is_not_excluded_on_the_ground_barred():
    found = barred(PUBLIC)
    assert "deliberation_invalid(ag1, d1, no_ground)" in found
    assert "exclusion_invalid(d, no_ground)" in found
    assert not any(c.startswith("excluded(d") for c in found)
    assert "member(d)" in found


def test_f1_a_member_the_2017_text_bars_is_excluded_on_the_ground_barred():
    found = barred("kind other_care_organisation sector private", name="Organisme D")
    assert "excluded(d, 2018-03-01)" in found
    assert "deliberation_invalid(ag1, d1, no_ground)" not in found


def test_f1_a_profit_supplier_is_excluded_on_the_ground_barred_whenever_the_file_is_read():
    for as_of in ("2018-06-01", "2023-01-01"):
        found = barred("kind other_care_organisation sector private profit_supplier products authorised 2012-03-01",
                       name="Distrimed", as_of=as_of)
        assert "excluded(d, 2018-03-01)" in found, as_of


# F2. L6133-4@2017-01-14 al. 4, in force from 2017-01-14: « Elle élit, en son sein, un
# administrateur chargé de la mise en œuvre de ses décisions, ainsi que le suppléant de ce
# dernier. » From that day the law has the assembly elect the deputy: a deliberation on another
# matter, or one not validly adopted, elects none, before R6133-29 of 2017-04-28 too.

DEPUTY = """groupement dep17 "GCS Test" {{
  as of {as_of}
  approved 2012-03-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 50 }}
  administrator a elected 2016-01-10 until 2019-01-09
  deputy b elected {elected} by ag1.d1 until 2019-01-09
  assembly ag1 on {elected} {{
    present a, b
    deliberation d1 on {matter}
  }}
}}
"""


def deputy(matter: str, as_of: str, elected: str = "2017-02-01") -> set[str]:
    found = conclusions(DEPUTY.format(matter=matter, as_of=as_of, elected=elected))
    return {c for c in found if c.startswith("deputy")}


def test_f2_a_deputy_elected_by_another_matter_after_the_ordonnance_is_not_elected_by_the_assembly():
    for as_of in ("2017-03-01", "2017-05-02"):
        assert deputy("budget { for a, b }", as_of) == {"deputy_required", "deputy_invalid(not_elected_by_assembly)"}, as_of


def test_f2_a_deputy_elected_by_an_invalid_deliberation_after_the_ordonnance_is_irregular():
    found = deputy("administrator { against a, b }", "2017-03-01")
    assert "deputy_invalid(election_invalid)" in found


def test_f2_before_the_ordonnance_the_law_does_not_judge_the_deputy():
    found = deputy("budget { for a, b }", "2016-03-01", elected="2016-02-01")
    assert "deputy_invalid(not_elected_by_assembly)" not in found


# W1. R6133-8@2021-12-27 I al. 1 2°: « ou s'il ne compte plus en son sein d'établissement de santé
# sauf si le groupement constitue un dispositif d'appui à la coordination ». Under that version the
# exception is the dispositif d'appui à la coordination, no longer the réseau de santé (the words of
# the versions of 2006 to 2019): each version's dissolution is said in its own words.

NO_HE = """groupement g22 "GCS Test 2022" {{
  as of {as_of}
  approved 2015-03-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member ch "CH" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 40 }}
  member ehpad "EHPAD" {{ kind medico_social_establishment sector public region "Auvergne-Rhône-Alpes" rights 30 }}
  member cs "Centre de santé" {{ kind health_centre sector public region "Auvergne-Rhône-Alpes" rights 30 }}
  withdrawal ch notified {notified}
  avenant av1 on {avenant} for withdrawal of ch
}}
"""


def no_he_sentences(as_of: str, notified: str, avenant: str) -> dict[str, str]:
    result = gcs.reason(gcs.loads(NO_HE.format(as_of=as_of, notified=notified, avenant=avenant), path="<test>"))
    return {str(c): c.sentence("fr") for c in result.conclusions
            if str(c).startswith(("dissolution_required(no_health", "dissolved_on(no_health"))}


def test_w1_the_2021_dissolution_names_the_dispositif_d_appui_not_the_reseau_de_sante():
    found = no_he_sentences("2023-03-01", "2022-03-01", "2022-12-01")
    assert set(found) == {"dissolution_required(no_health_establishment)",
                          "dissolved_on(no_health_establishment, 2023-01-01)"}
    for atom, said in found.items():
        assert "dispositif d'appui à la coordination" in said, atom
        assert "réseau de santé" not in said, atom


def test_w1_the_earlier_dissolution_still_names_the_reseau_de_sante():
    found = no_he_sentences("2019-03-01", "2018-03-01", "2018-12-01")
    assert set(found) == {"dissolution_required(no_health_establishment)",
                          "dissolved_on(no_health_establishment, 2019-01-01)"}
    for atom, said in found.items():
        assert "réseau de santé" in said, atom
        assert "dispositif d'appui" not in said, atom


# W2. Décret 2017-631 art. 7 al. 3 orders the exclusion of a member that L6133-2 of 2017 bars
# (contract part 2 §10: « a member barred by L6133-2@2017-01-14 must be excluded »), also one that
# never had the authorisation L6133-2 of 2009 al. 2 already asked (« sur autorisation du directeur
# général de l'agence régionale de santé »): the sentence must not say that the 2017 text « n'autorise
# plus » a member no text ever allowed.

NEVER_AUTHORISED = """groupement nevauth "GCS Test" {
  as of 2020-03-01
  approved 2011-03-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member a "CH A" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 40 }
  member labo "Organisme L" { kind other_care_organisation sector private region "Auvergne-Rhône-Alpes" rights 10 joined 2012-05-01 }
  assembly ag1 on 2012-04-20 {
    present a, b
    deliberation d1 on admission of labo { for a, b }
  }
  assembly ag2 on 2019-03-01 {
    present a, b, labo
    deliberation d1 on budget { for a, b, labo }
  }
  avenant av1 on 2012-05-01 for admission of labo
}
"""


def test_w2_the_exclusion_of_a_member_never_authorised_does_not_say_no_longer():
    result = gcs.reason(gcs.loads(NEVER_AUTHORISED, path="<test>"))
    found = {str(c): c for c in result.conclusions}
    assert "exclusion_required(labo, unauthorised)" in found
    assert "ars_dissolution_ground(member_not_excluded)" in found
    fr = found["exclusion_required(labo, unauthorised)"].sentence("fr")
    en = found["exclusion_required(labo, unauthorised)"].sentence("en")
    assert "n'autorise plus" not in fr and "no longer" not in en
    assert "autorisation du directeur général" in fr


# W3. R6133-8@2017-04-28 I al. 1 3°: « une absence de réunion de l'assemblée générale depuis trois
# exercices comptables ». Contract part 2 §10 and the README count the three whole calendar years
# before the year of the date judged: an assembly held earlier in that year is not in them. The
# rule does so; the file's header said the opposite, and now says what the rule does.

NO_ASSEMBLY = """groupement na18 "GCS Test" {
  as of 2018-06-01
  approved 2012-03-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member a "CH A" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 50 }
  assembly ag1 on 2018-03-01 {
    present a, b
    deliberation d1 on budget { for a, b }
  }
}
"""


def test_w3_an_assembly_earlier_in_the_year_does_not_rule_out_the_no_assembly_ground():
    assert "ars_dissolution_ground(no_assembly)" in conclusions(NO_ASSEMBLY)


def test_w3_the_header_of_the_rule_file_says_what_the_rule_does():
    from pathlib import Path

    header = (Path(__file__).resolve().parent.parent / "rules" / "dissolution" / "2017-04-28_R6133-8.lp") \
        .read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert "also rules the ground out" not in header
    assert "is not in them" in header
