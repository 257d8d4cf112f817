"""The publication of the convention's approval is written `approved DATE` or as the approving decision's
`published DATE` (contract part 2: the same publication); every rule reading it reads both, through
`approval_publication/1` (rules/approval/2006-01-01_R6133-11.lp). The review of stop 27 mended the
approval rules; these are the rules outside them that read `approved` only (each test failed before).

R6133-8@2017-04-28.I.1.3: « une absence de réunion de l'assemblée générale depuis trois exercices
comptables » cannot be found of a groupement that did not exist three years.
"""

from .edited import reason_edited

DECISION = "  ars_decision dec0 on 2016-05-20 by ars_director_general published 2016-06-01 { approves convention }"


def test_a_young_groupement_approved_by_a_published_decision_has_no_ground_of_no_assembly():
    as_line = reason_edited("dissol17_finding_young_groupement.gcs")
    as_decision = reason_edited("dissol17_finding_young_groupement.gcs", ("  approved 2016-06-01", DECISION))
    for result in (as_line, as_decision):
        found = {str(c) for c in result.conclusions}
        assert "ars_dissolution_irregular(ground_not_established)" in found
        assert "ars_dissolution_ground(no_assembly)" not in found
