"""R6133-19@2010-07-26.1 (patents) on a deliberation whose validity is not known; found by a
review of the rules against the texts; fails on the rules before."""

from __future__ import annotations

from pathlib import Path

import gcs_reasoner as gcs


def test_patents_are_not_declared_unauthorised_on_an_undecided_deliberation():
    """« l'assemblée générale peut autoriser le groupement … à déposer et exploiter des brevets »:
    in research_patents_authorised_2011, the deliberation voted 60/40 by rights and 1-1 by member,
    the convention saying neither: whether it is valid is unknown, so is the authorisation; a
    deliberation all the members reject does not authorise."""
    path = Path(__file__).resolve().parent.parent / "facts" / "research_patents_authorised_2011.gcs"
    text = path.read_text(encoding="utf-8")
    vote = "deliberation d1 on patents { for chu_nancy, ch_metz }"
    assert vote in text
    assert gcs.reason(gcs.loads(text, path="<as is>")).by_predicate("activity_not_allowed") == []
    undecided = gcs.reason(gcs.loads(text.replace(vote, "deliberation d1 on patents { for chu_nancy  against ch_metz }"),
                                     path="<undecided>"))
    assert not [c for c in undecided if str(c).startswith(("deliberation_valid(ag1, d1)", "deliberation_invalid(ag1, d1"))]
    assert not undecided.holds("activity_not_allowed(patents)")
    rejected = gcs.reason(gcs.loads(text.replace(vote, "deliberation d1 on patents { against chu_nancy, ch_metz }"),
                                    path="<rejected>"))
    assert rejected.holds("activity_not_allowed(patents)")


def test_mission_allowances_are_not_declared_undecided_on_an_undecided_deliberation():
    """R6133-15@2006-01-01.3 « des indemnités de mission peuvent lui être attribuées dans les
    conditions déterminées par l'assemblée générale »: in admin_public_in_office, the deliberation
    on the allowances (ag1.d2) with ch_arles (50 rights) for and the two others against, dr_faure's
    rights not stated (30 + x against 50): whether the assembly decided is unknown, so no
    administrator_invalid; all against, it did not decide."""
    path = Path(__file__).resolve().parent.parent / "facts" / "admin_public_in_office.gcs"
    text = path.read_text(encoding="utf-8")
    vote = "deliberation d2 on mission_allowances { for ch_arles, ch_tarascon, dr_faure }"
    assert vote in text and text.count("    rights 20\n") == 1
    undecided = gcs.reason(gcs.loads(text.replace("    rights 20\n", "").replace(vote, "deliberation d2 on mission_allowances { for ch_arles  against ch_tarascon, dr_faure }"),
                                     path="<undecided>"))
    assert not [c for c in undecided if str(c).startswith(("deliberation_valid(ag1, d2)", "deliberation_invalid(ag1, d2"))]
    assert not undecided.holds("administrator_invalid(mission_allowances_not_decided)")
    rejected = gcs.reason(gcs.loads(text.replace(vote, "deliberation d2 on mission_allowances { against ch_arles, ch_tarascon, dr_faure }"),
                                    path="<rejected>"))
    assert rejected.holds("administrator_invalid(mission_allowances_not_decided)")
