"""Review 40, fixer A: four findings left open at stop 39.

F1. An associate the file does not date, on an as-of date before the publication of the approval. L6133-1 of 2004
(in force 2004-08-11 to 2009-07-22), al. 4: « Les professionnels médicaux libéraux peuvent conclure avec un
groupement de coopération sanitaire des accords définis à l'article L. 6161-10 en vue de leur association aux
activités du groupement. » (L6133-1@2004-08-11.4); R6133-11 of 2006 al. 3: « Le groupement jouit de la personnalité
morale à compter de la date de publication de l'acte d'approbation » (R6133-11@2006-01-01.3). Stop 39 left open an
association the file dates before that publication (missing_fact(association, M, association_before_personality)),
and one dated after the as-of date is not made yet (associated_later). An associate with no `joined` on an as-of
date before the publication was still read as associated (associate_not_member, joint_interventions_open_to): a
conclusion drawn from the missing date, since any date the file could give would draw nothing (on or before the
as-of date: an agreement made before the publication, left open; after it: not made yet). The reading now: nothing
is drawn on its association, and missing_fact(association, M, undated_before_personality) at the associate's line
says why; its kind is still judged. After the publication the undated associate keeps the contract's default
(`joined` absent: from the constitution) and is associated as before; a dated associate after the publication too.

F2. R6133-8 of 2017 I 2° (2019, 2021 the same): « La dissolution du groupement est notifiée au directeur général de
l'agence régionale de santé qui en assure la publication » (R6133-8@2017-04-28.I.1.2). A `published` date of a
dissolution of right before the event that dissolved the groupement was not counted (seat_publication reads only
one on or after the day before the first day dissolved) and nothing said so, while a `notified` so dated gets a
warning at the statement's line since stop 39 (no_effect(dissolution_by_law(before_event), ...)). The same now for
`published`: no_effect(dissolution_by_law(before_event), dissolution_by_law_published(P), F), and
no_effect(dissolution_by_law(no_dissolution), dissolution_by_law_published(P), D) when no dissolution is
established by the as-of date; no conclusion is drawn from that date.

F3. avenant_required(seat_transfer) after the as-of date (R6133-1@2006-01-01.2.1 « 1° La dénomination et le siège du
groupement ; »). Not a bug: the transfer is dated by its assembly, and facts.py leaves an assembly the file dates
after the as-of date out of the facts (an after_as_of warning at its line), so no transfer of it reaches the rule.
The tests below keep that: a transfer after the as-of date requires nothing yet; on its day it does.

F4. Every warning about a statement of the file names its line: a missing_fact whose subject is an assembly (or a
committee meeting, an avenant, a decision of the agency, ...) is said at that statement's line, as one about a member
at the member's; a doubtful_text about a member or a decision of the agency at its line. A doubtful_text about a
year (accounts_approval_due) names no statement and stays without a line.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review40>"), explain=True)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _atoms(result) -> dict[str, object]:
    return {w.atom: w for w in result.warnings if w.atom}


# --- F1 ------------------------------------------------------------------------------------------------------------

# a groupement approved and published on 2008-06-01, an associate on line 9 (ATTRS), a dated one on line 10
NIORT = """groupement urg_niort "GCS Urgences du Niortais" {{
  as of {as_of}
  approved 2008-06-01
  seat "Niort" region "Poitou-Charentes"
  activity joint_interventions
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}

  associate dr_x "Dr Lucas" {{ {attrs} }}
  associate dr_late "Dr Martin" {{ kind liberal_medical_professional joined 2008-10-01 }}
}}
"""
LIBERAL = "kind liberal_medical_professional"
UNDATED_OPEN = "missing_fact(association, dr_x, undated_before_personality)"


def _niort(as_of: str, attrs: str = LIBERAL):
    return _reason(NIORT.format(as_of=as_of, attrs=attrs))


def test_undated_associate_before_the_publication_is_left_open():
    """Failed before: associate_not_member(dr_x) and joint_interventions_open_to(dr_x) drawn on 2008-03-01, when
    the groupement had no legal personality yet, from the missing date alone."""
    r = _niort("2008-03-01")
    held = _held(r)
    assert "associate_not_member(dr_x)" not in held
    assert "joint_interventions_open_to(dr_x)" not in held
    w = _atoms(r)[UNDATED_OPEN]
    assert w.code == "missing_fact" and w.line == 9
    fr = w.text("fr")
    assert "ne date pas l'association de Dr Lucas" in fr and "ne jouit pas encore de la personnalité morale" in fr
    # anchor: the publication is after the as-of date (after_as_of at line 3)
    assert any(x.code == "after_as_of" and x.line == 3 for x in r.warnings)


def test_a_dated_association_before_the_publication_keeps_its_own_warning():
    r = _niort("2008-03-01", LIBERAL + " joined 2008-02-01")
    atoms = _atoms(r)
    assert "missing_fact(association, dr_x, association_before_personality)" in atoms
    assert UNDATED_OPEN not in atoms
    assert "associate_not_member(dr_x)" not in _held(r)


def test_undated_associate_after_the_publication_is_associated():
    r = _niort("2009-03-01")
    held = _held(r)
    assert "associate_not_member(dr_x)" in held
    assert "joint_interventions_open_to(dr_x)" in held
    assert UNDATED_OPEN not in _atoms(r)


def test_dated_associate_after_the_publication_keeps_its_conclusion():
    r = _niort("2009-03-01")
    held = _held(r)
    assert "associate_not_member(dr_late)" in held
    assert "joint_interventions_open_to(dr_late)" in held
    assert not any("dr_late" in a for a in _atoms(r) if a.startswith("missing_fact(association"))


def test_undated_associate_of_another_kind_before_the_publication_is_still_judged():
    r = _niort("2008-03-01", 'kind health_establishment sector public region "Poitou-Charentes"')
    assert "association_invalid(dr_x, not_liberal_medical_professional)" in _held(r)
    assert "associate_not_member(dr_x)" not in _held(r)


def test_undated_associate_pays_no_liberal_acts_before_the_publication():
    before, after = _niort("2008-03-01"), _niort("2009-03-01")
    # anchor: after the publication the undated associate's acts are paid by the public member (R6133-20 of 2006)
    assert any(c.startswith("pays_liberal_acts(") for c in _held(after))
    assert not any(c.startswith("pays_liberal_acts(") for c in _held(before))


def test_after_2009_nothing_is_said_of_the_undated_associate():
    # from 2009-07-23 L6133-1 names no associates: no open association either
    r = _reason(NIORT.format(as_of="2009-09-01", attrs=LIBERAL).replace("2008-06-01", "2009-12-01"))
    assert UNDATED_OPEN not in _atoms(r)
    assert "associate_not_member(dr_x)" not in _held(r)
    assert any(w.code == "after_as_of" and w.line == 3 for w in r.warnings)


# --- F2 ------------------------------------------------------------------------------------------------------------

# the convention's case on 2022-03-01 (dissolved from 2022-03-02); the statement on line 20
CASE = """groupement irm_marche "GCS IRM de la Marche" {{
  as of {as_of}
  approved 2012-03-01
  seat "Guéret" region "Nouvelle-Aquitaine"
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_aubusson "CH d'Aubusson" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  convention {{
    object "IRM"
    task_split
    vote_weight rights
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation d'IRM"
  }}
{case}



  case_occurred "perte de l'autorisation d'IRM" on 2022-03-01

  dissolution by operation_of_law {forms}
}}
"""
STATEMENT_LINE = 20


def _case(forms: str, as_of: str = "2022-08-01", case: str = ""):
    return _reason(CASE.format(as_of=as_of, forms=forms, case=case))


def _published_warnings(result, reason: str) -> list:
    return [w for w in result.warnings
            if w.code == "no_effect" and reason in (w.atom or "") and "dissolution_by_law_published" in (w.atom or "")]


def test_a_publication_before_the_event_without_notification_gets_a_warning():
    """Failed before: nothing said of the publication of 2022-02-10, silently not counted."""
    r = _case("published 2022-02-10")
    found = _published_warnings(r, "before_event")
    assert len(found) == 1, [w.atom for w in r.warnings]
    assert found[0].line == STATEMENT_LINE
    fr = found[0].text("fr")
    assert "10 février 2022" in fr and "n'est pas retenue" in fr and "2 mars 2022" in fr
    # anchor: the dissolution of the case is drawn, and its publication still required
    assert r.holds("dissolved_on(convention_case, 2022-03-02)")
    assert r.holds("publication_required(dissolution)")
    assert not any(c.startswith("seat_published") for c in _held(r))


def test_a_publication_before_the_event_with_a_notification_before_it_too():
    r = _case("notified 2022-02-05 published 2022-02-10")
    assert len(_published_warnings(r, "before_event")) == 1
    notified = [w for w in r.warnings if "dissolution_by_law_notified" in (w.atom or "")]
    assert len(notified) == 1 and notified[0].line == STATEMENT_LINE


def test_a_publication_on_the_day_before_the_first_day_dissolved_counts():
    # the event's day (2022-03-01) is the day before the first day dissolved: counted, no warning
    r = _case("notified 2022-03-01 published 2022-03-01")
    assert not _published_warnings(r, "dissolution_by_law")
    assert r.holds("publication_due(dissolution, 2022-03-16)")
    assert not r.by_predicate("publication_late")


def test_a_late_publication_after_the_event_is_late_without_the_warning():
    r = _case("notified 2022-03-05 published 2022-03-30")
    assert not _published_warnings(r, "dissolution_by_law")
    assert r.holds('publication_late(dissolution, "Nouvelle-Aquitaine")')


def test_a_publication_with_no_dissolution_established_gets_a_warning():
    # the case has not occurred by the as-of date: nothing dissolved, the publication publishes nothing
    r = _case("published 2022-02-10", as_of="2022-02-20")
    found = _published_warnings(r, "no_dissolution")
    assert len(found) == 1 and found[0].line == STATEMENT_LINE
    assert not r.by_predicate("dissolved_on")  # (the warning above is this run's anchor)


def test_a_publication_after_the_as_of_date_is_not_warned_about():
    r = _case("published 2022-09-10")
    assert not _published_warnings(r, "dissolution_by_law")
    assert r.holds("dissolved_on(convention_case, 2022-03-02)")


# --- F3 ------------------------------------------------------------------------------------------------------------

SEAT = """groupement sterilisation_nord "GCS Stérilisation Picardie-Nord" {{
  as of {as_of}
  approved 2006-04-03
  seat "Amiens" region "Picardie"
  member chu_amiens "CHU d'Amiens" {{ kind health_establishment sector public region "Picardie" rights 50 }}
  member ch_arras "CH d'Arras" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 50 }}
  assembly ag2007 on 2007-06-15 {{
    convened_on 2007-05-25 by administrator
    present chu_amiens, ch_arras
    deliberation d1 on seat_transfer {{ for chu_amiens, ch_arras }}
  }}
  seat_transfer to "Lille" region "Nord-Pas-de-Calais" by ag2007.d1
}}
"""


def test_a_seat_transfer_after_the_as_of_date_requires_no_avenant_yet():
    r = _reason(SEAT.format(as_of="2007-06-14"))
    assert not r.holds("avenant_required(seat_transfer)")
    assert not r.by_predicate("seat_transfer_allowed")
    # anchor: the assembly is said not to have happened yet, at its line
    assert any(w.code == "after_as_of" and w.line == 7 for w in r.warnings)


def test_a_seat_transfer_on_the_as_of_date_requires_the_avenant():
    r = _reason(SEAT.format(as_of="2007-06-15"))
    assert r.holds("avenant_required(seat_transfer)")
    # missing only from the day after the deliberation, as an exclusion's avenant (review 40, fixer P, F3)
    assert not r.holds("avenant_missing(seat_transfer)")


def test_a_seat_transfer_the_day_after_its_assembly_misses_the_avenant():
    r = _reason(SEAT.format(as_of="2007-06-16"))
    assert r.holds("avenant_required(seat_transfer)")
    assert r.holds("avenant_missing(seat_transfer)")


# --- F4 ------------------------------------------------------------------------------------------------------------

CONVENED = """groupement cv "GCS Convocation" {
  as of 2012-06-30
  approved 2011-03-01
  seat "Lens" region "Nord-Pas-de-Calais"
  member ch_lens "CH de Lens" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 60 }
  member ch_bethune "CH de Béthune" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 40 }
  administrator ch_lens elected 2011-03-15
  assembly ag1 on 2012-03-01 {
    convened_on 2012-02-10
    present ch_lens, ch_bethune
    deliberation d1 on budget year 2012 { for ch_lens, ch_bethune }
  }
}
"""


def test_a_missing_fact_about_an_assembly_is_said_at_its_line():
    """Failed before: the warning had no line (only members were looked up)."""
    r = _reason(CONVENED)
    w = _atoms(r)["missing_fact(validity_of_deliberations, ag1, convened_by)"]
    assert w.line == 8


def test_a_missing_fact_about_the_groupement_has_no_statement_line():
    r = _reason(CONVENED)
    about_groupement = [w for a, w in _atoms(r).items() if a.startswith("missing_fact(") and ", groupement," in a]
    assert about_groupement  # anchor
    assert all(w.line is None for w in about_groupement)


COMPANY = """groupement sc "GCS Société" {
  as of 2013-06-30
  approved 2011-03-01
  seat "Lens" region "Nord-Pas-de-Calais"
  member ch_lens "CH de Lens" { kind health_establishment sector public region "Nord-Pas-de-Calais" rights 60 }
  member selarl "SELARL Radiologie" {
    kind liberal_practice_company sector private profession medical rights 40
  }
}
"""


def test_a_doubtful_text_about_a_member_is_said_at_its_line():
    """Failed before: doubtful_text warnings never had a line."""
    r = _reason(COMPANY)
    atoms = _atoms(r)
    assert atoms["doubtful_text(liberal_company_member, selarl)"].line == 6
    assert atoms["doubtful_text(liberal_company_nature, selarl)"].line == 6


def test_a_doubtful_text_about_a_year_has_no_line():
    r = _reason(COMPANY)
    years = [w for a, w in _atoms(r).items() if a.startswith("doubtful_text(accounts_approval_due,")]
    assert years  # anchor
    assert all(w.line is None for w in years)


def test_a_doubtful_text_about_a_decision_of_the_agency_is_said_at_its_line():
    # facts/real_clinique_herbert_2017.gcs with a convention block (without one the file does not describe the
    # convention and no doubtful text is said of its vocation, review 40 fixer I): added after the decision, so that
    # the decision stays on line 30
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "facts" / "real_clinique_herbert_2017.gcs").read_text(encoding="utf-8")
    head, _, _ = text.rstrip().rpartition("}")
    result = gcs.reason(gcs.loads(head + '  convention { object "Clinique" }\n}\n', path="real_clinique_herbert_2017.gcs"))
    w = _atoms(result)["doubtful_text(single_act_without_vocation, arrete_2017)"]
    assert w.line == 30  # `ars_decision arrete_2017 on 2017-06-27 by ars_director_general {`
