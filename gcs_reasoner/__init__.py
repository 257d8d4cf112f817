"""gcs-reasoner: the law of French groupements de coopération sanitaire, as logic.

The Python API, for notebooks and tests:

    >>> import gcs_reasoner as gcs
    >>> scenario = gcs.load("facts/public_imaging.gcs")       # or gcs.loads(text)
    >>> result = gcs.reason(scenario)                          # on the file's `as of` date
    >>> [str(c) for c in result.by_predicate("nature")]
    ['nature(public)']
    >>> print(result.explain("nature(public)").text())          # the reasons, down to the file's lines

Stages (one module each): parse (text -> typed Scenario) -> facts (Scenario ->
ASP facts with their lines) -> reason (clingo, rules/*.lp) -> explain (trees
on demand) -> render (text, JSON, Markdown, HTML). The functions above are
api.py's, loaded when first used (`__getattr__` below).
"""

__all__ = ["load", "loads", "reason", "reason_all", "check_files", "ScenarioError", "edit", "diff", "why_not", "what_would_make",
           "texts", "timeline", "memo"]
__version__ = "0.1.0"

from . import _bytecode  # noqa: E402 - before the other modules are imported

_bytecode.install()  # the package's compiled code cached when Python may not write it (see _bytecode)


def __getattr__(name):
    """The API (api.py), loaded when first used: the console script reads this module too, and where
    Python may not write compiled code, this module is compiled again by every run."""
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted({*globals(), *__all__})
