"""What the law makes of a groupement does not depend on how the file names or orders it.

Two rewritings of example files, each of which must leave the conclusions as they were:
- every identifier renamed, so that their alphabetical order is reversed (a rule that picked
  "one" member, assembly or decision by clingo's order of terms would then pick another);
- the statements of every block written in reverse order (a rule that read the file's order,
  or its line numbers, as an order of events would then see another).
The conclusions are compared as the contract prints them, the renamed ones mapped back; the
warnings by their codes. A sample of facts/ (every sixth file, in name order) keeps the test
quick; `GCS_METAMORPHIC_ALL=1 python -m pytest tests/test_metamorphic.py` runs every example
(691 cases, about 35 s; all passed when this test was written).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.parse import _parser

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "facts").glob("*.gcs"))
SAMPLE = EXAMPLES if os.environ.get("GCS_METAMORPHIC_ALL") == "1" else EXAMPLES[::6]

# the statements that declare an identifier (scenario-language.md, "Names")
DECLARING = {"GROUPEMENT", "MEMBER", "ASSOCIATE", "ASSEMBLY", "DELIBERATION", "AVENANT", "AUTHORISATION",
             "ARS_DECISION", "STAFF", "MEDICAL_ACT", "COMMITTEE_MEETING"}
_WORD = re.compile(r'"[^"\n]*"|[a-z][a-z0-9_]*')


def declared_ids(text: str) -> list[str]:
    """The identifiers the file declares, sorted (value words such as `funding a` lex as names too,
    and are not declared)."""
    tokens = list(_parser().lex(text))
    return sorted({str(b) for a, b in zip(tokens, tokens[1:]) if b.type == "NAME" and a.type in DECLARING})


def renamed(text: str, mapping: dict) -> str:
    """`text` with each word of `mapping` replaced (quoted strings left alone)."""
    return _WORD.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


def reversed_blocks(text: str) -> str:
    """`text` with the statements of every `{ ... }` block written in reverse order (a statement
    is a line, with the next ones while it ends with a comma, or a line opening a block with the
    lines up to the one closing it)."""
    lines = text.split("\n")
    pos = 0

    def depth_change(line: str) -> int:
        code = re.sub(r'"[^"\n]*"', '""', line).split("#")[0]
        return code.count("{") - code.count("}")

    def continued(line: str) -> bool:
        return re.sub(r'"[^"\n]*"', '""', line).split("#")[0].rstrip().endswith(",")

    def block() -> list[str]:
        """The statements from `pos` up to the line closing the current block (left at `pos`)."""
        nonlocal pos
        statements = []
        while pos < len(lines):
            line = lines[pos]
            change = depth_change(line)
            if change < 0 and line.strip().startswith("}"):
                return statements
            pos += 1
            statement = [line]
            while continued(statement[-1]) and pos < len(lines):  # a list written over several lines
                statement.append(lines[pos])
                change += depth_change(lines[pos])
                pos += 1
            if change > 0:
                statement += [x for s in reversed(block()) for x in s]
                statement.append(lines[pos])
                pos += 1
            statements.append(statement)
        return statements

    out = []
    while pos < len(lines):
        line = lines[pos]
        pos += 1
        out.append(line)
        if depth_change(line) > 0:
            out += [x for s in reversed(block()) for x in s]
            if pos < len(lines):
                out.append(lines[pos])
                pos += 1
    return "\n".join(out)


def outcome(text: str, name: str) -> tuple[set, Counter]:
    result = gcs.reason(gcs.loads(text, name))
    return {str(c) for c in result}, Counter(w.code for w in result.warnings)


def test_reversed_blocks_keeps_every_line():
    text = 'groupement g "G" {\n  as of 2008-01-01\n  assembly a on 2007-01-01 {\n    present x\n' \
           '    deliberation d on budget { for x }\n  }\n  member x "X" { kind health_establishment }\n}\n'
    out = reversed_blocks(text)
    assert sorted(out.split("\n")) == sorted(text.split("\n"))
    assert out.split("\n")[1].strip().startswith("member x")
    assert out.split("\n")[3].strip().startswith("deliberation d")


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.stem)
def test_names_do_not_matter(path):
    text = path.read_text(encoding="utf-8")
    ids = declared_ids(text)
    forward = {w: f"z{len(ids) - i:04d}" for i, w in enumerate(ids)}  # order reversed
    back = {v: k for k, v in forward.items()}
    text2 = renamed(text, forward)
    assert text2 != text
    conclusions, warnings = outcome(text, path.name)
    conclusions2, warnings2 = outcome(text2, path.name)
    assert conclusions, "an example with no conclusion tests nothing"
    assert {renamed(c, back) for c in conclusions2} == conclusions
    assert warnings2 == warnings


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.stem)
def test_order_of_statements_does_not_matter(path):
    text = path.read_text(encoding="utf-8")
    text2 = reversed_blocks(text)
    assert sorted(text2.split("\n")) == sorted(text.split("\n"))
    conclusions, warnings = outcome(text, path.name)
    conclusions2, warnings2 = outcome(text2, path.name)
    assert conclusions
    assert conclusions2 == conclusions
    assert warnings2 == warnings
