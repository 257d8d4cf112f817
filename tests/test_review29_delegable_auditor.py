"""The choice of an auditor by a groupement under public accounting is delegable (review 29, committee F7).

R6133-21@2010-07-26.I.2.8 (R6133-26@2017-04-28.I.2.8 repeats it): « 8° Le choix du commissaire aux comptes, dans le
cas où la comptabilité du groupement est tenue et sa gestion assurée selon les règles du droit privé ». R6133-22@2010-
07-26.2 (R6133-27@2017-04-28.2): « Dans les matières autres que celles mentionnées au présent article, l'assemblée
générale peut donner délégation à l'administrateur ou au comité restreint. » A public-law groupement keeps its
accounts under public accounting (L6133-5@2009-07-23.1): its choice of an auditor is outside the case of 8°, a matter
« autre que celles mentionnées », as the real estate of a private-law groupement is outside 17° (already
`delegable`), and as the delegation rules already read it (no `delegation_invalid` for it). The same deliberation of
a private-law groupement is 8° and not delegable. The first test failed before the change.
"""

import gcs_reasoner as gcs

GCS = """groupement imagerie_sud "GCS Imagerie Sud" {{
  as of {y}-12-31
  approved {approved}
  seat "Nîmes" region "Occitanie"
  member a "Établissement A" {{ kind health_establishment sector {sector} region "Occitanie" rights 40 }}
  member b "Établissement B" {{ kind health_establishment sector {sector} region "Occitanie" rights 30 }}
  member c "Établissement C" {{ kind health_establishment sector {sector} region "Occitanie" rights 30 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
  }}
  administrator a elected {y}-01-20 by ag1.d1 until {end}-01-19
  delegation to administrator matters auditor by ag1.d2 until {end}-01-19
  assembly ag1 on {y}-01-20 {{
    convened_on {y}-01-05 by administrator
    present a, b, c
    deliberation d1 on administrator {{ for a, b, c }}
    deliberation d2 on delegation {{ for a, b, c }}
    deliberation d3 on auditor {{ for a, b, c }}
  }}
}}
"""

APPROVED = {"2012": "2011-01-10", "2018": "2017-01-10", "2024": "2023-01-10"}


def reason(year: str, sector: str):
    text = GCS.format(y=year, end=int(year) + 2, approved=APPROVED[year], sector=sector)
    return gcs.reason(gcs.loads(text, path="<test>"))


def test_under_public_accounting_the_choice_of_an_auditor_is_delegable():
    for year in APPROVED:
        result = reason(year, "public")
        assert result.holds("accounting(public)"), year
        assert result.holds("delegable(ag1, d3)"), year
        assert not result.holds("reserved_matter(ag1, d3, 8)"), year
        assert not result.holds("delegation_invalid(auditor, not_delegable)"), year


def test_under_private_accounting_it_is_item_8_and_not_delegable():
    for year in APPROVED:
        result = reason(year, "private")
        assert result.holds("reserved_matter(ag1, d3, 8)"), year
        assert not result.holds("delegable(ag1, d3)"), year
        assert result.holds("delegation_invalid(auditor, not_delegable)"), year
