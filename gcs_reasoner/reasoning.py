"""Facts + law program -> conclusions (clingo), with derivation records on demand.

`reason()` runs the plain program: conclusions only, no explanation cost. The
first call that needs reasons (`Conclusion.provisions`, `Result.explain`, the
JSON output) runs the traced program once for that result and keeps its raw
derivation records (trace.py reads them); trees are built only for the conclusions
asked about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, wraps
from typing import Iterator, Optional

from . import selection
from .collector import paused
from .facts import Facts, Origin, scenario_facts
from .program import NOT_IN_FOLDER, Program, load_program
from .scenario import Scenario
from .symbols import order, render_atom, spell, to_value
from .trace import Records, Trace, _split_records, forget_terms  # (forget_terms: part of this module's API)

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



class _Solver:
    """One clingo control on the rules that can apply to a file (selection.py), with, if asked,
    the derivation records of the rules that applied (record_rules.py's doc)."""

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
