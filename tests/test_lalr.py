"""The fast parser (gcs_reasoner/lalr.py) builds lark's trees, node for node, or hands the file to lark.

parse.py parses a well-formed file with lalr.py and any other with lark. Both
must agree: same tree, same positions (the builder's messages quote them), and
no text that one reads and the other rejects.
"""

from __future__ import annotations

import random

import lark
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gcs_reasoner import fuzz_inputs, lalr, parse, parser_tables

FAST = lalr.Parser(parser_tables.load_fast(parser_tables.FAST_PATH.read_text(encoding="utf-8")))


def same_tree(fast, slow, path="start") -> None:
    if isinstance(slow, lark.Token):
        assert isinstance(fast, lalr.Token), (path, fast, slow)
        for k in ("type", "value", "start_pos", "line", "column", "end_line", "end_column", "end_pos"):
            assert getattr(fast, k) == getattr(slow, k), (path, k, getattr(fast, k), getattr(slow, k))
        assert str(fast) == str(slow)
        return
    assert isinstance(fast, lalr.Tree) and isinstance(slow, lark.Tree), (path, fast, slow)
    assert fast.data == slow.data, path
    assert fast.meta.empty == slow.meta.empty, path
    for k in ("line", "column", "start_pos", "end_line", "end_column", "end_pos"):
        assert getattr(fast.meta, k, None) == getattr(slow.meta, k, None), (path, k)
    assert len(fast.children) == len(slow.children), (path, fast.children, slow.children)
    for i, (a, b) in enumerate(zip(fast.children, slow.children)):
        same_tree(a, b, f"{path}/{slow.data}[{i}]")


def agree(text: str) -> None:
    """lalr.py reads the text as lark does, or gives up where lark raises."""
    try:
        slow = parse._parser().parse(text)
    except lark.exceptions.LarkError:
        with pytest.raises(lalr._Failed):
            FAST.parse(text)
        return
    same_tree(FAST.parse(text), slow)


@pytest.mark.parametrize("name,text", fuzz_inputs.seeds(), ids=[n for n, _ in fuzz_inputs.seeds()])
def test_every_example_gives_lark_s_tree(name, text):
    agree(parse._check_text(text, name))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_mutated_examples_agree_with_lark(seed):
    r = random.Random(seed)
    _name, text = r.choice(fuzz_inputs.seeds())
    mutated, _ = fuzz_inputs.mutate(r, text)
    if isinstance(mutated, str):
        agree(mutated)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(fuzz_inputs.keywords() + ["x", "\"t\"", "2024-01-01", "12", "{", "}", ",", ".", "EUR", "#c\n", "\n"]),
                max_size=30))
def test_random_tokens_agree_with_lark(tokens):
    agree(" ".join(tokens))
    agree('groupement g "G" {\n' + " ".join(tokens) + "\n}\n")


def test_a_syntax_error_is_lark_s_message():
    with pytest.raises(parse.ScenarioError) as e:
        parse.parse_text('groupement g "G" {\n  member m "M" { kind }\n}\n', "x.gcs")
    assert (e.value.line, e.value.col) == (2, 23)
    assert "unexpected '}' after 'kind'; expected a kind (health_establishment" in str(e.value)


def test_fast_tables_are_generated_from_the_lark_tables():
    """`data/lalr_tables.json` is what `python -m gcs_reasoner.parser_tables` writes from `_grammar_tables.py`."""
    tables = parser_tables.TABLES_PATH.read_text(encoding="utf-8")
    assert parser_tables.generate_fast(tables) == parser_tables.FAST_PATH.read_text(encoding="utf-8"), (
        "data/lalr_tables.json is stale: run `python -m gcs_reasoner.parser_tables`"
    )


def test_a_well_formed_file_does_not_import_lark():
    """The point of lalr.py: a fresh process reads a good file without loading lark."""
    import subprocess
    import sys

    code = ("import sys, gcs_reasoner as g; g.load('facts/public_imaging.gcs'); "
            "print('lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(parser_tables.GRAMMAR_PATH.parent.parent))
    assert out.stdout.strip() == "False"


def test_a_long_list_is_extended_in_place_not_copied_at_each_item():
    """`_items: _items item` inlines the list built so far at each item: taking the dropped
    tree's list over (rather than copying it) keeps a 30,000-member file's parse linear."""
    from gcs_reasoner import lalr

    built = lalr.Tree("_items", [lalr.Token("NAME", "a", 0, 1, 1)])
    built.meta.empty = True
    kept = built.children
    item = lalr.Token("NAME", "b", 2, 1, 3)
    for attr, value in (("end_line", 1), ("end_column", 4), ("end_pos", 3)):
        setattr(item, attr, value)
    tree = lalr._build([built, item], "_items", False, ((0, True), (1, False)))
    assert tree.children is kept and [str(c) for c in tree.children] == ["a", "b"]


def test_every_state_made_ahead_reads_as_the_states_made_on_first_use():
    """`Parser.prepare` (the warm server's parse.warm_up) makes each state's table as a file's first
    use would: every state made, and an example read to the same tree."""
    ahead = lalr.Parser(parser_tables.load_fast(parser_tables.FAST_PATH.read_text(encoding="utf-8")))
    ahead.prepare()
    assert all(s is not None for s in ahead._states)
    text = (parse._GRAMMAR_PATH.parent.parent / "facts" / "asm17_matters.gcs").read_text(encoding="utf-8")
    same_tree(ahead.parse(text), parse._parser().parse(text))
