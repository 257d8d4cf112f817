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
(user_cache), and the next file of that kind starts from them: a file checked
again after an edit, the next file of a folder of one kind, the next request of
the warm server (whose copies end after each request).

Nothing else changes: `selection.missed` is asked, as always, on what clingo
grounded. A rule the new file needs that the earlier one did not is added back,
the file ground again, and that rule remembered for the kind too. What is
remembered decides how fast, never what is concluded; a cache file that another
user could have written is not read (user_cache).
"""

from __future__ import annotations

import os
import sys

from . import selection, user_cache
from .program import Program

MOST_KINDS = 256  # kinds remembered per program (the oldest forgotten first)
_MEMORY: dict = {}  # program key -> {kind: frozenset of the rules that applied}
_READ: dict = {}  # program key -> (size, mtime) of the cache file when last read
_UNWRITTEN: dict = {}  # program key -> its program, whose kinds learnt here are not in the cache file yet


def start(program: Program, facts) -> tuple[set, tuple, bool]:
    """(the rules to ground `facts` on first, its kind, whether they are remembered ones): the rules
    that applied to the last files of its kind, else the guess."""
    key = selection.kind(program, facts)
    known = _known(program).get(key)
    if known is None and _reread(program):
        known = _known(program).get(key)
    if known is None:
        return set(selection.kept_for(program, key)), key, False
    return set(known), key, True


def remember(program: Program, key: tuple, present, kept) -> None:
    """Remember the rules of `kept` that applied in the ground program `present` (selection.Present)
    for files of the kind `key`, with those remembered already."""
    memory = _known(program)
    applied = frozenset(selection.applying(program, present, kept) | memory.get(key, frozenset()))
    memory.pop(key, None)
    memory[key] = applied
    while len(memory) > MOST_KINDS:
        del memory[next(iter(memory))]
    if program.key:
        if not _AT_EXIT:
            import atexit

            atexit.register(write)
            _AT_EXIT.append(True)
        _UNWRITTEN[program.key] = program


_AT_EXIT: list = []  # [True] once `write` is registered to run at the end of the process


def write() -> None:
    """Write the kinds learnt in this process to the cache file, with those other processes wrote
    there meanwhile. Done once the answer is out (the command line's end: cli.run_here; the warm
    server's copy, once the caller has its status; else at the end of the process): replacing a
    file can take a filesystem 10 ms."""
    while _UNWRITTEN:
        _, program = _UNWRITTEN.popitem()
        _reread(program)
        memory = _MEMORY.get(program.key, {})
        user_cache.write(_cache_name(program), [[k, sorted(v)] for k, v in memory.items()], family="selection_")
        _READ[program.key] = _stamp(program)


def forget() -> None:
    """Forget every kind remembered in this process, and what it has not written (the cache files stay)."""
    _MEMORY.clear()
    _READ.clear()
    _UNWRITTEN.clear()


def _known(program: Program) -> dict:
    memory = _MEMORY.get(program.key)
    if memory is None:
        memory = _MEMORY[program.key] = {}
        _reread(program)
    return memory


def _reread(program: Program) -> bool:
    """Merge the kinds of the cache file if it changed since this process read it (another process
    wrote it: a copy of the warm server, a run before); whether it did."""
    if not program.key:
        return False
    stamp = _stamp(program)
    if stamp is None or stamp == _READ.get(program.key):
        return False
    _READ[program.key] = stamp
    data = user_cache.read(_cache_name(program))
    if not isinstance(data, list):
        return False
    memory = _MEMORY.setdefault(program.key, {})
    n = len(program.rules)
    try:
        for k, rules in data:
            rules = frozenset(rules)
            if not (isinstance(k, tuple) and len(k) == 3 and all(isinstance(r, int) and 0 <= r < n for r in rules)):
                continue  # not this program's (the name says it is: a damaged or foreign file)
            memory[k] = rules | memory.get(k, frozenset())
    except (TypeError, ValueError):  # a file of another shape: nothing more is read from it
        return False
    return True


def _stamp(program: Program):
    for d in user_cache.folders():
        try:
            st = os.stat(os.path.join(d, _cache_name(program)))
        except OSError:
            continue
        return st.st_size, st.st_mtime_ns
    return None


def _cache_name(program: Program) -> str:
    return f"selection_{program.key}.py{sys.version_info[0]}{sys.version_info[1]}.marshal"
