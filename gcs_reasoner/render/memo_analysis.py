"""The analysis of the legal note (memo.py, part IV): one paragraph of prose per conclusion, from
its explanation tree and the words of render/words.py."""

from __future__ import annotations

from typing import Optional

from . import topic_title
from .memo import Block
from .memo_words import W

MAX_DEPTH = 2  # intermediate steps described inside a paragraph, below the conclusion

def analysis(result, groups, trees, numbers, words) -> list:
    w = W[words.lang]
    if not groups:
        return [Block("p", [("", w["no_conclusion"])])]
    out = []
    for topic, cs in groups:
        out.append(Block("sub", [("", topic_title(topic, words.lang))]))
        for c in cs:
            n = numbers[c.text]
            runs = [("b", f"§ {n}. {words.sentence(c.symbol).rstrip()}"), ("", " ")]
            runs += _prose(trees[c.text], words, numbers, set(), 0, top=c.text)
            out.append(Block("p", runs, anchor=f"c{n}"))
    return out


def _prose(node, words, numbers, shown: set, depth: int, top: str = "") -> list:
    """The runs of one node of a tree, in sentences: the provision and its quote, the text in
    force, the facts with their lines, the steps it rests on, what was computed and checked,
    the exceptions ruled out. `shown`: the steps already told in this paragraph."""
    from ..explain import IN_FORCE, FactNode

    w, t, lang = W[words.lang], words.t, words.lang
    runs: list = []
    shown.add(node.conclusion)
    if node.provisions:
        label = words.provisions(node.provisions)
        if node.quote:
            runs += [("", w["under"].format(p=label)), ("i", f"« {node.quote} »"), ("", " "),
                     ("ref", ", ".join(node.provisions)), ("", ". ")]
        else:
            runs += [("", w["under_noquote"].format(p=label)), ("", " "), ("ref", ", ".join(node.provisions)), ("", " ")]
    for x in node.texts:
        runs.append(("", _sentence_end(words.text_in_force(x)) + " "))
    if node.own:
        rule = words.result.program.rule(node.own[0].rule)
        for x in rule.not_in_folder:
            runs.append(("", _sentence_end(t["not_in_folder"].format(t=x)) + " "))
    facts, steps, seen_lines = [], [], set()
    for b in node.because:
        if isinstance(b, FactNode):
            if ("fact", b.fact, b.line) in node.hidden or (b.file, b.line) in seen_lines:
                continue
            seen_lines.add((b.file, b.line))
            statement = words.statement(b)
            if statement is not None and statement.startswith("as of "):
                continue  # the date of the analysis: in the header
            facts.append(b)
        else:
            steps.append(b)
    if facts:
        runs.append(("", w["file_states"]))
        for k, b in enumerate(facts):
            statement = words.statement(b)
            if statement is None:
                runs.append(("", words.fact_line(b).replace("  ← ", " ← ")))
            else:
                runs += [("code", statement), ("", f" ({w['line'].format(n=b.line)})")]
            runs.append(("", " ; " if k < len(facts) - 1 else ". "))
    for b in steps:
        if b.conclusion in shown:
            continue
        shown.add(b.conclusion)
        said = words.conclusion_line(b.symbol, b.provisions) if b.symbol is not None else b.conclusion
        lead = _after_que(said, lang)
        opening = w["established"] + lead if lead else w["established_colon"] + said
        n = numbers.get(b.conclusion)
        if n is not None and b.conclusion != top:
            runs += [("", opening.rstrip(". ") + w["see"].format(n=n) + ". ")]
            continue
        if depth + 1 > MAX_DEPTH or not (b.provisions or b.because):
            runs += [("", _sentence_end(opening) + " ")]
            if depth + 1 > MAX_DEPTH and b.because:
                runs.append(("small", w["more"] + " "))
            continue
        runs += [("", opening.rstrip(". ") + w["because"])]
        inner = _prose(b, words, numbers, shown, depth + 1)
        if inner and inner[0][1]:  # « En effet, selon … »: the step's first word lowered
            inner[0] = (inner[0][0], inner[0][1][0].lower() + inner[0][1][1:])
        runs += inner if inner else [("", ". ")]
    checked = [words.aggregate(a) for a in node.aggregates if not a.via]
    checked += [s for s in (words.comparison(c) for c in node.comparisons if not c.via) if s]
    ruled_out, not_stated = [], []
    for neg in node.negations:
        if (neg.name, len(neg.arguments)) == IN_FORCE:
            checked.append(words.negation(neg))
            continue
        s = words._sentence(neg)
        of_file = f"{neg.name}/{len(neg.arguments)}" not in words._derived
        if s is None and (_anonymous(neg) or not of_file):
            continue  # an auxiliary without a sentence of its own: an internal condition, in the full tree only
        if of_file:  # a condition of the text the file does not state (« sauf mention contraire de la convention »)
            said = (s if s is not None else words._generic(neg)).strip().rstrip(".")
            if said not in not_stated:
                not_stated.append(said)
        elif s.strip().rstrip(".") not in ruled_out:
            ruled_out.append(s.strip().rstrip("."))
    if checked:
        runs.append(("", w["checked"] + " ; ".join(x.rstrip(".") for x in checked) + ". "))
    if ruled_out:
        parts = [_que(s, lang) for s in ruled_out]
        runs.append(("", w["ruled_out"] + parts[0] + "".join(w["nor"] + p for p in parts[1:]) + ". "))
    if not_stated:
        runs.append(("", w["not_stated"] + " ; ".join(not_stated) + ". "))
    return runs


def _anonymous(sym) -> bool:
    """A negated atom with a `_` argument (any value): said in words it would not make sense."""
    import clingo

    return any((a.type == clingo.SymbolType.String and a.string == "_")
               or (a.type == clingo.SymbolType.Function and a.name == "_") for a in sym.arguments)


LOWER = {"fr": ("Le ", "La ", "Les ", "L'", "L’", "Un ", "Une ", "Des ", "Aucun ", "Aucune ", "Il ", "Elle ", "Ce ",
                "Cette ", "Ces ", "Chaque ", "Tout ", "Toute ", "Deux ", "Son ", "Sa ", "Ses ", "Leur ", "On "),
         "en": ("The ", "A ", "An ", "No ", "Each ", "It ", "Its ", "This ", "These ", "Two ", "Every ", "Any ")}


def _after_que(sentence: str, lang: str) -> Optional[str]:
    """A sentence made to follow « que » / "that": its first word lowered when it is an article
    or a pronoun, kept when it is a name; None when it cannot follow (a conjunction, a number)."""
    s = sentence.strip()
    for start in LOWER[lang]:
        if s.startswith(start):
            return s[0].lower() + s[1:]
    first = s.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() not in ("si", "if", "whether", "when", "lorsque"):
        return s  # a name: « que Société Clinique Herbert … »
    return None


def _que(sentence: str, lang: str) -> str:
    """« que X » / "that X" (« qu'X » before a vowel), or the sentence quoted when it cannot follow."""
    lead = _after_que(sentence, lang)
    if lead is None:
        return f"que : « {sentence} »" if lang == "fr" else f"that: \"{sentence}\""
    if lang == "fr":
        return ("qu'" if lead[:1].lower() in "aeiouyéèêàâîô" else "que ") + lead
    return "that " + lead


def _sentence_end(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
