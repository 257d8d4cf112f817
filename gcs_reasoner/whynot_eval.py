"""The evaluation behind why-not (whynot.py's doc): each rule's body, in the order its variables
are bound (whynot_rules.py), and the deepest prefix of it that still holds, found by clingo; then
the rule's later conditions that fail too."""

from __future__ import annotations

import re
from typing import Optional

from .whynot import (MAX_BINDINGS, MAX_DEPTH, MAX_FURTHER, WORDS, Failure, QueryError, WhyNot, matches, parse_query,
                     quiet, query_text)
from .whynot_rules import (GUARDS, body_order, date_places, dated_events, left_out_facts, model_atoms, rule_asts,
                           variables_of)


# --- evaluation ------------------------------------------------------------------------


class Evaluator:
    def __init__(self, result, lang: str = "fr", depth: int = MAX_DEPTH):
        import clingo

        from .calendar_functions import Calendar

        self.result, self.lang, self.depth = result, lang, depth
        self.program = result.program
        self.atoms = model_atoms(result)
        self.by_sig: dict = {}
        for a in self.atoms:
            self.by_sig.setdefault((a.name, len(a.arguments)), []).append(a)
        self.heads: dict = {sig: [self.program.rules[i] for i in found]
                            for sig, found in self.program.rules_by_head.items()}
        self.ctl = clingo.Control(["--warn=none"])
        self.ctl.add("base", [], "".join(f"{a}.\n" for a in self.atoms))
        self.ctl.ground([("base", [])], context=Calendar())
        self.calendar = Calendar()
        self.parts = 0
        self.origins = result.facts.origins()
        self.seen: set = set()
        self.further = True  # the later conditions of a rule that fail too (_further); off below the depth shown

    def why_not(self, name: str, args: list, depth: int = 0) -> WhyNot:
        q = query_text(name, args)
        out = WhyNot(q, lang=self.lang)
        holding = [a for a in self.by_sig.get((name, len(args)), []) if matches(a, name, args)]
        out.holds = [_render(a) for a in holding]
        if out.holds and all(a is not None for a in args):
            return out
        rules = self.heads.get((name, len(args)), [])
        if not rules:
            w = WORDS[self.lang]
            out.note = w["no_rule"].format(p=name, n=len(args))
            law = (name, len(args)) in law_facts()  # the law's data (the versions, same_as), not the file's
            if holding:  # facts the file states (with `_`: which ones, and where)
                out.note += " — " + w["law_stated" if law else "stated"].format(
                    facts="; ".join(self._stated(a) for a in holding))
            elif law:
                out.note += " — " + w["law_input"]
            elif self._is_input(name, len(args)):
                out.note += " — " + w["input"]
            return out
        key = (name, tuple(args))
        if key in self.seen:
            out.note = "(voir plus haut)" if self.lang == "fr" else "(see above)"
            return out
        self.seen.add(key)
        for r in rules:
            f = self._rule(r, name, args, depth)
            if f is not None:
                out.failures.append(f)
        return out

    def _stated(self, sym) -> str:
        """A fact of the file with its place: `withdrawal(clinique_loire, 2007-09-03) (FILE, ligne 38)`."""
        o = self.origins.get(str(sym))
        if o is None:
            return _render(sym)
        return f"{_render(sym)} ({o.file}, {WORDS[self.lang]['line']} {o.line})"

    def _is_input(self, name, arity) -> bool:
        """A predicate the rules read but no rule derives: a fact of the file."""
        return re.search(rf"\b{re.escape(name)}\(", self.program.plain) is not None

    def _rule(self, info, name, args, depth, late: frozenset = frozenset()) -> Optional[Failure]:
        import clingo.ast as ast

        rule = rule_asts(self.program).get(info.index)
        if rule is None:
            return None
        unified = _unify_head(rule.head.atom.symbol, args)
        if unified is None:
            return None  # the head cannot be the atom asked: this rule concludes something else
        values, checks = unified
        binds = [f"{v} = {x}" for v, x in values.items()]
        bound = set(values)
        ordered = body_order(rule, set(bound))
        if late:  # version guards read last (_unasked_day): their text is in force that day, the day is not asked
            ordered = [x for x in ordered if str(x) not in late] + [x for x in ordered if str(x) in late]
        # The checks left (a head argument computed from body variables, `d(Y+1,1,1)`) go as soon
        # as the variables they need are bound, so that no instance but the one asked goes further.
        seq, cur, pending = [], set(bound), list(checks)

        def place():
            for c in [c for c in pending if c[1] <= cur]:
                seq.append((c[0], None))
                pending.remove(c)

        place()
        for lit in ordered:
            seq.append((str(lit), lit))
            cur = cur | _binds(lit, cur)
            place()
        seq.extend((c[0], None) for c in pending)
        literals = [t for t, _ in seq]
        kinds = [n for _, n in seq]
        part = f"q{self.parts}"
        self.parts += 1
        pred = f"_wn_{part}"
        levels = []  # variable names bound at each level
        text = []
        cur = set(bound)
        levels.append(sorted(cur))
        for k in range(len(literals) + 1):
            if k > 0:
                if kinds[k - 1] is not None:
                    cur = cur | _binds(kinds[k - 1], cur)
                levels.append(sorted(cur))
            vs = levels[k]
            term = f"v({','.join(vs)})" if vs else "v"
            body = ", ".join(binds + literals[:k]) or "#true"
            text.append(f"{pred}({k}, {term}) :- {body}.")
        try:
            self.ctl.add(part, [], "\n".join(text))
            self.ctl.ground([(part, [])], context=self.calendar)
        except RuntimeError as exc:
            return Failure(info, "", "", "error", {lang: f"cannot evaluate this rule: {exc}" for lang in WORDS})
        reached: dict[int, list] = {}
        for sa in self.ctl.symbolic_atoms.by_signature(pred, 2):
            k = sa.symbol.arguments[0].number
            t = sa.symbol.arguments[1]
            reached.setdefault(k, []).append(dict(zip(levels[k], t.arguments)))
        n = len(literals)
        # the instances at each level that do not go one step further
        fails_at = {}
        for k in range(n):
            nxt = {tuple(b[v] for v in levels[k]) for b in reached.get(k + 1, [])}
            stuck = [b for b in reached.get(k, []) if tuple(b[v] for v in levels[k]) not in nxt]
            if stuck:
                fails_at[k] = stuck
        if not fails_at:
            return None  # every instance goes through: the rule draws the conclusion
        k = max(fails_at)
        stuck = fails_at[k][:MAX_BINDINGS]
        lit_node = kinds[k]
        lit_text = literals[k]
        b0 = stuck[0]
        if lit_text not in late and self._unasked_day(lit_node, b0):
            # a version guard that fails only because its day is not one the rules examine (no law_date), its
            # text being in force that day by the inventory: not the reason (the rules ask a day when the
            # rule's other conditions may hold: a year of the groupement's life...). The rule is read again
            # with that guard last: its other conditions that fail are the reason (review 41)
            again = self._rule(info, name, args, depth, late | {lit_text})
            if again is not None and again.literal not in late | {lit_text}:
                again.further = [x for x in again.further if x.literal not in late | {lit_text}]
                return again
        ground = _substitute(lit_node, b0) if lit_node is not None else _subst_text(lit_text, b0)
        ground = _readable(ground)
        f = Failure(info, lit_text, ground, "head", {}, bindings=[{v: _render(x) for v, x in b.items()} for b in stuck])
        f.quote, f.quoted = self._quote(info, rule, b0)
        # the positive atoms of the prefix, ground, with where they come from
        self._involve(f, kinds[:k], b0)
        self._say(f, lit_node, b0, depth)
        f.guard = _about_force(f, lit_node)
        if self.further and not f.guard:
            f.further = self._further(info, rule, seq, k, b0, depth)
        return f

    def _unasked_day(self, lit, binding: dict) -> bool:
        """Whether `lit`, a version guard (in_force(A, V, D), in_force_id(P, D), positive) ground by `binding`, fails
        only because its day D is not a day the rules examine (no law_date(D): rules/time/in_force.lp), its text
        being in force on D by the law's data the guard reads (text_period, provision_text, same_as)."""
        import clingo
        import clingo.ast as ast

        from .calendar_functions import calendar_date

        if lit is None or lit.sign != ast.Sign.NoSign or lit.atom.ast_type != ast.ASTType.SymbolicAtom \
                or lit.atom.symbol.ast_type != ast.ASTType.Function or lit.atom.symbol.name not in GUARDS \
                or variables_of(lit) - set(binding):
            return False
        sym = _sym(_substitute(lit, binding))
        if sym is None or not sym.arguments:
            return False
        day = sym.arguments[-1]
        when = calendar_date(day)
        if when is None or clingo.Function("law_date", [day]) in self.__dict__.setdefault(
                "_atom_set", set(self.atoms)):
            return False

        def period(a, v) -> bool:
            return any(x.arguments[0] == a and x.arguments[1] == v
                       and calendar_date(x.arguments[2]) is not None and calendar_date(x.arguments[3]) is not None
                       and calendar_date(x.arguments[2]) <= when < calendar_date(x.arguments[3])
                       for x in self.by_sig.get(("text_period", 4), []))

        def provision(p, seen) -> bool:  # in_force_id (in_force.lp): its version in force, or a later one repeating it
            if p in seen:
                return False
            seen.add(p)
            if any(x.arguments[0] == p and period(x.arguments[1], x.arguments[2])
                   for x in self.by_sig.get(("provision_text", 3), [])):
                return True
            return any(x.arguments[1] == p and provision(x.arguments[0], seen)
                       for x in self.by_sig.get(("same_as", 2), []))

        if sym.name == "in_force" and len(sym.arguments) == 3:
            return period(sym.arguments[0], sym.arguments[1])
        if sym.name == "in_force_id" and len(sym.arguments) == 2:
            return provision(sym.arguments[0], set())
        return False

    def _further(self, info, rule, seq: list, k: int, b0: dict, depth: int) -> list:
        """The conditions of the rule after the first that fails (`seq[k]`, for the values `b0` of its
        variables) that fail too, as if each condition found failing held: clingo grounds, for the
        values of b0, the prefixes of the conditions after it that can be judged
        (`_wn(K, Vars) :- X = x, ..., checked prefix.`), and the first that no instance passes is
        said as the first one is (_say), then left out in turn. A condition reading a variable whose
        value only a condition that fails (or one not checked) would give is said not checked; at
        most MAX_FURTHER failing conditions are said."""
        out: list = []
        fixed = [f"{v} = {x}" for v, x in b0.items()]
        bound = set(b0)
        # the variables whose value only a condition that fails (or one not checked) would give: by which
        lost = {v: seq[k][0] for v in _seq_binds(seq[k], bound) - bound}
        passed: list = []  # the literal texts after seq[k] that hold (for some instance)
        involved_from = []  # their nodes (the facts involved in a further failure)
        j = k + 1
        found = 0
        last = b0  # the values of the last instance read (an unchecked condition is written with them)
        while j < len(seq):
            if found >= MAX_FURTHER:
                out.append(Failure(info, "", "", "capped", {lang: WORDS[lang]["capped"].format(n=MAX_FURTHER)
                                                            for lang in WORDS}))
                break
            # the conditions from j on that can be judged, until one reads a variable that is lost
            cand, unchecked, adds, lost_here, cur = [], {}, {}, dict(lost), set(bound)
            for i in range(j, len(seq)):
                reads = _seq_vars(seq[i]) & set(lost_here)
                if reads:
                    unchecked[i] = {v: lost_here[v] for v in sorted(reads)}
                    adds[i] = {v: seq[i][0] for v in _seq_binds(seq[i], cur) - cur - set(lost_here)}
                    lost_here.update(adds[i])
                    continue
                cand.append(i)
                cur |= _seq_binds(seq[i], cur)
            if not cand:
                out.extend(self._unchecked(info, seq[i], unchecked[i], last) for i in sorted(unchecked))
                break
            part = f"q{self.parts}"
            self.parts += 1
            pred = f"_wn_{part}"
            levels, cur, text = [sorted(bound)], set(bound), []
            for m in range(len(cand) + 1):
                if m > 0:
                    cur = cur | _seq_binds(seq[cand[m - 1]], cur)
                    levels.append(sorted(cur))
                term = f"v({','.join(levels[m])})" if levels[m] else "v"
                body = ", ".join(fixed + passed + [seq[i][0] for i in cand[:m]]) or "#true"
                text.append(f"{pred}({m}, {term}) :- {body}.")
            try:
                self.ctl.add(part, [], "\n".join(text))
                self.ctl.ground([(part, [])], context=self.calendar)
            except RuntimeError:
                break  # (the first failure's evaluation went through: nothing more said of this rule)
            reached: dict = {}
            for sa in self.ctl.symbolic_atoms.by_signature(pred, 2):
                m = sa.symbol.arguments[0].number
                reached.setdefault(m, []).append(dict(zip(levels[m], sa.symbol.arguments[1].arguments)))
            m = next((m for m in range(len(cand)) if not reached.get(m + 1)), None)
            stop = cand[m] if m is not None else len(seq)
            for i in sorted(u for u in unchecked if u < stop):
                # written with the values of an instance that reached it (the conditions judged before it hold)
                level = sum(1 for c in cand if c < i)
                out.append(self._unchecked(info, seq[i], unchecked[i], (reached.get(level) or [last])[0]))
            if m is None:
                break  # every condition left that can be judged holds
            # the conditions before the failing one hold: kept in the prefix, their variables bound
            for i in cand[:m]:
                passed.append(seq[i][0])
                involved_from.append(seq[i][1])
                bound |= _seq_binds(seq[i], bound)
            for i in unchecked:
                if i < stop:
                    lost.update({v: by for v, by in adds[i].items() if v not in bound})
            i = cand[m]
            b = last = reached[m][0]
            lit_text, lit_node = seq[i]
            ground = _readable(_substitute(lit_node, b) if lit_node is not None else _subst_text(lit_text, b))
            f = Failure(info, lit_text, ground, "head", {},
                        bindings=[{v: _render(x) for v, x in y.items()} for y in reached[m][:MAX_BINDINGS]])
            self._involve(f, involved_from, b)
            self._say(f, lit_node, b, depth)
            out.append(f)
            found += 1
            for v in _seq_binds(seq[i], bound) - bound - set(lost):
                lost[v] = lit_text
            j = i + 1
        return out

    def _unchecked(self, info, entry, variables: dict, binding: dict) -> Failure:
        """A condition (`entry` of the sequence) that could not be checked: it reads `variables`, whose values
        only a condition that fails, or one not checked, would give ({variable: that condition}); written with
        `binding` for its other variables."""
        lit_text, lit_node = entry
        ground = _readable(_substitute(lit_node, binding) if lit_node is not None else _subst_text(lit_text, binding))
        by = ", ".join(dict.fromkeys(variables.values()))
        return Failure(info, lit_text, ground, "unchecked",
                       {lang: WORDS[lang]["unchecked"].format(c=ground, v=", ".join(variables), by=by)
                        for lang in WORDS}, needs=dict(variables))

    def _involve(self, f: Failure, nodes: list, binding: dict) -> None:
        """The positive atoms of `nodes` (conditions that hold), ground with `binding`, with where they come from."""
        import clingo.ast as ast

        for lit in nodes:
            if lit is not None and lit.atom.ast_type == ast.ASTType.SymbolicAtom and lit.sign == ast.Sign.NoSign:
                g = _substitute(lit, binding)
                sym = _sym(g)
                for s in ([sym] if sym is not None else self._find(g)):
                    f.involved.append((_render(s), self._source(s)))

    def _quote(self, info, rule, binding: dict) -> tuple:
        """(The rule's quote in the words of the version in force on the date that matters: the date its
        version guards read, where the failing bindings give it, else the as-of date (explain's choice of
        the version applied, versions.applied_citation); the provision whose text holds it, "" for the
        rule's first)."""
        import clingo.ast as ast

        from .calendar_functions import calendar_date
        from .versions import applied_citation, applied_provisions, text_of

        if len(info.provisions) < 2 or not info.quote:
            return info.quote, ""
        when = None
        for lit in rule.body:
            atom = lit.atom
            if atom.ast_type == ast.ASTType.SymbolicAtom and lit.sign == ast.Sign.NoSign \
                    and atom.symbol.ast_type == ast.ASTType.Function and atom.symbol.name in GUARDS:
                day = atom.symbol.arguments[-1]
                if day.ast_type == ast.ASTType.Variable and day.name in binding:
                    when = calendar_date(binding[day.name])
                    if when is not None:
                        break
        if when is None:
            when = self.result.as_of
        from . import law

        own = set()
        for pid in info.provisions:
            t = text_of(pid)
            try:
                if t is not None and law.in_force(t[0], t[1], when):
                    own.add(t)
            except KeyError:
                continue
        applied = applied_provisions(info.provisions, own)
        shown, quote = applied_citation(applied, info.provisions, info.quote)
        if not quote:
            return info.quote, ""
        return quote, (shown[0] if shown else "")

    def _file_fact(self, atom, binding: dict) -> tuple:
        """(a fact of the file: no rule derives the predicate, whether a place the rules read as a
        date is left unbound) for a positive condition that fails."""
        import clingo.ast as ast

        symbol = atom.symbol
        if symbol.ast_type != ast.ASTType.Function or symbol.external:
            return False, False
        sig = (symbol.name, len(symbol.arguments))
        derived = self.__dict__.get("_derived_heads")
        if derived is None:
            from .program import ROUNDS

            derived = self.__dict__["_derived_heads"] = {r.head for r in self.program.rules} | \
                {f"{fed}/{arity}" for (_, arity), fed in ROUNDS.items()}
        if f"{sig[0]}/{sig[1]}" in derived:
            return False, False
        dates = date_places(self.program).get(sig, ())

        def open_(a) -> bool:
            return bool(variables_of(a) - set(binding)) or (a.ast_type == ast.ASTType.Variable and a.name == "_")

        undated = any(open_(a) for i, a in enumerate(symbol.arguments) if i in dates)
        if undated:
            # the date alone is missing only where the file states the event it belongs to: its other places bound,
            # one of them naming a statement of the file dated on its own (an assembly for `convened_on(A, C)`);
            # otherwise the whole statement is missing (no `withdrawal(M, N)` for a member that notified nothing,
            # no `assembly(A, D)` for an assembly the file does not hold), not its date
            others = [a for i, a in enumerate(symbol.arguments) if i not in dates]
            events = dated_events(getattr(self.result, "scenario", None))
            undated = bool(others) and not any(open_(a) for a in others) and any(
                str(v) in events for v in (_sym(_substitute(a, binding)) for a in others) if v is not None)
        return True, undated

    def _tree_limits(self, tree) -> list:
        """_limit_words for the comparisons of a conclusion that holds (an explanation tree of `explain`), of its own
        rule (not the computation of the text in force): the day on or before which the date stated would
        have made the comparison false."""
        by_place = self.__dict__.get("_rule_at")
        if by_place is None:
            by_place = self.__dict__["_rule_at"] = {f"{r.file}:{r.line}": r.index for r in self.program.rules}
        index = by_place.get(tree.rule)
        rule = rule_asts(self.program).get(index) if index is not None else None
        if rule is None:
            return []
        own = {"".join(str(lit).split()) for lit in rule.body}
        out = []
        for c in getattr(tree, "comparisons", ()):
            if c.via is not None or "".join(c.source.split()) not in own:
                continue
            out.extend(self._limit_words(rule, c.source, c.values, False, c))
        return out

    def _limit_words(self, rule, literal: str, values: dict, holds: bool, comparison) -> list:
        """The sentences of the last days (_last_day) of the dates the file states that `literal`, a comparison of
        `rule` with `values` for its variables, reads: a date is stated when its variable is a place of a
        positive condition of the rule that is a fact of the file (`convened_on(A, C)`: the convocation's
        day). `holds`: the day on or before which the comparison would hold (a condition that fails), else
        would not (the comparison of a conclusion that holds and blocks the rule asked); `comparison`: that
        conclusion's comparison (explain.Comparison), said in words in each language, or None."""
        from .render.phrases import date_words
        from .calendar_functions import calendar_date
        from .sentences import sentence, starts_with_value

        out = []
        named = set(_VARIABLE.findall("".join(_STRING_LITERAL.split(literal))))
        for var, fact in self._stated_dates(rule, values).items():
            if var not in named:
                continue  # a date the comparison does not read
            day = self._last_day(literal, values, var, holds)
            if day is None:
                continue
            origin = self.origins.get(str(fact))
            words = {}
            for lang in WORDS:
                said = sentence(fact, lang, self.program, self.result.names)
                said = _unsentence(said, starts_with_value(fact, lang, self.program)) if said else _render(fact)
                c = self._words(lang).comparison(comparison) if comparison is not None else None
                c = c[:1].lower() + c[1:] if c and lang == "fr" else c
                if comparison is not None and not c:
                    break
                words[lang] = WORDS[lang]["limit_fails" if holds else "limit_holds"].format(
                    v=date_words(calendar_date(values[var]), lang), s=said, line=origin.line if origin else "?",
                    lim=date_words(calendar_date(day), lang), c=c or "")
            if len(words) == len(WORDS):
                out.append(words)
        return out

    def _stated_dates(self, rule, values: dict) -> dict:
        """{variable: the fact of the file} for each variable of the rule bound to a date in `values` that is a
        place of a positive condition of the rule whose atom, with `values`, is a fact the file states."""
        import clingo.ast as ast

        from .calendar_functions import calendar_date

        out: dict = {}
        for lit in rule.body:
            atom = lit.atom
            if lit.ast_type != ast.ASTType.Literal or lit.sign != ast.Sign.NoSign \
                    or atom.ast_type != ast.ASTType.SymbolicAtom or atom.symbol.ast_type != ast.ASTType.Function \
                    or atom.symbol.external or variables_of(atom) - set(values):
                continue
            fact = _sym(_substitute(atom, values))
            if fact is None or str(fact) not in self.origins:
                continue
            for a in atom.symbol.arguments:
                if a.ast_type == ast.ASTType.Variable and a.name != "_" and calendar_date(values[a.name]) is not None:
                    out.setdefault(a.name, fact)
        return out

    def _last_day(self, literal: str, values: dict, var: str, holds: bool):
        """The latest day before the value of `var` (a date the file states) on which the comparison `literal`
        of a rule, with `values` for its other variables, would hold (`holds`) or would not: the rule's own
        comparison, evaluated by clingo with its calendar functions for each of the LIMIT_DAYS days before,
        nothing computed here; None when none of them would."""
        import clingo

        from .calendar_functions import calendar_date

        day_var, k_var = "WnLastDay", "WnLastK"
        if day_var in values or k_var in values:
            return None
        bare = _STRING_LITERAL.split(literal)
        strings = _STRING_LITERAL.findall(literal)
        pieces = []
        for i, chunk in enumerate(bare):
            def swap(m):
                name = m.group(0)
                if name == var:
                    return day_var
                return str(values[name]) if name in values else name
            pieces.append(_VARIABLE.sub(swap, chunk))
            if i < len(strings):
                pieces.append(strings[i])
        condition = "".join(pieces)
        if set(_VARIABLE.findall("".join(_STRING_LITERAL.split(condition)))) - {day_var}:
            return None  # a variable not bound: not a comparison of the values given
        part = f"q{self.parts}"
        self.parts += 1
        cand, met = f"_wn_day_{part}", f"_wn_met_{part}"
        text = (f"{cand}({day_var}) :- {day_var} = @add_days({values[var]}, -{k_var}), {k_var} = 1..{LIMIT_DAYS}.\n"
                f"{met}({day_var}) :- {cand}({day_var}), {condition}.")
        try:
            self.ctl.add(part, [], text)
            self.ctl.ground([(part, [])], context=self.calendar)
        except RuntimeError:
            return None
        days = [a.symbol.arguments[0] for a in self.ctl.symbolic_atoms.by_signature(cand, 1)]
        meeting = {a.symbol.arguments[0] for a in self.ctl.symbolic_atoms.by_signature(met, 1)}
        found = [d for d in days if (d in meeting) == holds and calendar_date(d) is not None]
        return max(found, key=calendar_date) if found else None

    def _words(self, lang: str):
        """The words of the result in `lang` (render.words.Words), made once."""
        made = self.__dict__.setdefault("_words_made", {})
        if lang not in made:
            from .render.words import Words

            made[lang] = Words(self.result, lang)
        return made[lang]

    def _explained(self, found: list) -> list:
        """The explanation trees (explain.build) of the atoms that hold and that rules derive: what a
        `not p` condition meets, said with its own facts, dates and quote, as `explain` says it."""
        from .explain import build_all

        try:
            derived = [s for s in found if self.result.trace.derivations(s)]
            return build_all(self.result, derived) if derived else []
        except KeyError:  # no derivation recorded (an atom of the file): said by its sentence alone
            return []

    def _find(self, pattern_text: str) -> list:
        try:
            name, args = parse_query(pattern_text)
        except QueryError:
            return []
        return [a for a in self.by_sig.get((name, len(args)), []) if matches(a, name, args)][:3]

    def _source(self, sym) -> str:
        o = self.origins.get(str(sym))
        if o is not None:
            return f"{o.file} line {o.line}"
        try:
            prov = self.result.provisions_of(sym)
        except Exception:
            prov = []
        return ", ".join(prov)

    def _not_yet(self, literal: str) -> tuple | None:
        """The event left out as after the as-of date (facts.py) that an argument of a failing fact names."""
        import re

        # the facts a receipt or a consultation left out would have given (their ident is not in every fact)
        own = {"receipt": r"submitted\(", "avenant_receipt": r"avenant_submitted\(",
               "consultation": r"consultation(_answered)?\(", "approval_publication": r"approved\(",
               "tariff_option_receipt": r"tariff_option\("}
        for event in getattr(self.result.facts, "not_yet", ()):
            if event[0] in own and not re.match(own[event[0]], literal.strip()):
                continue
            ids = event[1] if isinstance(event[1], tuple) else (event[1],)  # (a committee: its members)
            if event[0] in ("receipt", "approval_publication", "tariff_option_receipt") or any(re.search(r'[(,]\s*"?' + re.escape(i) + r'"?\s*[,)]', literal)
                                            for i in ids):
                return event
        return None

    def _left_out(self, atom, binding: dict) -> tuple | None:
        """(the warning, the fact, its line) of a statement left out with its warning that would give the failing fact
        (left_out_facts): its places bound where the binding gives them, any value elsewhere."""
        import clingo.ast as ast

        symbol = atom.symbol
        if symbol.ast_type != ast.ASTType.Function or symbol.external:
            return None
        args = []
        for a in symbol.arguments:
            if (a.ast_type == ast.ASTType.Variable and a.name == "_") or variables_of(a) - set(binding):
                args.append(None)
                continue
            value = _sym(_substitute(a, binding))
            if value is None:
                return None
            args.append(value)
        return left_out_facts(self.result, symbol.name, args)

    def _law_words(self, lit, binding: dict, name: str, args: list) -> dict:
        """{lang: words} of a failing condition on the law's data (law_facts: the versions' periods, the provisions'
        texts, which provision repeats which), which the program loads from gcs_reasoner/data/law, not from the file:
        a provision that no later one repeats is said so (it applies only while its own version is in force);
        another, by its sentence after « les données du droit ... n'indiquent pas que »."""
        import clingo

        from .facts import provision_facts
        from .sentences import sentence, starts_with_value

        if name == "same_as" and len(args) == 2 and args[0] is None and args[1] is not None \
                and args[1].type == clingo.SymbolType.String and args[1].string in provision_facts():
            # (its facts are loaded, so every provision that repeats it is: none does)
            return {lang: WORDS[lang]["law_repeated_by_none"].format(e=args[1].string) for lang in WORDS}
        sym = _sym(_substitute(lit, {**binding, "_": clingo.String("_"),
                                     **{v: clingo.String("_") for v in variables_of(lit) - set(binding)}}))
        words = {}
        for lang in WORDS:
            s = sentence(sym, lang, self.program, self.result.names) if sym is not None else None
            lead = bool(s) and starts_with_value(sym, lang, self.program)
            words[lang] = WORDS[lang]["law_not_stated"].format(s=_unsentence(s, lead) if s else query_text(name, args))
        return words

    def _say(self, f: Failure, lit, binding, depth) -> None:
        import clingo.ast as ast

        from .sentences import sentence, starts_with_value

        names = self.result.names
        if lit is None:
            f.kind = "head"
            f.words = {lang: WORDS[lang]["cmp"].format(c=f.ground, t=f.literal) for lang in WORDS}
            return
        atom = lit.atom
        t = atom.ast_type
        if t == ast.ASTType.SymbolicAtom and lit.sign == ast.Sign.NoSign:
            g = _substitute(lit, binding)
            # a variable not bound yet is any value there (`withdrawal_due(M, N, E)` with N open: asked with `_`)
            qname, qargs = _query_of(_unbound_as_any(g, variables_of(lit) - set(binding)))
            if qname == "in_force" and len(qargs) == 3 and all(a is not None for a in qargs):
                f.kind = "in_force"
                f.words = {lang: _in_force_words(qargs, lang) for lang in WORDS}
                return
            if (qname, len(qargs)) in law_facts():  # the law's data (rules/time/in_force.lp), not a fact of the file
                f.kind = "law_data"
                f.words = self._law_words(lit, binding, qname, qargs)
                return
            f.kind = "absent"
            sym = _sym(g) if all(a is not None for a in qargs) else None
            if sym is None:  # its variables not bound: said with « … » for them, not as a raw atom
                import clingo

                sym = _sym(_substitute(lit, {**binding, "_": clingo.String("_"),
                                                **{v: clingo.String("_") for v in variables_of(lit) - set(binding)}}))
            # a fact of the file (no rule derives it, as explain reads it): the file does not state it;
            # where a place the rules read as a date is left open, the date is what is not stated
            # (not an event the file dates after the as-of date: it is stated, and has not happened yet)
            later = self._not_yet(g)
            stated_only, undated = self._file_fact(atom, binding) if not later else (False, False)
            # a statement the file does state, left out of the facts with its warning (validate.py): said stated and
            # left out, with the fact it would give (its own values) and the warning's reason and line
            left = self._left_out(atom, binding) if stated_only else None
            if left is not None:
                warning, sym, stated_line = left
                stated_only = undated = False
            words = {}
            for lang in WORDS:
                s = sentence(sym, lang, self.program, names) if sym is not None else None
                lead = s and sym is not None and starts_with_value(sym, lang, self.program)
                said = WORDS[lang]["not_stated" if stated_only else "not_established"]
                words[lang] = said.format(s=_unsentence(s, lead)) if s else \
                    WORDS[lang]["absent"].format(a=query_text(qname, qargs))
                if left is not None:
                    why = (warning.message_fr or warning.message) if lang == "fr" else warning.message
                    words[lang] = WORDS[lang]["left_out"].format(s=_unsentence(s, lead) if s else _render(sym),
                                                                 line=stated_line, why=why)
                if undated:
                    words[lang] += WORDS[lang]["date_not_stated"]
            if later:  # a fact of an event the file dates after the as-of date: left out (facts.py `not_yet`)
                from .warning_words import not_yet_words

                kind, ident, when, line = later
                what, what_fr, e, pron = not_yet_words(kind)
                from .render.phrases import date_words

                from .warning_words import not_yet_named

                named, named_fr = not_yet_named(kind, ident, self.result.names)  # as result.py says it
                words["en"] += (f" ({what} {named}, line {line}, is dated {date_words(when, 'en')}, after the date "
                                f"the law is applied on: it has not happened yet)")
                words["fr"] += (f" ({what_fr} {named_fr}, ligne {line}, est daté{e} du {date_words(when, 'fr')}, après "
                                f"la date d'application du droit : {pron} n'est pas encore intervenu{e})")
            f.words = words
            if depth + 1 < self.depth and (qname, len(qargs)) in self.heads:
                f.sub.append(self.why_not(qname, qargs, depth + 1))
            elif (qname, len(qargs)) in self.heads and all(a is not None for a in qargs):
                # below the depth shown: when every rule concluding it fails on a version not in force that
                # day, that is the reason (not facts missing), in the words of an in_force failure
                below = Evaluator.__new__(Evaluator)
                below.__dict__.update(self.__dict__)
                below.seen, below.depth, below.further = set(), depth + 1, False
                sub = below.why_not(qname, qargs, depth + 1)
                self.parts = below.parts
                if sub.failures and all(x.guard for x in sub.failures):
                    f.kind = "in_force"
                    said = next((x for x in sub.failures if x.kind == "in_force"), sub.failures[0])
                    f.words = dict(said.words)
            return
        if t == ast.ASTType.SymbolicAtom:
            f.kind = "present"
            g = _substitute(lit, binding)
            inner = g[len("not "):].strip() if g.startswith("not ") else g
            found = self._find(inner)
            f.holding = [_render(s) for s in found]
            f.explained = self._explained(found)
            trees = {t.symbol: t for t in f.explained}
            f.limits = [x for t in f.explained for x in self._tree_limits(t)]
            words = {}
            for lang in WORDS:
                parts = []
                for s in found:
                    if s in trees:  # as explain says it: the sentence, the provisions in words
                        parts.append(self._words(lang).conclusion_line(s, trees[s].provisions,
                                                                       rule=trees[s].rule or None).rstrip("."))
                        continue
                    said = sentence(s, lang, self.program, names)
                    prov = self._source(s)
                    parts.append((said.rstrip(".") if said else f"{_render(s)}") + (f" [{prov}]" if prov else ""))
                # the second and later sentences follow a semicolon: their first letter lowered (not a
                # name the sentence begins with)
                parts = parts[:1] + [_unsentence(p, starts_with_value(s, lang, self.program))
                                     for p, s in zip(parts[1:], found[1:])]
                words[lang] = WORDS[lang]["present"].format(s=(" ; " if lang == "fr" else "; ").join(parts) or f.ground)
            f.words = words
            return
        if t == ast.ASTType.Comparison:
            f.kind = "comparison"
            f.words = {lang: WORDS[lang]["cmp"].format(c=_evaluated(f.ground), t=f.literal) for lang in WORDS}
            if lit.sign == ast.Sign.NoSign and not variables_of(lit) - set(binding):
                rule = rule_asts(self.program).get(f.rule.index)
                f.limits = self._limit_words(rule, str(lit), binding, True, None) if rule is not None else []
            return
        f.kind = "aggregate"
        f.words = {lang: WORDS[lang]["agg"].format(c=f.ground) for lang in WORDS}


def law_facts() -> frozenset:
    """The (name, arity) of the facts of the law's data every file gets (facts.py `_law_texts`: text_period/4,
    provision_text/3, same_as/2), which rules/time/in_force.lp reads for the version guards."""
    from .batching import LAW_FACTS

    return LAW_FACTS


def _about_force(f: Failure, lit) -> bool:
    """A failure on the rule's text not in force that day (the failing condition `lit` a version guard,
    `in_force` or `in_force_id`, a fact of the law's data those read (in_force.lp: no later provision repeats
    the text, same_as), or a derived condition whose every rule fails so): the rule cannot apply, whatever
    its other conditions."""
    import clingo.ast as ast

    if f.kind in ("in_force", "law_data"):
        return True
    if lit is not None and lit.sign == ast.Sign.NoSign and lit.atom.ast_type == ast.ASTType.SymbolicAtom \
            and lit.atom.symbol.ast_type == ast.ASTType.Function and lit.atom.symbol.name in GUARDS:
        return True
    subs = [x for s in f.sub for x in s.failures]
    return bool(subs) and all(x.guard for x in subs)


def _seq_vars(entry) -> set:
    """The variables a condition of the sequence read by _rule reads (a check: its text's variables)."""
    text, node = entry
    if node is not None:
        return variables_of(node)
    return set(_VARIABLE.findall("".join(_STRING_LITERAL.split(text))))


def _seq_binds(entry, bound: set) -> set:
    """The variables a condition of the sequence binds once it holds (a check binds none)."""
    return _binds(entry[1], bound) if entry[1] is not None else set()


LIMIT_DAYS = 800  # how many days before a date the file states _last_day looks (a year end's notice of months: two years)
_STRING_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"')
_VARIABLE = re.compile(r"(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9_]*")


def _unbound_as_any(text: str, unbound: set) -> str:
    """A ground literal's text with its variables not bound yet written `_` (any value), outside strings."""
    if not unbound:
        return text
    strings = _STRING_LITERAL.findall(text)
    bare = _STRING_LITERAL.split(text)
    out = []
    for i, chunk in enumerate(bare):
        out.append(_VARIABLE.sub(lambda m: "_" if m.group(0) in unbound else m.group(0), chunk))
        if i < len(strings):
            out.append(strings[i])
    return "".join(out)


def _unify_head(head, args: list):
    """The head of a rule unified with the atom asked, argument by argument and inside compound
    arguments (`withdrawal(M)` with `withdrawal(ch_c)` binds M to ch_c), before the body is read:
    ({variable: value}, [(check text, variables it needs)]), or None where the head cannot be the
    atom asked (another functor, another constant, a variable with two values). A head argument
    computed from the body's variables (`d(Y+1,1,1)`) is left as a check. The same for every rule:
    the law's predicates are not named here."""
    import clingo
    import clingo.ast as ast

    values: dict = {}
    checks: list = []

    def unify(h, a) -> bool:
        t = h.ast_type
        if t == ast.ASTType.Variable:
            if h.name == "_":
                return True
            if h.name in values:
                return values[h.name] == a
            values[h.name] = a
            return True
        if t == ast.ASTType.SymbolicTerm:
            return h.symbol == a
        if t == ast.ASTType.Function and not h.external:
            if a.type != clingo.SymbolType.Function or a.name != h.name or len(a.arguments) != len(h.arguments):
                return False
            return all(unify(x, y) for x, y in zip(h.arguments, a.arguments))
        if not variables_of(h):
            try:
                return clingo.parse_term(str(h), logger=quiet) == a
            except RuntimeError:
                pass
        checks.append((h, a))
        return True

    if head.ast_type == ast.ASTType.Pool:  # `p(a;b).`: one of the alternatives must be the atom asked
        for alt in head.arguments:
            found = _unify_head(alt, args)
            if found is not None:
                return found
        return None
    hargs = list(head.arguments) if head.ast_type == ast.ASTType.Function else []
    for h, a in zip(hargs, args):
        if a is not None and not unify(h, a):
            return None
    # a check is written with the values unification found (its own variables may be among them)
    out = []
    for h, a in checks:
        text = _substitute(h, values)
        out.append((f"{text} = {a}", variables_of(h) - set(values)))
    return values, out


def _binds(lit, bound: set) -> set:
    """The variables bound once the literal holds (an aggregate binds its guard, not its elements' locals)."""
    import clingo.ast as ast

    if lit.atom.ast_type != ast.ASTType.BodyAggregate:
        return variables_of(lit) if lit.sign == ast.Sign.NoSign else set()
    out = set()
    for g in (lit.atom.left_guard, lit.atom.right_guard):
        if g is not None:
            out |= variables_of(g.term)
    return out


def _render(sym) -> str:
    from .symbols import render_term

    return render_term(sym)


def _readable(text: str) -> str:
    """A ground atom as a lawyer reads it (dates YYYY-MM-DD); other literals with their dates rewritten."""
    neg = text.startswith("not ")
    sym = _sym(text[4:] if neg else text)
    if sym is not None:
        return ("not " if neg else "") + _render(sym)
    return _evaluated(text)


def _sym(text: str):
    import clingo

    try:
        return clingo.parse_term(text, logger=quiet)
    except RuntimeError:
        return None


def _query_of(text: str):
    try:
        return parse_query(text, dates=False)
    except QueryError:
        return text, []


def _substitute(lit, binding: dict) -> str:
    """The literal's text with the bound variables replaced by their values."""
    import clingo.ast as ast

    def r(n):
        if n.ast_type == ast.ASTType.Variable:
            if n.name in binding:
                return ast.SymbolicTerm(n.location, binding[n.name])
            return n
        out = {}
        for key in n.child_keys:
            val = getattr(n, key)
            if isinstance(val, ast.AST):
                out[key] = r(val)
            elif val is not None and not isinstance(val, (str, int)):
                try:
                    out[key] = [r(x) if isinstance(x, ast.AST) else x for x in val]
                except TypeError:
                    pass
        return n.update(**out)

    return str(r(lit))


def _subst_text(text: str, binding: dict) -> str:
    for v, x in binding.items():
        text = re.sub(rf"\b{re.escape(v)}\b", str(x), text)
    return text


def _evaluated(text: str) -> str:
    """`2*49 >= 100` reads as is; dates d(Y,M,D) as YYYY-MM-DD."""
    return re.sub(r"d\((\d+),(\d+),(\d+)\)", lambda m: f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", text)


def _unsentence(s: str, begins_with_value: bool = False) -> str:
    """A sentence made to follow « que » / "that": its first letter lowered, but where the sentence
    begins with a value (a name as the file writes it: « Clinique de Loire est membre … »), kept as
    `check` and `explain` keep it, or with an acronym."""
    s = s.strip().rstrip(".")
    acronym = len(s) > 1 and s[:2].isalpha() and s[:2].isupper()  # (« L'assemblée » is no acronym)
    return s[:1].lower() + s[1:] if not begins_with_value and not acronym else s


def _in_force_words(args, lang: str) -> str:
    from datetime import timedelta

    from . import law
    from .calendar_functions import calendar_date
    from .sentences import value

    art, ver, day = args[0].string, args[1].string, args[2]
    w = WORDS[lang]
    on = value(day, lang, {})
    when = calendar_date(day)
    if when is None:  # no day of the calendar (a query's year 2^31, a constant asked where a date is)
        return w["in_force"].format(v=ver, a=art, d=on)
    try:
        tv = law._text_version(art, ver)
    except KeyError:
        return w["in_force"].format(v=ver, a=art, d=on)
    if tv.in_force(when):
        return w["in_force_notdate"].format(d=on)
    # `until` is the first day of the next version: the last day in force is the day before (as text_period)
    period = w["in_force_dates"].format(f=tv.from_.isoformat(), u=(tv.until - timedelta(days=1)).isoformat()) \
        if tv.until else \
        w["in_force_open"].format(f=tv.from_.isoformat())
    now = [t for t in law.texts_in_force(when) if t.article == art]
    if now:
        then = w["in_force_now"].format(v=now[0].version)
    else:
        # The inventory has no version that day: say whether the law had one (versions/timeline.tsv),
        # which the rules do not encode, or none at all; never that none was in force when one was.
        folder = law.folder_versions_in_force(art, when)
        if folder:
            then = w["in_force_unlisted"].format(v=folder[0])
        elif folder is None:
            then = w["in_force_none_encoded"]
        else:
            then = w["in_force_none"]
    return f"{w['in_force'].format(v=ver, a=art, d=on)} ({period}; {then})"
