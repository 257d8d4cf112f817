"""Review 30 ("late": the texts in force from 2018-01-19 on); each test failed before its change.

R6133-8@2021-12-27.I.1.2: « Il est également dissous si, du fait du retrait ou de l'exclusion d'un ou
plusieurs de ses membres, [...] ou s'il ne compte plus en son sein d'établissement de santé sauf si le
groupement constitue un dispositif d'appui à la coordination ». The exception, as the dissolution it
spares, is a state that begins on the first day without the health establishment: a withdrawal that
takes effect after the as-of date has not yet left the groupement without one (F1; the same for the
réseau de santé exception of R6133-17@2006-01-01.2, « sauf si le groupement constitue un réseau de santé
en vertu de l'article L. 6133-4 », whose conflict with L6133-4@2009-07-23 is reported).
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
