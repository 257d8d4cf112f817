"""Expectations: the conclusions a groupement must (and must not) have, checked on every run
(the file itself, read and written: expectations_file.py).

An expectation file `NAME.expected` sits beside `NAME.gcs`. It is written for a
lawyer to read and review; the project's own golden files (facts/*.expected)
and an analyst's regression tests are the same kind of file:

    # Why this groupement is here, what a lawyer should check.
    all conclusions listed
    as_of 2012-06-30
    legal_representative(chru_tours)  <-  R6133-24@2010-07-26.5, L6133-4@2009-07-23.4
    nature(public)                              # holds; the provisions are not checked
    not administrator_invalid(term_expired)  <-  R6133-24@2010-07-26.3   # until 2013-03-15
    warning missing_fact: the file does not state the capital (or its absence) of the groupement: no conclusion on the mentions of the constitutive agreement
    warning missing_fact                        # some warning of that code
    as_of 2013-06-30
    not legal_representative(chru_tours)        # the three-year term has run out

- `as_of YYYY-MM-DD` opens a section: the lines under it are checked on that
  date (the law applied on that day). A file may have several, to check the
  same groupement on several dates. A file without one is checked on the
  `.gcs` file's own `as of` (else today).
- `CONCLUSION  <-  ID, ID`: the conclusion must hold, resting on exactly these
  provisions (in any order). `CONCLUSION` alone: it must hold, on whatever
  provisions. Conclusions are spelt as in the contract (`avenant:av1`; clingo's
  `avenant(av1)` reads the same).
- `not CONCLUSION` (optionally `<-  ID`, the provision that does not apply,
  for the reader): it must not hold. A line may name a warning by the rules' atom it says
  (`not missing_fact(single_act, _, _)`, `doubtful_text(accounts_approval_due, 2011)`): it is checked
  against the warnings given (review 40; before, against the conclusions only, where it never was).
- `_` for a value stands for any value, as in Result.holds: `member(_)` must
  hold for some member, `not member(_)` for none; in a complete list it lists
  every conclusion it matches; `update` keeps such a line as written.
- `warning CODE: MESSAGE`: that warning must be given; `warning CODE` alone:
  some warning of that code must be given.
- `all conclusions listed`: every conclusion drawn (and every warning given)
  must be in the file; one that is not fails the test as APPEARED. Before the
  first `as_of` it holds for every section, under an `as_of` for that section.
  Without it a file is partial: only the lines it has are checked. The
  project's golden files all have it.
- `#` starts a comment: a whole line, or a note after a line (after ` #` on
  a `warning` line). Notes and comments are kept by `--update`.

A failure says what moved, and why: APPEARED (the first step of its
explanation: provision and quote), DISAPPEARED (the first condition that now
fails, from why-not), MOVED (other provisions), DRAWN BUT EXPECTED NOT,
WARNING MISSING / NEW. When a provision of another version of the same article
took the place of the expected one, or the version expected is not the one in
force on the section's date, the message names the versions and their dates.

`update` (`gcs-reasoner test --update`) rewrites a file with the current
conclusions, keeping its comments, notes, dates and `not` lines:
- in a section with `all conclusions listed`, every conclusion and warning is
  written (new ones in order; lines for conclusions no longer drawn removed);
- in a partial section, only the lines it has are updated: provisions
  rewritten, a conclusion no longer drawn becomes a `not` line, a `not` that
  is now drawn becomes a conclusion line, a warning no longer given is
  removed; nothing new is added (the analyst chose what to check).
A new file (or a new date, `--as-of D`) gets every conclusion, with
`all conclusions listed`: delete what you do not want to check, and the marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

from .expectations_file import (ExpectationError, Expected, Section, matching, parse, updated_text,
                                warning_matches)
from .symbols import spelling_key  # one key for `avenant:av1` and `avenant(av1)`

# --- checking ------------------------------------------------------------------------


@dataclass
class Problem:
    kind: str  # APPEARED | DISAPPEARED | MOVED | DRAWN BUT EXPECTED NOT | WARNING MISSING | WARNING NEW
    #            | UNKNOWN PREDICATE | UNKNOWN VALUE
    subject: str  # the conclusion or the warning
    head: str  # the rest of the first line
    details: list = field(default_factory=list)  # the lines under it: why, and which version of which text

    def text(self) -> str:
        return "\n".join([f"{self.kind:<11}  {self.subject}{self.head}"] + [f"    {d}" for d in self.details])


def compare(section: Section, result) -> list:
    """What differs between a section and the conclusions of `result`: [Problem]."""
    on = result.as_of
    drawn = {spelling_key(c.text): c for c in result.conclusions}
    problems = []
    listed = set()
    drawn_sigs = {(c.predicate, len(c.args)) for c in result.conclusions}
    for e in section.items:
        if e.kind in ("holds", "not"):
            kind, unknown = _unknown_query(e.text, drawn_sigs, result)
            if unknown:  # a misspelt line would pass for ever as `not …`
                problems.append(Problem(kind, e.text, "", [unknown]))
                continue
        hits = matching(e, result, drawn) if e.kind in ("holds", "not") else []  # `_`: any value
        if e.kind in ("holds", "not") and not hits:
            hits = _warning_hits(e, result)  # `not missing_fact(single_act, _, _)`: a warning's atom, not a conclusion
        listed.update(spelling_key(c.text) for c in hits)
        if e.kind == "holds":
            listed.add(e.key)
            c = next((h for h in hits if e.provisions is None or set(h.provisions) == set(e.provisions)),
                     hits[0] if hits else None)
            if c is None:
                expected = f"  (expected to rest on {', '.join(e.provisions)})" if e.provisions else ""
                problems.append(Problem("DISAPPEARED", e.text, expected,
                                        _why_not(result, e) + _law_changes(e.provisions or (), (), on)))
            elif e.provisions is not None and set(c.provisions) != set(e.provisions):
                lost = [p for p in e.provisions if p not in c.provisions]
                gained = [p for p in c.provisions if p not in e.provisions]
                details = [f"no longer on: {', '.join(lost)}"] if lost else []
                details += [f"now also on: {', '.join(gained)}"] if gained else []
                problems.append(Problem("MOVED", c.text, "  rests on other provisions",
                                        details + _law_changes(lost, gained, on)))
        elif e.kind == "not":
            listed.add(e.key)
            for c in hits:
                said = f"; the file says {', '.join(e.provisions)} does not apply" if e.provisions else ""
                because = ([f"warning {c.warning.code}: {c.warning.message}"] if isinstance(c, _WarningHit)
                           else _because(c))
                problems.append(Problem("DRAWN BUT EXPECTED NOT", c.text, f"  <-  {', '.join(c.provisions)}",
                                        because + ([said[2:]] if said else [])))
    if section.exhaustive:
        for key, c in drawn.items():
            if key not in listed:
                problems.append(Problem("APPEARED", c.text, f"  <-  {', '.join(c.provisions)}", _because(c)))
    given = [f"{w.code}: {w.message}" for w in result.warnings]
    matched = set()
    for e in section.of("warning"):
        hits = [k for k, w in enumerate(given) if warning_matches(e, w)]
        matched.update(hits)
        if not hits:
            problems.append(Problem("WARNING MISSING", e.warning, ""))
    if section.exhaustive:
        for k, w in enumerate(given):
            if k not in matched:
                problems.append(Problem("WARNING NEW", w, ""))
    return problems


class _WarningHit:
    """A warning a `holds` / `not` line names by its atom (`missing_fact(...)`, `doubtful_text(...)`): read as the
    conclusions are (its text, its key), with no provisions (a warning cites none in the contract)."""

    def __init__(self, w):
        self.text, self.provisions = w.atom, []
        self.warning = w


def _warning_hits(e, result) -> list:
    """The warnings whose rules' atom a `holds` or `not` line names (result.WARNING_PREDICATES: missing_fact/3,
    doubtful_text/2, ...), `_` for any value. A golden's `not missing_fact(single_act, _, _)` was checked against the
    conclusions only, where a warning never is: it passed whatever the warnings said (review 40)."""
    import clingo

    from .result import WARNING_PREDICATES, _matches_loosely
    from .whynot import QueryError, parse_query

    try:
        name, args = parse_query(e.text)
    except QueryError:
        return []
    if (name, len(args)) not in WARNING_PREDICATES:
        return []
    hits = []
    for w in result.warnings:
        try:
            sym = clingo.parse_term(w.atom) if w.atom else None
        except RuntimeError:
            sym = None
        if sym is not None and _matches_loosely(sym, name, args):
            hits.append(_WarningHit(w))
    return hits


def _unknown_query(text: str, drawn_sigs: set, result) -> tuple:
    """(kind, why) the conclusion line `text` names no conclusion the law can draw (("", "") when it
    does): UNKNOWN PREDICATE for a predicate (or number of arguments) that is no conclusion, UNKNOWN
    VALUE for a value the file declares nowhere and the rules never name (`not
    legal_representative(ch_amboize)` for ch_amboise would pass for ever, as a misspelt predicate)."""
    from .whynot import QueryError, UnknownValue, check_query, check_values, parse_query

    from .whynot_rules import check_places

    try:
        name, args = parse_query(text)
        if (name, len(args)) in drawn_sigs:
            check_places(result.program, name, args)  # `not withdrawal_effective(b, x)`: never holds
        else:
            check_query(result, name, args, shown=True)  # a conclusion: not an auxiliary the rules write
        check_values(result, name, args)
    except UnknownValue as exc:
        return "UNKNOWN VALUE", str(exc)
    except QueryError as exc:
        return "UNKNOWN PREDICATE", str(exc)
    return "", ""


def _because(c) -> list:
    """The first step of the explanation of a conclusion: in words, the provision and its quote."""
    try:
        tree = c.explain()
    except Exception as exc:  # an explanation that cannot be built must not hide the failure
        return [f"(no explanation: {type(exc).__name__}: {exc})"]
    out = []
    sentence = c.sentence("fr")
    if sentence:
        out.append(f"because: {sentence}")
    quote = _short(tree.quote)
    out.append(f"{', '.join(tree.provisions) or 'rule'} ({tree.rule})" + (f": « {quote} »" if quote else ""))
    return out


def _why_not(result, e: Expected) -> list:
    """The first condition that fails, for the rule resting on the expected provisions if there
    is one, then why that condition does not hold (two steps at most)."""
    try:
        wn = result.why_not(e.text)
    except Exception as exc:
        return [f"(no why-not: {type(exc).__name__}: {exc})"]
    if wn.holds:
        return [f"holds only as {', '.join(wn.holds)}"]
    if not wn.failures:
        return [f"why not: {wn.note}"] if wn.note else []
    wanted = set(e.provisions or ())
    # the rule of the expected provisions, else one whose text is in force (a version not in
    # force on the date is seldom the news): the first of the best
    first = max(wn.failures, key=lambda f: (len(wanted & set(f.provisions)), not _about_force(f)))
    # the cause of a condition is worked out once, under the first rule that fails on it
    cause = next((f for f in wn.failures if f.ground == first.ground and any(s.failures for s in f.sub)), first)
    out = [f"why not: {', '.join(first.provisions) or 'rule'} ({first.rule.file}:{first.rule.line}): "
           f"{first.words.get('fr', '') or first.ground}"]
    if first.rule.quote:
        out.append(f"« {_short(first.rule.quote)} »")
    f, depth = cause, 0
    while f.sub and depth < 2:
        sub = next((s for s in f.sub if s.failures), None)
        if sub is None:
            break
        f, depth = next((g for g in sub.failures if not _about_force(g)), sub.failures[0]), depth + 1
        out.append("  " * depth + f"because: {f.words.get('fr', '') or f.ground}"
                   + (f" [{', '.join(f.provisions)}]" if f.provisions else ""))
    return out


def _about_force(f) -> bool:
    """A failure that only says a version of a text is not in force (on the date it looks at)."""
    return f.kind == "in_force" or f.literal.startswith(("in_force", "not in_force"))


def _short(text: str, width: int = 160) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _law_changes(lost, gained, on: date) -> list:
    """Which version of which text made the difference, from the inventory: the chain of
    provisions that took the place of a lost one (each new version's `same_as` or `changed`
    names the one before) down to a gained one, else a provision of another version of the same
    article gained, else the version of the lost provision not being the one in force on `on`."""
    from . import law

    out = []
    gained = [g for g in gained if _known(g)]
    for pid in lost:
        if not _known(pid):
            out.append(f"{pid} is not in the inventory of provisions any more (renumbered or removed?)")
            continue
        p = law.provision(pid)
        if p.article.startswith("decret-"):
            continue
        chain = _successions(pid, set(gained))
        if chain:
            steps = [pid] + [f"{q} ({_version(q)}: {_how(q, before)})" for before, q in zip(chain, chain[1:] + [None])
                             if q is not None]
            out.append("change of law: " + " → ".join(steps))
            continue
        other = [g for g in gained if law.provision(g).article == p.article]
        if other:
            out.append(f"change of law: {pid} → {', '.join(other)} ({_version(other[0])})")
            continue
        in_force = [t for t in law.text_versions(p.article) if t.in_force(on)]
        if in_force and in_force[0].version != p.version:
            out.append(f"change of law: {pid} is of the version of {p.article} of {p.version}; in force on "
                       f"{on.isoformat()}: the {_version(p.article + '@' + in_force[0].version)}")
        elif not in_force:
            out.append(f"change of law: no version of {p.article} is in force on {on.isoformat()}")
    return out


def _known(pid: str) -> bool:
    from . import law

    try:
        law.provision(pid)
        return True
    except KeyError:
        return False


def _successors() -> dict:
    """provision id -> the provisions of later versions that repeat it (`same_as`, data/law/repeats.yaml,
    versions.earlier) or whose `changed` names it."""
    global _SUCCESSORS
    if _SUCCESSORS is None:
        from . import law

        _SUCCESSORS = {}
        from .versions import earlier

        for q in law.provisions():
            named = set(re.findall(r"[LR]\d{4}-\d+(?:-\d+)?@[\w.-]*\w", q.changed or ""))
            for before in named | set(earlier(q.id)):  # same_as, and the repeats the notes state
                _SUCCESSORS.setdefault(before, []).append(q.id)
    return _SUCCESSORS


_SUCCESSORS = None


def _successions(pid: str, targets: set, depth: int = 4) -> list:
    """[pid, ..., a target]: the shortest chain of successions from pid to a target, or []."""
    paths, seen = [[pid]], {pid}
    for _ in range(depth):
        nxt = []
        for path in paths:
            for q in _successors().get(path[-1], ()):
                if q in targets:
                    return path + [q]
                if q not in seen:
                    seen.add(q)
                    nxt.append(path + [q])
        paths = nxt
    return []


def _version(pid: str) -> str:
    """`version of 2010-07-26, Décret n° 2010-862 du 23 juillet 2010 (art. 1)` of a provision id."""
    from . import law

    article, _, rest = pid.partition("@")
    version = rest[:10]
    t = next((t for t in law.text_versions(article) if t.version == version), None)
    return f"version of {version}" + (f", {t.amended_by}" if t is not None and t.amended_by else "")


def _how(q: str, before: str) -> str:
    from . import law

    p = law.provision(q)
    return "the same words" if p.same_as == before else _short(p.changed or "changed", 160)


# --- one file ------------------------------------------------------------------------


@dataclass
class SectionReport:
    name: str  # as_of-2012-06-30
    line: int
    as_of: str  # the date the law was applied on
    problems: list = field(default_factory=list)  # [Problem]
    exhaustive: bool = False

    @property
    def passed(self) -> bool:
        return not self.problems

    def text(self) -> str:
        return "\n".join(p.text() for p in self.problems)


@dataclass
class FileReport:
    gcs: str
    expected: str
    sections: list = field(default_factory=list)  # [SectionReport]
    error: str = ""  # the file's fault: bad .gcs or .expected (status 2)
    at_fault: str = ""  # the file the error is in (the .gcs or the .expected); empty: the .expected
    internal: str = ""  # our failure (status 1)
    missing: bool = False  # no .expected beside the .gcs
    skipped: list = field(default_factory=list)  # sections not run (--as-of another date)
    old_text: Optional[str] = None  # --update: the file before
    new_text: Optional[str] = None  # --update: the file after

    @property
    def changed(self) -> bool:
        return self.new_text is not None and self.new_text != (self.old_text or "")

    @property
    def failed(self) -> bool:
        return any(not s.passed for s in self.sections)


def expected_path(gcs_path) -> Path:
    return Path(gcs_path).with_suffix(".expected")


def check_section(scenario, section: Section, as_of: Optional[date] = None):
    """(SectionReport, Result) of one section on its date (`as_of` only for a section without one)."""
    from .reasoning import reason

    result = reason(scenario, as_of=section.as_of or as_of, explain=True)
    problems = compare(section, result)
    return SectionReport(section.name, section.line, result.as_of.isoformat(), problems, section.exhaustive), result


def check_file(gcs_path, update: bool = False, as_of: Optional[date] = None) -> FileReport:
    """Check (and with `update`, rewrite in memory: `new_text`) the expectations of one .gcs file.
    `as_of`: only the section of that date (with `update`, a new one if the file has none);
    a section without a date is checked on it. Never raises but for KeyboardInterrupt."""
    from .parse import ScenarioError, parse_file

    gcs_path = str(gcs_path)
    exp_path = expected_path(gcs_path)
    report = FileReport(gcs_path, str(exp_path))
    try:
        exp = None
        if exp_path.exists():
            exp = parse(exp_path)
        if (exp is None or not exp.sections) and not update:  # none, or only comments
            # a scenario that cannot be read is an error, not a file waiting for its expectations
            report.at_fault = gcs_path
            parse_file(gcs_path)
            report.at_fault = ""
            report.missing = True
            return report
        report.at_fault = gcs_path
        scenario = parse_file(gcs_path)
        report.at_fault = ""
        results = {}
        sections = exp.sections if exp else []
        for s in sections:
            if as_of is not None and s.as_of is not None and s.as_of != as_of:
                report.skipped.append(s.name)
                continue
            sr, results[s.name] = check_section(scenario, s, as_of)
            report.sections.append(sr)
        if update:
            from .reasoning import reason

            report.old_text = exp.text if exp else None
            extra = None
            if not sections or (as_of is not None and not any(s.as_of in (as_of, None) for s in sections)):
                extra = reason(scenario, as_of=as_of, explain=True)
            report.new_text = updated_text(exp, results, extra, Path(gcs_path).name)
    except ExpectationError as exc:
        report.error = " ".join(str(exc).split())
        report.at_fault = str(exp_path)
    except ScenarioError as exc:
        report.error = " ".join(str(exc).split())
        report.at_fault = gcs_path
    except Exception as exc:  # a failure of ours: reported, the other files go on
        from .pool import internal_error

        report.internal = internal_error(gcs_path, exc)
    return report


def check_task(task) -> FileReport:
    """check_file for pool.ordered: task = (gcs path, update, as_of)."""
    return check_file(*task)


def unified_diff(old: str, new: str, path: str) -> str:
    import difflib

    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=f"{path} (before)", tofile=f"{path} (now)"))


def _not_a_folder(q: Path) -> bool:
    """Whether `q` is there and not a folder (a file, a named pipe, a device, a symbolic link to nothing or
    to itself: reading it says what is wrong, as `check` says it, rather than the file being left out)."""
    try:
        return (q.exists() or q.is_symlink()) and not q.is_dir()
    except (OSError, ValueError):
        return False


def _resolved(q: Path) -> Path:
    """`q` with its links followed, where they can be (a link loop: `q` itself, its reading says so)."""
    try:
        return q.resolve()
    except (OSError, RuntimeError, ValueError):
        return q.absolute()


def scenarios_under(paths) -> tuple:
    """([.gcs path], [error]) of the PATH arguments of `gcs-reasoner test`: a .gcs file, a .expected
    file (its .gcs), or a folder (every .gcs below it, hidden folders left out)."""
    found, errors = [], []
    for arg in paths:
        p = Path(arg)
        try:
            is_dir = p.is_dir()
        except (OSError, ValueError):
            is_dir = False
        if is_dir:
            def visible(q):
                return _not_a_folder(q) and not any(part.startswith(".") for part in q.relative_to(p).parts)

            # a .gcs that is not a regular file (a named pipe, a device) is listed as `check` lists it: its
            # reading says what it is, rather than the folder seeming to hold no .gcs file
            below = sorted(q for q in p.rglob("*.gcs") if visible(q))
            if not below:
                errors.append(f"{arg}: no .gcs file in this folder; expected a .gcs file, or a folder holding"
                              f" .gcs files (in it or its subfolders)")
            found += below
            errors += [f"{q}: no scenario {q.with_suffix('.gcs').name} beside this expectation file"
                       for q in sorted(p.rglob("*.expected"))
                       if visible(q) and not _not_a_folder(q.with_suffix(".gcs"))]
        elif p.suffix == ".expected":
            gcs = p.with_suffix(".gcs")
            if _not_a_folder(gcs):
                found.append(gcs)
            else:
                errors.append(f"{arg}: no scenario {gcs.name} beside this expectation file")
        elif p.suffix == ".gcs" and _not_a_folder(p):
            found.append(p)
        elif not p.exists():
            errors.append(f"{arg}: no such file or folder")
        else:
            errors.append(f"{arg}: expected a .gcs file, a .expected file or a folder")
    seen, unique = set(), []
    for q in found:
        if _resolved(q) not in seen:
            seen.add(_resolved(q))
            unique.append(str(q))
    return unique, errors
