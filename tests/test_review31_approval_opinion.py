"""The opinion of another region's agency comes before the approval, the director's act (review 31, dis F1).

R6133-11@2006-01-01.1: « La convention constitutive du groupement est transmise pour approbation au directeur
de l'agence régionale de l'hospitalisation de la région dans laquelle le groupement a son siège. Lorsque l'un
des membres du groupement a son siège dans une autre région, le directeur de l'agence régionale de
l'hospitalisation de cette région est consulté et son avis est réputé acquis à défaut de réponse dans un délai
d'un mois à compter de la date à laquelle la convention lui a été transmise. »

The consultation is a step before the approval, the act of the seat region's director; the publication
(al. 3) only starts legal personality. So an approving decision the file dates before the opinion is given
or deemed given came before the end of the consultation, whenever it was published (or not yet published);
the publication stands for the approval only when the file states no approving decision. The test of the
decision failed before the change (the rule compared the opinion with the publication only).
"""

import gcs_reasoner as gcs

# Consultation sent on 2008-01-10, no answer: the month ends on 2008-02-10, the opinion is deemed given from
# 2008-02-11.
FILE = """groupement g5 "GCS Consult 2008" {{
  as of 2008-09-01
  {approval}
  published_in "Pays de la Loire" on 2008-03-05
  consultation "Pays de la Loire" sent 2008-01-10
  seat "Rennes" region "Bretagne"
  capital none
  member a "CHU A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CHU B" {{ kind health_establishment sector public region "Pays de la Loire" rights 50 }}
  convention {{
    object "Imagerie"
    task_split
    mentions name_and_seat, members, legal_nature, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
  }}
}}
"""
ATOM = 'approved_before_opinion("Pays de la Loire")'


def _holds(approval: str) -> bool:
    result = gcs.reason(gcs.loads(FILE.format(approval=approval), path="<review31_dis_f1>"))
    assert result.holds('opinion_deemed_favourable("Pays de la Loire", 2008-02-11)')
    return result.holds(ATOM)


def test_a_decision_before_the_opinion_published_after_it():
    assert _holds("approved 2008-03-01\n  ars_decision dec1 on 2008-01-20 by arh_director { approves convention }")


def test_a_decision_before_the_opinion_published_after_it_written_as_the_decisions_publication():
    assert _holds("ars_decision dec1 on 2008-01-20 by arh_director published 2008-03-01 { approves convention }")


def test_a_decision_before_the_opinion_not_yet_published():
    assert _holds("ars_decision dec1 on 2008-01-20 by arh_director { approves convention }")


def test_no_decision_stated_the_publication_stands_for_the_approval():
    assert _holds("approved 2008-02-05")
    assert not _holds("approved 2008-02-11")


def test_a_decision_on_the_day_the_opinion_is_deemed_given_or_after_it():
    assert not _holds("ars_decision dec1 on 2008-02-11 by arh_director published 2008-03-01 { approves convention }")
    assert not _holds("ars_decision dec1 on 2008-02-20 by arh_director { approves convention }")
