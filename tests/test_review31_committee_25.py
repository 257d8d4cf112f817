"""Review 31 (y24, F2): R6133-27@2017-04-28.1 lets the assembly delegate to the restricted committee
« certaines de ses compétences parmi celles mentionnées aux 2°, 8°, 9°, 10°, 15°, 16°, 17°, 19°, 20° et
21° »; from 2024-01-01 R6133-26@2024-01-01.I.2.25 adds « 25° Lorsque le groupement de coopération
sanitaire de droit public est un groupement de coopération sanitaire de moyens, le montant des
indemnités de l'agent comptable. », outside that list. The assembly delegated the allowances to the
committee on 2023-12-15, under the 2017 text (no 25°: a matter « autre que celles mentionnées »). The
committee's deliberation of 2023-12-31 on them is not flagged; the one of 2024-01-02 is not_delegated
(the contract's reason word), and the conclusion cites 25° (with décret 2023-14 art. 7, not in the
folder) and no longer says that the assembly had not delegated the matter: it had, and the delegation
gives the committee nothing from 2024-01-01. Failed before its change.
"""
import gcs_reasoner as gcs

SCENARIO = """groupement imagerie_sud "GCS Imagerie Sud" {
  as of 2024-03-31
  approved 2019-01-10
  seat "Nîmes" region "Occitanie"
  member chu_nimes "CHU de Nîmes" { kind health_establishment sector public region "Occitanie" rights 40 }
  member ch_ales "CH d'Alès" { kind health_establishment sector public region "Occitanie" rights 30 }
  member ch_uzes "CH d'Uzès" { kind health_establishment sector public region "Occitanie" rights 30 }
  convention {
    object "Imagerie commune"
    task_split
    notice_days 10
    vote_weight rights
    restricted_committee
  }
  administrator chu_nimes elected 2022-01-20 by ag1.d1 until 2025-01-19
  deputy ch_ales elected 2022-01-20 by ag1.d1 until 2025-01-19
  committee members chu_nimes, ch_ales elected 2022-01-20 by ag1.d2 until 2025-01-19
  delegation to committee matters accountant_allowances by ag2.d1 until 2025-01-19
  assembly ag1 on 2022-01-20 {
    convened_on 2022-01-05 by administrator
    accountant_present
    present chu_nimes, ch_ales, ch_uzes
    deliberation d1 on administrator { for chu_nimes, ch_ales, ch_uzes }
    deliberation d2 on committee_election { for chu_nimes, ch_ales, ch_uzes }
  }
  assembly ag2 on 2023-12-15 {
    convened_on 2023-12-01 by administrator
    accountant_present
    present chu_nimes, ch_ales, ch_uzes
    deliberation d1 on delegation { for chu_nimes, ch_ales, ch_uzes }
  }
  committee_meeting k1 on 2023-12-31 {
    present chu_nimes, ch_ales
    minutes_sent 2024-01-05
    deliberation d1 on accountant_allowances { for chu_nimes, ch_ales }
  }
  committee_meeting k2 on 2024-01-02 {
    present chu_nimes, ch_ales
    minutes_sent 2024-01-05
    deliberation d1 on accountant_allowances { for chu_nimes, ch_ales }
  }
}
"""


def test_the_committee_deliberation_of_2024_fails_on_25_and_says_so():
    result = gcs.reason(gcs.loads(SCENARIO, path="<test>"))
    invalid = {str(c): c for c in result.conclusions if c.predicate == "deliberation_invalid"}
    assert set(invalid) == {"deliberation_invalid(k2, d1, not_delegated)"}  # k1 (2023-12-31): nothing
    c = invalid["deliberation_invalid(k2, d1, not_delegated)"]
    assert "R6133-26@2024-01-01.I.2.25" in c.provisions
    node = c.explain()
    assert "décret 2023-14 art. 7" in list(node.not_in_folder)
    assert "ne lui avait pas déléguée" not in c.sentence("fr")
    assert "n'avait pas reçue" in c.sentence("fr")
