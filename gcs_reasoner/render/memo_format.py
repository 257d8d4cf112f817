"""The legal note (render/memo.py) written out: Markdown, or one self-contained HTML page
(the style inline, no script, no link; a print stylesheet), everything escaped."""

from __future__ import annotations

import re
from html import escape

from .markdown import _md, code

# --- Markdown ------------------------------------------------------------------------------


def _md_runs(runs) -> str:
    out = []
    for style, text in runs:
        if not text:
            continue
        if style == "code":
            out.append(code(text))
        elif style == "ref":
            out.append(f"[{code(text)}]")
        elif style == "b":
            out.append(f"**{_md(text.strip())}**" + (" " if text.endswith(" ") else ""))
        elif style == "i":
            out.append(f"*{_md(text)}*")
        else:
            out.append(_md(text).replace("\\`gcs-reasoner explain\\`", "`gcs-reasoner explain`"))
    return "".join(out).rstrip()


def markdown(memo) -> str:
    out = [f"# {_md(memo.title)}", ""]
    out += [("- " if b.kind == "item" else "") + _md_runs(b.runs) for b in memo.header[:-1]]
    out += ["", _md_runs(memo.header[-1].runs), ""]
    for section in memo.sections:
        out += [f"## {_md(section.title)}", ""]
        number = 0
        previous = None
        for b in section.blocks:
            text = _md_runs(b.runs)
            if b.kind in ("item", "numbered", "subitem") and previous not in ("item", "numbered", "subitem", None):
                out.append("")
            if b.kind == "sub":
                out += ["", "### " + _md_runs([("" if st == "b" else st, x) for st, x in b.runs]), ""]
                number = 0
            elif b.kind == "p":
                out += ["", f'<a id="{b.anchor}"></a>{text}' if b.anchor else text, ""]
            elif b.kind == "quote":
                out += [">" + (" " + line if line else "") for line in _md(b.runs[0][1]).splitlines()] + [""]
            elif b.kind == "item":
                out.append(f"- {text}")
            elif b.kind == "subitem":
                out.append(f"  - {text}")
            elif b.kind == "numbered":
                number += 1
                out.append(f"{number}. {text}")
            previous = b.kind
        out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.rstrip() + "\n"


# --- HTML ------------------------------------------------------------------------------------

STYLE = """
.memo{font-family:Georgia,'Times New Roman',serif;font-size:12pt;line-height:1.5;color:#111;max-width:46em;
margin:0 auto;padding:2em 1.5em}
.memo h1{font-size:1.6em;font-weight:normal;border-bottom:2px solid #333;padding-bottom:.3em;margin-bottom:.6em}
.memo h2{font-size:1.2em;font-variant:small-caps;letter-spacing:.04em;margin-top:2em;border-bottom:1px solid #bbb;
padding-bottom:.15em}
.memo h3{font-size:1em;font-style:italic;font-weight:normal;margin:1.4em 0 .4em;color:#333}
.memo p{text-align:left;hyphens:auto;margin:.5em 0}
.memo ul,.memo ol{margin:.4em 0 .8em;padding-left:1.6em}
.memo li{margin:.25em 0}
.memo ul.head{list-style:none;padding-left:0}
.memo blockquote{margin:.3em 0 .9em 1.2em;padding:.1em .9em;border-left:3px solid #999;color:#222;
white-space:pre-line;font-size:.95em}
.memo code{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.8em;background:#f2f2f2;
padding:0 .2em;border-radius:2px;word-break:break-word}
.memo .ref{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.75em;color:#555}
.memo .small,.memo .made{font-size:.85em;color:#555}
.memo p.para{text-indent:0}
.memo a{color:#1a4d80;text-decoration:none}
.memo ol.conclusions>li{margin:.45em 0}
@media print{
 @page{margin:2cm 2cm 2.2cm}
 .memo{max-width:none;padding:0;font-size:11pt}
 .memo h2{page-break-after:avoid;break-after:avoid}
 .memo h3{page-break-after:avoid;break-after:avoid}
 .memo blockquote,.memo li{page-break-inside:avoid;break-inside:avoid}
 .memo code{background:none;padding:0}
 .memo a{color:inherit}
}
"""


def _html_runs(runs) -> str:
    out = []
    for style, text in runs:
        if not text:
            continue
        t = escape(text)
        if style == "code":
            out.append(f"<code>{t}</code>")
        elif style == "ref":
            out.append(f"<span class='ref'>[{t}]</span>")
        elif style == "b":
            out.append(f"<b>{t}</b>")
        elif style == "i":
            out.append(f"<i>{t}</i>")
        elif style == "small":
            out.append(f"<span class='small'>{_code(t)}</span>")
        else:  # `gcs-reasoner explain` in the notes' own words
            out.append(_code(t))
    return "".join(out).strip()


def _code(escaped: str) -> str:
    """`gcs-reasoner explain` in the note's own words, as code."""
    return re.sub(r"`([^`<]+)`", r"<code>\1</code>", escaped)


def html(memo, page: bool = True) -> str:
    parts = [f"<article class='memo' lang='{memo.lang}'>", f"<h1>{escape(memo.title)}</h1>", "<ul class='head'>"]
    parts += [f"<li>{_html_runs(b.runs)}</li>" for b in memo.header[:-1]]
    parts += ["</ul>", f"<p class='made'>{_html_runs(memo.header[-1].runs)}</p>"]
    for section in memo.sections:
        parts.append(f"<section id='{section.key}'><h2>{escape(section.title)}</h2>")
        blocks, i = section.blocks, 0
        while i < len(blocks):
            b = blocks[i]
            if b.kind in ("item", "numbered", "subitem"):
                kind = "item" if b.kind == "subitem" else b.kind
                tag = "ol" if kind == "numbered" else "ul"
                cls = " class='conclusions'" if section.key == "conclusions" else ""
                parts.append(f"<{tag}{cls}>")
                while i < len(blocks) and blocks[i].kind in (kind, "subitem"):
                    item, i = blocks[i], i + 1
                    subs = []
                    while i < len(blocks) and blocks[i].kind == "subitem":
                        subs.append(blocks[i])
                        i += 1
                    inner = "".join(f"<li>{_html_block_body(x, section.key)}</li>" for x in subs)
                    parts.append(f"<li>{_html_block_body(item, section.key)}" + (f"<ul>{inner}</ul>" if inner else "")
                                 + "</li>")
                parts.append(f"</{tag}>")
                continue
            i += 1
            body = _html_block_body(b, section.key)
            if b.kind == "sub":
                parts.append(f"<h3>{body}</h3>")
            elif b.kind == "p":
                anchor = f" id='{escape(b.anchor)}'" if b.anchor else ""
                parts.append(f"<p class='para'{anchor}>{body}</p>")
            elif b.kind == "quote":
                parts.append(f"<blockquote lang='fr'>{escape(b.runs[0][1])}</blockquote>")
        parts.append("</section>")
    parts.append("</article>")
    body = "\n".join(parts)
    if not page:
        return f"<style>{STYLE}</style>\n{body}"
    return (f"<!doctype html>\n<html lang='{memo.lang}'><head><meta charset='utf-8'>\n"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
            f"<title>{escape(memo.title)}</title>\n<style>{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n")


def _html_block_body(b, section: str) -> str:
    body = _html_runs(b.runs)
    if b.link and section != "analysis":  # a conclusion points to its paragraph of the analysis
        body = f"{body} <a href='#{escape(b.link)}' class='small'>(§&#8239;{escape(b.link[1:])})</a>"
    return body
