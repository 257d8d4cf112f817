"""R6133-12 III of 2017 is cited for a holder's request made under it, not for one of 2016 (review 29, fixes F3).

R6133-12@2017-04-28 III: « Lorsque l'exploitation en commun par le groupement des autorisations d'activités de soins ou
d'équipements matériels lourds, détenues par un ou plusieurs de ses membres entraîne une modification des conditions
d'exécution des autorisations, chaque membre titulaire concerné adresse au directeur général de l'agence régionale de
santé une demande de modification de ses autorisations exploitées en commun, concomitamment à la demande d'approbation
de la convention constitutive du groupement ou de son avenant ». The request is an event, tied by « concomitamment »
to the approval request: it is judged under the text in force on that request's date, which the rules read as the
receipt of the convention's approval request (`submitted`), or of an avenant's, and, when the file states no receipt,
the as-of date (README, « The member's request (R6133-12 III of 2017) »: jo_request_date). Contract part 2 §8 reads
`approval_required(ars_director_general, operate_authorisation:M)` from 2016-01-28 as that modification: it cites
R6133-12 III only when the request goes with an approval request received from 2017-04-28. A convention received on
2016-03-01 (approved 2016-05-02), examined on 2018-06-01: L6133-1 4° alone. Before the change the citation followed
the as-of date and named R6133-12 III there: the first test failed.
"""

import gcs_reasoner as gcs

GCS = """groupement imagerie_sud "GCS Imagerie Sud" {{
  as of {as_of}
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  {submitted}
  capital none
  declared_nature private
  member ap_hm "AP-HM" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 60 }}
  member clinique_p "Clinique du Parc" {{ kind health_establishment sector private region "Provence-Alpes-Côte d'Azur" rights 40 eligible_holder }}
  {operation}
}}
"""

AUTHORISATION = """authorisation irm heavy_equipment "IRM 3 T" held_by clinique_p granted 2015-02-01 until 2024-02-01 modification_requested {requested}
  operates irm site "Marseille Nord\""""
PART1 = "activity operates_authorisation_of clinique_p"
ATOM = "approval_required(ars_director_general, operate_authorisation:clinique_p)"
III = "R6133-12@2017-04-28.III"


def provisions(as_of: str, submitted: str, operation: str) -> set:
    result = gcs.reason(gcs.loads(GCS.format(as_of=as_of, submitted=submitted, operation=operation), path="<test>"))
    found = result.find(ATOM)
    assert found is not None, (as_of, submitted, operation)
    return set(found.provisions)


def test_request_with_a_convention_received_in_2016_not_r6133_12_iii():
    for operation in (AUTHORISATION.format(requested="2016-03-01"), PART1):
        for as_of in ("2017-06-01", "2018-06-01", "2023-01-01"):
            cited = provisions(as_of, "submitted 2016-03-01\n  approved 2016-05-10", operation)
            assert III not in cited, (as_of, operation, cited)
            assert len(cited) == 1 and next(iter(cited)).endswith(".2.4"), cited


def test_request_with_a_convention_received_from_2017_04_28_r6133_12_iii():
    for operation in (AUTHORISATION.format(requested="2017-05-10"), PART1):
        cited = provisions("2018-06-01", "submitted 2017-05-10\n  approved 2017-07-20", operation)
        assert III in cited, (operation, cited)


def test_receipt_not_stated_the_as_of_date():
    # README reading (jo_request_date): when nothing dates the approval request (no receipt, no approval stated),
    # the request is judged on the as-of date
    for operation in (AUTHORISATION.format(requested="2016-03-01"), PART1):
        assert III in provisions("2018-06-01", "", operation), operation
        assert III not in provisions("2017-04-27", "", operation), operation
        # review 36 J1: an approval of the convention dated 2016-05-10 dates its approval request before the text
        # (« concomitamment à la demande d'approbation de la convention constitutive »): L6133-1 4° alone
        cited = provisions("2018-06-01", "approved 2016-05-10", operation)
        assert III not in cited and len(cited) == 1 and next(iter(cited)).endswith(".2.4"), (operation, cited)


def test_the_quote_shown_is_that_of_r6133_12_iii_when_it_is_cited():
    """A rule citing L6133-1 4° and R6133-12 III quotes III (review 29, last F2): when the version of
    L6133-1 applied was a later one (2018), the explanation replaced the quote with the whole text of
    L6133-1 4°, the words of III never shown. The quote is kept when it is in the text of any
    provision applied (versions.applied_quote). Failed before the change."""
    from gcs_reasoner.versions import applied_quote

    quote = "chaque membre titulaire concerné adresse au directeur général de l'agence régionale de santé"
    cited = ["L6133-1@2017-01-14.2.4", "L6133-1@2018-01-19.2.4", "R6133-12@2017-04-28.III"]
    assert applied_quote(["L6133-1@2018-01-19.2.4", "R6133-12@2017-04-28.III"], cited, quote) == quote
    # a renumbered item whose quote is in no applied text still gets that version's own words
    assert applied_quote(["L6133-1@2018-01-19.2.4"], cited, quote) != quote
