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
    assert not out.sets and "no set of at most 1 changes" in out.text()


def test_cli(capsys):
    args = ["what-would", "facts/assembly_quorum_under.gcs", "deliberation_valid(ag1, d1)", "--format", "json"]
    assert main(args) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["sets"] and d["max_changes"] == 3 and "presence" in d["changeable"]
    assert main(["what-would", "facts/dissolution_single_member.gcs", "dissolution_required(_)", "--not"]) == 0
    assert "remove `withdrawal" in capsys.readouterr().out


def test_a_condition_that_is_not_shown():
    """quorum_met/1 is shown, rights_attending/2 is not: both are judged on the whole model."""
    r = gcs.reason(gcs.load("facts/assembly_quorum_under.gcs"))
    out = r.what_would_make("rights_attending(ag1, 69)", max_changes=1)
    assert any("present ch_semur" in e or "proxy ch_semur" in e for s in out.sets for e in s.edits)
    assert out.rejected == 0
