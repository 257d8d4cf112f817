"""Restricted committee rules a black-box review of stop 21 found wanting; each test failed before its change.

R6133-22@2010-07-26 al. 1 (R6133-27@2017-04-28): « l'assemblée générale peut élire en son sein un
comité restreint à qui elle délègue, pour une durée déterminée renouvelable, certaines de ses
compétences »: no committee in office (not yet elected, or its term over), no valid deliberation of
it. R6133-13@2006-01-01 al. 2: a delegation of a listed matter voted under the 2006 text gives it to
no one, later too. R6133-23@2010-07-26 al. 2: the committee's deliberations « sont opposables à tous
les membres qui disposent d'un délai d'un mois … pour les contester »: a former member's challenge
opens no procedure.
"""

import gcs_reasoner as gcs

from .edited import DATA
from .edited import data_conclusions as conclusions


def test_a_committee_meeting_after_the_committees_term_decides_nothing():
    found = conclusions("committee_after_term_2014.gcs")
    assert "deliberation_invalid(k2, d1, no_committee)" in found  # the day after its term (2014-01-19)
    assert not any(c.startswith("deliberation_invalid(k1") for c in found)  # on the term's last day


def test_a_delegation_void_under_the_2006_text_gives_the_committee_nothing():
    assert "deliberation_invalid(k1, d1, not_delegated)" in conclusions("committee_delegation_2010_07_25.gcs")


def test_a_former_members_challenge_opens_no_procedure():
    found = conclusions("challenge_by_former_member_2014.gcs")
    assert not any(c.startswith("extraordinary_assembly_due") for c in found)
    text = (DATA / "challenge_by_former_member_2014.gcs").read_text(encoding="utf-8").replace(
        "challenge ch_c of k1.d1", "challenge ch_b of k1.d1")
    assert any(str(c).startswith("extraordinary_assembly_due(k1, d1")
               for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions)


# L6133-4@2017-01-14 al. 4: « Elle élit, en son sein, un administrateur … ainsi que le suppléant de ce
# dernier »: a deputy who has left the groupement is no deputy, and one must be elected.
def test_a_deputy_who_left_the_groupement_must_be_replaced():
    found = conclusions("deputy_left_2019.gcs")
    assert {"deputy_invalid(not_a_member)", "deputy_required"} <= found
    text = (DATA / "deputy_left_2019.gcs").read_text(encoding="utf-8").replace(
        "withdrawal ch_b notified 2018-03-01 effective 2018-12-31\n", "")
    assert "deputy_required" not in {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}
