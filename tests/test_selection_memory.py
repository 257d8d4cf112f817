"""The rules that applied to a kind of file are remembered, and the next file of that kind is ground
on those (selection_memory.py): fewer statements for clingo, the same conclusions and the same
explanations, whatever was remembered (selection.missed adds back what a file needs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import reasoning, selection, selection_memory, user_cache
from gcs_reasoner.program import load_program
from gcs_reasoner.render import json_out

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "facts" / "joint17_no_operation_2018.gcs"
# files whose deliberations take more than one round (an exclusion, an admission): one kind per round
ROUNDS = ROOT / "facts" / "assembly_exclusion_concerned_vote.gcs"


@pytest.fixture
def memory(tmp_path, monkeypatch):
    """An empty memory, in this process and in a cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    selection_memory.forget()
    yield tmp_path
    selection_memory.forget()


@pytest.fixture(scope="module")
def program():
    return load_program()


def _document(program, path, as_of=None) -> str:
    result = reasoning.reason(gcs.load(path), as_of=as_of, explain=True, program=program)
    return json_out.dumps(json_out.as_dict(result), indent=1)


def _kind_and_start(program, path):
    scenario = gcs.load(path)
    facts = reasoning._facts_on(scenario, *reasoning.choose_as_of(scenario))
    return facts, selection_memory.start(program, facts)


@pytest.mark.parametrize("path", [SMALL, ROUNDS], ids=["one_round", "rounds"])
def test_a_file_checked_again_starts_from_the_rules_that_applied_and_concludes_the_same(program, memory, path):
    facts, (first, kind, known) = _kind_and_start(program, path)
    assert not known and first == selection.guess(program, facts)
    before = _document(program, path)
    facts, (again, kind2, known) = _kind_and_start(program, path)
    assert kind2 == kind and known
    assert again < first  # rules ground to nothing the first time are left out
    assert _document(program, path) == before
    assert '"conclusion"' in before


def test_rules_remembered_too_few_are_added_back_and_remembered(program, memory):
    """A kind remembered with only the rules that need no atom (as if an earlier file of that kind
    had applied nothing else): the file is ground again with the rules it needs, and concludes as
    on the guess; those rules are remembered for the kind."""
    facts, (first, kind, _) = _kind_and_start(program, SMALL)
    expected = _document(program, SMALL)
    index = selection._index(program)
    selection_memory._MEMORY[(program.key, kind)] = frozenset(index.unconditional)
    assert selection_memory.start(program, facts)[0] == set(index.unconditional)
    assert _document(program, SMALL) == expected
    remembered = selection_memory._known(program, kind)
    assert set(index.unconditional) < remembered <= first


def test_the_rules_that_applied_are_read_back_by_another_process(program, memory):
    _document(program, SMALL)
    assert not (memory / "gcs_reasoner").exists() or not any(
        e.name.startswith("selection_") for e in os.scandir(memory / "gcs_reasoner"))  # not while answering
    selection_memory.write()  # as the command line does once its output is out
    names = [e.name for e in os.scandir(memory / "gcs_reasoner") if e.name.startswith("selection_")]
    assert len(names) == 1 and program.key in names[0]  # one kind: a file named by it and by the rules
    remembered = dict(selection_memory._MEMORY)
    selection_memory.forget()  # as a new process: only the cache folder
    facts, (first, kind, known) = _kind_and_start(program, SMALL)
    assert known and first == set(remembered[(program.key, kind)])


@pytest.mark.parametrize("content", [
    b"garbage",  # no header: not read
    "rules of another program",  # sealed, but not a list of rule numbers
    [0, 1, 10 ** 9],  # a rule number no rule of this program has
    [],  # no rule at all: not a kind's memory
])
def test_a_damaged_or_foreign_cache_file_is_not_read(program, memory, content):
    scenario = gcs.load(SMALL)
    facts = reasoning._facts_on(scenario, *reasoning.choose_as_of(scenario))
    name = selection_memory._cache_name(program, selection.kind(program, facts))
    if isinstance(content, bytes):
        (memory / "gcs_reasoner").mkdir(mode=0o700)
        (memory / "gcs_reasoner" / name).write_bytes(content)
    else:
        user_cache.write(name, content, family="selection_")
    facts, (first, kind, known) = _kind_and_start(program, SMALL)
    assert not known and first == selection.guess(program, facts)
    assert '"conclusion"' in _document(program, SMALL)


def test_a_kind_s_digest_is_the_same_in_every_process(program):
    """The kind's sets are written in order: another process (another hash seed) names the same file."""
    import subprocess
    import sys

    code = ("import gcs_reasoner as g; from gcs_reasoner import reasoning, selection, selection_memory as m; "
            "from gcs_reasoner.program import load_program; p = load_program(); s = g.load(%r); "
            "f = reasoning._facts_on(s, *reasoning.choose_as_of(s)); print(m._digest(selection.kind(p, f)))" % str(SMALL))
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert len(digests) == 1 and len(digests.pop()) == 32


def test_a_date_asked_for_is_another_kind(program, memory):
    """The versions in force on the file's dates are part of the kind: the same file on a date under
    other texts starts from the guess, not from the rules that applied on its own date."""
    _document(program, SMALL)
    scenario = gcs.load(SMALL)
    facts = reasoning._facts_on(scenario, *reasoning.choose_as_of(scenario, "2009-01-01"))
    first, kind, known = selection_memory.start(program, facts)
    assert not known and first == selection.guess(program, facts)


def test_the_command_line_writes_them_for_the_next_run(memory):
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(memory), "GCS_REASONER_SERVER": "0"}
    run = [sys.executable, "-c", "from gcs_reasoner.client import run; run()", "check", str(SMALL), "--format", "json"]
    first = subprocess.run(run, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and '"conclusion"' in first.stdout
    written = [e.name for e in os.scandir(memory / "gcs_reasoner") if e.name.startswith("selection_")]
    assert len(written) == 1
    again = subprocess.run(run, env=env, capture_output=True, text=True, timeout=120)
    assert again.stdout == first.stdout


SAMPLE = sorted(ROOT.glob("facts/*.gcs"))[3::14]


@pytest.mark.parametrize("path", SAMPLE, ids=[p.stem for p in SAMPLE])
def test_started_from_the_rules_that_need_no_atom_the_check_adds_the_rest(program, memory, path, monkeypatch):
    """The least a kind could remember: the check (selection.missed) adds, round after round, every
    rule the file needs, and the document is the one the guess gives (at stop 33, all 414 examples)."""
    expected = _document(program, path)
    index = selection._index(program)
    monkeypatch.setattr(selection_memory, "start", lambda program, facts: (set(index.unconditional), None, True))
    assert _document(program, path) == expected
    assert '"conclusion"' in expected or '"warnings"' in expected


def test_files_reasoned_on_together_remember_their_kinds_and_conclude_the_same(program, memory):
    paths = [SMALL, ROUNDS, ROOT / "facts" / "withdrawal_notice.gcs"]
    alone = [_document(program, p) for p in paths]
    selection_memory.forget()
    for _ in range(2):  # the first batch learns each kind, the second starts from what it learnt
        results = gcs.reason_all([gcs.load(p) for p in paths], explain=True)
        assert [json_out.dumps(json_out.as_dict(r), indent=1) for r in results] == alone
        starts = [_kind_and_start(program, p)[1] for p in paths]
        assert all(known for _, _, known in starts)
        assert all(first < selection.guess(program, facts) for (first, _, _), facts
                   in zip(starts, [_kind_and_start(program, p)[0] for p in paths]))


def test_a_folder_checked_with_a_pool_remembers_its_kinds(memory, tmp_path):
    """The pool's workers (pool.py) end by os._exit: they write what they learnt among the finalizers
    multiprocessing runs before, so the next check of the folder starts from it."""
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "cases"
    folder.mkdir()
    for p in (SMALL, ROUNDS, ROOT / "facts" / "withdrawal_notice.gcs", ROOT / "facts" / "admin10_fixed_term.gcs"):
        shutil.copy(p, folder / p.name)
    env = {**os.environ, "XDG_CACHE_HOME": str(memory), "GCS_REASONER_SERVER": "0"}
    run = [sys.executable, "-c", "from gcs_reasoner.client import run; run()", "check", str(folder), "--jobs", "2",
           "--format", "jsonl"]
    first = subprocess.run(run, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode in (0, 1) and first.stdout.count('"conclusions"') == 4, first.stderr[-500:]
    written = [e.name for e in os.scandir(memory / "gcs_reasoner") if e.name.startswith("selection_")]
    assert len(written) >= 2
    again = subprocess.run(run, env=env, capture_output=True, text=True, timeout=300)
    assert again.stdout == first.stdout


def test_a_process_writes_the_last_kinds_it_learnt_only(program, memory, monkeypatch):
    monkeypatch.setattr(selection_memory, "MOST_WRITTEN", 1)
    _document(program, ROUNDS)
    _document(program, SMALL)  # its one kind learnt last
    selection_memory.write()
    names = [e.name for e in os.scandir(memory / "gcs_reasoner") if e.name.startswith("selection_")]
    assert len(names) == 1
    selection_memory.forget()
    assert _kind_and_start(program, SMALL)[1][2] and not _kind_and_start(program, ROUNDS)[1][2]
