"""Five regressions of this stop's own changes, found by a review of its diff (each test fails on the
commit before its mend, 6e37f6c)."""

from .edited import data_conclusions as conclusions


def test_a_notice_no_text_judges_does_not_block_a_later_judged_one():
    # R6133-5@2006-01-01 al. 2: the notice of 2005, which no text judges, is not taken for the first notice (the
    # 2006 one is not a silent repeat of it); but « tout membre peut se retirer »: had the 2005 notice taken effect
    # (on 2005-12-31, say), C was no member to withdraw in 2006, so the later withdrawal is undecided and said so
    # (review 35 H2, tests/test_review35_after_dissolution.py), no longer drawn
    import gcs_reasoner as gcs

    from .edited import DATA

    result = gcs.reason(gcs.load(DATA / "rev21_wd_two_notices_2005.gcs"))
    found = {str(c) for c in result.conclusions}
    assert {"event_not_judged(withdrawal:c, 2005-10-01)", "member(a)", "member(b)"} <= found
    assert not any(c.startswith(("withdrawal_effective(c", "avenant_missing(withdrawal:c")) for c in found)
    assert any(w.code == "missing_fact" and "before 1 January 2006" in w.message for w in result.warnings)


def test_no_legal_personality_while_another_region_has_not_published():
    # R6133-11@2006-01-01 al. 3: « ainsi que dans le recueil des actes administratifs des autres régions »
    found = conclusions("rev21_lp_decision_published_two_regions_2008.gcs")
    assert 'publication_missing("Picardie")' in found
    assert not any(c.startswith("legal_personality_from") for c in found)


def test_the_assemblys_notification_stands_for_a_dissolution_of_right_before_it():
    # R6133-17@2006-01-01 al. 4: one dissolution, notified within fifteen days
    found = conclusions("rev21_dissol_single_then_assembly_notified.gcs")
    assert "notification_due(dissolution, 2008-01-15)" in found
    assert not any(c.startswith(("notification_missing", "notification_late")) for c in found)


def test_a_member_barred_by_the_2017_text_stays_to_be_excluded_in_2022():
    # L6133-2@2017-01-14 I al. 3: a profit-seeking person « ne peut être membre »: décret 2017-631 art. 7 al. 3
    found = conclusions("rev21_network_profit_supplier_2022.gcs")
    assert {"exclusion_required(assoc, profit_supplier)", "ars_dissolution_ground(member_not_excluded)"} <= found


def test_a_published_approval_without_the_consultation_2017():
    # R6133-1-1@2017-04-28 al. 1: « Ce directeur consulte le cas échéant … »: decided (approved) without it. The
    # consultation binds the decisions made from 2017-04-28 (R6133-1-1 of 2010 has none and set no time from the
    # decision to its publication): the approval published on 2018-03-01 with no decision dated may have been decided
    # before, so, the file placing the decision nowhere, the consultation is left open (review 40,
    # tests/test_review40_consultation.py); a receipt of 2018-01-15 places the decision after it, under the 2017 text,
    # and the approval published with no consultation recorded is decided without it, as this regression asked
    import gcs_reasoner as gcs

    from .edited import DATA

    text = (DATA / "rev21_consult17_approved_only.gcs").read_text(encoding="utf-8")
    undated = gcs.reason(gcs.loads(text, path="rev21_consult17_approved_only.gcs"))
    found = {str(c) for c in undated.conclusions}
    assert 'consultation_missing("Normandie")' not in found
    assert "approval_required(ars_director_general, convention)" in found
    assert "missing_fact(consultation, groupement, approval_decision)" in {w.atom for w in undated.warnings}
    received = text.replace("  approved 2018-03-01\n", "  submitted 2018-01-15\n  approved 2018-03-01\n")
    assert received != text
    placed = gcs.reason(gcs.loads(received, path="rev21_consult17_approved_received.gcs"))
    found = {str(c) for c in placed.conclusions}
    assert 'consultation_missing("Normandie")' in found
    assert "missing_fact(consultation, groupement, approval_decision)" not in {w.atom for w in placed.warnings}


def test_the_accounts_of_a_year_not_over_are_not_due_even_if_a_later_assembly_names_them():
    # R6133-5 I al. 3: the accounts « de l'exercice auquel il se rapporte »: 2017 is not over on 2017-03-01
    found = conclusions("rev21_accounts_future_2017.gcs")
    assert not any(c.startswith(("accounts_approval_due(2017", "accounts_approval_late(2017")) for c in found)
