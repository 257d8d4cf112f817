"""Approval: review 39, the region of the groupement's seat not stated (consultation of the other regions).

Finding: a file whose `seat` gives no `region` (or that has no `seat`) got no warning on the consultation of the
other regions' agencies under R6133-1-1 of 2017, while the text makes the seat's region decide both who approves
and whom he consults: R6133-1-1@2017-04-28.1 « La convention constitutive du groupement de coopération sanitaire
signée par l'ensemble des membres est approuvée par une décision du directeur général de l'agence régionale de
santé de la région dans laquelle le groupement a son siège [...]. Ce directeur consulte le cas échéant le
directeur général de l'agence régionale de santé dans lequel un des membres a son siège. »

The versions in force from 2010 to today, read:
- R6133-11@2006-01-01.1 (in force until 2010-07-25; the ARS director general from 2010-04-01): « La convention
  constitutive du groupement est transmise pour approbation au directeur de l'agence régionale de
  l'hospitalisation de la région dans laquelle le groupement a son siège. Lorsque l'un des membres du groupement
  a son siège dans une autre région, le directeur de l'agence régionale de l'hospitalisation de cette région est
  consulté ». The tool already said missing_fact(consultation, groupement, seat_region) there.
- R6133-1-1@2010-07-26.1 (2010-07-26 to 2017-04-27): « La convention constitutive du groupement de coopération
  sanitaire est approuvée et publiée par le directeur général de l'agence régionale de santé de la région dans
  laquelle le groupement a son siège »: no consultation at all. The seat's region decides there the
  publication in the other regions (al. 2 « ainsi qu'au recueil des actes administratifs des autres régions
  lorsque les membres du groupement ont leurs sièges dans des régions distinctes »), hence legal personality:
  missing_fact(legal_personality, groupement, seat_region), already said. No consultation is asked (the text
  has none), and none is said to be needless.
- R6133-1-1@2017-04-28.1 (from 2017-04-28): above. New: missing_fact(consultation, groupement, seat_region)
  whenever the text in force on the procedure's date is this one and the seat's region is not stated, whether
  the members are in several regions (a consultation is owed, to which region unknown), in one (owed or not,
  depending on the seat) or their regions unknown too (both missing facts said).

Reading: no region is guessed (not from the members' regions, nor from the seat's city): consultation_required,
consultation_missing and decided_before_consultation, which need the seat's region, are not drawn, and a
consultation the file records is neither found missing nor found late. Also: under R6133-11 of 2006, a member's
region not stated is now asked even when the seat's region is not stated either (before, only the seat's was
asked), as under R6133-1-1 of 2017.
"""

import clingo

import gcs_reasoner as gcs
from gcs_reasoner.program import load_program

PROGRAM = load_program()

# a 2019 groupement: decision 2019-03-01 (R6133-1-1 of 2017), published 2019-03-10
G19 = """groupement g19 "GCS Ouest" {{
  as of 2019-12-01
  seat "Rennes" {seat}
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_b "CH de Bayeux" {{ kind health_establishment sector public {region}rights 30 }}
  convention {{ signed_by chu_rennes, ch_b }}
{consultation}  ars_decision dec1 on 2019-03-01 published 2019-03-10 {{
    approves convention
  }}
}}
"""

# a 2012 groupement: approved 2012-03-10 (R6133-1-1 of 2010)
G12 = """groupement g12 "GCS Ouest" {{
  as of 2013-01-01
  seat "Rennes" {seat}
  capital none
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_b "CH de Bayeux" {{ kind health_establishment sector public {region}rights 30 }}
{consultation}  approved 2012-03-10
}}
"""

# a 2008 groupement: approved 2008-03-10 (R6133-11 of 2006)
G08 = G12.replace("2013-01-01", "2009-01-01").replace("2012-03-10", "2008-03-10")

SEAT = 'region "Bretagne"'
SEAT_FACT = "missing_fact(consultation, groupement, seat_region)"
MEMBER_FACT = "missing_fact(consultation, ch_b, region)"
APPROVAL = "approval_required(ars_director_general, convention)"


def _reason(template: str, seat: str = SEAT, region: str = "Normandie", consultation: str = ""):
    text = template.format(seat=seat, region=f'region "{region}" ' if region else "",
                           consultation=f'  consultation "{consultation}" sent 2019-04-01\n' if consultation else "")
    return gcs.reason(gcs.loads(text, path="<review39_seat_region>"), explain=True)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _missing(result) -> dict[str, object]:
    return {str(w.atom): w for w in result.warnings if w.code == "missing_fact"}


def _consultation_drawn(result) -> set[str]:
    return {c for c in _held(result)
            if c.startswith(("consultation_required(", "consultation_missing(", "decided_before_consultation("))}


def _rule(result, atom: str):
    where = result.rule_of(clingo.parse_term(atom))
    assert where is not None, atom
    file, line = where.rsplit(":", 1)
    return next(r for r in PROGRAM.rules if r.file == file and r.line == int(line))


# --- 2019: R6133-1-1 of 2017 -----------------------------------------------------------------------------------

def test_2019_seat_known_members_in_two_regions_consultation_judged():
    r = _reason(G19)
    assert 'consultation_required(ars_director_general, "Normandie")' in _held(r)
    assert 'consultation_missing("Normandie")' in _held(r)
    assert r.find('consultation_required(ars_director_general, "Normandie")').provisions == ["R6133-1-1@2017-04-28.1"]
    assert SEAT_FACT not in _missing(r)


def test_2019_seat_known_consultation_after_the_decision():
    r = _reason(G19, consultation="Normandie")
    assert 'decided_before_consultation("Normandie")' in _held(r)
    assert 'consultation_missing("Normandie")' not in _held(r)
    assert SEAT_FACT not in _missing(r)


def test_2019_seat_known_members_in_one_region_no_consultation_owed():
    r = _reason(G19, region="Bretagne")
    assert _consultation_drawn(r) == set()
    assert SEAT_FACT not in _missing(r)
    # anchor: the approval and both dates of legal personality, all members in the seat's region
    assert APPROVAL in _held(r)
    assert "legal_personality_from(2019-03-10)" in _held(r)


def test_2019_seat_region_unknown_members_in_two_regions():
    r = _reason(G19, seat="")
    missing = _missing(r)
    assert SEAT_FACT in missing
    w = missing[SEAT_FACT]
    assert w.message_fr == ("le fichier n'indique pas la région du siège du groupement : aucune conclusion sur la "
                            "consultation des autres régions")
    assert w.message == ("the file does not state the region of the seat of the groupement: no conclusion on the "
                         "consultation of the other regions")
    rule = _rule(r, SEAT_FACT)
    assert rule.provisions[0] == "R6133-1-1@2017-04-28.1"
    assert "de la région dans laquelle le groupement a son siège" in rule.quote
    assert "Ce directeur consulte le cas échéant" in rule.quote
    assert r.provisions_of(clingo.parse_term(SEAT_FACT)) == ["R6133-1-1@2017-04-28.1"]
    # no region guessed: no consultation owed, missing or late
    assert _consultation_drawn(r) == set()
    assert MEMBER_FACT not in missing
    # anchor: the approval is judged, and the publication's missing fact on the seat's region said
    assert APPROVAL in _held(r)
    assert "missing_fact(publication, groupement, seat_region)" in missing


def test_2019_seat_region_unknown_consultation_recorded_not_judged():
    r = _reason(G19, seat="", consultation="Normandie")
    assert SEAT_FACT in _missing(r)
    assert _consultation_drawn(r) == set()
    assert APPROVAL in _held(r)


def test_2019_seat_region_unknown_members_in_one_region():
    # all members in Bretagne: no consultation if the seat is in Bretagne, one of Bretagne's agency if not
    r = _reason(G19, seat="", region="Bretagne")
    assert SEAT_FACT in _missing(r)
    assert _consultation_drawn(r) == set()
    # anchor: the decree's date of legal personality (al. 4) does not depend on the regions
    assert "legal_personality_from(2019-03-01)" in _held(r)
    assert "legal_personality_from(2019-03-10)" not in _held(r)


def test_2019_seat_and_member_region_unknown_both_asked():
    r = _reason(G19, seat="", region="")
    missing = _missing(r)
    assert SEAT_FACT in missing and MEMBER_FACT in missing
    assert _consultation_drawn(r) == set()
    assert APPROVAL in _held(r)


def test_2019_no_seat_statement_same_as_no_region():
    text = G19.format(seat="", region='region "Normandie" ', consultation="").replace('  seat "Rennes" \n', "")
    assert 'seat "Rennes"' not in text
    r = gcs.reason(gcs.loads(text, path="<review39_seat_region>"), explain=True)
    assert SEAT_FACT in _missing(r)
    assert _consultation_drawn(r) == set()
    assert APPROVAL in _held(r)


# --- 2012: R6133-1-1 of 2010 (no consultation) -----------------------------------------------------------------

def test_2012_seat_known_members_in_two_regions_publication_judged_no_consultation():
    r = _reason(G12)
    assert 'publication_missing("Normandie")' in _held(r)
    assert _consultation_drawn(r) == set()
    assert SEAT_FACT not in _missing(r)
    assert "R6133-1-1@2010-07-26.1" in r.find(APPROVAL).provisions


def test_2012_seat_region_unknown_members_in_two_regions():
    r = _reason(G12, seat="")
    missing = _missing(r)
    # the 2010 text has no consultation: none asked, none drawn
    assert SEAT_FACT not in missing
    assert _consultation_drawn(r) == set()
    # what the seat's region decides there (the publication in the other regions) is asked
    assert "missing_fact(legal_personality, groupement, seat_region)" in missing
    assert r.provisions_of(clingo.parse_term("missing_fact(legal_personality, groupement, seat_region)")) == [
        "R6133-1-1@2010-07-26.2"]
    assert 'publication_missing("Normandie")' not in _held(r)
    assert not any(c.startswith("legal_personality_from(") for c in _held(r))
    # anchor
    assert "R6133-1-1@2010-07-26.1" in r.find(APPROVAL).provisions


def test_2012_seat_region_unknown_members_in_one_region():
    r = _reason(G12, seat="", region="Bretagne")
    missing = _missing(r)
    assert SEAT_FACT not in missing
    assert _consultation_drawn(r) == set()
    assert "missing_fact(legal_personality, groupement, seat_region)" in missing
    # not guessed: with the seat in Bretagne it would be 2012-03-10
    assert "legal_personality_from(2012-03-10)" not in _held(r)
    assert APPROVAL in _held(r)


def test_2012_control_seat_known_one_region_legal_personality():
    r = _reason(G12, region="Bretagne")
    assert "legal_personality_from(2012-03-10)" in _held(r)
    assert "missing_fact(legal_personality, groupement, seat_region)" not in _missing(r)


# --- 2008: R6133-11 of 2006 (the warning that existed) -----------------------------------------------------------

def test_2008_seat_region_unknown_consultation_asked():
    r = _reason(G08, seat="")
    assert SEAT_FACT in _missing(r)
    assert r.provisions_of(clingo.parse_term(SEAT_FACT)) == ["R6133-11@2006-01-01.1"]
    assert _consultation_drawn(r) == set()
    assert "approval_required(arh_director, convention)" in _held(r)


def test_2008_seat_and_member_region_unknown_both_asked():
    r = _reason(G08, seat="", region="")
    missing = _missing(r)
    assert SEAT_FACT in missing and MEMBER_FACT in missing
    assert _consultation_drawn(r) == set()


def test_2008_control_seat_known():
    r = _reason(G08)
    assert 'consultation_required(arh_director, "Normandie")' in _held(r)
    assert 'consultation_missing("Normandie")' in _held(r)
    assert SEAT_FACT not in _missing(r)
