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


# From this many files reasoned on in one process, what every file's reasoning builds on is made
# first (reasoning.warm_up: the rules parsed once, about 20 ms, save about 4 ms a file).
WARM_UP_FROM = 8


def _warm_up() -> None:
    from .parse import warm_up as parser_warm_up
    from .program import load_program
    from .reasoning import warm_up as reasoning_warm_up

    parser_warm_up()
    reasoning_warm_up(load_program())


def ordered(function: Callable, items: Iterable, jobs: Optional[int] = None,
            on_failure: Optional[Callable] = None) -> Iterator:
    """function(item) for each item, in order; `on_failure(item, exc)` is the result of an item
    whose worker died (default: raise)."""
    items = list(items)
    n = jobs_for(jobs, len(items))
    if n <= 1:
        if len(items) >= WARM_UP_FROM:
            _warm_up()
        for item in items:
            yield function(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _warm_up()
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork (Windows): workers start afresh
        context = None
    with ProcessPoolExecutor(max_workers=n, mp_context=context) as pool:
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


def document(task) -> tuple:
    """(path, JSON document) of one file, or (path, {"error": {"status", "message"}})."""
    path, as_of = task
    from .parse import ScenarioError, parse_file
    from .reasoning import reason
    from .render.json_out import as_dict

    try:
        return path, as_dict(reason(parse_file(path), as_of=as_of, explain=True))
    except ScenarioError as exc:
        return path, {"error": {"status": 2, "message": " ".join(str(exc).split())}}
    except Exception as exc:  # a failure of ours on that file: reported, the others go on
        return path, {"error": {"status": 1, "message": f"{path}: internal error: {type(exc).__name__}: {exc}"}}
