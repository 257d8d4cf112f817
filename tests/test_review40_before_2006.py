"""Review 40, fixer B (reviewer 5): before 2006-01-01, a groupement whose file dates the publication of its approval
after the as-of date.

The finding. With `as of 2005-06-01` and `approved 2006-03-01`, the tool drew `nature(public)` under L6133-1 of 2004
next to a warning that the publication had not happened yet, while the same file on 2006-02-01 gets the
`before_legal_personality` warning and no nature. The explanation of `nature(public)` showed the step « ✓ It is not
established that: On the as-of date, the groupement does not have legal personality yet … », true only because the
guard `no_legal_personality_yet` asks R6133-11 of 2006 to be in force: it read as a check made, though none could be.

The texts. L6133-1 of 2004 (in force 2004-08-11 to 2009-07-22), al. 5 (L6133-1@2004-08-11.5): « Le groupement de
coopération sanitaire est doté de la personnalité morale. Il constitue une personne morale de droit public lorsqu'il
est exclusivement constitué d'établissements ou d'organismes publics […] » — it speaks of a groupement that exists,
and does not say from when. R6133-11 of 2006 al. 3 (R6133-11@2006-01-01.3), in force from 2006-01-01 (décret
2005-1681 art. 3): « Le groupement jouit de la personnalité morale à compter de la date de publication de l'acte
d'approbation ». The text then in force on the approval (L6133-3 of 2003, « La convention constitutive du groupement
doit être approuvée et publiée par le directeur de l'agence régionale de l'hospitalisation ») is not in the
inventory of provisions (not encoded): no rule is made from it.

The reading. When the file itself dates the publication of the approval (or the approving decision) after the as-of
date and no encoded text in force on that date dates legal personality (before 2006-01-01), the tool can say neither
that the groupement is a legal person on that date nor that it is not one: the states only a legal person has
(`nature`, and `employer_basis(S, implied)`, the other L6133-1 of 2004 rule reading the guard) are not drawn
(`legal_personality_undated`, rules/approval/2006-01-01_R6133-11.lp), and a `text_not_in_force` warning, said in its
rule's sentence (`not_judged(legal_personality_undated, publication, D)`), says why. The members are judged. A file
that dates no publication, or an approval published by the as-of date, keeps its conclusions; from 2006-01-01 the
`before_legal_personality` reading is unchanged.
"""

import gcs_reasoner as gcs
from gcs_reasoner.whynot import why_not

PRE06 = """groupement pre06 "GCS Pre" {
  as of AS_OF
  APPROVED
  seat "Rouen" region "Haute-Normandie"
  member chu_rouen "CHU de Rouen" { kind health_establishment sector public region "Haute-Normandie" rights 40 }
  member ch_elbeuf "CH d'Elbeuf" { kind health_establishment sector public region "Haute-Normandie" rights 20 }
  EXTRA
  convention {
    object "Stérilisation"
    task_split
  }
}
"""

UNDATED = "not_judged(legal_personality_undated, publication, 2005-06-01)"


def _file(as_of="2005-06-01", approved="approved 2006-03-01", extra=""):
    return PRE06.replace("AS_OF", as_of).replace("APPROVED", approved).replace("EXTRA", extra)


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review40>"), explain=True)


def _undated(result) -> list:
    return [w for w in result.warnings if "no encoded text sets the date from which the groupement has legal "
                                            "personality" in w.message]


def _atoms(result) -> list[str]:
    return sorted(str(w.atom) for w in _undated(result))


def _before(result) -> list:
    return [w for w in result.warnings if w.code == "before_legal_personality"]


# --- the rule applies: before 2006, the publication dated later ---------------------------------------------------

def test_before_2006_publication_dated_later_draws_no_nature_and_says_why():
    r = _reason(_file())
    assert r.holds("member(chu_rouen)") and r.holds("member(ch_elbeuf)")  # anchor: the members are judged
    assert r.by_predicate("nature") == []
    assert _atoms(r) == [UNDATED]
    [w] = _undated(r)
    assert w.code == "text_not_in_force" and w.line is None
    assert "1 June 2005" in w.message and "whether the groupement is a legal person on that date is not judged" in \
        w.message
    assert "not_judged" not in w.message and "R6133" not in w.message
    assert "1er juin 2005" in w.message_fr and "aucun texte encodé ne fixe la date" in w.message_fr
    assert "il n'est pas jugé si le groupement est alors une personne morale" in w.message_fr
    # not said to have no legal personality: no text says so then
    assert _before(r) == []


def test_before_2006_the_explanation_step_is_gone_and_why_not_names_the_reason():
    r = _reason(_file())
    assert r.holds("member(chu_rouen)")  # anchor
    assert r.find("nature(public)") is None
    text = str(why_not(r, "nature(public)", lang="en"))
    assert "no encoded text then in force sets the date from which the groupement has legal personality" in text
    assert "does not have legal personality yet" not in text


def test_before_2006_a_decision_published_later_is_read_the_same():
    # the approving decision made 2005-04-01, published 2006-02-01: the publication is to come on 2005-06-01
    r = _reason(_file(approved="", extra="ars_decision dec1 on 2005-04-01 published 2006-02-01 { approves convention }"))
    assert r.holds("member(chu_rouen)")  # anchor
    assert r.by_predicate("nature") == []
    assert _atoms(r) == [UNDATED] and len(_undated(r)) == 1


def test_before_2006_a_decision_dated_later_is_read_the_same():
    r = _reason(_file(approved="", extra="ars_decision dec1 on 2005-09-01 { approves convention }"))
    assert r.holds("member(chu_rouen)")  # anchor
    assert r.by_predicate("nature") == []
    assert _atoms(r) == [UNDATED]


def test_before_2006_the_recruitment_basis_is_not_drawn_either():
    staff = "staff secretaire recruited non_medical"
    r = _reason(_file(extra=staff))
    assert r.holds("member(chu_rouen)") and _atoms(r) == [UNDATED]  # anchor
    assert r.by_predicate("employer_basis") == []
    # the same staff, with no publication dated: the L6133-1 of 2004 basis is drawn as before
    s = _reason(_file(approved="", extra=staff))
    assert s.holds("employer_basis(secretaire, implied)")


# --- the rule does not apply ---------------------------------------------------------------------------------------

def test_before_2006_no_approval_date_keeps_the_nature():
    r = _reason(_file(approved=""))
    assert r.holds("nature(public)")  # L6133-1@2004-08-11.5: only public establishments
    assert _undated(r) == [] and _atoms(r) == []
    assert _before(r) == []


def test_before_2006_approval_published_by_the_as_of_date_keeps_the_nature():
    for approved in ("approved 2005-03-01", "approved 2005-06-01"):
        r = _reason(_file(approved=approved))
        assert r.holds("nature(public)"), approved
        assert _undated(r) == [] and _atoms(r) == [], approved
        assert r.holds("event_not_judged(approval, %s)" % approved.split()[1])  # anchor: the approval's date is read


def test_from_2006_the_before_legal_personality_reading_is_unchanged():
    r = _reason(_file(as_of="2006-02-01"))
    assert r.holds("member(chu_rouen)")  # anchor
    assert r.by_predicate("nature") == []
    [w] = _before(r)
    assert "has no legal personality yet" in w.message
    assert _undated(r) == []
    assert str(w.atom) == "not_judged(legal_person_states, publication, 2006-02-01)"


def test_from_2006_published_by_the_as_of_date_draws_the_nature():
    r = _reason(_file(as_of="2006-03-01"))
    assert r.holds("nature(public)")
    assert _undated(r) == [] and _before(r) == []


def test_the_boundary_file_on_a_date_before_2006():
    # facts/members_withdrawal_boundary.gcs (approved 2006-03-01), read on 2005-06-01: a public clinic and a private
    # clinic gave nature(undetermined); now not drawn, with the warning
    text = open("facts/members_withdrawal_boundary.gcs", encoding="utf-8").read().replace("as of 2008-03-01",
                                                                                           "as of 2005-06-01")
    r = _reason(text)
    assert r.holds("member(clinique_seine)")  # anchor
    assert r.by_predicate("nature") == []
    assert _atoms(r) == [UNDATED]
    # and on its own date, the nature is drawn as before
    assert _reason(text.replace("as of 2005-06-01", "as of 2008-03-01")).by_predicate("nature") != []
