"""The fixed words of explanations, in French and in English (`T`), and the words of dates,
provisions and the periods of the texts in force: shared by words.py and the renderers."""

from __future__ import annotations

import re
from datetime import date, timedelta

LANGS = ("fr", "en")


def lang_of(lang) -> str:
    """The language asked for (`lang=`, `text(lang)` of every object of the API): "fr" or "en",
    written so; anything else is a ValueError naming them (never a KeyError, never English
    given silently for a language not known)."""
    if isinstance(lang, str) and lang in LANGS:
        return lang
    raise ValueError(f"language {lang!r}: expected one of {', '.join(LANGS)}")

T = {
    "fr": {
        "version": "version du {d}",
        "al": "al. {n}",
        "item": "{n}°",
        "decree": "décret n° {n}, art. {a}",
        "period": "version en vigueur du {f} au {u}",
        "period_open": "version en vigueur depuis le {f}",
        "text_applied": "Texte applicable le {d} : {t}",
        "text_not_applied": "Texte non applicable le {d} : {t}",
        "not_established": "Il n'est pas établi que : {s}",
        "not_stated": "Le fichier n'indique pas : {s}",
        "computed_date": "Date calculée : {v} ({how})",
        "computed_value": "Valeur calculée : {v} ({how})",
        "line": "ligne",
        "above": "expliqué plus haut",
        "and_more": "et {n} autres",
        "any": "…",
        "count": "Nombre", "sum": "Somme", "sum+": "Somme", "min": "Minimum", "max": "Maximum",
        "colon": " : ",
        "detail": "détail",
        "atom": "atome {a}, règle {r}{p}",
        "values": "valeurs : {v}",
        "step": "étape auxiliaire : {a} ({r})",
        "raw": "brut : {c}",
        "absent": "absent : {u}",
        "not_in_folder": "⚠ Texte hors du dossier, non appliqué : {t} (la conclusion repose sur un fait du fichier qui en tient lieu, ou sur une version dont la note y renvoie)",
        "no_derivation": "aucune dérivation enregistrée",
        "circular": "circulaire",
        "command_line": "option --as-of {d} (ligne de commande)",
        "changed_in_python": "modifié en Python après la lecture de {file} : aucune ligne d'un fichier ne "
                             "l'énonce (la ligne {line} du fichier dit autre chose)",
        "date_cmp": {"<": "le {a} est avant le {b}", "<=": "le {a} n'est pas après le {b}",
                     ">": "le {a} est après le {b}", ">=": "le {a} n'est pas avant le {b}",
                     "=": "le {a} est le {b}", "!=": "le {a} n'est pas le {b}"},
        "num_cmp": {"<": "{a} est inférieur à {b}", "<=": "{a} est inférieur ou égal à {b}",
                    ">": "{a} est supérieur à {b}", ">=": "{a} est supérieur ou égal à {b}",
                    "=": "{a} est égal à {b}", "!=": "{a} est différent de {b}"},
        "any_cmp": {"=": "{a} et {b} sont identiques", "!=": "{a} et {b} sont distincts"},
        "between": "{a} est compris entre {lo} et {hi}",
        "fn": {
            "add_days": "le lendemain du {0}",
            "add_days_n": "{1} jours après le {0}",
            "months_before": "{1} mois avant le {0}",
            "months_after": "{1} mois après le {0}",
            "add_years": "{1} ans après le {0}",
            "first_year_end": "le premier 31 décembre, à partir du {2}, qui suit d'au moins {1} mois le {0}",
            "fraction": "{0}/{1}",
            "year": "l'année du {0}",
        },
    },
    "en": {
        "version": "version of {d}",
        "al": "para. {n}",
        "item": "item {n}",
        "decree": "decree no. {n}, art. {a}",
        "period": "version in force from {f} to {u}",
        "period_open": "version in force since {f}",
        "text_applied": "Text applied on {d}: {t}",
        "text_not_applied": "Text not applicable on {d}: {t}",
        "not_established": "It is not established that: {s}",
        "not_stated": "The file does not state: {s}",
        "computed_date": "Computed date: {v} ({how})",
        "computed_value": "Computed value: {v} ({how})",
        "line": "line",
        "above": "explained above",
        "and_more": "and {n} more",
        "any": "…",
        "count": "Count", "sum": "Sum", "sum+": "Sum", "min": "Minimum", "max": "Maximum",
        "colon": ": ",
        "detail": "detail",
        "atom": "atom {a}, rule {r}{p}",
        "values": "values: {v}",
        "step": "auxiliary step: {a} ({r})",
        "raw": "raw: {c}",
        "absent": "absent: {u}",
        "not_in_folder": "⚠ Text not in the folder, not applied: {t} (the conclusion rests on a fact of the file standing for it, or on a version whose note refers to it)",
        "no_derivation": "no derivation recorded",
        "circular": "circular",
        "command_line": "option --as-of {d} (command line)",
        "changed_in_python": "changed in Python after {file} was read: no line of any file states it "
                             "(line {line} of the file says otherwise)",
        "date_cmp": {"<": "{a} is before {b}", "<=": "{a} is not after {b}", ">": "{a} is after {b}",
                     ">=": "{a} is not before {b}", "=": "{a} is {b}", "!=": "{a} is not {b}"},
        "num_cmp": {"<": "{a} is less than {b}", "<=": "{a} is at most {b}", ">": "{a} is more than {b}",
                    ">=": "{a} is at least {b}", "=": "{a} equals {b}", "!=": "{a} differs from {b}"},
        "any_cmp": {"=": "{a} and {b} are the same", "!=": "{a} and {b} are different"},
        "between": "{a} is between {lo} and {hi}",
        "fn": {
            "add_days": "the day after {0}",
            "add_days_n": "{1} days after {0}",
            "months_before": "{1} months before {0}",
            "months_after": "{1} months after {0}",
            "add_years": "{1} years after {0}",
            "first_year_end": "the first 31 December, from {2}, at least {1} months after {0}",
            "fraction": "{0}/{1}",
            "year": "the year of {0}",
        },
    },
}


def date_words(d: date, lang: str) -> str:
    from ..sentences import MONTHS

    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def iso_words(text: str, lang: str) -> str:
    try:
        return date_words(date.fromisoformat(text), lang)
    except ValueError:
        return text


def provision_label(pid: str, lang: str = "fr") -> str:
    """`L6133-1@2004-08-11.5` -> « L6133-1, version du 11 août 2004, al. 5 »;
    `R6133-1@2006-01-01.2.2` -> « ..., al. 2, 2° »; a decree's article: « décret n° 2005-1681, art. 3 »."""
    t = T[lang]
    m = re.match(r"^decret-(\d{4}-\d+)\.art(\d+)(?:\.(.*))?$", pid)
    if m:
        out = t["decree"].format(n=m.group(1), a=m.group(2))
        return out + (f", {t['al'].format(n=m.group(3))}" if m.group(3) else "")
    article, _, rest = pid.partition("@")
    if not rest:
        return pid
    version, *parts = rest.split(".")
    out = [article, t["version"].format(d=iso_words(version, lang))]
    numbers = 0
    for p in parts:
        if re.fullmatch(r"[IVX]+", p):
            out.append(p)
        elif re.fullmatch(r"\d+(bis|ter|quater)?", p):
            out.append(t["al"].format(n=p) if numbers == 0 else t["item"].format(n=p))
            numbers += 1
        else:
            out.append(f"{p})")
    return ", ".join(out)


def text_period(article: str, version: str, lang: str = "fr") -> str:
    """« R6133-5 (version en vigueur du 1er janvier 2006 au 25 juillet 2010) », from the inventory."""
    from .. import law

    t = T[lang]
    try:
        tv = next(x for x in law.text_versions(article) if x.version == version)
    except (StopIteration, KeyError, ValueError):
        return f"{article} ({t['version'].format(d=iso_words(version, lang))})"
    f = date_words(tv.from_, lang)
    if tv.until is None:
        return f"{article} ({t['period_open'].format(f=f)})"
    return f"{article} ({t['period'].format(f=f, u=date_words(tv.until - timedelta(days=1), lang))})"
