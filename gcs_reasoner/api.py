"""The Python API (`import gcs_reasoner as gcs`: the package's __init__ hands these out).

See the package's docstring for a tour; each function says what it returns.
"""

from __future__ import annotations

import os
from datetime import date


def load(path):
    """Parse a `.gcs` file into a Scenario.

    Any bad input raises ScenarioError (with file:line:col, or only the file
    when it cannot be read), never another exception.
    """
    from .parse import parse_file

    return _snapshot(parse_file(path))


def loads(text: str, path: str = "<string>"):
    """Parse scenario text (a str; bytes are read as UTF-8); any bad input raises ScenarioError."""
    from .parse import parse_text

    return _snapshot(parse_text(text, path))


def _snapshot(scenario):
    """The Scenario, with the pickle of its groupement as read (objects.prepared compares it)."""
    from .objects import snapshot

    scenario.as_read_bytes = snapshot(scenario.groupement)
    return scenario


def reason(scenario, as_of: date | None = None, explain: bool = False):
    """Apply the law to a Scenario (or a path); returns a Result."""
    from .reasoning import reason as _reason

    explain = _flag(explain, "explain")
    scenario = load(scenario) if not hasattr(scenario, "groupement") else _prepared(scenario)
    return _reason(scenario, as_of=_asked_date(as_of, "as_of"), explain=explain)


def _asked_date(value, name: str = "date"):
    """reasoning.asked_date, a text written in ASCII digits only: `\\d` would read ٢٠٠٨-٠١-٠١ or
    ２００８-01-01 as 2008-01-01, which the file's language refuses (a date of the file is [0-9]);
    refused with the message of any other text that is no date YYYY-MM-DD."""
    from .reasoning import asked_date

    if isinstance(value, str) and not value.strip().isascii():
        where = "" if name == "date" else f" for {name}"
        raise ValueError(f"invalid date {value!r}{where}; expected YYYY-MM-DD")
    return asked_date(value, name)


def _prepared(scenario):
    """A Scenario given as an object, perhaps changed in Python since its text was read (a notebook's
    what-if): checked as its file would be, its changed lines known (objects.py)."""
    from .objects import prepared

    return prepared(scenario)


def _flag(value, name: str) -> bool:
    """A yes/no argument: True or False (1 and 0 too, as Python counts them); TypeError otherwise,
    naming the argument, rather than a KeyError deep in the reasoning."""
    if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
        return bool(value)
    raise TypeError(f"{name}: expected True or False, not {type(value).__name__} {value!r}")


def reason_all(scenarios, as_of: date | None = None, explain: bool = False) -> list:
    """`reason` on each Scenario (or path), reasoned on together in one clingo run for several at a
    time (batching.py: each gets the result it has alone, a small file in about half the time);
    returns the Results in order, with an exception in place of the result of a file that fails.
    One path (a str or a Path) or one Scenario is one file, as in `check_files`.

        results = gcs.reason_all([gcs.load(p) for p in sorted(Path("my_cases").glob("*.gcs"))])
    """
    from .batching import reason_all as _reason_all

    as_of = _asked_date(as_of, "as_of")  # a bad date is the caller's error, raised once, not one per file
    explain = _flag(explain, "explain")
    from .parse import ScenarioError

    scenarios = _several(scenarios, "scenarios", "Scenarios or paths of .gcs files")

    loaded = []  # a path that cannot be read: its ScenarioError in place of its result, the others reasoned on
    for s in scenarios:
        try:
            loaded.append(_prepared(s) if hasattr(s, "groupement") else load(s))
        except ScenarioError as exc:
            loaded.append(exc)
    results = iter(_reason_all([s for s in loaded if not isinstance(s, ScenarioError)], as_of=as_of, explain=explain))
    return [s if isinstance(s, ScenarioError) else next(results) for s in loaded]


def check_files(paths, as_of: date | None = None, jobs: int | None = None):
    """The JSON document of each file (what `check --format json` prints), as (path, dict) in the
    order of `paths`, each as soon as it is ready; the files are reasoned in `jobs` worker
    processes (default: the number of cores; 1: in this process), small ones together (as
    `reason_all`: batching.py). A file that cannot be reasoned
    gives `{"error": {"status": 2 (the file's fault) or 1 (ours), "message": ...}}`, and the
    others go on. One path (a str or a Path) is one file; `jobs` is 1 or more (ValueError
    otherwise, as the CLI's `--jobs 0`), both checked when called.

        for path, doc in gcs.check_files(sorted(Path("my_cases").glob("*.gcs"))):
            print(path, [c["predicate"] for c in doc.get("conclusions", [])])
    """
    paths = _several(paths, "paths", "paths of .gcs files", scenarios=False)
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int)):
        raise TypeError(f"jobs={jobs!r}: expected a number of processes, 1 or more (None: the number of cores)")
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs={jobs!r}: expected a number of processes, 1 or more (None: the number of cores)")
    as_of = _asked_date(as_of, "as_of")
    for i, p in enumerate(paths):  # str(None) would have been read as a file named "None"
        if isinstance(p, bool) or not isinstance(p, (str, bytes, os.PathLike)):
            raise TypeError(f"paths[{i}]={p!r}: expected the path of a file (str or os.PathLike), "
                            f"not {type(p).__name__}")
    tasks = [(os.fsdecode(p), as_of) for p in paths]
    return _check_files(tasks, jobs)


def _check_files(tasks, jobs):
    from .pool import documents, in_batches, internal_error

    yield from in_batches(documents, tasks, jobs,
                          on_failure=lambda t, exc: (t[0], {"error": {"status": 1, "message": internal_error(t[0], exc)}}))


def texts(on: date | None = None):
    """The versions of the GCS articles in force on `on` (a date or YYYY-MM-DD; default today),
    each with its amending text and whether the rules encode it (a rule of rules/ cites one of
    its provisions): a texts_listing.TextsOn (`.versions`, `.not_covered`, `.as_dict()`, `.text(lang)`)."""
    from .program import load_program
    from .texts_listing import texts_on

    on = date.today() if on is None else _asked_date(on, "on")
    cited = {p for r in load_program().rules for p in r.provisions}
    return texts_on(on, cited)


def timeline(scenario, start: date | None = None, until: date | None = None, progress=None):
    """For each conclusion of a Scenario (or a path), the periods in which it holds from `start`
    (default: the file's first date) to `until` (default: its `as of`, else today), and the
    provisions whose amendment moved it: a timeline.Timeline (`.conclusions`, `.as_dict()`, `.text(lang)`).
    `progress(done, total, day)`, if given, is told before each date is reasoned on (a function; TypeError
    otherwise, when called)."""
    from .periods import check_progress, timeline as _timeline

    check_progress(progress)
    if hasattr(scenario, "groupement"):
        scenario = _prepared(scenario)
    return _timeline(scenario, start=_asked_date(start, "start"), until=_asked_date(until, "until"), progress=progress)


def memo(scenario, as_of: date | None = None, lang: str = "fr", format: str | None = None):
    """The legal note on a Scenario (or a path): a Memo (shown as HTML in a notebook; `.markdown()`,
    `.html()`), or its text with `format` "markdown" or "html". Same as `reason(...).memo(...)`."""
    return reason(scenario, as_of=as_of, explain=True).memo(lang=lang, format=format)


def edit(scenario, *changes):
    """A copy of the scenario with changes (`"present ag1 ch_b"`, ...: whatif.py) made."""
    from .whatif import edit as _edit

    scenario = load(scenario) if not hasattr(scenario, "groupement") else _prepared(scenario)
    return _edit(scenario, *changes)


def diff(a, b, as_of: date | None = None):
    """Conclusions gained and lost from a to b (Results, Scenarios or paths), with provisions."""
    from .whatif import diff as _diff

    a, b = (load(x) if isinstance(x, (str,)) or hasattr(x, "__fspath__") else x for x in (a, b))
    a, b = (_prepared(x) if hasattr(x, "groupement") else x for x in (a, b))  # a Scenario changed in Python
    return _diff(a, b, as_of=as_of)


def why_not(result, query: str, lang: str = "fr"):
    """Why `query` does not hold in a Result (whynot.py); a Scenario or a path is reasoned on first
    (on its `as of` date)."""
    return _result_of(result).why_not(query, lang=lang)


def what_would_make(result, query: str, negate: bool = False, **kw):
    """The smallest verified change sets making `query` hold, or stop holding (counterfactual.py),
    in a Result; a Scenario or a path is reasoned on first (on its `as of` date)."""
    return _result_of(result).what_would_make(query, negate=negate, **kw)


def _several(items, name: str, expected: str, scenarios: bool = True) -> list:
    """The list of what a function taking several files was given: one path (a str or a Path) or
    (`scenarios`) one Scenario is one file, not its characters; TypeError for what is not a
    collection."""
    if isinstance(items, (str, bytes)) or hasattr(items, "__fspath__") or (scenarios and hasattr(items, "groupement")):
        return [items]
    try:
        return list(items)
    except TypeError:
        raise TypeError(f"{name}: expected {expected} (a list, or one), not {type(items).__name__}") from None


def _result_of(x):
    """A Result as given, or the Result of a Scenario or a path; TypeError for anything else (rather
    than an AttributeError on the text of a path)."""
    from .result import Result

    if isinstance(x, Result):
        return x
    if isinstance(x, str) or hasattr(x, "__fspath__") or hasattr(x, "groupement"):
        return reason(x)
    raise TypeError(f"expected a Result (gcs.reason(...)), a Scenario or the path of a .gcs file, "
                    f"not {type(x).__name__}")


def __getattr__(name):
    if name == "ScenarioError":
        from .parse import ScenarioError

        return ScenarioError
    raise AttributeError(name)
