"""Facts + law program -> conclusions (clingo), with derivation records on demand.

`reason()` runs the plain program: conclusions only, no explanation cost. The
first call that needs reasons (`Conclusion.provisions`, `Result.explain`, the
JSON output) runs the traced program once for that result and keeps its raw
derivation records; trees are built only for the conclusions asked about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, wraps
from typing import Iterator, Optional

from . import selection
from .collector import paused
from .facts import Facts, Origin, scenario_facts
from .versions import applied_provisions
from .program import NOT_IN_FOLDER, Program, load_program
from .scenario import Scenario
from .symbols import args, key, name as symbol_name, order, render_atom, spell, to_value

# the events of not_judged/3 warnings, in French
EVENTS_FR = {"withdrawal": "le retrait", "exclusion": "l'exclusion", "admission": "l'admission",
             "administrator_election": "l'élection comme administrateur",
             "deputy_election": "l'élection comme suppléant de l'administrateur",
             "ars_dissolution": "la dissolution par le directeur général de l'agence régionale de santé"}

WARNING_PREDICATES = {("missing_fact", 3), ("not_judged", 3), ("membership_unknown", 2), ("doubtful_text", 2)}


class ReasoningError(Exception):
    """The solver failed (a bug in the rules, not in the scenario)."""


def _pure(method):
    """A calendar function, which the grounder calls once for each instance of a rule that uses it,
    computed once per arguments (read by their interned representations): a 3,000-member file asks
    for 8,955 vote and debt shares, which are 20 distinct fractions."""
    cache: dict = {}

    @wraps(method)
    def call(self, *args):
        k = tuple(a._rep for a in args)
        found = cache.get(k)
        if found is None:
            if len(cache) > 1 << 16:  # a long session: start again rather than grow
                cache.clear()
            found = cache[k] = method(self, *args)
        return found

    return call


class Calendar:
    """Calendar arithmetic for the rules (`@year_end(Y)`, ...), on `d(Y,M,D)` terms: pure functions
    of their arguments (`_pure`)."""

    @staticmethod
    def _date(sym) -> date:
        y, m, d_ = (a.number for a in sym.arguments)
        return date(y, m, d_)

    @staticmethod
    def _sym(x: date):
        import clingo

        return clingo.Function("d", [clingo.Number(x.year), clingo.Number(x.month), clingo.Number(x.day)])

    @_pure
    def add_days(self, d_, n):
        from datetime import timedelta

        return self._sym(self._date(d_) + timedelta(days=n.number))

    @_pure
    def months_before(self, d_, n):
        """The date n months before d_ (day clamped to the month's end: 31 Dec - 6 months = 30 June)."""
        x = self._date(d_)
        months = x.year * 12 + (x.month - 1) - n.number
        y, m = divmod(months, 12)
        return self._sym(date(y, m + 1, min(x.day, _month_days(y, m + 1))))

    @_pure
    def add_years(self, d_, n):
        x = self._date(d_)
        y = x.year + n.number
        return self._sym(date(y, x.month, min(x.day, _month_days(y, x.month))))

    @_pure
    def first_year_end(self, notified, months, not_before):
        """The first 31 December on or after `not_before` that is at least `months`
        months after `notified` (R6133-5: withdrawal at the end of a budget year)."""
        n, start = self._date(notified), self._date(not_before)
        y = start.year
        while True:
            end = date(y, 12, 31)
            if self._date(self.months_before(self._sym(end), months)) >= n:
                return self._sym(end)
            y += 1

    @_pure
    def fraction(self, n, d_):
        """n / d_ in lowest terms, as the term fraction(N, D) (D > 0): two shares compare
        exactly, with Python integers, whatever their sizes (R / RT != B / BT without
        the 32-bit products R * BT and B * RT)."""
        import clingo
        from math import gcd

        a, b = n.number, d_.number
        if b < 0:
            a, b = -a, -b
        k = gcd(a, b) or 1
        return clingo.Function("fraction", [clingo.Number(a // k), clingo.Number(b // k)])

    @_pure
    def year(self, d_):
        import clingo

        return clingo.Number(d_.arguments[0].number)


def _month_days(y: int, m: int) -> int:
    import calendar

    return calendar.monthrange(y, m)[1]


@dataclass
class Conclusion:
    predicate: str
    args: list
    symbol: object = field(repr=False)
    result: "Result" = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        """The conclusion as every output spells it: the contract's args (`avenant:av1`)."""
        return spell(self.symbol)

    def __str__(self) -> str:
        return self.text

    @property
    def provisions(self) -> list[str]:
        return self.result.provisions_of(self.symbol)

    def sentence(self, lang: str = "fr") -> Optional[str]:
        """The conclusion in words (`fr` or `en`), from the `% say` blocks of the rules."""
        from .sentences import sentence

        return sentence(self.symbol, lang, self.result.program, self.result.names)

    def explain(self, **kw):
        return self.result.explain(self, **kw)

    def why_not(self, query: str, **kw):
        """See Result.why_not (the conclusion's own result)."""
        return self.result.why_not(query, **kw)

    def _repr_html_(self) -> str:
        from .rich import conclusion_html

        return conclusion_html(self)


@dataclass
class Warning_:
    code: str
    message: str  # English (the contract's `message`)
    line: Optional[int] = None
    message_fr: str = ""  # the same in French, where written

    def text(self, lang: str = "fr") -> str:
        """The message in `lang` (French when written, else English)."""
        return self.message_fr if lang == "fr" and self.message_fr else self.message

    def as_dict(self) -> dict:
        d = {"code": self.code, "message": self.message}
        if self.message_fr:
            d["message_fr"] = self.message_fr
        if self.line is not None:
            d["line"] = self.line
        return d


class Result:
    """What the law concludes on a scenario, and (on demand) why."""

    def __init__(self, scenario: Scenario, facts: Facts, program: Program, symbols: list, traced: bool,
                 records: Optional["Records"] = None, record_offset: int = 0):
        """`symbols`: the model's shown atoms; `records`: the derivation records of a traced solve
        (_Solver.traced), or None: computed when first asked for (`trace`); `record_offset`: how
        many arguments of each record come before its own (1: the file's number in a batch,
        batching.py)."""
        self.scenario = scenario
        self.facts = facts
        self.program = program
        self.as_of: date = facts.as_of
        # where as_of comes from (reason(): "asked", "file" or "today") and the file's own date
        self.as_of_source: str = "file" if scenario.groupement.as_of is not None else "asked"
        self.file_as_of: Optional[date] = scenario.groupement.as_of.value if scenario.groupement.as_of else None
        self._symbols = symbols
        self._trace: Optional["Trace"] = None
        if traced and records is not None:
            self._trace = Trace(self, records, record_offset)
        from .clingo_reps import argument_reps, name_key, name_of, number_of
        from .symbols import value_of_rep

        shown = program.shown
        self.conclusions: list[Conclusion] = []
        self._warning_atoms = []
        self._not_in_folder_rules: list[int] = []  # rules resting on a text not in the folder, applied
        names: dict = {}  # name key (clingo_reps.name_key) -> the name: atoms read as representations
        for sym in symbols:
            rep = sym._rep
            name = names.get(k := name_key(rep))
            if name is None:
                name = names[k] = (name_of(rep) or b"").decode()
            arguments = argument_reps(rep)
            key = (name, len(arguments))
            if key in WARNING_PREDICATES:
                self._warning_atoms.append(sym)
            elif key == (NOT_IN_FOLDER, 1):
                self._not_in_folder_rules.append(number_of(arguments[0]))
            elif key in shown:
                self.conclusions.append(Conclusion(name, [value_of_rep(a) for a in arguments], sym, self))
        self.conclusions.sort(key=lambda c: (c.predicate, c.text))
        self._warning_atoms.sort(key=order)  # in the order of their values, not the solver's (a batch's differs)
        self.warnings: list[Warning_] = self._warnings()

    @property
    def names(self) -> dict:
        """Identifier -> display name, for the members and associates of the file (made once:
        each conclusion's sentence asks for it)."""
        cached = self.__dict__.get("_names")
        if cached is None or cached[0] is not self.scenario:
            cached = self.__dict__["_names"] = (self.scenario, {m.id: m.name for m in self.scenario.groupement.members})
        return cached[1]

    # --- queries -----------------------------------------------------------------
    def __iter__(self) -> Iterator[Conclusion]:
        return iter(self.conclusions)

    def by_predicate(self, predicate: str) -> list[Conclusion]:
        return [c for c in self.conclusions if c.predicate == predicate]

    def holds(self, text: str) -> bool:
        return self.find(text) is not None

    def find(self, text: str) -> Optional[Conclusion]:
        """The conclusion spelt `text`: the contract's spelling (`avenant:av1`) or clingo's (`avenant(av1)`)."""
        from .symbols import find

        return find(self.conclusions, text)

    # --- reasons -----------------------------------------------------------------
    @property
    def trace(self) -> "Trace":
        if self._trace is None:
            with paused():
                self._trace = Trace(self, _Solver(self.program, self.facts, traced=True).records)
        return self._trace

    def provisions_of(self, symbol) -> list[str]:
        return self.trace.provisions_of(symbol)

    def explain(self, conclusion, **kw):
        """The explanation tree (explain.Node) of a conclusion (Conclusion or its text)."""
        from .explain import DEFAULT_MAX_ELEMENTS, build

        if isinstance(conclusion, str):
            found = self.find(conclusion)
            if found is None:
                raise KeyError(conclusion)
            conclusion = found
        with paused():
            return build(self, conclusion.symbol, builder=self._builder(kw.get("max_elements", DEFAULT_MAX_ELEMENTS)), **kw)

    def _builder(self, max_elements):
        """One tree builder per result (and element limit): the nodes conclusions share are built
        once, and the facts' origins indexed once, however many conclusions are explained."""
        from .explain import _Builder

        builders = self.__dict__.setdefault("_builders", {})
        if max_elements not in builders:
            builders[max_elements] = _Builder(self, max_elements)
        return builders[max_elements]

    def why_not(self, query: str, lang: str = "fr", depth: Optional[int] = None):
        """Why `query` (`_` for any value, dates YYYY-MM-DD) does not hold: for each rule that
        could conclude it, the first condition that fails (whynot.WhyNot)."""
        from .whynot import MAX_DEPTH, why_not

        return why_not(self, query, lang=lang, depth=MAX_DEPTH if depth is None else depth)

    def what_would_make(self, query: str, negate: bool = False, **kw):
        """The smallest verified sets of changes to the file that make `query` hold
        (`negate=True`: stop holding); counterfactual.WhatWould."""
        from .counterfactual import what_would_make

        return what_would_make(self, query, negate=negate, **kw)

    def _repr_html_(self) -> str:
        from .rich import result_html

        return result_html(self)

    def memo(self, lang: str = "fr", format: Optional[str] = None):
        """The legal note (render/memo.py): with `format` ("markdown" or "html", a whole page) its
        text; without, a Memo (`.markdown()`, `.html()`, shown as HTML in a notebook)."""
        from .render.memo import build, render

        if format is None:
            return build(self, lang)
        return render(self, lang=lang, format=format)

    def texts(self) -> list[tuple[str, str]]:
        """(article, version) of the texts the conclusions rest on."""
        seen = set()
        for p in self.trace.provisions_under([c.symbol for c in self.conclusions]):
            text = _article_version(p)
            if text:
                seen.add(text)
        return sorted(seen, key=lambda t: (_article_key(t[0]), t[1]))

    # --- warnings ----------------------------------------------------------------
    def _warning(self, sym, members, names) -> Warning_:
        """One warning atom of the rules, in words, at the line of the member it names (`names`:
        identifier -> display name, made once for all the warnings)."""
        from .sentences import value

        args = [to_value(a) for a in sym.arguments]
        if sym.name == "not_judged":
            event, subject, when = args
            code = "text_not_in_force"
            msg = (f"the {event} of '{subject}' on {when} is not judged: no encoded text governs it on that date; "
                   f"its effect is unknown")
            what = EVENTS_FR.get(event, f"l'événement {event}")
            fr = (f"{what} de {names.get(subject, subject)} du {value(sym.arguments[2], 'fr', {})} "
                  f"n'est pas jugé(e) : aucun texte encodé ne le régit à cette date ; son effet est inconnu")
        elif sym.name == "membership_unknown":
            subject, when = args
            code = "membership_unknown"
            msg = (f"whether '{subject}' is still a member on {when} is unknown (a withdrawal or an exclusion whose "
                   f"effect is not judged): no conclusion that counts the members on that date")
            fr = (f"on ne peut dire si {names.get(subject, subject)} est encore membre le "
                  f"{value(sym.arguments[1], 'fr', {})} (un retrait ou une exclusion dont l'effet n'est pas jugé) : "
                  f"aucune conclusion qui compte les membres à cette date")
        elif sym.name == "doubtful_text":  # a text read as written though it reads oddly (its rule's sentence)
            from .sentences import sentence

            code = "doubtful_text"
            msg = sentence(sym, "en", self.program, names) or f"doubtful text: {render_atom(sym)}"
            fr = sentence(sym, "fr", self.program, names) or f"texte douteux : {render_atom(sym)}"
            return Warning_(code, msg, None, fr)
        else:
            conclusion, subject, attribute = args
            code = "missing_fact"
            where = f"member '{subject}'" if subject in members else str(subject)
            msg = f"{attribute} of {where} is not stated: no conclusion on {conclusion}"
            fr = (f"le fichier n'indique pas {attribute} de {names.get(subject, subject)} : "
                  f"aucune conclusion sur {conclusion}")
            if attribute == "convention":
                msg = f"the file has no convention block: no conclusion on {conclusion}"
                fr = f"le fichier n'a pas de bloc convention : aucune conclusion sur {conclusion}"
        m = members.get(subject)
        return Warning_(code, msg, m.line if m else None, fr)

    def _not_in_folder_warnings(self) -> list[Warning_]:
        """One `text_not_in_folder` warning per text a rule that applied rests on, naming what
        that rule concludes: the text itself is not applied (the fact standing for it is)."""
        from . import law

        by_text: dict = {}
        for i in sorted(set(self._not_in_folder_rules)):
            rule = self.program.rule(i)
            cited = rule.provisions
            now = [p for p in cited if _article_version(p) and law.in_force(*_article_version(p), self.as_of)]
            for t in rule.not_in_folder:  # an auxiliary rule cites nothing: its file says where
                by_text.setdefault(t, []).extend(now or cited[:1] or [f"{rule.file}:{rule.line}"])
        out = []
        for t, where in by_text.items():
            ids = ", ".join(dict.fromkeys(where))
            out.append(Warning_(
                "text_not_in_folder",
                f"{t} is not in the folder: what is drawn under {ids} rests on the file's word for it "
                f"(a fact standing for that text), not checked against the text itself",
                None,
                f"{t} n'est pas dans le dossier : ce qui est tiré de {ids} repose sur ce que le fichier en dit "
                f"(un fait qui tient lieu de ce texte), sans vérification au regard du texte lui-même"))
        return out

    def _warnings(self) -> list[Warning_]:
        from . import law

        out: list[Warning_] = []
        # the story of the file (validate.py): statements the facts left out, and why
        for w in getattr(self.scenario, "warnings", []):
            out.append(Warning_(w.code, w.message, w.line, w.message_fr))
        members = {m.id: m for m in self.scenario.groupement.members}
        names = {k: m.name for k, m in members.items()}
        for sym in self._warning_atoms:
            out.append(self._warning(sym, members, names))
        # texts cited but not in the folder, that a fact of the file stands for (contract part 2)
        out.extend(self._not_in_folder_warnings())
        # the period the encoded law covers (before 2006-01-01, after the newest text known)
        why, why_fr = law.not_covered(self.as_of, "en"), law.not_covered(self.as_of, "fr")
        if why:
            out.append(Warning_("text_not_in_force", why, None, why_fr))
        # texts encoded vs texts in force, on the as-of date
        encoded, cited = _encoded_texts(self.program)
        in_force_then = None  # law.texts_in_force(as_of), read once when first needed
        for art, versions in encoded:
            applied = [v for v in versions if law.in_force(art, v, self.as_of)]
            if applied:  # that version in force is encoded: all of it?
                missing = [p for p in _decidable_provisions(art, applied[0]) if p not in cited]
                if missing:
                    ids = ", ".join(missing)
                    out.append(
                        Warning_(
                            "text_partly_encoded",
                            f"{art} (version of {applied[0]}, in force on {self.as_of.isoformat()}): "
                            f"{len(missing)} provision(s) not encoded yet ({ids}); nothing is drawn from them",
                            None,
                            f"{art} (version du {applied[0]}, en vigueur le {self.as_of.isoformat()}) : "
                            f"{len(missing)} disposition(s) pas encore encodée(s) ({ids}) ; rien n'en est tiré",
                        )
                    )
                continue
            if not any(law.in_force(art, v, self.as_of) for v in versions):
                if in_force_then is None:
                    in_force_then = law.texts_in_force(self.as_of)
                inforce = [t for t in in_force_then if t.article == art]
                if not inforce and self.as_of >= date(2006, 1, 1) and min(versions) > self.as_of.isoformat():
                    continue  # the article does not exist yet on that date: nothing of it is missing
                if inforce and not _decidable_provisions(art, inforce[0].version):
                    continue  # the version in force decides nothing (inventory: none): nothing of it is missing
                now = f"the version in force then is of {inforce[0].version}" if inforce else "no version of it is in force then"
                now_fr = (f"la version en vigueur est celle du {inforce[0].version}" if inforce
                          else "aucune version n'en est en vigueur")
                out.append(
                    Warning_(
                        "text_not_in_force",
                        f"{art}: the encoded version ({', '.join(sorted(versions))}) is not in force on {self.as_of.isoformat()} "
                        f"({now}, not encoded yet); conclusions resting on it are not drawn",
                        None,
                        f"{art} : la version encodée ({', '.join(sorted(versions))}) n'est pas en vigueur le "
                        f"{self.as_of.isoformat()} ({now_fr}, pas encore encodée) ; aucune conclusion n'en est tirée",
                    )
                )
        return out


def _decidable_provisions(article: str, version: str) -> tuple:
    """The ids of the provisions of one version of an article a scenario can decide (full or partial)."""
    return _decidable_by_text().get((article, version), ())


@lru_cache(maxsize=1)
def _decidable_by_text() -> dict:
    """(article, version) -> the ids of its provisions a scenario can decide, in the inventory's order."""
    from . import law

    out: dict = {}
    for pid, entry in law._entries().items():
        text = _article_version(pid)
        if text and entry.get("decidable") in ("full", "partial"):
            out.setdefault(text, []).append(pid)
    return {k: tuple(v) for k, v in out.items()}


def _article_version(provision_id: str):
    """(article, version) of the Code text a provision belongs to, read from its id
    (`ARTICLE@YYYY-MM-DD...`, as law.py reads it); None for a decree's own article."""
    article, at, rest = provision_id.partition("@")
    return (article, rest[:10]) if at else None


def _encoded_texts(program: Program) -> tuple:
    """([(article, {versions the rules cite})] in the Code's order, {every id the rules cite}), once per program."""
    cached = program.__dict__.get("_encoded_texts")
    if cached is None:
        encoded: dict = {}
        for r in program.rules:
            for p in r.provisions:
                text = _article_version(p)
                if text:
                    encoded.setdefault(text[0], set()).add(text[1])
        cited = {p for r in program.rules for p in r.provisions}
        cached = program.__dict__["_encoded_texts"] = (
            sorted(encoded.items(), key=lambda kv: _article_key(kv[0])), cited)
    return cached


def _article_key(article: str):
    """L6133-1 < L6133-2 < ... < R6133-2 < R6133-10: numbers compare as numbers."""
    import re

    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", article)]


class _Record:
    """A derivation record of rule I, read from its flat record `_why_I(X1, ..., Xn)` (program.py,
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
        r = (_REPS or _clingo_reps()).function_arguments(self.rep)
        return r[self.offset:] if self.offset else r

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
                 "neg_plain", "variables")

    def __init__(self, record: list, variables: list = ()):
        self.record = record
        self.variables = variables  # the rule's (RuleInfo.variables), in the order of `values`
        _, head, values, pos, neg, cmps, aggs = record
        # a head whose every argument is a value of the record: its name and their places
        # (_Record.head_key, inlined where records are loaded)
        plain = head.__class__ is not int and head.__class__ is not str and all(a.__class__ is int for a in head[1])
        self.head_name = head[0] if plain else None
        self.head_positions = tuple(head[1]) if plain else None
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
        found = rule.__dict__["_shape"] = _Shape(rule.record, rule.variables)
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
        r = (_REPS or _clingo_reps()).function_arguments(self.rep)
        return r[self.offset:] if self.offset else r

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
        self._elems: dict = {}  # (rule, aggregate, key(values)) -> [_ElementRecord], by rule loaded
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
        self._found[k] = found
        return found

    def elements(self, rule: int, k: int, values: list) -> list:
        """The element records of aggregate `k` of the derivation of `rule` whose variables have
        `values` (_Record.values)."""
        if rule not in self._elems_loaded:
            self._load_elements(rule)
        return self._elems.get((rule, k, *[v._rep for v in values]), [])

    def _load_elements(self, rule: int) -> None:
        """The element records of `rule`, by aggregate and derivation (`elements`), each list in the
        order of the file (the first line among the facts of an element's condition), then of the
        elements' values (symbols.order): not in the order the solver listed them, which changes
        with what else it grounds (a batch of files: batching.py)."""
        from .clingo_reps import argument_reps, function_arguments, name_of, number_of, symbol

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
            found = elems.get(key := (rule, k, *function_arguments(r[2])))
            if found is None:
                found = elems[key] = []
            found.append(rec)
            touched[id(found)] = found
        origins, file = self.result.facts.origins(), str(self.result.scenario.path)
        stated_names = {n.encode() for n in self.result.facts.names()}
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
                    if name_of(c) in stated_names:
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


class _Solver:
    """One clingo control on the rules that can apply to a file (selection.py), with, if asked,
    the derivation records of the rules that applied (program.py's doc)."""

    def __init__(self, program: Program, facts: Facts, kept: Optional[set] = None, watch=(),
                 traced: bool = False):
        """`kept`: the rules to ground, a guess (selection.guess, by default) that grows here until
        no rule left out could have applied. `traced`: each rule's derivations are recorded
        (RuleInfo.traced) and read from the model (`records`)."""
        import clingo

        self.program = program
        self.messages: list[str] = []
        kept = selection.guess(program, facts) if kept is None else kept
        _SPENT.clear()
        while True:
            facts_text = selection.facts_text(program, facts, kept)
            # single-shot: nothing is added once ground (about a fifth less grounding)
            self.ctl = ctl = clingo.Control(["--warn=none", "--single-shot"],
                                            logger=lambda code, msg: self.messages.append(msg),
                                            message_limit=1000)
            parsed = selection.statements(program, traced)
            if parsed is None:
                ctl.add("base", [], selection.program_text(program, kept, traced=traced))
            else:  # the same statements, parsed once (a warm process)
                from clingo.ast import ProgramBuilder

                with ProgramBuilder(ctl) as builder:
                    for i in (-1, *sorted(kept)):
                        for statement in parsed[i]:
                            builder.add(statement)
            ctl.add("base", [], facts_text)
            self._ground("base")
            more = selection.missed(program, selection.Present(ctl.symbolic_atoms), kept)
            if not more:
                break
            kept |= more
        self.kept = kept
        # the atoms of the `watch` signatures true in the model
        self.watched: list = []
        self._candidates = [a.symbol for name, arity in watch for a in ctl.symbolic_atoms.by_signature(name, arity)]
        reps = self._solve()
        self.records: Optional[Records] = None
        if traced:
            self.symbols, self.records = _split_records(program, reps)
        else:
            from .clingo_reps import symbol

            self.symbols = [symbol(r) for r in reps]
        _spend(self.ctl)
        self.ctl = None

    def _ground(self, part: str) -> None:
        try:
            self.ctl.ground([(part, [])], context=Calendar())
        except RuntimeError as exc:
            raise ReasoningError("grounding failed: " + "; ".join(self.messages) or str(exc)) from None

    def _solve(self) -> list:
        """The shown atoms of the model, as clingo represents them (clingo_reps.py)."""
        from .clingo_reps import model_reps

        models: list[list] = []

        def on_model(m):  # copies: a clingo.Model must not outlive the callback
            models.append(model_reps(m))
            self.watched = [s for s in self._candidates if m.contains(s)]

        ret = self.ctl.solve(on_model=on_model)
        if not ret.satisfiable or not models:
            raise ReasoningError("the law program has no answer for this scenario (a bug in rules/)")
        if len(models) > 1:
            raise ReasoningError("the law program is ambiguous on this scenario (a bug in rules/)")
        return models[0]


# The last spent clingo control of a small file, freed when the next one is made rather than now:
# freeing a ground program takes a few milliseconds (5% of a small file's work; 4.7 ms for a
# 300-member file's 38,000 atoms) that a process about to end (a single `check`, the warm server's
# copy: both leave by os._exit) need not spend. A large one (3,000 members: 354,000 atoms) is freed
# at once, so as not to hold its memory while its trees are built.
_SPENT: list = []
_KEEP_SPENT_ATOMS = 50_000


def _spend(ctl) -> None:
    _SPENT.clear()
    if len(ctl.symbolic_atoms) <= _KEEP_SPENT_ATOMS:
        if not _SPENT_AT_EXIT:
            # a process that ends normally (a script, the tests) frees it while clingo is still
            # loaded: freed later, when Python tears clingo's module down, it said so on stderr
            import atexit

            atexit.register(free_spent)
            _SPENT_AT_EXIT.append(True)
        _SPENT.append(ctl)


_SPENT_AT_EXIT: list = []  # [True] once free_spent is registered to run at exit


def free_spent() -> None:
    """Free the spent control now (a warm-up's: not while the next request waits)."""
    _SPENT.clear()


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


# Where the date the law is applied on comes from (Result.as_of_source), strongest first.
AS_OF_SOURCES = ("asked", "file", "today")


def choose_as_of(scenario: Scenario, as_of: Optional[date] = None) -> tuple[date, str, Optional[date]]:
    """(date, source, the file's own date or None): the date asked for (CLI `--as-of`, API
    `as_of=`) wins over the file's `as of`, which wins over today (README, "Use": a deliberate
    change from part 1 of the contract, where the file's date won)."""
    g = scenario.groupement
    file_as_of = g.as_of.value if g.as_of is not None else None
    if as_of is not None:
        return as_of, "asked", file_as_of
    if file_as_of is not None:
        return file_as_of, "file", file_as_of
    return date.today(), "today", None


def warm_up(program: Program) -> None:
    """Make now what every file's reasoning and explanation build on first use (the warm server,
    before it serves, so that each of its copies starts with it: server.py): the selection index,
    the rules' traced statements parsed, the inventory's facts, the rules by head, the sentences,
    the words quoted of later versions, the modules of the trees and the JSON."""
    from . import explain  # noqa: F401
    from . import versions
    from .facts import _law_texts
    from .render import json_out, words  # noqa: F401

    selection._index(program)
    selection.id_texts()
    selection.parse_statements(program, traced=True)
    _law_texts()
    versions.warm_up(program.rules)
    _ = program.sentences, program.record_names_bytes, program.rules_by_head  # cached properties, made now


def reason(scenario: Scenario, as_of: Optional[date] = None, explain: bool = False, program: Optional[Program] = None) -> Result:
    """Apply the law to a scenario on the date asked for, else its `as of` date, else today
    (`Result.as_of_source` says which: "asked", "file" or "today")."""
    when, source, file_as_of = choose_as_of(scenario, as_of)
    program = program or load_program()
    if explain:
        _parse_once_when_many(program)
    with paused():
        facts, symbols, records = _fixpoint(program, _facts_on(scenario, when, source, file_as_of), traced=explain)
        result = Result(scenario, facts, program, symbols, traced=explain, records=records)
    result.as_of_source, result.file_as_of = source, file_as_of
    return result


# A process that has explained this many files with one program (a notebook's what-ifs, a script's
# loop) parses the rules' traced statements once (about 20 ms) and gives them to clingo for every
# later file (about 4 ms less each), as the warm server and the pool's workers do from the start.
PARSE_ONCE_AFTER = 5
_EXPLAINED: dict = {}  # id(program) -> files explained with it


def _parse_once_when_many(program: Program) -> None:
    n = _EXPLAINED.get(id(program), 0) + 1
    _EXPLAINED[id(program)] = n
    if n == PARSE_ONCE_AFTER and selection.statements(program, True) is None:
        selection.parse_statements(program, traced=True)


def _facts_on(scenario: Scenario, when: date, source: str, file_as_of: Optional[date]) -> Facts:
    """The scenario's facts on `when`. A date asked for over the file's own `as of` is not the
    file's statement: its fact comes from the command line (or the API), not from the file's line."""
    if source == "asked" and file_as_of is not None and file_as_of != when:
        from dataclasses import replace

        undated = replace(scenario, groupement=replace(scenario.groupement, as_of=None))
        facts = scenario_facts(undated, when, Origin("<command line>", 1))
        return facts
    return scenario_facts(scenario, when)


# Conclusions fed back as facts until they agree: name/arity -> input predicate.
# An exclusion or the admission of a new establishment only changes membership
# after its date (rules/membership/2006-01-01_R6133-5.lp), so round k settles the k-th such date;
# with none, one solve suffices.
ROUNDS = {
    ("excluded", 2): "exclusion_in_effect",
    ("exclusion_open", 2): "exclusion_open_in_effect",
    ("admitted_on", 2): "admission_in_effect",
    ("admission_open", 2): "admission_open_in_effect",
}


def _fixpoint(program: Program, facts: Facts, traced: bool):
    """(facts of the last round, the model's shown atoms, the derivation records or None)."""
    with paused():  # collector.py
        return _rounds(program, facts, traced)


def _rounds(program: Program, facts: Facts, traced: bool):
    """The rounds of `_fixpoint` (ROUNDS)."""
    kept: set = set()
    for _ in range(100):
        kept |= selection.guess(program, facts)  # a new round's facts may reach more rules
        solver = _Solver(program, facts, kept, watch=list(ROUNDS), traced=traced)
        derived = {}
        for sym in solver.watched:
            name = ROUNDS[(sym.name, len(sym.arguments))]
            derived[f"{name}({','.join(str(a) for a in sym.arguments)})"] = str(sym)
        if derived == facts.rounds:
            return facts, solver.symbols, solver.records
        facts = facts.with_round(derived)
    raise ReasoningError("the exclusions found do not settle (a bug in rules/)")
