"""The derivation records of a traced solve, and the trace an explanation reads them from.

A traced solve (reasoning._Solver, the rules rewritten by record_rules.py) leaves, beside the
conclusions, one flat record `_why_I(X1, ..., Xn)` for each derivation by rule I and one
`_whyel_I(K, J, Vars, Terms, Cond)` for each element of its aggregates. `_split_records` takes
them out of the model, by rule, as clingo represents them (clingo_reps.py); `Trace` gives them
back by the atom they derive, read lazily: the records of a predicate when an atom of it is first
asked about, a record's terms when an explanation reads it (`_Record`: what `why` writes,
`(H, Vars, Pos, Neg, Cmp, Agg)`, rebuilt from RuleInfo.record). explain.py builds the trees
from a Trace; Result (result.py) walks it for the provisions and texts a conclusion rests on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .program import Program, why_name
from .symbols import args, key, name as symbol_name, order
from .versions import applied_provisions

if TYPE_CHECKING:
    from .result import Result


class _Record:
    """A derivation record of rule I, read from its flat record `_why_I(X1, ..., Xn)` (record_rules.py,
    RuleInfo.record). What `why` writes, `(H, Vars, Pos, Neg, Cmp, Agg)`, is given back part by
    part, as Python lists of clingo terms, when an explanation reads it: `pos` (the positive body
    atoms), `neg` (the atoms whose absence it relied on), `values` (of `RuleInfo.variables`), `cmps`
    ((operator, left, right)), `aggs` ((number, function, value)). `arguments` writes the record
    as one `_why(I, H, Vars, Pos, Neg, Cmp, Agg)` atom would (the tests compare it with `why`)."""

    __slots__ = ("rep", "offset", "rule", "shape", "_reps", "_pos", "_slots")

    def __init__(self, rep: int, rule: int, shape: "_Shape", offset: int = 0):
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
        return _own_arguments(self.rep, self.offset)

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
        its name and their places) is found from the record's representations (`_function`)."""
        out = []
        reps = self.reps
        for t, found in zip(templates, plain):
            if found is None:
                out.append(_build(t, self.slots))
            else:
                name, places = found
                out.append(_function(name, tuple([reps[i] for i in places])))
        return out

    @property
    def values(self) -> list:
        v = self.slots
        return [_build(t, v) for t in self.shape.values]

    def bound(self) -> dict:
        """The rule's variables and their values (explain.DerivedNode.bound)."""
        return dict(zip(self.shape.variables, self.values))

    @property
    def cmps(self) -> list:
        v = self.slots
        return [(op, _build(a, v), _build(b, v)) for op, a, b in self.shape.cmps]

    @property
    def aggs(self) -> list:
        v = self.slots
        return [(k, function, _build(t, v)) for k, function, t in self.shape.aggs]

    @property
    def head(self):
        return _build(self.shape.record[1], self.slots)

    @property
    def arguments(self) -> tuple:
        import clingo

        t, v = self.shape.record, self.slots
        return (clingo.Number(self.rule), *(_build(x, v) for x in t[1:]))

    def head_key(self, r: list) -> tuple:
        """(name, key of each argument) of the head, `r` the record's arguments (`read_reps`): what
        `Trace.derivations` looks a symbol up by, without building the head (most records loaded
        are never explained)."""
        t = self.shape.record[1]
        if t.__class__ is int:  # a pooled head: the record holds the atom itself
            return _head_key(self.slots[t])
        if t.__class__ is str:
            return (t,)
        if all(a.__class__ is int for a in t[1]):  # (most heads: each argument a value of the record)
            return (t[0], *[r[a] for a in t[1]])
        v = self.slots
        return (t[0], *[r[a] if a.__class__ is int else _build(a, v)._rep for a in t[1]])


def _own_arguments(rep: int, offset: int) -> list:
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


class _Shape:
    """RuleInfo.record, read once per rule: the templates of each part of `why`'s record."""

    __slots__ = ("record", "values", "pos", "neg", "cmps", "aggs", "head_name", "head_positions", "pos_plain",
                 "neg_plain", "variables", "name", "from_head")

    def __init__(self, record: list, variables: list = (), name: bytes = b""):
        self.record = record
        self.variables = variables  # the rule's (RuleInfo.variables), in the order of `values`
        self.name = name  # the record's predicate, `_why_I`, as clingo keeps names
        n, head, values, pos, neg, cmps, aggs = record
        # a head whose every argument is a value of the record: its name and their places
        # (_Record.head_key, inlined where records are loaded)
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


def _shape(rule) -> _Shape:
    """The _Shape of a rule, made once (kept on the rule)."""
    found = rule.__dict__.get("_shape")
    if found is None:
        found = rule.__dict__["_shape"] = _Shape(rule.record, rule.variables, why_name(rule.index).encode())
    return found


def _string(template: str) -> str:
    return _build(template, ()).string


def _head_key(symbol) -> tuple:
    return (symbol_name(symbol), *[a._rep for a in args(symbol)])


_CONSTANTS: dict = {}  # a constant's text in a record's shape -> its symbol


def _build(template, values):
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
    parts = [_build(a, values) for a in template[1]]
    return _function(template[0], tuple([p._rep for p in parts]))


def _function(name: str, arguments: tuple):
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


def _ties_sorted(items: list, key, then) -> list:
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


def _by_values(reps_of):
    """Sorts items by the order of their values (symbols.order), read only where they differ:
    `reps_of(item)`, the representations of its values, tell which of them do (a rule's thousands
    of derivations of one atom differ by one variable, the member's)."""
    from .clingo_reps import symbol

    def sort(items: list) -> list:
        rows = [reps_of(x) for x in items]
        first = rows[0]
        width = min(len(r) for r in rows)
        varying = [i for i in range(width) if any(r[i] != first[i] for r in rows)]
        keys = {id(x): [order(symbol(r[i])) for i in varying] for x, r in zip(items, rows)}
        return sorted(items, key=lambda x: keys[id(x)])

    return sort


class _ElementRecord:
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
        return _own_arguments(self.rep, self.offset)

    @property
    def arguments(self) -> tuple:
        a = self._arguments
        if a is None:
            import clingo

            from .clingo_reps import symbol

            a = self._arguments = (clingo.Number(self.rule), *[symbol(r) for r in self.reps])
        return a


class Trace:
    """The derivation records of one traced solve, read lazily: the records of the rules that
    derive a predicate are turned into Python values when an atom of that predicate is first
    asked about (most of a large file's records are never asked about), and a record's terms are
    built when an explanation reads them."""

    def __init__(self, result: Result, records: "Records", offset: int = 0):
        self.result = result
        self._offset = offset  # the arguments of each record before its own (Result's record_offset)
        self._by_rule: dict = records.by_rule  # rule index -> ([records], [element records]) (Records)
        # _Record.head_key() -> its _Record, or [_Record] when several derive it (the predicates loaded)
        self._why: dict = {}
        self._found: dict = {}  # symbols.key(symbol) -> [_Record] (or []), the symbols asked about
        self._names: dict = {}  # name key (clingo_reps.name_key) -> the name, of the atoms asked about
        self._loaded: set = set()  # (name, arity) of the predicates whose records are in _why
        # (name, arity) -> the rules deriving it whose records are made from the atom asked about
        # (_Shape.from_head), not indexed: most of those records are never asked about
        self._from_head: dict = {}
        self._sets: dict = {}  # rule index -> the set of its records (those made from an atom are looked up)
        self._prefix = None  # the arguments before a record's own (the file's number in a batch: offset)
        self._elems: dict = {}  # (rule, aggregate, the term of the tuple of values) -> [_ElementRecord], by rule loaded
        self._provisions: dict = {}  # (key(symbol), deep) -> provisions_of(symbol, deep)
        self._elems_loaded: set = set()
        self._applied: dict = {}  # id(record) -> _texts_applied(record) (the records live as long as the trace)
        self._lines: dict = {}  # an element condition's atom (its rep) -> its line in the file, or 0

    def _load(self, predicate: tuple[str, int]) -> None:
        """The records of the rules whose head is `predicate`, keyed by head; an atom derived by
        several rules: the first rule in program order comes first, whatever order the solver
        listed the records in (explanations must not flip)."""
        from .clingo_reps import function_arguments

        self._loaded.add(predicate)
        program = self.result.program
        offset, why = self._offset, self._why
        touched = {}  # id -> the lists of records of a head derived more than once (each sorted once)
        for i in program.rules_by_head.get(predicate, ()):
            found = self._by_rule.get(i)
            if not found:
                continue
            shape = _shape(program.rules[i])
            if shape.from_head is not None:  # made from the atom asked about (derivations)
                if found[0]:
                    self._from_head.setdefault(predicate, []).append(i)
                continue
            name, positions = shape.head_name, shape.head_positions
            for s in found[0]:
                reps = function_arguments(s)
                if offset:
                    reps = reps[offset:]
                rec = _Record(s, i, shape, offset)  # (its arguments read again if it is explained)
                if positions is None:
                    head = rec.head_key(reps)
                else:  # (most heads: each argument a value of the record; inlined)
                    head = (name, *[reps[a] for a in positions])
                recs = why.get(head)
                if recs is None:  # (most heads: one record, kept without a list of its own)
                    why[head] = rec
                elif recs.__class__ is list:
                    recs.append(rec)
                else:
                    recs = why[head] = [recs, rec]
                    touched[id(recs)] = recs
        # an atom derived several ways: the first rule in program order first, and one rule's
        # derivations in the order of their values (symbols.order), not in the order the solver
        # listed them, which changes with what else it grounds (a batch of files: batching.py)
        for recs in touched.values():
            recs.sort(key=lambda r: r.rule)
            if len({r.rule for r in recs}) < len(recs):  # one rule's several: by their values
                recs[:] = _ties_sorted(recs, lambda r: r.rule, _by_values(lambda r: r.read_reps()))

    def derivations(self, symbol) -> list:
        k = key(symbol)
        found = self._found.get(k)
        if found is not None:
            return found
        # the atom read as clingo represents it (its name once per predicate): most atoms asked
        # about are asked once, and are not otherwise read
        r = _REPS or _clingo_reps()
        name = self._names.get(nk := r.name_key(k))
        if name is None:
            name = self._names[nk] = (r.name_of(k) or b"").decode()
        arguments = r.argument_reps(k)
        predicate = (name, len(arguments))
        if predicate not in self._loaded:
            self._load(predicate)
        found = self._why.get((name, *arguments), [])
        if found.__class__ is not list:
            found = [found]
        rules = self._from_head.get(predicate)
        if rules:
            found = self._made_from_head(rules, arguments, found)
        self._found[k] = found
        return found

    def _made_from_head(self, rules: list, arguments: list, found: list) -> list:
        """`found`, with the record of each rule of `rules` that derived the atom of `arguments`:
        made from those arguments (_Shape.from_head) and looked up among the rule's (clingo keeps one
        of each term: the record is the same integer). One record at most per rule; the first rule
        in program order first, as in `_load`."""
        r = _REPS or _clingo_reps()
        program, offset = self.result.program, self._offset
        prefix = self._prefix
        if prefix is None:
            prefix = self._prefix = self._record_prefix()
        more = []
        for i in rules:
            shape = _shape(program.rules[i])
            rep = r.function_rep(shape.name, [*prefix, *[arguments[h] for h in shape.from_head]])
            records = self._sets.get(i)
            if records is None:
                records = self._sets[i] = set(self._by_rule[i][0])
            if rep in records:
                more.append(_Record(rep, i, shape, offset))
        if not more:
            return found
        return sorted([*found, *more], key=lambda rec: rec.rule)  # (stable: one rule's several keep their order)

    def _record_prefix(self) -> list:
        """The arguments every record of this trace has before its own (`offset` of them: the file's
        number in a batch), read from one of its records."""
        if not self._offset:
            return []
        for records, _elements in self._by_rule.values():
            if records:
                return (_REPS or _clingo_reps()).function_arguments(records[0])[:self._offset]
        return []

    def elements(self, rule: int, k: int, values: list) -> list:
        """The element records of aggregate `k` of the derivation of `rule` whose variables have
        `values` (_Record.values)."""
        if rule not in self._elems_loaded:
            self._load_elements(rule)
        # keyed by the term of the values' tuple, `Vars` in the records: clingo keeps one of each term
        r = _REPS or _clingo_reps()
        return self._elems.get((rule, k, r.function_rep(b"", [v._rep for v in values])), [])

    def _load_elements(self, rule: int) -> None:
        """The element records of `rule`, by aggregate and derivation (`elements`), each list in the
        order of the file (the first line among the facts of an element's condition), then of the
        elements' values (symbols.order): not in the order the solver listed them, which changes
        with what else it grounds (a batch of files: batching.py)."""
        from .clingo_reps import argument_reps, function_arguments, name_test, number_of, symbol

        self._elems_loaded.add(rule)
        offset, elems = self._offset, self._elems
        numbers: dict = {}  # the representation of K or J -> its number
        touched = {}
        reps_of = {}  # id(record) -> its arguments, while they are sorted (not kept on the records)
        for s in self._by_rule.get(rule, ((), ()))[1]:
            r = function_arguments(s)
            if offset:
                r = r[offset:]
            rec = _ElementRecord(s, rule, offset)
            reps_of[id(rec)] = r  # K, J, Vars, Terms, Cond
            k = numbers.get(r[0])
            if k is None:
                k = numbers[r[0]] = number_of(r[0])
            found = elems.get(key := (rule, k, r[2]))  # (Vars, the rule's variables: `elements`)
            if found is None:
                found = elems[key] = []
            found.append(rec)
            touched[id(found)] = found
        origins, file = self.result.facts.origins(), str(self.result.scenario.path)
        stated = name_test({n.encode() for n in self.result.facts.names()})
        lines_of = self._lines  # rep of an atom -> its line in the file, or 0

        def first(rec) -> tuple:
            # (J, (0, the first line of the file among its condition's facts) or (1, 0)): the
            # condition read as clingo's integers, an atom's text asked of clingo only when the
            # file states atoms of its predicate (thousands of elements at scale)
            r = reps_of[id(rec)]
            j = numbers.get(r[1])
            if j is None:
                j = numbers[r[1]] = number_of(r[1])
            best = 0
            for c in function_arguments(r[4]):
                line = lines_of.get(c)
                if line is None:
                    line = 0
                    if stated(c):
                        o = origins.get(str(symbol(c)))
                        if o is not None and o.file == file:
                            line = o.line
                    lines_of[c] = line
                if line and (not best or line < best):
                    best = line
            return (j, (0, best) if best else (1, 0))

        by_values = _by_values(lambda rec: [x for t in reps_of[id(rec)][3:] for x in argument_reps(t)])
        for found in touched.values():
            if len(found) > 1:
                keys = {id(rec): first(rec) for rec in found}
                found.sort(key=lambda rec: keys[id(rec)])
                found[:] = _ties_sorted(found, lambda rec: keys[id(rec)], by_values)

    def provisions_of(self, symbol, deep: bool = False) -> list[str]:
        """Provision ids of the rule(s) that derived symbol (looking through auxiliary rules): every
        rule that derived the symbol itself (a conclusion two provisions reach rests on both), the
        first of those deriving each auxiliary step. Walked once per symbol (the conclusions, the
        JSON, the texts applied ask again): the records do not change."""
        k = (key(symbol), deep)
        found = self._provisions.get(k)
        if found is None:
            found = self._provisions[k] = self._walk_provisions(symbol, deep)
        return list(found)

    def provisions_under(self, symbols) -> set[str]:
        """The union of `provisions_of(s, deep=True)` over `symbols`, each step they share walked
        once rather than once per conclusion."""
        return set(self._cited(symbols, deep=True))

    def _walk_provisions(self, symbol, deep: bool) -> list[str]:
        return list(dict.fromkeys(self._cited([symbol], deep)))

    def _cited(self, roots, deep: bool):
        """The provision ids of the rules met walking down from `roots`, in the order met: each
        derivation of a root, the first derivation of each step below, through the auxiliary steps
        (`deep`: through every step). A step is walked once."""
        seen: set = set()
        stack: list = []
        program = self.result.program

        def cite(records):
            for w in records:
                rule = program.rule(w.rule)
                cited = rule.provisions
                if len(cited) > 1:  # a rule reused by later versions (same_as): the version applied
                    cited = applied_provisions(cited, self._texts_applied(w))
                yield from cited
                if rule.auxiliary or deep:
                    stack.extend(w.pos)

        for sym in roots:
            k = key(sym)
            if k not in seen:
                seen.add(k)
                yield from cite(self.derivations(sym))
        while stack:  # below them (a step also among the roots was walked as a root)
            sym = stack.pop()
            k = key(sym)
            if k not in seen:
                seen.add(k)
                yield from cite(self.derivations(sym)[:1])

    def _texts_applied(self, record) -> frozenset:
        """(article, version) of the in_force/3 atoms a derivation rests on, looking
        through the auxiliary rules of its body (in_force_id chains included); walked once per
        record (a conclusion's provisions, the texts applied and its tree each ask)."""
        found = self._applied.get(id(record))
        if found is None:
            found = self._applied[id(record)] = self._walk_texts(record)
        return found

    def _walk_texts(self, record) -> frozenset:
        program = self.result.program
        out, seen = set(), set()
        stack = list(record.pos)
        while stack:
            sym = stack.pop()
            k = key(sym)
            if k in seen:
                continue
            seen.add(k)
            if symbol_name(sym) == "in_force" and len(args(sym)) == 3:
                out.add((args(sym)[0].string, args(sym)[1].string))
                continue
            for w in self.derivations(sym)[:1]:
                if program.rule(w.rule).auxiliary:
                    stack.extend(w.pos)
        return frozenset(out)


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


def _split_records(program: Program, reps: list) -> tuple[list, Records]:
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
