"""Every scenario of facts/ against its golden file (see tests/golden.py)."""

from pathlib import Path

import pytest

import gcs_reasoner as gcs
from tests.golden import FACTS, actual, compare, parse_golden

SCENARIOS = sorted(FACTS.glob("*.gcs"))


def test_every_scenario_has_a_golden_file():
    missing = [p.name for p in SCENARIOS if not p.with_suffix(".expected").exists()]
    assert not missing, f"scenarios without a golden file: {missing}"


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_golden(path: Path):
    expected_path = path.with_suffix(".expected")
    if not expected_path.exists():
        pytest.skip("no golden file")
    result = gcs.reason(gcs.load(path))
    problems = compare(parse_golden(expected_path), actual(result), result)
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)
