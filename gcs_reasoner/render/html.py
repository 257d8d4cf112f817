"""HTML: the Markdown report's content as one self-contained page (no script, no
link, the style inline) with collapsible trees (`<details>`): each conclusion in
words, its provisions and spelling; each step of its explanation a sentence with
its provision and quote; each fact with its file and line."""

from __future__ import annotations

from html import escape

from . import as_of_why, grouped, topic_title


STYLE = (
    "<style>body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.4}"
    "blockquote{font-style:italic;margin:.2em 1em;color:#333}"
    "details{margin-left:1em}summary{cursor:pointer}code{background:#f3f3f3}.error{color:#a00}"
    "ul.tree{list-style:none;padding-left:1em;border-left:1px solid #ddd}"
    "li.fact{color:#222}li.fact .where{color:#666;font-size:.9em}li.computed,li.condition,li.text{color:#064}"
    "li.detail{color:#666;font-family:monospace;font-size:.85em}.spelling{color:#666;font-size:.85em}</style>"
)

HEAD = {
    "fr": {"as_of": "Droit applicable au <b>{d}</b> ({iso})", "warnings": "Avertissements", "above": "expliqué plus haut"},
    "en": {"as_of": "Law applied as of <b>{d}</b> ({iso})", "warnings": "Warnings", "above": "explained above"},
}


def head(title: str, lang: str = "fr") -> str:
    """The start of a page, up to and including `<body>`."""
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>\n<title>{escape(title)}</title>\n"
            f"{STYLE}</head><body>")


END = "</body></html>"


def render(result, lang: str = "fr", detail: bool = False) -> str:
    g = result.scenario.groupement
    return "\n".join([head(g.name or g.id, lang), body(result, lang=lang, detail=detail), END])


def body(result, level: int = 1, lang: str = "fr", detail: bool = False) -> str:
    """One result as HTML for inside `<body>`: its title at `<h{level}>`, its topics one level below."""
    from ..symbols import spell
    from .phrases import date_words
    from .words import Words

    words = Words(result, lang, detail)
    h = HEAD[lang]
    g = result.scenario.groupement
    h1, h2 = f"h{level}", f"h{level + 1}"
    parts = [
        f"<{h1}>{escape(g.name or g.id)}</{h1}><p>"
        f"{h['as_of'].format(d=escape(date_words(result.as_of, lang)), iso=result.as_of.isoformat())} "
        f"({escape(as_of_why(result, lang))}) — "
        f"<code>{escape(result.scenario.path)}</code></p>",
    ]
    for topic, conclusions in grouped(result):
        parts.append(f"<{h2}>{escape(topic_title(topic, lang))}</{h2}>")
        for c in conclusions:
            item = words.view(c.explain())
            parts.append(f"<details><summary>{escape(words.conclusion_line(c.symbol, c.provisions))} "
                         f"<code class='spelling'>{escape(spell(c.symbol))}</code></summary>")
            parts.append(_inner(item, h["above"], set()))
            parts.append("</details>")
    if result.warnings:
        parts.append(f"<{h2}>{h['warnings']}</{h2}><ul>")
        parts += [f"<li><code>{escape(w.code)}</code>: {escape(w.text(lang))}</li>" for w in result.warnings]
        parts.append("</ul>")
    return "\n".join(parts)


def _inner(item, above: str, shown: set) -> str:
    out = []
    if item.quote:
        out.append(f"<blockquote>« {escape(item.quote)} »</blockquote>")
    if item.children:
        out.append("<ul class='tree'>")
        out += [_li(c, above, shown) for c in item.children]
        out.append("</ul>")
    return "".join(out)


def _li(item, above: str, shown: set) -> str:
    if item.kind == "fact":
        text, _, where = item.text.partition("  ← ")
        return f"<li class='fact'><code>{escape(text)}</code> <span class='where'>← {escape(where)}</span></li>"
    if item.kind == "derived":
        if item.key in shown and item.children:
            return f"<li class='derived'>{escape(item.text)} <i>({escape(above)})</i></li>"
        shown.add(item.key)
        if not item.children and not item.quote:
            return f"<li class='derived'>{escape(item.text)}</li>"
        return (f"<li class='derived'><details><summary>{escape(item.text)}</summary>"
                f"{_inner(item, above, shown)}</details></li>")
    mark = "✓ " if item.kind in ("computed", "condition", "text") else ""
    inner = ""
    if item.children:
        inner = "<ul class='tree'>" + "".join(_li(c, above, shown) for c in item.children) + "</ul>"
    return f"<li class='{item.kind}'>{mark}{escape(item.text)}{inner}</li>"


def tree(node, result=None, lang: str = "fr", detail: bool = False) -> str:
    """One explanation tree (explain.DerivedNode) as HTML: its sentence, then the tree in `<details>`."""
    from .words import Words

    result = result if result is not None else getattr(node, "_result", None)
    if result is None:
        from .text import raw_tree

        return f"<pre>{escape(raw_tree(node))}</pre>"
    words = Words(result, lang, detail)
    item = words.view(node)
    above = HEAD[lang]["above"]
    return f"<p>{escape(item.text)}</p>{_inner(item, above, {item.key})}"


def _node(node) -> str:
    """The tree under a node (kept for callers of the former renderer)."""
    return tree(node)
