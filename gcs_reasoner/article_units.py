"""An article's text cut into its units, and the inventory's id of each (law.py reads the
texts and the inventory; this module only numbers).

Provision ids (see the comment at the top of ``provisions.yaml``) are
``ARTICLE@FROM[.SECTION][.ALINEA][.ITEM][.LETTER]``. The text of an article
version is cut into units line by line:

- a line ``I. –`` / ``II.-`` / ``III. ―`` ... opens a section (and is its
  first alinéa);
- a line ``N°`` (``N° bis`` -> ``Nbis``) is a numbered item of the alinéa
  before it (its lead-in);
- a line ``a)`` is a lettered sub-item of the item before it;
- a dash line (``―``) and a line starting in lower case (a line broken in
  the source) continue the unit before it;
- any other line (including ``1.``/``2.`` paragraphs, as in L6133-3) is a new
  alinéa of the current section.

The alinéa number is left out when the section (or the article without
sections) has a single alinéa and that alinéa has no items
(``L6133-3@2009-07-23.II``, ``R6133-2@2010-07-26``); a single alinéa with
items keeps its number (``R6133-22@2009-06-27.1``, ``.1.1``...). The few
inventory ids that depart from that rule are mapped in ``OVERRIDES``.

The text of a provision is the unit's own lines; when the inventory lists
none of the unit's items (the entry "folds" them, e.g. R6133-13@2006-01-01.1)
the items are part of its text. Lines are joined with ``\\n`` as in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

# Inventory ids that do not follow the general numbering rule, mapped to the
# unit key (section, alinéa[, item[, letter]]) they mean.
OVERRIDES: Dict[str, tuple] = {
    # Section I of R6133-15@2017-04-28 is one alinéa (lead-in) with items 1°
    # and 2°. The general rule (as in R6133-1@2017-04-28.II.1.1) would give
    # I.1 (lead-in), I.1.1 and I.1.2; the inventory says I, I.1 and I.2.
    "R6133-15@2017-04-28.I": ("I", 1),
    "R6133-15@2017-04-28.I.1": ("I", 1, "1"),
    "R6133-15@2017-04-28.I.2": ("I", 1, "2"),
}

_SECTION = re.compile(r"^(?P<sec>X|IX|IV|V?I{0,3})\s*\.\s*[-–―]")
_ITEM = re.compile(r"^(?P<n>\d+)°(?:\s*(?P<suf>bis|ter|quater))?(?=\s)")
_LETTER = re.compile(r"^(?P<l>[a-z])\)\s")
_DASH = re.compile(r"^[―–—-]\s")
_LOWER = re.compile(r"^[a-zà-ÿœ]")


@dataclass(frozen=True)
class Article:
    """One version of an article (or a decree article), cut into units."""

    text: str  # article text without heading and NOTA
    units: Dict[tuple, Tuple[str, ...]]  # key -> lines, in text order
    ids: Dict[str, tuple]  # canonical id -> key
    nota: Tuple[str, ...] = ()


def cut(lines: Iterable[str]) -> Dict[tuple, List[str]]:
    units: Dict[tuple, List[str]] = {}
    sec: Optional[str] = None
    al = 0
    item: Optional[str] = None
    last: Optional[tuple] = None
    for line in lines:
        if not line.strip():
            continue
        m_sec = _SECTION.match(line)
        if m_sec and m_sec["sec"]:
            sec, al, item = m_sec["sec"], 0, None
        m_let = _LETTER.match(line)
        m_item = _ITEM.match(line)
        if m_let and item is not None:
            key = (sec, al, item, m_let["l"])
        elif m_item:
            item = m_item["n"] + (m_item["suf"] or "")
            key = (sec, al, item)
        elif last is not None and (
            _DASH.match(line) or (_LOWER.match(line) and not m_let)
        ):
            units[last].append(line)
            continue
        else:
            al += 1
            item = None
            key = (sec, al)
        if key in units:
            raise ValueError(f"unit {key} appears twice: {line[:60]!r}")
        units[key] = [line]
        last = key
    return units


def canonical_ids(prefix: str, units: Dict[tuple, list]) -> Dict[str, tuple]:
    alineas: Dict[Optional[str], int] = {}
    with_children = set()
    for k in units:
        if len(k) == 2:
            alineas[k[0]] = alineas.get(k[0], 0) + 1
        else:
            with_children.add(k[:2])
    ids = {}
    for k in units:
        parts = [k[0]] if k[0] else []
        single = alineas.get(k[0], 0) == 1 and (k[0], 1) not in with_children
        if not (single and len(k) == 2):
            parts.append(str(k[1]))
        parts += [str(x) for x in k[2:]]
        ids[prefix + "".join("." + p for p in parts)] = k
    return ids


def make_article(prefix: str, lines: List[str], nota=()) -> Article:
    units = cut(lines)
    return Article(
        text="\n".join(line for line in lines if line.strip()),
        units={k: tuple(v) for k, v in units.items()},
        ids=canonical_ids(prefix, units),
        nota=tuple(nota),
    )


def read_version(folder: Path, file: str) -> Tuple[str, List[str], List[str]]:
    """(article, body lines, NOTA lines) of a versions/ file."""
    raw = (folder / file).read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise ValueError(f"{file}: no '---' separator")
    lines = body.splitlines()
    if not lines or not lines[0].startswith("# Article "):
        raise ValueError(f"{file}: body does not start with '# Article'")
    article = lines[0][len("# Article "):].strip()
    lines = lines[1:]
    for i, line in enumerate(lines):
        if line.startswith("NOTA"):
            return article, lines[:i], lines[i:]
    return article, lines, []
