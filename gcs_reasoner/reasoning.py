"""Facts + law program -> conclusions (clingo), with derivation records on demand: a Result
(result.py).

`reason()` runs the plain program: conclusions only, no explanation cost. The
first call that needs reasons (`Conclusion.provisions`, `Result.explain`, the
JSON output) runs the traced program once for that result and keeps its raw
derivation records (records.py, trace.py); trees are built only for the conclusions
asked about.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from . import selection, selection_memory
from .calendar_functions import Calendar
from .collector import paused
from .facts import Facts, Origin, scenario_facts
from .program import ROUNDS, Program, load_program  # noqa: F401 (ROUNDS: part of this module's API)
from .result import Result
from .scenario import Scenario
from .records import Records, forget_terms, split_records  # noqa: F401 (forget_terms: part of this module's API)


class ReasoningError(Exception):
    """The solver failed (a bug in the rules, not in the scenario)."""


class _Solver:
    """One clingo control on the rules that can apply to a file (selection.py), with, if asked,
    the derivation records of the rules that applied (record_rules.py's doc)."""

    def __init__(self, program: Program, facts: Facts, kept: Optional[set] = None, watch=(),
                 traced: bool = False, kind: Optional[tuple] = None, known: bool = False):
        """`kept`: the rules to ground, a guess (selection.guess, by default) that grows here until
        no rule left out could have applied. `traced`: each rule's derivations are recorded
        (RuleInfo.traced) and read from the model (`records`). `kind`: the file's kind
        (selection.kind), whose rules that applied are remembered (selection_memory) unless they
        are `known` already and none was missed."""
        import clingo

        self.program = program
        self.messages: list[str] = []
        kept = selection.guess(program, facts) if kept is None else kept
        _SPENT.clear()
        ready = _take_ready(program, traced)
        while True:
            given: frozenset = frozenset()
            if ready is not None:  # made ahead (`prepare`): its rules are kept, whether guessed or not
                self.ctl, self.messages, given = ready
                kept |= given
                ready = None
            else:
                # single-shot: nothing is added once ground (about a fifth less grounding)
                self.ctl = clingo.Control(["--warn=none", "--single-shot"],
                                          logger=lambda code, msg: self.messages.append(msg), message_limit=1000)
            ctl = self.ctl
            parsed = selection.statements(program, traced)
            if parsed is None:
                ctl.add("base", [], selection.program_text(program, kept, traced=traced))
            else:  # the same statements, parsed once (a warm process)
                from clingo.ast import ProgramBuilder

                with ProgramBuilder(ctl) as builder:
                    for i in ((-1,) if not given else ()) + tuple(sorted(kept - given)):
                        for statement in parsed[i]:
                            builder.add(statement)
            ctl.add("base", [], selection.facts_text(program, facts, kept))
            self._ground("base")
            present = selection.Present(ctl.symbolic_atoms)
            more = selection.missed(program, present, kept)
            if not more:
                break
            kept |= more
            known = False
        self.kept = kept
        if kind is not None and not known:
            selection_memory.remember(program, kind, present, kept)
        # the atoms of the `watch` signatures true in the model
        self.watched: list = []
        self._candidates = [a.symbol for name, arity in watch for a in ctl.symbolic_atoms.by_signature(name, arity)]
        reps = self._solve()
        self.records: Optional[Records] = None
        if traced:
            self.symbols, self.records = split_records(program, reps)
        else:
            from .clingo_reps import symbol

            self.symbols = [symbol(r) for r in reps]
        large = not _spend(self.ctl)
        self.ctl = ctl = present = None
        if large:
            _return_freed_memory()

    def _ground(self, part: str) -> None:
        try:
            self.ctl.ground([(part, [])], context=Calendar())
        except RuntimeError as exc:
            raise ReasoningError("grounding failed: " + "; ".join(self.messages) or str(exc)) from None

    def _solve(self) -> list:
        """The shown atoms of the model, as clingo represents them (clingo_reps.py)."""
        from .clingo_reps import model_reps

        models: list[list] = []

        def on_model(m):  # copies: a clingo.Model must not outlive the callback
            models.append(model_reps(m))
            self.watched = [s for s in self._candidates if m.contains(s)]

        ret = self.ctl.solve(on_model=on_model)
        if not ret.satisfiable or not models:
            raise ReasoningError("the law program has no answer for this scenario (a bug in rules/)")
        if len(models) > 1:
            raise ReasoningError("the law program is ambiguous on this scenario (a bug in rules/)")
        return models[0]


# The last spent clingo control of a small file, freed when the next one is made rather than now:
# freeing a ground program takes a few milliseconds (5% of a small file's work; 4.7 ms for a
# 300-member file's 38,000 atoms) that a process about to end (a single `check`, the warm server's
# copy: both leave by os._exit) need not spend. A large one (3,000 members: 354,000 atoms) is freed
# at once, so as not to hold its memory while its trees are built.
_SPENT: list = []
_KEEP_SPENT_ATOMS = 50_000


def _spend(ctl) -> bool:
    """Keep `ctl` to be freed later if it is small (True), else leave it to be freed now (False)."""
    _SPENT.clear()
    if len(ctl.symbolic_atoms) <= _KEEP_SPENT_ATOMS:
        if not _SPENT_AT_EXIT:
            # a process that ends normally (a script, the tests) frees it while clingo is still
            # loaded: freed later, when Python tears clingo's module down, it said so on stderr
            import atexit

            atexit.register(free_spent)
            _SPENT_AT_EXIT.append(True)
        _SPENT.append(ctl)
        return True
    return False


def _return_freed_memory() -> None:
    """Give the memory of a large ground program just freed back to the system (glibc's
    malloc_trim): clingo's program lives in the C heap, which Python's own objects (allocated in
    arenas of their own) never reuse, so the trees built next grew the process beside it (a
    30,000-member file: 1.4 GB held after the solve, 2.0 GB at the peak). Nothing where the C
    library has no such function."""
    global _TRIM
    if _TRIM is None:
        import ctypes

        try:  # (by its name: ctypes.util.find_library runs a program to find it)
            _TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM = None  # glibc's malloc_trim, once looked up (False: none)


_SPENT_AT_EXIT: list = []  # [True] once free_spent is registered to run at exit


# A control made ahead of the next file by the warm server's spare copy (server.py), that clingo has
# already been given the statements of the rules every file keeps (`prepare`): about a third of
# what a small file's rules are, given before the request comes.
_READY: list = []  # [(program, traced, the control, its messages, the rules given)]


def prepare(program: Program, rules, traced: bool = True) -> None:
    """Make the control the next `_Solver` of `program` (`traced` or not) starts from: the statements
    besides the rules, and those of `rules`, given to clingo now (the rules' statements parsed
    once: selection.parse_statements). Those rules are then kept, whatever the file: a rule that
    cannot apply adds nothing to the model, and facts_text gives what each rule kept may ask."""
    parsed = selection.statements(program, traced)
    if parsed is None:
        return
    import clingo
    from clingo.ast import ProgramBuilder

    messages: list = []
    ctl = clingo.Control(["--warn=none", "--single-shot"], logger=lambda code, msg: messages.append(msg),
                         message_limit=1000)
    rules = frozenset(rules)
    with ProgramBuilder(ctl) as builder:
        for i in (-1, *sorted(rules)):
            for statement in parsed[i]:
                builder.add(statement)
    _READY[:] = [(program, traced, ctl, messages, rules)]


def _take_ready(program: Program, traced: bool):
    """(control, messages, rules given) made by `prepare` for this program and mode, taken (once), or None."""
    if _READY and _READY[0][0] is program and _READY[0][1] == traced:
        return _READY.pop()[2:]
    return None


def free_spent() -> None:
    """Free the spent control now (a warm-up's: not while the next request waits)."""
    _SPENT.clear()



# Where the date the law is applied on comes from (Result.as_of_source), strongest first.
AS_OF_SOURCES = ("asked", "file", "today")


def asked_date(value, name: str = "date") -> Optional[date]:
    """A date asked for (the API's `as_of=`, `until=`..., the command line's `--as-of`...): a date or
    YYYY-MM-DD, inside the calendar the rules compute in (1900-01-01 to 2199-12-31, as for the file's
    dates); None stays None. Raises ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):  # a datetime is a date with a time: the day is what the law reads
        value = value.date()
    if isinstance(value, str):
        value = _date_of_text(value, name)
    if not isinstance(value, date):
        raise TypeError(f"{name}: expected a date or a text YYYY-MM-DD, not {type(value).__name__} {value!r}")
    from .parse import MAX_DATE, MIN_DATE

    if not MIN_DATE <= value <= MAX_DATE:
        raise ValueError(f"{name} {value.isoformat()} is out of range; expected a date from {MIN_DATE} to {MAX_DATE}")
    return value


def _date_of_text(text: str, name: str) -> date:
    """The date written YYYY-MM-DD; ValueError saying what is wrong (a day the month does not have
    is said so, as for a date of the file, not "expected YYYY-MM-DD")."""
    import calendar
    import re

    where = "" if name == "date" else f" for {name}"
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", text.strip())
    if not m:
        raise ValueError(f"invalid date {text!r}{where}; expected YYYY-MM-DD")
    y, mo, d = (int(g) for g in m.groups())
    from .parse import MAX_DATE, MIN_DATE

    if not MIN_DATE.year <= y <= MAX_DATE.year:  # before the month's days: "January 0" is no calendar
        raise ValueError(f"{name} {text.strip()} is out of range; expected a date from {MIN_DATE} to {MAX_DATE}")
    if not 1 <= mo <= 12:
        raise ValueError(f"invalid date {text!r}{where}: there is no month {mo}; expected a real calendar date")
    days = calendar.monthrange(max(y, 1), mo)[1]
    if y < 1 or not 1 <= d <= days:
        raise ValueError(f"invalid date {text!r}{where}: {calendar.month_name[mo]} {y} has {days} days; "
                         "expected a real calendar date")
    return date(y, mo, d)


def choose_as_of(scenario: Scenario, as_of: Optional[date] = None) -> tuple[date, str, Optional[date]]:
    """(date, source, the file's own date or None): the date asked for (CLI `--as-of`, API
    `as_of=`) wins over the file's `as of`, which wins over today (README, "Use": a deliberate
    change from part 1 of the contract, where the file's date won)."""
    g = scenario.groupement
    file_as_of = g.as_of.value if g.as_of is not None else None
    if as_of is not None:
        return asked_date(as_of, "as_of"), "asked", file_as_of
    if file_as_of is not None:
        return file_as_of, "file", file_as_of
    return date.today(), "today", None


def warm_up(program: Program) -> None:
    """Make now what every file's reasoning and explanation build on first use (the warm server,
    before it serves, so that each of its copies starts with it: server.py): the selection index,
    the rules' traced statements parsed, the inventory's facts, the rules by head, the sentences,
    the words quoted of later versions, the modules of the trees and the JSON."""
    from . import explain  # noqa: F401
    from . import versions
    from .facts import _law_texts
    from .render import json_out, words  # noqa: F401

    selection._index(program)
    selection.id_texts()
    selection.parse_statements(program, traced=True)
    _law_texts()
    versions.warm_up(program.rules)
    _ = program.sentences, program.record_names_bytes, program.rules_by_head  # cached properties, made now


def reason(scenario: Scenario, as_of: Optional[date] = None, explain: bool = False, program: Optional[Program] = None) -> Result:
    """Apply the law to a scenario on the date asked for, else its `as of` date, else today
    (`Result.as_of_source` says which: "asked", "file" or "today")."""
    when, source, file_as_of = choose_as_of(scenario, as_of)
    program = program or load_program()
    if explain:
        _parse_once_when_many(program)
    with paused():
        facts, symbols, records = _fixpoint(program, _facts_on(scenario, when, source, file_as_of), traced=explain)
        result = Result(scenario, facts, program, symbols, traced=explain, records=records)
    result.as_of_source, result.file_as_of = source, file_as_of
    return result


# A process that has explained this many files with one program (a notebook's what-ifs, a script's
# loop) parses the rules' traced statements once (about 20 ms) and gives them to clingo for every
# later file (about 4 ms less each), as the warm server and the pool's workers do from the start.
PARSE_ONCE_AFTER = 5
_EXPLAINED: dict = {}  # id(program) -> files explained with it


def _parse_once_when_many(program: Program) -> None:
    n = _EXPLAINED.get(id(program), 0) + 1
    _EXPLAINED[id(program)] = n
    if n == PARSE_ONCE_AFTER and selection.statements(program, True) is None:
        selection.parse_statements(program, traced=True)


def _facts_on(scenario: Scenario, when: date, source: str, file_as_of: Optional[date]) -> Facts:
    """The scenario's facts on `when`. A date asked for over the file's own `as of` is not the
    file's statement: its fact comes from the command line (or the API), not from the file's line."""
    if source == "asked" and file_as_of is not None and file_as_of != when:
        from dataclasses import replace

        undated = replace(scenario, groupement=replace(scenario.groupement, as_of=None))
        facts = scenario_facts(undated, when, Origin("<command line>", 1))
        return facts
    return scenario_facts(scenario, when)


def round_limit(facts: Facts) -> int:
    """How many rounds a file may take (`_rounds`): two per deliberation, and two."""
    return 2 + 2 * sum(1 for atom, _ in facts.facts if atom.startswith("deliberation("))


def _fixpoint(program: Program, facts: Facts, traced: bool):
    """(facts of the last round, the model's shown atoms, the derivation records or None)."""
    with paused():  # collector.py
        return _rounds(program, facts, traced)


def _rounds(program: Program, facts: Facts, traced: bool):
    """The rounds of `_fixpoint` (ROUNDS)."""
    kept: set = set()
    # each round settles at least one more deliberation's effect (open, then decided: twice at most), or is the
    # last: the file's deliberations bound the rounds (a declining groupement's chain of exclusions, each
    # needing the one before, takes a round per link); the bound only stops rules that would not settle
    limit = round_limit(facts)
    for _ in range(limit):
        # a new round's facts may reach more rules; those that applied to this kind of file, if known
        first, kind, known = selection_memory.start(program, facts)
        kept |= first
        solver = _Solver(program, facts, kept, watch=list(ROUNDS), traced=traced, kind=kind, known=known)
        derived = {}
        for sym in solver.watched:
            name = ROUNDS[(sym.name, len(sym.arguments))]
            derived[f"{name}({','.join(str(a) for a in sym.arguments)})"] = str(sym)
        if derived == facts.rounds:
            return facts, solver.symbols, solver.records
        facts = facts.with_round(derived)
    raise ReasoningError(f"the effects of the deliberations (admissions, exclusions, changes of rights) did not "
                         f"settle after {limit} rounds of reasoning: please report this file (the rules of "
                         f"rules/ should settle in at most two rounds per deliberation)")
