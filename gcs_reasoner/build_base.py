"""From the syntax tree to the dataclasses: the foundations of the builder.

Tokens (dates, numbers, years, quoted texts, value words) and their checks,
the shared namespace of identifiers, references (recorded while the tree is
read, resolved once the whole file is read) and the "at most once" checks.
The statements themselves are built by the mixins of build_members.py,
build_assemblies.py and build.py.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date
from typing import Optional

from .parse import MAX_DATE, MAX_NUMBER, MIN_DATE, _Error
from .parse_errors import _clip, _suggest
from .scenario import CaseOccurred, DelibRef, Groupement, Pos

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
    # part 2
    "authorisation": "an authorisation",
    "ars_decision": "a decision of the director general (ars_decision)",
    "committee_meeting": "a committee meeting",
}
# What a reference must name (BuilderBase.ref), for the messages: "unknown X 'id'; expected a declared X".
_REF_NOUN = {
    "assembly": "assembly",
    "authorisation": "authorisation",
    "ars_decision": "decision (ars_decision)",
    "avenant": "avenant",
    "committee_meeting": "committee meeting",
}


def _tokpos(token) -> Pos:
    return Pos(token.line, token.column)


def _treepos(tree) -> Pos:
    return Pos(tree.meta.line, tree.meta.column)


# --- checks of a statement's values, the one copy the parser and objects.py (a Scenario changed in
# Python) both use: each returns the message, or None when the values pass ---------------------------


def empty_name(name: str, kind: str, ident: str) -> Optional[str]:
    """A member's (associate's) name: every sentence about the member names it."""
    if isinstance(name, str) and not name.strip():
        return f"empty name for {kind} '{ident}'; expected its name between the quotes"
    return None


def bad_rights(n) -> Optional[str]:
    """A member's rights: a positive integer (only the proportions between members matter)."""
    if n <= 0:
        return (f"invalid rights {n}: rights must be a positive integer (only the proportions between members "
                "matter); expected a positive integer")
    return None


def listed_twice(items, what: str) -> Optional[tuple]:
    """(position, message) at the second listing of a value of a list (`present a, b, a`), else None.
    `items`: (value, position) in the order written."""
    seen: dict = {}
    for v, pos in items:
        if v in seen:
            return pos, (f"'{v}' is listed twice (first at line {seen[v].line}, column {seen[v].col}); "
                         f"expected each {what} once")
        seen[v] = pos
    return None


def voted_twice(items) -> Optional[tuple]:
    """(position, message) at a member's second vote in a deliberation's vote lists (twice `for`, or
    `for` and `against`: contradictory), else None. `items`: (member, position) in the order written."""
    seen: dict = {}
    for v, pos in items:
        if v in seen:
            return pos, (f"'{v}' already voted at line {seen[v].line}, column {seen[v].col}; "
                         "expected each member in at most one vote list")
        seen[v] = pos
    return None


def proxy_contradiction(present, proxies) -> Optional[tuple]:
    """(position, message) at a proxy the file's other statements contradict, else None: `proxy M to H`
    says M is represented by H (the contract), so M giving a second proxy (to another holder, or the
    same one again) or M listed present in person leaves unsaid which statement stands; as for a
    member voting twice, the file must say it (never a guessed fact; the holder's side is R6133-12
    al. 4 of 2006, proxy_invalid holder_holds_several). `present`: (member, position);
    `proxies`: (member, holder, position), in the order written."""
    here = {m: pos for m, pos in present}
    given: dict = {}
    for m, h, pos in proxies:
        if m in given:
            first_h, first = given[m]
            return pos, (f"'{m}' already gave a proxy to '{first_h}' at line {first.line}, column {first.col}; "
                         "expected at most one proxy per member and assembly (the file must say which mandate "
                         "stands)")
        if m in here:
            return pos, (f"'{m}' is present in person (line {here[m].line}, column {here[m].col}) and gives a proxy "
                         f"to '{h}'; expected one of the two: a member present is not represented (a proxy that "
                         "lapsed is left out)")
        given[m] = (h, pos)
    return None


class BuilderBase:
    """State and checks shared by every statement of the builder."""

    def __init__(self):
        # id -> (category, pos) for the shared namespace
        self.names: dict[str, tuple[str, Pos]] = {}
        # references resolved once the whole file is read
        self.refs: list[tuple[str, str, Pos]] = []  # (required, id, pos)
        self.delib_refs: list[DelibRef] = []
        self.delib_ref_tokens: dict[int, tuple] = {}  # id(ref) -> (assembly token, deliberation token, kind)
        self.cases: list[CaseOccurred] = []

    # -- tokens ---------------------------------------------------------------

    @staticmethod
    def date(token) -> date:
        s = str(token)
        m = _DATE_RE.fullmatch(s)
        if not m:
            raise _Error(_tokpos(token), f"invalid date '{_clip(s)}'; expected a date YYYY-MM-DD")
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
        if not MIN_DATE.year <= y <= MAX_DATE.year:
            raise _Error(
                _tokpos(token),
                f"date {s} is out of range: the language accepts dates from {MIN_DATE} to {MAX_DATE}; "
                "expected a date in that range",
            )
        return date(y, mo, d)

    @staticmethod
    def integer(token, what: str, limit: int = MAX_NUMBER, too_large: Optional[str] = None) -> int:
        """The value of a number token, at most `limit` (a negative one is left to the caller).

        `too_large`: the message when it is above `limit` (default: the reasoner's bound).
        """
        s = str(token)
        if not _NUMBER_RE.fullmatch(s):
            raise _Error(
                _tokpos(token),
                f"invalid number '{_clip(s)}'; expected {what} (digits, with optional '_' separators)",
            )
        digits = s.replace("_", "").lstrip("-").lstrip("0") or "0"
        # compare lengths first: int() of thousands of digits is slow, or refused
        value = int(digits) if len(digits) <= len(str(MAX_NUMBER)) else MAX_NUMBER + 1
        if s.startswith("-"):
            return -value  # every caller rejects a negative number, with its own message
        if value > limit:
            raise _Error(
                _tokpos(token),
                too_large or f"number {_clip(s)} is too large: the reasoner computes exactly up to {MAX_NUMBER}; "
                f"expected {what} of at most {MAX_NUMBER}",
            )
        return value

    def amount(self, tree) -> int:
        token = tree.children[0]
        n = self.integer(token, "an amount in whole euros")
        if n < 0:
            raise _Error(_tokpos(token), f"negative amount {token}; expected an amount of zero or more euros")
        return n

    def year(self, token) -> int:
        s = str(token)
        if not re.fullmatch(r"[0-9]{4}", s):
            raise _Error(_tokpos(token), f"invalid year '{_clip(s)}'; expected a year YYYY")
        if not MIN_DATE.year <= int(s) <= MAX_DATE.year:
            raise _Error(
                _tokpos(token),
                f"year {s} is out of range: the language accepts years {MIN_DATE.year} to {MAX_DATE.year}; "
                "expected a year in that range",
            )
        return int(s)

    def natural(self, token, what: str, limit: int = MAX_NUMBER, too_large: Optional[str] = None) -> int:
        n = self.integer(token, what, limit, too_large)
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
                "; expected a new identifier (members, associates, assemblies, avenants, staff, "
                "medical acts, authorisations, decisions and committee meetings share one namespace)",
            )
        self.names[ident] = (category, pos)
        return ident

    def ref(self, token, required: str = "member") -> str:
        """Record a reference, checked once the whole file is read.

        `required`: "member" (an associate is an error: it cannot be present,
        vote, hold a proxy, withdraw, contribute...), `_ANY_MEMBER` (a member
        or an associate: where the law's conclusion is about the act itself,
        e.g. an associate that chairs an assembly, not a file that does not
        parse), or one of the other categories of `_REF_NOUN` ("assembly",
        "authorisation", "ars_decision", "avenant", "committee_meeting").
        """
        self.refs.append((required, str(token), _tokpos(token)))
        return str(token)

    def delib_ref(self, tree, kind: str = "assembly") -> DelibRef:
        """`A.D`: a deliberation of an assembly, or (kind "committee_meeting") of a committee meeting."""
        a, d = tree.children
        # `ag1.d1` is written without spaces
        if d.start_pos - a.end_pos != 1:
            raise _Error(
                _tokpos(a), f"spaces in the reference; expected '{a}.{d}' written without spaces"
            )
        ref = DelibRef(_tokpos(a), str(a), str(d))
        self.delib_refs.append(ref)
        self.delib_ref_tokens[id(ref)] = (a, d, kind)
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
        found = listed_twice([(str(t), _tokpos(t)) for t in tokens], what)
        if found:
            raise _Error(*found)

    # -- references -----------------------------------------------------------

    def resolve(self, g: Groupement) -> None:
        errors: list[_Error] = []
        members = [i for i, (cat, _) in self.names.items() if cat == "member"]
        declared_members = [i for i, (cat, _) in self.names.items() if cat in ("member", "associate")]
        meetings = {a.id: a for a in (*g.assemblies, *g.committee_meetings)}
        for required, ident, pos in self.refs:
            entry = self.names.get(ident)
            if required in _REF_NOUN:
                noun = _REF_NOUN[required]
                if entry is None:
                    pool = [i for i, (cat, _) in self.names.items() if cat == required]
                    errors.append(_Error(pos, f"unknown {noun} '{ident}'; expected a declared {noun}"
                                              f"{_suggest(ident, pool)}"))
                elif entry[0] != required:
                    errors.append(_Error(pos, f"'{ident}' is {_NAMESPACE_LABEL[entry[0]]}, not {_article(noun)}; "
                                              f"expected a declared {noun}"))
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
            a_tok, d_tok, kind = self.delib_ref_tokens[id(ref)]
            noun = "assembly" if kind == "assembly" else "committee meeting"
            shape = "A.D (an assembly and one of its deliberations)" if kind == "assembly" else \
                "K.D (a committee meeting and one of its deliberations)"
            entry = self.names.get(ref.assembly)
            if entry is None:
                pool = [i for i, (cat, _) in self.names.items() if cat == kind]
                errors.append(_Error(ref.pos, f"unknown {noun} '{ref.assembly}' in '{ref.assembly}."
                                              f"{ref.deliberation}'; expected a declared {noun}"
                                              f"{_suggest(ref.assembly, pool)}"))
                continue
            if entry[0] != kind:
                errors.append(_Error(ref.pos, f"'{ref.assembly}' is {_NAMESPACE_LABEL[entry[0]]}, not "
                                              f"{_article(noun)}; expected {shape}"))
                continue
            delibs = [d.id for d in meetings[ref.assembly].deliberations]
            if ref.deliberation not in delibs:
                known = f" ({', '.join(delibs)})" if delibs else " (it has none)"
                candidates = [f"{ref.assembly}.{x}" for x in delibs]
                errors.append(_Error(
                    _tokpos(d_tok),
                    f"unknown deliberation '{ref.assembly}.{ref.deliberation}'; expected a deliberation of "
                    f"{noun} {ref.assembly}{known}{_suggest(f'{ref.assembly}.{ref.deliberation}', candidates)}",
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


def _article(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


_ANY_MEMBER = "member_or_associate"
