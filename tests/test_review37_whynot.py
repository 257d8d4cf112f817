"""Review 37, fixer D: why-not names a late notice.

`why-not deliberation_valid(A, Dl)` on a deliberation the law makes invalid because the assembly was
convened too late stopped at « not deliberation_invalid(...) » with the sentence of the invalidity:
the date of the convocation, the assembly's date and the days required were left to `explain`. Now a
`not p` condition that fails is followed by the explanation of the p that holds (explain.build, the
same tree `explain` gives, one level deep): the provision's words, the facts with their lines and the
comparison with its dates.

Expected values from the French texts:
- R6133-25 (2017) al. 3 « La convention constitutive fixe les délais dans lesquels l'assemblée
  générale est convoquée et réunie »: the convention's notice_days 10; convened 2020-11-15 for
  2020-11-20 is 5 days, too late (it had to be held on or after 2020-11-25); convened 2020-11-05
  is in time.
- R6133-12 (2006) al. 3 « l'assemblée générale est convoquée par écrit quinze jours au moins à
  l'avance »: convened 2007-05-01 for 2007-05-15 is 14 days, too late (not before 2007-05-16).
"""

from __future__ import annotations

import json

import pytest

import gcs_reasoner as gcs

BASE = """groupement urgences_artois "GCS Urgences de l'Artois" {
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
    CONVOCATION
    present ch_arras, ch_lens, ch_bethune
    deliberation d1 on accounts { VOTES }
  }
}
"""
ALL_FOR = "for ch_arras, ch_lens, ch_bethune"

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
    convened_on 2007-05-01 by CONVENER
    present chu_grenoble, ch_vienne, ch_voiron
    deliberation d1 on budget { for chu_grenoble, ch_vienne, ch_voiron }
  }
}
"""


def _result(tmp_path, text, name="g.gcs"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return gcs.reason(str(path))


def _new(convocation: str, votes: str = ALL_FOR) -> str:
    return BASE.replace("CONVOCATION", convocation).replace("VOTES", votes)


def _failures(w):
    for f in w.failures:
        yield f
        for s in f.sub:
            yield from _failures(s)


def _blocking(w, atom_prefix: str):
    """The failures on `not p` whose p that holds begins with `atom_prefix`."""
    return [f for f in _failures(w) if f.kind == "present" and any(h.startswith(atom_prefix) for h in f.holding)]


@pytest.fixture(scope="module")
def late(tmp_path_factory):
    return _result(tmp_path_factory.mktemp("late"), _new("convened_on 2020-11-15 by administrator"))


def test_late_notice_why_not_names_both_dates_the_days_and_the_words(late):
    assert late.holds("deliberation_invalid(ag4, d1, late_convocation_convention)")
    w = late.why_not("deliberation_valid(ag4, d1)")
    assert not w.holds
    [f] = _blocking(w, "deliberation_invalid(ag4, d1, late_convocation_convention)")
    assert [t.conclusion for t in f.explained] == ["deliberation_invalid(ag4, d1, late_convocation_convention)"]
    text = w.text("fr")
    assert "pourquoi deliberation_invalid(ag4, d1, late_convocation_convention) est établi :" in text
    # the provision's words, the facts (with their lines), the comparison with both dates and the days
    assert "« La convention constitutive fixe les délais dans lesquels l'assemblée générale est convoquée et réunie. »" in text
    assert "convened_on 2020-11-15 by administrator  ← " in text and ", ligne 22" in text
    assert "notice_days 10  ← " in text
    assert "Le 20 novembre 2020 est avant le 25 novembre 2020 (10 jours après le 15 novembre 2020)" in text
    # the invalidity in words, its provision in words, and what it does to the rule
    assert ("La délibération d1 de l'assemblée générale ag4 est irrégulière : l'assemblée n'a pas été convoquée dans "
            "le délai que fixe la convention constitutive (R6133-25, version du 28 avril 2017, al. 3) ; "
            "or cette règle exige le contraire") in text
    en = w.text("en")
    assert "why deliberation_invalid(ag4, d1, late_convocation_convention) holds:" in en
    assert "20 November 2020 is before 25 November 2020 (10 days after 15 November 2020)" in en
    assert "(R6133-25, version of 28 April 2017, para. 3); this rule requires the contrary" in en


def test_late_notice_in_json_is_explain_s_tree(late):
    w = late.why_not("deliberation_valid(ag4, d1)")
    [f] = _blocking(w, "deliberation_invalid(ag4, d1, late_convocation_convention)")
    d = json.loads(json.dumps(f.as_dict("fr"), ensure_ascii=False))
    [tree] = d["holding_explained"]
    assert tree["conclusion"] == "deliberation_invalid(ag4, d1, late_convocation_convention)"
    assert tree["provision"] == "R6133-25@2017-04-28.3"
    facts = {b.get("fact") for b in tree["because"]}
    assert "convened_on(ag4, 2020-11-15)" in facts and "notice_days(10)" in facts
    assert any("10 jours après le 15 novembre 2020" in line for line in tree["words"]["fr"])


def test_the_text_s_own_minimum_of_2006_is_named(tmp_path):
    r = _result(tmp_path, OLD.replace("CONVENER", "administrator"))
    assert r.holds("deliberation_invalid(ag1, d1, late_convocation)")
    w = r.why_not("deliberation_valid(ag1, d1)")
    [f] = _blocking(w, "deliberation_invalid(ag1, d1, late_convocation)")
    text = w.text("fr")
    assert "« l'assemblée générale est convoquée par écrit quinze jours au moins à l'avance" in text
    assert "convened_on 2007-05-01 by administrator" in text
    assert "Le 15 mai 2007 est avant le 16 mai 2007 (15 jours après le 1er mai 2007)" in text
    # the notice the text requires, a sub-conclusion of the invalidity, named with its days
    assert "L'assemblée générale ag1 doit être convoquée par écrit 15 jours au moins avant sa réunion" in text


def test_a_notice_in_time_invents_no_notice_dates(tmp_path):
    r = _result(tmp_path, _new("convened_on 2020-11-05 by administrator", "for ch_arras  against ch_lens, ch_bethune"))
    # 15 days of notice, 10 required: in time; the deliberation is invalid for its majority alone
    assert not r.holds("deliberation_invalid(ag4, d1, late_convocation_convention)")
    assert r.holds("deliberation_invalid(ag4, d1, not_adopted)")
    w = r.why_not("deliberation_valid(ag4, d1)")
    # positive anchor: the rule of 2010/2017 fails on the majority
    main = [f for f in w.failures if f.rule.file.endswith("2010-07-26_R6133-20_R6133-21.lp")]
    assert [f.literal for f in main] == ["adopted(A,Dl)"]
    assert "il n'est pas établi que la délibération d1 de l'assemblée générale ag4 a recueilli la majorité requise" \
        in main[0].words["fr"]
    text = w.text("fr")
    assert "5 novembre 2020" not in text and "2020-11-05" not in text and "late_convocation" not in text
    assert not _blocking(w, "deliberation_invalid(")


def test_an_undated_notice_says_the_date_is_not_stated(tmp_path):
    r = _result(tmp_path, _new(""))
    w = r.why_not("deliberation_valid(ag4, d1)")
    main = [f for f in w.failures if f.rule.file.endswith("2010-07-26_R6133-20_R6133-21.lp")]
    assert [f.literal for f in main] == ["convocation_known(A)"]
    assert main[0].words["fr"] == ("il n'est pas établi que la date de la convocation de l'assemblée générale ag4 "
                                   "et son auteur sont connus")
    [sub] = main[0].sub[0].failures
    assert sub.literal == "convened_on(A,_)"
    assert sub.words["fr"] == "le dossier n'indique pas que la réunion ag4 a été convoquée le … (la date n'est pas indiquée)"
    assert sub.words["en"] == "the file does not state that meeting ag4 was convened on … (the date is not stated)"
    assert "2020-11-15" not in w.text("fr")


def test_a_convener_not_stated_is_no_date_not_stated(tmp_path):
    r = _result(tmp_path, _new("convened_on 2020-11-15"))  # dated, without who convened
    w = r.why_not("deliberation_valid(ag4, d1)")
    said = [f.words["fr"] for f in _failures(w) if f.literal == "convened_by(A,_)"]
    assert said and all(s.startswith("le dossier n'indique pas que la réunion ag4 a été convoquée par")
                        and "la date n'est pas indiquée" not in s for s in said)


def test_a_sentence_beginning_with_l_apostrophe_is_lowered_after_que(tmp_path):
    """« il n'est pas établi que L'assemblée » read badly: « L' » is no acronym."""
    r = _result(tmp_path, OLD.replace("CONVENER", "ch_vienne"))
    w = r.why_not("deliberation_valid(ag1, d1)")
    words = [f.words["fr"] for f in w.failures if f.literal == "convened_by_administrator(A)"]
    assert words == ["il n'est pas établi que l'assemblée générale ag1 a été convoquée par l'administrateur du groupement"]


def test_an_event_dated_after_the_as_of_date_is_not_said_unstated():
    """A fact the file states but dates after the as-of date is left out (facts.py `not_yet`): why-not says
    it has not happened yet, never that the file does not state it."""
    from tests.test_review31_whynot import WITHDRAWALS, _why

    w = _why(WITHDRAWALS.format(withdrawal_a="withdrawal ch_a notified 2006-06-30"), "avenant_required(withdrawal(ch_c))")
    [f] = w.failures
    assert "pas encore intervenu" in f.words["fr"] and "CH C" in f.words["fr"]  # positive anchor
    assert "le dossier n'indique pas" not in f.words["fr"] and "does not state" not in f.words["en"]
