"""why-not on an atom whose argument is compound (`member_authorisation(M)`, `withdrawal(M)`, `avenant(V)`):
the instance asked, never another member's (review 31, tools F1).

The head of each rule is unified with the atom asked, compound arguments included, before its body is read:
a rule whose head cannot be that atom (another functor: `admission(M)` for `withdrawal(ch_c)`) is not listed,
and the body is evaluated for the member asked only. Before, a compound argument was checked after the whole
body, and the instance that went furthest was reported, which could be another member's.

The scenarios are the reviewer's (/tmp/r31/tools s01, s02, s03, s11, s12):
- L6133-1@2004-08-11.3 « D'autres organismes ou professionnels de santé concourant aux soins peuvent faire partie
  d'un groupement de coopération sanitaire à condition d'y être autorisés par le directeur de l'agence régionale de
  l'hospitalisation »: asked why `membership_invalid(assoc, no_authorisation)` is not drawn in a réseau in 2008,
  the answer is assoc's own: a person of L6321-1 in a réseau, whose case L6133-4 (2003, not encoded) governs, as
  the same file without the army hospital (the control) says; never « member_authorisation(hia) =
  member_authorisation(assoc) » with the hospital's facts.
- R6133-5@2006-01-01.4 « L'adhésion d'un nouveau membre, le retrait et l'exclusion d'un membre donnent lieu à un
  avenant à la convention constitutive. »: asked why `avenant_required(withdrawal(ch_c))` is not drawn, the answer
  is ch_c's notice, dated after the as-of date (as the control with ch_c's withdrawal alone says), not CH A's
  withdrawal; the admission and exclusion rules are not listed.
"""

import gcs_reasoner as gcs

NETWORK = """groupement rn "GCS Réseau" {{
  as of {asof}
  approved 2007-10-03
  seat "Lille" region "Nord-Pas-de-Calais"
  health_network
  member assoc "Association de coordination" {{ kind network_person rights 50 }}
  member medtrav "Service de santé au travail" {{ kind network_person rights 30 }}
  {hia}
  convention {{
    vote_weight rights
  }}
}}
"""
HIA = 'member hia "HIA Percy" { kind army_hospital rights 20 }'

WITHDRAWALS = """groupement gq "GCS Quorum" {{
  as of 2007-12-31
  approved 2006-06-01
  seat "Dijon" region "Bourgogne"
  member ch_a "CH A" {{ kind health_establishment sector public region "Bourgogne" rights 40 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Bourgogne" rights 30 }}
  member ch_c "CH C" {{ kind health_establishment sector public region "Bourgogne" rights 20 }}
  member ch_d "CH D" {{ kind health_establishment sector public region "Bourgogne" rights 10 }}
  convention {{
    object "Pharmacie"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
  }}
  assembly ag1 on 2007-03-20 {{
    convened_on 2007-03-04 by administrator
    present ch_a, ch_d
    deliberation d1 on budget {{ for ch_a, ch_d }}
  }}
  {withdrawal_a}
  withdrawal ch_c notified 2008-03-01
}}
"""


def _walk(w):
    for f in w.failures:
        yield f
        for s in f.sub:
            yield from _walk(s)


def _why(text: str, query: str, lang: str = "fr"):
    return gcs.reason(gcs.loads(text, path="<test>")).why_not(query, lang=lang)


def _authorisation_rule(w):
    """The failure of the L6133-1 of 2004 rule that says who is one of the « autres organismes ou professionnels de
    santé » (authorisation_member_2004/1, read by the rule concluding approval_required(arh_director,
    member_authorisation(M)) since review 40, fixer F, which cites the authorisation alinéa for such a member)."""
    return [f for f in _walk(w) if f.rule.file.endswith("2004-08-11_L6133-1.lp")
            and f.rule.head == "authorisation_member_2004/1"]


def test_network_2008_the_member_asked_and_the_reason_the_control_gives():
    q = "membership_invalid(assoc, no_authorisation)"
    w = _why(NETWORK.format(asof="2008-06-01", hia=HIA), q)
    control = _why(NETWORK.format(asof="2008-06-01", hia=""), q)
    text = w.text()
    assert "hia" not in text and "HIA Percy" not in text and "army_hospital" not in text
    found, expected = _authorisation_rule(w), _authorisation_rule(control)
    assert len(found) == 1 and len(expected) == 1
    assert found[0].ground == expected[0].ground == "not network_person_in_network_2004(assoc)"
    assert "L. 6133-4" in found[0].words["fr"] and "qui n'est pas encodée" in found[0].words["fr"]
    assert found[0].words["fr"] == expected[0].words["fr"]
    assert all(b.get("M") == "assoc" for f in found for b in f.bindings)
    # a rule concluding the approval of an avenant cannot conclude a member's authorisation: not listed
    assert not any(f.rule.file.endswith("2006-01-01_R6133-11.lp") for f in _walk(w))


def test_network_2018_the_member_asked_and_its_facts():
    """In 2018 the rule of 2004 concluding membership_invalid(M, no_authorisation) fails first on its text, not
    in force that day (a version guard is read as soon as its date is bound: whynot_rules.body_order), and nothing of
    the other member (the association) is said."""
    w = _why(NETWORK.format(asof="2018-01-01", hia=HIA), "membership_invalid(hia, _)")
    found = [f for f in _walk(w) if f.rule.file.endswith("2004-08-11_L6133-1.lp")
             and f.rule.head == "membership_invalid/2"]
    assert found
    for f in found:
        assert all(b.get("M") in ("hia", None) for b in f.bindings)
        involved = " ".join(a for a, _ in f.involved)
        assert "assoc" not in involved and "network_person" not in involved
        assert f.ground.startswith("in_force_id(") and "2018-01-01" in f.ground, f.ground
    assert "Association de coordination" not in w.text()


def test_withdrawal_avenant_the_member_asked_and_its_late_notice():
    q = "avenant_required(withdrawal(ch_c))"
    w = _why(WITHDRAWALS.format(withdrawal_a="withdrawal ch_a notified 2006-06-30"), q)
    control = _why(WITHDRAWALS.format(withdrawal_a=""), q)
    text = w.text()
    assert "ch_a" not in text and "CH A" not in text
    # only the rule whose head can be a withdrawal's avenant (not the admission, exclusion, joint operation ones)
    assert [f.rule.line for f in w.failures] == [f.rule.line for f in control.failures]
    assert len(w.failures) == 1
    f = w.failures[0]
    assert f.ground == "withdrawal(ch_c,N)" or f.ground.replace(" ", "") == "withdrawal(ch_c,N)"
    assert "CH C" in f.words["fr"] and "2008" in f.words["fr"] and "pas encore intervenu" in f.words["fr"]
    assert "readmitted" not in text and "excluded" not in text and "admission_required" not in text


def test_compound_argument_that_holds_is_still_said_to_hold():
    w = _why(WITHDRAWALS.format(withdrawal_a="withdrawal ch_a notified 2006-06-30"), "avenant_required(withdrawal(ch_a))")
    assert w.holds == ["avenant_required(withdrawal(ch_a))"] and not w.failures


def test_a_rule_whose_text_is_not_yet_in_force_fails_first_on_its_text():
    """Review 31, fz 6: on 2009-06-30 why-not `member(zzz)` listed the rule of L6133-2 of 2009-07-23 (not yet in
    force) as failing on « zzz est membre », as if that text applied that day. Its version guard, whose date
    `as_of(D)` binds, is now read first: the rule fails on its text, not in force on 2009-06-30."""
    text = NETWORK.format(asof="2009-06-30", hia="")
    w = _why(text, "member(zzz)")
    first = [f for f in w.failures if f.rule.file.endswith("2009-07-23_L6133-2.lp")]
    assert first and first[0].ground.startswith('in_force_id("L6133-2@2009-07-23.1"'), [f.ground for f in first]
    assert "n'est pas en vigueur le 30 juin 2009" in w.text()
