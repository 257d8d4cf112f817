"""Review 38, fixer C: why-not says the last day by which a late act should have been done.

`why-not deliberation_valid(A, Dl)` on a deliberation invalid because the assembly was convened late named
the invalidity and its comparison (« le 15 mai 2007 est avant le 16 mai 2007 (15 jours après le 1er mai
2007) ») but not the day by which the convocation should have been sent; nor did `why-not
withdrawal_effective(M, E)` say by which day a notice too late for that year end should have been given.
Now the day is said, found by the rule's own comparison (evaluated by clingo over the days before the date
the file states), never computed beside the rules.

Expected days, by hand from the French texts:
- R6133-12 (2006) al. 3 « l'assemblée générale est convoquée par écrit quinze jours au moins à
  l'avance »: an assembly on 2007-05-15 is convened in time on 2007-04-30 (15 days before), late on
  2007-05-01 (14 days) and on 2007-05-02: the last day is 30 April 2007.
- R6133-25 (2017) al. 3 « La convention constitutive fixe les délais dans lesquels l'assemblée générale est
  convoquée et réunie »: the convention's notice_days 10, an assembly on 2020-11-20: in time on 2020-11-10,
  late on 2020-11-11: the last day is 10 November 2020.
- R6133-5 (2006) al. 2 « sous réserve qu'il ait notifié au groupement son intention au moins six mois avant
  la fin de l'exercice »: for the year ending 2007-12-31, a notice of 2007-06-30 is in time, one of
  2007-07-01 or 2007-09-03 is not: the last day is 30 June 2007.
"""

from __future__ import annotations

import json

import pytest

import gcs_reasoner as gcs

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
    convened_on CONVENED by administrator
    chaired_by CHAIR
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
    convened_on CONVENED by administrator
    present ch_arras, ch_lens, ch_bethune
    deliberation d1 on accounts { for ch_arras, ch_lens, ch_bethune }
  }
}
"""

WITHDRAWAL = """groupement logistique_centre "GCS Logistique Centre" {
  as of 2008-06-30
  approved 2006-02-20
  seat "Tours" region "Centre"
  member chru_tours "CHRU de Tours" { kind health_establishment sector public region "Centre" rights 50 }
  member ch_amboise "CH d'Amboise" { kind health_establishment sector public region "Centre" rights 30 }
  member clinique_loire "Clinique de Loire" { kind health_establishment sector private region "Centre" rights 20 }
  declared_nature public
  withdrawal clinique_loire notified NOTIFIED EFFECTIVE
}
"""


def _result(tmp_path, text, name="g.gcs"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return gcs.reason(str(path))


def _old(tmp_path, convened, chair="chu_grenoble"):
    return _result(tmp_path, OLD.replace("CONVENED", convened).replace("CHAIR", chair))


def _failures(w):
    for f in w.failures:
        yield f
        for s in f.sub:
            yield from _failures(s)


def _limits(w, lang):
    return [x[lang] for f in _failures(w) for x in f.limits]


@pytest.mark.parametrize("convened", ["2007-05-01", "2007-05-02"])
def test_late_convocation_2006_says_the_last_day(tmp_path, convened):
    r = _old(tmp_path, convened)
    assert r.holds("deliberation_invalid(ag1, d1, late_convocation)")
    w = r.why_not("deliberation_valid(ag1, d1)")
    assert not w.holds
    day_fr = {"2007-05-01": "1er mai 2007", "2007-05-02": "2 mai 2007"}[convened]
    day_en = {"2007-05-01": "1 May 2007", "2007-05-02": "2 May 2007"}[convened]
    [fr] = _limits(w, "fr")
    assert fr.startswith(f"date limite : la date du {day_fr} (la réunion ag1 a été convoquée le {day_fr}, ligne 18) "
                         "aurait dû être le 30 avril 2007 au plus tard")
    assert "le 15 mai 2007 est avant le" in fr
    [en] = _limits(w, "en")
    assert en.startswith(f"last day: the date {day_en} (meeting ag1 was convened on {day_en}, line 18) would have had "
                         "to be 30 April 2007 at the latest")
    assert "date limite : la date du" in w.text("fr") and "30 avril 2007 au plus tard" in w.text("fr")
    assert "would have had to be 30 April 2007 at the latest" in w.text("en")
    d = json.loads(json.dumps(w.as_dict("en"), ensure_ascii=False))
    assert any("30 April 2007" in x for rule in d["rules"] for x in rule.get("limits", []))


def test_convocation_on_the_last_day_is_on_time(tmp_path):
    r = _old(tmp_path, "2007-04-30")
    assert r.holds("deliberation_valid(ag1, d1)")
    assert not r.holds("deliberation_invalid(ag1, d1, late_convocation)")


def test_convocation_in_time_why_not_on_another_ground_says_no_day(tmp_path):
    r = _old(tmp_path, "2007-04-30", chair="ch_vienne")
    assert r.holds("deliberation_invalid(ag1, d1, wrong_chair)")
    assert not r.holds("deliberation_invalid(ag1, d1, late_convocation)")
    w = r.why_not("deliberation_valid(ag1, d1)")
    assert not w.holds
    # what blocks is the chair (positive anchor), and no last day is said
    assert any("deliberation_invalid(ag1, d1, wrong_chair)" in f.holding for f in _failures(w))
    assert _limits(w, "fr") == [] and _limits(w, "en") == []
    assert "date limite" not in w.text("fr") and "last day" not in w.text("en")
    assert all("limits" not in rule for rule in w.as_dict("fr")["rules"])


@pytest.mark.parametrize("convened,late", [("2020-11-11", True), ("2020-11-15", True), ("2020-11-10", False)])
def test_convention_notice_2017_last_day(tmp_path, convened, late):
    r = _result(tmp_path, NEW.replace("CONVENED", convened))
    assert r.holds("deliberation_invalid(ag4, d1, late_convocation_convention)") is late
    if not late:
        assert r.holds("deliberation_valid(ag4, d1)")
        return
    w = r.why_not("deliberation_valid(ag4, d1)")
    [fr] = _limits(w, "fr")
    assert "aurait dû être le 10 novembre 2020 au plus tard" in fr
    assert "le 20 novembre 2020 est avant le" in fr
    [en] = _limits(w, "en")
    assert "would have had to be 10 November 2020 at the latest" in en


@pytest.mark.parametrize("effective", ["effective 2007-12-31", ""])
@pytest.mark.parametrize("notified", ["2007-09-03", "2007-07-01"])
def test_withdrawal_notice_too_late_says_the_last_day(tmp_path, notified, effective):
    r = _result(tmp_path, WITHDRAWAL.replace("NOTIFIED", notified).replace("EFFECTIVE", effective))
    assert r.holds("withdrawal_effective(clinique_loire, 2008-12-31)")
    assert not r.holds("withdrawal_effective(clinique_loire, 2007-12-31)")
    w = r.why_not("withdrawal_effective(clinique_loire, 2007-12-31)")
    [fr] = _limits(w, "fr")
    assert "aurait dû être le 30 juin 2007 au plus tard pour que cette condition soit remplie" in fr
    assert "Clinique de Loire a notifié son retrait du groupement le" in fr and "ligne 9" in fr
    [en] = _limits(w, "en")
    assert "would have had to be 30 June 2007 at the latest for this condition to be met" in en
    assert "30 June 2007 at the latest" in w.text("en")


@pytest.mark.parametrize("effective", ["effective 2007-12-31", ""])
def test_withdrawal_notice_on_the_last_day_is_in_time(tmp_path, effective):
    r = _result(tmp_path, WITHDRAWAL.replace("NOTIFIED", "2007-06-30").replace("EFFECTIVE", effective))
    assert r.holds("withdrawal_effective(clinique_loire, 2007-12-31)")
    # a year end the notice is too early for asks a later notice, not an earlier one: no last day said
    w = r.why_not("withdrawal_effective(clinique_loire, 2009-12-31)")
    assert not w.holds and list(_failures(w))
    assert _limits(w, "en") == []
