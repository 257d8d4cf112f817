"""Golden conclusions: `facts/NAME.expected` beside each `facts/NAME.gcs`.

A golden file is for a lawyer to read and review. One line per conclusion
the law draws on the scenario, with the provisions it must rest on:

    # why this scenario exists, what a lawyer should check
    as_of 2008-03-01
    dissolution_required(single_member)  <-  R6133-17@2006-01-01.2
    not dissolution_required(no_health_establishment)  <-  R6133-17@2006-01-01.2   # the CH remains
    warning missing_fact: rights of member 'x' is not stated: no conclusion on ...

- a plain line: the conclusion must be drawn, resting on exactly these provisions;
- `not ...`: the conclusion must NOT be drawn (the provision does not apply here);
- `warning ...`: the warning must be given;
- `#` comments are free text (kept by --update).
Every conclusion drawn must be listed: one that appears, disappears, or rests
on other provisions fails the test, and the message says which and why.

Update after reviewing the change against the law (never blindly):
    python -m tests.golden facts/NAME.gcs [...]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"
ARROW = "  <-  "


@dataclass
class Golden:
    as_of: str = ""
    drawn: dict = field(default_factory=dict)  # conclusion -> tuple(provisions)
    not_drawn: dict = field(default_factory=dict)  # conclusion -> tuple(provisions)
    warnings: list = field(default_factory=list)
    lines: list = field(default_factory=list)  # raw lines, for --update


def _key(text: str) -> str:
    """One key for both spellings of a conclusion (`avenant(av1)` and the contract's `avenant:av1`)."""
    from gcs_reasoner.symbols import spelling_key

    return spelling_key(text)


def parse_golden(path: Path) -> Golden:
    g = Golden()
    for raw in path.read_text(encoding="utf-8").splitlines():
        g.lines.append(raw)
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("warning") else raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("as_of "):
            g.as_of = line.split()[1]
        elif line.startswith("warning "):
            g.warnings.append(line[len("warning "):])
        else:
            negative = line.startswith("not ")
            body = line[4:] if negative else line
            concl, _, provs = body.partition("<-")
            provisions = tuple(p.strip() for p in provs.split(",") if p.strip())
            (g.not_drawn if negative else g.drawn)[_key(concl)] = (concl.strip(), provisions)
    return g


def actual(result) -> Golden:
    g = Golden(as_of=result.as_of.isoformat())
    for c in result.conclusions:
        g.drawn[_key(c.text)] = (c.text, tuple(c.provisions))
    g.warnings = [f"{w.code}: {w.message}" for w in result.warnings]
    return g


def compare(expected: Golden, got: Golden, result) -> list[str]:
    """Differences, each saying which conclusion moved and why."""
    problems = []
    if expected.as_of and expected.as_of != got.as_of:
        problems.append(f"as_of: expected {expected.as_of}, got {got.as_of}")
    for key, (text, provs) in expected.drawn.items():
        if key not in got.drawn:
            problems.append(f"DISAPPEARED  {text}  (expected to rest on {', '.join(provs)})")
        elif got.drawn[key][1] != provs:
            problems.append(f"MOVED        {text}  now rests on {', '.join(got.drawn[key][1])}, expected {', '.join(provs)}")
    for key, (text, provs) in got.drawn.items():
        if key not in expected.drawn:
            why = ""
            c = result.find(text)
            if c is not None:
                tree = c.explain()
                why = f" — {tree.rule}: « {tree.quote[:90]} »"
            problems.append(f"APPEARED     {text}  <-  {', '.join(provs)}{why}")
    for key, (text, provs) in expected.not_drawn.items():
        if key in got.drawn:
            problems.append(f"DRAWN BUT EXPECTED NOT  {text}  (the golden file says {', '.join(provs)} does not apply)")
    for w in expected.warnings:
        if w not in got.warnings:
            problems.append(f"WARNING MISSING  {w}")
    for w in got.warnings:
        if w not in expected.warnings:
            problems.append(f"WARNING NEW      {w}")
    return problems


def render_update(path_gcs: Path, result) -> str:
    """The golden file for result, keeping the comments and `not` lines of the old one."""
    exp_path = path_gcs.with_suffix(".expected")
    old = parse_golden(exp_path) if exp_path.exists() else Golden()
    head = [l for l in old.lines if l.strip().startswith("#")] or [f"# Golden conclusions for {path_gcs.name}: review each line against the law."]
    notes = {}
    for l in old.lines:
        s = l.strip()
        if s and not s.startswith("#") and " #" in l:
            notes[_key(s.split(" #", 1)[0].split("<-")[0].removeprefix("not "))] = l.split(" #", 1)[1]
    out = head[:]
    out.append(f"as_of {result.as_of.isoformat()}")
    for c in result.conclusions:
        line = f"{c.text}{ARROW}{', '.join(c.provisions)}"
        note = notes.get(_key(c.text))
        out.append(line + (f"  #{note}" if note else ""))
    for key, (text, provs) in old.not_drawn.items():
        note = notes.get(key)
        out.append(f"not {text}{ARROW}{', '.join(provs)}" + (f"  #{note}" if note else ""))
    for w in result.warnings:
        out.append(f"warning {w.code}: {w.message}")
    return "\n".join(out) + "\n"


def main(argv):
    sys.path.insert(0, str(ROOT))
    import gcs_reasoner as gcs

    for name in argv:
        p = Path(name)
        result = gcs.reason(gcs.load(p))
        p.with_suffix(".expected").write_text(render_update(p, result), encoding="utf-8")
        print(f"wrote {p.with_suffix('.expected')} — now review it against the law")


if __name__ == "__main__":
    main(sys.argv[1:])
