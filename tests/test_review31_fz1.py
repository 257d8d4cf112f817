"""Review 31, fuzz findings 1, 2 and 7: the files the tool writes, and errors that say what is expected.

1. `test --update` on a full disk cut the `.expected` file mid-line (the user's expectations
   lost) and said "cannot write the output (standard output)". The write is now atomic (a
   temporary file in the same folder, then os.replace): a failed write leaves the old file
   whole, and the message names the `.expected` file. `memo -o` writes its note the same way.
2. `test --update` on an expectation file it may not write said "internal error:
   PermissionError", exit 1. The environment's refusal is now a plain message naming the file,
   exit 2, as README "Use" says of the other writes the environment refuses.
7. Errors with no "expected ..." part: `timeline` with an empty range, `check`/`test` on a folder
   with no .gcs file, `why-not` on a predicate neither the rules nor the file have.

A full disk is simulated: the writes of the file raise OSError(ENOSPC) after part of the text
(no root, no tmpfs needed).
"""

import builtins
import errno
import os
import shutil
from pathlib import Path

import pytest

from gcs_reasoner.cli import main

FACTS = Path(__file__).resolve().parent.parent / "facts"
NAME = "admin06_reelected_convener"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stale(tmp_path):
    """A copy of a golden whose `.expected` no longer matches (one conclusion line changed), so
    that `test --update` rewrites it; returns (gcs, expected, old text of expected)."""
    for suffix in (".gcs", ".expected"):
        shutil.copy(FACTS / (NAME + suffix), tmp_path / (NAME + suffix))
    exp = tmp_path / (NAME + ".expected")
    text = exp.read_text(encoding="utf-8")
    assert "member(ch_annecy)" in text
    text = text.replace("member(ch_annecy)", "member(zzz)", 1)
    exp.write_text(text, encoding="utf-8")
    return tmp_path / (NAME + ".gcs"), exp, text


class _Full:
    """A file that takes `room` characters (or bytes), then fails as a full disk does."""

    def __init__(self, fh, room=100):
        self._fh, self._room = fh, room

    def write(self, data):
        if len(data) > self._room:
            self._fh.write(data[: self._room])
            self._fh.flush()
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()
        return False


def _full_disk(monkeypatch, folder: Path):
    """Every file opened for writing in `folder` (by name or by descriptor) fills the disk."""
    real_open, real_fdopen = builtins.open, os.fdopen

    def fake_open(file, mode="r", *a, **kw):
        fh = real_open(file, mode, *a, **kw)
        if any(m in mode for m in "wax+") and isinstance(file, (str, os.PathLike)) \
                and Path(file).resolve().parent == folder.resolve():
            return _Full(fh)
        return fh

    def fake_fdopen(fd, mode="r", *a, **kw):
        fh = real_fdopen(fd, mode, *a, **kw)
        return _Full(fh) if any(m in mode for m in "wax+") else fh

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "fdopen", fake_fdopen)


# --- 1. a full disk -------------------------------------------------------------------


def test_update_on_a_full_disk_keeps_the_old_expected_file_and_names_it(stale, monkeypatch, capsys):
    gcs, exp, old = stale
    before = set(os.listdir(exp.parent))
    _full_disk(monkeypatch, exp.parent)
    code, out, err = run(capsys, "test", gcs, "--update")
    monkeypatch.undo()
    assert code == 2, (code, err)
    assert exp.read_text(encoding="utf-8") == old  # whole, not cut mid-line
    assert set(os.listdir(exp.parent)) == before  # no temporary file left behind
    assert str(exp) in err and "cannot write the expectations" in err, err
    assert "No space left on device" in err and "expected a file" in err, err
    assert "standard output" not in err and "internal error" not in err, err
    assert f"ERROR  {exp}" in out and "WROTE" not in out, out
    # the next run reads the old file: the same FAIL as before the update, not a damaged file
    code, out, err = run(capsys, "test", gcs)
    assert code == 1 and "FAIL" in out and "ERROR" not in out, (code, out, err)


def test_memo_output_on_a_full_disk_keeps_the_older_note(tmp_path, monkeypatch, capsys):
    note = tmp_path / "note.md"
    note.write_text("an older note\n" * 50, encoding="utf-8")
    _full_disk(monkeypatch, tmp_path)
    code, out, err = run(capsys, "memo", FACTS / (NAME + ".gcs"), "-o", note)
    monkeypatch.undo()
    assert code == 2 and str(note) in err and "cannot write the note" in err, (code, err)
    assert note.read_text(encoding="utf-8") == "an older note\n" * 50
    assert os.listdir(tmp_path) == ["note.md"]


def test_update_still_writes_and_keeps_crlf_bom_and_mode(stale, capsys):
    gcs, exp, old = stale
    exp.write_bytes(b"\xef\xbb\xbf" + old.replace("\n", "\r\n").encode("utf-8"))
    os.chmod(exp, 0o640)
    code, out, err = run(capsys, "test", gcs, "--update")
    assert code == 1 and "WROTE" in out, (code, out, err)
    data = exp.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"member(ch_annecy)" in data and b"member(zzz)" not in data
    assert data.count(b"\n") == data.count(b"\r\n")
    assert os.stat(exp).st_mode & 0o777 == 0o640
    assert sorted(os.listdir(exp.parent)) == [NAME + ".expected", NAME + ".gcs"]
    assert run(capsys, "test", gcs)[0] == 0


def test_update_through_a_link_writes_the_target_and_keeps_the_link(stale, tmp_path, capsys):
    gcs, exp, _ = stale
    real = tmp_path / "kept" / "real.expected"
    real.parent.mkdir()
    exp.rename(real)
    exp.symlink_to(real)
    assert run(capsys, "test", gcs, "--update")[0] == 1
    assert exp.is_symlink() and "member(ch_annecy)" in real.read_text(encoding="utf-8")


# --- 2. a file the user may not write ------------------------------------------------


def _refused(monkeypatch, exp: Path):
    """The environment refuses to write `exp` (an immutable file, a read-only mount), however written."""
    real_open, real_replace = builtins.open, os.replace

    def fake_open(file, mode="r", *a, **kw):
        if any(m in mode for m in "wax+") and isinstance(file, (str, os.PathLike)) \
                and Path(file).resolve() == exp.resolve():
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(file))
        return real_open(file, mode, *a, **kw)

    def fake_replace(src, dst, *a, **kw):
        if Path(dst).resolve() == exp.resolve():
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(src), str(dst))
        return real_replace(src, dst, *a, **kw)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "replace", fake_replace)


def test_update_on_a_file_it_may_not_write_is_a_plain_message_exit_2(stale, monkeypatch, capsys):
    gcs, exp, old = stale
    _refused(monkeypatch, exp)
    code, out, err = run(capsys, "test", gcs, "--update")
    monkeypatch.undo()
    assert code == 2, (code, err)
    assert "internal error" not in err and "PermissionError" not in err, err
    assert f"{exp}: cannot write the expectations: Operation not permitted" in err, err
    assert "expected a file (and folder) that may be written" in err, err
    assert ".tmp" not in err  # the file meant, not the temporary one
    assert exp.read_text(encoding="utf-8") == old
    assert sorted(os.listdir(exp.parent)) == [NAME + ".expected", NAME + ".gcs"]


def test_a_read_only_expected_file_is_not_replaced_through_its_folder(stale, monkeypatch, capsys):
    """A file the user made read-only stays as it is (root included: os.access is asked), though its
    folder would let a rename replace it."""
    gcs, exp, old = stale
    os.chmod(exp, 0o444)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m, *a, **kw: False if Path(p).resolve() == exp.resolve()
                        and m & os.W_OK else real_access(p, m, *a, **kw))
    code, out, err = run(capsys, "test", gcs, "--update")
    monkeypatch.undo()
    assert code == 2 and f"{exp}: cannot write the expectations: Permission denied" in err, (code, err)
    assert exp.read_text(encoding="utf-8") == old and os.stat(exp).st_mode & 0o777 == 0o444


def test_one_refused_file_does_not_stop_the_others(stale, tmp_path, monkeypatch, capsys):
    gcs, exp, _ = stale
    other = tmp_path / "other"
    other.mkdir()
    for suffix in (".gcs", ".expected"):
        shutil.copy(gcs.with_suffix(suffix), other / (NAME + suffix))
    _refused(monkeypatch, exp)
    code, out, err = run(capsys, "test", gcs, other / (NAME + ".gcs"), "--update")
    monkeypatch.undo()
    assert code == 2 and f"WROTE  {other / (NAME + '.expected')}" in out, (code, out, err)
    assert "1 not run (errors); 1 files written" in out, out


# --- 7. errors that say what is expected ---------------------------------------------


def test_timeline_empty_range_says_what_is_expected(capsys):
    code, out, err = run(capsys, "timeline", FACTS / (NAME + ".gcs"), "--from", "2199-12-31")
    assert code == 2 and out == "" and "the range is empty" in err, err
    assert "expected --from on or before --until" in err and "the file's as of" in err, err
    code, out, err = run(capsys, "timeline", FACTS / (NAME + ".gcs"), "--from", "2010-01-01",
                         "--until", "2009-01-01")
    assert code == 2 and "expected --from on or before --until" in err, err


def test_a_folder_with_no_gcs_file_says_what_is_expected(tmp_path, capsys):
    folder = tmp_path / "dir.gcs"
    folder.mkdir()
    for command in ("check", "test"):
        code, out, err = run(capsys, command, folder)
        assert code == 2 and "no .gcs file in this folder" in err, err
        assert "expected a .gcs file, or a folder holding" in err, err


def test_why_not_on_an_unknown_predicate_says_what_is_expected(capsys):
    f = FACTS / (NAME + ".gcs")
    for command in ("why-not", "what-would"):
        code, out, err = run(capsys, command, f, "nosuch(a)")
        assert code == 2 and out == "" and "no predicate 'nosuch'" in err, err
        assert "expected a conclusion of the law, a predicate its rules write or a fact of the file" in err, err
        assert f"`gcs-reasoner check {f}` lists the conclusions drawn" in err, err
    # a near name keeps its suggestion
    code, out, err = run(capsys, "why-not", f, "membr(ch_annecy)")
    assert code == 2 and "did you mean member" in err, err
