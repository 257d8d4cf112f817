"""The legal note (« note juridique »): the reasoning of one result as the document a lawyer sends.

`build(result, lang)` makes a plain `Memo` (sections of blocks of styled runs); `memo_format.py`
writes it as Markdown or HTML. The order is the one lawyers write in: the facts (the file's
statements with their lines), the questions (one per topic concluded on), the texts applied
(versions and the French text of each provision the conclusions rest on), the analysis (one
paragraph per conclusion, in prose, from its explanation tree and the words of render/words.py:
memo_analysis.py), the conclusions, and what is left open (warnings, partial encodings and
readings of the rules that served, conflicts, texts not in the folder). The note's own words:
memo_words.py.

Nothing is added to the reasoning: every sentence is a conclusion, a node of an explanation
tree, a statement of the file, a text of the law data, a warning, or a note of a rule that
derived a conclusion. Some tree content is left out for readability (internal atoms without
words, the `as of` fact every rule reads): `gcs-reasoner explain` gives the whole tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from ..scenario import source_lines
from . import as_of_why, grouped, topic_title
from .memo_words import OTHER_QUESTION, QUESTIONS, STATEMENT, W

# --- the document model -------------------------------------------------------------------


@dataclass
class Block:
    """A paragraph-level piece: `p` (prose), `item` (bullet), `numbered` (numbered item),
    `quote` (a French text of the law), `sub` (a sub-heading). `runs` are (style, text) with
    style "" (plain), "b", "i", "code", "ref" (provision ids), "small"."""

    kind: str
    runs: list
    anchor: str = ""  # an id to link to (the analysis of conclusion n: "c3")
    link: str = ""  # the anchor this block points to


@dataclass
class Section:
    key: str  # facts | questions | texts | analysis | conclusions | open
    title: str
    blocks: list = field(default_factory=list)


@dataclass
class Memo:
    lang: str
    title: str
    header: list  # [Block]
    sections: list  # [Section]

    def markdown(self) -> str:
        from .memo_format import markdown

        return markdown(self)

    def html(self, page: bool = True) -> str:
        from .memo_format import html

        return html(self, page=page)

    def __str__(self) -> str:
        return self.markdown()

    def _repr_markdown_(self) -> str:
        return self.markdown()

    def _repr_html_(self) -> str:  # a fragment: a notebook cell is not a page
        return self.html(page=False)


DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


# --- the note ------------------------------------------------------------------------------


def build(result, lang: str = "fr") -> Memo:
    """The note of one result, in `lang` (fr or en); the law is quoted in French."""
    from .. import __version__
    from .memo_analysis import analysis
    from .phrases import date_words
    from .words import Words

    from .phrases import lang_of

    lang = lang_of(lang)
    w = W[lang]
    words = Words(result, lang)
    g = result.scenario.groupement
    name = g.name or g.id
    header = [
        Block("item", [("b", f"{w['groupement']} : " if lang == "fr" else f"{w['groupement']}: "), ("", name), ("", " "),
                       ("code", g.id)]),
        Block("item", [("b", f"{w['file']} : " if lang == "fr" else f"{w['file']}: "), ("code", str(result.scenario.path))]),
        Block("item", [("b", f"{w['as_of']} : " if lang == "fr" else f"{w['as_of']}: "),
                       ("", f"{date_words(result.as_of, lang)} ({result.as_of.isoformat()}) — {as_of_why(result, lang)}")]),
        Block("p", [("small", w["made"].format(v=__version__))]),
    ]
    groups = grouped(result)
    numbers = {}  # conclusion spelling -> its number (§) in the analysis and the conclusions
    for _topic, conclusions in groups:
        for c in conclusions:
            numbers[c.text] = len(numbers) + 1
    trees = {c.text: c.explain() for _t, cs in groups for c in cs}
    sections = [
        Section("facts", w["sections"]["facts"], _facts(result, lang)),
        Section("questions", w["sections"]["questions"], _questions(groups, lang)),
        Section("texts", w["sections"]["texts"], _texts(result, groups, lang)),
        Section("analysis", w["sections"]["analysis"], analysis(result, groups, trees, numbers, words)),
        Section("conclusions", w["sections"]["conclusions"], _conclusions(groups, numbers, words)),
        Section("open", w["sections"]["open"], _open_points(result, groups, trees, numbers, words)),
    ]
    return Memo(lang, w["title"].format(name=name), header, sections)


def render(result, lang: str = "fr", format: str = "markdown") -> str:
    """The note as text: `format` markdown or html (a whole page)."""
    memo = build(result, lang)
    if format == "markdown":
        return memo.markdown()
    if format == "html":
        return memo.html()
    raise ValueError(f"format {format!r}: expected markdown or html")


# --- I. the facts ----------------------------------------------------------------------------


def statements(text: str) -> list:
    """The statements of the groupement block: [(first line, last line, keyword, text)], a
    statement that opens a block (`member x "…" { … }`) taken with its block, on one line."""
    out, depth, cur = [], 0, None
    for i, raw in enumerate(source_lines(text), 1):
        code = _strip_comment(raw).strip()
        if not code:
            continue
        opens, closes = _braces(code)
        if depth == 1 and cur is None and code != "}":
            cur = [i, i, [code]]
        elif cur is not None:
            cur[1] = i
            cur[2].append(code)
        depth += opens - closes
        if cur is not None and depth <= 1:
            body = " ".join(cur[2])
            keyword = "as of" if body.startswith("as of") else body.split()[0]
            out.append((cur[0], cur[1], keyword, body))
            cur = None
    return out


def _strip_comment(line: str) -> str:
    """A line without its `#` comment (a `#` inside a quoted string stays)."""
    quoted = False
    for k, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted:
            return line[:k]
    return line


def _braces(code: str) -> tuple:
    opens = closes = 0
    quoted = False
    for ch in code:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            opens += ch == "{"
            closes += ch == "}"
    return opens, closes


def _facts(result, lang: str) -> list:
    """The file's statements with their lines: the undated ones (the groupement, its members) in
    the file's order, then the dated ones in the order of their first date (a chronology)."""
    from datetime import date

    from .phrases import date_words

    w = W[lang]
    from .words import _file_lines

    text = result.scenario.text or "\n".join(_file_lines(str(result.scenario.path)))
    stale = result.scenario.stale_lines or frozenset()  # changed in Python since the file was read (objects.py)
    undated, dated = [], []
    for first, last, keyword, body in statements(text):
        if keyword == "as of":  # the header gives the date and why
            continue
        where = w["line"].format(n=first) if first == last else w["lines"].format(a=first, b=last)
        label = STATEMENT[lang].get(keyword, keyword)
        if any(first <= n <= last for n in stale):
            when, item = _changed_statement(result, first, last, label, where, w, lang)
            if when is None:
                undated.append(item)
            else:
                dated.append((when, first, item))
            continue
        m = DATE_RE.search(body)
        when = None
        if m:
            try:
                when = date(*(int(x) for x in m.groups()))
            except ValueError:
                when = None
        runs = [("b", label), ("", f" ({where})" + (" : " if lang == "fr" else ": ")), ("code", body)]
        if when is None:
            undated.append(Block("item", runs))
        else:
            dated.append((when, first, Block("item", [("", w["on"].format(d=date_words(when, lang)) + " — ")] + runs)))
    if not undated and not dated:
        return [Block("p", [("", w["no_facts"])])]
    out = []
    if undated:
        out += [Block("sub", [("", w["facts_state"])])] + undated
    if dated:
        out += [Block("sub", [("", w["facts_events"])])] + [b for _d, _l, b in sorted(dated, key=lambda x: x[:2])]
    return out


def _changed_statement(result, first: int, last: int, label: str, where: str, w: dict, lang: str):
    """A statement of the file whose objects were changed in Python after it was read: not quoted (the
    file says something else); the facts reasoned on instead, said to come from no line. (its first
    date or None, its Block)."""
    import re
    from datetime import date

    from ..facts import CHANGED_IN_PYTHON
    from .phrases import date_words

    facts = [a for a, o in result.facts.facts  # (law_date: the calendar of the file's dates, not a statement)
             if o.file == CHANGED_IN_PYTHON and first <= o.line <= last and not a.startswith("law_date(")]
    note = w["changed_in_python"].format(where=where) if facts else w["removed_in_python"].format(where=where)
    runs = [("b", label), ("", f" ({note})")]
    if facts:
        runs += [("", " : " if lang == "fr" else ": "), ("code", " ; ".join(facts))]
    days = [date(*map(int, m)) for a in facts for m in re.findall(r"d\((\d+),(\d+),(\d+)\)", a)]
    if not days:
        return None, Block("item", runs)
    when = min(days)
    return when, Block("item", [("", w["on"].format(d=date_words(when, lang)) + " — ")] + runs)


# --- II. the questions -----------------------------------------------------------------------


def _questions(groups, lang: str) -> list:
    w = W[lang]
    if not groups:
        return [Block("p", [("", w["no_conclusion"])])]
    i = 0 if lang == "fr" else 1
    out = [Block("p", [("", w["questions_intro"])])]
    for n, (topic, _cs) in enumerate(groups, 1):
        q = QUESTIONS.get(topic, OTHER_QUESTION)[i]
        out.append(Block("numbered", [("", q), ("small", f" ({topic_title(topic, lang)})")]))
    return out


# --- III. the texts ----------------------------------------------------------------------------


def provisions_applied(result, groups) -> list:
    """The provision ids the conclusions rest on (through their intermediate steps), in the
    order of the Code (article, version, then the order of the inventory)."""
    from .. import law
    from ..result import _article_key

    seen = result.trace.provisions_under([c.symbol for _t, cs in groups for c in cs])
    order = {pid: k for k, pid in enumerate(law._entries())}
    return sorted(seen, key=lambda p: (_article_key(law.provision(p).article), law.provision(p).version,
                                       order.get(p, 0), p))


def _texts(result, groups, lang: str) -> list:
    from .. import law
    from .phrases import provision_label, text_period

    w = W[lang]
    pids = provisions_applied(result, groups)
    if not pids:
        return [Block("p", [("", w["no_conclusion"])])]
    out = [Block("p", [("", w["texts_intro"])])]
    current = None
    for pid in pids:
        p = law.provision(pid)
        if (p.article, p.version) != current:
            current = (p.article, p.version)
            if p.article.startswith("decret-"):
                head = [("b", provision_label(pid, lang).split(",")[0])]
            else:
                head = [("b", text_period(p.article, p.version, lang))]
                tv = next((t for t in law.text_versions(p.article) if t.version == p.version), None)
                if tv is not None and tv.amended_by:
                    head.append(("small", " — " + w["worded_by"].format(t=tv.amended_by)))
            out.append(Block("sub", head))
        out.append(Block("p", [("", provision_label(pid, lang)), ("", " "), ("ref", pid)]))
        out.append(Block("quote", [("", p.text)]))
    return out


# --- V. the conclusions --------------------------------------------------------------------------


def _conclusions(groups, numbers, words) -> list:
    w = W[words.lang]
    if not groups:
        return [Block("p", [("", w["no_conclusion"])])]
    out = []
    for _topic, cs in groups:
        for c in cs:
            n = numbers[c.text]
            out.append(Block("numbered", [("", words.conclusion_line(c.symbol, c.provisions)), ("", " "),
                                          ("ref", ", ".join(c.provisions)), ("small", " — "), ("code", c.text)],
                             link=f"c{n}"))
    return out


# --- VI. the open points ----------------------------------------------------------------------------


def rules_used(trees) -> list:
    """The rules (program indices) whose derivations the conclusions' trees rest on, in order."""
    out, seen_nodes = {}, set()

    def walk(node):
        if id(node) in seen_nodes or not hasattr(node, "records"):
            return
        seen_nodes.add(id(node))
        for r in node.records:
            out.setdefault(r.rule, None)
        for b in node.because:
            walk(b)

    for tree in trees:
        walk(tree)
    return list(out)


READINGS_HEAD = re.compile(r"^(readings chosen|readings|choices|meaning choices)\s*:\s*$", re.I)


def readings_of(rule_file: str) -> list:
    """The bullets of the `Readings chosen:` / `Readings:` / `Choices:` block at the head of a
    rule file (the project's word on how it reads the text), one string per bullet."""
    from ..program import rules_dir

    root = rules_dir()
    tail = rule_file[len("rules/"):] if rule_file.startswith("rules/") else rule_file
    lines = []
    for path in (root.parent / rule_file, root / tail):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            break
        except (OSError, UnicodeDecodeError):
            continue
    out, inside = [], False
    for raw in lines:
        if not raw.startswith("%"):
            if inside:
                break
            continue
        body = raw.lstrip("%").rstrip()
        text = body.strip()
        if READINGS_HEAD.match(text):
            inside = True
            continue
        if not inside:
            continue
        if not text or text.startswith("="):
            break
        if text.startswith("- "):
            out.append(text[2:])
        elif out and body.startswith("   "):
            out[-1] += " " + text
        else:
            break
    return out


def relevant_readings(bullets: list, predicates) -> list:
    """The bullets naming one of `predicates` (a word of the bullet, `_` or space for `_`): a
    rule file's readings cover all its rules, the note keeps those about what served here."""
    words = {p for p in predicates if len(p) > 3}
    forms = [re.compile(r"(?<![A-Za-z_])" + re.escape(p) + r"(?![A-Za-z_])") for p in sorted(words)]
    forms += [re.compile(r"(?<![A-Za-z])" + re.escape(p.replace("_", " ")) + r"(?![A-Za-z])", re.I)
              for p in sorted(words) if "_" in p]
    return [b for b in bullets if any(f.search(b) for f in forms)]


def _open_points(result, groups, trees, numbers, words) -> list:
    w, lang = W[words.lang], words.lang
    out: list = []
    warnings = list(result.warnings)

    def said(x):
        text = x.text(lang)
        return text[:1].upper() + text[1:]

    def line_of(x):
        return [("small", f" ({w['line'].format(n=x.line)})")] if x.line else []

    missing = [x for x in warnings if x.code == "missing_fact"]
    if missing:
        out.append(Block("sub", [("", w["open_missing"])]))
        out += [Block("item", [("", said(x))] + line_of(x)) for x in missing]
    conflicts = [c for _t, cs in groups for c in cs if c.predicate == "conflict"]
    conflict_warnings = [x for x in warnings if x.code == "conflict"]
    if conflicts or conflict_warnings:
        out.append(Block("sub", [("", w["open_conflicts"])]))
        out += [Block("item", [("", words.sentence(c.symbol)), ("", " "), ("ref", ", ".join(c.provisions)),
                               ("", w["conflict_see"].format(n=numbers[c.text]))])
                for c in conflicts]
        out += [Block("item", [("", said(x))] + line_of(x)) for x in conflict_warnings]
    folder = [x for x in warnings if x.code == "text_not_in_folder"]
    if folder:
        out.append(Block("sub", [("", w["open_not_in_folder"])]))
        out += [Block("item", [("", said(x))] + line_of(x)) for x in folder]
    program = result.program
    used = [program.rule(i) for i in rules_used(trees.values())]
    partial = [r for r in used if r.partial]
    if partial:
        out.append(Block("sub", [("", w["open_partial"])]))
        out.append(Block("p", [("small", w["partial_note"])]))
        seen = set()
        for r in partial:
            key = (tuple(r.provisions), r.partial)
            if key in seen:
                continue
            seen.add(key)
            out.append(Block("item", [("ref", ", ".join(r.provisions) or r.head), ("small", f" ({r.file}:{r.line})"),
                                      ("", " — "), ("i", r.partial + ".")]))
    heads: dict = {}  # rule file -> the predicates its rules used here conclude
    for r in used:
        heads.setdefault(r.file, set()).add(r.head.split("/")[0])
    readings = [(f, relevant_readings(readings_of(f), names)) for f, names in heads.items()]
    readings = [(f, b) for f, b in readings if b]
    if readings:
        out.append(Block("sub", [("", w["open_readings"])]))
        out.append(Block("p", [("small", w["readings_note"])]))
        for f, bullets in readings:
            out.append(Block("item", [("code", f)]))
            out += [Block("subitem", [("i", b)]) for b in bullets]
    other = [x for x in warnings if x.code not in ("missing_fact", "conflict", "text_not_in_folder")]
    if other:
        out.append(Block("sub", [("", w["open_other"])]))
        out += [Block("item", [("code", x.code), ("", " : " if lang == "fr" else ": "), ("", x.text(lang))] + line_of(x))
                for x in other]
    if not out:
        out.append(Block("p", [("", w["open_none"])]))
    return out
