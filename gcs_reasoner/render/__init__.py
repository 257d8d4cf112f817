"""Renderers: conclusions and explanations for a terminal, JSON, Markdown, HTML.

They only present a `Result`; none of them reasons.
"""

# Topics of the text summary, in reading order: predicate -> topic.
TOPICS = [
    ("Texts and dates", ["event_not_judged"]),
    ("Members", ["member", "membership_invalid", "composition_invalid", "exercise_contract_reservation",
                 "admission_required", "withdrawal_effective", "withdrawal_invalid", "excluded", "exclusion_invalid",
                 "associate_not_member", "association_invalid"]),
    ("Legal nature and accounts", ["nature", "accounting", "agent_comptable_required", "auditor_required"]),
    ("Convention", ["missing_mention", "missing_attachment", "groupement_duration", "documents_mention_missing",
                    "seat_transfer_allowed", "seat_transfer_invalid", "may_hold_authorisation", "joint_interventions_open_to"]),
    ("Rights, contributions, votes and debts", ["vote_share", "debt_share", "funding_optional", "funding_missing",
                 "contribution_invalid", "participation_invalid", "rights_not_proportional", "rights_basis_invalid",
                 "rights_adaptation_missing", "rights_defined_by_convention"]),
    ("Budget and results", ["budget_not_balanced", "result_allocation_regime", "result_allocation_invalid"]),
    ("Approvals, consultations and publication", ["approval_required", "consultation_required", "consultation_missing",
                 "consultation_pending", "opinion_given", "opinion_deemed_favourable", "approved_before_opinion",
                 "legal_personality_from", "publication_missing", "publication_mention_missing", "avenant_required",
                 "avenant_missing", "activity_report_transmitted", "activity_report_irregular", "activity_report_to_send"]),
    ("Assemblies", ["quorum_met", "quorum_not_met", "second_convocation", "second_convocation_out_of_time",
                    "meeting_of_right", "annual_assembly_missing", "deliberation_valid", "deliberation_invalid",
                    "proxy_invalid", "attendance_not_counted", "vote_not_counted", "reserved_matter", "delegable",
                    "internal_rules_adopted"]),
    ("Administrator", ["administrator_invalid", "administrator_term_expired", "legal_representative", "ordonnateur"]),
    ("Staff", ["staff_rules", "recruitment_power", "associate_practitioner_reservation"]),
    ("Dissolution and liquidation", ["dissolution_required", "dissolved_on", "dissolution_invalid", "notification_due",
                 "notification_late", "notification_missing", "in_liquidation", "liquidator_appointed",
                 "liquidator_invalid", "liquidator_not_appointed", "assets_devolved_per_convention",
                 "devolution_rules_missing", "remains_property_of"]),
    ("Billing", ["pays_liberal_acts", "bills_insurance_fund", "insurance_covers_at_most"]),
]


# The topics in French (the text summary is French by default).
TOPICS_FR = {
    "Texts and dates": "Textes et dates",
    "Members": "Membres",
    "Legal nature and accounts": "Nature juridique et comptabilité",
    "Convention": "Convention constitutive",
    "Rights, contributions, votes and debts": "Droits, contributions, voix et dettes",
    "Budget and results": "Budget et résultats",
    "Approvals, consultations and publication": "Approbations, consultations et publication",
    "Assemblies": "Assemblées générales",
    "Administrator": "Administrateur",
    "Staff": "Personnel",
    "Dissolution and liquidation": "Dissolution et liquidation",
    "Billing": "Facturation",
    "Other conclusions": "Autres conclusions",
}


def topic_title(topic: str, lang: str = "en") -> str:
    """A topic's title in `lang` (fr or en)."""
    return TOPICS_FR.get(topic, topic) if lang == "fr" else topic


def topic_of(predicate: str) -> str:
    for topic, preds in TOPICS:
        if predicate in preds:
            return topic
    return "Other conclusions"


def grouped(result):
    """[(topic, [conclusions])] in reading order."""
    order = [t for t, _ in TOPICS] + ["Other conclusions"]
    groups: dict = {}
    for c in result.conclusions:
        groups.setdefault(topic_of(c.predicate), []).append(c)
    return [(t, groups[t]) for t in order if t in groups]


# Why the result is on its date (reasoning.choose_as_of): said by every renderer after the date.
AS_OF_WHY = {
    "fr": {
        "asked": "date demandée ; le fichier indique le {f}",
        "asked_same": "date demandée, celle qu'indique aussi le fichier",
        "asked_only": "date demandée (le fichier n'en indique pas)",
        "file": "date indiquée par le fichier (as of, ligne {line})",
        "today": "date du jour : le fichier n'indique pas de date (as of) et aucune n'a été demandée",
    },
    "en": {
        "asked": "date asked for; the file says {f}",
        "asked_same": "date asked for, the one the file gives too",
        "asked_only": "date asked for (the file gives none)",
        "file": "the file's date (as of, line {line})",
        "today": "today: the file gives no date (as of) and none was asked for",
    },
}


def as_of_why(result, lang: str = "fr") -> str:
    """Which date the result is on and why, in words: « date demandée ; le fichier indique le 30 juin 2012 »."""
    from .words import date_words

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
    return t["file"].format(line=g.as_of.line if g.as_of is not None else "?")


AS_OF_LINE = {"fr": "Droit applicable au {d} ({iso}) — {why}", "en": "Law applied as of {d} ({iso}) — {why}"}


def as_of_line(result, lang: str = "fr") -> str:
    """« Droit applicable au 30 juin 2013 (2013-06-30) — date demandée ; le fichier indique le 30 juin 2012 »."""
    from .words import date_words

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
