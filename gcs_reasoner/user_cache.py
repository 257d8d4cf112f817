"""The user's cache folders (rewritten rules, bytecode): read only when they are the user's own.

What is read back from a cache runs (compiled code) or decides (the rules), so a
folder or file that another user could have written is never read.
"""

from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Iterator


def folders() -> Iterator[Path]:
    """Where to cache, in order: $XDG_CACHE_HOME/gcs_reasoner (~/.cache), then the temporary folder
    (found only if the first will not do: `tempfile` takes milliseconds to load)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    yield Path(home) / "gcs_reasoner"
    import tempfile

    yield Path(tempfile.gettempdir()) / f"gcs_reasoner_{os.getuid() if hasattr(os, 'getuid') else 0}"


def owned(path: Path) -> bool:
    """The path exists, belongs to the current user and no one else may write it."""
    try:
        st = path.stat()
    except OSError:
        return False
    uid = os.getuid() if hasattr(os, "getuid") else st.st_uid
    return st.st_uid == uid and not st.st_mode & 0o022


def read(name: str):
    """The plain data (marshal) cached under `name` in the first folder that has it and that this
    user owns, or None."""
    import marshal

    for d in folders():
        path = d / name
        if not owned(d) or not owned(path):
            continue  # another user could have written it
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, ValueError, TypeError, EOFError):
            continue
    return None


def write(name: str, data, family: str, most: int = 4) -> None:
    """Cache plain data under `name` in the first folder this user owns or can create, leaving
    at most `most` files whose names start with `family` (the newest): each edit of what they
    are derived from writes a new one. A read-only cache only costs time."""
    import marshal

    payload = marshal.dumps(data)
    for d in folders():
        try:
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not owned(d):
                continue
            tmp = d / f"{name}.{os.getpid()}.tmp"
            tmp.write_bytes(payload)
            tmp.replace(d / name)
            _prune(d, family, keep=d / name, most=most)
            return
        except OSError:
            continue


def _prune(folder: Path, family: str, keep: Path, most: int) -> None:
    old = sorted((p for p in folder.glob(f"{family}*") if p != keep and not p.name.endswith(".tmp")),
                 key=lambda p: p.stat().st_mtime, reverse=True)[most - 1:]
    for p in old:
        try:
            p.unlink()
        except OSError:
            pass
