"""Review 31 (y24, F3): the list of R6133-13@2006-01-01.1 (« L'assemblée générale délibère notamment
sur : », 17 items) is in force from 2006-01-01 to 2010-07-25. Asked why an assembly of 2024-01-01 does
not deliberate on item 25° (R6133-26@2024-01-01.I.2.25 « 25° Lorsque le groupement de coopération
sanitaire de droit public est un groupement de coopération sanitaire de moyens, le montant des
indemnités de l'agent comptable. »), why-not says of the 2006 rule that its version is not in force that
day, not that the matter is not one of the 25° of R6133-13: the rules of the lists of matters test
the version in force before the matter. Failed before its change.
"""
import gcs_reasoner as gcs

# a public GCS erected into a public health establishment by decision of 2023-06-01: from 2024-01-01
# under the EPS budget and accounting rules, so 25° does not hold for its assembly of 2024-01-01
SCENARIO = """groupement hc "GCS Hôpital commun" {
  as of 2024-03-01
  approved 2018-05-02
  seat "Morlaix" region "Bretagne"
  running_costs yes
  capital none
  member a "CH A" { kind health_establishment sector public region "Bretagne" rights 70 }
  member b "CH B" { kind health_establishment sector public region "Bretagne" rights 30 }
  authorisation med care_activity "Médecine" held_by groupement until 2029-01-09
  ars_decision dec1 on 2023-06-01 by ars_director_general {
    grants med
    erects
  }
  convention {
    object "Hôpital commun"
    task_split
    vote_weight rights
    meeting_days 15
  }
  administrator a elected 2018-06-01 by ag0.d1 until 2027-05-31
  delegation to administrator matters accountant_allowances by ag2.d2
  assembly ag0 on 2018-06-01 {
    convened_on 2018-05-15 by administrator
    present a, b
    deliberation d1 on administrator { for a, b }
  }
  assembly ag1 on 2023-12-31 {
    convened_on 2023-12-15 by administrator
    present a, b
    deliberation d1 on accounts year 2022 { for a, b }
  }
  assembly ag2 on 2024-01-01 {
    convened_on 2023-12-15 by administrator
    present a, b
    deliberation d1 on accountant_allowances { for a, b }
    deliberation d2 on delegation { for a, b }
  }
}
"""


def test_why_not_names_the_2006_list_not_in_force_first():
    result = gcs.reason(gcs.loads(SCENARIO, path="<test>"))
    text = str(result.why_not("reserved_matter(ag2, d1, 25)", lang="fr"))
    branch = [b for b in text.split("\n- ") if "R6133-13@2006-01-01.1" in b]
    assert branch, text
    assert "n'est pas en vigueur le 1er janvier 2024" in branch[0], branch[0]
    assert "R. 6133-13" not in branch[0] and "25°" not in branch[0].split("«")[0], branch[0]
