"""The JSON contract of `gcs-reasoner check --format json` (spec/output.schema.json)."""

from __future__ import annotations

import json

from ..explain import DEFAULT_MAX_ELEMENTS


def as_dict(result, max_elements=DEFAULT_MAX_ELEMENTS) -> dict:
    from ..explain import build_all

    conclusions = []
    trees = build_all(result, [c.symbol for c in result.conclusions], max_elements=max_elements)
    for c, tree in zip(result.conclusions, trees):
        conclusions.append(
            {
                "predicate": c.predicate,
                "args": c.args,
                "provisions": c.provisions,
                "trace": tree.as_dict(),
            }
        )
    return {
        "groupement": result.scenario.groupement.id,
        "as_of": result.as_of.isoformat(),
        "texts": [{"article": a, "version": v} for a, v in result.texts()],
        "conclusions": conclusions,
        "warnings": [w.as_dict() for w in result.warnings],
    }


def render(result) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2)
