"""Review 37, fixer K: the duties of the 2017 procedure when the groupement may already be dissolved, or is.

Décret 2017-631 art. 7 al. 3: « un membre du groupement de coopération sanitaire n'est plus autorisé à en faire
partie, l'assemblée générale prononce son exclusion dans les conditions prévues à la convention constitutive. A défaut
de décision d'exclusion par l'assemblée générale, le directeur général de l'agence régionale de santé peut dissoudre le
groupement selon la procédure prévue au 3° de l'article R. 6133-8. »
R6133-8 II of 2017/2019: « La dissolution du groupement entraîne sa liquidation. La personnalité morale du groupement
subsiste pour les besoins de la liquidation. »
R6133-17 of 2006 al. 1: « Le groupement est dissous de plein droit par l'arrivée du terme de sa durée
conventionnelle »; décret 2005-1681 art. 3: a term reached before 2006-01-01 is judged by no encoded text.

1. A groupement approved in 2002 whose duration ran until 2005-06-30: whether it was dissolved in 2005 is not known.
   In 2019 the exclusion of a barred member, the ground member_not_excluded and the dissolution it allows are open
   (nothing drawn, a missing_fact warning with attribute dissolution_not_judged). With a decision of the director
   general dissolving it on 2019-07-01, it is dissolved either way from 2019-07-02 (since 2005, or by the decision):
   from that day the duties have no object and no warning is needed.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review37K>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _starting(result, *prefixes) -> list[str]:
    return sorted(c for c in _held(result) if c.startswith(prefixes))


def _warnings(result, topic: str) -> list[str]:
    return sorted(w.atom for w in result.warnings if w.code == "missing_fact" and w.atom.startswith(f"missing_fact({topic},"))


# Distrimed SAS, a founding member (2002), is a for-profit supplier of health products: L6133-2 of 2017 I al. 3 « ne
# peut être membre d'un groupement de coopération sanitaire ». The director general found it not excluded on
# 2019-03-01 and enjoined the groupement to remedy by 2019-05-31.
BARRED = """groupement s11 "GCS Achats hospitaliers du Cher" {{
  as of {as_of}
  approved 2002-03-01
  seat "Bourges" region "Centre-Val de Loire"
{duration}  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 30 }}
  member fourn "Distrimed SAS" {{ kind other_care_organisation sector private region "Centre-Val de Loire" profit_supplier products authorised 2002-03-01 rights 10 }}
  assembly ag1 on 2019-02-11 {{
    convened_on 2019-01-21 by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on budget {{ for ch_bourges, ch_vierzon, fourn }}
  }}
  ars_decision dec1 on 2019-03-01 by ars_director_general notified 2019-03-02 {{ finding member_not_excluded }}
  ars_decision dec2 on 2019-04-15 by ars_director_general notified 2019-04-15 {{ injunction until 2019-05-31 }}
{dissolves}}}
"""

DISSOLVES = ('  ars_decision dec3 on 2019-07-01 by ars_director_general notified 2019-07-01 published 2019-07-05 '
             '{ dissolves }\n')


def barred(as_of: str, until: str | None = "2005-06-30", dissolves: bool = False) -> str:
    return BARRED.format(as_of=as_of, duration=f"  duration until {until}\n" if until else "",
                         dissolves=DISSOLVES if dissolves else "")


def _exclusion_lines(result) -> list[str]:
    return _starting(result, "exclusion_required(", "ars_dissolution_ground(member_not_excluded",
                     "ars_dissolution_possible(")


def test_never_dissolved_the_exclusion_is_owed():
    """Positive anchor: no term, as of 2019-09-01 the barred founding member is still there, the formal notice ran
    out on 2019-05-31: the exclusion is owed, the ground holds, the director may dissolve."""
    r = _reason(barred("2019-09-01", until=None))
    assert _exclusion_lines(r) == ["ars_dissolution_ground(member_not_excluded)",
                                   "ars_dissolution_possible(member_not_excluded)",
                                   "exclusion_required(fourn, profit_supplier)"]
    assert _warnings(r, "barred_member_exclusion") == []


def test_a_term_to_come_changes_nothing():
    """A term of 2040 (no event before 2006): the same conclusions."""
    r = _reason(barred("2019-09-01", until="2040-12-31"))
    assert _exclusion_lines(r) == ["ars_dissolution_ground(member_not_excluded)",
                                   "ars_dissolution_possible(member_not_excluded)",
                                   "exclusion_required(fourn, profit_supplier)"]


def test_term_before_2006_the_exclusion_is_open():
    """The term of 2005-06-30 is not judged: the groupement may have been in liquidation since 2005-07-01. Neither the
    exclusion nor the ground nor the possibility is drawn; warnings say so. The member stays barred by L6133-2."""
    r = _reason(barred("2019-09-01"))
    assert "event_not_judged(term_reached, 2005-06-30)" in _held(r)
    assert "membership_invalid(fourn, profit_supplier)" in _held(r)
    assert _exclusion_lines(r) == []
    assert _warnings(r, "barred_member_exclusion") == [
        "missing_fact(barred_member_exclusion, fourn, dissolution_not_judged)"]
    assert _warnings(r, "ars_dissolution_procedure") == [
        "missing_fact(ars_dissolution_procedure, groupement, dissolution_not_judged)"]


def test_term_before_2006_and_the_director_dissolves_the_day_of_his_decision():
    """As of 2019-07-01, the day of the director's decision (it dissolves from the next day): not yet dissolved
    either way; the duties are still open, with their warnings."""
    r = _reason(barred("2019-07-01", dissolves=True))
    assert _exclusion_lines(r) == []
    assert _warnings(r, "barred_member_exclusion") == [
        "missing_fact(barred_member_exclusion, fourn, dissolution_not_judged)"]


def test_term_before_2006_and_the_director_dissolves_either_way():
    """As of 2019-09-01, after the director's decision of 2019-07-01: dissolved since 2005 or since 2019-07-02,
    either way in liquidation: the duties have no object, and no warning on them (the decision's own warning,
    agency_dissolution, stays)."""
    r = _reason(barred("2019-09-01", dissolves=True))
    assert "membership_invalid(fourn, profit_supplier)" in _held(r)
    assert _warnings(r, "agency_dissolution") == [
        "missing_fact(agency_dissolution, groupement, dissolution_not_judged)"]
    assert _exclusion_lines(r) == []
    assert _warnings(r, "barred_member_exclusion") == []
    assert _warnings(r, "ars_dissolution_procedure") == []


def test_never_dissolved_with_the_directors_decision_is_dissolved():
    """Anchor for the decision: no term before 2006, the decision of 2019-07-01 dissolves from 2019-07-02
    (dissolved_by_as_of): the duties have no object either, no warning."""
    r = _reason(barred("2019-09-01", until=None, dissolves=True))
    assert "dissolved_on(ars_decision, 2019-07-02)" in _held(r)
    assert _exclusion_lines(r) == []
    assert _warnings(r, "barred_member_exclusion") == []


CASE_2004 = """  convention {
    object "achats"
    mentions dissolution_rules
    dissolution_case "fin du marché régional"
  }
  case_occurred "fin du marché régional" on 2004-05-01
"""

ASSEMBLY_2019 = """  assembly ag2 on 2019-06-03 {
    convened_on 2019-05-13 by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on dissolution { for ch_bourges, ch_vierzon, fourn }
  }
"""


def test_a_convention_case_before_2006_leaves_the_exclusion_open():
    """No term, but a case of dissolution of the convention occurred on 2004-05-01 (not judged): the same opening as
    after a term of 2005."""
    r = _reason(barred("2019-09-01", until=None).replace("  ars_decision dec1", CASE_2004 + "  ars_decision dec1"))
    assert any(c.startswith("event_not_judged(case_occurred") for c in _held(r))
    assert _exclusion_lines(r) == []
    assert _warnings(r, "barred_member_exclusion") == [
        "missing_fact(barred_member_exclusion, fourn, dissolution_not_judged)"]


def test_term_before_2006_and_the_assembly_dissolves_either_way():
    """After a term of 2005, the assembly validly dissolves the groupement on 2019-06-03: either way dissolved on
    2019-09-01 (since 2005, or from 2019-06-04): no duty, no warning on them; the assembly's own warning stays. On
    2019-06-03, the assembly's day, not yet: the duties are open with their warning."""
    text = barred("2019-09-01").replace("  ars_decision dec1", ASSEMBLY_2019 + "  ars_decision dec1")
    r = _reason(text)
    assert _warnings(r, "assembly_dissolution") == [
        "missing_fact(assembly_dissolution, groupement, dissolution_not_judged)"]
    assert _exclusion_lines(r) == []
    assert _warnings(r, "barred_member_exclusion") == []
    day_of = _reason(text.replace("as of 2019-09-01", "as of 2019-06-03"))
    assert _exclusion_lines(day_of) == []
    assert _warnings(day_of, "barred_member_exclusion") == [
        "missing_fact(barred_member_exclusion, fourn, dissolution_not_judged)"]


# --- R6133-16 of 2017: the avenant after the withdrawal of an authorisation the groupement operates --------------------

AVENANT = """groupement s12 "GCS Chirurgie ambulatoire du Cher" {{
  as of {as_of}
  approved 2002-03-01
  seat "Bourges" region "Centre-Val de Loire"
{duration}  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 40 }}
  authorisation chir care_activity "Chirurgie ambulatoire" held_by ch_vierzon granted 2015-02-01
  operates chir site "Vierzon"
  assembly ag1 on 2019-02-11 {{
    convened_on 2019-01-21 by administrator
    present ch_bourges, ch_vierzon
    deliberation d1 on budget {{ for ch_bourges, ch_vierzon }}
  }}
  ars_decision dec1 on 2019-06-03 by ars_director_general notified 2019-06-04 {{ withdraws chir  withdraws_billing {ask}}}
}}
"""


def avenant(until: str | None, ask: bool = True) -> str:
    return AVENANT.format(as_of="2019-11-04", duration=f"  duration until {until}\n" if until else "",
                          ask="asks_avenant until 2019-09-30 " if ask else "")


def _avenant_lines(result) -> list[str]:
    return _starting(result, "avenant_required(joint_operation", "avenant_request_required(",
                     "ars_dissolution_ground(no_avenant")


def test_avenant_never_dissolved_anchor():
    """Positive anchor: the avenant asked by 2019-09-30 was not sent by 2019-11-04: owed, and the ground holds."""
    r = _reason(avenant(None))
    assert _avenant_lines(r) == ["ars_dissolution_ground(no_avenant)", "avenant_required(joint_operation:chir)"]
    assert _warnings(r, "joint_operation_avenant") == []


def test_avenant_term_before_2006_is_open():
    """The same after a term of 2005 not judged: neither the avenant nor the ground is drawn; warnings say so."""
    r = _reason(avenant("2005-06-30"))
    assert "event_not_judged(term_reached, 2005-06-30)" in _held(r)
    assert _avenant_lines(r) == []
    assert _warnings(r, "joint_operation_avenant") == [
        "missing_fact(joint_operation_avenant, groupement, dissolution_not_judged)"]
    assert _warnings(r, "ars_dissolution_procedure") == [
        "missing_fact(ars_dissolution_procedure, groupement, dissolution_not_judged)"]


def test_avenant_request_term_before_2006_is_open():
    """No request yet: the request (avenant_request_required) is open as well, with the same warning."""
    anchor = _reason(avenant(None, ask=False))
    assert _avenant_lines(anchor) == ["avenant_request_required(chir)", "avenant_required(joint_operation:chir)"]
    r = _reason(avenant("2005-06-30", ask=False))
    assert _avenant_lines(r) == []
    assert _warnings(r, "joint_operation_avenant") == [
        "missing_fact(joint_operation_avenant, groupement, dissolution_not_judged)"]


# --- 2. A groupement dissolved by the withdrawal of the holder of an authorisation it operates ------------------------
#
# R6133-7 of 2010 IV: « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre donnent lieu à un avenant
# à la convention constitutive. » II: « En cours d'exécution de la convention constitutive, tout membre peut se retirer
# du groupement à l'expiration d'un exercice budgétaire ». L6133-1 of 2018 4°: « Exploiter sur un site unique les
# autorisations détenues par un ou plusieurs de ses membres ». R6133-8 of 2019 II: « La personnalité morale du
# groupement subsiste pour les besoins de la liquidation. En cas de dissolution, l'ensemble de l'actif et du passif du
# groupement ainsi que ses droits et obligations sont répartis entre les membres conformément aux règles définies par
# la convention constitutive. »
#
# CH de Vierzon, holder of the authorisation chir the groupement operates, notified its withdrawal on 2019-06-15: it
# takes effect at the end of 2019 (2019-12-31), while the convention is in execution. With two members, the
# groupement is then left with one and dissolved of right from 2020-01-01 (R6133-8 of 2019 I 2°). The avenant the
# withdrawal gives rise to is owed on the withdrawal's day, before the dissolution, and the convention it amends still
# governs the liquidation (the division among the members): it is still owed, and missing, once dissolved. The
# operation of an authorisation whose holder is no longer a member is judged by L6133-1 4° (what the groupement may
# operate, as L6133-2 judges who may be a member): the liquidation does not make it allowed, and it stays drawn.

HOLDER = """groupement s13 "GCS Chirurgie ambulatoire du Cher" {{
  as of {as_of}
  approved 2012-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 30 }}
{third}  authorisation chir care_activity "Chirurgie ambulatoire" held_by ch_vierzon granted 2015-02-01
  operates chir site "Vierzon"
  assembly ag1 on 2019-02-11 {{
    convened_on 2019-01-21 by administrator
    present ch_bourges, ch_vierzon{present}
    deliberation d1 on budget {{ for ch_bourges, ch_vierzon{present} }}
  }}
  withdrawal ch_vierzon notified 2019-06-15
{dissolution}}}
"""

THIRD = ('  member ch_aubigny "CH d\'Aubigny" { kind health_establishment sector public region "Centre-Val de Loire" '
         'rights 10 }\n')

# the remaining two members dissolve it on 2020-02-01 (from 2020-02-02)
ASSEMBLY_DISSOLUTION = """  assembly ag2 on 2020-02-01 {
    convened_on 2020-01-10 by administrator
    present ch_bourges, ch_aubigny
    deliberation d1 on dissolution { for ch_bourges, ch_aubigny }
  }
"""


def holder(as_of: str, third: bool = False, dissolved_by_assembly: bool = False) -> str:
    return HOLDER.format(as_of=as_of, third=THIRD if third else "", present=", ch_aubigny" if third else "",
                         dissolution=ASSEMBLY_DISSOLUTION if dissolved_by_assembly else "")


def _holder_lines(result) -> list[str]:
    return _starting(result, "avenant_required(withdrawal", "avenant_missing(withdrawal",
                     "joint_operation_invalid(chir")


HELD_AFTER = ["avenant_missing(withdrawal:ch_vierzon)", "avenant_required(withdrawal:ch_vierzon)",
              "joint_operation_invalid(chir, not_member_held)"]


def test_holder_left_never_dissolved_anchor():
    """Anchor: three members, the holder's withdrawal (2019-12-31) leaves two: not dissolved; as of 2020-03-01 the
    avenant is owed and missing, and the groupement operates an authorisation of a non-member."""
    r = _reason(holder("2020-03-01", third=True))
    assert not any(c.startswith("dissolved_on(") for c in _held(r))
    assert _holder_lines(r) == HELD_AFTER


def test_holder_left_the_day_before_dissolution():
    """Two members, as of 2019-12-31, the day the withdrawal takes effect (at the expiration of that budget year) and
    the day before the first day dissolved: the avenant is owed (not yet missing: the withdrawal is done from the
    next day); the holder is still a member that day."""
    r = _reason(holder("2019-12-31"))
    assert not any(c.startswith("dissolved_on(") for c in _held(r))
    assert _holder_lines(r) == ["avenant_required(withdrawal:ch_vierzon)"]


def test_holder_left_dissolved_of_right():
    """Two members, as of 2020-03-01: dissolved of right from 2020-01-01 (one member left), in liquidation; the
    avenant of the withdrawal that came before the dissolution is still owed and missing, and the operation of the
    former member's authorisation is still outside L6133-1 4°."""
    r = _reason(holder("2020-03-01"))
    assert "dissolved_on(single_member, 2020-01-01)" in _held(r)
    assert "in_liquidation(2020-01-01)" in _held(r)
    assert _holder_lines(r) == HELD_AFTER


def test_holder_left_then_dissolved_by_the_assembly():
    """Three members, the remaining two dissolve the groupement on 2020-02-01 (from 2020-02-02): the day before the
    first day dissolved and after it, the same three conclusions."""
    day_before = _reason(holder("2020-02-01", third=True, dissolved_by_assembly=True))
    assert not any(c.startswith("dissolved_on(") for c in _held(day_before))
    assert _holder_lines(day_before) == HELD_AFTER
    after = _reason(holder("2020-03-01", third=True, dissolved_by_assembly=True))
    assert "dissolved_on(assembly_decision, 2020-02-02)" in _held(after)
    assert _holder_lines(after) == HELD_AFTER
