"""Review 33 (reviewer 1: the liquidator's appointment, the approval procedure).

F1. R6133-8 of 2010 al. 1 « Il est également dissous si, du fait du retrait ou de l'exclusion d'un ou plusieurs de
ses membres, il ne compte plus qu'un seul membre ou s'il ne compte plus en son sein d'établissement de santé »;
al. 2 « La dissolution du groupement entraîne sa liquidation ». A dissolution by the state of the membership is in
view on the appointment's day only when every departure it needed had been notified (withdrawal), voted
(exclusion) or had occurred (merger) by then, not only the departures taking effect on the first day dissolved;
for the state without a health establishment, the departures of the health establishments.

F2. R6133-11 of 2006 governs the approval only from 2006-01-01 (décret 2005-1681 art. 3): an approving decision of
2005 published in 2006 is not judged on its consultation and authority, and a warning says so.

F3. R6133-11 of 2006 al. 1 « Lorsque l'un des membres du groupement a son siège dans une autre région, le
directeur de l'agence régionale de l'hospitalisation de cette région est consulté »: the members whose seats count
are those on the day of the approving decision, not on its publication.
"""

from datetime import date

import gcs_reasoner as gcs


def _reason(text, as_of=None):
    return gcs.reason(gcs.loads(text, path="<review33>"), as_of=as_of)


def _found(result):
    return {str(c): c.provisions for c in result.conclusions}


def _warnings(result):
    return [(w.code, w.message) for w in result.warnings]


# --- F1 -------------------------------------------------------------------------------------------------------

COTENTIN = """groupement g "GCS Imagerie du Cotentin" {
  as of %(as_of)s
  approved 2006-03-01
  seat "Cherbourg" region "Basse-Normandie"
  member ch_cherbourg "CH de Cherbourg" { kind health_establishment sector public region "Basse-Normandie" rights 40 }
  member ch_valognes "CH de Valognes" { kind health_establishment sector public region "Basse-Normandie" rights 30 }
  member ch_carentan "CH de Carentan" { kind health_establishment sector public region "Basse-Normandie" rights 30 }
%(extra)s  convention {
    object "Imagerie médicale"
    task_split
    mentions dissolution_rules
  }
%(events)s  assembly ag1 on %(day)s {
    convened_on %(convened)s by administrator
    present ch_cherbourg, ch_valognes, ch_carentan
    deliberation d3 on liquidation { for ch_cherbourg, ch_valognes, ch_carentan }
  }
  liquidator "Maître Lefèvre" by ag1.d3
}
"""

TWO_WITHDRAWALS = """  withdrawal ch_valognes notified 2011-01-10 effective 2012-12-31
  withdrawal ch_carentan notified 2011-06-01 effective 2011-12-31
"""


def _cotentin(day, convened, events, as_of="2013-03-01", extra=""):
    return _found(_reason(COTENTIN % {"as_of": as_of, "day": day, "convened": convened, "events": events,
                                      "extra": extra}))


def test_a_withdrawal_needed_but_notified_after_the_appointment_leaves_no_dissolution_in_view():
    # on 2011-03-01 only ch_valognes had notified: two members would have remained (ch_cherbourg, ch_carentan);
    # ch_carentan's notice of 2011-06-01, which took effect first (2011-12-31), was needed for the single member
    found = _cotentin("2011-03-01", "2011-02-10", TWO_WITHDRAWALS)
    assert "dissolved_on(single_member, 2013-01-01)" in found
    assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found
    assert "liquidator_not_appointed(2013-01-01)" in found
    assert not any(k.startswith("liquidator_appointed") for k in found)


def test_the_same_appointment_after_both_notices_stands():
    found = _cotentin("2011-07-01", "2011-06-10", TWO_WITHDRAWALS)
    assert "dissolved_on(single_member, 2013-01-01)" in found
    assert 'liquidator_appointed("Maître Lefèvre")' in found
    assert not any(k.startswith("liquidator_invalid") or k.startswith("liquidator_not_appointed") for k in found)


def test_the_same_appointment_before_both_notices_is_invalid():
    found = _cotentin("2011-01-05", "2010-12-15", TWO_WITHDRAWALS)
    assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found
    assert "liquidator_not_appointed(2013-01-01)" in found


EXCLUSION = """  withdrawal ch_valognes notified 2011-01-10 effective 2012-12-31
  assembly ag2 on 2011-06-01 {
    convened_on 2011-05-10 by administrator
    present ch_cherbourg, ch_valognes, ch_carentan
    deliberation d1 on exclusion of ch_carentan { for ch_cherbourg, ch_valognes against ch_carentan ground breach heard ch_carentan }
  }
"""


def test_an_exclusion_voted_after_the_appointment_was_needed_too():
    found = _cotentin("2011-03-01", "2011-02-10", EXCLUSION)
    assert "excluded(ch_carentan, 2011-06-01)" in found
    assert "dissolved_on(single_member, 2013-01-01)" in found
    assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found
    assert not any(k.startswith("liquidator_appointed") for k in found)


def test_an_exclusion_voted_before_the_appointment_puts_it_in_view():
    found = _cotentin("2011-07-01", "2011-06-15", EXCLUSION)
    assert "excluded(ch_carentan, 2011-06-01)" in found
    assert 'liquidator_appointed("Maître Lefèvre")' in found
    assert not any(k.startswith("liquidator_invalid") for k in found)


NORD = """  member ch_nord "CH du Nord-Cotentin" { kind health_establishment sector public region "Basse-Normandie" rights 30 joined %s }
"""
MERGER = """  withdrawal ch_carentan notified 2011-01-10 effective 2011-12-31
  merger ch_nord of ch_valognes on %s
"""


def test_a_merger_after_the_appointment_was_needed_for_the_single_member():
    # ch_valognes absorbed on 2011-06-01 by an establishment never admitted: ch_cherbourg alone from 2012-01-01,
    # but on 2011-03-01 ch_carentan's withdrawal would have left two members
    found = _cotentin("2011-03-01", "2011-02-10", MERGER % "2011-06-01", as_of="2012-03-01",
                      extra=NORD % "2011-06-01")
    assert "dissolved_on(single_member, 2012-01-01)" in found
    assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found
    assert not any(k.startswith("liquidator_appointed") for k in found)


def test_a_merger_before_the_appointment_puts_it_in_view():
    found = _cotentin("2011-03-01", "2011-02-10", MERGER % "2011-02-01", as_of="2012-03-01",
                      extra=NORD % "2011-02-01")
    assert "dissolved_on(single_member, 2012-01-01)" in found
    assert 'liquidator_appointed("Maître Lefèvre")' in found
    assert not any(k.startswith("liquidator_invalid") for k in found)


NO_HE = """groupement g "GCS Imagerie du Cotentin" {
  as of 2013-03-01
  approved 2006-03-01
  seat "Cherbourg" region "Basse-Normandie"
  member ch_a "CH A" { kind health_establishment sector public region "Basse-Normandie" rights 30 }
  member ch_b "CH B" { kind health_establishment sector public region "Basse-Normandie" rights 30 }
  member dr_x "Dr X" { kind liberal_medical_professional sector private region "Basse-Normandie" rights 10 }
  member dr_y "Dr Y" { kind liberal_medical_professional sector private region "Basse-Normandie" rights 10 }
  member dr_z "Dr Z" { kind liberal_medical_professional sector private region "Basse-Normandie" rights 20 }
  convention {
    object "Imagerie médicale"
    task_split
    mentions dissolution_rules
  }
  withdrawal ch_a notified 2011-01-10 effective 2012-12-31
  withdrawal ch_b notified %s effective 2011-12-31
  withdrawal dr_z notified %s effective 2012-12-31
  assembly ag1 on 2011-03-01 {
    convened_on 2011-02-10 by administrator
    present ch_a, ch_b, dr_x, dr_y, dr_z
    deliberation d3 on liquidation { for ch_a, ch_b, dr_x, dr_y, dr_z }
  }
  liquidator "Maître Lefèvre" by ag1.d3
}
"""


def test_no_health_establishment_a_health_establishment_notified_late_leaves_it_out_of_view():
    found = _found(_reason(NO_HE % ("2011-06-01", "2011-01-15")))
    assert "dissolved_on(no_health_establishment, 2013-01-01)" in found
    assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found
    assert not any(k.startswith("liquidator_appointed") for k in found)


def test_no_health_establishment_a_member_of_another_kind_notified_late_was_not_needed():
    # both hospitals had notified by 2011-03-01; dr_z's withdrawal, taking effect the same day as ch_a's, was
    # not needed for the groupement to count no health establishment
    found = _found(_reason(NO_HE % ("2010-12-01", "2011-06-01")))
    assert "dissolved_on(no_health_establishment, 2013-01-01)" in found
    assert 'liquidator_appointed("Maître Lefèvre")' in found
    assert not any(k.startswith("liquidator_invalid") for k in found)


# --- F2 -------------------------------------------------------------------------------------------------------

A4 = """groupement g "GCS T" {
  as of 2006-06-01
  ars_decision dec1 on %s by arh_director published %s { approves convention }
  seat "Lyon" region "Rhône-Alpes"
  member hcl "HCL" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_macon "CH de Mâcon" { kind health_establishment sector public region "Bourgogne" rights 40 }
}
"""


def _procedure_warnings(result):
    return [(c, m, f) for c, m, f in ((w.code, w.message, w.message_fr) for w in result.warnings)
            if c == "text_not_in_force" and "approval of the convention" in m and "consultation" in m]


def test_a_decision_of_2005_published_in_2006_leaves_its_procedure_unjudged_with_a_warning():
    result = _reason(A4 % ("2005-12-20", "2006-01-10"))
    found = _found(result)
    # R6133-11 of 2006 governs from 2006-01-01 only: neither the authority nor the consultation is judged
    assert not any(k.startswith(("approval_required", "consultation_")) for k in found), found
    warned = _procedure_warnings(result)
    assert len(warned) == 1, _warnings(result)
    _, en, fr = warned[0]
    assert "20 December 2005" in en and "is not judged" in en
    assert "20 décembre 2005" in fr and "consultation" in fr
    # the publication of 2006-01-10 is judged under al. 3 (the member in Bourgogne): unchanged
    assert 'publication_missing("Bourgogne")' in found


def test_a_decision_of_2006_is_judged_and_draws_no_such_warning():
    result = _reason(A4 % ("2006-01-03", "2006-01-10"))
    found = _found(result)
    assert 'consultation_required(arh_director, "Bourgogne")' in found
    assert "approval_required(arh_director, convention)" in found
    assert not _procedure_warnings(result)


def test_a_decision_and_publication_both_of_2005_keep_the_single_notice_on_the_approval():
    result = _reason(A4 % ("2005-11-20", "2005-12-01"))
    found = _found(result)
    assert "event_not_judged(approval, 2005-12-01)" in found
    assert not _procedure_warnings(result)
    assert not any(k.startswith(("approval_required", "consultation_")) for k in found)


# --- F3 -------------------------------------------------------------------------------------------------------

A3 = """groupement g "GCS T" {
  as of 2008-06-01
  ars_decision dec1 on 2008-03-01 by arh_director published 2008-03-20 { approves convention }
  seat "Lyon" region "Rhône-Alpes"
  member hcl "HCL" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_macon "CH de Mâcon" { kind health_establishment sector public region "Bourgogne" rights 40 joined %s }
}
"""


def test_a_member_joining_between_the_decision_and_its_publication_needs_no_consultation():
    # R6133-11 of 2006 al. 1: the director of the other region is consulted before the decision of 2008-03-01;
    # ch_macon joined on 2008-03-10
    found = _found(_reason(A3 % "2008-03-10"))
    assert "approval_required(arh_director, convention)" in found
    assert not any(k.startswith("consultation_") for k in found), found
    # al. 3, the publication, still reads the members at the publication (not changed here)
    assert 'publication_missing("Bourgogne")' in found


def test_a_member_of_the_decisions_day_in_another_region_needs_the_consultation():
    found = _found(_reason(A3 % "2008-02-10"))
    assert 'consultation_required(arh_director, "Bourgogne")' in found
    assert 'consultation_missing("Bourgogne")' in found


S17 = """groupement g "GCS T" {
  as of 2017-09-01
%(submitted)s  ars_decision dec1 on 2017-06-20 by ars_director_general published 2017-06-28 { approves convention }
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member hcl "HCL" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 60 }
  member ch_x "CH X" { kind health_establishment sector public region "%(region)s" rights 40 joined %(joined)s }
  convention {
    signed_by hcl
  }
}
"""


def _s17(joined, region="Auvergne-Rhône-Alpes", submitted="2017-05-02"):
    sub = "  submitted %s\n" % submitted if submitted else ""
    return _found(_reason(S17 % {"joined": joined, "region": region, "submitted": sub}))


def test_2017_consultation_reads_the_members_of_the_decisions_day():
    # R6133-1-1 of 2017 al. 1 « Ce directeur consulte le cas échéant le directeur général de l'agence régionale de
    # santé dans lequel un des membres a son siège »: a duty before deciding (2017-06-20)
    late = _s17("2017-06-25", region="Bourgogne-Franche-Comté")
    assert "approval_required(ars_director_general, convention)" in late
    assert not any(k.startswith("consultation_") for k in late), late
    early = _s17("2017-04-20", region="Bourgogne-Franche-Comté")
    assert 'consultation_required(ars_director_general, "Bourgogne-Franche-Comté")' in early


def test_2017_signatures_are_those_of_the_members_on_the_receipt():
    # L6133-3 of 2017 « Sa convention constitutive, signée par l'ensemble de ses membres, est soumise à
    # l'approbation »; R6133-1-1 of 2017 « La convention constitutive … signée par l'ensemble des membres est
    # approuvée … dans un délai de deux mois à compter de sa réception »: signed when submitted
    after = _s17("2017-05-20")
    assert "approval_decision_due(convention, 2017-07-02)" in after
    assert not any(k.startswith("signature_missing") for k in after), after
    before = _s17("2017-04-20")
    assert "signature_missing(ch_x)" in before
    # no receipt dated: the members on the day of the decision
    no_receipt = _s17("2017-05-20", submitted=None)
    assert "signature_missing(ch_x)" in no_receipt
