"""The JSON contract of `gcs-reasoner check --format json` (docs/output.schema.json).

Shared nodes. A sub-conclusion used by several conclusions (membership, the
text in force, a deliberation's validity) is written once, in the top-level
`nodes` table, under an id (`"n12"`); where it is used, a stub stands in its
place: `{"conclusion", "provision", "quote", "because": [], "ref": "n12"}`.
The stub keeps the fields the contract requires of a derived node, so the
document still validates against the contract's schema; a tool that walks the
trees follows `ref` (`expand(doc)` gives the trees written out in full, the
shape `--format json-tree` prints, less the `words`). The root of each
conclusion's trace is written in full in place. The texts in force a node
names are ids into `texts_in_force`, and a fact's line of the file is in
`statements` ("file:line" -> the line), each written once. The lines in words
of each node (`words`) are left to `--format json-tree` and the text renderers.

Each conclusion keeps its predicate and arguments (the contract) and adds its
sentence in French and English (`"sentence": {"fr": ..., "en": ...}`; a
conclusion without a `% say` block yet has its spelling there). Each trace
node keeps the schema's fields (conclusion, provision, quote, because), the
raw detail for tools in fields of their own (`atom`, `rule`, `values`,
`computed`, `unless`, `steps`) and the words for people (`sentence`,
`provision_text`, `texts`, `words`); a fact node adds the `statement` of the
file it comes from.
"""

from __future__ import annotations

import json

from ..explain import DEFAULT_MAX_ELEMENTS
from . import as_of_dict


def as_dict(result, max_elements=DEFAULT_MAX_ELEMENTS, shared: bool = True) -> dict:
    """The document of one result; `shared=False` writes every tree out in full (json-tree)."""
    from ..explain import build_all
    from .words import LANGS, Words

    words = tuple(Words(result, lang) for lang in LANGS)
    conclusions = []
    trees = build_all(result, [c.symbol for c in result.conclusions], max_elements=max_elements)
    table = _NodeTable(words) if shared else None
    for c, tree in zip(result.conclusions, trees):
        conclusions.append(
            {
                "predicate": c.predicate,
                "args": c.args,
                "provisions": c.provisions,
                "sentence": {w.lang: w.sentence(c.symbol) for w in words},
                "trace": table.root(tree) if shared else tree.as_dict(words),
            }
        )
    doc = {
        "groupement": result.scenario.groupement.id,
        **as_of_dict(result),  # as_of, and beyond the schema (which allows it): as_of_source, file_as_of
        "texts": [{"article": a, "version": v} for a, v in result.texts()],
        "conclusions": conclusions,
        "warnings": [w.as_dict() for w in result.warnings],
    }
    if shared:
        doc["nodes"] = table.nodes
        doc["texts_in_force"] = table.texts
        doc["statements"] = table.statements
    return doc


class _NodeTable:
    """Derived nodes written once each (`nodes`, with the stubs that refer to it); the texts in
    force (`texts_in_force`) and the file's statements (`statements`, by "file:line") likewise."""

    def __init__(self, words):
        self.words = words
        self.nodes: dict = {}
        self.texts: dict = {}
        self.statements: dict = {}
        self._ids: dict = {}  # id(DerivedNode) -> "nK"
        self._text_ids: dict = {}  # TextInForce -> "tK"

    def root(self, node) -> dict:
        return self._full(node)

    def _full(self, node) -> dict:
        d = dict(node.as_dict(self.words, deep=False))
        d.pop("words", None)  # the lines for people: in json-tree and the text renderers
        if node.texts:
            d["texts"] = [self._text(t) for t in node.texts]
        d["because"] = [self._child(b) for b in node.because]
        return d

    def _text(self, t) -> str:
        ref = self._text_ids.get(t)
        if ref is None:
            ref = self._text_ids[t] = f"t{len(self._text_ids)}"
            self.texts[ref] = self.words[0].text_dict(t, self.words)
        return ref

    def _child(self, node) -> dict:
        from ..explain import FactNode

        if isinstance(node, FactNode):
            d = node.as_dict(self.words)
            statement = d.pop("statement", None)
            if statement is not None:
                self.statements.setdefault(f"{d['file']}:{d['line']}", statement)
            return d
        key = id(node)
        ref = self._ids.get(key)
        if ref is None:
            ref = self._ids[key] = f"n{len(self._ids)}"
            self.nodes[ref] = None  # reserved first: a node's id is fixed before its children's
            self.nodes[ref] = self._full(node)
        return {"conclusion": node.conclusion, "provision": node.provision,
                "quote": node.quote or "(auxiliary rule)", "because": [], "ref": ref}


def expand(doc: dict) -> dict:
    """The document with every reference written out in full: `ref` stubs replaced by their node,
    `texts` ids by the texts in force, each fact with its `statement`. A document without `nodes`
    is returned as it is. (`--format json-tree` adds each node's `words` besides.)"""
    import copy

    table = doc.get("nodes")
    if table is None:
        return doc
    texts, statements = doc.get("texts_in_force", {}), doc.get("statements", {})

    def full(node):
        if "ref" in node:
            node = table[node["ref"]]
        if "fact" in node:
            out = dict(node)
            st = statements.get(f"{node.get('file')}:{node.get('line')}")
            if st is not None:
                out["statement"] = st
            return out
        out = {k: copy.deepcopy(v) for k, v in node.items() if k not in ("ref", "because", "texts")}
        out["because"] = [full(b) for b in node["because"]]
        if "texts" in node:
            out["texts"] = [copy.deepcopy(texts[t]) for t in node["texts"]]
        return out

    out = {k: copy.deepcopy(v) for k, v in doc.items()
           if k not in ("nodes", "conclusions", "texts_in_force", "statements")}
    out["conclusions"] = [{**c, "trace": full(c["trace"])} for c in doc["conclusions"]]
    return out


def tree_dict(result, tree) -> dict:
    """One explanation tree as JSON (`gcs-reasoner explain --format json`), with its words."""
    from .words import LANGS, Words

    return tree.as_dict(tuple(Words(result, lang) for lang in LANGS))


def render(result, shared: bool = True, indent=None) -> str:
    """JSON text; compact unless `indent` (json's C encoder is only used without indent)."""
    return json.dumps(as_dict(result, shared=shared), ensure_ascii=False, indent=indent)
