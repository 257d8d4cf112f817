"""What would make a conclusion hold, or stop holding (issue 8): smallest verified change sets."""

import json

import gcs_reasoner as gcs
from gcs_reasoner.cli import main
from gcs_reasoner.whynot import matches, parse_query


def _check_sound(result, out, query, negate):
    name, args = parse_query(query)
    for s in out.sets:
        edited = gcs.edit(result.scenario, *s.changes)
        r = gcs.reason(edited)
        assert any(matches(x, name, args) for x in r._symbols) != negate, s.edits


def test_quorum_one_change():
    r = gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))
    out = r.what_would_make("deliberation_valid(ag1, d1)")
    assert out.sets and all(len(s.changes) == 1 for s in out.sets)
    edits = [e for s in out.sets for e in s.edits]
    assert "line 48: add `present ch_beaune` (assembly ag1)" in edits
    _check_sound(r, out, "deliberation_valid(ag1, d1)", False)
    assert "checked by reasoning again" in out.text()


def test_negation_and_already():
    r = gcs.reason(gcs.load("facts/dissolution_single_member.gcs"))
    out = r.what_would_make("dissolution_required(single_member)", negate=True)
    assert out.sets and out.sets[0].edits[0].startswith("line 30: remove `withdrawal ch_auray")
    _check_sound(r, out, "dissolution_required(single_member)", True)
    assert r.what_would_make("dissolution_required(single_member)").already


def test_votes_are_changed():
    r = gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))
    bad = gcs.reason(gcs.edit(r.scenario, "vote ag2.d1 chu_dijon against"))
    assert not bad.holds("deliberation_valid(ag2, d1)")
    out = bad.what_would_make("deliberation_valid(ag2, d1)")
    assert any("votes for instead of against" in e for s in out.sets for e in s.edits)
    _check_sound(bad, out, "deliberation_valid(ag2, d1)", False)


def test_cap_reported():
    r = gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))
    out = r.what_would_make("tacit_approval(_, _)", max_changes=1, time_limit=5)  # no edit reaches it
    assert not out.sets and "none found among the changes tried (at most 1 change of the kinds above)" in out.text()


def test_cli(capsys):
    args = ["what-would", "facts/assembly_quorum_under.gcs", "deliberation_valid(ag1, d1)", "--format", "json"]
    assert main(args) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["sets"] and d["max_changes"] == 3 and "presence" in d["changeable"]
    assert main(["what-would", "facts/dissolution_single_member.gcs", "dissolution_required(_)", "--not"]) == 0
    assert "retirer `withdrawal" in capsys.readouterr().out  # (French by default, as every command: --lang en)


def test_a_condition_that_is_not_shown():
    """quorum_met/1 is shown, rights_attending/2 is not: both are judged on the whole model."""
    r = gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))
    out = r.what_would_make("rights_attending(ag1, 69)", max_changes=1)
    assert any("present ch_semur" in e or "proxy ch_semur" in e for s in out.sets for e in s.edits)
    assert out.rejected == 0


def test_the_options_in_french():
    r = gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))
    out = r.what_would_make("deliberation_valid(ag1, d1)")
    fr = out.text("fr")
    assert fr.startswith("Pour que deliberation_valid(ag1, d1) soit établi (au plus 3 changements parmi : présence")
    assert "possibilité 1 (1 changement, vérifié en raisonnant à nouveau) :" in fr
    assert "    ligne 48 : ajouter `present ch_beaune` (assemblée ag1)" in fr.splitlines()
    assert all(len(s.edits_fr) == len(s.edits) for s in out.sets)
    assert r.what_would_make("deliberation_valid(ag2, d1)").text("fr").endswith(
        "c'est déjà le cas, aucun changement nécessaire")


def test_the_command_says_the_options_in_french_by_default_and_in_english_when_asked(capsys):
    path = "facts/assembly_quorum_under.gcs"
    assert main(["what-would", path, "deliberation_valid(ag1, d1)", "--max-changes", "1"]) == 0
    fr = capsys.readouterr().out
    assert fr.startswith("Pour que ") and "Droit applicable au" in fr
    assert main(["what-would", path, "deliberation_valid(ag1, d1)", "--max-changes", "1", "--lang", "en"]) == 0
    en = capsys.readouterr().out
    assert en.startswith("To make ") and "Law applied as of" in en
    assert main(["what-would", path, "deliberation_valid(ag1, d1)", "--max-changes", "1", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["sets"][0]["edits_fr"][0].startswith("ligne ")
