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


# Décret 2017-631 art. 7 al. 3: « Si, en application des dispositions de l'article L. 6133-2 … un
# membre du groupement de coopération sanitaire n'est plus autorisé à en faire partie, l'assemblée
# générale prononce son exclusion dans les conditions prévues à la convention constitutive. » The
# ground word `barred` (an extension) names that ground; R6133-7 III's grounds are not required.
BARRED = """groupement g "GCS Fournisseur" {{
  as of {as_of}
  approved {approved}
  seat "Bourges" region "Centre-Val de Loire"
  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 30 }}
  member fourn "Distrimed SAS" {{ kind other_care_organisation sector private region "Centre-Val de Loire" profit_supplier products authorised {approved} rights 10 }}
  convention {{ vote_weight rights notice_days 10 meeting_days 30 }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on exclusion of fourn {{ for ch_bourges, ch_vierzon  {ground}  heard fourn }}
  }}
}}
"""


def barred(ground: str, day: str = "2018-03-15", approved: str = "2012-03-01", as_of: str = "2018-06-01") -> set[str]:
    text = BARRED.format(ground=ground, day=day, approved=approved, as_of=as_of, convened=day[:8] + "01")
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions
            if "fourn" in str(c) and c.predicate in ("excluded", "exclusion_invalid", "exclusion_required")}


def test_an_exclusion_ordered_by_the_2017_decree_rests_on_the_ground_barred():
    assert barred("ground barred") == {"excluded(fourn, 2018-03-15)"}


def test_without_a_ground_the_exclusion_has_none():
    assert "exclusion_invalid(fourn, no_ground)" in barred("")


def test_the_ground_barred_before_the_decree_is_no_ground():
    # 2016: L6133-2 of 2017 does not exist yet, nor does the decree's art. 7
    assert "exclusion_invalid(fourn, no_ground)" in barred("ground barred", day="2016-03-15", as_of="2016-06-01")
