"""Review 39, fixer N: a rule that fails on its version guard says nothing more, and the law's data are not
« le dossier ».

The finding (second reader, change D): `gcs-reasoner why-not d1.gcs 'annual_assembly_missing(2012)'` (and
`meeting_of_right(ag1)`), under the rule of R6133-12 of 2006, printed below the rule's guard
`in_force_id("R6133-12@2006-01-01.2", …)` the auxiliary of rules/time/in_force.lp that reads whether a later
provision repeats the text (`in_force_id(E, D) :- same_as(L, E), in_force_id(L, D).`) as « le dossier n'indique
pas que la disposition … reprend les termes de la disposition R6133-12@2006-01-01.2 », then « la condition
in_force_id(L,2012-12-31) n'a pas pu être vérifiée … ». The README says a rule that fails on its version guard
« says nothing more »; and `same_as` is no fact of the file (« le dossier ») but of the law's data the program
loads (gcs_reasoner/data/law: provisions.yaml, repeats.yaml).

The texts (checked, not copied from the program):
- R6133-12@2006-01-01.2 « L'assemblée se réunit sur convocation de l'administrateur du groupement aussi souvent
  que l'intérêt du groupement l'exige et au moins une fois par an. Elle se réunit de droit à la demande d'au
  moins un tiers de ses membres sur un ordre du jour déterminé. »: R6133-12 in its version of 2006-01-01 is in
  force from 2006-01-01 to 2010-07-25 (versions/timeline.tsv: the next version from 2010-07-26), so not on
  2012-03-01 nor on 2012-12-31. The inventory marks no later provision `same_as` it: R6133-20@2010-07-26.2
  « revises » it (`changed`), with its own rule.
- R6133-20@2010-07-26.2 « Elle se réunit de droit à la demande d'au moins un tiers de ses membres sur un ordre
  du jour déterminé » (in force on 2012-03-01): a request by 1 member of 4 is not a third (3 × 1 < 4), and the
  file gives the assembly no agenda: two conditions of that rule fail, and both are still said (its guard
  holds). « au moins une fois par an »: an assembly was held in 2012 (ag1, 2012-03-01) and the groupement was
  dissolved on that day (d1 on dissolution, all four members for): the 2010 rule of the annual assembly fails
  on both.

The reading: a failing condition on the law's data (text_period, provision_text, same_as: whynot_eval.law_facts)
is said as such (kind `law_data`, « les données du droit (gcs_reasoner/data/law) ne désignent aucune
disposition d'une version ultérieure comme reprenant les termes de la disposition … »), and, like a version
guard, ends its rule (Failure.guard): no further nor unchecked line. A rule whose guard holds still says
every condition that fails.
"""

from __future__ import annotations

import json

import gcs_reasoner as gcs
from gcs_reasoner.whynot import why_not

D1 = """groupement g "GCS Test" {
  as of 2013-06-01
  approved 2010-09-01
  seat "Rennes" region "Bretagne"
  capital none
  member a "CH A" { kind health_establishment sector public region "Bretagne" rights 25 }
  member b "CH B" { kind health_establishment sector public region "Bretagne" rights 25 }
  member c "CH C" { kind health_establishment sector public region "Bretagne" rights 25 }
  member d "CH D" { kind health_establishment sector public region "Bretagne" rights 25 }
  convention { vote_weight rights notice_days 10 }
  assembly ag1 on 2012-03-01 {
    convened_on 2012-02-01 by administrator
    requested_by a
    present a, b, c, d
    deliberation d1 on dissolution { for a, b, c, d }
  }
  assembly ag0 on 2011-03-01 {
    convened_on 2011-02-01 by administrator
    present a, b, c, d
    deliberation d1 on budget { for a, b, c, d }
  }
}
"""

REPEAT_FR = ("les données du droit (gcs_reasoner/data/law) ne désignent aucune disposition d'une version "
             "ultérieure comme reprenant les termes de la disposition R6133-12@2006-01-01.2")
REPEAT_EN = ("the law's data (gcs_reasoner/data/law) name no provision of a later version as repeating the words "
             "of provision R6133-12@2006-01-01.2")

_RESULT = {}


def _d1():
    if "r" not in _RESULT:
        _RESULT["r"] = gcs.reason(gcs.loads(D1, path="d1.gcs"), explain=True)
    return _RESULT["r"]


def _rule(w, file_part):
    [f] = [f for f in w.failures if file_part in f.rule.file]
    return f


def _aux(f, line):
    return [x for s in f.sub for x in s.failures if x.rule.file == "rules/time/in_force.lp" and x.rule.line == line]


def test_d1_annual_assembly_2006_rule_says_its_version_and_nothing_more():
    r = _d1()
    assert not r.holds("annual_assembly_missing(2012)")
    w = r.why_not("annual_assembly_missing(2012)", lang="fr")
    text = w.text("fr")
    old = _rule(w, "2006-01-01_R6133-12")
    assert old.guard and old.further == []
    [own] = _aux(old, 51)
    [repeat] = _aux(old, 56)
    assert own.kind == "in_force" and own.further == []
    assert "la version du 2006-01-01 de l'article R6133-12 n'est pas en vigueur le 31 décembre 2012" in own.words["fr"]
    assert "(en vigueur du 2006-01-01 au 2010-07-25; la version en vigueur ce jour-là est celle du 2010-07-26)" \
        in own.words["fr"]
    assert repeat.kind == "law_data" and repeat.guard and repeat.further == []
    assert repeat.words["fr"].startswith(REPEAT_FR), repeat.words["fr"]
    assert repeat.words["en"].startswith(REPEAT_EN), repeat.words["en"]
    # the finding: no unchecked line, and the law's data are not « le dossier »
    assert "n'a pas pu être vérifiée" not in text
    assert "le dossier n'indique pas que la disposition" not in text
    assert REPEAT_FR in text
    # positive anchor in the same run: the 2010 rule (its guard holds) still says both conditions that fail
    new = _rule(w, "2010-07-26_R6133-20")
    assert not new.guard
    assert new.ground == "not dissolved_by(2012-12-31)"
    assert [x.ground for x in new.further] == ["not assembly_in_year(2012)"]
    assert "échoue aussi: Une assemblée générale s'est réunie en 2012" in text


def test_d1_meeting_of_right_in_english():
    r = _d1()
    w = r.why_not("meeting_of_right(ag1)", lang="en")
    text = w.text("en")
    old = _rule(w, "2006-01-01_R6133-12")
    assert old.guard and old.further == []
    [repeat] = _aux(old, 56)
    assert repeat.kind == "law_data" and repeat.further == []
    assert REPEAT_EN in text
    assert "could not be checked" not in text
    assert "the file does not state that provision" not in text
    assert "is not in force on 1 March 2012" in text
    # positive anchor: the rule of 2010, guard in force, fails on the agenda AND on the third of the members
    new = _rule(w, "2010-07-26_R6133-20")
    assert not new.guard and new.ground == "agenda(ag1,_)"
    assert [x.ground for x in new.further] == ["(3*1) >= 4"]
    assert "also fails: the condition (3*1) >= 4 is not met" in text
    # JSON: the law's data have their own kind; no further entry under the guard
    d = json.loads(json.dumps(w.as_dict("fr")))
    [old_d] = [x for x in d["rules"] if "2006-01-01_R6133-12" in x["rule"]]
    assert "further" not in old_d
    kinds = [x["kind"] for s in old_d["because"] for x in s["rules"]]
    assert kinds == ["in_force", "law_data"]
    assert all("further" not in x for s in old_d["because"] for x in s["rules"])
    [new_d] = [x for x in d["rules"] if "2010-07-26_R6133-20" in x["rule"]]
    assert [x["kind"] for x in new_d["further"]] == ["comparison"]


def test_a_guard_failing_directly():
    """in_force_id asked itself: the rule reading the version fails on in_force (the version of 2006 is not in
    force on 2012-12-31), the rule of repeats on the law's data; neither says more."""
    r = _d1()
    w = r.why_not('in_force_id("R6133-12@2006-01-01.2", 2012-12-31)', lang="fr")
    [own] = [f for f in w.failures if f.rule.line == 51]
    [repeat] = [f for f in w.failures if f.rule.line == 56]
    assert own.kind == "in_force" and own.guard and own.further == []
    assert repeat.kind == "law_data" and repeat.guard and repeat.further == []
    text = w.text("fr")
    assert "n'a pas pu être vérifiée" not in text and "le dossier n'indique pas" not in text
    assert "n'est pas en vigueur le 31 décembre 2012" in text  # positive anchor
    # the guard of a later version that holds: asked, it holds (the 2010 version, in force that day)
    assert r.why_not('in_force_id("R6133-20@2010-07-26.2", 2012-12-31)').holds_now


def test_below_the_depth_shown_the_guard_is_said_as_a_version_not_in_force():
    """Below the depth shown, the guard in_force_id is said in the words of its version not in force (every
    rule concluding it fails so, the repeats' rule on the law's data included), not as « n'est pas établi »."""
    r = _d1()
    w = why_not(r, "annual_assembly_missing(2012)", depth=1)
    old = _rule(w, "2006-01-01_R6133-12")
    assert old.kind == "in_force" and old.further == []
    assert old.words["fr"].startswith("la version du 2006-01-01 de l'article R6133-12 n'est pas en vigueur le "
                                      "31 décembre 2012")
    new = _rule(w, "2010-07-26_R6133-20")  # positive anchor: the 2010 rule still says its two conditions
    assert [x.ground for x in new.further] == ["not assembly_in_year(2012)"]


def test_a_query_on_the_law_data_is_not_said_a_fact_of_the_file():
    r = _d1()
    none = r.why_not('same_as(_, "R6133-12@2006-01-01.2")', lang="fr")
    assert not none.holds_now
    assert "donnée du droit (gcs_reasoner/data/law)" in none.note
    assert "fait du dossier, que le dossier n'énonce pas" not in none.note
    # positive anchor: R6133-25@2017-04-28.2 repeats R6133-20@2010-07-26.2 (the inventory's same_as): stated, with
    # its line in the law's data
    some = r.why_not('same_as(_, "R6133-20@2010-07-26.2")', lang="en")
    assert some.holds_now
    assert 'same_as("R6133-25@2017-04-28.2", "R6133-20@2010-07-26.2") (gcs_reasoner/data/law/provisions.yaml, line' \
        in some.note
    assert "it is a datum of the law" in some.note and "a fact the file states" not in some.note
    # a fact of the file keeps its words
    member = r.why_not("withdrawal(a, _)", lang="fr")
    assert "c'est un fait du dossier, que le dossier n'énonce pas" in member.note
