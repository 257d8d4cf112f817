"""The expectation file (expectations.py): read (`parse`) and written again with the current
conclusions (`updated_text`). Its format is expectations.py's doc."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

from .symbols import spelling_key  # one key for `avenant:av1` and `avenant(av1)`

ARROW = "  <-  "
EXHAUSTIVE = "all conclusions listed"
NAME = re.compile(r"^[a-z_][A-Za-z0-9_]*$")
CODE = re.compile(r"^[a-z_][a-z0-9_]*$")
FILE_DATE = "file"  # the label of a section without `as_of`: the .gcs file's own date


class ExpectationError(ValueError):
    """A malformed expectation file: `file:line: what is wrong; what was expected`."""


# --- the file ------------------------------------------------------------------------


@dataclass
class Expected:
    """One line of a section: a conclusion that must hold, must not hold, or a warning."""

    kind: str  # "holds" | "not" | "warning"
    text: str  # the conclusion as written, or the warning's code
    provisions: Optional[tuple] = None  # None: not checked
    message: Optional[str] = None  # a warning's message; None: any warning of the code
    line: int = 0  # 1-based
    note: str = ""  # the comment after `#`, without it
    tail: str = ""  # the comment as written, with the spaces before `#` (kept by update)

    @property
    def key(self) -> str:
        return spelling_key(self.text)

    @property
    def warning(self) -> str:
        return self.text + (f": {self.message}" if self.message is not None else "")


@dataclass
class Section:
    """The lines checked on one date (`as_of`: None for the .gcs file's own date)."""

    as_of: Optional[date]
    line: int  # the `as_of` line (0: none)
    exhaustive: bool = False
    items: list = field(default_factory=list)  # [Expected]
    start: int = 0  # index in Expectations.lines of the first line of the section (its as_of line)
    end: int = 0  # index past its last line

    @property
    def label(self) -> str:
        return self.as_of.isoformat() if self.as_of else FILE_DATE

    @property
    def name(self) -> str:
        """`as_of-2012-06-30`: the section's name (pytest's item, the CLI's line)."""
        return f"as_of-{self.label}"

    def of(self, kind: str) -> list:
        return [e for e in self.items if e.kind == kind]


@dataclass
class Expectations:
    path: str
    lines: list = field(default_factory=list)  # the raw lines, for update
    text: str = ""  # the file as read
    sections: list = field(default_factory=list)  # [Section]
    exhaustive: bool = False  # `all conclusions listed` before the first as_of


_WILDCARD = re.compile(r'[(,]\s*_\s*(?=[,)])')


def has_wildcard(text: str) -> bool:
    """Whether a conclusion line has `_` for a value (`member(_)`), outside a quoted string."""
    return bool(_WILDCARD.search(re.sub(r'"[^"]*"', '""', text)))


def matching(e: Expected, result, drawn: Optional[dict] = None) -> list:
    """The conclusions of `result` that a `holds` or `not` line names: the one spelt so, or, with
    `_` for a value, every one it matches (as Result.holds reads `_`: any value)."""
    if not has_wildcard(e.text):
        if drawn is None:
            drawn = {spelling_key(c.text): c for c in result.conclusions}
        c = drawn.get(e.key)
        return [c] if c is not None else []
    from .result import _matches_loosely
    from .whynot import QueryError, parse_query

    try:
        name, args = parse_query(e.text)
    except QueryError:
        return []
    return [c for c in result.conclusions if _matches_loosely(c.symbol, name, args)]


def warning_matches(e: Expected, given: str) -> bool:
    """A `warning` line matches a warning given: its code and message, or its code alone."""
    return given == e.warning if e.message is not None else given.startswith(e.text + ":")


def _read_regular(path: str) -> bytes:
    """The bytes of the expectation file, read as a `.gcs` is (parse._read_file): only a regular file of
    at most 10 MiB, so that a device (/dev/zero, /dev/full: no end), a FIFO (it waits for a writer) or
    a socket named NAME.expected is refused, not read without end; ExpectationError says what it is."""
    from .parse import ScenarioError, _read_file

    try:
        return _read_file(path, path)
    except ScenarioError as exc:
        reason = exc.message.removeprefix("cannot read the file: ").split("; expected")[0]
        raise ExpectationError(f"{path}: cannot read the expectation file: {reason}; expected a regular "
                               f"text file (UTF-8) of at most 10 MiB") from None


def parse(path) -> Expectations:
    """Read an expectation file; any fault raises ExpectationError (file:line), nothing else."""
    path = str(path)
    try:
        data = _read_regular(path)
    except OSError as exc:
        raise ExpectationError(f"{path}: cannot read the expectation file: {exc.strerror or exc}") from None
    try:  # as a .gcs (parse._decode): a BOM is tolerated (Windows Notepad writes one); a bad byte has its line
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = len(data[data.rfind(b"\n", 0, e.start) + 1:e.start].decode("utf-8", "replace")) + 1
        raise ExpectationError(f"{path}:{line}:{col}: cannot read the expectation file: it is not UTF-8 text "
                               f"({e.reason}); expected a UTF-8 text file") from None
    return parse_text(text.replace("\r\n", "\n").replace("\r", "\n"), path)  # line ends as read_text reads them


def parse_text(text: str, path: str = "<string>") -> Expectations:
    exp = Expectations(path=path, lines=text.splitlines(), text=text)
    current: Optional[Section] = None
    dates: set = set()
    marker: Optional[int] = None  # the index of the first `all conclusions listed` before any section
    marked: dict = {}  # the line of the `all conclusions listed` of each section (id), of the top (None)

    def fail(n: int, what: str):
        raise ExpectationError(f"{path}:{n}: {what}")

    for i, raw in enumerate(exp.lines):
        n = i + 1
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        # a note starts at `#`; on a warning line, at ` #` (a message may hold a `#`)
        line, _, note = raw.partition(" #" if stripped.startswith("warning") else "#")
        tail = raw[len(line.rstrip()):] if _ else ""
        line, note = line.strip(), note.strip()
        words = line.split()
        if words[0] == "as_of" or words[:2] == ["as", "of"]:
            rest = words[1:] if words[0] == "as_of" else words[2:]
            if len(rest) != 1:
                fail(n, f"expected `as_of YYYY-MM-DD`, got {line!r}")
            try:
                on = date.fromisoformat(rest[0])
            except ValueError:
                fail(n, f"invalid date {rest[0]!r} after as_of; expected YYYY-MM-DD")
            from .parse import MAX_DATE, MIN_DATE

            if not MIN_DATE <= on <= MAX_DATE:  # the reasoner's range, said here with the line (not at reasoning)
                fail(n, f"as_of {on.isoformat()} is out of range; expected a date from {MIN_DATE} to {MAX_DATE}")
            if current is not None and current.as_of is None:
                fail(n, "a section without `as_of` comes before this one: put an `as_of` line at the top")
            if on in dates:
                fail(n, f"a second section as_of {on.isoformat()}; one section per date")
            dates.add(on)
            if current is not None:
                current.end = i
            current = Section(as_of=on, line=n, exhaustive=exp.exhaustive, start=i)
            exp.sections.append(current)
            continue
        if line.lower() == EXHAUSTIVE:
            where = id(current) if current is not None else None  # a section, or the top of the file
            if where in marked:  # as a conclusion listed twice (below): the second is a slip, said
                fail(n, f"`{EXHAUSTIVE}` is already on line {marked[where]} of "
                        f"{'this section' if current is not None else 'the file, before any section'}; "
                        f"expected it once")
            marked[where] = n
            if current is None:
                exp.exhaustive = True
                marker = i if marker is None else marker
            else:
                current.exhaustive = True
            continue
        if current is None:  # lines before any as_of: the .gcs file's own date
            current = Section(as_of=None, line=0, exhaustive=exp.exhaustive, start=i)
            exp.sections.append(current)
        current.items.append(_item(line, note, n, fail))
        current.items[-1].tail, current.items[-1].note = tail, note
    if current is not None:
        current.end = len(exp.lines)
    if not exp.sections and exp.exhaustive:  # `all conclusions listed` and nothing else: the complete list is
        exp.sections.append(Section(as_of=None, line=0, exhaustive=True,  # empty (nothing may be drawn, on the
                                    start=marker, end=len(exp.lines)))  # file's date), not a file without one
    for s in exp.sections:
        seen: dict = {}
        for e in s.items:
            if e.kind == "warning":
                continue
            if e.key in seen:
                fail(e.line, f"{e.text} is already on line {seen[e.key]} of this section")
            seen[e.key] = e.line
    return exp


def _item(line: str, note: str, n: int, fail) -> Expected:
    if line.startswith("warning"):
        body = line[len("warning"):].strip()
        code, colon, message = body.partition(":")
        code = code.strip()
        if not CODE.match(code):
            fail(n, f"expected `warning CODE: MESSAGE` or `warning CODE`, got {line!r}")
        return Expected("warning", code, message=message.strip() if colon else None, line=n)
    kind = "holds"
    if line.startswith("not "):
        kind, line = "not", line[4:].strip()
        if re.match(r"warning(\s|:|$)", line):
            fail(n, f"a `warning` line cannot be negated, got {'not ' + line!r}; expected, for a warning that "
                    f"must not be given, the rules' atom it says (e.g. `not missing_fact(single_act, _, _)`), "
                    f"or `{EXHAUSTIVE}` in the section (every warning given must then be listed)")
    concl, arrow, provs = line.partition("<-")
    concl = concl.strip()
    provisions = None
    if arrow:
        provisions = tuple(p.strip() for p in provs.split(","))
        if not provs.strip() or any(not p or " " in p for p in provisions):
            fail(n, f"expected provision ids separated by commas after `<-` "
                    f"(e.g. R6133-14@2006-01-01.3), got {provs.strip()!r}")
    if not _conclusion_like(concl):
        fail(n, f"expected a conclusion such as `member(ch_a)`, `not ...`, `warning ...`, "
                f"`as_of YYYY-MM-DD` or `{EXHAUSTIVE}`, got {concl!r}")
    return Expected(kind, concl, provisions=provisions, line=n, note=note)


def _conclusion_like(text: str) -> bool:
    name, paren, rest = text.partition("(")
    if not NAME.match(name.strip()) or name != name.strip():
        return False
    if not paren:
        return True
    depth, quoted = 1, False
    for k, ch in enumerate(rest):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
            if depth == 0:
                return k == len(rest) - 1 and bool(rest[:k].strip())
    return False


# --- writing -------------------------------------------------------------------------


def _provs(provisions) -> str:
    return ", ".join(provisions)


def _with_note(line: str, tail: str) -> str:
    """The line with the comment of the old one, as it was written."""
    return line + tail


def conclusion_line(c, tail: str = "", bare: bool = False) -> str:
    return _with_note(c.text if bare else f"{c.text}{ARROW}{_provs(c.provisions)}", tail)


def _warning_lines(result) -> list:
    return [f"warning {w.code}: {w.message}" for w in result.warnings]


def _new_section(result, exhaustive_marker: bool) -> list:
    out = [f"as_of {result.as_of.isoformat()}"]
    if exhaustive_marker:
        out.append(EXHAUSTIVE)
    out += [conclusion_line(c) for c in result.conclusions]
    return out + _warning_lines(result)


def updated_text(exp: Optional[Expectations], results: dict, extra=None, gcs_name: str = "") -> str:
    """The file with the current conclusions (module docstring, `update`). `results`: section
    name -> Result; `extra`: a Result for a new section (or a new file)."""
    if exp is None:
        head = [f"# Expected conclusions for {gcs_name}: review each line against the law.",
                "# Delete the lines you do not want checked, and the next line, to check only those left.",
                EXHAUSTIVE]
        return "\n".join(head + _new_section(extra, False)) + "\n"
    out = list(exp.lines[: exp.sections[0].start]) if exp.sections else list(exp.lines)
    for s in exp.sections:
        r = results.get(s.name)
        lines = exp.lines[s.start:s.end]
        out += _update_section(s, lines, r) if r is not None else lines
    if extra is not None:
        while out and not out[-1].strip():
            out.pop()
        out += [""] + _new_section(extra, not exp.exhaustive)
    return "\n".join(out) + "\n"


def _update_section(s: Section, lines: list, result) -> list:
    drawn = {spelling_key(c.text): c for c in result.conclusions}
    order = {key: k for k, key in enumerate(drawn)}
    by_line = {e.line: e for e in s.items}
    listed = {spelling_key(c.text) for e in s.items if e.kind == "holds"  # a `not` line now contradicted
              for c in matching(e, result, drawn)}                          # gives way to its conclusion
    given = [f"{w.code}: {w.message}" for w in result.warnings]
    matched: set = set()
    out: list = []  # (text, order index or None)
    last_conclusion = last_warning = None
    seen_conclusion = False
    for k, raw in enumerate(lines):
        e = by_line.get(s.start + k + 1)
        if e is None:
            out.append((raw, None))
            if not seen_conclusion and (raw.strip().lower() == EXHAUSTIVE
                                        or raw.strip().startswith(("as_of", "as of"))):
                last_conclusion = len(out) - 1  # new conclusions go after the date and the marker
            continue
        hits = matching(e, result, drawn) if e.kind != "warning" else []
        c = hits[0] if hits else None
        if e.kind == "holds" and c is not None and has_wildcard(e.text):  # `member(_)`: kept as written
            out.append((raw, order[spelling_key(c.text)]))
            last_conclusion, seen_conclusion = len(out) - 1, True
        elif e.kind == "holds":
            if c is not None:
                out.append((conclusion_line(c, e.tail, bare=e.provisions is None), order[e.key]))
                last_conclusion, seen_conclusion = len(out) - 1, True
            elif not s.exhaustive:  # kept as what now holds: it does not
                out.append((_with_note(f"not {e.text}" + (f"{ARROW}{_provs(e.provisions)}" if e.provisions else ""),
                                       e.tail), None))
        elif e.kind == "not":
            if c is None:
                out.append((raw, None))
            elif not s.exhaustive:  # a new claim: with the provisions it rests on, for review
                for k, hit in enumerate(hits):  # (each conclusion a `not` line with `_` matches)
                    out.append((conclusion_line(hit, e.tail if k == 0 else ""), order[spelling_key(hit.text)]))
        else:
            hits = [i for i, w in enumerate(given) if warning_matches(e, w)]
            if hits:
                matched.update(hits)
                out.append((raw, None))
                last_warning = len(out) - 1
    if s.exhaustive:
        new = [(conclusion_line(c), order[key]) for key, c in drawn.items() if key not in listed]
        for text, idx in new:
            pos = next((i for i, (_, o) in enumerate(out) if o is not None and o > idx), None)
            if pos is None:
                pos = (last_conclusion + 1) if last_conclusion is not None else len(out)
            out.insert(pos, (text, idx))
            if last_conclusion is not None and pos <= last_conclusion + 1:
                last_conclusion += 1
            if last_warning is not None and pos <= last_warning:
                last_warning += 1
        new_w = [f"warning {w}" for i, w in enumerate(given) if i not in matched]
        if new_w:
            at = last_warning + 1 if last_warning is not None else len(out)
            while last_warning is None and at > 0 and not out[at - 1][0].strip():
                at -= 1  # before the blank lines that end the section
            out[at:at] = [(w, None) for w in new_w]
    return [t for t, _ in out]
