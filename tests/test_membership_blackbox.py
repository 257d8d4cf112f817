"""Membership rules a black-box review of stop 21 found wanting; each test failed before its change.

R6133-5@2006-01-01 al. 2: « tout membre peut se retirer du groupement à l'expiration d'un exercice
budgétaire »: only a member withdraws. A member excluded before its withdrawal takes effect never
withdraws (and no avenant records a withdrawal that never happened, al. 4); a second notice repeats
the first intention and gives no second effect.
"""

import gcs_reasoner as gcs

GROUPEMENT = """groupement g "GCS Retrait" {{
  as of {as_of}
  approved 2006-03-01
  seat "Rouen" region "Haute-Normandie"
  member chu "CHU" {{ kind health_establishment sector public region "Haute-Normandie" rights 40 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Haute-Normandie" rights 30 }}
  member ch_x "CH X" {{ kind health_establishment sector public region "Haute-Normandie" rights 30 }}
  {more}
}}
"""

EXCLUSION = """assembly ag1 on 2007-11-20 {
    convened_on 2007-11-02 by administrator
    present chu, ch_b, ch_x
    deliberation d1 on exclusion of ch_x { for chu, ch_b  ground breach  heard ch_x }
  }
  withdrawal ch_x notified 2007-03-01"""


def conclusions(as_of: str, more: str) -> set[str]:
    result = gcs.reason(gcs.loads(GROUPEMENT.format(as_of=as_of, more=more), path="<test>"))
    return {str(c) for c in result.conclusions}


def test_no_withdrawal_for_a_member_excluded_before_it_takes_effect():
    found = conclusions("2008-03-01", EXCLUSION)
    assert "excluded(ch_x, 2007-11-20)" in found
    assert not any(c.startswith("withdrawal_effective") for c in found)
    assert "avenant_required(withdrawal:ch_x)" not in found
    assert "avenant_missing(withdrawal:ch_x)" not in found
    assert "avenant_required(exclusion:ch_x)" in found


def test_the_withdrawal_takes_effect_for_a_member_excluded_on_its_last_day():
    # excluded on 2007-12-31, a member until that day's end: both the exclusion and the withdrawal
    found = conclusions("2008-03-01", EXCLUSION.replace("2007-11-20", "2007-12-31").replace("2007-11-02", "2007-12-10"))
    assert "withdrawal_effective(ch_x, 2007-12-31)" in found


def test_a_second_notice_gives_no_second_effect():
    found = conclusions("2009-03-01", "withdrawal ch_x notified 2007-03-01\n  withdrawal ch_x notified 2007-09-01")
    assert {c for c in found if c.startswith("withdrawal_effective")} == {"withdrawal_effective(ch_x, 2007-12-31)"}
