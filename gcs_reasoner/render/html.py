"""HTML: the Markdown report's content as a standalone page with collapsible traces."""

from __future__ import annotations

from html import escape

from ..explain import DerivedNode, FactNode
from . import grouped


STYLE = (
    "<style>body{font-family:sans-serif;max-width:60em;margin:auto}blockquote{font-style:italic;margin:.2em 1em}"
    "details{margin-left:1em}code{background:#f3f3f3}.error{color:#a00}</style>"
)


def head(title: str) -> str:
    """The start of a page, up to and including `<body>`."""
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'>\n<title>{escape(title)}</title>\n{STYLE}</head><body>"


END = "</body></html>"


def render(result) -> str:
    g = result.scenario.groupement
    return "\n".join([head(g.name or g.id), body(result), END])


def body(result, level: int = 1) -> str:
    """One result as HTML for inside `<body>`: its title at `<h{level}>`, its topics one level below."""
    g = result.scenario.groupement
    h1, h2 = f"h{level}", f"h{level + 1}"
    parts = [
        f"<{h1}>{escape(g.name or g.id)}</{h1}><p>Law applied as of <b>{result.as_of.isoformat()}</b> — "
        f"<code>{escape(result.scenario.path)}</code></p>",
    ]
    for topic, conclusions in grouped(result):
        parts.append(f"<{h2}>{escape(topic)}</{h2}>")
        for c in conclusions:
            parts.append(f"<details><summary><code>{escape(c.text)}</code> — {escape(', '.join(c.provisions))}</summary>")
            parts.append(_node(c.explain()))
            parts.append("</details>")
    if result.warnings:
        parts.append(f"<{h2}>Warnings</{h2}><ul>")
        parts += [f"<li><code>{escape(w.code)}</code>: {escape(w.message)}</li>" for w in result.warnings]
        parts.append("</ul>")
    return "\n".join(parts)


def _node(node) -> str:
    if isinstance(node, FactNode):
        return f"<li><code>{escape(node.fact)}</code> ← line {node.line}</li>"
    out = []
    if node.quote:
        out.append(f"<p>{escape(', '.join(node.provisions))}</p><blockquote>« {escape(node.quote)} »</blockquote>")
    out.append("<ul>")
    for b in node.because:
        if isinstance(b, DerivedNode):
            out.append(f"<li><details><summary><code>{escape(b.conclusion)}</code></summary>{_node(b)}</details></li>")
        else:
            out.append(_node(b))
    out += [f"<li>✓ {escape(c)}</li>" for c in node.computed]
    out += [f"<li>✓ {escape(u)}: absent</li>" for u in node.unless]
    out.append("</ul>")
    return "".join(out)
