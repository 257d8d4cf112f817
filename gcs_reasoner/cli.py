"""Command line: `gcs-reasoner check|explain|why-not|what-would|diff|texts|timeline|memo|coverage|test`.

Exit status (spec): 0 the file was read and reasoned on; 2 the file cannot be
read, does not parse or refers to something undeclared (one message on
standard error, nothing on standard output); 1 any other failure; 130
interrupted. `check FOLDER` reports every file (a result or an error entry),
streamed in sorted order, and exits with the worst status: 1 if any failure of
ours, else 2 if any file's fault, else 0 (README, "Use"; render/batch.py).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path

from .pool import internal_error

FORMATS = ("text", "json", "json-tree", "jsonl", "markdown", "html")
AS_OF_HELP = ("date on which the law is applied; it wins over the file's own `as of` "
              "(default: the file's `as of`, else today); the output says which date it used and why")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"invalid date {text!r}; expected YYYY-MM-DD") from None


@lru_cache(maxsize=1)
def _parser() -> "argparse.ArgumentParser":
    """The command line's parser, built once per process (parsing does not change it: the warm
    server's copies reuse the one it built). argparse is loaded here: a run the server takes never
    needs it."""
    import argparse

    p = argparse.ArgumentParser(prog="gcs-reasoner", description="Apply GCS law (CSP L6133-1 ff., R6133-1 ff.) to a scenario.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="conclusions on a .gcs file (or every .gcs file of a folder)")
    c.add_argument("path", help=".gcs file or folder")
    c.add_argument("--format", choices=FORMATS, default="text")
    c.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    c.add_argument("--jobs", "-j", type=_jobs, default=None,
                   help="a folder: how many files are reasoned at once, in worker processes "
                        "(default: the number of cores; 1: in this process)")
    _add_words_options(c)
    e = sub.add_parser("explain", help="why a conclusion holds: the provisions, their text and the facts")
    e.add_argument("path")
    e.add_argument("conclusion", help="e.g. 'dissolution_required(single_member)', "
                                      "'approval_required(arh_director, avenant:av1)' (or avenant(av1))")
    e.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    e.add_argument("--format", choices=("text", "json"), default="text")
    e.add_argument("--all", action="store_true", help="list every element of aggregates (default: the first 25)")
    _add_words_options(e)
    _add_counterfactual_commands(sub)
    t = sub.add_parser("texts", help="the versions of the GCS articles in force on a date, and whether they are encoded")
    t.add_argument("--as-of", type=_date, help="the date (default: today)")
    t.add_argument("--format", choices=("text", "json"), default="text")
    t.add_argument("--lang", choices=("fr", "en"), default="fr")
    tl = sub.add_parser("timeline", help="for each conclusion, the periods in which it holds and what moved it")
    tl.add_argument("path")
    tl.add_argument("--from", dest="start", type=_date, help="first day (default: the file's first date)")
    tl.add_argument("--until", type=_date, help="last day (default: the file's `as of`, else today)")
    tl.add_argument("--format", choices=("text", "json"), default="text")
    tl.add_argument("--lang", choices=("fr", "en"), default="fr")
    r = sub.add_parser("test", help="check the expectation files (NAME.expected beside NAME.gcs): "
                                    "the conclusions that must, and must not, hold")
    r.add_argument("paths", nargs="+", metavar="PATH", help=".gcs or .expected files, or folders (recursively)")
    r.add_argument("--update", action="store_true",
                   help="write the current conclusions into the files (creating missing ones) and print the diff "
                        "of each; exit 1 when a file changed: review the diff against the law")
    r.add_argument("--as-of", type=_date, help="only the sections of this date (with --update: add one where "
                                                "a file has none); a file without `as_of` is checked on it")
    r.add_argument("--jobs", "-j", type=_jobs, default=None,
                   help="how many files are checked at once (default: the number of cores; 1: in this process)")
    m = sub.add_parser("memo", help="a legal note (note juridique): facts, questions, texts, analysis, "
                                     "conclusions, open points")
    m.add_argument("path", help=".gcs file")
    m.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the note (the law is quoted in French)")
    m.add_argument("--format", choices=("markdown", "html"), default="markdown")
    m.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    m.add_argument("-o", "--output", help="write the note to this file (default: standard output)")
    v = sub.add_parser("coverage", help="which provisions of the inventory the rules encode and the tests exercise")
    v.add_argument("--in-force-on", type=_date, help="only the versions in force on this date")
    v.add_argument("--format", choices=("text", "json"), default="text")
    sv = sub.add_parser("server", help="the warm process later runs hand their work to (README, \"Speed\"): "
                                       "whether it runs, or stop it")
    sv.add_argument("action", choices=("status", "stop"))
    return p


def _server(args) -> int:
    """`server status|stop`: the server of this environment (client.py)."""
    from . import client

    if not client.enabled():
        print(f"the server is off ({client.ENV}=0, or this system cannot pass files to it)")
        return 0
    path = client.socket_path()
    if args.action == "stop":
        print("stopped" if client.stop() else "no server was running")
        return 0
    running = path is not None and client.is_running(path)
    print(f"running, listening on {path}" if running else "not running (the next run starts it)")
    return 0


def _add_words_options(p) -> None:
    """--lang and --detail, for the words of `check` (text, markdown, html) and `explain`."""
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the sentences (fr)")
    p.add_argument("--detail", action="store_true",
                   help="show the auxiliary steps and the raw atoms, rules and values of each explanation")


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "explain":
            return _explain(args)
        if args.command in COUNTERFACTUAL_COMMANDS:
            return COUNTERFACTUAL_COMMANDS[args.command](args)
        if args.command == "timeline":
            return _timeline(args)
        if args.command == "memo":
            return _memo(args)
        if args.command == "texts":
            return _texts(args)
        if args.command == "test":
            return _test(args)
        if args.command == "coverage":
            from .coverage import main as coverage_main

            return coverage_main(args)
        if args.command == "server":
            return _server(args)
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as exc:  # our failure, not the file's: no traceback, exit 1
        print(f"gcs-reasoner: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("gcs-reasoner: interrupted", file=sys.stderr)
        return INTERRUPTED
    return 1


INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it


def _test(args) -> int:
    """`test PATH...`: one line per section (PASS/FAIL) with the problems under a failure, a
    summary; exit 0 all pass, 1 a section fails (or, with --update, a file was written), 2 a
    file cannot be read (bad .gcs or malformed .expected: file:line), which wins."""
    from .expectations import check_task, scenarios_under, unified_diff
    from .pool import ordered

    out, err = sys.stdout, sys.stderr
    paths, errors = scenarios_under(args.paths)
    for e in errors:
        print(f"ERROR  {e}", file=err)
    counts = dict(passed=0, failed=0, missing=0, errors=len(errors), internal=0, written=0)
    tasks = [(p, args.update, args.as_of) for p in paths]
    try:
        for report in ordered(check_task, tasks, args.jobs,
                              on_failure=lambda t, exc: _internal_report(t[0], exc)):
            shown = report.expected
            if report.error or report.internal:
                counts["errors" if report.error else "internal"] += 1
                print(f"ERROR  {report.error or report.internal}", file=err)
                out.write(f"ERROR  {shown}\n")
                continue
            if report.missing:
                counts["missing"] += 1
                out.write(f"NO EXPECTATIONS  {report.gcs}  (gcs-reasoner test --update {report.gcs} writes them)\n")
                continue
            for s in report.sections:
                counts["passed" if s.passed else "failed"] += 1
                where = f"{shown}:{s.line}" if s.line else shown
                out.write(f"{'PASS' if s.passed else 'FAIL'}  {where}  as_of {s.as_of}\n")
                for line in s.text().splitlines() if not s.passed else ():
                    out.write(f"      {line}\n")
            if args.as_of and not report.sections and not report.new_text:
                out.write(f"NO SECTION  {shown}  as_of {args.as_of.isoformat()}  (--update adds one)\n")
            if report.changed:
                Path(report.expected).write_text(report.new_text, encoding="utf-8")
                counts["written"] += 1
                out.write(f"WROTE  {shown}: review this change against the law\n")
                out.write(unified_diff(report.old_text or "", report.new_text, shown))
            out.flush()
    except KeyboardInterrupt:
        print("gcs-reasoner: interrupted", file=err)
        return INTERRUPTED
    c = counts
    summary = f"{c['passed']} passed, {c['failed']} failed"
    summary += f", {c['missing']} without expectations" if c["missing"] else ""
    summary += f", {c['errors'] + c['internal']} not run (errors)" if c["errors"] + c["internal"] else ""
    summary += f"; {c['written']} files written (see the diffs above)" if c["written"] else ""
    out.write(f"{summary} — {len(paths)} scenario{'s' if len(paths) != 1 else ''}\n")
    if c["errors"]:
        return 2
    return 1 if c["failed"] or c["internal"] or c["written"] else 0


def _internal_report(path, exc):
    from .expectations import FileReport, expected_path

    return FileReport(str(path), str(expected_path(path)),
                      internal=internal_error(path, exc))
PROGRESS_MIN_FILES = 4  # a progress line on a terminal from this many files


def _silence_stdout() -> None:
    """The reader of stdout went away (`| head`): no second BrokenPipeError when Python flushes at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


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


def _one_line(text: str) -> str:
    return " ".join(str(text).split("\n"))


def _outcome(path: str, as_of, render):
    """(status, text) for one file: (0, what `render` made of its result), (2, the file's error)
    or (1, our failure), never raising but for KeyboardInterrupt. The message names the file.
    (A batch of one file: pool.outcomes, as a folder's files.)"""
    from .pool import outcomes

    # the process ends next (os._exit): freeing the result would be time lost (2% at 3,000 members)
    (status, body), = outcomes([path], as_of, lambda _path, result: render(result), release_each=False)
    return _said(path, status, body)


def _check(args) -> int:
    target = Path(args.path)
    if not _is_dir(target):
        return _check_file(str(target), args)
    paths = sorted(p for p in target.glob("*.gcs") if not p.is_dir())  # not recursive
    if not paths:
        print(f"{target}: no .gcs file in this folder", file=sys.stderr)
        return 2
    return _check_folder(str(target), [str(p) for p in paths], args)


def _is_dir(path: Path) -> bool:
    """A folder to check; anything else (a name too long, a loop of links) is read as a file, which says why it cannot."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _check_file(path: str, args) -> int:
    """One file: its result on stdout (exit 0), or one message on stderr and nothing on stdout."""
    status, text = _outcome(path, args.as_of, _renderer(args.format, path, args.lang, args.detail))
    if status:
        print(text, file=sys.stderr)
        return status
    if isinstance(text, list):  # JSON in pieces (json_out.pieces): written without joining them
        sys.stdout.writelines(text)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text + "\n")
    return 0


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        import argparse

        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more: {text!r}")
    return n


_WRITER = {}  # the writer of the folder being checked, by its settings (its result() is a pure function)


def _folder_batch(batch):
    """A batch of files of a folder (pool.in_batches), in a worker process or this one:
    [(status, body)]."""
    from .collector import between_batches
    from .pool import outcomes
    from .render.batch import writer

    as_of, fmt, folder, paths, lang, detail = batch[0][1:]
    key = (fmt, folder, paths, lang, detail)
    doc = _WRITER.get(key) or _WRITER.setdefault(key, writer(fmt, folder, list(paths), lang, detail))
    out = [_said(path, status, body) for path, (status, body) in
           zip([t[0] for t in batch], outcomes([t[0] for t in batch], as_of, doc.result))]
    between_batches()
    return out


def _said(path: str, status: int, body) -> tuple:
    """(status, body) as the folder's writer takes it: a failure in one line naming the file."""
    if status == 2:
        return 2, _one_line(body)
    if status == 1:
        return 1, _one_line(internal_error(path, body))
    return 0, body


def _outcomes(paths: list[str], args, folder: str, doc):
    """(status, body) of each file, in the order of `paths`, each batch as soon as it and those
    before it are done; with more than one job, in worker processes (pool.py)."""
    from .pool import in_batches

    every = tuple(paths)
    key = (args.format, folder, every, args.lang, args.detail)
    _WRITER[key] = doc  # this process's (and the workers' it forks)
    tasks = [(p, args.as_of, *key) for p in paths]
    try:
        yield from in_batches(_folder_batch, tasks, args.jobs,
                              on_failure=lambda t, exc: (1, _one_line(internal_error(t[0], exc))))
    finally:
        _WRITER.pop(key, None)


def _check_folder(folder: str, paths: list[str], args) -> int:
    """Every file in order, each entry written and flushed as soon as it is ready; errors are
    entries too (and a line on stderr). Exit with the worst status, 130 when interrupted."""
    from .render.batch import Summary, writer

    out, err = sys.stdout, sys.stderr
    doc = writer(args.format, folder, paths, args.lang, args.detail)
    summary = Summary(total=len(paths))
    progress = _Progress(err, len(paths))

    try:
        out_on_terminal = out.isatty()
    except (AttributeError, ValueError):
        out_on_terminal = False

    def emit(piece: str) -> None:
        if piece:
            if out_on_terminal:  # the same terminal as the progress bar, most likely: above it
                progress.write(out, piece)
            else:
                out.write(piece)
                out.flush()

    try:
        emit(doc.begin())
        progress.show(0, paths[0])
        for i, (path, (status, body)) in enumerate(zip(paths, _outcomes(paths, args, folder, doc)), 1):
            progress.show(i, paths[i] if i < len(paths) else "")
            if status:
                progress.write(err, body + "\n")
                body = doc.error(path, status, body)
            emit(doc.entry(body))
            summary.count(status)
    except KeyboardInterrupt:
        summary.interrupted = True
    progress.clear()
    try:
        emit(doc.end(summary))
    except KeyboardInterrupt:
        summary.interrupted = True
    if summary.interrupted:
        print(f"gcs-reasoner: interrupted after {summary.done} of {summary.total} files", file=err)
        return INTERRUPTED
    return summary.status


class _Progress:
    """A progress bar on stderr (rich), for a long batch on a terminal only: files done, the
    file being reasoned, time left. Output for the same terminal goes through `write`, above the
    bar; nothing is drawn when stderr is not a terminal (a pipe, a log, CI)."""

    def __init__(self, stream, total: int):
        self.stream, self.total = stream, total
        try:
            self.on = total >= PROGRESS_MIN_FILES and stream.isatty()
        except (AttributeError, ValueError):
            self.on = False
        self.bar = None
        if self.on:
            try:
                from rich.console import Console
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            except ImportError:  # rich missing: the plain line below
                return
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), TextColumn("{task.fields[path]}"),
                                console=Console(file=stream), transient=True,
                                redirect_stdout=False, redirect_stderr=False)
            self.task = self.bar.add_task("gcs-reasoner check", total=total, path="")
            self.bar.start()

    def show(self, done: int, path: str) -> None:
        """`done` files finished; `path` the next one."""
        if not self.on:
            return
        if self.bar is not None:
            self.bar.update(self.task, completed=done, path=path)
            return
        self.stream.write(f"\r[{done}/{self.total}] {path}\x1b[K")
        self.stream.flush()

    def write(self, out, piece: str) -> None:
        """Output bound for the terminal the bar is on: above the bar."""
        if self.bar is not None:
            self.bar.console.print(piece, end="", markup=False, highlight=False, soft_wrap=True)
        else:
            self.clear()
            out.write(piece)
            out.flush()

    def clear(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
            self.on = False
        elif self.on:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _renderer(fmt, path: str = "", lang: str = "fr", detail: bool = False):
    """The renderer of one file's result in a format (a function of the result giving its text, or
    the pieces of its text: JSON)."""
    if fmt in ("json", "json-tree", "jsonl"):
        from .render.json_out import as_dict, dumps, pieces

        # shared sub-trees once (`nodes`), compact: json's C encoder, a conclusion at a time, in
        # pieces written as they are (json_out.pieces); indented on a terminal only
        indent = 2 if sys.stdout.isatty() else None
        if fmt == "json":
            if indent:
                return lambda r: dumps(as_dict(r, detail=detail), indent)
            return lambda r: pieces(r, detail=detail)
        if fmt == "json-tree":
            return lambda r: dumps(as_dict(r, shared=False, detail=detail), indent)
        return lambda r: pieces(r, detail=detail, file_first=True)  # {"file": ..., **document}
    if fmt == "markdown":
        from .render.markdown import render
    elif fmt == "html":
        from .render.html import render
    else:
        from .render.text import render
    return lambda r: render(r, lang=lang, detail=detail)


def _texts(args) -> int:
    """`texts [--as-of DATE]`: the versions in force; a date the encoded law does not cover is
    said (first line after the title, and `covered: false` in JSON), not refused: exit 0."""
    from . import texts

    listing = texts(args.as_of)
    if args.format == "json":
        import json

        print(json.dumps(listing.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(listing.text(args.lang))
    return 0


def _timeline(args) -> int:
    """`timeline FILE`: a file error or an empty range is exit 2, one message on stderr."""
    from .periods import timeline

    scenario, error = _load(args.path)
    if error:
        print(error, file=sys.stderr)
        return 2
    try:
        t = timeline(scenario, start=args.start, until=args.until)
    except ValueError as exc:
        print(f"{args.path}: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        import json

        print(json.dumps(t.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(t.text(args.lang))
    return 0


def _memo(args) -> int:
    """`memo FILE`: the legal note; a file error is exit 2 (one message on stderr, nothing written)."""
    from .render.memo import render

    scenario, error = _load(args.path)
    if error:
        print(error, file=sys.stderr)
        return 2
    text = render(_reason(scenario, args.as_of), lang=args.lang, format=args.format)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"{args.output}: cannot write the note: {exc.strerror or exc}", file=sys.stderr)
            return 2
        return 0
    sys.stdout.write(text)
    return 0


def _explain(args) -> int:
    from .symbols import find, spell

    scenario, error = _load(args.path)
    if error:
        print(error, file=sys.stderr)
        return 2
    result = _reason(scenario, args.as_of)
    found = find(result.conclusions, args.conclusion)  # the contract's spelling, or clingo's
    if found is None:
        from difflib import get_close_matches

        texts = [spell(c.symbol) for c in result.conclusions]
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

        from .render.json_out import tree_dict

        from .render import as_of_dict

        print(json.dumps({**tree_dict(result, tree), **as_of_dict(result)}, ensure_ascii=False, indent=2))
    else:
        from .explain import render_text
        from .render import as_of_line

        print(spell(found.symbol))  # the conclusion explained, as every output spells it
        print(render_text(tree, result, lang=args.lang, detail=args.detail))
        print(as_of_line(result, args.lang))
    return 0


# --- why-not, what-would, diff (issue 8) -------------------------------------------------


def _add_counterfactual_commands(sub) -> None:
    w = sub.add_parser("why-not", help="why a conclusion does not hold: the first failing condition of each rule")
    w.add_argument("path")
    w.add_argument("query", help="e.g. 'deliberation_valid(ag1, d1)'; `_` for any value, dates YYYY-MM-DD")
    w.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    w.add_argument("--lang", choices=("fr", "en"), default="fr")
    w.add_argument("--depth", type=int, default=3, help="how deep to ask why not of the failing conditions (3)")
    w.add_argument("--format", choices=("text", "json"), default="text")
    m = sub.add_parser("what-would", help="the smallest changes to the file that make a conclusion hold (or not)")
    m.add_argument("path")
    m.add_argument("query")
    m.add_argument("--not", dest="negate", action="store_true", help="what would stop the conclusion from holding")
    m.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    m.add_argument("--max-changes", type=int, default=3)
    m.add_argument("--time-limit", type=float, default=20.0, help="seconds (20)")
    m.add_argument("--format", choices=("text", "json"), default="text")
    d = sub.add_parser("diff", help="conclusions gained and lost from one file to another")
    d.add_argument("before")
    d.add_argument("after")
    d.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    d.add_argument("--format", choices=("text", "json"), default="text")


def _query_result(args):
    """(result, None) or (None, exit status) for why-not and what-would: a file or query error is status 2."""
    from .whynot import QueryError, parse_query

    scenario, error = _load(args.path)
    if error:
        print(error, file=sys.stderr)
        return None, 2
    try:
        parse_query(args.query)
    except QueryError as exc:
        print(f"{args.path}: {exc}", file=sys.stderr)
        return None, 2
    from .reasoning import reason

    return reason(scenario, as_of=args.as_of), None


def _print(obj, fmt: str, results=(), line_lang: str = "en", **kw) -> None:
    """The output of why-not, what-would or diff, with the date of each result and why
    (a last line in text; `as_of`, `as_of_source`, `file_as_of` in JSON; for a diff, under
    `before_as_of` and `after_as_of`)."""
    from .render import as_of_dict, as_of_line

    if fmt == "json":
        import json

        d = obj.as_dict(**kw)
        if len(results) == 1:
            d.update(as_of_dict(results[0]))
        elif len(results) == 2:
            d["before_as_of"], d["after_as_of"] = (as_of_dict(r) for r in results)
        print(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        print(obj.text(**kw))
        labels = ("", "") if len(results) < 2 or _same_date(*results) else ("← ", "→ ")
        for label, r in zip(labels, results[:1] if labels == ("", "") else results):
            print(label + as_of_line(r, line_lang))


def _same_date(a, b) -> bool:
    return (a.as_of, a.as_of_source, a.file_as_of) == (b.as_of, b.as_of_source, b.file_as_of)


def _why_not_command(args) -> int:
    result, status = _query_result(args)
    if result is None:
        return status
    from .whynot import why_not

    _print(why_not(result, args.query, lang=args.lang, depth=args.depth), args.format, (result,), args.lang, lang=args.lang)
    return 0


def _what_would_command(args) -> int:
    result, status = _query_result(args)
    if result is None:
        return status
    from .counterfactual import what_would_make

    if args.max_changes < 1 or args.time_limit <= 0:
        print("gcs-reasoner: --max-changes must be at least 1 and --time-limit positive", file=sys.stderr)
        return 2
    out = what_would_make(result, args.query, negate=args.negate, max_changes=args.max_changes,
                          time_limit=args.time_limit)
    _print(out, args.format, (result,))
    return 0


def _diff_command(args) -> int:
    from .whatif import diff

    loaded = []
    for path in (args.before, args.after):
        scenario, error = _load(path)
        if error:
            print(error, file=sys.stderr)
            return 2
        loaded.append(scenario)
    d = diff(*loaded, as_of=args.as_of)
    _print(d, args.format, (d.before, d.after))
    return 0


COUNTERFACTUAL_COMMANDS = {"why-not": _why_not_command, "what-would": _what_would_command, "diff": _diff_command}


def run_here(own: bool = False) -> None:
    """The console script's work done in this process (client.run: no server took it): main(), its
    output flushed, the server started for the next run (but after `server status|stop`: `own`),
    then the end of the process without freeing the solver's memory piece by piece (tens of
    milliseconds that no one waits for)."""
    from .collector import off_for_this_command

    off_for_this_command()
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - a closed pipe: let Python's own exit report it
        sys.exit(status)
    if not own:
        from .client import start_in_background

        start_in_background()
    os._exit(status if isinstance(status, int) else 1)


if __name__ == "__main__":
    from .client import run

    run()
