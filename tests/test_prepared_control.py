"""The warm server's spare copy gives clingo the statements of the rules every file keeps before the
request comes (reasoning.prepare, server.common_rules): the conclusions and their explanations must
be exactly those of a file reasoned on from nothing, whether the file keeps those rules or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcs_reasoner import reasoning, selection, server
from gcs_reasoner.parse import parse_file, parse_text
from gcs_reasoner.program import load_program
from gcs_reasoner.render.json_out import as_dict, dumps

FACTS = Path(__file__).resolve().parent.parent / "facts"

EXAMPLES = ["joint17_no_operation_2018.gcs", "asm17_matters.gcs", "public_imaging.gcs",
            "dissolution_single_member.gcs", "withdrawal_notice.gcs"]

# a file of 2004: before the texts of 2006, it keeps fewer rules than the spare gives clingo
EARLY = """groupement early "Avant 2006" {
  as of 2004-06-30
  approved 2003-03-01
  member a "A" { kind health_establishment sector public rights 1 }
  member b "B" { kind health_establishment sector private rights 1 }
}
"""


@pytest.fixture(scope="module")
def program():
    p = load_program()
    selection.parse_statements(p, True)  # as in the server: the statements parsed once
    return p


def _document(scenario, program, prepared):
    if prepared:
        reasoning.prepare(program, server.common_rules(program))
    try:
        return dumps(as_dict(reasoning.reason(scenario, explain=True, program=program)))
    finally:
        taken = not reasoning._READY
        reasoning._READY.clear()
        assert taken or not prepared, "the prepared control was not taken"


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_file_reasoned_on_from_a_prepared_control_gets_the_same_document(program, name):
    scenario = parse_file(FACTS / name)
    assert _document(scenario, program, True) == _document(scenario, program, False)


def test_a_file_that_keeps_fewer_rules_than_those_given_gets_the_same_document(program):
    scenario = parse_text(EARLY, "early.gcs")
    when, source, file_as_of = reasoning.choose_as_of(scenario, None)
    facts = reasoning._facts_on(scenario, when, source, file_as_of)
    assert not server.common_rules(program) <= selection.guess(program, facts)  # it does keep fewer
    assert _document(scenario, program, True) == _document(scenario, program, False)


def test_the_rules_given_ahead_are_kept_by_every_example(program):
    """common_rules is a lower bound of what files keep: never a rule of a file's that it would not
    have ground (every example of facts/ keeps them all)."""
    common = server.common_rules(program)
    assert len(common) > 100
    for path in sorted(FACTS.glob("*.gcs"))[::7]:
        scenario = parse_file(path)
        when, source, file_as_of = reasoning.choose_as_of(scenario, None)
        facts = reasoning._facts_on(scenario, when, source, file_as_of)
        assert common <= selection.guess(program, facts), path.name


def test_a_prepared_control_is_taken_once_and_only_by_its_own_program_and_mode(program):
    reasoning.prepare(program, server.common_rules(program), traced=True)
    assert reasoning._take_ready(program, traced=False) is None
    assert reasoning._take_ready(object(), traced=True) is None  # another program
    assert reasoning._take_ready(program, traced=True) is not None
    assert reasoning._take_ready(program, traced=True) is None


def test_the_rules_given_ahead_are_kept_so_that_the_facts_give_what_they_ask(program):
    """A rule given to clingo is a rule kept: the facts then hold the provisions its guards ask
    about (selection.facts_text), as for any rule ground (a rule reading `not in_force(...)` of a
    provision left out of the facts would otherwise apply where the text is in force)."""
    scenario = parse_text(EARLY, "early.gcs")
    when, source, file_as_of = reasoning.choose_as_of(scenario, None)
    facts = reasoning._facts_on(scenario, when, source, file_as_of)
    common = server.common_rules(program)
    reasoning.prepare(program, common)
    solver = reasoning._Solver(program, facts, traced=True)
    assert common <= solver.kept
    assert selection.needed_provisions(program, common) <= selection.needed_provisions(program, solver.kept)
