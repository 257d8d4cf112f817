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
            _to_oldest_generation()
            gc.enable()


def _to_oldest_generation() -> None:
    """What the block made, set among the objects the collector examines least often, as if it had
    survived its young collections: the first collection after the block would otherwise walk
    every object the block made (a tenth of the trees and the JSON of a 300-member file) only to
    find them alive, as they are (the result holds them). `freeze` then `unfreeze` moves every
    object to the oldest generation at once, without walking any; a cycle among them, or among
    what the caller made just before, is still freed, by the next full collection (`gc.collect()`
    frees it at once). Not when something else froze objects: `unfreeze` would undo it."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def off_for_this_command() -> None:
    """A process that runs one command and ends (the console script, a warm server's copy: both
    leave by os._exit) leaves the collector off: what it makes lives until the end, but for the
    results of a folder's batches, each freed once written (`release`; `between_batches` for
    anything else a batch leaves in cycles). The collector's passes were a
    tenth of a 300-member file's check, and in a server's copy they write to every page they walk
    (which the copy shares with the server until written)."""
    gc.disable()


def release(result) -> None:
    """Free a result that will not be used again (its document made, in a batch of files), and
    everything it holds, by reference counting. A result, its conclusions, its trace and its trees
    refer to each other (`conclusion.result`, `trace.result`, the tree builder's), so without this
    only the collector frees them: with it on (the Python API), its passes walked a batch's
    results, about 150,000 objects for 12 small files, and were a quarter of `check_files`'s time."""
    result.__dict__.clear()


def between_batches() -> None:
    """After a batch of files, with the collector off: free what the batch still left in cycles
    (its results are released as they are written; a failure's traceback refers to the frames
    that refer to it), then set aside what is left, the rules, the modules and their caches,
    which later passes need not walk again."""
    if not gc.isenabled():
        gc.collect()
        gc.freeze()
