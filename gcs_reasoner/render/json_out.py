"""The JSON contract of `gcs-reasoner check --format json` (docs/output.schema.json, version 5).

Each node written once. A derived node used in one place only is written in
that place, in full. A sub-conclusion used in several places (membership, the
text in force, a deliberation's validity; a conclusion that is also a step of
another) is written in full in the first place it is used, in the document's
order, under an id (`"id": "n12"`); in each later place a stub stands in:
`{"conclusion", "provision", "quote", "because": [], "ref": "n12"}`. A node's
`id` thus comes before every `ref` to it: a reader resolves references as it
reads. The stub keeps the fields the contract requires of a derived node, so
the document still validates against the contract's schema; a tool that walks
the trees follows `ref` (`expand(doc)` gives the trees written out in full,
the shape `--format json-tree` prints, less the words and the rules' places).
(Version 4 wrote such a node in a top-level `nodes` table, with a stub in each
place, the first one too: `expand` still reads it.)

A total (an auxiliary rule with an aggregate over atoms: explain.py) is a node
of its own, with `"provision": ""` and `"quote": "(auxiliary rule)"`: the node
that uses it cites the provision.

What every node would repeat is said once, in tables: the texts in force a node
names are ids into `texts_in_force`; a fact's line of the file is in
`statements` (by line number for the document's `file`, by "file:line" for
another file); a fact of the file itself omits `file` (the document's `file`
says it); a node's `atom` is given only where it differs from its
`conclusion` (the contract's spelling). The inventory's facts that make a text
in force (`provision_text`, `text_period`, `same_as`) are summed up by the
node's `texts`, as in every renderer.

The document holds data, not words (since version 4): the words for people (each
conclusion's and node's `sentence`, the words of provision ids, each node's
`words`) are `--format json-tree`'s and the text renderers'; where each rule is
written (`rule`), the auxiliary steps and the variables' values (`steps`,
`values`) come with `--detail`. Each conclusion keeps its predicate, arguments
and provisions (the contract); each trace node the schema's fields (conclusion,
provision, quote, because), the raw detail for tools in fields of their own
(`atom`, `computed`, `unless`) and the texts in force (`texts`).
"""

from __future__ import annotations

import json
import re

from ..explain import DEFAULT_MAX_ELEMENTS, DerivedNode, FactNode, build_all, shown_because
from . import as_of_dict

VERSION = 5


def as_dict(result, max_elements=DEFAULT_MAX_ELEMENTS, shared: bool = True, detail: bool = False) -> dict:
    """The document of one result; `shared=False` writes every tree out in full, with the words of
    each conclusion and node (json-tree); `detail` adds each node's rule, auxiliary steps and
    variable values."""
    from ..collector import paused

    with paused():  # collector.py
        return {k: list(v) if k == "conclusions" else v for k, v in _parts(result, max_elements, shared, detail)}


def pieces(result, max_elements=DEFAULT_MAX_ELEMENTS, detail: bool = False, file_first: bool = False) -> list:
    """The text of `dumps(as_dict(result, max_elements, detail=detail))`, in pieces made a conclusion
    at a time: each conclusion's dictionaries are encoded, then dropped, where the whole document
    was held before a word of it was written, and the CLI writes the pieces without joining them
    (one copy of a 30,000-member file's 86 MB of JSON, not three). `file_first`: the `file` key
    first (jsonl: `{"file": ..., **document}`)."""
    from ..collector import paused

    raw = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def encode(o) -> str:
        return escaped(raw(o))
    with paused():  # collector.py
        parts = list(_parts(result, max_elements, True, detail))
        if file_first:
            parts.sort(key=lambda kv: kv[0] != "file")  # (a stable sort: the others keep their order)
        out = []
        for i, (k, v) in enumerate(parts):
            out.append(("{" if i == 0 else ",") + encode(k) + ":")
            if k == "conclusions":
                out.append("[")
                for j, c in enumerate(v):
                    out.append(("," if j else "") + encode(c))
                out.append("]")
            else:
                out.append(encode(v))
        out.append("}")
        return out


def _parts(result, max_elements, shared: bool, detail: bool):
    """The document's (key, value) pairs, in order. The value of "conclusions" is an iterator whose
    conclusions are made as it is read (shared: each node written where it is first used): what
    comes after it (the tables `texts_in_force` and `statements`) is complete once it has been read."""
    from .phrases import LANGS
    from .words import Words

    trees = build_all(result, [c.symbol for c in result.conclusions], max_elements=max_elements)
    heads = [{"predicate": c.predicate, "args": c.args, "provisions": c.provisions} for c in result.conclusions]
    if shared:
        writer = _Writer(Words(result, LANGS[0]), trees, str(result.scenario.path), detail)

        def conclusions():
            for i, tree in enumerate(trees):
                d, heads[i] = heads[i], None  # (not kept here once given)
                d["trace"] = writer.place(tree)  # a conclusion's trace: its node, in full or a stub
                yield d
    else:
        words = tuple(Words(result, lang) for lang in LANGS)

        def conclusions():
            for i, (c, tree) in enumerate(zip(result.conclusions, trees)):
                d, heads[i] = heads[i], None
                d["sentence"] = {w.lang: w.sentence(c.symbol) for w in words}
                d["trace"] = tree.as_dict(words, detail=detail)
                yield d

    yield "groupement", result.scenario.groupement.id
    # as_of, and beyond the schema (which allows it): as_of_source, file_as_of
    yield from as_of_dict(result).items()
    yield "texts", [{"article": a, "version": v} for a, v in result.texts()]
    yield "conclusions", conclusions()
    yield "warnings", [w.as_dict() for w in result.warnings]
    if shared:
        yield "json_version", VERSION
        yield "file", writer.file
        yield "texts_in_force", writer.texts
        yield "statements", writer.statements


class _Writer:
    """Derived nodes used in several places written once each (in full with an `id` where first
    used, a stub with its `ref` in each later place); the texts in force and the file's statements
    written once each, in tables. `words` (render.words.Words)
    gives a text's dates and a fact's statement, not words."""

    def __init__(self, words, roots, file: str, detail: bool):
        self.words = words
        self.file = file
        self.detail = detail
        self.texts: dict = {}
        self.statements: dict = {}
        self._ids: dict = {}  # id(DerivedNode) -> "nK", once written
        self._text_ids: dict = {}  # TextInForce -> "tK"
        # how many places each derived node is written in (the children of a node written once
        # are counted once)
        self._uses: dict = {}
        stack = list(roots)
        while stack:
            node = stack.pop()
            n = self._uses.get(id(node), 0)
            self._uses[id(node)] = n + 1
            if n == 0:
                stack.extend(b for b in node.because if isinstance(b, DerivedNode))

    def _full(self, node) -> dict:
        # without the words for people (each node's sentence and lines: json-tree, the renderers)
        d = node.fields(None, deep=False, detail=self.detail)
        if not self.detail:
            del d["rule"]  # where the rule is written: for engineers (--detail, json-tree)
        if d.get("atom") == d["conclusion"]:
            del d["atom"]
        if node.texts:
            d["texts"] = [self._text(t) for t in node.texts]
        d["because"] = [self.place(b) for b in shown_because(node, self.detail)]
        return d

    def _text(self, t) -> str:
        ref = self._text_ids.get(t)
        if ref is None:
            ref = self._text_ids[t] = f"t{len(self._text_ids)}"
            self.texts[ref] = self.words.text_dict(t, ())  # its words: json-tree
        return ref

    def place(self, node) -> dict:
        """The node where it is used: in full (with its `id` if used elsewhere too), or a stub of the
        place where it was first written."""
        if isinstance(node, FactNode):
            d = node.as_dict((self.words,))  # (a new dict at each call)
            statement = d.pop("statement", None)
            if d.get("file") == self.file:
                del d["file"]
            if statement is not None:
                self.statements.setdefault(statement_key(d.get("file"), d["line"]), statement)
            return d
        if self._uses.get(id(node), 0) <= 1:
            return self._full(node)
        key = id(node)
        ref = self._ids.get(key)
        if ref is None:  # its first place: in full, its id fixed before its children's
            ref = self._ids[key] = f"n{len(self._ids)}"
            return {"id": ref, **self._full(node)}
        return {"conclusion": node.conclusion, "provision": node.provision,
                "quote": node.quote or "(auxiliary rule)", "because": [], "ref": ref}


def statement_key(file, line: int) -> str:
    """A fact's key in `statements`: its line number for a fact of the document's `file` (which
    omits `file`), "file:line" for a fact of another file."""
    return str(line) if file is None else f"{file}:{line}"


def expand(doc: dict) -> dict:
    """The document with every reference written out in full: `ref` stubs replaced by their node,
    `texts` ids by the texts in force, each fact with its `file` and `statement`, each node with
    its `atom`. A document without references (json-tree) is returned as it is. Reads version 4
    (shared nodes in a `nodes` table) as well as 5 (each written where first used, with its `id`).
    (`--format json-tree` adds the words: each conclusion's and node's `sentence`, each node's
    `provision_text` and `words`, each text's; and each node's `rule`.)"""
    import copy

    if "json_version" not in doc and "nodes" not in doc:
        return doc
    table = dict(doc.get("nodes") or {})
    texts, statements, file = doc.get("texts_in_force", {}), doc.get("statements", {}), doc.get("file")

    def index(node):  # version 5: the nodes written in full with an id, wherever they stand
        if "fact" in node or "ref" in node:
            return
        if "id" in node:
            table[node["id"]] = node
        for b in node["because"]:
            index(b)

    for c in doc["conclusions"]:
        index(c["trace"])

    def full(node):
        if "ref" in node:
            node = table[node["ref"]]
        if "fact" in node:
            out = dict(node)
            st = statements.get(statement_key(out.get("file"), node.get("line")))
            if st is None:  # (version 4: "file:line" for the document's file too)
                st = statements.get(f"{out.get('file', file)}:{node.get('line')}")
            out.setdefault("file", file)
            if st is not None:
                out["statement"] = st
            return out
        out = {k: copy.deepcopy(v) for k, v in node.items() if k not in ("id", "ref", "because", "texts")}
        out["because"] = [full(b) for b in node["because"]]
        if "texts" in node:
            out["texts"] = [copy.deepcopy(texts[t]) for t in node["texts"]]
        if "atom" not in node:
            out["atom"] = node["conclusion"]
        return _ordered(out)

    out = {k: copy.deepcopy(v) for k, v in doc.items()
           if k not in ("nodes", "conclusions", "texts_in_force", "statements", "file", "json_version")}
    out["conclusions"] = []
    for c in doc["conclusions"]:
        out["conclusions"].append({**c, "trace": full(c["trace"])})
    return out


# the order of a node's fields in json-tree (explain.DerivedNode.as_dict)
_FIELDS = ("conclusion", "provision", "quote", "because", "sentence", "provision_text", "texts", "words", "unless",
           "not_in_folder", "provisions", "computed", "values", "rule", "atom", "steps", "note")


def _ordered(node: dict) -> dict:
    return {k: node[k] for k in sorted(node, key=lambda k: _FIELDS.index(k) if k in _FIELDS else len(_FIELDS))}


def tree_dict(result, tree) -> dict:
    """One explanation tree as JSON (`gcs-reasoner explain --format json`), with its words."""
    from .phrases import LANGS
    from .words import Words

    return tree.as_dict(tuple(Words(result, lang) for lang in LANGS))


def dumps(doc: dict, indent=None) -> str:
    """JSON text: indented, or without a space after `,` and `:` (json's C encoder either way)."""
    return escaped(json.dumps(doc, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":")))


# a character no UTF-8 text can hold: a lone surrogate, the byte of a file name that is not UTF-8 as
# Python reads it (surrogateescape: b"lat\xe9.gcs" is "lat\udce9.gcs")
_SURROGATE = re.compile("[\ud800-\udfff]")


def escaped(text: str) -> str:
    """JSON text with each lone surrogate written as its escape (`\\udce9`), as ensure_ascii writes it:
    the document is UTF-8 whatever the file names, and `os.fsencode(json.loads(...)["file"])` gives
    the name's bytes back. A surrogate can stand only inside a JSON string (the rest is ASCII)."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
