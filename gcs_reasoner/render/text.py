"""A readable summary for a lawyer, grouped by topic: each conclusion in words
(French by default, English on request) with its provisions, and its spelling
(what `gcs-reasoner explain` and the JSON call it); and one explanation tree for a terminal
(`tree`, `gcs-reasoner explain`)."""

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


# --- one explanation tree ---------------------------------------------------------


def tree(node, result=None, lang: str = "fr", detail: bool = False, width: int = 100) -> str:
    """The tree for a terminal, in words (`lang`: fr or en); `detail` adds the auxiliary
    steps and the raw atoms, rules and values. Without `result`, the raw tree."""
    from .words import Words, render_items

    result = result if result is not None else node._result
    if result is None:
        return raw_tree(node)
    words = Words(result, lang, detail)
    return render_items(words.view(node), words)


def raw_tree(node) -> str:
    """The tree as the rules see it: atoms, comparisons and absent atoms (for engineers)."""
    from ..explain import FactNode

    lines: list[str] = []
    shown: set[str] = set()

    def walk(n, prefix: str, last: bool, top: bool = False):
        branch = "" if top else ("└─ " if last else "├─ ")
        if isinstance(n, FactNode):
            lines.append(f"{prefix}{branch}{n.fact}  ← {n.file} line {n.line}")
            return
        head = n.atom
        if n.provisions:
            head += f"  [{', '.join(n.provisions)}]"
        if n.conclusion in shown and n.because:
            lines.append(f"{prefix}{branch}{head}  (explained above)")
            return
        shown.add(n.conclusion)
        lines.append(f"{prefix}{branch}{head}")
        child_prefix = prefix + ("" if top else ("   " if last else "│  "))
        if n.quote:
            lines.append(f"{child_prefix}« {n.quote} »")
        if n.note:
            lines.append(f"{child_prefix}({n.note})")
        items: list = list(n.because)
        extra = [f"✓ {c}" for c in n.computed] + [f"✓ {u}: absent" for u in n.unless]
        total = len(items) + len(extra)
        for i, b in enumerate(items):
            walk(b, child_prefix, i == total - 1)
        for j, e in enumerate(extra):
            last_e = len(items) + j == total - 1
            lines.append(f"{child_prefix}{'└─ ' if last_e else '├─ '}{e}")

    walk(node, "", True, top=True)
    return "\n".join(lines)
