"""Parser of the scenario language (`.gcs` files) into `scenario.Scenario`.

The grammar is `grammar.lark` (LALR(1), basic lexer: every keyword is a string
literal, so a word equal to a keyword is always that keyword and never an
identifier). The syntax tree is then turned into the dataclasses of
`scenario.py` by `_Builder`, which also makes every check the grammar does not
express (real dates, positive rights, at most once, `of M`, references,
duplicate ids). Every problem, whatever the input, is raised as one
`ScenarioError` with the file, line, column and a message that says what is
wrong and what was expected.

The Lark parser is built once per process, lazily, from Lark's cache file
(under the user cache dir, or the temp dir, or not at all if neither is
writable). Lark itself is only imported when the first file is parsed.
"""

from __future__ import annotations

import calendar
import difflib
import os
import re
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from .scenario import (
    Activity,
    ActivityReport,
    Administrator,
    Assembly,
    Attr,
    Avenant,
    AvenantEvent,
    Budget,
    CaseOccurred,
    Consultation,
    Contribution,
    Convention,
    Deliberation,
    DelibRef,
    Dissolution,
    Groupement,
    Liquidator,
    Majority,
    MedicalAct,
    Member,
    Merger,
    Participation,
    Pos,
    Proxy,
    Publication,
    Result,
    Scenario,
    SeatTransfer,
    Staff,
    Vote,
    Withdrawal,
)

__all__ = ["ScenarioError", "parse_text", "parse_file"]


class ScenarioError(Exception):
    """A `.gcs` file that cannot be read, does not parse or breaks a rule of the language."""

    def __init__(self, path: str, line: int, col: int, message: str):
        super().__init__(path, line, col, message)
        self.path = path
        self.line = line
        self.col = col
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class _Error(Exception):
    """Raised inside the builder; turned into a ScenarioError with the path."""

    def __init__(self, pos, message: str):
        super().__init__(message)
        self.line, self.col = (pos.line, pos.col) if isinstance(pos, Pos) else pos
        self.message = message


# ---------------------------------------------------------------------------
# The Lark parser, built once, lazily, from a cache file.

_GRAMMAR_PATH = Path(__file__).with_name("grammar.lark")
_PARSER = None


def _cache_files(digest: str) -> Iterable[str]:
    """Candidate cache files, best first; an unwritable one is simply skipped."""
    import tempfile

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    for directory in (os.path.join(base, "gcs_reasoner"), tempfile.gettempdir()):
        try:
            os.makedirs(directory, exist_ok=True)
        except OSError:
            continue
        uid = os.getuid() if hasattr(os, "getuid") else 0
        fn = os.path.join(directory, f"gcs_grammar_{uid}_{digest}.lark_cache")
        if os.access(fn, os.R_OK) or os.access(directory, os.W_OK):
            yield fn


def _parser():
    global _PARSER
    if _PARSER is None:
        import hashlib

        import lark

        grammar = _GRAMMAR_PATH.read_text(encoding="utf-8")
        # The basic lexer, not the contextual one: with the contextual lexer a
        # keyword is lexed as a NAME wherever a NAME is expected (so reserved
        # words could be identifiers) and "kindd" would be lexed "kind" "d".
        options = dict(parser="lalr", lexer="basic", propagate_positions=True, maybe_placeholders=False)
        digest = hashlib.sha256(f"{lark.__version__}\n{grammar}".encode()).hexdigest()[:16]
        parser = None
        for fn in _cache_files(digest):
            try:
                # Lark checks the grammar's hash stored in the file, rebuilds
                # when it changed and never fails on an unwritable file.
                parser = lark.Lark(grammar, cache=fn, **options)
                break
            except Exception:  # pragma: no cover - a corrupt or foreign cache file
                continue
        if parser is None:  # pragma: no cover
            parser = lark.Lark(grammar, **options)
        _fast_keywords(parser)
        _PARSER = parser
    return _PARSER


def _fast_keywords(parser) -> None:
    """Tell keywords from identifiers with a dict, not lark's regex alternation.

    Lark lexes a word with the identifier regex, then re-matches it against an
    alternation of every keyword (~8 µs a word: a third of the parse time of a
    large file). A keyword is an exact string, so a dict lookup gives the same
    answer. Lark internals: if they change, the regex way stays in place.
    """
    try:
        from lark.lexer import PatternStr, UnlessCallback

        lexer = parser.parser.lexer
        lexer.scanner  # noqa: B018 - builds lexer.callback
        for name, callback in list(lexer.callback.items()):
            if not isinstance(callback, UnlessCallback):
                continue
            terminals = callback.scanner.terminals
            if not all(isinstance(t.pattern, PatternStr) and not t.pattern.flags for t in terminals):
                continue
            table = {t.pattern.value: t.name for t in terminals}

            def lookup(token, table=table):
                kind = table.get(token.value)
                if kind is not None:
                    token.type = kind
                return token

            lexer.callback[name] = lookup
    except Exception:  # pragma: no cover - another lark version: keep its own way
        return


# ---------------------------------------------------------------------------
# Words of the language, for error messages.

# Statements that open each kind of block, in the order of the spec.
_BLOCK_STARTERS = {
    "groupement": (
        "as approved seat duration declared_nature running_costs capital rights_basis "
        "health_network activity member associate contribution participation convention "
        "administrator assembly withdrawal merger avenant budget result dissolution "
        "seat_transfer case_occurred consultation published_in publication_mentions "
        "activity_report documents_mention staff liquidator medical_act"
    ).split(),
    "member": "kind sector region rights joined individual contract_with authorised procedure funding".split(),
    "convention": (
        "object task_split mentions attached notice_days withdrawal_notice_months majority "
        "dissolution_case chair result_allocation rights_adaptation"
    ).split(),
    "assembly": (
        "convened_on urgent requested_by reconvenes present proxy deliberation chaired_by agenda"
    ).split(),
    "deliberation": "for against abstain heard ground".split(),
}
# Display of a keyword in messages ("as" only ever starts "as of").
_DISPLAY = {"as": "as of"}
# Keywords that only link the parts of a statement: a value error after one of
# them is reported against the statement's own keyword.
_CONNECTORS = {"of", "on", "to", "by", "until", "as", "for"}
# Long value sets are introduced by their name and listed in the spec's order.
_MATTERS = (
        "budget accounts administrator auditor convention_change admission exclusion certification "
        "mission_allowances cooperation_structure authorisation_request cpom extension dissolution "
        "real_estate information_sharing medical_protocol billing_terms seat_transfer liquidation "
        "internal_rules other"
).split()
_KINDS = (
        "health_establishment medico_social_establishment liberal_medical_professional "
        "liberal_practice_company health_centre army_hospital army_health_service "
        "other_care_organisation other_health_professional"
).split()
_MENTIONS = (
        "name_and_seat members legal_nature capital rights_rules representation contribution_rules "
        "debt_rules membership_rules dissolution_rules administration_rules professional_intervention"
).split()
_YEAR_KEYWORDS = {"budget", "result", "year", "activity_report"}
# `funding a | b | c | d | e`: the letters are lexed as identifiers (one-letter
# ids stay free) and checked by the builder.
_FUNDING = ("a", "b", "c", "d", "e")
_FUNDING_SHOWN = "a, b, c, d or e"
_PUNCT = {"LBRACE": "'{'", "RBRACE": "'}'", "COMMA": "','", "DOT": "'.'", "$END": "end of file"}

_WORD_RE = re.compile(r"[a-z_][a-z0-9_]*|EUR")


def _keyword_of(terminal: str) -> Optional[str]:
    """The word of a keyword terminal (PUBLIC -> 'public'), None for other terminals."""
    pattern = _terminal_patterns().get(terminal)
    return pattern if pattern is not None and _WORD_RE.fullmatch(pattern) else None


_TERMINAL_PATTERNS: Optional[dict] = None
_TERMINAL_ORDER: Optional[dict] = None


def _terminal_patterns() -> dict:
    global _TERMINAL_PATTERNS, _TERMINAL_ORDER
    if _TERMINAL_PATTERNS is None:
        from lark.lexer import PatternStr

        terminals = _parser().terminals
        _TERMINAL_PATTERNS = {t.name: t.pattern.value for t in terminals if isinstance(t.pattern, PatternStr)}
        _TERMINAL_ORDER = {t.name: i for i, t in enumerate(terminals)}
    return _TERMINAL_PATTERNS


def _join_or(items: list) -> str:
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} or {items[1]}"
    return "one of: " + ", ".join(items[:-1]) + " or " + items[-1]


def _suggest(word: str, candidates: Iterable[str]) -> str:
    candidates = list(dict.fromkeys(candidates))
    lowered = {c.lower(): c for c in candidates}
    match = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean '{lowered[match[0]]}'?)" if match else ""


# ---------------------------------------------------------------------------
# Syntax errors: from Lark's exceptions to one human message.


def _statement_keyword(value_stack, skip_top: bool) -> Optional[str]:
    """The keyword of the statement or clause being read, from the parser's value stack.

    `skip_top`: the top of the stack is a complete item (a value word waiting
    to be reduced), not the keyword that introduces the value.
    """
    from lark import Token

    items = list(reversed(value_stack))
    if skip_top:
        items = items[1:]
    for item in items:
        if isinstance(item, Token):
            if item.type in ("LBRACE", "RBRACE"):
                return None
            word = _keyword_of(item.type)
            if word is not None and word not in _CONNECTORS:
                return word
        elif getattr(item, "data", None) in _ALL_STATEMENT_RULES:
            return None
    return None


_ALL_STATEMENT_RULES = {
    "groupement", "as_of", "approved", "seat", "duration", "declared_nature", "running_costs", "capital",
    "rights_basis", "health_network", "activity", "member", "associate", "contribution", "participation",
    "convention", "administrator", "assembly", "withdrawal", "merger", "avenant", "budget", "result",
    "dissolution", "seat_transfer", "case_occurred", "consultation", "published_in", "publication_mentions",
    "activity_report", "documents_mention", "staff", "liquidator", "medical_act", "kind", "sector", "region",
    "rights", "joined", "individual", "contract_with", "authorised", "procedure", "funding", "object", "task_split",
    "mentions", "attached", "notice_days", "withdrawal_notice_months", "majority", "dissolution_case",
    "chair", "result_allocation", "rights_adaptation", "convened_on", "urgent", "requested_by",
    "reconvenes", "present", "proxy", "deliberation", "chaired_by", "agenda", "vote_list", "ground",
}


def _describe_terminal(name: str, keyword: Optional[str]) -> str:
    if name == "NAME":
        return _FUNDING_SHOWN if keyword == "funding" else "an identifier"
    if name == "STRING":
        return 'a quoted text ("...")'
    if name == "DATE":
        return "a date (YYYY-MM-DD)"
    if name == "NUMBER":
        if keyword in _YEAR_KEYWORDS:
            return "a year (YYYY)"
        if keyword == "rights":
            return "a positive integer"
        if keyword in ("notice_days", "withdrawal_notice_months"):
            return "a whole number"
        return "an amount (whole euros)"
    if name in _PUNCT:
        return _PUNCT[name]
    word = _keyword_of(name)
    return _DISPLAY.get(word, word) if word else name


def _describe_expected(expected: set, keyword: Optional[str]) -> tuple[str, list]:
    """Human list of what was expected, and the words to suggest from."""
    _terminal_patterns()
    order = _TERMINAL_ORDER or {}
    words = {_keyword_of(t): t for t in expected if _keyword_of(t)}
    others = [t for t in expected if not _keyword_of(t)]
    parts: list = []
    block_parts: list = []
    consumed: set = set()
    for block, starters in _BLOCK_STARTERS.items():
        if set(starters) <= set(words):
            shown = [_DISPLAY.get(w, w) for w in starters]
            if len(shown) > 12:
                shown = shown[:12] + ["..."]
            article = "an" if block[0] in "aeiou" else "a"
            block_parts.append(f"{article} {block} statement ({', '.join(shown)})")
            consumed |= set(starters)
    rest = [w for w in words if w not in consumed]
    value_set = None
    for noun, spec_order in (("a matter", _MATTERS), ("a kind", _KINDS), ("a mention", _MENTIONS)):
        if len(rest) > 5 and set(rest) <= set(spec_order):
            value_set = noun
            rest.sort(key=spec_order.index)
            break
    else:
        rest.sort(key=lambda w: order.get(words[w], 0))
    if value_set:
        parts.append(f"{value_set} ({', '.join(rest)})")
    else:
        parts.extend(_DISPLAY.get(w, w) for w in rest)
    tail = []
    for t in sorted(others, key=lambda t: (t == "$END", t == "RBRACE", order.get(t, 0))):
        tail.append(_describe_terminal(t, keyword))
    items = parts + block_parts + tail
    if not items:
        return "something else", []
    if value_set:
        text = items[0] if len(items) == 1 else _join_or(items)
    elif len(items) <= 2:
        text = _join_or(items)
    else:
        text = "one of: " + ", ".join(items[:-1]) + " or " + items[-1]
    suggest_from = [_DISPLAY.get(w, w) for w in words]
    return text, suggest_from


def _describe_found(token) -> str:
    if token.type == "$END":
        return "end of file"
    if token.type == "NAME":
        return f"word '{token.value}'"
    if token.type == "NUMBER":
        return f"number '{token.value}'"
    if token.type == "DATE":
        return f"date '{token.value}'"
    if token.type == "STRING":
        return f"text {token.value}"
    if token.type in _PUNCT:
        return _PUNCT[token.type]
    return f"'{token.value}'"


_VALUE_TERMINALS: Optional[set] = None


def _value_terminals() -> set:
    """Terminals of the value words: those of the grammar's `!rules`."""
    global _VALUE_TERMINALS
    if _VALUE_TERMINALS is None:
        _VALUE_TERMINALS = {
            sym.name
            for rule in _parser().rules
            if rule.options.keep_all_tokens and rule.origin.name != "vote_choice"  # for, against: statements
            for sym in rule.expansion
            if sym.is_term
        }
    return _VALUE_TERMINALS


def _only_reductions(interactive) -> bool:
    """True when the parser stands after a complete item: it can only reduce."""
    from lark.parsers.lalr_analysis import Shift

    state = interactive.parser_state
    actions = state.parse_conf.parse_table.states[state.position]
    return all(action is not Shift for action, _ in actions.values())


def _unexpected_token(e, text: str) -> _Error:
    from lark import Token

    token = e.token
    try:
        expected = set(e.accepts or e.expected)
    except Exception:  # pragma: no cover - accepts() replays the parser; be safe
        expected = set(e.expected)
    value_stack: list = []
    pending = False
    if e.interactive_parser is not None:
        value_stack = list(e.interactive_parser.parser_state.value_stack)
        try:
            pending = _only_reductions(e.interactive_parser)
        except Exception:  # pragma: no cover - lark internals changed
            pending = False
    keyword = _statement_keyword(value_stack, pending)
    top = value_stack[-1] if value_stack else None
    previous = _keyword_of(top.type) if isinstance(top, Token) else None
    if previous == "of" and keyword == "as":
        previous = "as"  # displayed "as of"
    desc, suggest_from = _describe_expected(expected, keyword)
    line, col = token.line, token.column
    if token.type == "$END":
        line, col = getattr(token, "end_line", None) or 1, getattr(token, "end_column", None) or 1
        if not value_stack:
            line, col = 1, 1
    statement_position = bool(expected & {"RBRACE", "$END"})
    value_position = bool(expected & _value_terminals())
    found_kw = _keyword_of(token.type)
    for_kw = f" for {_DISPLAY.get(keyword, keyword)}" if keyword else ""
    where = ""
    if previous and not statement_position:
        where = f" after '{_DISPLAY.get(previous, previous)}'"
    elif keyword and not statement_position:
        if any(keyword in starters for starters in _BLOCK_STARTERS.values()):
            where = f" in the '{_DISPLAY.get(keyword, keyword)}' statement"
        else:
            where = f" after '{keyword} ...'"

    if expected <= {"GROUPEMENT", "$END"} and value_stack:
        msg = f"unexpected {_describe_found(token)} after the end of the groupement; expected end of file"
        if found_kw or token.type == "NAME":
            msg += " (statements go inside the groupement's braces)"
        return _Error((line, col), msg)
    if expected <= {"GROUPEMENT", "$END"}:
        suggestion = _suggest(token.value, ["groupement"]) if token.type == "NAME" else ""
        return _Error(
            (line, col),
            f"unexpected {_describe_found(token)}; expected 'groupement ID \"Name\" {{ ... }}'{suggestion}",
        )
    if token.type == "NAME":
        if "NAME" in expected:  # cannot happen: a NAME where a NAME is expected parses
            return _Error((line, col), f"unexpected {_describe_found(token)}; expected {desc}")
        suggestion = _suggest(token.value, suggest_from)
        if statement_position:
            if "COMMA" in expected and not suggestion:
                return _Error(
                    (line, col),
                    f"unexpected word '{token.value}'; expected {desc} (list items are separated by commas)",
                )
            return _Error((line, col), f"unknown keyword '{token.value}'; expected {desc}{suggestion}")
        if value_position:
            return _Error((line, col), f"unknown value '{token.value}'{for_kw}; expected {desc}{suggestion}")
        if suggest_from:
            return _Error((line, col), f"unknown keyword '{token.value}'{where}; expected {desc}{suggestion}")
        return _Error((line, col), f"unexpected {_describe_found(token)}{where}; expected {desc}")
    if found_kw is not None:
        if "NAME" in expected and keyword == "funding":
            return _Error((line, col), f"invalid value '{found_kw}' for funding; expected {desc}")
        if "NAME" in expected:
            return _Error(
                (line, col),
                f"'{found_kw}' is a reserved word and cannot be an identifier; expected {desc}",
            )
        if statement_position:
            return _Error((line, col), f"'{_DISPLAY.get(found_kw, found_kw)}' is not allowed here; expected {desc}")
        if value_position:
            return _Error((line, col), f"invalid value '{found_kw}'{for_kw}; expected {desc}")
        return _Error((line, col), f"unexpected '{found_kw}'{where}; expected {desc}")
    return _Error((line, col), f"unexpected {_describe_found(token)}{where}; expected {desc}")


def _unexpected_characters(e, text: str) -> _Error:
    pos = e.pos_in_stream
    line, col = e.line, e.column
    char = text[pos] if 0 <= pos < len(text) else ""
    if char == '"':
        return _Error(
            (line, col),
            "unterminated text; expected a closing '\"' on the same line (a quoted text cannot contain a newline)",
        )
    if char.isalnum() or char == "_":
        start, end = pos, pos
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        word = text[start:end]
        col -= pos - start
        if word == "eur" or word.lower() == "eur":
            return _Error((line, col), f"invalid word '{word}'; expected EUR (in capitals)")
        if not word.isascii():
            return _Error(
                (line, col),
                f"invalid word '{word}': identifiers and keywords are ASCII; expected [a-z][a-z0-9_]* "
                "(accented letters are allowed only in quoted names)",
            )
        return _Error(
            (line, col),
            f"invalid word '{word}': identifiers and keywords are lowercase; expected [a-z][a-z0-9_]*",
        )
    shown = repr(char)[1:-1] if char else "end of file"
    return _Error(
        (line, col),
        f"unexpected character '{shown}'; expected a word, a number, a date, a quoted text, "
        "'{', '}', ',' or '.'",
    )


# ---------------------------------------------------------------------------
# From the syntax tree to the dataclasses.

_MONTHS = list(calendar.month_name)
_NUMBER_RE = re.compile(r"-?[0-9]+(_[0-9]+)*")
_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_NAMESPACE_LABEL = {
    "member": "a member",
    "associate": "an associate (L6161-10)",
    "assembly": "an assembly",
    "avenant": "an avenant",
    "staff": "a staff member",
    "medical_act": "a medical act",
}


def _tokpos(token) -> Pos:
    return Pos(token.line, token.column)


def _treepos(tree) -> Pos:
    return Pos(tree.meta.line, tree.meta.column)


class _Builder:
    def __init__(self):
        # id -> (category, pos) for the shared namespace
        self.names: dict[str, tuple[str, Pos]] = {}
        # references resolved once the whole file is read
        self.refs: list[tuple[str, str, Pos]] = []  # (required, id, pos)
        self.delib_refs: list[DelibRef] = []
        self.delib_ref_tokens: dict[int, tuple] = {}
        self.cases: list[CaseOccurred] = []

    # -- tokens ---------------------------------------------------------------

    @staticmethod
    def date(token) -> date:
        s = str(token)
        m = _DATE_RE.fullmatch(s)
        if not m:
            raise _Error(_tokpos(token), f"invalid date '{s}'; expected a date YYYY-MM-DD")
        y, mo, d = (int(g) for g in m.groups())
        if y < 1:
            raise _Error(_tokpos(token), f"invalid date {s}: there is no year 0; expected a real calendar date")
        if not 1 <= mo <= 12:
            raise _Error(_tokpos(token), f"invalid date {s}: there is no month {mo}; expected a month 01 to 12")
        days = calendar.monthrange(y, mo)[1]
        if not 1 <= d <= days:
            raise _Error(
                _tokpos(token),
                f"invalid date {s}: {_MONTHS[mo]} {y} has {days} days; expected a real calendar date",
            )
        return date(y, mo, d)

    @staticmethod
    def integer(token, what: str) -> int:
        s = str(token)
        if not _NUMBER_RE.fullmatch(s):
            raise _Error(
                _tokpos(token), f"invalid number '{s}'; expected {what} (digits, with optional '_' separators)"
            )
        return int(s.replace("_", ""))

    def amount(self, tree) -> int:
        token = tree.children[0]
        n = self.integer(token, "an amount in whole euros")
        if n < 0:
            raise _Error(_tokpos(token), f"negative amount {token}; expected an amount of zero or more euros")
        return n

    def year(self, token) -> int:
        s = str(token)
        if not re.fullmatch(r"[0-9]{4}", s):
            raise _Error(_tokpos(token), f"invalid year '{s}'; expected a year YYYY")
        return int(s)

    def natural(self, token, what: str) -> int:
        n = self.integer(token, what)
        if n < 0:
            raise _Error(_tokpos(token), f"negative number {token} for {what}; expected a whole number, zero or more")
        return n

    @staticmethod
    def string(token) -> str:
        return str(token)[1:-1]

    @staticmethod
    def word(tree) -> str:
        """The keyword value of a `!value` rule."""
        return str(tree.children[0])

    # -- names and references -------------------------------------------------

    def declare(self, ident_token, category: str) -> str:
        ident = str(ident_token)
        pos = _tokpos(ident_token)
        if ident in self.names:
            cat, first = self.names[ident]
            raise _Error(
                pos,
                f"duplicate identifier '{ident}': already declared at line {first.line} as {_NAMESPACE_LABEL[cat]}"
                "; expected a new identifier (members, associates, assemblies, avenants, staff and "
                "medical acts share one namespace)",
            )
        self.names[ident] = (category, pos)
        return ident

    def ref(self, token, required: str = "member") -> str:
        """Record a reference, checked once the whole file is read.

        `required`: "member" (an associate is an error: it cannot be present,
        vote, hold a proxy, withdraw, contribute...), `_ANY_MEMBER` (a member
        or an associate: where the law's conclusion is about the act itself,
        e.g. an associate elected administrator is `administrator_invalid`,
        not a file that does not parse) or "assembly".
        """
        self.refs.append((required, str(token), _tokpos(token)))
        return str(token)

    def delib_ref(self, tree) -> DelibRef:
        a, d = tree.children
        # `ag1.d1` is written without spaces
        if d.start_pos - a.end_pos != 1:
            raise _Error(
                _tokpos(a), f"spaces in the reference; expected '{a}.{d}' written without spaces"
            )
        ref = DelibRef(_tokpos(a), str(a), str(d))
        self.delib_refs.append(ref)
        self.delib_ref_tokens[id(ref)] = (a, d)
        return ref

    # -- once-only statements -------------------------------------------------

    @staticmethod
    def once(seen: dict, key: str, pos: Pos, where: str, shown: Optional[str] = None) -> None:
        if key in seen:
            raise _Error(
                pos,
                f"duplicate '{shown or key}' statement (first at line {seen[key].line}); "
                f"expected at most one in {where}",
            )
        seen[key] = pos

    @staticmethod
    def no_repeat(tokens, what: str) -> None:
        seen: dict = {}
        for t in tokens:
            v = str(t)
            if v in seen:
                raise _Error(
                    _tokpos(t),
                    f"'{v}' is listed twice (first at line {seen[v].line}, column {seen[v].col}); "
                    f"expected each {what} once",
                )
            seen[v] = _tokpos(t)

    # -- the file -------------------------------------------------------------

    def build(self, tree) -> Groupement:
        groupements = tree.children
        if not groupements:
            raise _Error((1, 1), "no groupement in the file; expected 'groupement ID \"Name\" { ... }'")
        if len(groupements) > 1:
            second = groupements[1]
            raise _Error(
                _treepos(second),
                f"a second groupement (the first is at line {groupements[0].meta.line}); "
                "expected one groupement per file",
            )
        g = self.groupement(groupements[0])
        self.resolve(g)
        return g

    def groupement(self, tree) -> Groupement:
        ident, name, *statements = tree.children
        g = Groupement(_treepos(tree), str(ident), self.string(name))
        seen: dict = {}
        for st in statements:
            kind = st.data
            pos = _treepos(st)
            c = st.children
            if kind in _GROUPEMENT_ONCE:
                self.once(seen, kind, pos, "a groupement", _DISPLAY_STMT.get(kind))
            if kind == "as_of":
                g.as_of = Attr(pos, self.date(c[0]))
            elif kind == "approved":
                g.approved = Attr(pos, self.date(c[0]))
            elif kind == "seat":
                g.seat = Attr(pos, (self.string(c[0]), self.string(c[1].children[0]) if len(c) > 1 else None))
            elif kind == "duration":
                indefinite = getattr(c[0], "data", None) == "indefinite"
                g.duration = Attr(pos, "indefinite" if indefinite else self.date(c[0]))
            elif kind == "declared_nature":
                g.declared_nature = Attr(pos, self.word(c[0]))
            elif kind == "running_costs":
                g.running_costs = Attr(pos, self.word(c[0]) == "yes")
            elif kind == "capital":
                g.capital = Attr(pos, self.amount(c[0]) if c[0].data == "amount" else None)
            elif kind == "rights_basis":
                g.rights_basis = Attr(pos, self.word(c[0]))
            elif kind == "health_network":
                g.health_network = Attr(pos, True)
            elif kind == "activity":
                g.activities.append(self.activity(st))
            elif kind in ("member", "associate"):
                g.members.append(self.member(st))
            elif kind == "contribution":
                g.contributions.append(self.contribution(st))
            elif kind == "participation":
                g.participations.append(self.participation(st))
            elif kind == "convention":
                g.convention = self.convention(st)
            elif kind == "administrator":
                g.administrator = self.administrator(st)
            elif kind == "assembly":
                g.assemblies.append(self.assembly(st))
            elif kind == "withdrawal":
                eff = c[2].children[0] if len(c) > 2 else None
                g.withdrawals.append(
                    Withdrawal(pos, self.ref(c[0]), self.date(c[1]), self.date(eff) if eff is not None else None)
                )
            elif kind == "merger":
                result_tok, names, when = c
                self.no_repeat(names.children, "member")
                for t in names.children:
                    if str(t) == str(result_tok):
                        raise _Error(
                            _tokpos(t),
                            f"'{t}' results from the merger and cannot be one of the merged members; "
                            "expected the members it absorbs or merges",
                        )
                g.mergers.append(
                    Merger(pos, self.ref(result_tok), [self.ref(t) for t in names.children], self.date(when))
                )
            elif kind == "avenant":
                g.avenants.append(self.avenant(st))
            elif kind == "budget":
                year = self.year(c[0])
                self.once(seen, f"budget {year}", pos, "a groupement (one budget per year)", f"budget {year}")
                g.budgets.append(Budget(pos, year, self.amount(c[1]), self.amount(c[2])))
            elif kind == "result":
                year = self.year(c[0])
                self.once(seen, f"result {year}", pos, "a groupement (one result per year)", f"result {year}")
                g.results.append(Result(pos, year, self.word(c[1]), self.amount(c[2]), self.word(c[3])))
            elif kind == "dissolution":
                g.dissolution = Dissolution(
                    pos, self.delib_ref(c[0]), self.date(c[1].children[0]) if len(c) > 1 else None
                )
            elif kind == "seat_transfer":
                region = None
                if len(c) == 3:
                    region = self.string(c[1].children[0])
                g.seat_transfer = SeatTransfer(pos, self.string(c[0]), region, self.delib_ref(c[-1]))
            elif kind == "case_occurred":
                case = CaseOccurred(pos, self.string(c[0]), self.date(c[1]))
                self.cases.append(case)
                g.cases_occurred.append(case)
            elif kind == "consultation":
                answered = self.date(c[2].children[0]) if len(c) > 2 else None
                g.consultations.append(Consultation(pos, self.string(c[0]), self.date(c[1]), answered))
            elif kind == "published_in":
                g.publications.append(Publication(pos, self.string(c[0]), self.date(c[1])))
            elif kind == "publication_mentions":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "publication mention")
                g.publication_mentions = [Attr(_tokpos(w), str(w)) for w in words]
            elif kind == "activity_report":
                year = self.year(c[0])
                self.once(
                    seen, f"activity_report {year}", pos, "a groupement (one activity report per year)",
                    f"activity_report {year}",
                )
                report = ActivityReport(pos, year)
                for clause in c[1:]:
                    if clause.data == "approved_by_clause":
                        report.approved_by = self.delib_ref(clause.children[0])
                    else:
                        report.sent = self.date(clause.children[0])
                g.activity_reports.append(report)
            elif kind == "documents_mention":
                g.documents_mention = Attr(pos, self.word(c[0]) == "yes")
            elif kind == "staff":
                ident = self.declare(c[0], "staff")
                if isinstance(c[1], str):  # made_available_by M (a Token)
                    g.staff.append(Staff(pos, ident, made_available_by=self.ref(c[1])))
                else:
                    g.staff.append(Staff(pos, ident, recruited=self.word(c[1])))
            elif kind == "liquidator":
                g.liquidators.append(Liquidator(pos, self.string(c[0]), self.delib_ref(c[1])))
            elif kind == "medical_act":
                ident = self.declare(c[0], "medical_act")
                g.medical_acts.append(MedicalAct(pos, ident, self.amount(c[1]), self.amount(c[2])))
            else:  # pragma: no cover - grammar and builder out of step
                raise _Error(pos, f"internal error: unhandled statement {kind}")
        return g

    def activity(self, tree) -> Activity:
        pos = _treepos(tree)
        (c,) = tree.children
        if not isinstance(c, str):
            return Activity(pos, self.word(c))
        if c.type == "NAME":
            return Activity(pos, "operates_authorisation_of", member=self.ref(c))
        return Activity(pos, "heavy_equipment", name=self.string(c))

    def member(self, tree) -> Member:
        ident_tok, name, *attrs = tree.children
        associate = tree.data == "associate"
        ident = self.declare(ident_tok, tree.data)
        m = Member(_treepos(tree), ident, self.string(name), associate=associate)
        seen: dict = {}
        where = f"{tree.data} {ident}"
        for a in attrs:
            pos = _treepos(a)
            self.once(seen, a.data, pos, where)
            c = a.children
            if a.data == "kind":
                m.kind = Attr(pos, self.word(c[0]))
            elif a.data == "sector":
                m.sector = Attr(pos, self.word(c[0]))
            elif a.data == "region":
                m.region = Attr(pos, self.string(c[0]))
            elif a.data == "rights":
                n = self.integer(c[0], "a positive integer")
                if n <= 0:
                    raise _Error(
                        _tokpos(c[0]),
                        f"invalid rights {c[0]}: rights must be a positive integer (only the proportions "
                        "between members matter); expected a positive integer",
                    )
                m.rights = Attr(pos, n)
            elif a.data == "joined":
                m.joined = Attr(pos, self.date(c[0]))
            elif a.data == "individual":
                m.individual = Attr(pos, True)
            elif a.data == "contract_with":
                if c[0].type == "NAME":
                    if str(c[0]) == ident:
                        raise _Error(
                            _tokpos(c[0]),
                            f"'{ident}' cannot have a contract with itself; expected a private establishment",
                        )
                    m.contract_with = Attr(pos, ("member", self.ref(c[0], _ANY_MEMBER)))
                else:
                    m.contract_with = Attr(pos, ("name", self.string(c[0])))
            elif a.data == "authorised":
                m.authorised = Attr(pos, self.date(c[0]))
            elif a.data == "procedure":
                m.procedure = Attr(pos, self.word(c[0]))
            elif a.data == "funding":
                if str(c[0]) not in _FUNDING:
                    raise _Error(_tokpos(c[0]), f"unknown value '{c[0]}' for funding; expected {_FUNDING_SHOWN}"
                                                f"{_suggest(str(c[0]), _FUNDING)}")
                m.funding = Attr(pos, str(c[0]))
        return m

    def contribution(self, tree) -> Contribution:
        who, form, amount = tree.children
        prop = None
        if len(form.children) > 1:
            prop = self.word(form.children[1])
        return Contribution(_treepos(tree), self.ref(who), str(form.children[0]), prop, self.amount(amount))

    def participation(self, tree) -> Participation:
        who, form, amount, *clauses = tree.children
        p = Participation(_treepos(tree), self.ref(who), self.word(form), self.amount(amount))
        for clause in clauses:
            if clause.data == "year_clause":
                p.year = self.year(clause.children[0])
            else:
                p.valued = self.word(clause.children[0])
        return p

    def convention(self, tree) -> Convention:
        conv = Convention(_treepos(tree))
        seen: dict = {}
        for st in tree.children:
            pos = _treepos(st)
            c = st.children
            if st.data not in ("majority", "dissolution_case"):
                self.once(seen, st.data, pos, "a convention")
            if st.data == "object":
                conv.object = Attr(pos, self.string(c[0]))
            elif st.data == "task_split":
                conv.task_split = Attr(pos, True)
            elif st.data == "mentions":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "mention")
                conv.mentions = [Attr(_tokpos(w), str(w)) for w in words]
            elif st.data == "attached":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "attachment")
                conv.attached = [Attr(_tokpos(w), str(w)) for w in words]
            elif st.data == "notice_days":
                conv.notice_days = Attr(pos, self.natural(c[0], "notice_days"))
            elif st.data == "withdrawal_notice_months":
                conv.withdrawal_notice_months = Attr(pos, self.natural(c[0], "withdrawal_notice_months"))
            elif st.data == "majority":
                matter = self.word(c[0])
                self.once(seen, f"majority {matter}", pos, "a convention (one majority per matter)",
                          f"majority {matter}")
                conv.majorities.append(Majority(pos, matter, self.word(c[1])))
            elif st.data == "dissolution_case":
                conv.dissolution_cases.append(Attr(pos, self.string(c[0])))
            elif st.data == "chair":
                conv.chair = Attr(pos, self.ref(c[0], _ANY_MEMBER))
            elif st.data == "result_allocation":
                words = [w.children[0] for w in c]
                self.no_repeat(words, "allocation")
                conv.result_allocation = [Attr(_tokpos(w), str(w)) for w in words]
            elif st.data == "rights_adaptation":
                conv.rights_adaptation = Attr(pos, True)
        return conv

    def administrator(self, tree) -> Administrator:
        who, elected, *clauses = tree.children
        adm = Administrator(_treepos(tree), self.ref(who, _ANY_MEMBER), self.date(elected))
        for clause in clauses:
            if clause.data == "by_clause":
                adm.by = self.delib_ref(clause.children[0])
            else:
                setattr(adm, clause.data, True)
        return adm

    def assembly(self, tree) -> Assembly:
        ident_tok, when, *statements = tree.children
        ident = self.declare(ident_tok, "assembly")
        asm = Assembly(_treepos(tree), ident, self.date(when))
        seen: dict = {}
        delibs: dict = {}
        where = f"assembly {ident}"
        for st in statements:
            pos = _treepos(st)
            c = st.children
            if st.data not in ("proxy", "deliberation", "agenda"):
                self.once(seen, st.data, pos, where)
            if st.data == "convened_on":
                asm.convened_on = Attr(pos, self.date(c[0]))
                if len(c) > 1:
                    convener = c[1]
                    who = convener.children[0]
                    value = self.ref(who, _ANY_MEMBER) if isinstance(who, str) else "administrator"
                    asm.convened_by = Attr(pos, value)
            elif st.data == "urgent":
                asm.urgent = Attr(pos, True)
            elif st.data == "requested_by":
                names = c[0].children
                self.no_repeat(names, "member")
                asm.requested_by = [Attr(_tokpos(t), self.ref(t)) for t in names]
            elif st.data == "reconvenes":
                if str(c[0]) == ident:
                    raise _Error(
                        _tokpos(c[0]), f"assembly '{ident}' cannot reconvene itself; expected an earlier assembly"
                    )
                asm.reconvenes = Attr(pos, self.ref(c[0], "assembly"))
            elif st.data == "present":
                names = c[0].children
                self.no_repeat(names, "member")
                asm.present = [Attr(_tokpos(t), self.ref(t)) for t in names]
            elif st.data == "proxy":
                if str(c[0]) == str(c[1]):
                    raise _Error(
                        _tokpos(c[1]), f"'{c[0]}' cannot hold its own proxy; expected another member"
                    )
                asm.proxies.append(Proxy(pos, self.ref(c[0]), self.ref(c[1])))
            elif st.data == "deliberation":
                d = self.deliberation(st, ident)
                if d.id in delibs:
                    raise _Error(
                        _tokpos(c[0]),
                        f"duplicate deliberation '{d.id}' in assembly {ident} (first at line {delibs[d.id].line})"
                        "; expected a new deliberation id",
                    )
                delibs[d.id] = d.pos
                asm.deliberations.append(d)
            elif st.data == "chaired_by":
                asm.chaired_by = Attr(pos, self.ref(c[0], _ANY_MEMBER) if isinstance(c[0], str) else "administrator")
            elif st.data == "agenda":
                asm.agenda.append(Attr(pos, self.string(c[0])))
        return asm

    def deliberation(self, tree, assembly: str) -> Deliberation:
        ident_tok, matter_tree, *rest = tree.children
        matter = self.word(matter_tree)
        d = Deliberation(_treepos(tree), str(ident_tok), matter)
        if rest and getattr(rest[0], "data", None) == "of_clause":
            of_clause = rest.pop(0)
            if matter not in ("admission", "exclusion"):
                raise _Error(
                    _treepos(of_clause),
                    f"'of {of_clause.children[0]}' is not allowed for a deliberation on {matter}; "
                    "expected 'of M' only for admission and exclusion",
                )
            d.of = self.ref(of_clause.children[0])
        elif matter in ("admission", "exclusion"):
            raise _Error(
                _treepos(matter_tree),
                f"a deliberation on {matter} must say which member it concerns; "
                f"expected '{matter} of M'",
            )
        voted: dict = {}
        seen: dict = {}
        for st in rest:
            pos = _treepos(st)
            if st.data == "ground":
                self.once(seen, "ground", pos, f"deliberation {assembly}.{d.id}")
                d.ground = Attr(pos, self.word(st.children[0]))
                continue
            choice = self.word(st.children[0])
            names = st.children[1].children
            if choice == "heard":
                self.no_repeat(names, "member")
                d.heard.extend(Attr(_tokpos(t), self.ref(t)) for t in names)
                continue
            for t in names:
                v = str(t)
                if v in voted:
                    first = voted[v]
                    raise _Error(
                        _tokpos(t),
                        f"'{v}' already voted at line {first.line}, column {first.col}; "
                        "expected each member in at most one vote list",
                    )
                voted[v] = _tokpos(t)
                d.votes.append(Vote(_tokpos(t), self.ref(t), choice))
        return d

    def avenant(self, tree) -> Avenant:
        ident_tok, when, event_tree, *clauses = tree.children
        ident = self.declare(ident_tok, "avenant")
        ec = event_tree.children
        if len(ec) == 2:
            event = AvenantEvent(self.word(ec[0]), self.ref(ec[1]))
        else:
            event = AvenantEvent(self.word(ec[0]))
        av = Avenant(_treepos(tree), ident, self.date(when), event)
        for clause in clauses:
            if clause.data == "approved_on_clause":
                av.approved_on = self.date(clause.children[0])
            else:
                av.published_on = self.date(clause.children[0])
        return av

    # -- references -----------------------------------------------------------

    def resolve(self, g: Groupement) -> None:
        errors: list[_Error] = []
        members = [i for i, (cat, _) in self.names.items() if cat == "member"]
        declared_members = [i for i, (cat, _) in self.names.items() if cat in ("member", "associate")]
        assemblies = {a.id: a for a in g.assemblies}
        for required, ident, pos in self.refs:
            entry = self.names.get(ident)
            if required == "assembly":
                if entry is None:
                    errors.append(_Error(pos, f"unknown assembly '{ident}'; expected a declared assembly"
                                              f"{_suggest(ident, assemblies)}"))
                elif entry[0] != "assembly":
                    errors.append(_Error(pos, f"'{ident}' is {_NAMESPACE_LABEL[entry[0]]}, not an assembly; "
                                              "expected a declared assembly"))
                continue
            if entry is None:
                pool = declared_members if required == _ANY_MEMBER else members
                errors.append(_Error(pos, f"unknown member '{ident}'; expected a declared member"
                                          f"{_suggest(ident, pool)}"))
            elif entry[0] == "associate" and required == "member":
                errors.append(_Error(pos, f"'{ident}' is an associate (L6161-10), not a member; "
                                          "expected a member"))
            elif entry[0] not in ("member", "associate"):
                errors.append(_Error(pos, f"'{ident}' is {_NAMESPACE_LABEL[entry[0]]}, not a member; "
                                          f"expected a declared member{_suggest(ident, members)}"))
        for ref in self.delib_refs:
            a_tok, d_tok = self.delib_ref_tokens[id(ref)]
            entry = self.names.get(ref.assembly)
            if entry is None:
                errors.append(_Error(ref.pos, f"unknown assembly '{ref.assembly}' in '{ref.assembly}."
                                              f"{ref.deliberation}'; expected a declared assembly"
                                              f"{_suggest(ref.assembly, assemblies)}"))
                continue
            if entry[0] != "assembly":
                errors.append(_Error(ref.pos, f"'{ref.assembly}' is {_NAMESPACE_LABEL[entry[0]]}, not an "
                                              "assembly; expected A.D (an assembly and one of its deliberations)"))
                continue
            delibs = [d.id for d in assemblies[ref.assembly].deliberations]
            if ref.deliberation not in delibs:
                known = f" ({', '.join(delibs)})" if delibs else " (it has none)"
                candidates = [f"{ref.assembly}.{x}" for x in delibs]
                errors.append(_Error(
                    _tokpos(d_tok),
                    f"unknown deliberation '{ref.assembly}.{ref.deliberation}'; expected a deliberation of "
                    f"assembly {ref.assembly}{known}{_suggest(f'{ref.assembly}.{ref.deliberation}', candidates)}",
                ))
        cases = [a.value for a in g.convention.dissolution_cases] if g.convention else []
        for case in self.cases:
            if case.text not in cases:
                if g.convention is None:
                    expected = "a dissolution_case of the convention (the file has no convention block)"
                elif not cases:
                    expected = "a dissolution_case of the convention (the convention states none)"
                else:
                    expected = "the text of a dissolution_case of the convention: " + ", ".join(
                        f'"{x}"' for x in cases)
                close = difflib.get_close_matches(case.text, cases, n=1, cutoff=0.6)
                hint = f' (did you mean "{close[0]}"?)' if close else ""
                errors.append(_Error(case.pos, f'unknown dissolution case "{case.text}"; expected {expected}{hint}'))
        if errors:
            raise min(errors, key=lambda e: (e.line, e.col))


_ANY_MEMBER = "member_or_associate"
_GROUPEMENT_ONCE = {
    "as_of", "approved", "seat", "duration", "declared_nature", "running_costs", "capital", "rights_basis",
    "health_network", "convention", "administrator", "dissolution", "seat_transfer", "publication_mentions",
    "documents_mention",
}
_DISPLAY_STMT = {"as_of": "as of"}


# ---------------------------------------------------------------------------
# Public API


def parse_text(text: str, path: str = "<string>") -> Scenario:
    """Parse the text of a `.gcs` file; raise ScenarioError for any bad input."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken

    try:
        try:
            tree = _parser().parse(text)
        except UnexpectedToken as e:
            raise _unexpected_token(e, text) from None
        except UnexpectedCharacters as e:
            raise _unexpected_characters(e, text) from None
        except UnexpectedEOF as e:  # pragma: no cover - LALR reports $END as UnexpectedToken
            raise _Error((e.line if e.line > 0 else 1, e.column if e.column > 0 else 1),
                         "unexpected end of file") from None
        groupement = _Builder().build(tree)
    except _Error as e:
        raise ScenarioError(path, e.line, e.col, e.message) from None
    except RecursionError:  # pragma: no cover
        raise ScenarioError(path, 0, 0, "the file is nested too deeply to be read") from None
    except Exception as e:  # pragma: no cover - a bug of ours must not show as a traceback
        raise ScenarioError(path, 0, 0, f"internal error while reading the file ({type(e).__name__}: {e}); "
                                        "expected no such error: please report it") from None
    from .validate import check

    return check(Scenario(groupement, path, text))


def parse_file(path) -> Scenario:
    """Read a `.gcs` file (UTF-8) and parse it."""
    path_s = str(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
        text = data.decode("utf-8-sig")  # a BOM is tolerated
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise ScenarioError(path_s, line, col, f"cannot read the file: it is not UTF-8 text ({e.reason}); "
                                               "expected a UTF-8 text file") from None
    except OSError as e:
        reason = e.strerror or str(e)
        raise ScenarioError(path_s, 0, 0, f"cannot read the file: {reason}; expected a readable UTF-8 text file") \
            from None
    return parse_text(text, path_s)
