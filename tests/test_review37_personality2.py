"""Review 37, fixer I: legal personality, the second reading.

F1. From 2017-04-28 the two texts date legal personality differently. R6133-1-1 of 2017 al. 4: « Le groupement jouit
de la personnalité morale à compter de la décision d'approbation ou, à défaut, à compter du lendemain de la décision
implicite d'approbation »; L6133-3 of 2017 I al. 2: « Ce groupement acquiert la personnalité morale à dater de cette
publication ». The rules state both dates and the conflict (« aucune n'est retenue »). A statement dated between the
decision and the publication (an assembly, an election) is then neither left out as made before the groupement
existed nor judged as made after: `legal_personality_disputed`, and what rests on it (the administrator in office,
a later assembly he convened, an admission voted then) is left open. Before the decision both texts agree: the
statement is left out as before, and the warning cites the law (L6133-3) and the decree's decision, never
R6133-1-1 of 2017 for the publication date. Before 2017-04-28 (R6133-1-1 of 2010 al. 2 « à compter de la date de
publication de l'acte d'approbation ») nothing changes.

F2. R6133-7 of 2010 I « Après sa constitution, le groupement peut admettre de nouveaux membres, par décision de
l'assemblée générale »: with the approving decision's `published` date alone, a member's `joined` before that
publication is kept (review 33 reads the members on the receipt and the decision's day by it) but its admission is
left open (missing_fact(joined_admission, M, joined_before_publication)), not judged irregular.
"""

from datetime import date, timedelta

import gcs_reasoner as gcs

CONFLICT = ("conflict(\"L6133-3@2017-01-14.I.2\", \"R6133-1-1@2017-04-28.4\", legal_personality)")

# /tmp/sr37_1/b1.gcs: decision 2018-02-01, published 2018-04-01; the administrator elected on 2018-03-01 by an
# assembly of that day, both between the two; a later assembly convened by the administrator
B1 = """groupement g "GCS Test" {
  as of 2018-09-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  convention {
    object "Achats"
    task_split
  }
%(approved)s  ars_decision dec1 on %(decided)s by ars_director_general notified %(decided)s%(published)s { approves convention }
  administrator ch_a elected %(elected)s by ag1.d1 until %(until)s
  assembly ag1 on %(elected)s {
    convened_on %(convened)s by administrator
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  assembly ag2 on %(later)s {
    convened_on %(later_convened)s by administrator
    present ch_a, ch_b
    deliberation d1 on budget { for ch_a, ch_b }
  }
}
"""


def _b1(decided="2018-02-01", publication="2018-04-01", elected="2018-03-01", source="published",
        as_of="2018-09-01", later="2018-06-01"):
    def before(day, n):
        return (date.fromisoformat(day) - timedelta(days=n)).isoformat()

    text = B1 % {
        "approved": f"  approved {publication}\n" if source == "approved" else "",
        "published": f" published {publication}" if source == "published" else "",
        "decided": decided, "elected": elected, "until": f"{int(elected[:4]) + 3}-02-28",
        "convened": before(elected, 15), "later": later, "later_convened": before(later, 20),
    }
    text = text.replace("as of 2018-09-01", f"as of {as_of}")
    return gcs.reason(gcs.loads(text, path="<review37-I>"))


def _found(result):
    return {str(c) for c in result.conclusions}


def _codes(result):
    return sorted((w.code, w.line) for w in result.warnings
                  if w.code in ("before_legal_personality", "legal_personality_disputed"))


def _missing(result, attribute):
    return [w for w in result.warnings if w.code == "missing_fact" and w.atom.endswith(f", {attribute})")]


# --- F1: between the decision of 2017 and its publication ----------------------------------------------------


def test_an_election_between_the_decision_and_its_publication_is_left_open_with_published():
    result = _b1()
    found = _found(result)
    # the conflict the rules state, both dates given
    assert CONFLICT in found
    assert "legal_personality_from(2018-02-01)" in found and "legal_personality_from(2018-04-01)" in found
    # ag2 (2018-06-01, after both dates) is judged: its quorum
    assert "quorum_met(ag2)" in found
    # the election and ag1 (2018-03-01) fall between: open, not "before legal personality"
    assert _codes(result) == [("legal_personality_disputed", 11), ("legal_personality_disputed", 12)]
    # no invalidity drawn from the law's side alone (no administrator in office)
    assert not any(k.startswith("deliberation_invalid(ag2") for k in found), found
    # the validity of ag2's deliberations is left open, the warning naming both texts
    open_ = _missing(result, "personality_disputed")
    assert [w.atom for w in open_] == ["missing_fact(validity_of_deliberations, ag2, personality_disputed)"]
    fr = open_[0].message_fr
    assert "R6133-1-1 de 2017, al. 4" in fr and "L6133-3, I" in fr and "aucun des deux n'est retenu" in fr


def test_the_same_with_approved():
    result = _b1(source="approved")
    found = _found(result)
    assert CONFLICT in found and "quorum_met(ag2)" in found
    assert _codes(result) == [("legal_personality_disputed", 12), ("legal_personality_disputed", 13)]
    assert not any(k.startswith("deliberation_invalid(ag2") for k in found), found
    assert _missing(result, "personality_disputed")


def test_the_disputed_warning_cites_each_text_for_its_own_date():
    result = _b1()
    w = next(w for w in result.warnings if w.code == "legal_personality_disputed" and w.line == 11)
    # the decree's date is the decision's (al. 4), the law's the publication's (L6133-3 I)
    assert "décision d'approbation de la convention du 1er février 2018" in w.message_fr
    assert "la publication de l'approbation du 1er avril 2018" in w.message_fr
    assert "(R6133-1-1 de 2017, al. 4), la loi de la publication (L6133-3, I)" in w.message_fr
    assert "avant que le groupement ait la personnalité morale" not in w.message_fr


def test_an_election_before_the_decision_is_left_out_as_before_both_texts():
    # elected 2018-01-10, before the decision of 2018-02-01: neither text gives the groupement legal personality
    result = _b1(elected="2018-01-10")
    found = _found(result)
    assert CONFLICT in found
    assert _codes(result) == [("before_legal_personality", 11), ("before_legal_personality", 12)]
    # no administrator was in office under either text: ag2's convocation in its name is irregular
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found
    w = next(w for w in result.warnings if w.line == 11)
    # the publication's date is the law's (L6133-3); R6133-1-1 of 2017 is cited for the decision only
    assert "ligne 10, L6133-3 ; décidée le 2018-02-01, ligne 10, R6133-1-1 de 2017)" in w.message_fr
    assert "ligne 10, R6133-1-1)" not in w.message_fr


def test_an_election_after_the_publication_is_judged():
    result = _b1(elected="2018-04-10", later="2018-06-01")
    found = _found(result)
    assert CONFLICT in found
    assert _codes(result) == []
    assert "quorum_met(ag1)" in found and "quorum_met(ag2)" in found
    assert not any(k.startswith("deliberation_invalid(ag2") for k in found), found
    assert not _missing(result, "personality_disputed")


def test_before_2017_nothing_changes():
    # R6133-1-1 of 2010 al. 2: from the publication; the election between the decision and it is before personality
    result = _b1(decided="2016-02-01", publication="2016-04-01", elected="2016-03-01", as_of="2016-09-01",
                 later="2016-06-01")
    found = _found(result)
    assert not any(k.startswith("conflict(") for k in found), found
    assert "legal_personality_from(2016-04-01)" in found
    assert _codes(result) == [("before_legal_personality", 11), ("before_legal_personality", 12)]
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found
    w = next(w for w in result.warnings if w.line == 11)
    assert "ligne 10, R6133-1-1)" in w.message_fr


def test_a_decision_of_2010_published_after_2017_04_28_keeps_the_2010_reading():
    # decided 2017-04-20 under R6133-1-1 of 2010 (from the publication), published 2017-05-05
    result = _b1(decided="2017-04-20", publication="2017-05-05", elected="2017-05-01", as_of="2017-09-01",
                 later="2017-07-03")
    found = _found(result)
    assert not any(k.startswith("conflict(") for k in found), found
    assert _codes(result) == [("before_legal_personality", 11), ("before_legal_personality", 12)]
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in found
    w = next(w for w in result.warnings if w.line == 11)
    assert "ligne 10, R6133-1-1)" in w.message_fr


TACIT = """groupement g "GCS Test" {
  as of 2018-09-01
  approved 2018-04-01
  submitted 2018-01-05
  seat "Bourges" region "Centre-Val de Loire"
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  administrator ch_a elected %s by ag1.d1 until 2021-02-28
  assembly ag1 on %s {
    convened_on 2018-01-02 by ch_a
    present ch_a, ch_b
    deliberation d1 on administrator { for ch_a, ch_b }
  }
  assembly ag2 on 2018-06-01 {
    convened_on 2018-05-10 by administrator
    present ch_a, ch_b
    deliberation d1 on budget { for ch_a, ch_b }
  }
}
"""


def test_after_a_tacit_approval_the_day_after_it_opens_the_same_conflict():
    # R6133-1-1 of 2017 al. 2 and 4: received 2018-01-05, no express decision by 2018-03-05, so personality from
    # 2018-03-06 under the decree; the publication of 2018-04-01 under the law
    result = gcs.reason(gcs.loads(TACIT % ("2018-03-10", "2018-03-10"), path="<review37-I>"))
    found = _found(result)
    assert "tacit_approval(convention, 2018-03-05)" in found and CONFLICT in found
    assert "legal_personality_from(2018-03-06)" in found and "quorum_met(ag2)" in found
    assert _codes(result) == [("legal_personality_disputed", 8), ("legal_personality_disputed", 9)]
    w = next(w for w in result.warnings if w.code == "legal_personality_disputed" and w.line == 8)
    assert "le lendemain de l'approbation tacite de la convention, le 6 mars 2018 (réception, ligne 4)" in w.message_fr
    assert not any(k.startswith("deliberation_invalid(ag2") for k in found), found
    assert _missing(result, "personality_disputed")
    # before the day after the tacit approval, both texts agree: left out, no administrator in office
    early = gcs.reason(gcs.loads(TACIT % ("2018-03-01", "2018-03-01"), path="<review37-I>"))
    assert _codes(early) == [("before_legal_personality", 8), ("before_legal_personality", 9)]
    assert "deliberation_invalid(ag2, d1, no_administrator_in_office)" in _found(early)


APPROVED_ONLY = """groupement g "GCS Test" {
  as of 2018-09-01
  approved 2018-04-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 50 }
  assembly ag1 on 2018-03-01 {
    convened_on 2018-02-10 by ch_a
    present ch_a, ch_b
    deliberation d1 on budget { for ch_a, ch_b }
  }
}
"""


def test_an_approval_published_from_2017_cites_the_law_for_the_publication():
    # review 38: the decision not dated, an assembly of 2018-03-01 may come before it or after it: left open
    # (tests/test_review38_undated_decision.py); one held before 2017-04-28 is before legal personality under both
    # texts, and its warning cites the law for the publication
    result = gcs.reason(gcs.loads(APPROVED_ONLY, path="<review37-I>"))
    assert "member(ch_a)" in _found(result)
    assert _codes(result) == [("legal_personality_disputed", 7)]
    result = gcs.reason(gcs.loads(APPROVED_ONLY.replace("2018-03-01", "2017-03-01").replace("2018-02-10", "2017-02-10"),
                                  path="<review37-I>"))
    found = _found(result)
    # the decree's date is not known (missing_fact), the assembly is left out as before the publication
    assert "member(ch_a)" in found
    assert _codes(result) == [("before_legal_personality", 7)]
    w = result.warnings[[x.code for x in result.warnings].index("before_legal_personality")]
    assert "ligne 3, L6133-3)" in w.message_fr and "R6133-1-1" not in w.message_fr


ADMITTED = """groupement g "GCS Test" {
  as of 2018-09-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 40 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 30 }
  member ch_c "CH C" { kind health_establishment sector public region "Centre-Val de Loire" rights 30 joined %s }
  ars_decision dec1 on 2018-02-01 by ars_director_general published 2018-04-01 { approves convention }
  assembly ag1 on %s {
    convened_on 2018-01-10 by ch_a
    present ch_a, ch_b
    deliberation d1 on admission of ch_c { for ch_a, ch_b }
  }
}
"""


def test_an_admission_voted_between_the_decision_and_the_publication_is_left_open():
    # ag1 (2018-03-01) between the decision and the publication admits ch_c, which joins after the publication
    result = gcs.reason(gcs.loads(ADMITTED % ("2018-05-01", "2018-03-01"), path="<review37-I>"))
    found = _found(result)
    assert CONFLICT in found and "member(ch_c)" in found
    assert ("legal_personality_disputed", 8) in _codes(result)
    assert not any(k.startswith("membership_invalid(ch_c") for k in found), found
    # ch_c joined after the publication (both texts: after the constitution): its admission needs an avenant
    # (R6133-7 of 2010 IV, repeated in 2017), whatever the deliberation; the file states none
    assert "admission_required(ch_c)" in found and "avenant_missing(admission:ch_c)" in found


def test_an_admission_voted_before_the_decision_is_no_admission():
    # ag1 (2018-01-20) before the decision: a meeting of the founders under both texts, which admits no one
    result = gcs.reason(gcs.loads(ADMITTED % ("2018-05-01", "2018-01-20"), path="<review37-I>"))
    found = _found(result)
    assert ("before_legal_personality", 8) in _codes(result)
    assert "membership_invalid(ch_c, not_admitted_by_assembly)" in found


# --- F2: a member joining before the publication, the decision's `published` date alone ---------------------

# /tmp/sr37_2/jn_p2.gcs (R6133-7 of 2010): decision 2011-02-20, published 2011-03-01; the assembly of 2011-02-24
# admits ch_toul, which joins on 2011-02-25
JN = """groupement g "GCS Imagerie" {
  as of 2013-06-01
%s  seat "Nancy" region "Lorraine"
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 40 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 30 }
  member ch_toul "CH de Toul" { kind health_establishment sector public region "Lorraine" rights 30 joined %s }
  ars_decision dec1 on 2011-02-20%s { approves convention }
  assembly ag1 on 2011-02-24 {
    convened_on 2011-02-01 by chu_nancy
    present chu_nancy, ch_metz
    deliberation d1 on admission of ch_toul { for chu_nancy, ch_metz }
  }
}
"""


def _jn(joined, source="published"):
    text = JN % ("  approved 2011-03-01\n" if source == "approved" else "", joined,
                 " published 2011-03-01" if source == "published" else "")
    return gcs.reason(gcs.loads(text, path="<review37-I>"))


def test_a_member_joining_before_the_publication_is_left_open_with_published():
    result = _jn("2011-02-25")
    found = _found(result)
    assert "member(ch_toul)" in found
    assert ("before_legal_personality", 8) in _codes(result)  # the assembly of 2011-02-24
    assert "membership_invalid(ch_toul, not_admitted_by_assembly)" not in found
    assert "avenant_missing(admission:ch_toul)" not in found
    open_ = _missing(result, "joined_before_publication")
    assert [w.atom for w in open_] == ["missing_fact(joined_admission, ch_toul, joined_before_publication)"]
    assert "« après sa constitution »" in open_[0].message_fr and open_[0].line == 6  # ch_toul's line


def test_with_approved_the_same_member_is_a_founder_as_before():
    result = _jn("2011-02-25", source="approved")
    found = _found(result)
    assert "member(ch_toul)" in found
    assert [w.code for w in result.warnings if w.line == 7] == ["joined_before_legal_personality"]
    assert "membership_invalid(ch_toul, not_admitted_by_assembly)" not in found
    assert not _missing(result, "joined_before_publication")


def test_a_member_joining_after_the_publication_still_needs_its_admission():
    # joined 2011-04-01, after the publication: admitted only by a founders' meeting, left out: irregular
    result = _jn("2011-04-01")
    found = _found(result)
    assert "membership_invalid(ch_toul, not_admitted_by_assembly)" in found
    assert "avenant_missing(admission:ch_toul)" in found
    assert not _missing(result, "joined_before_publication")


ZONE_JOIN = """groupement g "GCS Test" {
  as of 2018-09-01
  approved 2018-04-01
  seat "Bourges" region "Centre-Val de Loire"
  member ch_a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 40 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre-Val de Loire" rights 30 }
  member ch_c "CH C" { kind health_establishment sector public region "Centre-Val de Loire" rights 30 joined %s }
  ars_decision dec1 on 2018-02-01 by ars_director_general { approves convention }
}
"""


def test_with_approved_a_member_joining_between_the_decision_of_2017_and_the_publication_is_left_open():
    result = gcs.reason(gcs.loads(ZONE_JOIN % "2018-03-01", path="<review37-I>"))
    found = _found(result)
    assert CONFLICT in found and "member(ch_c)" in found
    assert "joined_before_legal_personality" not in [w.code for w in result.warnings]
    assert "membership_invalid(ch_c, not_admitted_by_assembly)" not in found
    assert _missing(result, "joined_before_publication")
    # before the decision, both texts agree: a founder, as before
    early = gcs.reason(gcs.loads(ZONE_JOIN % "2018-01-15", path="<review37-I>"))
    assert "joined_before_legal_personality" in [w.code for w in early.warnings]
    assert "member(ch_c)" in _found(early)
    assert not _missing(early, "joined_before_publication")


# --- F3: the approval of the erection before legal personality ----------------------------------------------

# facts/conv10_mentions_2010_07_26.gcs, shortened: an authorisation granted 2010-07-01, the approval published on
# 2010-08-02
ES10 = """groupement imagerie_ouest "GCS Imagerie Ouest" {
  as of %s
  approved 2010-08-02
  seat "Nantes" region "Pays de la Loire"
  member chu_nantes "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  member ch_cholet "CH de Cholet" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  authorisation irm care_activity "Imagerie interventionnelle" held_by groupement granted 2010-07-01 until 2015-07-01
  convention {
    object "Imagerie médicale"
    task_split
  }
}
"""


def test_the_approval_of_the_erection_is_not_drawn_before_legal_personality():
    # L6133-7 al. 1 « Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins … est érigé … par
    # décision du directeur général »: the sentence says the groupement titulaire, a legal person's state
    before = _found(gcs.reason(gcs.loads(ES10 % "2010-07-26", path="<review37-I>")))
    assert "approval_required(ars_director_general, convention)" in before
    assert "approval_required(ars_director_general, erection)" not in before
    assert "erection_required(irm)" not in before
    after = _found(gcs.reason(gcs.loads(ES10 % "2010-09-01", path="<review37-I>")))
    assert "approval_required(ars_director_general, erection)" in after
    assert "erection_required(irm)" in after
