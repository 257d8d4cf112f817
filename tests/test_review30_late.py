"""Review 30 ("late": the texts in force from 2018-01-19 on); each test failed before its change.

R6133-8@2021-12-27.I.1.2: « Il est également dissous si, du fait du retrait ou de l'exclusion d'un ou
plusieurs de ses membres, [...] ou s'il ne compte plus en son sein d'établissement de santé sauf si le
groupement constitue un dispositif d'appui à la coordination ». The exception, as the dissolution it
spares, is a state that begins on the first day without the health establishment: a withdrawal that
takes effect after the as-of date has not yet left the groupement without one (F1; the same for the
réseau de santé exception of R6133-17@2006-01-01.2, « sauf si le groupement constitue un réseau de santé
en vertu de l'article L. 6133-4 », whose conflict with L6133-4@2009-07-23 is reported).

That state, and so the exception or the dissolution, is judged under the text in force on its first day,
the day after the withdrawal takes effect or the exclusion is pronounced (on that day the member still
counts): an exclusion on 2021-12-26, the last day of R6133-8@2019-05-05 (« sauf si le groupement
constitue un réseau de santé en application du dernier alinéa de l'article L. 6133-2 »), leaves the
groupement without a health establishment from 2021-12-27, under R6133-8@2021-12-27 (F2).

L6133-2@2021-11-12 repeals IV (the réseau de santé), « NOTA : Se reporter aux conditions d'application
prévues à l'article 5 de l'ordonnance n° 2021-1470 du 10 novembre 2021 », a text not in the folder:
what is drawn from the repeal for a réseau de santé (its composition, its persons of L6321-1 now members
only on authorisation, the conflict on the réseau exception of R6133-8 of 2019) lists it in the trace
and warns `text_not_in_folder` (contract, 2009-today, Conventions) (F3).
"""

import gcs_reasoner as gcs

LOSES_ITS_HEALTH_ESTABLISHMENT = """groupement g "GCS test" {{
  as of {as_of}
  approved {approved}
  seat "Guéret" region "{region}"
  capital none
  {nature}
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "{region}" rights 40 }}
  member ehpad_felletin "EHPAD de Felletin" {{ kind medico_social_establishment sector public region "{region}" rights 30 }}
  member cds_bourganeuf "Centre de santé de Bourganeuf" {{ kind health_centre sector public region "{region}" rights 30 }}
  {more}
}}
"""


def reason(as_of: str, nature: str, more: str, approved: str = "2012-03-01", region: str = "Nouvelle-Aquitaine"):
    text = LOSES_ITS_HEALTH_ESTABLISHMENT.format(as_of=as_of, nature=nature, more=more, approved=approved,
                                                 region=region)
    return gcs.reason(gcs.loads(text, path="<test>"))


def dissolution(result) -> set[str]:
    return {str(c) for c in result.conclusions
            if c.predicate in ("dissolution_exception", "dissolved_on", "dissolution_required", "conflict")}


# --- F1: an exception drawn before the withdrawal takes effect -----------------------------------

def test_a_dispositif_d_appui_whose_health_establishment_has_not_yet_left_is_not_an_exception_yet():
    """The withdrawal notified on 2022-02-01 takes effect on 2022-12-31 (twelve months' notice, the
    convention saying none): on 2022-06-01 the CH still counts among the members."""
    before = reason("2022-06-01", "coordination_support", "withdrawal ch_gueret notified 2022-02-01")
    assert "dissolution_exception(coordination_support)" not in dissolution(before)
    after = reason("2023-01-02", "coordination_support", "withdrawal ch_gueret notified 2022-02-01")
    assert "dissolution_exception(coordination_support)" in dissolution(after)


def test_the_reseau_exception_of_2009_is_not_in_conflict_before_the_withdrawal_takes_effect():
    """R6133-17@2006-01-01.2 and L6133-4@2009-07-23.1: the conflict on the réseau exception is reported
    for a departure that has happened, not one still to come (effective 2009-12-31, as of 2009-09-01)."""
    conflict = 'conflict("L6133-4@2009-07-23.1", "R6133-17@2006-01-01.2", network_exception)'
    before = reason("2009-09-01", "health_network", "withdrawal ch_gueret notified 2009-03-01",
                    approved="2007-03-01", region="Limousin")
    assert conflict not in dissolution(before)
    after = reason("2010-01-04", "health_network", "withdrawal ch_gueret notified 2009-03-01",
                   approved="2007-03-01", region="Limousin")
    assert conflict in dissolution(after)


# --- F2: the consequence of a departure judged under the text in force when the state begins -----

def exclusion_on(day: str, convened: str) -> str:
    return f"""convention {{
    object "Coordination des soins"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_gueret, ehpad_felletin, cds_bourganeuf
    deliberation d1 on exclusion of ch_gueret {{
      for ehpad_felletin, cds_bourganeuf
      against ch_gueret
      ground breach
      heard ch_gueret
    }}
  }}"""


def test_a_dispositif_d_appui_excluding_its_health_establishment_on_the_last_day_of_2019_text_is_spared():
    """Excluded on 2021-12-26, the CH still counts that day; from 2021-12-27 the groupement « ne compte
    plus en son sein d'établissement de santé », and the text in force that day (R6133-8 of 2021) spares
    the groupement that « constitue un dispositif d'appui à la coordination »."""
    result = reason("2022-03-01", "coordination_support", exclusion_on("2021-12-26", "2021-12-01"))
    found = dissolution(result)
    assert "dissolution_exception(coordination_support)" in found
    assert not any(c.startswith(("dissolved_on", "dissolution_required")) for c in found)
    assert result.find("dissolution_exception(coordination_support)").provisions == ["R6133-8@2021-12-27.I.1.2"]


def test_a_reseau_excluding_its_health_establishment_on_the_last_day_of_2019_text_is_dissolved_under_2021():
    """The same for a réseau de santé: on 2021-12-27 the text in force no longer spares a réseau de
    santé (R6133-8 of 2019 « sauf si le groupement constitue un réseau de santé » is no longer in force)."""
    result = reason("2022-03-01", "health_network", exclusion_on("2021-12-26", "2021-12-01"))
    found = dissolution(result)
    assert "dissolved_on(no_health_establishment, 2021-12-27)" in found
    assert "dissolution_required(no_health_establishment)" in found
    assert not any(c.startswith("conflict") for c in found)
    assert result.find("dissolved_on(no_health_establishment, 2021-12-27)").provisions == \
        ["R6133-8@2021-12-27.I.1.2"]


def test_a_reseau_left_without_health_establishment_on_2021_11_12_meets_the_repeal_of_l6133_2_iv():
    """Excluded on 2021-11-11, the CH is gone from 2021-11-12, the day L6133-2 IV is repealed: R6133-8 of
    2019 spares a réseau « en application du dernier alinéa de l'article L. 6133-2 », now its III (the
    conflict is reported, the exception kept). Excluded on 2021-11-10, the first day without it is
    2021-11-11, when IV is still in force: no conflict, the exception kept."""
    conflict = 'conflict("L6133-2@2021-11-12.III", "R6133-8@2019-05-05.I.1.2", network_exception)'
    on_11 = dissolution(reason("2022-03-01", "health_network", exclusion_on("2021-11-11", "2021-10-20")))
    assert conflict in on_11
    assert not any(c.startswith(("dissolved_on", "dissolution_required")) for c in on_11)
    on_10 = dissolution(reason("2022-03-01", "health_network", exclusion_on("2021-11-10", "2021-10-20")))
    assert on_10 == set()


# --- F3: the repeal of L6133-2 IV rests on ordonnance 2021-1470 art. 5, not in the folder ---------

ART_5 = "ordonnance 2021-1470 art. 5"

RESEAU_WITH_A_NETWORK_PERSON = """groupement g "GCS Réseau test" {{
  as of {as_of}
  approved 2015-03-01
  seat "Guéret" region "Nouvelle-Aquitaine"
  capital none
  {nature}
  member ehpad_felletin "EHPAD de Felletin" {{ kind medico_social_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  member cds_bourganeuf "Centre de santé de Bourganeuf" {{ kind health_centre sector public region "Nouvelle-Aquitaine" rights 30 }}
  member asso "Association réseau" {{ kind network_person sector private region "Nouvelle-Aquitaine" rights 30 }}
  convention {{
    object "Coordination des soins"
    task_split
    vote_weight rights
  }}
}}
"""


def reseau(as_of: str, nature: str = "health_network"):
    return gcs.reason(gcs.loads(RESEAU_WITH_A_NETWORK_PERSON.format(as_of=as_of, nature=nature), path="<test>"))


def art_5_warned(result) -> bool:
    return any(w.code == "text_not_in_folder" and w.message.startswith(ART_5) for w in result.warnings)


def rests_on_art_5(result, conclusion: str) -> bool:
    """The explanation of the conclusion names the text among those not in the folder."""
    return ART_5 in str(result.explain(result.find(conclusion)).as_dict())


def test_a_former_reseau_s_composition_and_member_rest_on_the_ordonnance_s_article_5():
    result = reseau("2021-11-12")
    assert result.holds("composition_invalid(no_health_establishment)")
    assert result.holds("membership_invalid(asso, unauthorised)")
    assert art_5_warned(result)
    assert rests_on_art_5(result, "composition_invalid(no_health_establishment)")
    assert rests_on_art_5(result, "membership_invalid(asso, unauthorised)")


def test_the_day_before_the_repeal_and_a_groupement_that_is_no_reseau_are_not_warned():
    assert not art_5_warned(reseau("2021-11-11"))
    other = reseau("2021-11-12", nature="")  # not a réseau: the person of L6321-1 was already another body
    assert other.holds("membership_invalid(asso, unauthorised)")
    assert not art_5_warned(other)


def test_the_conflict_on_the_reseau_exception_after_the_repeal_rests_on_article_5():
    result = reason("2022-03-01", "health_network", exclusion_on("2021-11-11", "2021-10-20"))
    conflict = 'conflict("L6133-2@2021-11-12.III", "R6133-8@2019-05-05.I.1.2", network_exception)'
    assert result.holds(conflict)
    assert art_5_warned(result)
    assert rests_on_art_5(result, conflict)
