"""Conclusions in words, French and English, from the `% say` blocks of the rules.

Each conclusion predicate (and each auxiliary predicate that can show in an
explanation) has, beside a rule that derives it in `rules/*.lp`:

    % say vote_share(M, N, D)
    %   fr: {M} dispose de {N} voix sur {D} à l'assemblée générale.
    %   en: {M} holds {N} of {D} votes in the general assembly.

A pattern's arguments are variables (upper case: they fill `{X}` in the
sentence) or constants (matched as written: `nature(public)`); the most
specific pattern that matches an atom gives its sentence. Members are named by
their display name, dates are written out (« 1er mars 2008 », "1 March 2008").

Where several rules derive the same atom on different grounds and the atom's
arguments do not tell them apart (`deliberation_valid(A, Dl)` under the text
of 2006 or of 2010), an explanation's node takes, among the equally specific
patterns, the last one beside the rule that derived it: a rule may carry the
predicate's sentence (the first in program order, used where no rule is
known: the list of conclusions) and, after it, its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .symbols import args as arguments_of, is_date, kind as symbol_kind, name as name_of, render_term, split_args, types

LANGS = ("fr", "en")
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


@lru_cache(maxsize=4096)
def parse_pattern(text: str):
    """`name(a, B, f(C))` -> ("name", [arg...]); an arg is ("var", X), ("const", text) or a nested
    pattern (read once per pattern: the sentences of every node look them up)."""
    text = text.strip()
    if "(" not in text:
        if text[:1].isupper() or text[:1] == "_":
            return ("var", text)
        return ("const", text.strip('"'))
    name, rest = text.split("(", 1)
    assert rest.endswith(")"), text
    return ("fn", name.strip(), [parse_pattern(a) for a in split_args(rest[:-1])])


def _match(pattern, sym, binding: dict, places: Optional[dict] = None) -> Optional[int]:
    """How many constants of the pattern the term matched (None: no match); binds variables (and, in
    `places`, each variable argument of an atom to its (predicate, arity, argument): keyword_words.PLACES)."""
    kind = pattern[0]
    if kind == "var":
        binding[pattern[1]] = sym
        return 0
    if kind == "const":
        return 1 if render_term(sym).strip('"') == pattern[1] else None
    _, name, args = pattern
    if symbol_kind(sym) != types()[0] or name_of(sym) != name or len(arguments_of(sym)) != len(args):
        return None
    total = 1  # the function's name is a constant matched (`assembly(A)` is more specific than `E`)
    for i, (p, a) in enumerate(zip(args, arguments_of(sym))):
        if places is not None and p[0] == "var":
            places[p[1]] = (name, len(args), i)
        n = _match(p, a, binding)
        if n is None:
            return None
        total += n
    return total


def value(sym, lang: str, names: dict, place: Optional[tuple] = None) -> str:
    """A term of a conclusion in words: a member's name, a date written out, a number, a text, a keyword
    of the file's closed lists or an act of an agency decision in words (keyword_words; `place`: the
    (predicate, arity, argument) the term fills, which picks the list of a keyword of several)."""
    if is_date(sym):
        y, m, d = (a.number for a in arguments_of(sym))
        if lang == "fr":
            return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    function, _, string = types()
    if symbol_kind(sym) == string:
        return "…" if sym.string == "_" else sym.string  # `_`: any value (a negated condition's open argument)
    if symbol_kind(sym) == function:
        arguments = arguments_of(sym)
        if not arguments and name_of(sym) in names:
            return names[name_of(sym)]
        said = _keyword_words(sym, lang, names, place)
        if said is not None:
            return said
    return render_term(sym)


def _keyword_words(sym, lang: str, names: dict, place: Optional[tuple] = None) -> Optional[str]:
    """A keyword of a closed list, an act of an agency decision, an avenant or a form of contribution in
    words; None for any other term."""
    from .keyword_words import act, keyword

    name, arguments = name_of(sym), arguments_of(sym)
    if not name:
        return None
    if not arguments:
        said = keyword(name, lang, place)
        return said if said is not None else act(name, [], lang)
    if name == "avenant" and len(arguments) == 1:
        return ("l'avenant {0}" if lang == "fr" else "avenant {0}").format(value(arguments[0], lang, names))
    if name == "in_kind" and len(arguments) == 1:
        return f"{keyword('in_kind', lang)} ({value(arguments[0], lang, names)})"
    if name == "transfers" and len(arguments) == 1:
        return act(name, [value(arguments[0], lang, names, ("transfers", 1, 0))], lang)
    return act(name, [value(a, lang, names) for a in arguments], lang)


def _chosen(sym, lang: str, program, rule: Optional[str] = None):
    """(the `say` sentence in `lang` as written, with its {VARIABLES}; their values) of the most
    specific block matching `sym` (sentence), or None."""
    best, best_score = None, -1
    for pattern, fr, en, where in program.sentences.get((name_of(sym), len(arguments_of(sym))), []):
        binding: dict = {}
        places: dict = {}
        score = _match(parse_pattern(pattern), sym, binding, places)
        if score is None:
            continue
        mine = rule is not None and where == rule
        if score > best_score or (score == best_score and mine):
            best, best_score = (fr if lang == "fr" else en, binding, places), score
    return best


def starts_with_value(sym, lang: str, program, rule: Optional[str] = None) -> bool:
    """The sentence of `sym` begins with a value (a member's name as the file writes it, say),
    not with a word of the sentence: its first letter is the value's, never to be lowered."""
    best = _chosen(sym, lang, program, rule)
    return best is not None and best[0].lstrip().startswith("{")


def sentence(sym, lang: str, program, names: Optional[dict] = None, rule: Optional[str] = None) -> Optional[str]:
    """The sentence of an atom in `lang` (fr or en), or None when no `say` block matches it; `rule`
    (file:line) the rule that derived it, whose own blocks win among the equally specific (module doc)."""
    names = names or {}
    best = _chosen(sym, lang, program, rule)
    if best is None:
        return None
    text, binding, places = best
    return re.sub(r"\{([A-Z_][A-Za-z0-9_]*)\}",
                  lambda m: value(binding[m.group(1)], lang, names, places.get(m.group(1)))
                  if m.group(1) in binding else m.group(0), text)
