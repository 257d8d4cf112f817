"""Approval, transfers and liquidation on cases the golden files do not show, found by a review of
membership/, dissolution/, approval/ and transfers/ against the texts; each fails on the rules
before."""

from __future__ import annotations


import gcs_reasoner as gcs

from .edited import reason_edited


def test_an_approval_published_after_the_as_of_date_is_not_yet_before_the_opinions():
    """R6133-11@2006-01-01.1 « son avis est réputé acquis à défaut de réponse dans un délai d'un
    mois »: on 2006-02-15 the consultations are pending and the approval, published on 2006-04-03,
    has not happened yet: it did not come before the opinions."""
    result = reason_edited("publication_deemed.gcs", ("  as of 2007-01-15", "  as of 2006-02-15"))
    assert result.by_predicate("consultation_pending")
    assert not result.by_predicate("approved_before_opinion")


def test_a_publication_in_another_region_dated_after_the_as_of_date_is_missing_on_that_date():
    """R6133-11@2006-01-01.3 « ainsi que dans le recueil des actes administratifs des autres
    régions »: on 2007-01-15 the publication in Haute-Normandie, dated 2007-03-01, is not made."""
    result = reason_edited("publication_deemed.gcs", ('  published_in "Picardie"', '  published_in "Haute-Normandie" on 2007-03-01\n  published_in "Picardie"'))
    assert result.holds('publication_missing("Haute-Normandie")')
    later = reason_edited("publication_deemed.gcs", ("  as of 2007-01-15", "  as of 2007-06-01"),
                    ('  published_in "Picardie"', '  published_in "Haute-Normandie" on 2007-03-01\n  published_in "Picardie"'))
    assert not later.holds('publication_missing("Haute-Normandie")')


def test_competences_are_not_transferred_before_the_decision():
    """R6133-25@2010-07-26.1: the decision of 2011-02-01 transfers nothing on 2011-01-15."""
    before = reason_edited("transfers_2011_decision.gcs", ("  as of 2011-03-01", "  as of 2011-01-15"))
    assert not before.by_predicate("competence_transferred")
    assert reason_edited("transfers_2011_decision.gcs").by_predicate("competence_transferred")


LIQUIDATION = """groupement gcs_liq "GCS Liquidation" {
  as of Y-01-15
  approved X-02-01
  seat "Nancy" region "Lorraine"
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_toul "CH de Toul" { kind health_establishment sector public region "Lorraine" rights 40 }
  assembly ag1 on X-06-14 {
    convened_on X-05-25 BY1
    present chu_nancy, ch_toul
    deliberation d1 on dissolution { for chu_nancy, ch_toul }
  }
  assembly ag2 on X-09-14 {
    convened_on X-08-25 BY2
    present chu_nancy, ch_toul
    deliberation d1 on liquidation { for chu_nancy, ch_toul }
  }
  liquidator "Maître Durand" by ag2.d1
  dissolution by ag1.d1 notified X-06-20
}
"""


def test_liquidators_are_not_judged_on_an_undecided_dissolution_or_appointment():
    """R6133-18@2006-01-01.1-2 and R6133-21@2010-07-26.I.2.18: a dissolution whose convocation is
    not stated (its validity undecided) leaves open whether liquidators named later were named in a
    liquidation; an appointment whose validity is undecided leaves open whether a liquidator was
    validly named. In 2007 (the 2006 texts) and 2012 (those of 2010)."""
    for x, y in (("2007", "2008"), ("2012", "2013")):
        base = LIQUIDATION.replace("X-", f"{x}-").replace("Y-", f"{y}-")
        dissolution_open = gcs.reason(gcs.loads(base.replace("BY1", "").replace("BY2", "by administrator"), path="<a>"))
        assert not dissolution_open.by_predicate("liquidator_invalid"), x
        appointment_open = gcs.reason(gcs.loads(base.replace("BY1", "by administrator").replace("BY2", ""), path="<b>"))
        assert appointment_open.by_predicate("in_liquidation"), x
        assert not appointment_open.by_predicate("liquidator_not_appointed"), x
        both = gcs.reason(gcs.loads(base.replace("BY1", "by administrator").replace("BY2", "by administrator"), path="<c>"))
        assert both.by_predicate("in_liquidation") and not both.by_predicate("liquidator_not_appointed"), x
        assert not both.by_predicate("liquidator_invalid"), x


def test_an_avenant_of_march_2010_approved_in_may_is_approved_by_the_ars():
    """R6133-11@2006-01-01.5 « Les avenants … font l'objet d'une procédure identique »: the authority
    is the one that exists when it decides, as for the convention: an avenant of 2010-03-20
    approved on 2010-05-10 is approved by the ARS director general (the ARH ceased on
    2010-03-31); one still awaiting approval on 2010-03-25 awaits the ARH director's."""
    edit = ("  avenant av1 on 2010-05-10 for convention_change\n",
            "  avenant av1 on 2010-03-20 for convention_change approved_on 2010-05-10\n"
            "  ars_decision dec1 on 2010-05-10 by ars_director_general { approves avenant av1 }\n")
    # the groupement approved (published) on 2010-03-01, before the avenant: an avenant dated before legal
    # personality is left out (review 36 X3), which the 2010-04-01 file would make of one of 2010-03-20
    earlier = ("  approved 2010-04-01", "  approved 2010-03-01")
    approved = reason_edited("approval09_authority_2010_04_01.gcs", edit, earlier)
    assert approved.holds("approval_required(ars_director_general, avenant(av1))")
    assert not approved.holds("approval_required(arh_director, avenant(av1))")
    pending = reason_edited("approval09_authority_2010_04_01.gcs", edit, earlier,
                            ("  as of 2010-06-01", "  as of 2010-03-25"))
    assert pending.holds("approval_required(arh_director, avenant(av1))")


def test_a_member_admitted_after_it_joined_is_regular_from_the_admission():
    """R6133-7@2010-07-26.I « le groupement peut admettre de nouveaux membres, par décision de
    l'assemblée générale »: ch_largentiere joined on 2011-05-01, the assembly admitted it on
    2011-06-11: irregular in between, regular once the assembly has decided."""
    edits = (("  assembly ag1 on 2011-04-11 {", "  assembly ag1 on 2011-06-11 {"),
             ("    convened_on 2011-03-28 by administrator", "    convened_on 2011-05-28 by administrator"))
    after = reason_edited("gap10_admission_exclusion.gcs", *edits)
    assert after.holds("deliberation_valid(ag1, d1)")
    assert not after.holds("membership_invalid(ch_largentiere, not_admitted_by_assembly)")
    between = reason_edited("gap10_admission_exclusion.gcs", *edits, ("  as of 2012-03-01", "  as of 2011-05-20"))
    assert between.holds("membership_invalid(ch_largentiere, not_admitted_by_assembly)")


LIQUIDATOR_EARLY = """groupement gcs_liq "GCS Liquidation" {
  as of 2013-01-15
  approved 2012-02-01
  seat "Nancy" region "Lorraine"
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_toul "CH de Toul" { kind health_establishment sector public region "Lorraine" rights 40 }
  assembly ag0 on 2012-04-14 {
    present chu_nancy, ch_toul
    deliberation d1 on liquidation { for chu_nancy, ch_toul }
  }
  assembly ag1 on 2012-06-14 {
    convened_on 2012-05-25 by administrator
    present chu_nancy, ch_toul
    deliberation d1 on dissolution { for chu_nancy, ch_toul }
  }
  liquidator "Maître Durand" by ag0.d1
  dissolution by ag1.d1 notified 2012-06-20
}
"""


def test_an_undecided_appointment_before_the_dissolution_leaves_the_liquidator_open():
    """R6133-18@2006-01-01.1-2 « La dissolution du groupement entraîne sa liquidation … nomme un ou
    plusieurs liquidateurs »: a liquidator named in April 2012 (the deliberation's validity open),
    before the dissolution of June. No text requires the appointment to follow the dissolution (review 31,
    dis RQ1: an appointment before a dissolution that comes takes effect at it; this test said the
    contrary before): whether a liquidator was validly named rests on that deliberation's validity, open,
    so neither appointed nor missing."""
    result = gcs.reason(gcs.loads(LIQUIDATOR_EARLY, path="<early>"))
    assert result.holds("in_liquidation(2012-06-15)")
    assert not result.by_predicate("liquidator_not_appointed")
    assert not result.by_predicate("liquidator_appointed")
    assert not result.by_predicate("liquidator_invalid")


def test_an_admission_counts_from_the_day_after_the_assembly():
    """Membership on a date is the state at the start of that day (README): on the day of the
    admitting assembly (2011-06-11) the member joined on 2011-05-01 is not yet admitted."""
    edits = (("  assembly ag1 on 2011-04-11 {", "  assembly ag1 on 2011-06-11 {"),
             ("    convened_on 2011-03-28 by administrator", "    convened_on 2011-05-28 by administrator"),
             ("  as of 2012-03-01", "  as of 2011-06-11"))
    assert reason_edited("gap10_admission_exclusion.gcs", *edits).holds("membership_invalid(ch_largentiere, not_admitted_by_assembly)")
