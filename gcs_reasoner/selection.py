"""Which rules of the law can apply to a file: only those are grounded.

Grounding the whole law costs clingo about 90 ms per file, whatever the file,
while a small file uses about a quarter of the rules: the others need an atom
the file never has (no exclusion, no assembly after 2010, no text of 2017 in
force on any of its dates). A rule whose body has a positive literal with no
atom derives nothing, so leaving it out changes no conclusion; the model is
the same (the program is stratified: it has one answer set, and every rule
left out has a body false in it).

The selection is a guess, then a check:

- the guess (`guess`) starts from the features of the file's facts (each
  fact's predicate, and the constant it holds at each place where some rule's
  body writes a constant: `deliberation(A, Dl, dissolution)` needs a
  deliberation on a dissolution, not any deliberation) and adds each rule whose
  positive body literals all have their features reached, and whose version
  guards (`in_force("R6133-5", "2010-07-26", D)`,
  `in_force_id("R6133-7@2010-07-26.II", D)`) name a text in force on a date of
  the file, on the day after one, or on the first or last day of one of its
  years. A rule kept reaches its head's predicate, and at each place a rule
  reads a constant at, the constant its head writes there, or every constant
  read there if its head writes a variable (so the guess over-approximates:
  each place is judged apart from the others);
- the check (`missed`) is made on what clingo grounded: a rule left out whose
  every positive body literal has an atom, holding the constants the literal
  writes, with the versions its guards name, could have applied; it is added
  and the file is ground again (reasoning.py), until no rule is missed. The check reads clingo's atoms, not this module's
  guess of the dates: the guess only decides how fast, never what is concluded.

A file of a kind already seen starts from the rules that applied to it
instead of the guess (selection_memory.py); the check is the same.
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


def arguments(atom: str) -> list[str]:
    """The texts of a fact's arguments, `name(a, "b,c", f(d, e))` -> ["a", '"b,c"', "f(d, e)"]."""
    _, paren, rest = atom.partition("(")
    if not paren:
        return []
    rest = rest[:-1]
    if '"' not in rest and "(" not in rest:
        return [x.strip() for x in rest.split(",")]
    out, start, depth, quoted, escaped = [], 0, 0, False, False
    for k, ch in enumerate(rest):
        if quoted:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(rest[start:k].strip())
            start = k + 1
    out.append(rest[start:].strip())
    return out


class _Index:
    """For one program: the rules waiting on each feature of the facts (a predicate, or a constant at
    one place of a predicate), the versions guards name, and what each rule needs, in the forms
    `Present.allow` and `Present.has_value` read."""

    def __init__(self, program: Program):
        self.waiting: dict[tuple, list[int]] = {}
        self.count: list[int] = []  # the distinct features each rule's body needs
        self.guards: list[list[tuple[str, frozenset]]] = []  # ("texts"|"ids", {(i, constant)})
        self.body: list[tuple] = []  # Present.allow's form of each rule's body_needs
        self.values: list[tuple] = []  # (name, arity, place, constant) each rule's body writes
        forms: dict = {}
        for r in program.rules:
            body = []
            features: set = set()
            guards = []
            for name, arity, consts in r.body_needs:
                sig = (name, arity)
                features.add(sig)
                kind = _VERSION_GUARDS.get(sig)
                if kind is not None and consts:
                    guards.append((kind, frozenset((i, c) for i, c in consts)))
                    body.append(_form(sig, consts, forms))
                    continue
                body.append(forms.get(sig) or forms.setdefault(sig, (sig, None)))
                if kind is None:
                    features.update((name, arity, i, c) for i, c in consts)
            self.count.append(len(features))
            for f in features:
                self.waiting.setdefault(f, []).append(r.index)
            self.guards.append(guards)
            self.body.append(tuple(body))
            self.values.append(tuple(sorted(f for f in features if len(f) == 4)))
        # the places some rule reads a constant at, and the constants read there
        self.places: dict[tuple, list[tuple]] = {}
        for f in self.waiting:
            if len(f) == 4:
                self.places.setdefault(f[:3], []).append(f)
        self.tested: dict[tuple, tuple] = {}  # predicate -> the places of it some rule reads a constant at
        for name, arity, i in self.places:
            self.tested[(name, arity)] = tuple(sorted(self.tested.get((name, arity), ()) + (i,)))
        # what a rule that applies makes reachable: its head's predicate, and at each place read, the
        # constant its head writes there, or any constant (a variable, a pooled head)
        self.heads = []
        for r in program.rules:
            sig = r.signature
            written = {i: c for i, c in r.head_consts}
            made = [sig]
            for i in self.tested.get(sig, ()):
                made.extend([(*sig, i, written[i])] if i in written else self.places[(*sig, i)])
            self.heads.append(tuple(made))
        # the provisions each rule's in_force_id guards name, negated ones too: `not in_force_id("Id", X)`
        # (a text not yet in force on X) read without Id's facts would hold on every date
        self.ids = [set(_GUARDED_ID.findall(r.text)) for r in program.rules]
        self.unconditional = [i for i, n in enumerate(self.count) if n == 0]
        self.kept: dict = {}  # guess's answers, by (features stated, versions in force)
        self.fact_features: dict[str, tuple] = {}  # a fact's text -> its features (`features`)
        self._handles: dict = {}

    def features(self, atom: str) -> tuple:
        """The features of a fact: its predicate, and the constant at each place a rule reads one at
        (as the fact writes it: a constant written otherwise than clingo prints it only makes the
        guess miss a rule, which `missed` adds)."""
        found = self.fact_features.get(atom)
        if found is None:
            if len(self.fact_features) > 100_000:
                self.fact_features.clear()
            sig = signature(atom)
            places = self.tested.get(sig)
            if places:
                args = arguments(atom)
                found = (sig, *((*sig, i, args[i]) for i in places))
            else:
                found = (sig,)
            self.fact_features[atom] = found
        return found

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


_GUARDED_ID = re.compile(r'in_force_id\("([^"\\]*)"')  # the provision a guard names, in a rule's text


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
    """The rules that can apply to `facts`, as far as the facts' predicates, the constants they
    hold where rules read one, and the facts' dates tell (a copy: the caller may change it)."""
    return set(kept_for(program, kind(program, facts)))


def kind(program: Program, facts) -> tuple:
    """What the guess depends on: the features the facts state, and the versions in force on
    their dates (files of one kind keep the same rules: a batch's files, a server's)."""
    index = _index(program)
    versions = _versions_in_force(_dates_that_may_matter(facts))
    reached: set = set()
    features = index.features
    for a, _ in facts.facts:
        reached.update(features(a))
    for a in facts.rounds:
        reached.update(features(a))
    return (frozenset(reached), versions["texts"], versions["ids"])


def kept_for(program: Program, key: tuple) -> frozenset:
    """The rules the guess keeps for files of the kind `key` (`kind`), worked out once per kind."""
    index = _index(program)
    kept = index.kept.get(key)
    if kept is None:
        if len(index.kept) > 1_000:
            index.kept.clear()
        kept = index.kept[key] = frozenset(_kept(index, {"texts": key[1], "ids": key[2]}, set(key[0])))
    return kept


def _kept(index: "_Index", versions: dict, reached: set) -> set[int]:
    """The rules reached from the features `reached`: a rule is kept once each feature its body
    needs is reached and its guards name versions in force; it makes its head's features reached.
    A feature reached by a head that writes a variable at a place is each constant read there."""
    left = list(index.count)
    kept: set[int] = set(index.unconditional)  # facts of the rules, rules without a positive body
    for i in kept:
        reached.update(index.heads[i])
    todo = list(reached)
    while todo:
        f = todo.pop()
        for i in index.waiting.get(f, ()):
            left[i] -= 1
            if left[i] == 0 and all(need <= versions[kind] for kind, need in index.guards[i]):
                kept.add(i)
                for h in index.heads[i]:
                    if h not in reached:
                        reached.add(h)
                        todo.append(h)
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

    def offset(self, sig: tuple[str, int]) -> int:
        """Where the arguments of `sig` begin in this ground program's atoms (a batch's: after the file number)."""
        return 0

    def has_value(self, feature: tuple) -> bool:
        """An atom of the predicate holds the constant at the place: `(name, arity, place, constant)`
        (`_Index.values`). The arguments at a place are read once, as clingo's integers (clingo_reps)."""
        values = self.__dict__.setdefault("_values", {})
        name, arity, place, constant = feature
        seen = values.get((name, arity, place))
        if seen is None:
            from .clingo_reps import argument_values

            sig = (name, arity)
            seen = values[(name, arity, place)] = argument_values(self.atoms, self.handle(sig), place + self.offset(sig))
        return _constant_rep(constant) in seen

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
    body, values, mentioned = index.body, index.values, present.handles()
    return {i for i, needs in enumerate(index.predicate_handles(present))
            if needs <= mentioned and i not in kept and present.allow(body[i])
            and all(present.has_value(f) for f in values[i])}


def applying(program: Program, present: Present, rules) -> set[int]:
    """The rules of `rules` whose every positive body literal has an atom in the ground program
    (`missed`'s test, on rules given to clingo): the others were ground to nothing."""
    index = _index(program)
    body, values, mentioned = index.body, index.values, present.handles()
    needs = index.predicate_handles(present)
    return {i for i in rules if needs[i] <= mentioned and present.allow(body[i])
            and all(present.has_value(f) for f in values[i])}


_CONSTANTS: dict[str, int] = {}  # a constant as the rules write it -> clingo's integer for it


def _constant_rep(constant: str) -> int:
    found = _CONSTANTS.get(constant)
    if found is None:
        import clingo

        found = _CONSTANTS[constant] = clingo.parse_term(constant)._rep
    return found
