"""One publication written two ways: `approved DATE` and an approving decision's `published DATE` (review 27,
F1, F3, F4, F7); each test failed before its change.

Contract part 2 (§6): `approved DATE` is the « publication in the seat region, meaning unchanged », and a
decision's `published` is its publication in the RAA of the seat region; the README: « The seat region's
publication is `approved DATE` or the approving decision's `published DATE` (contract part 2), under every
version ». The texts read that publication: R6133-11@2006-01-01.3 « à compter de la date de publication de
l'acte d'approbation » (and al. 1, the consultation, judged at the approval, its publication: the header of
rules/approval/2006-01-01_R6133-11.lp); R6133-12@2010-07-26.I « dont il a, antérieurement, approuvé et
publié la convention constitutive »; décret 2017-631 art. 7 « les groupements de coopération sanitaire
régulièrement constitués avant la date de publication dudit décret ». So a file that writes the publication
as the decision's `published` and one that writes it as `approved` (the same facts) get the same answers.
"""

import gcs_reasoner as gcs

# R6133-11 (2006) al. 1: consulted on 2008-03-01, no answer: the opinion is deemed given from 2008-04-02; the
# approval is published on 2008-03-15, before it.
OPINION = """groupement cardio_est "GCS Cardiologie Est" {{
  as of 2008-12-01
  seat "Nancy" region "Lorraine"
  declared_nature public
  member chu_nancy "CHU de Nancy" {{ kind health_establishment sector public region "Lorraine" rights 60 }}
  member ch_sd "CH de Saint-Dizier" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 40 }}
  consultation "Champagne-Ardenne" sent 2008-03-01
  published_in "Champagne-Ardenne" on 2008-03-20
  {approval}
}}
"""
OPINION_DECISION = 'ars_decision dec0 on 2008-03-10 by arh_director published 2008-03-15 { approves convention }'
OPINION_APPROVED = 'approved 2008-03-15'

# A decision of 2010-07-20 published on 2010-07-30, after R6133-1-1 (2010) replaced R6133-11 (2006).
BOUNDARY = """groupement cardio_est "GCS Cardiologie Est" {{
  as of 2011-01-15
  seat "Nancy" region "Lorraine"
  declared_nature public
  member chu_nancy "CHU de Nancy" {{ kind health_establishment sector public region "Lorraine" rights 60 }}
  member ch_sd "CH de Saint-Dizier" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 40 }}
  published_in "Champagne-Ardenne" on 2010-08-05
  {approval}
}}
"""
BOUNDARY_PUBLISHED = ('ars_decision dec0 on 2010-07-20 by ars_director_general published 2010-07-30 '
                      '{ approves convention }')
BOUNDARY_APPROVED = 'ars_decision dec0 on 2010-07-20 by ars_director_general { approves convention }\n  approved 2010-07-30'


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review27>"))


def _said(result) -> set[str]:
    return {str(c) for c in result.conclusions} | {w.atom for w in result.warnings if w.atom}


def test_an_approval_published_before_the_opinion_whichever_way_the_publication_is_written():
    """F4: R6133-11@2006-01-01.1 « son avis est réputé acquis à défaut de réponse dans un délai d'un mois »."""
    by_decision = _reason(OPINION.format(approval=OPINION_DECISION))
    by_line = _reason(OPINION.format(approval=OPINION_APPROVED))
    assert by_decision.holds('approved_before_opinion("Champagne-Ardenne")')
    assert by_line.holds('approved_before_opinion("Champagne-Ardenne")')


def test_the_procedure_is_judged_on_the_decision_whichever_way_the_publication_is_written():
    """F7: the 2006 procedure (al. 1: the consultation) is judged the same whichever way the publication is
    written. Review 32 (r1 F3) moved the date that judges it from the publication to the decision approving the
    convention, the director's act the consultation precedes (as the attachments and, since 3b0cc76, legal
    personality under the decree of the decision's day): decided on 2010-07-20, under R6133-11@2006-01-01.1
    « le directeur de l'agence régionale de l'hospitalisation de cette région est consulté », with no
    consultation on record, in both files."""
    by_decision = _reason(BOUNDARY.format(approval=BOUNDARY_PUBLISHED))
    by_line = _reason(BOUNDARY.format(approval=BOUNDARY_APPROVED))
    for r in (by_decision, by_line):
        assert r.holds('consultation_required(ars_director_general, "Champagne-Ardenne")')
        assert r.holds('consultation_missing("Champagne-Ardenne")')
    assert _said(by_decision) == _said(by_line)


# décret 2017-631 art. 7 al. 1: approved and published in 2012, one member's region not stated.
TRANSITION = """groupement imagerie_nord "GCS Imagerie Nord" {{
  as of 2018-06-01
  seat "Lille" region "Hauts-de-France"
  capital none
  declared_nature public
  member chu_lille "CHU de Lille" {{ kind health_establishment sector public region "Hauts-de-France" rights 60 }}
  member ch_arras "CH d'Arras" {{ kind health_establishment sector public rights 40 }}
  {approval}
  convention {{
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules,
             participation_percentages
    attached budget_forecast, financial_balance
  }}
}}
"""


def test_a_groupement_published_in_2012_does_not_owe_the_2017_mentions_in_2018_either_way():
    """F3: décret 2017-631 art. 7 « les groupements de coopération sanitaire régulièrement constitués avant la
    date de publication dudit décret se mettent en conformité au plus tard au 1er janvier 2020 »; legal
    personality cannot be dated (R6133-1-1@2010-07-26.2 « lorsque les membres du groupement ont leur siège dans
    des régions distinctes »: a region unstated), so whether 12° bis is owed is open, in both files."""
    by_decision = _reason(TRANSITION.format(
        approval="ars_decision dec0 on 2012-02-01 by ars_director_general published 2012-02-10 { approves convention }"))
    by_line = _reason(TRANSITION.format(approval="approved 2012-02-10"))
    for r in (by_decision, by_line):
        assert not r.holds("missing_mention(staff_rules)")
        said = _said(r)
        assert "missing_fact(legal_personality, ch_arras, region)" in said
    assert _said(by_decision) == _said(by_line)


# R6133-12 I (2010): the first grant of a care authorisation to a groupement approved and published before.
FIRST_GRANT = """groupement chir_est "GCS Chirurgie de l'Est" {{
  as of 2013-06-01
  seat "Reims" region "Champagne-Ardenne"
  member chu_reims "CHU de Reims" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 60 }}
  member ch_epernay "CH d'Epernay" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 40 }}
  {approval}
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on 2012-03-01 published 2012-03-10 {{
    grants chir
  }}
}}
"""


def test_the_first_grant_to_a_groupement_approved_and_published_before_either_way():
    """F1: R6133-12@2010-07-26.I « Lorsque le directeur général de l'agence régionale de santé accorde, pour la
    première fois, une autorisation d'activités de soins à un groupement de coopération sanitaire dont il a,
    antérieurement, approuvé et publié la convention constitutive, il érige dans la même décision le groupement
    en établissement de santé et inscrit l'échelle tarifaire qui lui est applicable »."""
    by_decision = _reason(FIRST_GRANT.format(
        approval="ars_decision dec0 on 2011-01-10 by ars_director_general published 2011-01-20 { approves convention }"))
    by_line = _reason(FIRST_GRANT.format(approval="approved 2011-01-20"))
    for r in (by_decision, by_line):
        assert r.holds("single_act_missing(tariff_scale)")
        assert r.holds("erection_required(chir)")
    assert _said(by_decision) == _said(by_line)
