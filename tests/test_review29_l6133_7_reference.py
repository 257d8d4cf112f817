"""A public GCS erected into a public health establishment, no health establishment among its members (review 29,
clarif F2).

L6133-2@2017-01-14 I al. 1 (repeated 2018, 2021): « Il doit comprendre au moins un établissement de santé, sauf dans
le cas prévu au deuxième alinéa de l'article L. 6133-7. » L6133-7@2017-01-14 al. 2 (repeated 2019): « Lorsque le
groupement de coopération sanitaire est un établissement public de santé, les règles de fonctionnement et de
gouvernance des établissements publics de santé s'appliquent ». Contract part 2 §6: the "second alinéa of L6133-7"
exception is a conflict (L6133-2@2017-01-14.I.1 vs L6133-7@2017-01-14.{2,3}), reported by `conflict` with none
preferred. The case the words name is this one: the groupement is spared by the letter (no composition_invalid), and
conflict(L6133-2@2017-01-14.I.1, L6133-7@2017-01-14.2, l6133_7_reference) says that the reference may mean the AMP
derogation of the last alinéa, under which its composition would be irregular. Before the change the tool drew a
flat composition_invalid(no_health_establishment) and no conflict: the first test failed.
"""

import gcs_reasoner as gcs

EPS = """groupement g "G" {{
  as of {as_of}
  approved 2017-09-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  capital none
  declared_nature {nature}
  member ehpad "EHPAD" {{ kind medico_social_establishment sector {sector} region "Auvergne-Rhône-Alpes" rights 50 }}
  member cds "Centre de santé" {{ kind health_centre sector {sector} region "Auvergne-Rhône-Alpes" rights 50 }}
  authorisation ssr care_activity "SSR" held_by groupement granted 2018-01-10
  {erects}
}}
"""

CONFLICT = 'conflict("L6133-2@2017-01-14.I.1", "L6133-7@2017-01-14.2", l6133_7_reference)'
INVALID = "composition_invalid(no_health_establishment)"


def reason(as_of="2019-06-01", nature="public", sector="public", erects="ars_decision dec1 on 2018-01-10 { erects }"):
    return gcs.reason(gcs.loads(EPS.format(as_of=as_of, nature=nature, sector=sector, erects=erects)))


def test_public_health_establishment_is_the_case_named():
    """The reviewer's s09: erected into a public health establishment on 2018-01-10."""
    result = reason()
    assert result.holds("health_establishment(public, 2018-01-10)")
    assert result.holds(CONFLICT)
    assert not result.holds(INVALID)
    assert set(result.find(CONFLICT).provisions) == {"L6133-2@2018-01-19.I.1", "L6133-7@2017-01-14.2"}
    assert not [c for c in result.conclusions if c.text.startswith("conflict(") and "L6133-7@2017-01-14.3" in c.text]


def test_not_erected_yet():
    """Before the erection (or with none) it is no public health establishment: the requirement holds."""
    for result in (reason(as_of="2018-01-09"), reason(erects="")):
        assert result.holds(INVALID)
        assert not result.holds(CONFLICT)


def test_private_health_establishment_is_not_the_case():
    result = reason(nature="private", sector="private")
    assert result.holds("health_establishment(private, 2018-01-10)")
    assert result.holds(INVALID)
    assert not result.holds(CONFLICT)
