"""Review 40 (round 16), fixer I: the convention's mentions and avenants (reviewer 7).

F1 (the sentence of a transfer of the seat decided by a majority). R6133-14@2006-01-01.2: « Dans les matières définies
aux 5° et 6° de l'article R. 6133-13, les délibérations doivent être adoptées à l'unanimité des membres présents ou
représentés. » (the transfer, a change of the convention, until 2010-07-25); R6133-21@2010-07-26.II.1 and
R6133-26@2017-04-28.II.1: « Dans les autres matières, sauf mention contraire de la convention constitutive, les
délibérations sont adoptées si elles recueillent la majorité des voix des membres présents ou représentés. » The
explanation of a transfer decided from 2010-07-26 said it was « adoptée à l'unanimité des membres présents ou
représentés » though a member voted against. Reading: the transfer decided under the 2010/2017 rule has its own
sentence (transfer_by_majority: « adoptée à la majorité que requiert la matière sur laquelle elle porte »), the 2006
one keeps the unanimity (transfer_unanimous).

F2 (« le cas échéant » on the day the mentions are judged). R6133-1@2014-09-15.II.1: « La convention constitutive
indique, le cas échéant, la vocation du groupement à détenir une autorisation d'activité de soins. » A dissolved
groupement's mentions are judged under the texts of the day its dissolution is judged on (mentions_day, review 39).
Reading: the conditions of II (a care-activity authorisation held, the groupement erected) and IV of 2017 (a
blood-depot authorisation held) are read on that same day, not on a later as-of date when the authorisation has
expired in liquidation.

F3 (décret 2017-631 art. 7 on the judged day). « les groupements de coopération sanitaire régulièrement constitués
avant la date de publication dudit décret se mettent en conformité au plus tard au 1er janvier 2020 ». The README
(review 36) reads 1 January 2020 as the last day to comply: on 2020-01-01 the added mentions are not yet missing.
Reading: the test is on the day the mentions are judged on (mentions_day), not the as-of date: a groupement whose
term is 2020-01-01 (dissolved from 2020-01-02, judged on 2020-01-01) does not owe them; one judged on 2020-01-02 does.

F5 (a doubtful text about a convention the file does not describe). R6133-12@2010-07-26.II.1: « Lorsqu'un groupement
de coopération sanitaire se crée en ayant pour objet notamment d'être titulaire d'une autorisation d'activités de
soins ». Reading: the warning that the convention does not state the vocation needs a `convention` block; the single
act is drawn either way.

F6 (the avenant of a change of the convention). R6133-11@2006-01-01.5: « Les avenants à la convention constitutive
font l'objet d'une procédure identique. »; R6133-1-1@2010-07-26.3 and @2017-04-28.5: « Les avenants à la convention
constitutive du groupement sont approuvés et publiés dans les mêmes conditions de forme que la convention
constitutive. »; R6133-1@2006-01-01 last al.: « La convention constitutive peut faire l'objet d'avenants. »;
décret 2017-631 art. 7 al. 2: « l'assemblée générale des membres du groupement prend une décision mettant la
convention constitutive en conformité ». Reading: a valid deliberation `on convention_change` (from 2006-01-01: the
2006 texts already govern the avenant) or `on compliance` changes the convention, which changes only by an avenant:
avenant_required(convention_change) / avenant_required(compliance), and avenant_missing(...) when the file records
no avenant `for convention_change` dated on or after the deliberation. Not for a deliberation whose validity is
undecided, invalid, held once the groupement is dissolved, nor for a `convention_change` deliberation deciding a
transfer of the seat (its avenant is avenant_required(seat_transfer)).
"""

import gcs_reasoner as gcs

MEMBERS3 = """
  member a "CH A" { kind health_establishment sector public region "Bretagne" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Bretagne" rights 30 }
  member c "CH C" { kind health_establishment sector public region "Normandie" rights 20 }
"""
MEMBERS2 = """
  member a "CH A" { kind health_establishment sector public region "Bretagne" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Bretagne" rights 50 }
"""
CONV = """
  convention {
    object "Imagerie"
    task_split
    mentions name_and_seat, members, legal_nature, rights_rules, duration,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention,
             accounting_regime, property_made_available, powers_split, liquidation_rules
    notice_days 15
    meeting_days 30
    vote_weight rights
  }
"""


def reason(text):
    return gcs.reason(gcs.loads(text), explain=True)


def find(res, atom):
    found = [c for c in res.conclusions if c.text == atom]
    assert found, f"{atom} not drawn"
    return found[0]


# --- F1: the transfer's sentence ------------------------------------------------------------------------------

SEAT = """groupement g "GCS G" {{
  as of {asof}
  approved 2009-06-01
  seat "Rennes" region "Bretagne"
  capital none
  running_costs no
  {members}
  {conv}
  administrator a elected {elected} until {until}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present a, b, c
    deliberation d1 on seat_transfer {{ {votes} }}
  }}
  seat_transfer to "Caen" region "Normandie" by ag1.d1
}}
"""


def seat(asof, day, convened, votes, elected="2009-06-15", until="2012-06-14"):
    return SEAT.format(asof=asof, day=day, convened=convened, votes=votes, members=MEMBERS3, conv=CONV,
                       elected=elected, until=until)


UNANIMOUS_WORDS = "par une délibération valable de l'assemblée générale ag1, adoptée à l'unanimité"
MAJORITY_WORDS = "adoptée à la majorité que requiert la matière sur laquelle elle porte"


def test_transfer_by_majority_2010_is_not_said_unanimous():
    # /tmp/r40/rv7/seat_2010-07-26.gcs: b voted against
    res = reason(seat("2011-01-10", "2010-07-26", "2010-07-01", "for a, c  against b"))
    text = find(res, "avenant_required(seat_transfer)").explain().text("fr")
    assert MAJORITY_WORDS in text
    assert UNANIMOUS_WORDS not in text


def test_transfer_by_majority_2018_is_not_said_unanimous():
    # /tmp/r40/rv7/seat_2018.gcs (R6133-26@2017-04-28.II.1)
    res = reason(seat("2018-06-01", "2018-03-01", "2018-02-01", "for a, c  against b",
                      elected="2017-06-15", until="2020-06-14"))
    text = find(res, "avenant_required(seat_transfer)").explain().text("fr")
    assert MAJORITY_WORDS in text
    assert UNANIMOUS_WORDS not in text


def test_unanimous_transfer_2009_keeps_the_unanimity_sentence():
    res = reason(seat("2010-01-10", "2009-09-01", "2009-08-01", "for a, b, c"))
    text = find(res, "avenant_required(seat_transfer)").explain().text("fr")
    assert UNANIMOUS_WORDS in text
    assert MAJORITY_WORDS not in text


def test_transfer_by_majority_2009_is_not_decided():
    res = reason(seat("2010-01-10", "2009-09-01", "2009-08-01", "for a, c  against b"))
    assert not res.holds("avenant_required(seat_transfer)")
    assert res.holds("seat_transfer_invalid(deliberation_invalid)")  # anchor: unanimity required until 2010-07-25


# --- F2: « le cas échéant » on the judged day -------------------------------------------------------------------

DISS_CARE = """groupement g "GCS G" {{
  as of {asof}
  approved 2012-06-01
  seat "Rennes" region "Bretagne"
  capital none
  running_costs no
  declared_nature public
  {members}
  {conv}
  administrator a elected 2013-06-15 until 2016-06-14
  authorisation irm care_activity "Imagerie" held_by groupement granted 2013-01-01 until 2016-12-31
  ars_decision dec1 on 2013-01-01 by ars_director_general {{ erects }}
  {dissolution}
}}
"""
DISSOLUTION = """assembly ag1 on 2015-06-01 {
    convened_on 2015-05-01 by administrator
    present a, b
    deliberation d1 on dissolution { for a, b }
  }
  dissolution by ag1.d1 notified 2015-06-05"""

CARE_MENTIONS = ["authorisation_vocation", "authorisations_held", "activity_data", "establishment_obligations",
                 "haemovigilance"]


def diss_care(asof, dissolved=True):
    return DISS_CARE.format(asof=asof, members=MEMBERS2, conv=CONV, dissolution=DISSOLUTION if dissolved else "")


def test_dissolved_care_groupement_keeps_its_conditional_mentions_after_the_authorisation_expired():
    # /tmp/r40/rv7/diss_care_2016-06-01.gcs and diss_care_2018-01-01.gcs
    for asof in ("2016-06-01", "2018-01-01"):
        res = reason(diss_care(asof))
        assert res.holds("dissolved_on(assembly_decision, 2015-06-02)")  # anchor
        for m in CARE_MENTIONS:
            assert res.holds(f"missing_mention({m})"), (asof, m)
        # erected on the judged day: the mention of II 3° too
        assert res.holds("missing_mention(eps_area_and_seat)"), asof


def test_living_groupement_whose_authorisation_expired_owes_no_conditional_mention():
    res = reason(diss_care("2018-01-01", dissolved=False))
    assert res.holds("member(a)")  # anchor
    assert res.holds("missing_mention(participation_percentages)")  # anchor: the mentions are judged
    for m in CARE_MENTIONS:
        assert not res.holds(f"missing_mention({m})"), m


def test_living_groupement_holding_the_authorisation_owes_them():
    res = reason(diss_care("2016-06-01", dissolved=False))
    for m in CARE_MENTIONS:
        assert res.holds(f"missing_mention({m})"), m


BLOOD = """groupement g "GCS G" {{
  as of {asof}
  approved 2017-06-01
  seat "Rennes" region "Bretagne"
  capital none
  running_costs no
  declared_nature public
  {members}
  {conv}
  administrator a elected 2017-06-15 until 2020-06-14
  authorisation dep blood_depot "Dépôt" held_by groupement granted 2017-09-01 until 2019-12-31
  {dissolution}
}}
"""
BLOOD_DISSOLUTION = """assembly ag1 on 2018-06-01 {
    convened_on 2018-05-01 by administrator
    present a, b
    deliberation d1 on dissolution { for a, b }
  }
  dissolution by ag1.d1 notified 2018-06-05"""


def test_dissolved_blood_depot_holder_keeps_its_vocation_mention():
    res = reason(BLOOD.format(asof="2021-01-01", members=MEMBERS2, conv=CONV, dissolution=BLOOD_DISSOLUTION))
    assert res.holds("dissolved_on(assembly_decision, 2018-06-02)")  # anchor
    assert res.holds("missing_mention(blood_depot_vocation)")


def test_living_groupement_whose_depot_authorisation_expired_owes_no_depot_mention():
    res = reason(BLOOD.format(asof="2021-01-01", members=MEMBERS2, conv=CONV, dissolution=""))
    assert res.holds("member(a)")  # anchor
    assert res.holds("missing_mention(staff_rules)")  # anchor: the 2017 mentions are owed
    assert not res.holds("missing_mention(blood_depot_vocation)")


# --- F3: the 2017 additions on the judged day ---------------------------------------------------------------------

TERM = """groupement g "GCS G" {{
  as of {asof}
  approved 2015-06-01
  seat "Rennes" region "Bretagne"
  capital none
  running_costs no
  duration until {until}
  {members}
  {conv}
}}
"""


def term(asof, until):
    return TERM.format(asof=asof, until=until, members=MEMBERS2, conv=CONV.replace(" duration,", ""))


def test_term_on_2020_01_01_judged_that_day_owes_no_addition():
    # /tmp/r40/rv7/term20_2021-03-01.gcs
    res = reason(term("2021-03-01", "2020-01-01"))
    assert res.holds("dissolved_on(term_reached, 2020-01-02)")  # anchor
    assert not res.holds("missing_mention(staff_rules)")


def test_as_of_2020_01_01_owes_no_addition():
    # /tmp/r40/rv7/term20_2020-01-01.gcs
    res = reason(term("2020-01-01", "2020-01-01"))
    assert res.holds("member(a)")  # anchor
    assert not res.holds("missing_mention(staff_rules)")


def test_term_on_2020_01_02_judged_that_day_owes_the_additions():
    res = reason(term("2021-03-01", "2020-01-02"))
    assert res.holds("dissolved_on(term_reached, 2020-01-03)")  # anchor
    assert res.holds("missing_mention(staff_rules)")


def test_living_on_2020_01_02_owes_the_additions():
    res = reason(term("2020-01-02", "2025-01-01"))
    assert res.holds("missing_mention(staff_rules)")


# --- F5: no doubtful text on a convention the file does not describe ---------------------------------------------

SA = """groupement g "GCS G" {{
  as of 2012-06-01
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  {members}
  authorisation irm care_activity "Imagerie" held_by groupement until 2019-02-01
  ars_decision dec1 on 2012-02-01 by ars_director_general published 2012-02-10 {{
    approves convention
    grants irm
    erects
  }}
  {conv}
}}
"""
DOUBTFUL = "doubtful_text(single_act_without_vocation,dec1)"


def atoms(res):
    return {w.atom.replace(", ", ",") for w in res.warnings}


def test_no_convention_block_no_doubtful_text_on_the_vocation():
    # /tmp/r40/rv7/sa_noconv.gcs
    res = reason(SA.format(members=MEMBERS2, conv=""))
    assert "missing_fact(mentions,groupement,convention)" in atoms(res)  # anchor: the file has no convention block
    assert DOUBTFUL not in atoms(res)


def test_convention_without_vocation_keeps_the_doubtful_text():
    res = reason(SA.format(members=MEMBERS2, conv=CONV))
    assert DOUBTFUL in atoms(res)


# --- F6: the avenant of a change of the convention ---------------------------------------------------------------

CC = """groupement g "GCS G" {{
  as of {asof}
  approved {approved}
  seat "Rennes" region "Bretagne"
  capital none
  running_costs no
  {members}
  {conv}
  administrator a elected {elected} until {until}
  assembly ag1 on {day} {{
    convened_on {convened}
    present a, b
    deliberation d1 on {matter} {{ {votes} }}
  }}
  {more}
}}
"""


def cc(asof="2013-01-01", approved="2011-06-01", elected="2011-06-15", until="2014-06-14", day="2012-03-01",
       convened="2012-02-01 by administrator", matter="convention_change", votes="for a, b", more=""):
    return CC.format(asof=asof, approved=approved, elected=elected, until=until, day=day, convened=convened,
                     matter=matter, votes=votes, more=more, members=MEMBERS2, conv=CONV)


def test_valid_convention_change_requires_an_avenant():
    # /tmp/r40/rv7/cc_2012.gcs
    res = reason(cc())
    assert res.holds("deliberation_valid(ag1, d1)")  # anchor
    assert res.holds("avenant_required(convention_change)")
    assert res.holds("avenant_missing(convention_change)")
    assert "R6133-1-1@2010-07-26.3" in find(res, "avenant_required(convention_change)").provisions


def test_avenant_after_the_change_records_it():
    res = reason(cc(more="avenant av1 on 2012-04-01 for convention_change"))
    assert res.holds("avenant_required(convention_change)")
    assert not res.holds("avenant_missing(convention_change)")


def test_avenant_before_the_change_does_not_record_it():
    res = reason(cc(more="avenant av1 on 2012-01-01 for convention_change"))
    assert res.holds("avenant_missing(convention_change)")


def test_convention_change_of_2007_requires_an_avenant_under_the_2006_texts():
    res = reason(cc(asof="2008-01-01", approved="2006-06-01", elected="2006-06-15", until="2009-06-14",
                    day="2007-03-01", convened="2007-02-01 by administrator"))
    assert res.holds("deliberation_valid(ag1, d1)")  # anchor
    assert res.holds("avenant_required(convention_change)")
    assert "R6133-11@2006-01-01.5" in find(res, "avenant_required(convention_change)").provisions
    assert res.holds("avenant_missing(convention_change)")


def test_invalid_convention_change_requires_nothing():
    res = reason(cc(votes="for a  against b"))
    assert not res.holds("deliberation_valid(ag1, d1)")
    assert res.holds("member(a)")  # anchor
    assert not res.holds("avenant_required(convention_change)")
    assert not res.holds("avenant_missing(convention_change)")


def test_undecided_convention_change_requires_nothing():
    res = reason(cc(convened="2012-02-01"))  # who convened is unknown
    assert res.holds("member(a)")  # anchor
    assert not res.holds("deliberation_valid(ag1, d1)")
    assert not res.holds("avenant_required(convention_change)")
    assert not res.holds("avenant_missing(convention_change)")


def test_convention_change_once_dissolved_requires_nothing():
    more = """assembly ag2 on 2012-06-01 {
    convened_on 2012-05-01 by administrator
    present a, b
    deliberation d1 on convention_change { for a, b }
  }"""
    res = reason(cc(matter="dissolution", more=more + "\n  dissolution by ag1.d1 notified 2012-03-05"))
    assert res.holds("dissolved_on(assembly_decision, 2012-03-02)")  # anchor
    assert not res.holds("avenant_required(convention_change)")
    assert not res.holds("avenant_missing(convention_change)")


def test_convention_change_deciding_a_seat_transfer_owes_the_seat_avenant_only():
    res = reason(cc(more='seat_transfer to "Brest" region "Bretagne" by ag1.d1'))
    assert res.holds("avenant_required(seat_transfer)")  # anchor
    assert not res.holds("avenant_required(convention_change)")


COMPL = dict(asof="2019-09-01", approved="2015-06-01", elected="2017-06-15", until="2020-06-14", day="2018-03-01",
             convened="2018-02-01 by administrator", matter="compliance")


def test_valid_compliance_requires_an_avenant():
    # /tmp/r40/rv7/compl_2018.gcs
    res = reason(cc(**COMPL))
    assert res.holds("deliberation_valid(ag1, d1)")  # anchor
    assert res.holds("avenant_required(compliance)")
    assert res.holds("avenant_missing(compliance)")
    assert not res.holds("compliance_decision_missing")
    assert "R6133-1-1@2017-04-28.5" in find(res, "avenant_required(compliance)").provisions


def test_avenant_after_the_compliance_records_it():
    res = reason(cc(more="avenant av1 on 2018-04-01 for convention_change", **COMPL))
    assert res.holds("avenant_required(compliance)")
    assert not res.holds("avenant_missing(compliance)")


def test_undecided_compliance_requires_nothing():
    res = reason(cc(**dict(COMPL, convened="2018-02-01")))
    assert res.holds("member(a)")  # anchor
    assert not res.holds("deliberation_valid(ag1, d1)")
    assert not res.holds("avenant_required(compliance)")
    assert not res.holds("avenant_missing(compliance)")
