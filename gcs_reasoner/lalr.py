"""The scenario language's LALR(1) parser, run from tables generated ahead of time.

Lark builds the parser of `grammar.lark` (`parser_tables.py` generates its
tables); loading lark and its tables takes longer than the whole parse of a
file, so a well-formed file is parsed here instead: lark's lexer (its own
regular expression, its keywords), lark's LALR automaton and lark's tree
shaping (`?rule`, `_rule`, `!rule`, aliases, filtered keywords, positions),
from plain lists read from `data/lalr_tables.json`. The trees are lark's, node
for node and position for position (a test compares them on every example
and on generated files).

A file this parser cannot read is handed to lark, which reads it again and
raises the exception that parse_errors.py turns into the message: every
syntax error is lark's, word for word.
"""

from __future__ import annotations

import re
from typing import Optional


class Token(str):
    """A token: its text, with lark's attributes (type, line, column, start_pos, end_*)."""

    __slots__ = ("type", "value", "start_pos", "line", "column", "end_line", "end_column", "end_pos")

    def __new__(cls, type_, value, start_pos, line, column):
        self = super().__new__(cls, value)
        self.type = type_
        self.value = value
        self.start_pos = start_pos
        self.line = line
        self.column = column
        return self

    def __repr__(self):
        return f"Token({self.type!r}, {self.value!r})"


class Meta:
    __slots__ = ("empty", "line", "column", "start_pos", "end_line", "end_column", "end_pos",
                 "container_line", "container_column", "container_start_pos",
                 "container_end_line", "container_end_column", "container_end_pos")

    def __init__(self):
        self.empty = True


class Tree:
    """A node of the parse tree: `data` (the rule or its alias) and `children`, with `meta` positions."""

    __slots__ = ("data", "children", "meta")

    def __init__(self, data, children):
        self.data = data
        self.children = children
        self.meta = Meta()

    def __repr__(self):
        return f"Tree({self.data!r}, {self.children!r})"


class _Failed(Exception):
    """The fast path cannot read the text: lark reads it again and says why."""


class Parser:
    def __init__(self, tables):
        self._re = re.compile(tables.LEX_PATTERN)
        self._keywords = tables.LEX_KEYWORDS  # {terminal: {text: keyword terminal}}
        self._ignore = frozenset(tables.LEX_IGNORE)
        self._newline = frozenset(tables.LEX_NEWLINE)
        self._raw_states = tables.STATES  # per state: "symbols|actions"; action >= 0 shift, < 0 reduce
        self._states: list = [None] * len(tables.STATES)
        self._rules = tables.RULES  # (origin, size, data, expand1, include or None)
        self._start = tables.START_STATE
        self._end = tables.END_STATE

    def prepare(self) -> None:
        """Make every state's table now, not when a file first needs it (parse.warm_up)."""
        for n in range(len(self._states)):
            self._state(n)

    def _state(self, n: int) -> dict:
        s = self._states[n]
        if s is None:
            symbols, actions = self._raw_states[n].split("|")
            s = self._states[n] = dict(zip(symbols.split(), map(int, actions.split())))
        return s

    def _lexer(self, text: str):
        """A function giving the next token of `text` at each call, then None ($END): lark's lexer
        (its regular expression, its ignored terminals, its keywords)."""
        match = self._re.match
        keywords, ignore, newline = self._keywords, self._ignore, self._newline
        new_str = str.__new__  # a Token made here, not through Token.__new__ (a call less per token)
        # pos, line, line_start: where the lexer is (a list: kept between calls)
        at = [0, 1, 0]
        end = len(text)

        def lex():
            pos, line, line_start = at
            while pos < end:
                m = match(text, pos)
                if m is None:
                    raise _Failed
                value, type_ = m.group(0), m.lastgroup
                new_pos = m.end()
                if type_ in ignore:
                    if type_ in newline:
                        n = value.count("\n")
                        if n:
                            line += n
                            line_start = pos + value.rindex("\n") + 1
                    pos = new_pos
                    continue
                tok = new_str(Token, value)
                tok.type, tok.value, tok.start_pos, tok.line, tok.column = type_, value, pos, line, pos - line_start + 1
                if type_ in newline:
                    n = value.count("\n")
                    if n:
                        line += n
                        line_start = pos + value.rindex("\n") + 1
                tok.end_line, tok.end_column, tok.end_pos = line, new_pos - line_start + 1, new_pos
                table = keywords.get(type_)
                if table is not None:
                    kind = table.get(value)
                    if kind is not None:
                        tok.type = kind
                at[0], at[1], at[2] = new_pos, line, line_start
                return tok
            at[0], at[1], at[2] = pos, line, line_start
            return None  # $END

        return lex

    def parse(self, text: str) -> Optional[Tree]:
        """The tree lark would build, or _Failed."""
        states, values = [self._start], []
        tables, make, rules, end = self._states, self._state, self._rules, self._end
        lex = self._lexer(text)
        top = self._start
        while True:
            tok = lex()
            kind = tok.type if tok is not None else "$END"
            while True:
                table = tables[top] or make(top)
                action = table.get(kind)
                if action is None:
                    raise _Failed
                if action >= 0:
                    if tok is None:  # pragma: no cover - lark never shifts $END
                        raise _Failed
                    states.append(action)
                    values.append(tok)
                    top = action
                    break
                origin, size, data, expand1, include = rules[-action - 1]
                if size:
                    children = values[-size:]
                    del states[-size:]
                    del values[-size:]
                else:
                    children = []
                value = _build(children, data, expand1, include)
                top = states[-1]
                goto = (tables[top] or make(top))[origin]
                states.append(goto)
                values.append(value)
                top = goto
                if tok is None and goto == end:
                    return values[-1]


def _build(raw: list, data: str, expand1: bool, include) -> object:
    """lark's tree shaping of one reduction: keep and inline children, one child for `?rule`, and
    the positions, taken (as lark's PropagatePositions does) from the reduction's raw children,
    the keywords it drops included."""
    if include is not None:
        children = None
        for i, inline in include:
            if inline:
                if children is None:
                    # the inlined tree is dropped: its list is taken over, not copied (a long list
                    # `_items: _items item` would otherwise be copied at each item: quadratic)
                    children = raw[i].children
                else:
                    children += raw[i].children
            elif children is None:
                children = [raw[i]]
            else:
                children.append(raw[i])
        if children is None:
            children = []
    else:
        children = raw
    if expand1 and len(children) == 1:
        res = children[0]
        if not isinstance(res, Tree):
            return res
    else:
        res = Tree(data, children)
    meta = res.meta
    fresh = meta.empty  # no position yet (one is always set with both ends: see below)
    if not raw:
        return res
    # the first and last children with a position: most often the first and the last (inlined)
    first = raw[0]
    if first.__class__ is Tree:
        first = first.meta if not first.meta.empty else _first_position(raw)
    elif first.__class__ is not Token:
        first = _first_position(raw)
    if first is not None:
        if first.__class__ is Meta:  # a subtree's: where its container starts (always set with it)
            line, column, start = first.container_line, first.container_column, first.container_start_pos
        else:
            line, column, start = first.line, first.column, first.start_pos
        if fresh:
            meta.line, meta.column, meta.start_pos, meta.empty = line, column, start, False
        meta.container_line, meta.container_column, meta.container_start_pos = line, column, start
    last = raw[-1]
    if last.__class__ is Tree:
        last = last.meta if not last.meta.empty else _first_position(reversed(raw))
    elif last.__class__ is not Token:
        last = _first_position(reversed(raw))
    if last is not None:
        if last.__class__ is Meta:
            line, column, end = last.container_end_line, last.container_end_column, last.container_end_pos
        else:
            line, column, end = last.end_line, last.end_column, last.end_pos
        if fresh:
            meta.end_line, meta.end_column, meta.end_pos, meta.empty = line, column, end, False
        meta.container_end_line, meta.container_end_column, meta.container_end_pos = line, column, end
    return res


def _first_position(children):
    for c in children:
        if isinstance(c, Tree):
            if not c.meta.empty:
                return c.meta
        elif isinstance(c, Token):
            return c
    return None
