"""Syntax errors: from Lark's exceptions to one human message.

Stage of the parser (see parse.py): when Lark stops on a token or a character,
the messages here say what was found, in which statement, what was expected
and, for a misspelt word, what was probably meant. They read the interactive
parser Lark hands over (its value stack, the terminals it accepts) and the
grammar's terminals, from the parser built in parse.py.
"""

from __future__ import annotations

import difflib
import re
from typing import Iterable, Optional

from .parse import _Error


def _parser():
    """The Lark parser, as parse.py builds it (looked up at each call: tests replace it)."""
    from . import parse

    return parse._parser()

# Statements that open each kind of block, in the order of the spec.
_BLOCK_STARTERS = {
    "groupement": (
        "as approved seat duration declared_nature running_costs capital rights_basis "
        "health_network activity member associate contribution participation convention "
        "administrator assembly withdrawal merger avenant budget result dissolution "
        "seat_transfer case_occurred consultation published_in publication_mentions "
        "activity_report documents_mention staff liquidator medical_act "
        # part 2
        "authorisation operates submitted tariff_option ars_decision reply deputy administrator_unavailable "
        "committee delegation committee_meeting challenge rights_change budget_referral coordination_support "
        "board_member"
    ).split(),
    "member": (
        "kind sector region rights joined individual contract_with authorised procedure funding "
        "profession liberal profit_supplier eligible_holder"
    ).split(),
    "convention": (
        "object task_split mentions attached notice_days withdrawal_notice_months majority "
        "dissolution_case chair result_allocation rights_adaptation "
        "signed_by vocation tariff_scale blood_depot_for vote_weight meeting_days restricted_committee full_gbcp"
    ).split(),
    "committee meeting": (
        "convened_on urgent requested_by reconvenes present proxy deliberation chaired_by agenda "
        "extraordinary accountant_present minutes_sent"
    ).split(),
    "assembly": (
        "convened_on urgent requested_by reconvenes present proxy deliberation chaired_by agenda "
        "extraordinary accountant_present"
    ).split(),
    "ars_decision": (
        "approves refuses grants modifies withdraws not_renews erects tariff_scale authorises_billing "
        "withdraws_billing withdraws_status suppresses sets_budget transfers asks_avenant finding injunction "
        "extension dissolves"
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
        "internal_rules other "
        # part 2
        "committee_oversight rights_setting activity_report joint_operation_request delegation "
        "accountant_allowances committee_election committee_challenge patents compliance tariff_scale_change"
).split()
_KINDS = (
        "health_establishment medico_social_establishment liberal_medical_professional "
        "liberal_practice_company health_centre army_hospital army_health_service "
        "other_care_organisation other_health_professional health_pole health_house network_person"
).split()
_MENTIONS = (
        "name_and_seat members legal_nature capital rights_rules representation contribution_rules "
        "debt_rules membership_rules dissolution_rules administration_rules professional_intervention "
        # part 2
        "object_and_split duration accounting_regime property_made_available staff_rules powers_split "
        "liquidation_rules joint_operation_vocation operated_authorisation patient_liability joint_activity_data "
        "medication_management haemovigilance joint_billing authorisation_vocation authorisations_held "
        "activity_data establishment_obligations eps_area_and_seat blood_depot_vocation research_rules "
        "participation_percentages"
).split()
_YEAR_KEYWORDS = {"budget", "result", "year", "activity_report", "budget_referral", "sets_budget"}
# `funding a | b | c | d | e`: the letters are lexed as identifiers (one-letter
# ids stay free) and checked by the builder.
_FUNDING = ("a", "b", "c", "d", "e")
_FUNDING_SHOWN = "a, b, c, d or e"
# `tariff_option abc | d`, `tariff_scale abc | d` (part 2): read as identifiers too, checked by the builder.
_TARIFF = ("abc", "d")
_TARIFF_SHOWN = "abc or d"
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


def _clip(text: str, width: int = 40) -> str:
    """A token's text for a message: a long one is cut, with its length."""
    if len(text) <= width:
        return text
    return f"{text[:width - 10]}... ({len(text)} characters)"


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
    # part 2
    "authorisation", "operates", "submitted", "tariff_option", "ars_decision", "reply", "deputy",
    "administrator_unavailable", "committee", "delegation", "committee_meeting", "challenge", "rights_change",
    "budget_referral", "coordination_support", "board_member", "dissolution_by_law", "profession", "liberal",
    "profit_supplier", "eligible_holder", "signed_by", "vocation", "tariff_scale", "blood_depot_for",
    "vote_weight", "meeting_days", "restricted_committee", "full_gbcp", "extraordinary", "accountant_present",
    "minutes_sent", "approves", "refuses", "grants", "modifies", "withdraws", "not_renews", "erects",
    "authorises_billing", "withdraws_billing", "withdraws_status", "suppresses", "sets_budget", "transfers",
    "asks_avenant", "finding", "injunction", "extension", "dissolves",
}


def _describe_terminal(name: str, keyword: Optional[str]) -> str:
    if name == "NAME":
        if keyword == "funding":
            return _FUNDING_SHOWN
        if keyword in ("tariff_option", "tariff_scale"):
            return _TARIFF_SHOWN
        return "an identifier"
    if name == "STRING":
        return 'a quoted text ("...")'
    if name == "DATE":
        return "a date (YYYY-MM-DD)"
    if name == "NUMBER":
        if keyword in _YEAR_KEYWORDS:
            return "a year (YYYY)"
        if keyword == "rights":
            return "a positive integer"
        if keyword in ("notice_days", "withdrawal_notice_months", "meeting_days", "rights_change"):
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
        if set(starters) <= consumed:  # an assembly's statements, within a committee meeting's
            continue
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
        return f"word '{_clip(token.value)}'"
    if token.type == "NUMBER":
        return f"number '{_clip(token.value)}'"
    if token.type == "DATE":
        return f"date '{_clip(token.value)}'"
    if token.type == "STRING":
        return f"text {_clip(token.value, 60)}"
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
        if "NAME" in expected and keyword in ("funding", "tariff_option", "tariff_scale"):
            return _Error((line, col), f"invalid value '{found_kw}' for {keyword}; expected {desc}")
        if "NAME" in expected and isinstance(top, Token) and top.type == "COMMA" and top.line is not None \
                and top.line < line:
            # a list ended with a comma, the next line's statement read as its next item
            return _Error(
                (top.line, top.column),
                f"the list ends with ',' and the next line starts with '{found_kw}'; expected {desc} after "
                f"the comma (remove the comma, or add the missing item)",
            )
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
    hint = ""
    if token.type == "STRING" and getattr(token, "start_pos", None):  # `"CH ""A"""`: a text right after a text
        hint = _quote_hint(text, token.start_pos)
    return _Error((line, col), f"unexpected {_describe_found(token)}{where}; expected {desc}{hint}")


# C0 controls and DEL: never in a quoted text; outside one only tab, newline,
# carriage return and form feed (white space). grammar.lark's STRING and
# COMMENT leave them out, so the lexer stops on them and the message is made here.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


def _control(char: str) -> str:
    return f"control character U+{ord(char):04X}"


def _in_comment(text: str, pos: int) -> bool:
    """Whether `pos` is inside a comment: the lexer read the line up to `pos`."""
    in_string = False
    for char in text[text.rfind("\n", 0, pos) + 1 : pos]:
        if char == '"':
            in_string = not in_string
        elif char == "#" and not in_string:
            return True
    return False


def _quote_hint(text: str, start: int) -> str:
    """What to add to the message on a word or character the lexer stopped at `start`, when it comes
    right after a quoted text's closing quote (`"CH \\"A\\""`: the text ended at the second quote) or
    the line's quotes do not pair: the fault is likely that text, which opened earlier on the line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    opened, last_open, in_string, quotes = None, None, False, 0
    for i, char in enumerate(line):
        if char == "#" and not in_string:
            break
        if char == '"':
            quotes += 1
            if not in_string:
                opened = i
            elif line_start + i < start:
                last_open = opened
            in_string = not in_string
    touching = start > line_start and text[start - 1] == '"' and last_open is not None
    if last_open is None or not (touching or quotes % 2):
        return ""
    col = last_open + 1
    return (f"; the quoted text opened at column {col} may be unclosed or contain a '\"': a quoted text ends at "
            f"the next '\"' and cannot contain one (there is no escape such as \\\")")


def _unexpected_characters(e, text: str) -> _Error:
    pos = e.pos_in_stream
    line, col = e.line, e.column
    char = text[pos] if 0 <= pos < len(text) else ""
    if char == '"':
        # A quoted text that does not lex: a control character inside, or no closing quote.
        end = pos + 1
        while end < len(text) and text[end] not in '"\n':
            end += 1
        bad = _CONTROL_RE.search(text, pos + 1, end)
        if bad:
            return _Error(
                (line, col + bad.start() - pos),
                f"{_control(bad.group())} in a string; expected printable characters between the quotes",
            )
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
            f"invalid word '{word}': identifiers and keywords are lowercase; expected [a-z][a-z0-9_]*"
            + _quote_hint(text, start),
        )
    if char and _CONTROL_RE.fullmatch(char):
        where = " in a comment" if _in_comment(text, pos) else ""
        return _Error(
            (line, col),
            f"{_control(char)}{where}; expected printable characters "
            "(spaces, tabs and newlines separate words)",
        )
    shown = repr(char)[1:-1] if char else "end of file"
    return _Error(
        (line, col),
        f"unexpected character '{shown}'; expected a word, a number, a date, a quoted text, "
        "'{', '}', ',' or '.'" + (_quote_hint(text, pos) if char else ""),
    )
