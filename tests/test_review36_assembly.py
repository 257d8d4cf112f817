"""Review 36, the general assembly's matters, delegations and convocation (findings C1, C2, C3 of reviewer 7).

C1. R6133-13 of 2006: « L'assemblée générale délibère notamment sur : » 1° to 17°, and al. 2 « Dans les autres
matières, l'assemblée générale peut donner délégation à l'administrateur »: the listed matters are the assembly's
own. From 2010-07-26, R6133-22 of 2010 (R6133-27 of 2017) al. 1: « l'assemblée générale peut élire en son sein un
comité restreint à qui elle délègue, pour une durée déterminée renouvelable, certaines de ses compétences parmi
celles mentionnées aux 2°, 8°, 9°, 10°, 15°, 16°, 17°, 19°, 20° et 21° »: the sentence of reserved_matter no longer
says the assembly « délibère elle-même » on every item; for those ten items it says the committee may get them.

C2. delegation_invalid's sentences named the matters in the words of R6133-13 of 2006 (« le budget annuel », « le
remboursement des indemnités de mission ») for delegations judged under R6133-22 of 2010 and R6133-27 of 2017: each
now names the matter in words true under every version its rules cite.

C3. From 2010-07-26 (R6133-20 of 2010 al. 3, R6133-25 of 2017 al. 3) « La convention constitutive fixe les délais
dans lesquels l'assemblée générale est convoquée et réunie »: an assembly the file says urgent, convened later than
the convention's notice, may have met the convention's own emergency notice, which the language cannot state: no
late_convocation_convention, no validity, and a missing_fact warning.
"""

from __future__ import annotations

from pathlib import Path

import gcs_reasoner as gcs
from gcs_reasoner.program import load_program

PROGRAM = load_program()


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review36-assembly>"))


def _conclusion(result, atom: str):
    found = [c for c in result.conclusions if str(c) == atom]
    assert found, (atom, sorted(str(c) for c in result.conclusions))
    return found[0]


# --- C1: reserved_matter's sentence ------------------------------------------------------------------------------

MATTERS = """groupement g "GCS Matières" {{
  as of {as_of}
  approved {approved}
  seat "Nîmes" region "Occitanie"
  member a1 "CH A" {{ kind health_establishment sector public region "Occitanie" rights 40 }}
  member a2 "CH B" {{ kind health_establishment sector public region "Occitanie" rights 30 }}
  member a3 "CH C" {{ kind health_establishment sector public region "Occitanie" rights 30 }}
  convention {{
    object "Imagerie commune"
    notice_days 10
    meeting_days 30
    vote_weight rights
  }}
  administrator a1 elected {day} by ag1.d1 until {until}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present a1, a2, a3
    deliberation d1 on administrator {{ for a1, a2, a3 }}
    deliberation d2 on cooperation_structure {{ for a1, a2, a3 }}
    deliberation d3 on mission_allowances {{ for a1, a2, a3 }}
    deliberation d4 on activity_report year {year} {{ for a1, a2, a3 }}
  }}
}}
"""


def _matters(year: int):
    return _reason(MATTERS.format(as_of=f"{year}-12-31", approved="2007-09-01" if year < 2010 else "2011-01-10",
                                  day=f"{year}-03-10", convened=f"{year}-02-20", until=f"{year + 2}-03-09",
                                  year=year - 1))


def test_2018_committee_items_are_not_said_deliberated_by_the_assembly_itself():
    # R6133-26 of 2017 9° « La participation aux actions de coopération », 19° « Le rapport d'activité annuel »,
    # 15° « Les conditions dans lesquelles peuvent être attribuées à l'administrateur les indemnités de mission »:
    # three of the items R6133-27 al. 1 lets the assembly delegate to the restricted committee
    result = _matters(2018)
    for atom in ("reserved_matter(ag1, d2, 9)", "reserved_matter(ag1, d3, 15)", "reserved_matter(ag1, d4, 19)"):
        fr = _conclusion(result, atom).sentence("fr")
        en = _conclusion(result, atom).sentence("en")
        assert "elle-même" not in fr and "itself" not in en, fr
        assert "peut la déléguer au comité restreint" in fr, fr
        assert "may delegate it to the restricted committee" in en, en


def test_2018_an_item_outside_the_committee_list_is_neither_said_delegable_nor_deliberated_itself():
    # 14° « La nomination et la révocation de l'administrateur et de son suppléant »: not among the ten items
    result = _matters(2018)
    fr = _conclusion(result, "reserved_matter(ag1, d1, 14)").sentence("fr")
    assert "du 14° de la liste des matières sur lesquelles l'assemblée générale délibère" in fr, fr
    assert "elle-même" not in fr and "comité restreint" not in fr, fr


def test_2012_under_the_2010_text_the_committee_items_are_said_delegable():
    # R6133-21 of 2010 9°, 15°, 19°, and R6133-22 of 2010 al. 1 (the same ten items)
    result = _matters(2012)
    for atom in ("reserved_matter(ag1, d2, 9)", "reserved_matter(ag1, d3, 15)", "reserved_matter(ag1, d4, 19)"):
        fr = _conclusion(result, atom).sentence("fr")
        assert "elle-même" not in fr and "peut la déléguer au comité restreint" in fr, fr


def test_2008_under_the_2006_text_the_assembly_deliberates_itself():
    # R6133-13 of 2006: 3° « La nomination et la révocation de l'administrateur », 9° « Les conditions de
    # remboursement des indemnités de mission », 10° « L'adhésion à une structure de coopération »; al. 2: the
    # administrator gets only « les autres matières »; no restricted committee in the 2006 texts
    result = _matters(2008)
    for atom in ("reserved_matter(ag1, d1, 3)", "reserved_matter(ag1, d2, 10)", "reserved_matter(ag1, d3, 9)"):
        fr = _conclusion(result, atom).sentence("fr")
        en = _conclusion(result, atom).sentence("en")
        assert "elle en délibère elle-même" in fr and "R. 6133-13" in fr, fr
        assert "deliberates on it itself" in en, en
        assert "comité restreint" not in fr, fr


def test_the_predicates_first_sentence_is_true_for_every_version():
    # the list of conclusions takes the first sentence: neither « elle-même » (false from 2010-07-26 for the ten
    # items) nor the committee (unknown to the 2006 texts)
    first = PROGRAM.sentences[("reserved_matter", 3)][0]
    _pattern, fr, en, _where = first
    assert "liste des matières sur lesquelles l'assemblée générale délibère" in fr
    assert "elle-même" not in fr and "comité" not in fr
    assert "itself" not in en and "committee" not in en


# --- C2: the matters a delegation may not give, in the words of every version cited --------------------------------
# R6133-13 of 2006: 1° « Le budget annuel », 4° « Le choix du commissaire aux comptes », 9° « Les conditions de
# remboursement des indemnités de mission », 10° « L'adhésion à une structure de coopération ... ou le retrait de
# l'une d'elles »; R6133-21 of 2010: 4° « Le budget prévisionnel ou l'état des prévisions des dépenses et des
# recettes », 8° « Le choix du commissaire aux comptes », 9° « La participation aux actions de coopération »,
# 15° « Les conditions dans lesquelles peuvent être attribuées à l'administrateur les indemnités de mission »;
# R6133-26 of 2017: 4° « Le budget prévisionnel ».

DELEGATIONS = """groupement g "GCS Délégations" {{
  as of {as_of}
  approved {approved}
  seat "Nîmes" region "Occitanie"
  {nature}
  member a1 "CH A" {{ kind health_establishment sector public region "Occitanie" rights 40 }}
  member a2 "Clinique B" {{ kind health_establishment sector private region "Occitanie" rights 30 }}
  member a3 "Clinique C" {{ kind health_establishment sector private region "Occitanie" rights 30 }}
  convention {{
    object "Imagerie commune"
    notice_days 10
    meeting_days 30
    vote_weight rights
    {committee}
  }}
  administrator a1 elected {day} by ag1.d1 until {until}
  {delegations}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present a1, a2, a3
    deliberation d1 on administrator {{ for a1, a2, a3 }}
    deliberation d2 on committee_election {{ for a1, a2, a3 }}
    deliberation d3 on delegation {{ for a1, a2, a3 }}
  }}
}}
"""


def _delegations(year: int, delegations: str, committee: bool = True):
    return _reason(DELEGATIONS.format(
        as_of=f"{year}-12-31", approved="2007-09-01" if year < 2010 else "2011-01-10",
        nature="declared_nature private" if year >= 2012 else "", day=f"{year}-01-20", convened=f"{year}-01-05",
        until=f"{year + 2}-01-19", committee="restricted_committee" if committee else "",
        delegations=(f"committee members a1, a2 elected {year}-01-20 by ag1.d2 until {year + 2}-01-19\n  "
                     if committee else "") + delegations))


def test_2018_the_budget_delegated_to_the_committee_is_named_as_the_texts_name_it():
    # R6133-26 of 2017 4° « Le budget prévisionnel » is not among the items of R6133-27 al. 1; 9° is
    result = _delegations(2018, "delegation to committee matters cooperation_structure, budget by ag1.d3 "
                                "until 2020-01-19")
    fr = _conclusion(result, "delegation_invalid(budget, not_delegable)").sentence("fr")
    en = _conclusion(result, "delegation_invalid(budget, not_delegable)").sentence("en")
    assert "le budget prévisionnel ensuite" in fr and "le budget annuel jusqu'au 25 juillet 2010" in fr, fr
    assert "ne peut pas déléguer le budget du groupement" in fr, fr
    assert "the forecast budget after" in en, en
    # the committee's item 9° is delegated to it: no invalidity
    assert "delegation_invalid(cooperation_structure, not_delegable)" not in {str(c) for c in result.conclusions}


def test_2018_the_auditor_allowances_and_cooperation_delegated_to_the_administrator():
    # R6133-27 of 2017 al. 2: the administrator gets only « les matières autres que celles mentionnées »; the
    # groupement is of private law (clinics, declared nature), so 8° holds under its condition
    result = _delegations(2018, "delegation to administrator matters mission_allowances, cooperation_structure, "
                                "auditor by ag1.d3 until 2020-01-19")
    assert "accounting(private)" in {str(c) for c in result.conclusions}
    auditor = _conclusion(result, "delegation_invalid(auditor, not_delegable)")
    assert "le choix du commissaire aux comptes" in auditor.sentence("fr")
    assert "désignation" not in auditor.sentence("fr")
    allowances = _conclusion(result, "delegation_invalid(mission_allowances, not_delegable)").sentence("fr")
    assert "les conditions des indemnités de mission de l'administrateur" in allowances, allowances
    assert "leur attribution ensuite" in allowances and "leur remboursement jusqu'au 25 juillet 2010" in allowances
    cooperation = _conclusion(result, "delegation_invalid(cooperation_structure, not_delegable)").sentence("fr")
    assert "la participation aux actions de coopération ensuite" in cooperation, cooperation


def test_2008_the_same_sentences_under_the_2006_text():
    # R6133-13 of 2006 al. 2: the administrator only « dans les autres matières »; 1° and 9° are listed
    result = _delegations(2008, "delegation to administrator matters budget, mission_allowances by ag1.d3 "
                                "until 2010-01-19", committee=False)
    budget = _conclusion(result, "delegation_invalid(budget, not_delegable)").sentence("fr")
    assert "le budget annuel jusqu'au 25 juillet 2010" in budget, budget
    allowances = _conclusion(result, "delegation_invalid(mission_allowances, not_delegable)").sentence("fr")
    assert "leur remboursement jusqu'au 25 juillet 2010" in allowances, allowances


# --- C3: an urgent assembly under R6133-20 of 2010 / R6133-25 of 2017 ---------------------------------------------
# R6133-12 of 2006 al. 3 « et, en cas d'urgence, quarante-huit heures au moins à l'avance »; from 2010-07-26
# R6133-20 al. 3 « La convention constitutive fixe les délais dans lesquels l'assemblée générale est convoquée et
# réunie »: the decree's emergency notice is gone; the convention may set one, which the file cannot state. An
# urgent assembly convened later than the convention's notice is left open (missing_fact), not invalid.

URGENT = """groupement g3 "GCS Urgence" {{
  as of {as_of}
  approved {approved}
  seat "Nîmes" region "Occitanie"
  member a1 "CH A" {{ kind health_establishment sector public region "Occitanie" rights 40 }}
  member a2 "CH B" {{ kind health_establishment sector public region "Occitanie" rights 30 }}
  member a3 "CH C" {{ kind health_establishment sector public region "Occitanie" rights 30 }}
  convention {{
    object "Imagerie commune"
    notice_days 15
    meeting_days 30
    vote_weight rights
  }}
  administrator a1 elected {y}-01-20 by ag0.d1 until {y2}-01-19
  assembly ag0 on {y}-01-20 {{
    convened_on {y}-01-02 by administrator
    present a1, a2, a3
    deliberation d1 on administrator {{ for a1, a2, a3 }}
  }}
  assembly ag1 on {y}-06-05 {{
    {urgent}
    convened_on {convened} by administrator
    present {present}
    deliberation d1 on other {{ for {present} }}
  }}
}}
"""

OPEN = "missing_fact(validity_of_deliberations, ag1, urgent_notice)"


def _urgent(year: int, convened: str, urgent: bool = True, present: str = "a1, a2, a3"):
    return _reason(URGENT.format(as_of=f"{year}-12-31", approved="2007-09-01" if year < 2010 else "2011-01-10",
                                 y=year, y2=year + 2, urgent="urgent" if urgent else "", convened=convened,
                                 present=present))


def _warnings(result) -> dict:
    return {w.atom: w for w in result.warnings}


def test_2012_urgent_assembly_convened_later_than_the_conventions_notice_is_left_open():
    result = _urgent(2012, "2012-06-02")  # 3 days before, the convention's notice 15 days
    held = {str(c) for c in result.conclusions}
    assert "deliberation_valid(ag0, d1)" in held  # the other assembly is judged
    assert "deliberation_invalid(ag1, d1, late_convocation_convention)" not in held
    assert "deliberation_valid(ag1, d1)" not in held
    warning = _warnings(result)[OPEN]
    assert "que le fichier dit convoquée en urgence" in warning.message_fr
    assert "aucune conclusion sur la validité des délibérations" in warning.message_fr
    assert "ag1" in warning.message and "emergency" in warning.message


def test_2018_the_same_under_r6133_25_of_2017():
    # R6133-25 of 2017 al. 3 repeats R6133-20 of 2010 al. 3 word for word
    result = _urgent(2018, "2018-06-02")
    held = {str(c) for c in result.conclusions}
    assert "deliberation_valid(ag0, d1)" in held
    assert "deliberation_invalid(ag1, d1, late_convocation_convention)" not in held
    assert "deliberation_valid(ag1, d1)" not in held
    assert OPEN in _warnings(result)


def test_2012_the_same_assembly_not_urgent_is_convened_late():
    result = _urgent(2012, "2012-06-02", urgent=False)
    assert "deliberation_invalid(ag1, d1, late_convocation_convention)" in {str(c) for c in result.conclusions}
    assert OPEN not in _warnings(result)


def test_2012_urgent_assembly_convened_within_the_conventions_notice_is_valid():
    result = _urgent(2012, "2012-05-15")  # 21 days before
    assert "deliberation_valid(ag1, d1)" in {str(c) for c in result.conclusions}
    assert OPEN not in _warnings(result)


def test_2012_urgent_assembly_without_quorum_is_invalid_and_not_left_open():
    # R6133-20 of 2010 al. 3 « Elle ne délibère valablement que si les membres présents ou représentés
    # représentent au moins la moitié des droits des membres du groupement »: 30 of 100
    result = _urgent(2012, "2012-06-02", present="a2")
    held = {str(c) for c in result.conclusions}
    assert "deliberation_invalid(ag1, d1, no_quorum)" in held
    assert "deliberation_valid(ag1, d1)" not in held
    assert OPEN not in _warnings(result)


def test_2008_urgent_assembly_keeps_the_decrees_48_hours():
    # R6133-12 of 2006 al. 3: the convention's notice, and in an emergency « quarante-huit heures au moins »
    result = _urgent(2008, "2008-06-02")
    held = {str(c) for c in result.conclusions}
    assert "deliberation_valid(ag1, d1)" in held
    assert OPEN not in _warnings(result)
    late = _urgent(2008, "2008-06-04")  # one day before
    assert "deliberation_invalid(ag1, d1, late_convocation)" in {str(c) for c in late.conclusions}


CHALLENGE = (Path(__file__).resolve().parent.parent / "facts" / "asm17_committee.gcs").read_text(encoding="utf-8")


def test_2020_an_urgent_extraordinary_assembly_convened_late_decides_no_challenge():
    # R6133-28 of 2017 al. 2: the extraordinary assembly decides « à la majorité qualifiée des deux tiers »; its
    # convocation judged as any assembly's (R6133-25 al. 3)
    in_time = _reason(CHALLENGE.replace("    extraordinary\n", "    extraordinary\n    urgent\n"))
    assert "committee_deliberation_maintained(k1, d1)" in {str(c) for c in in_time.conclusions}
    late = _reason(CHALLENGE.replace("    extraordinary\n", "    extraordinary\n    urgent\n")
                   .replace("convened_on 2020-05-15", "convened_on 2020-05-25"))
    held = {str(c) for c in late.conclusions}
    assert "committee_deliberation_maintained(k1, d1)" not in held
    assert "deliberation_valid(ag2, d1)" not in held and "deliberation_valid(ag1, d1)" in held
    assert "missing_fact(validity_of_deliberations, ag2, urgent_notice)" in _warnings(late)
