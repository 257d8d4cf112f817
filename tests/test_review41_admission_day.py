"""Review 41 (round 17), fixer C, finding 3: the day from which an admission is done, for its avenant.

The texts. R6133-5 of 2006 al. 1 (R6133-7 I of 2010): « Après sa constitution, le groupement peut admettre de nouveaux
membres, par décision de l'assemblée générale. Cette décision est requise à l'égard de tout nouvel établissement de
santé constitué par absorption ou par fusion ... »; al. 4 (R6133-7 IV of 2010): « L'adhésion d'un nouveau membre, le
retrait et l'exclusion d'un membre donnent lieu à un avenant à la convention constitutive. » No text dates the effect
of an admission, nor makes it wait for the avenant or its approval: the avenant follows the movement.

The finding. movement_done(admission(M)) read a declared member's joining J as done on J itself (J <= D), while an
admission of a new establishment decided on X (X < D), a withdrawal taking effect at E (E < D) and an exclusion
pronounced on X (X < D) are done from the day after; so the avenant of a joining was said missing on the joining's
own day, when the project reads every avenant as missing only from the day after the event that calls for it (README,
review 40: « on the sitting's day the avenant may still be made that day »).

The reading. The four movements are done, for their avenant, from the day after their date (movement_date): the
joining the file dates, the decision admitting a new establishment, the withdrawal's year end, the exclusion's
pronouncement. The membership itself is unchanged: a member that joined on J is one from the start of J (member_on),
so a joining no valid decision admitted is irregular on J itself (membership_invalid reads the joining date, J <= D,
not movement_done).
"""

import gcs_reasoner as gcs

JOINED = """groupement g "GCS J" {
  as of AS_OF
  approved 2006-02-10
  seat "Dijon" region "Bourgogne"
  member a "CH A" { kind health_establishment sector public region "Bourgogne" rights 40 }
  member b "CH B" { kind health_establishment sector public region "Bourgogne" rights 30 }
  member c "CH C" { kind health_establishment sector public region "Bourgogne" rights 20 }
  member n "CH N" { kind health_establishment sector public region "Bourgogne" rights 10 joined 2008-03-01 }
  member m "CH M" { kind health_establishment sector public region "Bourgogne" rights 10 joined 2008-03-01 }
  assembly ag1 on 2008-02-01 {
    convened_on 2008-01-15 by administrator
    present a, b, c
    deliberation d1 on admission of n { for a, b, c }
  }
}
"""

MERGER = """groupement g "GCS M" {
  as of AS_OF
  approved 2006-02-10
  seat "Cannes" region "Provence-Alpes-Côte d'Azur"
  member ch_cannes "CH de Cannes" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }
  member ch_grasse "CH de Grasse" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 30 }
  member ch_antibes "CH d'Antibes" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 20 }
  member ehpad "EHPAD" { kind medico_social_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 10 }
  member ch_ouest "CH Ouest" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 70 joined 2008-01-01 }
  assembly ag2008 on 2008-02-20 {
    convened_on 2008-02-01 by administrator
    present ch_antibes, ehpad
    deliberation d1 on admission of ch_ouest { for ch_antibes, ehpad }
  }
  merger ch_ouest of ch_cannes, ch_grasse on 2008-01-01
}
"""


def run(template, as_of, extra=""):
    text = template.replace("AS_OF", as_of)
    if extra:
        text = text.rstrip().rstrip("}") + extra + "\n}\n"
    return gcs.reason(gcs.loads(text, path="<review41>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


# --- a joining the file dates: J = 2008-03-01 -------------------------------------------------------------------

def test_on_the_joining_day_the_avenant_is_not_missing_yet():
    found = conclusions(run(JOINED, "2008-03-01"))
    assert "member(n)" in found  # anchor: a member from the start of its joining day
    assert "avenant_required(admission:n)" in found
    assert "avenant_missing(admission:n)" not in found


def test_the_day_after_the_joining_the_avenant_is_missing():
    found = conclusions(run(JOINED, "2008-03-02"))
    assert "member(n)" in found
    assert "avenant_missing(admission:n)" in found


def test_an_avenant_dated_the_joining_day_records_it():
    found = conclusions(run(JOINED, "2008-03-02", "  avenant av1 on 2008-03-01 for admission of n"))
    assert "member(n)" in found  # anchor
    assert "avenant_missing(admission:n)" not in found
    assert "avenant_missing(admission:m)" in found  # the other joining, no avenant for it


def test_a_joining_no_decision_admitted_is_irregular_on_its_own_day():
    # the membership is the state at the start of a day: m is a member on 2008-03-01, with no decision admitting it
    found = conclusions(run(JOINED, "2008-03-01"))
    assert "member(m)" in found  # anchor
    assert "membership_invalid(m, not_admitted_by_assembly)" in found
    assert "membership_invalid(n, not_admitted_by_assembly)" not in found  # n was admitted on 2008-02-01
    assert "avenant_missing(admission:m)" not in found  # its avenant: from the next day


def test_before_the_joining_nothing_is_said_of_it():
    found = conclusions(run(JOINED, "2008-02-29"))
    assert "member(a)" in found  # anchor
    assert "member(m)" not in found
    assert "membership_invalid(m, not_admitted_by_assembly)" not in found
    assert "avenant_missing(admission:m)" not in found


# --- a new establishment admitted by the decision of X = 2008-02-20 ----------------------------------------------

def test_on_the_day_of_the_decision_the_avenant_is_not_missing_yet():
    found = conclusions(run(MERGER, "2008-02-20"))
    assert "avenant_required(admission:ch_ouest)" in found  # anchor: owed from the decision
    assert "avenant_missing(admission:ch_ouest)" not in found
    assert "member(ch_ouest)" not in found  # a member from the day after the decision


def test_the_day_after_the_decision_the_avenant_is_missing():
    found = conclusions(run(MERGER, "2008-02-21"))
    assert "member(ch_ouest)" in found
    assert "avenant_missing(admission:ch_ouest)" in found
