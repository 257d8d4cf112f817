"""The approval of a joint operation cites R6133-12 III from 2017-04-28 (review 29, clarif F3).

Contract part 2 §8: « `operate_authorisation:<member>` read from 2016-01-28 as the modification of
R6133-12@2017-04-28.III ». R6133-12@2017-04-28 III: « chaque membre titulaire concerné adresse au directeur général de
l'agence régionale de santé une demande de modification de ses autorisations exploitées en commun, concomitamment à la
demande d'approbation de la convention constitutive du groupement ou de son avenant ». L6133-1@2017-01-14 4°:
« Exploiter sur un site unique les autorisations détenues par un ou plusieurs de ses membres ». From 2017-04-28 the
conclusion cites both; on 2017-04-27 (R6133-12 of 2017 not yet in force) L6133-1 4° alone. Before the change the
conclusion cited L6133-1 4° alone on every date: the first test failed.

The request goes with the approval request, an event judged under the text of its date (review 36 J1 and second
reader T1): where nothing dates the convention's approval request (no receipt, no approval stated), the as-of date;
approved in 2012, the request came before III; approved from 2017-04-28 with no receipt stated, the text that governs
it is open (III not cited); a receipt from 2017-04-28 stated, III.
"""

import gcs_reasoner as gcs

OPERATES = """groupement g "G" {{
  as of {as_of}
  {approval}
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  capital none
  member chu "CHU" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 50 }}
  member clin "Clinique" {{ kind health_establishment sector private region "Auvergne-Rhône-Alpes" rights 50 eligible_holder }}
  declared_nature private
  {operation}
}}
"""

PART1 = "activity operates_authorisation_of clin"
PART2 = """authorisation irm heavy_equipment "IRM" held_by clin granted 2015-01-01 modification_requested 2017-04-10
  operates irm site "Lyon\""""
ATOM = "approval_required(ars_director_general, operate_authorisation:clin)"


def provisions(as_of: str, operation: str, approval: str = "") -> set:
    result = gcs.reason(gcs.loads(OPERATES.format(as_of=as_of, operation=operation, approval=approval)))
    found = result.find(ATOM)
    assert found is not None, (as_of, operation)
    return set(found.provisions)


def test_from_2017_04_28_the_modification_of_r6133_12_iii():
    for operation in (PART1, PART2):
        for day in ("2017-04-28", "2017-06-01", "2024-01-01"):
            cited = provisions(day, operation)
            assert "R6133-12@2017-04-28.III" in cited, (day, operation, cited)
            assert any(p.startswith("L6133-1@") and p.endswith(".2.4") for p in cited), cited


def test_before_2017_04_28_the_law_alone():
    for operation in (PART1, PART2):
        assert provisions("2017-04-27", operation) == {"L6133-1@2017-01-14.2.4"}


def test_the_approval_request_dated_by_the_file():
    for operation in (PART1, PART2):
        # approved (published) 2012-09-01: the request came before III
        assert provisions("2024-01-01", operation, "approved 2012-09-01") == {"L6133-1@2018-01-19.2.4"}
        # approved 2018-03-01, no receipt: before III or after, the file does not say
        assert provisions("2024-01-01", operation, "approved 2018-03-01") == {"L6133-1@2018-01-19.2.4"}
        # received 2018-01-05: under III
        cited = provisions("2024-01-01", operation, "approved 2018-03-01\n  submitted 2018-01-05")
        assert "R6133-12@2017-04-28.III" in cited, (operation, cited)
