"""The scale the convention carries and a change of the members (review 28, billing R3); each test marked so
failed before its change.

R6133-16@2010-07-26.II (R6133-21@2017-04-28.II, same as): « L'échelle tarifaire ainsi fixée est portée dans la
convention constitutive du groupement et est valable pour toute la durée du groupement érigé en établissement de
santé, sauf modifications de la composition du groupement. » One sentence, one subject: the scale the
convention carries is the scale so fixed, and the exception for a change of composition governs it as it
governs the director general's decision (rules/billing/2009-07-23_L6133-8.lp, scale_composition_changed). The
file records no decision fixing it, but the convention that carries it was approved: the scale was fixed on or
before the approval (the first approving decision, its publication or the tacit approval, whichever the file
dates first), or on or before the latest avenant `for convention_change` that may have brought it in. A
member who joins, withdraws, is excluded or merges after that date and by the as-of date ends what the
sentence says of the scale: no tariff_scale from the convention, and
missing_fact(tariff, groupement, scale_after_composition_change), as after a decision.
"""

import gcs_reasoner as gcs

# /tmp/r28/billing/s07: the convention (approved 2011-01-10) carries d; two hospitals join on 2013-01-01.
GCS = """groupement g7 "GCS Convention" {{
  as of {as_of}
  approved 2011-01-10
  seat "Niort" region "Poitou-Charentes"
  capital none
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 20 }}
  member cl_d1 "Clinique D1" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 20 }}
  member cl_d2 "Clinique D2" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 20 }}
  member ch_b "CH B" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 20 joined {joined} }}
  member ch_c "CH C" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 20 joined {joined} }}
  member dr_m "Dr M" {{ kind liberal_medical_professional individual region "Poitou-Charentes" rights 5 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2011-06-01
  {more}
  convention {{
    tariff_scale d
  }}
}}
"""
LAPSED = "missing_fact(tariff, groupement, scale_after_composition_change)"


def _reason(as_of: str = "2014-06-01", joined: str = "2013-01-01", more: str = ""):
    return gcs.reason(gcs.loads(GCS.format(as_of=as_of, joined=joined, more=more), path="<review28>"))


def _warned(result) -> set[str]:
    return {w.atom for w in result.warnings if w.atom}


def test_a_join_after_the_approval_ends_the_conventions_scale():
    """Failed before: tariff_scale(d) and practitioner_pay(dr_m, fees_direct) were drawn, with no warning."""
    result = _reason()
    assert not result.holds("tariff_scale(d)")
    assert not result.holds("practitioner_pay(dr_m, fees_direct)")
    assert LAPSED in _warned(result)


def test_before_the_join_the_conventions_scale_holds():
    result = _reason(as_of="2012-12-31")
    assert result.holds("tariff_scale(d)")
    assert LAPSED not in _warned(result)


def test_members_who_joined_before_the_approval_are_no_change():
    result = _reason(joined="2011-01-05")
    assert result.holds("tariff_scale(d)")
    assert LAPSED not in _warned(result)


def test_an_avenant_changing_the_convention_after_the_join_may_have_brought_the_scale():
    result = _reason(more="avenant av1 on 2013-06-01 for convention_change")
    assert result.holds("tariff_scale(d)")
    assert LAPSED not in _warned(result)
