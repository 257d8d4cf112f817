"""The user's cache folders (rewritten rules, bytecode): read only when they are the user's own.

What is read back from a cache runs (compiled code) or decides (the rules), so a
folder or file that another user could have written is never read.
"""

from __future__ import annotations

import os
from pathlib import Path


def folders() -> list[Path]:
    """Where to cache, in order: $XDG_CACHE_HOME/gcs_reasoner (~/.cache), then the temporary folder."""
    import tempfile

    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return [Path(home) / "gcs_reasoner", Path(tempfile.gettempdir()) / f"gcs_reasoner_{os.getuid() if hasattr(os, 'getuid') else 0}"]


def owned(path: Path) -> bool:
    """The path exists, belongs to the current user and no one else may write it."""
    try:
        st = path.stat()
    except OSError:
        return False
    uid = os.getuid() if hasattr(os, "getuid") else st.st_uid
    return st.st_uid == uid and not st.st_mode & 0o022
