"""Several files reasoned on in one clingo run: `reason_all`.

Grounding the law costs clingo a fixed time for each rule, whatever the file: the
dependencies between the rules, the instantiation of each. It is most of a small file's
solve (about 17 ms of a 3-member file's 20). Files reasoned on together share it. Each atom
of the rules gets the number of a file as its first argument (`member(M)` becomes
`member(Doc, M)`), but the inventory's facts, the same for every file (`LAW_FACTS`); each
file's facts are given with its number; one clingo run grounds and solves them all. Within
a rule every atom carries the rule's one `Doc` (a rule that has no other atom to bind it
reads it from `_doc(Doc)`, one fact per file), so no rule joins two files: the atoms of a
file's number are the model of its own run, and its derivation records are those of its own
run. The rules ground are those `selection.py` keeps for any of the files (for a file of a kind
already seen, those that applied to it: selection_memory.py): a rule kept for another file
applies to this one only where its own run would have kept it too.

The files whose conclusions are fed back to another round (an exclusion, an admission or a
change of rights in effect: reasoning.ROUNDS) go on together with their next round's facts,
as `reasoning._rounds` does for one. A file is reasoned on alone, as `reasoning.reason` does,
when it is left the only one of its round, or when the batch fails as a whole (clingo's errors
do not say which file they come from).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from . import selection, selection_memory
from .collector import paused
from .program import Program, load_program

DOC = "Doc__"  # the variable added to each atom of the rules (no rule names a variable so)
DOC_DOMAIN = "_doc"  # _doc(K): file K is in the batch
LAW_FACTS = frozenset({("text_period", 4), ("provision_text", 3), ("same_as", 2)})  # facts.py: the inventory's
# How many files a batch takes at most, and how many bytes of them (pool.in_batches). A batch costs a
# fixed time whatever its files (the rules selected for any of them added and ground: about 130 ms
# for 3 to 10-member files), then about 13 ms a file of that size: 40 of them leave a file 3 ms of
# the fixed time where 12 left it 11 (26.8 ms a file at 12, 16.2 at 40, 14.5 at 80: measured at
# stop 31, benchmarks/bench.py's generated files); results still come steadily (a batch of 40 small
# files is done in well under a second). A file of 300 members (60 KB) gains nothing from a
# batch, one of 100 (20 KB) a third of its solve, one of 30 (7 KB) half: BATCH_BYTES keeps the
# large ones apart.
BATCH_SIZE = 40
BATCH_BYTES = 128_000


class BatchError(Exception):
    """A batch's rules cannot be written with the file numbers (a form they do not handle)."""


# --- the rules, with the file's number ------------------------------------------------------
#
# The traced rules are written by clingo (RuleInfo.traced: one statement a line, body literals
# between `;`, an aggregate's conditions between `,`), and read here as tokens: a literal that is
# an atom gets `Doc__` as its first argument. tests/test_batching.py checks the result against the
# same change made on clingo's AST of every rule (which takes a second and a half for the law,
# where this takes a tenth of that).

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_\']*|\d+|:-|\.\.|!=|<=|>=|#\w+|\S')
_OPERATORS = frozenset({"=", "!=", "<", "<=", ">", ">="})
_AGGREGATES = frozenset({"#sum", "#count", "#min", "#max", "#sum+"})


def with_doc(text: str) -> str:
    """The statements of `text` (traced rules and their #show lines, as clingo writes them) with
    the file number on each atom, and `_doc(Doc__)` in each body that nothing else binds it in."""
    return "\n".join(_statement(line) for line in text.splitlines() if line.strip())


def _statement(line: str) -> str:
    tokens = _TOKEN.findall(line)
    if tokens[0] == "#show" and len(tokens) == 5 and tokens[2] == "/":  # #show name/arity.
        name, arity = tokens[1], int(tokens[3])
        return line if (name, arity) in LAW_FACTS else f"#show {name}/{arity + 1}."
    if tokens[0].startswith("#"):
        if tokens[0] == "#program":
            return line
        raise BatchError(f"a statement of this form: {line}")
    if tokens[-1] != ".":
        raise BatchError(f"a statement of this form: {line}")
    tokens = tokens[:-1]
    if ":-" in tokens:
        at = tokens.index(":-")
        head, body = tokens[:at], _split(tokens[at + 1:], ";")
    else:
        head, body = tokens, []
    out_head, _ = _literal(head)
    out_body, bound = [], False
    for lit in body:
        text, positive = _literal(lit)
        bound |= positive
        out_body.append(text)
    if not bound:
        out_body.append(f"{DOC_DOMAIN}({DOC})")
    return f"{out_head} :- {'; '.join(out_body)}."


def _split(tokens: list, sep: str) -> list:
    """`tokens` cut at `sep` outside brackets."""
    parts, cur, depth = [], [], 0
    for t in tokens:
        if t in ("(", "{"):
            depth += 1
        elif t in (")", "}"):
            depth -= 1
        if t == sep and depth == 0:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    return [p for p in parts if p]


def _literal(tokens: list) -> tuple[str, bool]:
    """(the literal with the file number on its atom, whether it is a positive atom that has it)."""
    signs = []
    while tokens and tokens[0] == "not":
        signs.append("not")
        tokens = tokens[1:]
    depth, aggregate, comparison, closed = 0, None, False, None
    for i, t in enumerate(tokens):
        if t in ("(", "{"):
            depth += 1
        elif t in (")", "}"):
            depth -= 1
            if depth == 0 and closed is None:
                closed = i
        elif depth == 0 and t in _AGGREGATES:
            aggregate = i
        elif depth == 0 and t in _OPERATORS:
            comparison = True
        elif depth == 0 and t in (":", "|"):  # a conditional literal, a disjunction: not in the rules
            raise BatchError(f"a literal of this form: {' '.join(tokens)}")
    prefix = " ".join(signs) + " " if signs else ""
    if aggregate is not None:
        if signs:
            raise BatchError(f"a negated aggregate: {' '.join(tokens)}")
        return _aggregate(tokens, aggregate), False
    if comparison:
        return prefix + _join(tokens), False
    name = tokens[0]
    if not (name[0].islower() or name[0] == "_") or \
            (len(tokens) > 1 and (tokens[1] != "(" or closed != len(tokens) - 1)):
        raise BatchError(f"a literal of this form: {' '.join(tokens)}")
    # the arguments; a pool (`committee_item(8;9;10)`) is several atoms, each gets the number
    pool = _split(tokens[2:-1], ";") if len(tokens) > 1 else []
    arities = {len(_split(arguments, ",")) for arguments in pool} or {0}
    if len(arities) > 1:
        raise BatchError(f"a pool of atoms of several arities: {' '.join(tokens)}")
    if (name, arities.pop()) in LAW_FACTS:
        return prefix + _join(tokens), False
    rest = "(" + ";".join(f"{DOC},{_join(arguments)}" for arguments in pool) + ")" if pool else f"({DOC})"
    return prefix + name + rest, not signs


def _aggregate(tokens: list, at: int) -> str:
    """`Guard op #fun { Terms: Conditions; ... } op Guard` with the file number on the conditions."""
    open_, close = at + 1, len(tokens) - 1 - tokens[::-1].index("}")
    if tokens[open_] != "{":
        raise BatchError(f"an aggregate of this form: {' '.join(tokens)}")
    elements = []
    for element in _split(tokens[open_ + 1:close], ";"):
        at_colon = _top_level(element, ":")
        if at_colon is None:
            elements.append(_join(element))
            continue
        conditions = [_literal(c)[0] for c in _split(element[at_colon + 1:], ",")]
        elements.append(f"{_join(element[:at_colon])}: {', '.join(conditions)}")
    return f"{_join(tokens[:open_])} {{ {'; '.join(elements)} }} {_join(tokens[close + 1:])}".strip()


def _top_level(tokens: list, wanted: str):
    depth = 0
    for i, t in enumerate(tokens):
        if t in ("(", "{"):
            depth += 1
        elif t in (")", "}"):
            depth -= 1
        elif t == wanted and depth == 0:
            return i
    return None


def _join(tokens: list) -> str:
    """Tokens written back: clingo reads them alike whatever the spaces, but around `not`."""
    out = []
    for t in tokens:
        if out and (t[0].isalnum() or t[0] in "_\"") and (out[-1][-1].isalnum() or out[-1][-1] in "_\""):
            out.append(" ")
        out.append(t)
    return "".join(out)


def program_text(program: Program, kept: set, traced: bool = True) -> str:
    """The rules of `kept` with the file number, traced (RuleInfo.traced, with their records shown)
    or plain: clingo parses them once per batch, a tenth of a small file's grounding shared by the
    batch; each rule's text is written once per program."""
    texts = program.__dict__.setdefault("_batch_texts", {})
    if not texts:
        if any(DOC in r.traced or f"{DOC_DOMAIN}(" in r.traced for r in program.rules):
            raise BatchError(f"a rule names {DOC} or {DOC_DOMAIN}, which batches keep for the file number")
        texts[-1] = with_doc(program.fixed + selection.PROJECTIONS)
    out = [texts[-1]]
    for i in sorted(kept):
        k = i if traced else (i, "plain")
        found = texts.get(k)
        if found is None:
            r = program.rules[i]
            found = texts[k] = with_doc(r.traced + "\n" + program.shows(i, traced=True) if traced else r.plain)
        out.append(found)
    return "\n".join(out) + "\n"


def warm_up(program: Program) -> None:
    """Every rule written with the file number (`program_text`), for a process that will serve
    many batches and fork workers for them (the warm server: server.py): about 80 ms for the
    whole law, which a folder's check otherwise spends, in each of its workers, before its first
    batch."""
    program_text(program, set(range(len(program.rules))), traced=True)


# --- the facts, with the file's number ------------------------------------------------------


def _numbered(k: int, text: str) -> str:
    """The facts of `facts_text`, each with the file number `k` first; the inventory's once."""
    out = [f"{DOC_DOMAIN}({k}).\n"]
    for line in text.splitlines():
        name, paren, rest = line.partition("(")
        if paren:
            out.append(f"{name}({k},{rest}\n")
        else:
            out.append(f"{line[:-1]}({k}).\n")
    return "".join(out)


def _law_fact(line: str) -> bool:
    """A line `name(...).` of `facts_text` that is one of the inventory's facts."""
    if line.partition("(")[0] not in _LAW_NAMES:
        return False
    found = _LAW_LINES.get(line)  # the same few hundred lines in every file: each read once
    if found is None:
        found = _LAW_LINES[line] = selection.signature(line.rstrip()[:-1]) in LAW_FACTS
    return found


_LAW_NAMES = frozenset(name for name, _ in LAW_FACTS)
_LAW_LINES: dict = {}  # a line of a name in _LAW_NAMES -> whether it is an inventory's fact (the inventory bounds it)


# --- one run for all ------------------------------------------------------------------------


def _remember(program: Program, present, kept: set, starts: list) -> None:
    """For each kind of file of the batch not known yet (or of a batch that missed rules): the rules
    that applied in the batch among those its guess keeps (a file of that kind alone needs no
    others but those the check adds, which are then remembered too)."""
    kinds = {kind for _, kind, known in starts if not known}
    if kinds:
        applied = selection.applying(program, present, kept)
        for kind in kinds:
            selection_memory.remember_rules(program, kind, applied & selection.kept_for(program, kind))


class _Present(selection.Present):
    """What the batch's ground program has, asked as one file's program would be: by the
    predicate's own arity, the projected guards without the file number."""

    def handle(self, sig):
        return super().handle(sig if sig in LAW_FACTS else (sig[0], sig[1] + 1))

    def offset(self, sig):
        return 0 if sig in LAW_FACTS else 1

    def projected(self):
        found = self.__dict__.get("_projected")
        if found is None:
            found = self.__dict__["_projected"] = {
                "_in_force_text(" + ",".join(str(x) for x in a.symbol.arguments[1:]) + ")"
                for a in self.atoms.by_signature("_in_force_text", 3)}
        return found


def _solve(program: Program, all_facts: list, traced: bool):
    """[(shown atoms, records, the conclusions to feed back) for each file]: the file's answer when
    those are the facts it was given for them (`Facts.rounds`), else the facts of its next round
    (reasoning._rounds)."""
    import clingo

    from .clingo_reps import argument_reps, model_reps, name_of, runs, symbol
    from .reasoning import ROUNDS, ReasoningError
    from .calendar_functions import Calendar
    from .records import Records

    # each file's kind starts from the rules that applied to it before, if known (selection_memory)
    starts = [selection_memory.start(program, facts) for facts in all_facts]
    kept: set = set().union(*(first for first, _, _ in starts))
    messages: list = []
    while True:
        ctl = clingo.Control(["--warn=none", "--single-shot"], logger=lambda code, msg: messages.append(msg),
                             message_limit=1000)
        ctl.add("base", [], program_text(program, kept, traced))
        law_done = False
        pieces = []
        for k, facts in enumerate(all_facts):
            text = selection.facts_text(program, facts, kept)
            own, law = [], []
            for line in text.splitlines(keepends=True):
                (law if _law_fact(line) else own).append(line)
            if not law_done:
                pieces.append("".join(law))
                law_done = True
            pieces.append(_numbered(k, "".join(own)))
        ctl.add("base", [], "".join(pieces))
        try:
            ctl.ground([("base", [])], context=Calendar())
        except RuntimeError:
            raise ReasoningError("grounding failed: " + "; ".join(messages)) from None
        present = _Present(ctl.symbolic_atoms)
        more = selection.missed(program, present, kept)
        if not more:
            break
        kept |= more
        starts = [(first, kind, False) for first, kind, _ in starts]
    _remember(program, present, kept, starts)
    watch = [a.symbol for name, arity in ROUNDS for a in ctl.symbolic_atoms.by_signature(name, arity + 1)]
    models: list = []
    derived: list = [{} for _ in all_facts]  # each file's conclusions to feed back, as reasoning._rounds writes them

    def on_model(m):
        models.append(model_reps(m))
        for w in watch:
            if m.contains(w):
                k, args = w.arguments[0].number, w.arguments[1:]
                fed = ROUNDS[(w.name, len(args))]
                derived[k][f"{fed}({','.join(str(a) for a in args)})"] = str(clingo.Function(w.name, args))

    ret = ctl.solve(on_model=on_model)
    if not ret.satisfiable or len(models) != 1:
        raise ReasoningError("the law program has no single answer for this batch")
    del ctl
    number = {clingo.Number(k)._rep: k for k in range(len(all_facts))}
    names = program.record_names_bytes
    shown: list = [[] for _ in all_facts]
    records: list = [Records() for _ in all_facts]
    for start, end, _ in runs(models[0]):  # the atoms of one predicate at a time (clingo_reps.runs)
        name = name_of(models[0][start])
        found = names.get(name)
        if found is not None:  # a rule's records
            if traced:
                lists: dict = {}  # file number -> the list of its records of that rule
                for r in models[0][start:end]:
                    k = number[argument_reps(r)[0]]
                    target = lists.get(k)
                    if target is None:
                        target = lists[k] = records[k].lists(found[0])[1 if found[1] else 0]
                    target.append(r)
            continue
        name = name.decode()
        for r in models[0][start:end]:
            a = argument_reps(r)
            shown[number[a[0]]].append(clingo.Function(name, [symbol(x) for x in a[1:]]))
    return [(shown[k], records[k] if traced else None, derived[k]) for k in range(len(all_facts))]


def reason_all(scenarios: list, as_of: Optional[date] = None, explain: bool = False,
               program: Optional[Program] = None) -> list:
    """The Result of each scenario (as `reasoning.reason` gives it), in order: the files reasoned
    on together, BATCH_SIZE and BATCH_BYTES of them at most at a time (a large file alone, as
    pool.in_batches makes them); an exception in place of the result of a file that fails."""
    program = program or load_program()
    out: list = []
    for batch in cut(scenarios, _text_size):
        out.extend(_reason_batch(batch, as_of, explain, program))
    return out


def cut(items: list, weight, size: Optional[int] = None) -> list:
    """The items in order, cut into batches of `size` (BATCH_SIZE) at most and BATCH_BYTES of
    `weight(item)` at most (an item heavier than that alone): `reason_all`'s scenarios, the pool's
    files (pool.in_batches)."""
    size = size or BATCH_SIZE
    batches: list = []
    bytes_in = 0
    for item in items:
        w = weight(item)
        if not batches or len(batches[-1]) >= size or bytes_in + w > BATCH_BYTES:
            batches.append([])
            bytes_in = 0
        batches[-1].append(item)
        bytes_in += w
    return batches


def _text_size(scenario) -> int:
    text = getattr(scenario, "text", None)
    return len(text.encode("utf-8")) if text else 0


def reason_on_dates(scenario, dates, program: Optional[Program] = None, progress=None,
                    explain: bool = False) -> dict:
    """{date: the Result of `scenario` on that date, as `reasoning.reason(scenario, as_of=date)` gives
    it}: the dates reasoned on together, BATCH_SIZE at a time, as files are (a timeline's hundreds of
    dates: the grounding of the rules shared). `progress(done, total, date)` is told of each date before
    its batch;
    `explain`: with the derivation records (as `reason(..., explain=True)`). An exception in place of
    the result of a date that fails. A `progress` that is not a function: TypeError, when called."""
    from .periods import check_progress

    check_progress(progress)
    return dict(each_date(scenario, dates, program, progress, explain))


def each_date(scenario, dates, program: Optional[Program] = None, progress=None, explain: bool = False):
    """(date, its Result) of `reason_on_dates`, in the order of the dates, yielded a batch at a time: a
    caller that keeps only what it reads of each holds one batch of results at once."""
    program = program or load_program()
    dates = sorted(dates)
    # as many dates as files would be: BATCH_BYTES of the file's text at most (a large file's dates, one
    # at a time: together they gain little, and hold a ground program each)
    size = max(1, min(BATCH_SIZE, BATCH_BYTES // max(1, len(scenario.text.encode("utf-8")))))
    for start in range(0, len(dates), size):
        chunk = dates[start:start + size]
        if progress is not None:  # each date of the batch, before the batch
            for k, d in enumerate(chunk):
                progress(start + k, len(dates), d)
        yield from zip(chunk, _reason_items([(scenario, d) for d in chunk], explain, program))


def _reason_batch(scenarios: list, as_of, explain: bool, program: Program) -> list:
    return _reason_items([(s, as_of) for s in scenarios], explain, program)


def _reason_items(items: list, explain: bool, program: Program) -> list:
    """The Result of each (scenario, date asked or None), in order, reasoned on together."""
    from . import reasoning
    from .result import Result

    scenarios = [s for s, _ in items]

    def alone(i):
        try:
            return reasoning.reason(items[i][0], as_of=items[i][1], explain=explain, program=program)
        except Exception as exc:  # the file's failure, in its place
            return exc

    if len(items) < 2:
        return [alone(i) for i in range(len(items))]
    out: list = [None] * len(items)
    with paused():
        together = []  # (position, facts, (source, file_as_of))
        for i, (s, as_of) in enumerate(items):
            try:
                when, source, file_as_of = reasoning.choose_as_of(s, as_of)
                together.append((i, reasoning._facts_on(s, when, source, file_as_of), (source, file_as_of)))
            except Exception as exc:  # this file's, in its place; the others go on
                out[i] = exc
        # rounds, as reasoning._rounds: the files whose conclusions fed back changed go on together
        # with their next round's facts, until each agrees (a file left alone, or past its bound of
        # rounds, is reasoned on by itself, which says what fails)
        rounds = {i: 0 for i, _, _ in together}
        while together:
            try:
                solved = _solve(program, [facts for _, facts, _ in together], explain) if len(together) > 1 else None
            except Exception:  # the batch as a whole: each file on its own says what fails
                solved = None
            again = []
            for n, (i, facts, (source, file_as_of)) in enumerate(together):
                found = solved[n] if solved is not None else None
                if found is None:
                    out[i] = alone(i)
                    continue
                shown, records, derived = found
                if derived != facts.rounds:
                    rounds[i] += 1
                    if rounds[i] < reasoning.round_limit(facts):
                        again.append((i, facts.with_round(derived), (source, file_as_of)))
                    else:
                        out[i] = alone(i)
                    continue
                try:
                    result = Result(scenarios[i], facts, program, shown, traced=explain, records=records,
                                    record_offset=1)
                except Exception as exc:
                    out[i] = exc
                    continue
                result.as_of_source, result.file_as_of = source, file_as_of
                out[i] = result
            together = again
    return out
