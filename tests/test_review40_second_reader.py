"""Review 40 (round 16), fixer P: the readers of an erection that is not judged, and the day an avenant is missing.

The findings.
F1. Fixer L made an erection decided before the groupement's legal personality (or between the two texts' dates of it,
    or before L6133-7 of 2009) not judged (erection_unjudged / not_judged(erection, ...)). Some readers of the erection
    read the decision directly and were not guarded: with an approval published 2012-03-01 and a decision of
    2012-02-10 granting `chir` and erecting, the not-judged warning was given and no health_establishment/2, but
    missing_mention(eps_area_and_seat) was still drawn (R6133-1@2010-07-26.II.3: « Lorsque le groupement est érigé en
    établissement public de santé, la convention constitutive mentionne son ressort et son siège » read from `erected`),
    and the days the accounts are judged on (money_erected_on) took the erection as effective. In the same file
    recruitment_power(s1, director, administrator) (R6133-6@2010-07-26.4: « les compétences dévolues aux directeurs des
    établissements publics de santé sont assurées par l'administrateur du groupement ») was drawn, i.e. the groupement
    read as not erected, while erection_required (L6133-7: it must be erected, « ce qui n'a pas été fait ») was
    withheld because whether it was erected is open.
F3. An avenant for a convention change (R6133-1-1@2017-04-28.5: « Les avenants à la convention constitutive du
    groupement sont approuvés et publiés dans les mêmes conditions de forme que la convention constitutive »; R6133-11
    of 2006 al. 5 « Les avenants à la convention constitutive font l'objet d'une procédure identique ») was said
    missing on the very day of the deliberation, while the avenant of an exclusion decided at the same sitting
    (R6133-7@2010-07-26.IV: « donnent lieu à un avenant à la convention constitutive ») is missing only from the next
    day.

The reading. An erection that is not judged has an unknown effect: every reader of the erection goes through erects_on
(fixer L's auxiliary, which leaves out the unjudged decisions and those before 2009-07-23), so no mention, accounting
status or EPS consequence is drawn from it; and, as for an erection whose nature is undetermined
(staff_eps_governance), who holds the recruitment powers is left open (no recruitment_power) while such an erection
is on file by the as-of date; on a meeting day after such a decision public_means_gcs_on (the agent comptable's
attendance under R6133-4 of 2010 and 2024) is left open the same way. An avenant is missing only from the day after
the deliberation that calls for it (convention change, compliance, prorogation, seat transfer), as for an exclusion:
on the sitting's day the avenant may still be made that day. Anchors: an erection after legal personality keeps its
consequences; with no erection recruitment_power is drawn; the avenant is required on the day itself.
"""

import gcs_reasoner as gcs

A1 = """groupement g "GCS Test" {{
  as of 2013-06-01
  approved 2012-03-01
  seat "Nancy" region "Lorraine"
  capital none
  member a "CH A" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  ars_decision dec0 on 2012-02-01 by ars_director_general {{ approves convention }}
  ars_decision dec1 on {erected} by ars_director_general {{ {acts} }}
  authorisation chir care_activity "Chirurgie" held_by groupement until 2024-01-01
  staff s1 recruited medical
  convention {{
    object "Chirurgie"
    task_split
  }}
}}
"""

G2009 = """groupement g "GCS Chir" {{
  as of 2009-09-01
  approved 2008-05-10
  seat "Reims" region "Champagne-Ardenne"
  member a "CHU A" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Champagne-Ardenne" rights 40 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2009-01-10
  staff s1 recruited medical
{decisions}}}
"""

G2011 = """groupement g "GCS Test" {{
  as of 2011-06-01
  approved 2010-10-01
  seat "Nancy" region "Lorraine"
  capital none
  declared_nature public
  member a "CH A" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  authorisation chir care_activity "Chirurgie" held_by groupement until 2024-01-01
  ars_decision dec1 on {erected} by ars_director_general {{ {acts} }}
  assembly ag1 on 2011-03-01 {{
    convened_on 2011-02-10 by administrator
    present a, b
  }}
}}
"""

E1 = """groupement g "GCS Test" {{
  as of {as_of}
  approved 2015-03-02
  seat "Nancy" region "Grand Est"
  capital none
  declared_nature public
  member a "CH A" {{ kind health_establishment sector public region "Grand Est" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Grand Est" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Grand Est" rights 20 }}
  convention {{ vote_weight rights }}
  assembly ag1 on 2018-06-01 {{
    convened_on 2018-05-10 by administrator
    present a, b, c
    deliberation d1 on exclusion of c {{ for a, b ground breach heard c }}
    deliberation d2 on convention_change {{ for a, b, c }}
  }}
}}
"""


def run(text):
    return gcs.reason(gcs.loads(text, path="<second-reader>"), explain=True)


def got(res):
    return {str(c) for c in res.conclusions}


def warned(res):
    return {w.atom for w in res.warnings}


# --- F1: the mention of the EPS's area and seat, and the recruitment powers -------------------------------------

def test_erection_before_personality_no_eps_mention_nor_recruitment_power():
    res = run(A1.format(erected="2012-02-10", acts="grants chir erects"))
    c = got(res)
    assert "not_judged(erection_before_life, dec1, 2012-02-10)" in warned(res)
    assert "missing_mention(eps_area_and_seat)" not in c
    assert not any(x.startswith("recruitment_power(") for x in c)
    assert not any(x.startswith(("health_establishment(", "erection_required(")) for x in c)
    # anchors: the staff member's regime and the other II mentions of a groupement holding an authorisation
    assert "staff_regime(s1, r6152)" in c
    assert "missing_mention(activity_data)" in c
    assert "legal_personality_from(2012-03-01)" in c


def test_erection_after_personality_keeps_the_eps_mention():
    """Anchor: erected after the publication, the public health establishment's mention is owed."""
    res = run(A1.format(erected="2012-03-10", acts="grants chir erects"))
    c = got(res)
    assert "health_establishment(public, 2012-03-10)" in c
    assert "missing_mention(eps_area_and_seat)" in c
    # erected into a public health establishment: its director holds the powers
    assert not any(x.startswith("recruitment_power(") for x in c)
    assert "staff_regime(s1, r6152)" in c
    assert not any(w.startswith("not_judged(erection") for w in warned(res))


def test_no_erection_the_administrator_holds_the_powers():
    """Anchor: not erected at all, R6133-6 al. 4 gives the director's powers to the administrator."""
    res = run(A1.format(erected="2012-03-10", acts="grants chir"))
    c = got(res)
    assert "recruitment_power(s1, director, administrator)" in c
    assert "erection_required(chir)" in c
    assert "missing_mention(eps_area_and_seat)" not in c


def test_recruitment_power_names_the_text():
    res = run(A1.format(erected="2012-03-10", acts="grants chir"))
    node = next(x for x in res.conclusions if str(x) == "recruitment_power(s1, director, administrator)").explain()
    assert "administrateur du groupement" in node.text("fr")


# --- F1: an erection before L6133-7 of 2009, under R6133-9 of 2006 -------------------------------------------------

ERECT_0722 = "  ars_decision dec1 on 2009-07-22 by arh_director {\n    erects\n  }\n"
ERECT_0801 = "  ars_decision dec1 on 2009-08-01 by arh_director {\n    erects\n  }\n"


def test_erection_before_the_text_leaves_the_powers_open():
    res = run(G2009.format(decisions=ERECT_0722))
    c = got(res)
    assert "not_judged(erection, dec1, 2009-07-22)" in warned(res)
    assert not any(x.startswith("recruitment_power(") for x in c)
    assert "erection_required(chir)" not in c
    # anchor: the rules of the recruitment (R6133-9 of 2006 al. 4)
    assert "staff_rules(s1, r6152)" in c


def test_no_erection_2009_assembly_and_administrator_hold_the_powers():
    res = run(G2009.format(decisions=""))
    c = got(res)
    assert {"recruitment_power(s1, board, general_assembly)", "recruitment_power(s1, director, administrator)"} <= c
    assert "staff_rules(s1, r6152)" in c


def test_erection_after_the_text_the_eps_organs():
    res = run(G2009.format(decisions=ERECT_0801))
    c = got(res)
    assert "health_establishment(public, 2009-08-01)" in c
    assert not any(x.startswith("recruitment_power(") for x in c)
    assert "staff_rules(s1, r6152)" in c


# --- F1: the days the accounts are judged on -----------------------------------------------------------------------

def test_meeting_after_an_unjudged_erection_accountant_attendance_open():
    """R6133-4@2010-07-26.1: the agent comptable « assiste à l'assemblée générale » of a public GCS de moyens."""
    res = run(G2011.format(erected="2010-09-15", acts="grants chir erects"))
    c = got(res)
    assert "not_judged(erection_before_life, dec1, 2010-09-15)" in warned(res)
    assert "accountant_absent(ag1)" not in c
    # anchor: the assembly itself is judged
    assert "legal_personality_from(2010-10-01)" in c
    assert "gcs_kind(health_establishment)" in c


def test_meeting_not_erected_accountant_absent():
    """Anchor: not erected, a public GCS de moyens: the accountant's absence is said."""
    res = run(G2011.format(erected="2010-10-10", acts="grants chir"))
    assert "accountant_absent(ag1)" in got(res)


def test_meeting_after_erection_under_eps_rules_no_accountant_rule():
    """Anchor: erected after legal personality, EPS rules from 2011-01-01: no longer a GCS de moyens that day."""
    res = run(G2011.format(erected="2010-10-10", acts="grants chir erects"))
    c = got(res)
    assert "health_establishment(public, 2010-10-10)" in c
    assert "eps_budget_rules_from(2011-01-01)" in c
    assert "accountant_absent(ag1)" not in c


# --- F3: an avenant missing from the day after the deliberation -----------------------------------------------------

def test_avenant_not_missing_on_the_sitting_day():
    res = run(E1.format(as_of="2018-06-01"))
    c = got(res)
    assert "avenant_missing(convention_change)" not in c
    assert "avenant_missing(exclusion:c)" not in c
    # anchors: both avenants required that day
    assert {"avenant_required(convention_change)", "avenant_required(exclusion:c)"} <= c


def test_avenant_missing_the_next_day():
    res = run(E1.format(as_of="2018-06-02"))
    c = got(res)
    assert {"avenant_missing(convention_change)", "avenant_missing(exclusion:c)"} <= c


def test_avenant_of_the_sitting_day_records_the_change():
    text = E1.format(as_of="2018-06-10").replace(
        "  convention { vote_weight rights }",
        "  convention { vote_weight rights }\n  avenant v1 on 2018-06-01 for convention_change")
    c = got(run(text))
    assert "avenant_missing(convention_change)" not in c
    assert "avenant_required(convention_change)" in c


SITTING = """groupement g "GCS Test" {{
  as of {as_of}
  approved 2015-03-02
  seat "Nancy" region "Grand Est"
  capital none
  declared_nature public
  duration until 2019-12-31
  member a "CH A" {{ kind health_establishment sector public region "Grand Est" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Grand Est" rights 50 }}
  convention {{ vote_weight rights }}
  assembly ag1 on 2018-06-01 {{
    convened_on 2018-05-10 by administrator
    present a, b
    deliberation d1 on {matter} {{ for a, b }}
  }}
}}
"""


def test_compliance_and_prorogation_avenants_missing_from_the_next_day():
    """R6133-1-1@2017-04-28.5 (compliance), R6133-1@2017-04-28.I.1.5 (the duration, a prorogation)."""
    for matter, event in (("compliance", "compliance"), ("extension", "extension")):
        on_day = got(run(SITTING.format(as_of="2018-06-01", matter=matter)))
        assert f"avenant_required({event})" in on_day, matter  # anchor
        assert f"avenant_missing({event})" not in on_day, matter
        next_day = got(run(SITTING.format(as_of="2018-06-02", matter=matter)))
        assert f"avenant_missing({event})" in next_day, matter
