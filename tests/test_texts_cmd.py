"""`gcs-reasoner texts [--as-of DATE]` and `gcs.texts(on)` (issue 9): the versions of the GCS
articles in force on a date, their amending text, and whether the rules encode them."""

import json
from datetime import date, timedelta

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import law
from gcs_reasoner.cli import main
from gcs_reasoner.program import load_program


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("on", ["2006-01-01", "2008-01-01", "2010-07-25", "2010-07-26", "2013-06-30", "2023-12-06"])
def test_the_versions_in_force_are_the_inventorys(on):
    listing = gcs.texts(on)
    d = date.fromisoformat(on)
    got = {(v.version.article, v.version.version) for v in listing.versions}
    assert got == {(t.article, t.version) for t in law.texts_in_force(d)}
    assert len({a for a, _ in got}) == len(got), "one version per article on a date"
    for v in listing.versions:
        assert v.version.from_ <= d and (v.last_day is None or d <= v.last_day)
    assert listing.not_covered is None


def test_encoded_means_a_rule_cites_one_of_its_provisions():
    cited = {p for r in load_program().rules for p in r.provisions}
    for on in ("2008-01-01", "2012-01-01"):
        for v in gcs.texts(on).versions:
            ids = law.version_provisions(v.version.article, v.version.from_)
            assert v.encoded == any(p in cited for p in ids)
            assert set(v.cited) == set(ids) & cited
    # what is encoded today (2006 to 2010-07-25): the 2006 decree and L6133-1 of 2004
    listing = gcs.texts(date(2008, 1, 1))
    assert all(v.encoded for v in listing.versions if v.version.article == "R6133-5")
    assert [v.version.version for v in listing.versions if v.version.article == "L6133-1"] == ["2004-08-11"]


def test_articles_in_code_order():
    arts = [v.version.article for v in gcs.texts("2008-01-01").versions]
    assert arts[0] == "L6133-1" and arts.index("R6133-2") < arts.index("R6133-10") < arts.index("R6133-21")


def test_dates_not_covered_are_said():
    before = gcs.texts("2005-06-30")
    assert before.not_covered and "2006-01-01" in before.not_covered and "does not cover" in before.not_covered
    assert "ne couvre pas" in before.not_covered_fr
    assert [v.version.article for v in before.versions] == ["L6133-1"]  # the versions it has
    newest = law.newest_version_date()
    assert gcs.texts(newest).not_covered is None
    after = gcs.texts(newest + timedelta(days=1))
    assert after.not_covered and "newest text known" in after.not_covered and after.versions
    # judged under the newest versions, with the date up to which the law is known
    assert "2023-12-06" in after.not_covered and "apply the newest versions known" in after.not_covered
    assert gcs.texts(None).on == date.today()


def test_cli_text_and_json(capsys):
    code, out, err = run(capsys, "texts", "--as-of", "2008-01-01")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Textes en vigueur le 2008-01-01 (22 versions d'articles)"
    i = lines.index("R6133-5@2006-01-01  du 2006-01-01 au 2010-07-25")
    assert lines[i + 1] == "    modifié par Décret n° 2005-1681 du 26 décembre 2005"
    assert lines[i + 2].startswith("    encodé : les règles citent ")
    code, out, _ = run(capsys, "texts", "--as-of", "2008-01-01", "--lang", "en")
    assert "R6133-5@2006-01-01  from 2006-01-01 until 2010-07-25" in out and "amended by Décret n° 2005-1681" in out
    code, out, _ = run(capsys, "texts", "--as-of", "2008-01-01", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["on"] == "2008-01-01" and doc["covered"] is True
    r5 = next(v for v in doc["versions"] if v["article"] == "R6133-5")
    assert (r5["from"], r5["to"], r5["encoded"]) == ("2006-01-01", "2010-07-25", True)
    assert r5["amended_by"].startswith("Décret n° 2005-1681")


def test_cli_uncovered_dates(capsys):
    code, out, _ = run(capsys, "texts", "--as-of", "2004-12-31")
    assert code == 0 and out.splitlines()[1].startswith("Attention : le 2004-12-31 est avant le 2006-01-01")
    assert "L6133-1@2004-08-11" in out
    code, out, _ = run(capsys, "texts", "--as-of", "2030-01-01", "--format", "json")
    doc = json.loads(out)
    assert doc["covered"] is False and "2030-01-01" in doc["not_covered"] and doc["versions"]
    code, out, _ = run(capsys, "texts")  # today
    assert out.startswith(f"Textes en vigueur le {date.today().isoformat()}")
