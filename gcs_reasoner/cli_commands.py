"""The commands of the command line but `check` (cli.py): explain, why-not, what-would, diff,
texts, timeline, memo, test, coverage. Each takes the parsed arguments and returns the exit
status (cli.py's doc)."""

from __future__ import annotations

import sys
from pathlib import Path

from .cli import INTERRUPTED, SHOWN_BYTES, _reason
from .pool import internal_error


def _scenario(path: str):
    """The Scenario of a file, or None once its fault is said: one message on stderr (exit 2)."""
    from .parse import ScenarioError, parse_file

    try:
        return parse_file(path)
    except ScenarioError as exc:
        print(exc, file=sys.stderr)
        return None


def test_command(args) -> int:
    """`test PATH...`: one line per section (PASS/FAIL) with the problems under a failure, a
    summary; exit 0 all pass, 1 a section fails (or, with --update, a file was written; or, with
    --as-of D, a file has no section of that date: nothing of it checked), 2 a file cannot be read (bad .gcs or malformed .expected: file:line), which wins."""
    from .expectations import check_task, scenarios_under, unified_diff
    from .pool import ordered

    out, err = sys.stdout, sys.stderr
    paths, errors = scenarios_under(args.paths)
    for e in errors:
        print(f"ERROR  {e}", file=err)
    counts = dict(passed=0, failed=0, missing=0, errors=len(errors), internal=0, written=0, no_section=0)
    tasks = [(p, args.update, args.as_of) for p in paths]
    try:
        for report in ordered(check_task, tasks, args.jobs,
                              on_failure=lambda t, exc: _internal_report(t[0], exc)):
            shown = report.expected
            if report.error or report.internal:
                counts["errors" if report.error else "internal"] += 1
                print(f"ERROR  {report.error or report.internal}", file=err)
                out.write(f"ERROR  {(report.at_fault or shown) if report.error else shown}\n")
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
            if args.as_of and not report.sections and not report.new_text:  # nothing checked: not a pass
                counts["no_section"] += 1
                out.write(f"NO SECTION  {shown}  as_of {args.as_of.isoformat()}: nothing checked "
                          f"(--update adds one)\n")
            if report.changed:
                try:
                    write_like(Path(report.expected), report.new_text)
                except OSError as exc:  # the environment's refusal (full disk, read-only file): exit 2
                    counts["errors"] += 1
                    print(f"{shown}: cannot write the expectations: {exc.strerror or exc}; expected a file (and"
                          f" folder) that may be written: the file is left as it was", file=err)
                    out.write(f"ERROR  {shown}\n")
                    out.flush()
                    continue
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
    summary += f", {c['no_section']} without a section as_of {args.as_of.isoformat()}" if c["no_section"] else ""
    summary += f", {c['errors'] + c['internal']} not run (errors)" if c["errors"] + c["internal"] else ""
    summary += f"; {c['written']} files written (see the diffs above)" if c["written"] else ""
    out.write(f"{summary} — {len(paths)} scenario{'s' if len(paths) != 1 else ''}\n")
    if c["errors"]:
        return 2
    return 1 if c["failed"] or c["internal"] or c["written"] or c["no_section"] else 0


def _internal_report(path, exc):
    from .expectations import FileReport, expected_path

    return FileReport(str(path), str(expected_path(path)),
                      internal=internal_error(path, exc))


def texts_command(args) -> int:
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


# a range of more dates than this, reasoned on off a terminal (no progress bar), is announced on stderr:
# how many dates; then, once TIMELINE_MEASURE_SECONDS have passed, the time they took so far and what that
# pace gives for the dates left (a date's work grows with the years of the groupement's life it closes: a
# date of 2199 of a groupement approved in 2008 takes ten times one of 2010, so no fixed time a date is said)
TIMELINE_NOTICE_DATES = 150
TIMELINE_MEASURE_SECONDS = 10.0


def timeline_command(args) -> int:
    """`timeline FILE`: a file error or an empty range is exit 2, one message on stderr."""
    import time

    from .periods import EmptyRange, timeline

    scenario = _scenario(args.path)
    if scenario is None:
        return 2
    from .cli_folder import _Progress

    bar = []  # a progress bar on a terminal (stderr): a long file has hundreds of dates to reason on
    # the measure: the dates are told a batch at a time, just before it is reasoned on; the dates told
    # before a pause were reasoned on during it (the time from the first told, over their number)
    pace = {"first": None, "last": None, "told": 0, "reasoned": 0, "said": False}

    def progress(done, total, day):
        now = time.monotonic()
        if pace["first"] is None:
            pace["first"] = now
        elif now - pace["last"] > 0.05:
            pace["reasoned"] = pace["told"]
        pace["told"] += 1
        pace["last"] = now
        if not bar:
            bar.append(_Progress(sys.stderr, total, "gcs-reasoner timeline"))
            if not bar[0].on and total >= TIMELINE_NOTICE_DATES:  # off a terminal: one line, not silence
                print(f"gcs-reasoner timeline: {args.path}: {total} dates to reason on (the time each takes is "
                      f"measured on the first ones); --from and --until narrow the range", file=sys.stderr,
                      flush=True)
        elapsed = now - pace["first"]
        if not bar[0].on and not pace["said"] and pace["reasoned"] and elapsed >= TIMELINE_MEASURE_SECONDS:
            pace["said"] = True
            left = (total - done) * elapsed / pace["reasoned"]
            if left >= 60:  # a long run said with its measure: later dates take longer, so at least that
                print(f"gcs-reasoner timeline: {args.path}: {pace['reasoned']} dates reasoned on in {elapsed:.0f} s:"
                      f" at that pace, at least {max(1, round(left / 60))} min for the {total - done} dates left of"
                      f" this round (a later date, further in the groupement's life, takes longer)",
                      file=sys.stderr, flush=True)
        bar[0].show(done, day.isoformat(), total)

    try:
        t = timeline(scenario, start=args.start, until=args.until, progress=progress)
    except EmptyRange as exc:  # said with the options' names
        whence = {"asked": "", "file": " (--until not given: the file's as of)",
                  "today": " (--until not given and the file has no as of: today)"}[exc.end_source]
        print(f"{args.path}: {exc.empty()}; expected --from on or before --until{whence}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"{args.path}: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar:
            bar[0].clear()
    if t.cut:  # the range asked for was cut where the years only repeat: said on stderr too (and in the output)
        from .periods import cut_note

        print(f"gcs-reasoner timeline: {args.path}: {cut_note(t, args.lang)}", file=sys.stderr)
    if args.format == "json":
        from .render.json_out import dumps

        print(dumps(t.as_dict(), 2))  # a file name that is not UTF-8 escaped (json_out.escaped)
    else:
        print(t.text(args.lang))
    return 0


def memo_command(args) -> int:
    """`memo FILE`: the legal note; a file error is exit 2 (one message on stderr, nothing written)."""
    from .render.memo import render

    refused = _refused_output(args.path, args.output) if args.output else None
    if refused:
        print(refused, file=sys.stderr)
        return 2
    scenario = _scenario(args.path)
    if scenario is None:
        return 2
    text = render(_reason(scenario, args.as_of), lang=args.lang, format=args.format)
    if args.output:
        try:
            write_atomic(args.output, text.encode("utf-8", SHOWN_BYTES))  # a note written before survives a failure
        except BrokenPipeError:  # `-o /dev/stdout | head`: the reader went away, as with standard output
            raise
        except OSError as exc:
            print(f"{args.output}: cannot write the note: {exc.strerror or exc}", file=sys.stderr)
            return 2
        return 0
    sys.stdout.write(text)
    return 0


def write_like(path: Path, text: str) -> None:
    """Write `text` (line ends `\\n`) over the file at `path` as that file was written: its line ends
    (CRLF, as a Windows editor writes them) and its byte-order mark kept, so that an update changes
    only the lines it means to."""
    old = b""
    if _is_regular(path):  # a device or a FIFO is written as it is, never read (a FIFO would wait for a writer)
        try:
            old = path.read_bytes()
        except OSError:
            pass
    bom = "\ufeff" if old.startswith(b"\xef\xbb\xbf") else ""
    newline = "\r\n" if b"\r\n" in old else "\n"
    write_atomic(path, (bom + text).replace("\n", newline).encode("utf-8", SHOWN_BYTES))


def _is_regular(path) -> bool:
    """Whether `path` names an existing regular file (a link followed)."""
    import os
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _write_through(path, data: bytes) -> bool:
    """Write `data` to `path` as it is, when it must not be replaced: an existing file that is not a
    regular file (a device, /dev/null or /dev/full; a FIFO; a socket, which refuses to be opened) or
    that is this process's standard output or error (`-o /dev/stdout`, `/proc/self/fd/1`: written
    through the descriptor, so that `| head` and `>> log` work as with standard output). No temporary
    file, no rename. True when written so (an OSError raised, naming `path`); False for a regular file
    or a file that does not exist (write_atomic's own way)."""
    import os
    import stat
    import sys

    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISDIR(st.st_mode):
        return False
    fd, own = None, False
    for std, stream in ((1, sys.stdout), (2, sys.stderr)):
        try:
            other = os.fstat(std)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            try:
                if stream is not None:
                    stream.flush()  # what was printed before comes first
            except (OSError, ValueError):
                pass
            fd = std
            break
    if fd is None and stat.S_ISREG(st.st_mode):
        return False
    try:
        if fd is None:
            fd, own = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0)), True
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        exc.filename, exc.filename2 = str(path), None
        raise
    finally:
        if own:
            os.close(fd)
    return True


def write_atomic(path, data: bytes) -> None:
    """Write `data` as the file at `path`, all or nothing: into a temporary file of the same folder,
    then renamed over `path` (os.replace), so that a write the environment refuses (a full disk, a
    quota) leaves the old file whole and no temporary file behind; the OSError is raised, naming `path`.
    A file the user may not write (read-only, immutable) is refused as `open(path, "w")` would refuse
    it, not replaced through its folder; a link is followed (its target written, the link kept); the
    file keeps its permissions (a new file: the umask's). A file that is not a regular file (a
    device, a FIFO) or is standard output or error is written as it is, never replaced
    (_write_through)."""
    import errno
    import os
    import tempfile

    if _write_through(path, data):
        return
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    else:
        if not os.access(target, os.W_OK):  # the reason said is the open's (read-only mount, immutable)
            try:
                os.close(os.open(target, os.O_WRONLY))
            except OSError as exc:
                exc.filename = str(path)
                raise
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    if mode is None:
        umask = os.umask(0o022)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(target) + ".", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError):  # the file meant is named, not the temporary one
            exc.filename, exc.filename2 = str(path), None
        raise


# files an analyst writes by hand: `memo -o` never writes over one (a note is .md or .html)
_KEPT_SUFFIXES = (".gcs", ".expected")


def _refused_output(path: str, output: str):
    """Why `memo -o OUTPUT` must not write (a message naming OUTPUT), or None: never over the
    scenario the note is drawn from (the same file under any name: a link, `./x.gcs`), nor over an
    existing scenario or expectation file (`.gcs`, `.expected`): the analyst's work, not a note.
    Any other existing file (a note written before) is replaced, as `-o` says."""
    import os

    out = Path(output)
    try:
        same = out.exists() and Path(path).exists() and os.path.samefile(path, out)
    except OSError:
        same = False
    if same:
        return (f"{output}: the note would overwrite the scenario it is drawn from ({path}); "
                f"expected another output file (e.g. a .md or .html file)")
    try:
        existing = out.exists() and not out.is_dir()
    except OSError:
        existing = False
    if existing and out.suffix.lower() in _KEPT_SUFFIXES:
        return (f"{output}: the note would overwrite an existing {out.suffix} file; "
                f"expected a new file or a note (e.g. a .md or .html file)")
    return None


def explain_command(args) -> int:
    from .symbols import find, spell

    scenario = _scenario(args.path)
    if scenario is None:
        return 2
    result = _reason(scenario, args.as_of)
    found = find(result.conclusions, args.conclusion)  # the contract's spelling, or clingo's
    if found is None:
        from difflib import get_close_matches

        from .whynot import QueryError

        texts = [spell(c.symbol) for c in result.conclusions]
        close = get_close_matches(args.conclusion, texts, n=3, cutoff=0.5)
        asked = f" --as-of {args.as_of.isoformat()}" if args.as_of else ""
        listing = f"`gcs-reasoner check {args.path}{asked}` lists them"
        try:  # as the API's explain: a predicate that is no conclusion of the law is said so
            _, query_args = result._check_query(args.conclusion)
        except QueryError:
            nearest = f"nearest conclusions drawn: {', '.join(repr(c) for c in close)}; " if close else ""
            print(f"{args.path}: {result.not_drawn(args.conclusion)} ({nearest}{listing})", file=sys.stderr)
            return 2
        if any(a is None for a in query_args):  # `_`: explain takes one conclusion, the ones matching are listed
            print(f"{args.path}: {result.not_drawn(args.conclusion)} ({listing})", file=sys.stderr)
            return 2
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        print(f"{args.path}: no conclusion {args.conclusion!r} on {result.as_of.isoformat()}{hint} ({listing})",
              file=sys.stderr)
        return 2
    tree = result.explain(found, max_elements=None if args.all else 25)
    if args.format == "json":
        from .render import as_of_dict
        from .render.json_out import dumps, tree_dict

        print(dumps({**tree_dict(result, tree), **as_of_dict(result)}, 2))
    else:
        from .render.text import tree as render_tree
        from .render import as_of_line

        print(spell(found.symbol))  # the conclusion explained, as every output spells it
        print(render_tree(tree, result, lang=args.lang, detail=args.detail))
        print(as_of_line(result, args.lang))
    return 0


def _query_result(args):
    """(result, None) or (None, exit status) for why-not and what-would: a file or query error is status 2."""
    from .whynot import QueryError, parse_query

    scenario = _scenario(args.path)
    if scenario is None:
        return None, 2
    from .reasoning import reason

    try:
        name, query_args = parse_query(args.query)
        _check_before_reasoning(scenario, args.as_of, name, query_args)
    except QueryError as exc:  # not an atom, or a predicate neither the rules nor the file have
        asked = f" --as-of {args.as_of.isoformat()}" if args.as_of else ""
        listing = f" (`gcs-reasoner check {args.path}{asked}` lists the conclusions drawn)" \
            if str(exc).startswith("no predicate") and "did you mean" not in str(exc) else ""
        print(f"{args.path}: {exc}{listing}", file=sys.stderr)
        return None, 2
    return reason(scenario, as_of=args.as_of), None


def _check_before_reasoning(scenario, as_of, name: str, query_args: list) -> None:
    """QueryError for a query naming no predicate of the rules or the file's facts, found before
    any solving: the rules' predicates are the program's, the file's facts are built (no solve)
    only when the rules do not have the name."""
    from .program import load_program
    from .whynot import check_signature
    from .whynot_rules import signatures

    program = load_program()
    if (name, len(query_args)) in signatures(program):
        return
    from .reasoning import _facts_on, choose_as_of

    check_signature(program, _facts_on(scenario, *choose_as_of(scenario, as_of)), name, query_args)


def _print(obj, fmt: str, results=(), line_lang: str = "en", **kw) -> None:
    """The output of why-not, what-would or diff, with the date of each result and why
    (a last line in text; `as_of`, `as_of_source`, `file_as_of` in JSON; for a diff, under
    `before_as_of` and `after_as_of`)."""
    from .render import as_of_dict, as_of_line

    if fmt == "json":
        from .render.json_out import dumps

        d = obj.as_dict(**kw)
        if len(results) == 1:
            d.update(as_of_dict(results[0]))
        elif len(results) == 2:
            d["before_as_of"], d["after_as_of"] = (as_of_dict(r) for r in results)
        print(dumps(d, 2))
    else:
        print(obj.text(**kw))
        labels = ("", "") if len(results) < 2 or _same_date(*results) else ("← ", "→ ")
        for label, r in zip(labels, results[:1] if labels == ("", "") else results):
            print(label + as_of_line(r, line_lang))


def _same_date(a, b) -> bool:
    return (a.as_of, a.as_of_source, a.file_as_of) == (b.as_of, b.as_of_source, b.file_as_of)


def why_not_command(args) -> int:
    result, status = _query_result(args)
    if result is None:
        return status
    from .whynot import QueryError, why_not

    try:
        answer = why_not(result, args.query, lang=args.lang, depth=args.depth)
    except QueryError as exc:  # a predicate the law does not have, or the wrong number of arguments
        print(f"{args.path}: {exc}", file=sys.stderr)
        return 2
    _print(answer, args.format, (result,), args.lang, lang=args.lang)
    return 0


def what_would_command(args) -> int:
    result, status = _query_result(args)
    if result is None:
        return status
    from .counterfactual import what_would_make

    if args.max_changes < 1 or args.time_limit <= 0:
        print("gcs-reasoner: --max-changes must be at least 1 and --time-limit positive", file=sys.stderr)
        return 2
    from .whynot import QueryError

    try:
        out = what_would_make(result, args.query, negate=args.negate, max_changes=args.max_changes,
                              time_limit=args.time_limit)
    except QueryError as exc:
        print(f"{args.path}: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        _print(out, args.format, (result,))
    else:
        _print(out, args.format, (result,), args.lang, lang=args.lang)
    return 0


def diff_command(args) -> int:
    from .whatif import diff

    loaded = []
    for path in (args.before, args.after):
        scenario = _scenario(path)
        if scenario is None:
            return 2
        loaded.append(scenario)
    d = diff(*loaded, as_of=args.as_of)
    if args.format == "json":
        _print(d, args.format, (d.before, d.after))
    else:
        _print(d, args.format, (d.before, d.after), args.lang, lang=args.lang)
    return 0


def coverage_command(args) -> int:
    from .coverage import main as coverage_main

    return coverage_main(args)


COMMANDS = {"explain": explain_command, "why-not": why_not_command, "what-would": what_would_command,
            "diff": diff_command, "timeline": timeline_command, "memo": memo_command, "texts": texts_command,
            "test": test_command, "coverage": coverage_command}
