"""Rules whose derivations no explanation reads are solved as written in the traced solve too,
without records (rule_files.Reader.unread, RuleInfo.recorded): their heads are no conclusion, no
rule's positive condition, and no conclusion fed back to a later round (program.ROUNDS). The
explanations must be exactly those of a program that records every rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcs_reasoner import program as program_module
from gcs_reasoner import reasoning
from gcs_reasoner.parse import parse_file
from gcs_reasoner.program import ROUNDS, Program, load_program, rules_dir
from gcs_reasoner.render import text
from gcs_reasoner.render.json_out import as_dict, dumps
from gcs_reasoner.rule_files import Reader

FACTS = Path(__file__).resolve().parent.parent / "facts"

# the rounds (an exclusion, a change of rights fed back), aggregates, a dissolution, proxies
EXAMPLES = ["money10_rights_2013.gcs", "asm17_matters.gcs", "public_imaging.gcs", "dissolution_single_member.gcs",
            "joint17_no_operation_2018.gcs", "withdrawal_notice.gcs"]


@pytest.fixture(scope="module")
def every_rule_recorded():
    """The law with every rule's derivations recorded (Reader.unread not applied)."""
    base = rules_dir()
    files = sorted(base.rglob("*.lp"))
    unread = Reader.unread
    Reader.unread = lambda self: None
    try:
        data = program_module._rewrite(base, files)
    finally:
        Reader.unread = unread
    return Program(*program_module._unpack(data), files=files)


def test_the_rules_left_unrecorded_are_those_whose_derivations_no_explanation_reads():
    program = load_program()
    read = set(program.shown) | set(ROUNDS)
    for r in program.rules:
        read.update((name, arity) for name, arity, _ in r.body_needs)
    unrecorded = [r for r in program.rules if not r.recorded]
    assert len(unrecorded) > 100
    for r in unrecorded:
        assert r.signature not in read, r.head
        assert r.traced == r.plain and program.shows(r.index, traced=True) == ""
    # a conclusion, a positive condition, a conclusion fed back to the next round: recorded
    for head in ("nature/1", "member_on/2", "rights_changed/3", "excluded/2"):
        rules = [r for r in program.rules if r.head == head]
        assert rules and all(r.recorded and "_why_" in r.traced for r in rules), head
    assert not any(r.recorded for r in program.rules if r.head == "irregular_election/0")  # read only as `not`


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_explanations_are_those_of_a_program_that_records_every_rule(every_rule_recorded, name):
    scenario = parse_file(FACTS / name)
    ours = reasoning.reason(scenario, explain=True)
    theirs = reasoning.reason(scenario, explain=True, program=every_rule_recorded)
    assert dumps(as_dict(ours)) == dumps(as_dict(theirs))
    assert text.render(ours) == text.render(theirs)
