"""The rules that applied to a kind of file, remembered: the next file of that kind is ground on those.

The guess (selection.guess) keeps each rule whose body's features the file can
reach. On a small file about a third of those still have, in the ground
program, no atom for one of their positive body literals (the joins, the
negations and the dates the guess cannot read): clingo grounds them to nothing,
but pays for each statement (about 7-25 µs). Once a file is ground, the rules
whose every positive literal had an atom (`selection.applying`: the test
`selection.missed` makes of the rules left out) are remembered under the
guess's key (`selection.kind`: the features the file states and the versions in
force on its dates), in this process and in the user's cache folder
(user_cache: a small file per kind, named by a digest of the kind and of the
rules), and the next file of that kind starts from them: a file checked
again after an edit, the next file of a folder of one kind, the next request of
the warm server (whose copies end after each request).

Nothing else changes: `selection.missed` is asked, as always, on what clingo
grounded. A rule the new file needs that the earlier one did not is added back,
the file ground again, and that rule remembered for the kind too. What is
remembered decides how fast, never what is concluded; a cache file that another
user could have written is not read (user_cache).
"""

from __future__ import annotations

import sys

from . import selection, user_cache
from .program import Program

MOST_KINDS = 512  # kinds kept in the cache folder (the files least recently written removed first)
_MEMORY: dict = {}  # (program key, kind) -> frozenset of the rules that applied
_DIGESTS: dict = {}  # kind -> its digest (_digest)
_UNWRITTEN: dict = {}  # (program key, kind) -> its program: learnt here, not in the cache folder yet
_AT_EXIT: list = []  # the processes (pids) that registered `write` to run at their end (a fork inherits the list)
MOST_IN_PROCESS = 2_000  # kinds kept in this process's memory
# kinds written by one process (the last learnt): what-would's search reasons on many edited files, each
# of a kind of its own, that no later run is likely to see again
MOST_WRITTEN = 8


def start(program: Program, facts) -> tuple[set, tuple, bool]:
    """(the rules to ground `facts` on first, its kind, whether they are remembered ones): the rules
    that applied to the last files of its kind, else the guess."""
    key = selection.kind(program, facts)
    known = _known(program, key)
    if known is None:
        return set(selection.kept_for(program, key)), key, False
    return set(known), key, True


def remember(program: Program, key: tuple, present, kept) -> None:
    """Remember the rules of `kept` that applied in the ground program `present` (selection.Present)
    for files of the kind `key`, with those remembered already."""
    remember_rules(program, key, selection.applying(program, present, kept))


def remember_rules(program: Program, key: tuple, rules) -> None:
    """Remember `rules` for files of the kind `key`, with those remembered already (a program made
    otherwise than by load_program has no digest of its rules: nothing is remembered for it)."""
    if not program.key:
        return
    known = _known(program, key) or frozenset()
    if len(_MEMORY) > MOST_IN_PROCESS:  # a long session of many kinds (a notebook's what-ifs): read again
        _MEMORY.clear()
    _MEMORY[(program.key, key)] = known | frozenset(rules)
    _write_at_exit()
    _UNWRITTEN[(program.key, key)] = program


def _write_at_exit() -> None:
    """`write` at the end of this process: at exit, or, in a worker of a pool (pool.py), which ends
    by os._exit, among the finalizers multiprocessing runs before."""
    import os

    if os.getpid() in _AT_EXIT:
        return
    _AT_EXIT.append(os.getpid())
    import atexit

    atexit.register(write)
    mp = sys.modules.get("multiprocessing")
    if mp is not None and mp.parent_process() is not None:
        import multiprocessing.util

        multiprocessing.util.Finalize(None, write, exitpriority=0)


def write() -> None:
    """Write the kinds learnt in this process to the cache folder. Done once the answer is out (the
    command line's end: cli.run_here; the warm server's copy, once the caller has its status; else
    at the end of the process): replacing a file can take a filesystem 10 ms."""
    for _ in range(min(len(_UNWRITTEN), MOST_WRITTEN)):  # the kinds learnt last first
        (pkey, key), program = _UNWRITTEN.popitem()
        rules = _MEMORY.get((pkey, key))
        if rules is not None:
            user_cache.write(_cache_name(program, key), sorted(rules), family="selection_", most=MOST_KINDS)
    _UNWRITTEN.clear()


def forget() -> None:
    """Forget every kind remembered in this process, and what it has not written (the cache files stay)."""
    _MEMORY.clear()
    _UNWRITTEN.clear()


def _known(program: Program, key: tuple):
    """The rules remembered for the kind `key`: in this process, else in the cache folder (read once)."""
    if not program.key:
        return None
    found = _MEMORY.get((program.key, key))
    if found is None:
        data = user_cache.read(_cache_name(program, key))
        n = len(program.rules)
        if isinstance(data, list) and data and all(isinstance(r, int) and 0 <= r < n for r in data):
            found = _MEMORY[(program.key, key)] = frozenset(data)
        # (else: none, or not this program's rules though its name says so: a damaged file)
    return found


def _digest(key: tuple) -> str:
    """A digest of the kind, the same in every process (its parts written in order)."""
    found = _DIGESTS.get(key)
    if found is None:
        from ._bytecode import sha256  # the interpreter's own (hashlib loads OpenSSL)

        if len(_DIGESTS) > 10_000:
            _DIGESTS.clear()
        found = _DIGESTS[key] = sha256(repr([sorted(part) for part in key]).encode()).hexdigest()[:32]
    return found


def _cache_name(program: Program, key: tuple) -> str:
    return f"selection_{program.key}_{_digest(key)}.py{sys.version_info[0]}{sys.version_info[1]}.marshal"
