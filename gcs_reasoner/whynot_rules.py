"""The rules and the model as why-not reads them (whynot.py's doc): a result's model as facts, each
rule's parsed body, the predicates of the law and the kind of value each argument takes, the places
that hold a date, and the order in which a rule's body binds its variables. whynot_eval.py evaluates
a rule's body on them."""

from __future__ import annotations

from typing import Optional

from .whynot import QueryError, matches, quiet


# --- the model ------------------------------------------------------------------------


def model_atoms(result) -> list:
    """Every atom true in the result's final round (not only the shown ones); cached on the result."""
    cached = result.__dict__.get("_all_atoms")
    if cached is not None:
        return cached
    import clingo

    from .reasoning import ReasoningError
    from .calendar_functions import Calendar

    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], result.program.plain)
    ctl.add("base", [], result.facts.program())
    ctl.ground([("base", [])], context=Calendar())
    models = []
    ctl.solve(on_model=lambda m: models.append(list(m.symbols(atoms=True))))
    if len(models) != 1:
        raise ReasoningError("the law program has no unique answer for this scenario")
    result.__dict__["_all_atoms"] = models[0]
    return models[0]


def rule_asts(program) -> dict:
    from .program import kept_asts

    def build():
        import clingo.ast as ast

        out = {}
        for r in program.rules:
            found = []
            ast.parse_string(r.text, lambda n: found.append(n) if n.ast_type == ast.ASTType.Rule else None)
            if found:
                out[r.index] = found[0]
        return out

    return kept_asts(program, "rule_asts", build)


def signatures(program) -> set:
    """Every (name, arity) of an atom the rules write, in a head or a body (the file's facts
    included: each is read by some rule), so that a query naming no predicate of the law, or
    one with the wrong number of arguments, is said to be so rather than "not established"."""
    from .program import kept_asts

    def build():
        import clingo.ast as ast

        out = set()

        def visit(n):
            if n.ast_type == ast.ASTType.SymbolicAtom and n.symbol.ast_type == ast.ASTType.Function:
                out.add((n.symbol.name, len(n.symbol.arguments)))
            for key in n.child_keys:
                child = getattr(n, key)
                if child is None:
                    continue
                for c in (child if isinstance(child, (list, tuple, ast.ASTSequence)) else (child,)):
                    visit(c)

        for rule in rule_asts(program).values():
            visit(rule)
        return frozenset(out)

    return kept_asts(program, "_signatures", build)


DATE_FUNCTIONS = {"add_days": "dn", "months_before": "dn", "add_years": "dn", "first_year_end": "dnd",
                  "year": "d", "fraction": "nn", "share_above": "nnnn"}  # calendar_functions.Calendar: d a date, n a number
_RESULTS = {"add_days": "date", "months_before": "date", "add_years": "date", "first_year_end": "date",
            "year": "number", "share_above": "number"}


def place_kinds(program) -> dict:
    """(name, arity) -> for each argument, "date", "number" or None: "date" where every rule that
    concludes the predicate has a date there in each instance it draws, "number" where a number,
    None where one does not tell. Read from the rules as written, without knowing the law's
    predicates: a head argument `d(...)` or a calendar function giving a date (`@add_days(...)`),
    arithmetic (a number), or a variable that a positive condition of the body takes for a date
    (an argument of a calendar function, `E = @first_year_end(...)`) or for a number (the year
    of `d(Y, 12, 31)`, an operand of `Y + 1`): a calendar function has no value for another term
    and `d(x, 12, 31)` is no date the file or the calendar has, so no instance exists for a
    value of another kind. A query with a constant where a date is can never hold, and is said
    to be malformed (check_places) rather than answered "not established"."""
    from .program import kept_asts

    def build():
        read = {}  # rule index -> its reading (_RulePlaces), made once
        for sig, found in program.rules_by_head.items():
            for i in found:
                rule = rule_asts(program).get(i)
                read[i] = _RulePlaces(rule, sig[1]) if rule is not None else None
        # a variable a positive condition takes from a place of a date (or a number) of another
        # predicate is one too: `withdrawal_effective(M, E) :- withdrawal_due(M, N, E), ...`; read
        # again until nothing more is learnt (a few rounds: as deep as such chains of rules go)
        known: dict = {}
        for _ in range(_PLACE_ROUNDS):
            found = _place_round(program, read, known)
            if found == known:
                break
            known = found
        return known

    return kept_asts(program, "_place_kinds", build)


_PLACE_ROUNDS = 12  # at most so many readings of the rules (place_kinds)


def _place_round(program, read: dict, known: dict) -> dict:
    """One reading of every predicate's places (place_kinds), with those of `known` for the
    predicates the rules' positive conditions name."""
    out: dict = {}
    for sig, found in program.rules_by_head.items():
        kinds = None
        for i in found:
            k = read[i].kinds(known) if read[i] is not None and read[i].head is not None else None
            if k is None:
                kinds = None
                break
            kinds = k if kinds is None else tuple(a if a == b else None for a, b in zip(kinds, k))
        if kinds is not None and any(kinds):
            out[sig] = kinds
    return out


class _RulePlaces:
    """What one rule says of the kind of each head argument (place_kinds), read once from its AST:
    `head`, each argument's kind or variable (None where the head is no atom of that arity);
    `given`, the kinds its conditions give variables by themselves; `conditions`, for each positive
    condition, its predicate and the variable at each place."""

    __slots__ = ("head", "given", "conditions")

    def __init__(self, rule, arity: int):
        import clingo.ast as ast

        self.head, self.given, self.conditions = None, {}, []
        head = rule.head
        if head.ast_type != ast.ASTType.Literal or head.sign != ast.Sign.NoSign \
                or head.atom.ast_type != ast.ASTType.SymbolicAtom or head.atom.symbol.ast_type != ast.ASTType.Function:
            return
        hargs = list(head.atom.symbol.arguments)
        if len(hargs) != arity:
            return
        variables = self.given  # variable -> the kinds the positive conditions give it

        def note(term, kind) -> None:
            if term.ast_type == ast.ASTType.Variable and term.name != "_":
                variables.setdefault(term.name, set()).add(kind)

        def visit(n) -> None:
            t = n.ast_type
            if t == ast.ASTType.Function:
                if n.external and n.name in DATE_FUNCTIONS and len(n.arguments) == len(DATE_FUNCTIONS[n.name]):
                    for a, k in zip(n.arguments, DATE_FUNCTIONS[n.name]):
                        note(a, "date" if k == "d" else "number")
                elif not n.external and n.name == "d" and len(n.arguments) == 3:
                    for a in n.arguments:
                        note(a, "number")
            elif t == ast.ASTType.BinaryOperation:
                note(n.left, "number")
                note(n.right, "number")
            elif t == ast.ASTType.UnaryOperation:
                note(n.argument, "number")
            elif t == ast.ASTType.Comparison and len(n.guards) == 1 and n.guards[0].comparison == ast.ComparisonOperator.Equal:
                for x, y in ((n.term, n.guards[0].term), (n.guards[0].term, n.term)):
                    k = _term_kind(y)
                    if k:
                        note(x, k)
            for key in n.child_keys:
                child = getattr(n, key)
                if child is None:
                    continue
                for c in (child if isinstance(child, (list, tuple, ast.ASTSequence)) else (child,)):
                    if isinstance(c, ast.AST):
                        visit(c)

        for a in hargs:
            visit(a)
        for lit in rule.body:
            # a positive condition only: a negated one holds for a value of another kind, an aggregate's
            # elements need not be there at all
            if lit.ast_type == ast.ASTType.Literal and lit.sign == ast.Sign.NoSign \
                    and lit.atom.ast_type in (ast.ASTType.SymbolicAtom, ast.ASTType.Comparison):
                visit(lit.atom)
                symbol = lit.atom.symbol if lit.atom.ast_type == ast.ASTType.SymbolicAtom else None
                if symbol is not None and symbol.ast_type == ast.ASTType.Function and not symbol.external:
                    places = tuple(a.name if a.ast_type == ast.ASTType.Variable and a.name != "_" else None
                                   for a in symbol.arguments)
                    if any(places):
                        self.conditions.append(((symbol.name, len(places)), places))
        self.head = tuple(_term_kind(h) or (("var", h.name) if h.ast_type == ast.ASTType.Variable else None)
                          for h in hargs)

    def kinds(self, known: dict) -> tuple:
        """The kind of each head argument, with the kinds `known` of the predicates of its conditions."""
        variables = {v: set(k) for v, k in self.given.items()}
        for sig, places in self.conditions:
            for v, k in zip(places, known.get(sig, ())):
                if v and k:
                    variables.setdefault(v, set()).add(k)
        out = []
        for h in self.head:
            if isinstance(h, tuple):
                given = variables.get(h[1], set())
                h = next(iter(given)) if len(given) == 1 else None
            out.append(h)
        return tuple(out)


def date_places(program) -> dict:
    """(name, arity) -> the places of a predicate that the rules' positive conditions read as a date: a
    variable there that the same rule hands to a calendar function (`convened_on(A, C)` with
    `@add_days(C, N)`) or finds in a date place of a derived predicate (place_kinds). Read from the
    rules as written, for any predicate, the file's facts included (why-not says that a date is not
    stated where such a place is left open)."""
    from .program import kept_asts

    def build():
        import clingo.ast as ast

        known = place_kinds(program)
        out: dict = {}
        for rule in rule_asts(program).values():
            head = rule.head
            arity = len(head.atom.symbol.arguments) if head.ast_type == ast.ASTType.Literal \
                and head.atom.ast_type == ast.ASTType.SymbolicAtom \
                and head.atom.symbol.ast_type == ast.ASTType.Function else 0
            read = _RulePlaces(rule, arity)
            if read.head is None:
                continue
            dates = {v for v, k in read.given.items() if k == {"date"}}
            for sig, places in read.conditions:
                dates |= {v for v, k in zip(places, known.get(sig, ())) if v and k == "date"}
            for sig, places in read.conditions:
                found = {i for i, v in enumerate(places) if v in dates}
                if found:
                    out.setdefault(sig, set()).update(found)
        return {sig: frozenset(found) for sig, found in out.items()}

    return kept_asts(program, "_date_places", build)


def dated_events(scenario) -> frozenset:
    """The identifiers of the file's statements that carry a date of their own (an assembly, a committee meeting, an
    agency's decision, an avenant: the `date` of their object), read from the objects, those left out included (the
    file states them): why-not says « (la date n'est pas indiquée) » of a fact naming one whose date place is open
    (`convened_on(ag4, C)`: the assembly is stated, its convocation's date is not)."""
    from .whynot import read_statements

    def pick(values):
        return {getattr(v, "id") for v in values if not isinstance(v, str)
                and isinstance(getattr(v, "id", None), str) and getattr(v, "date", None) is not None}

    return read_statements(scenario, "_dated_events", pick)


def left_out_facts(result, name: str, args: list) -> Optional[tuple]:
    """(the warning, the fact, the fact's line) of a statement of the file that the facts leave out with a warning
    of validate.py (`StoryWarning.left_out`, `Scenario.left_out`: an assembly, a notice, an election dated before legal
    personality...) and that would give a fact matching `name(args)` (None: any value) were it kept; None when
    no such statement does. Read from the facts themselves: the scenario's facts emitted without that warning,
    less those emitted with every warning (any statement left out, whatever its kind). The facts of all the
    statements left out are emitted once per result, and each one's only for a pattern they match."""
    import dataclasses

    import clingo

    from .facts import scenario_facts

    scenario = getattr(result, "scenario", None)
    warnings = [w for w in getattr(scenario, "warnings", ()) if w.left_out is not None]
    if not warnings:
        return None
    cache = result.__dict__.setdefault("_left_out_facts", {})
    as_of = result.facts.as_of

    def emitted(kept: list) -> dict:
        out: dict = {}
        for a, origin in scenario_facts(dataclasses.replace(scenario, warnings=kept), as_of).facts:
            out.setdefault(a, origin.line)
        return out

    def parsed(found: dict) -> list:  # [(symbol, line)] of the facts not emitted with every warning
        out = []
        for text in sorted(set(found) - cache["base"]):
            try:
                out.append((clingo.parse_term(text, logger=quiet), found[text]))
            except RuntimeError:
                continue
        return out

    if "base" not in cache:
        cache["base"] = set(emitted(list(scenario.warnings)))
        cache["all"] = parsed(emitted([w for w in scenario.warnings if w.left_out is None]))
    if not any(matches(s, name, args) for s, _ in cache["all"]):
        return None
    for w in sorted(warnings, key=lambda w: (w.line is None, w.line or 0)):
        own = cache.get(id(w))
        if own is None:
            own = cache[id(w)] = parsed(emitted([x for x in scenario.warnings if x is not w]))
        found = next(((s, line) for s, line in own if matches(s, name, args)), None)
        if found is not None:
            return w, found[0], found[1]
    return None  # (given only by several statements left out together: said as not stated)


def _term_kind(term):
    """"date" for `d(...)` or a calendar function giving a date, "number" for arithmetic or a number,
    else None."""
    import clingo
    import clingo.ast as ast

    t = term.ast_type
    if t == ast.ASTType.Function:
        if term.external:
            return _RESULTS.get(term.name)
        return "date" if term.name == "d" and len(term.arguments) == 3 else None
    if t in (ast.ASTType.BinaryOperation, ast.ASTType.UnaryOperation):
        return "number"
    if t == ast.ASTType.SymbolicTerm and term.symbol.type == clingo.SymbolType.Number:
        return "number"
    return None


def check_places(program, name: str, args: list) -> None:
    """QueryError for a query with, where the predicate takes a date (or a number), a value of
    another kind (place_kinds): `withdrawal_effective(b, x)` can never hold."""
    import clingo

    from .calendar_functions import calendar_date
    from .symbols import render_term

    kinds = place_kinds(program).get((name, len(args)))
    if not kinds:
        return
    for i, (a, k) in enumerate(zip(args, kinds)):
        if a is None or k is None:
            continue
        if k == "date" and calendar_date(a) is None:
            raise QueryError(f"argument {i + 1} of {name} is a date: expected YYYY-MM-DD (or _ for any), "
                             f"not {render_term(a)}")
        if k == "number" and a.type != clingo.SymbolType.Number:
            raise QueryError(f"argument {i + 1} of {name} is a number: expected a whole number such as 2008 "
                             f"(or _ for any), not {render_term(a)}")


def variables_of(node) -> set:
    import clingo.ast as ast

    out = set()

    def visit(n):
        if n.ast_type == ast.ASTType.Variable:
            if n.name != "_":
                out.add(n.name)
            return n
        for key in n.child_keys:
            val = getattr(n, key)
            if isinstance(val, ast.AST):
                visit(val)
            elif val is not None and not isinstance(val, (str, int)):
                try:
                    for x in val:
                        if isinstance(x, ast.AST):
                            visit(x)
                except TypeError:
                    pass
        return n

    visit(node)
    return out


GUARDS = frozenset({"in_force", "in_force_id"})  # rules/time/in_force.lp


def body_order(rule, bound: set) -> list:
    """The body literals in written order, each deferred until the variables it needs are bound."""
    import clingo.ast as ast

    body = list(rule.body)
    all_other = {}
    for i, lit in enumerate(body):
        rest = variables_of(rule.head)
        for j, other in enumerate(body):
            if j != i:
                rest |= variables_of(other)
        all_other[i] = rest

    def needs_binds(i, lit):
        atom = lit.atom
        t = atom.ast_type
        if t == ast.ASTType.SymbolicAtom:
            if lit.sign == ast.Sign.NoSign:
                return set(), variables_of(atom)
            return variables_of(atom), set()
        if t == ast.ASTType.Comparison and lit.sign == ast.Sign.NoSign and len(atom.guards) == 1 \
                and int(atom.guards[0].comparison) == 5:
            left, right = atom.term, atom.guards[0].term
            if left.ast_type == ast.ASTType.Variable and left.name not in bound:
                return variables_of(right), {left.name}
            if right.ast_type == ast.ASTType.Variable and right.name not in bound:
                return variables_of(left), {right.name}
            return variables_of(atom), set()
        if t == ast.ASTType.BodyAggregate:
            inner = set()
            for e in atom.elements:
                inner |= variables_of(e)
            needs = inner & all_other[i]
            binds = set()
            for g in (atom.left_guard, atom.right_guard):
                if g is None:
                    continue
                if int(g.comparison) == 5 and g.term.ast_type == ast.ASTType.Variable and g.term.name not in bound:
                    binds.add(g.term.name)
                else:
                    needs |= variables_of(g.term)
            return needs - binds, binds
        return variables_of(atom), set()

    def is_guard(lit) -> bool:  # the text in force (in_force/3, in_force_id/2), positive
        atom = lit.atom
        if atom.ast_type != ast.ASTType.SymbolicAtom or lit.sign != ast.Sign.NoSign:
            return False
        sym = atom.symbol
        return sym.ast_type == ast.ASTType.Function and sym.name in GUARDS

    ordered, pending = [], list(enumerate(body))
    # each version guard first, with the literals that bind its date and nothing else (the first of
    # them in written order that can be read with what is bound: `as_of(D)`, `assembly(A, D)` with A
    # bound): a text not in force on that date is the reason a lawyer wants before any other
    # condition of the rule
    for g, guard in [(i, lit) for i, lit in enumerate(body) if is_guard(lit)]:
        chain, known = [], set(bound)
        missing = variables_of(guard.atom) - known
        while missing:
            # (a literal that would also bind variables of its own is left in its place: read early,
            # it would stand for the rule's other conditions)
            step = next(((k, i, lit) for k, (i, lit) in enumerate(pending)
                         if i != g and not is_guard(lit)
                         and (lambda nb: nb[0] <= known and nb[1] & missing and nb[1] <= missing | known)
                         (needs_binds(i, lit))), None)
            if step is None:
                break
            chain.append(step[1])
            known |= needs_binds(step[1], step[2])[1]
            missing = variables_of(guard.atom) - known
        if missing:
            continue  # its date is bound only later (or not at all): left to the order below
        for i in chain + [g]:
            k = next(k for k, (j, _) in enumerate(pending) if j == i)
            _, lit = pending.pop(k)
            ordered.append(lit)
            bound |= needs_binds(i, lit)[1]
    progress = True
    while pending and progress:
        progress = False
        # a version guard whose date is bound comes first: a text not in force that day is the
        # reason a lawyer wants before any other condition of the rule (the rule cannot apply)
        for k, (i, lit) in enumerate(pending):
            if is_guard(lit) and variables_of(lit.atom) <= bound:
                ordered.append(lit)
                pending.pop(k)
                progress = True
                break
        if progress:
            continue
        for k, (i, lit) in enumerate(pending):
            if is_guard(lit) and not variables_of(lit.atom) <= bound:
                continue  # (a guard waits for its date: never a generator of dates)
            needs, binds = needs_binds(i, lit)
            if needs <= bound:
                ordered.append(lit)
                bound |= binds
                pending.pop(k)
                progress = True
                break
    ordered.extend(lit for _, lit in pending)  # unsafe by our reading: clingo will say
    return ordered
