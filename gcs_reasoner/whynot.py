"""Why not? For a conclusion that does not hold, every condition of each rule that fails.

`why_not(result, "deliberation_valid(ag1, d1)")` takes every rule whose head
unifies with the query (arguments or `_` wildcards; dates as YYYY-MM-DD) and
evaluates its body against the model of the result (every atom true in the
final round, as facts), literal by literal, in the order the rule is written
(a literal whose variables are not bound yet waits until they are). clingo does
the evaluation: for each prefix of the body, a rule `_wn(K, Vars) :- prefix.`
is grounded over the model's atoms, so comparisons, `@` functions and
aggregates are computed exactly as in the law program. The deepest prefix that
still has an instance tells the first literal that fails (for the bindings
that reached it); that literal is said in words:

- an `in_force(...)` that fails: the version is not in force on that date
  (with the dates of force, from the inventory), and which version is: the
  inventory's, else one of the law that is not encoded (versions/timeline.tsv),
  else none of the article;
- another positive atom: it does not hold (its `% say` sentence, if any),
  and, when rules derive it, why not, recursively (depth limited);
- `not p(...)`: p holds, with its sentence and the provisions it rests on;
- a comparison or an aggregate: its text with the values of its variables.

The first failing condition is not the only one said (review 39): the rule's later conditions are evaluated
too, for the values of the first failing instance, as if each condition found failing held (it is left out
of the prefix: `_wn(K, Vars) :- Values, checked prefix.` again), and every one that fails is said in the
same words, in the order the body is read (`Failure.further`). A condition that reads a variable whose only
value would come from a condition that fails (`may_convene(P)` after `convened_by(A, P)` failed) cannot be
judged: it is said so (kind `unchecked`). At most MAX_FURTHER further conditions that fail are said per
rule, the rest said not examined (kind `capped`); a rule that fails on its text not in force that day has
no further conditions said (it cannot apply, whatever else holds).

A version guard that fails only because its day is not one the rules examine (no `law_date`), its text being in
force that day by the law's data, is not the reason (review 41: `annual_assembly_missing(2006)` for a groupement
born in 2006 asks a year-end the rules never ask, as 2006 is no whole year of its life): the rule is read again with
that guard last (whynot_eval.Evaluator._unasked_day), and the conditions that fail are said; the guard is said only
when every other condition holds.

Where a comparison reads a date the file states (a variable that is a place of a positive condition
of the rule that is a fact of the file: a convocation's day, a notice's), the last day that date
could have had is said too: for a comparison that fails, the latest day before it on which the
comparison would hold; for the comparison of a `not p` whose p holds, the latest day on which p's
comparison would not. The rule's own comparison finds it, evaluated by clingo (its calendar
functions) with the date moved day by day over LIMIT_DAYS days before; nothing is computed here
(whynot_eval.Evaluator._last_day).

A failing condition on the law's data (the facts every file gets from gcs_reasoner/data/law: the versions'
periods, the provisions' texts, which provision repeats which; whynot_eval.law_facts) is said as such, never
« le dossier n'indique pas »: « les données du droit … ne désignent aucune disposition d'une version ultérieure
comme reprenant les termes de la disposition … » (kind `law_data`); like a version guard, it ends the rule.

Nothing here knows a predicate of the law but `in_force` (and the law's data, which the guards read).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Optional

DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MAX_DEPTH = 3
MAX_BINDINGS = 3
MAX_FURTHER = 8  # at most so many further failing conditions of one rule are said (Failure.further)

WORDS = {
    "fr": {
        "holds": "{q} est établi",
        "not_holds": "{q} n'est pas établi",
        "no_rule": "aucune règle ne conclut {p}/{n}",
        "input": "c'est un fait du dossier, que le dossier n'énonce pas",
        "stated": "c'est un fait que le dossier énonce : {facts}",
        "line": "ligne",
        "not_established": "il n'est pas établi que {s}",
        "absent": "{a} n'est pas établi",
        "present": "{s} ; or cette règle exige le contraire",
        "not_stated": "le dossier n'indique pas que {s}",
        "law_not_stated": "les données du droit que lisent les règles (gcs_reasoner/data/law) n'indiquent pas que {s}",
        "law_repeated_by_none": "les données du droit (gcs_reasoner/data/law) ne désignent aucune disposition d'une "
                                "version ultérieure comme reprenant les termes de la disposition {e} : elle n'est tenue "
                                "pour en vigueur que les jours où sa propre version l'est",
        "law_input": "c'est une donnée du droit (gcs_reasoner/data/law), non un fait du dossier ; les données du droit "
                     "que lisent les règles n'en comptent aucune de cette forme",
        "law_stated": "c'est une donnée du droit (gcs_reasoner/data/law), non un fait du dossier : {facts}",
        "date_not_stated": " (la date n'est pas indiquée)",
        "left_out": "le dossier indique que {s} (ligne {line}), mais cette indication est écartée : {why}",
        "why_holds": "pourquoi {a} est établi :",
        "cmp": "la condition {c} n'est pas remplie ({t})",
        "agg": "l'agrégat {c} n'est pas satisfait",
        "in_force": "la version du {v} de l'article {a} n'est pas en vigueur le {d}",
        "in_force_dates": "en vigueur du {f} au {u}",
        "in_force_now": "la version en vigueur ce jour-là est celle du {v}",
        "in_force_none": "aucune version de l'article n'est en vigueur ce jour-là",
        "in_force_unlisted": "la version en vigueur ce jour-là, celle du {v}, n'est pas encodée : "
                             "aucune règle n'en tire de conclusion",
        "in_force_none_encoded": "aucune version encodée de l'article n'est en vigueur ce jour-là",
        "in_force_open": "en vigueur depuis le {f}",
        "in_force_notdate": "la date {d} n'est pas une date que les règles examinent",
        "rule": "règle",
        "fails": "échoue",
        "also_fails": "échoue aussi",
        "unchecked": "la condition {c} n'a pas pu être vérifiée : elle porte sur {v}, dont la valeur ne viendrait "
                     "que d'une condition qui échoue ({by})",
        "unchecked_many": "les conditions {c} n'ont pas pu être vérifiées : elles portent sur {v}, dont la valeur "
                          "ne viendrait que d'une condition qui échoue ({by})",
        "capped": "les conditions suivantes de la règle ne sont pas examinées : au plus {n} conditions qui "
                  "échouent sont dites par règle",
        "given": "avec",
        "holds_for": "établi pour",
        "undeclared": "{a} n'est déclaré nulle part dans le dossier (ni membre, ni assemblée, ni autre élément de ce "
                      "nom) et n'est pas une valeur des règles : {q} ne peut être établi pour lui",
        "did_you_mean": "vouliez-vous dire {c} ?",
        "limit_holds": "date limite : la date du {v} ({s}, ligne {line}) aurait dû être le {lim} au plus tard "
                       "pour que cette condition de la règle ne soit pas remplie : {c}",
        "limit_fails": "date limite : la date du {v} ({s}, ligne {line}) aurait dû être le {lim} au plus tard "
                       "pour que cette condition soit remplie",
    },
    "en": {
        "holds": "{q} holds",
        "not_holds": "{q} does not hold",
        "no_rule": "no rule concludes {p}/{n}",
        "input": "it is a fact of the file, which the file does not state",
        "stated": "it is a fact the file states: {facts}",
        "line": "line",
        "not_established": "it is not established that {s}",
        "absent": "{a} does not hold",
        "present": "{s}; this rule requires the contrary",
        "not_stated": "the file does not state that {s}",
        "law_not_stated": "the law's data the rules read (gcs_reasoner/data/law) do not state that {s}",
        "law_repeated_by_none": "the law's data (gcs_reasoner/data/law) name no provision of a later version as "
                                "repeating the words of provision {e}: it is taken as in force only on the days its "
                                "own version is",
        "law_input": "it is a datum of the law (gcs_reasoner/data/law), not a fact of the file; the law's data the "
                     "rules read have none of that form",
        "law_stated": "it is a datum of the law (gcs_reasoner/data/law), not a fact of the file: {facts}",
        "date_not_stated": " (the date is not stated)",
        "left_out": "the file states that {s} (line {line}), but that statement is left out: {why}",
        "why_holds": "why {a} holds:",
        "cmp": "the condition {c} is not met ({t})",
        "agg": "the aggregate {c} is not satisfied",
        "in_force": "the version of {v} of article {a} is not in force on {d}",
        "in_force_dates": "in force from {f} to {u}",
        "in_force_now": "the version in force that day is that of {v}",
        "in_force_none": "no version of the article is in force that day",
        "in_force_unlisted": "the version in force that day, that of {v}, is not encoded: "
                             "no rule draws a conclusion from it",
        "in_force_none_encoded": "no encoded version of the article is in force that day",
        "in_force_open": "in force since {f}",
        "in_force_notdate": "{d} is not a date the rules examine",
        "rule": "rule",
        "fails": "fails",
        "also_fails": "also fails",
        "unchecked": "the condition {c} could not be checked: it reads {v}, whose value would come only from a "
                     "condition that fails ({by})",
        "unchecked_many": "the conditions {c} could not be checked: they read {v}, whose value would come only "
                          "from a condition that fails ({by})",
        "capped": "the rule's next conditions are not examined: at most {n} failing conditions are said per rule",
        "given": "given",
        "holds_for": "holds for",
        "undeclared": "{a} is declared nowhere in the file (no member, assembly or other element of that name) and "
                      "is no value of the rules: {q} cannot hold for it",
        "did_you_mean": "did you mean {c}?",
        "limit_holds": "last day: the date {v} ({s}, line {line}) would have had to be {lim} at the latest "
                       "for this condition of the rule not to be met: {c}",
        "limit_fails": "last day: the date {v} ({s}, line {line}) would have had to be {lim} at the latest "
                       "for this condition to be met",
    },
}


class QueryError(ValueError):
    """The query is not an atom of the contract (`name(arg, ..., _)`)."""


class UnknownValue(QueryError):
    """The query names a value the file declares nowhere and the rules never name (a typo)."""


# --- queries ------------------------------------------------------------------------


def quiet(_code, _message) -> None:
    """clingo's parse messages are not for the user: a term that does not parse is handled."""


def parse_query(text: str, dates: bool = True):
    """`name(a, 2007-03-20, _)` -> (name, [Symbol or None for `_`])."""
    import clingo

    from .sentences import parse_pattern

    if not isinstance(text, str):
        raise QueryError(f"expected an atom as text, such as 'member(ch_a)', not {type(text).__name__}")
    text = text.strip()
    if not re.match(r"^[a-z_][A-Za-z0-9_]*(\(.*\))?$", text, re.S):
        raise QueryError(f"{_shown(text)} is not an atom: expected name(arg, ...), `_` for any value")
    _check_shape(text)
    try:
        pattern = parse_pattern(text)
    except AssertionError:
        raise QueryError(f"{_shown(text)} is not an atom: expected one conclusion, name(arg, ...), "
                         f"`_` for any value") from None
    if pattern[0] != "fn":
        return text, []
    name, args = pattern[1], []
    raw = _split_args(text)
    for a in raw:
        a = a.strip()
        if a == "_":
            args.append(None)
            continue
        if dates:  # a user's query (the patterns of the rules are read as written)
            a = _contract_spelling(a)
        if dates and not a.startswith('"'):
            _check_values(text, a)
            a = DATE.sub(lambda m: f"d({int(m.group(1))},{int(m.group(2))},{int(m.group(3))})", a)
        try:
            args.append(clingo.parse_term(a, logger=quiet))
        except (RuntimeError, UnicodeDecodeError):  # clingo's message may end mid-character
            raise QueryError(f"{_shown(text)}: cannot read the argument {_shown(a)}") from None
    return name, args


MAX_NESTING = 50  # terms in a query: `avenant(av1)`, `d(2007,12,31)`; a query nested deeper is no atom of the law
_SHOWN = 80


def _shown(text: str) -> str:
    """A user's text in a message: quoted, cut after _SHOWN characters (a query may be 6,000 long)."""
    return repr(text) if len(text) <= _SHOWN else repr(text[:_SHOWN]) + f"… ({len(text)} characters)"


def _check_shape(text: str) -> None:
    """QueryError for a query whose parentheses do not pair, that nests terms more than MAX_NESTING
    deep (read recursively: a deeper one would exhaust Python's stack), or that has a character
    other than ASCII outside a quoted string (clingo's identifiers are ASCII, as the file's are;
    an accented word is allowed only in quotes)."""
    bare = _STRING.sub('""', text)
    depth = deepest = 0
    for ch in bare:
        if ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ")":
            depth -= 1
            if depth < 0:
                break
    if depth != 0 or bare.count('"') % 2:
        raise QueryError(f"{_shown(text)}: unbalanced parentheses or quotes")
    end = _first_close(bare)
    if end is not None and bare[end + 1:].strip():  # `a(x) b(y)`, `a(x);b(y)`: balanced, but two
        raise QueryError(f"{_shown(text)}: text after the atom {_shown(text[:_first_close(text) + 1])}; "
                         f"expected one conclusion, such as 'member(ch_a)' (ask about each in its own command)")
    if deepest > MAX_NESTING:
        raise QueryError(f"{_shown(text)}: terms nested {deepest} deep; expected an atom of the law, "
                         f"its terms nested at most {MAX_NESTING} deep")
    odd = re.search(r"[^\x00-\x7f]+", bare)
    if odd:
        word = re.search(r"[^\s(),]*" + re.escape(odd.group(0)) + r"[^\s(),]*", bare).group(0)
        raise QueryError(f"{_shown(text)}: invalid word {word!r}: identifiers are ASCII; expected "
                         f"[a-z][A-Za-z0-9_]* (accented letters are allowed only in quoted names)")


def _first_close(text: str):
    """The index of the parenthesis that closes the first one opened (quoted strings skipped), or None."""
    depth, quoted, escaped = 0, False, False
    for k, ch in enumerate(text):
        if quoted:
            quoted, escaped = (escaped or ch != '"'), (not escaped and ch == "\\")
            continue
        if ch == '"':
            quoted, escaped = True, False
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


_NUMBER = re.compile(r"(?<![A-Za-z0-9_])\d+(?![A-Za-z0-9_])")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _check_values(text: str, arg: str) -> None:
    """QueryError for a value of a user's query that the reasoner would not read as written: a date
    the calendar does not have (2012-02-30), or out of the rules' calendar, refused as `--as-of`
    refuses it; a number beyond 2147483647, which clingo would wrap to 32 bits (another question
    answered), refused as the language refuses it in a file. Quoted strings are taken as written."""
    from .parse import MAX_NUMBER
    from .reasoning import asked_date

    bare = _STRING.sub('""', arg)
    for m in DATE.finditer(bare):
        try:
            asked_date(m.group(0))
        except ValueError as exc:
            raise QueryError(f"{text!r}: {exc}") from None
    for m in _NUMBER.finditer(DATE.sub("0", bare)):
        digits = m.group(0).lstrip("0") or "0"
        if len(digits) > len(str(MAX_NUMBER)) or int(digits) > MAX_NUMBER:
            raise QueryError(f"{text!r}: number {m.group(0)[:30]}{'…' if len(m.group(0)) > 30 else ''} is too large: "
                             f"the reasoner computes exactly up to {MAX_NUMBER}; expected a number of at most "
                             f"{MAX_NUMBER}")


_IDENT = re.compile(r"^[a-z_][A-Za-z0-9_]*$")
_ACT_WORD = re.compile(r"^([a-z_][A-Za-z0-9_]*):([a-z_][A-Za-z0-9_]*)$")


def _contract_spelling(arg: str) -> str:
    """An argument as `check` prints it, read as `explain` reads it: `avenant:av1` is the term
    `avenant(av1)`. A quoted argument stays a string here (a region is one: "bourgogne");
    `read_quoted` reads `"ch_a"` as the identifier where the model has the identifier."""
    m = _ACT_WORD.match(arg)
    return f"{m.group(1)}({m.group(2)})" if m else arg


def atoms_of(result, name: str, arity: int) -> list:
    """The model's atoms name/arity (every atom true, shown or not), indexed once per result."""
    index = result.__dict__.get("_atoms_by_signature")
    if index is None:
        from .whynot_rules import model_atoms

        index = {}
        for a in model_atoms(result):
            index.setdefault((a.name, len(a.arguments)), []).append(a)
        result.__dict__["_atoms_by_signature"] = index
    return index.get((name, arity), [])


def read_quoted(result, name: str, args: list) -> list:
    """The query's arguments, a quoted lowercase word (`member("ch_a")`, as `explain` reads it)
    read as the bare identifier only where the string is not what the model has: the string is
    kept when an atom of the predicate has it there (a region: `publication_missing("bourgogne")`),
    or when the atoms have strings in that place, or when there is no atom to tell; it becomes
    the identifier when an atom has that identifier there, or identifiers only."""
    import clingo

    def quoted_word(a) -> bool:
        return a is not None and a.type == clingo.SymbolType.String and bool(_IDENT.match(a.string))

    if not any(quoted_word(a) for a in args):
        return args
    atoms = atoms_of(result, name, len(args))
    out = list(args)
    for i, a in enumerate(args):
        if not quoted_word(a):
            continue
        there = {s.arguments[i] for s in atoms}
        bare = clingo.Function(a.string)
        if a in there:
            continue
        if bare in there or (there and all(t.type != clingo.SymbolType.String for t in there)):
            out[i] = bare
    return out


def check_query(result, name: str, args: list, shown: bool = False) -> None:
    """QueryError for a query that names no predicate of the rules or the file, or one with
    another number of arguments: such a query would otherwise read as a legal "no".
    `shown`: the conclusions the law draws only (#show: a line of an `.expected` file,
    `Result.holds`, `explain`), not the auxiliary predicates the rules also write (why-not and
    what-would explain those too). A value of another kind where the predicate takes a date or
    a number (`withdrawal_effective(b, x)`) is one too: no instance could ever hold it."""
    from .whynot_rules import check_places, signatures

    if shown:
        _check_signature(set(result.program.shown), name, args, "among the conclusions of the law "
                         "(the rules' auxiliary predicates are not conclusions)")
    elif (name, len(args)) not in signatures(result.program):  # most queries: no look at the model
        check_signature(result.program, result.facts, name, args)
    check_places(result.program, name, args)  # a constant where a date is: can never hold


def check_signature(program, facts, name: str, args: list) -> None:
    """QueryError unless name/arity is a predicate of the rules or of the file's facts (the atoms
    of the model are those: a rule's head, or a fact), checked without solving."""
    from .whynot_rules import signatures

    known = set(signatures(program))
    if (name, len(args)) not in known:
        known |= fact_signatures(facts)
    _check_signature(known, name, args, "in the rules of the law or the facts of the file",
                     expected="a conclusion of the law, a predicate its rules write or a fact of the file")


def fact_signatures(facts) -> set:
    """The (name, arity) of the facts (made once per list of facts)."""
    from .symbols import split_args

    cached = facts.__dict__.get("_signatures")
    if cached is None or cached[0] != len(facts.facts):
        sigs = set()
        for text, _origin in facts.facts:
            head, paren, rest = text.partition("(")
            sigs.add((head, len(split_args(rest[:-1])) if paren else 0))
        cached = facts.__dict__["_signatures"] = (len(facts.facts), sigs)
    return cached[1]


def _check_signature(known: set, name: str, args: list, where: str, expected: str = "") -> None:
    """QueryError unless name/arity is in `known`: the arities it has, else the nearest names, else
    `expected` (what a query names)."""
    if (name, len(args)) in known:
        return
    arities = sorted({n for p, n in known if p == name})
    if arities:
        forms = " or ".join(f"{name}({', '.join(['_'] * n)})" if n else name for n in arities)
        raise QueryError(f"{name} takes {' or '.join(map(str, arities))} argument(s), not {len(args)}: "
                         f"expected {forms}")
    from difflib import get_close_matches

    close = get_close_matches(name, sorted({p for p, _ in known if not p.startswith("_")}), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else f"; expected {expected}" if expected else ""
    raise QueryError(f"no predicate {name!r} {where}{hint}")


def _split_args(text: str) -> list[str]:
    from .symbols import split_args

    if "(" not in text:
        return []
    return split_args(text[text.index("(") + 1: text.rindex(")")])

def query_text(name: str, args: list) -> str:
    from .symbols import render_term

    if not args:
        return name
    return f"{name}({', '.join('_' if a is None else render_term(a) for a in args)})"


def matches(sym, name: str, args: list) -> bool:
    return sym.name == name and len(sym.arguments) == len(args) and all(
        a is None or a == b for a, b in zip(args, sym.arguments))


# --- results ------------------------------------------------------------------------


@dataclass
class Failure:
    """The first condition of one rule that fails, for some bindings of its variables; in `further`, the
    rule's later conditions that fail too (or could not be checked) for the first of those bindings."""

    rule: object  # program.RuleInfo
    literal: str  # the literal as written in the rule
    ground: str  # with the values of its variables (where bound)
    kind: str  # in_force | law_data | absent | present | comparison | aggregate | head | error
    words: dict  # lang -> sentence
    bindings: list = field(default_factory=list)  # {variable: value text}
    involved: list = field(default_factory=list)  # (atom text, "file line N" or provisions) of the prefix
    holding: list = field(default_factory=list)  # for `not p`: the atoms p that hold
    sub: list = field(default_factory=list)  # WhyNot of the failing atom (derived predicates)
    quote: str = ""  # the rule's quote in the version in force on the date that matters (Evaluator._quote)
    quoted: str = ""  # the provision whose text holds `quote`, shown first (versions.applied_citation)
    # for `not p`: the explanation trees (explain.DerivedNode) of the atoms p that hold and are derived, as
    # `explain` gives them (the facts with their lines, the comparisons with their dates, the quote)
    explained: list = field(default_factory=list, repr=False)
    # the last day a date the file states could have had for the condition that fails to be met, or for the
    # comparison of a `not p` that holds not to be (Evaluator._last_day: the rule's own comparison, evaluated
    # by clingo day by day before the date stated): {lang: sentence}
    limits: list = field(default_factory=list)
    # the rule's later conditions, for the values of the first binding, that fail too (each a Failure of the
    # same rule, kind as above), or that could not be checked (kind "unchecked": a variable they read would
    # have its value only from a condition that fails), or "capped" (MAX_FURTHER reached), in the order the
    # body is read; empty for a further failure itself
    further: list = field(default_factory=list)
    # for an "unchecked" condition: {variable it reads: the condition, failing or not checked, that alone would give it}
    needs: dict = field(default_factory=dict)
    # the rule fails on its text not in force that day (whynot_eval._about_force): a version guard, a fact of the
    # law's data the guard reads (same_as...), or a derived condition whose every rule fails so; nothing more said
    guard: bool = False

    @property
    def provisions(self) -> list[str]:
        """The rule's provisions, the one whose text holds the quote shown first."""
        cited = list(self.rule.provisions)
        if self.quoted and self.quoted in cited[1:]:
            cited.remove(self.quoted)
            cited.insert(0, self.quoted)
        return cited

    def as_dict(self, lang: str = "fr") -> dict:
        d = {"rule": f"{self.rule.file}:{self.rule.line}", "provisions": self.provisions, "condition": self.literal,
             "ground": self.ground, "kind": self.kind, "words": self.words.get(lang, ""),
             "bindings": self.bindings, "involved": [{"atom": a, "from": w} for a, w in self.involved]}
        if self.quote or self.rule.quote:
            d["quote"] = self.quote or self.rule.quote
        if self.holding:
            d["holding"] = self.holding
        if self.sub:
            d["because"] = [s.as_dict(lang) for s in self.sub]
        if self.limits:
            d["limits"] = [x[lang] for x in self.limits]
        if self.explained:
            from .render.json_out import tree_dict

            d["holding_explained"] = [tree_dict(t._result, t) for t in self.explained]
        if self.needs:
            d["needs"] = self.needs
        if self.further:
            # the same rule, its quote and its provisions: said once, on the first failing condition
            d["further"] = [{k: v for k, v in x.as_dict(lang).items() if k not in ("rule", "provisions", "quote")}
                            for x in self.further]
        return d


@dataclass
class WhyNot:
    query: str
    holds: list = field(default_factory=list)  # instances of the query that hold
    failures: list = field(default_factory=list)
    note: str = ""  # no rule, an input fact...
    lang: str = "fr"

    @property
    def holds_now(self) -> bool:
        return bool(self.holds)

    def as_dict(self, lang: Optional[str] = None) -> dict:
        from .render.phrases import lang_of

        lang = self.lang if lang is None else lang_of(lang)
        d = {"query": self.query, "holds": self.holds, "rules": [f.as_dict(lang) for f in self.failures]}
        if self.note:
            d["note"] = self.note
        return d

    def text(self, lang: Optional[str] = None) -> str:
        from .render.phrases import lang_of

        return "\n".join(self._lines(self.lang if lang is None else lang_of(lang), 0))

    __str__ = text

    def _lines(self, lang, depth) -> list[str]:
        w = WORDS[lang]
        pad = "   " * depth
        out = []
        if self.holds and depth == 0:
            out.append(pad + w["holds"].format(q=self.query) + (
                "" if self.holds == [self.query] else f" ({w['holds_for']} {', '.join(self.holds)})"))
            if self.holds == [self.query]:
                return out
        elif depth == 0:
            out.append(pad + w["not_holds"].format(q=self.query))
        if self.note:
            out.append(pad + "  " + self.note)
        for f in self.failures:
            prov = ", ".join(f.provisions) or "auxiliary"
            out.append(f"{pad}- [{prov}] {f.rule.file}:{f.rule.line}: {f.words.get(lang, '')}")
            if (f.quote or f.rule.quote) and depth == 0:
                out.append(f"{pad}  « {f.quote or f.rule.quote} »")
            out.append(f"{pad}  {w['fails']}: {f.literal}" + (f"   ({f.ground})" if f.ground != f.literal else ""))
            if f.involved:
                shown = [a + (f" ← {src}" if src else "") for a, src in f.involved[:6]]
                out.append(f"{pad}  {w['given']}: " + "; ".join(shown) + (" …" if len(f.involved) > 6 else ""))
            out.extend(_failure_details(f, lang, depth))
            for group in _grouped(f.further):
                x = group[0]
                if x.kind == "unchecked":
                    out.append(f"{pad}  {x.words.get(lang, '')}" if len(group) == 1 else
                               f"{pad}  " + w["unchecked_many"].format(
                                   c=(" ; " if lang == "fr" else "; ").join(y.ground for y in group),
                                   v=", ".join(dict.fromkeys(v for y in group for v in y.needs)), by=_by(x)))
                    continue
                if x.kind == "capped":
                    out.append(f"{pad}  …: {x.words.get(lang, '')}")
                    continue
                out.append(f"{pad}  {w['also_fails']}: {x.words.get(lang, '')}")
                out.append(f"{pad}     {x.literal}" + (f"   ({x.ground})" if x.ground != x.literal else ""))
                if x.involved:
                    shown = [a + (f" ← {src}" if src else "") for a, src in x.involved[:6]]
                    out.append(f"{pad}     {w['given']}: " + "; ".join(shown) + (" …" if len(x.involved) > 6 else ""))
                out.extend(_failure_details(x, lang, depth + 1))
        return out

    def _repr_html_(self) -> str:
        return "<pre class='gcs-why-not'>" + html.escape(self.text()) + "</pre>"


def _by(f: Failure) -> str:
    """The conditions that alone would give the variables an unchecked condition reads."""
    return ", ".join(dict.fromkeys(f.needs.values()))


def _grouped(further: list) -> list[list]:
    """The further conditions, the consecutive unchecked ones waiting on the same conditions together (said in one
    line)."""
    out: list = []
    for x in further:
        if out and x.kind == "unchecked" and out[-1][0].kind == "unchecked" and _by(out[-1][0]) == _by(x):
            out[-1].append(x)
        else:
            out.append([x])
    return out


def _failure_details(f: Failure, lang: str, depth: int) -> list[str]:
    """The lines under a failing condition, indented `depth` steps: why the p of a `not p` holds, the last
    days, why not in turn."""
    from .symbols import spell

    w = WORDS[lang]
    pad = "   " * depth
    out = []
    for t in f.explained:
        out.append(f"{pad}  " + w["why_holds"].format(a=spell(t.symbol)))
        out.extend(f"{pad}     {line}" for line in _reasons(t, lang))
    out.extend(f"{pad}  → {x[lang]}" for x in f.limits)
    for s in f.sub:
        out.extend(s._lines(lang, depth + 1))
    return out


def _reasons(tree, lang: str) -> list[str]:
    """The lines of an explanation tree (explain.DerivedNode) under its conclusion, one level deep: its
    quote, the text applied, the facts with their lines, the sub-conclusions it rests on (their own
    reasons left to `explain`), the comparisons with their values and the conditions found absent."""
    from .render.words import Words, render_items

    words = Words(tree._result, lang)
    item = words.view(tree)
    for child in item.children:
        if child.kind == "derived":
            child.children = []
    return render_items(item, words).split("\n")[1:]


def why_not(result, query: str, lang: str = "fr", depth: int = MAX_DEPTH) -> WhyNot:
    """Why `query` (an atom, `_` for any value, dates as YYYY-MM-DD) does not hold in `result`. A
    value the file declares nowhere and the rules never name (`member(zz)`) is said first, with the
    nearest conclusions drawn, before the rules' failures (as explain says it)."""
    from .whynot_eval import Evaluator

    from .render.phrases import lang_of

    lang = lang_of(lang)  # checked here: a WhyNot in another language would fail only when shown
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 0:
        raise (ValueError if isinstance(depth, int) and not isinstance(depth, bool) else TypeError)(
            f"depth={depth!r}: expected a whole number, 0 or more")
    name, args = parse_query(query)
    check_query(result, name, args)
    args = read_quoted(result, name, args)
    out = Evaluator(result, lang, depth).why_not(name, args)
    if not out.holds:
        said = _undeclared(result, name, args, lang)
        if said:
            out.note = said + (f" — {out.note}" if out.note else "")
    return out


def _undeclared(result, name: str, args: list, lang: str) -> str:
    """The note on the constants of the query that are no value of the file's facts nor of the rules
    (a misspelt member, assembly...): none can make the query hold; with the nearest conclusions."""
    unknown = unknown_values(result, args)
    if not unknown:
        return ""
    from difflib import get_close_matches

    from .symbols import spell

    w = WORDS[lang]
    q = query_text(name, args)
    drawn = [spell(c.symbol) for c in result.conclusions]
    close = get_close_matches(q, [t for t in drawn if t.startswith(name + "(")] or drawn, n=3, cutoff=0.5)
    said = w["undeclared"].format(a=", ".join(repr(u) for u in unknown), q=q)
    if close:
        said += " ; " if lang == "fr" else "; "
        said += w["did_you_mean"].format(c=" or ".join(repr(c) for c in close) if lang == "en"
                                         else " ou ".join(repr(c) for c in close))
    return said


_WORD = re.compile(r'(?<![A-Za-z0-9_"])[a-z_][A-Za-z0-9_]*')
_IDENT_FULL = re.compile(r"[a-z_][A-Za-z0-9_]*\Z")


def _constants(args) -> list:
    """The constants (a name without arguments) of the query's values, nested ones too
    (`av1` in `avenant(av1)`); `_`, numbers, dates and strings are none."""
    import clingo

    out = []
    for a in args:
        if a is None or a.type != clingo.SymbolType.Function or not a.positive:
            continue
        if a.arguments:
            out.extend(_constants(a.arguments))
        elif a.name:
            out.append(a.name)
    return out


def _known_values(result) -> tuple:
    """(the file's words, the rules' words): every identifier the file declares (its statements,
    those the facts leave out too: an assembly held before the approval's publication is declared)
    or its facts state, and every lowercase word of the rules (their constants)."""
    program = result.program
    known = program.__dict__.get("_constants")
    if known is None:
        known = program.__dict__["_constants"] = frozenset(_WORD.findall(program.plain))
    facts = result.facts
    stated = facts.__dict__.get("_constants")
    if stated is None or stated[0] != len(facts.facts):
        stated = facts.__dict__["_constants"] = (len(facts.facts),
                                                 frozenset(w for t, _ in facts.facts for w in _WORD.findall(t)))
    return stated[1] | _declared(getattr(result, "scenario", None)), known


def _declared(scenario) -> frozenset:
    """The identifiers written in the file's statements (every string value that is one: ids,
    members, matters...), read from the objects, so a groupement made in Python has them too."""
    return read_statements(scenario, "_declared",
                           lambda values: {v for v in values if isinstance(v, str) and _IDENT_FULL.match(v)})


def read_statements(scenario, name: str, pick) -> frozenset:
    """`pick(values)` over every value of the file's statements (each string, and each statement object
    itself), read from the objects of `scenario.groupement` (a groupement made in Python has them
    too); kept on the scenario under `name` while its groupement is the same."""
    if scenario is None:
        return frozenset()
    g = scenario.groupement
    cached = scenario.__dict__.get(name)
    if cached is not None and cached[0] is g:
        return cached[1]
    import dataclasses

    values: list = []
    seen: set = set()

    def walk(obj) -> None:
        if isinstance(obj, str):
            values.append(obj)
        elif isinstance(obj, (list, tuple)):
            for x in obj:
                walk(x)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type) and id(obj) not in seen:
            seen.add(id(obj))
            values.append(obj)
            for f in dataclasses.fields(obj):
                walk(getattr(obj, f.name, None))

    walk(g)
    out = frozenset(pick(values))
    try:
        scenario.__dict__[name] = (g, out)
    except (AttributeError, TypeError):  # a frozen or slotted scenario: not cached
        pass
    return out


def unknown_values(result, args) -> list[str]:
    """The constants of a query that the file declares nowhere and the rules never name: no
    instance with them can ever hold (a misspelt member, assembly or value)."""
    consts = _constants(args)
    if not consts:
        return []
    stated, known = _known_values(result)
    return [c for c in dict.fromkeys(consts) if c not in known and c not in stated]


def check_values(result, name: str, args: list) -> None:
    """QueryError (UnknownValue) for a query naming a value that the file declares nowhere and the
    rules never name: `not administrator_invalid(no_fixd_term)` would pass for ever and
    `holds` answer False for ever, on a typo. The message names the nearest known values."""
    unknown = unknown_values(result, args)
    if not unknown:
        return
    from difflib import get_close_matches

    stated, known = _known_values(result)
    hints = []
    for u in unknown:
        close = get_close_matches(u, sorted(w for w in stated if len(w) > 1), n=3, cutoff=0.6) or \
            get_close_matches(u, sorted(w for w in known if len(w) > 1 and not w.startswith("_")), n=3, cutoff=0.75)
        if close:
            hints.append(("" if len(unknown) == 1 else f"{u!r}: ") +
                         f"did you mean {' or '.join(repr(c) for c in close)}?")
    q = query_text(name, args)
    one = len(unknown) == 1
    raise UnknownValue(f"{', '.join(repr(u) for u in unknown)} {'is' if one else 'are'} declared nowhere in the file "
                       f"(no member, assembly or other element of that name) and {'is no value' if one else 'are no values'} "
                       f"of the rules: {q} can never hold"
                       + (f"; {'; '.join(hints)}" if hints else ""))
