"""Explanation trees, built on demand from the derivation records of a traced solve.

A derived node says which rule (provision id, French quote) derived the
conclusion, with which variable values, from which facts and sub-conclusions,
which aggregate values and comparisons held, and which atoms it relied on being
absent ("unless"). Facts point to their file and line. Auxiliary rules (calendar
helpers, renamings) are looked through: their reasons are lifted into the node
that used them. The same mechanism serves every rule: nothing here knows any
predicate of the law.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

from .symbols import render_atom, render_term

DEFAULT_MAX_ELEMENTS = 25


@dataclass
class FactNode:
    fact: str
    line: int
    file: str

    def as_dict(self) -> dict:
        return {"fact": self.fact, "line": self.line, "file": self.file}


@dataclass
class DerivedNode:
    conclusion: str
    provisions: list[str]
    quote: str
    rule: str  # file:line of the rule
    because: list["Node"] = field(default_factory=list)
    unless: list[str] = field(default_factory=list)
    computed: list[str] = field(default_factory=list)  # aggregate values and comparisons
    values: dict = field(default_factory=dict)
    note: Optional[str] = None

    @property
    def provision(self) -> str:
        return self.provisions[0] if self.provisions else ""

    def _repr_html_(self) -> str:
        """Rich display in a notebook (gcs_reasoner/rich.py)."""
        from .rich import tree_html

        return tree_html(self)

    def as_dict(self) -> dict:
        cached = self.__dict__.get("_dict")
        if cached is not None:  # shared sub-trees are converted once
            return cached
        d = {
            "conclusion": self.conclusion,
            "provision": self.provision,
            "quote": self.quote or "(auxiliary rule)",
            "because": [b.as_dict() for b in self.because],
        }
        if self.unless:
            d["unless"] = self.unless
        if len(self.provisions) > 1:
            d["provisions"] = self.provisions
        if self.computed:
            d["computed"] = self.computed
        if self.values:
            d["values"] = self.values
        d["rule"] = self.rule
        if self.note:
            d["note"] = self.note
        self.__dict__["_dict"] = d
        return d



Node = Union[FactNode, DerivedNode]


def build(result, symbol, max_elements: Optional[int] = DEFAULT_MAX_ELEMENTS, builder=None) -> DerivedNode:
    """The explanation tree of one derived atom of `result`."""
    builder = builder or _Builder(result, max_elements)
    node = builder.derived(symbol, ())
    if not isinstance(node, DerivedNode):
        raise KeyError(render_atom(symbol))
    if not node.provisions and node.rule:
        node = _lift(node)
    return node


def build_all(result, symbols, max_elements: Optional[int] = DEFAULT_MAX_ELEMENTS) -> list:
    """The trees of several atoms, sharing the nodes they have in common."""
    builder = _Builder(result, max_elements)
    return [build(result, s, max_elements, builder) for s in symbols]


def _lift(node: DerivedNode) -> DerivedNode:
    """A conclusion drawn by an auxiliary rule from one legal conclusion takes that
    conclusion's provision, quote and reasons (as auxiliary rules are looked through)."""
    legal = [b for b in node.because if isinstance(b, DerivedNode) and b.provisions]
    if len(legal) != 1:
        return node
    inner = legal[0]
    rest = [b for b in node.because if b is not inner]
    return DerivedNode(
        conclusion=node.conclusion,
        provisions=list(inner.provisions),
        quote=inner.quote,
        rule=inner.rule,
        because=list(inner.because) + rest,
        unless=inner.unless + [u for u in node.unless if u not in inner.unless],
        computed=inner.computed + [c for c in node.computed if c not in inner.computed],
        values=inner.values,
        note=f"via {inner.conclusion}",
    )


class _Builder:
    def __init__(self, result, max_elements):
        self.result = result
        self.trace = result.trace
        self.program = result.program
        self.origins = result.facts.origins()
        self.max_elements = max_elements
        self.memo: dict = {}

    def node(self, sym, ancestors) -> Node:
        key = str(sym)
        origin = self.origins.get(key)
        if origin is not None:
            return FactNode(render_atom(sym), origin.line, origin.file)
        repeated = self.result.facts.rounds.get(key)
        if repeated is not None:  # a conclusion of the previous round: explain that conclusion
            import clingo

            return self.derived(clingo.parse_term(repeated), ancestors)
        return self.derived(sym, ancestors)

    def derived(self, sym, ancestors) -> Node:
        if sym in self.memo:
            return self.memo[sym]
        candidates = self.trace.derivations(sym)
        chosen = None
        for w in candidates:
            body = list(w.arguments[3].arguments)
            if not any(b in ancestors for b in body):
                chosen = w
                break
        if chosen is None:
            text = render_atom(sym)
            return DerivedNode(text, [], "", "", note="no derivation recorded" if not candidates else "circular")
        node = self._from_record(sym, chosen, ancestors + (sym,))
        self.memo[sym] = node
        return node

    def _from_record(self, sym, w, ancestors) -> DerivedNode:
        idx, _head, values, pos, neg, cmps, aggs = w.arguments
        rule = self.program.rule(idx.number)
        node = DerivedNode(
            conclusion=render_atom(sym),
            provisions=list(rule.provisions),
            quote=rule.quote,
            rule=f"{rule.file}:{rule.line}",
        )
        node.values = {name: render_term(v) for name, v in zip(rule.variables, values.arguments)}
        for p in pos.arguments:
            self._add(node, self.node(p, ancestors))
        for k, agg in enumerate(aggs.arguments):
            _, function, value = agg.arguments
            text = rule.aggregates[k] if k < len(rule.aggregates) else f"#{function.string}"
            node.computed.append(f"{text}: value {render_term(value)}")
            elems = self.trace.elements(idx.number, k, values)
            shown = elems if self.max_elements is None else elems[: self.max_elements]
            for e in shown:
                for c in e.arguments[5].arguments:
                    self._add(node, self.node(c, ancestors))
            if len(shown) < len(elems):
                node.computed.append(f"... {len(elems) - len(shown)} more elements of {text} not listed")
        for i, c in enumerate(cmps.arguments):
            op, left, right = c.arguments
            text = f"{render_term(left)} {op.string} {render_term(right)}"
            source = rule.comparisons[i] if i < len(rule.comparisons) else ""
            if source and "".join(source.split()) != "".join(text.split()):
                text += f"   ({source})"
            node.computed.append(text)
        node.unless = [f"not {render_atom(n)}" for n in neg.arguments]
        return node

    def _add(self, node: DerivedNode, child: Node) -> None:
        """Attach child; an auxiliary rule's reasons go straight into the node using it."""
        if isinstance(child, DerivedNode) and child.rule and self._auxiliary(child):
            for b in child.because:
                self._add(node, b)
            for c in child.computed:
                if c not in node.computed:
                    node.computed.append(c)
            for u in child.unless:
                if u not in node.unless:
                    node.unless.append(u)
            return
        key = (child.fact, child.line) if isinstance(child, FactNode) else child.conclusion
        seen = node.__dict__.setdefault("_keys", set())
        if key in seen:
            return
        seen.add(key)
        node.because.append(child)

    def _auxiliary(self, node: DerivedNode) -> bool:
        return not node.provisions


# --- text rendering ------------------------------------------------------------------


def render_text(node: DerivedNode, law_text=None, width: int = 100) -> str:
    """The tree for a terminal: each derived node with its provision and quote."""
    lines: list[str] = []
    shown: set[str] = set()  # a conclusion explained once is not explained again

    def walk(n: Node, prefix: str, last: bool, top: bool = False):
        branch = "" if top else ("└─ " if last else "├─ ")
        if isinstance(n, FactNode):
            lines.append(f"{prefix}{branch}{n.fact}  ← {n.file} line {n.line}")
            return
        head = n.conclusion
        if n.provisions:
            head += f"  [{', '.join(n.provisions)}]"
        if n.conclusion in shown and n.because:
            lines.append(f"{prefix}{branch}{head}  (explained above)")
            return
        shown.add(n.conclusion)
        lines.append(f"{prefix}{branch}{head}")
        child_prefix = prefix + ("" if top else ("   " if last else "│  "))
        if n.quote:
            lines.append(f"{child_prefix}« {n.quote} »")
        if n.note:
            lines.append(f"{child_prefix}({n.note})")
        items: list = list(n.because)
        extra = [f"✓ {c}" for c in n.computed] + [f"✓ {u}: absent" for u in n.unless]
        total = len(items) + len(extra)
        for i, b in enumerate(items):
            walk(b, child_prefix, i == total - 1)
        for j, e in enumerate(extra):
            last_e = len(items) + j == total - 1
            lines.append(f"{child_prefix}{'└─ ' if last_e else '├─ '}{e}")

    walk(node, "", True, top=True)
    return "\n".join(lines)
