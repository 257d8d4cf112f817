"""Python's cyclic garbage collector, paused while a document is read, reasoned on and explained.

Each stage makes a great many small objects that live as long as the result (tokens, facts,
derivation records, explanation nodes, JSON dictionaries), and the collector walks all the
objects alive again at each of its passes: at 3,000 members it took about half of building the
trees and of the JSON, and a fifth of the solve. These stages make few cycles (a clingo control
and its logger); those are collected when the collector runs again, after the stage.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """No cyclic collection inside the block (nested blocks leave it as the outer one found it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
