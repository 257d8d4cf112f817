"""The law program stays groundable in linear time: no cycle through negation or
aggregates (clingo would ground each #sum for every value it could take: 950k
ground rules at 30 members before the exclusion rounds broke such a cycle)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("gcs_bench", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_cycle_through_negation_or_aggregates():
    cycles = _bench().unstratified_cycles()
    assert not cycles, "cycles through not/aggregates:\n" + "\n".join(
        f"  {', '.join(preds)}:\n    " + "\n    ".join(edges) for preds, edges in cycles
    )


def test_the_cycle_finder_finds_a_cycle(tmp_path):
    (tmp_path / "x.lp").write_text(
        "% auxiliary: test\nmember(M) :- declared(M), not excluded(M).\n"
        "% auxiliary: test\nexcluded(M) :- declared(M), N = #count{ X : member(X) }, N > 2.\n",
        encoding="utf-8",
    )
    cycles = _bench().unstratified_cycles(str(tmp_path))
    assert cycles and "member/1" in cycles[0][0]
