"""Review 39 (round 15), fixer K: the duration of the groupement, the avenant a prorogation owes, and a convention
change in the window of the 2017 compliance.

1. The default duration (reviewer 5's finding 1, not taken). R6133-4 of 2006: « A défaut de mention contraire de la
   convention constitutive, le groupement est constitué pour une durée indéterminée. » R6133-1 of 2010 I 5°: « 5° La
   durée du groupement. A défaut, il est constitué pour une durée indéterminée ». The contract gives the `duration`
   statement the default « indefinite (R6133-4) »: a file without it describes a groupement of indefinite duration,
   whatever its mentions. The mention `duration` (part 2, §4, 5°) says the convention has the clause 5° asks for,
   which may well state an indefinite duration; it does not say that a term was fixed. So a file listing the mention
   and stating no duration keeps groupement_duration(indefinite).

2. The avenant of a prorogation. R6133-1 of 2010 I 5° makes the duration a mention the convention must carry; a valid
   prorogation (18° of R6133-21 of 2010, of R6133-26 of 2017) of a fixed term changes what that mention says. As for
   the seat (1°, avenant_required(seat_transfer)), the convention is changed by an avenant, « approuvés et publiés
   dans les mêmes conditions de forme que la convention constitutive » (R6133-1-1 of 2010 al. 3, of 2017 al. 5).
   Reading: avenant_required(extension) under the text of the deliberation's date, from 2010-07-26 (R6133-1 of 2006
   lists no duration: nothing drawn before), and avenant_missing(extension) when the file records no avenant
   `for convention_change` on or after the deliberation (the language names no avenant event for a prorogation).

3. A convention change in the window of the compliance. Décret n° 2017-631 art. 7 al. 2: « Au plus tard six mois
   avant l'expiration de ce délai, l'assemblée générale des membres du groupement prend une décision mettant la
   convention constitutive en conformité avec les dispositions dudit décret. » A valid (or undecided) deliberation
   `on convention_change` of an assembly held from 2017-04-28 to 2019-07-01 may be that decision; the file does not
   say. Reading: compliance_decision_missing is then not drawn, and missing_fact(compliance_decision, groupement,
   compliance_change) says why.
"""

import gcs_reasoner as gcs

MENTIONS = """mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules, participation_percentages"""

# /tmp/rv5/d1.gcs (as of 2012-06-01) and d2.gcs (as of 2008-06-01, approved 2007-03-02)
D1 = f"""groupement g "GCS Durée" {{
  as of 2012-06-01
  approved 2011-03-02
  seat "Nancy" region "Lorraine"
  capital none
  declared_nature public
  member a "CH A" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  convention {{
    {MENTIONS}
  }}
}}
"""
D2 = D1.replace("as of 2012-06-01", "as of 2008-06-01").replace("approved 2011-03-02", "approved 2007-03-02")

UNKNOWN = "missing_fact(groupement_duration,groupement,duration)"


def reason(text):
    return gcs.reason(gcs.loads(text), explain=True)


def warnings(res):
    return {w.atom.replace(", ", ",") for w in res.warnings}


def conclusion(res, text):
    found = [c for c in res.conclusions if c.text == text]
    return found[0] if found else None


# --- 1: the mention `duration` without its value ------------------------------------------------------------


def test_mentioned_duration_without_value_takes_the_contract_default():
    for text in (D1, D2):
        res = reason(text)
        assert res.holds("groupement_duration(indefinite)")
        assert UNKNOWN not in warnings(res)
        assert not res.holds("missing_mention(duration)")
        assert res.holds("member(a)")  # anchor


def test_convention_silent_on_duration_keeps_the_default():
    # the convention does not mention a duration, the file states none: « A défaut »
    res = reason(D1.replace(" duration,", ""))
    indefinite = conclusion(res, "groupement_duration(indefinite)")
    assert indefinite is not None
    assert "R6133-1@2010-07-26.I.1.5" in indefinite.provisions
    assert res.holds("missing_mention(duration)")
    assert UNKNOWN not in warnings(res)
    res = reason(D2.replace(" duration,", ""))
    indefinite = conclusion(res, "groupement_duration(indefinite)")
    assert indefinite is not None
    assert indefinite.provisions == ["R6133-4@2006-01-01"]
    assert UNKNOWN not in warnings(res)


def test_no_convention_block_keeps_the_default():
    text = D1.replace(f"  convention {{\n    {MENTIONS}\n  }}\n", "")
    assert "convention {" not in text
    res = reason(text)
    assert res.holds("groupement_duration(indefinite)")
    assert UNKNOWN not in warnings(res)


def test_mentioned_duration_with_its_value():
    res = reason(D1.replace("  capital none\n", "  capital none\n  duration indefinite\n"))
    assert res.holds("groupement_duration(indefinite)")
    assert UNKNOWN not in warnings(res)
    res = reason(D1.replace("  capital none\n", "  capital none\n  duration until 2030-12-31\n"))
    assert res.holds("groupement_duration(2030-12-31)")
    assert not res.holds("groupement_duration(indefinite)")
    assert UNKNOWN not in warnings(res)
    res = reason(D2.replace("  capital none\n", "  capital none\n  duration until 2030-12-31\n"))
    assert res.holds("groupement_duration(2030-12-31)")
    assert UNKNOWN not in warnings(res)


# --- 2: the avenant a prorogation owes ---------------------------------------------------------------------

# /tmp/rv5/c3.gcs: a fixed term (2015-12-31), a valid prorogation on 2014-06-01
C3 = f"""groupement g "GCS Test" {{
  as of 2015-06-01
  approved 2012-03-02
  seat "Nancy" region "Lorraine"
  capital none
  declared_nature public
  duration until 2015-12-31
  member a "CH A" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  convention {{
    vote_weight rights
    notice_days 15
    meeting_days 30
    {MENTIONS}
    attached budget_forecast, financial_balance
  }}
  assembly ag1 on 2014-06-01 {{
    convened_on 2014-05-10 by administrator
    present a, b
    deliberation d1 on extension {{ for a, b }}
  }}
}}
"""


def test_valid_prorogation_owes_an_avenant():
    res = reason(C3)
    assert res.holds("deliberation_valid(ag1, d1)")
    required = conclusion(res, "avenant_required(extension)")
    assert required is not None
    assert required.provisions == ["R6133-1@2010-07-26.I.1.5", "R6133-1-1@2010-07-26.3"]
    assert "doit être modifiée par un avenant" in required.sentence("fr")
    missing = conclusion(res, "avenant_missing(extension)")
    assert missing is not None
    assert missing.provisions == ["R6133-1@2010-07-26.I.1.5"]
    # the new term is still not known
    assert "missing_fact(groupement_duration,groupement,new_term)" in warnings(res)


def test_prorogation_of_2017_cites_the_2017_texts():
    text = (C3.replace("as of 2015-06-01", "as of 2018-06-01").replace("2015-12-31", "2017-12-31")
            .replace("ag1 on 2014-06-01", "ag1 on 2017-06-01").replace("2014-05-10", "2017-05-10"))
    res = reason(text)
    required = conclusion(res, "avenant_required(extension)")
    assert required is not None
    assert required.provisions == ["R6133-1@2017-04-28.I.1.5", "R6133-1-1@2017-04-28.5"]
    assert res.holds("avenant_missing(extension)")


def test_avenant_on_record_after_the_prorogation():
    res = reason(C3.replace("  }\n}\n", "  }\n  avenant av1 on 2014-07-01 for convention_change\n}\n"))
    assert res.holds("avenant_required(extension)")  # anchor
    assert not res.holds("avenant_missing(extension)")


def test_avenant_before_the_prorogation_does_not_record_it():
    res = reason(C3.replace("  }\n}\n", "  }\n  avenant av1 on 2013-07-01 for convention_change\n}\n"))
    assert res.holds("avenant_required(extension)")
    assert res.holds("avenant_missing(extension)")


def test_prorogation_not_adopted_owes_nothing():
    res = reason(C3.replace("deliberation d1 on extension { for a, b }",
                            "deliberation d1 on extension { for a  against b }"))
    assert any(c.text.startswith("deliberation_invalid(ag1, d1,") for c in res.conclusions)  # anchor
    assert not res.holds("avenant_required(extension)")
    assert not res.holds("avenant_missing(extension)")


def test_prorogation_of_an_indefinite_duration_owes_nothing():
    res = reason(C3.replace("duration until 2015-12-31", "duration indefinite"))
    assert res.holds("deliberation_valid(ag1, d1)")  # anchor
    assert res.holds("groupement_duration(indefinite)")
    assert not res.holds("avenant_required(extension)")
    assert not res.holds("avenant_missing(extension)")


def test_prorogation_under_the_2006_texts_draws_nothing():
    # R6133-1 of 2006 does not list the duration among the mentions: no avenant drawn for a prorogation of 2008
    text = (C3.replace("as of 2015-06-01", "as of 2009-01-01").replace("approved 2012-03-02", "approved 2007-03-02")
            .replace("2015-12-31", "2008-12-31").replace("ag1 on 2014-06-01", "ag1 on 2008-06-01")
            .replace("2014-05-10", "2008-05-10"))
    res = reason(text)
    assert res.holds("deliberation_valid(ag1, d1)")  # anchor
    assert "missing_fact(groupement_duration,groupement,new_term)" in warnings(res)
    assert not res.holds("avenant_required(extension)")
    assert not res.holds("avenant_missing(extension)")


# --- 3: a convention change in the window of the 2017 compliance --------------------------------------------

# /tmp/rv5/c1.gcs: approved 2015, every 2017 mention listed, a valid unanimous convention change on 2018-06-01
C1 = """groupement g "GCS Test" {
  as of 2019-08-01
  approved 2015-03-02
  seat "Nancy" region "Lorraine"
  capital none
  declared_nature public
  member a "CH A" { kind health_establishment sector public region "Lorraine" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Lorraine" rights 50 }
  convention {
    vote_weight rights
    notice_days 15
    meeting_days 30
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available, staff_rules,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules
    attached budget_forecast, financial_balance
  }
  assembly ag1 on 2018-06-01 {
    convened_on 2018-05-10 by administrator
    present a, b
    deliberation d1 on convention_change { for a, b }
    deliberation d2 on budget { for a, b }
  }
  avenant av1 on 2018-06-15 for convention_change submitted_on 2018-06-20 approved_on 2018-07-10 published_on 2018-07-15
}
"""
OPEN = "missing_fact(compliance_decision,groupement,compliance_change)"


def test_convention_change_in_the_window_leaves_the_decision_open():
    res = reason(C1)
    assert res.holds("compliance_decision_due(2019-07-01)")  # anchor
    assert res.holds("deliberation_valid(ag1, d1)")
    assert not res.holds("compliance_decision_missing")
    assert OPEN in warnings(res)
    [w] = [w for w in res.warnings if w.atom.replace(", ", ",") == OPEN]
    assert "votée entre le 28 avril 2017 et le 1er juillet 2019" in w.message_fr
    assert "@" not in w.message_fr and "@" not in w.message


def test_no_convention_change_the_decision_is_missing():
    text = C1.replace("    deliberation d1 on convention_change { for a, b }\n", "").replace(
        "  avenant av1 on 2018-06-15 for convention_change submitted_on 2018-06-20 approved_on 2018-07-10 "
        "published_on 2018-07-15\n", "")
    res = reason(text)
    assert res.holds("deliberation_valid(ag1, d2)")  # anchor
    assert res.holds("compliance_decision_missing")
    assert OPEN not in warnings(res)


def test_convention_change_not_adopted_does_not_count():
    res = reason(C1.replace("deliberation d1 on convention_change { for a, b }",
                            "deliberation d1 on convention_change { for a  against b }"))
    assert any(c.text.startswith("deliberation_invalid(ag1, d1,") for c in res.conclusions)  # anchor
    assert res.holds("compliance_decision_missing")
    assert OPEN not in warnings(res)


def test_convention_change_after_1_july_2019_does_not_count():
    text = (C1.replace("as of 2019-08-01", "as of 2019-09-01").replace("ag1 on 2018-06-01", "ag1 on 2019-07-15")
            .replace("2018-05-10", "2019-06-20").replace("av1 on 2018-06-15", "av1 on 2019-07-20")
            .replace("submitted_on 2018-06-20 approved_on 2018-07-10 published_on 2018-07-15", "submitted_on 2019-07-25"))
    res = reason(text)
    assert res.holds("deliberation_valid(ag1, d1)")  # anchor
    assert res.holds("compliance_decision_missing")
    assert OPEN not in warnings(res)


def test_compliance_deliberation_in_time_no_question():
    res = reason(C1.replace("deliberation d1 on convention_change", "deliberation d1 on compliance"))
    assert res.holds("deliberation_valid(ag1, d1)")  # anchor
    assert not res.holds("compliance_decision_missing")
    assert OPEN not in warnings(res)
