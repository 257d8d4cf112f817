"""Parser of the scenario language (`.gcs` files) into `scenario.Scenario`.

The grammar is `grammar.lark` (LALR(1), basic lexer: every keyword is a string
literal, so a word equal to a keyword is always that keyword and never an
identifier). Every problem, whatever the input, is raised as one
`ScenarioError` with the file, line, column and a message that says what is
wrong and what was expected.

Stages, one module each:

- this module: the public API (`parse_text`, `parse_file`), reading files,
  the limits of the language and the construction of the Lark parser;
- `parse_errors.py`: Lark's exceptions (a token or a character where it does
  not fit) turned into one message;
- `build.py` (with `build_base.py`, `build_members.py`,
  `build_assemblies.py`): the syntax tree turned into the dataclasses of
  `scenario.py`, with every check the grammar does not express (real dates,
  numbers within bounds, positive rights, at most once, `of M`, references,
  duplicate ids).

The Lark parser is built once per process, lazily, from LALR tables generated
ahead of time into `_grammar_tables.py` (see `parser_tables.py`: no pickle, no
cache directory). Lark itself is only imported when the first file is parsed.
"""

from __future__ import annotations

import os
import re
import stat
from datetime import date
from pathlib import Path

from .collector import paused
from .scenario import Pos, Scenario, normal_line_ends

__all__ = ["ScenarioError", "parse_text", "parse_file"]


class ScenarioError(Exception):
    """A `.gcs` file that cannot be read, does not parse or breaks a rule of the language."""

    def __init__(self, path: str, line: int, col: int, message: str):
        message = shown(message)
        super().__init__(path, line, col, message)
        self.path = path
        self.line = line
        self.col = col
        self.message = message

    def __str__(self) -> str:
        if not self.line:  # the file as a whole (it cannot be read): no position
            return f"{shown(str(self.path))}: {self.message}"
        return f"{shown(str(self.path))}:{self.line}:{self.col}: {self.message}"


# What a message must not carry raw: control characters (C0 but tab, DEL, C1) and the Unicode line and
# paragraph separators, which a quoted text of the file may hold (a name, a dissolution case) and a
# message echoes: one line on a terminal, whatever the file says.
_UNSHOWN = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def shown(text: str) -> str:
    """`text` with each character a message must not carry raw written as an escape (`\\u2028`)."""
    if _UNSHOWN.search(text) is None:
        return text
    return _UNSHOWN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _Error(Exception):
    """Raised inside the builder; turned into a ScenarioError with the path."""

    def __init__(self, pos, message: str):
        super().__init__(message)
        self.line, self.col = (pos.line, pos.col) if isinstance(pos, Pos) else pos
        self.message = message


# ---------------------------------------------------------------------------
# Limits of the language (README, "Limits of the language").

# clingo computes with 32-bit signed integers: every number of a file is at most this.
MAX_NUMBER = 2_147_483_647
# Dates and years: the law encoded runs from 2004; the margin keeps every date
# the reasoner computes (a year added, months subtracted) inside Python's calendar.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
MAX_NOTICE_DAYS = 3660  # ten years
MAX_NOTICE_MONTHS = 1200  # a hundred years
MAX_FILE_BYTES = 10 * 1024 * 1024
_MAX_FILE_SHOWN = "10 MiB"


# ---------------------------------------------------------------------------
# The Lark parser, built once, lazily, from tables generated ahead of time.

_GRAMMAR_PATH = Path(__file__).with_name("grammar.lark")
_PARSER = None


def warm_up(every_state: bool = False) -> None:
    """Load the parser now (before forking worker processes, so that each starts with it), and with
    `every_state` make each state of its automaton (the warm server: each of its copies would
    otherwise make those its file needs; the pool's workers make theirs side by side)."""
    fast = _fast_parser()
    if every_state and fast is not None:
        fast.prepare()


_FAST = None


def _fast_parser():
    """The parser of well-formed files (lalr.py), or None when its tables are not for this grammar.lark."""
    global _FAST
    if _FAST is None:
        from . import lalr

        _FAST = False
        try:
            from .parser_tables import FAST_PATH, grammar_digest, load_fast

            tables = load_fast(FAST_PATH.read_text(encoding="utf-8"))
            if tables.GRAMMAR_SHA256 == grammar_digest(_GRAMMAR_PATH.read_bytes()):
                _FAST = lalr.Parser(tables)
        except Exception:  # pragma: no cover - tables missing or stale: lark reads every file
            _FAST = False
    return _FAST or None


def _parser():
    """The Lark parser of grammar.lark.

    Loaded from `_grammar_tables.py` (JSON generated by `parser_tables.py`
    and committed: never a pickle, nothing read from a cache directory), or
    built in memory when those tables are not for this grammar.lark and this
    version of lark.
    """
    global _PARSER
    if _PARSER is None:
        import lark

        from . import parser_tables

        grammar = _GRAMMAR_PATH.read_bytes()
        parser = None
        try:
            from . import _grammar_tables as tables

            if tables.GRAMMAR_SHA256 == parser_tables.grammar_digest(grammar) \
                    and tables.LARK_VERSION == lark.__version__:
                data = parser_tables.decode(tables.TABLES)
                parser = lark.Lark._load_from_dict(data["data"], data["memo"])
        except Exception:  # pragma: no cover - tables missing or from another lark: build them
            parser = None
        if parser is None:
            parser = lark.Lark(grammar.decode("utf-8"), **parser_tables.OPTIONS)
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
# Public API


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _position(text: str, index: int) -> tuple[int, int]:
    """Line and column (from 1, in characters) of `text[index]`."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")  # a BOM is tolerated
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = len(data[data.rfind(b"\n", 0, e.start) + 1 : e.start].decode("utf-8", "replace")) + 1
        raise ScenarioError(path, line, col, f"cannot read the file: it is not UTF-8 text ({e.reason}); "
                                             "expected a UTF-8 text file") from None


def _check_text(text, path: str) -> str:
    """The text of a scenario as a str that is Unicode text (no lone surrogate), or ScenarioError."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = _decode(bytes(text), path)
    if not isinstance(text, str):
        raise ScenarioError(path, 0, 0, f"expected the text of a scenario (a str), not {type(text).__name__}")
    if len(text) > MAX_FILE_BYTES:
        raise ScenarioError(path, 0, 0, f"the scenario is larger than {_MAX_FILE_SHOWN}; expected a smaller file")
    text = normal_line_ends(text)  # a BOM tolerated, CRLF and CR-only line ends (scenario.py)
    bad = _SURROGATE_RE.search(text)
    if bad:  # cannot be encoded, so cannot come from a file: from a str built in Python
        line, col = _position(text, bad.start())
        raise ScenarioError(path, line, col, f"invalid character U+{ord(bad.group()):04X} (a lone surrogate, "
                                             "not Unicode text); expected UTF-8 text")
    return text


def _parse_tree(text: str):
    """The parse tree of a well-formed text (lalr.py); any other text is read by lark, whose
    exception says what is wrong."""
    fast = _fast_parser()
    if fast is not None:
        from .lalr import _Failed

        try:
            return fast.parse(text)
        except _Failed:
            pass
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken

    from .parse_errors import _unexpected_characters, _unexpected_token

    try:
        return _parser().parse(text)
    except UnexpectedToken as e:
        raise _unexpected_token(e, text) from None
    except UnexpectedCharacters as e:
        raise _unexpected_characters(e, text) from None
    except UnexpectedEOF as e:  # pragma: no cover - LALR reports $END as UnexpectedToken
        raise _Error((e.line if e.line > 0 else 1, e.column if e.column > 0 else 1),
                     "unexpected end of file") from None


# Identifiers the language cannot give: `not` is a keyword of the rules' language (clingo), so a member, a
# staff, an assembly or anything named `not` would make its facts unreadable (found by fuzzing, stop 28).
RESERVED_IDENTIFIERS = frozenset({"not"})
_RESERVED_WORD = re.compile(r"(?<![A-Za-z0-9_])not(?![A-Za-z0-9_])")


def _no_reserved_identifier(tree) -> None:
    """_Error at the first identifier (a NAME token) of the tree that is a reserved word."""
    stack = [tree]
    while stack:
        node = stack.pop()
        children = getattr(node, "children", None)
        if children is not None:
            stack.extend(reversed(children))
        elif getattr(node, "type", None) == "NAME" and str(node) in RESERVED_IDENTIFIERS:
            raise _Error((node.line, node.column),
                         f"'{node}' is a reserved word and cannot be an identifier; expected another name")


def parse_text(text: str, path: str = "<string>") -> Scenario:
    """Parse the text of a `.gcs` file; raise ScenarioError for any bad input."""
    from .build import Builder

    path = str(path)
    text = _check_text(text, path)
    with paused():
        try:
            tree = _parse_tree(text)
            if _RESERVED_WORD.search(text):  # (rare: a whole word `not` outside an identifier, e.g. a comment)
                _no_reserved_identifier(tree)
            groupement = Builder().build(tree)
        except _Error as e:
            raise ScenarioError(path, e.line, e.col, e.message) from None
        except RecursionError:  # pragma: no cover
            raise ScenarioError(path, 0, 0, "the file is nested too deeply to be read") from None
        except Exception as e:  # pragma: no cover - a bug of ours must not show as a traceback
            raise ScenarioError(path, 0, 0, f"internal error while reading the file ({type(e).__name__}: {e}); "
                                            "expected no such error: please report it") from None
        from .validate import check

        return check(Scenario(groupement, path, text))


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "it is a directory"
    if stat.S_ISFIFO(mode):
        return "it is a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "it is a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device"
    return "it is not a regular file"


def _read_file(path, shown: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, or ScenarioError (without position).

    Only a regular file is opened for reading, so that a FIFO, a device or a
    socket given by mistake cannot block; O_NONBLOCK guards the moment between
    the check and the opening.
    """

    def cannot(reason: str) -> ScenarioError:
        return ScenarioError(shown, 0, 0, f"cannot read the file: {reason}; expected a readable UTF-8 text file")

    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise cannot(_file_kind(info.st_mode))
        if info.st_size > MAX_FILE_BYTES:
            raise cannot(f"the file is larger than {_MAX_FILE_SHOWN}")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # pragma: no cover - replaced since the first check
                raise cannot(_file_kind(info.st_mode))
            chunks, size = [], 0
            while size <= MAX_FILE_BYTES:
                chunk = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        finally:
            os.close(fd)
    except OSError as e:
        raise cannot(e.strerror or str(e)) from None
    except ValueError as e:  # a NUL in the path
        raise cannot(f"invalid file name ({e})") from None
    if size > MAX_FILE_BYTES:  # pragma: no cover - grew since the check
        raise cannot(f"the file is larger than {_MAX_FILE_SHOWN}")
    return b"".join(chunks)


def _looks_like_text(path_s: str) -> bool:
    """Whether an argument given as a path that names no file reads as the text of a scenario:
    several lines, or one that starts with `groupement ` (a folder or a file may well be named
    "mon groupement 2020": an existing path is always read as a path)."""
    return "\n" in path_s or path_s.strip().startswith("groupement ")


def parse_file(path) -> Scenario:
    """Read a `.gcs` file (UTF-8, a regular file of at most 10 MiB) and parse it."""
    if isinstance(path, bool) or not isinstance(path, (str, bytes, os.PathLike)):
        # an int would be taken by os.stat and os.open as a file descriptor
        raise ScenarioError(str(path), 0, 0, f"expected the path of a file (str or os.PathLike), "
                                             f"not {type(path).__name__}")
    path_s = os.fsdecode(path)
    if _looks_like_text(path_s) and not os.path.lexists(path_s):  # the text of a scenario where a path goes
        raise ScenarioError("<string>", 0, 0, "expected the path of a file, not the text of a scenario: "
                                              "read a text with gcs.loads(text)")
    return parse_text(_decode(_read_file(path, path_s), path_s), path_s)


def __getattr__(name):
    """Helpers of the other stages, under their names of before the split (tests use them)."""
    if name in ("_keyword_of", "_BLOCK_STARTERS"):
        from . import parse_errors

        return getattr(parse_errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
