"""Review 37, fixer C: the duties of the 2017 procedure once the groupement is dissolved.

Décret 2017-631 art. 7 al. 3: « un membre du groupement de coopération sanitaire n'est plus autorisé à en faire
partie, l'assemblée générale prononce son exclusion dans les conditions prévues à la convention constitutive. A défaut
de décision d'exclusion par l'assemblée générale, le directeur général de l'agence régionale de santé peut dissoudre le
groupement selon la procédure prévue au 3° de l'article R. 6133-8. »
R6133-16 of 2017 al. 2: « S'il constate au terme de ce délai que le groupement ne lui a pas transmis d'avenant à sa
convention constitutive pour approbation, le directeur général de l'agence régionale de santé peut dissoudre le
groupement selon la procédure prévue au 3° de l'article R. 6133-8. »
R6133-8 of 2017 / 2019 II: « La dissolution du groupement entraîne sa liquidation. La personnalité morale du groupement
subsiste pour les besoins de la liquidation. »

Once the groupement is dissolved (on any ground: here its assembly's decision, I 1°, dissolving from the day after the
assembly, or its term, I 2°), the exclusion the decree asks of the assembly, the avenant R6133-16 asks of the
groupement, and the director general's dissolution they support have no object: on an as-of date from the first day
dissolved, neither `exclusion_required`, nor the grounds `member_not_excluded` / `no_avenant`, nor `avenant_required`
/ `avenant_request_required` are drawn. The day before the first day dissolved they still are.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review37>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _starting(result, *prefixes) -> list[str]:
    return sorted(c for c in _held(result) if c.startswith(prefixes))


# --- member_not_excluded: the exclusion owed by décret 2017-631 art. 7 al. 3 ----------------------------------------

# Distrimed SAS, a member since 2012, is a for-profit supplier of health products: L6133-2 of 2017 I al. 3 « ne peut
# être membre d'un groupement de coopération sanitaire ». The director general found it not excluded on 2019-03-01
# and enjoined the groupement to remedy by 2019-05-31.
BARRED = """groupement s11 "GCS Achats hospitaliers du Cher" {{
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
  ars_decision dec1 on 2019-03-01 by ars_director_general notified 2019-03-02 {{ finding member_not_excluded }}
  ars_decision dec2 on 2019-04-15 by ars_director_general notified 2019-04-15 {{ injunction until 2019-05-31 }}
{dissolution}}}
"""

DISSOLVING_ASSEMBLY = """  assembly ag2 on {day} {{
    convened_on 2019-03-10 by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on dissolution {{ for ch_bourges, ch_vierzon, fourn }}
  }}
  dissolution by ag2.d1 notified {day} published {day}
"""


def barred(as_of: str, dissolved_by_assembly_on: str | None = None) -> str:
    dissolution = DISSOLVING_ASSEMBLY.format(day=dissolved_by_assembly_on) if dissolved_by_assembly_on else ""
    return BARRED.format(as_of=as_of, dissolution=dissolution)


MEMBER_NOT_EXCLUDED = ["ars_dissolution_ground(member_not_excluded)", "ars_dissolution_possible(member_not_excluded)",
                       "exclusion_required(fourn, profit_supplier)"]


def _exclusion_lines(result) -> list[str]:
    return _starting(result, "exclusion_required(", "ars_dissolution_ground(member_not_excluded",
                     "ars_dissolution_possible(member_not_excluded")


def test_not_dissolved_the_exclusion_and_the_ground_hold():
    """Positive anchor: never dissolved, as of 2019-09-01 the member is still there, the assembly owes its exclusion
    (art. 7 al. 3), the director has the ground and, the injunction's time limit over, may dissolve."""
    r = _reason(barred("2019-09-01"))
    assert _exclusion_lines(r) == MEMBER_NOT_EXCLUDED
    assert not _starting(r, "dissolved_on(")


def test_dissolved_before_the_injunctions_time_limit():
    """The assembly of 2019-04-20 dissolves from 2019-04-21, before the time limit of 2019-05-31: as of 2019-09-01
    the groupement is in liquidation, no exclusion owed, no ground; the time limit set before the dissolution stays
    said (review 36's reading), and the member is still irregular under L6133-2."""
    r = _reason(barred("2019-09-01", "2019-04-20"))
    assert r.holds("dissolved_on(assembly_decision, 2019-04-21)")
    assert r.holds("in_liquidation(2019-04-21)")
    assert _exclusion_lines(r) == []
    assert r.holds("membership_invalid(fourn, profit_supplier)")
    assert r.holds("ars_dissolution_step_due(remedy, 2019-05-31)")


def test_dissolved_after_the_injunctions_time_limit():
    """The assembly of 2019-07-01 dissolves from 2019-07-02, after the time limit (2019-05-31): the ground held, and
    the dissolution was possible, up to 2019-07-01; from 2019-07-02 neither."""
    r = _reason(barred("2019-09-01", "2019-07-01"))
    assert r.holds("dissolved_on(assembly_decision, 2019-07-02)")
    assert _exclusion_lines(r) == []
    before = _reason(barred("2019-07-01", "2019-07-01"))
    assert _exclusion_lines(before) == MEMBER_NOT_EXCLUDED
    assert not _starting(before, "dissolved_on(")


def test_dissolved_on_the_day_the_time_limit_ends():
    """Boundary: the assembly of 2019-05-30 dissolves from 2019-05-31, the injunction's last day. As of 2019-05-31
    (the first day dissolved) nothing is owed; as of 2019-05-30 (the assembly's day, not dissolved yet) the exclusion
    and the ground hold, the time limit still running (no dissolution possible yet)."""
    on_first_day = _reason(barred("2019-05-31", "2019-05-30"))
    assert on_first_day.holds("dissolved_on(assembly_decision, 2019-05-31)")
    assert _exclusion_lines(on_first_day) == []
    day_before = _reason(barred("2019-05-30", "2019-05-30"))
    assert _exclusion_lines(day_before) == ["ars_dissolution_ground(member_not_excluded)",
                                            "exclusion_required(fourn, profit_supplier)"]
    assert day_before.holds("ars_dissolution_stage(remedy_period)")


def test_dissolved_by_its_term():
    """Another ground of dissolution, the term (I 2°): the groupement's duration ends on 2019-06-30, so it is
    dissolved from 2019-07-01. As of 2019-06-30 the exclusion is still owed; as of 2019-07-01 it is not."""
    with_term = BARRED.replace('  approved 2012-03-01\n', '  approved 2012-03-01\n  duration until 2019-06-30\n')
    last_day = _reason(with_term.format(as_of="2019-06-30", dissolution=""))
    assert _exclusion_lines(last_day) == MEMBER_NOT_EXCLUDED
    first_day = _reason(with_term.format(as_of="2019-07-01", dissolution=""))
    assert first_day.holds("dissolved_on(term_reached, 2019-07-01)")
    assert _exclusion_lines(first_day) == []


# --- no_avenant, avenant_required, avenant_request_required: R6133-16 of 2017 -----------------------------------------

# The director general withdrew CH de Vierzon's authorisation the groupement operates (2019-06-03) and asked for an
# avenant by 2019-09-30 (`ask` False: he has not asked yet).
AVENANT = """groupement s12 "GCS Chirurgie ambulatoire du Cher" {{
  as of {as_of}
  approved 2012-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 40 }}
  authorisation chir care_activity "Chirurgie ambulatoire" held_by ch_vierzon granted 2015-02-01
  operates chir site "Vierzon"
  assembly ag1 on 2019-02-11 {{
    convened_on 2019-01-21 by administrator
    present ch_bourges, ch_vierzon
    deliberation d1 on budget {{ for ch_bourges, ch_vierzon }}
  }}
  ars_decision dec1 on 2019-06-03 by ars_director_general notified 2019-06-04 {{ withdraws chir  withdraws_billing {ask}}}
{dissolution}}}
"""

AVENANT_DISSOLUTION = """  assembly ag2 on {day} {{
    convened_on 2019-07-10 by administrator
    present ch_bourges, ch_vierzon
    deliberation d1 on dissolution {{ for ch_bourges, ch_vierzon }}
  }}
  dissolution by ag2.d1 notified {day} published {day}
"""


def avenant(as_of: str, dissolved_by_assembly_on: str | None = None, ask: bool = True) -> str:
    dissolution = AVENANT_DISSOLUTION.format(day=dissolved_by_assembly_on) if dissolved_by_assembly_on else ""
    return AVENANT.format(as_of=as_of, dissolution=dissolution, ask="asks_avenant until 2019-09-30 " if ask else "")


def _avenant_lines(result) -> list[str]:
    return _starting(result, "avenant_required(joint_operation", "avenant_request_required(",
                     "ars_dissolution_ground(no_avenant")


def test_not_dissolved_the_avenant_and_the_ground_hold():
    """Positive anchor: never dissolved, as of 2019-11-04 the avenant asked by 2019-09-30 was not sent: still owed,
    and the ground no_avenant of R6133-16 al. 2 holds."""
    r = _reason(avenant("2019-11-04"))
    assert _avenant_lines(r) == ["ars_dissolution_ground(no_avenant)", "avenant_required(joint_operation:chir)"]


def test_avenant_dissolved_before_its_time_limit():
    """The assembly of 2019-08-01 dissolves from 2019-08-02, before the time limit (2019-09-30): as of 2019-11-04
    no avenant is owed and no ground is drawn."""
    r = _reason(avenant("2019-11-04", "2019-08-01"))
    assert r.holds("dissolved_on(assembly_decision, 2019-08-02)")
    assert _avenant_lines(r) == []


def test_avenant_dissolved_after_its_time_limit():
    """The assembly of 2019-10-15 dissolves from 2019-10-16, after the time limit: on 2019-10-15 the ground and the
    avenant still hold; on 2019-11-04 neither."""
    day_of = _reason(avenant("2019-10-15", "2019-10-15"))
    assert _avenant_lines(day_of) == ["ars_dissolution_ground(no_avenant)", "avenant_required(joint_operation:chir)"]
    after = _reason(avenant("2019-11-04", "2019-10-15"))
    assert after.holds("dissolved_on(assembly_decision, 2019-10-16)")
    assert _avenant_lines(after) == []


def test_avenant_dissolved_on_the_last_day_of_its_time_limit():
    """Boundary: the assembly of 2019-09-29 dissolves from 2019-09-30, the time limit's last day. As of 2019-09-29
    the avenant is owed (the time limit running: no ground yet); as of 2019-09-30 it is not."""
    day_before = _reason(avenant("2019-09-29", "2019-09-29"))
    assert _avenant_lines(day_before) == ["avenant_required(joint_operation:chir)"]
    first_day = _reason(avenant("2019-09-30", "2019-09-29"))
    assert first_day.holds("dissolved_on(assembly_decision, 2019-09-30)")
    assert _avenant_lines(first_day) == []


def test_the_request_is_not_owed_once_dissolved():
    """No request yet (no `asks_avenant`): the director owes it (avenant_request_required) and the groupement will owe
    the avenant at his request, while not dissolved; once dissolved (from 2019-08-02), neither."""
    anchor = _reason(avenant("2019-11-04", ask=False))
    assert _avenant_lines(anchor) == ["avenant_request_required(chir)", "avenant_required(joint_operation:chir)"]
    r = _reason(avenant("2019-11-04", "2019-08-01", ask=False))
    assert r.holds("dissolved_on(assembly_decision, 2019-08-02)")
    assert _avenant_lines(r) == []


def test_the_billing_withdrawal_is_left_owed():
    """Left as it was: the withdrawal of the billing (R6133-16 al. 1 « il retire au groupement l'autorisation de
    facturer les soins correspondants ») is the director's act on an authorisation that stands until withdrawn; the
    dissolution does not end it, and the groupement in liquidation keeps its legal personality. Here the billing is
    authorised in 2018 and not withdrawn: owed with or without the dissolution."""
    no_withdrawal = AVENANT.replace("withdraws_billing ", "").replace(
        '  operates chir site "Vierzon"\n',
        '  operates chir site "Vierzon"\n  ars_decision dec0 on 2018-03-01 by ars_director_general {{ authorises_billing }}\n')
    for dissolution in ("", AVENANT_DISSOLUTION.format(day="2019-08-01")):
        r = _reason(no_withdrawal.format(as_of="2019-11-04", dissolution=dissolution, ask=""))
        assert r.holds("billing_withdrawal_required(chir)"), dissolution


def test_the_holder_left_without_dissolution_the_avenant_stands():
    """What facts/joint17_holder_left_after_withdrawal tested before review 37, the groupement not dissolved: a third
    member stays, so the holder's withdrawal (notified 2019-06-15, effective 2019-12-31) leaves two members; on
    2020-03-01 the avenant asked on 2019-06-03 is still owed and the ground no_avenant holds. With two members only
    (the golden file), the groupement is dissolved of right from 2020-01-01 and neither is drawn."""
    third = '  member ch_aubigny "CH d\'Aubigny" { kind health_establishment sector public region "Centre-Val de Loire" rights 10 }\n'
    text = avenant("2020-03-01")
    text = text[:text.rindex("}")] + "  withdrawal ch_vierzon notified 2019-06-15\n}\n"
    two = _reason(text)
    assert two.holds("dissolved_on(single_member, 2020-01-01)")
    assert _avenant_lines(two) == []
    three = text.replace('  authorisation chir', third + '  authorisation chir')
    r = _reason(three)
    assert not _starting(r, "dissolved_on(")
    assert not r.holds("member(ch_vierzon)")
    assert _avenant_lines(r) == ["ars_dissolution_ground(no_avenant)", "avenant_required(joint_operation:chir)"]


# --- the warnings of the procedure once dissolved ----------------------------------------------------------------------

UNNOTIFIED_FINDING = """  ars_decision dec3 on 2019-05-10 by ars_director_general { finding serious_breach }
"""


def _warning_atoms(result, code: str) -> list[str]:
    return sorted(str(w.atom) for w in result.warnings if w.code == code)


def test_a_finding_made_once_dissolved_has_no_time_limit_to_date():
    """« notifie ce constat au groupement et lui demande de faire connaître, dans un délai d'un mois »: a finding with
    no notification date on record leaves its month undated (missing_fact). Made on 2019-05-10, once the groupement is
    dissolved (from 2019-04-21), it takes no effect and sets no time limit: only its no_effect warning is said."""
    anchor = _reason(BARRED.format(as_of="2019-09-01", dissolution=UNNOTIFIED_FINDING))
    assert "missing_fact(ars_dissolution_step_due, dec3, notified)" in _warning_atoms(anchor, "missing_fact")
    assert anchor.holds("ars_dissolution_ground(serious_breach)")
    r = _reason(BARRED.format(as_of="2019-09-01",
                              dissolution=DISSOLVING_ASSEMBLY.format(day="2019-04-20") + UNNOTIFIED_FINDING))
    assert r.holds("dissolved_on(assembly_decision, 2019-04-21)")
    assert "missing_fact(ars_dissolution_step_due, dec3, notified)" not in _warning_atoms(r, "missing_fact")
    assert _warning_atoms(r, "no_effect") == ["no_effect(ars_decision:dissolved, dec3, 2019-05-10)"]
    assert not r.holds("ars_dissolution_ground(serious_breach)")


LATE_EXCLUSION = """  assembly ag2 on 2019-07-01 {{
    convened_on 2019-06-10 by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on exclusion of fourn {{
      for ch_bourges, ch_vierzon
      against fourn
      ground barred
      heard fourn
    }}
  }}
"""

LATER_DISSOLUTION = """  assembly ag3 on 2019-09-01 {{
    convened_on 2019-08-10 by administrator
    present ch_bourges, ch_vierzon
    deliberation d1 on dissolution {{ for ch_bourges, ch_vierzon }}
  }}
  dissolution by ag3.d1 notified 2019-09-01 published 2019-09-01
"""


def test_the_late_exclusion_is_no_longer_doubtful_once_dissolved():
    """The assembly excludes the supplier on 2019-07-01, after the time limit (2019-05-31): review 36's
    doubtful_text(member_not_excluded, 2019-07-01) says the other reading (the director could still dissolve). On
    2019-09-01 (the dissolving assembly's day, not dissolved yet) it is said; from 2019-09-02 the groupement is in
    liquidation and no dissolution is possible under either reading: not said."""
    text = BARRED.replace("{dissolution}", LATE_EXCLUSION + LATER_DISSOLUTION)
    day_of = _reason(text.format(as_of="2019-09-01"))
    assert day_of.holds("excluded(fourn, 2019-07-01)")
    assert "doubtful_text(member_not_excluded, 2019-07-01)" in _warning_atoms(day_of, "doubtful_text")
    after = _reason(text.format(as_of="2019-12-01"))
    assert after.holds("dissolved_on(assembly_decision, 2019-09-02)")
    assert after.holds("excluded(fourn, 2019-07-01)")
    assert not [a for a in _warning_atoms(after, "doubtful_text") if "member_not_excluded" in a]
