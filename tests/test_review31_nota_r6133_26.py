"""Review 31 (y24, F1): R6133-26 of 2024 carries the same NOTA as R6133-4 of 2024, « NOTA : Conformément
à l'article 7 du décret n° 2023-14 du 18 janvier 2023, ces dispositions entrent en vigueur 1er janvier
2024. Se reporter aux conditions d'application prévues audit article. », a text not in the folder. What
is drawn from its new item, R6133-26@2024-01-01.I.2.25 « 25° Lorsque le groupement de coopération
sanitaire de droit public est un groupement de coopération sanitaire de moyens, le montant des
indemnités de l'agent comptable. », rests on that article 7 as the R6133-4 conclusions do: it lists it
(`not_in_folder`) and the `text_not_in_folder` warning names it (contract, 2009-today, Conventions:
« conclusions resting on them list them in `unless` and warn `text_not_in_folder` »). The warning names
only the provisions whose version's NOTA refers to the décret (L6133-5 of 2009, cited beside R6133-4 of
2024, does not rest on it), and does not say a fact of the file stands for the décret when none does.
Each test failed before its change.
"""
import gcs_reasoner as gcs

SCENARIO = """groupement g "GCS Achats d'Auvergne" {
  as of 2024-03-31
  approved 2021-05-03
  seat "Clermont-Ferrand" region "Auvergne-Rhône-Alpes"
  member a "CHU" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 60 }
  member b "CH" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 40 }
  convention {
    object "Achats communs"
    task_split
    notice_days 10
    vote_weight rights
  }
  administrator a elected 2021-06-01 by ag0.d1 until 2025-05-31
  deputy b elected 2021-06-01 by ag0.d1 until 2025-05-31
  delegation to administrator matters accountant_allowances by ag1.d2
  assembly ag0 on 2021-06-01 {
    convened_on 2021-05-15 by administrator
    accountant_present
    present a, b
    deliberation d1 on administrator { for a, b }
  }
  assembly ag1 on 2024-02-01 {
    convened_on 2024-01-15 by administrator
    accountant_present
    present a, b
    deliberation d1 on accountant_allowances { for a, b }
    deliberation d2 on delegation { for a, b }
  }
}
"""
DECREE = "décret 2023-14 art. 7"


def _result():
    return gcs.reason(gcs.loads(SCENARIO, path="<test>"))


def _conclusion(result, text):
    found = [c for c in result.conclusions if str(c) == text]
    assert found, text
    return found[0]


def test_item_25_and_its_delegation_rest_on_decree_2023_14():
    result = _result()
    for text in ("reserved_matter(ag1, d1, 25)", "delegation_invalid(accountant_allowances, not_delegable)"):
        node = _conclusion(result, text).explain()
        assert DECREE in list(node.not_in_folder), (text, node.not_in_folder)


def test_the_warning_names_25_and_not_l6133_5():
    said = [w for w in _result().warnings if w.code == "text_not_in_folder" and w.message.startswith(DECREE)]
    assert len(said) == 1
    w = said[0]
    assert "R6133-26@2024-01-01.I.2.25" in w.message and "R6133-4@2024-01-01.1" in w.message
    assert "L6133-5" not in w.message and "L6133-5" not in w.message_fr
    assert "file's word" not in w.message  # no fact of the file stands for the décret
    assert "version whose note" in w.message and "dont la note" in w.message_fr
