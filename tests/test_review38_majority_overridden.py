"""Review 38 (reviewer 2): majority_overridden(Matter, Rule) is a statement about the convention's clause, in
the present tense (« La règle de majorité que la convention constitutive prévoit pour cette matière ne
s'applique pas »): it is drawn from the text in force on the as-of date only. What a past assembly's text
did to the clause is said per deliberation by majority_overridden_at(A, Dl, Rule).

F1. R6133-14@2006-01-01.2 « Dans les matières définies aux 5° et 6° de l'article R. 6133-13, les délibérations
doivent être adoptées à l'unanimité des membres présents ou représentés »: a seat transfer (a change of the
convention, 5°) needed unanimity in 2008. R6133-21@2010-07-26.II.1 « Les délibérations mentionnées au 1°, au
12° et au 22° du I doivent être adoptées à l'unanimité [...] Dans les autres matières, sauf mention contraire de
la convention constitutive, les délibérations sont adoptées si elles recueillent la majorité »: the transfer of
the seat is 2° of I from 2010-07-26, so on 2012-12-31 the convention's two-thirds rule for it applies.

F2. R6133-21@2010-07-26.I.2.22 « 22° La demande d'autorisation prévue par l'article L. 6122-1 pour l'exercice de
l'une des missions d'un établissement de santé [...] » no longer has the 2006 words « ou pour l'installation des
équipements matériels lourds » (R6133-26@2017-04-28.I.2.22 neither): a request for a heavy equipment is one of
« les autres matières », the convention's rule applies to it: no majority_overridden_at for its deliberation.
The statement about the clause, majority_overridden(authorisation_request, R), stays whatever requests the file
states (second reader, review 38: dropping it because the file's only request is a heavy equipment drew a
conclusion from the absence of a 22° request): its sentence names 22°, the request « prévue par l'article
L. 6122-1 pour l'exercice des missions d'un établissement de santé », for which the clause gives way.
"""

import gcs_reasoner as gcs

FILE = """groupement g "GCS Test" {{
  as of {as_of}
  approved 2006-01-16
  seat "Lyon" region "Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 40 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Rhône-Alpes" rights 20 }}
  member d "CH D" {{ kind health_establishment sector public region "Rhône-Alpes" rights 10 }}
  convention {{
    object "Test"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
    notice_days 15
    meeting_days 30
    vote_weight rights
    majority {matter} two_thirds
  }}
  {more}
  administrator a elected {elected} until {until}
  {assemblies}
}}
"""

AG08 = """assembly ag08 on 2008-06-16 {
    convened_on 2008-06-01 by administrator
    present a, b, c, d
    deliberation d1 on seat_transfer { for a, b, c  against d }
  }"""

AG12_SEAT = """assembly ag1 on 2012-06-16 {
    convened_on 2012-06-01 by administrator
    present a, b, c, d
    deliberation d1 on seat_transfer { for a, b, c  against d }
  }"""


def ag(name: str, day: str, convened: str, body: str) -> str:
    return f"""assembly {name} on {day} {{
    convened_on {convened} by administrator
    present a, b, c, d
    {body}
  }}"""


def reason(as_of: str, matter: str, assemblies: str, more: str = "", elected: str = "2011-03-01",
           until: str = "2014-02-28"):
    text = FILE.format(as_of=as_of, matter=matter, assemblies=assemblies, more=more, elected=elected,
                       until=until)
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}


# --- F1: the seat transfer --------------------------------------------------------------------------------

def test_seat_transfer_2008_as_of_2012_is_not_overridden_now_but_was_at_its_assembly():
    got = reason("2012-12-31", "seat_transfer", AG08 + "\n  " + AG12_SEAT)
    # 2008: unanimity (5° of 2006), 90 of 100 rights for, d against: not adopted
    assert "deliberation_invalid(ag08, d1, not_adopted)" in got
    # 2012: 2° of 2010, the convention's two thirds: 90 of 100, adopted
    assert "deliberation_valid(ag1, d1)" in got
    assert "majority_overridden(seat_transfer, two_thirds)" not in got
    assert "majority_overridden_at(ag08, d1, two_thirds)" in got
    assert not any(c.startswith("majority_overridden_at(ag1,") for c in got)


def test_control_seat_transfer_as_of_2008_is_overridden():
    got = reason("2008-12-31", "seat_transfer", AG08)
    assert "deliberation_invalid(ag08, d1, not_adopted)" in got
    assert "majority_overridden(seat_transfer, two_thirds)" in got
    assert "majority_overridden_at(ag08, d1, two_thirds)" in got


def test_control_convention_change_stays_overridden_after_2010():
    """1° of R6133-21 of 2010 keeps « Toute modification de la convention constitutive » under unanimity."""
    body = "deliberation d1 on convention_change { for a, b, c  against d }"
    got = reason("2012-12-31", "convention_change",
                 ag("ag08", "2008-06-16", "2008-06-01", body) + "\n  " + ag("ag1", "2012-06-16", "2012-06-01", body))
    assert "majority_overridden(convention_change, two_thirds)" in got
    assert "majority_overridden_at(ag08, d1, two_thirds)" in got
    assert "majority_overridden_at(ag1, d1, two_thirds)" in got
    assert "deliberation_invalid(ag1, d1, not_adopted)" in got


# --- F2: the authorisation request ------------------------------------------------------------------------

HEAVY = 'authorisation irm heavy_equipment "IRM" held_by groupement'
CARE = 'authorisation chir care_activity "Chirurgie" held_by groupement'


def test_heavy_equipment_request_2012_is_not_overridden():
    got = reason("2012-12-31", "authorisation_request",
                 ag("ag1", "2012-06-16", "2012-06-01",
                    "deliberation d1 on authorisation_request of irm { for a, b, c  against d }"), more=HEAVY)
    assert "deliberation_valid(ag1, d1)" in got          # the convention's two thirds: 90 of 100
    assert not any(c.startswith("majority_overridden_at") for c in got)
    # the clause still gives way for the request of 22° (the sentence names it)
    assert "majority_overridden(authorisation_request, two_thirds)" in got


def test_clause_statement_names_22():
    text = FILE.format(as_of="2012-12-31", matter="authorisation_request", more=HEAVY, elected="2011-03-01",
                       until="2014-02-28", assemblies=ag("ag1", "2012-06-16", "2012-06-01",
                                                        "deliberation d1 on authorisation_request of irm "
                                                        "{ for a, b, c  against d }"))
    result = gcs.reason(gcs.loads(text, path="<test>"))
    [c] = [c for c in result.conclusions if str(c) == "majority_overridden(authorisation_request, two_thirds)"]
    assert "L. 6122-1" in c.sentence("fr") and "22°" in c.sentence("fr")


def test_heavy_equipment_request_2018_is_not_overridden():
    """R6133-26 of 2017 22° names only « l'exercice de l'une des missions d'un établissement de santé »."""
    got = reason("2018-12-31", "authorisation_request",
                 ag("ag1", "2018-06-16", "2018-06-01",
                    "deliberation d1 on authorisation_request of irm { for a, b, c  against d }"),
                 more=HEAVY, elected="2017-03-01", until="2020-02-28")
    assert "deliberation_valid(ag1, d1)" in got
    assert not any(c.startswith("majority_overridden_at") for c in got)
    assert "majority_overridden(authorisation_request, two_thirds)" in got


def test_control_care_request_2012_is_overridden():
    got = reason("2012-12-31", "authorisation_request",
                 ag("ag1", "2012-06-16", "2012-06-01",
                    "deliberation d1 on authorisation_request of chir { for a, b, c  against d }"), more=CARE)
    assert "deliberation_invalid(ag1, d1, not_adopted)" in got
    assert "majority_overridden(authorisation_request, two_thirds)" in got
    assert "majority_overridden_at(ag1, d1, two_thirds)" in got


def test_control_mixed_requests_2012_override_the_care_one_only():
    got = reason("2012-12-31", "authorisation_request",
                 ag("ag1", "2012-06-16", "2012-06-01",
                    "deliberation d1 on authorisation_request of irm { for a, b, c  against d }\n"
                    "    deliberation d2 on authorisation_request of chir { for a, b, c  against d }"),
                 more=HEAVY + "\n  " + CARE)
    assert "deliberation_valid(ag1, d1)" in got
    assert "deliberation_invalid(ag1, d2, not_adopted)" in got
    assert "majority_overridden(authorisation_request, two_thirds)" in got
    assert "majority_overridden_at(ag1, d2, two_thirds)" in got
    assert not any(c.startswith("majority_overridden_at(ag1, d1,") for c in got)


def test_control_clause_without_deliberation_2012_is_overridden():
    """The word authorisation_request is 22° (contract part 2): the clause alone, with no request
    deliberated, is the clause for 22°, which R6133-21 of 2010 II puts under unanimity."""
    got = reason("2012-12-31", "authorisation_request",
                 ag("ag1", "2012-06-16", "2012-06-01", "deliberation d1 on budget { for a, b, c  against d }"))
    assert "deliberation_valid(ag1, d1)" in got
    assert "majority_overridden(authorisation_request, two_thirds)" in got


def test_heavy_request_2008_as_of_2012_is_not_overridden_at_all():
    """In 2008 the heavy-equipment request was 11° of R6133-13 of 2006, outside 5° and 6°: the convention's
    rule applied then too."""
    got = reason("2012-12-31", "authorisation_request",
                 ag("ag08", "2008-06-16", "2008-06-01",
                    "deliberation d1 on authorisation_request of irm { for a, b, c  against d }"), more=HEAVY)
    assert "deliberation_valid(ag08, d1)" in got
    assert not any(c.startswith("majority_overridden_at") for c in got)
    # on the as-of date (2010 text) the clause gives way for the request of 22°
    assert "majority_overridden(authorisation_request, two_thirds)" in got
