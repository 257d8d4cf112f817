"""The publicity of a dissolution between 2017-01-14 and 2017-04-27 says only what L6133-9 says (review 29, fixes F2).

L6133-9@2017-01-14 al. 2: « Dans tous les cas, le directeur général de l'agence régionale de santé assure la
publicité de la dissolution. » On those days R6133-8 of 2010 still governs the dissolution (« notifiée au directeur
général ... dans un délai de quinze jours »: the notification only) and R6133-1-1 of 2010 concerns the act of
approval: no text in force asks a publication of the dissolution in the recueil des actes administratifs of the
seat's region and of the members' regions. That comes from R6133-8@2017-04-28 I (« qui en assure la publication dans
les conditions de forme prévues au troisième alinéa de l'article R. 6133-1-1 »). The sentence of
publication_required(dissolution) for an event of that window keeps the words of L6133-9 alone; from 2017-04-28 it
names the recueil. Before the change the window's sentence named the recueil too: the first test failed.
"""

import gcs_reasoner as gcs

GCS = """groupement g "GCS Imagerie de la Creuse" {{
  as of {as_of}
  approved 2012-03-01
  seat "Guéret" region "Nouvelle-Aquitaine"
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_aubusson "CH d'Aubusson" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  convention {{
    object "Imagerie médicale"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_gueret, ch_aubusson
    deliberation d1 on dissolution {{ for ch_gueret, ch_aubusson }}
  }}
  liquidator "Maître Dumas" by ag1.d1
  dissolution by ag1.d1 notified {notified}
}}
"""

ATOM = "publication_required(dissolution)"


def publicity(day: str, convened: str, notified: str, as_of: str = "2017-06-01"):
    result = gcs.reason(gcs.loads(GCS.format(day=day, convened=convened, notified=notified, as_of=as_of),
                                  path="<test>"))
    found = result.find(ATOM)
    assert found is not None, day
    return found


def test_window_2017_01_14_to_2017_04_27_the_words_of_l6133_9_alone():
    for day, convened, notified in (("2017-04-27", "2017-04-07", "2017-05-15"), ("2017-02-01", "2017-01-16",
                                                                                 "2017-02-10")):
        found = publicity(day, convened, notified)
        assert found.provisions == ["L6133-9@2017-01-14.2"], (day, found.provisions)
        fr, en = found.sentence("fr"), found.sentence("en")
        assert "publicité de la dissolution" in fr, fr
        assert "recueil" not in fr and "région" not in fr.replace("agence régionale", ""), fr
        assert "recueil" not in en and "region" not in en, en


def test_from_2017_04_28_the_recueil():
    found = publicity("2017-05-02", "2017-04-14", "2017-05-10")
    assert "R6133-8@2017-04-28.I.1.1" in found.provisions, found.provisions
    assert "recueil des actes administratifs" in found.sentence("fr")
    assert "recueil des actes administratifs" in found.sentence("en")
