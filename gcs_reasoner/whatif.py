r"""What if? Change a scenario's facts, and compare two results.

    >>> edited = gcs.edit(scenario, "present ag1 ch_beaune", "vote ag1.d1 ch_beaune for")
    >>> print(gcs.diff(scenario, edited))          # conclusions gained and lost, with their provisions

`edit` returns a new Scenario (the original is left as it is): the changes are
made in the file's text and the text is read again (edit_text.py), as
`FILE (edited)`. Its explanations and memo quote the edited lines, and it passes
every check of the language (a reference left dangling, an impossible story:
ScenarioError with the language's message, whatever the order of the changes).
A change that names no assembly, member, deliberation or notice of the scenario
raises EditError (committee meetings are not edited). The changes are written
like the `.gcs` statements they touch, with their context:

| change                                   | does                                              |
|------------------------------------------|---------------------------------------------------|
| `present A M` / `absent A M`             | M present at assembly A, or not                   |
| `proxy A M to H` / `no proxy A M`        | M represented by H at A, or not represented        |
| `vote A.D M for\|against\|abstain\|none` | M's vote on deliberation D of A (none: no vote)   |
| `convened_on A DATE`                     | the date assembly A was convened                  |
| `withdrawal M notified DATE`             | M notifies its withdrawal on DATE (added, or its only notice moved) |
| `withdrawal M notified DATE instead of OLD` | M's notice of OLD moved to DATE                |
| `no withdrawal M`                        | M does not withdraw (every notice of M removed)   |
| `no withdrawal M notified DATE`          | M's notice of DATE removed (the others stay)      |
| `declared_nature public\|private`        | the nature the convention declares                |
| `no declared_nature`                     | the convention declares none                      |
| `member M sector\|kind\|rights VALUE`    | an attribute of member M                          |
| `without line N`                         | every statement beginning on line N left out (with its block), and the items of a list on line N |

Each change also says, as an edit of the file, where it applies
(`Change.describe(scenario)`: « line 42: add `present ch_b` »).
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional, Union

from .parse import MAX_DATE, MAX_NUMBER, MIN_DATE
from .parse_errors import _KINDS  # the words of `kind`, as the grammar lists them
from .scenario import Assembly, Attr, Located, Pos, Proxy, Scenario, Vote, Withdrawal

CHOICES = ("for", "against", "abstain")


class EditError(ValueError):
    """A change that does not apply to this scenario (unknown assembly, member, bad value)."""


@dataclass(frozen=True)
class Change:
    """One change of the facts: `kind` and its arguments (see the module's table)."""

    kind: str  # present | absent | proxy | no_proxy | vote | convened_on | withdrawal | no_withdrawal
    #            | declared_nature | member | without
    args: tuple

    def __str__(self) -> str:
        k, a = self.kind, self.args
        if k in ("present", "absent"):
            return f"{k} {a[0]} {a[1]}"
        if k == "proxy":
            return f"proxy {a[0]} {a[1]} to {a[2]}"
        if k == "no_proxy":
            return f"no proxy {a[0]} {a[1]}"
        if k == "vote":
            return f"vote {a[0]}.{a[1]} {a[2]} {a[3] or 'none'}"
        if k == "convened_on":
            return f"convened_on {a[0]} {a[1].isoformat()}"
        if k == "withdrawal":
            old = f" instead of {a[2].isoformat()}" if len(a) > 2 and a[2] is not None else ""
            return f"withdrawal {a[0]} notified {a[1].isoformat()}{old}"
        if k == "no_withdrawal":
            return f"no withdrawal {a[0]}" + (f" notified {a[1].isoformat()}" if len(a) > 1 and a[1] else "")
        if k == "declared_nature":
            return f"declared_nature {a[0]}" if a[0] else "no declared_nature"
        if k == "member":
            return f"member {a[0]} {a[1]} {a[2]}"
        return f"without line {a[0]}"

    # --- applying ----------------------------------------------------------------
    def apply(self, scenario: Scenario) -> None:
        """Change `scenario` in place (use `edit` for a copy)."""
        g = scenario.groupement
        k, a = self.kind, self.args
        if k in ("present", "absent", "proxy", "no_proxy", "convened_on"):
            asm = _assembly(scenario, a[0])
            if k != "convened_on":
                _member(scenario, a[1])
            if k == "present":
                if a[1] not in [p.value for p in asm.present]:
                    asm.present.append(Attr(_after(asm, asm.present), a[1]))
            elif k == "absent":
                asm.present = [p for p in asm.present if p.value != a[1]]
                if any(p.holder == a[1] for p in asm.proxies):
                    pass  # the proxies it holds stay: the law says whether they count
            elif k == "proxy":
                _member(scenario, a[2])
                if a[1] == a[2]:  # as the language: `proxy M to M` is refused
                    raise EditError(f"{a[1]!r} cannot hold its own proxy; expected another member")
                asm.proxies = [p for p in asm.proxies if p.member != a[1]]
                asm.proxies.append(Proxy(_after(asm, asm.proxies), a[1], a[2]))
            elif k == "no_proxy":
                asm.proxies = [p for p in asm.proxies if p.member != a[1]]
            else:
                if asm.convened_on is None:
                    asm.convened_on = Attr(asm.pos, a[1])
                else:
                    asm.convened_on.value = a[1]
        elif k == "vote":
            asm = _assembly(scenario, a[0])
            dl = next((d for d in asm.deliberations if d.id == a[1]), None)
            if dl is None:
                raise EditError(f"assembly {a[0]} has no deliberation {a[1]!r}")
            _member(scenario, a[2])
            if a[3] is not None and a[3] not in CHOICES:
                raise EditError(f"vote {a[3]!r}: expected for, against, abstain or none")
            old = next((v for v in dl.votes if v.member == a[2]), None)
            dl.votes = [v for v in dl.votes if v.member != a[2]]
            if a[3] is not None:
                dl.votes.append(Vote(old.pos if old else dl.pos, a[2], a[3]))
        elif k == "withdrawal":
            _member(scenario, a[0])
            w = _notice(scenario, a[0], a[2] if len(a) > 2 else None)
            if w is None:
                g.withdrawals.append(Withdrawal(Pos(_last_line(scenario)), a[0], a[1]))
            else:
                w.notified = a[1]
        elif k == "no_withdrawal":
            _member(scenario, a[0])
            gone = _notices(scenario, a[0], a[1] if len(a) > 1 else None)
            if not gone:  # as a change naming no notice of the scenario (the module's doc)
                raise EditError(f"{a[0]!r} notified no withdrawal; expected a member that notified one")
            g.withdrawals = [w for w in g.withdrawals if not any(w is x for x in gone)]
        elif k == "declared_nature":
            if a[0] is None:
                g.declared_nature = None
            elif a[0] not in ("public", "private"):
                raise EditError(f"declared_nature {a[0]!r}: expected public or private")
            elif g.declared_nature is None:
                g.declared_nature = Attr(g.pos, a[0])
            else:
                g.declared_nature.value = a[0]
        elif k == "member":
            m = _member(scenario, a[0])
            attr, value = a[1], a[2]
            if attr not in ("sector", "kind", "rights"):
                raise EditError(f"member attribute {attr!r}: expected sector, kind or rights")
            if attr == "sector" and value not in ("public", "private"):
                raise EditError(f"sector {value!r}: expected public or private")
            if attr == "kind" and value not in _KINDS:
                raise EditError(f"kind {value!r}: expected one of {', '.join(_KINDS)}")
            if attr == "rights":  # as the language: a positive integer (ASCII digits), at most the reasoner's bound
                # digits with `_` separators as the language writes numbers (`rights 1_000`)
                if isinstance(value, str) and re.fullmatch(r"[0-9]+(_[0-9]+)*", value):
                    value = value.replace("_", "")
                if isinstance(value, bool) or not (isinstance(value, int) or re.fullmatch(r"[0-9]+", str(value))) \
                        or not 0 < int(value) <= MAX_NUMBER:
                    raise EditError(f"rights {value!r}: expected a positive integer (only the proportions "
                                    f"between members matter), at most {MAX_NUMBER}")
                value = int(value)
            current = getattr(m, attr)
            if current is None:
                setattr(m, attr, Attr(m.pos, value))
            else:
                current.value = value
        elif k == "without":
            if not _remove_line(g, int(a[0])):
                raise EditError(f"no statement at line {a[0]}")
        else:
            raise EditError(f"unknown change {k!r}")

    # --- as an edit of the file -----------------------------------------------------
    def describe(self, scenario: Scenario, lang: str = "en") -> str:
        """The change as an edit of the `.gcs` lines of the (unchanged) scenario, in English or (`lang`
        "fr") French; the statements themselves, in the language of the file, are quoted as they are."""
        g = scenario.groupement
        k, a = self.kind, self.args
        from .render.phrases import lang_of

        fr = lang_of(lang) == "fr"

        def at(line) -> str:
            return f"ligne {line} : " if fr else f"line {line}: "

        instead = " au lieu de " if fr else " instead of "
        add, remove = ("ajouter", "retirer") if fr else ("add", "remove")
        assembly = "assemblée" if fr else "assembly"
        try:
            if k in ("present", "absent", "proxy", "no_proxy", "convened_on"):
                asm = _assembly(scenario, a[0])
                if k == "present":
                    return f"{at(_after(asm, asm.present).line)}{add} `present {a[1]}` ({assembly} {a[0]})"
                if k == "absent":
                    p = next(p for p in asm.present if p.value == a[1])
                    return f"{at(p.line)}{remove} `{a[1]}` {'de' if fr else 'from'} `present` ({assembly} {a[0]})"
                if k == "proxy":
                    old = next((p for p in asm.proxies if p.member == a[1]), None)
                    if old:
                        return f"{at(old.line)}`proxy {a[1]} to {a[2]}`{instead}`proxy {a[1]} to {old.holder}`"
                    return f"{at(_after(asm, asm.proxies).line)}{add} `proxy {a[1]} to {a[2]}` ({assembly} {a[0]})"
                if k == "no_proxy":
                    p = next(p for p in asm.proxies if p.member == a[1])
                    return f"{at(p.line)}{remove} `proxy {a[1]} to {p.holder}`"
                c = asm.convened_on
                if c is None:
                    return f"{at(asm.line)}{add} `convened_on {a[1].isoformat()}` ({assembly} {a[0]})"
                return f"{at(c.line)}convened_on {a[1].isoformat()}{instead}{c.value.isoformat()}"
            if k == "vote":
                asm = _assembly(scenario, a[0])
                dl = next(d for d in asm.deliberations if d.id == a[1])
                old = next((v for v in dl.votes if v.member == a[2]), None)
                if old is None:
                    return f"{at(dl.line)}{add} `{a[3]} {a[2]}` {'aux votes de' if fr else 'to the votes of'} {a[0]}.{a[1]}"
                if a[3] is None:
                    return (f"{at(old.line)}{remove} {'le vote de' if fr else 'the vote of'} {a[2]} ({old.choice}) "
                            f"{'sur' if fr else 'on'} {a[0]}.{a[1]}")
                return (f"{at(old.line)}{a[2]} {'vote' if fr else 'votes'} {a[3]}{instead}{old.choice} "
                        f"{'sur' if fr else 'on'} {a[0]}.{a[1]}")
            if k == "withdrawal":
                w = _notice(scenario, a[0], a[2] if len(a) > 2 else None)
                if w is None:
                    return f"{at(_last_line(scenario))}{add} `withdrawal {a[0]} notified {a[1].isoformat()}`"
                if fr:
                    return f"{at(w.line)}retrait de {a[0]} notifié le {a[1].isoformat()} au lieu du {w.notified.isoformat()}"
                return f"{at(w.line)}withdrawal of {a[0]} notified {a[1].isoformat()} instead of {w.notified.isoformat()}"
            if k == "no_withdrawal":  # every notice it removes
                gone = _notices(scenario, a[0], a[1] if len(a) > 1 else None)
                if not gone:
                    raise EditError(f"{a[0]!r} notified no withdrawal")
                return "; ".join(f"{at(w.line)}{remove} `withdrawal {a[0]} notified {w.notified.isoformat()}`"
                                 for w in gone)
            if k == "declared_nature":
                dn = g.declared_nature
                if dn is None:
                    return f"{at(g.line)}{add} `declared_nature {a[0]}`"
                if a[0] is None:
                    return f"{at(dn.line)}{remove} `declared_nature {dn.value}`"
                return f"{at(dn.line)}declared_nature {a[0]}{instead}{dn.value}"
            if k == "member":
                m = _member(scenario, a[0])
                cur = getattr(m, a[1])
                if cur is None:
                    return f"{at(m.line)}{add} `{a[1]} {a[2]}` {'au membre' if fr else 'to member'} {a[0]}"
                return f"{at(cur.line)}{a[1]} {a[2]}{instead}{cur.value} ({'membre' if fr else 'member'} {a[0]})"
            return f"{at(a[0])}{'supprimer la ligne' if fr else 'remove the line'}"
        except (StopIteration, EditError):
            return str(self)


def parse_change(text: str) -> Change:
    """`present ag1 ch_b`, `vote ag1.d1 ch_b for`, ... (the module's table) -> Change."""
    w = text.split()

    def day(word: str) -> date:
        """A date of the change: YYYY-MM-DD (ValueError: the change is not read); a day the calendar
        does not have, or out of the language's range, is said so (EditError), as for --as-of."""
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", word):
            raise ValueError(word)
        from .reasoning import _date_of_text

        try:
            return _date_of_text(word, "date")
        except ValueError as exc:
            raise EditError(f"cannot read the change {text!r}: {exc}") from None

    try:
        if not w:
            raise IndexError
        head = w[0]
        if head in ("present", "absent") and len(w) == 3:
            return Change(head, (w[1], w[2]))
        if head == "proxy" and len(w) == 5 and w[3] == "to":
            return Change("proxy", (w[1], w[2], w[4]))
        if head == "no" and len(w) >= 2:
            if w[1] == "proxy" and len(w) == 4:
                return Change("no_proxy", (w[2], w[3]))
            if w[1] == "withdrawal" and len(w) == 3:
                return Change("no_withdrawal", (w[2],))
            if w[1] == "withdrawal" and len(w) == 5 and w[3] == "notified":
                return Change("no_withdrawal", (w[2], day(w[4])))
            if w[1] == "declared_nature" and len(w) == 2:
                return Change("declared_nature", (None,))
        if head == "vote" and len(w) == 4 and "." in w[1]:
            a, d = w[1].split(".", 1)
            return Change("vote", (a, d, w[2], None if w[3] == "none" else w[3]))
        if head == "convened_on" and len(w) == 3:
            return Change("convened_on", (w[1], day(w[2])))
        if head == "withdrawal" and len(w) == 4 and w[2] == "notified":
            return Change("withdrawal", (w[1], day(w[3])))
        if head == "withdrawal" and len(w) == 7 and w[2] == "notified" and w[4:6] == ["instead", "of"]:
            return Change("withdrawal", (w[1], day(w[3]), day(w[6])))
        if head == "declared_nature" and len(w) == 2:
            return Change("declared_nature", (w[1],))
        if head == "member" and len(w) == 4:
            return Change("member", (w[1], w[2], w[3]))
        if head == "without" and len(w) == 3 and w[1] == "line":
            return Change("without", (int(w[2]),))
    except EditError:
        raise
    except (IndexError, ValueError):
        pass
    raise EditError(f"cannot read the change {text!r}: expected one of `present A M`, `absent A M`, "
                    f"`proxy A M to H`, `no proxy A M`, `vote A.D M for|against|abstain|none`, "
                    f"`convened_on A DATE`, `withdrawal M notified DATE [instead of OLD]`, `no withdrawal M [notified DATE]`, "
                    f"`declared_nature public|private`, `no declared_nature`, `member M sector|kind|rights V`, "
                    f"`without line N`")


def edit(scenario: Scenario, *changes: Union[str, Change]) -> Scenario:
    """A copy of the scenario with the changes made, its story checked again."""
    from .validate import check

    out = copy.deepcopy(scenario)
    made = []
    for c in changes:
        if not isinstance(c, (str, Change)):
            raise EditError(f"a change is a str such as 'present ag1 ch_b' (or a Change), not {type(c).__name__}; "
                            "pass several changes as several arguments: edit(scenario, change1, change2)")
        change = parse_change(c) if isinstance(c, str) else _checked(c)
        if any(isinstance(v, datetime) for v in change.args):  # a datetime is its day, as for as_of
            change = Change(change.kind, tuple(v.date() if isinstance(v, datetime) else v for v in change.args))
        for value in change.args:
            if isinstance(value, date) and not MIN_DATE <= value <= MAX_DATE:
                raise EditError(f"date {value.isoformat()} is out of range: the language accepts dates from "
                                f"{MIN_DATE} to {MAX_DATE}; expected a date in that range")
        change.apply(out)  # the change checked against the facts (EditError), as they are after the changes before it
        made.append(change)
    if not scenario.text or scenario.stale_lines is not None:
        # a Scenario built in Python, with no text, or changed in Python since its text was read (its text
        # no longer says its facts: objects.py): its facts changed in place, checked again
        from .objects import check_objects, stale_lines

        out.warnings = []
        check_objects(out)
        if out.as_read is not None:
            out.stale_lines = stale_lines(out.as_read, out.groupement)
        return check(out)
    # the edited file read again: its explanations quote the edited lines, and it passes the
    # language's checks (a reference left dangling is refused with the language's message)
    from .edit_text import edited_path, edited_text
    from .parse import parse_text

    return parse_text(edited_text(scenario.text, made), edited_path(scenario.path))


# --- helpers ---------------------------------------------------------------------------


_ID, _DAY = ("an identifier", str), ("a date", date)
# the arguments of each kind of Change, as parse_change makes them (several lines: several forms)
_SHAPES = {
    "present": [(("assembly",) + _ID, ("member",) + _ID)],
    "absent": [(("assembly",) + _ID, ("member",) + _ID)],
    "proxy": [(("assembly",) + _ID, ("member",) + _ID, ("holder",) + _ID)],
    "no_proxy": [(("assembly",) + _ID, ("member",) + _ID)],
    "vote": [(("assembly",) + _ID, ("deliberation",) + _ID, ("member",) + _ID,
              ("choice", "for, against, abstain or None", (str, type(None))))],
    "convened_on": [(("assembly",) + _ID, ("date",) + _DAY)],
    "withdrawal": [(("member",) + _ID, ("date",) + _DAY),
                   (("member",) + _ID, ("date",) + _DAY, ("old date", "a date or None", (date, type(None))))],
    "no_withdrawal": [(("member",) + _ID,), (("member",) + _ID, ("date", "a date or None", (date, type(None))))],
    "declared_nature": [(("nature", "public, private or None", (str, type(None))),)],
    "member": [(("member",) + _ID, ("attribute", "sector, kind or rights", str), ("value", "a text or a number", (str, int)))],
    "without": [(("line", "a line number", int),)],
}


def _checked(change: Change) -> Change:
    """A Change built in Python (what_would_make hands them out; a notebook passes them back),
    checked before it is applied: EditError naming the kind, the argument and what is expected,
    never an IndexError or AttributeError from a wrong number or type of arguments."""
    kind, args = change.kind, change.args
    if kind not in _SHAPES:
        raise EditError(f"unknown change {kind!r}; expected one of {', '.join(_SHAPES)}")
    if not isinstance(args, (tuple, list)):
        raise EditError(f"{kind}: the arguments are a tuple, not {type(args).__name__}")
    args = tuple(args)
    shapes = _SHAPES[kind]
    shape = next((sh for sh in shapes if len(sh) == len(args)), None)
    if shape is None:
        forms = " or ".join("(" + ", ".join(name for name, _, _ in sh) + ")" for sh in shapes)
        raise EditError(f"{kind}: {len(args)} argument{'s' if len(args) != 1 else ''} {args!r}; expected {forms}")
    for (name, what, types), value in zip(shape, args):
        if (isinstance(value, bool) and name != "value") or not isinstance(value, types):  # a member's value: apply says
            raise EditError(f"{kind}: the {name} {value!r} is {type(value).__name__}; expected {what}")
    return Change(kind, args)


def _assembly(scenario: Scenario, ident: str) -> Assembly:
    a = next((a for a in scenario.groupement.assemblies if a.id == ident), None)
    if a is None:
        raise EditError(f"no assembly {ident!r}")
    return a


def _member(scenario: Scenario, ident: str):
    m = scenario.member(ident)
    if m is None:
        raise EditError(f"no member {ident!r}")
    return m


def _notices(scenario: Scenario, member: str, notified: Optional[date] = None) -> list:
    """M's notices of withdrawal (the one of date `notified` when given: EditError if none)."""
    found = [w for w in scenario.groupement.withdrawals if w.member == member
             and (notified is None or w.notified == notified)]
    if notified is not None and not found:
        dates = ", ".join(w.notified.isoformat() for w in scenario.groupement.withdrawals
                          if w.member == member and w.notified) or "none"
        raise EditError(f"{member!r} notified no withdrawal on {notified.isoformat()} (its notices: {dates})")
    return found


def _notice(scenario: Scenario, member: str, notified: Optional[date] = None):
    """The notice a `withdrawal M notified DATE` moves: the one of date `notified`, else M's only
    one (None: M has none, one is added); EditError when M has several and none is named."""
    found = _notices(scenario, member, notified)
    if len(found) > 1:
        dates = ", ".join(w.notified.isoformat() for w in found)
        raise EditError(f"{member!r} notified its withdrawal {len(found)} times ({dates}): say which notice moves, "
                        f"`withdrawal {member} notified DATE instead of OLD`")
    return found[0] if found else None


def _after(asm: Assembly, items: list) -> Pos:
    """Where a new statement of the assembly goes: at the last one of its kind, else the assembly's line."""
    return items[-1].pos if items else asm.pos


def _last_line(scenario: Scenario) -> int:
    n = scenario.text.count("\n") if scenario.text else scenario.groupement.line
    return max(n, scenario.groupement.line)


def _remove_line(node, line: int) -> bool:
    """Leave out every statement (Located) of `line` below `node`; True when one was."""
    import dataclasses

    removed = False
    for f in dataclasses.fields(node):
        val = getattr(node, f.name)
        if isinstance(val, list):
            kept = [x for x in val if not (isinstance(x, Located) and x.line == line)]
            if len(kept) != len(val):
                setattr(node, f.name, kept)
                removed = True
            for x in kept:
                if isinstance(x, Located) and dataclasses.is_dataclass(x):
                    removed |= _remove_line(x, line)
        elif isinstance(val, Located):
            if val.line == line and not isinstance(val, (Pos,)):
                setattr(node, f.name, None)
                removed = True
            elif dataclasses.is_dataclass(val):
                removed |= _remove_line(val, line)
    return removed


# --- diff -----------------------------------------------------------------------------


@dataclass
class Entry:
    text: str
    provisions: list
    sentence: Optional[str] = None

    def as_dict(self) -> dict:
        d = {"conclusion": self.text, "provisions": self.provisions}
        if self.sentence:
            d["sentence"] = self.sentence
        return d


@dataclass
class Diff:
    """Conclusions gained (`now`) and lost (`no longer`) from result `before` to `after`, and those drawn in
    both on other provisions (`changed`: the legal ground changed)."""

    before: object
    after: object
    gained: list
    lost: list
    warnings_gained: list
    warnings_lost: list
    # drawn in both, on other provisions: [(Entry before, Entry after)] (the legal ground changed)
    changed: list = field(default_factory=list)
    # the same warning (code and arguments) whose file lines moved: [(before, after)] (as_dict of each)
    warnings_moved: list = field(default_factory=list)

    def __bool__(self) -> bool:
        # (a warning whose lines only moved is the same warning: no change)
        return bool(self.gained or self.lost or self.changed or self.warnings_gained or self.warnings_lost)

    def as_dict(self) -> dict:
        return {"before": _label(self.before), "after": _label(self.after),
                "gained": [e.as_dict() for e in self.gained], "lost": [e.as_dict() for e in self.lost],
                "changed": [{"conclusion": a.text, "provisions_before": a.provisions, "provisions_after": b.provisions}
                            for a, b in self.changed],
                "warnings_gained": self.warnings_gained, "warnings_lost": self.warnings_lost,
                "warnings_moved": [{"before": a, "after": b} for a, b in self.warnings_moved]}

    def text(self, lang: str = "en") -> str:
        """The changes in English (the API's default) or (`lang` "fr") French, as `diff --lang`."""
        from .render.phrases import lang_of

        lang = lang_of(lang)  # (one message for every `lang` of the API)
        w_ = _DIFF_WORDS[lang]
        out = [f"{_label(self.before, lang)} -> {_label(self.after, lang)}"]
        for e in self.lost:
            out.append(f"  - {w_['lost']} {e.text}  [{', '.join(e.provisions)}]")
        for e in self.gained:
            out.append(f"  + {w_['gained']} {e.text}  [{', '.join(e.provisions)}]")
        for a, b in self.changed:
            out.append(f"  ~ {w_['changed']} {a.text}  [{', '.join(a.provisions)}] -> [{', '.join(b.provisions)}]")
        for w in self.warnings_lost:
            out.append(f"  - {w_['warning_lost']} {w['code']}: {self._warning_text(w, lang)}")
        for w in self.warnings_gained:
            out.append(f"  + {w_['warning_gained']} {w['code']}: {self._warning_text(w, lang)}")
        for a, b in self.warnings_moved:
            moved = (f" ({w_['line']} {a['line']} -> {b['line']})"
                     if a.get("line") is not None and b.get("line") is not None and a["line"] != b["line"] else "")
            out.append(f"  ~ {w_['warning_moved']} {b['code']}: {self._warning_text(b, lang)}{moved}")
        if not self:
            out.append(f"  {w_['none']}")
        return "\n".join(out)

    def _warning_text(self, w: dict, lang: str) -> str:
        """A warning's message in `lang` (its French text where written), found in either result."""
        for r in (self.after, self.before):
            for x in getattr(r, "warnings", ()):
                if x.code == w["code"] and x.message == w["message"]:
                    return x.text(lang)
        return w["message"]

    __str__ = text

    def _repr_html_(self) -> str:
        rows = [f"<tr><td style='color:#a00'>no longer</td><td><code>{html.escape(e.text)}</code></td>"
                f"<td>{html.escape(', '.join(e.provisions))}</td></tr>" for e in self.lost]
        rows += [f"<tr><td style='color:#070'>now</td><td><code>{html.escape(e.text)}</code></td>"
                 f"<td>{html.escape(', '.join(e.provisions))}</td></tr>" for e in self.gained]
        rows += [f"<tr><td>other provisions</td><td><code>{html.escape(a.text)}</code></td>"
                 f"<td>{html.escape(', '.join(a.provisions))} → {html.escape(', '.join(b.provisions))}</td></tr>"
                 for a, b in self.changed]
        rows += [f"<tr><td>warning {'no longer' if lost else 'now'}</td><td>{html.escape(w['code'])}</td>"
                 f"<td>{html.escape(w['message'])}</td></tr>"
                 for lost, ws in ((True, self.warnings_lost), (False, self.warnings_gained)) for w in ws]
        rows += [f"<tr><td>warning moved</td><td>{html.escape(b['code'])}</td><td>{html.escape(b['message'])}</td></tr>"
                 for _a, b in self.warnings_moved]
        body = "".join(rows) or "<tr><td colspan='3'>no change in the conclusions</td></tr>"
        return (f"<table class='gcs-diff'><caption>{html.escape(_label(self.before))} → "
                f"{html.escape(_label(self.after))}</caption>{body}</table>")


_DIFF_WORDS = {
    "en": {"lost": "no longer:", "gained": "now:      ", "changed": "now on other provisions:", "warning_lost": "warning no longer:",
           "warning_gained": "warning now:      ", "warning_moved": "warning moved:    ", "line": "line",
           "none": "no change in the conclusions", "as_of": "as of"},
    "fr": {"lost": "n'est plus établi :", "gained": "désormais établi :",
           "changed": "établi sur d'autres dispositions :", "warning_lost": "avertissement levé :",
           "warning_gained": "avertissement nouveau :", "warning_moved": "avertissement déplacé :",
           "line": "ligne", "none": "aucun changement dans les conclusions", "as_of": "au"},
}


def _label(result, lang: str = "en") -> str:
    return f"{result.scenario.path} ({_DIFF_WORDS[lang]['as_of']} {result.as_of.isoformat()})"


def _result(x, as_of=None):
    if hasattr(x, "conclusions"):
        return x
    from . import reason

    return reason(x, as_of=as_of)


def diff(a, b, as_of=None) -> Diff:
    """What changes from a to b (Results, Scenarios or paths): conclusions gained and lost, with provisions.
    `as_of` reasons both on that date: it takes Scenarios and paths only (a Result is reasoned on its
    own date already: ValueError, rather than two dates compared without a word)."""
    if as_of is not None:
        given = [name for name, x in (("a", a), ("b", b)) if hasattr(x, "conclusions")]
        if given:
            raise ValueError(f"as_of={as_of!s}: {' and '.join(given)} {'is a Result' if len(given) == 1 else 'are Results'}"
                             f", already reasoned on {' and '.join(_result(x).as_of.isoformat() for x in (a, b) if hasattr(x, 'conclusions'))}; "
                             "expected Scenarios or paths with as_of, or Results without it "
                             "(gcs.reason(scenario, as_of=...) reasons on another date)")
    ra, rb = _result(a, as_of), _result(b, as_of)
    old = {c.text: c for c in ra.conclusions}
    new = {c.text: c for c in rb.conclusions}

    def entry(c):
        try:
            said = c.sentence("fr")
        except Exception:
            said = None
        return Entry(c.text, c.provisions, said)

    gained_w, lost_w, moved_w = _warnings_diff(ra.warnings, rb.warnings)
    # a conclusion drawn in both on other provisions (another version of the text, another article):
    # its legal ground changed, which the analyst is told with both citations
    changed = [(entry(old[t]), entry(new[t])) for t in sorted(set(old) & set(new))
               if sorted(old[t].provisions) != sorted(new[t].provisions)]
    return Diff(ra, rb,
                gained=[entry(new[t]) for t in sorted(set(new) - set(old))],
                lost=[entry(old[t]) for t in sorted(set(old) - set(new))],
                changed=changed,
                warnings_gained=gained_w, warnings_lost=lost_w, warnings_moved=moved_w)


_LINE_WORDS = re.compile(r"\b(lines?|lignes?) \d+")


def _warning_key(w) -> tuple:
    """What a warning says, whatever file lines it names: its code and its rules' atom (a warning of
    the rules), else its message with the line numbers left out (`(line 44)`, `ligne 44`)."""
    return (w.code, w.atom) if getattr(w, "atom", "") else (w.code, _LINE_WORDS.sub(r"\1 _", w.message))


def _warnings_diff(before, after) -> tuple:
    """(gained, lost, moved) warnings, as dicts: the same warning whose lines only moved (a line added
    above it) is `moved` [(before, after)], not lost and gained."""
    exact = lambda w: (w.code, w.message, w.line)  # noqa: E731
    left = list(before)
    right = []
    for w in after:  # the same warning at the same lines: no change
        same = next((i for i, x in enumerate(left) if exact(x) == exact(w)), None)
        if same is None:
            right.append(w)
        else:
            left.pop(same)
    moved = []
    for w in list(right):  # the same warning (code and arguments) at other lines
        same = next((i for i, x in enumerate(left) if _warning_key(x) == _warning_key(w)), None)
        if same is not None:
            moved.append((left.pop(same).as_dict(), w.as_dict()))
            right.remove(w)
    return [w.as_dict() for w in right], [w.as_dict() for w in left], moved
