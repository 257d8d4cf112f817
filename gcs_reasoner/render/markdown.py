"""Markdown: a report a lawyer can read, paste or review in a pull request."""

from __future__ import annotations

from ..explain import DerivedNode, FactNode
from . import grouped


def render(result, explain: bool = True, level: int = 1) -> str:
    """The report; its title at heading `level`, its topics one level below (a batch nests them)."""
    g = result.scenario.groupement
    h1, h2 = "#" * level, "#" * (level + 1)
    out = [f"{h1} {g.name or g.id}", "", f"- file: `{result.scenario.path}`", f"- law applied as of **{result.as_of.isoformat()}**", ""]
    for topic, conclusions in grouped(result):
        out += [f"{h2} {topic}", ""]
        for c in conclusions:
            out.append(f"- **`{c.text}`** — {', '.join(c.provisions)}")
            if explain:
                tree = c.explain()
                out += ["  " + line for line in _tree(tree, 1)]
        out.append("")
    if result.warnings:
        out += [f"{h2} Warnings", ""]
        out += [f"- `{w.code}`{f' (line {w.line})' if w.line else ''}: {w.message}" for w in result.warnings]
        out.append("")
    return "\n".join(out)


def _tree(node, depth) -> list[str]:
    pad = "  " * depth
    lines = []
    if isinstance(node, DerivedNode):
        if node.quote:
            lines.append(f"{pad}- {', '.join(node.provisions)}: « {node.quote} »")
        for b in node.because:
            if isinstance(b, FactNode):
                lines.append(f"{pad}  - `{b.fact}` ← line {b.line}" + ("" if b.file == "" else ""))
            else:
                lines.append(f"{pad}  - `{b.conclusion}`")
                lines += _tree(b, depth + 2)
        for c in node.computed:
            lines.append(f"{pad}  - ✓ {c}")
        for u in node.unless:
            lines.append(f"{pad}  - ✓ {u}: absent")
    return lines
