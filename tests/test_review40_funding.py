"""Review 40 (round 16), fixer O: two more conclusions of R6133-6 of 2006 drawn from missing funding lines.

The text (R6133-6@2006-01-01): al. 1 (R6133-6@2006-01-01.1) « Si le groupement de coopération sanitaire n'engendre
pas de coût de fonctionnement, il peut être créé sans apport ni participation. »; al. 2 (.2) « Lorsque le groupement
est constitué avec un capital, les apports ne peuvent être ni des apports en industrie ni représentés par des titres
négociables. »; al. 4 (.4) « A défaut d'apports ou de participations, la convention constitutive définit les règles
selon lesquelles les droits des membres sont déterminés. »

The finding (fixer J noticed it, commit 1466e5b): the contract (scenario-language, « Meaning that is easy to get
wrong ») makes events and lists complete (« convention mentions, attachments, presence, proxies, votes, hearings,
notifications »), not the funding. Yet
1. funding_missing (« its members have made neither apports nor participations in its running costs », al. 1 a
   contrario) was drawn from `running_costs yes` and the mere absence of `contribution` and `participation` lines;
2. rights_defined_by_convention (« À défaut d'apports et de participations, les droits des membres sont déterminés
   selon les règles que définit la convention constitutive », al. 4) from `rights_basis convention` and the same
   absence.

The reading: no statement of the file shows that there is no apport (al. 2 limits the forms only with a capital, al. 1
allows a groupement with no running costs to do without, it does not forbid apports); `running_costs no` shows there is
no participation in running costs. So neither conclusion is drawn any more (both predicates are gone); instead
- missing_fact(funding_required, groupement, apports_and_participations) with `running_costs yes` and no line;
- missing_fact(rights_by_convention, groupement, member_apports) with `rights_basis convention`, `running_costs no` and
  no line; apports_and_participations in place of member_apports when the file does not state `running_costs no`.
A stated apport or participation keeps rights_basis_invalid(contributions_exist | participations_exist) and gives no
warning. Under R6133-2 of 2010 (al. 1 and 4 not repeated) neither warning is given.
"""

import gcs_reasoner as gcs


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"), explain=True)


def conclusions(res) -> set[str]:
    return {str(c) for c in res.conclusions}


def warnings(res) -> set[str]:
    return {w.atom.replace(", ", ",") for w in res.warnings}


def names(res) -> set[str]:
    return {str(c).split("(")[0] for c in res.conclusions}


MONEY06 = """groupement g "GCS test" {
  as of AS_OF
  approved APPROVED
  seat "Auch" region "Midi-Pyrénées"
  capital none
  LINES
  member a "CH A" { kind health_establishment sector public region "Midi-Pyrénées" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Midi-Pyrénées" rights 40 }
}
"""

FUNDING = "missing_fact(funding_required,groupement,apports_and_participations)"
BY_CONVENTION_APPORTS = "missing_fact(rights_by_convention,groupement,member_apports)"
BY_CONVENTION_BOTH = "missing_fact(rights_by_convention,groupement,apports_and_participations)"
GONE = {"funding_missing", "rights_defined_by_convention"}


def money06(lines: str, as_of: str = "2008-12-31", approved: str = "2007-01-15") -> str:
    return MONEY06.replace("AS_OF", as_of).replace("APPROVED", approved).replace("  LINES\n", lines)


def fr(res, atom: str) -> list[str]:
    return [w.message_fr for w in res.warnings if w.atom.replace(", ", ",") == atom]


# --- 1. al. 1 a contrario: the funding of a groupement with running costs ----------------------------------------


def test_1_running_costs_and_no_line_is_a_missing_fact_not_funding_missing():
    res = run(money06("  running_costs yes\n"))
    assert not GONE & names(res)
    assert FUNDING in warnings(res)
    assert fr(res, FUNDING) == [
        "le fichier n'indique pas les apports des membres ni leurs participations aux charges de fonctionnement du "
        "groupement : aucune conclusion sur le financement du groupement, qui engendre des coûts de fonctionnement "
        "(seul un groupement qui n'en engendre pas peut être créé sans apport ni participation)"]
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor: the 2006 text is applied


def test_1_an_apport_stated_no_warning():
    res = run(money06("  running_costs yes\n  contribution a cash 600\n"))
    assert FUNDING not in warnings(res)
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor


def test_1_a_participation_stated_no_warning():
    res = run(money06("  running_costs yes\n  participation a financial 600 year 2008\n"))
    assert FUNDING not in warnings(res)
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor


def test_1_no_running_costs_no_warning():
    # al. 1: « il peut être créé sans apport ni participation »
    res = run(money06("  running_costs no\n"))
    assert FUNDING not in warnings(res)
    assert "funding_optional" in conclusions(res)  # anchor


def test_1_running_costs_not_stated_no_warning():
    res = run(money06(""))
    assert FUNDING not in warnings(res)
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor


def test_1_not_under_the_2010_text():
    # R6133-2 of 2010 replaces al. 3 to 5; al. 1 is not repeated
    res = run(money06("  running_costs yes\n", as_of="2012-12-31", approved="2011-01-15"))
    assert FUNDING not in warnings(res)
    assert "rights_defined_by(participations)" in conclusions(res)  # anchor: the 2010 text is applied


# --- 2. al. 4: rights set by the convention « A défaut d'apports ou de participations » ---------------------------


def test_2_convention_no_running_costs_no_line_apports_unknown():
    res = run(money06("  running_costs no\n  rights_basis convention\n"))
    assert not GONE & names(res)
    assert BY_CONVENTION_APPORTS in warnings(res)
    assert BY_CONVENTION_BOTH not in warnings(res)
    assert fr(res, BY_CONVENTION_APPORTS) == [
        "le fichier n'indique pas les apports des membres du groupement : aucune conclusion sur la faculté pour la "
        "convention constitutive de définir elle-même les règles selon lesquelles les droits des membres sont "
        "déterminés (à défaut d'apports ou de participations)"]
    assert not any(c.startswith("rights_basis_invalid(") for c in conclusions(res))
    assert "funding_optional" in conclusions(res)  # anchor
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor


def test_2_convention_running_costs_no_line_both_unknown():
    res = run(money06("  running_costs yes\n  rights_basis convention\n"))
    assert not GONE & names(res)
    assert BY_CONVENTION_BOTH in warnings(res)
    assert BY_CONVENTION_APPORTS not in warnings(res)
    assert FUNDING in warnings(res)  # the same lines are missing for al. 1


def test_2_convention_running_costs_not_stated_both_unknown():
    res = run(money06("  rights_basis convention\n"))
    assert BY_CONVENTION_BOTH in warnings(res)
    assert FUNDING not in warnings(res)
    assert "vote_share(a, 60, 100)" in conclusions(res)  # anchor


def test_2_apports_stated_invalid_basis_no_warning():
    res = run(money06("  running_costs yes\n  rights_basis convention\n  contribution a cash 600\n"))
    assert "rights_basis_invalid(contributions_exist)" in conclusions(res)
    assert not {BY_CONVENTION_APPORTS, BY_CONVENTION_BOTH} & warnings(res)


def test_2_participations_stated_invalid_basis_no_warning():
    res = run(money06("  running_costs yes\n  rights_basis convention\n  participation a financial 600 year 2008\n"))
    assert "rights_basis_invalid(participations_exist)" in conclusions(res)
    assert not {BY_CONVENTION_APPORTS, BY_CONVENTION_BOTH} & warnings(res)


def test_2_other_basis_no_warning():
    res = run(money06("  running_costs no\n  rights_basis participations\n"))
    assert not {BY_CONVENTION_APPORTS, BY_CONVENTION_BOTH} & warnings(res)
    assert "rights_basis_invalid(no_participations)" in conclusions(res)  # anchor (fixer J's rule)


def test_2_not_under_the_2010_text():
    res = run(money06("  running_costs no\n  rights_basis convention\n", as_of="2012-12-31", approved="2011-01-15"))
    assert not {BY_CONVENTION_APPORTS, BY_CONVENTION_BOTH} & warnings(res)
    assert "rights_defined_by(participations)" in conclusions(res)  # anchor: the 2010 text is applied
