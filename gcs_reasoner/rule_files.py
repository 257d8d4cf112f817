"""Reading the rule files: each rule of `rules/*.lp` with what its comments say it encodes.

Each rule of `rules/*.lp` is preceded by a comment block that says what it
encodes:

    % R6133-5@2006-01-01.2
    % « tout membre peut se retirer du groupement à l'expiration d'un exercice
    %   budgétaire »
    withdrawal_effective(M, E) :- ...

The provision ids (one or more, from the inventory) and the French quote
between « » are read from that block, with clingo's own parser (clingo 5.8
hands `Comment` nodes to the parse callback), so the explanation of a
conclusion can never drift from the rule that produced it. A rule that only
does bookkeeping (calendar helpers, renaming) says so with
`% auxiliary: <why>`; auxiliary rules are transparent in explanations. An
auxiliary rule that only says on which days (or for which values) a question is
asked says `% auxiliary (demand): <why>` (RuleInfo.demand): its conditions are
left out of the explanations of the conclusions that read it.

Each rule read is made a RuleInfo (program.py), with its solved, traced and
recorded forms (record_rules.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from .program import NOT_IN_FOLDER, NOTA_APPLIED, ROUNDS, RuleFileError, RuleInfo
from .record_rules import body_needs, head_constants, number, trace_rule, traced_text

SAME_AS_NOTE = re.compile(r"\s*\(same as [^)]*\)")  # the inventory's same_as, said beside a later id
DEMAND = "auxiliary (demand)"  # the mark of a demand auxiliary (RuleInfo.demand)
PROVISION_ID = re.compile(r"\b((?:L|R)6133-[0-9A-Za-z-]+@\d{4}-\d{2}-\d{2}(?:\.[0-9A-Za-z]+)*|decret-\d{4}-\d+\.art\d+(?:\.[0-9A-Za-z]+)*)")


class Reader:
    """The rules of the files read (`load`), in order, and the program's other statements."""

    def __init__(self, root: Path, nota_registry: Optional[tuple] = None):
        self.root = root
        self.rules: list[RuleInfo] = []
        self.plain: list = []
        self.fixed: list = []  # the statements of `plain` that are not rules of `rules`
        self.shown: set[tuple[str, int]] = set()
        self.read: set[tuple[str, int]] = set()  # the predicates of the rules' positive conditions
        # the texts the rules' `% not in the folder` marks name (marked_texts): a rule citing a version whose
        # NOTA refers to one of them rests on it, whichever rule it is (RuleInfo.nota_texts); read from
        # root/rules unless the caller, who reads other files, gives them
        if nota_registry is None:
            rules = root / "rules"
            nota_registry = marked_texts(sorted(rules.rglob("*.lp"))) if rules.is_dir() else ()
        self.nota_registry: tuple = nota_registry

    def load(self, path: Path) -> None:
        import clingo.ast as ast

        comments: list = []  # (line, text) since the last statement
        rel = path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path)

        def on_statement(node):
            t = node.ast_type
            if t == ast.ASTType.Comment:
                comments.append((node.location.begin.line, node.value))
                return
            if t == ast.ASTType.Program:
                self.plain.append(node)
                return
            if t == ast.ASTType.Rule:
                block = _adjacent_block(comments, node.location.begin.line)
                comments.clear()
                self._rule(node, block, rel)
                return
            comments.clear()
            if t == ast.ASTType.ShowSignature:
                self.shown.add((node.name, node.arity))
            self.plain.append(node)
            self.fixed.append(node)

        ast.parse_files([str(path)], on_statement)

    def _rule(self, node, block: list[str], rel: str) -> None:
        import clingo.ast as ast

        line = node.location.begin.line
        says, block = _says(block)
        compared = [x for x in says if not SAY.match(f"say {x[0]}")]  # the sentences of comparisons
        says = [x for x in says if SAY.match(f"say {x[0]}")]
        ids, quote, auxiliary, notes = _metadata(block)
        head = node.head
        if head.ast_type != ast.ASTType.Literal or head.atom.ast_type != ast.ASTType.SymbolicAtom:
            # integrity constraints and choices are not explained (none are used so far)
            if head.ast_type == ast.ASTType.Literal and head.atom.ast_type == ast.ASTType.BooleanConstant:
                self.plain.append(node)
                self.fixed.append(node)
                return
            raise RuleFileError(f"{rel}:{line}: only plain atoms may be rule heads (for explanations)")
        if not ids and not auxiliary:
            raise RuleFileError(
                f"{rel}:{line}: rule without a provision id: precede it with '% <provision id>' "
                f"and '% « quote »', or '% auxiliary: <why>'"
            )
        if ids and not quote:
            raise RuleFileError(f"{rel}:{line}: rule citing {', '.join(ids)} has no « quote »")
        sym = head.atom.symbol
        if sym.ast_type == ast.ASTType.Pool:  # p(a; b): the predicate of its first alternative
            sym = sym.arguments[0]
        name = sym.name if sym.ast_type == ast.ASTType.Function else str(sym)
        arity = len(sym.arguments) if sym.ast_type == ast.ASTType.Function else 0
        info = RuleInfo(
            index=len(self.rules),
            file=rel,
            line=line,
            provisions=ids,
            quote=quote,
            text=str(node),
            head=f"{name}/{arity}",
            auxiliary=auxiliary,
            demand=any(n.lower().startswith(DEMAND) for n in notes),
            notes=notes,
            partial=_partial_reason(notes),
            says=says,
            not_in_folder=_not_in_folder(notes),
        )
        # a fact (no body) is a definition the rules that use it guard by their own texts
        info.nota_texts = _nota_texts(ids, self.nota_registry, info.not_in_folder) if node.body else {}
        self.rules.append(info)
        self.plain.append(node)
        records = trace_rule(node, info)
        if compared:
            info.comparison_says = _comparison_says(compared, info, rel)
        info.why = "\n".join(str(r) for r in records)
        info.body_needs = body_needs(records[0])
        info.head_consts = head_constants(node)
        for record in records:  # the rule's body, and each aggregate element's condition with it
            self.read.update((name, arity) for name, arity, _ in body_needs(record))
        info.plain = info.text
        flag = None
        if info.not_in_folder:  # _nif(I) :- B.: whether the rule applied, in either program
            loc = node.location
            flag = ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(
                ast.Function(loc, NOT_IN_FOLDER, [ast.SymbolicTerm(loc, number(info.index))], False)))
            extra = ast.Rule(loc, flag, node.body)
            self.plain.append(extra)
            info.plain += "\n" + str(extra)
        info.traced = traced_text(node, records, flag, info)
        if info.nota_texts:  # _nifd(I, D) :- B.: on which dates of its text guards the rule applied
            dated = "\n".join(str(r) for r in _nota_flag_rules(node, info.index))
            self.plain.append(dated)
            info.plain += "\n" + dated
            info.traced += "\n" + dated



    def unread(self) -> None:
        """Once every file is read: the rules whose derivations no explanation reads are solved
        as written in the traced solve too, without records (RuleInfo.recorded). An explanation
        reads the derivation of a conclusion, and of each atom a rule it rests on needs (a positive
        condition of its body or of one of its aggregates' elements), and a fact fed back from an
        earlier round is explained by the conclusion it was (ROUNDS); an atom a rule needs absent
        is said absent (`not ...`), never derived. So the derivations of an auxiliary predicate that
        no rule needs present are never read (a seventh of the rules a file keeps: their records
        were as many rules more to ground)."""
        read = self.shown | self.read | set(ROUNDS)
        for info in self.rules:
            if info.signature not in read:
                info.recorded = False
                info.traced = info.plain


def _comparison_says(compared: list, info: RuleInfo, rel: str) -> list:
    """[[i, French, English]] of the `% say COMPARISON` blocks above a rule: i the place of the
    comparison written so among the rule's (RuleInfo.comparisons, spaces aside); one the rule does not
    write is an error (the sentence would say nothing)."""
    written = ["".join(c.split()) for c in info.comparisons]
    out = []
    for pattern, fr, en in compared:
        bare = "".join(pattern.split())
        if bare not in written:
            raise RuleFileError(f"{rel}:{info.line}: '% say {pattern}': the rule has no such comparison "
                                f"(it writes: {'; '.join(info.comparisons) or 'none'})")
        if not fr or not en:
            raise RuleFileError(f"{rel}:{info.line}: '% say {pattern}' needs a French and an English sentence")
        unbound = set(re.findall(r"\{([A-Z_][A-Za-z0-9_]*)\}", fr + en)) - set(info.variables)
        if unbound:
            raise RuleFileError(f"{rel}:{info.line}: '% say {pattern}' names {', '.join(sorted(unbound))}, "
                                f"no variable of the rule")
        out.extend([i, fr, en] for i, c in enumerate(written) if c == bare)
    return out


def _adjacent_block(comments: list, rule_line: int) -> list[str]:
    """The comment lines directly above the rule (no blank line in between)."""
    block: list[str] = []
    expected = rule_line - 1
    for line, text in reversed(comments):
        n_lines = text.count("\n")
        if line + n_lines != expected:
            break
        block.insert(0, text)
        expected = line - 1
    return block


# --- reading comments ---------------------------------------------------------------


def _comment_body(text: str) -> str:
    text = text.strip()
    if text.startswith("%*"):
        text = text[2:-2]
    else:
        text = text[1:]
    return text.strip()


SAY = re.compile(r"^say\s+([a-z_][A-Za-z0-9_]*(\(.*\))?)\s*$")
# `% say (M, N) != (1, 1)`: the sentence of a comparison of the rule below, as written there (RuleInfo.comparison_says)
SAY_COMPARISON = re.compile(r"^say\s+(.*?(?:!=|<=|>=|<|>|=).*?)\s*$")
LANG = re.compile(r"^(fr|en):\s*(.*)$")


def _says(comments: list[str]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The `% say PATTERN` blocks that open a comment block, and the rest of the block.

        % say vote_share(M, N, D)
        %   fr: {M} dispose de {N} voix sur {D} à l'assemblée générale.
        %   en: {M} holds {N} of {D} votes in the general assembly.

    A sentence may run over several lines; the blocks end at the first line
    that is neither `say`, `fr:`, `en:` nor a continuation of a sentence
    (the provision id, the quote, `auxiliary:`).
    """
    says: list[list[str]] = []
    lang = None
    i = 0
    for i, raw in enumerate(comments):
        line = _comment_body(raw)
        m = SAY.match(line) or SAY_COMPARISON.match(line)
        if m:
            says.append([m.group(1), "", ""])
            lang = None
            continue
        m = LANG.match(line)
        if says and m:
            lang = 1 if m.group(1) == "fr" else 2
            says[-1][lang] = m.group(2).strip()
            continue
        if says and lang and line and not PROVISION_ID.match(line) and "«" not in line \
                and not line.lower().startswith(("auxiliary", "partial:")):
            says[-1][lang] += " " + line
            continue
        return [tuple(x) for x in says], comments[i:]
    return [tuple(x) for x in says], [] if says else comments


def _metadata(comments: list[str]) -> tuple[list[str], str, bool, list[str]]:
    """Provision ids, French quote, auxiliary flag and notes of a comment block (after its `say` blocks)."""
    ids: list[str] = []
    quote_parts: list[str] = []
    notes: list[str] = []
    auxiliary = False
    in_quote = False
    for raw in comments:
        line = _comment_body(raw)
        if in_quote or "«" in line:
            part = line
            if "«" in part:
                part = part.split("«", 1)[1]
                in_quote = True
            if "»" in part:
                part = part.split("»", 1)[0]
                in_quote = False
            quote_parts.append(part.strip())
            continue
        if line.lower().startswith("auxiliary"):
            auxiliary = True
            notes.append(line)
            continue
        bare = SAME_AS_NOTE.sub("", line)  # `R6133-7@2010-07-26.II (same as R6133-5@2006-01-01.2)`
        found = PROVISION_ID.findall(bare)
        if found and PROVISION_ID.sub("", bare).strip(" ,;:+&") == "":
            ids.extend(found)
        elif line:
            notes.append(line)
    return ids, " ".join(p for p in quote_parts if p), auxiliary, notes


def marked_texts(files) -> tuple:
    """The texts the `% not in the folder: A, B` marks of the rule files name, in order met (the texts the
    rules know the folder lacks: a NOTA referring to one of them makes the version rest on it)."""
    found: dict = {}
    for f in files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            body = line.lstrip("% ").strip()
            if line.lstrip().startswith("%") and body.lower().startswith("not in the folder:"):
                for t in _not_in_folder([body]):
                    found.setdefault(t, None)
    return tuple(found)


def _nota_texts(ids: list[str], registry, marked: list[str]) -> dict:
    """{text: [cited ids whose version's NOTA refers to it]} for the texts of `registry` a rule does not
    already mark itself (`marked`): derived from the cited ids, whichever rule cites them. Only a NOTA that
    dates the entry into force of the version's dispositions (« ces dispositions entrent en vigueur »:
    décret 2023-14 art. 7 for R6133-4 and R6133-26 of 2024) makes every provision of the version rest on
    the text; a NOTA that only refers to the modalities or conditions of application of a text whose object
    is one change (ordonnance 2021-1470 art. 5, décret 2021-1796 art. 3: the réseau de santé replaced by
    the dispositif d'appui à la coordination) is read as concerning that change, whose rules carry the mark."""
    from .law import nota_enters_into_force, nota_names

    out: dict = {}
    for t in registry:
        if t in marked:
            continue
        noted = [p for p in ids if nota_names(p, t) and nota_enters_into_force(p)]
        if noted:
            out[t] = noted
    return out


def _nota_flag_rules(node, index: int) -> list:
    """`_nifd(I, D) :- B.` for each date D a positive text guard of the rule's body asks
    (in_force(A, V, D), in_force_id(P, D)); `_nifd(I, D) :- B, as_of(D).` for a rule with none (its
    guard, if any, is in an auxiliary atom of its body, whose date is not read here: the as-of date)."""
    import clingo.ast as ast

    loc = node.location
    dates: dict = {}
    for lit in node.body:
        if lit.ast_type != ast.ASTType.Literal or lit.sign != ast.Sign.NoSign:
            continue
        atom = lit.atom
        if atom.ast_type != ast.ASTType.SymbolicAtom or atom.symbol.ast_type != ast.ASTType.Function:
            continue
        f = atom.symbol
        if (f.name, len(f.arguments)) in (("in_force", 3), ("in_force_id", 2)):
            dates.setdefault(str(f.arguments[-1]), f.arguments[-1])
    body = list(node.body)
    if not dates:
        d = ast.Variable(loc, "D__nota")
        body.append(ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(ast.Function(loc, "as_of", [d], False))))
        dates = {"D__nota": d}
    out = []
    for term in dates.values():
        head = ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(ast.Function(
            loc, NOTA_APPLIED, [ast.SymbolicTerm(loc, number(index)), term], False)))
        out.append(ast.Rule(loc, head, body))
    return out


def _not_in_folder(notes: list[str]) -> list[str]:
    """The texts of a `% not in the folder: A, B` note."""
    for n in notes:
        if n.lower().startswith("not in the folder:"):
            return [t.strip() for t in re.split(r"[,;]", n.split(":", 1)[1]) if t.strip()]
    return []


def _partial_reason(notes: list[str]) -> str:
    """The reason of a `% partial: <why>` note, with its continuation lines (to the end of its sentence)."""
    for i, n in enumerate(notes):
        if n.lower().startswith("partial:"):
            parts = [n.split(":", 1)[1].strip()]
            for more in notes[i + 1:]:
                if parts[-1].endswith("."):
                    break
                parts.append(more.strip())
            return " ".join(parts).rstrip(".")
    return ""
