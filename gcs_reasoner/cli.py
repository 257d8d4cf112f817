"""Command line: `gcs-reasoner check|explain|why-not|what-would|diff|texts|timeline|memo|coverage|test`:
the arguments, `check FILE`, and the way out (here); a folder's check (cli_folder.py); the other
commands (cli_commands.py).

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
    import argparse

    from .api import _asked_date

    try:
        return _asked_date(text)  # a date in ASCII digits, in the calendar the rules compute in
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _depth(text: str) -> int:
    import argparse

    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"invalid depth {text!r}; expected a whole number, 0 or more")
    return n


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


# the commands whose argument is a conclusion written as an atom: its name there, and an example
_ATOM_ARGUMENTS = {"explain": ("conclusion", "'dissolution_required(single_member)'"),
                   "why-not": ("query", "'deliberation_valid(ag1, d1)'"),
                   "what-would": ("query", "'deliberation_valid(ag1, d1)'")}


def _refuse_dash_atom(parser, argv: list) -> None:
    """An argument of explain, why-not or what-would that starts with '-' and is no option of the command
    (`why-not F '-member(x)'`): argparse reads it as an unknown option and says only that the query is
    missing; said here, with what was given and what is expected (exit 2, as argparse's errors)."""
    if not argv or argv[0] not in _ATOM_ARGUMENTS:
        return
    import argparse
    import re

    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[argv[0]]
    options = [o for a in sub._actions for o in a.option_strings]
    for token in argv[1:]:
        if token == "--":
            return  # what follows is positional, as the user asked
        # a text an atom could be: `-member(x)`, `--member(x)`, `-agent_comptable_required` (a mistyped
        # `--option` or a negative number is left to argparse's own message)
        if not re.match(r"-(-?[^-\W\d]\w*\s*\(|[^-\W\d]\w*$)", token):
            continue
        if token.startswith("--"):
            known = any(o.startswith(token.split("=", 1)[0]) for o in options if o.startswith("--"))
        else:
            known = token[:2] in options  # a short option, its value attached or not
        if not known:
            what, example = _ATOM_ARGUMENTS[argv[0]]
            sub.error(f"{token!r} is no option of {argv[0]} (an argument starting with '-' is read as one): "
                      f"the {what} is an atom, such as {example}, with no '-' before it; to pass a text "
                      f"starting with '-' as the {what}, put -- before it")


def _server(args) -> int:
    """`server status|stop`: the server of this environment (client.py)."""
    from . import client

    if not client.enabled():
        print(f"the server is off ({client.ENV}=0, or this system cannot pass files to it)")
        return 0
    path = client.socket_path()
    # the socket of a server that died without removing it (killed): removed, and said
    dead = " (the socket a dead server had left was removed)" if path is not None and client.clear_stale(path) else ""
    if args.action == "stop":
        print("stopped" if client.stop() else f"no server was running{dead}")
        return 0
    running = path is not None and client.is_running(path)
    print(f"running, listening on {path}" if running else f"not running (the next run starts it){dead}")
    return 0


def _add_words_options(p) -> None:
    """--lang and --detail, for the words of `check` (text, markdown, html) and `explain`."""
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the sentences (fr)")
    p.add_argument("--detail", action="store_true",
                   help="show the auxiliary steps and the raw atoms, rules and values of each explanation")


# the codec error handler of the text outputs: a byte of a file name that is not UTF-8 (Python reads
# b"lat\xe9.gcs" as "lat\udce9.gcs", surrogateescape) is shown as `\xe9`, as `ls -b` shows it, so
# that standard output, a note (`memo -o`) and an expectation file are UTF-8 text whatever the names
# (JSON escapes it as \udce9 instead: render/json_out.escaped); any other character that cannot
# be encoded is refused as with "strict" (_cannot_encode says it)
SHOWN_BYTES = "gcs_reasoner.shown_bytes"


def _shown_bytes(exc):
    if isinstance(exc, UnicodeEncodeError):
        part = exc.object[exc.start:exc.end]
        if all("\udc80" <= c <= "\udcff" for c in part):
            return "".join(f"\\x{ord(c) - 0xDC00:02x}" for c in part), exc.end
    raise exc


def _register_shown_bytes() -> None:
    import codecs

    try:
        codecs.lookup_error(SHOWN_BYTES)
    except LookupError:
        codecs.register_error(SHOWN_BYTES, _shown_bytes)


_register_shown_bytes()


def _show_bytes_on(stream) -> None:
    """Standard output written with SHOWN_BYTES where it was "strict" (a UTF-8 locale: a name that is
    not UTF-8 ended in "its encoding, utf-8, cannot write the character U+DCE9") or "surrogateescape"
    (the C locale: the raw byte, and a Markdown, HTML or text output that is not UTF-8)."""
    try:
        if getattr(stream, "errors", None) in ("strict", "surrogateescape"):
            stream.reconfigure(errors=SHOWN_BYTES)
    except (AttributeError, ValueError, OSError, LookupError):
        pass


def main(argv=None) -> int:
    if sys.stdout is None:  # a closed standard output, main() called by other code than the console script
        from .client import plug_stdout

        plug_stdout()
    _show_bytes_on(sys.stdout)
    parser = _parser()
    _refuse_dash_atom(parser, sys.argv[1:] if argv is None else list(argv))
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            status = _check(args)
        elif args.command == "server":
            status = _server(args)
        else:
            from .cli_commands import COMMANDS

            status = COMMANDS[args.command](args)
        if sys.stdout is not None:
            sys.stdout.flush()  # an output that cannot be written is said here, not at the process's exit
        return status
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        if not output_failed(exc):
            return _internal(exc)
        return _cannot_write(exc)
    except UnicodeEncodeError as exc:
        if not encoding_failed(exc):
            return _internal(exc)
        return _cannot_encode(exc)
    except Exception as exc:  # our failure, not the file's: no traceback, exit 1
        return _internal(exc)
    except KeyboardInterrupt:
        print("gcs-reasoner: interrupted", file=sys.stderr)
        return INTERRUPTED


# the errors of a write the environment refuses (a full disk, a quota, a file too large, a device
# failing), not a failure of ours; the input's are said as the file's (parse.py)
_WRITE_ERRNOS = ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS")


def output_failed(exc: BaseException) -> bool:
    """Whether `exc` is standard output that could not be written: an error of _WRITE_ERRNOS, or a
    bad descriptor while standard output is closed (client.plug_stdout)."""
    import errno

    if not isinstance(exc, OSError):
        return False
    if exc.errno == errno.EBADF:
        from .client import stdout_writable

        return not stdout_writable()
    return exc.errno in {getattr(errno, n) for n in _WRITE_ERRNOS if hasattr(errno, n)}


def _cannot_write(exc: OSError) -> int:
    """The output could not be written (as `memo -o`: "cannot write the note"): said on stderr, exit 2;
    what is left unwritten in stdout's buffer is dropped (no second error at exit)."""
    import errno

    reason = "it is closed" if exc.errno == errno.EBADF else (exc.strerror or exc)
    print(f"gcs-reasoner: cannot write the output (standard output): {reason}", file=sys.stderr)
    _silence_stdout()
    return 2


def encoding_failed(exc: UnicodeEncodeError) -> bool:
    """Whether `exc` is a character standard output's encoding cannot write (PYTHONIOENCODING=ascii,
    a Latin-1 locale): its codec is stdout's, whose errors are strict."""
    import codecs

    out = sys.stdout
    try:
        return (getattr(out, "errors", None) or "strict") in ("strict", SHOWN_BYTES) and \
            codecs.lookup(exc.encoding).name == codecs.lookup(out.encoding).name
    except (AttributeError, LookupError, TypeError):
        return False


def _cannot_encode(exc: UnicodeEncodeError) -> int:
    """Standard output's encoding cannot write a character of the output (the law's words are French,
    quoted in « »): said on stderr with the remedy, exit 2 (the environment's choice, not our
    failure). The output is not written with the character replaced: a quotation of the law
    altered in a memo, or a JSON document with escapes JSON does not have, would be worse."""
    import codecs

    char = exc.object[exc.start:exc.end][:1] if isinstance(exc.object, str) else ""
    what = f"the character U+{ord(char):04X}" if char else "a character of the output"
    print(f"gcs-reasoner: cannot write the output (standard output): its encoding, {codecs.lookup(exc.encoding).name},"
          f" cannot write {what}; expected an output in UTF-8: set PYTHONIOENCODING=utf-8 (or a UTF-8 locale)",
          file=sys.stderr)
    _silence_stdout()
    return 2


def _internal(exc: BaseException) -> int:
    """Our failure, not the file's: no traceback, exit 1."""
    print(f"gcs-reasoner: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
    return 1


INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it


def _silence_stdout() -> None:
    """The reader of stdout went away (`| head`): no second BrokenPipeError when Python flushes at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


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
        print(f"{target}: no .gcs file in this folder; expected a .gcs file, or a folder holding .gcs files"
              f" (its subfolders are not read)", file=sys.stderr)
        return 2
    from .cli_folder import check_folder

    return check_folder(str(target), [str(p) for p in paths], args)


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


def _seconds(text: str) -> float:
    """A time limit: a number of seconds above 0 and at most a day (not nan, not inf, not 1e10: a wait
    the system's clock cannot count; counterfactual.MAX_TIME_LIMIT)."""
    import argparse
    import math

    from .counterfactual import MAX_TIME_LIMIT

    try:
        n = float(text)
    except ValueError:
        n = math.nan
    if not math.isfinite(n) or n <= 0 or n > MAX_TIME_LIMIT:
        raise argparse.ArgumentTypeError(f"invalid time limit {text!r}; expected a number of seconds, finite and above 0, "
                                         f"at most {MAX_TIME_LIMIT:g} (a day)")
    return n


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        import argparse

        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more: {text!r}")
    return n


def _said(path: str, status: int, body) -> tuple:
    """(status, body) as the folder's writer takes it: a failure in one line naming the file."""
    if status == 2:
        return 2, _one_line(body)
    if status == 1:
        return 1, _one_line(internal_error(path, body))
    return 0, body


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


# --- the commands' arguments (the commands: cli_commands.py) ------------------------------


def _add_counterfactual_commands(sub) -> None:
    w = sub.add_parser("why-not", help="why a conclusion does not hold: every failing condition of each rule "
                                            "(those that cannot be checked said so)")
    w.add_argument("path")
    w.add_argument("query", help="e.g. 'deliberation_valid(ag1, d1)'; `_` for any value, dates YYYY-MM-DD")
    w.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    w.add_argument("--lang", choices=("fr", "en"), default="fr")
    w.add_argument("--depth", type=_depth, default=3, help="how deep to ask why not of the failing conditions (3)")
    w.add_argument("--format", choices=("text", "json"), default="text")
    m = sub.add_parser("what-would", help="the smallest changes to the file that make a conclusion hold (or not)")
    m.add_argument("path")
    m.add_argument("query")
    m.add_argument("--not", dest="negate", action="store_true", help="what would stop the conclusion from holding")
    m.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    m.add_argument("--max-changes", type=int, default=3)
    m.add_argument("--time-limit", type=_seconds, default=20.0, help="seconds (20)")
    m.add_argument("--lang", choices=("fr", "en"), default="fr")
    m.add_argument("--format", choices=("text", "json"), default="text")
    d = sub.add_parser("diff", help="conclusions gained and lost from one file to another")
    d.add_argument("before")
    d.add_argument("after")
    d.add_argument("--as-of", type=_date, help=AS_OF_HELP)
    d.add_argument("--format", choices=("text", "json"), default="text")
    d.add_argument("--lang", choices=("fr", "en"), default="fr")


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
    except OSError as exc:
        if output_failed(exc):  # the end of the output could not be written: said, as in main()
            os._exit(_cannot_write(exc) if not status else status)
        sys.exit(status)  # a closed pipe: let Python's own exit report it
    except Exception:  # noqa: BLE001
        sys.exit(status)
    if "gcs_reasoner.selection_memory" in sys.modules:  # the rules that applied, for the next run
        sys.modules["gcs_reasoner.selection_memory"].write()
    if not own:
        from .client import start_in_background

        start_in_background()
    os._exit(status if isinstance(status, int) else 1)


if __name__ == "__main__":
    from .client import run

    run()
