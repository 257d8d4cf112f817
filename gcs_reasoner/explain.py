"""Explanation trees, built on demand from the derivation records of a traced solve.

A derived node says which rule (provision id, French quote) derived the
conclusion, with which variable values, from which facts and sub-conclusions,
which aggregate values and comparisons held, and which atoms it relied on being
absent ("unless"). Facts point to their file and line. Auxiliary rules (calendar
helpers, renamings) are looked through: their reasons are lifted into the node
that used them (the legal step they serve), and the auxiliary steps are kept
aside (`steps`, shown with `--detail`). An auxiliary rule that totals, counts
or takes the first of several atoms (an aggregate: the rights of all the
members, the members present) is the exception: its step stays a node of its
own (a total step, without provision: the node that uses it cites the
provision), so that every conclusion using the same total points to one node
instead of listing all its elements again (each vote share of a 30-member
file listed the 30 members). The text in force (`in_force/3`, from
the inventory's periods) is kept as such (`texts`), not as the calendar facts
and comparisons it is computed from. The same mechanism serves every rule:
nothing here knows any predicate of the law.

The tree keeps the raw detail (rule location, variable values, raw atoms);
`render/words.py` turns it into sentences (French or English) for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import AbstractSet, Optional, Sequence, Union

from .versions import applied_citation, applied_provisions, in_force_on, text_of, undecided
from .symbols import args, is_date, key, name as symbol_name, render_atom, render_term, spell, text as symbol_text

DEFAULT_MAX_ELEMENTS = 25
IN_FORCE = ("in_force", 3)  # the text in force on a date (rules/time/in_force.lp)
IN_FORCE_HEAD = "in_force/3"
IN_FORCE_HEADS = ("in_force/3", "in_force_id/2")  # the text in force, by article version or by provision


@dataclass(slots=True)  # (slots: a large file's trees hold hundreds of thousands of nodes)
class FactNode:
    fact: str
    line: int
    file: str
    symbol: object = field(default=None, repr=False, compare=False)

    def as_dict(self, words=None) -> dict:
        d = {"fact": self.fact, "line": self.line, "file": self.file}
        if words is not None:
            statement = words[0].statement(self)
            if statement:
                d["statement"] = statement
        return d


@dataclass
class Comparison:
    """A comparison of a rule body, with its values (`op` may be `not <`...)."""

    op: str
    left: object
    right: object
    source: str  # the comparison as written in the rule (variables)
    values: dict  # variable -> symbol, of the rule that holds it
    via: Optional[str] = None  # "in_force": part of the computation of the text in force
    say: Optional[tuple] = None  # (French, English): the comparison's sentence (RuleInfo.comparison_says)

    @property
    def raw(self) -> str:
        text = f"{render_term(self.left)} {self.op} {render_term(self.right)}"
        if self.source and "".join(self.source.split()) != "".join(text.split()):
            text += f"   ({self.source})"
        return text


@dataclass
class Aggregate:
    """A count, sum, min or max of a rule body, its value and the elements that made it."""

    function: str
    value: object
    text: str  # the aggregate as written in the rule
    elements: list  # [(terms, condition atoms)] of the elements listed
    more: int = 0  # elements not listed (max_elements)
    via: Optional[str] = None

    @property
    def raw(self) -> list[str]:
        out = [f"{self.text}: value {render_term(self.value)}"]
        if self.more:
            out.append(f"... {self.more} more elements of {self.text} not listed")
        return out


@dataclass(frozen=True)
class TextInForce:
    """`in_force(Article, Version, On)`: the version of the article applied on a date (negated: not in force)."""

    article: str
    version: str
    on: object
    negated: bool = False


@dataclass(slots=True)  # (slots: a large file's trees hold hundreds of thousands of nodes)
class DerivedNode:
    """A derived atom's node. The sequences most nodes leave empty are, while empty, one shared
    empty tuple, not a list each (a 30,000-member file's trees have 180,000 nodes): the builder
    (_Builder) makes a list of one when it first adds to it."""

    conclusion: str  # the contract's spelling (symbols.spell)
    provisions: Sequence[str]
    quote: str
    rule: str  # file:line of the rule
    because: list["Node"] = field(default_factory=list)
    unless: list[str] = field(default_factory=list)  # `not ATOM` of every rule used (own and auxiliary)
    computed: Sequence[str] = ()  # aggregate values and comparisons (raw text)
    note: Optional[str] = None
    symbol: object = field(default=None, repr=False, compare=False)
    comparisons: Sequence = field(default=(), repr=False)  # [Comparison]
    aggregates: Sequence = field(default=(), repr=False)  # [Aggregate]
    negations: list = field(default_factory=list, repr=False)  # the atoms of `unless`, as symbols
    texts: Sequence = field(default=(), repr=False)  # [TextInForce]
    steps: Sequence = field(default=(), repr=False)  # auxiliary nodes folded into this one
    own: list = field(default_factory=list, repr=False)  # the _why record of the node's own rule
    parts: Sequence = field(default=(), repr=False)  # a lifted node: the nodes it was made of
    hidden: AbstractSet = field(default=frozenset(), repr=False)  # keys of `because` only there for the text in force
    not_in_folder: Sequence = ()  # texts the rule rests on that the folder lacks (not applied)
    # what making the node needs and then drops (_Builder: what was lifted, the absent atoms and the
    # children met), the predicate of its rule's head, its kept dict (as_dict) and its result (the words)
    _seen: Optional[set] = field(default=None, init=False, repr=False, compare=False)
    _negs: Optional[set] = field(default=None, init=False, repr=False, compare=False)
    _keys: Optional[set] = field(default=None, init=False, repr=False, compare=False)
    _head: Optional[str] = field(default=None, init=False, repr=False, compare=False)
    # an auxiliary step whose reasons go into the node using it (_Builder._add), told once per node
    _folded: bool = field(default=False, init=False, repr=False, compare=False)
    _dict: Optional[tuple] = field(default=None, init=False, repr=False, compare=False)
    _bound: Optional[dict] = field(default=None, init=False, repr=False, compare=False)
    _result: object = field(default=None, init=False, repr=False, compare=False)

    @property
    def bound(self) -> dict:
        """The rule's variables and their values (clingo terms), read from the node's record when
        first asked (most nodes are never asked: `--detail`, the words of a comparison)."""
        b = self._bound
        if b is None:
            if self.parts:  # a lifted node: its legal step's
                b = self.parts[0].bound
            else:
                b = self.own[0].bound() if self.own else {}
            self._bound = b
        return b

    @property
    def values(self) -> dict:
        """The rule's variables and their values, as clingo writes them (`--detail`): made when
        asked, not for every node."""
        return {name: render_term(v) for name, v in self.bound.items()}

    @property
    def provision(self) -> str:
        return self.provisions[0] if self.provisions else ""

    def _repr_html_(self) -> str:
        """Rich display in a notebook (gcs_reasoner/rich.py)."""
        from .rich import tree_html

        return tree_html(self)

    def text(self, lang: str = "fr", detail: bool = False) -> str:
        """The tree in words, for a terminal (render/text.py: `gcs-reasoner explain`'s)."""
        from .render.text import tree

        return tree(self, lang=lang, detail=detail)

    @property
    def records(self) -> list:
        """The derivation records (`_why`) of the rules used: the node's own, then those of the
        auxiliary steps folded into it, depth first (the order of `unless`)."""
        if self.parts:
            return [r for p in self.parts for r in p.records]
        return self.own + [r for s in self.steps for r in s.records]

    @property
    def atom(self) -> str:
        """The atom as clingo writes it (`avenant(av1)`), for engineers."""
        return render_atom(self.symbol) if self.symbol is not None else self.conclusion

    def as_dict(self, words=None, deep: bool = True, detail: bool = False) -> dict:
        """The JSON trace node. `words` ((French, English) render.words.Words) adds the
        sentences; the raw detail (rule, atom, computed, unless) stays in fields of its own.
        As in the words of every renderer, what only makes the text in force (the inventory's
        facts, the comparisons of its dates) is summed up by `texts`; `detail` adds it back, with
        the auxiliary steps (`steps`) and the variables' values (`values`).
        `deep=False`: the node's own fields only (`because` empty: render.json_out fills it)."""
        key = (id(words), deep, detail)
        cached = self._dict
        if cached is not None and cached[0] == key:  # shared sub-trees are converted once
            return cached[1]
        d = self.fields(words, deep, detail)
        self._dict = (key, d)
        return d

    def fields(self, words=None, deep: bool = True, detail: bool = False) -> dict:
        """`as_dict`, made anew at each call, not kept (render.json_out's node table writes each
        node once, and changes what it is given)."""
        d = {
            "conclusion": self.conclusion,
            "provision": self.provision,
            "quote": self.quote or "(auxiliary rule)",
            "because": [b.as_dict(words) if isinstance(b, FactNode) else b.as_dict(words, detail=detail)
                        for b in shown_because(self, detail)] if deep else [],
        }
        if words is not None:
            d["sentence"] = {w.lang: w.sentence(self.symbol, self.rule or None) if self.symbol is not None else self.conclusion
                             for w in words}
            d["provision_text"] = {w.lang: w.provisions(self.provisions) for w in words}
            if self.texts:
                d["texts"] = [words[0].text_dict(t, words) for t in self.texts]
            d["words"] = {w.lang: w.node_lines(self) for w in words}
        if self.unless:
            d["unless"] = self.unless
        if self.not_in_folder:
            d["not_in_folder"] = self.not_in_folder
        if len(self.provisions) > 1:
            d["provisions"] = self.provisions
        computed = self.computed if detail else shown_computed(self)
        if computed:
            d["computed"] = computed
        if detail and self.bound:
            d["values"] = self.values
        d["rule"] = self.rule
        if self.symbol is not None:
            d["atom"] = self.atom
        if self.steps and detail:
            d["steps"] = [{"atom": s.atom, "rule": s.rule} for s in self.steps]
        if self.note:
            d["note"] = self.note
        return d


Node = Union[FactNode, DerivedNode]

def shown_because(node, detail: bool = False) -> list:
    """The children of a node a reader is shown: what only makes the text in force (the
    inventory's facts, the dates it is judged on: `node.hidden`, as the words leave them out)
    is summed up by the node's `texts`."""
    if detail:
        return node.because
    return [b for b in node.because if _key(b) not in node.hidden]


def shown_computed(node) -> list[str]:
    """The values a reader is shown: each aggregate's and each comparison's, but those of the
    dates of the text in force (summed up by `texts`)."""
    out: list[str] = []
    for a in node.aggregates:
        if not a.via:
            out.extend(x for x in a.raw if x not in out)
    for c in node.comparisons:
        if not c.via and c.raw not in out:
            out.append(c.raw)
    return out


def build(result, symbol, max_elements: Optional[int] = DEFAULT_MAX_ELEMENTS, builder=None) -> DerivedNode:
    """The explanation tree of one derived atom of `result`."""
    builder = builder or _Builder(result, max_elements)
    node = builder.derived(symbol, frozenset())
    if not isinstance(node, DerivedNode):
        raise KeyError(render_atom(symbol))
    if not node.provisions and node.rule:
        node = _lift(node)
    node._result = result  # for the words of its text (render/text.py: names, sentences)
    return node


def build_all(result, symbols, max_elements: Optional[int] = DEFAULT_MAX_ELEMENTS) -> list:
    """The trees of several atoms, sharing the nodes they have in common (and with the trees
    `result.explain` gives: one builder per result)."""
    from .collector import paused

    builder = result._builder(max_elements) if hasattr(result, "_builder") else _Builder(result, max_elements)
    with paused():
        return [build(result, s, max_elements, builder) for s in symbols]


def _merge(items, more) -> list:
    return [*items, *[x for x in more if x not in items]]


def _lift(node: DerivedNode) -> DerivedNode:
    """A conclusion drawn by an auxiliary rule from one legal conclusion takes that
    conclusion's provision, quote and reasons (as auxiliary rules are looked through)."""
    legal = [b for b in node.because if isinstance(b, DerivedNode) and b.provisions]
    if len(legal) != 1:
        return node
    inner = legal[0]
    rest = [b for b in node.because if b is not inner]
    unless = _merge(inner.unless, node.unless)
    negations = [n for n in _merge(inner.negations, node.negations)]
    return DerivedNode(
        conclusion=node.conclusion,
        provisions=list(inner.provisions),
        quote=inner.quote,
        rule=inner.rule,
        because=list(inner.because) + rest,
        unless=unless,
        computed=_merge(inner.computed, node.computed),
        note=f"via {inner.conclusion}",
        symbol=node.symbol,
        comparisons=[*inner.comparisons, *[c for c in node.comparisons if c not in inner.comparisons]],
        aggregates=[*inner.aggregates, *[a for a in node.aggregates if a not in inner.aggregates]],
        negations=negations,
        texts=_merge(inner.texts, node.texts),
        steps=[*inner.steps, *node.steps],
        parts=[inner, node],
        hidden=(inner.hidden | node.hidden),
    )


def _seen(node: DerivedNode) -> set:
    """What was already added to a node being made (_Builder): lifted ids and texts, comparisons."""
    seen = node._seen
    if seen is None:
        seen = node._seen = set()
    return seen


def _list(node: DerivedNode, name: str) -> list:
    """The node's sequence `name` to add to: made a list of its own at the first addition (while
    empty, it is the shared empty tuple: DerivedNode)."""
    found = getattr(node, name)
    if found.__class__ is tuple:
        found = []
        setattr(node, name, found)
    return found


def _is_total(node) -> bool:
    """A node of an auxiliary rule whose aggregate ranges over atoms (a total, a count, a first
    date): not a calendar helper's `#min { D; L }`."""
    return isinstance(node, DerivedNode) and bool(node.rule) and not node.provisions \
        and any(conds for a in node.aggregates for _terms, conds in a.elements)


# the sequences of a DerivedNode that may be a list of its own (_Builder._narrowed copies them)
_LISTS = ("because", "unless", "computed", "comparisons", "aggregates", "negations", "texts", "steps", "own", "parts",
          "not_in_folder")


def _applied_by(nodes) -> tuple:
    """The texts (article, version) the nodes applied (their texts in force, their provisions), and the
    dates they were found in force on."""
    texts, dates = set(), set()
    for n in nodes:
        for x in n.texts:
            if not x.negated:
                texts.add((x.article, x.version))
                if is_date(x.on):
                    dates.add(date(*(a.number for a in x.on.arguments)))
        texts.update(t for t in map(text_of, n.provisions) if t is not None)
    return frozenset(texts), frozenset(dates)


def _key(child: Node):
    return ("fact", child.fact, child.line) if isinstance(child, FactNode) else ("derived", child.conclusion)


_NOT_STATED = (None, None)


class _Builder:
    def __init__(self, result, max_elements):
        self.result = result
        self.trace = result.trace
        self.program = result.program
        self.origins = result.facts.origins()
        self.max_elements = max_elements
        self.memo: dict = {}
        self.narrowed: dict = {}  # (id(node), texts applied above it) -> (its copy citing those versions, node)
        self.absent: dict = {}  # key(atom) -> "not ATOM", the text of an absence (_negation)
        self.stated: dict = {}  # key(symbol) -> (its FactNode if the file states it, the earlier round's conclusion)
        # the names of the atoms the facts state (an earlier round's included), as clingo keeps them:
        # an atom of another name is neither, and its text is not asked of clingo
        from .clingo_reps import name_test

        facts = result.facts
        self.stated_names = {n.lstrip("-").encode() for n in facts.names()} \
            | {t.partition("(")[0].lstrip("-").encode() for t in facts.rounds}
        self._named_as_stated = name_test(self.stated_names)
        # the demand predicates (RuleInfo.demand: the rule only says on which days a question is asked), the
        # places of each rule's positive conditions that are of one (_demand_places), the steps made of them
        self.demand = self.program.demand_predicates
        self._demand_of_rule: dict = {}
        self._demand_steps: dict = {}

    def _is_demand(self, sym) -> bool:
        return (symbol_name(sym), len(args(sym))) in self.demand

    def _demand_places(self, index: int) -> tuple:
        """For each positive condition of rule `index`, whether it is of a demand predicate (None: its
        predicate is known from its value only), read once per rule from its record's shape."""
        found = self._demand_of_rule.get(index)
        if found is None:
            from .records import shape_of

            out = []
            for t in shape_of(self.program.rule(index)).pos:
                if t.__class__ is list:
                    out.append((t[0], len(t[1])) in self.demand)
                else:
                    out.append(None)
            found = self._demand_of_rule[index] = tuple(out) if any(x is not False for x in out) else ()
        return found

    def _demand_step(self, node: "DerivedNode", sym) -> None:
        """A condition of a demand predicate: no reason of the node (its own conditions say on which days
        a question is asked, not a condition of the law the node applies); kept among the node's steps
        (`--detail`), without its reasons."""
        k = key(sym)
        step = self._demand_steps.get(k)
        if step is None:
            found = self.trace.derivations(sym)
            where = ""
            if found:
                rule = self.program.rule(found[0].rule)
                where = f"{rule.file}:{rule.line}"
            step = self._demand_steps[k] = DerivedNode(spell(sym), (), "", where, note="demand", symbol=sym)
        steps = _list(node, "steps")
        if not any(x is step for x in steps):
            steps.append(step)

    def node(self, sym, ancestors) -> Node:
        k = key(sym)
        stated = self.stated.get(k)
        if stated is None:  # the symbol's text, read from clingo once per symbol, if its name is stated
            if self._named_as_stated(k):
                text = symbol_text(sym)
                origin = self.origins.get(text)
                # a fact's node made once, and shared by every node resting on the fact (nothing changes it)
                fact = FactNode(render_atom(sym), origin.line, origin.file, sym) if origin is not None else None
                stated = self.stated[k] = (fact, self.result.facts.rounds.get(text))
            else:
                stated = self.stated[k] = _NOT_STATED
        fact, repeated = stated
        if fact is not None:
            return fact
        if repeated is not None:  # a conclusion of the previous round: explain that conclusion
            import clingo

            return self.derived(clingo.parse_term(repeated), ancestors)
        return self.derived(sym, ancestors)

    def derived(self, sym, ancestors) -> Node:
        """The node of a derived atom; `ancestors`: the keys (symbols.key) of the atoms above it."""
        k = key(sym)
        found = self.memo.get(k)
        if found is not None:
            return found
        candidates = self.trace.derivations(sym)
        chosen = None
        for w in candidates:
            if not any(key(b) in ancestors for b in w.pos):
                chosen = w
                break
        if chosen is None:
            return DerivedNode(spell(sym), [], "", "", note="no derivation recorded" if not candidates else "circular",
                               symbol=sym)
        node = self._from_record(sym, chosen, ancestors | {k})
        node._seen = node._negs = node._keys = None  # what making the node needed: it is made
        node._folded = not node.provisions and not _is_total(node)  # (node.rule is set: a record made it)
        self.memo[k] = node
        return node

    def _from_record(self, sym, w, ancestors) -> DerivedNode:
        rule = self.program.rule(w.rule)
        node = DerivedNode(
            conclusion=spell(sym),
            provisions=list(rule.provisions) if rule.provisions else (),
            quote=rule.quote,
            rule=f"{rule.file}:{rule.line}",
            symbol=sym,
        )
        node.own.append(w)
        node._head = rule.head
        if rule.not_in_folder:
            node.not_in_folder = list(rule.not_in_folder)
        values = w.values
        # the rule's own negative literals first, then those of the auxiliary steps it uses
        for n in w.neg:
            self._negation(node, n)
        demand = self._demand_places(w.rule) if self.demand else ()
        for i, p in enumerate(w.pos):
            if demand and (demand[i] or (demand[i] is None and self._is_demand(p))):
                self._demand_step(node, p)
            else:
                self._add(node, self.node(p, ancestors))
        for k, function, value in w.aggs:
            text = rule.aggregates[k] if k < len(rule.aggregates) else f"#{function}"
            elems = self.trace.elements(w.rule, k, values)
            shown = elems if self.max_elements is None else elems[: self.max_elements]
            elements = [(tuple(args(r[4])), tuple(args(r[5]))) for r in (e.arguments for e in shown)]
            a = Aggregate(function, value, text, elements, len(elems) - len(shown))
            _list(node, "aggregates").append(a)
            _seen(node).add(id(a))
            _list(node, "computed").extend(a.raw[:1])
            for _terms, conds in elements:
                for c in conds:
                    if self.demand and self._is_demand(c):
                        self._demand_step(node, c)
                    else:
                        self._add(node, self.node(c, ancestors))
            node.computed.extend(a.raw[1:])
        cmps = w.cmps
        if cmps:
            bound = node._bound = dict(zip(rule.variables, values))
            says = {i: (fr, en) for i, fr, en in rule.comparison_says} if rule.comparison_says else {}
        for i, (op, left, right) in enumerate(cmps):
            source = rule.comparisons[i] if i < len(rule.comparisons) else ""
            cmp = Comparison(op, left, right, source, bound, say=says.get(i) if says else None)
            seen = _seen(node)
            key = (cmp.op, left._rep, right._rep, source, False)  # reps: no hashing through clingo
            if key not in seen:
                seen.add(key)
                _list(node, "comparisons").append(cmp)
            if ("computed", cmp.raw) not in seen:
                seen.add(("computed", cmp.raw))
                _list(node, "computed").append(cmp.raw)
        if len(node.provisions) > 1:  # a rule reused by later versions (same_as): the version applied
            texts = [*node.texts, *[t for b in node.because if _is_total(b) for t in b.texts]]
            own = {(x.article, x.version) for x in texts if not x.negated}
            provisions = applied_provisions(node.provisions, own)
            # texts of two dates each applied here (the text of an election and that of the as-of date) are both
            # its texts; else, no text in force of its own: the versions its legal reasons applied
            if undecided(provisions) and not all(text_of(p) in own for p in provisions):
                provisions = applied_provisions(provisions, _applied_by(b for b in node.because
                                                                        if b.__class__ is DerivedNode)[0])
            # (the quote under a provision whose text holds it: that provision first)
            node.provisions, node.quote = applied_citation(provisions, rule.provisions, rule.quote)
        if rule.nota_texts:  # a version applied whose NOTA refers to a text not in the folder (RuleInfo.nota_texts)
            resting = [t for t, noted in rule.nota_texts.items() if any(p in node.provisions for p in noted)]
            if resting:
                node.not_in_folder = list(dict.fromkeys([*(node.not_in_folder or ()), *resting]))
        self._narrow_reasons(node)
        return node

    def _narrow_reasons(self, node: DerivedNode) -> None:
        """A legal reason whose rule cites several versions of one provision, none of which its own
        derivation chose (no text in force of its own, none below it), cites the version(s) the node
        it serves applied: that node's texts in force and provisions (a copy of the reason: it may
        serve nodes of other dates)."""
        because = node.because
        context = None
        for i, b in enumerate(because):
            if b.__class__ is DerivedNode and len(b.provisions) > 1 and undecided(b.provisions) \
                    and not _texts_applied_cover(b):
                if context is None:
                    context = _applied_by([node])
                narrowed = self._narrowed(b, context)
                if narrowed is not b:
                    because[i] = narrowed

    def _narrowed(self, node: DerivedNode, context: tuple) -> DerivedNode:
        k = (id(node), context)
        found = self.narrowed.get(k)
        if found is None:
            texts, dates = context
            provisions = applied_provisions(node.provisions, texts)
            if dates and undecided(provisions):  # (no version applied above: those in force on its dates)
                provisions = in_force_on(provisions, dates)
            if provisions == list(node.provisions):
                found = node
            else:
                from dataclasses import replace

                # (each list of its own: a reason added to one node must not appear in the other)
                lists = {f: list(getattr(node, f)) for f in _LISTS if getattr(node, f).__class__ is list}
                provisions, quote = applied_citation(provisions, node.provisions, node.quote)
                found = replace(node, **lists, provisions=provisions, quote=quote)
                if node.hidden:
                    found.hidden = set(node.hidden)
                self._narrow_reasons(found)
            self.narrowed[k] = (found, node)  # (the original kept alive: its id is the key)
            return found
        return found[0]

    def _negation(self, node: DerivedNode, atom) -> None:
        seen = node._negs
        if seen is None:
            seen = node._negs = set()
        k = key(atom)
        if k not in seen:
            seen.add(k)
            text = self.absent.get(k)
            if text is None:  # (written once per atom: the same absences recur in thousands of nodes)
                text = self.absent[k] = f"not {render_atom(atom)}"
            node.unless.append(text)
            node.negations.append(atom)

    def _add(self, node: DerivedNode, child: Node, via: Optional[str] = None) -> None:
        """Attach child; an auxiliary rule's reasons go straight into the node using it, but those
        of a total (`_is_total`), which stays a node."""
        if child.__class__ is DerivedNode and child._folded:
            in_force = child._head in IN_FORCE_HEADS
            inner_via = via or ("in_force" if in_force else None)
            seen = _seen(node)  # what was lifted already (ids, texts)
            # (each of the node's sequences made a list when first added to: DerivedNode)
            texts = node.texts
            if child._head == IN_FORCE_HEAD:
                a, v, on = args(child.symbol)
                text = TextInForce(a.string, v.string, on)
                if text not in seen:
                    seen.add(text)
                    if texts.__class__ is tuple:
                        texts = node.texts = []
                    texts.append(text)
            for t in child.texts:
                if t not in seen:
                    seen.add(t)
                    if texts.__class__ is tuple:
                        texts = node.texts = []
                    texts.append(t)
            for b in child.because:
                self._add(node, b, inner_via or ("in_force" if child.hidden and _key(b) in child.hidden else None))
            for c in child.comparisons:
                key = (c.op, c.left._rep, c.right._rep, c.source, bool(inner_via or c.via))
                if key not in seen:
                    seen.add(key)
                    _list(node, "comparisons").append(c if not inner_via or c.via else
                                                      Comparison(c.op, c.left, c.right, c.source, c.values, inner_via,
                                                                 c.say))
            for agg in child.aggregates:
                if id(agg) not in seen:
                    seen.add(id(agg))
                    _list(node, "aggregates").append(agg)
            computed = node.computed
            for c in child.computed:
                if ("computed", c) not in seen:
                    seen.add(("computed", c))
                    if computed.__class__ is tuple:
                        computed = node.computed = []
                    computed.append(c)
            for n in child.negations:
                self._negation(node, n)
            _list(node, "steps").append(child)
            return
        key = _key(child)
        seen = node._keys
        if seen is None:
            seen = node._keys = set()
        if key in seen:
            if via is None and node.hidden:
                node.hidden.discard(key)
            return
        seen.add(key)
        if via:
            if not node.hidden:
                node.hidden = set()
            node.hidden.add(key)
        node.because.append(child)


def _texts_applied_cover(node: DerivedNode) -> bool:
    """Each provision the node cites is of a text in force it applied itself (texts of two dates: that
    of an election and that of the as-of date): its versions are chosen, not narrowed by the node it serves."""
    own = {(x.article, x.version) for x in node.texts if not x.negated}
    return bool(own) and all(text_of(p) in own for p in node.provisions)
