"""A readable summary for a lawyer, grouped by topic: each conclusion in words
(French by default, English on request) with its provisions, and its spelling
(what `gcs-reasoner explain` and the JSON call it)."""

from __future__ import annotations

from . import as_of_line, grouped, topic_title


HEAD = {
    "fr": {"none": "Aucune conclusion.", "warnings": "Avertissements",
           "line": "ligne", "explain": "Expliquer une conclusion : gcs-reasoner explain {p} '<conclusion>'"},
    "en": {"none": "No conclusion.", "warnings": "Warnings",
           "line": "line", "explain": "Explain a conclusion: gcs-reasoner explain {p} '<conclusion>'"},
}


def render(result, with_provisions: bool = True, lang: str = "fr", detail: bool = False) -> str:
    from ..symbols import spell
    from .words import Words

    words = Words(result, lang, detail)
    h = HEAD[lang]
    g = result.scenario.groupement
    out = [f"{g.name or g.id} ({g.id}) — {result.scenario.path}",
           as_of_line(result, lang), ""]
    for topic, conclusions in grouped(result):
        title = topic_title(topic, lang)
        out.append(title)
        out.append("-" * len(title))
        for c in conclusions:
            line = words.conclusion_line(c.symbol, c.provisions if with_provisions else [])
            out.append(f"  {line}")
            if words.has_sentence(c.symbol):  # else the line already starts with the spelling
                out.append(f"      {spell(c.symbol)}")
        out.append("")
    if not result.conclusions:
        out += [h["none"], ""]
    if result.warnings:
        out.append(h["warnings"])
        out.append("-" * len(h["warnings"]))
        for w in result.warnings:
            where = f" ({h['line']} {w.line})" if w.line else ""
            out.append(f"  {w.code}{where}: {w.text(lang)}")
        out.append("")
    out.append(h["explain"].format(p=result.scenario.path))
    return "\n".join(out)
