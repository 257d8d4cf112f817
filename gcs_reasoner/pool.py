"""Many files at once: each file's work in worker processes, results in file order.

`ordered(function, items, jobs)` calls `function(item)` for each item, in
`jobs` worker processes (default: the number of cores; 1: in this process),
and yields the results in the order of `items`, each as soon as it and those
before it are done. The workers are forked after the rules, the parser and
what the reasoning builds on first use are loaded, so that each starts with
them (where the system cannot fork, they start afresh). `function` must be a module-level function (it is sent
to the workers by name) and its results picklable.

Used by `gcs-reasoner check FOLDER --jobs N` and by `gcs_reasoner.check_files`.
"""

from __future__ import annotations

import os
from typing import Callable, Iterable, Iterator, Optional


def jobs_for(jobs: Optional[int], count: int) -> int:
    """How many processes for `count` items: `jobs` (default: the number of cores), at most `count`."""
    return max(1, min(jobs or os.cpu_count() or 1, count))


def _before_fork() -> None:
    """What every worker needs, made once before forking so that the workers share it: the
    parser and the rules. The rest (the rules written with file numbers, their statements
    parsed: batching.py, reasoning.py) each worker makes for the rules its files need, in
    parallel: made for all the rules before forking it had kept the workers waiting (40 small
    files, `--jobs 2`: 1.22 -> 1.05 s; the 340 examples: 11.3 -> 10.2 s)."""
    from .parse import warm_up as parser_warm_up
    from .program import load_program

    parser_warm_up()
    load_program()


def ordered(function: Callable, items: Iterable, jobs: Optional[int] = None,
            on_failure: Optional[Callable] = None) -> Iterator:
    """function(item) for each item, in order; `on_failure(item, exc)` is the result of an item
    whose worker died (default: raise)."""
    items = list(items)
    n = jobs_for(jobs, len(items))
    if n <= 1:
        for item in items:
            yield function(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _before_fork()
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork (Windows): workers start afresh
        context = None
    # the workers end with this process, however it ends (_watch_parent); a started worker (spawn)
    # does not inherit the pipe: it ends when its queue closes, as multiprocessing's own do
    lifeline = os.pipe() if context is not None else None
    watch = {"initializer": _watch_parent, "initargs": lifeline} if lifeline else {}
    try:
        with ProcessPoolExecutor(max_workers=n, mp_context=context, **watch) as pool:
            futures = [pool.submit(function, item) for item in items]
            try:
                for item, future in zip(items, futures):
                    try:
                        yield future.result()
                    except Exception as exc:
                        if on_failure is None:
                            raise
                        yield on_failure(item, exc)
            finally:
                for f in futures:
                    f.cancel()
    finally:
        for fd in lifeline or ():
            os.close(fd)


def _watch_parent(read_end: int, write_end: int) -> None:
    """A worker's first act (the pool's initializer): end as soon as the process that made the pool
    ends, however it ends (killed with SIGKILL, by a time limit, its server's copy gone): no work
    goes on for no one, and no worker is left asleep holding its memory and the caller's output.
    Only that process keeps the pipe's write end (each worker closes its own copy here): when it
    ends, the pipe's read end gives end of file."""
    import _thread

    os.close(write_end)

    def watch():
        try:
            while os.read(read_end, 1):
                pass
        except OSError:
            pass
        os._exit(1)

    _thread.start_new_thread(watch, ())


def in_batches(function: Callable, items: Iterable, jobs: Optional[int] = None,
               on_failure: Optional[Callable] = None) -> Iterator:
    """The results of `function(batch)`, a list with one result for each item of the batch, for the
    items taken in batches (reasoned on together: batching.py), yielded item by item in order,
    each batch as soon as it and those before it are done; `on_failure(item, exc)` is the result
    of each item of a batch whose worker died. Each item is a task whose first element is a file's
    path: a batch holds at most batching.BATCH_SIZE files and BATCH_BYTES of them (a large file
    goes alone: it gains little), and with several processes each takes two batches at least,
    where there are files enough (the work stays shared when one batch is slower)."""
    from .batching import BATCH_SIZE, cut

    items = list(items)
    n = jobs_for(jobs, len(items))
    # with several processes, a number of batches that is a multiple of theirs (two each at least),
    # each of BATCH_SIZE files at most: 200 files on two processes make six batches of 34, three
    # each, where batches of 40 made five, one process reasoning on three while the other waited
    rounds = max(2, -(-len(items) // (n * BATCH_SIZE)))
    size = BATCH_SIZE if n <= 1 else max(1, min(BATCH_SIZE, -(-len(items) // (rounds * n))))
    batches = cut(items, lambda item: _size(item[0]), size)
    failed = None if on_failure is None else (lambda batch, exc: [on_failure(item, exc) for item in batch])
    for results in ordered(function, batches, jobs, on_failure=failed):
        yield from results


def internal_error(path, exc) -> str:
    """How a failure of ours on a file is said (status 1): the file, then the exception."""
    return f"{path}: internal error: {type(exc).__name__}: {exc}"


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except (OSError, ValueError):
        return 0  # the file's reading says what is wrong with it


def outcomes(paths: list, as_of, render: Callable, release_each: bool = True) -> list:
    """(0, what `render(path, result)` made) of each file, reasoned on together, or (2, the
    ScenarioError of a file at fault) or (1, the exception of a failure of ours); never raising but
    for KeyboardInterrupt. `render` keeps nothing of the result: each result is released once
    rendered (collector.release), unless `release_each` is False (the process ends next)."""
    from .batching import reason_all
    from .collector import release
    from .parse import ScenarioError, parse_file

    def failure(exc) -> tuple:
        return (2 if isinstance(exc, ScenarioError) else 1), exc

    out: list = [None] * len(paths)
    parsed = []  # (position, scenario)
    for i, path in enumerate(paths):
        try:
            parsed.append((i, parse_file(path)))
        except Exception as exc:
            out[i] = failure(exc)
    results = reason_all([s for _, s in parsed], as_of=as_of, explain=True)
    for (i, _), result in zip(parsed, results):
        if isinstance(result, Exception):
            out[i] = failure(result)
            continue
        try:
            out[i] = (0, render(paths[i], result))
        except Exception as exc:
            out[i] = failure(exc)
        if release_each:
            release(result)
    results.clear()
    return out


def documents(batch: list) -> list:
    """[(path, JSON document) or (path, {"error": {"status", "message"}})] of a batch of
    (path, as_of) of files (one as_of for all)."""
    from .collector import paused
    from .render.json_out import as_dict

    paths, as_of = [p for p, _ in batch], batch[0][1]
    out = []
    with paused():  # collector.py
        done = outcomes(paths, as_of, lambda path, result: as_dict(result))
    for path, (status, body) in zip(paths, done):
        if status == 2:
            body = {"error": {"status": 2, "message": " ".join(str(body).split())}}
        elif status == 1:  # a failure of ours on that file: reported, the others go on
            body = {"error": {"status": 1, "message": internal_error(path, body)}}
        out.append((path, body))
    return out
