"""The arithmetic of a rule's comparison side, as clingo prints it, parsed so that words.py can
write it in words (`Expr`); `Unknown`: what it cannot say."""

from __future__ import annotations

import re


class Unknown(Exception):
    """A variable the derivation record does not give (an anonymous one): no description."""


class Expr:
    """The arithmetic of a rule's comparison side, as clingo prints it: `(@year(X)+1)..(@year(Z)-1)`,
    `(2*P)`, `@months_before(E,K)`, `d(Y,12,31)`. A tiny recursive descent parser."""

    TOKEN = re.compile(r'\s*(\.\.|@[a-z_][A-Za-z0-9_]*|[A-Z_][A-Za-z0-9_]*|[a-z][A-Za-z0-9_]*|\d+|"[^"]*"|[-+*/\\(),])')

    def __init__(self, text: str):
        self.tokens, pos = [], 0
        text = text.strip()
        while pos < len(text):
            m = self.TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise Unknown(text[pos:])
            self.tokens.append(m.group(1))
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, expected=None):
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise Unknown(f"expected {expected}")
        self.i += 1
        return tok

    def parse(self):
        node = self.range()
        if self.peek() is not None:
            raise Unknown(self.peek())
        return node

    def range(self):
        low = self.sum()
        if self.peek() == "..":
            self.take()
            return ("range", low, self.sum())
        return low

    def sum(self):
        node = self.prod()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = ("op", op, node, self.prod())
        return node

    def prod(self):
        node = self.unary()
        while self.peek() in ("*", "/", "\\"):
            op = self.take()
            node = ("op", op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == "-":
            self.take()
            inner = self.unary()
            return ("num", -inner[1]) if inner[0] == "num" else ("neg", inner)
        return self.atom()

    def args(self):
        self.take("(")
        out = []
        if self.peek() != ")":
            out.append(self.range())
            while self.peek() == ",":
                self.take()
                out.append(self.range())
        self.take(")")
        return out

    def atom(self):
        tok = self.take()
        if tok.isdigit():
            return ("num", int(tok))
        if tok.startswith('"'):
            return ("str", tok[1:-1])
        if tok.startswith("@"):
            return ("call", tok[1:], self.args())
        if tok[0].isupper() or tok[0] == "_":
            return ("var", tok)
        if tok == "(":
            inner = [self.range()]
            while self.peek() == ",":
                self.take()
                inner.append(self.range())
            self.take(")")
            return inner[0] if len(inner) == 1 else ("tuple", inner)
        if tok[0].islower():
            return ("term", tok, self.args() if self.peek() == "(" else [])
        raise Unknown(tok)
