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


@lru_cache(maxsize=None)
def family(pid: str) -> str:
    """The earliest provision of pid's same_as chain (pid itself if it repeats none)."""
    from . import law

    seen = set()
    while pid not in seen:
        seen.add(pid)
        try:
            earlier = law.provision(pid).same_as
        except KeyError:
            return pid
        if not earlier:
            return pid
        pid = earlier
    return pid


@lru_cache(maxsize=None)
def text_of(pid: str):
    """(article, version) of a provision's text; None for an unknown id."""
    from . import law

    try:
        p = law.provision(pid)
    except KeyError:
        return None
    return (p.article, p.version)


def applied_provisions(cited: Iterable[str], applied_texts: set) -> list[str]:
    """The cited ids, less those of a same_as family whose own version was not
    applied while another member's was (applied_texts: {(article, version)})."""
    cited = list(cited)
    if len(cited) < 2 or not applied_texts:
        return cited
    fams: dict[str, list[str]] = {}
    for p in cited:
        fams.setdefault(family(p), []).append(p)
    out = []
    for p in cited:
        members = fams[family(p)]
        if len(members) > 1 and text_of(p) not in applied_texts and any(text_of(q) in applied_texts for q in members):
            continue
        out.append(p)
    return out


def applied_quote(applied: list[str], cited: list[str], quote: str) -> str:
    """The rule's quote when it is in the text of the version applied; else (a
    renumbered item: « 2° » became « 3° ») that version's own words."""
    from . import law

    if not applied or applied[0] == cited[0]:
        return quote
    try:
        if law.quote_in_text(applied[0], quote):
            return quote
        return law.provision(applied[0]).text.strip()
    except KeyError:
        return quote
