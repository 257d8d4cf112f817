"""Coverage of the law by the rules and the golden scenarios (`gcs-reasoner coverage`).

`test_texts_in_force_on_2008_are_covered` is the acceptance test of the first
milestone: every decidable provision of the texts in force on 2008-01-01 is
encoded by a rule and exercised by a scenario where it applies and one where
it does not. Its failure message lists what is missing.
"""

import json
import re
from datetime import date

import pytest

from gcs_reasoner import coverage, law
from gcs_reasoner.cli import main as cli_main
from gcs_reasoner.program import load_program

SUMMARY = re.compile(r"^provisions: (\d+) encoded / (\d+) decidable, (\d+) tested \((\d+) partly encoded\)$")
ON_2008 = date(2008, 1, 1)
# the texts covered so far: those in force on 2008-01-01
TEXTS_2008 = re.compile(r"^(L6133-1@2004-08-11(\..+)?|R6133-\d+@2006-01-01(\..+)?|decret-2005-1681\.art3)$")


@pytest.fixture(scope="module")
def cov_all():
    return coverage.compute()


@pytest.fixture(scope="module")
def cov_2008():
    return coverage.compute(ON_2008)


# --- the law program and the goldens cite real provisions ---------------------------


def test_every_rule_cites_ids_of_the_inventory(cov_all):
    assert load_program().rules, "no rule loaded"
    assert not cov_all.unknown_in_rules, "rules citing ids that are not in the inventory:\n  " + "\n  ".join(
        f"{where}: {pid}" for where, pid in cov_all.unknown_in_rules
    )


def test_every_golden_cites_ids_of_the_inventory(cov_all):
    assert not cov_all.unknown_in_goldens, "golden files citing ids that are not in the inventory:\n  " + "\n  ".join(
        f"{where}: {pid}" for where, pid in cov_all.unknown_in_goldens
    )


# --- acceptance: the texts in force on 2008-01-01 ------------------------------------


def test_selection_of_2008_is_the_texts_covered_so_far(cov_2008):
    ids = [e.id for e in cov_2008.entries]
    assert ids, "no provision in force on 2008-01-01"
    stray = [i for i in ids if not TEXTS_2008.match(i)]
    assert not stray, f"provisions of other versions selected: {stray}"
    expected = [p.id for p in law.provisions() if TEXTS_2008.match(p.id)]
    assert sorted(ids) == sorted(expected)


def test_texts_in_force_on_2008_are_covered(cov_2008):
    # a provision only partly encoded (its rules restate the file, or decide
    # part of the text) is reported so, with the reason: not a gap to close here
    gaps = [(pid, [w for w in what if not w.startswith("partial: ")]) for pid, what in cov_2008.gaps()]
    gaps = [(pid, what) for pid, what in gaps if what]
    lines = [f"{pid}: {', '.join(what)}" for pid, what in gaps]
    if gaps:
        pytest.fail(
            f"{len(gaps)} decidable provisions in force on 2008-01-01 are not fully covered "
            f"({cov_2008.summary()}):\n  " + "\n  ".join(lines),
            pytrace=False,
        )


# --- how coverage is counted (a golden folder of our own) ----------------------------


def test_counts_from_golden_lines(tmp_path):
    (tmp_path / "a.expected").write_text(
        "# a scenario\n"
        "as_of 2008-03-01\n"
        "withdrawal_effective(x, 2008-12-31)  <-  R6133-5@2006-01-01.2   # comment, R6133-17@2006-01-01.2\n"
        "not dissolution_required(single_member)  <-  R6133-17@2006-01-01.2  # two members remain\n"
        "warning missing_fact: rights of member 'x' is not stated: no conclusion on R6133-6@2006-01-01.5\n",
        encoding="utf-8",
    )
    (tmp_path / "b.expected").write_text(
        "not withdrawal_effective(y, 2008-12-31)  <-  R6133-5@2006-01-01.2\n"
        "foo(bar)  <-  R6133-5@2006-01-01.2, NOT-AN-ID@2000-01-01\n",
        encoding="utf-8",
    )
    sc = coverage.read_goldens(tmp_path)
    assert sc.names == ["a", "b"]
    assert sc.applies["R6133-5@2006-01-01.2"] == ["a", "b"]
    assert sc.not_applies["R6133-5@2006-01-01.2"] == ["b"]
    assert "R6133-17@2006-01-01.2" not in sc.applies  # in a comment only
    assert sc.not_applies["R6133-17@2006-01-01.2"] == ["a"]
    assert "R6133-6@2006-01-01.5" not in sc.applies  # a warning line is not a conclusion

    cov = coverage.compute(ON_2008, facts_dir=tmp_path)
    entry = {e.id: e for e in cov.entries}
    assert entry["R6133-5@2006-01-01.2"].tested
    assert entry["R6133-5@2006-01-01.2"].gaps() == []
    assert not entry["R6133-17@2006-01-01.2"].tested
    assert entry["R6133-17@2006-01-01.2"].gaps() == ["no scenario where it applies"]
    assert ("facts/b.expected:2", "NOT-AN-ID@2000-01-01") in cov.unknown_in_goldens
    e, d, t = cov.counts
    assert t == 1 and d == sum(x.is_decidable for x in cov.entries) and e <= d


def test_none_provisions_are_listed_with_their_reason(cov_all):
    nones = [e for e in cov_all.entries if e.decidable == "none"]
    assert nones, "the inventory marks some provisions as not decidable"
    text = coverage.render_text(cov_all)
    for e in nones:
        assert e.reason, f"{e.id}: no reason in the inventory"
        assert e.reason.split()[0] in text
    assert not any(e.gaps() for e in nones)


def test_coverage_does_not_solve(monkeypatch, capsys):
    """It reads the golden files; solving every scenario would make it slow."""
    import gcs_reasoner.reasoning as reasoning

    def boom(*a, **k):
        raise AssertionError("coverage must not call the solver")

    monkeypatch.setattr(reasoning, "_Solver", boom)
    assert cli_main(["coverage"]) == 0


# --- the command line ----------------------------------------------------------------


def _summary(out: str):
    last = out.rstrip("\n").splitlines()[-1]
    m = SUMMARY.match(last)
    assert m, f"last line is not the summary: {last!r}"
    return tuple(int(x) for x in m.groups()[:3])


def test_cli_summary_line(capsys, cov_all):
    assert cli_main(["coverage"]) == 0
    out = capsys.readouterr().out
    e, d, t = _summary(out)
    assert (e, d, t) == cov_all.counts
    assert e <= d and t <= d
    assert d == sum(1 for p in law.provisions() if p.decidable in ("full", "partial"))


def test_cli_in_force_on_restricts_to_those_texts(capsys, cov_all):
    assert cli_main(["coverage", "--in-force-on", "2008-01-01"]) == 0
    out = capsys.readouterr().out
    e, d, t = _summary(out)
    assert d < cov_all.counts[1]
    assert d == sum(1 for p in law.provisions() if TEXTS_2008.match(p.id) and p.decidable in ("full", "partial"))
    # one group per article version: only those in force on 2008-01-01
    titles = re.findall(r"^(\S+(?: @ \S+)?)  .*— \d+/\d+ encoded", out, flags=re.M)
    assert titles
    for title in titles:
        pid = title.replace(" @ ", "@")
        assert TEXTS_2008.match(pid), f"group {title!r} is not a text in force on 2008-01-01"
    assert "R6133-5 @ 2006-01-01" in titles and "L6133-1 @ 2004-08-11" in titles
    assert "R6133-5 @ 2010-07-26" not in out and "L6133-1 @ 2018-01-19" not in out


def test_cli_rejects_a_bad_date(capsys):
    with pytest.raises(SystemExit) as exc:
        cli_main(["coverage", "--in-force-on", "2008-13-01"])
    assert exc.value.code == 2
    assert "invalid date" in capsys.readouterr().err


def test_json_format(capsys):
    assert coverage._cli(["--in-force-on", "2008-01-01", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["in_force_on"] == "2008-01-01"
    ids = [p["id"] for p in doc["provisions"]]
    assert all(TEXTS_2008.match(i) for i in ids)
    s = doc["summary"]
    assert s["decidable"] == sum(p["decidable"] in ("full", "partial") for p in doc["provisions"])
    for p in doc["provisions"]:
        assert {"id", "decidable", "rules", "applies", "not_applies"} <= set(p)
        if p["decidable"] == "none":
            assert p["reason"]


def test_a_partial_rule_does_not_count_as_encoded(tmp_path):
    # a rule that only restates a fact of the file is marked `% partial: <why>`;
    # the provision it cites is then not "encoded", and the report says why
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x.lp").write_text(
        "% Code de la santé publique, test\n"
        "% R6133-2@2006-01-01\n"
        "% « La dénomination du groupement est suivie de la mention »\n"
        "% partial: restates documents_mention no\n"
        "documents_mention_missing :- documents_mention(no).\n"
        "% R6133-4@2006-01-01\n"
        "% « le groupement est constitué pour une durée indéterminée »\n"
        "groupement_duration(indefinite) :- groupement(_), not duration(_).\n",
        encoding="utf-8",
    )
    from gcs_reasoner.program import load_program

    cov = coverage.compute(program=load_program(str(rules)), facts_dir=tmp_path)
    by_id = {e.id: e for e in cov.entries}
    assert not by_id["R6133-2@2006-01-01"].encoded
    assert by_id["R6133-2@2006-01-01"].partial == ["restates documents_mention no"]
    assert by_id["R6133-4@2006-01-01"].encoded
    assert cov.partly_encoded == 1
