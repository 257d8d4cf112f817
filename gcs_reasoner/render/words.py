"""Explanations in words, French or English: the template layer of every renderer.

The sentence of an atom comes from the `% say` blocks of the rules
(gcs_reasoner/sentences.py); this module writes the rest of a tree in words,
with a few generic templates and no knowledge of the law's predicates:

- a provision: « L6133-1, version du 11 août 2004, al. 5 »;
- the text in force (`in_force/3`, from the inventory's periods): « Texte
  applicable le 3 septembre 2007 : R6133-5 (version en vigueur du 1er janvier
  2006 au 25 juillet 2010) »;
- a fact: the statement of the scenario file, with its file and line;
- a count or a sum: its value and the members counted;
- a computed date: its value and how it was computed (the calendar functions
  of the rules, `@first_year_end`...);
- a comparison: in words, the values written out; a tautology (`X = X` that
  only binds a variable) is left out, and so is an identity or a difference of
  terms of the rules' own vocabulary (`R != single_member`: how a rule picks its
  case), unless the rule gives the comparison a sentence (`% say (M, N) != (1, 1)`);
- a negated condition: the sentence of the absent atom, negated (« Il n'est
  pas établi que : ... »), or « Le fichier n'indique pas : ... » for a fact
  of the file.

`Words.view(node)` turns an explanation tree (explain.DerivedNode) into
`Item`s that the text, Markdown and HTML renderers lay out. With `detail`,
the raw material follows each node: atom, rule, variable values, auxiliary
steps, calendar facts and raw comparisons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..scenario import source_lines
from .expressions import Expr, Unknown
from .phrases import LANGS, T, date_words, provision_label, text_period

NEGATED_OP = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "="}
_OP_SPLIT = re.compile(r"\s(<=|>=|!=|<|>|=)\s")
_CALL = re.compile(r"^@([a-z_][A-Za-z0-9_]*)\((.*)\)$")
_VAR = re.compile(r"(?<![A-Za-z0-9_\"])([A-Z][A-Za-z0-9_]*)(?![A-Za-z0-9_(])")
_SIMPLE = re.compile(r"^(?:[A-Z][A-Za-z0-9_]*|-?\d+|[a-z][A-Za-z0-9_]*|\"[^\"]*\"|#\w+\+?)$")


def _date_of(sym) -> Optional[date]:
    from ..symbols import is_date

    if sym is not None and is_date(sym):
        y, m, d = (a.number for a in sym.arguments)
        try:
            return date(y, m, d)
        except ValueError:
            return None
    return None


@lru_cache(maxsize=None)
def _file_lines(path: str) -> tuple:
    try:
        return tuple(source_lines(Path(path).read_text(encoding="utf-8-sig")))
    except (OSError, UnicodeDecodeError, ValueError):
        return ()


@dataclass
class Item:
    """One line of an explanation in words, and what hangs under it."""

    kind: str  # derived | fact | text | computed | condition | detail
    text: str
    quote: str = ""
    children: list = field(default_factory=list)
    key: str = ""  # a derived node's spelling (explained once)
    file: str = ""
    line: int = 0


class Words:
    """The words of one result in one language."""

    def __init__(self, result, lang: str = "fr", detail: bool = False):
        from .phrases import lang_of

        lang = lang_of(lang)
        self.result = result
        self.lang = lang
        self.detail = detail
        self.t = T[lang]
        self.program = result.program
        self.names = result.names
        self._sentences: dict = {}
        from ..reasoning import ROUNDS

        # derived: by a rule, or by a rule of the previous round (`rights_change_in_effect/3`, fed back as a fact)
        self._derived = {r.head for r in self.program.rules} | {f"{fed}/{arity}" for (_, arity), fed in ROUNDS.items()}
        self.scenario_path = result.scenario.path

    # --- terms and sentences -----------------------------------------------------------
    def value(self, sym) -> str:
        """A term in words (memoised per result: the same members and dates recur in every tree)."""
        cache = self.__dict__.setdefault("_values", {})
        found = cache.get(sym)
        if found is None:
            found = cache[sym] = self._value(sym)
        return found

    def _value(self, sym) -> str:
        import clingo

        from ..sentences import value
        from ..symbols import spell_term

        if sym.type == clingo.SymbolType.String and sym.string == "_":
            return self.t["any"]
        if sym.type == clingo.SymbolType.Function and sym.name == "fraction" and len(sym.arguments) == 2:
            return f"{sym.arguments[0]}/{sym.arguments[1]}"
        if sym.type == clingo.SymbolType.Function and sym.arguments and sym.name != "d":
            from ..sentences import _keyword_words

            said = _keyword_words(sym, self.lang, self.names)  # an act of an agency decision, an avenant, ...
            return said if said is not None else spell_term(sym)
        return value(sym, self.lang, self.names)

    def has_sentence(self, sym) -> bool:
        return self._sentence(sym) is not None

    def _sentence(self, sym, rule: Optional[str] = None) -> Optional[str]:
        """`rule` (file:line): the rule that derived the atom, whose own `say` blocks come first; by
        default the one that derived it in this result (Result.rule_of), if any."""
        if rule is None:
            rule = self._rule_of(sym)
        cache_key = sym if rule is None else (sym, rule)
        if cache_key in self._sentences:
            return self._sentences[cache_key]
        from ..sentences import sentence

        try:
            s = sentence(sym, self.lang, self.program, self.names, rule)
        except (KeyError, ValueError, AssertionError, AttributeError):
            s = None
        self._sentences[cache_key] = s
        return s

    def _rule_of(self, sym) -> Optional[str]:
        rule_of = getattr(self.result, "rule_of", None)  # (a what-if's or a batch's result: Result.rule_of)
        return rule_of(sym) if rule_of is not None else None

    def sentence(self, sym, rule: Optional[str] = None) -> str:
        """The sentence of an atom, or its spelling when no `say` block covers it yet."""
        from ..symbols import spell

        s = self._sentence(sym, rule)
        return s if s is not None else spell(sym)

    def provision(self, pid: str) -> str:
        return provision_label(pid, self.lang)

    def provisions(self, pids) -> str:
        return "; ".join(self.provision(p) for p in pids)

    def conclusion_line(self, sym, provisions, note: str = "", rule: Optional[str] = None) -> str:
        """« Le groupement est une personne morale de droit public (L6133-1, version du 11 août 2004, al. 5). »"""
        text = self.sentence(sym, rule).rstrip()
        label = self.provisions(provisions) if provisions else note
        if not label:
            return text
        if text.endswith("."):
            return f"{text[:-1]} ({label})."
        return f"{text} ({label})"

    def _generic(self, sym) -> str:
        """An atom without a sentence, without ASP syntax: `left before (CH de Vannes, 1er mars 2008)`."""
        name = sym.name.replace("_", " ")
        if not sym.arguments:
            return name
        return f"{name} ({', '.join(self.value(a) for a in sym.arguments)})"

    # --- facts -------------------------------------------------------------------------
    def statement(self, fact) -> Optional[str]:
        """The statement of the scenario file a fact comes from (its line), or None."""
        if fact.file != self.result.scenario.path:  # the command line, the inventory of the law
            return None
        lines = self._lines()
        if 1 <= fact.line <= len(lines):
            return lines[fact.line - 1].split("#", 1)[0].strip() or None
        return None

    def _lines(self) -> list:
        lines = self.__dict__.get("_scenario_lines")
        if lines is None:
            text = self.result.scenario.text
            lines = source_lines(text) if text else list(_file_lines(self.scenario_path))
            self.__dict__["_scenario_lines"] = lines
        return lines

    def fact_line(self, fact) -> str:
        from ..facts import CHANGED_IN_PYTHON

        if fact.file == CHANGED_IN_PYTHON:  # changed after the file was read: no line states it (objects.py)
            return f"{fact.fact}  ← " + self.t["changed_in_python"].format(file=self.scenario_path, line=fact.line)
        statement = self.statement(fact)
        if statement is None:
            if fact.file == "<command line>" and fact.symbol is not None and fact.symbol.arguments:
                return self.t["command_line"].format(d=self.value(fact.symbol.arguments[0]))
            statement = fact.fact
        where = fact.file if fact.file.startswith("<") else f"{fact.file}, {self.t['line']} {fact.line}"
        return f"{statement}  ← {where}"

    # --- texts, computations, conditions --------------------------------------------------
    def text_in_force(self, t) -> str:
        key = "text_not_applied" if t.negated else "text_applied"
        return self.t[key].format(d=self.value(t.on), t=text_period(t.article, t.version, self.lang))

    def text_dict(self, t, words) -> dict:
        from .. import law

        d = {"article": t.article, "version": t.version, "on": self.result and _iso(t.on)}
        tv = next((x for x in law.text_versions(t.article) if x.version == t.version), None)
        if tv is not None:
            d["from"] = tv.from_.isoformat()
            if tv.until is not None:
                d["until"] = tv.until.isoformat()
        for w in words:
            d[w.lang] = w.text_in_force(t)
        return d

    def _describe(self, expr: str, values: dict):
        """How a side of a comparison was computed, in words: None for a plain value (or one
        the record does not give), ("range", low, high) for an interval."""
        expr = expr.strip()
        if not expr or _SIMPLE.match(expr):
            return None
        try:
            tree = Expr(expr).parse()
            if tree[0] == "range":
                return ("range", self._expr(tree[1], values), self._expr(tree[2], values))
            return self._expr(tree, values)
        except Unknown:
            return None

    def _expr(self, node, values: dict, nested: bool = False) -> str:
        kind = node[0]
        if kind == "num":
            return str(node[1])
        if kind == "str":
            return node[1]
        if kind == "var":
            if node[1] not in values:
                raise Unknown(node[1])
            return self.value(values[node[1]])
        if kind == "neg":
            return f"-{self._expr(node[1], values, True)}"
        if kind == "op":
            op = {"*": "×", "\\": "modulo"}.get(node[1], node[1])
            text = f"{self._expr(node[2], values, True)} {op} {self._expr(node[3], values, True)}"
            return f"({text})" if nested else text
        if kind == "tuple":
            return ", ".join(self._expr(a, values) for a in node[1])
        if kind == "term":
            name, args = node[1], node[2]
            if name == "d" and len(args) == 3:
                nums = [self._number(a, values) for a in args]
                if None in nums:
                    raise Unknown(name)
                try:
                    return date_words(date(*nums), self.lang)
                except ValueError:
                    raise Unknown(name) from None
            if not args:
                return self.names.get(name, name)
            return f"{name.replace('_', ' ')} ({', '.join(self._expr(a, values) for a in args)})"
        if kind == "call":
            name, args = node[1], node[2]
            vals = [self._expr(a, values) for a in args]
            fn = self.t["fn"]
            if name == "add_days" and len(args) == 2:
                n = self._number(args[1], values)
                if n == 1:
                    return fn["add_days"].format(*vals)
                return fn["add_days_n"].format(vals[0], vals[1])
            if name == "months_before" and len(args) == 2:
                n = self._number(args[1], values)
                if n is not None and n < 0:
                    return fn["months_after"].format(vals[0], str(-n))
            if name in fn:
                try:
                    return fn[name].format(*vals)
                except IndexError:
                    pass
            return f"{name.replace('_', ' ')} ({', '.join(vals)})"
        raise Unknown(kind)

    def _number(self, node, values: dict) -> Optional[int]:
        import clingo

        if node[0] == "num":
            return node[1]
        if node[0] == "neg":
            n = self._number(node[1], values)
            return None if n is None else -n
        if node[0] == "var" and node[1] in values and values[node[1]].type == clingo.SymbolType.Number:
            return values[node[1]].number
        return None

    def comparison(self, c) -> Optional[str]:
        """A comparison in words; None for a tautology (a variable bound to a value) and for an identity or a
        difference of terms of the rules' own vocabulary (`R != single_member`, `(M, N) != (1, 1)`: how the
        rule picks its case, not a condition of the law; the case is the conclusion's or its facts'), unless
        the rule gives the comparison a sentence (`% say (M, N) != (1, 1)` above it: RuleInfo.comparison_says),
        which is said instead."""
        if getattr(c, "say", None):
            text = re.sub(r"\{([A-Z_][A-Za-z0-9_]*)\}",
                          lambda m: self.value(c.values[m.group(1)]) if m.group(1) in c.values else m.group(0),
                          c.say[0 if self.lang == "fr" else 1])
            return text[:1].upper() + text[1:]
        op = c.op
        negated = op.startswith("not ")
        base = op[4:] if negated else op
        source = c.source[4:] if c.source.startswith("not ") else c.source
        parts = _OP_SPLIT.split(source, maxsplit=1)
        lsrc, rsrc = (parts[0], parts[2]) if len(parts) == 3 else ("", "")
        if negated:
            base = NEGATED_OP.get(base, base)
        ldesc, rdesc = self._describe(lsrc, c.values), self._describe(rsrc, c.values)
        if isinstance(rdesc, tuple) and base == "=":  # Y = A..B: an interval
            text = self.t["between"].format(a=self.value(c.left), lo=rdesc[1], hi=rdesc[2])
            return text[:1].upper() + text[1:]
        if isinstance(ldesc, tuple) or isinstance(rdesc, tuple):
            return None
        if base == "=" and c.left == c.right:
            how = rdesc or ldesc
            if how is None:
                return None
            v = self.value(c.left)
            return self.t["computed_date" if _date_of(c.left) else "computed_value"].format(v=v, how=how)
        if base in ("=", "!=") and (self._vocabulary(c.left) or self._vocabulary(c.right)):
            return None
        a, b = self.value(c.left), self.value(c.right)
        if ldesc:
            a = f"{a} ({ldesc})"
        if rdesc:
            b = f"{b} ({rdesc})"
        if _date_of(c.left) and _date_of(c.right):
            table = self.t["date_cmp"]
        elif _numeric(c.left) and _numeric(c.right):
            table = self.t["num_cmp"]
        else:
            table = self.t["any_cmp"]
        template = table.get(base)
        if template is None:
            return f"{a} {base} {b}"
        text = template.format(a=a, b=b)
        return text[:1].upper() + text[1:]

    def _vocabulary(self, sym) -> bool:
        """A term of the rules' own vocabulary (a case, a role, a tuple of them): neither a number, a text nor a
        date, nor the name of a member or associate of the file."""
        import clingo

        if sym.type != clingo.SymbolType.Function or _date_of(sym) or _numeric(sym):
            return False
        return bool(sym.arguments) or not sym.name or sym.name not in self.names

    def aggregate(self, agg) -> str:
        """« Nombre (… est membre le 1er mars 2008) : 1 (Centre hospitalier de Vannes) »."""
        head = self.t.get(agg.function, agg.function)
        what = self._counted(agg)
        if what:
            head += f" ({what})"
        labels = []
        for terms, conds in agg.elements:
            words = [self.value(t) for t in terms]
            if agg.function.startswith("sum") and len(words) > 1:
                labels.append(f"{self._item(terms[1:], conds) or ', '.join(words[1:])}{self.t['colon']}{words[0]}")
            else:
                labels.append(", ".join(words))
        if agg.more:
            labels.append(self.t["and_more"].format(n=agg.more))
        out = f"{head}{self.t['colon']}{self.value(agg.value)}"
        if labels:
            out += f" ({'; '.join(labels)})"
        return out

    def _item(self, keys, conds) -> str:
        """An item of a sum named for a lawyer: the tuple's other terms are internal numbers (the index
        of a `contribution` or `participation` statement), so the members its conditions name, else ""."""
        import clingo

        if not keys or any(k.type != clingo.SymbolType.Number for k in keys):
            return ""
        found: list = []
        for atom in conds:
            if not any(a in keys for a in atom.arguments):
                continue
            for a in atom.arguments:
                if a.type == clingo.SymbolType.Function and not a.arguments and a.name in self.names \
                        and self.names[a.name] not in found:
                    found.append(self.names[a.name])
        return ", ".join(found)

    def _counted(self, agg) -> str:
        """What an aggregate counts: the sentence of its condition, the counted terms and the arguments
        that differ from element to element left open (…)."""
        import clingo

        if not agg.elements:
            return ""
        terms, conds = agg.elements[0]
        for k, atom in enumerate(conds):
            if self._sentence(atom) is None:
                continue
            varying = set()
            for _terms, other in agg.elements[1:]:
                same = other[k] if k < len(other) else None
                if same is not None and same.name == atom.name and len(same.arguments) == len(atom.arguments):
                    varying |= {i for i, (a, b) in enumerate(zip(atom.arguments, same.arguments)) if a != b}
            open_args = [clingo.String(self.t["any"]) if a in terms or i in varying else a
                         for i, a in enumerate(atom.arguments)]
            s = self._sentence(clingo.Function(atom.name, open_args))
            if s:
                return s.rstrip(".")
        return ""

    def negation(self, sym) -> str:
        """A negated condition in words."""
        import clingo

        from ..explain import IN_FORCE, TextInForce

        if (sym.name, len(sym.arguments)) == IN_FORCE and all(a.type == clingo.SymbolType.String for a in sym.arguments[:2]):
            a, v, on = sym.arguments
            return self.text_in_force(TextInForce(a.string, v.string, on, negated=True))
        if (sym.name, len(sym.arguments)) == ("in_force_id", 2) and sym.arguments[0].type == clingo.SymbolType.String:
            from ..versions import text_of  # a provision not in force on a date: its article's version, in words

            t = text_of(sym.arguments[0].string)
            if t is not None:
                return self.text_in_force(TextInForce(t[0], t[1], sym.arguments[1], negated=True))
        s = self._sentence(sym)
        # a derived atom not derived is not established; an atom of the file not in it, not stated
        key = "not_established" if f"{sym.name}/{len(sym.arguments)}" in self._derived else "not_stated"
        return self.t[key].format(s=self._generic(sym) if s is None else s)

    def node_lines(self, node) -> list[str]:
        """What a node rests on besides its facts and sub-conclusions, in words (default view)."""
        out = [self.text_in_force(t) for t in node.texts]
        if node.own and self.result is not None:  # the rule rests on a text the folder lacks
            rule = self.result.program.rule(node.own[0].rule)
            out += [self.t["not_in_folder"].format(t=t) for t in rule.not_in_folder]
        out += [self.aggregate(a) for a in node.aggregates if not a.via]
        for c in node.comparisons:
            if c.via and not self.detail:
                continue
            text = self.comparison(c)
            if text:
                out.append(text)
        out += [self.negation(n) for n in node.negations]
        return out

    # --- the tree ----------------------------------------------------------------------
    def view(self, node) -> Item:
        """An explanation tree (explain.DerivedNode) as Items in words."""
        from ..explain import FactNode

        if isinstance(node, FactNode):
            return Item("fact", self.fact_line(node), file=node.file, line=node.line)
        note = ""
        if node.note in ("no derivation recorded", "circular"):
            note = self.t["no_derivation" if node.note.startswith("no") else "circular"]
        item = Item("derived", self.conclusion_line(node.symbol, node.provisions, note, node.rule or None)
                    if node.symbol is not None
                    else node.conclusion, quote=node.quote, key=node.conclusion)
        kids = item.children
        for t in node.texts:
            kids.append(Item("text", self.text_in_force(t)))
        if node.own and self.result is not None:  # the rule rests on a text the folder lacks
            rule = self.result.program.rule(node.own[0].rule)
            kids += [Item("text", self.t["not_in_folder"].format(t=t)) for t in rule.not_in_folder]
        lines_seen = set()
        derived = []
        for b in node.because:
            if isinstance(b, FactNode):
                if not self.detail and (("fact", b.fact, b.line) in node.hidden or (b.file, b.line) in lines_seen):
                    continue
                lines_seen.add((b.file, b.line))
                fact = self.view(b)
                if self.detail:
                    fact.text = f"{b.fact} — {fact.text}"
                kids.append(fact)
            else:
                derived.append(b)
        kids += [self.view(b) for b in derived]
        for a in node.aggregates:
            kids.append(Item("computed", self.aggregate(a)))
        for c in node.comparisons:
            if c.via and not self.detail:
                continue
            text = self.comparison(c)
            if text:
                kids.append(Item("computed", text))
        kids += [Item("condition", self.negation(n)) for n in node.negations]
        if self.detail:
            kids.append(self._detail(node))
        return item

    def _detail(self, node) -> Item:
        t = self.t
        item = Item("detail", t["atom"].format(a=node.atom, r=node.rule or "-",
                                                p=f" [{', '.join(node.provisions)}]" if node.provisions else ""))
        if node.values:
            item.children.append(Item("detail", t["values"].format(v=", ".join(f"{k} = {v}" for k, v in node.values.items()))))
        for s in node.steps:
            item.children.append(Item("detail", t["step"].format(a=s.atom, r=s.rule)))
        item.children += [Item("detail", t["raw"].format(c=c)) for c in node.computed]
        item.children += [Item("detail", t["absent"].format(u=u[4:] if u.startswith("not ") else u)) for u in node.unless]
        if node.note:
            item.children.append(Item("detail", f"({node.note})"))
        return item


def _iso(sym) -> str:
    from ..symbols import render_term

    return render_term(sym)


def _numeric(sym) -> bool:
    import clingo

    return sym.type == clingo.SymbolType.Number or (
        sym.type == clingo.SymbolType.Function and sym.name == "fraction" and len(sym.arguments) == 2)


def render_items(root: Item, words: Optional[Words] = None) -> str:
    """Items as a tree for a terminal: each derived node once (« expliqué plus haut » after)."""
    above = T[words.lang if words else "fr"]["above"]
    lines: list[str] = []
    shown: set[str] = set()

    def walk(n: Item, prefix: str, last: bool, top: bool = False):
        branch = "" if top else ("└─ " if last else "├─ ")
        mark = "✓ " if n.kind in ("computed", "condition", "text") else ""
        if n.kind == "derived" and n.key in shown and n.children:
            lines.append(f"{prefix}{branch}{n.text}  ({above})")
            return
        if n.kind == "derived":
            shown.add(n.key)
        lines.append(f"{prefix}{branch}{mark}{n.text}")
        child_prefix = prefix + ("" if top else ("   " if last else "│  "))
        if n.quote:
            lines.append(f"{child_prefix}« {n.quote} »")
        for i, c in enumerate(n.children):
            walk(c, child_prefix, i == len(n.children) - 1)

    walk(root, "", True, top=True)
    return "\n".join(lines)
