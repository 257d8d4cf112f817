"""Review 36, dissolution from 2017 (reviewer 9: D1, D2, D3).

D1. R6133-8 of 2017 / 2019 II: « La dissolution du groupement entraîne sa liquidation. La personnalité morale du
groupement subsiste pour les besoins de la liquidation. » A groupement dissolved (here by its assembly, I 1°) is in
liquidation: the director general's procedure of I 3° (« Par décision motivée du directeur général de l'agence
régionale de santé ») has nothing left to dissolve. His later decision dissolves nothing (no second dissolved_on, a
no_effect warning at the decision's line), no stage of the procedure is reached and no dissolution is possible on the
as-of date, and a finding made once dissolved is no ground.

D2. L6133-9 of 2017-01-14: « le groupement de coopération sanitaire est dissous … : 1° Par décision de l'assemblée
générale ; 2° De plein droit dans les cas prévus par la convention constitutive ». From 2017-01-14 to 2017-04-27 the
decree of 2010 (R6133-8 al. 1) still governs, and the law is in force too: both are cited.

D3. Décret 2017-631 art. 7 al. 3 « A défaut de décision d'exclusion par l'assemblée générale, le directeur général …
peut dissoudre le groupement selon la procédure prévue au 3° de l'article R. 6133-8 »; R6133-8 of 2017 I 3° « S'il est
constaté au terme de ce délai qu'il n'a pas été satisfait à la mise en demeure ». Reading kept: the exclusion, even
late, removes the ground itself; an exclusion voted after the injunction's time limit is said doubtful
(doubtful_text), no conclusion drawn on the other reading.
"""

import gcs_reasoner as gcs


def _reason(text: str, explain: bool = False):
    return gcs.reason(gcs.loads(text, path="<review36>"), explain=explain)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _starting(result, *prefixes) -> list[str]:
    return sorted(c for c in _held(result) if c.startswith(prefixes))


# --- D1: the director general's procedure once the groupement is dissolved ----------------------------------------

HEAD = """groupement p "GCS Test" {{
  as of {as_of}
  approved 2012-03-01
  seat "Limoges" region "Nouvelle-Aquitaine"
  member a "CH A" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  convention {{
    object "Achats"
    vote_weight rights
  }}
"""

ASSEMBLY = """  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present a, b
    deliberation d1 on dissolution {{ for a, b }}
  }}
  dissolution by ag1.d1 notified {notified} published {published}
"""

FINDING = """  ars_decision dec1 on {finding} by ars_director_general notified {finding_notified} {{ finding serious_breach }}
  ars_decision dec2 on {injunction} by ars_director_general notified {injunction_notified} {{ injunction until {until} }}
"""

DISSOLVES = """  ars_decision dec3 on 2019-06-01 by ars_director_general notified 2019-06-02 members_notified 2019-06-02 published 2019-06-10 { dissolves reasoned }
"""


def scenario(as_of="2019-12-01", assembly=True, dissolves=True, finding="2019-01-10", finding_notified="2019-01-11",
             injunction="2019-02-20", injunction_notified="2019-02-21", until="2019-04-30", assembly_first=True):
    text = HEAD.format(as_of=as_of)
    asm = ASSEMBLY.format(day="2019-03-01", convened="2019-02-10", notified="2019-03-05", published="2019-03-15")
    if not assembly_first:
        asm = ASSEMBLY.format(day="2019-09-01", convened="2019-08-10", notified="2019-09-05", published="2019-09-15")
    proc = FINDING.format(finding=finding, finding_notified=finding_notified, injunction=injunction,
                          injunction_notified=injunction_notified, until=until)
    if assembly and assembly_first:
        text += asm
    text += proc
    if dissolves:
        text += DISSOLVES
    if assembly and not assembly_first:
        text += asm
    return text + "}\n"


def _no_effect(result) -> list:
    return [w for w in result.warnings if w.code == "no_effect"]


def test_the_directors_dissolution_after_the_assemblys_dissolves_nothing():
    """Reviewer's p1: the assembly dissolves on 2019-03-01 (from 2019-03-02); the director general's decision of
    2019-06-01 comes when the groupement is in liquidation: one dissolution, the assembly's, and a warning at the
    decision's line."""
    text = scenario()
    r = _reason(text)
    assert _starting(r, "dissolved_on(") == ["dissolved_on(assembly_decision, 2019-03-02)"]
    assert r.holds("dissolution_required(assembly_decision)")
    assert not r.holds("dissolution_required(ars_decision)")
    assert r.holds("in_liquidation(2019-03-02)")
    # the publicity is the assembly's dissolution's: notified 2019-03-05, due 2019-03-20
    assert _starting(r, "publication_due(dissolution") == ["publication_due(dissolution, 2019-03-20)"]
    warnings = _no_effect(r)
    assert [str(w.atom) for w in warnings] == ["no_effect(ars_decision:dissolved, dec3, 2019-06-01)"]
    w = warnings[0]
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "ars_decision dec3" in l)
    assert w.line == line
    assert "déjà dissous" in w.message_fr and "liquidation" in w.message_fr
    # the finding and the injunction came before the dissolution: no warning on them
    assert len(warnings) == 1


def test_the_directors_decision_on_the_assemblys_day_is_said_beside_it():
    """The assembly and the director general both decide on 2019-06-01: each dissolves from 2019-06-02 (the
    groupement was not dissolved yet on that day), both said, no warning."""
    text = HEAD.format(as_of="2019-12-01") + ASSEMBLY.format(
        day="2019-06-01", convened="2019-05-10", notified="2019-06-05", published="2019-06-15") + FINDING.format(
        finding="2019-01-10", finding_notified="2019-01-11", injunction="2019-02-20", injunction_notified="2019-02-21",
        until="2019-04-30") + DISSOLVES + "}\n"
    r = _reason(text)
    assert _starting(r, "dissolved_on(") == ["dissolved_on(ars_decision, 2019-06-02)",
                                            "dissolved_on(assembly_decision, 2019-06-02)"]
    assert not _no_effect(r)


def test_the_assembly_after_the_directors_dissolution_is_the_control():
    """Reviewer's p2 (control): the director general dissolves first (from 2019-06-02); the assembly of 2019-09-01
    does not dissolve a second time, and the director's decision takes effect."""
    r = _reason(scenario(assembly_first=False))
    assert _starting(r, "dissolved_on(") == ["dissolved_on(ars_decision, 2019-06-02)"]
    assert r.holds("dissolution_required(ars_decision)")
    assert r.holds("in_liquidation(2019-06-02)")
    assert r.holds("publication_due(dissolution, 2019-06-16)")
    assert not _no_effect(r)


def test_no_dissolution_possible_once_dissolved():
    """Reviewer's p3: the procedure ran beside the assembly's dissolution (finding 2019-01-10, injunction until
    2019-04-30); on 2019-12-01 the groupement is in liquidation: nothing left for the director to pronounce."""
    r = _reason(scenario(dissolves=False))
    assert _starting(r, "ars_dissolution_possible(") == []
    assert r.holds("dissolved_on(assembly_decision, 2019-03-02)")
    # the finding was made before the dissolution: its ground stays, as does its time limit
    assert r.holds("ars_dissolution_ground(serious_breach)")
    assert r.holds("ars_dissolution_step_due(remedy, 2019-04-30)")
    # anchor: without the assembly, the same procedure makes the dissolution possible
    anchor = _reason(scenario(dissolves=False, assembly=False))
    assert _starting(anchor, "ars_dissolution_possible(") == ["ars_dissolution_possible(serious_breach)"]


def test_no_stage_once_dissolved():
    """Reviewer's p3b: as of 2019-04-01, within the injunction's time limit, but dissolved since 2019-03-02."""
    r = _reason(scenario(as_of="2019-04-01", dissolves=False))
    assert _starting(r, "ars_dissolution_stage(") == []
    assert r.holds("dissolved_on(assembly_decision, 2019-03-02)")
    anchor = _reason(scenario(as_of="2019-04-01", dissolves=False, assembly=False))
    assert _starting(anchor, "ars_dissolution_stage(") == ["ars_dissolution_stage(remedy_period)"]


def test_a_finding_once_dissolved_is_no_ground():
    """A finding of 2019-03-10 and an injunction of 2019-05-20, after the assembly's dissolution (from 2019-03-02):
    no ground, no time limit, nothing possible; a warning at each decision's line."""
    r = _reason(scenario(dissolves=False, finding="2019-03-10", finding_notified="2019-03-11",
                         injunction="2019-05-20", injunction_notified="2019-05-21", until="2019-07-30"))
    assert _starting(r, "ars_dissolution_") == []
    assert r.holds("dissolved_on(assembly_decision, 2019-03-02)")
    assert sorted(str(w.atom) for w in _no_effect(r)) == ["no_effect(ars_decision:dissolved, dec1, 2019-03-10)",
                                                         "no_effect(ars_decision:dissolved, dec2, 2019-05-20)"]
    anchor = _reason(scenario(dissolves=False, assembly=False, finding="2019-03-10", finding_notified="2019-03-11",
                              injunction="2019-05-20", injunction_notified="2019-05-21", until="2019-07-30"))
    assert anchor.holds("ars_dissolution_ground(serious_breach)")
    assert anchor.holds("ars_dissolution_possible(serious_breach)")
    assert not _no_effect(anchor)


# --- D2: L6133-9 of 2017 cited beside R6133-8 of 2010 from 2017-01-14 to 2017-04-27 --------------------------------

CASE = """groupement p6 "GCS Radiothérapie du Berry" {{
  as of {as_of}
  approved 2012-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 40 }}
  convention {{
    object "Radiothérapie"
    task_split
    vote_weight rights
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation de radiothérapie"
  }}
  case_occurred "perte de l'autorisation de radiothérapie" on {day}
  dissolution by operation_of_law notified {day}
}}
"""

ASSEMBLY_DISSOLVES = """groupement g "GCS Imagerie" {{
  as of {as_of}
  approved 2012-03-01
  seat "Guéret" region "Nouvelle-Aquitaine"
  member ch_a "CH A" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }}
  convention {{
    object "Imagerie médicale"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution {{ for ch_a, ch_b }}
  }}
  dissolution by ag1.d1 notified {day}
}}
"""


def _cited(result, atom: str) -> list[str]:
    return sorted(next(c for c in result.conclusions if str(c) == atom).provisions)


def test_a_case_of_the_convention_in_the_window_cites_the_law_too():
    """Reviewer's p6: a case on 2017-03-01, under R6133-8 of 2010 (« Le groupement est dissous de plein droit dans
    les cas prévus par la convention constitutive ») and L6133-9 of 2017-01-14 2°."""
    r = _reason(CASE.format(day="2017-03-01", as_of="2017-06-01"), explain=True)
    assert _starting(r, "dissolved_on(") == ["dissolved_on(convention_case, 2017-03-02)"]
    assert _cited(r, "dissolved_on(convention_case, 2017-03-02)") == ["L6133-9@2017-01-14.1.2",
                                                                      "R6133-8@2010-07-26.1"]


def test_a_case_before_the_ordonnance_cites_the_decree_alone():
    """2017-01-13: L6133-9 is still the version of 2009 (« Des mesures réglementaires … déterminent … les modalités
    d'application du présent chapitre »), which states no ground of dissolution."""
    for day, first in (("2017-01-13", "2017-01-14"), ("2016-06-01", "2016-06-02")):
        r = _reason(CASE.format(day=day, as_of="2017-06-01"), explain=True)
        atom = f"dissolved_on(convention_case, {first})"
        assert _starting(r, "dissolved_on(") == [atom]
        assert _cited(r, atom) == ["R6133-8@2010-07-26.1"]


def test_a_case_on_the_first_day_of_the_ordonnance():
    r = _reason(CASE.format(day="2017-01-14", as_of="2017-06-01"), explain=True)
    assert _cited(r, "dissolved_on(convention_case, 2017-01-15)") == ["L6133-9@2017-01-14.1.2",
                                                                      "R6133-8@2010-07-26.1"]


def test_a_case_under_the_decree_of_2017_keeps_its_citation():
    r = _reason(CASE.format(day="2017-05-02", as_of="2017-06-01"), explain=True)
    assert _cited(r, "dissolved_on(convention_case, 2017-05-03)") == ["L6133-9@2017-01-14.1.2",
                                                                      "R6133-8@2017-04-28.I.1.2"]


def test_the_assemblys_dissolution_in_the_window_cites_the_law_too():
    """L6133-9 of 2017-01-14 1° « Par décision de l'assemblée générale », beside R6133-8 of 2010 (« Il peut
    également être dissous par décision de l'assemblée générale »)."""
    r = _reason(ASSEMBLY_DISSOLVES.format(day="2017-04-27", convened="2017-04-07", as_of="2017-06-01"), explain=True)
    assert _starting(r, "dissolved_on(") == ["dissolved_on(assembly_decision, 2017-04-28)"]
    assert _cited(r, "dissolved_on(assembly_decision, 2017-04-28)") == ["L6133-9@2017-01-14.1.1",
                                                                        "R6133-8@2010-07-26.1"]
    before = _reason(ASSEMBLY_DISSOLVES.format(day="2016-11-15", convened="2016-10-25", as_of="2017-06-01"), explain=True)
    assert _cited(before, "dissolved_on(assembly_decision, 2016-11-16)") == ["R6133-8@2010-07-26.1"]
    # a second assembly in the window does not dissolve again (dissolved_before_assembly kept in the new rule)
    twice = ASSEMBLY_DISSOLVES.format(day="2017-02-01", convened="2017-01-10", as_of="2017-06-01").replace(
        "  dissolution by ag1.d1", """  assembly ag2 on 2017-03-01 {
    convened_on 2017-02-08 by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution { for ch_a, ch_b }
  }
  dissolution by ag1.d1""")
    r2 = _reason(twice)
    assert _starting(r2, "dissolved_on(") == ["dissolved_on(assembly_decision, 2017-02-02)"]


# --- D3: an exclusion voted after the end of the formal notice's time limit -----------------------------------------

LATE = """groupement p4 "GCS Achats hospitaliers du Cher" {{
  as of {as_of}
  approved 2012-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_bourges "CH de Bourges" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 60 }}
  member ch_vierzon "CH de Vierzon" {{ kind health_establishment sector public region "Centre-Val de Loire" rights 30 }}
  member fourn "Distrimed SAS" {{ kind other_care_organisation sector private region "Centre-Val de Loire" profit_supplier products authorised 2012-03-01 rights 10 }}
  assembly ag1 on 2019-02-11 {{
    convened_on 2019-01-21 by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on budget {{ for ch_bourges, ch_vierzon, fourn }}
  }}
  ars_decision dec1 on 2019-03-01 by ars_director_general notified 2019-03-02 {{ finding member_not_excluded }}
  ars_decision dec2 on 2019-04-15 by ars_director_general notified 2019-04-16 {{ injunction until 2019-06-30 }}
{exclusion}}}
"""

EXCLUSION = """  assembly ag2 on {day} {{
    convened_on {convened} by administrator
    present ch_bourges, ch_vierzon, fourn
    deliberation d1 on exclusion of fourn {{
      for ch_bourges, ch_vierzon
      against fourn
      ground barred
      heard fourn
    }}
  }}
"""


def late(day=None, convened=None, as_of="2019-12-01"):
    exclusion = EXCLUSION.format(day=day, convened=convened) if day else ""
    return _reason(LATE.format(as_of=as_of, exclusion=exclusion))


def _doubts(result) -> list[str]:
    return sorted(str(w.atom) for w in result.warnings
                  if w.code == "doubtful_text" and "member_not_excluded" in str(w.atom))


def test_an_exclusion_after_the_time_limit_is_said_doubtful():
    """Reviewer's p4: finding 2019-03-01, injunction until 2019-06-30, the assembly excludes the supplier on
    2019-09-01. Reading kept: the ground is gone (no ground, nothing possible); the other reading is said."""
    r = late("2019-09-01", "2019-08-10")
    assert r.holds("excluded(fourn, 2019-09-01)")
    assert not r.holds("ars_dissolution_ground(member_not_excluded)")
    assert not r.holds("ars_dissolution_possible(member_not_excluded)")
    assert _doubts(r) == ["doubtful_text(member_not_excluded, 2019-09-01)"]
    w = [w for w in r.warnings if w.code == "doubtful_text" and "member_not_excluded" in str(w.atom)][0]
    assert "au terme de ce délai" in w.message_fr and "aucune conclusion" in w.message_fr
    assert "R6133-8@" not in w.message_fr and "decret-2017" not in w.message_fr


def test_an_exclusion_within_the_time_limit_is_not_doubtful():
    """Excluded on 2019-06-15, before the end of the time limit (2019-06-30): the formal notice complied with."""
    r = late("2019-06-15", "2019-05-24")
    assert r.holds("excluded(fourn, 2019-06-15)")
    assert not r.holds("ars_dissolution_ground(member_not_excluded)")
    assert _doubts(r) == []


def test_no_exclusion_the_ground_holds_and_nothing_is_doubtful():
    """No exclusion: the member is still there on 2019-12-01; the ground holds, and the dissolution is possible
    (the time limit over)."""
    r = late()
    assert r.holds("exclusion_required(fourn, profit_supplier)")
    assert r.holds("ars_dissolution_ground(member_not_excluded)")
    assert r.holds("ars_dissolution_possible(member_not_excluded)")
    assert _doubts(r) == []


def test_the_doubt_waits_for_the_exclusion():
    """As of 2019-08-01 the exclusion of 2019-09-01 has not happened yet: the ground holds, no doubt."""
    r = late("2019-09-01", "2019-08-10", as_of="2019-08-01")
    assert r.holds("ars_dissolution_ground(member_not_excluded)")
    assert _doubts(r) == []
