"""A withdrawal the dissolution overtakes is said (R6133-5 of 2006 al. 2, R6133-7 of 2010 II: « tout membre peut se
retirer du groupement à l'expiration d'un exercice budgétaire, sous réserve qu'il ait notifié au groupement son
intention au moins six mois avant la fin de l'exercice »). A groupement dissolved by the end of the budget year at
whose expiry the withdrawal would have taken effect is no longer executing its convention: the withdrawal takes no
effect (no withdrawal_effective, as before), and a warning at the notice's line now says so, whether the notice came
before the dissolution or after it.
"""

import gcs_reasoner as gcs

BASE = """groupement g "GCS Test" {
  as of %(as_of)s
  approved 2006-03-15
  member a "A" { kind health_establishment sector public rights 1 }
  member b "B" { kind health_establishment sector private rights 1 }
  member c "C" { kind health_establishment sector private rights 1 }
  administrator a elected 2006-03-20
  assembly ag1 on 2008-06-01 {
    convened_on 2008-05-15 by administrator
    present a, b, c
    deliberation d1 on %(matter)s { for a, b, c }
  }
  %(dissolution)s
  withdrawal c notified %(notified)s
}
"""


def _reason(notified, dissolved=True, as_of="2010-03-30"):
    text = BASE % {"as_of": as_of, "notified": notified, "matter": "dissolution" if dissolved else "budget",
                   "dissolution": "dissolution by ag1.d1 notified 2008-06-10" if dissolved else ""}
    return gcs.reason(gcs.loads(text, path="<stop34>"))


def _no_effect(result):
    return [(w.line, w.message) for w in result.warnings if w.code == "no_effect"]


def test_a_notice_after_the_dissolution_takes_no_effect_and_says_so():
    r = _reason("2008-09-15")
    found = {str(c) for c in r.conclusions}
    assert "dissolution_required(assembly_decision)" in found
    assert not any(c.startswith("withdrawal_effective(c") for c in found)
    said = _no_effect(r)
    assert len(said) == 1 and said[0][0] == 14  # the notice's line
    assert "dissolved" in said[0][1] and "C" in said[0][1]


def test_a_notice_the_dissolution_overtakes_before_the_year_end_says_so():
    r = _reason("2008-03-01")  # in time for 2008-12-31, the groupement dissolved from 2008-06-02
    assert not any(str(c).startswith("withdrawal_effective(c") for c in r.conclusions)
    assert len(_no_effect(r)) == 1


def test_without_dissolution_the_withdrawal_takes_effect_and_nothing_is_said():
    r = _reason("2008-03-01", dissolved=False)
    assert "withdrawal_effective(c, 2008-12-31)" in {str(c) for c in r.conclusions}
    assert _no_effect(r) == []


def test_the_warning_is_the_same_with_explanations():
    plain = _reason("2008-09-15")
    traced = gcs.reason(plain.scenario, explain=True)
    assert _no_effect(traced) == _no_effect(plain)
