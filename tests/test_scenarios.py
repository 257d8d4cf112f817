"""Every scenario of facts/ against its golden file, with the machinery of every expectation
file (gcs_reasoner/expectations.py; the goldens list all conclusions)."""

from pathlib import Path

import pytest

from gcs_reasoner import expectations, expectations_file
from tests.golden import FACTS

SCENARIOS = sorted(FACTS.glob("*.gcs"))


def test_every_scenario_has_a_golden_file_listing_all_conclusions():
    missing = [p.name for p in SCENARIOS if not p.with_suffix(".expected").exists()]
    assert not missing, f"scenarios without a golden file: {missing}"
    partial = [p.name for p in SCENARIOS
               if not all(s.exhaustive for s in expectations_file.parse(p.with_suffix(".expected")).sections)]
    assert not partial, f"golden files without `{expectations_file.EXHAUSTIVE}`: {partial}"


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_golden(path: Path):
    report = expectations.check_file(path)
    assert not report.error and not report.internal, report.error or report.internal
    assert not report.missing, "no golden file"
    failed = [s for s in report.sections if not s.passed]
    assert not failed, f"{path.name}:\n" + "\n".join(f"{s.name}:\n{s.text()}" for s in failed)
