"""Review 38, fixer L, finding F1: a groupement whose file states no member is judged on its composition.

L6133-1 of 2004 al. 2: « Un des membres au moins du groupement de coopération sanitaire doit être un établissement de
santé. » L6133-2 of 2009 al. 1: « Il doit comprendre au moins un établissement de santé. » L6133-2 of 2017 / 2018
I al. 1: « Il doit comprendre au moins un établissement de santé, sauf dans le cas prévu au deuxième alinéa de
l'article L. 6133-7. »

The contract (scenario-language.md, "Meaning that is easy to get wrong") makes the file the record of what happened:
its members are all the members, as the reasoner reads them elsewhere (two medico-social establishments alone are
judged composition_invalid(no_health_establishment); one member left after a withdrawal is a dissolution). A file
that states no member therefore has no health establishment among its members: composition_invalid is drawn, under
the text in force on the as-of date, instead of nothing at all. A réseau de santé of 2008 keeps its not_judged
warning; a file with a health establishment draws no irregularity.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review38>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _provisions(result, text: str) -> list[str]:
    return result.find(text).provisions


NO_MEMBER = """groupement g1 "GCS" {{
  as of {as_of}
  approved 2007-01-15
  seat "Lyon" region "Rhône-Alpes"
{extra}}}
"""

INVALID = "composition_invalid(no_health_establishment)"


def test_no_member_2008_is_judged_under_l6133_1_of_2004():
    r = _reason(NO_MEMBER.format(as_of="2008-06-30", extra=""))
    held = _held(r)
    assert INVALID in held
    assert _provisions(r, INVALID) == ["L6133-1@2004-08-11.2"]
    # the other conclusions of the file are still drawn
    assert "approval_required(arh_director, convention)" in held
    assert not any(c.startswith("member(") for c in held)


def test_no_member_2010_is_judged_under_l6133_2_of_2009():
    r = _reason(NO_MEMBER.format(as_of="2010-06-30", extra=""))
    assert INVALID in _held(r)
    assert _provisions(r, INVALID) == ["L6133-2@2009-07-23.1"]


def test_no_member_2019_is_judged_under_l6133_2_of_2018():
    r = _reason(NO_MEMBER.format(as_of="2019-06-30", extra=""))
    held = _held(r)
    assert INVALID in held
    assert any(p.startswith("L6133-2@") and p.endswith(".I.1") for p in _provisions(r, INVALID))
    assert "gcs_kind(means)" in held


def test_the_reviewers_file_without_seat():
    r = _reason('groupement g1 "GCS" {\n  as of 2008-06-30\n  approved 2007-01-15\n}\n')
    held = _held(r)
    assert INVALID in held
    assert "groupement_duration(indefinite)" in held


def test_a_health_establishment_member_is_no_irregularity():
    extra = '  member ch "CH" { kind health_establishment sector public region "Rhône-Alpes" }\n'
    for as_of in ("2008-06-30", "2010-06-30", "2019-06-30"):
        held = _held(_reason(NO_MEMBER.format(as_of=as_of, extra=extra)))
        assert "member(ch)" in held, as_of
        assert INVALID not in held, as_of


def test_medico_social_members_only_still_invalid():
    extra = '  member e1 "EHPAD" { kind medico_social_establishment sector public region "Rhône-Alpes" }\n'
    held = _held(_reason(NO_MEMBER.format(as_of="2008-06-30", extra=extra)))
    assert {"member(e1)", INVALID} <= held


def test_network_without_member_2008_not_judged():
    # a réseau de santé of 2008: L6133-4 of 2003 (not encoded) composes it; the composition is not judged, and says so
    r = _reason(NO_MEMBER.format(as_of="2008-06-30", extra="  health_network\n"))
    assert INVALID not in _held(r)
    assert "approval_required(arh_director, convention)" in _held(r)
    assert any(w.code == "text_not_in_force" and "réseau" in (w.message_fr or "") for w in r.warnings)


def test_unknown_kind_leaves_composition_open():
    # a member whose kind the file does not give: no conclusion, a missing_fact (unchanged)
    extra = '  member x "X" { sector public region "Rhône-Alpes" }\n'
    r = _reason(NO_MEMBER.format(as_of="2008-06-30", extra=extra))
    assert "member(x)" in _held(r)
    assert INVALID not in _held(r)
