"""A departure still to come draws nothing under R6133-8 of 2021 (review 29, stories F1).

R6133-8@2021-12-27.I.1.2: « ou s'il ne compte plus en son sein d'établissement de santé sauf si le groupement
constitue un dispositif d'appui à la coordination ». The only health establishment's withdrawal, notified on 2021-06-30,
takes effect at the end of the financial year: it is no member from 2022-01-01. Judged on 2021-12-26, 2021-12-27
or 2021-12-31, nothing has been drawn under that text (no dissolution
yet): no warning may say that what is drawn from it rests on the file. Judged on 2022-06-30, the
dissolution is drawn and the warning is due. The first test failed before the change.
"""

import gcs_reasoner as gcs

RESEAU = """groupement reseau_cher "GCS Réseau Cher" {
  as of 2022-06-30
  approved 2015-03-01
  seat "Bourges" region "Centre-Val de Loire"
  declared_nature public
  running_costs yes
  capital none
  rights_basis convention
  activity common_equipment
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 40 }
  member ms_b "EHPAD B" { kind medico_social_establishment sector public region "Centre-Val de Loire" rights 30 }
  member ms_c "EHPAD C" { kind medico_social_establishment sector public region "Centre-Val de Loire" rights 30 }
  convention { object "Réseau" task_split vote_weight rights }
  withdrawal ch_a notified 2021-06-30
}
"""


def _warned_2021(result) -> list:
    return [w for w in result.warnings if w.code == "text_not_in_folder" and "2021-12-27" in str(w.as_dict())]


def test_nothing_drawn_before_the_departure_takes_effect():
    for day in ("2021-12-26", "2021-12-27", "2021-12-31"):
        result = gcs.reason(gcs.loads(RESEAU), as_of=day)
        assert not result.holds("dissolved_on(no_health_establishment, 2022-01-01)")
        assert not _warned_2021(result), day


def test_drawn_once_the_departure_took_effect():
    result = gcs.reason(gcs.loads(RESEAU))
    assert result.holds("dissolved_on(no_health_establishment, 2022-01-01)")
    assert _warned_2021(result)
