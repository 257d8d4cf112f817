"""What the law concludes on a scenario (Result): its conclusions, its warnings, and on demand
why (the derivation records of a traced solve, trace.py; the trees, explain.py).

reasoning.py makes a Result from a model of the rules; a batch of files (batching.py) makes one
per file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterator, Optional

from .collector import paused
from .facts import Facts
from .law import article_version as _article_version, nota_names as _nota_names
from .program import NOT_IN_FOLDER, NOTA_APPLIED, Program
from .scenario import Scenario
from .symbols import order, render_atom, spell, to_value
from .records import Records
from .trace import Trace

WARNING_PREDICATES = {("missing_fact", 3), ("not_judged", 3), ("membership_unknown", 2), ("doubtful_text", 2),
                      ("no_effect", 3)}


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
        from .render.phrases import lang_of
        from .sentences import sentence

        return sentence(self.symbol, lang_of(lang), self.result.program, self.result.names, self.result.rule_of(self.symbol))

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
    # the rules' atom the warning says (`missing_fact(vote_share, b, rights)`), for tests and notebooks; not in
    # the JSON (the contract's warning is its code, message and line)
    atom: str = field(default="", compare=False)

    def text(self, lang: str = "fr") -> str:
        """The message in `lang` (French when written, else English)."""
        from .render.phrases import lang_of

        lang = lang_of(lang)
        return self.message_fr if lang == "fr" and self.message_fr else self.message

    def as_dict(self) -> dict:
        d = {"code": self.code, "message": self.message}
        if self.message_fr:
            d["message_fr"] = self.message_fr
        if self.line is not None:
            d["line"] = self.line
        return d




class ConclusionNotDrawn(KeyError):
    """`Result.explain(text)` of a conclusion the result does not draw (a KeyError, as before,
    whose message says the date and the conclusions nearest in spelling). Every argument is
    optional, and the exception pickles with its message (a pool's worker sends it back)."""

    def __init__(self, text: str = "", result: Optional["Result"] = None, why: str = "",
                 message: Optional[str] = None):
        from difflib import get_close_matches

        from .whynot import _shown

        super().__init__(text)
        shown = _shown(text) if isinstance(text, str) else repr(text)
        if message is not None:
            self.message = message
        elif why:
            if why.startswith(shown + ": "):  # the query's own message names it already
                why = why[len(shown) + 2:]
            self.message = f"no conclusion {shown}: {why}"
        elif result is None:
            self.message = f"no conclusion {shown}"
        else:
            close = get_close_matches(text, [spell(c.symbol) for c in result.conclusions], n=3, cutoff=0.5)
            hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            self.message = (f"no conclusion {shown} on {result.as_of.isoformat()}{hint} "
                            "(result.why_not(text) says why it is not drawn)")

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        return (_not_drawn, (self.args[0] if self.args else "", self.message))


def _not_drawn(text: str, message: str) -> ConclusionNotDrawn:
    """A ConclusionNotDrawn unpickled (its message as it was made)."""
    return ConclusionNotDrawn(text, message=message)


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
        self._nota_dates: dict = {}  # rule -> the dates of its text guards it applied on (_nifd(I, D))
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
            elif key == (NOTA_APPLIED, 2):
                self._nota_dates.setdefault(number_of(arguments[0]), set()).add(str(value_of_rep(arguments[1])))
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
        """The conclusions of one predicate of the law (`"nature"`), in order; [] when none is drawn.
        A name that is no conclusion of the law (`"dissolution_requried"`) raises whynot.QueryError
        (a ValueError) with the nearest names, rather than a silent []."""
        from .whynot import QueryError

        if not isinstance(predicate, str):
            raise TypeError(f"expected the name of a conclusion, such as 'member', not {type(predicate).__name__}")
        names = {p for p, _ in self.program.shown}
        if predicate not in names:
            from difflib import get_close_matches

            close = get_close_matches(predicate.strip(), sorted(names), n=3, cutoff=0.6)
            hint = f"; did you mean {' or '.join(close)}?" if close else (
                "; expected the name alone, without arguments (find and holds take a conclusion)"
                if "(" in predicate else "; expected the name of a conclusion, such as 'member'")
            raise QueryError(f"no predicate {predicate!r} among the conclusions of the law{hint}")
        return [c for c in self.conclusions if c.predicate == predicate]

    def holds(self, text: str) -> bool:
        """Whether the conclusion spelt `text` is drawn; `_` stands for any value (`member(_)`:
        some member). A predicate that is no conclusion of the law, or the wrong number of
        arguments, or a value the file declares nowhere and the rules never name (a misspelt member),
        raises whynot.QueryError (a ValueError) rather than a silent False."""
        return self.find(text) is not None

    def __contains__(self, item) -> bool:
        """`"member(ch_a)" in result`, as `holds` (a Conclusion too)."""
        if isinstance(item, Conclusion):
            return item in self.conclusions
        return self.holds(item)

    def _check_query(self, text) -> tuple:
        """(name, args) of a query on the conclusions; QueryError when it names no conclusion of
        the law (an auxiliary predicate of the rules is not one: it is never drawn)."""
        from .whynot import check_query, parse_query

        if not isinstance(text, str):
            raise TypeError(f"expected a conclusion as text, such as 'member(ch_a)', not {type(text).__name__}")
        name, args = parse_query(text)
        check_query(self, name, args, shown=True)
        return name, args

    def not_drawn(self, text: str) -> ConclusionNotDrawn:
        """What to raise (or say) for `text` not drawn: the predicate is no conclusion of the law or
        the text no atom, else the date and the nearest spellings (API `explain`, CLI `explain`)."""
        from .whynot import QueryError

        try:
            name, args = self._check_query(text)
        except QueryError as exc:  # a predicate the law does not have, or not an atom: said so
            # explain takes one conclusion written in full: no `_` promised here (why-not's message has it)
            return ConclusionNotDrawn(text, self, str(exc).replace(", `_` for any value", "").replace(" (or _ for any)", ""))
        if any(a is None for a in args):  # `_` is for why_not and holds: explain takes one conclusion
            found = [spell(c.symbol) for c in self.conclusions if _matches_loosely(c.symbol, name, args)]
            shown = ", ".join(repr(f) for f in found[:10]) + (f" and {len(found) - 10} more" if len(found) > 10 else "")
            drawn = (f"the conclusions matching it on {self.as_of.isoformat()}: {shown}" if found
                     else f"none matches it on {self.as_of.isoformat()}")
            return ConclusionNotDrawn(text, self, message=(
                f"{text!r}: explain takes one conclusion written in full, without `_` (`_` is for why-not "
                f"and holds); expected one of {drawn}" if found else
                f"{text!r}: explain takes one conclusion written in full, without `_` (`_` is for why-not "
                f"and holds); {drawn}"))
        return ConclusionNotDrawn(text, self)

    def find(self, text: str) -> Optional[Conclusion]:
        """The conclusion spelt `text`: the contract's spelling (`avenant:av1`) or clingo's (`avenant(av1)`);
        `_` for a value: the first conclusion that matches (`member(_)`). None when it is not drawn. A
        text that is no atom, a predicate that is no conclusion of the law, the wrong number of
        arguments or a value the file declares nowhere raise whynot.QueryError (a ValueError), as
        `holds` does: a typo is said, not answered None (nor taken for another conclusion)."""
        from .symbols import find

        if isinstance(text, Conclusion):
            text = text.text
        found = find(self.conclusions, text) if isinstance(text, str) else None
        if found is not None:
            return found
        name, args = self._check_query(text)
        from .whynot import check_values

        check_values(self, name, args)  # a misspelt value: never drawn, said rather than None
        if any(a is None for a in args):
            return next((c for c in self.conclusions if _matches_loosely(c.symbol, name, args)), None)
        return None

    # --- reasons -----------------------------------------------------------------
    @property
    def trace(self) -> "Trace":
        if self._trace is None:
            with paused():
                from .reasoning import _Solver

                self._trace = Trace(self, _Solver(self.program, self.facts, traced=True).records)
        return self._trace

    def provisions_of(self, symbol) -> list[str]:
        return self.trace.provisions_of(symbol)

    def rule_of(self, symbol) -> Optional[str]:
        """The rule (file:line) that derived `symbol`: the first in program order, as its explanation
        tree's; its own `% say` blocks give the atom's sentence (sentences.py). None when not derived."""
        found = self.trace.derivations(symbol)
        if not found:
            return None
        rule = self.program.rule(found[0].rule)
        return f"{rule.file}:{rule.line}"

    def explain(self, conclusion, **kw):
        """The explanation tree (explain.Node) of a conclusion (Conclusion or its text) drawn by this
        result: ConclusionNotDrawn otherwise, a Conclusion of another result (another date or file)
        included, unless this result draws the same atom."""
        from .explain import DEFAULT_MAX_ELEMENTS, build

        if not isinstance(conclusion, (str, Conclusion)):
            raise TypeError(f"expected a conclusion (a Conclusion or its text, such as 'member(ch_a)'), "
                            f"not {type(conclusion).__name__}")
        if isinstance(conclusion, str):
            from .symbols import find

            found = find(self.conclusions, conclusion)  # written in full: not_drawn says why else
            if found is None:
                raise self.not_drawn(conclusion)
            conclusion = found
        elif conclusion.result is not self:
            # a conclusion of another result (another date, another file): explained here only when this
            # result draws the same atom too, and then from this result's own conclusion
            found = next((c for c in self.conclusions if c.symbol == conclusion.symbol), None)
            if found is None:
                raise self.not_drawn(conclusion.text)
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
        could conclude it, the conditions that fail: the first, and in `further` the later ones (whynot.WhyNot)."""
        from .whynot import MAX_DEPTH, why_not

        return why_not(self, query, lang=lang, depth=MAX_DEPTH if depth is None else depth)

    def what_would_make(self, query: str, negate: bool = False, **kw):
        """The smallest verified sets of changes to the file that make `query` hold
        (`negate=True`: stop holding); counterfactual.WhatWould. `negate` is True or False (TypeError
        otherwise, as for reason(explain=...): the text "False" is true to Python, and would ask the
        opposite question)."""
        from .api import _flag
        from .counterfactual import what_would_make

        return what_would_make(self, query, negate=_flag(negate, "negate"), **kw)

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
            from .warning_words import SAID_IN_ITS_SENTENCE

            own = SAID_IN_ITS_SENTENCE.get(str(args[0]))
            if own is not None:  # an event a text governs and says no: its rule's sentence, the table's code
                from .sentences import sentence

                msg = sentence(sym, "en", self.program, names) or f"not judged: {render_atom(sym)}"
                fr = sentence(sym, "fr", self.program, names) or f"non jugé : {render_atom(sym)}"
                return Warning_(own, msg, None, fr)
        if sym.name == "not_judged":
            from .warning_words import EVENTS, SAID_BY_ITS_DATE

            event, subject, when = args
            code = "text_not_in_force"
            what_en, what_fr = EVENTS.get(str(event), ("the event {M}", f"l'événement {event}"))
            msg = (f"{what_en.format(M=names.get(subject, subject))} on {value(sym.arguments[2], 'en', {})} is not "
                   f"judged: no encoded text governs it on that date; its effect is unknown")
            named = names.get(subject, subject)
            if "{M}" in what_fr:
                what_fr = what_fr.format(M=named)
            elif str(event) not in SAID_BY_ITS_DATE:
                what_fr = f"{what_fr} de {named}"
            fr = (f"{what_fr} du {value(sym.arguments[2], 'fr', {})} "
                  f"n'est pas jugé(e) : aucun texte encodé ne le régit à cette date ; son effet est inconnu")
            # at the line of the statement it names when the file has one (a notice of withdrawal:
            # withdrawal(M, N)), else at the member's
            import clingo

            origin = self.facts.origins().get(str(clingo.Function(str(event), list(sym.arguments[1:]))))
            if origin is not None:
                return Warning_(code, msg, origin.line, fr)
        elif sym.name == "membership_unknown":
            subject, when = args
            code = "membership_unknown"
            msg = (f"whether {names.get(subject, subject)} is a member on {value(sym.arguments[1], 'en', {})} "
                   f"is unknown (a withdrawal, an exclusion or an admission whose effect is not judged): no conclusion "
                   f"that counts the members on that date")
            fr = (f"on ne peut dire si {names.get(subject, subject)} est membre le "
                  f"{value(sym.arguments[1], 'fr', {})} (un retrait, une exclusion ou une admission dont l'effet n'est "
                  f"pas jugé) : aucune conclusion qui compte les membres à cette date")
        elif sym.name == "no_effect":  # a statement of the file the law gives no effect (its rule's sentence)
            import clingo

            from .sentences import sentence

            msg = sentence(sym, "en", self.program, names) or f"no effect: {render_atom(sym)}"
            fr = sentence(sym, "fr", self.program, names) or f"sans effet : {render_atom(sym)}"
            # at the line of the statement: the fact EVENT(ARGS...) it names, or EVENT(ARG) when the last
            # argument is the reason (no_effect(activity_report, Y, before_life)); an event given with its
            # reason, EVENT(REASON), names the statement EVENT(ARGS...) (no_effect(withdrawal(dissolved), M, N))
            origins = self.facts.origins()
            origin = None
            event = sym.arguments[0]
            event = event.name if event.type == clingo.SymbolType.Function and event.arguments else str(event)
            for k in (len(sym.arguments), 2):
                origin = origins.get(str(clingo.Function(event, list(sym.arguments[1:k]))))
                if origin is not None:
                    break
            stated = sym.arguments[1]
            if origin is None and stated.type == clingo.SymbolType.Function and stated.arguments:
                # a statement of the file as second argument (no_effect(admission(dissolved), deliberation_of(A,
                # Dl, M), X)): the warning is said at its line, as a missing_fact's
                origin = origins.get(str(stated))
            return Warning_("no_effect", msg, origin.line if origin else None, fr)
        elif sym.name == "doubtful_text":  # a text read as written though it reads oddly (its rule's sentence)
            from .sentences import sentence

            code = "doubtful_text"
            msg = sentence(sym, "en", self.program, names) or f"doubtful text: {render_atom(sym)}"
            fr = sentence(sym, "fr", self.program, names) or f"texte douteux : {render_atom(sym)}"
            # at the line of the statement it is about, when its second argument names one (a member, a decision
            # of the agency), itself or as the first argument of a term (decision(Dec, N)); a year, a date or a
            # total names none (review 40)
            import clingo

            about = sym.arguments[1]
            # a statement of the file (deliberation_of(A, Dl, M): the exclusion voted at a sitting with others,
            # review 40): at its line, as a missing_fact's
            stated = self.facts.origins().get(str(about)) if about.type == clingo.SymbolType.Function else None
            if stated is not None:
                return Warning_(code, msg, stated.line, fr)
            if about.type == clingo.SymbolType.Function and about.arguments:
                about = about.arguments[0]
            m = (members.get(about.name) if about.type == clingo.SymbolType.Function and not about.arguments
                 else None)
            return Warning_(code, msg, m.line if m else None, fr)
        else:  # missing_fact: what is not stated, of whom (a member by its name), and the conclusion left undrawn
            import clingo

            from .warning_words import (ATTRIBUTES_EN, ATTRIBUTES_FR, TOPICS_EN, TOPICS_FR,
                                        TOPICS_SAID_IN_ITS_SENTENCE, UNSETTLED_WORDS)

            conclusion, subject, attribute = args
            code = "missing_fact"
            topic_en = TOPICS_EN.get(str(conclusion), conclusion)
            topic_fr = TOPICS_FR.get(str(conclusion), conclusion)
            stated = sym.arguments[1]
            statement = None
            if stated.type == clingo.SymbolType.Function and stated.arguments:
                # a statement of the file as subject (missing_fact(later_withdrawal, withdrawal(M, N), ...)): the
                # warning is said at its line, as no_effect's, and names the member it is about (its first argument)
                statement = self.facts.origins().get(str(stated))
                subject = to_value(stated.arguments[0])
            if str(conclusion) in TOPICS_SAID_IN_ITS_SENTENCE:
                # said in its rule's own sentence, which names what the statement names ({A}, {M}, {N}), as
                # doubtful_text's and the not_judged events of SAID_IN_ITS_SENTENCE
                from .sentences import sentence

                msg = sentence(sym, "en", self.program, names) or f"missing fact: {render_atom(sym)}"
                fr = sentence(sym, "fr", self.program, names) or f"fait manquant : {render_atom(sym)}"
                if statement is not None:
                    return Warning_(code, msg, statement.line, fr)
                m = members.get(subject)
                return Warning_(code, msg, m.line if m else None, fr)
            if str(subject) == "groupement":
                of_en, of_fr = "of the groupement", "du groupement"
            else:
                of_en, of_fr = f"of {names.get(subject, subject)}", f"de {names.get(subject, subject)}"
            msg = (f"the file does not state {ATTRIBUTES_EN.get(str(attribute), attribute)} {of_en}: "
                   f"no conclusion on {topic_en}")
            fr = (f"le fichier n'indique pas {ATTRIBUTES_FR.get(str(attribute), attribute)} {of_fr} : "
                  f"aucune conclusion sur {topic_fr}")
            if attribute == "convention":
                msg = f"the file has no convention block: no conclusion on {topic_en}"
                fr = f"le fichier n'a pas de bloc convention : aucune conclusion sur {topic_fr}"
            if str(attribute) in UNSETTLED_WORDS:  # stated, but unsettled: what is unknown is said
                en_words, fr_words = UNSETTLED_WORDS[str(attribute)]
                named = names.get(subject, subject)  # {M}: a member by its name
                msg = f"{en_words.format(A=subject, M=named)}: no conclusion on {topic_en}"
                fr = f"{fr_words.format(A=subject, M=named)} : aucune conclusion sur {topic_fr}"
            if statement is not None:
                return Warning_(code, msg, statement.line, fr)
        m = members.get(subject)
        return Warning_(code, msg, m.line if m else None, fr)

    def _year_warning(self, code: str, kind: str, ident, year: int, line: int) -> Warning_:
        """The warning on a budget, a result or a participation stated for a year, left out of the facts
        (facts.py `_year_left_out`): `after_as_of`, not happened yet on the as-of date; `text_not_in_force`, no
        encoded text in force on the date it would be judged on. An in-kind participation stays a fact: only its
        valuation is not judged."""
        on = self.as_of.isoformat()
        if kind == "budget":
            what, what_fr, e = f"the budget for the financial year {year}", f"le budget de l'exercice {year}", ""
        elif kind == "result":
            what, what_fr, e = f"the result for the financial year {year}", f"le résultat de l'exercice {year}", ""
        else:
            who = self.names.get(ident) or f"'{ident}'"
            what = f"the participation of {who} in running costs for {year}"
            what_fr, e = f"la participation de {who} aux charges de fonctionnement pour {year}", "e"
        if kind == "participation":  # kept among the facts: only its valuation is not judged
            if code == "text_not_in_force":
                why = ("no encoded text governs it on the date it would be judged on (décret 2005-1681 applies from "
                       "1 January 2006)")
                why_fr = ("aucun texte encodé ne la régit à la date où elle serait jugée (le décret 2005-1681 "
                          "s'applique à compter du 1er janvier 2006)")
            else:
                why = f"its year begins after the date the law is applied on ({on})"
                why_fr = f"son année commence après la date d'application du droit ({on})"
            return Warning_(code, f"{what} (line {line}), a contribution in kind: {why}; its valuation is not judged",
                            line, f"{what_fr} (ligne {line}), contribution en nature : {why_fr} ; son évaluation "
                                  f"n'est pas jugée")
        if code == "text_not_in_force":
            return Warning_(code, f"{what} (line {line}) is not judged: no encoded text governs it on the date it "
                                  f"would be judged on (décret 2005-1681 applies from 1 January 2006); its effect is "
                                  f"unknown", line,
                            f"{what_fr} (ligne {line}) n'est pas jugé{e} : aucun texte encodé ne le régit à la date "
                            f"où {'elle' if e else 'il'} serait jugé{e} (le décret 2005-1681 s'applique à compter du "
                            f"1er janvier 2006) ; son effet est inconnu")
        if kind == "budget":
            why = (f"its year begins after the date the law is applied on, and the file states no deliberation "
                   f"adopting it by then: it is not voted yet on {on}")
            why_fr = (f"son année commence après la date d'application du droit, et le fichier n'indique aucune "
                      f"délibération l'adoptant d'ici là : il n'est pas encore voté le {on}")
        elif kind == "result":
            why = (f"the financial year is not closed on {on}, the date the law is applied on (the result is "
                   f"allocated « lors de la clôture de l'exercice »)")
            why_fr = (f"l'exercice n'est pas clos le {on}, date d'application du droit (le résultat est affecté "
                      f"« lors de la clôture de l'exercice »)")
        return Warning_(code, f"{what} (line {line}): {why}; it is not judged", line,
                        f"{what_fr} (ligne {line}) : {why_fr} ; {'elle' if e else 'il'} n'est pas jugé{e}")

    def _not_in_folder_warnings(self) -> list[Warning_]:
        """One `text_not_in_folder` warning per text a rule that applied rests on, naming what
        that rule concludes: the text itself is not applied. A rule rests on such a text in one of
        two ways: a fact of the file stands for it, or the version the rule applies has a NOTA
        referring its application to it. Of the provisions a rule cites, those whose version's NOTA
        names the text are the ones resting on it (R6133-4 of 2024, not L6133-5 cited beside it);
        when no cited version's NOTA names it, every provision the rule cites in force is named.
        A rule that cites, through a same_as chain, a version whose NOTA refers to a text the rules
        mark as not in the folder (RuleInfo.nota_texts) rests on it when that version is the one in
        force on a date of its text guards it applied on (`_nifd(I, D)`): R6133-26 of 2024 I 18°
        for an assembly of 2024, not for one of 2019, whichever rule cites it."""
        from datetime import date as _date

        from . import law

        by_text: dict = {}
        for i in sorted(set(self._not_in_folder_rules)):
            rule = self.program.rule(i)
            cited = rule.provisions
            now = [p for p in cited if _article_version(p) and law.in_force(*_article_version(p), self.as_of)]
            for t in rule.not_in_folder:  # an auxiliary rule cites nothing: its file says where
                noted = [p for p in cited if _nota_names(p, t)]
                by_text.setdefault(t, []).extend(noted or now or cited[:1] or [f"{rule.file}:{rule.line}"])
        for i in sorted(self._nota_dates):  # the versions whose NOTA refers to such a text, in force when applied
            rule = self.program.rule(i)
            days = [_date.fromisoformat(d) for d in sorted(self._nota_dates[i]) if _ISO_DAY.fullmatch(d)]
            for t, noted in rule.nota_texts.items():
                applied = [p for p in noted if any(law.in_force(*_article_version(p), d) for d in days)]
                if applied:
                    by_text.setdefault(t, []).extend(applied)
        out = []
        for t, where in by_text.items():
            ids = ", ".join(dict.fromkeys(where))
            out.append(Warning_(
                "text_not_in_folder",
                f"{t} is not in the folder: what is drawn under {ids} rests on that text (on a fact of the file "
                f"standing for it, or on a version whose note refers its application to it) and is not checked "
                f"against the text itself",
                None,
                f"{t} n'est pas dans le dossier : ce qui est tiré de {ids} repose sur ce texte (sur un fait du "
                f"fichier qui en tient lieu, ou sur une version dont la note renvoie à lui pour son application) "
                f"et n'est pas vérifié au regard du texte lui-même"))
        return out

    def _warnings(self) -> list[Warning_]:  # noqa: C901 - one list of every kind of warning
        from . import law

        out: list[Warning_] = []
        # the story of the file (validate.py): statements the facts left out, and why
        for w in getattr(self.scenario, "warnings", []):
            out.append(Warning_(w.code, w.message, w.line, w.message_fr))
        # events the file dates after the as-of date: not happened yet on it (facts.py leaves them out)
        for kind, ident, when, line in getattr(self.facts, "not_yet", ()):
            from .warning_words import not_yet_words

            if kind.endswith("_year"):  # a budget, a result, a participation of a year (facts.py `_year_left_out`)
                out.append(self._year_warning("after_as_of", kind[:-5], ident, when.year, line))
                continue

            what, what_fr, e, pron = not_yet_words(kind)
            from .render.phrases import date_words

            # a member's name (a withdrawal, a challenge), several (a committee's members), the convention or the
            # scale of a tariff option in words, else the file's id
            from .warning_words import not_yet_named

            named, named_fr = not_yet_named(kind, ident, self.names)
            # the as-of date written " on D" / " le D", as timeline's periods take it out (periods._undated)
            out.append(Warning_(
                "after_as_of",
                f"{what} {named} dated {date_words(when, 'en')} is after the date the law is applied on: it has not "
                f"happened yet on {self.as_of.isoformat()} and is not judged",
                line,
                f"{what_fr} {named_fr} daté{e} du {date_words(when, 'fr')} est postérieur{e} à la date d'application "
                f"du droit : {pron} n'est pas encore intervenu{e} le {self.as_of.isoformat()} et n'est pas jugé{e}"))
        # statements of a year judged on a date no encoded text covers (facts.py `_year_left_out`)
        for kind, ident, year, on, line in getattr(self.facts, "unjudged", ()):
            out.append(self._year_warning("after_as_of" if on > self.as_of else "text_not_in_force", kind, ident,
                                          year, line))
        g = self.scenario.groupement
        members = {m.id: m for m in g.members}
        names = {k: m.name for k, m in members.items()}
        # the statements a warning may be about, by id: a member or an associate first (its name is said), then an
        # assembly, a committee meeting, an avenant, a decision of the agency, a staff, a medical act, an
        # authorisation; the warning is said at the line of the statement (review 40)
        subjects = dict(members)
        for st in (*g.assemblies, *g.committee_meetings, *g.avenants, *g.ars_decisions, *g.staff, *g.medical_acts,
                   *g.authorisations):
            if st.id:
                subjects.setdefault(st.id, st)
        for sym in self._warning_atoms:
            w = self._warning(sym, subjects, names)
            w.atom = spell(sym)
            out.append(w)
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
                now = (f"the version in force then is of {inforce[0].version}" if inforce
                       else "no version of it in the inventory of provisions is in force then")
                now_fr = (f"la version en vigueur est celle du {inforce[0].version}" if inforce
                          else "aucune version de l'inventaire des dispositions n'en est en vigueur")
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


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a date as value_of_rep writes it


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


def _matches_loosely(sym, name: str, args: list) -> bool:
    """Whether a conclusion matches a query with `_` (None) for any value; a quoted word and the
    identifier read alike, as `find` reads them."""
    import clingo

    def same(q, a) -> bool:
        if q is None or q == a:
            return True
        return (q.type == clingo.SymbolType.String and a.type == clingo.SymbolType.Function
                and not a.arguments and a.name == q.string)

    return sym.name == name and len(sym.arguments) == len(args) and all(
        same(q, a) for q, a in zip(args, sym.arguments))
