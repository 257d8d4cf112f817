"""What would make a conclusion hold, or stop holding: the smallest sets of changes to the file.

One clingo solve. The law program (plain, unchanged) runs over the file's
facts, except that the facts below become choices, each deviation from the
file counting as one change; the query is a constraint and a `#minimize`
counts the changes (`--opt-mode=optN`: every optimal set, up to a cap).

What may change (CHANGEABLE, each one change):

| what                    | candidates                                                               |
|-------------------------|--------------------------------------------------------------------------|
| presence                | each member present or not, at each assembly                             |
| proxies                 | each member represented by any other member, or by none, at each assembly|
| votes                   | each member's vote on each deliberation: for, against, abstain or none    |
| convocation date        | of an assembly that states one: the file's date, or the assembly's date minus 2, 8, 15 days or the convention's `notice_days` |
| withdrawal notification | each notice of withdrawal of the file (one change each): its date, 30 June or 1 July of that year, 30 June of the year before, or no notice; a member without a notice: a new one on 30 June or 1 July of a year from the file's first date to the as-of date |
| declared nature         | public, private, or none                                                 |
| a member's sector       | public or private (a member whose sector the file states)                |

Nothing else changes: not the members, rights, dates of assemblies, the
convention, the as-of date, nor a notice of withdrawal on another day than
those above. Limits: at most `max_changes` changes (3 by default) and a time
limit (20 s by default); both are reported. So "none found" is said of the
changes tried, never as "no change of the file does it".

Rounds. `reason()` feeds exclusions and admissions back between solves
(reasoning.ROUNDS) until they settle. One solve cannot iterate; here the
feedback rules are added to the program itself (`exclusion_in_effect(M, D) :-
excluded(M, D).`, ...), which the stable models of one solve satisfy, but which
may admit models the rounds would not reach (or miss ones they would). So the
solve only proposes: **every change set is applied to the scenario
(whatif.edit) and `reason()` is run again; only the sets that really give the
wanted outcome are reported**, and the others are counted as rejected (the
solve then looks again, without them, a few times).
"""

from __future__ import annotations

import html
import os
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

from .facts import d as date_term
from .whatif import Change, edit

MAX_CHANGES = 3
MIN_DAY, MAX_DAY = date(1900, 1, 1), date(2199, 12, 31)  # the language's dates (parse.MIN_DATE, MAX_DATE)
TIME_LIMIT = 20.0
# the longest time limit taken: a day (a wait of 1e10 s overflows the system's clock: select's
# "timestamp out of range for platform time_t"); a search that long is not one anyone waits for
MAX_TIME_LIMIT = 86400.0
MAX_SETS = 5
CHANGEABLE = ("presence", "proxies", "votes",
              "convocation date (the assembly's date minus 2, 8 or 15 days or the convention's notice)",
              "withdrawal notification (a notice moved to 30 June or 1 July of its year or 30 June of the year "
              "before, or removed; a new notice of a member on 30 June or 1 July of a year of the file)",
              "declared nature", "member sector")
CHANGEABLE_FR = ("présence", "pouvoirs", "votes",
                 "date de convocation (la date de l'assemblée moins 2, 8 ou 15 jours ou le délai de la convention)",
                 "notification de retrait (une notification déplacée au 30 juin ou au 1er juillet de son année ou "
                 "au 30 juin de l'année d'avant, ou retirée ; une nouvelle notification d'un membre le 30 juin ou "
                 "le 1er juillet d'une année du fichier)",
                 "nature déclarée", "secteur d'un membre")
# The words of WhatWould.text, in each language ({s}: the plural's s)
WORDS = {
    "en": {"already": "{goal}: already so, no change needed", "make": "make {q} hold", "stop": "stop {q} from holding",
           "head": "To {want} (at most {n} change{s} to {what}; time limit {t} s for the search, the file's first check "
                   "and the check of each set found coming on top):", "changeable": CHANGEABLE,
           "timed_out": "  no change set found within the time limit",
           "memory": "  the search stopped: it ran out of the memory it may take (half of the machine's); "
                     "no change set found",
           "none": "  none found among the changes tried (at most {n} change{s} of the kinds above); other changes "
                   "of the file are not tried",
           "option": "  option {i} ({n} change{s}, checked by reasoning again):",
           "rejected": "  ({n} set(s) proposed by the solver were rejected: reasoning again on the edited file did not "
                       "give the outcome; see the rounds limitation)",
           "smaller": "  (time limit reached: smaller sets may exist)"},
    "fr": {"already": "{goal} : c'est déjà le cas, aucun changement nécessaire", "make": "que {q} soit établi",
           "stop": "que {q} cesse d'être établi",
           "head": "Pour {want} (au plus {n} changement{s} parmi : {what} ; limite de temps {t} s pour la recherche, "
                   "la première vérification du dossier et celle de chaque ensemble trouvé s'y ajoutant) :",
           "changeable": CHANGEABLE_FR,
           "timed_out": "  aucun ensemble de changements trouvé dans la limite de temps",
           "memory": "  recherche arrêtée : elle a épuisé la mémoire qui lui est permise (la moitié de celle de la "
                     "machine) ; aucun ensemble de changements trouvé",
           "none": "  aucun ensemble trouvé parmi les changements essayés (au plus {n} changement{s} des sortes "
                   "ci-dessus) ; les autres changements du fichier ne sont pas essayés",
           "option": "  possibilité {i} ({n} changement{s}, vérifié{s} en raisonnant à nouveau) :",
           "rejected": "  ({n} ensemble(s) proposé(s) par le solveur écarté(s) : le raisonnement sur le fichier modifié "
                       "n'a pas donné le résultat ; voir la limite des tours de raisonnement)",
           "smaller": "  (limite de temps atteinte : de plus petits ensembles peuvent exister)"},
}
WRAPPED = {("present", 2), ("proxy", 3), ("vote", 4), ("convened_on", 2), ("withdrawal", 2),
           ("withdrawal_stated_effective", 3), ("declared_nature", 1), ("sector", 2)}


def _years(result) -> range:
    """The years a new notice of withdrawal is tried in: from the file's first date to the as-of date."""
    from .periods import file_dates

    first = min([d for d in file_dates(result.scenario) if d <= result.as_of], default=result.as_of)
    return range(first.year, result.as_of.year + 1)


@dataclass
class ChangeSet:
    changes: list  # whatif.Change
    edits: list  # the changes as edits of the file's lines
    edits_fr: list = field(default_factory=list)  # the same in French

    def as_dict(self) -> dict:
        return {"changes": [str(c) for c in self.changes], "edits": self.edits, "edits_fr": self.edits_fr}


@dataclass
class WhatWould:
    query: str
    negate: bool
    already: bool  # the outcome holds without any change
    sets: list = field(default_factory=list)  # ChangeSet, verified, smallest first
    rejected: int = 0  # proposed by the solve, refuted by reason()
    max_changes: int = MAX_CHANGES
    time_limit: float = TIME_LIMIT
    timed_out: bool = False
    exhausted: bool = False  # the solve proved there is no set within the cap
    out_of_memory: bool = False  # the search stopped, its memory exhausted (counterfactual._solve)

    @property
    def goal(self) -> str:
        return f"not {self.query}" if self.negate else self.query

    def as_dict(self) -> dict:
        return {"query": self.query, "negate": self.negate, "already": self.already,
                "sets": [s.as_dict() for s in self.sets], "rejected": self.rejected,
                "max_changes": self.max_changes, "time_limit": self.time_limit, "timed_out": self.timed_out,
                "out_of_memory": self.out_of_memory, "changeable": list(CHANGEABLE)}

    def text(self, lang: str = "en") -> str:
        """The options, in English or (`lang` "fr") French (WORDS)."""
        from .render.phrases import lang_of

        w = WORDS[lang_of(lang)]
        if self.already:
            return w["already"].format(goal=self.goal)
        plural = (lambda n: "s" if n > 1 else "")
        out = [w["head"].format(want=w["stop" if self.negate else "make"].format(q=self.query), n=self.max_changes,
                                s=plural(self.max_changes), what=", ".join(w["changeable"]), t=f"{self.time_limit:g}")]
        if not self.sets:
            out.append(w["memory"] if self.out_of_memory else w["timed_out"] if self.timed_out else w["none"].format(n=self.max_changes, s=plural(self.max_changes)))
        for i, s in enumerate(self.sets, 1):
            out.append(w["option"].format(i=i, n=len(s.changes), s=plural(len(s.changes))))
            out.extend(f"    {e}" for e in ((s.edits_fr or s.edits) if lang == "fr" else s.edits))
        if self.rejected:
            out.append(w["rejected"].format(n=self.rejected))
        if self.timed_out and self.sets:
            out.append(w["smaller"])
        elif self.out_of_memory and self.sets:
            out.append(w["memory"])
        return "\n".join(out)

    __str__ = text

    def _repr_html_(self) -> str:
        return "<pre class='gcs-what-would'>" + html.escape(self.text()) + "</pre>"


def what_would_make(result, query: str, negate: bool = False, max_changes: int = MAX_CHANGES,
                    time_limit: float = TIME_LIMIT, max_sets: int = MAX_SETS) -> WhatWould:
    """The smallest verified sets of changes to the file that make `query` hold (`negate`: stop holding)."""
    from .whynot import check_query, check_values, parse_query, query_text, read_quoted

    _check_bounds(max_changes, time_limit, max_sets)
    name, args = parse_query(query)
    check_query(result, name, args)
    args = read_quoted(result, name, args)  # `"ch_a"` as why-not reads it
    # a value the file declares nowhere: no change tried here adds one (members, assemblies... do not
    # change), so none can make it hold; said as why-not says it, not searched for 20 s
    check_values(result, name, args)
    qtext = query_text(name, args)
    out = WhatWould(qtext, negate, False, max_changes=max_changes, time_limit=time_limit)
    holds = _true_in(result, name, args)
    if holds != negate:
        out.already = True
        return out
    scenario = result.scenario
    base, orig = _wrapped_facts(result)
    goal = _goal(name, args)
    deadline = time.monotonic() + time_limit
    excluded: list[frozenset] = []
    tried: set = set()
    for _attempt in range(4):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            out.timed_out = True
            break
        try:
            found, timed_out = _solve(result, base, goal, negate, max_changes, remaining, excluded)
        except SearchStopped:
            out.out_of_memory = True
            break
        out.timed_out |= timed_out
        if not found:
            break
        good = 0
        for chg in found:
            changes = _changes(chg, orig, result)
            said = tuple(sorted(str(c) for c in changes))
            if said in tried:  # the same edits from another model (a model of the last solve, again)
                continue
            tried.add(said)
            try:
                edited = edit(scenario, *changes)
                ok = _holds(edited, result, name, args) != negate
            except Exception:  # an edited story the validator refuses
                ok = False
            if ok:
                out.sets.append(ChangeSet(changes, [c.describe(scenario) for c in changes],
                                          [c.describe(scenario, "fr") for c in changes]))
                good += 1
            else:
                out.rejected += 1
            excluded.append(frozenset(chg))
            if len(out.sets) >= max_sets:
                break
        if good or len(out.sets) >= max_sets or timed_out:
            break
    out.sets.sort(key=lambda s: (len(s.changes), s.edits))
    return out


def _check_bounds(max_changes, time_limit, max_sets) -> None:
    """TypeError/ValueError naming the parameter for a bound that is not one: a whole number of
    changes (of sets) 1 or more; a time limit a number of seconds above 0 and at most MAX_TIME_LIMIT
    (NaN never runs out nor starts, infinity never stops, 1e10 s overflows the system's clock)."""
    import math

    for name, value in (("max_changes", max_changes), ("max_sets", max_sets)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name}={value!r}: expected a whole number, 1 or more")
        if value < 1:
            raise ValueError(f"{name}={value!r}: expected a whole number, 1 or more")
    if isinstance(time_limit, bool) or not isinstance(time_limit, (int, float)):
        raise TypeError(f"time_limit={time_limit!r}: expected a number of seconds, finite and above 0, at most "
                        f"{MAX_TIME_LIMIT:g} (a day)")
    if not math.isfinite(time_limit) or time_limit <= 0 or time_limit > MAX_TIME_LIMIT:
        raise ValueError(f"time_limit={time_limit!r}: expected a number of seconds, finite and above 0, at most "
                         f"{MAX_TIME_LIMIT:g} (a day)")


def _holds(scenario, result, name, args) -> bool:
    from .reasoning import reason

    r = reason(scenario, as_of=result.as_of, program=result.program)
    return _true_in(r, name, args)


def _true_in(result, name, args) -> bool:
    """Whether an instance of the query is true in the result (any atom of the model, shown or not)."""
    from .whynot import matches
    from .whynot_rules import model_atoms

    atoms = result._symbols if (name, len(args)) in result.program.shown else model_atoms(result)
    return any(matches(s, name, args) for s in atoms)


def _goal(name, args) -> str:
    if not args:
        return name
    return f"{name}({','.join('_' if a is None else str(a) for a in args)})"


# --- the wrapped program ------------------------------------------------------------------


def _wrapped_facts(result):
    """The file's facts but the changeable ones, which become choices (text), and the original ones (sets)."""
    import clingo

    facts = result.facts
    fixed, orig = [], {k: [] for k in WRAPPED}
    for text, _origin in facts.facts:
        sym = clingo.parse_term(text)
        key = (sym.name, len(sym.arguments))
        if key in WRAPPED:
            orig[key].append(sym)
        else:
            fixed.append(text)
    g = result.scenario.groupement
    members = [m.id for m in g.members if not m.associate]
    lines = [f"{t}." for t in fixed]
    lines += [f"_member({m})." for m in members]
    lines += ["_choice(for). _choice(against). _choice(abstain)."]
    # presence
    for s in orig[("present", 2)]:
        lines.append(f"_orig_present({s.arguments[0]},{s.arguments[1]}).")
    lines.append("{ present(A,M) } :- assembly(A,_), _member(M).")
    lines.append("_chg(present(A,M)) :- present(A,M), not _orig_present(A,M).")
    lines.append("_chg(present(A,M)) :- _orig_present(A,M), not present(A,M).")
    # proxies
    for s in orig[("proxy", 3)]:
        lines.append(f"_orig_proxy({','.join(map(str, s.arguments))}).")
    lines.append("{ proxy(A,M,H) : _member(H), H != M } 1 :- assembly(A,_), _member(M).")
    lines.append("_chg(proxy(A,M)) :- proxy(A,M,H), not _orig_proxy(A,M,H).")
    lines.append("_chg(proxy(A,M)) :- _orig_proxy(A,M,H), not proxy(A,M,H).")
    # votes
    for s in orig[("vote", 4)]:
        lines.append(f"_orig_vote({','.join(map(str, s.arguments))}).")
    lines.append("{ vote(A,Dl,M,C) : _choice(C) } 1 :- deliberation(A,Dl,_), _member(M).")
    lines.append("_chg(vote(A,Dl,M)) :- vote(A,Dl,M,C), not _orig_vote(A,Dl,M,C).")
    lines.append("_chg(vote(A,Dl,M)) :- _orig_vote(A,Dl,M,C), not vote(A,Dl,M,C).")
    # convocation dates
    notice = [n for n in (15, 8, 2) if n]
    conv = g.convention
    if conv is not None and conv.notice_days is not None:
        notice.append(conv.notice_days.value)
    dates = set()
    for s in orig[("convened_on", 2)]:
        a, c = s.arguments
        lines.append(f"_orig_conv({a},{c}). _conv_cand({a},{c}).")
        asm = next((x for x in g.assemblies if x.id == a.name), None)
        if asm is not None and asm.date is not None:
            for n in notice:
                day = asm.date - timedelta(days=int(n))
                if date(1900, 1, 1) <= day:
                    lines.append(f"_conv_cand({a},{date_term(day)}).")
                    dates.add(day)
    lines.append("1 { convened_on(A,C) : _conv_cand(A,C) } 1 :- _orig_conv(A,_).")
    lines.append("_chg(convened_on(A)) :- convened_on(A,C), _orig_conv(A,C0), C != C0.")
    # withdrawals: each notice of the file (keyed by its date N0) kept, moved or removed, one change each
    # (whatif: `withdrawal M notified N instead of N0`, `no withdrawal M notified N0`)
    for s in orig[("withdrawal", 2)]:
        m, n = s.arguments
        lines.append(f"_orig_wd({m},{n}). _wd_moved({m},{n},{n}).")
        y = n.arguments[0].number
        for day in (date(y, 6, 30), date(y, 7, 1), date(y - 1, 6, 30)):
            if MIN_DAY <= day <= MAX_DAY:
                lines.append(f"_wd_moved({m},{n},{date_term(day)}).")
                dates.add(day)
    # a member with no notice in the file: one new notice, on 30 June or 1 July of a year of the file
    # (whatif: `withdrawal M notified N`, which adds it), one change
    noticed = {s.arguments[0].name for s in orig[("withdrawal", 2)]}
    for m in members:
        if m in noticed:
            continue
        for y in _years(result):
            for day in (date(y, 6, 30), date(y, 7, 1)):
                if day <= result.as_of:
                    lines.append(f"_wd_new_cand({m},{date_term(day)}).")
                    dates.add(day)
    lines.append("{ _wd_new(M,N) : _wd_new_cand(M,N) } 1 :- _member(M).")
    lines.append("withdrawal(M,N) :- _wd_new(M,N).")
    lines.append("_chg(new_withdrawal(M)) :- _wd_new(M,_).")
    for s in orig[("withdrawal_stated_effective", 3)]:
        lines.append(f"_orig_wse({s.arguments[0]},{s.arguments[1]},{s.arguments[2]}).")
    lines.append("{ _wd_pick(M,N0,N) : _wd_moved(M,N0,N) } 1 :- _orig_wd(M,N0).")
    lines.append("withdrawal(M,N) :- _wd_pick(M,_,N).")
    # a moved notice keeps the date it asks for (whatif.edit moves the notice, not its `effective`)
    lines.append("withdrawal_stated_effective(M,N,E) :- _orig_wse(M,N0,E), _wd_pick(M,N0,N).")
    lines.append("_chg(withdrawal(M,N0)) :- _orig_wd(M,N0), not _wd_pick(M,N0,N0).")
    # declared nature
    for s in orig[("declared_nature", 1)]:
        lines.append(f"_orig_dn({s.arguments[0]}).")
    lines.append("{ declared_nature(public); declared_nature(private) } 1.")
    lines.append("_chg(declared_nature) :- declared_nature(X), not _orig_dn(X).")
    lines.append("_chg(declared_nature) :- _orig_dn(X), not declared_nature(X).")
    # sectors (of members whose sector is stated)
    for s in orig[("sector", 2)]:
        lines.append(f"_orig_sector({s.arguments[0]},{s.arguments[1]}).")
    lines.append("1 { sector(M,public); sector(M,private) } 1 :- _orig_sector(M,_).")
    lines.append("_chg(sector(M)) :- sector(M,S), _orig_sector(M,S0), S != S0.")
    # the new dates are dates the law examines (rules/time/in_force.lp)
    lines += [f"law_date({date_term(x)})." for x in sorted(dates)]
    # the rounds of reason(), in the program itself (see the module's note)
    from .reasoning import ROUNDS

    for (name, arity), fed in ROUNDS.items():
        vs = ",".join(f"X{i}" for i in range(arity))
        lines.append(f"{fed}({vs}) :- {name}({vs}).")
    return "\n".join(lines) + "\n", orig


def _solve(result, base: str, goal: str, negate: bool, max_changes: int, timeout: float, excluded):
    """The optimal change sets (each a set of `_chg` arguments and the chosen atoms), and whether time ran out.

    The time limit bounds the grounding too, which clingo cannot interrupt (`Control.interrupt` stops a
    solve only) and which the choices over a large file make long and large (40 members, 4 assemblies:
    20 s and 1.4 GB to ground; 80 members: more than 20 GB). So, where the system can fork, the
    grounding and the solve run in a copy of this process, ended (SIGKILL) if it has not ground the
    program by the deadline, or not answered within GRACE seconds after it: its memory goes with it,
    and no change set is found within the time limit (said so). The copy's memory is capped besides
    (MEMORY_SHARE of the machine's): where it runs out first, the search stops likewise (said so).
    Without fork (Windows) it runs here, the grounding unbounded."""
    deadline = time.monotonic() + timeout
    if not hasattr(os, "fork"):
        return _best(*_ground_and_solve(result, base, goal, negate, max_changes, deadline, excluded))
    return _solve_forked(result, base, goal, negate, max_changes, deadline, excluded)


GRACE = 5.0  # seconds the copy has, after the deadline, to stop its solve and send what it found
MEMORY_SHARE = 0.5  # of the machine's memory, the most the copy may take (RLIMIT_AS, lowered only)


class SearchStopped(Exception):
    """The copy that searched ran out of memory (`reason` "memory") before answering."""


def _ground(ctl) -> None:
    """Ground the wrapped program (a function of its own: the tests slow it down)."""
    from .calendar_functions import Calendar

    ctl.ground([("base", [])], context=Calendar())


def _ground_and_solve(result, base, goal, negate, max_changes, deadline, excluded, grounded=None):
    """(found, finished): the optimal models (cost, shown symbols) proven so far, and whether the
    solve ended before the deadline; `grounded()` is called once the program is ground."""
    import clingo

    ctl = clingo.Control(["--warn=none", "--opt-mode=optN", "0"])
    ctl.add("base", [], result.program.plain)
    ctl.add("base", [], base)
    rules = [f"_goal :- {goal}.", ":- _goal." if negate else ":- not _goal.",
             f":- #count{{ C : _chg(C) }} > {max_changes}.", "#minimize { 1,C : _chg(C) }.",
             "#show _chg/1. #show present/2. #show proxy/3. #show vote/4. #show convened_on/2.",
             "#show _wd_pick/3. #show _wd_new/2. #show declared_nature/1. #show sector/2."]
    for i, ex in enumerate(excluded):
        chg = [s for s in ex if s.name == "_chg"]
        if chg:
            rules.append(":- " + ", ".join(f"_chg({s.arguments[0]})" for s in chg) + ".")
    ctl.add("base", [], "\n".join(rules))
    _ground(ctl)
    if grounded is not None:
        grounded()
    found: list[tuple[int, frozenset]] = []

    def on_model(m):
        if m.optimality_proven:
            found.append((m.cost[0] if m.cost else 0, frozenset(m.symbols(shown=True))))

    with ctl.solve(on_model=on_model, async_=True) as handle:
        finished = handle.wait(max(0.0, deadline - time.monotonic()))
        if not finished:
            handle.cancel()
        handle.get()
    return found, finished


def _best(found, finished):
    if not found:
        return [], not finished
    best = min(c for c, _ in found)
    seen, out = set(), []
    for c, syms in found:  # each optimal model once: the same atoms changed to other values are other options
        if c == best and syms not in seen:  # (a notice removed, or moved to 1 July: both one change)
            seen.add(syms)
            out.append(syms)
    return out, not finished


def _solve_forked(result, base, goal, negate, max_changes, deadline, excluded):
    """_ground_and_solve in a forked copy (see _solve): it writes b"G" once ground, then its answer
    (pickled: ("ok", [(cost, [symbol text])], finished) or ("error", kind, message)) and ends."""
    import pickle
    import select
    import signal

    import clingo

    from . import calendar_functions  # noqa: F401  (loaded here: the copy imports nothing)

    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the copy: never returns
        status, said = 1, []

        def grounded():
            said.append(os.write(write_end, b"G"))

        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's, which ends this copy
            _end_with_parent(parent)
            _cap_memory()
            found, finished = _ground_and_solve(result, base, goal, negate, max_changes, deadline, excluded,
                                                grounded=grounded)
            answer = ("ok", [(c, [str(s) for s in syms]) for c, syms in found], finished)
            status = 0
        except MemoryError as exc:
            answer = ("error", "memory", str(exc))
        except BaseException as exc:  # noqa: BLE001  (told to the caller, which raises it)
            text = f"{type(exc).__name__}: {exc}"
            answer = ("error", "memory" if "bad_alloc" in text else "failure", text)
        try:
            data = (b"" if said else b"G") + pickle.dumps(answer)  # the answer always follows the b"G"
            view = memoryview(data)
            while view:
                view = view[os.write(write_end, view):]
        finally:
            os._exit(status)  # nothing of the caller's (its files, its exit handlers) is run here
    os.close(write_end)
    chunks, grounded, ended = [], False, False
    try:
        while True:
            limit = deadline + (GRACE if grounded else 0.0)
            wait = limit - time.monotonic()
            if wait <= 0:
                break
            ready, _, _ = select.select([read_end], [], [], wait)
            if not ready:
                continue
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                ended = True
                break
            if not grounded:
                grounded, chunk = True, chunk[1:]
            chunks.append(chunk)
    finally:
        os.close(read_end)
        if not ended:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
    if not ended:  # not ground, or not answered, in time: nothing proven
        return [], True
    try:
        answer = pickle.loads(b"".join(chunks))
    except Exception:  # the copy died before saying anything
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) != signal.SIGKILL:  # a crash: ours
            raise RuntimeError(f"what-would's search ended by signal {os.WTERMSIG(status)}") from None
        raise SearchStopped("memory") from None  # killed: by the system, out of memory
    if answer[0] == "error":
        if answer[1] == "memory":
            raise SearchStopped("memory")
        raise RuntimeError(f"what-would's search failed: {answer[2]}")
    _, found, finished = answer
    return _best([(c, frozenset(clingo.parse_term(t) for t in syms)) for c, syms in found], finished)


def _end_with_parent(parent: int) -> None:
    """The copy ends when `parent`, the process that forked it, ends, however it ends (SIGKILL, a
    time limit): Linux's PR_SET_PDEATHSIG. Elsewhere the copy ends at the deadline, killed by its
    parent, or on its own when its solve stops there."""
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return
    prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it ended before the call: end now
        os._exit(1)


def _cap_memory() -> None:
    """Lower the copy's address space to MEMORY_SHARE of the machine's memory (never raise a limit)."""
    try:
        import resource

        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ImportError, ValueError, OSError, AttributeError):
        return
    cap = int(total * MEMORY_SHARE)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY and soft <= cap:
        return
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        pass


def _changes(model: frozenset, orig: dict, result) -> list:
    """The chosen atoms of a model, as whatif changes against the file."""
    chg = sorted((s.arguments[0] for s in model if s.name == "_chg"), key=str)
    by = {}
    for s in model:
        by.setdefault(s.name, []).append(s)
    out = []
    for c in chg:
        a = c.arguments
        if c.name == "present":
            A, M = a[0].name, a[1].name
            now = any(s.arguments[0] == a[0] and s.arguments[1] == a[1] for s in by.get("present", []))
            out.append(Change("present" if now else "absent", (A, M)))
        elif c.name == "proxy":
            h = next((s.arguments[2].name for s in by.get("proxy", [])
                      if s.arguments[0] == a[0] and s.arguments[1] == a[1]), None)
            out.append(Change("proxy", (a[0].name, a[1].name, h)) if h else Change("no_proxy", (a[0].name, a[1].name)))
        elif c.name == "vote":
            v = next((s.arguments[3].name for s in by.get("vote", [])
                      if tuple(s.arguments[:3]) == tuple(a)), None)
            out.append(Change("vote", (a[0].name, a[1].name, a[2].name, v)))
        elif c.name == "convened_on":
            day = next(s.arguments[1] for s in by.get("convened_on", []) if s.arguments[0] == a[0])
            out.append(Change("convened_on", (a[0].name, _date(day))))
        elif c.name == "withdrawal":  # one notice of the file, the one of date a[1]
            day = next((s.arguments[2] for s in by.get("_wd_pick", []) if tuple(s.arguments[:2]) == tuple(a)), None)
            out.append(Change("withdrawal", (a[0].name, _date(day), _date(a[1]))) if day
                       else Change("no_withdrawal", (a[0].name, _date(a[1]))))
        elif c.name == "new_withdrawal":  # a notice the file does not have, added
            day = next(s.arguments[1] for s in by.get("_wd_new", []) if s.arguments[0] == a[0])
            out.append(Change("withdrawal", (a[0].name, _date(day))))
        elif c.name == "sector":
            sec = next(s.arguments[1].name for s in by.get("sector", []) if s.arguments[0] == a[0])
            out.append(Change("member", (a[0].name, "sector", sec)))
    if any(str(c) == "declared_nature" for c in chg):
        dn = next((s.arguments[0].name for s in by.get("declared_nature", [])), None)
        out.append(Change("declared_nature", (dn,)))
    return out


def _date(sym) -> date:
    return date(*(x.number for x in sym.arguments))
