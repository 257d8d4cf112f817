"""A readable summary for a lawyer, grouped by topic."""

from __future__ import annotations

from . import grouped


def render(result, with_provisions: bool = True) -> str:
    g = result.scenario.groupement
    out = [f"{g.name or g.id} ({g.id}) — {result.scenario.path}", f"Law applied as of {result.as_of.isoformat()}", ""]
    for topic, conclusions in grouped(result):
        out.append(topic)
        out.append("-" * len(topic))
        for c in conclusions:
            line = f"  {c.text}"
            if with_provisions:
                line += f"    [{', '.join(c.provisions)}]"
            out.append(line)
        out.append("")
    if not result.conclusions:
        out += ["No conclusion.", ""]
    if result.warnings:
        out.append("Warnings")
        out.append("--------")
        for w in result.warnings:
            where = f" (line {w.line})" if w.line else ""
            out.append(f"  {w.code}{where}: {w.message}")
        out.append("")
    out.append(f"Explain a conclusion: gcs-reasoner explain {result.scenario.path} '<conclusion>'")
    return "\n".join(out)
