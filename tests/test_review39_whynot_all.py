"""Review 39, fixer D: why-not says every condition of a rule that fails, not the first only.

The finding: `gcs-reasoner why-not FILE 'deliberation_valid(ag1, d1)'` (and `Result.why_not`) said, for
each rule that could conclude the atom, the FIRST failing condition only. A deliberation invalid because
its assembly was convened both by someone who may not convene it AND too late was said invalid for the
convener only; the lateness came out only once the convener was fixed in the file.

The texts (expected values checked against them, not copied from the program):
- R6133-12@2006-01-01.2 « L'assemblée se réunit sur convocation de l'administrateur du groupement »
  and R6133-12@2006-01-01.3 « Sauf mention contraire de la convention constitutive, l'assemblée générale
  est convoquée par écrit quinze jours au moins à l'avance »: an assembly of 2007-05-15 convened on
  2007-05-01 by CH de Vienne, who is not the administrator (CHU de Grenoble is), is convened by the wrong
  person AND 14 days before, one day too late (it had to be convened by 2007-04-30).
- R6133-25@2017-04-28.2 « Elle se réunit sur convocation de l'administrateur du groupement » and
  R6133-25@2017-04-28.3 « La convention constitutive fixe les délais dans lesquels l'assemblée générale
  est convoquée et réunie » (the convention's notice_days 10): convened on 2020-11-15 by CH de Lens for
  2020-11-20, 5 days: wrong convener AND late. R6133-25@2017-04-28.3 « Elle ne délibère valablement que
  si les membres présents ou représentés représentent au moins la moitié des droits »: 40 rights of 100
  present: no quorum, together with the lateness (a positive condition, the quorum, and a negated one,
  `not deliberation_invalid`, failing together).
- R6133-12@2006-01-01.2 « Elle se réunit de droit à la demande d'au moins un tiers de ses membres sur un
  ordre du jour déterminé »: with 4 members, a request by 1 (3 × 1 < 4) and no agenda fails on the
  agenda AND on the third (an aggregate, #count, and its comparison); with no request at all, the count
  is 0: « au moins un tiers » fails too.

The reading: for each rule, every condition of its body after the first that fails is evaluated for the
values of the first failing instance, as if each failing condition held; each that fails is said in the
words the first one gets (`Failure.further`, JSON `further`); a condition reading a variable that only a
failing condition would bind is said not checked (kind `unchecked`); at most MAX_FURTHER are said, the
rest said not examined (kind `capped`); a rule whose text is not in force that day says nothing more.
"""

from __future__ import annotations

import json

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import whynot_eval

OLD = """groupement dialyse "GCS Dialyse" {
  as of 2007-12-31
  approved 2006-05-01
  seat "Grenoble" region "Rhône-Alpes"
  member chu_grenoble "CHU de Grenoble" { kind health_establishment sector public region "Rhône-Alpes" rights 50 }
  member ch_vienne "CH de Vienne" { kind health_establishment sector public region "Rhône-Alpes" rights 30 }
  member ch_voiron "CH de Voiron" { kind health_establishment sector public region "Rhône-Alpes" rights 20 }
  convention {
    object "Hémodialyse"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
  }
  administrator chu_grenoble elected 2006-06-01
  assembly ag1 on 2007-05-15 {
    convened_on CONVOCATION
    present chu_grenoble, ch_vienne, ch_voiron
    deliberation d1 on budget { for chu_grenoble, ch_vienne, ch_voiron }
  }
}
"""

NEW = """groupement urgences_artois "GCS Urgences de l'Artois" {
  as of 2020-12-31
  approved 2018-09-01
  seat "Arras" region "Hauts-de-France"
  member ch_arras "CH d'Arras" { kind health_establishment sector public region "Hauts-de-France" rights 40 }
  member ch_lens "CH de Lens" { kind health_establishment sector public region "Hauts-de-France" rights 30 }
  member ch_bethune "CH de Béthune" { kind health_establishment sector public region "Hauts-de-France" rights 30 }
  convention {
    object "Régulation commune des urgences"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight rights
  }
  administrator ch_arras elected 2018-10-01 by ag0.d1 until 2021-09-30
  assembly ag0 on 2018-10-01 {
    convened_on 2018-09-20 by administrator
    present ch_arras, ch_lens, ch_bethune
    deliberation d1 on administrator { for ch_arras, ch_lens, ch_bethune }
  }
  assembly ag4 on 2020-11-20 {
    convened_on CONVOCATION
    present PRESENT
    deliberation d1 on accounts { for PRESENT }
  }
}
"""

FOUR = OLD.replace(
    '  member ch_voiron "CH de Voiron" { kind health_establishment sector public region "Rhône-Alpes" rights 20 }',
    '  member ch_voiron "CH de Voiron" { kind health_establishment sector public region "Rhône-Alpes" rights 10 }\n'
    '  member ch_gap "CH de Gap" { kind health_establishment sector public region "Rhône-Alpes" rights 10 }')


def _reason(text: str):
    return gcs.reason(gcs.loads(text), explain=True)


def _old(convocation: str):
    return _reason(OLD.replace("CONVOCATION", convocation))


def _new(convocation: str, present: str = "ch_arras, ch_lens, ch_bethune"):
    return _reason(NEW.replace("CONVOCATION", convocation).replace("PRESENT", present))


def _rule(w, suffix: str, line: int):
    [f] = [f for f in w.failures if f.rule.file.endswith(suffix) and f.rule.line == line]
    return f


RULE_2006 = ("2006-01-01_R6133-12_R6133-14.lp", 1374)  # deliberation_valid under R6133-14 of 2006
RULE_2010 = ("2010-07-26_R6133-20_R6133-21.lp", 397)  # deliberation_valid under R6133-20 (2010) / R6133-25 (2017)


def _line_of(path_suffix: str, head: str) -> int:
    """The line of the rule of `path_suffix` whose text begins with `head` (the rule's place, read, not assumed)."""
    from gcs_reasoner.program import load_program

    head = head.replace(" ", "")
    [line] = [r.line for r in load_program().rules if r.file.endswith(path_suffix)
              and r.text.replace(" ", "").replace(";", ",").startswith(head)]
    return line


def test_the_rule_lines_are_those_of_deliberation_valid():
    assert _line_of(RULE_2006[0], "deliberation_valid(A, Dl) :- deliberation(A, Dl, _), assembly(A, D)") == RULE_2006[1]
    assert _line_of(RULE_2010[0], "deliberation_valid(A, Dl) :- deliberation(A, Dl, _), asm20(A, _)") == RULE_2010[1]


# --- convener and late: both named ------------------------------------------------------------------


@pytest.fixture(scope="module")
def convener_and_late_2007():
    return _old("2007-05-01 by ch_vienne")


def test_2007_wrong_convener_and_late_are_both_named(convener_and_late_2007):
    r = convener_and_late_2007
    # the law: both invalidities hold (R6133-12 of 2006 al. 2 and al. 3)
    assert r.holds("deliberation_invalid(ag1, d1, not_convened_by_administrator)")
    assert r.holds("deliberation_invalid(ag1, d1, late_convocation)")
    w = r.why_not("deliberation_valid(ag1, d1)")
    f = _rule(w, *RULE_2006)
    # the first failing condition, as before: the convener
    assert f.literal == "convened_by_administrator(A)"
    assert f.words["fr"] == ("il n'est pas établi que l'assemblée générale ag1 a été convoquée par l'administrateur "
                             "du groupement")
    # and the later one that fails too: the invalidities that hold, the lateness among them
    [late] = [x for x in f.further if x.literal == "not deliberation_invalid(A,Dl,_)"]
    assert late.kind == "present"
    assert "deliberation_invalid(ag1, d1, late_convocation)" in late.holding
    assert "convoquée dans le délai requis avant sa réunion" in late.words["fr"]
    assert late.words["fr"].endswith("or cette règle exige le contraire")
    text = w.text("fr")
    assert "échoue: convened_by_administrator(A)" in text
    assert "échoue aussi: " in text and "l'assemblée n'a pas été convoquée dans le délai requis" in text
    # the lateness with its dates, under the further condition (the rule's own comparison)
    assert "Le 15 mai 2007 est avant le 16 mai 2007 (15 jours après le 1er mai 2007)" in text
    en = w.text("en")
    assert "also fails: " in en and "fails: convened_by_administrator(A)" in en


def test_2007_in_json_the_further_conditions_keep_the_shape_of_a_failure(convener_and_late_2007):
    w = convener_and_late_2007.why_not("deliberation_valid(ag1, d1)")
    d = json.loads(json.dumps(w.as_dict("fr"), ensure_ascii=False))
    [rule] = [x for x in d["rules"] if x["rule"].endswith(f"{RULE_2006[0]}:{RULE_2006[1]}")]
    assert rule["condition"] == "convened_by_administrator(A)"  # the existing fields, unchanged
    assert {"rule", "provisions", "condition", "ground", "kind", "words", "bindings", "involved"} <= set(rule)
    [late] = [x for x in rule["further"] if x["condition"] == "not deliberation_invalid(A,Dl,_)"]
    assert late["kind"] == "present" and "deliberation_invalid(ag1, d1, late_convocation)" in late["holding"]
    assert late["ground"] == "not deliberation_invalid(ag1,d1,_)"
    assert "rule" not in late and "quote" not in late  # said once, on the rule
    assert any(t["conclusion"] == "deliberation_invalid(ag1, d1, late_convocation)" for t in late["holding_explained"])


def test_fixing_the_convener_leaves_the_lateness_alone():
    """The second try: the convener fixed, the lateness is the first (and only) failing condition."""
    r = _old("2007-05-01 by administrator")
    assert r.holds("deliberation_invalid(ag1, d1, late_convocation)")
    assert not r.holds("deliberation_invalid(ag1, d1, not_convened_by_administrator)")
    f = _rule(r.why_not("deliberation_valid(ag1, d1)"), *RULE_2006)
    assert f.literal == "not deliberation_invalid(A,Dl,_)"
    assert f.holding == ["deliberation_invalid(ag1, d1, late_convocation)"]
    assert f.further == []


def test_2020_wrong_convener_and_late_are_both_named():
    r = _new("2020-11-15 by ch_lens")
    assert r.holds("deliberation_invalid(ag4, d1, late_convocation_convention)")
    w = r.why_not("deliberation_valid(ag4, d1)")
    f = _rule(w, *RULE_2010)
    assert f.literal == "convened_by_administrator10(A)"
    [late] = [x for x in f.further if x.literal == "not deliberation_invalid(A,Dl,_)"]
    assert "deliberation_invalid(ag4, d1, late_convocation_convention)" in late.holding
    text = w.text("fr")
    assert "l'assemblée n'a pas été convoquée dans le délai que fixe la convention constitutive" in text
    assert "Le 20 novembre 2020 est avant le 25 novembre 2020 (10 jours après le 15 novembre 2020)" in text
    # the rule of 2006, not in force in 2020, says its text and nothing more
    old = _rule(w, *RULE_2006)
    assert old.kind == "in_force" and old.further == []


# --- one failing condition: unchanged -------------------------------------------------------------------


def test_a_rule_with_one_failing_condition_is_said_as_before():
    r = _new("2020-11-15 by administrator")  # the administrator convened, too late: one condition fails
    w = r.why_not("deliberation_valid(ag4, d1)")
    f = _rule(w, *RULE_2010)
    assert f.literal == "not deliberation_invalid(A,Dl,_)"
    assert f.holding == ["deliberation_invalid(ag4, d1, late_convocation_convention)"]  # positive anchor
    assert f.further == []
    assert "further" not in f.as_dict("fr")
    text = w.text("fr")
    assert "échoue aussi" not in text and "n'a pas pu être vérifiée" not in text
    block = text.split(f"{RULE_2010[0]}:{RULE_2010[1]}: ", 1)[1].split("\n- [", 1)[0].split("\n")
    assert block[0] == ("La délibération d1 de l'assemblée générale ag4 est irrégulière : l'assemblée n'a pas été "
                        "convoquée dans le délai que fixe la convention constitutive (R6133-25, version du 28 avril "
                        "2017, al. 3) ; or cette règle exige le contraire")
    assert block[2] == "  échoue: not deliberation_invalid(A,Dl,_)   (not deliberation_invalid(ag4,d1,_))"
    assert block[3].startswith("  avec: deliberation(ag4, d1, accounts) ← ")
    assert block[4] == "  pourquoi deliberation_invalid(ag4, d1, late_convocation_convention) est établi :"
    assert block[-1].startswith("  → date limite : la date du 15 novembre 2020")


# --- a negated condition failing together with a positive one -----------------------------------------


def test_no_quorum_and_late_a_positive_and_a_negated_condition():
    r = _new("2020-11-15 by administrator", present="ch_arras")  # 40 rights of 100
    assert r.holds("deliberation_invalid(ag4, d1, no_quorum)")
    assert r.holds("deliberation_invalid(ag4, d1, late_convocation_convention)")
    w = r.why_not("deliberation_valid(ag4, d1)")
    f = _rule(w, *RULE_2010)
    assert f.literal == "quorum_met(A)" and f.kind == "absent"
    assert f.words["fr"].startswith("il n'est pas établi que le quorum est atteint à l'assemblée générale ag4")
    [neg] = [x for x in f.further if x.kind == "present"]
    assert neg.literal == "not deliberation_invalid(A,Dl,_)"
    assert set(neg.holding) == {"deliberation_invalid(ag4, d1, no_quorum)",
                                "deliberation_invalid(ag4, d1, late_convocation_convention)"}
    assert [x.literal for x in f.further] == ["not deliberation_invalid(A,Dl,_)"]  # nothing else fails
    # the quorum's own rule: 2 × 40 < 100, said with its values
    assert "la condition (2*40) >= 100 n'est pas remplie" in w.text("fr")


# --- an aggregate condition ---------------------------------------------------------------------------


def test_an_aggregate_condition_fails_with_a_missing_agenda():
    r = _reason(FOUR.replace("CONVOCATION", "2007-04-20 by administrator\n    requested_by ch_voiron"))
    assert not r.holds("meeting_of_right(ag1)")
    assert r.holds("member(ch_gap)")  # positive anchor: four members
    w = r.why_not("meeting_of_right(ag1)")
    f = _rule(w, "2006-01-01_R6133-12_R6133-14.lp", _line_of("2006-01-01_R6133-12_R6133-14.lp", "meeting_of_right(A)"))
    assert f.literal == "agenda(A,_)"
    # Q = #count{requested_by} = 1, N = #count{members} = 4: one in four is less than a third
    assert [(x.literal, x.ground, x.kind) for x in f.further] == [("(3*Q) >= N", "(3*1) >= 4", "comparison")]
    assert f.further[0].words["en"] == "the condition (3*1) >= 4 is not met ((3*Q) >= N)"


def test_no_request_fails_on_the_count_and_on_the_third():
    r = _reason(FOUR.replace("CONVOCATION", "2007-04-20 by administrator"))
    w = r.why_not("meeting_of_right(ag1)")
    f = _rule(w, "2006-01-01_R6133-12_R6133-14.lp", _line_of("2006-01-01_R6133-12_R6133-14.lp", "meeting_of_right(A)"))
    assert f.literal == "agenda(A,_)"
    assert [(x.literal, x.ground) for x in f.further] == [("Q > 0", "0 > 0"), ("(3*Q) >= N", "(3*0) >= 4")]


def test_a_request_of_a_third_with_an_agenda_holds():
    """The anchor of the two above: the rule concludes when its conditions are met (3 × 2 >= 4)."""
    r = _reason(FOUR.replace("CONVOCATION", "2007-04-20 by administrator\n    requested_by ch_voiron, ch_gap\n"
                                            '    agenda "Budget"'))
    assert r.holds("meeting_of_right(ag1)")


def test_the_cap_is_said(monkeypatch):
    monkeypatch.setattr(whynot_eval, "MAX_FURTHER", 1)
    r = _reason(FOUR.replace("CONVOCATION", "2007-04-20 by administrator"))
    w = r.why_not("meeting_of_right(ag1)")
    f = _rule(w, "2006-01-01_R6133-12_R6133-14.lp", _line_of("2006-01-01_R6133-12_R6133-14.lp", "meeting_of_right(A)"))
    assert [x.kind for x in f.further] == ["comparison", "capped"]
    assert f.further[1].words["fr"] == ("les conditions suivantes de la règle ne sont pas examinées : au plus 1 "
                                        "conditions qui échouent sont dites par règle")
    assert "…: les conditions suivantes de la règle ne sont pas examinées" in w.text("fr")


# --- a condition that cannot be checked ---------------------------------------------------------------


def test_a_condition_on_a_value_only_a_failing_condition_gives_is_said_not_checked(convener_and_late_2007):
    w = convener_and_late_2007.why_not("administrator_in_office_on(ch_vienne, 2007-05-01)")
    f = _rule(w, "2006-01-01_R6133-15_R6133-16.lp",
              _line_of("2006-01-01_R6133-15_R6133-16.lp", "administrator_in_office_on(M, C)"))
    assert f.literal == "administrator(M,E)"  # CH de Vienne was never elected (R6133-15 of 2006)
    assert [x.kind for x in f.further] == ["unchecked"] * 3
    assert [x.ground for x in f.further] == ['in_force_id("R6133-15@2006-01-01.2",E)', "E <= 2007-05-01",
                                             "2007-05-01 < @add_years(E,3)"]
    assert f.further[1].needs == {"E": "administrator(M,E)"}
    assert f.further[1].words["fr"] == ("la condition E <= 2007-05-01 n'a pas pu être vérifiée : elle porte sur E, "
                                        "dont la valeur ne viendrait que d'une condition qui échoue "
                                        "(administrator(M,E))")
    # in the text, the three in one line
    assert ("les conditions in_force_id(\"R6133-15@2006-01-01.2\",E) ; E <= 2007-05-01 ; 2007-05-01 < "
            "@add_years(E,3) n'ont pas pu être vérifiées : elles portent sur E") in w.text("fr")
    d = f.as_dict("en")
    assert d["further"][0]["kind"] == "unchecked" and d["further"][0]["needs"] == {"E": "administrator(M,E)"}
