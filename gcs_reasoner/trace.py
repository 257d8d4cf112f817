"""The trace an explanation reads the derivation records of a traced solve from (records.py).

`Trace` gives the records back by the atom they derive, read lazily: the records of a
predicate when an atom of it is first asked about, a record's terms when an explanation reads
it (records.Record: what `why` writes, `(H, Vars, Pos, Neg, Cmp, Agg)`, rebuilt from
RuleInfo.record). explain.py builds the trees
from a Trace; Result (result.py) walks it for the provisions and texts a conclusion rests on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import ElementRecord, Record, Records, reps_module, shape_of, sorted_by_values, ties_sorted
from .symbols import args, key, name as symbol_name
from .versions import applied_provisions

if TYPE_CHECKING:
    from .result import Result


class Trace:
    """The derivation records of one traced solve, read lazily: the records of the rules that
    derive a predicate are turned into Python values when an atom of that predicate is first
    asked about (most of a large file's records are never asked about), and a record's terms are
    built when an explanation reads them."""

    def __init__(self, result: Result, records: "Records", offset: int = 0):
        self.result = result
        self._offset = offset  # the arguments of each record before its own (Result's record_offset)
        self._by_rule: dict = records.by_rule  # rule index -> ([records], [element records]) (Records)
        # Record.head_key() -> its Record, or [Record] when several derive it (the predicates loaded)
        self._why: dict = {}
        self._found: dict = {}  # symbols.key(symbol) -> [Record] (or []), the symbols asked about
        self._names: dict = {}  # name key (clingo_reps.name_key) -> the name, of the atoms asked about
        self._loaded: set = set()  # (name, arity) of the predicates whose records are in _why
        # (name, arity) -> the rules deriving it whose records are made from the atom asked about
        # (Shape.from_head), not indexed: most of those records are never asked about
        self._from_head: dict = {}
        self._sets: dict = {}  # rule index -> the set of its records (those made from an atom are looked up)
        self._prefix = None  # the arguments before a record's own (the file's number in a batch: offset)
        self._elems: dict = {}  # (rule, aggregate, the term of the tuple of values) -> [ElementRecord], by rule loaded
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
            shape = shape_of(program.rules[i])
            if shape.from_head is not None:  # made from the atom asked about (derivations)
                if found[0]:
                    self._from_head.setdefault(predicate, []).append(i)
                continue
            name, positions = shape.head_name, shape.head_positions
            for s in found[0]:
                reps = function_arguments(s)
                if offset:
                    reps = reps[offset:]
                rec = Record(s, i, shape, offset)  # (its arguments read again if it is explained)
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
                recs[:] = ties_sorted(recs, lambda r: r.rule, sorted_by_values(lambda r: r.read_reps()))

    def derivations(self, symbol) -> list:
        k = key(symbol)
        found = self._found.get(k)
        if found is not None:
            return found
        # the atom read as clingo represents it (its name once per predicate): most atoms asked
        # about are asked once, and are not otherwise read
        r = reps_module()
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
        made from those arguments (Shape.from_head) and looked up among the rule's (clingo keeps one
        of each term: the record is the same integer). One record at most per rule; the first rule
        in program order first, as in `_load`."""
        r = reps_module()
        program, offset = self.result.program, self._offset
        prefix = self._prefix
        if prefix is None:
            prefix = self._prefix = self._record_prefix()
        more = []
        for i in rules:
            shape = shape_of(program.rules[i])
            rep = r.function_rep(shape.name, [*prefix, *[arguments[h] for h in shape.from_head]])
            records = self._sets.get(i)
            if records is None:
                records = self._sets[i] = set(self._by_rule[i][0])
            if rep in records:
                more.append(Record(rep, i, shape, offset))
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
                return reps_module().function_arguments(records[0])[:self._offset]
        return []

    def elements(self, rule: int, k: int, values: list) -> list:
        """The element records of aggregate `k` of the derivation of `rule` whose variables have
        `values` (Record.values)."""
        if rule not in self._elems_loaded:
            self._load_elements(rule)
        # keyed by the term of the values' tuple, `Vars` in the records: clingo keeps one of each term
        r = reps_module()
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
            rec = ElementRecord(s, rule, offset)
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

        # (an element's terms, then its condition's atoms: the atoms, written out to be compared,
        # only for elements whose terms are alike)
        by_values = sorted_by_values(lambda rec: [x for t in reps_of[id(rec)][3:] for x in argument_reps(t)],
                                     split=lambda rec: len(argument_reps(reps_of[id(rec)][3])))
        for found in touched.values():
            if len(found) > 1:
                keys = {id(rec): first(rec) for rec in found}
                found.sort(key=lambda rec: keys[id(rec)])
                found[:] = ties_sorted(found, lambda rec: keys[id(rec)], by_values)

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
        demand = program.demand_predicates
        while stack:  # below them (a step also among the roots was walked as a root)
            sym = stack.pop()
            k = key(sym)
            if k not in seen:
                seen.add(k)
                if demand and (symbol_name(sym), len(args(sym))) in demand:
                    continue  # on which days a question is asked: not what the conclusion rests on (explain.py)
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
        demand = program.demand_predicates
        out, seen = set(), set()
        stack = list(record.pos)
        while stack:
            sym = stack.pop()
            k = key(sym)
            if k in seen:
                continue
            seen.add(k)
            if demand and (symbol_name(sym), len(args(sym))) in demand:
                continue  # the texts that ask a question on a day are not applied by the derivation (explain.py)
            if symbol_name(sym) == "in_force" and len(args(sym)) == 3:
                out.add((args(sym)[0].string, args(sym)[1].string))
                continue
            for w in self.derivations(sym)[:1]:
                if program.rule(w.rule).auxiliary:
                    stack.extend(w.pos)
        return frozenset(out)
