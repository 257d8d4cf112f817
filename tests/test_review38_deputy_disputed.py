"""Review 38, fixer A, finding 1: a deputy elected between the decision of 2017 and its publication.

From 2017-04-28 R6133-1-1 al. 4 dates legal personality « à compter de la décision d'approbation », L6133-3 I al. 2
« à dater de cette publication ». A statement dated between the two is left open (`legal_personality_disputed`).
L6133-4 of 2017 al. 4: the assembly « élit, en son sein, un administrateur … ainsi que le suppléant de ce dernier »;
R6133-29 of 2017 al. 8: « Un suppléant, élu dans les mêmes conditions que l'administrateur, remplace ce dernier dans
toutes ses fonctions lorsque l'administrateur ne peut pas les assurer ». A deputy elected in that zone was left out of
the facts without a trace, so the rules concluded as if no deputy had been elected: `deputy_required`, and an
assembly it convened while the administrator could not act `deliberation_invalid(…, not_convened_by_administrator)`.
Neither text being preferred, whether that deputy is in office is open: the trace `deputy_left_out(M, E,
personality_disputed)` (as the administrator's) and missing_fact where a conclusion rests on it.
"""

import gcs_reasoner as gcs

# decision 2018-02-01, published 2018-04-01; the administrator elected after the publication (ag1, 2018-04-10); the
# deputy ch_b elected on %(deputy)s by %(by)s; the administrator unable to act %(unavailable)s; ag2 convened by
# %(convener)s on 2018-05-10
TEXT = """groupement g "GCS Test" {
  as of %(as_of)s
  seat "Bourges" region "Centre-Val de Loire"
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  convention {
    object "Achats"
    task_split
  }
  ars_decision dec1 on 2018-02-01 by ars_director_general notified 2018-02-01 published 2018-04-01 { approves convention }
  administrator ch_a elected 2018-04-10 by ag1.d1 until 2021-02-28
  deputy ch_b elected %(deputy)s by %(by)s until %(until)s
  assembly ag0 on %(ag0)s {
    convened_on %(ag0_convened)s by ch_a
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  assembly ag1 on 2018-04-10 {
    convened_on 2018-03-25 by ch_a
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
%(unavailable)s  assembly ag2 on 2018-06-01 {
    convened_on 2018-05-10 by %(convener)s
    present ch_a, ch_b
    deliberation d1 on budget year 2018 { for ch_a, ch_b }
  }
}
"""

UNAVAILABLE = "  administrator_unavailable from 2018-05-01 until 2018-07-31\n"


def _reason(deputy="2018-03-01", by="ag0.d1", ag0="2018-03-01", ag0_convened="2018-02-15", until="2021-02-28",
            unavailable=UNAVAILABLE, convener="ch_b", as_of="2018-09-01"):
    text = TEXT % dict(deputy=deputy, by=by, ag0=ag0, ag0_convened=ag0_convened, until=until,
                       unavailable=unavailable, convener=convener, as_of=as_of)
    return gcs.reason(gcs.loads(text, path="<review38-A1>"))


def _found(result):
    return {str(c) for c in result.conclusions}


def _missing(result):
    return sorted(w.atom for w in result.warnings if w.code == "missing_fact" and "deputy" in w.atom)


def _codes(result):
    return sorted((w.code, w.line) for w in result.warnings
                  if w.code in ("before_legal_personality", "legal_personality_disputed"))


CONFLICT = "conflict(\"L6133-3@2017-01-14.I.2\", \"R6133-1-1@2017-04-28.4\", legal_personality)"


def test_a_deputy_elected_between_the_decision_and_the_publication_is_not_read_as_no_deputy():
    result = _reason()
    found = _found(result)
    # anchors: both dates and the conflict; the administrator elected after the publication is judged
    assert CONFLICT in found and "quorum_met(ag1)" in found and "quorum_met(ag2)" in found
    # the election and the assembly that made it fall between the two dates: left open
    assert _codes(result) == [("legal_personality_disputed", 12), ("legal_personality_disputed", 13)]
    # L6133-4: whether the deputy the file records is in office is open, so no duty to elect one is drawn
    assert "deputy_required" not in found
    # R6133-25 al. 2 with R6133-29 al. 8: ag2, convened by that deputy while the administrator could not act,
    # is not found convened by someone other than the administrator
    assert not any(k.startswith("deliberation_invalid(ag2") for k in found), found
    assert "deliberation_valid(ag2, d1)" not in found
    assert _missing(result) == [
        "missing_fact(deputy_required, ch_b, disputed_deputy_election)",
        "missing_fact(validity_of_deliberations, ag2, personality_disputed_deputy)",
    ]
    w = next(w for w in result.warnings if w.atom == "missing_fact(deputy_required, ch_b, disputed_deputy_election)")
    assert "CH B" in w.message_fr and "R6133-1-1 de 2017, al. 4" in w.message_fr and "L6133-3, I" in w.message_fr
    assert "aucun des deux n'est retenu" in w.message_fr
    w = next(w for w in result.warnings if "ag2, personality_disputed_deputy" in (w.atom or ""))
    assert "l'assemblée générale ag2" in w.message_fr and "à la place de l'administrateur" in w.message_fr


def test_the_trace_the_rules_read():
    from datetime import date

    from gcs_reasoner.facts import scenario_facts

    scenario = gcs.loads(TEXT % dict(deputy="2018-03-01", by="ag0.d1", ag0="2018-03-01", ag0_convened="2018-02-15",
                                     until="2021-02-28", unavailable=UNAVAILABLE, convener="ch_b",
                                     as_of="2018-09-01"), path="<review38-A1>")
    facts = {fact for fact, _ in scenario_facts(scenario, date(2018, 9, 1)).facts}
    assert "deputy_left_out(ch_b,d(2018,3,1),personality_disputed)" in {f.replace(" ", "") for f in facts}, facts
    assert any(f.startswith("deputy_left_out_until(ch_b,") for f in facts)
    assert not any(f.startswith("deputy(ch_b") for f in facts)
    # the administrator elected after the publication is a fact
    assert any(f.startswith("administrator(ch_a,") for f in facts)


def test_while_the_administrator_cannot_act_the_acting_administrator_is_left_open():
    result = _reason(as_of="2018-06-15")  # the administrator unable to act from 2018-05-01 to 2018-07-31
    found = _found(result)
    assert CONFLICT in found and "quorum_met(ag2)" in found
    assert not any(k.startswith("acting_administrator(") for k in found), found
    assert "missing_fact(acting_administrator, ch_b, disputed_deputy_election)" in _missing(result)


def test_a_deputy_elected_after_the_publication_is_judged_and_acts():
    # the same deputy elected by ag0 on 2018-04-20, after the publication, convened by the administrator in office
    result = _reason(deputy="2018-04-20", ag0="2018-04-20", ag0_convened="2018-04-11")
    found = _found(result)
    assert _codes(result) == []
    assert "deputy_required" not in found
    # it convened ag2 in the administrator's place (R6133-29 al. 8): valid
    assert "deliberation_valid(ag2, d1)" in found
    assert _missing(result) == []
    during = _reason(deputy="2018-04-20", ag0="2018-04-20", ag0_convened="2018-04-11", as_of="2018-06-15")
    assert "acting_administrator(ch_b)" in _found(during)


def test_a_deputy_elected_before_the_decision_is_no_deputy_under_either_text():
    # elected 2018-01-10, before the decision of 2018-02-01: neither text gives the groupement legal personality
    result = _reason(deputy="2018-01-10", ag0="2018-01-10", ag0_convened="2017-12-20")
    found = _found(result)
    assert _codes(result) == [("before_legal_personality", 12), ("before_legal_personality", 13)]
    assert "deputy_required" in found
    # convened by a member that is neither the administrator nor a deputy in office
    assert "deliberation_invalid(ag2, d1, not_convened_by_administrator)" in found
    assert _missing(result) == []


def test_a_disputed_deputy_whose_term_is_over_leaves_the_deputy_to_be_elected():
    # the same disputed election, its term ending 2018-08-01, before the as-of date 2018-09-01
    result = _reason(until="2018-08-01", unavailable="", convener="ch_a")
    found = _found(result)
    assert ("legal_personality_disputed", 12) in _codes(result)
    assert "deputy_required" in found
    assert "deliberation_valid(ag2, d1)" in found  # convened by the administrator, able to act
    assert _missing(result) == []


def test_convened_in_the_administrators_name_while_it_cannot_act():
    result = _reason(convener="administrator")
    found = _found(result)
    assert "quorum_met(ag2)" in found
    assert not any(k.startswith("deliberation_invalid(ag2") for k in found), found
    assert "missing_fact(validity_of_deliberations, ag2, personality_disputed_deputy)" in _missing(result)
    # not said "no deputy in office is stated": the file states one, whose election is open
    assert not any(w.atom == "missing_fact(validity_of_deliberations, ag2, convener_unavailable)"
                   for w in result.warnings)


def test_a_deputy_elected_after_the_publication_by_an_assembly_held_between_is_left_open_too():
    # ag0 met on 2018-03-01 (between); the election's own date 2018-04-05 is after the publication
    result = _reason(deputy="2018-04-05")
    found = _found(result)
    assert ("legal_personality_disputed", 12) in _codes(result)
    assert "deputy_required" not in found and "quorum_met(ag2)" in found
    assert "missing_fact(deputy_required, ch_b, disputed_deputy_election)" in _missing(result)
