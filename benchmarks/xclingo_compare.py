"""gcs-reasoner against xclingo 2 on the same rules and facts: every conclusion's tree.

xclingo (https://github.com/bramucas/xclingo2) explains an answer set by
grounding a second, translated program over the model. It is not a dependency:
install it in a separate environment and give its Python to this script.

    python -m venv /tmp/xv && /tmp/xv/bin/pip install "clingo>=5.8,<5.9" xclingo
    python benchmarks/xclingo_compare.py --xclingo-python /tmp/xv/bin/python --sizes 3 30 300

For each size (the benchmark's generated groupements, benchmarks/bench.py):
ours is `reason(explain=True)` and the explanation tree of every conclusion
(the trees of `check --format json`); xclingo's is its control on the plain
rules and the same facts (with the same calendar functions), one explanation
of every conclusion atom (`add_show_trace`), each tree rendered as text
(`ascii_tree`), atoms labelled by `autotrace_all`. Times are in-process,
median of `--repeat` runs, the program already loaded on both sides.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# run by the xclingo environment's Python: program, facts and conclusions from files
XCLINGO_CHILD = r'''
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from gcs_reasoner.calendar_functions import Calendar
from xclingo import XclingoControl, XclingoContext
import xclingo, os
program = open(sys.argv[2]).read(); facts = open(sys.argv[3]).read()
shown = [l for l in open(sys.argv[4]).read().splitlines() if l]
repeat = int(sys.argv[5])
auto = open(os.path.join(os.path.dirname(xclingo.__file__), "extensions", "autotrace_all.lp")).read()

class Context(XclingoContext, Calendar):
    pass

times, trees = [], 0
for _ in range(repeat):
    t = time.perf_counter()
    ctl = XclingoControl(["--warn=none"], n_explanations="1")
    ctl.explainer.message_limit = 1000000  # its warnings (atoms undefined in the translation) are not errors
    messages = []
    ctl.explainer.logger = lambda code, msg: messages.append(msg)
    ctl.add("base", [], program)
    ctl.add("base", [], facts)
    ctl.extend_explainer("base", [], auto)
    for s in shown:
        ctl.extend_explainer("base", [], f"_xclingo_show_trace({s}) :- .")
    ctl.ground([("base", [])], context=Calendar())
    trees = 0
    try:
        for model in ctl.solve():
            for graph in model.explain_model(Context()):
                for s in graph.show_trace:
                    graph.explain(s).ascii_tree()
                    trees += 1
                break
    except Exception:
        print("\n".join(messages[:5]), file=sys.stderr)
        raise
    times.append(time.perf_counter() - t)
print(json.dumps({"seconds": statistics.median(times), "trees": trees}))
'''


def ours(n: int, repeat: int):
    import gcs_reasoner as gcs
    from gcs_reasoner.program import load_program
    from gcs_reasoner.reasoning import _facts_on
    from bench import scenario_text

    program = load_program()
    scenario = gcs.loads(scenario_text(n), f"bench_{n}.gcs")
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = gcs.reason(scenario, explain=True)
        for c in result.conclusions:
            result.explain(c)
        times.append(time.perf_counter() - t)
    facts = _facts_on(scenario, result.as_of, "file", result.as_of)
    shown = [str(c.symbol) for c in result.conclusions]
    return statistics.median(times), len(shown), _named_anonymous(program.plain), facts.program(), shown


def _named_anonymous(text: str) -> str:
    """The rules with each `_` of a positive body literal or comparison named (`Anon__k`):
    xclingo 2 puts every variable of a body in its support terms, where `_` is unsafe.
    The same program: a fresh variable in a positive literal is what `_` means there."""
    import clingo.ast as ast

    from gcs_reasoner.record_rules import rename

    out = []

    def on(node):
        if node.ast_type == ast.ASTType.Rule:
            anon: list = []
            body = []
            for lit in node.body:
                if lit.ast_type == ast.ASTType.Literal and lit.sign == ast.Sign.NoSign and \
                        lit.atom.ast_type in (ast.ASTType.SymbolicAtom, ast.ASTType.Comparison):
                    lit = rename(lit, {}, anon)
                elif lit.ast_type == ast.ASTType.Literal and lit.atom.ast_type == ast.ASTType.BodyAggregate:
                    elements = [e.update(condition=[rename(c, {}, anon) if c.sign == ast.Sign.NoSign else c
                                                    for c in e.condition]) for e in lit.atom.elements]
                    lit = lit.update(atom=lit.atom.update(elements=elements))
                body.append(lit)
            node = node.update(body=body)
        out.append(str(node))

    ast.parse_string(text, on)
    return "\n".join(out) + "\n"


def compare(xclingo_python: str, sizes, repeat: int = 3, timeout: float = 600) -> list[str]:
    """The comparison as Markdown table lines."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    lines = ["| members | gcs-reasoner (s) | xclingo (s) | xclingo / ours | trees (ours / xclingo) |",
             "|---:|---:|---:|---:|---:|"]
    for n in sizes:
        ours_s, count, program, facts, shown = ours(n, repeat)
        with tempfile.TemporaryDirectory() as tmp:
            paths = [Path(tmp) / name for name in ("program.lp", "facts.lp", "shown.txt", "child.py")]
            for p, text in zip(paths, (program, facts, "\n".join(shown), XCLINGO_CHILD)):
                p.write_text(text, encoding="utf-8")
            try:
                out = subprocess.run([xclingo_python, str(paths[3]), str(ROOT), *map(str, paths[:3]), str(repeat)],
                                     capture_output=True, text=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                lines.append(f"| {n} | {ours_s:.3f} | > {timeout:.0f} | > {timeout / ours_s:.0f} | {count} |")
                continue
        if out.returncode != 0:
            last = (out.stderr.strip().splitlines() or ["?"])[-1][:80]
            lines.append(f"| {n} | {ours_s:.3f} | failed: {last} | | {count} |")
            continue
        x = json.loads(out.stdout.strip().splitlines()[-1])
        lines.append(f"| {n} | {ours_s:.3f} | {x['seconds']:.3f} | {x['seconds'] / ours_s:.1f} | {count} / {x['trees']} |")
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xclingo-python", required=True, help="a Python with xclingo and clingo 5.8 installed")
    ap.add_argument("--sizes", type=int, nargs="+", default=[3, 30, 300])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args(argv)
    print("\n".join(compare(args.xclingo_python, args.sizes, args.repeat, args.timeout)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
