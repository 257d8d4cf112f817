"""Renderers: conclusions and explanations for a terminal, JSON, Markdown, HTML.

They only present a `Result`; none of them reasons.
"""

# The sections of the summaries (text, Markdown, HTML), in reading order: each section's
# English title, French title and predicates. One place for all: `topic_of` reads it, and a
# test (tests/test_render_sections.py) fails on any predicate shown by rules/**/*.lp, or
# listed in section 7 of docs/scenario-language-2009-today.md, that has no section here.
SECTIONS = [
    ("Texts and dates", "Textes et dates", [
        "event_not_judged", "conflict", "doubtful_text"]),
    ("Members", "Membres", [
        "activity_allowed", "employer_basis",
        "member", "membership_invalid", "composition_invalid", "exercise_contract_reservation",
        "admission_required", "not_admitted", "withdrawal_effective", "withdrawal_invalid", "excluded",
        "exclusion_invalid", "exclusion_required", "associate_not_member", "association_invalid",
        "gcs_kind", "activity_not_allowed"]),
    ("Legal nature and accounts", "Nature juridique et comptabilité", [
        "accounting_nomenclature",
        "nature", "declared_nature_ruled_out", "accounting", "public_accounting_rules",
        "agent_comptable_required", "agent_comptable_appointer", "accountant_absent", "auditor_required"]),
    ("Convention", "Convention constitutive", [
        "missing_mention", "missing_attachment", "convention_rule_missing", "groupement_duration",
        "duration_too_short", "documents_mention_missing", "seat_transfer_allowed", "seat_transfer_invalid",
        "may_hold_authorisation", "joint_interventions_open_to",
        "compliance_deadline", "compliance_decision_due", "compliance_decision_missing"]),
    ("Rights, contributions, votes and debts", "Droits, contributions, voix et dettes", [
        "vote_share", "debt_share", "funding_optional", "contribution_invalid",
        "participation_invalid", "rights_not_proportional", "rights_disproportionate", "rights_change_invalid",
        "rights_basis_invalid", "rights_basis_ruled_out", "rights_adaptation_missing", "rights_defined_by"]),
    ("Budget and results", "Budget et résultats", [
        "report_accounts_missing",
        "budget_not_balanced", "budget_document", "budget_referral_due", "budget_referral_missing",
        "budget_referral_invalid", "accounts_approval_due",
        "accounts_approval_late", "result_allocation_regime", "result_allocation_invalid"]),
    ("Approvals, consultations and publication", "Approbations, consultations et publication", [
        "approval_required", "approval_decision_due", "tacit_approval", "consultation_required", "ars_decision_irregular",
        "consultation_missing", "consultation_pending", "opinion_given", "opinion_deemed_favourable",
        "approved_before_opinion", "decided_before_consultation", "signature_missing", "legal_personality_from",
        "publication_missing", "publication_mention_missing", "publication_due", "publication_late", "avenant_required", "avenant_request_required",
        "avenant_missing", "activity_report_transmitted", "activity_report_irregular", "activity_report_to_send",
        "report_due", "report_late"]),
    ("Health establishment", "Établissement de santé", [
        "conditions_per_site", "eps_administrator", "eps_medical_committee_includes", "erection_derogation", "patent_results", "financed_as_health_establishment", "art33_lfss2004_excluded",
        "health_establishment", "erection_required", "single_act_missing", "single_act_effective",
        "status_end_required", "eps_budget_rules_from", "supervisory_board_invalid"]),
    ("Care authorisations", "Autorisations d'activités de soins", [
        "operable_authorisation", "joint_operation_site", "joint_decision_invalid", "single_compliance_visit",
        "operate_authorisation_invalid", "joint_operation_invalid"]),
    ("Assemblies", "Assemblées générales", [
        "quorum_met", "quorum_not_met", "second_convocation", "second_convocation_out_of_time",
        "second_convocation_repeated", "meeting_of_right", "meeting_of_right_late", "annual_assembly_missing",
        "outside_first_agenda", "deliberation_valid", "deliberation_invalid", "majority_overridden", "majority_overridden_at",
        "proxy_invalid", "attendance_not_counted", "vote_not_counted", "reserved_matter", "delegable",
        "internal_rules_adopted"]),
    ("Restricted committee", "Comité restreint", [
        "committee_invalid", "delegation_invalid", "challenge_late", "extraordinary_assembly_due",
        "committee_deliberation_cancelled", "committee_deliberation_maintained"]),
    ("Administrator", "Administrateur", [
        "deputy_invalid", "executing_administrator", "members_to_be_informed",
        "administrator_invalid", "administrator_term_expired", "administrator_term_over", "legal_representative",
        "ordonnateur", "deputy_required", "acting_administrator"]),
    ("Staff", "Personnel", [
        "intervention_allowed", "on_call_flat_fee",
        "staff_rules", "staff_regime", "recruitment_power", "associate_practitioner_reservation",
        "intervention_not_allowed"]),
    ("Competences transferred by the agency", "Compétences transférées par l'agence régionale", [
        "competence_transferred", "transfer_invalid"]),
    ("Dissolution and liquidation", "Dissolution et liquidation", [
        "ars_dissolution_stage",
        "dissolution_required", "dissolved_on", "dissolution_exception", "dissolution_invalid", "notification_due", "notification_late",
        "notification_missing", "publication_required", "ars_dissolution_ground", "ars_dissolution_possible",
        "ars_dissolution_step_due", "ars_dissolution_irregular", "in_liquidation", "liquidator_appointed",
        "liquidator_invalid", "liquidator_not_appointed", "assets_devolved_per_convention",
        "devolution_rules_missing", "remains_property_of"]),
    ("Billing and tariffs", "Facturation et tarifs", [
        "billing_barred", "billing_tariff_option_open", "liberal_pay_article", "tariff_criterion_undecided", "tariff_decided_on_criteria", "tariff_disagreement", "tariff_disagreement_late", "tariff_decision_late", "tariff_option_assessed", "tariff_reply_due",
        "pays_liberal_acts", "bills_insurance_fund", "insurance_covers_at_most", "act_billing", "act_expense_borne_by",
        "cover_capped",
        "billing_holder", "billing_authorisation_invalid", "billing_withdrawal_required", "biology_billing",
        "tariff_option_open", "tariff_proposal_required", "tariff_decision_due", "tariff_scale",
        "tariff_scale_change_invalid", "tariff_criterion", "practitioner_pay"]),
]

# The catch-all: a conclusion whose predicate no section names (a test keeps it empty).
OTHER = "Other conclusions"

# Where one value of the first argument moves a conclusion out of its predicate's section.
SECTIONS_BY_ARGUMENT = {
    ("gcs_kind", "health_establishment"): "Health establishment",
    ("gcs_kind", "joint_operation"): "Care authorisations",
}

# Derived views, kept for the callers (reference, timeline): [(topic, [predicates])], the French titles,
# and predicate -> topic.
TOPICS = [(en, preds) for en, _, preds in SECTIONS]
TOPICS_FR = {en: fr for en, fr, _ in SECTIONS} | {OTHER: "Autres conclusions"}
TOPIC_OF = {}
for _en, _, _preds in SECTIONS:
    for _p in _preds:
        assert _p not in TOPIC_OF, f"{_p} is in two sections: {TOPIC_OF[_p]} and {_en}"
        TOPIC_OF[_p] = _en
del _en, _preds, _p
assert set(SECTIONS_BY_ARGUMENT.values()) <= set(TOPICS_FR), SECTIONS_BY_ARGUMENT


def topic_title(topic: str, lang: str = "en") -> str:
    """A topic's title in `lang` (fr or en)."""
    return TOPICS_FR.get(topic, topic) if lang == "fr" else topic


def topic_of(predicate: str, symbol=None) -> str:
    """The section of a predicate; with the conclusion's `symbol`, a section its first argument
    chooses (`gcs_kind(health_establishment)`: Health establishment) comes first."""
    if symbol is not None and getattr(symbol, "arguments", None):
        from ..symbols import render_term

        moved = SECTIONS_BY_ARGUMENT.get((predicate, render_term(symbol.arguments[0])))
        if moved:
            return moved
    return TOPIC_OF.get(predicate, OTHER)


def grouped(result):
    """[(topic, [conclusions])] in reading order."""
    order = [t for t, _ in TOPICS] + [OTHER]
    groups: dict = {}
    for c in result.conclusions:
        groups.setdefault(topic_of(c.predicate, getattr(c, "symbol", None)), []).append(c)
    return [(t, groups[t]) for t in order if t in groups]


# Why the result is on its date (reasoning.choose_as_of): said by every renderer after the date.
AS_OF_WHY = {
    "fr": {
        "asked": "date demandée ; le fichier indique le {f}",
        "asked_same": "date demandée, celle qu'indique aussi le fichier",
        "asked_only": "date demandée (le fichier n'en indique pas)",
        "file": "date indiquée par le fichier (as of, ligne {line})",
        "changed": "date fixée en Python après la lecture du fichier (sa ligne {line}, as of, dit autre chose)",
        "today": "date du jour : le fichier n'indique pas de date (as of) et aucune n'a été demandée",
    },
    "en": {
        "asked": "date asked for; the file says {f}",
        "asked_same": "date asked for, the one the file gives too",
        "asked_only": "date asked for (the file gives none)",
        "file": "the file's date (as of, line {line})",
        "changed": "date set in Python after the file was read (its line {line}, as of, says otherwise)",
        "today": "today: the file gives no date (as of) and none was asked for",
    },
}


def as_of_why(result, lang: str = "fr") -> str:
    """Which date the result is on and why, in words: « date demandée ; le fichier indique le 30 juin 2012 »."""
    from .phrases import date_words

    t = AS_OF_WHY[lang]
    source = getattr(result, "as_of_source", "file")
    file_as_of = getattr(result, "file_as_of", None)
    if source == "asked":
        if file_as_of is None:
            return t["asked_only"]
        if file_as_of == result.as_of:
            return t["asked_same"]
        return t["asked"].format(f=date_words(file_as_of, lang))
    if source == "today":
        return t["today"]
    g = result.scenario.groupement
    line = g.as_of.line if g.as_of is not None else "?"
    return t["changed" if line in (result.scenario.stale_lines or ()) else "file"].format(line=line)


AS_OF_LINE = {"fr": "Droit applicable au {d} ({iso}) — {why}", "en": "Law applied as of {d} ({iso}) — {why}"}


def as_of_line(result, lang: str = "fr") -> str:
    """« Droit applicable au 30 juin 2013 (2013-06-30) — date demandée ; le fichier indique le 30 juin 2012 »."""
    from .phrases import date_words

    return AS_OF_LINE[lang].format(d=date_words(result.as_of, lang), iso=result.as_of.isoformat(),
                                   why=as_of_why(result, lang))


def as_of_dict(result) -> dict:
    """The date of a result and where it comes from, as the JSON outputs give them: `as_of`,
    `as_of_source` ("asked", "file" or "today") and `file_as_of` when a date was asked for over it."""
    source = getattr(result, "as_of_source", "file")
    out = {"as_of": result.as_of.isoformat(), "as_of_source": source}
    file_as_of = getattr(result, "file_as_of", None)
    if source == "asked" and file_as_of is not None:
        out["file_as_of"] = file_as_of.isoformat()
    return out
