"""Approval of the convention (review 32, reviewer 1); each test failed before its change.

F2. A decision's `published` date after the as-of date: the publication is not made yet on that date, as an
`approved` the file dates later (README: « An event the file dates after the as-of date ... has not happened yet
on that date »). It does not date the approval procedure, so a text not yet in force on the as-of date does not
judge it: R6133-11 of 2006 (in force from 2006-01-01) not on 2005-12-31; R6133-1-1 of 2017 (from 2017-04-28)
not on 2017-04-27, when R6133-1-1 of 2010 al. 1 governs (« La convention constitutive du groupement de
coopération sanitaire est approuvée et publiée par le directeur général de l'agence régionale de santé »).
"""

import gcs_reasoner as gcs

TWO_REGIONS = """groupement g "GCS Deux Regions" {{
  as of {as_of}
  {submitted}
  ars_decision dec1 on {decision} by {by} {published} {{ approves convention }}
  seat "Rennes" region "Bretagne"
  capital none
  {nature}
  member a "CHU A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CHU B" {{ kind health_establishment sector public region "Pays de la Loire" rights 50 }}
  convention {{
    {signed}
    object "Imagerie"
    task_split
    attached budget_forecast, cost_split
  }}
}}
"""


def _two_regions(as_of, decision, published=None, by="ars_director_general", submitted=None, y2017=False):
    text = TWO_REGIONS.format(
        as_of=as_of, decision=decision, by=by,
        published=f"published {published}" if published else "",
        submitted=f"submitted {submitted}" if submitted else "",
        nature="declared_nature public" if y2017 else "",
        signed="signed_by a, b" if y2017 else "",
    )
    return gcs.reason(gcs.loads(text, path="<review32_approval>"))


def _approval_atoms(result):
    keep = ("approval_required", "consultation", "conflict", "legal_personality", "publication", "approved_before")
    return sorted(str(c) for c in result if str(c).startswith(keep))


# --- F2 ---------------------------------------------------------------------------------------------

def test_publication_after_as_of_is_as_no_publication_2010():
    later = _two_regions("2010-07-25", "2010-07-20", published="2010-07-30")
    unpublished = _two_regions("2010-07-25", "2010-07-20")
    assert _approval_atoms(later) == _approval_atoms(unpublished)
    # decided 2010-07-20 under R6133-11 of 2006 al. 1 (« le directeur de l'agence régionale de l'hospitalisation
    # de cette région est consulté »), and not consulted
    assert later.holds('consultation_missing("Pays de la Loire")')


def test_publication_after_as_of_2005_draws_nothing_under_the_2006_decree():
    result = _two_regions("2005-12-31", "2005-12-20", published="2006-01-10", by="arh_director")
    assert not result.holds("approval_required(arh_director, convention)")
    assert not result.holds('consultation_required(arh_director, "Pays de la Loire")')
    assert not any(p.startswith("R6133-11@2006") for c in result for p in c.provisions)


def test_publication_after_as_of_2017_judged_under_the_2010_decree():
    result = _two_regions("2017-04-27", "2017-04-20", published="2017-05-05", submitted="2017-03-01", y2017=True)
    assert "R6133-1-1@2010-07-26.1" in result.find("approval_required(ars_director_general, convention)").provisions
    assert not result.holds('consultation_required(ars_director_general, "Pays de la Loire")')
    assert not result.holds('consultation_missing("Pays de la Loire")')


def test_publication_on_as_of_counts():
    # control: published by the as-of date, the approval is published (R6133-1-1 of 2010 al. 2: legal
    # personality from the publication in every region; none in Pays de la Loire yet)
    result = _two_regions("2010-08-25", "2010-07-20", published="2010-07-30")
    assert result.holds('publication_missing("Pays de la Loire")')
