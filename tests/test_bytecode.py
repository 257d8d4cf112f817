"""The package's bytecode is cached in the user's cache folder when Python may not write it (_bytecode.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ("import gcs_reasoner.cli, gcs_reasoner.parse, sys; m = sys.modules['gcs_reasoner.cli']; "
        "print(type(m.__spec__.loader).__name__)")


def _run(cache: Path, **env) -> str:
    full = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "XDG_CACHE_HOME": str(cache), "TMPDIR": str(cache / "tmp"),
            **env}
    (cache / "tmp").mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, env=full, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_compiled_once_then_read_back(tmp_path):
    assert _run(tmp_path) == "_Loader"
    folder = tmp_path / "gcs_reasoner" / "bytecode" / sys.implementation.cache_tag
    cached = sorted(p.name.split(".")[1] for p in folder.glob("gcs_reasoner.*.pyc"))
    assert "cli" in cached and "parse" in cached
    stamp = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert _run(tmp_path) == "_Loader"
    assert {p: p.stat().st_mtime_ns for p in folder.iterdir()} == stamp, "read back, not written again"


def test_a_folder_others_may_write_is_not_used(tmp_path):
    (tmp_path / "tmp").mkdir()
    bases = [tmp_path / "gcs_reasoner", tmp_path / "tmp" / f"gcs_reasoner_{os.getuid()}"]
    for base in bases:
        base.mkdir()
        base.chmod(0o777)
    assert _run(tmp_path) == "SourceFileLoader"
    assert not any(p.suffix == ".pyc" for base in bases for p in base.rglob("*"))
    assert not any((base / "bytecode").exists() for base in bases), "a folder made inside a folder others may write"


def test_turned_off(tmp_path):
    assert _run(tmp_path, GCS_REASONER_BYTECODE="0") == "SourceFileLoader"


def test_a_damaged_cached_module_is_compiled_again(tmp_path):
    """A cached module whose code bytes were changed, though it still unmarshals, used to run as it
    was; its checksum no longer matches, so the source is compiled again (and the file rewritten)."""
    import marshal

    _run(tmp_path)
    folder = tmp_path / "gcs_reasoner" / "bytecode" / sys.implementation.cache_tag
    path = next(folder.glob("gcs_reasoner.cli.*.pyc"))
    raw = path.read_bytes()
    code = marshal.loads(raw[16:])
    forged = code.replace(co_consts=("a damaged docstring", *code.co_consts[1:]))
    path.write_bytes(raw[:16] + marshal.dumps(forged))  # same header, other code
    assert _run(tmp_path) == "_Loader"
    assert marshal.loads(path.read_bytes()[16:]).co_consts[0] == code.co_consts[0], "compiled again and rewritten"
