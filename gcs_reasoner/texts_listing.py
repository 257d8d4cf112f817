"""The versions of the GCS articles in force on a date, and how much of each the rules encode:
`gcs-reasoner texts` and `gcs_reasoner.texts` (law.py reads the inventory and the texts)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional, Tuple

from .law import LEGIFRANCE_AS_OF, DateLike, TextVersion, _as_date, _entries, not_covered, texts_in_force, version_provisions


@dataclass(frozen=True)
class VersionInForce:
    """A version of an article in force on a date, and how much of it the rules encode."""

    version: TextVersion
    provisions: Tuple[str, ...]  # its inventory ids
    decidable: Tuple[str, ...]  # those a scenario can decide (full or partial)
    cited: Tuple[str, ...]  # those a rule of rules/ cites

    @property
    def encoded(self) -> bool:
        """A rule of rules/ cites one of its provisions."""
        return bool(self.cited)

    @property
    def cited_decidable(self) -> int:
        return len(set(self.cited) & set(self.decidable))

    @property
    def last_day(self) -> Optional[date]:
        """Its last day in force (the day before the next version's), None while in force."""
        from datetime import timedelta

        return None if self.version.until is None else self.version.until - timedelta(days=1)

    def as_dict(self) -> dict:
        t = self.version
        return {"article": t.article, "version": t.version, "from": t.version,
                "to": self.last_day.isoformat() if self.last_day else None,  # its last day; None: still in force
                "amended_by": t.amended_by, "encoded": self.encoded,
                "provisions": len(self.provisions), "decidable": len(self.decidable),
                "cited": len(self.cited), "cited_decidable": self.cited_decidable,
                **({"note": t.note} if t.note else {})}


@dataclass(frozen=True)
class TextsOn:
    """The versions of the GCS articles in force on a date (``gcs-reasoner texts``)."""

    on: date
    versions: Tuple[VersionInForce, ...]
    not_covered: Optional[str]  # why the encoded law does not cover the date (English); None if it does
    not_covered_fr: Optional[str] = None

    def as_dict(self) -> dict:
        return {"on": self.on.isoformat(), "covered": self.not_covered is None,
                **({"not_covered": self.not_covered, "not_covered_fr": self.not_covered_fr}
                   if self.not_covered else {}),
                "legifrance_as_of": LEGIFRANCE_AS_OF.isoformat(),
                "versions": [v.as_dict() for v in self.versions]}

    def text(self, lang: str = "fr") -> str:
        from .render.phrases import lang_of

        fr = lang_of(lang) == "fr"
        out = [(f"Textes en vigueur le {self.on.isoformat()} ({len(self.versions)} versions d'articles)" if fr else
                f"Texts in force on {self.on.isoformat()} ({len(self.versions)} article versions)")]
        if self.not_covered:
            out.append(("Attention : " + self.not_covered_fr) if fr else ("Warning: " + self.not_covered))
        out.append("")
        for v in self.versions:
            t = v.version
            if fr:
                period = f"du {t.version} au {v.last_day.isoformat()}" if v.last_day else f"depuis le {t.version}"
                by = f"modifié par {t.amended_by}" if t.amended_by else "texte d'origine inconnu"
                enc = (f"encodé : les règles citent {v.cited_decidable} de ses {len(v.decidable)} dispositions décidables"
                       if v.encoded else f"non encodé ({len(v.decidable)} dispositions décidables)")
            else:
                period = f"from {t.version} until {v.last_day.isoformat()}" if v.last_day else f"from {t.version}, to date"
                by = f"amended by {t.amended_by}" if t.amended_by else "amending text unknown"
                enc = (f"encoded: the rules cite {v.cited_decidable} of its {len(v.decidable)} decidable provisions"
                       if v.encoded else f"not encoded ({len(v.decidable)} decidable provisions)")
            out.append(f"{t.article}@{t.version}  {period}")
            out.append(f"    {by}")
            out.append(f"    {enc}")
        if not self.versions:
            out.append("Aucune version connue en vigueur à cette date." if fr else "No known version in force on that date.")
        return "\n".join(out)


def _article_order(article: str):
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", article)]


def texts_on(on: DateLike, cited: Iterable[str] = ()) -> TextsOn:
    """The versions in force on ``on`` (L before R, numbers as numbers), each with its provisions,
    the decidable ones and those among ``cited`` (the provision ids the rules cite)."""
    d = _as_date(on)
    cited = set(cited)
    versions = []
    for t in sorted(texts_in_force(d), key=lambda t: (_article_order(t.article), t.from_)):
        ids = version_provisions(t.article, t.from_)
        decidable = [pid for pid in ids if _entries()[pid].get("decidable") in ("full", "partial")]
        versions.append(VersionInForce(t, tuple(ids), tuple(decidable), tuple(pid for pid in ids if pid in cited)))
    return TextsOn(d, tuple(versions), not_covered(d, "en"), not_covered(d, "fr"))
