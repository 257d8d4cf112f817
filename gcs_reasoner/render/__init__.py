"""Renderers: conclusions and explanations for a terminal, JSON, Markdown, HTML.

They only present a `Result`; none of them reasons.
"""

# Topics of the text summary, in reading order: predicate -> topic.
TOPICS = [
    ("Texts and dates", ["event_not_judged"]),
    ("Members", ["member", "membership_invalid", "composition_invalid", "exercise_contract_reservation",
                 "admission_required", "withdrawal_effective", "withdrawal_invalid", "excluded", "exclusion_invalid"]),
    ("Legal nature and accounts", ["nature", "accounting", "agent_comptable_required", "auditor_required"]),
    ("Rights, votes and debts", ["vote_share", "debt_share"]),
    ("Approvals and consultations of the regional agency", ["approval_required", "consultation_required",
                 "legal_personality_from", "avenant_required", "avenant_missing"]),
    ("Assemblies", ["quorum_met", "quorum_not_met", "second_convocation", "meeting_of_right", "deliberation_valid",
                    "deliberation_invalid", "proxy_invalid", "attendance_not_counted", "vote_not_counted"]),
    ("Dissolution", ["dissolution_required", "notification_due", "notification_late"]),
]


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
