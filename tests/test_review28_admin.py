"""The administrator and its deputy (R6133-15 of 2006, R6133-24 of 2010, R6133-29 of 2017, L6133-4 of
2017): what a black-box review of stop 28 found wanting (/tmp/r28/admin, /tmp/r28/stories); each test
failed before its change.

R6133-29@2017-04-28.8: « Un suppléant, élu dans les mêmes conditions que l'administrateur, remplace ce
dernier dans toutes ses fonctions lorsque l'administrateur ne peut pas les assurer ». R6133-25@2017-04-28.2:
« Elle se réunit sur convocation de l'administrateur du groupement ». A deputy whose term the file does not
fix (no `until`, or `indefinite`) is not known to be in office, nor out of office, on a later day: an
assembly it convenes while the administrator cannot act is left open, with a warning, as for an
administrator elected with no term (README).
"""

import gcs_reasoner as gcs

CHAMPAGNE = """groupement blanchisserie_champagne "GCS Blanchisserie de Champagne" {{
  as of {as_of}
  approved 2016-10-02
  seat "Reims" region "Grand Est"
  member chu_reims "CHU de Reims" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member ch_epernay "CH d'Épernay" {{ kind health_establishment sector public region "Grand Est" rights 40 }}
  convention {{
    object "Blanchisserie commune"
    task_split
    notice_days 10
    vote_weight rights
  }}
  administrator chu_reims elected {elected} by ag1.d1 until 2020-01-31
  deputy {deputy} elected {elected} by ag1.d2{deputy_term}
  administrator_unavailable from {unavailable}
  assembly ag1 on {elected} {{
    convened_on {convened} by administrator
    present chu_reims, ch_epernay
    deliberation d1 on administrator {{ for chu_reims, ch_epernay }}
    deliberation d2 on administrator {{ for chu_reims, ch_epernay }}
  }}
  {more}
}}
"""

AG2 = """assembly ag2 on 2018-02-20 {
    convened_on 2018-02-05 by ch_epernay
    present chu_reims, ch_epernay
    deliberation d1 on budget { for chu_reims, ch_epernay }
  }"""


def champagne(deputy_term: str = "", elected: str = "2017-05-02", convened: str = "2017-04-20",
              deputy: str = "ch_epernay", unavailable: str = "2018-01-10", as_of: str = "2018-03-15",
              more: str = AG2):
    return gcs.reason(gcs.loads(CHAMPAGNE.format(deputy_term=deputy_term, elected=elected, convened=convened,
                                                 deputy=deputy, unavailable=unavailable, as_of=as_of, more=more),
                                path="<test>"))


def conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def validity_open(result, assembly: str) -> bool:
    return any(w.code == "missing_fact" and f"assembly {assembly} " in w.message
               and "validity of the deliberations" in w.message for w in result.warnings)


def test_an_assembly_convened_by_a_deputy_whose_term_is_not_fixed_is_left_open():
    for term, elected, convened in ((" until 2020-05-01", "2017-05-02", "2017-04-20"),
                                    ("", "2017-05-02", "2017-04-20"),
                                    (" indefinite", "2017-05-02", "2017-04-20"),
                                    ("", "2017-02-01", "2017-01-20")):  # under L6133-4 before R6133-29
        result = champagne(deputy_term=term, elected=elected, convened=convened)
        found = conclusions(result)
        if term == " until 2020-05-01":  # the control: the deputy in office convened in the administrator's place
            assert "deliberation_valid(ag2, d1)" in found
            assert not validity_open(result, "ag2")
            continue
        assert "deliberation_invalid(ag2, d1, not_convened_by_administrator)" not in found, (term, elected)
        assert "deliberation_valid(ag2, d1)" not in found, (term, elected)
        assert validity_open(result, "ag2"), (term, elected, [w.message for w in result.warnings])
        assert "acting_administrator(ch_epernay)" not in found


def test_the_administrator_elected_its_own_deputy_is_no_deputy():
    """L6133-4@2017-01-14.4: « Elle élit, en son sein, un administrateur … ainsi que le suppléant de ce
    dernier »; R6133-29@2017-04-28.8: the deputy « remplace ce dernier … lorsque l'administrateur ne peut pas
    les assurer ». The deputy of the administrator is another member: the administrator cannot replace
    itself. No one acts in its place, and a deputy is still to be elected."""
    result = champagne(deputy="chu_reims", deputy_term=" until 2020-01-31", elected="2018-01-15",
                       convened="2018-01-02", unavailable="2019-01-10", as_of="2019-03-15", more="")
    found = conclusions(result)
    assert "acting_administrator(chu_reims)" not in found
    assert "legal_representative(chu_reims)" not in found
    assert "deputy_invalid(is_administrator)" in found
    assert "deputy_required" in found
    # the control: another member elected deputy acts in the administrator's place
    control = conclusions(champagne(deputy_term=" until 2020-01-31", elected="2018-01-15", convened="2018-01-02",
                                    unavailable="2019-01-10", as_of="2019-03-15", more=""))
    assert "acting_administrator(ch_epernay)" in control and "deputy_required" not in control


MOREL = """groupement dialyse_rhone "GCS Dialyse du Rhône" {{
  as of 2008-06-30
  approved 2006-11-02
  seat "Lyon" region "Rhône-Alpes"
  running_costs yes
  capital none
  rights_basis participations
  member clinique_rhone "Clinique du Rhône" {{ kind health_establishment sector private region "Rhône-Alpes" rights 70 }}
  member dr_morel "Dr Morel" {{ kind liberal_medical_professional individual region "Rhône-Alpes" rights 30 }}
  participation clinique_rhone financial 70_000 year 2007
  participation dr_morel financial 30_000 year 2007
  administrator dr_morel elected 2007-01-10 by ag1.d1{term}
  assembly ag1 on 2007-01-10 {{
    convened_on 2006-12-20 by administrator
    present clinique_rhone, dr_morel
    deliberation d1 on administrator {{ for clinique_rhone, dr_morel }}
  }}
}}
"""


def test_a_term_other_than_three_years_under_the_2006_text_is_flagged():
    """R6133-15@2006-01-01.2: « L'administrateur est nommé pour une durée de trois ans renouvelable. » The
    decree fixes the term: an election for one year, or for no term, departs from it and is said to."""
    def found(term):
        return conclusions(gcs.reason(gcs.loads(MOREL.format(term=term), path="<test>")))
    assert "administrator_invalid(term_not_three_years)" in found(" until 2008-01-09")
    assert "administrator_invalid(term_not_three_years)" in found(" indefinite")
    assert "administrator_invalid(term_not_three_years)" not in found(" until 2010-01-09")  # three whole years
    assert "administrator_invalid(term_not_three_years)" not in found("")
    assert "administrator_invalid(no_fixed_term)" not in found(" indefinite")  # the 2010 reason, not this text's


ARLES = """groupement imagerie "GCS Imagerie" {{
  as of {as_of}
  approved 2006-05-10
  seat "Arles" region "Provence-Alpes-Côte d'Azur"
  capital none
  member ch_arles "CH d'Arles" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 60 }}
  member ch_tarascon "CH de Tarascon" {{ kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 40 }}
  convention {{
    object "Imagerie"
    task_split
    vote_weight rights
  }}
  administrator ch_arles elected {elected} by ag1.d1{term}
  assembly ag1 on {elected} {{
    convened_on {convened} by administrator
    present ch_arles, ch_tarascon
    deliberation d1 on administrator {{ for ch_arles, ch_tarascon }}
  }}
  assembly ag2 on {ag2} {{
    convened_on {ag2_convened} by administrator
    present ch_arles, ch_tarascon
    deliberation d1 on budget {{ for ch_arles, ch_tarascon }}
  }}
}}
"""


def arles(term: str = "", elected: str = "2010-09-01", convened: str = "2010-08-10", ag2: str = "2011-05-31",
          ag2_convened: str = "2011-05-10", as_of: str = "2011-07-01"):
    return gcs.reason(gcs.loads(ARLES.format(term=term, elected=elected, convened=convened, ag2=ag2,
                                             ag2_convened=ag2_convened, as_of=as_of), path="<test>"))


def test_an_assembly_convened_by_an_administrator_whose_term_is_not_stated_says_its_validity_is_open():
    """R6133-24@2010-07-26.3 « pour une durée déterminée renouvelable »; R6133-20@2010-07-26.2 « sur
    convocation de l'administrateur du groupement »: the term not stated, whether the administrator was in
    office when it convened is not known, and a warning says the validity is open, as for `indefinite`. The
    term's own warning speaks of the end of the term of office, not of the member's end."""
    result = arles()
    found = conclusions(result)
    assert "deliberation_valid(ag2, d1)" not in found
    assert not any(c.startswith("deliberation_invalid(ag2") for c in found)
    assert validity_open(result, "ag2"), [w.message for w in result.warnings]
    fr = {w.message_fr for w in result.warnings}
    assert ("le fichier n'indique pas la date de fin du mandat de CH d'Arles : aucune conclusion sur le mandat de "
            "l'administrateur") in fr, fr
    assert not validity_open(arles(term=" until 2013-08-31"), "ag2")  # the control: in office, valid


def test_the_administrator_in_office_executes_the_assemblys_decisions_under_the_2006_text():
    """R6133-15@2006-01-01.4: « L'administrateur prépare et exécute les décisions de l'assemblée générale. »
    The same conclusion as under R6133-24 al. 4 from 2010-07-26 (« prépare et exécute les délibérations »)."""
    result = arles(elected="2008-06-01", convened="2008-05-10", ag2="2008-11-20", ag2_convened="2008-11-01",
                   as_of="2009-01-01")
    found = conclusions(result)
    assert "deliberation_valid(ag2, d1)" in found
    assert "executing_administrator(ag2, d1, ch_arles)" in found
    assert "executing_administrator(ag1, d1, ch_arles)" in found
    cited = {p for c in result.conclusions if str(c) == "executing_administrator(ag2, d1, ch_arles)"
             for p in c.provisions}
    assert "R6133-15@2006-01-01.4" in cited, cited


FLAT = """groupement g "GCS G" {{
  as of 2019-03-15
  approved 2017-10-02
  seat "Reims" region "Grand Est"
  capital none
  member chu_reims "CHU de Reims" {{ kind health_establishment sector public region "Grand Est" rights 60 }}
  member x "X" {{ kind {kind} region "Grand Est" rights 40 }}
  administrator x elected 2018-01-15 by ag1.d1 until 2021-01-14 flat_allowance
  deputy chu_reims elected 2018-01-15 by ag1.d1 until 2021-01-14
  assembly ag1 on 2018-01-15 {{
    convened_on 2018-01-02 by administrator
    present chu_reims, x
    deliberation d1 on administrator {{ for chu_reims, x }}
  }}
}}
"""


def test_a_flat_allowance_whose_condition_the_file_leaves_open_is_said_so():
    """R6133-29@2017-04-28.3 (as R6133-15 of 2006 al. 3): « Le mandat d'administrateur est exercé à titre
    gratuit … Lorsque l'administrateur exerce une activité libérale, l'assemblée peut, en outre, lui allouer
    une indemnité forfaitaire ». An indemnité, not a remuneration; and for a kind that says neither way,
    without `liberal`, whether the condition is met is not known."""
    def warnings(kind):
        return [w for w in gcs.reason(gcs.loads(FLAT.format(kind=kind), path="<test>")).warnings
                if "forfaitaire" in (w.message_fr or "")]
    for kind in ("other_health_professional", "health_house", "health_pole", "network_person"):
        found = warnings(kind)
        assert any("l'exercice libéral de X" in w.message_fr for w in found), (kind, found)
        assert all("rémunération" not in w.message_fr and "indemnité forfaitaire" in w.message_fr for w in found)
    assert warnings("other_health_professional liberal") == []
    assert warnings("liberal_medical_professional") == []
    assert warnings("health_establishment sector public") == []  # decided: flat_allowance_not_liberal
    # a private (or unstated-sector) establishment: whether its representative practises liberally is not known
    # (review 31 com RQ2, tests/test_review31_com.py)
    assert any("représentant de X" in w.message_fr for w in warnings("health_establishment"))


def test_no_warning_that_validity_turns_on_the_convener_when_a_late_convocation_decides_it():
    """R6133-25@2017-04-28.3: « La convention constitutive fixe les délais dans lesquels l'assemblée
    générale est convoquée et réunie. » Convened five days before a meeting the convention wants fifteen days
    after the convocation: invalid whoever convened, so the warning that nothing is drawn on the validity for
    want of the convener's name is not given (/tmp/r28/stories F1, s03); it is, convened in time."""
    def run(convened):
        more = f"""assembly ag2 on 2018-04-01 {{
    convened_on {convened}
    present ch_epernay, chu_reims
    deliberation d1 on budget {{ for chu_reims, ch_epernay }}
  }}"""
        return champagne(deputy_term=" until 2020-01-31", as_of="2018-06-30", more=more)
    def convener_warned(result):
        return any(w.code == "missing_fact" and "author of the convocation of ag2" in w.message
                   for w in result.warnings)
    late = run("2018-03-26")
    assert "deliberation_invalid(ag2, d1, late_convocation_convention)" in conclusions(late)
    assert not convener_warned(late), [w.message for w in late.warnings]
    assert convener_warned(run("2018-03-01"))
