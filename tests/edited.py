"""Reasoning on a golden file changed by a line or two, or on a file of tests/data: the review tests' helpers."""

from __future__ import annotations

from pathlib import Path

import gcs_reasoner as gcs

FACTS = Path(__file__).resolve().parent.parent / "facts"


def reason_edited(name: str, *edits: tuple[str, str]):
    """The result on facts/NAME with each (old, new) replacement made (every occurrence; `old` must be
    there)."""
    text = (FACTS / name).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"{name}: {old!r} not found"
        text = text.replace(old, new)
    return gcs.reason(gcs.loads(text, path=f"<{name}, edited>"))


DATA = Path(__file__).resolve().parent / "data"


def data_conclusions(name: str) -> set[str]:
    """The conclusions (their text) on tests/data/NAME."""
    return {str(c) for c in gcs.reason(gcs.load(DATA / name)).conclusions}


def derived_nodes(*roots):
    """Every derived node under the explanation trees `roots` (each node once, shared ones included)."""
    from gcs_reasoner.explain import DerivedNode

    seen, stack = set(), list(roots)
    while stack:
        n = stack.pop()
        if not isinstance(n, DerivedNode) or id(n) in seen:
            continue
        seen.add(id(n))
        yield n
        stack.extend(n.because)
