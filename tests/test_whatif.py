"""What if (issue 8): edits of a scenario, and the diff of two results."""

import json
from datetime import date

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main
from gcs_reasoner.whatif import EditError, parse_change

QUORUM = "facts/assembly_quorum_under.gcs"


@pytest.fixture(scope="module")
def scenario():
    return gcs.load(QUORUM)


def test_edit_copies_and_changes(scenario):
    edited = gcs.edit(scenario, "present ag1 ch_beaune", "vote ag1.d1 ch_beaune for")
    a = edited.groupement.assemblies[0]
    assert [p.value for p in a.present] == ["chu_dijon", "ch_beaune"]
    assert [p.value for p in scenario.groupement.assemblies[0].present] == ["chu_dijon"]  # original untouched
    assert {(v.member, v.choice) for v in a.deliberations[0].votes} == {("chu_dijon", "for"), ("ch_beaune", "for")}


def test_every_change_form(scenario):
    e = gcs.edit(scenario, "proxy ag1 ch_semur to chu_dijon", "convened_on ag1 2007-03-01", "declared_nature public",
                 "member ch_semur sector private", "member ch_semur rights 25", "withdrawal ch_semur notified 2007-05-01")
    g = e.groupement
    assert g.assemblies[0].proxies[0].holder == "chu_dijon"
    assert g.assemblies[0].convened_on.value == date(2007, 3, 1)
    assert g.declared_nature.value == "public"
    assert scenario.member("ch_semur").sector.value == "public" and e.member("ch_semur").sector.value == "private"
    assert e.member("ch_semur").rights.value == 25
    assert g.withdrawals[0].notified == date(2007, 5, 1)
    e2 = gcs.edit(e, "no proxy ag1 ch_semur", "no withdrawal ch_semur", "no declared_nature", "absent ag2 chu_dijon",
                  "vote ag2.d1 chu_dijon none", "without line 49")
    g2 = e2.groupement
    assert not g2.assemblies[0].proxies and not g2.withdrawals and g2.declared_nature is None
    assert not g2.assemblies[1].present and not g2.assemblies[1].deliberations[0].votes
    assert not g2.assemblies[0].deliberations  # line 49 was ag1's deliberation


def test_bad_changes(scenario):
    for bad in ("present", "vote ag1.d1 chu_dijon maybe", "present ag9 chu_dijon", "present ag1 nobody", "fly away"):
        with pytest.raises(EditError):
            gcs.edit(scenario, bad)
    assert str(parse_change("vote ag1.d1 m none")) == "vote ag1.d1 m none"


@pytest.mark.parametrize("bad", [
    "member ch_semur rights -4",  # the language: « rights must be a positive integer »
    "member ch_semur rights 0",
    "member ch_semur rights 2147483648",  # above the reasoner's bound
    "member ch_semur kind hospital",  # not a word of `kind`
    "proxy ag1 ch_semur to ch_semur",  # « cannot hold its own proxy »
    "convened_on ag1 1800-03-01",  # outside the dates the language accepts
    "withdrawal ch_semur notified 2300-01-01",
])
def test_edit_refuses_what_the_language_refuses(scenario, bad):
    """A what-if change is held to the language's own checks: before stop 22 `rights -4` gave a
    negative debt share, and a proxy to oneself or a date of 1800 was reasoned on."""
    with pytest.raises(EditError):
        gcs.edit(scenario, bad)


def test_edit_says_how_to_pass_several_changes(scenario):
    with pytest.raises(EditError, match="several arguments"):
        gcs.edit(scenario, ["present ag1 ch_beaune"])


def test_describe_as_file_edits(scenario):
    assert parse_change("present ag1 ch_beaune").describe(scenario) == "line 48: add `present ch_beaune` (assembly ag1)"
    assert parse_change("vote ag1.d1 chu_dijon against").describe(scenario).startswith(
        "line 49: chu_dijon votes against instead of for")


def test_diff(scenario):
    d = gcs.diff(scenario, gcs.edit(scenario, "present ag1 ch_beaune"))
    gained = {e.text: e for e in d.gained}
    assert "deliberation_valid(ag1, d1)" in gained and gained["deliberation_valid(ag1, d1)"].provisions
    assert "deliberation_invalid(ag1, d1, no_quorum)" in {e.text for e in d.lost}
    assert "no longer:" in d.text() and "now:" in d.text()
    assert "<table" in d._repr_html_()
    same = gcs.diff(QUORUM, QUORUM)
    assert not same and "no change" in same.text()


def test_diff_cli(tmp_path, capsys):
    b = tmp_path / "b.gcs"
    b.write_text(open(QUORUM, encoding="utf-8").read().replace("present chu_dijon ", "present chu_dijon, ch_semur ", 1),
                 encoding="utf-8")
    assert main(["diff", QUORUM, str(b), "--lang", "en"]) == 0  # French by default, as every command
    out = capsys.readouterr().out
    assert "+ now:       deliberation_valid(ag1, d1)" in out
    assert main(["diff", QUORUM, str(b), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert any(e["conclusion"] == "deliberation_valid(ag1, d1)" for e in d["gained"])
    assert main(["diff", QUORUM, str(tmp_path / "missing.gcs")]) == 2


def test_rich_display(scenario):
    r = gcs.reason(scenario)
    assert "<" in r._repr_html_()
    c = r.find("quorum_not_met(ag1)")
    assert "quorum_not_met(ag1)" in c._repr_html_()
    assert "R6133-14" in r.explain(c)._repr_html_()


def test_describe_in_french_says_each_kind_of_edit(scenario):
    """`what-would --lang fr` (the default of the command line, as for every other command): each kind
    of change said in French, the statements quoted as the file writes them, at the same lines."""
    cases = {
        "present ag1 ch_beaune": "ligne 48 : ajouter `present ch_beaune` (assemblée ag1)",
        "vote ag1.d1 chu_dijon against": "ligne 49 : chu_dijon vote against au lieu de for sur ag1.d1",
        "without line 48": "ligne 48 : supprimer la ligne",
    }
    for change, said in cases.items():
        c = parse_change(change)
        assert c.describe(scenario, "fr") == said, change
        english = c.describe(scenario)
        assert english.split(":")[0].replace("line", "ligne") == said.split(" :")[0], (english, said)
    for change in ("absent ag1 chu_dijon", "proxy ag1 ch_beaune to chu_dijon", "convened_on ag1 2010-01-04",
                   "declared_nature private", "member ch_beaune sector private"):
        c = parse_change(change)
        fr, en = c.describe(scenario, "fr"), c.describe(scenario)
        assert fr.startswith("ligne ") and " : " in fr and fr != en, (change, fr)
        assert not any(w in fr for w in (" instead of ", " add ", " remove ", "(assembly ", "(member ")), fr
