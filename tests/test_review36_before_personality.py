"""The review of stop 36 (robustness, X4): on an as-of date before the groupement has legal personality, the states
only a legal person has are not drawn.

R6133-11 of 2006 al. 3 (R6133-1-1 of 2010 al. 2): « Le groupement jouit de la personnalité morale à compter de la date
de publication de l'acte d'approbation »; L6133-3 I al. 2 (from 2009-07-23): « Ce groupement acquiert la personnalité
morale à dater de cette publication »; R6133-1-1 of 2017 al. 4: « à compter de la décision d'approbation ou, à défaut, à
compter du lendemain de la décision implicite d'approbation ». When the file dates that publication (or, from 2017, the
approving decision) after the as-of date, the groupement is not yet a legal person on it: no nature (« personne morale
de droit public »), accounting, agent comptable, vote or debt share, administrator in office, legal representative,
ordonnateur, staff regime; a `before_legal_personality` warning says so; the convention under approval (its members,
its mentions, the approval it needs) is judged as before. A file that dates no publication and no decision is read as
before (nothing says when the groupement came to exist).
"""

import gcs_reasoner as gcs

MEMBERS = """  seat "Tours" region "Centre"
  member a "CH A" { kind health_establishment sector public region "Centre" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Centre" rights 40 }
  convention {
    object "Obj"
    task_split
  }
"""

# /tmp/rv5/s36/base.gcs: two public establishments, the approval published on 2009-11-02
BASE = """groupement g "GCS Test" {
  as of 2012-12-31
  approved 2009-11-02
""" + MEMBERS + """  staff s1 recruited medical
  staff s2 made_available_by a
}
"""

LEGAL_PERSON = ("nature", "accounting", "agent_comptable_required", "agent_comptable_appointer", "public_accounting_rules",
                "auditor_required", "vote_share", "debt_share", "budget_document", "in_office", "legal_representative",
                "ordonnateur", "staff_rules", "staff_regime", "employer_basis", "associate_practitioner_reservation")


def reason(text, as_of=None):
    return gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)


def drawn(result, predicates=LEGAL_PERSON):
    return sorted(c.text for c in result.conclusions if c.predicate in predicates)


def personality_warnings(result):
    """The warning of the rules (no line: it is about the as-of date, not a statement) that the groupement has no
    legal personality yet."""
    return [w for w in result.warnings if w.code == "before_legal_personality" and w.line is None]


def test_before_the_publication_no_state_of_a_legal_person_is_drawn():
    r = reason(BASE, "2008-01-01")
    assert drawn(r) == []
    assert not r.holds("nature(public)") and not r.holds("accounting(public)")
    assert not r.holds("debt_share(a, 60, 100)") and not r.holds("vote_share(a, 60, 100)")
    assert not r.holds("agent_comptable_required")
    # the staff: neither their regime nor a missing nature asked of the file
    assert not any(w.code == "missing_fact" and "nature" in w.message for w in r.warnings)
    # the convention under approval is judged: its members, the approval it needs (ARH director on 2008-01-01,
    # R6133-11 of 2006 al. 1), its mentions (R6133-1 of 2006: no nature stated)
    assert r.holds("member(a)") and r.holds("member(b)")
    assert r.holds("approval_required(arh_director, convention)")
    assert r.holds("missing_mention(legal_nature)")
    [w] = personality_warnings(r)
    assert "1er janvier 2008" in w.message_fr and "ne jouit pas encore de la personnalité morale" in w.message_fr
    assert "publication de l'acte d'approbation" in w.message_fr
    assert "seule la convention constitutive soumise à approbation est jugée" in w.message_fr
    assert "décret du 25 avril 2017" not in w.message_fr  # not the decree of 2017 in 2008
    assert "@" not in w.message and "@" not in w.message_fr  # no raw provision ids for lawyers
    assert "has no legal personality yet" in w.message


def test_once_published_the_states_are_drawn_and_nothing_is_warned():
    r = reason(BASE, "2012-12-31")
    # two public establishments: a legal person of public law (L6133-3 I 1 of 2011), public accounts (L6133-5)
    assert r.holds("legal_personality_from(2009-11-02)")
    assert r.holds("nature(public)") and r.holds("accounting(public)") and r.holds("agent_comptable_required")
    # L6133-3 II (2009): « Le groupement de coopération sanitaire de moyens peut être employeur. »
    assert r.holds("employer_basis(s1, express)")
    assert personality_warnings(r) == []


def test_the_day_of_the_publication_is_a_day_of_legal_personality():
    # « à compter de la date de publication »: on 2009-11-02 itself the groupement is a legal person
    r = reason(BASE, "2009-11-02")
    assert r.holds("nature(public)")
    # rights 60 and 40 (R6133-6 of 2006, in force until 2010-07-25): « Le nombre des voix attribuées à chacun des
    # membres ... est proportionnel aux droits » (al. 5), « Les membres sont tenus des dettes du groupement dans la
    # proportion de leurs droits » (al. 6)
    assert r.holds("debt_share(a, 60, 100)") and r.holds("debt_share(b, 40, 100)")
    assert r.holds("vote_share(a, 60, 100)") and r.holds("vote_share(b, 40, 100)")
    assert personality_warnings(r) == []
    r = reason(BASE, "2009-11-01")
    assert not r.holds("nature(public)") and not r.holds("debt_share(a, 60, 100)")
    assert len(personality_warnings(r)) == 1 and r.holds("member(a)")


def test_a_file_that_dates_no_publication_is_read_as_before():
    text = BASE.replace("  approved 2009-11-02\n", "")
    r = reason(text, "2008-01-01")
    assert r.holds("nature(public)") and r.holds("debt_share(a, 60, 100)")
    assert personality_warnings(r) == []


# --- the approval known by the decision and its publication (decree of 2010) ------------------------------------

DECISION_2010 = """groupement g "GCS D" {
  as of 2011-05-01
""" + MEMBERS + """  administrator a elected 2011-04-01 until 2014-03-31
  ars_decision dec1 on 2011-03-01 by ars_director_general published PUBLISHED { approves convention }
}
"""


def test_a_decision_published_after_the_as_of_date_gives_no_legal_personality_yet():
    # R6133-1-1 of 2010 al. 2: from the publication, not from the decision
    r = reason(DECISION_2010.replace("PUBLISHED", "2011-06-01"))
    assert not r.holds("legal_personality_from(_)")
    assert drawn(r) == []
    assert not r.holds("legal_representative(a)") and not r.holds("ordonnateur(a)")
    assert r.holds("member(a)") and r.holds("approval_required(ars_director_general, convention)")
    [w] = personality_warnings(r)
    assert "1er mai 2011" in w.message_fr


def test_a_decision_published_before_the_as_of_date_draws_the_states():
    r = reason(DECISION_2010.replace("PUBLISHED", "2011-03-10"))
    assert r.holds("legal_personality_from(2011-03-10)")
    assert r.holds("nature(public)")
    # L6133-4 of 2009 al. 3: the administrator « représente le groupement dans tous les actes de la vie civile et en
    # justice »; elected 2011-04-01 for a fixed term (R6133-24 of 2010), in office on 2011-05-01
    assert r.holds("legal_representative(a)")
    assert r.holds("ordonnateur(a)")  # public accounts (R6133-24 of 2010 al. 4)
    assert personality_warnings(r) == []


# --- the decree of 2017: from the approving decision -------------------------------------------------------------

DECISION_2017 = """groupement g "GCS S" {
  as of 2018-03-01
  submitted 2018-02-01
""" + MEMBERS + """  ars_decision dec1 on DECIDED by ars_director_general published 2018-03-10 { approves convention }
}
"""


def test_2017_a_decision_after_the_as_of_date_gives_no_legal_personality_yet():
    # received 2018-02-01: the tacit approval would come on 2018-04-01, after the as-of date; the decision of
    # 2018-03-05 is not made on 2018-03-01: no legal personality under the decree (al. 4) nor under the law (L6133-3 I)
    r = reason(DECISION_2017.replace("DECIDED", "2018-03-05"))
    assert not r.holds("legal_personality_from(_)")
    assert drawn(r) == []
    assert r.holds("member(a)")
    [w] = personality_warnings(r)
    assert "décret du 25 avril 2017" in w.message_fr and "L. 6133-3" in w.message_fr


def test_2017_a_decision_before_the_as_of_date_published_later_keeps_the_decree_and_its_conflict():
    # the decree dates legal personality from the decision (2018-02-20); the law from the publication (2018-03-10,
    # after the as-of date): the conflict is reported, the decree's date drawn, the states with it
    r = reason(DECISION_2017.replace("DECIDED", "2018-02-20"))
    assert r.holds("legal_personality_from(2018-02-20)")
    assert r.holds('conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)')
    assert r.holds("nature(public)")
    assert personality_warnings(r) == []


def test_why_not_names_the_missing_legal_personality():
    r = reason(BASE, "2008-01-01")
    text = str(gcs.why_not(r, "nature(public)"))
    assert "n'a pas encore la personnalité morale" in text
    assert r.holds("member(a)")
