"""Two changes of one member's rights bearing the same date, decided by two assemblies (R6133-3 of 2010
al. 3 « Ce pourcentage est fixé pour toute la durée du groupement sauf modification de la composition du
groupement ou évolution substantielle de la part d'activité réalisée par l'un des membres »; README: a
member holds one set of rights on a date, the later assembly's decision prevails).

- A change the text refuses (ground `membership`, the members unchanged) is refused alone: it no longer
  also cancels another change of the same member bearing the same date on a ground the text allows (the
  refusal was keyed by member and date only): C holds 40 from 2014-04-01, so ag2 (A alone, 50 of 120)
  lacks its quorum (review 30 rightsrev F1).
- A change whose deliberation is undecided no longer leaves the rights unknown when a valid change
  decided by a later assembly fixes them from the same day: that one prevails whatever the earlier
  deliberation is worth; C holds 30 (review 30 rightsrev F2).
Both tests fail before the change."""

import gcs_reasoner as gcs

GCS = """groupement g "GCS Test" {{
  as of 2014-09-01
  approved 2010-09-15
  seat "Lyon" region "Rhône-Alpes"
  running_costs yes
  capital none
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Rhône-Alpes" rights 20 }}
  convention {{
    object "Plateau commun"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention,
             accounting_regime, duration, property_made_available, powers_split,
             liquidation_rules, participation_percentages
    attached budget_forecast, financial_balance
    vote_weight rights
    notice_days 15
    meeting_days 15
  }}
  assembly ag1 on 2014-03-01 {{
{ag1_convened}    accountant_present
    present a, b, c
    deliberation d1 on rights_setting {{ for a, b, c }}
  }}
  assembly ag3 on 2014-03-20 {{
    convened_on 2014-03-01 by administrator
    accountant_present
    present a, b, c
    deliberation d1 on rights_setting {{ for a, b, c }}
  }}
  assembly ag2 on 2014-06-01 {{
    convened_on 2014-05-10 by administrator
    accountant_present
    present a
    deliberation d1 on accounts year 2013 {{ for a }}
  }}
  rights_change c 40 on 2014-04-01 by ag1.d1 ground activity_share
  rights_change c 30 on 2014-04-01 by ag3.d1 ground {ground}

}}
"""

CONVENED = "    convened_on 2014-02-10 by administrator\n"


def _reason(ag1_convened, ground):
    result = gcs.reason(gcs.loads(GCS.format(ag1_convened=ag1_convened, ground=ground)))
    atoms = {(c.predicate, tuple(c.args)) for c in result.conclusions}
    return atoms, [w.message for w in result.warnings if w.code == "missing_fact" and "CH C" in w.message]


def test_a_refused_change_does_not_cancel_another_of_the_same_date():
    atoms, _ = _reason(CONVENED, "membership")
    assert ("rights_change_invalid", ("c",)) in atoms  # the change on ground membership, refused
    assert ("vote_share", ("c", 40, 120)) in atoms  # the change on ground activity_share, valid, counts
    assert ("quorum_not_met", ("ag2",)) in atoms and ("quorum_met", ("ag2",)) not in atoms


def test_a_later_assemblys_valid_change_prevails_over_an_undecided_one_for_the_same_day():
    atoms, warnings = _reason("", "activity_share")  # ag1 not said to be convened: its validity undecided
    assert ("vote_share", ("c", 30, 110)) in atoms
    assert ("quorum_not_met", ("ag2",)) in atoms
    assert warnings == []  # C's rights are known: no missing_fact on them
    # the control: both assemblies valid, the later one's figure holds too
    atoms, _ = _reason(CONVENED, "activity_share")
    assert ("vote_share", ("c", 30, 110)) in atoms
