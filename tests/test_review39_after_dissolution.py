"""Review 39 (round 15), fixer H: what a dissolved groupement, or one whose dissolution is open, still does.

The texts. R6133-18 of 2006 al. 1, R6133-8 of 2010 al. 2, R6133-8 of 2017 (and 2019, 2021) II: « La dissolution du
groupement entraîne sa liquidation. La personnalité morale du groupement subsiste pour les besoins de la
liquidation. » R6133-5 of 2006 al. 2 (R6133-7 of 2010 II): « En cours d'exécution de la convention, tout membre peut se
retirer du groupement à l'expiration d'un exercice budgétaire ». Décret 2017-631 art. 7 (the NOTA of R6133-1 of 2017
and 2019): « les groupements de coopération sanitaire régulièrement constitués avant la date de publication dudit
décret se mettent en conformité au plus tard au 1er janvier 2020. Au plus tard six mois avant l'expiration de ce
délai, l'assemblée générale des membres du groupement prend une décision mettant la convention constitutive en
conformité ». R6133-22 of 2009 (R6133-25 of 2010, R6133-30 of 2017): the agency « fixe les compétences transférées à
un groupement de coopération sanitaire créé ». R6133-26 of 2017 I: the assembly deliberates on « 2° Le transfert du
siège du groupement » and « 18° La prorogation ou la dissolution du groupement ainsi que les mesures nécessaires à sa
liquidation ».

The findings and the readings.
1. A deliberation on the dissolution whose validity is undecided (the majority cannot be computed): whether the
   groupement still exists after the day it would dissolve from is open. What depends on it is left open, with a
   missing_fact naming the assembly (attribute dissolution_validity), as the yearly duties already were: the
   withdrawal that would take effect after it (withdrawal_effective, its avenant), the agency's ground no_assembly
   judged on the as-of date, art. 7's decision due on 2019-07-01 and its absence, the deadline of 2020-01-01, the
   transfers of competences decided after it, the mentions of the convention. One source for all:
   dissolution_vote_open/2 and dissolution_open_on/2 (rules/time/years_of_life.lp); membership reads the first from
   the previous round (dissolution_vote_open_in_effect/2).
2. A transfer of competences decided by the agency on or after the first day dissolved takes no effect
   (no_effect(competence_transfer(dissolved), Dec, D)), as the agency's procedural decisions
   (no_effect(ars_decision(dissolved), ...)): the competences serve the activity, not the liquidation.
8. A groupement in liquidation does not bring its convention into line with later texts: its mentions are judged
   under the texts in force on the day under whose text its dissolution is judged (mentions_day/1), not the as-of
   date's. Dissolved in 2010 (before the 2010 decree), its convention is judged under R6133-1 of 2006, with no
   citation of art. 7; dissolved in 2018, under R6133-1 of 2017 in the transition (art. 7: the 14° and 16° in their
   earlier words); dissolved in 2021, under R6133-1 of 2019, the additions owed.
Out of slice. A seat transfer voted once dissolved keeps being judged (seat_transfer_allowed): unlike the withdrawal
(« En cours d'exécution de la convention »), the assembly's power to move the seat has no such condition, and the
assembly still decides « les mesures nécessaires à sa liquidation » (R6133-26 I 18°), which a move of the seat may be.
"""

import gcs_reasoner as gcs

BASE = """groupement op "GCS Ouvert" {
  as of AS_OF
  approved APPROVED
  seat "Guéret" region "Nouvelle-Aquitaine"
  member ch_gueret "CH de Guéret" { kind health_establishment sector public region "Nouvelle-Aquitaine" RIGHTS_G }
  member ch_aubusson "CH d'Aubusson" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }
  member ch_bourg "CH de Bourganeuf" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 20 }
  convention {
    object "Imagerie médicale"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }
  assembly ag1 on VOTE_DAY {
    convened_on CONVENED by administrator
    present ch_gueret, ch_aubusson, ch_bourg
    DELIBERATION
  }
EXTRA}
"""

VALID = "deliberation d1 on dissolution { for ch_gueret, ch_aubusson, ch_bourg }"
OPEN = "deliberation d1 on dissolution { for ch_gueret against ch_aubusson, ch_bourg }"  # ch_gueret has no rights
# a matter that neither dissolves nor changes the convention (a convention_change voted from 2017-04-28 to
# 2019-07-01 may be the compliance decision of décret 2017-631 art. 7 al. 2: it would leave that decision open)
NONE = "deliberation d1 on budget year 2019 { for ch_gueret, ch_aubusson, ch_bourg }"


def run(kind, vote_day="2018-09-15", as_of="2022-03-01", extra="", approved="2012-03-01"):
    """kind: valid (dissolved from the day after the vote), open (validity undecided), none (no vote on it)."""
    deliberation = {"valid": VALID, "open": OPEN, "none": NONE}[kind]
    y, m, d = vote_day.split("-")
    convened = f"{y}-{m}-01" if d > "20" else f"{int(y) - (m == '01')}-{'12' if m == '01' else int(m) - 1:02}-20"
    text = (BASE.replace("AS_OF", as_of).replace("APPROVED", approved).replace("VOTE_DAY", vote_day)
            .replace("CONVENED", convened).replace("DELIBERATION", deliberation)
            .replace("RIGHTS_G", "" if kind == "open" else "rights 40"))
    if kind == "valid" or kind == "open":
        extra = extra + f"  dissolution by ag1.d1 notified {_plus(vote_day, 3)}\n"
    text = text.replace("EXTRA", extra)
    return gcs.reason(gcs.loads(text, path="<review39>"), explain=True)


def _plus(day, n):
    import datetime as dt

    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


def conclusions(res):
    return {str(c) for c in res.conclusions}


def provisions(res, atom):
    return {p for c in res.conclusions if str(c) == atom for p in c.provisions}


def warnings(res):
    return {w.atom for w in res.warnings}


OPEN_YEARLY = "missing_fact(yearly_obligations, ag1, dissolution_validity)"
WITHDRAWAL = "  withdrawal ch_bourg notified 2019-03-01\n"


# --- 1. the withdrawal -------------------------------------------------------------------------------------------

def test_withdrawal_after_an_open_dissolution_vote_is_left_open():
    res = run("open", extra=WITHDRAWAL)
    assert OPEN_YEARLY in warnings(res)  # anchor: the vote is open
    assert "missing_fact(withdrawal_after_event, withdrawal(ch_bourg, 2019-03-01), dissolution_validity)" in warnings(res)
    found = conclusions(res)
    assert not any(s.startswith("withdrawal_effective(ch_bourg") for s in found)
    assert "avenant_required(withdrawal:ch_bourg)" not in found
    assert "avenant_missing(withdrawal:ch_bourg)" not in found
    assert not any(w.startswith("no_effect(withdrawal") for w in warnings(res))


def test_withdrawal_after_a_valid_dissolution_has_no_effect():
    res = run("valid", extra=WITHDRAWAL)
    assert "in_liquidation(2018-09-16)" in conclusions(res)
    assert "no_effect(withdrawal:dissolved, ch_bourg, 2019-03-01)" in warnings(res)
    assert not any(s.startswith("withdrawal_effective(ch_bourg") for s in conclusions(res))


def test_withdrawal_without_a_dissolution_vote_takes_effect():
    res = run("none", extra=WITHDRAWAL)
    found = conclusions(res)
    assert "withdrawal_effective(ch_bourg, 2019-12-31)" in found
    assert "avenant_required(withdrawal:ch_bourg)" in found
    assert not any("dissolution_validity" in w for w in warnings(res))


def test_withdrawal_before_an_open_dissolution_vote_takes_effect():
    # the open vote of 2020-03-15 comes after the withdrawal's year end (2019-12-31)
    res = run("open", vote_day="2020-03-15", extra=WITHDRAWAL)
    assert OPEN_YEARLY in warnings(res)  # anchor
    assert "withdrawal_effective(ch_bourg, 2019-12-31)" in conclusions(res)
    assert not any(w.startswith("missing_fact(withdrawal_after_event") for w in warnings(res))


# --- 1. the agency's ground no_assembly, on the as-of date -----------------------------------------------------

def test_no_assembly_ground_is_left_open_after_an_open_dissolution_vote():
    res = run("open")
    assert OPEN_YEARLY in warnings(res)  # anchor
    assert "ars_dissolution_ground(no_assembly)" not in conclusions(res)
    assert "missing_fact(ars_dissolution_procedure, ag1, dissolution_validity)" in warnings(res)


def test_no_assembly_ground_without_a_dissolution_vote():
    res = run("none")
    assert "ars_dissolution_ground(no_assembly)" in conclusions(res)
    assert "missing_fact(ars_dissolution_procedure, ag1, dissolution_validity)" not in warnings(res)


def test_no_assembly_ground_not_drawn_once_dissolved():
    res = run("valid")
    assert "in_liquidation(2018-09-16)" in conclusions(res)  # anchor
    assert "ars_dissolution_ground(no_assembly)" not in conclusions(res)
    assert not any("dissolution_validity" in w for w in warnings(res))


# --- 1. art. 7 of décret 2017-631 --------------------------------------------------------------------------------

def test_compliance_left_open_by_a_dissolution_vote_open_before_2019_07_01():
    res = run("open")
    found = conclusions(res)
    assert OPEN_YEARLY in warnings(res)  # anchor
    assert "compliance_decision_due(2019-07-01)" not in found
    assert "compliance_decision_missing" not in found
    assert "compliance_deadline(2020-01-01)" not in found
    assert "missing_fact(compliance_decision, ag1, dissolution_validity)" in warnings(res)
    assert "missing_fact(compliance_deadline, ag1, dissolution_validity)" in warnings(res)


def test_compliance_owed_when_the_open_vote_comes_after_2020_01_01():
    res = run("open", vote_day="2020-03-15")
    found = conclusions(res)
    assert OPEN_YEARLY in warnings(res)  # anchor
    assert "compliance_decision_due(2019-07-01)" in found
    assert "compliance_decision_missing" in found
    assert "compliance_deadline(2020-01-01)" in found
    assert not any(w.startswith("missing_fact(compliance_") for w in warnings(res))


def test_compliance_owed_without_a_dissolution_vote():
    res = run("none")
    found = conclusions(res)
    assert {"compliance_decision_due(2019-07-01)", "compliance_decision_missing", "compliance_deadline(2020-01-01)"} <= found


def test_compliance_not_owed_once_dissolved_before_2019_07_01():
    res = run("valid")
    found = conclusions(res)
    assert "in_liquidation(2018-09-16)" in found  # anchor
    assert not any(s.startswith("compliance_") for s in found)


# --- 2. the agency's transfer of competences ----------------------------------------------------------------------

TRANSFER = """  ars_decision dec1 on DAY by ars_director_general published DAY {
    transfers management, real_estate
  }
"""


def test_transfer_after_the_dissolution_has_no_effect():
    res = run("valid", as_of="2019-06-01", extra=TRANSFER.replace("DAY", "2019-01-10"))
    found = conclusions(res)
    assert "in_liquidation(2018-09-16)" in found  # anchor
    assert "competence_transferred(management)" not in found
    assert "competence_transferred(real_estate)" not in found
    assert "no_effect(competence_transfer:dissolved, dec1, 2019-01-10)" in warnings(res)


def test_transfer_before_the_dissolution_takes_effect():
    res = run("valid", as_of="2019-06-01", extra=TRANSFER.replace("DAY", "2018-06-10"))
    found = conclusions(res)
    assert "in_liquidation(2018-09-16)" in found
    assert {"competence_transferred(management)", "competence_transferred(real_estate)"} <= found
    assert not any(w.startswith("no_effect(competence_transfer") for w in warnings(res))


def test_transfer_after_an_open_dissolution_vote_is_left_open():
    res = run("open", as_of="2019-06-01", extra=TRANSFER.replace("DAY", "2019-01-10"))
    assert "missing_fact(competence_transfer, ag1, dissolution_validity)" in warnings(res)
    assert not any(s.startswith("competence_transferred") for s in conclusions(res))
    assert not any(w.startswith("no_effect(competence_transfer") for w in warnings(res))


def test_transfer_without_a_dissolution_vote_takes_effect():
    res = run("none", as_of="2019-06-01", extra=TRANSFER.replace("DAY", "2019-01-10"))
    assert "competence_transferred(management)" in conclusions(res)
    assert "missing_fact(competence_transfer, ag1, dissolution_validity)" not in warnings(res)


# --- 8. the mentions of the convention of a groupement in liquidation ---------------------------------------------

def test_dissolved_in_2010_mentions_judged_under_the_2006_text_without_art_7():
    res = run("valid", vote_day="2010-03-20", as_of="2021-01-01", approved="2008-03-01")
    found = conclusions(res)
    assert "in_liquidation(2010-03-21)" in found  # anchor
    assert provisions(res, "missing_mention(administration_rules)") == {"R6133-1@2006-01-01.2.11"}
    assert provisions(res, "missing_mention(professional_intervention)") == {"R6133-1@2006-01-01.2.12"}
    # 11° (accounting regime) and 18° (liquidation) are mentions of the 2010 text, after the dissolution
    assert "missing_mention(accounting_regime)" not in found
    assert "missing_mention(liquidation_rules)" not in found
    cited = {p for c in res.conclusions if str(c).startswith("missing_mention(") for p in c.provisions}
    assert "R6133-1@2006-01-01.2.1" in cited  # name and seat, under the 2006 text
    assert not any(p.startswith("decret-2017-631") for p in cited)
    assert not any(p.startswith(("R6133-1@2010", "R6133-1@2014", "R6133-1@2017", "R6133-1@2019")) for p in cited)


def test_not_dissolved_mentions_judged_under_the_as_of_text():
    res = run("none", vote_day="2010-03-20", as_of="2021-01-01", approved="2008-03-01")
    assert provisions(res, "missing_mention(accounting_regime)") == {"R6133-1@2019-05-05.I.1.11"}
    assert "missing_mention(staff_rules)" in conclusions(res)  # the 2017 addition, owed from 2020-01-02


def test_dissolved_in_2018_mentions_judged_in_the_transition():
    res = run("valid", as_of="2021-01-01")
    found = conclusions(res)
    assert "in_liquidation(2018-09-16)" in found  # anchor
    assert provisions(res, "missing_mention(professional_intervention)") == {"R6133-1@2017-04-28.I.1.14",
                                                                             "decret-2017-631.art7.1"}
    assert "missing_mention(staff_rules)" not in found  # added by the 2017 text, owed only from 2020-01-02


def test_dissolved_in_2021_mentions_judged_under_the_2019_text():
    res = run("valid", vote_day="2021-03-15", as_of="2022-03-01")
    found = conclusions(res)
    assert "in_liquidation(2021-03-16)" in found  # anchor
    assert provisions(res, "missing_mention(staff_rules)") == {"R6133-1@2019-05-05.I.1.12bis"}
    assert provisions(res, "missing_mention(professional_intervention)") == {"R6133-1@2019-05-05.I.1.14"}


def test_mentions_left_open_after_an_open_dissolution_vote():
    res = run("open")
    assert "missing_fact(mentions, ag1, dissolution_validity)" in warnings(res)
    assert not any(s.startswith("missing_mention(") for s in conclusions(res))
    assert "groupement_duration(indefinite)" in conclusions(res)  # anchor: the convention is read


# --- out of slice: a seat transfer voted once dissolved --------------------------------------------------------

SEAT = """  assembly ag2 on 2019-02-20 {
    convened_on 2019-02-01 by administrator
    present ch_gueret, ch_aubusson, ch_bourg
    deliberation d1 on seat_transfer { for ch_gueret, ch_aubusson, ch_bourg }
  }
  seat_transfer to "Limoges" region "Nouvelle-Aquitaine" by ag2.d1
"""


def test_seat_transfer_voted_once_dissolved_is_still_judged():
    res = run("valid", as_of="2019-06-01", extra=SEAT)
    found = conclusions(res)
    assert "in_liquidation(2018-09-16)" in found  # anchor
    assert 'seat_transfer_allowed("Limoges")' in found
    assert not any(w.startswith("no_effect(seat") for w in warnings(res))


# --- a dissolution whose day is not known: the term reached before 2006, not judged (décret 2005-1681 art. 3) -----

OLD = """groupement old "GCS Ancien" {
  as of 2021-01-01
  approved 2003-03-01
  DURATION
  seat "Guéret" region "Nouvelle-Aquitaine"
  member ch_gueret "CH de Guéret" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }
  member ch_aubusson "CH d'Aubusson" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }
  convention {
    object "Imagerie médicale"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }
}
"""


def run_old(duration):
    return gcs.reason(gcs.loads(OLD.replace("DURATION", duration), path="<review39-old>"), explain=True)


def test_term_reached_before_2006_leaves_the_mentions_and_art_7_open():
    res = run_old("duration until 2005-06-30")
    assert "missing_fact(yearly_obligations_after_event, groupement, dissolution_not_judged)" in warnings(res)  # anchor
    found = conclusions(res)
    assert not any(s.startswith(("missing_mention(", "compliance_")) for s in found)
    assert "missing_fact(mentions, groupement, dissolution_not_judged)" in warnings(res)
    assert "missing_fact(compliance_decision, groupement, dissolution_not_judged)" in warnings(res)


def test_term_not_reached_mentions_and_art_7_owed():
    res = run_old("duration until 2030-12-31")
    found = conclusions(res)
    assert {"compliance_decision_due(2019-07-01)", "compliance_decision_missing"} <= found
    assert provisions(res, "missing_mention(accounting_regime)") == {"R6133-1@2019-05-05.I.1.11"}
    assert not any("dissolution_not_judged" in w for w in warnings(res))
