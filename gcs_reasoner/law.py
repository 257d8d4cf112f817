"""The law: the inventory of provisions and the French text of each one.

Data (public law, copied into the package under ``data/law/``):

- ``provisions.yaml``: the inventory (``texts:`` = one entry per version of
  each article, ``provisions:`` = one entry per alinéa / numbered item);
- ``provisions.json``: a parsed copy of ``provisions.yaml`` (JSON loads in
  about a millisecond, YAML in tens of milliseconds and needs PyYAML). It
  records the SHA-256 of the YAML it was made from; when the YAML has been
  edited since, the YAML is parsed instead. Rebuild it with
  ``python -m gcs_reasoner.law --rebuild-cache``;
- ``versions/*.txt``: one file per version of each article (Légifrance);
- ``decrees.txt``: decree articles cited by the inventory that are not code
  articles (``decret-2005-1681.art3``, ``decret-2017-631.art7.N``).

Nothing is read at import time; everything is loaded on first use and cached.

How an article's text is cut into units (sections, alinéas, items) and which
inventory id names each: article_units.py. The versions in force on a date, as
`gcs-reasoner texts` lists them: texts_listing.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple, Union

from .article_units import OVERRIDES, Article, make_article, read_version

__all__ = [
    "Provision",
    "TextVersion",
    "provision",
    "provisions",
    "text_versions",
    "in_force",
    "texts_in_force",
    "not_covered",
    "quote_in_text",
    "check",
    "unlisted_units",
    "cache_is_fresh",
    "rebuild_cache",
]

DATA = Path(__file__).resolve().parent / "data" / "law"
VERSIONS = DATA / "versions"
INVENTORY = DATA / "provisions.yaml"
CACHE = DATA / "provisions.json"
DECREES = DATA / "decrees.txt"

DateLike = Union[date, str]

# ---------------------------------------------------------------------------
# Data classes


@dataclass(frozen=True)
class TextVersion:
    """One entry of the inventory's ``texts:``: a version of an article."""

    article: str
    from_: date
    until: Optional[date]  # None: still in force (mirror data as of 2023-12-06)
    file: str
    amended_by: Optional[str] = None
    header: Optional[str] = None
    note: Optional[str] = None
    seed: Optional[str] = None

    @property
    def version(self) -> str:
        """The 'from' date as used in provision ids (``2006-01-01``)."""
        return self.from_.isoformat()

    def in_force(self, on: DateLike) -> bool:
        """True when ``from <= on < until``."""
        d = _as_date(on)
        return self.from_ <= d and (self.until is None or d < self.until)


@dataclass(frozen=True)
class Provision:
    """One entry of the inventory's ``provisions:``, with its French text."""

    id: str
    article: str  # 'R6133-5', or 'decret-2005-1681.art3' for a decree article
    version: str  # 'from' date of the version holding it, e.g. '2006-01-01'
    source: str  # file of versions/ named by the inventory
    decidable: Optional[str]
    says: Optional[str]
    same_as: Optional[str]
    changed: Optional[str]
    note: Optional[str]
    text: str  # exact text of the alinéa / item (items included when folded)
    article_text: str  # whole text of that version of the article (no NOTA)
    folds: bool = False  # the entry covers items the inventory does not list


# ---------------------------------------------------------------------------
# Inventory


def _sha256(path: Path) -> str:
    from ._bytecode import sha256  # the interpreter's own (hashlib loads OpenSSL: 2 ms a process)

    # line endings normalised, so that a checkout with CRLF keeps the cache
    return sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def _plain(value):
    """YAML values -> JSON-able values (dates as ISO strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _parse_yaml() -> dict:
    import yaml  # only when the JSON cache is missing or stale

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(INVENTORY, encoding="utf-8") as f:
        raw = yaml.load(f, Loader=loader)
    return {"texts": _plain(raw["texts"]), "provisions": _plain(raw["provisions"])}


def rebuild_cache() -> Path:
    """Write ``provisions.json`` from ``provisions.yaml``; return its path."""
    import json

    data = _parse_yaml()
    data = {"source_sha256": _sha256(INVENTORY), **data}
    CACHE.write_text(
        json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    return CACHE


def cache_is_fresh() -> bool:
    import json

    try:
        with open(CACHE, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return False
    return data.get("source_sha256") == _sha256(INVENTORY)


@lru_cache(maxsize=None)
def _inventory() -> dict:
    import json

    digest = _sha256(INVENTORY)
    try:
        with open(CACHE, encoding="utf-8") as f:
            data = json.load(f)
        if data.get("source_sha256") == digest:
            return data
    except (OSError, ValueError):
        pass
    return _parse_yaml()


def _as_date(value: DateLike) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _opt_date(value) -> Optional[date]:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:  # 'in force (mirror data as of 2023-12-06)'
        return None


@lru_cache(maxsize=None)
def _text_versions() -> Tuple[TextVersion, ...]:
    return tuple(
        TextVersion(
            article=t["article"],
            from_=_as_date(t["from"]),
            until=_opt_date(t.get("until")),
            file=t["file"],
            amended_by=t.get("amended_by"),
            header=t.get("header"),
            note=t.get("note"),
            seed=t.get("seed"),
        )
        for t in _inventory()["texts"]
    )


@lru_cache(maxsize=None)
def _texts_by_file() -> Dict[str, TextVersion]:
    return {t.file: t for t in _text_versions()}


@lru_cache(maxsize=None)
def _entries() -> Dict[str, dict]:
    return {p["id"]: p for p in _inventory()["provisions"]}


def text_versions(article: Optional[str] = None) -> List[TextVersion]:
    """The inventory's ``texts:`` entries (all, or those of one article)."""
    tv = _text_versions()
    if article is None:
        return list(tv)
    return [t for t in tv if t.article == article]


def _text_version(article: str, version_from: DateLike) -> TextVersion:
    d = _as_date(version_from)
    found = _text_versions_by_start().get((article, d))
    if found is not None:
        return found
    known = ", ".join(t.version for t in _text_versions() if t.article == article)
    raise KeyError(
        f"no version of {article} in force from {d.isoformat()} in the inventory"
        + (f" (known: {known})" if known else " (unknown article)")
    )


@lru_cache(maxsize=1)
def _text_versions_by_start() -> dict:
    """(article, first day) -> its version (the first the inventory lists, as a scan would find)."""
    out: dict = {}
    for t in _text_versions():
        out.setdefault((t.article, t.from_), t)
    return out


def in_force(article: str, version_from: DateLike, on: DateLike) -> bool:
    """Is the version of ``article`` starting ``version_from`` in force on ``on``?

    In force means ``from <= on < until``; a version without 'until' is in
    force (as of the mirror data, 2023-12-06). Raises KeyError for a version
    the inventory does not list.
    """
    return _text_version(article, version_from).in_force(on)


def texts_in_force(on: DateLike) -> List[TextVersion]:
    """The versions (of the inventory) in force on ``on``, inventory order."""
    d = _as_date(on)
    return [t for t in _text_versions() if t.in_force(d)]


@lru_cache(maxsize=1)
def _timeline() -> Tuple[Tuple[str, date, Optional[date]], ...]:
    """(article, from, until) of every version in ``versions/timeline.tsv``: the Légifrance
    versions of the folder, those the inventory does not list included."""
    rows = []
    with open(VERSIONS / "timeline.tsv", encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 3:
                rows.append((cells[0], _as_date(cells[1]), _opt_date(cells[2])))
    return tuple(rows)


def folder_versions_in_force(article: str, on: DateLike) -> Optional[List[str]]:
    """The versions (their first days, ``2003-09-06``) of ``article`` in force on ``on`` in the
    versions folder (``timeline.tsv``), listed in the inventory or not; None when the folder
    holds no version of that article at all (a decree article, say)."""
    d = _as_date(on)
    rows = [r for r in _timeline() if r[0] == article]
    if not rows:
        return None
    return [f.isoformat() for _, f, u in rows if f <= d and (u is None or d < u)]


# ---------------------------------------------------------------------------
# Which dates the encoded law covers, and the versions in force on a date

# The first day the encoded law governs (décret 2005-1681, art. 3: the R6133-x of
# 2006 apply from 2006-01-01; nothing before is encoded).
COVERED_FROM = date(2006, 1, 1)
# The date of the Légifrance data the inventory was made from (versions/).
LEGIFRANCE_AS_OF = date(2023, 12, 6)


def newest_version_date() -> date:
    """The first day of the newest version the inventory knows (2024-01-01: announced after the
    Légifrance data of 2023-12-06); after it, amendments may exist that the inventory lacks."""
    return max(t.from_ for t in _text_versions())


def not_covered(on: DateLike, lang: str = "en") -> Optional[str]:
    """Why the encoded law does not cover ``on`` (before 2006-01-01, after the newest version
    known), in ``lang``; None when it does."""
    d = _as_date(on)
    newest = newest_version_date()
    if d < COVERED_FROM:
        return (f"le {d.isoformat()} est avant le {COVERED_FROM.isoformat()} : le droit encodé ne couvre pas cette date "
                f"(rien n'est encodé avant le décret 2005-1681)" if lang == "fr" else
                f"{d.isoformat()} is before {COVERED_FROM.isoformat()}: the encoded law does not cover that date "
                f"(nothing is encoded before décret 2005-1681)")
    if d > newest:
        # Judged under the newest versions known (their periods run on): one warning says up to
        # when the law is known, so that an amendment the inventory lacks is not silently missed.
        return (f"le {d.isoformat()} est après le plus récent texte connu : le droit est connu jusqu'aux "
                f"données Légifrance du {LEGIFRANCE_AS_OF.isoformat()} (versions annoncées jusqu'au "
                f"{newest.isoformat()}) ; les conclusions appliquent les dernières versions connues, une "
                f"modification postérieure peut manquer" if lang == "fr" else
                f"{d.isoformat()} is after the newest text known: the law is known up to the Légifrance data "
                f"of {LEGIFRANCE_AS_OF.isoformat()} (versions announced up to {newest.isoformat()}); the "
                f"conclusions apply the newest versions known, a later amendment may be missing")
    return None


def version_provisions(article: str, version: DateLike) -> List[str]:
    """Inventory ids of one version of an article (``R6133-5@2006-01-01...``), inventory order."""
    prefix = f"{article}@{_as_date(version).isoformat()}"
    return [pid for pid in _entries() if pid == prefix or pid.startswith(prefix + ".")]


# ---------------------------------------------------------------------------
# Texts


@lru_cache(maxsize=None)
def _version_article(file: str) -> Article:
    tv = _texts_by_file().get(file)
    article, lines, nota = read_version(VERSIONS, file)
    if tv is not None and tv.article != article:
        raise ValueError(f"{file}: holds article {article}, inventory says {tv.article}")
    version = tv.version if tv else file.split("__")[1]
    return make_article(f"{article}@{version}", lines, nota)


@lru_cache(maxsize=None)
def _decrees() -> Dict[str, Article]:
    out: Dict[str, List[str]] = {}
    current: Optional[List[str]] = None
    for line in DECREES.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = out.setdefault(line[3:].strip(), [])
        elif line.startswith("#") or not line.strip():
            continue
        elif current is not None:
            current.append(line)
    return {name: make_article(name, lines) for name, lines in out.items()}


def _decree_of(pid: str) -> Optional[str]:
    if "@" in pid:
        return None
    for name in _decrees():
        if pid == name or pid.startswith(name + "."):
            return name
    return None


def _resolve(pid: str, entry: dict) -> Tuple[str, str, Article, tuple]:
    """(article, version, parsed article, unit key) of an inventory id."""
    decree = _decree_of(pid)
    if decree is not None:
        art = _decrees()[decree]
        tv = _texts_by_file().get(entry.get("source", ""))
        version = tv.version if tv else ""
        article = decree
    else:
        if "@" not in pid:
            raise KeyError(f"provision {pid!r}: not of the form ARTICLE@DATE[...]"
                           " and not a decree article of decrees.txt")
        art = _version_article(entry["source"])
        article, _, rest = pid.partition("@")
        version = rest[:10]
    key = OVERRIDES.get(pid) or art.ids.get(pid)
    if key is None or key not in art.units:
        raise KeyError(
            f"provision {pid!r}: no alinéa/item with that number in "
            f"{entry.get('source')} (the numbering scheme finds: "
            f"{', '.join(art.ids) or 'nothing'})"
        )
    return article, version, art, key


def _descendants(art: Article, key: tuple) -> List[tuple]:
    n = len(key)
    return [k for k in art.units if len(k) > n and k[:n] == key]


@lru_cache(maxsize=None)
def _listed_keys(source: str) -> frozenset:
    """Unit keys of a versions/ file that have an inventory entry."""
    keys = set()
    for pid, entry in _entries().items():
        if entry.get("source") == source and "@" in pid:
            art = _version_article(source)
            key = OVERRIDES.get(pid) or art.ids.get(pid)
            if key is not None:
                keys.add(key)
    return frozenset(keys)


_provision_cache: Dict[str, Provision] = {}


def provision(pid: str) -> Provision:
    """The provision with inventory id ``pid`` (KeyError if unknown)."""
    p = _provision_cache.get(pid)
    if p is not None:
        return p
    entry = _entries().get(pid)
    if entry is None:
        raise KeyError(
            f"unknown provision id {pid!r}: not in the inventory "
            f"(gcs_reasoner/data/law/provisions.yaml)"
        )
    article, version, art, key = _resolve(pid, entry)
    lines = list(art.units[key])
    children = _descendants(art, key)
    folds = False
    if children and "@" in pid:
        listed = _listed_keys(entry["source"])
        if not any(k in listed for k in children):
            folds = True
            for k in children:
                lines.extend(art.units[k])
    p = Provision(
        id=pid,
        article=article,
        version=version,
        source=entry.get("source", ""),
        decidable=entry.get("decidable"),
        says=entry.get("says"),
        same_as=entry.get("same_as"),
        changed=entry.get("changed"),
        note=entry.get("note"),
        text="\n".join(lines),
        article_text=art.text,
        folds=folds,
    )
    _provision_cache[pid] = p
    return p


def provisions() -> List[Provision]:
    """All provisions of the inventory, in inventory order."""
    return [provision(pid) for pid in _entries()]


# ---------------------------------------------------------------------------
# Quotes

_QUOTE_MARKS = str.maketrans({"«": " ", "»": " ", "“": " ", "”": " ", "’": "'", "‘": "'"})
_ELLIPSIS_RE = re.compile(r"[\[(]?\s*(?:…|\.\.\.)\s*[\])]?")
_SPACE_RE = re.compile(r"\s+")


def _normalise(s: str) -> str:
    return _SPACE_RE.sub(" ", s.translate(_QUOTE_MARKS)).strip()


def quote_in_text(provision_id: str, quote: str) -> bool:
    """Does ``quote`` appear in the French text of the provision?

    Whitespace is normalised, the quotation marks « » “ ” are dropped and
    typographic apostrophes count as straight ones; an ellipsis (``…``,
    ``...``, ``[…]``, ``(…)``) stands for omitted words: the pieces around it
    must appear in that order. Otherwise the match is exact (case-sensitive).
    The text searched is the provision's own text, which for an entry folding
    several items includes those items. Raises KeyError for an unknown id.
    """
    text = _normalise(provision(provision_id).text)
    pieces = [_normalise(p) for p in _ELLIPSIS_RE.split(quote)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return False
    pos = 0
    for piece in pieces:
        found = text.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


# ---------------------------------------------------------------------------
# Checks


def check() -> List[str]:
    """Problems found mapping the inventory to the texts (empty: all good).

    Every inventory id must map to non-empty text; a numbered item must start
    with its 'N°', a lettered one with 'x)', the first alinéa of a section
    with its roman numeral; a unit's items must be either all listed or none.
    """
    problems = []
    for pid, entry in _entries().items():
        try:
            p = provision(pid)
            _, _, art, key = _resolve(pid, entry)
        except (KeyError, ValueError, OSError) as e:
            problems.append(f"{pid}: {e}")
            continue
        if not p.text.strip():
            problems.append(f"{pid}: empty text")
        first = art.units[key][0]
        if len(key) == 3:
            m = re.fullmatch(r"(\d+)(bis|ter|quater)?", key[2])
            expect = f"{m[1]}°" + (f" {m[2]}" if m[2] else "")
            if not first.startswith(expect):
                problems.append(f"{pid}: item text does not start with {expect!r}")
        if len(key) == 4 and not first.startswith(f"{key[3]})"):
            problems.append(f"{pid}: sub-item text does not start with '{key[3]})'")
        if key[0] and len(key) == 2 and key[1] == 1:
            if not re.match(rf"{key[0]}\s*\.", first):
                problems.append(f"{pid}: section text does not start with '{key[0]}.'")
        if "@" in pid:
            children = [k for k in _descendants(art, key) if len(k) == len(key) + 1]
            listed = _listed_keys(entry["source"])
            n = sum(any(x[: len(k)] == k for x in listed) for k in children)
            if 0 < n < len(children):
                problems.append(f"{pid}: only {n} of its {len(children)} items listed")
    return problems


def unlisted_units() -> List[Tuple[str, str, bool]]:
    """Units of the inventory's texts that no entry covers (neither their own
    entry nor a folding one): (canonical id, first line, is_lead_in). A
    lead-in (a unit whose items are listed) is unlisted by design when it
    states no rule by itself; the other ones are gaps of the inventory."""
    out = []
    for tv in _text_versions():
        art = _version_article(tv.file)
        listed = _listed_keys(tv.file)

        def folds(k):
            return not any(x[: len(k)] == k and len(x) > len(k) for x in listed)

        for pid, key in art.ids.items():
            if key in listed:
                continue
            if any(key[:n] in listed and folds(key[:n]) for n in range(2, len(key))):
                continue
            lead_in = any(x[: len(key)] == key and len(x) > len(key) for x in listed)
            out.append((pid, art.units[key][0], lead_in))
    return out

# --- the NOTA of a version: which texts its application is referred to (result.py, rule_files.py)


@lru_cache(maxsize=None)
def nota_enters_into_force(provision_id: str) -> bool:
    """Whether the NOTA of the version a provision belongs to dates the entry into force of its dispositions
    (« ces dispositions entrent en vigueur »), not only a text's modalities of application."""
    av = article_version(provision_id)
    if not av:
        return False
    try:
        nota = " ".join(_version_article(_text_version(*av).file).nota)
    except (KeyError, ValueError, OSError):
        return False
    return "entrent en vigueur" in nota or "entre en vigueur" in nota


@lru_cache(maxsize=None)
def nota_names(provision_id: str, text: str) -> bool:
    """Whether the NOTA of the version a provision belongs to names `text` (a decree's number, and its
    article when the text names one: `décret 2023-14 art. 7` in « l'article 7 du décret n° 2023-14 »)."""
    av = article_version(provision_id)
    numbers = re.findall(r"\d{4}-\d+", text)
    if not av or not numbers:
        return False
    try:
        nota = " ".join(_version_article(_text_version(*av).file).nota)
    except (KeyError, ValueError, OSError):
        return False
    article = re.search(r"\bart\.\s*(\S+)", text)
    return all(re.search(rf"n°\s*{re.escape(n)}\b", nota) for n in numbers) and \
        (not article or f"article {article.group(1)} " in nota)


def article_version(provision_id: str):
    """(article, version) of the Code text a provision belongs to, read from its id
    (`ARTICLE@YYYY-MM-DD...`, as law.py reads it); None for a decree's own article."""
    article, at, rest = provision_id.partition("@")
    return (article, rest[:10]) if at else None



def _main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m gcs_reasoner.law")
    ap.add_argument("--rebuild-cache", action="store_true",
                    help="rewrite data/law/provisions.json from provisions.yaml")
    ap.add_argument("--check", action="store_true",
                    help="map every inventory id to its text and report problems")
    ap.add_argument("--unlisted", action="store_true",
                    help="list the units of the texts that no inventory entry covers")
    ap.add_argument("id", nargs="*", help="print the text of these provisions")
    args = ap.parse_args(argv)
    status = 0
    if args.rebuild_cache:
        print(f"wrote {rebuild_cache()}")
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        print(f"{len(_entries())} provisions, {len(problems)} problems")
        status = 1 if problems else 0
    if args.unlisted:
        for pid, first, lead_in in unlisted_units():
            print(f"{pid}\t{'lead-in' if lead_in else 'GAP'}\t{first[:90]}")
    for pid in args.id:
        p = provision(pid)
        print(f"{p.id} ({p.source}{', folds items' if p.folds else ''})\n{p.text}\n")
    return status


if __name__ == "__main__":
    raise SystemExit(_main())
