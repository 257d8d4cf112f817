"""Coverage of the law: which provisions the rules encode and the scenarios exercise.

    gcs-reasoner coverage [--in-force-on DATE]
    python -m gcs_reasoner.coverage [--in-force-on DATE] [--format text|json] [--facts DIR]

For each provision of the inventory (``data/law/provisions.yaml``), or only
those of the text versions in force on DATE:

- ``decidable``: full / partial / none, as the inventory says;
- the rules that encode it: the rules of ``rules/*.lp`` citing its id (file:line);
  a rule marked ``% partial: <why>`` (it only restates a fact of the file, or
  decides part of the text) does not make the provision encoded: the
  provision is reported ``partial`` with the reason;
- the scenarios where it applies: a golden file ``facts/NAME.expected`` has a
  conclusion line resting on it (``conclusion  <-  ..., ID, ...``);
- the scenarios where it does not apply: a golden file has a line
  ``not conclusion  <-  ID``.

A provision marked ``none`` is listed with the inventory's reason (its ``says``
and its ``note``). The last line is the summary::

    provisions: E encoded / D decidable, T tested (P partly encoded)

with D the decidable provisions (full + partial) of the selection, E those of
them cited by at least one rule that decides something the file does not
already say (not marked partial), P those cited only by partial rules, T those
with both an applying and a non-applying scenario.

Nothing is solved here: the golden files are read as text (they are checked
against the solver by tests/test_scenarios.py), so the report takes the time
of loading the rules (a fraction of a second).
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from . import law
from .program import load_program

FACTS_DIR = Path(__file__).resolve().parent.parent / "facts"
DECIDABLE = ("full", "partial")
WIDTH = 110


# --- data --------------------------------------------------------------------------


@dataclass
class Scenarios:
    """What the golden files say: provision id -> scenario names (sorted, unique)."""

    applies: dict[str, list[str]] = field(default_factory=dict)
    not_applies: dict[str, list[str]] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    # (facts/NAME.expected:line, id) for every id a golden file cites
    cited: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Entry:
    """One provision of the selection and what covers it."""

    id: str
    article: str
    version: str
    decidable: str
    rules: list[str]  # file:line
    applies: list[str]  # scenario names
    not_applies: list[str]
    says: str = ""
    note: str = ""
    partial: list[str] = field(default_factory=list)  # why each rule citing it is partial (only partial rules cite it)

    @property
    def is_decidable(self) -> bool:
        return self.decidable in DECIDABLE

    @property
    def encoded(self) -> bool:
        return bool(self.rules) and not self.partial

    @property
    def tested(self) -> bool:
        return bool(self.applies) and bool(self.not_applies)

    def gaps(self) -> list[str]:
        """What is missing for this provision to count as covered (decidable ones only)."""
        if not self.is_decidable:
            return []
        out = []
        if not self.rules:
            out.append("no rule")
        elif self.partial:
            out.append("partial: " + "; ".join(self.partial))
        if not self.applies:
            out.append("no scenario where it applies")
        if not self.not_applies:
            out.append("no scenario where it does not apply")
        return out

    def as_dict(self) -> dict:
        d = {
            "id": self.id,
            "article": self.article,
            "version": self.version,
            "decidable": self.decidable,
            "rules": self.rules,
            "applies": self.applies,
            "not_applies": self.not_applies,
        }
        if self.partial:
            d["partial"] = self.partial
        if not self.is_decidable:
            d["reason"] = self.reason
        return d

    @property
    def reason(self) -> str:
        """Why it is not decided from a scenario (the inventory's words)."""
        out = (self.says or "").strip()
        if self.note:
            out += f" (note: {self.note.strip()})"
        return out


@dataclass
class Coverage:
    entries: list[Entry]
    in_force_on: Optional[date]
    scenarios: list[str]
    unknown_in_rules: list[tuple[str, str]]  # (file:line, id) not in the inventory
    unknown_in_goldens: list[tuple[str, str]]  # (scenario:line, id)

    @property
    def decidable(self) -> list[Entry]:
        return [e for e in self.entries if e.is_decidable]

    @property
    def counts(self) -> tuple[int, int, int]:
        """(encoded, decidable, tested), all among the decidable provisions."""
        dec = self.decidable
        return sum(e.encoded for e in dec), len(dec), sum(e.tested for e in dec)

    @property
    def partly_encoded(self) -> int:
        return sum(bool(e.rules) and bool(e.partial) for e in self.decidable)

    def summary(self) -> str:
        e, d, t = self.counts
        return f"provisions: {e} encoded / {d} decidable, {t} tested ({self.partly_encoded} partly encoded)"

    def gaps(self) -> list[tuple[str, list[str]]]:
        """[(id, [what is missing])] for the decidable provisions not fully covered."""
        return [(e.id, g) for e in self.entries if (g := e.gaps())]

    def as_dict(self) -> dict:
        e, d, t = self.counts
        return {
            "in_force_on": self.in_force_on.isoformat() if self.in_force_on else None,
            "scenarios": self.scenarios,
            "provisions": [x.as_dict() for x in self.entries],
            "unknown_ids": {
                "rules": [{"where": w, "id": i} for w, i in self.unknown_in_rules],
                "goldens": [{"where": w, "id": i} for w, i in self.unknown_in_goldens],
            },
            "summary": {"encoded": e, "decidable": d, "tested": t, "total": len(self.entries)},
        }


def read_goldens(facts_dir: Path = FACTS_DIR) -> Scenarios:
    """The provisions each golden file rests its conclusions on, and its `not` lines, read by
    expectations.parse (the format of every expectation file): `CONCLUSION  <-  ID, ID`
    (drawn), `not CONCLUSION  <-  ID` (not drawn: the provision does not apply); warnings,
    dates and comments cite nothing. A file that does not parse is counted, citing nothing
    (`gcs-reasoner test` says what is wrong with it).
    """
    from .expectations_file import ExpectationError, parse

    out = Scenarios()
    applies: dict[str, set] = {}
    not_applies: dict[str, set] = {}
    if not facts_dir.is_dir():
        return out
    for path in sorted(facts_dir.glob("*.expected")):
        name = path.stem
        out.names.append(name)
        try:
            sections = parse(path).sections
        except ExpectationError:
            continue
        for e in (e for s in sections for e in s.items if e.kind != "warning"):
            target = not_applies if e.kind == "not" else applies
            for pid in e.provisions or ():
                target.setdefault(pid, set()).add(name)
                out.cited.append((f"facts/{path.name}:{e.line}", pid))
    out.applies = {k: sorted(v) for k, v in applies.items()}
    out.not_applies = {k: sorted(v) for k, v in not_applies.items()}
    return out


def _in_force_sources(on: date) -> set[str]:
    return {t.file for t in law.text_versions() if t.in_force(on)}


def compute(in_force_on: Optional[date] = None, facts_dir: Path = FACTS_DIR, program=None) -> Coverage:
    """The coverage of the inventory (or of the versions in force on a date)."""
    program = program or load_program()
    known = {p.id: p for p in law.provisions()}

    rules_of: dict[str, list[str]] = {}
    partial_of: dict[str, list[str]] = {}  # reasons of the partial rules citing an id
    full: set[str] = set()  # ids cited by a rule that is not partial
    unknown_rules: list[tuple[str, str]] = []
    for r in program.rules:
        for pid in r.provisions:
            where = f"{r.file}:{r.line}"
            if pid not in known:
                unknown_rules.append((where, pid))
            lst = rules_of.setdefault(pid, [])
            if where not in lst:
                lst.append(where)
            if r.partial:
                reasons = partial_of.setdefault(pid, [])
                if r.partial not in reasons:
                    reasons.append(r.partial)
            else:
                full.add(pid)

    sc = read_goldens(facts_dir)
    unknown_goldens = [(w, pid) for w, pid in sc.cited if pid not in known]

    sources = _in_force_sources(in_force_on) if in_force_on else None
    entries = []
    for p in known.values():
        if sources is not None and p.source not in sources:
            continue
        entries.append(
            Entry(
                id=p.id,
                article=p.article,
                version=p.version,
                decidable=p.decidable or "none",
                rules=rules_of.get(p.id, []),
                applies=sc.applies.get(p.id, []),
                not_applies=sc.not_applies.get(p.id, []),
                says=p.says or "",
                note=p.note or "",
                partial=[] if p.id in full else partial_of.get(p.id, []),
            )
        )
    return Coverage(entries, in_force_on, sc.names, unknown_rules, unknown_goldens)


# --- text report -------------------------------------------------------------------


def _article_key(e: Entry) -> tuple[str, str]:
    return (e.article, e.version)


def _grouped(entries: Iterable[Entry]) -> list[tuple[tuple[str, str], list[Entry]]]:
    groups: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        groups.setdefault(_article_key(e), []).append(e)
    return list(groups.items())


def _period(article: str, version: str) -> str:
    for t in law.text_versions(article):
        if t.version == version:
            until = t.until.isoformat() if t.until else "in force"
            return f"{t.from_.isoformat()} → {until}"
    return ""


def _status(e: Entry) -> str:
    if not e.is_decidable:
        return "—"
    gaps = e.gaps()
    if not gaps:
        return "ok"
    short = {"no rule": "rule", "no scenario where it applies": "applies", "no scenario where it does not apply": "not-applies"}
    parts = [short.get(g, "") for g in gaps if not g.startswith("partial:")]
    status = "missing: " + ", ".join(parts) if parts else ""
    if e.partial:
        status = ("partial" + (f"; {status}" if status else ""))
    return status


def _short_id(e: Entry) -> str:
    """The id without its article@version prefix (the group header says it)."""
    prefix = f"{e.article}@{e.version}" if "@" in e.id else e.article
    rest = e.id[len(prefix):] if e.id.startswith(prefix) else e.id
    return rest or "(whole)"


def _table(header: list[str], rows: list[list[list[str]]], widths: list[int]) -> list[str]:
    """Rows of multi-line cells; every column padded to its width (the last one free)."""
    out = []

    def line(cells):
        return "  ".join(c.ljust(w) if i < len(cells) - 1 else c for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    out.append("  " + line(header))
    out.append("  " + line(["-" * max(len(h), 1) for h in header]))
    for row in rows:
        height = max(len(c) for c in row) if row else 1
        for k in range(height):
            out.append("  " + line([c[k] if k < len(c) else "" for c in row]))
    return out


def _rules_cell(rules: list[str], width: int = 36) -> list[str]:
    """`rules/membership/2006-01-01_R6133-5.lp:40`, `rules/membership/2006-01-01_R6133-5.lp:46` -> `r6133_5.lp:40,46` (wrapped)."""
    if not rules:
        return ["-"]
    by_file: dict[str, list[str]] = {}
    for r in rules:
        f, _, line = r.rpartition(":")
        by_file.setdefault(f.rsplit("/", 1)[-1], []).append(line)
    out = []
    for f, lines in by_file.items():
        cur = f + ":"
        for i, n in enumerate(lines):
            piece = n + ("," if i < len(lines) - 1 else "")
            if len(cur) + len(piece) > width and not cur.endswith(":"):
                out.append(cur)
                cur = " " * (len(f) + 1)
            cur += piece
        out.append(cur)
    return out


def _list_cell(items: list[str], limit: int = 3) -> list[str]:
    if not items:
        return ["-"]
    if len(items) <= limit:
        return items
    return items[:limit] + [f"(+{len(items) - limit} more)"]


def render_text(cov: Coverage, width: int = WIDTH) -> str:
    out: list[str] = []
    scope = f"text versions in force on {cov.in_force_on.isoformat()}" if cov.in_force_on else "every version of the inventory"
    out.append(f"Coverage of the law: {scope}")
    out.append(f"{len(cov.entries)} provisions; {len(cov.scenarios)} scenarios with a golden file (facts/*.expected)")
    out.append("rules: rules/FILE:LINE citing the provision; applies: scenarios with a golden line resting on it;")
    out.append("not: scenarios with a `not ... <- id` line (the provision does not apply there)")
    out.append("")
    header = ["provision", "decidable", "rules", "applies", "not", "status"]
    for (article, version), entries in _grouped(cov.entries):
        dec = [e for e in entries if e.is_decidable]
        enc = sum(e.encoded for e in dec)
        tst = sum(e.tested for e in dec)
        title = f"{article} @ {version}" if version and "@" in entries[0].id else article
        period = _period(article, version) if "@" in entries[0].id else ""
        out.append(f"{title}" + (f"  ({period})" if period else "") + f"  — {enc}/{len(dec)} encoded, {tst} tested")
        rows, nones = [], []
        for e in entries:
            if not e.is_decidable:
                nones.append(e)
                continue
            rows.append([[_short_id(e)], [e.decidable], _rules_cell(e.rules), _list_cell(e.applies), _list_cell(e.not_applies), [_status(e)]])
        if rows:
            cols = len(header)
            widths = [max(len(header[i]), *(len(x) for r in rows for x in r[i])) for i in range(cols)]
            out.extend(_table(header, rows, widths))
        for e in nones:
            lead = f"  {_short_id(e)}  none — not decidable from a scenario: "
            reason = e.reason or "(no reason given in the inventory)"
            if e.rules:
                reason += " [cited by " + "; ".join(x.strip() for x in _rules_cell(e.rules, width=1000)) + "]"
            wrapped = textwrap.wrap(reason, width=max(40, width - len(lead)))
            out.append(lead + wrapped[0])
            out.extend(" " * len(lead) + w for w in wrapped[1:])
        out.append("")
    if cov.unknown_in_rules or cov.unknown_in_goldens:
        out.append("Ids not in the inventory")
        for where, pid in cov.unknown_in_rules + cov.unknown_in_goldens:
            out.append(f"  {where}: {pid}")
        out.append("")
    out.append(cov.summary())
    return "\n".join(out)


# --- entry points -------------------------------------------------------------------


def main(args) -> int:
    """`gcs-reasoner coverage` (args from the CLI: in_force_on, optionally format and facts)."""
    facts = getattr(args, "facts", None)
    cov = compute(getattr(args, "in_force_on", None), Path(facts) if facts else FACTS_DIR)
    if getattr(args, "format", "text") == "json":
        sys.stdout.write(json.dumps(cov.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(cov) + "\n")
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}; expected YYYY-MM-DD") from None


def _cli(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m gcs_reasoner.coverage", description=__doc__.split("\n\n")[0])
    ap.add_argument("--in-force-on", type=_date, help="only the versions in force on this date")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    ap.add_argument("--facts", help="folder of the golden files (default: facts/ of the project)")
    return main(ap.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(_cli())
