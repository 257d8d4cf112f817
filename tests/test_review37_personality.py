"""Review 37, fixer A: before legal personality, the conclusions stop 36 left drawn.

The groupement « jouit de la personnalité morale à compter de la date de publication de l'acte d'approbation »
(R6133-11 of 2006 al. 3, R6133-1-1 of 2010 al. 2; L6133-3 I al. 2 from 2009-07-23 « acquiert la personnalité morale
à dater de cette publication »). Stop 36 stopped drawing a legal person's states before that date; it left the
health-establishment, billing and tariff conclusions drawn. Read against the French text:

- L6133-7 al. 1 « Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins, le groupement de
  coopération sanitaire est un établissement de santé », « est érigé en établissement de santé … par décision du
  directeur général »: holding an authorisation and being erected are a legal person's states (the single act of
  R6133-12 II of 2010 « porte ses effets de droit, au jour de sa publication »): not drawn before the publication
  (gcs_kind(health_establishment), erection_required, and what follows from them: financed_as_health_establishment,
  the art. 33 exclusion of L6133-8 al. 2).
- L6133-1 of 2017 4° « Lorsque le groupement de coopération sanitaire est autorisé à facturer les soins, il se
  substitue aux établissements membres »: the groupement billing in its own name, billing_holder(A, groupement), is a
  legal person's act: not drawn before; the members bill as before.
- L6133-6 al. 4 « sont facturés par l'établissement de santé employeur à l'établissement de santé dont relève le
  patient »: billing between members, who are legal persons already; kept (README_ADDITIONS_FIX.md says why).
"""

import gcs_reasoner as gcs

# a groupement holding a care-activity authorisation granted 2009-10-01, its approval published on 2009-11-02
ES = """groupement g "GCS Test" {
  as of 2010-06-30
  approved 2009-11-02
  seat "Nantes" region "Pays de la Loire"
  member a "CH A" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  authorisation irm care_activity "Imagerie interventionnelle" held_by groupement granted 2009-10-01 until 2015-07-01
  convention {
    object "Imagerie"
    task_split
  }
}
"""

# facts/joint17_decree_0427.gcs: decision of 2017-03-01 (approves the convention, authorises the billing), published
# 2017-03-10; before 2017-04-28 the decree of 2010 dates legal personality from the publication
JOINT = """groupement plateau_nord "GCS Plateau" {
  as of 2017-04-27
  approved 2017-03-10
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none
  member chu_m "AP-HM" { kind health_establishment sector public funding a eligible_holder
    region "Provence-Alpes-Côte d'Azur" rights 50 }
  member clin_p "Clinique du Palais" { kind health_establishment sector private funding d eligible_holder
    region "Provence-Alpes-Côte d'Azur" rights 50 }
  authorisation chir_p care_activity "Chirurgie ambulatoire" held_by clin_p granted 2015-01-01 modification_requested 2017-01-20
  authorisation chir_m care_activity "Chirurgie ambulatoire" held_by chu_m granted 2014-06-01 modification_requested 2017-01-20
  operates chir_p, chir_m site "Marseille Nord"
  submitted 2017-01-20
  tariff_option d received 2017-01-20
  ars_decision dec1 on 2017-03-01 published 2017-03-10 {
    approves convention
    modifies chir_p
    modifies chir_m
    authorises_billing
    tariff_scale d
  }
}
"""


def reason(text, as_of=None):
    return gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)


def before_personality(result):
    return [w for w in result.warnings if w.code == "before_legal_personality" and w.line is None]


def test_holding_an_authorisation_before_the_publication_makes_no_health_establishment():
    r = reason(ES, "2009-10-15")  # granted 2009-10-01, approval published 2009-11-02
    assert before_personality(r)
    assert not r.holds("gcs_kind(health_establishment)")
    assert not r.holds("erection_required(irm)")
    assert not r.holds("financed_as_health_establishment")
    assert r.by_predicate("art33_lfss2004_excluded") == []
    # the convention under approval is still judged
    assert r.holds("member(a)") and r.holds("member(b)")
    assert r.by_predicate("approval_required")


def test_once_published_the_authorisation_holder_is_a_health_establishment_to_erect():
    r = reason(ES, "2009-12-01")
    assert not before_personality(r)
    assert r.holds("legal_personality_from(2009-11-02)")
    # L6133-7 al. 1: titulaire of a care authorisation, a health establishment; no erection decision in the file
    assert r.holds("gcs_kind(health_establishment)")
    assert r.holds("erection_required(irm)")
    # L6133-8 al. 1 « il est financé sur le fondement des règles applicables aux établissements de santé »
    assert r.holds("financed_as_health_establishment")


def test_the_groupement_does_not_bill_in_its_members_place_before_the_publication():
    r = reason(JOINT, "2017-03-05")  # decided 2017-03-01, published 2017-03-10: under the 2010 decree, no person yet
    assert before_personality(r)
    assert r.by_predicate("billing_holder") == []
    assert not r.holds("billing_holder(chir_p, groupement)")
    # the joint operation under approval is judged: the approvals it needs, its kind, the tariff procedure
    assert r.holds("approval_required(ars_director_general, billing)")
    assert r.holds("gcs_kind(joint_operation)") and r.holds("tariff_scale(d)")
    assert r.holds("member(chu_m)")


def test_the_groupement_bills_in_its_members_place_once_published():
    r = reason(JOINT, "2017-03-10")
    assert not before_personality(r)
    assert r.holds("legal_personality_from(2017-03-10)")
    assert r.holds("billing_holder(chir_p, groupement)") and r.holds("billing_holder(chir_m, groupement)")


def test_the_members_billing_between_themselves_is_kept_before_the_publication():
    # facts/billing09_pay_abc_2009.gcs, approved 2008-06-01, on 2008-05-31: L6133-6 al. 4 binds the member
    # establishments (the employer bills the patient's establishment), legal persons already: kept
    r = gcs.reason(gcs.load("facts/billing09_pay_abc_2009.gcs"), as_of="2008-05-31")
    assert before_personality(r)
    assert r.holds("act_billing(a1, clinique_inkermann, health_insurance_fund)")
    assert not r.holds("nature(public)")  # the legal person's own states are not drawn
