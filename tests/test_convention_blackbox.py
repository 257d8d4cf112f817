"""Convention and approval rules a black-box review of stop 21 found wanting; each test failed before its change.

- Part 2 of the contract: an `ars_decision … published DATE { approves convention }` records the
  publication in the seat's region, as `approved` does; L6133-3@2009-07-23 I al. 2 (« Ce groupement
  acquiert la personnalité morale à dater de cette publication ») dates legal personality from it.
- R6133-1@2006-01-01 al. 1 (« indique l'objet du groupement et la répartition des tâches ») is met by
  the mention of 2010, `object_and_split` (R6133-1@2010-07-26 I 2°), as `object` + `task_split` meet
  the 2010 mention.
"""

import gcs_reasoner as gcs

PUBLISHED = """groupement logist "GCS Logistique" {{
  as of {as_of}
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_vitre "CH de Vitré" {{ kind health_establishment sector public region "Bretagne" rights 30 }}
  ars_decision dec1 on {decided} by ars_director_general published {published} {{ approves convention }}
}}
"""


def conclusions(text: str) -> set[str]:
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}


def test_legal_personality_from_the_published_decision_2012():
    found = conclusions(PUBLISHED.format(as_of="2013-06-01", decided="2012-03-01", published="2012-03-10"))
    assert "legal_personality_from(2012-03-10)" in found


def test_formed_before_the_2017_decree_by_a_published_decision():
    found = conclusions(PUBLISHED.format(as_of="2018-06-01", decided="2017-03-01", published="2017-03-10"))
    assert {"legal_personality_from(2017-03-10)", "compliance_deadline(2020-01-01)"} <= found


def test_the_2010_mention_object_and_split_meets_the_2006_text():
    text = """groupement logist "GCS Logistique" {
  as of 2010-07-25
  approved 2009-03-01
  seat "Rennes" region "Bretagne"
  capital none
  running_costs yes
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 70 }
  member ch_vitre "CH de Vitré" { kind health_establishment sector public region "Bretagne" rights 30 }
  convention {
    mentions name_and_seat, object_and_split, members, legal_nature, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
  }
}
"""
    found = conclusions(text)
    assert "missing_mention(object)" not in found and "missing_mention(task_split)" not in found
    assert "missing_mention(task_split)" in conclusions(text.replace("object_and_split, ", ""))
