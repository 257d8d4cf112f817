"""The derivation records of a traced solve, as Python reads them.

A traced solve (reasoning._Solver, the rules rewritten by record_rules.py) leaves, beside the
conclusions, one flat record `_why_I(X1, ..., Xn)` for each derivation by rule I and one
`_whyel_I(K, J, Vars, Terms, Cond)` for each element of its aggregates. `split_records` takes
them out of the model, by rule, as clingo represents them (clingo_reps.py: integers, read
through clingo's own C functions); a `Record` gives back, when an explanation reads it, what
`why` writes, `(H, Vars, Pos, Neg, Cmp, Agg)`, rebuilt from the rule's shape (RuleInfo.record,
`Shape`). trace.py indexes them by the atom they derive.
"""

from __future__ import annotations

from .program import Program, why_name
from .symbols import args, name as symbol_name, order_of_rep


class Record:
    """A derivation record of rule I, read from its flat record `_why_I(X1, ..., Xn)` (record_rules.py,
    RuleInfo.record). What `why` writes, `(H, Vars, Pos, Neg, Cmp, Agg)`, is given back part by
    part, as Python lists of clingo terms, when an explanation reads it: `pos` (the positive body
    atoms), `neg` (the atoms whose absence it relied on), `values` (of `RuleInfo.variables`), `cmps`
    ((operator, left, right)), `aggs` ((number, function, value)). `arguments` writes the record
    as one `_why(I, H, Vars, Pos, Neg, Cmp, Agg)` atom would (the tests compare it with `why`)."""

    __slots__ = ("rep", "offset", "rule", "shape", "_reps", "_pos", "_slots")

    def __init__(self, rep: int, rule: int, shape: "Shape", offset: int = 0):
        self.rep = rep  # the record `_why_I(...)`, as clingo represents it (clingo_reps.py)
        self.offset = offset  # its arguments before the record's own (Trace's offset)
        self.rule = rule
        self.shape = shape
        self._reps = None
        self._pos = None
        self._slots = None

    @property
    def reps(self) -> list:
        """The record's arguments, as clingo represents them, read when an explanation first reads
        the record: most records loaded are only looked up by head (`Trace._load`), and a large
        file's hundreds of thousands of argument lists, kept, were a tenth of its memory."""
        r = self._reps
        if r is None:
            r = self._reps = self.read_reps()
        return r

    def read_reps(self) -> list:
        """`reps`, read again, not kept."""
        return own_arguments(self.rep, self.offset)

    @property
    def slots(self) -> list:
        """The record's arguments as clingo terms, made when the record is first read."""
        v = self._slots
        if v is None:
            symbol = _SYMBOL or _clingo_symbol()  # (an import here, run for each record, cost 2% of a JSON)
            v = self._slots = [symbol(r) for r in self.reps]
        return v

    @property
    def pos(self) -> list:
        p = self._pos
        if p is None:
            p = self._pos = self._atoms(self.shape.pos, self.shape.pos_plain)
        return p

    @property
    def neg(self) -> list:
        return self._atoms(self.shape.neg, self.shape.neg_plain)

    def _atoms(self, templates: list, plain: list) -> list:
        """The atoms of body templates; one whose arguments are all values of the record (`plain`:
        its name and their places) is found from the record's representations (`function_symbol`)."""
        out = []
        reps = self.reps
        for t, found in zip(templates, plain):
            if found is None:
                out.append(build_term(t, self.slots))
            else:
                name, places = found
                out.append(function_symbol(name, tuple([reps[i] for i in places])))
        return out

    @property
    def values(self) -> list:
        v = self.slots
        return [build_term(t, v) for t in self.shape.values]

    def bound(self) -> dict:
        """The rule's variables and their values (explain.DerivedNode.bound)."""
        return dict(zip(self.shape.variables, self.values))

    @property
    def cmps(self) -> list:
        v = self.slots
        return [(op, build_term(a, v), build_term(b, v)) for op, a, b in self.shape.cmps]

    @property
    def aggs(self) -> list:
        v = self.slots
        return [(k, function, build_term(t, v)) for k, function, t in self.shape.aggs]

    @property
    def head(self):
        return build_term(self.shape.record[1], self.slots)

    @property
    def arguments(self) -> tuple:
        import clingo

        t, v = self.shape.record, self.slots
        return (clingo.Number(self.rule), *(build_term(x, v) for x in t[1:]))

    def head_key(self, r: list) -> tuple:
        """(name, key of each argument) of the head, `r` the record's arguments (`read_reps`): what
        `Trace.derivations` looks a symbol up by, without building the head (most records loaded
        are never explained)."""
        t = self.shape.record[1]
        if t.__class__ is int:  # a pooled head: the record holds the atom itself
            return head_key(self.slots[t])
        if t.__class__ is str:
            return (t,)
        if all(a.__class__ is int for a in t[1]):  # (most heads: each argument a value of the record)
            return (t[0], *[r[a] for a in t[1]])
        v = self.slots
        return (t[0], *[r[a] if a.__class__ is int else build_term(a, v)._rep for a in t[1]])


def own_arguments(rep: int, offset: int) -> list:
    """The arguments of the record `rep`, as clingo represents them, less the `offset` before its own
    (the file's number in a batch)."""
    r = (_REPS or _clingo_reps()).function_arguments(rep)
    return r[offset:] if offset else r


_SYMBOL = None  # clingo_reps.symbol, once clingo is imported
_REPS = None  # clingo_reps, once clingo is imported (an import in a function runs at each call: 1 µs)


def _clingo_symbol():
    global _SYMBOL
    _SYMBOL = _clingo_reps().symbol
    return _SYMBOL


def _clingo_reps():
    global _REPS
    from . import clingo_reps

    _REPS = clingo_reps
    return clingo_reps


class Shape:
    """RuleInfo.record, read once per rule: the templates of each part of `why`'s record."""

    __slots__ = ("record", "values", "pos", "neg", "cmps", "aggs", "head_name", "head_positions", "pos_plain",
                 "neg_plain", "variables", "name", "from_head")

    def __init__(self, record: list, variables: list = (), name: bytes = b""):
        self.record = record
        self.variables = variables  # the rule's (RuleInfo.variables), in the order of `values`
        self.name = name  # the record's predicate, `_why_I`, as clingo keeps names
        n, head, values, pos, neg, cmps, aggs = record
        # a head whose every argument is a value of the record: its name and their places
        # (Record.head_key, inlined where records are loaded)
        plain = head.__class__ is not int and head.__class__ is not str and all(a.__class__ is int for a in head[1])
        self.head_name = head[0] if plain else None
        self.head_positions = tuple(head[1]) if plain else None
        # a head that holds each value of the record once (`member_on(M, D)` of `_why_I(M, D)`): the
        # record is the head's arguments in another order, for each value the place of the head's
        # argument that holds it (Trace.derivations makes the record from the atom asked about)
        self.from_head = None
        if plain and sorted(self.head_positions) == list(range(n)):
            self.from_head = tuple(self.head_positions.index(j) for j in range(n))
        self.values, self.pos, self.neg = values[1], pos[1], neg[1]
        # each body atom whose every argument is a value of the record: (its name, their places)
        self.pos_plain, self.neg_plain = [_plain(t) for t in self.pos], [_plain(t) for t in self.neg]
        # ("op", Left, Right) and (K, "function", Value): their constants read once
        self.cmps = [(_string(c[1][0]), c[1][1], c[1][2]) for c in cmps[1]]
        self.aggs = [(int(a[1][0]), _string(a[1][1]), a[1][2]) for a in aggs[1]]


def _plain(template):
    """(name, places) of a template [name, [place, ...]] whose every argument is a value of the record,
    else None."""
    if template.__class__ is list and template[1] and all(a.__class__ is int for a in template[1]):
        return template[0], tuple(template[1])
    return None


def shape_of(rule) -> Shape:
    """The Shape of a rule, made once (kept on the rule)."""
    found = rule.__dict__.get("_shape")
    if found is None:
        found = rule.__dict__["_shape"] = Shape(rule.record, rule.variables, why_name(rule.index).encode())
    return found


def _string(template: str) -> str:
    return build_term(template, ()).string


def head_key(symbol) -> tuple:
    return (symbol_name(symbol), *[a._rep for a in args(symbol)])


_CONSTANTS: dict = {}  # a constant's text in a record's shape -> its symbol


def build_term(template, values):
    """The term a template of RuleInfo.record stands for: an int, the record's argument of that
    number; a str, a constant; [name, [templates]], a function or (name "") a tuple."""
    if template.__class__ is int:
        return values[template]
    if template.__class__ is str:
        found = _CONSTANTS.get(template)
        if found is None:
            import clingo

            found = _CONSTANTS[template] = clingo.parse_term(template)
        return found
    parts = [build_term(a, values) for a in template[1]]
    return function_symbol(template[0], tuple([p._rep for p in parts]))


def function_symbol(name: str, arguments: tuple):
    """The symbol `name(arguments...)`, its arguments given as representations: each built once (the
    same atoms recur across records), by clingo's C function (clingo_reps.function_rep: a third of the
    cost of clingo.Function), its Symbol interned."""
    k = (name, arguments)
    found = _FUNCTIONS.get(k)
    if found is None:
        r = _REPS or _clingo_reps()
        if len(_FUNCTIONS) > 1 << 18:  # a long session: start again rather than grow
            _FUNCTIONS.clear()
        found = _FUNCTIONS[k] = r.symbol(r.function_rep(name.encode(), arguments))
    return found


_FUNCTIONS: dict = {}  # (name, (argument representations)) -> the symbol


def forget_terms() -> None:
    """Empty the caches of what was read of clingo's terms and built from them (the atoms built from
    records, their Symbols, how each term reads): what this process then reads of a file's terms, it
    reads as of a file it has never met (benchmarks/bench.py measures each stage so, as a command
    run on a file meets its terms for the first time). The rules' constants are kept: they are the
    law's, not a file's."""
    from . import clingo_reps, symbols

    _FUNCTIONS.clear()
    symbols.forget_terms()
    clingo_reps.forget_terms()


def ties_sorted(items: list, key, then) -> list:
    """`items`, sorted by `key`, with each run of equal keys sorted by `then(run)` (made for those
    runs only: it costs more)."""
    import itertools

    out: list = []
    for _, run in itertools.groupby(items, key):
        run = list(run)
        if len(run) > 1:
            run = then(run)
        out.extend(run)
    return out


def sorted_by_values(reps_of, split=None):
    """Sorts items by the order of their values (symbols.order_of_rep), read only where they differ:
    `reps_of(item)`, the representations of its values, tell which of them do (a rule's thousands
    of derivations of one atom differ by one variable, the member's). `split(item)`: a place in
    the values before which they mostly tell the items apart (an aggregate element's terms, before
    its condition's atoms): the values after it are read only for the items the values before it
    leave equal (the same order: the places compared are those where any item differs, each
    item's values compared place by place)."""

    def sort(items: list) -> list:
        rows = [reps_of(x) for x in items]
        first = rows[0]
        width = min(len(r) for r in rows)
        varying = [i for i in range(width) if any(r[i] != first[i] for r in rows)]
        if split is not None:
            p = split(items[0])
            before = [i for i in varying if i < p]
            after = [i for i in varying if i >= p]
            if before and after:
                keys = {id(x): [order_of_rep(r[i]) for i in before] for x, r in zip(items, rows)}
                row_of = {id(x): r for x, r in zip(items, rows)}
                out = sorted(items, key=lambda x: keys[id(x)])

                def rest(run: list) -> list:
                    later = {id(x): [order_of_rep(row_of[id(x)][i]) for i in after] for x in run}
                    return sorted(run, key=lambda x: later[id(x)])

                return ties_sorted(out, lambda x: keys[id(x)], rest)
        keys = {id(x): [order_of_rep(r[i]) for i in varying] for x, r in zip(items, rows)}
        return sorted(items, key=lambda x: keys[id(x)])

    return sort


class ElementRecord:
    """An aggregate-element record read from `_whyel_I(K, J, Vars, Terms, Cond)`, the rule index
    put first: `arguments` is `(I, K, J, Vars, Terms, Cond)`, made when first read (an aggregate
    lists the first elements of thousands: clingo_reps.py)."""

    __slots__ = ("rep", "offset", "rule", "_arguments")

    def __init__(self, rep: int, rule: int, offset: int = 0):
        self.rep = rep  # the record `_whyel_I(...)`, as clingo represents it (clingo_reps.py)
        self.offset = offset  # its arguments before the record's own (Trace's offset)
        self.rule = rule
        self._arguments = None

    @property
    def reps(self) -> list:
        """K, J, Vars, Terms, Cond, as clingo represents them: read at each call, not kept (most
        elements of a large aggregate are never listed)."""
        return own_arguments(self.rep, self.offset)

    @property
    def arguments(self) -> tuple:
        a = self._arguments
        if a is None:
            import clingo

            from .clingo_reps import symbol

            a = self._arguments = (clingo.Number(self.rule), *[symbol(r) for r in self.reps])
        return a


class Records:
    """The derivation records of a traced solve, by rule, as clingo represents them (clingo_reps.py):
    `by_rule`, rule index -> ([records], [element records]). Iterating gives (rule index, element
    record?, representation)."""

    __slots__ = ("by_rule",)

    def __init__(self):
        self.by_rule: dict = {}

    def lists(self, rule: int) -> tuple:
        found = self.by_rule.get(rule)
        if found is None:
            found = self.by_rule[rule] = ([], [])
        return found

    def __iter__(self):
        for rule, (records, elements) in self.by_rule.items():
            for r in records:
                yield rule, False, r
            for r in elements:
                yield rule, True, r

    def __len__(self) -> int:
        return sum(len(a) + len(b) for a, b in self.by_rule.values())


def split_records(program: Program, reps: list) -> tuple[list, Records]:
    """(the model's shown atoms but the records, the records): a record's predicate names its rule.
    Read as clingo represents them (clingo_reps.py): the records of a large file are most of its
    model, which clingo lists predicate by predicate, so the name of an atom is read only where a
    predicate's run may end (`runs`), once per predicate."""
    from .clingo_reps import name_of, runs, symbol

    names = program.record_names_bytes
    shown, records = [], Records()
    for start, end, _ in runs(reps):
        found = names.get(name_of(reps[start]))
        if found is None:  # a conclusion, a warning
            shown.extend(symbol(r) for r in reps[start:end])
        else:
            records.lists(found[0])[1 if found[1] else 0].extend(reps[start:end])
    return shown, records


def reps_module():
    """clingo_reps (imported once clingo is: a record exists only after a solve)."""
    return _REPS or _clingo_reps()
