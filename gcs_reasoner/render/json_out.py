"""The JSON contract of `gcs-reasoner check --format json` (spec/output.schema.json).

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


def as_dict(result, max_elements=DEFAULT_MAX_ELEMENTS) -> dict:
    from ..explain import build_all
    from .words import LANGS, Words

    words = tuple(Words(result, lang) for lang in LANGS)
    conclusions = []
    trees = build_all(result, [c.symbol for c in result.conclusions], max_elements=max_elements)
    for c, tree in zip(result.conclusions, trees):
        conclusions.append(
            {
                "predicate": c.predicate,
                "args": c.args,
                "provisions": c.provisions,
                "sentence": {w.lang: w.sentence(c.symbol) for w in words},
                "trace": tree.as_dict(words),
            }
        )
    return {
        "groupement": result.scenario.groupement.id,
        **as_of_dict(result),  # as_of, and beyond the schema (which allows it): as_of_source, file_as_of
        "texts": [{"article": a, "version": v} for a, v in result.texts()],
        "conclusions": conclusions,
        "warnings": [w.as_dict() for w in result.warnings],
    }


def tree_dict(result, tree) -> dict:
    """One explanation tree as JSON (`gcs-reasoner explain --format json`), with its words."""
    from .words import LANGS, Words

    return tree.as_dict(tuple(Words(result, lang) for lang in LANGS))


def render(result) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2)
