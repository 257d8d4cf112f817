"""The code review of stop 22 (Python, not the law): paths that hold "groupement ", quoted
region names in queries, agency decisions after the as-of date, two withdrawal notices in
what-would, the CLI's explain of a predicate that does not exist, `.expected` lines and
holds() on auxiliary predicates, queries refused before reasoning, and small messages.
Each test failed before its fix."""

import pickle
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import expectations as ex
from gcs_reasoner.cli import main
from gcs_reasoner.result import ConclusionNotDrawn
from gcs_reasoner.whatif import Change, EditError
from gcs_reasoner.whynot import QueryError

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "stop22_code"
FIXED_TERM = ROOT / "facts" / "admin10_fixed_term.gcs"


# --- 1. a path holding "groupement " is a path -------------------------------------------


def test_a_path_with_groupement_in_its_name_is_read(tmp_path, capsys):
    folder = tmp_path / "mon groupement 2020"
    folder.mkdir()
    shutil.copy(FIXED_TERM, folder / "a.gcs")
    shutil.copy(FIXED_TERM, tmp_path / "groupement hopital.gcs")
    assert gcs.reason(str(folder / "a.gcs")).conclusions
    assert main(["check", str(tmp_path / "groupement hopital.gcs")]) == 0
    capsys.readouterr()
    # a path that names no file is said to be that path, not "<string>"
    missing = str(tmp_path / "mon groupement 2021" / "a.gcs")
    with pytest.raises(gcs.ScenarioError) as info:
        gcs.reason(missing)
    assert str(info.value).startswith(missing) and "cannot read the file" in str(info.value)
    # the text of a scenario where a path goes is still said so
    with pytest.raises(gcs.ScenarioError, match=r"gcs.loads\(text\)"):
        gcs.reason('groupement g "G" {\n}\n')
    with pytest.raises(gcs.ScenarioError, match=r"gcs.loads\(text\)"):
        gcs.reason('  groupement g "G" { }')


# --- 2. a quoted region is a string -------------------------------------------------------


def test_a_quoted_region_stays_a_string():
    r = gcs.reason(gcs.load(DATA / "lower2.gcs"))  # ch_macon's region written "bourgogne"
    assert r.holds('publication_missing("bourgogne")')
    wn = r.why_not('publication_missing("bourgogne")')
    assert wn.holds == ['publication_missing("bourgogne")']
    out = r.what_would_make('publication_missing("bourgogne")')
    assert out.already
    # a quoted member is still the member's identifier, as explain reads it
    assert r.why_not('member("hcl")').holds == ["member(hcl)"]
    assert r.why_not('member("nobody")').query == "member(nobody)"


# --- 3. an agency decision after the as-of date has not been taken -------------------------


def test_a_decision_after_the_as_of_date_is_left_out():
    r = gcs.reason(gcs.load(ROOT / "facts" / "conv17_complete_2018_06_01.gcs"), as_of="2017-07-15")
    assert not r.by_predicate("publication_due")
    warned = [w.message for w in r.warnings if w.code == "after_as_of"]
    assert any("decision of the agency 'dec1' dated 15 September 2017" in m for m in warned)
    assert "la décision de l'agence 'dec1' datée du 15 septembre 2017" in " ".join(w.text("fr") for w in r.warnings)
    # on its day it is taken
    assert gcs.reason(gcs.load(ROOT / "facts" / "conv17_complete_2018_06_01.gcs"), as_of="2017-09-15").by_predicate(
        "publication_due")


AVENANT = """groupement g "G" {
  as of 2019-09-01
  approved 2012-03-01
  seat "Rennes" region "Bretagne"
  member a "A" { kind health_establishment sector public region "Bretagne" rights 70 }
  member b "B" { kind health_establishment sector public region "Bretagne" rights 30 }
  avenant av2 on 2018-11-01 for convention_change submitted_on 2018-11-02 approved_on 2018-12-01 published_on 2018-12-10
}
"""


def test_an_avenant_approved_after_the_as_of_date_is_not_approved_yet():
    scenario = gcs.loads(AVENANT, path="<avenant>")
    before = gcs.reason(scenario, as_of="2018-11-20")
    assert not any(c.text.startswith("publication_due(avenant:av2") for c in before.conclusions)
    codes = [(w.code, w.message) for w in before.warnings]
    assert any(c == "after_as_of" and "approval of the avenant 'av2' dated 1 December 2018" in m for c, m in codes)
    after = gcs.reason(scenario, as_of="2018-12-05")
    assert after.holds("publication_due(avenant:av2, 2018-12-16)")


# --- 4. what-would with two notices of one member -------------------------------------------


def test_each_withdrawal_notice_is_one_change():
    s = gcs.load(DATA / "wd2.gcs")  # clin_vals notified 2011-07-01 and 2011-09-01
    one = gcs.edit(s, "no withdrawal clin_vals notified 2011-07-01")
    assert [w.notified for w in one.groupement.withdrawals] == [date(2011, 9, 1)]
    assert not gcs.edit(s, "no withdrawal clin_vals").groupement.withdrawals
    said = Change("no_withdrawal", ("clin_vals",)).describe(s)
    assert "notified 2011-07-01" in said and "notified 2011-09-01" in said
    moved = gcs.edit(s, "withdrawal clin_vals notified 2011-06-30 instead of 2011-09-01")
    assert sorted(w.notified for w in moved.groupement.withdrawals) == [date(2011, 6, 30), date(2011, 7, 1)]
    with pytest.raises(EditError, match="say which notice moves"):
        gcs.edit(s, "withdrawal clin_vals notified 2011-06-30")
    with pytest.raises(EditError, match="no withdrawal on 2011-08-01"):
        gcs.edit(s, "no withdrawal clin_vals notified 2011-08-01")


def test_what_would_says_every_notice_it_changes():
    s = gcs.load(DATA / "wd2.gcs")
    r = gcs.reason(s)
    out = r.what_would_make("withdrawal_effective(clin_vals, 2012-12-31)", negate=True)
    assert out.sets
    for option in out.sets:
        edited = gcs.edit(s, *option.changes)
        assert not gcs.reason(edited).holds("withdrawal_effective(clin_vals, 2012-12-31)")
        kept = {w.notified for w in edited.groupement.withdrawals}
        for w in s.groupement.withdrawals:  # a notice removed or moved is named by the edits
            if w.notified not in kept:
                assert any(w.notified.isoformat() in e for e in option.edits), (option.edits, w.notified)


# --- 5. the CLI's explain of a predicate that does not exist ---------------------------------


def test_cli_explain_says_the_predicate_does_not_exist(capsys):
    assert main(["explain", str(FIXED_TERM), "administratr_invalid(x)"]) == 2
    err = capsys.readouterr().err
    assert "no predicate 'administratr_invalid'" in err and "did you mean administrator_invalid" in err
    assert main(["explain", str(FIXED_TERM), "member(nobody)"]) == 2
    assert "did you mean 'member(" in capsys.readouterr().err


# --- 6. .expected lines and holds() are about conclusions --------------------------------------


@pytest.fixture
def case(tmp_path):
    gcs_path = tmp_path / "case.gcs"
    shutil.copy(FIXED_TERM, gcs_path)

    def write(text: str) -> Path:
        (tmp_path / "case.expected").write_text(text, encoding="utf-8")
        return gcs_path

    return write


def test_an_expected_line_on_an_auxiliary_predicate_is_refused(case):
    report = ex.check_file(case("as_of 2012-12-31\nnot joined(chru_tours, 2011-01-01)\n"))
    [section] = report.sections
    [problem] = section.problems
    assert problem.text().startswith("UNKNOWN PREDICATE") and "among the conclusions of the law" in problem.text()


def test_holds_on_conclusions_only_and_with_wildcards():
    r = gcs.reason(str(FIXED_TERM))
    with pytest.raises(QueryError, match="among the conclusions"):
        r.holds("joined(chru_tours, 2011-01-01)")
    with pytest.raises(QueryError, match="did you mean administrator_invalid"):
        r.holds("administratr_invalid(x)")
    assert r.holds("member(_)") and "member(_)" in r
    assert r.holds("deliberation_valid(ag2, _)") and not r.holds("administrator_invalid(_)")
    with pytest.raises(QueryError, match="'ag9' is declared nowhere"):  # review 36 X1: a typo is no "no"
        r.holds("deliberation_valid(ag9, _)")
    assert r.holds('member("chru_tours")')
    # why-not still explains an auxiliary
    assert r.why_not("joined(chru_tours, 2011-01-01)").query == "joined(chru_tours, 2011-01-01)"


# --- 7. a misspelt predicate is refused before reasoning ----------------------------------------


def test_a_misspelt_why_not_is_refused_without_solving(monkeypatch, capsys):
    from gcs_reasoner import reasoning

    def no_solve(*a, **k):
        raise AssertionError("reasoned on a query that cannot be asked")

    monkeypatch.setattr(reasoning, "_fixpoint", no_solve)
    assert main(["why-not", str(FIXED_TERM), "deliberation_vaild(ag1, d1)"]) == 2
    assert "did you mean deliberation_valid" in capsys.readouterr().err
    assert main(["what-would", str(FIXED_TERM), "quorum_met(ag1, x)"]) == 2
    assert "quorum_met takes 1 argument" in capsys.readouterr().err


def test_check_query_does_not_read_the_model_for_a_predicate_of_the_rules(monkeypatch):
    from gcs_reasoner import whynot_rules
    from gcs_reasoner.whynot import check_query

    r = gcs.reason(str(FIXED_TERM))

    def no_model(result):
        raise AssertionError("walked the model")

    monkeypatch.setattr(whynot_rules, "model_atoms", no_model)
    check_query(r, "member", [None])
    check_query(r, "seat", [None])  # a fact of the file no rule reads
    with pytest.raises(QueryError, match="did you mean member"):
        check_query(r, "membr", [None])


# --- 8. messages ----------------------------------------------------------------------------------


def test_small_messages(capsys):
    with pytest.raises(ValueError, match="as_of 0000-01-01 is out of range; expected a date from 1900-01-01 to 2199-12-31"):
        gcs.reason(str(FIXED_TERM), as_of="0000-01-01")
    s = gcs.load(str(FIXED_TERM))
    with pytest.raises(EditError, match="expected a positive integer"):
        gcs.edit(s, "member chru_tours rights ²")
    with pytest.raises(EditError, match="expected a positive integer"):
        gcs.edit(s, Change("member", ("chru_tours", "rights", True)))
    edited = gcs.edit(s, Change("convened_on", ("ag1", datetime(2011, 1, 5, 10))))
    assert edited.groupement.assemblies[0].convened_on.value == date(2011, 1, 5)
    assert gcs.reason(edited).conclusions
    e = ConclusionNotDrawn("member(x)", gcs.reason(s))
    back = pickle.loads(pickle.dumps(e))
    assert isinstance(back, ConclusionNotDrawn) and str(back) == str(e) and isinstance(ConclusionNotDrawn(), KeyError)


def test_french_folder_report_says_statut():
    from gcs_reasoner.render.batch import HtmlWriter, MarkdownWriter, TextWriter

    for cls in (TextWriter, MarkdownWriter, HtmlWriter):
        assert "(statut 2)" in cls("d", ["d/a.gcs"], lang="fr").error("d/a.gcs", 2, "m")
        assert "(status 2)" in cls("d", ["d/a.gcs"], lang="en").error("d/a.gcs", 2, "m")


def test_avenant_decision_before_receipt_message():
    text = AVENANT.replace(" approved_on 2018-12-01 published_on 2018-12-10", "").replace(
        "convention_change submitted_on 2018-11-02\n",
        "convention_change submitted_on 2018-11-02\n"
        "  ars_decision dec1 on 2018-10-20 by ars_director_general { approves avenant av2 }\n")
    with pytest.raises(gcs.ScenarioError) as info:
        gcs.loads(text)
    assert "before the agency received it on 2018-11-02" in str(info.value)
