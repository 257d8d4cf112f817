"""The ground member_not_excluded from the day décret 2017-631 art. 7 al. 3 applies (review 28, arsproc F3).

Décret 2017-631 art. 7 al. 3 (NOTA of R6133-1): « Si, en application des dispositions de l'article L. 6133-2
[…] un membre du groupement de coopération sanitaire n'est plus autorisé à en faire partie, l'assemblée générale
prononce son exclusion dans les conditions prévues à la convention constitutive. A défaut de décision
d'exclusion par l'assemblée générale, le directeur général de l'agence régionale de santé peut dissoudre le
groupement selon la procédure prévue au 3° de l'article R. 6133-8. » The alinéa sets no date (the 1 January
2020 of al. 1 is the time to « se mettre en conformité »): the ground holds while the exclusion owed is not
pronounced, in 2019 as in 2020, and the procedure opened in 2019 rests on it. The 2019 assertions failed before.
"""

import gcs_reasoner as gcs

FILE = """groupement s11 "GCS Achats hospitaliers du Cher" {{
  as of {as_of}
  approved 2012-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 30 }}
  member fourn "Distrimed SAS" {{ kind other_care_organisation sector private region "Centre-Val de Loire" profit_supplier products authorised 2012-03-01 rights 10 }}
  assembly ag1 on 2019-02-11 {{
    convened_on 2019-01-21 by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on budget {{ for ch_bourges, ch_vierzon, fourn }}
  }}
  ars_decision dec1 on 2019-02-01 by ars_director_general notified 2019-02-02 {{ finding member_not_excluded }}
  ars_decision dec2 on 2019-03-15 by ars_director_general notified 2019-03-15 {{ injunction until 2019-05-31 }}
}}
"""


def run(as_of: str):
    return gcs.reason(gcs.loads(FILE.format(as_of=as_of), path="<test>"))


def test_the_ground_and_the_possibility_hold_in_2019_as_in_2020():
    for as_of in ("2019-09-01", "2020-01-02"):
        result = run(as_of)
        assert result.holds("exclusion_required(fourn, profit_supplier)"), as_of
        assert result.holds("ars_dissolution_ground(member_not_excluded)"), as_of
        assert result.holds("ars_dissolution_possible(member_not_excluded)"), as_of
