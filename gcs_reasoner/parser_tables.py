"""The LALR tables of `grammar.lark`, generated ahead of time (no pickle).

Lark can cache a built parser, but its cache is a pickle: loading one that
another user could have written runs their code. Instead the tables are
generated once, by this module, into `_grammar_tables.py` (a JSON text inside
a Python module, committed with the code), and loaded from there with
`lark.Lark._load_from_dict`, as lark's own standalone parsers do. The result
is the parser `lark.Lark(grammar, **OPTIONS)` would build, with lark's classes
(the error messages read its interactive parser and expected terminals).

Regenerate after editing grammar.lark or upgrading lark:

    python -m gcs_reasoner.parser_tables

A test regenerates the text and compares it with the committed file. Lark's
LALR construction iterates over sets, so the tables depend on the string hash
seed: generation always runs with PYTHONHASHSEED=0 (in a subprocess if needed).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

GRAMMAR_PATH = Path(__file__).with_name("grammar.lark")
TABLES_PATH = Path(__file__).with_name("_grammar_tables.py")
FAST_PATH = Path(__file__).with_name("data") / "lalr_tables.json"  # the tables lalr.py runs
# The basic lexer, not the contextual one: with the contextual lexer a keyword
# is lexed as a NAME wherever a NAME is expected (so reserved words could be
# identifiers) and "kindd" would be lexed "kind" "d".
OPTIONS = dict(parser="lalr", lexer="basic", propagate_positions=True, maybe_placeholders=False)
_INT_KEYS = "__int_keys__"


def grammar_digest(grammar: bytes) -> str:
    from ._bytecode import sha256  # the interpreter's own: hashlib loads OpenSSL (milliseconds)

    return sha256(grammar).hexdigest()


def _encode(obj):
    """Lark's serialized data as JSON values: dicts with int keys become {_INT_KEYS: [[k, v], ...]}."""
    if isinstance(obj, dict):
        if all(isinstance(k, str) for k in obj):
            if _INT_KEYS in obj:  # pragma: no cover - would be read back wrongly
                raise ValueError(f"a key {_INT_KEYS!r} in lark's data")
            return {k: _encode(v) for k, v in obj.items()}
        if not all(type(k) is int for k in obj):  # pragma: no cover - another lark version
            raise ValueError(f"keys of lark's data neither str nor int: {list(obj)[:5]}")
        return {_INT_KEYS: [[k, _encode(v)] for k, v in obj.items()]}
    if isinstance(obj, (list, tuple)):
        return [_encode(x) for x in obj]
    if obj is None or type(obj) in (str, int, bool, float):
        return obj
    raise ValueError(f"a {type(obj).__name__} in lark's data")  # pragma: no cover


def _decode_hook(d: dict):
    if len(d) == 1 and _INT_KEYS in d:
        return {k: v for k, v in d[_INT_KEYS]}
    return d


def decode(text: str) -> dict:
    """The tables' JSON text back into lark's data: {'data': ..., 'memo': ...}."""
    return json.loads(text, object_hook=_decode_hook)


def _canonical(table: dict) -> dict:
    """The serialized LALR table with states and tokens numbered in a fixed order.

    Lark numbers the states in the order it meets them while iterating over
    sets of objects, which varies from run to run; the automaton itself does
    not. States are renumbered breadth-first from the start states, following
    the transitions in the order of the symbols' names; tokens by name.
    """
    tokens = table["tokens"]  # index -> symbol name
    states = table["states"]  # state -> {token index: (0, state) shift | (1, rule) reduce}
    new_token = {i: n for n, i in enumerate(sorted(tokens, key=lambda i: tokens[i]))}
    order: dict = {}
    queue = [table["start_states"][k] for k in sorted(table["start_states"])]
    while queue:
        state = queue.pop(0)
        if state in order:
            continue
        order[state] = len(order)
        for token in sorted(states[state], key=lambda i: tokens[i]):
            action, arg = states[state][token]
            if action == 0 and arg not in order:
                queue.append(arg)
    for state in sorted(set(states) - set(order)):  # pragma: no cover - unreachable states
        order[state] = len(order)
    return {
        "tokens": {new_token[i]: tokens[i] for i in sorted(tokens, key=new_token.get)},
        "states": {
            order[state]: {
                new_token[t]: (0, order[arg]) if action == 0 else (action, arg)
                for t, (action, arg) in sorted(states[state].items(), key=lambda kv: new_token[kv[0]])
            }
            for state in sorted(states, key=order.get)
        },
        "start_states": {k: order[v] for k, v in table["start_states"].items()},
        "end_states": {k: order[v] for k, v in table["end_states"].items()},
    }


def generate() -> str:
    """The text of `_grammar_tables.py` for the current grammar.lark and lark (PYTHONHASHSEED=0)."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        import subprocess

        env = dict(os.environ, PYTHONHASHSEED="0")
        code = "import sys, gcs_reasoner.parser_tables as t; sys.stdout.write(t.generate())"
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
        return out.stdout.decode("utf-8")
    import lark
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    grammar = GRAMMAR_PATH.read_bytes()
    parser = lark.Lark(grammar.decode("utf-8"), **OPTIONS)
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    frontend = data["parser"]["parser"]
    if set(frontend) != {"tokens", "states", "start_states", "end_states"}:  # pragma: no cover
        raise ValueError(f"lark's serialized parser changed: {sorted(frontend)}")
    data["parser"]["parser"] = _canonical(frontend)
    tables = json.dumps(_encode({"data": data, "memo": memo}), sort_keys=True, separators=(",", ":"),
                        ensure_ascii=True)
    return (
        '"""LALR tables of grammar.lark, generated by `python -m gcs_reasoner.parser_tables`: do not edit."""\n'
        "\n"
        f"GRAMMAR_SHA256 = {grammar_digest(grammar)!r}\n"
        f"LARK_VERSION = {lark.__version__!r}\n"
        "# JSON text of Lark.memo_serialize(), dicts with int keys as {\"__int_keys__\": [[k, v], ...]}\n"
        f"TABLES = {tables!r}\n"
    )


def generate_fast(tables_text: str) -> str:
    """The text of `data/lalr_tables.json`: the parser of `tables_text` (a `_grammar_tables.py`) as
    the plain lists `lalr.py` runs (lark's lexer pattern and keywords, automaton, tree shaping)."""
    import lark
    from lark.lexer import PatternStr, UnlessCallback
    from lark.parsers.lalr_analysis import Shift

    namespace: dict = {}
    exec(compile(tables_text, "_grammar_tables.py", "exec"), namespace)
    data = decode(namespace["TABLES"])
    parser = lark.Lark._load_from_dict(data["data"], data["memo"])
    lexer = parser.parser.lexer
    lexer.scanner  # noqa: B018 - builds the scanner and the keyword callbacks
    mres = lexer.scanner._mres
    if len(mres) != 1:  # pragma: no cover - more than 100 terminals in the scanner
        raise ValueError("lark's scanner needs several regular expressions")
    keywords = {}
    for name, callback in sorted(lexer.callback.items()):
        if not isinstance(callback, UnlessCallback):  # pragma: no cover
            raise ValueError(f"a lexer callback that is not lark's keyword table: {name}")
        terminals = callback.scanner.terminals
        if not all(isinstance(t.pattern, PatternStr) and not t.pattern.flags for t in terminals):  # pragma: no cover
            raise ValueError(f"keywords of {name} that are not plain strings")
        keywords[name] = {t.pattern.value: t.name for t in sorted(terminals, key=lambda t: t.name)}
    frontend = parser.parser.parser.parser
    table = frontend.parse_table
    callbacks = frontend.callbacks
    rules, rule_index = [], {}
    for rule in callbacks:
        if not hasattr(rule, "expansion"):  # pragma: no cover - terminal callbacks
            raise ValueError("a terminal callback in lark's parser")
        options = rule.options
        include = [(i, not sym.is_term and sym.name.startswith("_")) for i, sym in enumerate(rule.expansion)
                   if options.keep_all_tokens or not (sym.is_term and sym.filter_out)]
        filtered = len(include) < len(rule.expansion) or any(inline for _, inline in include)
        rule_index[rule] = len(rules)
        rules.append((rule.origin.name, len(rule.expansion), rule.alias or options.template_source or rule.origin.name,
                      bool(options.expand1 and not rule.alias), tuple(include) if filtered else None))
    if sorted(table.states) != list(range(len(table.states))):  # pragma: no cover
        raise ValueError("lark's states are not numbered 0..n-1")
    states = []
    for n in range(len(table.states)):
        symbols, actions = [], []
        for symbol, (action, arg) in table.states[n].items():
            symbols.append(symbol)
            actions.append(arg if action is Shift else -rule_index[arg] - 1)
        if any(" " in x or "|" in x for x in symbols):  # pragma: no cover - lark's names have neither
            raise ValueError("a grammar symbol with a space or a bar")
        # one string per state: Python compiles a tuple of strings at once, where nested tuples of
        # this size took about 80 ms to compile (a first run, before any bytecode is cached)
        states.append(" ".join(symbols) + "|" + " ".join(map(str, actions)))
    fast = {
        "about": "The parser of grammar.lark for lalr.py, generated by `python -m gcs_reasoner.parser_tables`: "
                 "do not edit. RULES: (origin, number of symbols, tree name, ?rule, kept children "
                 "[[index, inlined], ...] or null: all). STATES: per state \"symbols|actions\", each list split "
                 "on spaces; an action >= 0 shifts to that state, -k-1 reduces by RULES[k].",
        "GRAMMAR_SHA256": namespace["GRAMMAR_SHA256"],
        "LEX_PATTERN": mres[0].pattern,
        "LEX_KEYWORDS": keywords,
        "LEX_IGNORE": sorted(lexer.ignore_types),
        "LEX_NEWLINE": sorted(lexer.newline_types),
        "START_STATE": table.start_states["start"],
        "END_STATE": table.end_states["start"],
        "RULES": rules,
        "STATES": states,
    }
    # JSON, not a Python module: read in under a millisecond, where a first run compiled the module's
    # constants in about 17 ms (and a later one read them back from its bytecode in about 1 ms)
    return json.dumps(fast, ensure_ascii=False, indent=0) + "\n"


def load_fast(text: str):
    """The tables of `generate_fast`'s text, as the attributes lalr.Parser reads."""
    from types import SimpleNamespace

    return SimpleNamespace(**json.loads(text))


def main() -> int:
    text = generate()
    TABLES_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {TABLES_PATH} ({len(text)} characters)")
    fast = generate_fast(text)
    FAST_PATH.write_text(fast, encoding="utf-8")
    print(f"wrote {FAST_PATH} ({len(fast)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
