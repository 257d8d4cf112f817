"""The legal note (« note juridique »): the reasoning of one result as the document a lawyer sends.

`build(result, lang)` makes a plain `Memo` (sections of blocks of styled runs); `memo_format.py`
writes it as Markdown or HTML. The order is the one lawyers write in: the facts (the file's
statements with their lines), the questions (one per topic concluded on), the texts applied
(versions and the French text of each provision the conclusions rest on), the analysis (one
paragraph per conclusion, in prose, from its explanation tree and the words of render/words.py),
the conclusions, and what is left open (warnings, partial encodings and readings of the rules
that served, conflicts, texts not in the folder).

Nothing is added to the reasoning: every sentence is a conclusion, a node of an explanation
tree, a statement of the file, a text of the law data, a warning, or a note of a rule that
derived a conclusion. Some tree content is left out for readability (internal atoms without
words, the `as of` fact every rule reads): `gcs-reasoner explain` gives the whole tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from . import as_of_why, grouped, topic_title

# --- the document model -------------------------------------------------------------------


@dataclass
class Block:
    """A paragraph-level piece: `p` (prose), `item` (bullet), `numbered` (numbered item),
    `quote` (a French text of the law), `sub` (a sub-heading). `runs` are (style, text) with
    style "" (plain), "b", "i", "code", "ref" (provision ids), "small"."""

    kind: str
    runs: list
    anchor: str = ""  # an id to link to (the analysis of conclusion n: "c3")
    link: str = ""  # the anchor this block points to


@dataclass
class Section:
    key: str  # facts | questions | texts | analysis | conclusions | open
    title: str
    blocks: list = field(default_factory=list)


@dataclass
class Memo:
    lang: str
    title: str
    header: list  # [Block]
    sections: list  # [Section]

    def markdown(self) -> str:
        from .memo_format import markdown

        return markdown(self)

    def html(self, page: bool = True) -> str:
        from .memo_format import html

        return html(self, page=page)

    def __str__(self) -> str:
        return self.markdown()

    def _repr_markdown_(self) -> str:
        return self.markdown()

    def _repr_html_(self) -> str:  # a fragment: a notebook cell is not a page
        return self.html(page=False)


# --- words of the note (the tree's own words come from render/words.py) ---------------------

W = {
    "fr": {
        "title": "Note juridique — {name}",
        "groupement": "Groupement",
        "file": "Dossier",
        "as_of": "Date de l'analyse",
        "made": "Note établie par gcs-reasoner {v} à partir du seul dossier : elle ne contient que ce que "
                "le raisonnement a établi ; `gcs-reasoner explain` en donne le détail.",
        "sections": {"facts": "I. Les faits", "questions": "II. Les questions", "texts": "III. Les textes applicables",
                     "analysis": "IV. Analyse", "conclusions": "V. Conclusions", "open": "VI. Points restant ouverts"},
        "facts_state": "Le groupement et ses membres",
        "facts_events": "Chronologie",
        "no_facts": "Le dossier n'énonce aucun fait.",
        "line": "ligne {n}", "lines": "lignes {a} à {b}",
        "on": "Le {d}",
        "no_conclusion": "Le raisonnement ne conclut sur aucun point à cette date.",
        "questions_intro": "Au vu du dossier, le raisonnement porte sur les questions suivantes :",
        "texts_intro": "Les dispositions sur lesquelles reposent les conclusions, dans la version appliquée :",
        "worded_by": "rédaction issue de : {t}",
        "under": "Selon {p} : ",
        "under_noquote": "Selon {p}.",
        "file_states": "Le dossier indique : ",
        "established": "Il est établi par ailleurs que ",
        "established_colon": "Il est établi par ailleurs : ",
        "see": " (voir § {n})",
        "because": ". En effet, ",
        "checked": "Calculs et vérifications : ",
        "ruled_out": "Aucun élément du dossier n'établit ",
        "nor": ", ni ",
        "not_stated": "Le dossier ne précise pas : ",
        "more": "(le détail de cette étape : `gcs-reasoner explain`)",
        "provisions": "Dispositions",
        "open_missing": "Faits manquants",
        "open_conflicts": "Conflits entre textes",
        "open_not_in_folder": "Textes hors du dossier",
        "open_partial": "Encodage partiel des règles appliquées",
        "open_readings": "Lectures retenues par le projet pour les règles appliquées",
        "readings_note": "Notes des fichiers de règles qui ont servi à une conclusion de ce dossier (en anglais "
                         "dans le projet), limitées à celles qui nomment ce que ces règles concluent ; voir aussi le "
                         "README, « Meaning choices » et « Readings chosen ».",
        "open_other": "Autres avertissements",
        "partial_note": "Règles qui ont servi à une conclusion de ce dossier et ne décident qu'une partie de leur "
                        "texte ; la note du projet (en anglais) dit ce qui n'est pas vérifié.",
        "open_none": "Aucun point ne reste ouvert : pas de fait manquant, de conflit entre textes, de texte hors "
                     "du dossier ni de lecture particulière pour les règles appliquées.",
        "partial": "{p} (règle {r}) : {why}",
        "conflict_see": " (voir § {n})",
        "none_in_section": "Aucun.",
    },
    "en": {
        "title": "Legal note — {name}",
        "groupement": "Groupement",
        "file": "File",
        "as_of": "Date of the analysis",
        "made": "Note drawn up by gcs-reasoner {v} from the file alone: it holds only what the reasoning "
                "established; `gcs-reasoner explain` gives the detail.",
        "sections": {"facts": "I. The facts", "questions": "II. The questions", "texts": "III. The applicable texts",
                     "analysis": "IV. Analysis", "conclusions": "V. Conclusions", "open": "VI. Open points"},
        "facts_state": "The groupement and its members",
        "facts_events": "Chronology",
        "no_facts": "The file states no fact.",
        "line": "line {n}", "lines": "lines {a} to {b}",
        "on": "On {d}",
        "no_conclusion": "The reasoning concludes on nothing on that date.",
        "questions_intro": "On the file, the reasoning answers the following questions:",
        "texts_intro": "The provisions the conclusions rest on, in the version applied (the law is quoted in French):",
        "worded_by": "as worded by: {t}",
        "under": "Under {p}: ",
        "under_noquote": "Under {p}.",
        "file_states": "The file states: ",
        "established": "It is also established that ",
        "established_colon": "It is also established: ",
        "see": " (see § {n})",
        "because": ". Indeed, ",
        "checked": "Computed and checked: ",
        "ruled_out": "Nothing in the file establishes ",
        "nor": ", nor ",
        "not_stated": "The file does not state: ",
        "more": "(the detail of this step: `gcs-reasoner explain`)",
        "provisions": "Provisions",
        "open_missing": "Missing facts",
        "open_conflicts": "Conflicts between texts",
        "open_not_in_folder": "Texts not in the folder",
        "open_partial": "Partial encoding of the rules applied",
        "open_readings": "Readings the project chose for the rules applied",
        "readings_note": "Notes of the rule files that served a conclusion of this file, kept to those naming what "
                         "these rules conclude; see also the README, \"Meaning choices\" and \"Readings chosen\".",
        "open_other": "Other warnings",
        "partial_note": "Rules that served a conclusion of this file and decide only part of their text; the "
                        "project's note says what is not checked.",
        "open_none": "No point is left open: no missing fact, no conflict between texts, no text outside the "
                     "folder and no particular reading for the rules applied.",
        "partial": "{p} (rule {r}): {why}",
        "conflict_see": " (see § {n})",
        "none_in_section": "None.",
    },
}

# One question per topic of render.SECTIONS (its English title), as an analyst would put it.
QUESTIONS = {
    "Texts and dates": ("Quels textes régissent la situation aux dates qui importent, et s'accordent-ils ?",
                        "Which texts govern the situation on the dates that matter, and do they agree?"),
    "Members": ("Qui est membre du groupement, et sa composition est-elle régulière ?",
                "Who is a member of the groupement, and is its membership regular?"),
    "Legal nature and accounts": ("Quelle est la nature juridique du groupement, et selon quelles règles tient-il ses comptes ?",
                                  "What is the legal nature of the groupement, and under which rules does it keep its accounts?"),
    "Convention": ("La convention constitutive comporte-t-elle ce que les textes exigent ?",
                   "Does the convention constitutive hold what the texts require?"),
    "Rights, contributions, votes and debts": (
        "Comment se répartissent les droits, les contributions, les voix et les dettes des membres ?",
        "How are the members' rights, contributions, votes and debts shared?"),
    "Budget and results": ("Le budget et l'affectation des résultats sont-ils réguliers ?",
                           "Are the budget and the allocation of results regular?"),
    "Approvals, consultations and publication": (
        "Quelles approbations, consultations et publications sont requises, et ont-elles été faites ?",
        "Which approvals, consultations and publications are required, and were they made?"),
    "Health establishment": ("Le groupement est-il, ou doit-il être, un établissement de santé ?",
                             "Is the groupement, or must it be, a health establishment?"),
    "Care authorisations": ("Qu'en est-il des autorisations d'activités de soins exploitées par le groupement ?",
                            "What of the care-activity authorisations the groupement operates?"),
    "Assemblies": ("Les assemblées générales ont-elles été régulièrement tenues et leurs délibérations sont-elles valables ?",
                   "Were the general assemblies regularly held, and are their deliberations valid?"),
    "Restricted committee": ("Le comité restreint est-il régulier, et ses délibérations tiennent-elles ?",
                             "Is the restricted committee regular, and do its deliberations stand?"),
    "Administrator": ("Qui administre et représente le groupement, et régulièrement ?",
                      "Who runs and represents the groupement, and regularly?"),
    "Staff": ("Sous quel régime le personnel intervient-il dans le groupement ?",
              "Under which rules do staff work in the groupement?"),
    "Competences transferred by the agency": (
        "Quelles compétences l'agence régionale a-t-elle transférées, et régulièrement ?",
        "Which competences did the regional agency transfer, and regularly?"),
    "Dissolution and liquidation": ("Le groupement doit-il être dissous, et comment se déroulent sa dissolution et sa liquidation ?",
                                    "Must the groupement be dissolved, and how do its dissolution and liquidation proceed?"),
    "Billing and tariffs": ("Comment les actes sont-ils facturés et rémunérés ?",
                            "How are acts billed and paid for?"),
}
OTHER_QUESTION = ("Quelles autres conclusions le raisonnement tire-t-il ?", "What other conclusions does the reasoning draw?")

# Labels of the file's statements (their first word), for the facts section.
STATEMENT = {
    "fr": {"member": "Membre", "associate": "Associé (convention L6161-10)", "approved": "Approbation",
           "seat": "Siège", "duration": "Durée", "declared_nature": "Nature déclarée", "running_costs": "Frais de fonctionnement",
           "capital": "Capital", "rights_basis": "Base des droits", "health_network": "Réseau de santé",
           "activity": "Activité", "contribution": "Apport", "participation": "Participation",
           "convention": "Convention constitutive", "administrator": "Administrateur", "assembly": "Assemblée générale",
           "committee": "Comité restreint", "withdrawal": "Retrait", "merger": "Fusion", "avenant": "Avenant",
           "budget": "Budget", "result": "Résultat", "dissolution": "Dissolution", "seat_transfer": "Transfert du siège",
           "case_occurred": "Événement", "consultation": "Consultation", "published_in": "Publication",
           "publication_mentions": "Mentions publiées", "activity_report": "Rapport d'activité",
           "documents_mention": "Mention des documents", "staff": "Personnel", "liquidator": "Liquidateur",
           "medical_act": "Acte médical", "authorisation": "Autorisation", "operates": "Exploitation",
           "submitted": "Transmission", "ars_decision": "Décision de l'agence régionale", "exclusion": "Exclusion",
           "signed": "Signature"},
    "en": {"member": "Member", "associate": "Associate (L6161-10 agreement)", "approved": "Approval",
           "seat": "Seat", "duration": "Duration", "declared_nature": "Declared nature", "running_costs": "Running costs",
           "capital": "Capital", "rights_basis": "Basis of the rights", "health_network": "Health network",
           "activity": "Activity", "contribution": "Contribution", "participation": "Participation",
           "convention": "Convention constitutive", "administrator": "Administrator", "assembly": "General assembly",
           "committee": "Restricted committee", "withdrawal": "Withdrawal", "merger": "Merger", "avenant": "Avenant",
           "budget": "Budget", "result": "Result", "dissolution": "Dissolution", "seat_transfer": "Seat transfer",
           "case_occurred": "Event", "consultation": "Consultation", "published_in": "Publication",
           "publication_mentions": "Mentions published", "activity_report": "Activity report",
           "documents_mention": "Mention of the documents", "staff": "Staff", "liquidator": "Liquidator",
           "medical_act": "Medical act", "authorisation": "Authorisation", "operates": "Operation",
           "submitted": "Submission", "ars_decision": "Decision of the regional agency", "exclusion": "Exclusion",
           "signed": "Signature"},
}

DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MAX_DEPTH = 2  # intermediate steps described inside a paragraph, below the conclusion


# --- the note ------------------------------------------------------------------------------


def build(result, lang: str = "fr") -> Memo:
    """The note of one result, in `lang` (fr or en); the law is quoted in French."""
    from .. import __version__
    from .phrases import date_words
    from .words import Words

    if lang not in W:
        raise ValueError(f"language {lang!r}: expected fr or en")
    w = W[lang]
    words = Words(result, lang)
    g = result.scenario.groupement
    name = g.name or g.id
    header = [
        Block("item", [("b", f"{w['groupement']} : " if lang == "fr" else f"{w['groupement']}: "), ("", name), ("", " "),
                       ("code", g.id)]),
        Block("item", [("b", f"{w['file']} : " if lang == "fr" else f"{w['file']}: "), ("code", str(result.scenario.path))]),
        Block("item", [("b", f"{w['as_of']} : " if lang == "fr" else f"{w['as_of']}: "),
                       ("", f"{date_words(result.as_of, lang)} ({result.as_of.isoformat()}) — {as_of_why(result, lang)}")]),
        Block("p", [("small", w["made"].format(v=__version__))]),
    ]
    groups = grouped(result)
    numbers = {}  # conclusion spelling -> its number (§) in the analysis and the conclusions
    for _topic, conclusions in groups:
        for c in conclusions:
            numbers[c.text] = len(numbers) + 1
    trees = {c.text: c.explain() for _t, cs in groups for c in cs}
    sections = [
        Section("facts", w["sections"]["facts"], _facts(result, lang)),
        Section("questions", w["sections"]["questions"], _questions(groups, lang)),
        Section("texts", w["sections"]["texts"], _texts(result, groups, lang)),
        Section("analysis", w["sections"]["analysis"], _analysis(result, groups, trees, numbers, words)),
        Section("conclusions", w["sections"]["conclusions"], _conclusions(groups, numbers, words)),
        Section("open", w["sections"]["open"], _open_points(result, groups, trees, numbers, words)),
    ]
    return Memo(lang, w["title"].format(name=name), header, sections)


def render(result, lang: str = "fr", format: str = "markdown") -> str:
    """The note as text: `format` markdown or html (a whole page)."""
    memo = build(result, lang)
    if format == "markdown":
        return memo.markdown()
    if format == "html":
        return memo.html()
    raise ValueError(f"format {format!r}: expected markdown or html")


# --- I. the facts ----------------------------------------------------------------------------


def statements(text: str) -> list:
    """The statements of the groupement block: [(first line, last line, keyword, text)], a
    statement that opens a block (`member x "…" { … }`) taken with its block, on one line."""
    out, depth, cur = [], 0, None
    for i, raw in enumerate(text.splitlines(), 1):
        code = _strip_comment(raw).strip()
        if not code:
            continue
        opens, closes = _braces(code)
        if depth == 1 and cur is None and code != "}":
            cur = [i, i, [code]]
        elif cur is not None:
            cur[1] = i
            cur[2].append(code)
        depth += opens - closes
        if cur is not None and depth <= 1:
            body = " ".join(cur[2])
            keyword = "as of" if body.startswith("as of") else body.split()[0]
            out.append((cur[0], cur[1], keyword, body))
            cur = None
    return out


def _strip_comment(line: str) -> str:
    """A line without its `#` comment (a `#` inside a quoted string stays)."""
    quoted = False
    for k, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted:
            return line[:k]
    return line


def _braces(code: str) -> tuple:
    opens = closes = 0
    quoted = False
    for ch in code:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            opens += ch == "{"
            closes += ch == "}"
    return opens, closes


def _facts(result, lang: str) -> list:
    """The file's statements with their lines: the undated ones (the groupement, its members) in
    the file's order, then the dated ones in the order of their first date (a chronology)."""
    from datetime import date

    from .phrases import date_words

    w = W[lang]
    from .words import _file_lines

    text = result.scenario.text or "\n".join(_file_lines(str(result.scenario.path)))
    undated, dated = [], []
    for first, last, keyword, body in statements(text):
        if keyword == "as of":  # the header gives the date and why
            continue
        where = w["line"].format(n=first) if first == last else w["lines"].format(a=first, b=last)
        label = STATEMENT[lang].get(keyword, keyword)
        m = DATE_RE.search(body)
        when = None
        if m:
            try:
                when = date(*(int(x) for x in m.groups()))
            except ValueError:
                when = None
        runs = [("b", label), ("", f" ({where})" + (" : " if lang == "fr" else ": ")), ("code", body)]
        if when is None:
            undated.append(Block("item", runs))
        else:
            dated.append((when, first, Block("item", [("", w["on"].format(d=date_words(when, lang)) + " — ")] + runs)))
    if not undated and not dated:
        return [Block("p", [("", w["no_facts"])])]
    out = []
    if undated:
        out += [Block("sub", [("", w["facts_state"])])] + undated
    if dated:
        out += [Block("sub", [("", w["facts_events"])])] + [b for _d, _l, b in sorted(dated, key=lambda x: x[:2])]
    return out


# --- II. the questions -----------------------------------------------------------------------


def _questions(groups, lang: str) -> list:
    w = W[lang]
    if not groups:
        return [Block("p", [("", w["no_conclusion"])])]
    i = 0 if lang == "fr" else 1
    out = [Block("p", [("", w["questions_intro"])])]
    for n, (topic, _cs) in enumerate(groups, 1):
        q = QUESTIONS.get(topic, OTHER_QUESTION)[i]
        out.append(Block("numbered", [("", q), ("small", f" ({topic_title(topic, lang)})")]))
    return out


# --- III. the texts ----------------------------------------------------------------------------


def provisions_applied(result, groups) -> list:
    """The provision ids the conclusions rest on (through their intermediate steps), in the
    order of the Code (article, version, then the order of the inventory)."""
    from .. import law
    from ..result import _article_key

    seen = result.trace.provisions_under([c.symbol for _t, cs in groups for c in cs])
    order = {pid: k for k, pid in enumerate(law._entries())}
    return sorted(seen, key=lambda p: (_article_key(law.provision(p).article), law.provision(p).version,
                                       order.get(p, 0), p))


def _texts(result, groups, lang: str) -> list:
    from .. import law
    from .phrases import provision_label, text_period

    w = W[lang]
    pids = provisions_applied(result, groups)
    if not pids:
        return [Block("p", [("", w["no_conclusion"])])]
    out = [Block("p", [("", w["texts_intro"])])]
    current = None
    for pid in pids:
        p = law.provision(pid)
        if (p.article, p.version) != current:
            current = (p.article, p.version)
            if p.article.startswith("decret-"):
                head = [("b", provision_label(pid, lang).split(",")[0])]
            else:
                head = [("b", text_period(p.article, p.version, lang))]
                tv = next((t for t in law.text_versions(p.article) if t.version == p.version), None)
                if tv is not None and tv.amended_by:
                    head.append(("small", " — " + w["worded_by"].format(t=tv.amended_by)))
            out.append(Block("sub", head))
        out.append(Block("p", [("", provision_label(pid, lang)), ("", " "), ("ref", pid)]))
        out.append(Block("quote", [("", p.text)]))
    return out


# --- IV. the analysis --------------------------------------------------------------------------


def _analysis(result, groups, trees, numbers, words) -> list:
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
        if _anonymous(neg):
            continue  # "any member…": an internal condition, in the full tree only
        s = words._sentence(neg)
        if s is not None:
            ruled_out.append(s.strip().rstrip("."))
        elif f"{neg.name}/{len(neg.arguments)}" not in words._derived:
            not_stated.append(words._generic(neg))
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


# --- V. the conclusions --------------------------------------------------------------------------


def _conclusions(groups, numbers, words) -> list:
    w = W[words.lang]
    if not groups:
        return [Block("p", [("", w["no_conclusion"])])]
    out = []
    for _topic, cs in groups:
        for c in cs:
            n = numbers[c.text]
            out.append(Block("numbered", [("", words.conclusion_line(c.symbol, c.provisions)), ("", " "),
                                          ("ref", ", ".join(c.provisions)), ("small", " — "), ("code", c.text)],
                             link=f"c{n}"))
    return out


# --- VI. the open points ----------------------------------------------------------------------------


def rules_used(trees) -> list:
    """The rules (program indices) whose derivations the conclusions' trees rest on, in order."""
    out, seen_nodes = {}, set()

    def walk(node):
        if id(node) in seen_nodes or not hasattr(node, "records"):
            return
        seen_nodes.add(id(node))
        for r in node.records:
            out.setdefault(r.rule, None)
        for b in node.because:
            walk(b)

    for tree in trees:
        walk(tree)
    return list(out)


READINGS_HEAD = re.compile(r"^(readings chosen|readings|choices|meaning choices)\s*:\s*$", re.I)


def readings_of(rule_file: str) -> list:
    """The bullets of the `Readings chosen:` / `Readings:` / `Choices:` block at the head of a
    rule file (the project's word on how it reads the text), one string per bullet."""
    from ..program import rules_dir

    root = rules_dir()
    tail = rule_file[len("rules/"):] if rule_file.startswith("rules/") else rule_file
    lines = []
    for path in (root.parent / rule_file, root / tail):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            break
        except (OSError, UnicodeDecodeError):
            continue
    out, inside = [], False
    for raw in lines:
        if not raw.startswith("%"):
            if inside:
                break
            continue
        body = raw.lstrip("%").rstrip()
        text = body.strip()
        if READINGS_HEAD.match(text):
            inside = True
            continue
        if not inside:
            continue
        if not text or text.startswith("="):
            break
        if text.startswith("- "):
            out.append(text[2:])
        elif out and body.startswith("   "):
            out[-1] += " " + text
        else:
            break
    return out


def relevant_readings(bullets: list, predicates) -> list:
    """The bullets naming one of `predicates` (a word of the bullet, `_` or space for `_`): a
    rule file's readings cover all its rules, the note keeps those about what served here."""
    words = {p for p in predicates if len(p) > 3}
    forms = [re.compile(r"(?<![A-Za-z_])" + re.escape(p) + r"(?![A-Za-z_])") for p in sorted(words)]
    forms += [re.compile(r"(?<![A-Za-z])" + re.escape(p.replace("_", " ")) + r"(?![A-Za-z])", re.I)
              for p in sorted(words) if "_" in p]
    return [b for b in bullets if any(f.search(b) for f in forms)]


def _open_points(result, groups, trees, numbers, words) -> list:
    w, lang = W[words.lang], words.lang
    out: list = []
    warnings = list(result.warnings)

    def said(x):
        text = x.text(lang)
        return text[:1].upper() + text[1:]

    def line_of(x):
        return [("small", f" ({w['line'].format(n=x.line)})")] if x.line else []

    missing = [x for x in warnings if x.code == "missing_fact"]
    if missing:
        out.append(Block("sub", [("", w["open_missing"])]))
        out += [Block("item", [("", said(x))] + line_of(x)) for x in missing]
    conflicts = [c for _t, cs in groups for c in cs if c.predicate == "conflict"]
    conflict_warnings = [x for x in warnings if x.code == "conflict"]
    if conflicts or conflict_warnings:
        out.append(Block("sub", [("", w["open_conflicts"])]))
        out += [Block("item", [("", words.sentence(c.symbol)), ("", " "), ("ref", ", ".join(c.provisions)),
                               ("", w["conflict_see"].format(n=numbers[c.text]))])
                for c in conflicts]
        out += [Block("item", [("", said(x))] + line_of(x)) for x in conflict_warnings]
    folder = [x for x in warnings if x.code == "text_not_in_folder"]
    if folder:
        out.append(Block("sub", [("", w["open_not_in_folder"])]))
        out += [Block("item", [("", said(x))] + line_of(x)) for x in folder]
    program = result.program
    used = [program.rule(i) for i in rules_used(trees.values())]
    partial = [r for r in used if r.partial]
    if partial:
        out.append(Block("sub", [("", w["open_partial"])]))
        out.append(Block("p", [("small", w["partial_note"])]))
        seen = set()
        for r in partial:
            key = (tuple(r.provisions), r.partial)
            if key in seen:
                continue
            seen.add(key)
            out.append(Block("item", [("ref", ", ".join(r.provisions) or r.head), ("small", f" ({r.file}:{r.line})"),
                                      ("", " — "), ("i", r.partial + ".")]))
    heads: dict = {}  # rule file -> the predicates its rules used here conclude
    for r in used:
        heads.setdefault(r.file, set()).add(r.head.split("/")[0])
    readings = [(f, relevant_readings(readings_of(f), names)) for f, names in heads.items()]
    readings = [(f, b) for f, b in readings if b]
    if readings:
        out.append(Block("sub", [("", w["open_readings"])]))
        out.append(Block("p", [("small", w["readings_note"])]))
        for f, bullets in readings:
            out.append(Block("item", [("code", f)]))
            out += [Block("subitem", [("i", b)]) for b in bullets]
    other = [x for x in warnings if x.code not in ("missing_fact", "conflict", "text_not_in_folder")]
    if other:
        out.append(Block("sub", [("", w["open_other"])]))
        out += [Block("item", [("code", x.code), ("", " : " if lang == "fr" else ": "), ("", x.text(lang))] + line_of(x))
                for x in other]
    if not out:
        out.append(Block("p", [("", w["open_none"])]))
    return out
