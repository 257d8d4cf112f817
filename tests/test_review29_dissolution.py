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


# R6133-8@2017-04-28.I.1.3 (and 2019, 2021): « une absence de réunion de l'assemblée générale depuis trois
# exercices comptables ». Contract part 2 §10 counts the three whole calendar years before the finding's
# date; an assembly held earlier in the finding's own year is not in them, and the ground is drawn. The
# reading is kept, and a doubtful_text warning now says that « depuis » may read as an absence lasting
# until the finding (review 29, clarif R1). The first test failed before the change.
NO_ASSEMBLY_2021 = """groupement g "G" {{
  as of 2021-03-10
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu "CHU" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch "CH" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  assembly ag1 on 2017-12-31 {{
    present chu
  }}
  {more}
  {finding}
}}
"""
FINDING = 'ars_decision dec1 on 2021-03-01 notified 2021-03-05 { finding no_assembly }'
LATER = 'assembly ag2 on 2021-02-01 { present chu, ch }'


def _doubts(result) -> list:
    return [w for w in result.warnings if w.code == "doubtful_text" and "R6133-8" in w.message]


def test_an_assembly_earlier_in_the_findings_year_keeps_the_ground_and_says_the_doubt():
    for finding in (FINDING, ""):  # judged on the finding's date, or on the as-of date without a finding
        result = gcs.reason(gcs.loads(NO_ASSEMBLY_2021.format(more=LATER, finding=finding)))
        assert result.holds("ars_dissolution_ground(no_assembly)")
        [doubt] = _doubts(result)
        assert "2021" in doubt.message and "depuis" in doubt.message_fr


def test_no_doubt_without_an_assembly_that_year():
    result = gcs.reason(gcs.loads(NO_ASSEMBLY_2021.format(more="", finding=FINDING)))
    assert result.holds("ars_dissolution_ground(no_assembly)") and not _doubts(result)
