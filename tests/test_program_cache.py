"""The rewritten rules are read back rather than rewritten (program.py): from the user's cache
folder, and, on a first run, from the copy the package ships (data/program.json.gz)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gcs_reasoner import program as P, user_cache
from gcs_reasoner.record_rules import why_text
from gcs_reasoner.rule_files import Reader


def _no_rewrite(*_a, **_k):
    raise AssertionError("the rules were rewritten")


def test_the_shipped_rules_are_those_of_the_rule_files():
    """When this fails: `python -m gcs_reasoner.program` (after any edit of rules/ or of the modules that rewrite them, program.REWRITING_MODULES)."""
    base = P.rules_dir()
    key = P._cache_key(sorted(base.rglob("*.lp")))
    shipped = P._read_shipped(key)
    assert shipped is not None, "data/program.json.gz is stale: run python -m gcs_reasoner.program"
    rewritten = json.loads(json.dumps(P._rewrite(base, sorted(base.rglob("*.lp")))))  # tuples as JSON has them
    assert {k: v for k, v in shipped[0].items() if k != "key"} == rewritten


def test_a_first_run_reads_the_shipped_rules_and_caches_them(tmp_path, monkeypatch):
    monkeypatch.setattr(user_cache, "folders", lambda: [tmp_path / "cache"])
    monkeypatch.setattr(P, "_rewrite", _no_rewrite)
    P.load_program.cache_clear()
    try:
        first = P.load_program()
        assert list((tmp_path / "cache").glob("program_*.marshal"))
        monkeypatch.setattr(P, "_read_shipped", _no_rewrite)
        P.load_program.cache_clear()
        again = P.load_program()  # from the user's cache
        assert [r.text for r in again.rules] == [r.text for r in first.rules]
        assert again.fixed == first.fixed and again.shown == first.shown
    finally:
        P.load_program.cache_clear()


def test_rules_edited_since_the_package_was_built_are_rewritten(tmp_path, monkeypatch):
    rules = tmp_path / "rules" / "time"
    rules.mkdir(parents=True)
    (rules / "2006-01-01_x.lp").write_text("% auxiliary: a test\nq(X) :- p(X).\n", encoding="utf-8")
    monkeypatch.setattr(user_cache, "folders", lambda: [tmp_path / "cache"])
    loaded = P.load_program.__wrapped__(str(tmp_path / "rules"))
    assert [r.head for r in loaded.rules] == ["q/1"]


def test_old_cached_programs_are_removed(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    for i in range(6):
        (folder / f"program_old{i}.py311.marshal").write_bytes(b"x")
    monkeypatch.setattr(user_cache, "folders", lambda: [folder])
    P._write_cache("new", {"rules": [], "plain": "", "shown": [], "fixed": ""})
    left = sorted(p.name for p in folder.glob("program_*"))
    assert len(left) == 4 and P._cache_name("new") in left


def test_a_folder_without_rules_is_an_error_not_an_empty_law(tmp_path):
    """A missing or empty rules folder (an incomplete installation) used to give a law of no
    rules: every file checked without a conclusion, and without a word."""
    with pytest.raises(FileNotFoundError, match="no rules"):
        P.load_program(str(tmp_path))


def test_the_record_rules_made_again_are_those_of_the_rewrite():
    """The caches leave out each rule's `why` and, where it is the rule as written, its `plain`
    (program._rewrite); read back, they are the rewrite's: `why_text` makes `why` again from the
    rule's text."""
    base = P.rules_dir()
    loader = Reader(Path(base).parent)
    for f in sorted(Path(base).rglob("*.lp")):
        loader.load(f)
    cached = P.Program(*P._unpack(P._rewrite(Path(base), sorted(Path(base).rglob("*.lp")))), files=[]).rules
    assert len(cached) == len(loader.rules) > 1000
    assert all(not c.why for c in cached)  # left out of what is cached
    assert [why_text(c) for c in cached] == [r.why for r in loader.rules]
    assert [c.plain for c in cached] == [r.plain for r in loader.rules]
    assert sum(r.plain != r.text for r in loader.rules) > 0  # some rules have a `_nif` rule beside them


def test_a_damaged_cache_is_not_trusted(tmp_path, monkeypatch):
    """A cached program whose bytes were changed (a disk or a copy that damaged it) used to be read
    back as long as it still unmarshalled: a rule's text changed in it would have been applied.
    Its checksum no longer matches: the cache is not read, and the rules come from elsewhere."""
    import marshal

    folder = tmp_path / "cache"
    monkeypatch.setattr(user_cache, "folders", lambda: [folder])
    data = {"rules": [], "plain": "p(1).", "shown": [], "fixed": ""}
    P._write_cache("k", data)
    assert P._read_cache("k") == data
    path = folder / P._cache_name("k")
    raw = path.read_bytes()
    damaged = raw.replace(b"p(1).", b"p(2).")
    assert damaged != raw and marshal.loads(damaged[8:])["plain"] == "p(2)."  # it still unmarshals
    path.write_bytes(damaged)
    assert P._read_cache("k") is None
    path.write_bytes(raw[:-3])  # a write cut short
    assert P._read_cache("k") is None
    path.write_bytes(marshal.dumps(data))  # a file of the earlier format, without a checksum
    assert P._read_cache("k") is None
