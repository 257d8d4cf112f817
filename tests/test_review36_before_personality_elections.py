"""Review 36, second reader 12 (X3): an election left out because it came before legal personality.

R6133-1-1 of 2010 al. 2 « Le groupement jouit de la personnalité morale à compter de la date de publication de
l'acte d'approbation »; R6133-24 of 2010 al. 1 « Le groupement est administré par un administrateur élu en son
sein par l'assemblée générale »: an election made before the groupement existed elects no one. The file states
that election as the administrator's (the only one it records): an assembly convened "by administrator" is not
taken as the file states it (S1), and from the election on no administrator was in office (R6133-20 of 2010
al. 2 « Elle se réunit sur convocation de l'administrateur du groupement »). Approved before 2006-01-01, no
encoded text says what the election did: the validity is left open with a warning.
"""

from __future__ import annotations

import gcs_reasoner as gcs

ENCODED = """groupement g "GCS Imagerie" {
  as of 2013-06-01
  approved 2011-03-01
  seat "Nancy" region "Lorraine"
  activity logistic
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 40 }
  convention {
    notice_days 15
  }
  administrator chu_nancy elected ELECTED until 2014-06-30
  assembly ag1 on 2012-06-01 {
    convened_on 2012-05-10 by CONVENER
    present chu_nancy, ch_metz
    deliberation d1 on budget { for chu_nancy, ch_metz }
  }
}
"""

OLD = """groupement g "GCS Imagerie" {
  as of 2006-06-01
  approved 2004-03-01
  seat "Nancy" region "Lorraine"
  activity logistic
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 40 }
  convention {
    notice_days 15
  }
  administrator chu_nancy elected 2004-02-01 until 2007-01-31
  assembly ag1 on 2006-05-20 {
    convened_on 2006-05-01 by CONVENER
    present chu_nancy, ch_metz
    deliberation d1 on budget { for chu_nancy, ch_metz }
  }
}
"""


def _reason(tmp_path, text, name="x.gcs"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return gcs.reason(gcs.load(p))


def _codes(r, code):
    return [w for w in r.warnings if w.code == code]


def test_an_election_before_personality_leaves_no_administrator_in_office(tmp_path):
    """The finding's file (term over or not: here running until 2014): convened "by administrator" on
    2012-05-10, the only administrator stated elected 2011-02-01, before the publication of 2011-03-01."""
    r = _reason(tmp_path, ENCODED.replace("ELECTED", "2011-02-01").replace("CONVENER", "administrator"))
    assert r.holds("quorum_met(ag1)")  # anchor
    assert r.holds("deliberation_invalid(ag1, d1, no_administrator_in_office)")
    assert not r.holds("deliberation_valid(ag1, d1)")
    assert [w.line for w in _codes(r, "before_legal_personality")] == [11]
    for w in _codes(r, "missing_fact"):  # the file states an administrator: no warning says it does not
        assert "l'administrateur de ag1" not in w.message_fr and "the administrator of ag1" not in w.message


def test_the_same_election_after_personality_is_in_office(tmp_path):
    """Control: elected 2011-03-10, after the publication, in office on 2012-05-10 (term until 2014-06-30)."""
    r = _reason(tmp_path, ENCODED.replace("ELECTED", "2011-03-10").replace("CONVENER", "administrator"))
    assert _codes(r, "before_legal_personality") == []
    assert r.holds("deliberation_valid(ag1, d1)")
    assert r.holds("executing_administrator(ag1, d1, chu_nancy)")


def test_a_member_convening_is_not_the_administrator(tmp_path):
    """The member the void election names, or another member, convened: neither was the administrator."""
    for who in ("chu_nancy", "ch_metz"):
        r = _reason(tmp_path, ENCODED.replace("ELECTED", "2011-02-01").replace("CONVENER", who), f"{who}.gcs")
        assert r.holds("quorum_met(ag1)")  # anchor
        assert r.holds("deliberation_invalid(ag1, d1, not_convened_by_administrator)"), who
        assert not r.holds("deliberation_valid(ag1, d1)")


def test_before_2006_the_validity_is_left_open(tmp_path):
    """Approved 2004-03-01: no encoded text says what an election of 2004-02-01 did; the deliberation of
    2006-05-20 is neither valid nor invalid, and a warning says why (not that the file names no one)."""
    r = _reason(tmp_path, OLD.replace("CONVENER", "administrator"))
    assert r.holds("quorum_met(ag1)")  # anchor
    assert not r.holds("deliberation_valid(ag1, d1)") and not r.holds("deliberation_invalid(ag1, d1, _)")
    said = [w for w in _codes(r, "missing_fact") if "ag1" in w.message_fr]
    assert len(said) == 1
    assert "précède la personnalité morale" in said[0].message_fr and "n'est pas jugée" in said[0].message_fr
    assert "came before the groupement had legal personality" in said[0].message


def test_before_2006_a_member_convening_is_open(tmp_path):
    for who in ("chu_nancy", "ch_metz"):
        r = _reason(tmp_path, OLD.replace("CONVENER", who), f"{who}.gcs")
        assert r.holds("quorum_met(ag1)")  # anchor
        assert not r.holds("deliberation_valid(ag1, d1)") and not r.holds("deliberation_invalid(ag1, d1, _)"), who
        assert any("ag1" in w.message_fr for w in _codes(r, "missing_fact"))


COMMITTEE = """groupement g "GCS Test" {
  as of 2012-06-01
  approved APPROVED
  seat "Tours" region "Centre"
  member a "CH A" { kind health_establishment sector public region "Centre" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Centre" rights 40 }
  convention {
    notice_days 10
    vote_weight rights
    restricted_committee
  }
  committee members a, b elected 2003-06-01 by ag0.d0 until 2014-06-01
  delegation to committee matters real_estate by ag1.d1 until 2014-06-01
  assembly ag0 on 2003-06-01 {
    present a, b
    deliberation d0 on committee_election { for a, b }
  }
  assembly ag1 on 2011-01-10 {
    convened_on 2010-12-20 by administrator
    present a, b
    deliberation d1 on delegation { for a, b }
  }
  committee_meeting k1 on 2012-03-01 {
    present a, b
    minutes_sent 2012-03-05
    deliberation d1 on real_estate { for a, b }
  }
}
"""


def test_a_committee_elected_before_a_2004_publication_may_be_in_office(tmp_path):
    """Approved 2004-03-01, the committee elected 2003-06-01 (left out): not judged, as a committee elected
    before R6133-22 of 2010 (« l'assemblée générale peut élire en son sein un comité restreint »): the meeting
    of 2012 is left open, not invalid for want of a committee."""
    r = _reason(tmp_path, COMMITTEE.replace("APPROVED", "2004-03-01"))
    assert r.holds("member(a)")  # anchor
    assert not r.holds("deliberation_invalid(k1, d1, no_committee)")
    said = [w.message for w in _codes(r, "missing_fact") if "meeting k1" in w.message]
    assert any("was elected before 26 July 2010" in m for m in said)


def test_a_committee_elected_before_a_2006_publication_elects_no_one(tmp_path):
    """Approved 2006-06-01 (R6133-11 of 2006 al. 3): the committee elected in 2003 is no committee."""
    r = _reason(tmp_path, COMMITTEE.replace("APPROVED", "2006-06-01"))
    assert r.holds("member(a)")  # anchor
    assert r.holds("deliberation_invalid(k1, d1, no_committee)")


# --- S2: the deputy's name and the dates in the warning ------------------------------------------------
# L6133-4 of 2017 « ainsi que le suppléant de ce dernier »; R6133-29 of 2017 al. 8 « Un suppléant »

DEPUTY = """groupement g "GCS Imagerie" {
  as of 2019-06-01
  approved 2018-03-01
  seat "Nancy" region "Grand Est"
  activity logistic
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Grand Est" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Grand Est" rights 40 }
  convention {
    notice_days 15
  }
  administrator chu_nancy elected 2018-04-01 by ag1.d1 until 2021-03-31
  deputy ch_metz elected DEPUTY
  assembly ag1 on 2018-04-01 {
    convened_on 2018-03-10 by administrator
    present chu_nancy, ch_metz
    deliberation d1 on administrator { for chu_nancy, ch_metz }
  }
  ars_decision dec1 on 2018-02-15 by ars_director_general published 2018-03-01 { approves convention }
}
"""
# review 38: the approving decision dated (2018-02-15), after the deputy's election of 2018-02-01: before legal
# personality under both texts (with the decision not dated, the election would be left open: R6133-1-1 of 2017 al. 4)


def test_the_deputy_is_the_administrators_suppleant_and_dates_are_words(tmp_path):
    r = _reason(tmp_path, DEPUTY.replace("DEPUTY", "2018-02-01"))
    assert r.holds("deliberation_valid(ag1, d1)")  # anchor
    (w,) = _codes(r, "before_legal_personality")
    assert w.line == 12
    assert "comme suppléant de l'administrateur du 1er février 2018" in w.message_fr
    assert "approbation publiée le 1er mars 2018" in w.message_fr
    assert "adjoint" not in w.message_fr and "2018-02-01" not in w.message_fr
    assert "as the administrator's deputy on 1 February 2018" in w.message
    assert "approval published on 1 March 2018" in w.message and "2018-03-01" not in w.message


def test_a_deputy_elected_after_the_publication_is_not_warned(tmp_path):
    r = _reason(tmp_path, DEPUTY.replace("DEPUTY", "2018-04-01 by ag1.d1 until 2021-03-31"))
    assert r.holds("deliberation_valid(ag1, d1)")  # anchor
    assert _codes(r, "before_legal_personality") == []


def test_a_pre_2006_warning_names_the_day_in_words(tmp_path):
    r = _reason(tmp_path, OLD.replace("CONVENER", "administrator"))
    (w,) = _codes(r, "before_legal_personality")
    assert "du 1er février 2004" in w.message_fr and "à compter du 1er janvier 2006" in w.message_fr
    assert "on 1 February 2004" in w.message and "applies from 1 January 2006" in w.message
