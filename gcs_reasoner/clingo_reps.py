"""clingo terms read as the integers clingo represents them by, not as Symbol objects.

clingo interns its terms: each is one 64-bit integer (`Symbol._rep`), equal terms share it.
Its Python API makes a new Python object for each term it hands out: each atom of a model,
each argument of each atom, at a microsecond or more apiece. The derivation records of a
traced solve (record_rules.py) are tens of thousands of atoms of a large file, which are only
split by predicate and indexed by their arguments, and most of them never read further.
Read here as integers, through the same C functions clingo's Python API calls, they cost a
third as much. clingo is pinned to 5.8 (pyproject.toml), whose Python API is written over
these functions; tests/test_clingo_reps.py checks each against the public API.
"""

from __future__ import annotations

import threading

from clingo._internal import _ffi, _lib
from clingo.symbol import Symbol

# the kinds of term `symbol_type` tells apart (clingo's C enumeration)
FUNCTION, NUMBER, STRING = _lib.clingo_symbol_type_function, _lib.clingo_symbol_type_number, _lib.clingo_symbol_type_string
symbol_type = _lib.clingo_symbol_type  # rep -> FUNCTION, NUMBER, STRING, ... (an int)
_symbol_name = _lib.clingo_symbol_name
_symbol_arguments = _lib.clingo_symbol_arguments
_symbol_number = _lib.clingo_symbol_number
_create_function = _lib.clingo_symbol_create_function
_unpack = _ffi.unpack
_string = _ffi.string


class _Out(threading.local):
    """The out-parameters of the C calls, made once per thread (cffi lets other threads run
    during a call, so they are not shared)."""

    def __init__(self):
        self.name = _ffi.new("char**")
        self.args = _ffi.new("clingo_symbol_t**")
        self.size = _ffi.new("size_t*")
        self.arguments = (self.args, self.size)  # (one lookup in the thread's attributes, not two)
        self.number = _ffi.new("int*")
        self.symbol = _ffi.new("clingo_symbol_t*")
        self.signature = _ffi.new("clingo_signature_t*")
        self.signature_iterator = _ffi.new("clingo_symbolic_atom_iterator_t*")
        self.valid = _ffi.new("bool*")


_out = _Out()


def symbol(rep: int) -> Symbol:
    """The clingo term of a representation: one Python object per term, made once (a large
    file's records name the same members and dates tens of thousands of times, and each object
    made is one more for Python's collector to walk)."""
    found = _SYMBOLS.get(rep)
    if found is None:
        if len(_SYMBOLS) > 1 << 19:  # a long session: start again rather than grow
            _SYMBOLS.clear()
        found = _SYMBOLS[rep] = Symbol(rep)
    return found


_SYMBOLS: dict = {}  # representation -> its Symbol


def forget_terms() -> None:
    """Let go of the Symbol of each term met (records.forget_terms)."""
    _SYMBOLS.clear()


def model_reps(model) -> list[int]:
    """The shown atoms of a model (`model.symbols(shown=True)`), as representations."""
    seq = model.symbols(shown=True)
    n = len(seq)
    return _unpack(seq._p_symbols, n) if n else []


def number_of(rep: int) -> int | None:
    """The value of a number term, None for another term."""
    out = _out.number
    if symbol_type(rep) != NUMBER or not _symbol_number(rep, out):
        return None
    return out[0]


def string_of(rep: int) -> str | None:
    """The text of a string term, None for another term."""
    out = _out.name
    if symbol_type(rep) != STRING or not _lib.clingo_symbol_string(rep, out):
        return None
    return _string(out[0]).decode()


def function_rep(name: bytes, arguments: list) -> int:
    """The representation of the function term `name(arguments...)` (`clingo.Function(name, ...)`,
    positive), its arguments given as representations: no Symbol made for them."""
    out = _out.symbol
    if not _create_function(name, _ffi.new("clingo_symbol_t[]", arguments), len(arguments), True, out):
        raise RuntimeError(_ffi.string(_lib.clingo_error_message()).decode())  # pragma: no cover - out of memory
    return out[0]


def name_of(rep: int) -> bytes | None:
    """The name of a function term (bytes, as clingo keeps it), None for another term."""
    out = _out.name
    if symbol_type(rep) != FUNCTION or not _symbol_name(rep, out):
        return None
    return _string(out[0])


def name_key(rep: int):
    """Where clingo keeps a function term's name, as a dict key (None for another term): clingo
    interns names, so terms of one name share it. Half the cost of `name_of`, which copies the
    name out: enough to tell apart the predicates of a model's hundreds of thousands of atoms."""
    out = _out.name
    if symbol_type(rep) != FUNCTION or not _symbol_name(rep, out):
        return None
    return out[0]


def name_test(names: set):
    """A function telling whether a term's name is among `names` (bytes, as `name_of` gives them),
    which reads each name once (`name_key`), not once per term: a file's atoms of a few dozen names
    are asked about by the thousand."""
    known: dict = {}

    def test(rep: int) -> bool:
        nk = name_key(rep)
        found = known.get(nk)
        if found is None:
            found = known[nk] = name_of(rep) in names
        return found

    return test


def runs(reps: list):
    """(start, end, name key) of each run of `reps` whose terms share a name (`name_key`), in order,
    for the shown atoms of a model (`model_reps`): clingo 5.8 lists them predicate by predicate
    (its `Translator::atoms` walks each predicate's domain in turn, then the terms of `#show t : B`),
    so a run's end is found by doubling steps, then halving, rather than by reading every atom's
    name (a large file's model is hundreds of thousands of records of a few hundred predicates).
    tests/test_clingo_reps.py checks the order against the public API."""
    n, i = len(reps), 0
    while i < n:
        k = name_key(reps[i])
        lo, hi, step = i, i + 1, 1  # reps[lo] has the name; reps[hi] is the first not known to
        while hi < n and name_key(reps[hi]) == k:
            lo, step = hi, step * 2
            hi = lo + step
        if hi > n:
            hi = n
        while hi - lo > 1:  # the first without the name, between lo and hi
            mid = (lo + hi) // 2
            if name_key(reps[mid]) == k:
                lo = mid
            else:
                hi = mid
        yield i, hi, k
        i = hi


def function_arguments(rep: int) -> list[int]:
    """The arguments of a term known to be a function (an atom of a model), as representations:
    `argument_reps` without asking the term's kind."""
    args, size = _out.arguments
    if not _symbol_arguments(rep, args, size):
        return []  # pragma: no cover - not a function: clingo says so (argument_reps asks first)
    n = size[0]
    return _unpack(args[0], n) if n else []


def argument_reps(rep: int) -> list[int]:
    """The arguments of a function term, as representations ([] for another term)."""
    args, size = _out.arguments
    if symbol_type(rep) != FUNCTION or not _symbol_arguments(rep, args, size):
        return []
    n = size[0]
    return _unpack(args[0], n) if n else []  # (a constant's arguments are a null pointer)


def signature_handle(name: str, arity: int) -> int:
    """The integer clingo represents the predicate `name/arity` by (a positive one): clingo makes
    one of each, so it equals those of `signature_handles`."""
    out = _ffi.new("clingo_signature_t*")
    if not _lib.clingo_signature_create(name.encode(), arity, True, out):
        raise ValueError(f"not a predicate: {name}/{arity}")  # pragma: no cover - a name clingo refuses
    return out[0]


def signature_handles(atoms) -> set[int]:
    """The predicates a ground program mentions (`SymbolicAtoms.signatures`), as the integers clingo
    represents them by (`signature_handle`): one call, not one Python tuple and name per predicate
    (a traced program mentions a thousand, its records' included)."""
    rep = atoms._rep
    size = _ffi.new("size_t*")
    if not _lib.clingo_symbolic_atoms_signatures_size(rep, size):
        raise RuntimeError("clingo: the signatures of the ground program")  # pragma: no cover
    n = size[0]
    handles = _ffi.new("clingo_signature_t[]", n)
    if n and not _lib.clingo_symbolic_atoms_signatures(rep, handles, n):
        raise RuntimeError("clingo: the signatures of the ground program")  # pragma: no cover
    return set(_unpack(handles, n)) if n else set()


def has_atoms(atoms, handle: int) -> bool:
    """Whether the ground program has an atom of the predicate `handle` (`signature_handle`):
    `next(iter(atoms.by_signature(name, arity)), None) is not None`, in two calls."""
    out = _out.signature_iterator
    valid = _out.valid
    sig = _out.signature
    sig[0] = handle
    if not _lib.clingo_symbolic_atoms_begin(atoms._rep, sig, out):
        raise RuntimeError("clingo: the atoms of a predicate")  # pragma: no cover
    if not _lib.clingo_symbolic_atoms_is_valid(atoms._rep, out[0], valid):
        raise RuntimeError("clingo: the atoms of a predicate")  # pragma: no cover
    return bool(valid[0])


def argument_values(atoms, handle: int, place: int) -> set[int]:
    """The arguments at `place` (from 0) of the atoms of the predicate `handle` in a ground program,
    as representations: what selection.py asks of a place where a rule reads a constant."""
    rep = atoms._rep
    it = _ffi.new("clingo_symbolic_atom_iterator_t*")
    valid = _out.valid
    sig = _out.signature
    sym = _out.symbol
    sig[0] = handle
    if not _lib.clingo_symbolic_atoms_begin(rep, sig, it):
        raise RuntimeError("clingo: the atoms of a predicate")  # pragma: no cover
    out: set = set()
    args, size = _out.arguments
    while True:
        if not _lib.clingo_symbolic_atoms_is_valid(rep, it[0], valid):
            raise RuntimeError("clingo: the atoms of a predicate")  # pragma: no cover
        if not valid[0]:
            return out
        if not _lib.clingo_symbolic_atoms_symbol(rep, it[0], sym):
            raise RuntimeError("clingo: the atoms of a predicate")  # pragma: no cover
        if _symbol_arguments(sym[0], args, size) and size[0] > place:
            out.add(args[0][place])
        if not _lib.clingo_symbolic_atoms_next(rep, it[0], it):
            raise RuntimeError("clingo: the atoms of a predicate")  # pragma: no cover
