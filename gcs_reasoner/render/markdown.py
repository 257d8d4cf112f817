"""Markdown: a report a lawyer can read, paste or review in a pull request.

Each conclusion in words with its provisions and its spelling; under it, the
explanation tree in words (render/words.py): the quote of each provision, the
text in force, each fact with its file and line, the counts, the computed
dates and the conditions.
"""

from __future__ import annotations

import re

from . import as_of_why, grouped, topic_title

HEAD = {
    "fr": {"file": "fichier", "as_of": "droit applicable au **{d}** ({iso})", "warnings": "Avertissements", "line": "ligne"},
    "en": {"file": "file", "as_of": "law applied as of **{d}** ({iso})", "warnings": "Warnings", "line": "line"},
}


def render(result, explain: bool = True, level: int = 1, lang: str = "fr", detail: bool = False) -> str:
    """The report; its title at heading `level`, its topics one level below (a batch nests them)."""
    from ..symbols import spell
    from .phrases import date_words
    from .words import Words

    words = Words(result, lang, detail)
    h = HEAD[lang]
    g = result.scenario.groupement
    h1, h2 = "#" * level, "#" * (level + 1)
    out = [f"{h1} {_md(g.name or g.id)}", "", f"- {h['file']}: {code(str(result.scenario.path))}",
           f"- {h['as_of'].format(d=date_words(result.as_of, lang), iso=result.as_of.isoformat())}: "
           f"{_md(as_of_why(result, lang))}", ""]
    for topic, conclusions in grouped(result):
        out += [f"{h2} {topic_title(topic, lang)}", ""]
        for c in conclusions:
            out.append(f"- **{_md(words.conclusion_line(c.symbol, c.provisions))}** — {code(spell(c.symbol))}"
                       f" ({', '.join(c.provisions)})")
            if explain:
                item = words.view(c.explain())
                if item.quote:
                    out.append(f"  - « {_md(item.quote)} »")
                for child in item.children:
                    out += _tree(child, 1)
        out.append("")
    if result.warnings:
        out += [f"{h2} {h['warnings']}", ""]
        line = h["line"]
        out += [f"- `{w.code}`{f' ({line} {w.line})' if w.line else ''}: {w.text(lang)}" for w in result.warnings]
        out.append("")
    return "\n".join(out)


def code(text: str) -> str:
    """`text` as one Markdown code span, whatever backticks it holds (CommonMark 6.1): fenced by one
    backtick more than its longest run of them, with a space inside each fence when the text starts or
    ends with a backtick (a span's content is never read as Markdown or HTML, so nothing else is
    escaped). A line break becomes a space, as a span shows it."""
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    if not text:
        return ""  # no empty code span in Markdown
    runs = [len(r) for r in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ") and text.strip()) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md(text: str) -> str:
    """Text safe inside Markdown emphasis and lists."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("<", "&lt;")


def _tree(item, depth: int) -> list[str]:
    pad = "  " * depth
    mark = "✓ " if item.kind in ("computed", "condition", "text") else ""
    if item.kind == "fact":
        text, _, where = item.text.partition("  ← ")
        lines = [f"{pad}- {code(text)} ← {_md(where)}"]
    elif item.kind == "derived":
        lines = [f"{pad}- *{_md(item.text)}*"]
    else:
        lines = [f"{pad}- {mark}{_md(item.text)}"]
    if item.quote:
        lines.append(f"{pad}  - « {_md(item.quote)} »")
    for c in item.children:
        lines += _tree(c, depth + 1)
    return lines
