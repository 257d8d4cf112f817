"""Which of a rule's cited provisions applied on the date that matters.

A rule that encodes a provision and the later provisions repeating it (the
inventory's `same_as`) cites them all and applies while any of them is in
force (`in_force_id/2`, rules/time/in_force.lp). Its explanation names only the
version applied: among the cited ids of one same_as family, those whose text
version was found in force in the derivation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable


@lru_cache(maxsize=1)
def _extra_repeats() -> dict:
    """later id -> [earlier ids] stated in the inventory's notes (data/law/repeats.yaml).

    The file is a list of `- later: ID` / `earlier: ID` / `note: "..."` entries, read line by
    line: PyYAML is not a dependency of the reasoner (tests/test_law.py reads it with PyYAML too)."""
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / "law" / "repeats.yaml"
    out: dict = {}
    later = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("- ").partition(":")
        if not sep:
            raise ValueError(f"{path}:{n}: expected 'later: ID', 'earlier: ID' or 'note: ...'")
        if raw.startswith("- "):
            later = None
        if key == "later":
            later = value.strip()
        elif key == "earlier":
            if later is None:
                raise ValueError(f"{path}:{n}: 'earlier' before its 'later'")
            out.setdefault(later, []).append(value.strip())
        elif key != "note":
            raise ValueError(f"{path}:{n}: unknown key {key!r}")
    return out


def earlier(pid: str) -> list:
    """The provisions pid repeats: the inventory's same_as, and the repeats its notes state."""
    from . import law

    out = list(_extra_repeats().get(pid, []))
    same = (law._entries().get(pid) or {}).get("same_as")  # the raw entry: no text to read
    if same:
        out.insert(0, same)
    return out


@lru_cache(maxsize=None)
def repeated_by(later: str) -> frozenset:
    """Every provision later repeats, directly or through a chain of repeats."""
    seen, stack = set(), list(earlier(later))
    while stack:
        p = stack.pop()
        if p not in seen:
            seen.add(p)
            stack.extend(earlier(p))
    return frozenset(seen)


@lru_cache(maxsize=None)
def family(pid: str) -> str:
    """The earliest provision of pid's same_as chain (pid itself if it repeats none)."""
    from . import law

    seen = set()
    while pid not in seen:
        seen.add(pid)
        same = (law._entries().get(pid) or {}).get("same_as")
        if not same:
            return pid
        pid = same
    return pid


@lru_cache(maxsize=None)
def text_of(pid: str):
    """(article, version) of a provision's text; None for an unknown id."""
    from . import law

    if pid not in law._entries() or "@" not in pid:
        return None
    article, rest = pid.split("@", 1)
    return (article, rest[:10])


def applied_provisions(cited: Iterable[str], applied_texts: set) -> list[str]:
    """The cited ids, less those of a same_as family whose own version was not
    applied while another member's was (applied_texts: {(article, version)})."""
    cited = list(cited)
    if len(cited) < 2 or not applied_texts:
        return cited
    applied = [q for q in cited if text_of(q) in applied_texts]
    out = []
    for p in cited:
        if text_of(p) not in applied_texts and any(_related(p, q) for q in applied):
            continue  # an earlier or later wording of a provision applied here
        out.append(p)
    return out


def _related(p: str, q: str) -> bool:
    """p and q are wordings of one provision: one repeats the other (same_as, the notes' repeats), or
    they are the same item of one article in two versions (L6133-3@2009-07-23.I.3, L6133-3@2011-08-12.I.3:
    a changed wording, which the inventory does not call same_as)."""
    return p in repeated_by(q) or q in repeated_by(p) or family(p) == family(q) or _item(p) == _item(q)


@lru_cache(maxsize=None)
def _item(pid: str) -> tuple:
    """(article, item) of an id, without its version: ("R6133-26", "II.1") for R6133-26@2017-04-28.II.1."""
    article, _, rest = pid.partition("@")
    return (article, rest[11:]) if rest else (pid, "")


def undecided(cited: Iterable[str]) -> bool:
    """The cited ids belong to texts of more than one date (a provision and its later wording, or the
    provisions of two decrees merged into one rule): which applied is still to be chosen
    (applied_provisions, in_force_on)."""
    return len({t[1] for t in map(text_of, cited) if t is not None}) > 1


def applied_citation(applied: list[str], cited: list[str], quote: str) -> tuple[list[str], str]:
    """The provisions shown and the quote shown under the first of them: never a quote under a
    provision whose text does not hold it. The rule's quote, with the first applied provision whose
    text holds it put first (a rule citing a law and a decree quotes one of them: its words are
    shown under it, the other cited after); else (a renumbered item: « 2° » became « 3° ») the
    first applied version's own words. `cited` (the rule's ids) is not read: kept for the callers."""
    applied = list(applied)
    if not applied or not quote:
        return applied, quote
    first = None
    for i, pid in enumerate(applied):
        k = (pid, quote)
        found = _QUOTES.get(k)
        if found is None:
            found = _QUOTES[k] = _quote_of(pid, quote)
        if found == quote:
            return (applied if i == 0 else [pid, *applied[:i], *applied[i + 1:]]), quote
        first = found if first is None else first
    return applied, first


def applied_quote(applied: list[str], cited: list[str], quote: str) -> str:
    """The quote shown with the applied provisions (applied_citation): the rule's quote when it is in
    the text of one of them, else the first one's own words."""
    return applied_citation(applied, cited, quote)[1]


# (provision id, a rule's quote) -> applied_quote's answer: the texts do not change, and a
# file's trees ask again for each node (searching the text each time was a tenth of a large
# example's JSON)
_QUOTES: dict = {}


def _quote_of(pid: str, quote: str) -> str:
    from . import law

    try:
        if law.quote_in_text(pid, quote):
            return quote
        return law.provision(pid).text.strip()
    except KeyError:
        return quote


def warm_up(rules) -> None:
    """applied_quote's answer for every later version a rule cites (a warm server's copies inherit
    them: no text read while a caller waits)."""
    for rule in rules:
        for pid in rule.provisions:
            applied_quote([pid], rule.provisions, rule.quote)


def in_force_on(cited: Iterable[str], dates: Iterable) -> list[str]:
    """The cited ids whose text is in force on one of `dates` (datetime.date), if any is: the texts in
    force on the dates that matter; all of them when none is."""
    from . import law

    cited, dates = list(cited), list(dates)

    def on_dates(pid: str) -> bool:
        t = text_of(pid)
        try:
            return t is not None and any(law.in_force(t[0], t[1], d) for d in dates)
        except KeyError:
            return False

    kept = [p for p in cited if on_dates(p)]
    return kept or cited
