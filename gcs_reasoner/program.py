"""The law program: rules/*.lp read once, with each rule's legal metadata.

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
`% auxiliary: <why>`; auxiliary rules are transparent in explanations.

The rules are solved exactly as written (`plain`), each file on the rules
that can apply to it (selection.py: `RuleInfo.plain`, `body_needs`, and
`fixed` for the statements that are not rules). To explain, each rule
number I, `H :- B.`, has a derivation record rule (`RuleInfo.why`),
`_why_I(H, Vars, Pos, Neg, Cmp, Agg) :- B'.`, where B' binds each aggregate's
value to a variable: for each derived atom, the rule that derived it, its
variable values, its positive body atoms, the atoms whose absence it relied on
(default negation), its comparisons and its aggregate values;
`_whyel_I(K, J, Vars, Terms, Cond)` records the elements that made up
aggregate K. When reasons are asked for, each rule is solved in its traced
form (`RuleInfo.traced`): its record made flat, `_why_I(X1, ..., Xn) :- B'.`,
the values of the rule's variables and of the terms clingo computes, and
`H :- _why_I(X1, ..., Xn).` in place of the rule, so that its body is joined
once and a record holds exactly when the rule applies; the element records
read the variables' values from the rule's records. Where something in the
body would multiply them, the atoms behind a positive literal's `_` are named
in a record by the first of them in clingo's order of terms, found apart
(`_whywit_I_J`, `_witnesses`): one record per body of the rule as written, not
one per combination of such atoms (and an aggregate is not added up again for
each). `RuleInfo.record` says how
`(H, Vars, Pos, Neg, Cmp, Agg)` is rebuilt from the values, when an
explanation asks for it (trace._Record): clingo grounds small records, and
Python builds the terms only of the derivations it explains. The model is that of the plain rules with the
records besides, which are shown and come with it (reasoning.py). One record
predicate per rule, not one for all: a single predicate would join every rule
in one component for the grounder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional

from . import user_cache

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
_PACKAGED_RULES = Path(__file__).resolve().parent / "rules"  # non-editable installs

SAME_AS_NOTE = re.compile(r"\s*\(same as [^)]*\)")  # the inventory's same_as, said beside a later id
PROVISION_ID = re.compile(r"\b((?:L|R)6133-[0-9A-Za-z-]+@\d{4}-\d{2}-\d{2}(?:\.[0-9A-Za-z]+)*|decret-\d{4}-\d+\.art\d+(?:\.[0-9A-Za-z]+)*)")

NOT_IN_FOLDER = "_nif"  # _nif(I): rule I, which rests on a text not in the folder, applied
WHY = "_why_"  # prefix of the derivation records: _why_<rule index>/6
WHY_ELEM = "_whyel_"  # prefix of the aggregate-element records: _whyel_<rule index>/5


INTERVAL = "_interval"  # `A..B` in a record's comparison: `_interval(A, B)`, each bound one value


def why_name(index: int) -> str:
    """The derivation-record predicate of rule `index`."""
    return f"{WHY}{index}"


def why_elem_name(index: int) -> str:
    """The aggregate-element-record predicate of rule `index`."""
    return f"{WHY_ELEM}{index}"


class RuleFileError(Exception):
    """A rule file breaks the conventions (no provision cited, unsupported form)."""


@dataclass
class RuleInfo:
    """One rule of the law program, with what it encodes."""

    index: int
    file: str  # path relative to the project, e.g. rules/membership/2006-01-01_R6133-5.lp
    line: int
    provisions: list[str]
    quote: str
    text: str  # the rule as clingo prints it
    head: str  # predicate name/arity of the head
    auxiliary: bool = False
    notes: list[str] = field(default_factory=list)
    partial: str = ""  # `% partial: <why>`: the rule only restates the file, or decides part of the text
    says: list = field(default_factory=list)  # (pattern, French, English) of the `% say` blocks above the rule
    variables: list[str] = field(default_factory=list)  # global variables, in _why order
    aggregates: list[str] = field(default_factory=list)  # text of each body aggregate, in order
    comparisons: list[str] = field(default_factory=list)  # text of each recorded comparison, in _why order
    # `% not in the folder: L6122-3, ...`: texts the rule rests on through a fact that stands for
    # them (contract part 2): not applied, said in the explanation and by a warning
    not_in_folder: list[str] = field(default_factory=list)
    why: str = ""  # the derivation record rules of this rule (clingo syntax): `why_text`, not kept by the caches
    # what the body needs for the rule to apply (selection.py): [name, arity, [[i, constant], ...]] for
    # each positive body literal (the constants only of in_force/3 and in_force_id/2: the versions)
    body_needs: list = field(default_factory=list)
    plain: str = ""  # the rule as solved, with its `_nif` rule if any (selection.py grounds rules one by one)
    # the rule as solved when its derivations are recorded: `H :- _why_I(H, ...)`, the record rule
    # `_why_I(H, ...) :- B'.` and the element records (module doc)
    traced: str = ""
    # how the flat record of the traced solve, `_why_I(X1, ..., Xn)`, gives back `why`'s
    # `(H, Vars, Pos, Neg, Cmp, Agg)`: [n, template of each] (`_record_shape`)
    record: list = field(default_factory=list)

    @property
    def signature(self) -> tuple[str, int]:
        """(name, arity) of the head (`head` is "name/arity")."""
        name, arity = self.head.rsplit("/", 1)
        return name, int(arity)


@dataclass
class Program:
    rules: list[RuleInfo]
    plain: str  # the rules as written (clingo syntax)
    shown: set[tuple[str, int]]  # conclusion predicates (#show name/arity.)
    fixed: str = ""  # what `plain` has besides the rules (#program, #show): always grounded
    files: list[Path] = field(default_factory=list)

    @cached_property
    def rules_by_head(self) -> dict:
        """(name, arity) -> the indices of the rules with that head, in program order."""
        out: dict = {}
        for r in self.rules:
            out.setdefault(r.signature, []).append(r.index)
        return out

    def rule(self, index: int) -> RuleInfo:
        return self.rules[index]

    def why_program(self, rules) -> str:
        """The derivation record rules of `rules` (indices), with their #show statements."""
        return "\n".join(why_text(self.rules[i]) + "\n" + self.shows(i) for i in rules)

    def shows(self, index: int, traced: bool = False) -> str:
        """The #show statements of rule `index`'s records (a record is read from the model): those
        of `why`, or (`traced`) of the flat records of `traced`."""
        shows = f"#show {why_name(index)}/{self.rules[index].record[0] if traced else 6}."
        if self.rules[index].aggregates:
            shows += f"\n#show {why_elem_name(index)}/5."
        return shows

    @cached_property
    def record_names(self) -> dict:
        """Record predicate name -> (rule index, element record?): `_why_I`, `_whyel_I`."""
        out = {}
        for r in self.rules:
            out[why_name(r.index)] = (r.index, False)
            if r.aggregates:
                out[why_elem_name(r.index)] = (r.index, True)
        return out

    @cached_property
    def record_names_bytes(self) -> dict:
        """`record_names` keyed by the names' bytes, as clingo keeps them (clingo_reps.name_of)."""
        return {name.encode(): found for name, found in self.record_names.items()}

    @cached_property
    def sentences(self) -> dict:
        """name/arity -> [(pattern, French, English, file:line)], from the `% say` blocks of the rules."""
        out: dict = {}
        for r in self.rules:
            for pattern, fr, en in r.says:
                out.setdefault((pattern.split("(", 1)[0], _arity(pattern)), []).append(
                    (pattern, fr, en, f"{r.file}:{r.line}"))
        return out


# clingo AST objects kept on a program (the rules parsed once: selection.statements, whynot.py)
# must be freed while clingo is still loaded: one freed in Python's teardown prints a traceback.
_AST_HOLDERS: list = []  # (weak reference to a program, name of what it keeps)


def kept_asts(program: Program, name: str, build):
    """`program.__dict__[name]`, made by `build()` on first use: clingo ASTs, dropped at exit."""
    found = program.__dict__.get(name)
    if found is None:
        import atexit
        import weakref

        found = program.__dict__[name] = build()
        if not _AST_HOLDERS:
            atexit.register(drop_asts)
        _AST_HOLDERS.append((weakref.ref(program), name))
    return found


def drop_asts() -> None:
    """Free the clingo ASTs kept on programs (`kept_asts`)."""
    for ref, name in _AST_HOLDERS:
        program = ref()
        if program is not None:
            program.__dict__.pop(name, None)
    _AST_HOLDERS.clear()


def _arity(pattern: str) -> int:
    """Arity of `name(a, f(b, c), d)`: the commas at depth one, plus one."""
    if "(" not in pattern:
        return 0
    depth, n = 0, 1
    for ch in pattern[pattern.index("("):]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 1:
            n += 1
    return n


def rules_dir() -> Path:
    """rules/ of the source tree (editable install, tests), else the installed copy."""
    in_tree = RULES_DIR.is_dir() and (RULES_DIR.parent / "pyproject.toml").is_file()
    return RULES_DIR if in_tree else _PACKAGED_RULES


@lru_cache(maxsize=None)
def load_program(directory: Optional[str] = None) -> Program:
    """Read and rewrite every `*.lp` of the rules directory (once per process).

    The rewriting (Python walking clingo's AST) takes about a second and a half for the whole
    law; its result (the rules' texts and metadata, plain data) is keyed by the content of the
    rule files and of this module, and read back instead when the key matches:
    - from the user's cache folder (marshal), written on the first run;
    - on a first run, from the copy shipped with the package (`data/program.json.gz`, written by
      `python -m gcs_reasoner.program`; a test checks that it is current).
    """
    base = Path(directory) if directory else rules_dir()
    files = sorted(base.rglob("*.lp"))
    if not files:  # a law of no rules would conclude nothing on every file, and say nothing of it
        raise FileNotFoundError(f"no rules (*.lp) in {base}: the installation is incomplete")
    key = _cache_key(files)
    cached = _read_cache(key)
    if cached is not None:
        return Program(*_unpack(cached), files=files)
    shipped = _read_shipped(key)
    if shipped is not None:
        _write_cache(key, shipped[0])
        return Program(*shipped[1], files=files)
    data = _rewrite(base, files)
    _write_cache(key, data)
    return Program(*_unpack(data), files=files)


def _rewrite(base: Path, files: list[Path]) -> dict:
    """The rules of `files`, rewritten (plain data: what the caches hold)."""
    from dataclasses import asdict

    loader = _Loader(base.parent)
    for f in files:
        loader.load(f)
    plain = "\n".join(str(s) for s in loader.plain) + "\n"
    fixed = "\n".join(str(s) for s in loader.fixed) + "\n"
    if any(r.not_in_folder for r in loader.rules):
        plain += f"#show {NOT_IN_FOLDER}/1.\n"
        fixed += f"#show {NOT_IN_FOLDER}/1.\n"
    rules = []
    for r in loader.rules:
        d = asdict(r)
        del d["why"]  # made again when asked (`why_text`): only the tests read it
        if d["plain"] == d["text"]:
            del d["plain"]  # most rules have no `_nif` rule beside them: solved as written
        rules.append(d)
    return {"rules": rules, "plain": plain, "shown": sorted(loader.shown), "fixed": fixed}


def _unpack(data: dict) -> tuple:
    """(rules, plain, shown, fixed) of the plain data of `_rewrite` (read back from JSON too)."""
    rules = []
    for r in data["rules"]:
        r = dict(r)
        r["says"] = [tuple(x) for x in r["says"]]
        r.setdefault("plain", r["text"])
        rules.append(RuleInfo(**r))
    return rules, data["plain"], {tuple(x) for x in data["shown"]}, data["fixed"]


def guarded_provisions(directory: Optional[str] = None) -> tuple[str, ...]:
    """The provision ids the rules ask about with `in_force_id("Id", D)`
    (rules/time/in_force.lp): the facts give the inventory's periods and
    same_as chains for those only."""
    import re

    base = Path(directory) if directory else rules_dir()
    found = set()
    for f in sorted(base.rglob("*.lp")):
        found.update(re.findall(r'in_force_id\(\s*"([^"]+)"', f.read_text(encoding="utf-8")))
    return tuple(sorted(found))


def _cache_key(files: list[Path]) -> str:
    from ._bytecode import sha256  # the interpreter's own (hashlib loads OpenSSL)

    h = sha256(Path(__file__).read_bytes())
    for f in files:
        h.update(f.parent.name.encode() + b"/" + f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:24]


# The cache holds plain data only (str, int, bool, list, dict), written with marshal: read back in
# a few milliseconds where JSON took thirty. marshal's format may change with Python's version,
# which is in the file's name.
def _cache_name(key: str) -> str:
    import sys

    return f"program_{key}.py{sys.version_info[0]}{sys.version_info[1]}.marshal"


def _read_cache(key: str) -> Optional[dict]:
    """The plain data cached for `key` (read back without checks beyond its shape, and only from
    a folder and file this user owns: user_cache)."""
    data = user_cache.read(_cache_name(key))
    if isinstance(data, dict) and {"rules", "plain", "shown", "fixed"} <= data.keys():
        return data
    return None


def _write_cache(key: str, data: dict) -> None:
    user_cache.write(_cache_name(key), data, family="program_")


SHIPPED = Path(__file__).resolve().parent / "data" / "program.json.gz"


def _read_shipped(key: str) -> Optional[tuple]:
    """(plain data, unpacked) of the rewritten rules shipped with the package, if they are those of
    these rule files."""
    import gzip
    import json

    try:
        data = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    except (OSError, ValueError, EOFError):
        return None
    if data.get("key") != key:
        return None
    try:
        return data, _unpack(data)
    except (TypeError, KeyError):
        return None


def write_shipped() -> Path:
    """Rewrite the rules of the source tree and write them where the package ships them."""
    import gzip
    import json

    base = rules_dir()
    files = sorted(base.rglob("*.lp"))
    data = {"key": _cache_key(files), **_rewrite(base, files)}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    SHIPPED.write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    return SHIPPED


# --- reading comments ---------------------------------------------------------------


def _comment_body(text: str) -> str:
    text = text.strip()
    if text.startswith("%*"):
        text = text[2:-2]
    else:
        text = text[1:]
    return text.strip()


SAY = re.compile(r"^say\s+([a-z_][A-Za-z0-9_]*(\(.*\))?)\s*$")
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
        m = SAY.match(line)
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


def _number(n: int):
    import clingo

    return clingo.Number(n)


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


# --- the rewriting ------------------------------------------------------------------


class _Loader:
    def __init__(self, root: Path):
        self.root = root
        self.rules: list[RuleInfo] = []
        self.plain: list = []
        self.fixed: list = []  # the statements of `plain` that are not rules of `rules`
        self.shown: set[tuple[str, int]] = set()

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
            notes=notes,
            partial=_partial_reason(notes),
            says=says,
            not_in_folder=_not_in_folder(notes),
        )
        self.rules.append(info)
        self.plain.append(node)
        records = _trace_rule(node, info)
        info.why = "\n".join(str(r) for r in records)
        info.body_needs = _needs(records[0])
        info.plain = info.text
        flag = None
        if info.not_in_folder:  # _nif(I) :- B.: whether the rule applied, in either program
            loc = node.location
            flag = ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(
                ast.Function(loc, NOT_IN_FOLDER, [ast.SymbolicTerm(loc, _number(info.index))], False)))
            extra = ast.Rule(loc, flag, node.body)
            self.plain.append(extra)
            info.plain += "\n" + str(extra)
        info.traced = _traced_text(node, records, flag, info)


def _traced_text(node, records: list, flag, info: RuleInfo) -> str:
    """Rule I as ground when its derivations are recorded. Its body is joined once, by the record
    rule `_why_I(X1, ..., Xn) :- B'.`, whose arguments are the values of the rule's variables and
    of the terms clingo computes (`_record_shape`); the head (and `_nif(I)`) are read from the
    records: `H :- _why_I(X1, ..., Xn).` The element records read the rule's variables from its
    records, not from its body joined again. `info.record` says how the record `why` writes,
    `(H, Vars, Pos, Neg, Cmp, Agg)`, is rebuilt from those values (trace._Record)."""
    import clingo.ast as ast

    loc = node.location
    why = records[0].head.atom.symbol  # _why_I(H, Vars, Pos, Neg, Cmp, Agg)
    shape, slots, computed, head, patterns = _record_shape(why, info)
    info.record = shape
    anon = ast.Variable(loc, "_")
    n = len(slots) + len(computed)

    def literal(args):
        return ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(ast.Function(loc, why.name, args, False)))

    values = [ast.Variable(loc, v) for v in slots] + computed
    named = [ast.Variable(loc, v) for v in slots] + [patterns.get(k) or ast.Variable(loc, f"C__{k}")
                                                     for k in range(len(computed))]
    out, body = _witnesses(list(records[0].body), info, loc)
    out.append(ast.Rule(loc, literal(values), body))
    out.append(ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(head)), [literal(named)]))
    if flag is not None:
        out.append(ast.Rule(loc, flag, [literal([anon] * n)]))
    # the rule's variables come first among the slots (`info.variables`, as in `why`'s Vars)
    by_vars = literal([ast.Variable(loc, v) for v in info.variables] + [anon] * (n - len(info.variables)))
    n_body = len(records[0].body)
    for element in records[1:]:  # _whyel_I(K, J, Vars, Terms, Cond) :- B', Cond.
        out.append(ast.Rule(loc, element.head, [by_vars] + list(element.body)[n_body:]))
    return "\n".join(str(r) for r in out)


def _witnesses(body: list, info: RuleInfo, loc) -> tuple[list, list]:
    """([`_whywit_I_J(Vs, W) :- L', W = #min { ... : L }.`, ...], the record rule's body). A record
    names the atom behind each `_` of a positive literal L (its `Anon__k`), so a body such as
    `departure(_, D), member_on(M, D)` had a record for every departure times every member on D
    (quadratic in the members, where the rule as written is ground once per member and date). The
    atom named is the first in clingo's order of terms, found once for the literal's other
    variables Vs, and the record rule reads it from `_whywit_I_J`: one record per value of the
    rule's own variables, as many as the rule has ground bodies. Only where something multiplies
    them: an aggregate of the body, or another positive literal with a variable this one has not
    (another `_` among them)."""
    import clingo.ast as ast

    def positive(lit):
        return lit.ast_type == ast.ASTType.Literal and lit.sign == ast.Sign.NoSign \
            and lit.atom.ast_type == ast.ASTType.SymbolicAtom

    aggregate = any(lit.atom.ast_type == ast.ASTType.BodyAggregate for lit in body)
    helpers, out = [], []
    for lit in body:
        anonymous = _BODY_ANONYMOUS.findall(str(lit)) if positive(lit) else []
        if not anonymous or not _binds_its_variables(lit.atom.symbol):
            out.append(lit)
            continue
        own = set(_VarCollector().visit(lit))
        if not aggregate and all(set(_VarCollector().visit(other)) <= own for other in body
                                 if other is not lit and positive(other) and not _single(other)):
            # nothing else in the body multiplies its atoms: a record per atom behind the `_` is
            # a record per atom of the literal, as many as the file has (and cheaper to ground
            # than a #min for each rule: a fifth of a small file's traced grounding)
            out.append(lit)
            continue
        others = [v for v in _VarCollector().visit(lit) if v not in anonymous]
        local = _rename(lit, {a: f"W__{a}" for a in anonymous})

        def value(names):
            terms = [ast.Variable(loc, n) for n in names]
            return terms[0] if len(terms) == 1 else ast.Function(loc, "", terms, False)

        element = ast.BodyAggregateElement([value([f"W__{a}" for a in anonymous])], [local])
        first = ast.BodyAggregate(loc, ast.Guard(ast.ComparisonOperator.Equal, ast.Variable(loc, "W__")),
                                  ast.AggregateFunction.Min, [element], None)
        name = f"_whywit_{info.index}_{len(helpers)}"
        head = ast.Function(loc, name, [ast.Variable(loc, v) for v in others] + [ast.Variable(loc, "W__")], False)
        helpers.append(ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(head)),
                                [_unname_anonymous(lit), ast.Literal(loc, ast.Sign.NoSign, first)]))
        read = ast.Function(loc, name, [ast.Variable(loc, v) for v in others] + [value(anonymous)], False)
        out.append(ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(read)))
    return helpers, out


# Predicates with one atom (the date the law is applied on): a literal of them multiplies nothing.
_SINGLE = {("as_of", 1)}


def _single(lit) -> bool:
    import clingo.ast as ast

    symbol = lit.atom.symbol
    return symbol.ast_type == ast.ASTType.Function and (symbol.name, len(symbol.arguments)) in _SINGLE


def _binds_its_variables(term) -> bool:
    """The term is made of variables, constants and plain functions or tuples only: a literal of
    it binds all its variables (alone in a rule's body, it is safe)."""
    import clingo.ast as ast

    kind = term.ast_type
    if kind in (ast.ASTType.Variable, ast.ASTType.SymbolicTerm):
        return True
    if kind == ast.ASTType.Function and not term.external:
        return all(_binds_its_variables(a) for a in term.arguments)
    return False


_BODY_ANONYMOUS = re.compile(r"(?<![A-Za-z0-9_'])Anon__\d+(?![A-Za-z0-9_'])")


def _unname_anonymous(node):
    """The body's `Anon__k` variables back to `_` (not an aggregate element's `Anon__Ek_j`)."""
    import clingo.ast as ast

    def _r(n):
        if n.ast_type == ast.ASTType.Variable:
            return ast.Variable(n.location, "_") if _BODY_ANONYMOUS.fullmatch(n.name) else n
        return n.update(**_children(n, _r))

    return _r(node)


def _bounds(term):
    """`A..B` as `_interval(A, B)` (INTERVAL): a record holds one value of each bound, not one record
    per value of the interval; any other term as it is."""
    import clingo.ast as ast

    if term.ast_type == ast.ASTType.Interval:
        return ast.Function(term.location, INTERVAL, [term.left, term.right], False)
    return term


def _record_shape(why, info: RuleInfo) -> tuple:
    """(shape, slot variables, computed terms, head, patterns) of the record `why` = `_why_I(H, Vars, Pos, Neg,
    Cmp, Agg)` made flat. The slots are the rule's variables (`info.variables` first, then those of
    the positive atoms' `_` and of the aggregates' values); the computed terms, the subterms clingo
    evaluates (`@add_days(D, 1)`, `N + 1`). The shape, `[arity, template of H, of Vars, of Pos, of
    Neg, of Cmp, of Agg]`, writes each term as: an int, the record's argument of that number; a
    str, a constant as clingo prints it; `[name, [templates]]`, a function or (name "") a tuple.
    `head`: H with each computed subterm replaced by the variable `C__k` that reads its value; a
    pooled head `p(a; b)` is computed whole, and `patterns` says that the head rule reads it as
    `p(C__k_0)`."""
    import clingo.ast as ast

    slots = list(info.variables)
    computed: list = []

    def walk(t):  # (template, t with computed subterms as C__k variables)
        kind = t.ast_type
        if kind == ast.ASTType.Variable:
            if t.name not in slots:
                slots.append(t.name)
            return ("slot", t.name), t
        if kind == ast.ASTType.SymbolicTerm:
            return str(t.symbol), t
        if kind == ast.ASTType.Function and not t.external and (t.arguments or not t.name):
            parts = [walk(a) for a in t.arguments]
            return [t.name, [p[0] for p in parts]], t.update(arguments=[p[1] for p in parts])
        if kind == ast.ASTType.Function and not t.external:
            return t.name, t  # a constant: `legal_personality`
        computed.append(t)
        return ("computed", len(computed) - 1), ast.Variable(t.location, f"C__{len(computed) - 1}")

    patterns: dict = {}  # computed k -> what the head rule reads in its place (a pooled head)
    h = why.arguments[0]
    if h.ast_type == ast.ASTType.Pool:  # `p(a; b).`: each record holds its atom, which the head rule takes apart
        alts = h.arguments
        if not all(a.ast_type == ast.ASTType.Function and not a.external and a.name == alts[0].name
                   and len(a.arguments) == len(alts[0].arguments) for a in alts):
            raise RuleFileError(f"{info.file}:{info.line}: a pooled head must pool atoms of one predicate")
        computed.append(h)
        k = len(computed) - 1
        head = ast.Function(h.location, alts[0].name, [ast.Variable(h.location, f"C__{k}_{j}")
                                                       for j in range(len(alts[0].arguments))], False)
        patterns[k] = head
        parts = [(("computed", k), head)] + [walk(a) for a in why.arguments[1:]]
    else:
        parts = [walk(a) for a in why.arguments]
    n_slots = len(slots)

    def number(t):  # slots first, then the computed terms
        if isinstance(t, tuple):
            return slots.index(t[1]) if t[0] == "slot" else n_slots + t[1]
        if isinstance(t, list):
            return [t[0], [number(a) for a in t[1]]]
        return t

    shape = [n_slots + len(computed)] + [number(p[0]) for p in parts]
    return shape, slots, computed, parts[0][1], patterns


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


# clingo's variables (`_*[A-Z]...`; `_` alone is anonymous), found in a node's text with its string
# constants left out: one call into clingo per node instead of a walk through its AST
_STRING_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"')
_VARIABLE = re.compile(r"(?<![A-Za-z0-9_'])_*[A-Z][A-Za-z0-9_']*")
_ANONYMOUS = re.compile(r"(?<![A-Za-z0-9_'])_(?![A-Za-z0-9_'])")


class _VarCollector:
    """The variables of the nodes visited, in the order they first occur."""

    def __init__(self):
        self.names: list[str] = []

    def visit(self, node):
        for name in _VARIABLE.findall(_STRING_CONSTANT.sub('""', str(node))):
            if name not in self.names:
                self.names.append(name)
        return self.names


def _children(node, fn):
    """Apply fn to every AST child of node (clingo.ast.AST.update keyword form)."""
    import clingo.ast as ast

    out = {}
    for key in node.child_keys:
        val = getattr(node, key)
        if isinstance(val, ast.AST):
            out[key] = fn(val)
        elif isinstance(val, (list, ast.ASTSequence)) or type(val).__name__ == "ASTSequence":
            out[key] = [fn(x) if isinstance(x, ast.AST) else x for x in val]
    return out


def _rename(node, mapping: dict[str, str], anon: Optional[list] = None, prefix: str = "Anon__"):
    """Rename variables; with `anon`, give each `_` a fresh name (`prefix` and a number, recorded
    in anon)."""
    import clingo.ast as ast

    names = set(_VARIABLE.findall(_STRING_CONSTANT.sub('""', str(node))))
    if not names & set(mapping) and not (anon is not None and _ANONYMOUS.search(_STRING_CONSTANT.sub('""', str(node)))):
        return node  # nothing to rename: no walk through the AST

    def _r(n):
        if n.ast_type == ast.ASTType.Variable:
            if n.name == "_" and anon is not None:
                fresh = f"{prefix}{len(anon)}"
                anon.append(fresh)
                return ast.Variable(n.location, fresh)
            if n.name in mapping:
                return ast.Variable(n.location, mapping[n.name])
            return n
        return n.update(**_children(n, _r))

    return _r(node)


def _anon_to_string(node):
    """`not r(X,_)` is recorded as r(X,"_"): the absent atom, any value in that place."""
    import clingo.ast as ast

    def _r(n):
        if n.ast_type == ast.ASTType.Variable and n.name == "_":
            return ast.SymbolicTerm(n.location, _string("_"))
        return n.update(**_children(n, _r))

    return _r(node)


def _string(s: str):
    import clingo

    return clingo.String(s)


_OPS = {0: ">", 1: "<", 2: "<=", 3: ">=", 4: "!=", 5: "="}


# Guards whose constants say which version of a text a rule applies (rules/time/in_force.lp).
_VERSION_GUARDS = {("in_force", 3), ("in_force_id", 2)}


def _needs(record_rule) -> list:
    """[name, arity, [[i, constant], ...]] of each positive body literal of a record rule: what its
    rule needs to apply."""
    import clingo.ast as ast

    out = []
    for lit in record_rule.body:
        if lit.ast_type != ast.ASTType.Literal or lit.sign != ast.Sign.NoSign \
                or lit.atom.ast_type != ast.ASTType.SymbolicAtom:
            continue
        sym = lit.atom.symbol
        if sym.ast_type != ast.ASTType.Function:
            continue
        arity = len(sym.arguments)
        consts = []
        if (sym.name, arity) in _VERSION_GUARDS:
            consts = [[i, str(a)] for i, a in enumerate(sym.arguments) if a.ast_type == ast.ASTType.SymbolicTerm]
        out.append([sym.name, arity, consts])
    return out


def _trace_rule(rule, info: RuleInfo) -> list:
    """The record rule `_why_I(H, Vars, Pos, Neg, Cmp, Agg) :- B'.` of rule I, then one
    `_whyel_I(...)` rule per element of each body aggregate."""
    import clingo
    import clingo.ast as ast

    loc = rule.location

    def fn(name, args):
        return ast.Function(loc, name, list(args), False)

    def tup(args):
        return ast.Function(loc, "", list(args), False)

    def sym(value):
        return ast.SymbolicTerm(loc, value)

    body = []
    pos, neg, cmp, aggs = [], [], [], []
    agg_elements = []  # (k, elements, value variable) for _why_elem
    global_vars: list[str] = []
    anon_cmp: list = []
    for lit in rule.body:
        atom = lit.atom if lit.ast_type == ast.ASTType.Literal else None
        if lit.ast_type == ast.ASTType.ConditionalLiteral or atom is None:
            raise RuleFileError(f"{info.file}:{info.line}: conditional literals are not explained; use an aggregate")
        if atom.ast_type == ast.ASTType.SymbolicAtom:
            if lit.sign == ast.Sign.NoSign:
                renamed = _rename(lit, {}, anon_cmp)
                body.append(renamed)
                pos.append(renamed.atom.symbol)
            else:
                body.append(lit)
                neg.append(_anon_to_string(atom.symbol))
        elif atom.ast_type == ast.ASTType.Comparison:
            lit = _rename(lit, {}, anon_cmp)  # `S = d(_, M, D)`: each `_` gets a name
            atom = lit.atom
            body.append(lit)
            if len(atom.guards) != 1:
                raise RuleFileError(f"{info.file}:{info.line}: write chained comparisons as separate comparisons")
            g = atom.guards[0]
            op = _OPS[int(g.comparison)]
            if lit.sign != ast.Sign.NoSign:
                op = "not " + op
            cmp.append(tup([sym(clingo.String(op)), _bounds(atom.term), _bounds(g.term)]))
            info.comparisons.append(str(lit))
        elif atom.ast_type == ast.ASTType.BodyAggregate:
            if lit.sign != ast.Sign.NoSign:
                raise RuleFileError(f"{info.file}:{info.line}: negated aggregates are not explained; compare the value instead")
            k = len(aggs)
            value = ast.Variable(loc, f"Agg__{k}")
            function = ["count", "sum", "sum+", "min", "max"][int(atom.function)]
            bound = ast.BodyAggregate(loc, ast.Guard(ast.ComparisonOperator.Equal, value), atom.function, atom.elements, None)
            body.append(ast.Literal(loc, ast.Sign.NoSign, bound))
            for guard, left in ((atom.left_guard, True), (atom.right_guard, False)):
                if guard is None:
                    continue
                op = int(guard.comparison)
                # `T op #agg` (left guard) means T op Value
                comp = ast.Comparison(guard.term, [ast.Guard(guard.comparison, value)]) if left else ast.Comparison(value, [ast.Guard(guard.comparison, guard.term)])
                body.append(ast.Literal(loc, ast.Sign.NoSign, comp))
                if not (left and op == 5 and guard.term.ast_type == ast.ASTType.Variable):
                    a, b = (guard.term, value) if left else (value, guard.term)
                    cmp.append(tup([sym(clingo.String(_OPS[op])), a, b]))
                    info.comparisons.append(f"{guard.term} {_OPS[op]} #{function}" if left else f"#{function} {_OPS[op]} {guard.term}")
            aggs.append(tup([sym(clingo.Number(k)), sym(clingo.String(function)), value]))
            info.aggregates.append(str(atom))
            agg_elements.append((k, atom.elements))
        elif atom.ast_type == ast.ASTType.BooleanConstant:
            body.append(lit)
        else:
            raise RuleFileError(f"{info.file}:{info.line}: unsupported body element {lit}")

    head_sym = rule.head.atom.symbol
    # global variables: those of the head and of the body outside aggregate elements
    collector = _VarCollector()
    collector.visit(head_sym)
    for lit in body:
        a = lit.atom
        if a.ast_type == ast.ASTType.BodyAggregate:
            collector.visit(a.left_guard.term)
        else:
            collector.visit(a)
    global_vars = [v for v in collector.names if not v.startswith(("Anon__",))]
    info.variables = [v for v in global_vars if not v.startswith("Agg__")]
    vars_tuple = tup([ast.Variable(loc, v) for v in info.variables])

    why_head = fn(why_name(info.index), [head_sym, vars_tuple, tup(pos), tup(neg), tup(cmp), tup(aggs)])
    out = [ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(why_head)), body)]

    # _why_elem(I, K, J, Vars, Terms, Cond) :- B', Cond(renamed locals).
    for k, elements in agg_elements:
        for j, element in enumerate(elements):
            names = _VarCollector()
            for t in element.terms:
                names.visit(t)
            for c in element.condition:
                names.visit(c)
            local = {v: f"{v}__E{k}" for v in names.names if v not in global_vars}
            terms = [_rename(t, local) for t in element.terms]
            cond_lits = [_rename(c, local) for c in element.condition]
            cond_atoms = []
            extra = []
            element_anon: list = []
            for c in cond_lits:
                extra.append(c)
                if c.atom.ast_type == ast.ASTType.SymbolicAtom and c.sign == ast.Sign.NoSign:
                    # not the body's Anon__ names: an element's `_` is its own
                    c2 = _rename(c, {}, element_anon, prefix=f"Anon__E{k}_")
                    extra[-1] = c2
                    cond_atoms.append(c2.atom.symbol)
            head = fn(why_elem_name(info.index), [sym(clingo.Number(k)), sym(clingo.Number(j)), vars_tuple, tup(terms), tup(cond_atoms)])
            out.append(ast.Rule(loc, ast.Literal(loc, ast.Sign.NoSign, ast.SymbolicAtom(head)), body + extra))
    return out


def why_text(info: RuleInfo) -> str:
    """`info.why`: the derivation record rules of the rule, made again from its text when the
    program was read back from a cache, which does not hold them (a fifth of its size, read by every
    process; only the tests ask for them)."""
    if info.why:
        return info.why
    import clingo.ast as ast
    from dataclasses import replace

    nodes: list = []
    ast.parse_string(info.text, lambda n: nodes.append(n) if n.ast_type == ast.ASTType.Rule else None)
    return "\n".join(str(r) for r in _trace_rule(nodes[0], replace(info)))


if __name__ == "__main__":  # python -m gcs_reasoner.program: write data/program.json.gz
    print(write_shipped())
