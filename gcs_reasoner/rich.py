"""Rich display in notebooks (`_repr_html_`): a result, a conclusion, an explanation tree.

The pages of render/html.py are reused where they fit; if they cannot be
(their functions changed), the text forms are shown, escaped, in a `<pre>`.
"""

from __future__ import annotations

from html import escape


def result_html(result) -> str:
    try:
        from .render.html import body

        return body(result, level=3)
    except Exception:  # render/html.py changed: the text report
        from .render.text import render

        return f"<pre>{escape(render(result))}</pre>"


def tree_html(tree) -> str:
    try:
        from .render.html import _node

        return f"<div class='gcs-tree'><p><code>{escape(tree.conclusion)}</code></p>{_node(tree)}</div>"
    except Exception:
        from .render.text import tree as render_tree

        return f"<pre>{escape(render_tree(tree))}</pre>"


def conclusion_html(conclusion) -> str:
    head = f"<p><code>{escape(conclusion.text)}</code> — {escape(', '.join(conclusion.provisions))}</p>"
    try:
        said = conclusion.sentence("fr")
    except Exception:
        said = None
    if said:
        head += f"<p><i>{escape(said)}</i></p>"
    return head + tree_html(conclusion.explain())
