"""`gcs-reasoner check FOLDER`: every file of the folder, in batches (batching.py), in worker
processes (pool.py), each entry written as soon as it and those before it are ready, with a
progress bar on a terminal."""

from __future__ import annotations

import sys
from typing import Optional

from .cli import INTERRUPTED, _one_line, _said
from .pool import internal_error

PROGRESS_MIN_FILES = 4  # a progress line on a terminal from this many files

_WRITER = {}  # the writer of the folder being checked, by its settings (its result() is a pure function)


def folder_batch(batch):
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


def _outcomes(paths: list[str], args, folder: str, doc):
    """(status, body) of each file, in the order of `paths`, each batch as soon as it and those
    before it are done; with more than one job, in worker processes (pool.py)."""
    from .pool import in_batches

    every = tuple(paths)
    key = (args.format, folder, every, args.lang, args.detail)
    _WRITER[key] = doc  # this process's (and the workers' it forks)
    tasks = [(p, args.as_of, *key) for p in paths]
    try:
        yield from in_batches(folder_batch, tasks, args.jobs,
                              on_failure=lambda t, exc: (1, _one_line(internal_error(t[0], exc))))
    finally:
        _WRITER.pop(key, None)


def check_folder(folder: str, paths: list[str], args) -> int:
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
                _write_whole(out, piece)

    whole = _Whole()  # Ctrl-C while an entry is written: the entry finished and counted first
    try:
        with whole:
            emit(doc.begin())
            progress.show(0, paths[0])
        for i, (path, (status, body)) in enumerate(zip(paths, _outcomes(paths, args, folder, doc)), 1):
            with whole:
                progress.show(i, paths[i] if i < len(paths) else "")
                if status:
                    progress.write(err, body + "\n")
                    body = doc.error(path, status, body)
                emit(doc.entry(body))
                summary.count(status)
    except KeyboardInterrupt:
        summary.interrupted = True
    progress.clear()
    if whole.cut:  # a second Ctrl-C cut an entry that could not be written (a reader that takes nothing)
        print(f"gcs-reasoner: interrupted while writing an entry, after {summary.done} of {summary.total} files: "
              "the output is cut", file=err)
        return INTERRUPTED
    try:
        with whole:
            emit(doc.end(summary))
    except KeyboardInterrupt:
        summary.interrupted = True
    if whole.cut:
        print("gcs-reasoner: interrupted while writing the end of the output: the output is cut", file=err)
        return INTERRUPTED
    if summary.interrupted:
        print(f"gcs-reasoner: interrupted after {summary.done} of {summary.total} files", file=err)
        return INTERRUPTED
    return summary.status


def _write_whole(out, piece: str) -> None:
    """`piece` written to `out` and flushed, whole: through the file descriptor, each partial write
    followed by the rest. A write to a full pipe that a signal interrupts part way (Ctrl-C held by
    `_Whole`) returns what it wrote; Python's buffered writer (3.11) then drops the rest of the
    piece without a word. Where there is no descriptor, or lines end otherwise than in "\n": as
    written by `out`."""
    import io
    import os

    try:
        fd = out.fileno()
        data = piece.encode(out.encoding, out.errors or "strict")
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation, LookupError, TypeError):
        fd = None
    if fd is None or os.linesep != "\n":
        out.write(piece)
        out.flush()
        return
    out.flush()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class _Whole:
    """`with whole:` a piece of the output written whole, or not at all: a Ctrl-C that comes while
    it is written (a write to a pipe its reader has not drained can wait long) is held until the
    piece is written and counted, then raised; a second Ctrl-C meanwhile is not held back (`cut`:
    the piece is cut, and said to be). Where Ctrl-C cannot be caught (not the main thread), as before."""

    def __init__(self):
        self.pending = self.cut = self.installed = False
        self.previous = None

    def __enter__(self):
        import signal

        self.pending = False
        try:
            self.previous = signal.signal(signal.SIGINT, self._held)
            self.installed = True
        except (ValueError, TypeError):
            self.installed = False
        return self

    def _held(self, signum, frame):
        if self.pending:
            self.cut = True
            raise KeyboardInterrupt
        self.pending = True

    def __exit__(self, kind, exc, tb):
        import signal

        if self.installed:
            signal.signal(signal.SIGINT, signal.default_int_handler if self.previous is None else self.previous)
            self.installed = False
        if self.pending and kind is None:
            self.pending = False
            raise KeyboardInterrupt
        return False


class _Progress:
    """A progress bar on stderr (rich), for a long batch on a terminal only: files done, the
    file being reasoned, time left. Output for the same terminal goes through `write`, above the
    bar; nothing is drawn when stderr is not a terminal (a pipe, a log, CI)."""

    def __init__(self, stream, total: int, label: str = "gcs-reasoner check"):
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
            self.task = self.bar.add_task(label, total=total, path="")
            self.bar.start()

    def show(self, done: int, path: str, total: Optional[int] = None) -> None:
        """`done` files finished; `path` the next one; `total` when it grew (a timeline's second round)."""
        if total is not None:
            self.total = total
        if not self.on:
            return
        if self.bar is not None:
            self.bar.update(self.task, completed=done, path=path, total=self.total)
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
