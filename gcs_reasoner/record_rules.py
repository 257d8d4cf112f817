"""The derivation records: each rule rewritten so that its derivations are recorded.

The rules are solved exactly as written (`plain`), each file on the rules
that can apply to it (selection.py: `RuleInfo.plain`, `body_needs`, and
`fixed` for the statements that are not rules). To explain, each rule
number I, `H :- B.`, has a derivation record rule (`RuleInfo.why`),
`_why_I(H, Vars, Pos, Neg, Cmp, Agg) :- B'.`, where B' binds each aggregate's
value to a variable: for each derived atom, the rule that derived it, its
variable values, its positive body atoms, the atoms whose absence it relied on
(default negation), its comparisons and its aggregate values;
`_whyel_I(K, J, Vars, Terms, Cond)` records the elements that made up
aggregate K. When reasons are asked for, each rule is solved in its traced
form (`RuleInfo.traced`): its record made flat, `_why_I(X1, ..., Xn) :- B'.`,
the values of the rule's variables and of the terms clingo computes, and
`H :- _why_I(X1, ..., Xn).` in place of the rule, so that its body is joined
once and a record holds exactly when the rule applies; the element records
read the variables' values from the rule's records. Where something in the
body would multiply them, the atoms behind a positive literal's `_` are named
in a record by the first of them in clingo's order of terms, found apart
(`_whywit_I_J`, `_witnesses`): one record per body of the rule as written, not
one per combination of such atoms (and an aggregate is not added up again for
each). `RuleInfo.record` says how
`(H, Vars, Pos, Neg, Cmp, Agg)` is rebuilt from the values, when an
explanation asks for it (records.Record): clingo grounds small records, and
Python builds the terms only of the derivations it explains. The model is that of the plain rules with the
records besides, which are shown and come with it (reasoning.py). One record
predicate per rule, not one for all: a single predicate would join every rule
in one component for the grounder.
"""

from __future__ import annotations

import re
from typing import Optional

from .program import INTERVAL, RuleFileError, RuleInfo, why_elem_name, why_name


def traced_text(node, records: list, flag, info: RuleInfo) -> str:
    """Rule I as ground when its derivations are recorded. Its body is joined once, by the record
    rule `_why_I(X1, ..., Xn) :- B'.`, whose arguments are the values of the rule's variables and
    of the terms clingo computes (`_record_shape`); the head (and `_nif(I)`) are read from the
    records: `H :- _why_I(X1, ..., Xn).` The element records read the rule's variables from its
    records, not from its body joined again. `info.record` says how the record `why` writes,
    `(H, Vars, Pos, Neg, Cmp, Agg)`, is rebuilt from those values (records.Record)."""
    import clingo.ast as ast

    loc = node.location
    why = records[0].head.atom.symbol  # _why_I(H, Vars, Pos, Neg, Cmp, Agg)
    shape, slots, computed, head, patterns = _record_shape(why, info)
    info.record = shape
    anon = ast.Variable(loc, "_")
    n = len(slots) + len(computed)

    def literal(args):
        return ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(ast.Function(loc, why.name, args, False)))

    values = [ast.Variable(loc, v) for v in slots] + computed
    named = [ast.Variable(loc, v) for v in slots] + [patterns.get(k) or ast.Variable(loc, f"C__{k}")
                                                     for k in range(len(computed))]
    out, body = _witnesses(list(records[0].body), info, loc)
    out.append(ast.Rule(loc, literal(values), body))
    out.append(ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(head)), [literal(named)]))
    if flag is not None:
        out.append(ast.Rule(loc, flag, [literal([anon] * n)]))
    # the rule's variables come first among the slots (`info.variables`, as in `why`'s Vars)
    by_vars = literal([ast.Variable(loc, v) for v in info.variables] + [anon] * (n - len(info.variables)))
    n_body = len(records[0].body)
    for element in records[1:]:  # _whyel_I(K, J, Vars, Terms, Cond) :- B', Cond.
        out.append(ast.Rule(loc, element.head, [by_vars] + list(element.body)[n_body:]))
    return "\n".join(str(r) for r in out)


def _witnesses(body: list, info: RuleInfo, loc) -> tuple[list, list]:
    """([`_whywit_I_J(Vs, W) :- L', W = #min { ... : L }.`, ...], the record rule's body). A record
    names the atom behind each `_` of a positive literal L (its `Anon__k`), so a body such as
    `departure(_, D), member_on(M, D)` had a record for every departure times every member on D
    (quadratic in the members, where the rule as written is ground once per member and date). The
    atom named is the first in clingo's order of terms, found once for the literal's other
    variables Vs, and the record rule reads it from `_whywit_I_J`: one record per value of the
    rule's own variables, as many as the rule has ground bodies. Only where something multiplies
    them: an aggregate of the body, or another positive literal with a variable this one has not
    (another `_` among them)."""
    import clingo.ast as ast

    def positive(lit):
        return lit.ast_type == ast.ASTType.Literal and lit.sign == ast.Sign.NoSign \
            and lit.atom.ast_type == ast.ASTType.SymbolicAtom

    aggregate = any(lit.atom.ast_type == ast.ASTType.BodyAggregate for lit in body)
    helpers, out = [], []
    for lit in body:
        anonymous = _BODY_ANONYMOUS.findall(str(lit)) if positive(lit) else []
        if not anonymous or not _binds_its_variables(lit.atom.symbol):
            out.append(lit)
            continue
        own = set(_VarCollector().visit(lit))
        if not aggregate and all(set(_VarCollector().visit(other)) <= own for other in body
                                 if other is not lit and positive(other) and not _single(other)):
            # nothing else in the body multiplies its atoms: a record per atom behind the `_` is
            # a record per atom of the literal, as many as the file has (and cheaper to ground
            # than a #min for each rule: a fifth of a small file's traced grounding)
            out.append(lit)
            continue
        others = [v for v in _VarCollector().visit(lit) if v not in anonymous]
        local = rename(lit, {a: f"W__{a}" for a in anonymous})

        def value(names):
            terms = [ast.Variable(loc, n) for n in names]
            return terms[0] if len(terms) == 1 else ast.Function(loc, "", terms, False)

        element = ast.BodyAggregateElement([value([f"W__{a}" for a in anonymous])], [local])
        first = ast.BodyAggregate(loc, ast.Guard(ast.ComparisonOperator.Equal, ast.Variable(loc, "W__")),
                                  ast.AggregateFunction.Min, [element], None)
        name = f"_whywit_{info.index}_{len(helpers)}"
        head = ast.Function(loc, name, [ast.Variable(loc, v) for v in others] + [ast.Variable(loc, "W__")], False)
        helpers.append(ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(head)),
                                [_unname_anonymous(lit), ast.Literal(loc, ast.Sign.NoSign, first)]))
        read = ast.Function(loc, name, [ast.Variable(loc, v) for v in others] + [value(anonymous)], False)
        out.append(ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(read)))
    return helpers, out


# Predicates with one atom (the date the law is applied on): a literal of them multiplies nothing.
_SINGLE = {("as_of", 1)}


def _single(lit) -> bool:
    import clingo.ast as ast

    symbol = lit.atom.symbol
    return symbol.ast_type == ast.ASTType.Function and (symbol.name, len(symbol.arguments)) in _SINGLE


def _binds_its_variables(term) -> bool:
    """The term is made of variables, constants and plain functions or tuples only: a literal of
    it binds all its variables (alone in a rule's body, it is safe)."""
    import clingo.ast as ast

    kind = term.ast_type
    if kind in (ast.ASTType.Variable, ast.ASTType.SymbolicTerm):
        return True
    if kind == ast.ASTType.Function and not term.external:
        return all(_binds_its_variables(a) for a in term.arguments)
    return False


_BODY_ANONYMOUS = re.compile(r"(?<![A-Za-z0-9_'])Anon__\d+(?![A-Za-z0-9_'])")


def _unname_anonymous(node):
    """The body's `Anon__k` variables back to `_` (not an aggregate element's `Anon__Ek_j`)."""
    import clingo.ast as ast

    def _r(n):
        if n.ast_type == ast.ASTType.Variable:
            return ast.Variable(n.location, "_") if _BODY_ANONYMOUS.fullmatch(n.name) else n
        return n.update(**_children(n, _r))

    return _r(node)


def _bounds(term):
    """`A..B` as `_interval(A, B)` (INTERVAL): a record holds one value of each bound, not one record
    per value of the interval; any other term as it is."""
    import clingo.ast as ast

    if term.ast_type == ast.ASTType.Interval:
        return ast.Function(term.location, INTERVAL, [term.left, term.right], False)
    return term


def _record_shape(why, info: RuleInfo) -> tuple:
    """(shape, slot variables, computed terms, head, patterns) of the record `why` = `_why_I(H, Vars, Pos, Neg,
    Cmp, Agg)` made flat. The slots are the rule's variables (`info.variables` first, then those of
    the positive atoms' `_` and of the aggregates' values); the computed terms, the subterms clingo
    evaluates (`@add_days(D, 1)`, `N + 1`). The shape, `[arity, template of H, of Vars, of Pos, of
    Neg, of Cmp, of Agg]`, writes each term as: an int, the record's argument of that number; a
    str, a constant as clingo prints it; `[name, [templates]]`, a function or (name "") a tuple.
    `head`: H with each computed subterm replaced by the variable `C__k` that reads its value; a
    pooled head `p(a; b)` is computed whole, and `patterns` says that the head rule reads it as
    `p(C__k_0)`."""
    import clingo.ast as ast

    slots = list(info.variables)
    computed: list = []

    def walk(t):  # (template, t with computed subterms as C__k variables)
        kind = t.ast_type
        if kind == ast.ASTType.Variable:
            if t.name not in slots:
                slots.append(t.name)
            return ("slot", t.name), t
        if kind == ast.ASTType.SymbolicTerm:
            return str(t.symbol), t
        if kind == ast.ASTType.Function and not t.external and (t.arguments or not t.name):
            parts = [walk(a) for a in t.arguments]
            return [t.name, [p[0] for p in parts]], t.update(arguments=[p[1] for p in parts])
        if kind == ast.ASTType.Function and not t.external:
            return t.name, t  # a constant: `legal_personality`
        computed.append(t)
        return ("computed", len(computed) - 1), ast.Variable(t.location, f"C__{len(computed) - 1}")

    patterns: dict = {}  # computed k -> what the head rule reads in its place (a pooled head)
    h = why.arguments[0]
    if h.ast_type == ast.ASTType.Pool:  # `p(a; b).`: each record holds its atom, which the head rule takes apart
        alts = h.arguments
        if not all(a.ast_type == ast.ASTType.Function and not a.external and a.name == alts[0].name
                   and len(a.arguments) == len(alts[0].arguments) for a in alts):
            raise RuleFileError(f"{info.file}:{info.line}: a pooled head must pool atoms of one predicate")
        computed.append(h)
        k = len(computed) - 1
        head = ast.Function(h.location, alts[0].name, [ast.Variable(h.location, f"C__{k}_{j}")
                                                       for j in range(len(alts[0].arguments))], False)
        patterns[k] = head
        parts = [(("computed", k), head)] + [walk(a) for a in why.arguments[1:]]
    else:
        parts = [walk(a) for a in why.arguments]
    n_slots = len(slots)

    def number(t):  # slots first, then the computed terms
        if isinstance(t, tuple):
            return slots.index(t[1]) if t[0] == "slot" else n_slots + t[1]
        if isinstance(t, list):
            return [t[0], [number(a) for a in t[1]]]
        return t

    shape = [n_slots + len(computed)] + [number(p[0]) for p in parts]
    return shape, slots, computed, parts[0][1], patterns


# clingo's variables (`_*[A-Z]...`; `_` alone is anonymous), found in a node's text with its string
# constants left out: one call into clingo per node instead of a walk through its AST
_STRING_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"')
_VARIABLE = re.compile(r"(?<![A-Za-z0-9_'])_*[A-Z][A-Za-z0-9_']*")
_ANONYMOUS = re.compile(r"(?<![A-Za-z0-9_'])_(?![A-Za-z0-9_'])")


class _VarCollector:
    """The variables of the nodes visited, in the order they first occur."""

    def __init__(self):
        self.names: list[str] = []

    def visit(self, node):
        for name in _VARIABLE.findall(_STRING_CONSTANT.sub('""', str(node))):
            if name not in self.names:
                self.names.append(name)
        return self.names


def _children(node, fn):
    """Apply fn to every AST child of node (clingo.ast.AST.update keyword form)."""
    import clingo.ast as ast

    out = {}
    for key in node.child_keys:
        val = getattr(node, key)
        if isinstance(val, ast.AST):
            out[key] = fn(val)
        elif isinstance(val, (list, ast.ASTSequence)) or type(val).__name__ == "ASTSequence":
            out[key] = [fn(x) if isinstance(x, ast.AST) else x for x in val]
    return out


def rename(node, mapping: dict[str, str], anon: Optional[list] = None, prefix: str = "Anon__"):
    """Rename variables; with `anon`, give each `_` a fresh name (`prefix` and a number, recorded
    in anon)."""
    import clingo.ast as ast

    names = set(_VARIABLE.findall(_STRING_CONSTANT.sub('""', str(node))))
    if not names & set(mapping) and not (anon is not None and _ANONYMOUS.search(_STRING_CONSTANT.sub('""', str(node)))):
        return node  # nothing to rename: no walk through the AST

    def _r(n):
        if n.ast_type == ast.ASTType.Variable:
            if n.name == "_" and anon is not None:
                fresh = f"{prefix}{len(anon)}"
                anon.append(fresh)
                return ast.Variable(n.location, fresh)
            if n.name in mapping:
                return ast.Variable(n.location, mapping[n.name])
            return n
        return n.update(**_children(n, _r))

    return _r(node)


def _anon_to_string(node):
    """`not r(X,_)` is recorded as r(X,"_"): the absent atom, any value in that place."""
    import clingo.ast as ast

    def _r(n):
        if n.ast_type == ast.ASTType.Variable and n.name == "_":
            return ast.SymbolicTerm(n.location, _string("_"))
        return n.update(**_children(n, _r))

    return _r(node)


def _string(s: str):
    import clingo

    return clingo.String(s)


_OPS = {0: ">", 1: "<", 2: "<=", 3: ">=", 4: "!=", 5: "="}


def body_needs(record_rule) -> list:
    """[name, arity, [[i, constant], ...]] of each positive body literal of a record rule: what its
    rule needs to apply (an atom of the predicate with, at each place i, the constant the literal
    writes there: a symbol, number or string; selection.py)."""
    import clingo.ast as ast

    out = []
    for lit in record_rule.body:
        if lit.ast_type != ast.ASTType.Literal or lit.sign != ast.Sign.NoSign \
                or lit.atom.ast_type != ast.ASTType.SymbolicAtom:
            continue
        sym = lit.atom.symbol
        if sym.ast_type != ast.ASTType.Function:
            continue
        arity = len(sym.arguments)
        consts = [[i, str(a)] for i, a in enumerate(sym.arguments) if a.ast_type == ast.ASTType.SymbolicTerm]
        out.append([sym.name, arity, consts])
    return out


def head_constants(rule) -> list:
    """[[i, constant], ...]: the places of a rule's head that hold a constant (a symbol, number or
    string), whatever its body; [] for a pooled head (its places may hold anything: selection.py
    reads [] so)."""
    import clingo.ast as ast

    head = rule.head
    if head.ast_type != ast.ASTType.Literal or head.atom.ast_type != ast.ASTType.SymbolicAtom:
        return []
    sym = head.atom.symbol
    if sym.ast_type != ast.ASTType.Function:
        return []
    return [[i, str(a)] for i, a in enumerate(sym.arguments) if a.ast_type == ast.ASTType.SymbolicTerm]


def trace_rule(rule, info: RuleInfo) -> list:
    """The record rule `_why_I(H, Vars, Pos, Neg, Cmp, Agg) :- B'.` of rule I, then one
    `_whyel_I(...)` rule per element of each body aggregate."""
    import clingo
    import clingo.ast as ast

    loc = rule.location

    def fn(name, args):
        return ast.Function(loc, name, list(args), False)

    def tup(args):
        return ast.Function(loc, "", list(args), False)

    def sym(value):
        return ast.SymbolicTerm(loc, value)

    body = []
    pos, neg, cmp, aggs = [], [], [], []
    agg_elements = []  # (k, elements, value variable) for _why_elem
    global_vars: list[str] = []
    anon_cmp: list = []
    for lit in rule.body:
        atom = lit.atom if lit.ast_type == ast.ASTType.Literal else None
        if lit.ast_type == ast.ASTType.ConditionalLiteral or atom is None:
            raise RuleFileError(f"{info.file}:{info.line}: conditional literals are not explained; use an aggregate")
        if atom.ast_type == ast.ASTType.SymbolicAtom:
            if lit.sign == ast.Sign.NoSign:
                renamed = rename(lit, {}, anon_cmp)
                body.append(renamed)
                pos.append(renamed.atom.symbol)
            else:
                body.append(lit)
                neg.append(_anon_to_string(atom.symbol))
        elif atom.ast_type == ast.ASTType.Comparison:
            lit = rename(lit, {}, anon_cmp)  # `S = d(_, M, D)`: each `_` gets a name
            atom = lit.atom
            body.append(lit)
            if len(atom.guards) != 1:
                raise RuleFileError(f"{info.file}:{info.line}: write chained comparisons as separate comparisons")
            g = atom.guards[0]
            op = _OPS[int(g.comparison)]
            if lit.sign != ast.Sign.NoSign:
                op = "not " + op
            cmp.append(tup([sym(clingo.String(op)), _bounds(atom.term), _bounds(g.term)]))
            info.comparisons.append(str(lit))
        elif atom.ast_type == ast.ASTType.BodyAggregate:
            if lit.sign != ast.Sign.NoSign:
                raise RuleFileError(f"{info.file}:{info.line}: negated aggregates are not explained; compare the value instead")
            k = len(aggs)
            value = ast.Variable(loc, f"Agg__{k}")
            function = ["count", "sum", "sum+", "min", "max"][int(atom.function)]
            bound = ast.BodyAggregate(loc, ast.Guard(ast.ComparisonOperator.Equal, value), atom.function, atom.elements, None)
            body.append(ast.Literal(loc, ast.Sign.NoSign, bound))
            for guard, left in ((atom.left_guard, True), (atom.right_guard, False)):
                if guard is None:
                    continue
                op = int(guard.comparison)
                # `T op #agg` (left guard) means T op Value
                comp = ast.Comparison(guard.term, [ast.Guard(guard.comparison, value)]) if left else ast.Comparison(value, [ast.Guard(guard.comparison, guard.term)])
                body.append(ast.Literal(loc, ast.Sign.NoSign, comp))
                if not (left and op == 5 and guard.term.ast_type == ast.ASTType.Variable):
                    a, b = (guard.term, value) if left else (value, guard.term)
                    cmp.append(tup([sym(clingo.String(_OPS[op])), a, b]))
                    info.comparisons.append(f"{guard.term} {_OPS[op]} #{function}" if left else f"#{function} {_OPS[op]} {guard.term}")
            aggs.append(tup([sym(clingo.Number(k)), sym(clingo.String(function)), value]))
            info.aggregates.append(str(atom))
            agg_elements.append((k, atom.elements))
        elif atom.ast_type == ast.ASTType.BooleanConstant:
            body.append(lit)
        else:
            raise RuleFileError(f"{info.file}:{info.line}: unsupported body element {lit}")

    head_sym = rule.head.atom.symbol
    # global variables: those of the head and of the body outside aggregate elements
    collector = _VarCollector()
    collector.visit(head_sym)
    for lit in body:
        a = lit.atom
        if a.ast_type == ast.ASTType.BodyAggregate:
            collector.visit(a.left_guard.term)
        else:
            collector.visit(a)
    global_vars = [v for v in collector.names if not v.startswith(("Anon__",))]
    info.variables = [v for v in global_vars if not v.startswith("Agg__")]
    vars_tuple = tup([ast.Variable(loc, v) for v in info.variables])

    why_head = fn(why_name(info.index), [head_sym, vars_tuple, tup(pos), tup(neg), tup(cmp), tup(aggs)])
    out = [ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(why_head)), body)]

    # _why_elem(I, K, J, Vars, Terms, Cond) :- B', Cond(renamed locals).
    for k, elements in agg_elements:
        for j, element in enumerate(elements):
            names = _VarCollector()
            for t in element.terms:
                names.visit(t)
            for c in element.condition:
                names.visit(c)
            local = {v: f"{v}__E{k}" for v in names.names if v not in global_vars}
            terms = [rename(t, local) for t in element.terms]
            cond_lits = [rename(c, local) for c in element.condition]
            cond_atoms = []
            extra = []
            element_anon: list = []
            for c in cond_lits:
                extra.append(c)
                if c.atom.ast_type == ast.ASTType.SymbolicAtom and c.sign == ast.Sign.NoSign:
                    # not the body's Anon__ names: an element's `_` is its own
                    c2 = rename(c, {}, element_anon, prefix=f"Anon__E{k}_")
                    extra[-1] = c2
                    cond_atoms.append(c2.atom.symbol)
            head = fn(why_elem_name(info.index), [sym(clingo.Number(k)), sym(clingo.Number(j)), vars_tuple, tup(terms), tup(cond_atoms)])
            out.append(ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(head)), body + extra))
    return out


def why_text(info: RuleInfo) -> str:
    """`info.why`: the derivation record rules of the rule, made again from its text when the
    program was read back from a cache, which does not hold them (a fifth of its size, read by every
    process; only the tests ask for them)."""
    if info.why:
        return info.why
    import clingo.ast as ast
    from dataclasses import replace

    nodes: list = []
    ast.parse_string(info.text, lambda n: nodes.append(n) if n.ast_type == ast.ASTType.Rule else None)
    return "\n".join(str(r) for r in trace_rule(nodes[0], replace(info)))


def number(n: int):
    import clingo

    return clingo.Number(n)
