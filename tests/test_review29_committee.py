"""The restricted committee: what review 29 found wanting; each test failed before its change.

R6133-22@2010-07-26 al. 1 (= R6133-27@2017-04-28 al. 1): « Si la convention constitutive le prévoit,
l'assemblée générale peut élire en son sein un comité restreint à qui elle délègue, pour une durée
déterminée renouvelable, certaines de ses compétences ». Without that clause the assembly has no power
to elect a committee: the electing deliberation is not valid and the « committee » holds no office, so
its meetings decide nothing (`no_committee`).
"""

import gcs_reasoner as gcs

BASE = """groupement imagerie_sud "GCS Imagerie Sud" {{
  as of 2012-12-31
  approved 2011-01-10
  seat "Nîmes" region "Languedoc-Roussillon"
  member chu_nimes "CHU de Nîmes" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }}
  member ch_ales "CH d'Alès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  member ch_uzes "CH d'Uzès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
    {clause}
  }}
  administrator chu_nimes elected 2012-01-20 by ag1.d1 until 2014-01-19{allowances}
  committee members chu_nimes, ch_ales elected 2012-01-20 by ag1.d2 until 2014-01-19
  delegation to committee matters {matter} by ag1.d3 until 2014-01-19
  assembly ag1 on 2012-01-20 {{
    convened_on 2012-01-05 by administrator
    present chu_nimes, ch_ales, ch_uzes
    deliberation d1 on administrator {{ for chu_nimes, ch_ales, ch_uzes }}
    deliberation d2 on committee_election {{ for chu_nimes, ch_ales, ch_uzes }}
    deliberation d3 on {d3_matter} {{ for chu_nimes, ch_ales, ch_uzes }}
  }}
  committee_meeting k1 on 2012-03-01 {{
    present chu_nimes, ch_ales
    minutes_sent 2012-03-05
    deliberation d1 on {matter} {{ for chu_nimes, ch_ales }}
  }}
{more}}}
"""


def conclusions(clause: str = "restricted_committee", matter: str = "information_sharing",
                d3_matter: str = "delegation", allowances: str = "", more: str = "") -> set[str]:
    text = BASE.format(clause=clause, matter=matter, d3_matter=d3_matter, allowances=allowances, more=more)
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c) for c in result.conclusions}


def test_a_committee_the_convention_does_not_provide_for_is_not_validly_elected_and_decides_nothing():
    without = conclusions(clause="")
    assert "committee_invalid(no_convention_basis)" in without
    assert "deliberation_valid(ag1, d2)" not in without
    assert "deliberation_invalid(ag1, d2, no_convention_basis)" in without
    assert "deliberation_invalid(k1, d1, no_committee)" in without
    # control: with the clause, the election is valid and the committee sits
    control = conclusions()
    assert "deliberation_valid(ag1, d2)" in control
    assert not any(c.startswith("deliberation_invalid(k1, d1") for c in control)


CANCELLED = """  challenge ch_uzes of k1.d1 on 2012-04-05
  assembly ag2 on 2012-05-30 {
    extraordinary
    convened_on 2012-05-15 by administrator
    present chu_nimes, ch_ales, ch_uzes
    deliberation d1 on committee_challenge of k1.d1 { against chu_nimes, ch_ales, ch_uzes }
  }
"""


def test_mission_allowances_set_by_a_cancelled_committee_deliberation_are_not_decided():
    """R6133-23@2010-07-26 al. 2: « une assemblée générale extraordinaire qui délibère, à la majorité qualifiée
    des deux tiers de ses membres présents ou représentés, sur le maintien ou la suppression de la délibération
    du comité restreint faisant l'objet de la contestation »; R6133-24@2012-11-11 al. 3: « des indemnités de
    mission peuvent lui être attribuées dans les conditions déterminées par l'assemblée générale ». Once the
    committee's deliberation on them (15°, delegated) is suppressed, no deliberation sets the conditions."""
    cancelled = conclusions(matter="mission_allowances", allowances=" mission_allowances", more=CANCELLED)
    assert "committee_deliberation_cancelled(k1, d1)" in cancelled
    assert "administrator_invalid(mission_allowances_not_decided)" in cancelled
    # control: the same deliberation, not challenged, still sets them
    kept = conclusions(matter="mission_allowances", allowances=" mission_allowances")
    assert "administrator_invalid(mission_allowances_not_decided)" not in kept


# a scale fixed by the director general before the committee's deliberation of 2012-03-01 (R6133-12 I of 2010)
SCALE_FIXED = """  authorisation imag care_activity "Imagerie" held_by groupement
  ars_decision dec1 on 2011-06-01 { grants imag  erects  tariff_scale abc }
"""


def test_a_cancelled_committee_change_of_tariff_scale_needs_no_approval():
    """R6133-16@2010-07-26 II: « La modification de l'échelle tarifaire applicable au groupement fait l'objet
    d'une délibération adoptée à l'unanimité des membres et approuvée par le directeur général de l'agence
    régionale de santé »: a committee deliberation changing the scale that the extraordinary assembly
    suppressed (R6133-23 al. 2) leaves no change to approve.
    The members are all public: II governs the change of a scale « ainsi fixée » (review 39), so the director
    general fixed one before the committee's deliberation (SCALE_FIXED)."""
    cancelled = conclusions(matter="tariff_scale_change", more=SCALE_FIXED + CANCELLED)
    assert "committee_deliberation_cancelled(k1, d1)" in cancelled
    assert "approval_required(ars_director_general, tariff_scale_change)" not in cancelled
    assert "tariff_scale_change_invalid(not_approved)" not in cancelled
    kept = conclusions(matter="tariff_scale_change", more=SCALE_FIXED)
    assert "approval_required(ars_director_general, tariff_scale_change)" in kept
    assert "tariff_scale_change_invalid(not_approved)" in kept


def test_a_delegation_voted_by_a_deliberation_on_another_matter_gives_the_committee_nothing():
    """R6133-22@2010-07-26 al. 1: « l'assemblée générale peut élire en son sein un comité restreint à qui elle
    délègue, pour une durée déterminée renouvelable, certaines de ses compétences »; R6133-21@2010-07-26 I 2
    23°: « Les conditions dans lesquelles elle délègue certaines de ses compétences au comité restreint ou à
    l'administrateur ». The file names the budget deliberation ag1.d3 as the delegation: the assembly has
    not deliberated on a delegation, so the committee's deliberation on the matter is not delegated (as a
    committee « elected » by a deliberation on another matter sits on nothing)."""
    other = conclusions(d3_matter="budget")
    assert "deliberation_invalid(k1, d1, not_delegated)" in other
    control = conclusions()
    assert "deliberation_invalid(k1, d1, not_delegated)" not in control
