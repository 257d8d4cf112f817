"""How clingo terms read to a person: dates as YYYY-MM-DD, acts as `avenant:av1`."""

from __future__ import annotations

from functools import lru_cache


def _is_date(sym) -> bool:
    function, number, _ = types()
    return kind(sym) == function and name(sym) == "d" and len(args(sym)) == 3 \
        and all(kind(a) == number for a in args(sym))


_TERM_CACHES: list = []  # the cache of each reading made by _reading (emptied by forget_terms)
_TERM_LIMIT = 1 << 18


def _reading(read, doc: str, of_symbol: bool, limit: int = _TERM_LIMIT):
    """A reading of clingo terms that reads each term once, memoised by its interned representation
    (`Symbol._rep`: equal terms share it): given a Symbol (`of_symbol`) or the representation itself
    (clingo_reps: the arguments of a term read as representations too, no Symbol made for them; a
    file's terms are read in a process that has never met them, and most only to be written)."""
    cache: dict = {}
    _TERM_CACHES.append(cache)

    def get(term):
        k = term._rep if of_symbol else term
        found = cache.get(k)
        if found is None:
            if len(cache) > limit:  # a long session: start again rather than grow
                cache.clear()
            found = cache[k] = read(term)
        return found

    get.__doc__ = doc
    return get


def _memoised(read, doc: str, limit: int = 1 << 19):
    """An accessor of clingo symbols, each read once (`_reading`)."""
    return _reading(read, doc, True, limit)


def _by_rep(read):
    """A reading of terms by their representation, each read once (`_reading`)."""
    return _reading(read, read.__doc__, False)


def _reps():
    """clingo_reps (which imports clingo), once a term is first read: this module is imported
    before clingo is."""
    global _REPS
    if _REPS is None:
        from . import clingo_reps

        _REPS = clingo_reps
    return _REPS


_REPS = None


def _name(sym) -> str:
    found = _reps().name_of(sym._rep)  # through the C call, not a Symbol's attribute (clingo_reps.py)
    return sym.name if found is None else found.decode()  # (not a function: clingo says why)


def _arguments(sym) -> list:
    if kind(sym) != types()[0]:
        return sym.arguments  # not a function: as clingo says
    reps = _reps()
    symbol = reps.symbol
    return [symbol(r) for r in reps.argument_reps(sym._rep)]


name = _memoised(_name, """sym.name: each access is a call into clingo, and a sentence's
pattern reads the names of the same terms again and again.""", 1 << 18)


def kind(sym) -> int:
    """sym.type, as the integer clingo's C library gives it (compare with `types()`): clingo's
    Python API makes a new enum value at each access (a few microseconds, a quarter of a
    3,000-member file's JSON stage when it was read that way)."""
    return _reps().symbol_type(sym._rep)

args = _memoised(_arguments, """sym.arguments: clingo builds a new list of new Python
objects at each access, and explanations read the same terms many times.""")
is_date = _memoised(_is_date, """A term d(Y, M, D).""")
text = _memoised(str, """str(sym), clingo's text of a term: the key of the facts' origins (facts.Facts.origins),
asked for each atom an explanation meets and each element of an aggregate it sorts.""", 1 << 18)


@lru_cache(maxsize=1)
def types() -> tuple:
    """(Function, Number, String): the kinds of term `kind` tells apart (clingo imported when first needed)."""
    reps = _reps()
    return reps.FUNCTION, reps.NUMBER, reps.STRING


def _is_date_rep(r, name: str, arguments: list) -> bool:
    """d(Y, M, D), of a function term's name and argument representations (`r`: clingo_reps)."""
    number = r.NUMBER
    return name == "d" and len(arguments) == 3 and all(r.symbol_type(a) == number for a in arguments)


@_by_rep
def _render_rep(rep: int) -> str:
    """render_term of the term of a representation."""
    r = _reps()
    t = r.symbol_type(rep)
    if t == r.NUMBER:
        return str(r.number_of(rep))
    if t == r.STRING:
        s = r.string_of(rep)
        return "_" if s == "_" else f'"{s}"'
    if t == r.FUNCTION:
        name = r.name_of(rep).decode()
        arguments = r.function_arguments(rep)
        if not arguments:
            return name
        if _is_date_rep(r, name, arguments):
            y, m, d = (r.number_of(a) for a in arguments)
            return f"{y:04d}-{m:02d}-{d:02d}"
        if name == "_interval" and len(arguments) == 2:  # an interval's bounds (program.INTERVAL)
            return "..".join(_render_rep(a) for a in arguments)
        inner = ", ".join(_render_rep(a) for a in arguments)
        return f"{name}({inner})" if name else f"({inner})"
    return str(r.symbol(rep))


def render_term(sym) -> str:
    """A term as a lawyer reads it: d(2007,12,31) -> 2007-12-31, "_" -> _ (any value). Read once
    per term (the same atoms recur across explanations)."""
    return _render_rep(sym._rep)


render_atom = render_term


@_by_rep
def order_of_rep(rep: int) -> tuple:
    """A term's place in the order explanations list things in when the solver's own order would
    decide (trace.Trace): numbers by value, before other terms in the order of their text as a
    lawyer reads it (dates as YYYY-MM-DD: in time). Compared as Python values, not through clingo;
    read from the term's representation (no Symbol made: thousands of aggregate elements are
    sorted so)."""
    r = _reps()
    return (0, r.number_of(rep), "") if r.symbol_type(rep) == r.NUMBER else (1, 0, _render_rep(rep))


def order(sym) -> tuple:
    """order_of_rep of a Symbol."""
    return order_of_rep(sym._rep)


def to_value(sym):
    """A term as a JSON value: int, 'YYYY-MM-DD', identifier, 'avenant:av1', string."""
    return value_of_rep(sym._rep)


@_by_rep
def value_of_rep(rep: int):
    """to_value of the term of a representation."""
    r = _reps()
    t = r.symbol_type(rep)
    if t == r.NUMBER:
        return r.number_of(rep)
    if t == r.STRING:
        return r.string_of(rep)
    if t == r.FUNCTION:
        name = r.name_of(rep).decode()
        arguments = r.function_arguments(rep)
        if not arguments:
            return name
        if name and len(arguments) == 1 and not _is_date_rep(r, name, arguments):
            return f"{name}:{value_of_rep(arguments[0])}"
        return _render_rep(rep)
    return str(r.symbol(rep))


def spell_term(sym) -> str:
    """One argument as the contract spells it (the JSON `args` value, written out):
    2007-12-31, ch_vannes, 30, avenant:av1, "Pays de la Loire"."""
    return _spell_rep(sym._rep)


@_by_rep
def _spell_rep(rep: int) -> str:
    """spell_term of the term of a representation."""
    r = _reps()
    t = r.symbol_type(rep)
    if t == r.STRING:
        s = r.string_of(rep)
        return "_" if s == "_" else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if t == r.FUNCTION:
        name = r.name_of(rep).decode()
        arguments = r.function_arguments(rep)
        if arguments and not _is_date_rep(r, name, arguments):
            if name and len(arguments) == 1:
                return f"{name}:{_spell_rep(arguments[0])}"
            inner = ", ".join(_spell_rep(a) for a in arguments)
            return f"{name}({inner})" if name else f"({inner})"
    return _render_rep(rep)


def spell(sym) -> str:
    """A conclusion as every output writes it (text, `explain`, the JSON trace): its
    predicate and the contract's `args` (`approval_required(arh_director, avenant:av1)`)."""
    return _spell_atom(sym._rep)


@_by_rep
def _spell_atom(rep: int) -> str:
    r = _reps()
    if r.symbol_type(rep) != r.FUNCTION:  # (not an atom)
        return _render_rep(rep)
    name, arguments = r.name_of(rep).decode(), r.function_arguments(rep)
    return f"{name}({', '.join(_spell_rep(a) for a in arguments)})" if arguments else name


def spelling_key(text: str) -> str:
    """What two spellings of one conclusion share: `avenant(av1)` and `avenant:av1` read
    alike, as do `name()` and `name`, spaces and quotes (`explain` accepts either spelling)."""
    import re

    t = "".join(str(text).split()).replace('"', "")
    t = re.sub(r"(?<=[A-Za-z0-9_])\(\)", "", t)  # `name()` is clingo's `name` (a term without arguments)
    # name(x) with one simple argument -> name:x, innermost first
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r"(?<=[(,])([a-z_][A-Za-z0-9_]*)\(([^(),]*)\)", r"\1:\2", t)
    return t


def find(conclusions, text: str):
    """The conclusion spelt `text` (contract spelling or clingo's), or None."""
    key = spelling_key(text)
    for c in conclusions:
        if spelling_key(spell(c.symbol)) == key:
            return c
    return None


def split_args(inner: str) -> list[str]:
    """`a, f(b, c), "x, y"` -> ["a", " f(b, c)", ' "x, y"']: the commas at depth zero, outside quotes."""
    out, depth, cur, quoted = [], 0, "", False
    for ch in inner:
        if ch == '"':
            quoted = not quoted
        if not quoted and ch == "," and depth == 0:
            out.append(cur)
            cur = ""
            continue
        if not quoted:
            depth += ch == "("
            depth -= ch == ")"
        cur += ch
    if cur.strip():
        out.append(cur)
    return out


def key(sym) -> int:
    """A symbol's identity as a plain int, for dict keys and sets: clingo interns its symbols, so
    equal symbols share one representation (`Symbol._rep`), and hashing it costs a Python int's
    hash instead of a call into clingo for each lookup (a third of the time of a large JSON)."""
    return sym._rep


def forget_terms() -> None:
    """Empty this module's caches of what was read of terms (records.forget_terms)."""
    for cache in _TERM_CACHES:
        cache.clear()
