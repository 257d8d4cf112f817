"""Health-establishment rules a black-box review of stop 21 found wanting; each test failed before its change.

L6133-7@2010-02-26 al. 1: « Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins,
le groupement … est érigé en établissement de santé … par décision du directeur général »: after its
status was withdrawn (R6133-15), a groupement granted a care authorisation again must be erected again.
"""

from pathlib import Path

import gcs_reasoner as gcs

DATA = Path(__file__).parent / "data"


def test_a_new_grant_after_a_withdrawn_status_needs_a_new_erection():
    found = {str(c) for c in gcs.reason(gcs.load(DATA / "reerection_missing_2014.gcs")).conclusions}
    assert "erection_required(ssr)" in found
    assert not any(c.startswith("health_establishment(") for c in found)


# R6133-15@2010-07-26 (R6133-20@2017-04-28): al. 1, a private establishment: « lui retire également la
# qualité d'établissement de santé privé »; al. 2, a public one: « prononce la suppression de
# l'établissement public de santé ». The act of the other kind does not end the status.
def test_a_public_establishment_is_not_ended_by_withdrawing_a_private_status():
    found = {str(c) for c in gcs.reason(gcs.load(DATA / "es_public_wrong_end_act.gcs")).conclusions}
    assert "status_end_required(suppresses)" in found
    assert any(c.startswith("health_establishment(public") for c in found)


# R6133-17@2017-04-28 II al. 2: the single act « porte ses effets de droit, au jour de sa publication »:
# before it, the groupement keeps the accounts of a public-law GCS (titles I and III of the GBCP).
def test_the_accounts_do_not_change_before_the_single_act_is_published():
    from datetime import date

    scenario = gcs.load(DATA / "single_act_publication_2019.gcs")
    result = gcs.reason(scenario, as_of=date(2019, 3, 11))
    before = {str(c) for c in result.conclusions}
    # the single act is published on 2019-03-12: the day before, the groupement has no legal personality yet
    # (review 36 X4: R6133-17 II of 2017, L6133-3 I « acquiert la personnalité morale à dater de cette
    # publication »), so no accounts of a legal person are drawn, the health establishment's least of all
    assert not any(c.startswith("public_accounting_rules(") for c in before)
    assert "before_legal_personality" in {w.code for w in result.warnings}
    assert "approval_required(ars_director_general, convention)" in before  # the convention under approval is judged
    after = {str(c) for c in gcs.reason(scenario, as_of=date(2019, 3, 12)).conclusions}
    assert "public_accounting_rules(gbcp_titles_1_3)" in after
    assert "public_accounting_rules(gbcp_title_1)" not in after


# R6133-12@2010-07-26 II (the single act) did not exist when the convention was approved on 2010-07-25:
# the approval is judged under the text of its decision's date, and nothing is missing from a single act.
def test_no_single_act_required_of_an_approval_decided_before_the_2010_decree():
    found = {str(c) for c in gcs.reason(gcs.load(DATA / "single_act_approval_2010_07_25.gcs")).conclusions}
    assert not any(c.startswith("single_act_missing") for c in found)
    text = (DATA / "single_act_approval_2010_07_25.gcs").read_text(encoding="utf-8").replace(
        "ars_decision dec1 on 2010-07-25 published 2010-07-30 { approves convention }\n", "")
    later = {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}
    assert "single_act_missing(approval)" in later  # approved (published) 2010-07-30 by no decision of the file
