"""A Scenario changed in Python (a notebook's `what_if.groupement.withdrawals[0].notified = ...`),
checked as the language checks a file, and told apart from its text.

The parser checks a file as it reads it (identifiers, dates, numbers, value words, references:
build*.py), then validate.py checks its story. A Scenario whose objects were changed after its
text was read has passed none of these checks for its new values: an identifier clingo cannot
take ("ché", "Ch_B", "a b") would reach the solver (a clingo PANIC ends the process, a Jupyter
kernel with it), a date out of the calendar or a right of zero would give a traceback or a
silent wrong result, a removed member still referenced would be reasoned on. `prepared` checks
the objects again (`check_objects`: ScenarioError naming the field, its line and what is
expected), then the story (validate.check), before any fact is made.

Its text no longer says what the objects say either: the lines whose statements were changed
(`stale_lines`) are not quoted as the facts' source (facts.CHANGED_IN_PYTHON): the explanation
and the memo say the fact was changed in Python and cite no line for it.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Optional
from pathlib import Path

from .scenario import Attr, DelibRef, Groupement, Located, Pos, Scenario

NAME_RE = re.compile(r"[a-z][a-z0-9_]*")  # grammar.lark's NAME
STRING_RE = re.compile(r'[^"\x00-\x1f\x7f]*')  # the inside of grammar.lark's STRING

# (class, field) whose str is a quoted text of the language ("..."), not a word
TEXT_FIELDS = {("Groupement", "name"), ("Member", "name"), ("CaseOccurred", "text"), ("Consultation", "region"),
               ("Publication", "region"), ("Liquidator", "name"), ("BoardMember", "name"), ("Authorisation", "label"),
               ("Operates", "site"), ("SeatTransfer", "city"), ("SeatTransfer", "region"), ("Activity", "name")}
# (class, field) of an Attr (or a list of them) whose value is a quoted text
TEXT_ATTRS = {("Member", "region"), ("Convention", "object"), ("Convention", "dissolution_cases"),
              ("Assembly", "agenda"), ("CommitteeMeeting", "agenda")}
# (class, field) of an Attr whose value is a date
DATE_ATTRS = {("Groupement", "as_of"), ("Groupement", "approved"), ("Groupement", "submitted"),
              ("Member", "joined"), ("Member", "authorised"), ("Assembly", "convened_on"),
              ("CommitteeMeeting", "convened_on"), ("CommitteeMeeting", "minutes_sent")}
# dates every statement of the kind states (a clause of its own is optional: None)
REQUIRED_DATES = {("Withdrawal", "notified"), ("Assembly", "date"), ("CommitteeMeeting", "date"), ("Merger", "date"),
                  ("Avenant", "date"), ("CaseOccurred", "date"), ("Consultation", "sent"), ("Publication", "date"),
                  ("ArsDecision", "date"), ("Reply", "date"), ("Challenge", "date"), ("RightsChange", "date"),
                  ("BudgetReferral", "date"), ("Administrator", "elected"), ("Deputy", "elected"),
                  ("Committee", "elected"), ("AdministratorUnavailable", "from_")}
YEAR_FIELDS = {("Budget", "year"), ("Result", "year"), ("BudgetReferral", "year"), ("ActivityReport", "year"),
               ("Participation", "year"), ("Deliberation", "year")}
# identifiers declared, in the one namespace of the language: (class, field) -> category
DECLARED = {("Member", "id"): "member", ("Assembly", "id"): "assembly",
            ("CommitteeMeeting", "id"): "committee_meeting", ("Avenant", "id"): "avenant", ("Staff", "id"): "staff",
            ("MedicalAct", "id"): "medical_act", ("Authorisation", "id"): "authorisation",
            ("ArsDecision", "id"): "ars_decision"}
# references to a member (or an associate): (class, field); the Attr lists and Attrs below too
MEMBER_REFS = {("Withdrawal", "member"), ("Vote", "member"), ("Proxy", "member"), ("Proxy", "holder"),
               ("Contribution", "member"), ("Participation", "member"), ("Administrator", "member"),
               ("Deputy", "member"), ("Challenge", "member"), ("RightsChange", "member"), ("AvenantEvent", "member"),
               ("Merger", "result"), ("Merger", "of"), ("Staff", "made_available_by"), ("MedicalAct", "by"),
               ("MedicalAct", "patient_of"), ("Activity", "member")}
MEMBER_REF_ATTRS = {("Assembly", "present"), ("Assembly", "requested_by"), ("CommitteeMeeting", "present"),
                    ("CommitteeMeeting", "requested_by"), ("Convention", "signed_by"),
                    ("Convention", "blood_depot_for"), ("Convention", "blood_depot_located_at"),
                    ("Deliberation", "heard"), ("Committee", "members"), ("Convention", "chair"),
                    ("Assembly", "chaired_by"), ("CommitteeMeeting", "chaired_by"), ("Assembly", "convened_by"),
                    ("CommitteeMeeting", "convened_by")}
# value words: (class, field) -> the grammar rule listing them
VALUE_RULES = {("Vote", "choice"): None, ("Member", "sector"): "sector_value",
               ("Groupement", "declared_nature"): "sector_value", ("Member", "kind"): "kind_value",
               ("Member", "procedure"): "procedure_value", ("Member", "profit_supplier"): "profit_value",
               ("Member", "profession"): "staff_category", ("Staff", "profession"): "staff_category",
               ("Contribution", "form"): "contribution_form", ("Contribution", "property"): "property_value",
               ("Participation", "form"): "participation_form", ("Participation", "valued"): "valued_value",
               ("Result", "kind"): "result_kind", ("Result", "allocated"): "allocation_value",
               ("Groupement", "rights_basis"): "rights_basis_value", ("RightsChange", "ground"): "rights_ground",
               ("BoardMember", "category"): "board_category", ("BoardMember", "appointed_by"): "appointer",
               ("Authorisation", "kind"): "authorisation_kind", ("Deliberation", "matter"): "matter",
               ("Majority", "matter"): "matter", ("Majority", "rule"): "majority_rule",
               ("Delegation", "matters"): "matter", ("Delegation", "to"): "delegate",
               ("Deliberation", "ground"): "ground_value"}
# lists the language takes each value of once (the parser's no_repeat): (class, field) -> what is listed
LISTED_ONCE = {("Assembly", "present"): "member", ("Assembly", "requested_by"): "member",
               ("CommitteeMeeting", "present"): "member", ("CommitteeMeeting", "requested_by"): "member",
               ("Deliberation", "heard"): "member", ("Convention", "signed_by"): "member",
               ("Convention", "blood_depot_for"): "member", ("Committee", "members"): "member",
               ("Merger", "of"): "member", ("Convention", "mentions"): "mention",
               ("Convention", "attached"): "attachment", ("Convention", "result_allocation"): "allocation",
               ("Convention", "vocation"): "vocation", ("Groupement", "publication_mentions"): "publication mention",
               ("Delegation", "matters"): "matter", ("Operates", "authorisations"): "authorisation"}
VOTE_CHOICES = ("for", "against", "abstain")


@lru_cache(maxsize=None)
def _grammar() -> str:
    return (Path(__file__).with_name("grammar.lark")).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def keywords() -> frozenset:
    """The words of the language (never an identifier: the lexer reads them as keywords)."""
    return frozenset(re.findall(r'"([a-z][a-z0-9_]*)"', _grammar()))


@lru_cache(maxsize=None)
def value_words(rule: str) -> tuple:
    """The words a `!rule: "a" | "b" ...` of the grammar allows (its continuation lines too)."""
    m = re.search(rf"^!{rule}:(.*?)(?=^\S)", _grammar() + "\nend", re.M | re.S)
    body = re.sub(r"//[^\n]*", "", m.group(1)) if m else ""
    return tuple(re.findall(r'"([a-z][a-z0-9_]*)"', body))


# --- changed since read ------------------------------------------------------------------------


def _located(obj, out: list) -> list:
    """Every Located object under `obj` (itself included), depth first."""
    if isinstance(obj, Located):
        out.append(obj)
        for f in dataclasses.fields(obj):
            _located(getattr(obj, f.name), out)
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            _located(x, out)
    return out


def _own(obj) -> tuple:
    """What a statement says itself: its values, without its position and its nested statements."""
    vals = []
    for f in dataclasses.fields(obj):
        if f.name == "pos":
            continue
        v = getattr(obj, f.name)
        if isinstance(v, Located) or (isinstance(v, list) and v and all(isinstance(x, Located) for x in v)):
            continue
        vals.append((f.name, repr(v)))
    return (type(obj).__name__, tuple(vals))


def _by_line(g) -> dict:
    out: dict = {}
    for obj in _located(g, []):
        line = obj.pos.line if isinstance(obj.pos, Pos) else None
        out.setdefault(line, Counter())[_own(obj)] += 1
    return out


def stale_lines(read: Groupement, now: Groupement) -> frozenset:
    """The lines of the text whose statements (as read) differ from the objects now."""
    a, b = _by_line(read), _by_line(now)
    return frozenset(line for line in set(a) | set(b) if isinstance(line, int) and a.get(line) != b.get(line))


def snapshot(groupement) -> Optional[bytes]:
    """The groupement's pickle (None if something put in it cannot be pickled): equal bytes, equal
    objects; other bytes decide nothing."""
    import pickle

    try:
        return pickle.dumps(groupement, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - a value set in Python that pickle refuses: the slow path decides
        return None


def prepared(scenario: Scenario) -> Scenario:
    """The Scenario to reason on: itself when its objects are what its text says; else a copy (sharing
    its objects) whose objects and story are checked again (ScenarioError) and whose `stale_lines`
    are the lines of the text it no longer matches. A Scenario with no text (built in Python) is
    checked every time."""
    from .parse import ScenarioError
    from .validate import check

    if not isinstance(scenario, Scenario):
        raise TypeError(f"expected a Scenario (gcs.load) or a path, not {type(scenario).__name__}")
    if not isinstance(scenario.groupement, Groupement):
        raise ScenarioError(scenario.path, 0, 0, f"scenario.groupement: expected a Groupement, not "
                                                 f"{type(scenario.groupement).__name__}")
    if not scenario.text:
        out = dataclasses.replace(scenario, warnings=[])
        check_objects(out)
        return check(out)
    if scenario.stale_lines is None and scenario.as_read_bytes is not None \
            and snapshot(scenario.groupement) == scenario.as_read_bytes:
        return scenario  # the objects pickle as they did when read: unchanged
    read = scenario.as_read
    if read is None:
        from .parse import parse_text

        read = scenario.as_read = parse_text(scenario.text, scenario.path).groupement
    if scenario.stale_lines is None and read == scenario.groupement:
        return scenario
    out = dataclasses.replace(scenario, warnings=[], stale_lines=stale_lines(read, scenario.groupement))
    check_objects(out)
    return check(out)


# --- the objects checked ------------------------------------------------------------------------


class _Checker:
    def __init__(self, scenario: Scenario):
        self.scenario = scenario
        self.names: dict = {}  # id -> (category, field path)
        self.refs: list = []  # (kind, id, field path, pos)
        self.delib_refs: list = []  # (DelibRef, field path)
        self._meetings: list = []  # (a meeting with proxies, field path): checked once its lists are

    def fail(self, pos, path: str, message: str):
        from .parse import ScenarioError

        line, col = (pos.line, pos.col) if isinstance(pos, Pos) else (0, 0)
        raise ScenarioError(self.scenario.path, line, col,
                            f"{path}: {message} (a Scenario changed in Python is checked as its file would be)")

    # values
    def name(self, v, pos, path, what="an identifier"):
        if not isinstance(v, str):
            self.fail(pos, path, f"{type(v).__name__} {v!r}; expected {what} (a str)")
        if not NAME_RE.fullmatch(v):
            self.fail(pos, path, f"{v!r} is not a word of the language; expected {what}: a lowercase letter a-z, "
                                 "then lowercase letters, digits or _ (as in ch_auray)")
        from .parse import RESERVED_IDENTIFIERS

        if v in RESERVED_IDENTIFIERS:
            self.fail(pos, path, f"'{v}' is a reserved word; expected another name")

    def ident(self, v, pos, path, what="an identifier"):
        self.name(v, pos, path, what)
        if v in keywords():
            self.fail(pos, path, f"'{v}' is a keyword of the language and cannot be an identifier; expected another name")

    def text(self, v, pos, path):
        if not isinstance(v, str):
            self.fail(pos, path, f"{type(v).__name__} {v!r}; expected a text (a str)")
        if not STRING_RE.fullmatch(v):
            self.fail(pos, path, f"{v!r} holds a double quote or a control character; expected a text the language "
                                 "can quote (no \" nor line break)")

    def day(self, v, pos, path, required=True):
        from .parse import MAX_DATE, MIN_DATE

        if v is None and not required:
            return
        if not isinstance(v, date) or hasattr(v, "hour"):
            self.fail(pos, path, f"{type(v).__name__} {v!r}; expected a datetime.date")
        if not MIN_DATE <= v <= MAX_DATE:
            self.fail(pos, path, f"date {v.isoformat()} is out of range; expected a date from {MIN_DATE} to {MAX_DATE}")

    def number(self, v, pos, path, low=0, what="a whole number, zero or more"):
        from .parse import MAX_NUMBER

        if isinstance(v, bool) or not isinstance(v, int):
            self.fail(pos, path, f"{type(v).__name__} {v!r}; expected {what} (an int)")
        if low is not None and v < low:
            self.fail(pos, path, f"{v}; expected {what}")
        if v > MAX_NUMBER:
            self.fail(pos, path, f"{v:,} is too large: the reasoner computes exactly up to {MAX_NUMBER:,}; expected "
                                 f"{what} of at most {MAX_NUMBER:,}")

    def year(self, v, pos, path):
        from .parse import MAX_DATE, MIN_DATE

        self.number(v, pos, path, what="a year YYYY")
        if not MIN_DATE.year <= v <= MAX_DATE.year:
            self.fail(pos, path, f"year {v} is out of range; expected a year {MIN_DATE.year} to {MAX_DATE.year}")

    def word(self, v, pos, path, key):
        rule = VALUE_RULES[key]
        allowed = VOTE_CHOICES if rule is None else value_words(rule)
        self.name(v, pos, path, "a word of the language")
        if allowed and v not in allowed:
            self.fail(pos, path, f"unknown value '{v}'; expected one of {', '.join(allowed)}")

    def generic(self, v, pos, path):
        """A value of a kind not listed: what clingo can take, as the parser's tokens give."""
        if v is None or isinstance(v, bool):
            return
        if isinstance(v, int):
            return self.number(v, pos, path)
        if isinstance(v, date):
            return self.day(v, pos, path)
        if isinstance(v, str):
            return self.name(v, pos, path, "a word of the language")
        if isinstance(v, tuple):
            for i, x in enumerate(v):
                self.generic(x, pos, f"{path}[{i}]")
            return
        self.fail(pos, path, f"{type(v).__name__} {v!r}; expected a str, an int, a date or True")

    # statements
    def statement(self, obj, path: str) -> None:
        cls = type(obj).__name__
        pos = obj.pos
        if not isinstance(pos, Pos):
            self.fail(None, f"{path}.pos", f"{pos!r}; expected a Pos")
        if any(f.name == "proxies" for f in dataclasses.fields(obj)):
            self._meetings.append((obj, path))
        for f in dataclasses.fields(obj):
            if f.name == "pos":
                continue
            v, key, here = getattr(obj, f.name), (cls, f.name), f"{path}.{f.name}"
            ftype = str(f.type)
            if ftype.startswith("list[") and not isinstance(v, list):
                self.fail(pos, here, f"{type(v).__name__} {v!r}; expected a list")
            if isinstance(v, list):
                kind = _element_class(ftype)
                for i, x in enumerate(v):
                    if kind is not None and not isinstance(x, kind):
                        self.kept(key, kind, x, f"{here}[{i}]", pos)
                    self.child(obj, key, x, f"{here}[{i}]", pos)
                self.lists(key, v, here)
            else:
                kind = _element_class(ftype)
                if kind is not None and v is not None and not isinstance(v, kind):
                    self.kept(key, kind, v, here, pos)
                self.child(obj, key, v, here, pos)

    def proxies(self, meeting, path: str) -> None:
        """A member's proxies and its presence in one meeting: the parser's check (build_base.proxy_contradiction)."""
        from .build_base import proxy_contradiction

        present = [(a.value, a.pos) for a in getattr(meeting, "present", [])]
        proxies = getattr(meeting, "proxies", [])
        found = proxy_contradiction(present, [(x.member, x.holder, x.pos) for x in proxies])
        if found:
            at = [i for i, x in enumerate(proxies) if x.pos is found[0]]
            self.fail(found[0], f"{path}.proxies[{at[-1] if at else '?'}]", found[1])

    def lists(self, key, items: list, path: str) -> None:
        """A list's values each once, a deliberation's members each in one vote list: the parser's
        checks (build_base.listed_twice, voted_twice), on the list as it is now."""
        from .build_base import listed_twice, voted_twice

        if key in LISTED_ONCE:
            pairs = [(x.value if isinstance(x, Attr) else x, getattr(x, "pos", None)) for x in items]
            found = listed_twice([(v, p if isinstance(p, Pos) else Pos(0, 0)) for v, p in pairs], LISTED_ONCE[key])
        elif key == ("Deliberation", "votes"):
            found = voted_twice([(x.member, x.pos) for x in items])
        else:
            return
        if found:
            at = [i for i, x in enumerate(items) if getattr(x, "pos", None) is found[0]
                  or (isinstance(x, Attr) and x.pos == found[0])]
            self.fail(found[0], f"{path}[{at[-1] if at else '?'}]", found[1])

    def kept(self, key, kind, v, path, pos) -> None:
        """A value put where the language keeps a statement (an Attr: a value with its line; a Member,
        a Vote...): refused, naming the field. A plain value in an Attr's place is first checked as the
        Attr's value would be (a right of -3 is refused with the words rights are refused with)."""
        if kind is Attr:
            self.attr(key, Attr(pos, v), path, here=path)
            self.fail(pos, path, f"{type(v).__name__} {v!r} where an Attr (a value with its line) is kept; expected "
                                 f"the value in the Attr's .value ({path}.value = {v!r}), or "
                                 f"gcs_reasoner.scenario.Attr(pos, {v!r}) where there was none")
        self.fail(pos, path, f"{type(v).__name__} {v!r}; expected a {kind.__name__} (gcs_reasoner.scenario."
                             f"{kind.__name__}; to remove one, delete it from the list: del {path})")

    def child(self, obj, key, v, path, pos) -> None:
        if isinstance(v, Attr):
            return self.attr(key, v, path)
        if isinstance(v, DelibRef):
            self.name(v.assembly, v.pos, f"{path}.assembly")
            self.name(v.deliberation, v.pos, f"{path}.deliberation")
            self.delib_refs.append((v, path))
            return
        if isinstance(v, Located):
            return self.statement(v, path)
        if dataclasses.is_dataclass(v) and not isinstance(v, type):  # AvenantEvent
            kinds = value_words("avenant_member_event") + value_words("avenant_plain_event")
            self.name(v.kind, pos, f"{path}.kind", "a word of the language")
            if v.kind not in kinds:
                self.fail(pos, f"{path}.kind", f"unknown value '{v.kind}'; expected one of {', '.join(kinds)}")
            if v.member is not None or v.kind in value_words("avenant_member_event"):
                self.name(v.member, pos, f"{path}.member", "a member's identifier")
                self.refs.append(("member", v.member, f"{path}.member", pos))
            return
        f = next(x for x in dataclasses.fields(obj) if x.name == key[1])
        ftype = str(f.type)
        if key in DECLARED:
            self.ident(v, pos, path)
            category = DECLARED[key]
            if category == "member" and getattr(obj, "associate", False):
                category = "associate"
            if v in self.names:
                self.fail(pos, path, f"duplicate identifier '{v}' (also {self.names[v][1]}); expected a new identifier "
                                     "(members, assemblies, avenants... share one namespace)")
            self.names[v] = (category, path)
        elif key in TEXT_FIELDS:
            if v is not None or not ftype.startswith("Optional"):
                self.text(v, pos, path)
            if key == ("Member", "name"):
                from .build_base import empty_name

                message = empty_name(v, "associate" if obj.associate else "member", obj.id)
                if message:
                    self.fail(pos, path, message)
        elif key in VALUE_RULES:
            if v is not None or not ftype.startswith("Optional"):
                self.word(v, pos, path, key)
        elif key in MEMBER_REFS:
            if v is not None or not ftype.startswith("Optional"):
                self.name(v, pos, path, "a member's identifier")
                self.refs.append(("member", v, path, pos))
        elif key in YEAR_FIELDS:
            if v is not None or not ftype.startswith("Optional"):
                self.year(v, pos, path)
        elif "date" in ftype:
            self.day(v, pos, path, required=key in REQUIRED_DATES)
        elif ftype in ("int", "Optional[int]"):
            if v is not None or ftype == "int":
                self.number(v, pos, path)
        elif ftype == "bool":
            if not isinstance(v, bool):
                self.fail(pos, path, f"{type(v).__name__} {v!r}; expected True or False")
        elif ftype in ("str", "Optional[str]"):
            if v is not None or ftype == "str":
                self.name(v, pos, path, "a word or an identifier of the language")
                if key == ("Deliberation", "of"):
                    self.refs.append(("any", v, path, pos))
        else:
            self.generic(v, pos, path)

    def attr(self, key, a: Attr, path: str, here: Optional[str] = None) -> None:
        v, pos, here = a.value, a.pos, here or f"{path}.value"
        if not isinstance(pos, Pos):
            self.fail(None, f"{path}.pos", f"{pos!r}; expected a Pos")
        if key in DATE_ATTRS:
            self.day(v, pos, here)
        elif key in TEXT_ATTRS:
            self.text(v, pos, here)
        elif key == ("Member", "rights"):
            from .build_base import bad_rights

            self.number(v, pos, here, low=None, what="a positive integer")  # its sign: bad_rights, as in a file
            message = bad_rights(v)
            if message:
                self.fail(pos, here, message)
        elif key in VALUE_RULES:
            self.word(v, pos, here, key)
        elif key == ("Groupement", "seat"):
            if not (isinstance(v, tuple) and len(v) == 2):
                self.fail(pos, here, f"{v!r}; expected (city, region or None)")
            self.text(v[0], pos, f"{here}[0]")
            if v[1] is not None:
                self.text(v[1], pos, f"{here}[1]")
        elif key == ("Member", "contract_with"):
            if not (isinstance(v, tuple) and len(v) == 2 and v[0] in ("member", "name")):
                self.fail(pos, here, f"{v!r}; expected ('member', an identifier) or ('name', a text)")
            if v[0] == "name":
                self.text(v[1], pos, f"{here}[1]")
            else:
                self.name(v[1], pos, f"{here}[1]", "a member's identifier")
                self.refs.append(("member", v[1], f"{here}[1]", pos))
        elif key in MEMBER_REF_ATTRS:
            self.name(v, pos, here, "a member's identifier")
            if v != "administrator":
                self.refs.append(("member", v, here, pos))
        elif key in (("Assembly", "reconvenes"), ("CommitteeMeeting", "reconvenes")):
            self.name(v, pos, here, "an assembly's identifier")
            self.refs.append(("meeting", v, here, pos))
        elif key == ("Operates", "authorisations"):
            self.name(v, pos, here, "an authorisation's identifier")
            self.refs.append(("authorisation", v, here, pos))
        elif key == ("Groupement", "capital"):
            if v is not None:
                self.number(v, pos, here, low=1, what="an amount in whole euros, more than zero (or None: capital none)")
        else:
            self.generic(v, pos, here)

    def references(self, g: Groupement) -> None:
        meetings = {a.id: a for a in (*g.assemblies, *g.committee_meetings)}
        for kind, ident, path, pos in self.refs:
            entry = self.names.get(ident)
            if kind == "member":
                if entry is None or entry[0] not in ("member", "associate"):
                    members = ", ".join(m.id for m in g.members if isinstance(m.id, str)) or "none"
                    self.fail(pos, path, f"unknown member '{ident}'; expected a declared member (the members: {members})")
            elif kind == "meeting":
                if ident not in meetings:
                    self.fail(pos, path, f"unknown assembly '{ident}'; expected a declared assembly")
            elif kind == "authorisation":
                if entry is None or entry[0] != "authorisation":
                    self.fail(pos, path, f"unknown authorisation '{ident}'; expected a declared authorisation")
            elif entry is None:
                self.fail(pos, path, f"unknown identifier '{ident}'; expected a declared member or authorisation")
        for ref, path in self.delib_refs:
            meeting = meetings.get(ref.assembly)
            if meeting is None:
                self.fail(ref.pos, path, f"unknown assembly '{ref.assembly}'; expected a declared assembly")
            if ref.deliberation not in [d.id for d in meeting.deliberations]:
                self.fail(ref.pos, path, f"unknown deliberation '{ref.assembly}.{ref.deliberation}'; expected a "
                                         f"deliberation of {ref.assembly}")


def _element_class(ftype: str):
    """The statement class a field's type names (`Optional[Attr]`, `list[Member]`: Attr, Member), or None
    (a plain value: str, int, date...)."""
    from . import scenario as classes

    m = re.fullmatch(r"(?:Optional\[|list\[)?([A-Z]\w*)\]?", ftype)
    kind = getattr(classes, m.group(1), None) if m else None
    return kind if isinstance(kind, type) and issubclass(kind, Located) else None


def check_objects(scenario: Scenario) -> None:
    """ScenarioError at the first value of the objects the language would refuse in a file: an
    identifier clingo cannot take, a date out of the calendar, a number out of range, a value word
    of no list, a duplicate identifier, a reference to what is not declared. Names the field."""
    g = scenario.groupement
    c = _Checker(scenario)
    c.ident(g.id, g.pos, "groupement.id")
    c.statement(g, "groupement")
    for meeting, path in c._meetings:
        c.proxies(meeting, path)
    c.references(g)
