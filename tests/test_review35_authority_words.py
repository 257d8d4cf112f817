"""Review 35 (G): the authority before the agence régionale de santé existed, in billing and on the
2009 conseil de surveillance, and the words of four warnings.

G1. L6133-8 of 2009-07-23 al. 3: « Le directeur général de l'agence régionale de santé décide de
l'échelle tarifaire applicable. » The ARS director general took over the ARH director's powers on
2010-04-01; before that day the ARH director held them (the tool's reading for approvals, transfers and
the erection). A scale decision signed by the "ARS director general" before 2010-04-01, or by the ARH
director from that day, is ars_decision_irregular(Dec, authority) and, like every agency decision signed
by the other authority, keeps its effects until annulled or withdrawn (the scale still applies).
"""

from pathlib import Path

import gcs_reasoner as gcs

DATA = Path(__file__).resolve().parent / "data"


def shown(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def reason_text(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


# --- G1: the scale decided by an authority that did not yet exist ----------------------------------

TARIFF = """groupement urg_niort "GCS Urgences du Niortais" {{
  as of {as_of}
  approved 2008-06-01
  seat "Niort" region "Poitou-Charentes"
  capital none
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  tariff_option abc received {received}
  ars_decision dec1 on {on} by {by} {{ tariff_scale abc }}
}}
"""


def tariff(by: str, on: str = "2009-09-01", as_of: str = "2009-12-01", received: str = "2009-08-03"):
    return shown(reason_text(TARIFF.format(by=by, on=on, as_of=as_of, received=received)))


def test_scale_signed_by_the_ars_director_general_before_2010_04_01_is_irregular():
    """The reviewer's scenario: the avenant approval dec0 and the scale decision dec1, both signed on
    2009-09-01 by the ARS director general, are both irregular for their authority."""
    got = shown(gcs.reason(gcs.load(DATA / "review35_ars_before_2010_tariff.gcs")))
    assert "ars_decision_irregular(dec0, authority)" in got
    assert "ars_decision_irregular(dec1, authority)" in got
    # the decision keeps its effects until annulled or withdrawn (as the erection signed so)
    assert "tariff_scale(abc)" in got


def test_the_variant_with_liberal_doctors_is_irregular_too():
    got = shown(gcs.reason(gcs.load(DATA / "review35_tariff_2009_by_ars.gcs")))
    assert "ars_decision_irregular(dec1, authority)" in got
    assert "tariff_scale(abc)" in got


def test_scale_signed_by_the_arh_director_before_2010_04_01_is_regular():
    got = tariff("arh_director")
    assert "ars_decision_irregular(dec1, authority)" not in got
    assert "tariff_scale(abc)" in got
    assert "tariff_option_open" in got


def test_scale_signed_by_the_ars_director_general_on_2010_04_01_is_regular():
    got = tariff("ars_director_general", on="2010-04-01", as_of="2010-05-01", received="2010-03-15")
    assert "ars_decision_irregular(dec1, authority)" not in got
    assert "tariff_scale(abc)" in got


def test_scale_signed_by_the_arh_director_in_2010_before_the_decree_is_irregular():
    """From 2010-04-01 to 2010-07-25 no decree text says who decides: L6133-8 al. 3 of 2010-02-26
    (the ARS director general) is the text, and the ARH director no longer held the power."""
    got = tariff("arh_director", on="2010-05-03", as_of="2010-06-01", received="2010-04-15")
    assert "ars_decision_irregular(dec1, authority)" in got
    assert "tariff_scale(abc)" in got


def test_scale_signed_by_the_arh_director_the_day_before_2010_04_01_is_regular():
    got = tariff("arh_director", on="2010-03-31", as_of="2010-05-01", received="2010-03-15")
    assert "ars_decision_irregular(dec1, authority)" not in got
    assert "tariff_scale(abc)" in got


# --- G2: the two qualified persons of the 2009 board, appointed before the ARS existed -------------
# L6133-7 of 2009-07-23, 2° c): « c) Cinq personnalités qualifiées, parmi lesquelles deux désignées par le
# directeur général de l'agence régionale de santé et trois, dont deux représentants des usagers au sens de
# l'article L. 1114-1, désignées par le représentant de l'Etat dans le département. » The file dates no
# appointment: the board is judged on the as-of date, the two counted are those of the authority of that date
# (the ARH director until 2010-03-31, as for the erection) and, from 2010-04-01, the ARH director's earlier ones
# for an establishment erected before that day (review 39).

BOARD = (DATA.parent.parent / "facts" / "es_board_2009_lawful.gcs").read_text(encoding="utf-8")


def board(appointer: str, as_of: str = "2010-01-15") -> set[str]:
    text = BOARD.replace("appointed_by arh_director", f"appointed_by {appointer}")
    assert text.count(f"as qualified appointed_by {appointer}") == 2
    text = text.replace("as of 2010-01-15", f"as of {as_of}")
    return shown(reason_text(text))


def test_the_arh_director_appoints_the_two_qualified_persons_before_2010_04_01():
    got = shown(gcs.reason(gcs.load(DATA / "review35_board_2009_pq_by_arh.gcs")))
    assert "supervisory_board_invalid(qualified_appointment)" not in got
    assert not any(c.startswith("supervisory_board_invalid(") for c in got)
    assert "health_establishment(public, 2009-11-02)" in got  # the board is checked


def test_the_ars_director_general_did_not_exist_before_2010_04_01():
    got = board("ars_director_general")
    assert "supervisory_board_invalid(qualified_appointment)" in got
    assert "supervisory_board_invalid(qualified_persons)" not in got  # five all the same


def test_from_2010_04_01_the_ars_director_general_appoints_them():
    got = board("ars_director_general", as_of="2010-04-01")
    assert "supervisory_board_invalid(qualified_appointment)" not in got
    assert "health_establishment(public, 2009-11-02)" in got


def test_from_2010_04_01_the_arh_directors_earlier_appointments_stand():
    """Review 39 (reviewer 1, finding 2) changed this reading: an appointment `appointed_by arh_director` was made
    before 2010-04-01, when the ARH director was competent for this establishment (erected on 2009-11-02); nothing in
    L6133-7 makes it lapse when the ARS took over the ARH's powers: it still counts from 2010-04-01
    (tests/test_review39_es_board_budget.py)."""
    got = board("arh_director", as_of="2010-04-01")
    assert "supervisory_board_invalid(qualified_appointment)" not in got
    assert "health_establishment(public, 2009-11-02)" in got
    got = board("arh_director", as_of="2010-03-31")
    assert "supervisory_board_invalid(qualified_appointment)" not in got
    assert "health_establishment(public, 2009-11-02)" in got


def test_appointed_by_arh_director_parses_into_its_fact():
    """The form the contract gives (`appointed_by ars_director_general`) gains `arh_director`, the
    authority of 2009-07-23 to 2010-03-31: the scenario reads it and gives its fact."""
    import datetime

    from gcs_reasoner.facts import scenario_facts

    scenario = gcs.load(DATA / "review35_board_2009_pq_by_arh.gcs")
    appointers = sorted(b.appointed_by for b in scenario.groupement.board_members if b.category == "qualified")
    assert appointers == ["arh_director", "arh_director", "prefect", "prefect", "prefect"]
    facts = [fact for fact, _ in scenario_facts(scenario, datetime.date(2010, 1, 15)).facts]
    assert "board_member_appointed_by(11,arh_director)" in facts
    assert "board_member_appointed_by(12,arh_director)" in facts
    assert "board_member_appointed_by(13,prefect)" in facts


# --- G3: a warning names what it leaves open, not a conclusion the same output draws ---------------

FACTS = DATA.parent.parent / "facts"


def check(name: str):
    result = gcs.reason(gcs.load(FACTS / f"{name}.gcs"))
    return shown(result), [w.text("fr") for w in result.warnings], [w.text("en") for w in result.warnings]


def test_an_unstated_kind_leaves_open_the_regularity_of_the_participation_not_the_membership():
    """L6133-1 of 2004 al. 2 (« peut être constitué entre des établissements de santé, des établissements
    médico-sociaux et des professionnels médicaux libéraux »): the file lists Maison Saint-Joseph, a member
    (member/1); what its kind would decide is whether it may take part."""
    for name, member, who in (("composition_kind_unknown", "maison_joseph", "Maison Saint-Joseph"),
                              ("members17_army_kind_unstated", None, "HIA Sainte-Anne"),
                              ("members09_medical_liberal_unstated", None, "Dr Durand")):
        got, fr, en = check(name)
        if member:
            assert f"member({member})" in got
        assert not any("aucune conclusion sur la qualité de membre" in w for w in fr), name
        assert any(w.startswith("le fichier n'indique pas") and who in w
                   and w.endswith("aucune conclusion sur la régularité de sa participation au groupement")
                   for w in fr), name
        assert any(who in w and w.endswith("no conclusion on the regularity of its participation in the groupement")
                   for w in en), name


def test_an_unstated_sector_leaves_open_criterion_1_not_the_scale():
    """R6133-21 of 2017 I 1° « La nature juridique de la majorité des membres »: the scale d is the one the
    decision of 2018-02-20 fixes (L6133-8 al. 3); the associations' sector leaves open criterion 1° only."""
    got, fr, _ = check("billing17_criteria_sector_unstated")
    assert "tariff_scale(d)" in got
    assert not any(c.startswith("tariff_criterion(1,") for c in got)
    assert not any(w.endswith("aucune conclusion sur l'échelle tarifaire") for w in fr)
    crit = [w for w in fr if "critère 1° du choix de l'échelle tarifaire" in w]
    assert len(crit) == 2 and any("Association Dialyse Bretagne" in w for w in crit)


def test_an_unstated_running_cost_split_leaves_open_that_annex_only():
    """R6133-11 of 2006 al. 2: « Doivent être joints à la convention constitutive le budget prévisionnel du
    groupement ainsi que, le cas échéant, la répartition entre les membres du groupement des charges de
    fonctionnement »: the budget forecast is found missing all the same."""
    got, fr, _ = check("admin10_indefinite")
    assert "missing_attachment(budget_forecast)" in got
    assert not any("partage des charges" in w and w.endswith("les annexes de la convention constitutive") for w in fr)
    assert any(w.startswith("le fichier n'indique pas le partage des charges de fonctionnement du groupement")
               and w.endswith("aucune conclusion sur l'annexe de répartition des charges de fonctionnement entre les "
                              "membres") for w in fr)


def test_unstated_rights_leave_open_the_majority_once_the_quorum_is_drawn():
    """R6133-14 of 2006 al. 1: every member present, the quorum is met whatever the rights; R6133-6 al. 5
    (« proportionnel aux droits ») leaves the majority open."""
    got, fr, _ = check("members06_withdrawal_exclusion_open")
    assert "quorum_met(ag1)" in got
    assert not any("CH de Remiremont" in w and w.endswith("le quorum et la majorité") for w in fr)
    assert any("les droits de CH de Remiremont" in w and w.endswith("aucune conclusion sur la majorité") for w in fr)


ABSENT = """groupement g "GCS test" {
  as of 2008-03-01
  approved 2006-03-01
  seat "Epinal" region "Lorraine"
  member ch_epinal "CH d'Epinal" { kind health_establishment sector public region "Lorraine" rights 40 }
  member ch_rem "CH de Remiremont" { kind health_establishment sector public region "Lorraine" }
  member ch_x "CH de Saint-Dié" { kind health_establishment sector public region "Lorraine" rights 10 }
  assembly ag1 on 2007-10-18 {
    convened_on 2007-10-01 by administrator
    present PRESENT
    deliberation d1 on budget { for ch_epinal }
  }
}
"""


def test_unstated_rights_leave_open_quorum_and_majority_when_someone_is_absent():
    result = reason_text(ABSENT.replace("PRESENT", "ch_epinal, ch_rem"))
    got = shown(result)
    assert "member(ch_rem)" in got
    assert "quorum_met(ag1)" not in got
    fr = [w.text("fr") for w in result.warnings]
    assert any("CH de Remiremont" in w and w.endswith("aucune conclusion sur le quorum et la majorité") for w in fr)
    # everyone present: the quorum is met, the majority is left open
    result = reason_text(ABSENT.replace("PRESENT", "ch_epinal, ch_rem, ch_x"))
    assert "quorum_met(ag1)" in shown(result)
    fr = [w.text("fr") for w in result.warnings]
    assert any("CH de Remiremont" in w and w.endswith("aucune conclusion sur la majorité") for w in fr)
    assert not any(w.endswith("le quorum et la majorité") for w in fr)


def test_unstated_rights_leave_nothing_open_on_the_vote_when_every_member_present_votes_for():
    """R6133-14 of 2006: every member present and voting for, the quorum is met and the budget adopted
    whatever the rights; the warning on the shares of votes and debts (R6133-6) remains."""
    text = ABSENT.replace("PRESENT", "ch_epinal, ch_rem, ch_x").replace("{ for ch_epinal }",
                                                                          "{ for ch_epinal, ch_rem, ch_x }")
    result = reason_text(text)
    got = shown(result)
    assert {"quorum_met(ag1)", "deliberation_valid(ag1, d1)"} <= got
    fr = [w.text("fr") for w in result.warnings]
    assert not any(w.endswith("aucune conclusion sur la majorité") or w.endswith("le quorum et la majorité")
                   for w in fr)
    assert any("les droits de CH de Remiremont" in w and w.endswith("la part des voix et des dettes") for w in fr)
