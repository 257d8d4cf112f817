"""A bytecode cache for this package's modules when the environment forbids writing one.

With PYTHONDONTWRITEBYTECODE (or `python -B`), Python compiles every module of a
source checkout again in every process: about 90 ms of each `gcs-reasoner`
run. Installed libraries keep the `__pycache__` their installer wrote; only
this package, run from its source folder, is recompiled. So, for the modules of
`gcs_reasoner` only, the compiled code is kept in the user's cache folder
(`$XDG_CACHE_HOME/gcs_reasoner/bytecode`, never the source tree), checked
against the source's modification time and size as Python's own cache is, and
read only from a folder that belongs to the user and that no one else may
write (compiled code runs when loaded). `GCS_REASONER_BYTECODE=0` turns it off.
"""

from __future__ import annotations

import importlib.machinery
import marshal
import os
import sys
import zlib

try:  # importlib.util.MAGIC_NUMBER, without importing importlib.util (4 ms)
    from _frozen_importlib_external import MAGIC_NUMBER
except ImportError:  # pragma: no cover - another Python implementation
    from importlib.util import MAGIC_NUMBER

try:  # the interpreter's own SHA-256, without loading OpenSSL as hashlib does (3 ms)
    from _sha256 import sha256  # Python 3.11
except ImportError:  # pragma: no cover - other versions
    try:
        from _sha2 import sha256  # Python 3.12+
    except ImportError:
        from hashlib import sha256

PACKAGE = "gcs_reasoner"
_HEADER = 16  # magic, flags, source mtime, source size: the layout of a .pyc file


class _Loader(importlib.machinery.SourceFileLoader):
    folder = ""

    def _cache_path(self, source: str) -> str:
        digest = sha256(os.path.abspath(source).encode()).hexdigest()[:12]
        return os.path.join(self.folder, f"{self.name}.{digest}.pyc")

    def get_code(self, fullname):
        source = self.get_filename(fullname)
        try:
            st = os.stat(source)
        except OSError:
            return super().get_code(fullname)
        stamp = (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little") + (st.st_size & 0xFFFFFFFF).to_bytes(4, "little")
        path = self._cache_path(source)
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            # (bytes 4-8, the flags of a .pyc, hold the code's CRC-32 here: a damaged file that
            # still unmarshals would run)
            if data[:4] == MAGIC_NUMBER and data[8:16] == stamp \
                    and zlib.crc32(data[_HEADER:]).to_bytes(4, "little") == data[4:8]:
                return marshal.loads(data[_HEADER:])
        except (OSError, ValueError, EOFError, TypeError):
            pass
        code = super().get_code(fullname)
        try:
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                payload = marshal.dumps(code)
                fh.write(MAGIC_NUMBER + zlib.crc32(payload).to_bytes(4, "little") + stamp + payload)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs time
        return code


class _Finder:
    """Finds this package's modules as Python would, with the loader above."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if not name.startswith(PACKAGE + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            spec.loader = _Loader(spec.loader.name, spec.loader.path)
        return spec


def install() -> None:
    """Cache this package's bytecode in the user's cache folder, if Python may not write it."""
    if not sys.dont_write_bytecode or os.environ.get("GCS_REASONER_BYTECODE") == "0":
        return
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    from .user_cache import folders, owned

    for base in folders():
        parent = os.path.join(base, "bytecode")
        folder = os.path.join(parent, sys.implementation.cache_tag)
        try:  # nothing is made inside a folder someone else could write
            os.makedirs(base, mode=0o700, exist_ok=True)
            if not owned(base):
                continue
            os.makedirs(folder, mode=0o700, exist_ok=True)
        except OSError:
            continue
        if owned(parent) and owned(folder):
            _Loader.folder = folder
            sys.meta_path.insert(0, _Finder())
            return
