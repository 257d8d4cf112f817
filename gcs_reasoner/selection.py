"""Which rules of the law can apply to a file: only those are grounded.

Grounding the whole law costs clingo about 90 ms per file, whatever the file,
while a small file uses about a quarter of the rules: the others need an atom
the file never has (no exclusion, no assembly after 2010, no text of 2017 in
force on any of its dates). A rule whose body has a positive literal with no
atom derives nothing, so leaving it out changes no conclusion; the model is
the same (the program is stratified: it has one answer set, and every rule
left out has a body false in it).

The selection is a guess, then a check:

- the guess (`guess`) starts from the predicates of the file's facts and adds
  each rule whose positive body literals all have a predicate already reached,
  and whose version guards (`in_force("R6133-5", "2010-07-26", D)`,
  `in_force_id("R6133-7@2010-07-26.II", D)`) name a text in force on a date of
  the file, on the day after one, or on the first or last day of one of its
  years;
- the check (`missed`) is made on what clingo grounded: a rule left out whose
  every positive body literal has an atom, with the versions its guards name,
  could have applied; it is added and the file is ground again (reasoning.py),
  until no rule is missed. The check reads clingo's atoms, not this module's
  guess of the dates: the guess only decides how fast, never what is concluded.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .program import Program

_VERSION_GUARDS = {("in_force", 3): "texts", ("in_force_id", 2): "ids"}


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_INNER = re.compile(r"\([^()]*\)")


def signature(atom: str) -> tuple[str, int]:
    """(name, arity) of a fact's text, `name(a, "b,c", f(d, e))` -> ("name", 3)."""
    head, paren, rest = atom.partition("(")
    if not paren:
        return head, 0
    if '"' in rest:
        rest = _STRING.sub("", rest)
    rest = rest[:-1]  # the closing parenthesis of the atom
    while "(" in rest:  # the inner terms' own commas do not count
        rest = _INNER.sub("", rest)
    return head, rest.count(",") + 1


_KNOWN: dict[str, tuple[str, int]] = {}  # fact text -> signature: the inventory's facts recur in every file


def _signatures(atoms: list[str]) -> set[tuple[str, int]]:
    if len(_KNOWN) > 100_000:
        _KNOWN.clear()
    out = set()
    for a in atoms:
        sig = _KNOWN.get(a)
        if sig is None:
            sig = _KNOWN[a] = signature(a)
        out.add(sig)
    return out


class _Index:
    """For one program: the rules waiting on each predicate, the versions guards name, and what
    each rule needs, in the form `Present.allow` reads."""

    def __init__(self, program: Program):
        self.waiting: dict[tuple[str, int], list[int]] = {}
        self.count: list[int] = []  # the distinct body predicates of each rule
        self.guards: list[list[tuple[str, frozenset]]] = []  # ("texts"|"ids", {(i, constant)})
        self.body: list[tuple] = []  # Present.allow's form of each rule's body_needs
        forms: dict = {}
        for r in program.rules:
            body = []
            sigs = set()
            guards = []
            for name, arity, consts in r.body_needs:
                sig = (name, arity)
                sigs.add(sig)
                if consts:
                    guards.append((_VERSION_GUARDS[sig], frozenset((i, c) for i, c in consts)))
                    body.append(_form(sig, consts, forms))
                else:
                    body.append(forms.get(sig) or forms.setdefault(sig, (sig, None)))
            self.count.append(len(sigs))
            for sig in sigs:
                self.waiting.setdefault(sig, []).append(r.index)
            self.guards.append(guards)
            self.body.append(tuple(body))
        # the provisions each rule's in_force_id guards name
        self.ids = [{_unquote(c[0][1]) for name, arity, c in r.body_needs if name == "in_force_id" and c}
                    for r in program.rules]
        self.heads = [r.signature for r in program.rules]
        self.unconditional = [i for i, n in enumerate(self.count) if n == 0]
        self.kept: dict = {}  # guess's answers, by (predicates stated, versions in force)
        self._handles: dict = {}

    def predicate_handles(self, present: "Present") -> list[frozenset]:
        """The predicates each rule's body needs an atom of, as clingo's integers, as `present`'s ground
        program writes them (`Present.handle`: a batch's with the file number first): `missed`'s one
        set test per rule, made once per kind of Present."""
        kind = type(present)
        found = self._handles.get(kind)
        if found is None:
            found = self._handles[kind] = [frozenset(present.handle(sig) for sig, _ in needs if sig is not None)
                                           for needs in self.body]
        return found


# What a version guard asks, projected on its constants (given to clingo with the rules): an atom
# _in_force_text("R6133-5", "2010-07-26") exists when in_force("R6133-5", "2010-07-26", D) does
# for some D, so a guard is checked by looking one atom up, not by reading every in_force atom.
PROJECTIONS = """
_in_force_text(A, V) :- in_force(A, V, _).
"""


def statements(program: Program, traced: bool) -> Optional[dict]:
    """The rules' statements parsed once into clingo ASTs, if `parse_statements` made them: {rule
    index: its statements (RuleInfo.traced, or plain, as in `program_text`), -1: what the program
    has besides its rules and the projections}. A process that reasons on many files (the warm
    server, the pool's workers) gives them to clingo instead of the text `program_text` writes,
    which clingo would parse again for each file."""
    return program.__dict__.get(_STATEMENTS[traced])


_STATEMENTS = {True: "_traced_statements", False: "_plain_statements"}


def parse_statements(program: Program, traced: bool = True) -> dict:
    """Make `statements(program, traced)` (about 20 ms for the whole law)."""
    from .program import kept_asts

    def build():
        import clingo.ast as ast

        out = {}
        # each rule's text parses as `#program base.` and its statements: the part said once, by the
        # statements of -1, which clingo is given first (a tenth of the statements given per file)
        directive = ast.ASTType.Program

        def add(statement):
            if statement.ast_type != directive:
                found.append(statement)

        for r in program.rules:
            found: list = []
            ast.parse_string(r.traced + "\n" + program.shows(r.index, traced=True) if traced else r.plain, add)
            out[r.index] = found
        found = []
        ast.parse_string(program.fixed + PROJECTIONS, found.append)
        out[-1] = found
        return out

    return kept_asts(program, _STATEMENTS[traced], build)


def program_text(program: Program, kept: set[int], traced: bool = False) -> str:
    """The rules of `kept` as clingo reads them, with what the law program has besides its rules
    and the guards' projections; `traced`: each rule with its derivation records, shown
    (RuleInfo.traced)."""
    rules = program.rules
    if not traced:
        return program.fixed + PROJECTIONS + "\n".join([rules[i].plain for i in sorted(kept)])
    return program.fixed + PROJECTIONS + "\n".join(rules[i].traced + "\n" + program.shows(i, traced=True) for i in sorted(kept))


def _form(sig: tuple[str, int], consts: list, forms: dict) -> tuple:
    """(sig or None, projected atoms one of which must exist, or None) of one need.
    in_force("A", "V", D): the atom _in_force_text("A", "V"). in_force_id("Id", D): one of the texts
    that make it hold (`id_texts`), and no look at in_force_id's own atoms: only those of the
    provisions the rules kept ask about are derived (`facts_text`). Another guard (none so far):
    its predicate only, which can only keep more rules."""
    k = (sig, *(x for pair in consts for x in pair))
    found = forms.get(k)
    if found is None:
        positions = tuple(i for i, _ in consts)
        if sig == ("in_force", 3) and positions == (0, 1):
            found = (sig, frozenset({f"_in_force_text({consts[0][1]},{consts[1][1]})"}))
        elif sig == ("in_force_id", 2) and positions == (0,):
            found = (None, id_texts().get(_unquote(consts[0][1]), frozenset()))
        else:
            found = (sig, None)
        forms[k] = found
    return found


@lru_cache(maxsize=1)
def _repeats() -> tuple[dict, dict]:
    """({provision: its text's projected atom}, {provision: itself and every provision whose
    in_force_id leads to it}), read from the facts rules/time/in_force.lp joins: provision_text,
    and same_as(Later, Earlier) followed from one repeat to the next."""
    from .facts import provision_facts

    own, later = {}, {}
    for pid, facts in provision_facts().items():
        for fact, _ in facts:
            args = _strings(fact)
            if fact.startswith("provision_text("):
                own[pid] = f'_in_force_text("{args[1]}","{args[2]}")'
            else:  # same_as(Later, Earlier)
                later.setdefault(args[1], set()).add(args[0])
    leads_to = {}
    for pid in set(own) | set(later):
        seen, stack = set(), [pid]
        while stack:
            p = stack.pop()
            if p not in seen:
                seen.add(p)
                stack.extend(later.get(p, ()))
        leads_to[pid] = frozenset(seen)
    return own, leads_to


@lru_cache(maxsize=1)
def id_texts() -> dict[str, frozenset]:
    """Provision id -> the projected atoms (_in_force_text("A", "V")) of the texts whose being in
    force makes in_force_id(Id, D) hold: the provision's own text and those of the later
    provisions that repeat it (`_repeats`)."""
    own, leads_to = _repeats()
    return {pid: frozenset(own[p] for p in ps if p in own) for pid, ps in leads_to.items()}


def _strings(fact: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', fact)]


def needed_provisions(program: Program, kept: set[int]) -> set[str]:
    """The provisions whose in_force_id atoms the rules of `kept` may read: those their guards
    name, and the later provisions that repeat one of them (their in_force_id leads to it)."""
    index = _index(program)
    named = set()
    for i in kept:
        named.update(index.ids[i])
    leads_to = _repeats()[1]
    return set().union(*(leads_to.get(p, {p}) for p in named)) if named else set()


def facts_text(program: Program, facts, kept: set[int]) -> str:
    """The file's facts as clingo reads them, but the provision_text/same_as facts of the
    provisions no rule of `kept` asks about (in_force.lp would derive in_force_id atoms for each
    of them on each date, read by no rule that can apply)."""
    from .facts import provision_facts

    needed = needed_provisions(program, kept)
    drop = {f for pid, fs in provision_facts().items() if pid not in needed for f, _ in fs}
    return "".join(f"{a}.\n" for a, _ in facts.facts if a not in drop) + "".join(f"{a}.\n" for a in facts.rounds)


def _unquote(constant: str) -> str:
    """The text of a clingo string constant as the rules write it (`"R6133-5@2006-01-01.2"`)."""
    if "\\" not in constant:
        return constant[1:-1]
    import clingo

    return clingo.parse_term(constant).string


def _index(program: Program) -> _Index:
    """Built once per program (kept on it, as its sentences are)."""
    index = program.__dict__.get("_selection")
    if index is None:
        index = program.__dict__["_selection"] = _Index(program)
    return index


def _dates_that_may_matter(facts) -> set[date]:
    """The file's dates, the day after each, and the first and last day of each of its years and
    of the year after: the dates the rules most often judge on (rules/time/in_force.lp, law_date)."""
    dates = set(facts.dates)
    if facts.as_of is not None:
        dates.add(facts.as_of)
    out = set(dates)
    for d in dates:
        out.add(d + timedelta(days=1))
    years = {d.year for d in dates}
    for y in years | {y + 1 for y in years}:
        if 1 <= y < 9999:
            out.add(date(y, 1, 1))
            out.add(date(y, 12, 31))
    return out


def _versions_in_force(dates: set[date]) -> dict[str, set]:
    """{"texts": {(0, '"A"'), (1, '"V"')...}, "ids": {(0, '"Id"')...}}: the constants of the
    version guards that hold on one of `dates` (in_force/3: article and version; in_force_id/2:
    a provision whose text, or the text of a later provision that repeats it, is in force:
    `id_texts`)."""
    from bisect import bisect_left

    from . import law

    days = sorted(dates)
    on = []
    for v in law.text_versions():
        i = bisect_left(days, v.from_)  # the first of the dates on or after its first day
        if i < len(days) and days[i] < (v.until or _END):
            on.append(v)
    k = tuple((v.article, v.version) for v in on)
    found = _IN_FORCE.get(k)
    if found is None:  # (files of one period have the same versions in force: worked out once for them)
        if len(_IN_FORCE) > 1_000:
            _IN_FORCE.clear()
        texts: set = set()
        names: set = set()
        for article, version in k:
            texts.add((0, f'"{article}"'))
            texts.add((1, f'"{version}"'))
            names.add(f'_in_force_text("{article}","{version}")')
        ids = {(0, f'"{pid}"') for pid, needs in id_texts().items() if not needs.isdisjoint(names)}
        found = _IN_FORCE[k] = {"texts": frozenset(texts), "ids": frozenset(ids)}
    return found


_END = date(9999, 12, 31)
_IN_FORCE: dict = {}  # _versions_in_force's answers, by the versions in force on one of the dates


def guess(program: Program, facts) -> set[int]:
    """The rules that can apply to `facts`, as far as the facts' predicates and dates tell (a copy:
    the caller may change it)."""
    index = _index(program)
    versions = _versions_in_force(_dates_that_may_matter(facts))
    reached = _signatures([a for a, _ in facts.facts] + list(facts.rounds))
    # files of one kind state the same predicates on dates under the same texts: the rules kept
    # depend on nothing else, and are worked out once for them (a batch's files, a server's)
    k = (frozenset(reached), versions["texts"], versions["ids"])
    kept = index.kept.get(k)
    if kept is None:
        if len(index.kept) > 1_000:
            index.kept.clear()
        kept = index.kept[k] = frozenset(_kept(index, versions, reached))
    return set(kept)


def _kept(index: "_Index", versions: dict, reached: set) -> set[int]:
    left = list(index.count)
    kept: set[int] = set(index.unconditional)  # facts of the rules, rules without a positive body
    reached.update(index.heads[i] for i in kept)
    todo = list(reached)
    while todo:
        sig = todo.pop()
        for i in index.waiting.get(sig, ()):
            left[i] -= 1
            if left[i] == 0 and all(need <= versions[kind] for kind, need in index.guards[i]):
                kept.add(i)
                head = index.heads[i]
                if head not in reached:
                    reached.add(head)
                    todo.append(head)
    return kept


class Present:
    """What clingo's ground program has (its symbolic atoms), asked by predicate."""

    def __init__(self, atoms):
        self.atoms = atoms
        self._has: dict = {}

    def has(self, sig: tuple[str, int]) -> bool:
        found = self._has.get(sig)
        if found is None:
            from .clingo_reps import has_atoms

            handle = self.handle(sig)
            found = self._has[sig] = handle in self.handles() and has_atoms(self.atoms, handle)
        return found

    def handle(self, sig: tuple[str, int]) -> int:
        """The integer clingo represents the predicate `sig` by in this ground program (clingo_reps)."""
        from .clingo_reps import signature_handle

        return signature_handle(*sig)

    def handles(self) -> set[int]:
        """The predicates the ground program mentions, as clingo's integers (clingo_reps): read once."""
        found = self.__dict__.get("_handles")
        if found is None:
            from .clingo_reps import signature_handles

            found = self.__dict__["_handles"] = signature_handles(self.atoms)
        return found

    def projected(self) -> set[str]:
        """The texts of the projected guard atoms (PROJECTIONS): a few dozen, read once."""
        found = self.__dict__.get("_projected")
        if found is None:
            found = self.__dict__["_projected"] = {
                str(a.symbol) for a in self.atoms.by_signature("_in_force_text", 2)}
        return found

    def allow(self, needs) -> bool:
        """Each need (_Index's form) has an atom: its predicate, and one of the guard's projected
        atoms."""
        for sig, guards in needs:
            if sig is not None and not self.has(sig):
                return False
            if guards is not None and guards.isdisjoint(self.projected()):
                return False
        return True


def missed(program: Program, present: Present, kept: set[int]) -> set[int]:
    """The rules left out of `kept` that could have applied: each positive body literal has an
    atom in the ground program, with the versions its guards name. A rule one of whose predicates
    the ground program does not mention is passed over with one set test (most of them: looking
    each need up cost 2.5 ms a file)."""
    index = _index(program)
    body, mentioned = index.body, present.handles()
    return {i for i, needs in enumerate(index.predicate_handles(present))
            if needs <= mentioned and i not in kept and present.allow(body[i])}
