"""The remedy date cites the version under which it was set (review 28, arsproc F5).

R6133-8@2017-04-28.I.1.3 and R6133-8@2019-05-05.I.1.3 (same words): « peut alors demander au directeur général
de l'agence régionale de santé un délai supplémentaire pour remédier aux manquements ». An event is judged under
the text in force on its date: the extra time granted on 2019-05-15 is granted under the version of 2019-05-05,
and the time limit it sets (2019-07-31) cites that version, not the 2017 one of the injunction of 2019-03-10.
The first assertion failed before.
"""

import gcs_reasoner as gcs

FILE = """groupement s04 "GCS Test" {
  as of 2019-07-01
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member chu_limoges "CHU de Limoges" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }
  member ch_tulle "CH de Tulle" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }
  assembly ag2018 on 2018-06-12 {
    present chu_limoges, ch_tulle
    deliberation d1 on budget { for chu_limoges, ch_tulle }
  }
  ars_decision dec1 on 2019-01-30 by ars_director_general notified 2019-01-31 { finding serious_breach }
  reply to dec1 on 2019-02-20 measures asks_extension
  ars_decision dec2 on 2019-03-10 by ars_director_general notified 2019-03-10 { injunction until 2019-05-31 }
  ars_decision dec3 on 2019-05-15 by ars_director_general notified 2019-05-15 { extension until 2019-07-31 }
}
"""


def test_the_extended_time_limit_cites_the_version_of_the_extension():
    result = gcs.reason(gcs.loads(FILE, path="<test>"))
    assert result.find("ars_dissolution_step_due(remedy, 2019-07-31)").provisions == ["R6133-8@2019-05-05.I.1.3"]


def test_the_injunctions_own_time_limit_cites_the_version_of_the_injunction():
    before = gcs.reason(gcs.loads(FILE.replace("as of 2019-07-01", "as of 2019-05-01"), path="<test>"))
    assert before.find("ars_dissolution_step_due(remedy, 2019-05-31)").provisions == ["R6133-8@2017-04-28.I.1.3"]
