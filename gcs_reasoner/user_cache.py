"""The user's cache folders (rewritten rules, bytecode): read only when they are the user's own.

What is read back from a cache runs (compiled code) or decides (the rules), so a
folder or file that another user could have written is never read. Paths are
strings (os.path): every process, the console script's included, reads this
module before anything else of the package, and pathlib takes milliseconds to load.
"""

from __future__ import annotations

import os
from collections.abc import Iterator


def folders() -> Iterator[str]:
    """Where to cache, in order: $XDG_CACHE_HOME/gcs_reasoner (~/.cache), then the temporary folder
    (found only if the first will not do: `tempfile` takes milliseconds to load)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    yield os.path.join(home, "gcs_reasoner")
    import tempfile

    yield os.path.join(tempfile.gettempdir(), f"gcs_reasoner_{os.getuid() if hasattr(os, 'getuid') else 0}")


def owned(path) -> bool:
    """The path exists, belongs to the current user and no one else may write it."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    uid = os.getuid() if hasattr(os, "getuid") else st.st_uid
    return st.st_uid == uid and not st.st_mode & 0o022


def read(name: str):
    """The plain data (marshal) cached under `name` in the first folder that has it and that this
    user owns, or None. A file whose checksum does not match what it holds (a disk or a copy that
    damaged it, a write cut short) is not read: the cache decides the rules applied."""
    import marshal

    for d in folders():
        path = os.path.join(d, name)
        if not owned(d) or not owned(path):
            continue  # another user could have written it
        try:
            with open(path, "rb") as fh:
                payload = unsealed(fh.read())
            if payload is not None:
                return marshal.loads(payload)
        except (OSError, ValueError, TypeError, EOFError):
            continue
    return None


_MAGIC = b"GCS\x01"


def sealed(payload: bytes) -> bytes:
    """The payload with a header: a magic number and the payload's CRC-32 (zlib: already loaded by
    every run, under a millisecond for the 3 MB of the rules)."""
    import zlib

    return _MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload


def unsealed(data: bytes):
    """The payload `sealed` wrote, or None if the header or the checksum does not match."""
    import zlib

    if data[:4] != _MAGIC or len(data) < 8:
        return None
    payload = data[8:]
    return payload if zlib.crc32(payload).to_bytes(4, "little") == data[4:8] else None


def write(name: str, data, family: str, most: int = 4) -> None:
    """Cache plain data under `name` in the first folder this user owns or can create, leaving
    at most `most` files whose names start with `family` (the newest): each edit of what they
    are derived from writes a new one. A read-only cache only costs time."""
    import marshal

    payload = sealed(marshal.dumps(data))
    for d in folders():
        try:
            os.makedirs(d, mode=0o700, exist_ok=True)
            if not owned(d):
                continue
            tmp = os.path.join(d, f"{name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, os.path.join(d, name))
            _prune(d, family, keep=name, most=most)
            return
        except OSError:
            continue


def _prune(folder, family: str, keep: str, most: int) -> None:
    old = []
    for e in os.scandir(folder):
        if e.name.startswith(family) and e.name != keep and not e.name.endswith(".tmp"):
            try:
                old.append((e.stat().st_mtime, e.path))
            except OSError:
                pass
    for _, path in sorted(old, reverse=True)[most - 1:]:
        try:
            os.unlink(path)
        except OSError:
            pass
