"""The story a file tells, checked once it is parsed: dates that contradict one
another, numbers beyond what the reasoner computes exactly.

Stage: parse (text -> typed Scenario) -> **validate** (the Scenario, whole) ->
facts -> reason. A file that cannot be true raises ScenarioError (exit 2,
`FILE:LINE:COL: ...`) at the statement at fault, naming both dates; what a
real file could hold but the law cannot use becomes a warning of the scenario
(`Scenario.warnings`, given with the reasoner's own warnings), and the fact
emitter leaves the statement out, so that no conclusion is drawn from it.

Numbers (clingo computes with 32-bit integers, which wrap silently)
----------------------------------------------------------------------
The parser bounds every single number to 2,147,483,647. What the rules add up
or multiply is bounded here, so that no sum and no product they form can leave
32 bits (each arithmetic expression of rules/*.lp is listed with its bound in
tests/test_arithmetic.py, which fails on one not reviewed):

- **rights**: the rights stated in the file, all members together, at most
  715,827,882 (= 2,147,483,647 // 3): every total of rights the rules form
  (of an assembly's members, of those attending, voting or voting for, of the
  members on the as-of date) is at most that sum, and the largest multiple
  they take of one is 3 (`3 * F >= 2 * P`, two thirds). Only proportions
  between members matter: smaller rights in the same proportions say the same.
- **apports**: the amounts of all `contribution` lines together, at most
  2,147,483,647 EUR (they are only added up; the proportion of rights to
  apports is compared exactly by `@fraction`, not by a product).
- **participations**: the amounts of one budget year (`year YYYY`) together,
  at most 2,147,483,647 EUR; the rules add up one year at a time
  (participations without a year are never added up; they are bounded as one
  group all the same).
- any single number above 2,147,483,647 (a safety net behind the parser).

Delays added to dates (`notice_days`, `withdrawal_notice_months`) and the
dates themselves are bounded by the parser (ten years, a hundred years; years
1900 to 2199), which keeps every date the calendar functions compute a real
calendar date.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Optional

from .scenario import Located, Pos, Scenario

INT_MAX = 2**31 - 1  # clingo's integers
RIGHTS_LIMIT = INT_MAX // 3  # 715,827,882: the rules compare 3 * F with 2 * P
AMOUNT_LIMIT = INT_MAX  # apports, participations of a year: only added up


def check(scenario: Scenario) -> Scenario:
    """The scenario, once its story is checked (ScenarioError for an impossible file)."""
    _numbers(scenario)
    return scenario


def _fail(scenario: Scenario, pos: Pos, message: str):
    from .parse import ScenarioError

    raise ScenarioError(scenario.path, pos.line, pos.col, message)


def _n(x: int) -> str:
    return f"{x:,}"


# --- numbers ------------------------------------------------------------------------


def _numbers(scenario: Scenario) -> None:
    g = scenario.groupement
    total = 0
    for m in g.members:
        if m.rights is not None:
            total += m.rights.value
            if total > RIGHTS_LIMIT:
                _fail(scenario, m.rights.pos,
                      f"the rights stated up to here add up to {_n(total)}, more than the reasoner computes exactly: "
                      f"all members' rights together must be at most {_n(RIGHTS_LIMIT)} (votes are weighed as 3 x rights "
                      f"in 32-bit integers); expected smaller rights in the same proportions")

    total = 0
    for c in g.contributions:
        total += c.amount
        if total > AMOUNT_LIMIT:
            _fail(scenario, c.pos,
                  f"the apports stated up to here add up to {_n(total)} EUR, more than the reasoner computes exactly: "
                  f"all contributions together must be at most {_n(AMOUNT_LIMIT)} EUR (32-bit integers)")

    per_year: dict[Optional[int], int] = {}
    for p in g.participations:
        per_year[p.year] = per_year.get(p.year, 0) + p.amount
        if per_year[p.year] > AMOUNT_LIMIT:
            which = f"of {p.year}" if p.year is not None else "without a year"
            _fail(scenario, p.pos,
                  f"the participations {which} stated up to here add up to {_n(per_year[p.year])} EUR, more than the "
                  f"reasoner computes exactly: the participations of one year together must be at most "
                  f"{_n(AMOUNT_LIMIT)} EUR (32-bit integers)")

    _single_numbers(scenario, g, g.pos)


def _single_numbers(scenario: Scenario, obj, pos: Pos) -> None:
    """Every integer of the scenario within 32 bits (the parser's bound, checked again)."""
    if isinstance(obj, bool) or obj is None:
        return
    if isinstance(obj, int):
        if obj > INT_MAX or obj < -INT_MAX - 1:
            _fail(scenario, pos, f"the number {_n(obj)} is beyond what the reasoner computes exactly: "
                                 f"expected at most {_n(INT_MAX)}")
        return
    if isinstance(obj, (list, tuple)):
        for x in obj:
            _single_numbers(scenario, x, pos)
        return
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        here = obj.pos if isinstance(obj, Located) else pos
        for f in dataclasses.fields(obj):
            if f.name != "pos":
                _single_numbers(scenario, getattr(obj, f.name), here)
