"""Command line: `gcs-reasoner check|explain|coverage`.

Exit status (spec): 0 the file was read and reasoned on; 2 the file cannot be
read, does not parse or refers to something undeclared (one message on
standard error, nothing on standard output); 1 any other failure.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

FORMATS = ("text", "json", "markdown", "html")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}; expected YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="gcs-reasoner", description="Apply GCS law (CSP L6133-1 ff., R6133-1 ff.) to a scenario.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="conclusions on a .gcs file (or every .gcs file of a folder)")
    c.add_argument("path", help=".gcs file or folder")
    c.add_argument("--format", choices=FORMATS, default="text")
    c.add_argument("--as-of", type=_date, help="date on which the law is applied, when the file has no `as of`")
    e = sub.add_parser("explain", help="why a conclusion holds: the provisions, their text and the facts")
    e.add_argument("path")
    e.add_argument("conclusion", help="e.g. 'dissolution_required(single_member)'")
    e.add_argument("--as-of", type=_date)
    e.add_argument("--format", choices=("text", "json"), default="text")
    e.add_argument("--all", action="store_true", help="list every element of aggregates (default: the first 25)")
    v = sub.add_parser("coverage", help="which provisions of the inventory the rules encode and the tests exercise")
    v.add_argument("--in-force-on", type=_date, help="only the versions in force on this date")
    v.add_argument("--format", choices=("text", "json"), default="text")
    return p


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "coverage":
            from .coverage import main as coverage_main

            return coverage_main(args)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # our failure, not the file's: no traceback, exit 1
        print(f"gcs-reasoner: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    return 1


def _load(path: str):
    from .parse import ScenarioError, parse_file

    try:
        return parse_file(path), None
    except ScenarioError as exc:
        return None, str(exc)


def _reason(scenario, as_of):
    from .reasoning import reason

    # every output of the CLI shows provisions: one traced solve, not two
    return reason(scenario, as_of=as_of, explain=True)


def _check(args) -> int:
    target = Path(args.path)
    paths = sorted(target.glob("*.gcs")) if target.is_dir() else [target]
    if target.is_dir() and not paths:
        print(f"{target}: no .gcs file in this folder", file=sys.stderr)
        return 2
    results, status = [], 0
    for p in paths:
        scenario, error = _load(str(p))
        if error:
            print(error, file=sys.stderr)
            status = 2
            continue
        try:
            results.append(_reason(scenario, args.as_of))
        except Exception as exc:  # a failure of ours, not of the file
            print(f"{p}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    if status and not target.is_dir():
        return status
    out = []
    if args.format == "json":
        import json

        from .render.json_out import as_dict

        docs = [as_dict(r) for r in results]
        out.append(json.dumps(docs if target.is_dir() else docs[0], ensure_ascii=False, indent=2))
    else:
        render = _renderer(args.format)
        out.append(("\n\n" + "=" * 78 + "\n\n").join(render(r) for r in results))
    sys.stdout.write("\n".join(out) + "\n")
    return status


def _renderer(fmt):
    if fmt == "markdown":
        from .render.markdown import render
    elif fmt == "html":
        from .render.html import render
    else:
        from .render.text import render
    return render


def _explain(args) -> int:
    scenario, error = _load(args.path)
    if error:
        print(error, file=sys.stderr)
        return 2
    result = _reason(scenario, args.as_of)
    found = result.find(args.conclusion)
    if found is None:
        from difflib import get_close_matches

        texts = [c.text for c in result.conclusions]
        close = get_close_matches(args.conclusion, texts, n=3, cutoff=0.5)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        print(
            f"{args.path}: no conclusion {args.conclusion!r} on {result.as_of.isoformat()}{hint} "
            f"(`gcs-reasoner check {args.path}` lists them)",
            file=sys.stderr,
        )
        return 2
    tree = result.explain(found, max_elements=None if args.all else 25)
    if args.format == "json":
        import json

        print(json.dumps(tree.as_dict(), ensure_ascii=False, indent=2))
    else:
        from .explain import render_text

        print(render_text(tree))
    return 0


if __name__ == "__main__":
    sys.exit(main())
