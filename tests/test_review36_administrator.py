"""Review 36, administrator (findings A1, A2, A3 of reviewer 2).

A1. R6133-15 of 2006 al. 3: « Toutefois, des indemnités de mission peuvent lui être attribuées dans les
conditions déterminées par l'assemblée générale »; R6133-13 of 2006, last paragraph: « Dans les autres matières,
l'assemblée générale peut donner délégation à l'administrateur. » The 2006 texts know no restricted committee;
R6133-22 of 2010 is the first to let the assembly delegate to one. A committee meeting held before 2010-07-26 sets
no conditions for the allowances, whatever the as-of date: the allowances stay flagged as not decided. A committee
meeting held under R6133-22 of 2010 on a delegated matter still counts (control).

A2. R6133-19 of 2010 al. 1 (R6133-24 of 2017): « l'assemblée générale peut autoriser le groupement, de manière
subsidiaire et dans le respect de son objet social, à déposer et exploiter des brevets »; R6133-22 of 2010 al. 2
(R6133-27 of 2017): « Dans les matières autres que celles mentionnées au présent article, l'assemblée générale peut
donner délégation à l'administrateur ou au comité restreint ». Patents are named by neither R6133-21 nor R6133-22:
the assembly may delegate them. A committee deliberation on patents under a running delegation, not invalid,
leaves the authorisation open (no activity_not_allowed(patents)); so does a delegation of patents to the
administrator, whose decisions the file does not record (a warning says so). Without a delegation, with one
expired, or with a delegation voted by a deliberation on another matter, activity_not_allowed(patents) stands.

A3. R6133-29 of 2017 al. 8: « Un suppléant, élu dans les mêmes conditions que l'administrateur, remplace ce dernier
dans toutes ses fonctions lorsque l'administrateur ne peut pas les assurer ». The deputy who represents the
groupement, is ordonnateur or executes a deliberation in the administrator's place is called the deputy replacing
the administrator, not « administrateur »; the administrator in office keeps its own words. The predicates and
their arguments do not change (the golden facts/admin17_deputy_acting.expected is unchanged): the sentence is the
deriving rule's own, and the predicate's first sentence (used where no rule is known) is true of both.
"""

import gcs_reasoner as gcs


def _reason(text: str, explain: bool = False):
    return gcs.reason(gcs.loads(text, path="<review36-admin>"), explain=explain)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _codes(result) -> list[str]:
    return [w.code for w in result.warnings]


# --- A1: a committee meeting before 2010-07-26 does not decide the mission allowances ---------------------------

# scenario /tmp/rv2/t1_committee_allowances_2008.gcs, verbatim
COMMITTEE_ALLOWANCES_2008 = """groupement dialyse_rhone "GCS Dialyse du Rhône" {
  as of 2008-06-15
  approved 2006-11-02
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  convention {
    object "Centre commun"
    notice_days 10
  }
  administrator ch_a elected 2007-01-10 by ag1.d1 mission_allowances
  assembly ag1 on 2007-01-10 {
    convened_on 2006-12-20 by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  committee_meeting cr1 on 2008-02-01 {
    present ch_a, ch_b
    deliberation d1 on mission_allowances { for ch_a, ch_b }
  }
}
"""

# scenario /tmp/rv2/t1_control_no_committee.gcs, verbatim: the same file without the committee meeting
CONTROL_NO_COMMITTEE_2008 = """groupement dialyse_rhone "GCS Dialyse du Rhône" {
  as of 2008-06-15
  approved 2006-11-02
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  convention {
    object "Centre commun"
    notice_days 10
  }
  administrator ch_a elected 2007-01-10 by ag1.d1 mission_allowances
  assembly ag1 on 2007-01-10 {
    convened_on 2006-12-20 by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
}
"""

# an administrator elected under the 2006 text (three years, to 2013-01-10), a committee meeting of 2010-03-01
# (before R6133-22 of 2010), the as-of date in 2012 under R6133-24
COMMITTEE_2010_03_ASOF_2012 = """groupement dialyse_rhone "GCS Dialyse du Rhône" {
  as of 2012-06-15
  approved 2006-11-02
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  convention {
    object "Centre commun"
    notice_days 10
  }
  administrator ch_a elected 2010-01-10 by ag1.d1 mission_allowances
  assembly ag1 on 2010-01-10 {
    convened_on 2009-12-20 by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  committee_meeting cr1 on 2010-03-01 {
    present ch_a, ch_b
    deliberation d1 on mission_allowances { for ch_a, ch_b }
  }
}
"""

# under R6133-22 of 2010: a committee elected, the allowances (15° of R6133-21) delegated to it, its meeting of
# 2011 deliberates on them (validity open: no quorum rule stated)
COMMITTEE_DELEGATED_2011 = """groupement recherche_est "GCS Recherche clinique de l'Est" {
  as of 2012-12-01
  approved 2011-01-10
  seat "Nancy" region "Lorraine"
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 40 }
  convention {
    notice_days 15
    restricted_committee
  }
  administrator chu_nancy elected 2011-02-01 by ag1.d1 until 2014-01-31 mission_allowances
  committee members chu_nancy, ch_metz elected 2011-02-01 by ag1.d2 until 2014-01-31
  delegation to committee matters mission_allowances by ag1.d3 until 2014-01-31
  assembly ag1 on 2011-02-01 {
    convened_on 2011-01-10 by administrator
    present chu_nancy, ch_metz
    deliberation d1 on administrator { for chu_nancy, ch_metz }
    deliberation d2 on committee_election { for chu_nancy, ch_metz }
    deliberation d3 on delegation { for chu_nancy, ch_metz }
  }
  committee_meeting cr1 on 2011-06-15 {
    present chu_nancy, ch_metz
    deliberation d1 on mission_allowances { for chu_nancy, ch_metz }
  }
}
"""

ALLOWANCES_FLAG = "administrator_invalid(mission_allowances_not_decided)"


def test_2006_committee_meeting_leaves_the_allowances_undecided():
    r = _reason(COMMITTEE_ALLOWANCES_2008)
    held = _held(r)
    assert ALLOWANCES_FLAG in held
    # positive anchors: the administrator is elected and acts; the committee meeting is warned of as not judged
    assert "deliberation_valid(ag1, d1)" in held
    assert "legal_representative(ch_a)" in held
    assert "text_not_in_force" in _codes(r)


def test_2006_control_without_committee_flags_the_allowances_too():
    held = _held(_reason(CONTROL_NO_COMMITTEE_2008))
    assert ALLOWANCES_FLAG in held
    assert "deliberation_valid(ag1, d1)" in held


def test_pre_2010_committee_meeting_does_not_count_under_a_later_as_of_date():
    r = _reason(COMMITTEE_2010_03_ASOF_2012)
    held = _held(r)
    assert ALLOWANCES_FLAG in held
    assert "deliberation_valid(ag1, d1)" in held
    assert "text_not_in_force" in _codes(r)


def test_2010_committee_under_delegation_still_counts():
    r = _reason(COMMITTEE_DELEGATED_2011)
    held = _held(r)
    assert ALLOWANCES_FLAG not in held
    # positive anchors: the delegating deliberation stands; the committee's deliberation is open (no voting rule)
    assert "deliberation_valid(ag1, d3)" in held
    assert "missing_fact" in _codes(r)
    # without the committee meeting, the allowances are flagged
    no_meeting = COMMITTEE_DELEGATED_2011.split("  committee_meeting cr1")[0] + "}\n"
    assert ALLOWANCES_FLAG in _held(_reason(no_meeting))


# --- A2: patents authorised under a delegation to the committee or to the administrator ------------------------

# scenario /tmp/rv2/t2_patents_committee_2012.gcs, verbatim
PATENTS_COMMITTEE_2012 = """groupement recherche_est "GCS Recherche clinique de l'Est" {
  as of 2012-12-01
  approved 2011-01-10
  seat "Nancy" region "Lorraine"
  activity research
  activity patents
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 40 }
  convention {
    notice_days 15
    restricted_committee
  }
  administrator chu_nancy elected 2011-02-01 by ag1.d1 until 2014-01-31
  committee members chu_nancy, ch_metz elected 2011-02-01 by ag1.d2 until 2014-01-31
  delegation to committee matters patents by ag1.d3 until 2014-01-31
  assembly ag1 on 2011-02-01 {
    convened_on 2011-01-10 by administrator
    present chu_nancy, ch_metz
    deliberation d1 on administrator { for chu_nancy, ch_metz }
    deliberation d2 on committee_election { for chu_nancy, ch_metz }
    deliberation d3 on delegation { for chu_nancy, ch_metz }
  }
  committee_meeting cr1 on 2011-06-15 {
    present chu_nancy, ch_metz
    deliberation d1 on patents { for chu_nancy, ch_metz }
  }
}
"""

PATENTS_NOT_ALLOWED = "activity_not_allowed(patents)"
NO_MEETING = lambda text: text.split("  committee_meeting cr1")[0] + "}\n"  # noqa: E731


def _missing(result) -> list[str]:
    return [w.message for w in result.warnings if w.code == "missing_fact"]


def test_committee_deliberation_under_delegation_leaves_patents_open():
    r = _reason(PATENTS_COMMITTEE_2012)
    held = _held(r)
    assert PATENTS_NOT_ALLOWED not in held
    # positive anchors: the delegation is voted, the committee's deliberation is open (no voting rule stated)
    assert "deliberation_valid(ag1, d3)" in held
    assert "patent_results(shared_under_r6133_5)" in held
    assert not any(c.startswith("deliberation_invalid(cr1") for c in held)
    assert any("cr1" in m and "quorum" in m for m in _missing(r))


def test_patents_without_the_committee_meeting_are_not_allowed():
    held = _held(_reason(NO_MEETING(PATENTS_COMMITTEE_2012)))
    assert PATENTS_NOT_ALLOWED in held


def test_committee_deliberation_without_delegation_does_not_authorise():
    text = PATENTS_COMMITTEE_2012.replace("delegation to committee matters patents",
                                          "delegation to committee matters information_sharing")
    held = _held(_reason(text))
    assert "deliberation_invalid(cr1, d1, not_delegated)" in held
    assert PATENTS_NOT_ALLOWED in held


def test_committee_deliberation_after_the_delegation_expired_does_not_authorise():
    text = PATENTS_COMMITTEE_2012.replace("matters patents by ag1.d3 until 2014-01-31",
                                          "matters patents by ag1.d3 until 2011-05-31")
    held = _held(_reason(text))
    assert "deliberation_invalid(cr1, d1, not_delegated)" in held
    assert PATENTS_NOT_ALLOWED in held


def test_committee_deliberation_under_the_2017_texts_leaves_patents_open():
    text = (PATENTS_COMMITTEE_2012.replace("as of 2012-12-01", "as of 2019-12-01")
            .replace("approved 2011-01-10", "approved 2017-06-01").replace("2011-02-01", "2017-07-01")
            .replace("2014-01-31", "2020-06-30").replace("convened_on 2011-01-10", "convened_on 2017-06-10")
            .replace("2011-06-15", "2018-03-15"))
    held = _held(_reason(text))
    assert PATENTS_NOT_ALLOWED not in held
    assert "patent_results(shared_under_r6133_5)" in held
    assert PATENTS_NOT_ALLOWED in _held(_reason(NO_MEETING(text)))


PATENTS_ADMINISTRATOR_2012 = NO_MEETING(PATENTS_COMMITTEE_2012).replace("delegation to committee matters patents",
                                                                        "delegation to administrator matters patents")


def test_delegation_to_the_administrator_leaves_patents_open_with_a_warning():
    r = _reason(PATENTS_ADMINISTRATOR_2012)
    held = _held(r)
    assert PATENTS_NOT_ALLOWED not in held
    assert "deliberation_valid(ag1, d3)" in held
    assert "patent_results(shared_under_r6133_5)" in held
    assert any("delegated the matter of patents to the administrator" in m for m in _missing(r))
    fr = [w.message_fr for w in r.warnings if w.code == "missing_fact"]
    assert any("délégué à l'administrateur la matière des brevets" in m for m in fr)


def test_delegation_to_the_administrator_voted_on_another_matter_does_not_authorise():
    text = PATENTS_ADMINISTRATOR_2012.replace("deliberation d3 on delegation", "deliberation d3 on budget")
    r = _reason(text)
    held = _held(r)
    assert PATENTS_NOT_ALLOWED in held
    assert not any("matter of patents" in m for m in _missing(r))


# --- A3: the deputy acting in the administrator's place is named as such -------------------------------------

from pathlib import Path  # noqa: E402

from gcs_reasoner.sentences import sentence as _sentence  # noqa: E402

# scenario /tmp/rv2/t4_deputy_acting_2019.gcs = facts/admin17_deputy_acting.gcs
DEPUTY_ACTING_2019 = (Path(__file__).resolve().parent.parent / "facts" / "admin17_deputy_acting.gcs").read_text(
    encoding="utf-8")


def _conclusion(result, text: str):
    return next(c for c in result.conclusions if str(c) == text)


def test_the_deputy_acting_is_called_the_deputy_replacing_the_administrator():
    r = _reason(DEPUTY_ACTING_2019)
    held = _held(r)
    assert "acting_administrator(ch_epernay)" in held
    for text in ("legal_representative(ch_epernay)", "ordonnateur(ch_epernay)",
                 "executing_administrator(ag3, d1, ch_epernay)"):
        c = _conclusion(r, text)
        fr, en = c.sentence("fr"), c.sentence("en")
        assert "suppléant remplaçant l'administrateur" in fr, fr
        assert "administrateur du groupement" not in fr and "administrateur en fonctions" not in fr, fr
        assert "the deputy replacing the administrator" in en, en
        assert "as administrator" not in en and "the administrator in office" not in en, en


def test_the_administrator_in_office_keeps_its_words():
    r = _reason(DEPUTY_ACTING_2019)
    c = _conclusion(r, "executing_administrator(ag1, d1, chu_reims)")
    assert c.sentence("fr").startswith("CHU de Reims, administrateur en fonctions à la date de l'assemblée générale")
    assert "suppléant" not in c.sentence("fr")
    # without the unavailability, the administrator represents the groupement and is ordonnateur, as such
    able = _reason(DEPUTY_ACTING_2019.replace("  administrator_unavailable from 2019-01-10\n", ""))
    held = _held(able)
    assert "legal_representative(chu_reims)" in held and "legal_representative(ch_epernay)" not in held
    for text in ("legal_representative(chu_reims)", "ordonnateur(chu_reims)"):
        fr = _conclusion(able, text).sentence("fr")
        assert fr.startswith("CHU de Reims, administrateur du groupement"), fr
        assert "suppléant" not in fr


def test_the_first_sentence_of_each_predicate_is_true_of_both():
    """Where no deriving rule is known, the predicate's first sentence serves: it names both roles."""
    r = _reason(DEPUTY_ACTING_2019)
    for text in ("legal_representative(ch_epernay)", "ordonnateur(ch_epernay)",
                 "executing_administrator(ag3, d1, ch_epernay)"):
        sym = _conclusion(r, text).symbol
        fr = _sentence(sym, "fr", r.program, r.names)
        assert "administrateur" in fr and "suppléant le remplaçant" in fr, fr
