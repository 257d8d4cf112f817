"""Stop 23, black-box review of the texts in force from 2018 to today (bb7 "recent"); each test fails
on the rules before.

1. The conditional items of R6133-26 I (8°, 17°, 25°) are « mentionnées » in R6133-27 (R6133-22 of
   2010) only when their condition holds, read by the same auxiliary as the item itself: a private
   GCS may delegate the agent comptable's allowances (25°), a public one the choice of an auditor
   (8°), under R6133-27 al. 2 « Dans les matières autres que celles mentionnées au présent article,
   l'assemblée générale peut donner délégation à l'administrateur ou au comité restreint ».
2. 25° « Lorsque le groupement de coopération sanitaire de droit public est un groupement de
   coopération sanitaire de moyens » is read as the same words of R6133-4@2024-01-01 al. 2, on the
   assembly's day: not for an assembly held once the EPS budget and accounting rules apply to a GCS
   erected into a public health establishment.
3. The intervention of an army hospital's medical professional (L6133-6@2017-01-14 al. 1) still
   holds from 2018-01-19, when L6133-1 3° names the army hospitals too.
"""

from __future__ import annotations

import pytest

import gcs_reasoner as gcs

# A GCS of two members of SECTOR; ag1 on ASM delegates MATTER to the administrator (ag1.d2) and
# deliberates on it (d1).
DELEGATION = """groupement g "GCS Délégation" {{
  as of {as_of}
  approved {approved}
  seat "Nantes" region "Pays de la Loire"
  capital none
  member a "Établissement A" {{ kind health_establishment sector {sector} region "Pays de la Loire" rights 60 }}
  member b "Établissement B" {{ kind health_establishment sector {sector} region "Pays de la Loire" rights 40 }}
  convention {{
    object "Achats"
    task_split
    vote_weight rights
    meeting_days 15
  }}
  administrator a elected {elected} until {until}
  deputy b elected {elected} until {until}
  delegation to administrator matters {matter} by ag1.d2
  assembly ag1 on {asm} {{
    convened_on {convened} by administrator
    accountant_present
    present a, b
    deliberation d1 on {matter} {{ for a, b }}
    deliberation d2 on delegation {{ for a, b }}
  }}
}}
"""


def delegation(sector, matter, asm="2024-03-01", convened="2024-02-10", as_of="2024-06-30",
               approved="2018-06-01", elected="2023-01-10", until="2026-01-09"):
    text = DELEGATION.format(sector=sector, matter=matter, asm=asm, convened=convened, as_of=as_of,
                             approved=approved, elected=elected, until=until)
    return gcs.reason(gcs.loads(text, path="<delegation>"))


# R6133-26@2024-01-01.I.2.25 « 25° Lorsque le groupement de coopération sanitaire de droit public est un
# groupement de coopération sanitaire de moyens, le montant des indemnités de l'agent comptable. »
def test_a_private_gcs_may_delegate_the_accountant_allowances():
    r = delegation("private", "accountant_allowances")
    assert r.holds("accounting(private)")
    assert not r.holds("reserved_matter(ag1, d1, 25)")
    assert not r.holds("delegation_invalid(accountant_allowances, not_delegable)")


def test_a_public_gcs_de_moyens_may_not_delegate_the_accountant_allowances():
    r = delegation("public", "accountant_allowances")
    assert r.holds("reserved_matter(ag1, d1, 25)")
    assert r.holds("delegation_invalid(accountant_allowances, not_delegable)")


# R6133-26 I 8° (R6133-21 I 8° of 2010) « Le choix du commissaire aux comptes, dans le cas où la
# comptabilité du groupement est tenue et sa gestion assurée selon les règles du droit privé »
@pytest.mark.parametrize("asm, convened, as_of, approved, elected, until", [
    ("2024-03-01", "2024-02-10", "2024-06-30", "2018-06-01", "2023-01-10", "2026-01-09"),   # R6133-27 (2017)
    ("2012-03-01", "2012-02-10", "2012-06-30", "2011-06-01", "2011-07-10", "2014-07-09"),   # R6133-22 (2010)
])
def test_the_auditor_delegation_follows_the_condition_of_8(asm, convened, as_of, approved, elected, until):
    kw = dict(asm=asm, convened=convened, as_of=as_of, approved=approved, elected=elected, until=until)
    public = delegation("public", "auditor", **kw)
    assert not public.holds("reserved_matter(ag1, d1, 8)")
    assert not public.holds("delegation_invalid(auditor, not_delegable)")
    private = delegation("private", "auditor", **kw)
    assert private.holds("reserved_matter(ag1, d1, 8)")
    assert private.holds("delegation_invalid(auditor, not_delegable)")


# A private GCS's restricted committee deciding on the allowances delegated to it: not a matter of 25°.
COMMITTEE = """groupement g "GCS Comité" {
  as of 2024-06-30
  approved 2018-06-01
  seat "Nantes" region "Pays de la Loire"
  capital none
  member a "Clinique A" { kind health_establishment sector private region "Pays de la Loire" rights 50 }
  member b "Clinique B" { kind health_establishment sector private region "Pays de la Loire" rights 30 }
  member c "Clinique C" { kind health_establishment sector private region "Pays de la Loire" rights 20 }
  convention {
    object "Imagerie"
    task_split
    notice_days 10
    vote_weight rights
    restricted_committee
  }
  administrator a elected 2024-02-20 by ag1.d1 until 2026-04-26
  committee members a, b elected 2024-02-20 by ag1.d2 until 2026-04-26
  delegation to committee matters accountant_allowances by ag1.d3 until 2026-04-26
  assembly ag1 on 2024-02-20 {
    convened_on 2024-02-01 by administrator
    present a, b, c
    deliberation d1 on administrator { for a, b, c }
    deliberation d2 on committee_election { for a, b, c }
    deliberation d3 on delegation { for a, b, c }
  }
  committee_meeting k1 on 2024-03-01 {
    present a, b
    minutes_sent 2024-03-01
    deliberation d1 on accountant_allowances { for a, b }
  }
}
"""


def test_a_private_gcs_committee_may_receive_the_accountant_allowances():
    private = gcs.reason(gcs.loads(COMMITTEE, path="<committee>"))
    assert not private.holds("deliberation_invalid(k1, d1, not_delegated)")
    assert not private.holds("delegation_invalid(accountant_allowances, not_delegable)")
    public = gcs.reason(gcs.loads(COMMITTEE.replace("sector private", "sector public"), path="<committee>"))
    assert public.holds("deliberation_invalid(k1, d1, not_delegated)")


# --- 2: 25° read as R6133-4 of 2024 al. 2 ---------------------------------------------------

ERECTED = """groupement s16 "GCS Hôpital de la Haute-Marne" {
  as of 2025-06-30
  approved 2018-05-02
  seat "Chaumont" region "Grand Est"
  capital none
  member ch_chaumont "CH de Chaumont" { kind health_establishment sector public funding a region "Grand Est" rights 60 }
  member ch_langres "CH de Langres" { kind health_establishment sector public funding a region "Grand Est" rights 40 }
  convention {
    object "Hôpital commun"
    task_split
    vote_weight rights
    meeting_days 15
  }
  administrator ch_chaumont elected 2018-06-01 until 2027-05-31
  deputy ch_langres elected 2018-06-01 until 2027-05-31
  authorisation med care_activity "Médecine" held_by groupement
  ars_decision dec1 on 2024-03-01 by ars_director_general published 2024-03-10 {
    grants med
    erects
    tariff_scale abc
  }
  assembly ag1 on 2024-06-01 {
    convened_on 2024-05-15 by administrator
    present ch_chaumont, ch_langres
    deliberation d1 on accountant_allowances { for ch_chaumont, ch_langres }
  }
  assembly ag2 on 2025-03-01 {
    convened_on 2025-02-15 by administrator
    present ch_chaumont, ch_langres
    deliberation d1 on accountant_allowances { for ch_chaumont, ch_langres }
  }
}
"""


def test_25_is_read_as_r6133_4_al_2_on_the_assembly_day():
    """Erected into a public health establishment on 2024-03-01, under the EPS budget and accounting
    rules from 2025-01-01 (R6133-18 II al. 3): ag1 (2024-06-01) is still that of a public-law GCS de
    moyens (agent comptable absent, 25°); ag2 (2025-03-01) is not (neither)."""
    r = gcs.reason(gcs.loads(ERECTED, path="<erected>"))
    assert r.holds("eps_budget_rules_from(2025-01-01)")
    assert r.holds("accountant_absent(ag1)") and r.holds("reserved_matter(ag1, d1, 25)")
    assert not r.holds("accountant_absent(ag2)")
    assert not r.holds("reserved_matter(ag2, d1, 25)")


# --- 3: the army professional from 2018-01-19 ------------------------------------------------

ARMY = """groupement s25 "GCS Imagerie de Bordeaux" {
  approved 2016-06-01
  seat "Bordeaux" region "Nouvelle-Aquitaine"
  capital none
  activity joint_interventions
  member chu_bx "CHU de Bordeaux" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 70 }
  member hia_r "HIA Robert Picqué" { kind army_hospital sector public region "Nouvelle-Aquitaine" rights 30 }
  staff radiologue made_available_by hia_r medical
}
"""


@pytest.mark.parametrize("as_of", ["2018-01-19", "2024-06-30"])
def test_the_army_professional_may_intervene_from_2018_01_19(as_of):
    """L6133-6@2017-01-14 al. 1 « les professionnels médicaux … des hôpitaux des armées … membres du
    groupement … peuvent assurer des prestations médicales », and L6133-1@2018-01-19 3° « les hôpitaux
    des armées ou les autres éléments du service de santé des armées membres du groupement »."""
    from datetime import date
    r = gcs.reason(gcs.loads(ARMY, path="<army>"), as_of=date.fromisoformat(as_of))
    c = r.find("intervention_allowed(radiologue)")
    assert c is not None
    assert c.provisions == ["L6133-6@2017-01-14.1", "L6133-1@2018-01-19.2.3"]
    assert not r.holds("intervention_not_allowed(radiologue)")
    assert not r.by_predicate("conflict")


def test_the_army_conflict_stays_until_2018_01_18():
    from datetime import date
    r = gcs.reason(gcs.loads(ARMY, path="<army>"), as_of=date(2018, 1, 18))
    assert r.find("intervention_allowed(radiologue)").provisions == ["L6133-6@2017-01-14.1"]
    assert r.holds("intervention_not_allowed(radiologue)")
    assert r.by_predicate("conflict")
