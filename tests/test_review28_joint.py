"""Joint operation (R6133-12 to R6133-16 of 2017): what a black-box review of stop 28 found wanting
(/tmp/r28/joint); each test failed before its change.

R6133-12@2017-04-28.III: « chaque membre titulaire concerné adresse au directeur général de l'agence
régionale de santé une demande de modification de ses autorisations exploitées en commun, concomitamment à
la demande d'approbation de la convention constitutive du groupement ou de son avenant ». A request the file
dates after the as-of date has not been made on that date; a request made after the approval request was
received (here sixteen months after it, and after the approval) is not the request made together with it.
"""

import gcs_reasoner as gcs

PLATEAU = """groupement g2 "GCS Plateau Sud" {{
  as of {as_of}
  {approval}
  submitted 2018-01-01
  seat "Toulouse" region "Occitanie"
  capital none
  member chu_t "CHU de Toulouse" {{ kind health_establishment sector public funding a eligible_holder region "Occitanie" rights 50 }}
  member clin_t "Clinique Pasteur" {{ kind health_establishment sector private funding d eligible_holder region "Occitanie" rights 40 }}
  member dr_vidal "Dr Vidal" {{ kind liberal_medical_professional eligible_holder region "Occitanie" rights 10 }}
  authorisation chir_c care_activity "Chirurgie" held_by clin_t granted 2015-01-01{request}
  operates chir_c site "Toulouse Sud"
  {more}
}}
"""


def reason(request: str = " modification_requested 2018-01-01", approval: str = "approved 2018-03-01",
           as_of: str = "2019-06-30", more: str = ""):
    return gcs.reason(gcs.loads(PLATEAU.format(as_of=as_of, approval=approval, request=request, more=more),
                                path="<test>"))


def conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def test_a_request_dated_after_the_as_of_date_is_not_made_yet():
    result = reason(request=" modification_requested 2020-01-15")
    assert "joint_operation_invalid(chir_c, no_modification_request)" in conclusions(result)
    assert any(w.code == "after_as_of" and "2020" in w.message for w in result.warnings)
    # the same request, on a later as-of date: made, but long after the approval request
    later = conclusions(reason(request=" modification_requested 2020-01-15", as_of="2020-06-30"))
    assert "joint_operation_invalid(chir_c, no_modification_request)" not in later
    assert "joint_operation_invalid(chir_c, modification_request_not_concomitant)" in later


def test_a_request_made_long_after_the_approval_request_is_not_the_concomitant_request():
    late = conclusions(reason(request=" modification_requested 2019-05-01"))
    assert "joint_operation_invalid(chir_c, modification_request_not_concomitant)" in late
    assert "joint_operation_invalid(chir_c, no_modification_request)" not in late
    timely = conclusions(reason())  # the same day as the receipt of the approval request
    assert not any(c.startswith("joint_operation_invalid(chir_c") for c in timely)


# R6133-16@2017-04-28 al. 1: « il retire au groupement l'autorisation de facturer les soins correspondants et lui
# demande de modifier sa convention constitutive dans un délai déterminé »; al. 2: « S'il constate au terme de ce
# délai que le groupement ne lui a pas transmis d'avenant à sa convention constitutive pour approbation ». Once the
# avenant is sent for approval (here received within the time limit and approved), it is no longer owed.
OUEST = """groupement g7 "GCS Plateau Ouest" {
  as of 2019-06-30
  submitted 2017-09-01
  seat "Nantes" region "Pays de la Loire"
  capital none
  member chu "CHU de Nantes" { kind health_establishment sector public funding a eligible_holder region "Pays de la Loire" rights 50 }
  member clin "Clinique N" { kind health_establishment sector private funding d eligible_holder region "Pays de la Loire" rights 50 }
  authorisation chir care_activity "Chirurgie" held_by clin granted 2015-01-01 modification_requested 2017-09-01
  authorisation card care_activity "Cardiologie" held_by chu granted 2015-01-01 modification_requested 2017-09-01
  operates chir, card site "Nantes Ouest"
  tariff_option d received 2017-09-01
  ars_decision dec1 on 2017-10-20 published 2017-11-02 { approves convention modifies chir modifies card authorises_billing tariff_scale d }
  ars_decision dec2 on 2018-06-01 { withdraws chir withdraws_billing asks_avenant until 2018-12-01 }
"""
AVENANT = """  avenant av1 on 2018-09-15 for convention_change submitted_on 2018-10-01 approved_on 2018-11-15
  ars_decision dec3 on 2018-11-15 { approves avenant av1 authorises_billing tariff_scale d }
"""


def test_the_avenant_is_no_longer_required_once_sent_and_approved():
    without = conclusions(gcs.reason(gcs.loads(OUEST + "}\n", path="<test>")))
    assert "avenant_required(joint_operation:chir)" in without
    sent = conclusions(gcs.reason(gcs.loads(OUEST + AVENANT + "}\n", path="<test>")))
    assert "avenant_required(joint_operation:chir)" not in sent


# R6133-14@2017-04-28 al. 1: « Lorsque le groupement de coopération sanitaire n'est pas autorisé à facturer des soins
# remboursables aux assurés sociaux, la rémunération des personnes physiques ou morales exerçant une profession
# médicale à titre libéral est assurée conformément aux dispositions de l'article L. 6133-6. » A tacit approval has
# no content: it authorises no billing (R6133-15 I 2°, « le cas échéant », an act of the express decision). An
# approval known only by its publication (`approved`) is an express decision whose content the file does not state:
# whether it authorised the billing is unknown, and the pay is left undrawn with a warning.


def test_a_tacit_approval_authorises_no_billing():
    tacit = reason(approval="")
    assert "tacit_approval(convention, 2018-03-01)" in conclusions(tacit)
    assert "liberal_pay_article(dr_vidal, l6133_6)" in conclusions(tacit)


def test_an_approval_known_only_by_its_publication_leaves_the_pay_undrawn_with_a_warning():
    published = reason()
    assert not any(c.startswith("liberal_pay_article") for c in conclusions(published))
    assert any(w.atom == "missing_fact(liberal_pay, groupement, approval_decision)" for w in published.warnings)
    decision = reason(approval="", more="ars_decision dec1 on 2018-02-20 published 2018-03-01 { approves convention }")
    assert "liberal_pay_article(dr_vidal, l6133_6)" in conclusions(decision)


# L6133-1@2016-01-28 4°: « le directeur général de l'agence régionale de santé peut autoriser le groupement à facturer
# les soins délivrés aux patients pour le compte de ses membres » (no such power in L6133-1 of 2009); R6133-14 of 2017
# al. 2: « Lorsque le groupement est autorisé à facturer ces soins conformément au 4° de l'article L. 6133-1 ». A
# billing authorisation given in 2015 rests on no text of its date: no encoded text judges it, its effect is
# unknown; it is not read as the authorisation of the 4°, nor as its absence.
CENTRE = """groupement g9 "GCS Plateau Centre" {{
  as of {as_of}
  submitted 2015-03-01
  seat "Tours" region "Centre-Val de Loire"
  capital none
  member chu "CHU de Tours" {{ kind health_establishment sector public funding a eligible_holder region "Centre-Val de Loire" rights 50 }}
  member clin "Clinique T" {{ kind health_establishment sector private funding d eligible_holder region "Centre-Val de Loire" rights 40 }}
  member dr_a "Dr A" {{ kind liberal_medical_professional eligible_holder region "Centre-Val de Loire" rights 10 }}
  authorisation chir care_activity "Chirurgie" held_by clin granted 2014-01-01
  operates chir site "Tours"
  ars_decision dec1 on {decided} published {published} {{ approves convention authorises_billing tariff_scale d }}
}}
"""


def test_a_billing_authorisation_before_the_text_that_provides_for_it_is_not_judged():
    for as_of in ("2015-12-31", "2019-06-30"):
        result = gcs.reason(gcs.loads(CENTRE.format(as_of=as_of, decided="2015-06-01", published="2015-06-10"), path="<test>"))
        found = conclusions(result)
        assert not any(c.startswith(("billing_holder", "billing_barred", "liberal_pay_article", "practitioner_pay"))
                       for c in found), found
        assert any(w.atom == "not_judged(billing_authorisation, dec1, 2015-06-01)" for w in result.warnings)
    # the control: decided under the text of 2016, the same decision authorises the billing
    later = gcs.reason(gcs.loads(CENTRE.format(as_of="2019-06-30", decided="2016-06-01", published="2016-06-10"), path="<test>"))
    assert "liberal_pay_article(dr_a, l6133_8)" in conclusions(later)
    assert not any(w.atom.startswith("not_judged(billing_authorisation") for w in later.warnings)
    # review 36 J1: the holder's request (none stated) went with the approval request received 2015-03-01, before
    # R6133-12 III of 2017: not judged, and said
    assert any(w.atom == "not_judged(modification_request_with_convention, chir, 2015-03-01)" for w in later.warnings)


# R6133-12@2017-04-28.III al. 2: « Lorsque le groupement est autorisé à facturer les soins pour le compte de ses
# membres, cette demande de modification est accompagnée de la proposition de l'échelle tarifaire applicable au
# groupement »: the request is the holder's request to modify an authorisation it holds (here heavy equipment), not
# a request for a care-activity authorisation (R6133-14 of 2010, whose atom is the same).
IMAGERIE = """groupement g12 "GCS Imagerie Ouest" {
  as of 2019-06-30
  submitted 2017-09-01
  seat "Rennes" region "Bretagne"
  capital none
  member chu "CHU de Rennes" { kind health_establishment sector public funding a eligible_holder region "Bretagne" rights 50 }
  member clin "Clinique R" { kind health_establishment sector private funding d eligible_holder region "Bretagne" rights 50 }
  authorisation irm heavy_equipment "IRM" held_by clin granted 2015-01-01 modification_requested 2017-09-01
  authorisation chir care_activity "Chirurgie" held_by chu granted 2015-01-01 modification_requested 2017-09-01
  operates irm, chir site "Rennes"
  tariff_option abc received 2017-09-01
  ars_decision dec1 on 2017-10-20 published 2017-11-02 { approves convention modifies irm modifies chir authorises_billing tariff_scale abc }
}
"""


def test_the_tariff_proposal_is_worded_as_the_request_for_modification_of_r6133_12():
    result = gcs.reason(gcs.loads(IMAGERIE, path="<test>"))
    conclusion = next(c for c in result.conclusions if str(c) == "tariff_proposal_required(irm)")
    words = conclusion.sentence("fr")
    assert "La demande de modification de l'autorisation irm, exploitée en commun" in words, words
    assert "autorisation d'activités de soins irm" not in words
