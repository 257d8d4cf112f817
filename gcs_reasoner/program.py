"""The law program: rules/*.lp read once, with each rule's legal metadata.

Each rule is read with the comment block above it, which says what it encodes
(rule_files.py), and rewritten so that its derivations can be recorded
(record_rules.py). This module holds what that makes, a RuleInfo per rule and
the Program, and reads it once per process: the rewriting is kept in the
user's cache, keyed by the content of the rule files and of the modules that
rewrite them, and a copy ships with the package for the first run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional

from . import user_cache

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
_PACKAGED_RULES = Path(__file__).resolve().parent / "rules"  # non-editable installs


NOT_IN_FOLDER = "_nif"  # _nif(I): rule I, which rests on a text not in the folder, applied
NOTA_APPLIED = "_nifd"  # _nifd(I, D): rule I, citing a version whose NOTA refers to a text not in the folder,
# applied with a text guard on date D (or on the as-of date): the warning names the versions in force on D
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


# Conclusions fed back as facts until they agree (reasoning.py's rounds): name/arity -> input predicate.
# An exclusion or the admission of a new establishment only changes membership
# after its date (rules/membership/2006-01-01_R6133-5.lp), and a change of a member's rights
# only the rights after the day of the assembly that decided it
# (rules/money/2010-07-26_R6133-2_R6133-3.lp), so round k settles the k-th such date;
# with none, one solve suffices.
ROUNDS = {
    ("excluded", 2): "exclusion_in_effect",
    ("exclusion_open", 2): "exclusion_open_in_effect",
    ("admitted_on", 2): "admission_in_effect",
    ("admission_open", 2): "admission_open_in_effect",
    # a former member admitted again: a member from the day after the decision (rules/membership)
    ("readmitted", 2): "readmission_in_effect",
    ("rights_changed", 3): "rights_change_in_effect",
    ("rights_change_open", 2): "rights_change_open_in_effect",
    # the first day the groupement is dissolved: a withdrawal at a later year end has no effect (rules/membership)
    ("first_dissolution", 1): "dissolution_in_effect",
    # a deliberation on the dissolution whose validity is undecided, and the day it would dissolve from: a
    # withdrawal, an admission or an exclusion on or after that day is left open (rules/membership)
    ("dissolution_vote_open", 2): "dissolution_vote_open_in_effect",
}


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
    # `% auxiliary (demand): <why>`: the rule only says on which days (or for which values) a question is asked
    # (nature_day/1, law_date/1, check_date/1, ...): its conditions are no condition of the conclusions that read
    # it, and an explanation does not fold them into theirs (explain.py; the rules of a predicate are all marked
    # or none: tests/test_review41_explanation_words.py)
    demand: bool = False
    notes: list[str] = field(default_factory=list)
    partial: str = ""  # `% partial: <why>`: the rule only restates the file, or decides part of the text
    says: list = field(default_factory=list)  # (pattern, French, English) of the `% say` blocks above the rule
    variables: list[str] = field(default_factory=list)  # global variables, in _why order
    aggregates: list[str] = field(default_factory=list)  # text of each body aggregate, in order
    comparisons: list[str] = field(default_factory=list)  # text of each recorded comparison, in _why order
    # [[i, French, English]]: the sentence of comparison i (`% say (M, N) != (1, 1)` above the rule), said in
    # the explanations instead of the comparison's values (render/words.py)
    comparison_says: list = field(default_factory=list)
    # `% not in the folder: L6122-3, ...`: texts the rule rests on through a fact that stands for
    # them (contract part 2): not applied, said in the explanation and by a warning
    not_in_folder: list[str] = field(default_factory=list)
    # texts not in the folder that the NOTA of a cited version refers its application to (the texts the
    # rules' `% not in the folder` marks name), with the cited ids of those versions: {text: [ids]}, read
    # from the cited ids, not marked rule by rule; the rule's `_nifd(I, D)` rules say on which dates it applied
    nota_texts: dict = field(default_factory=dict)
    why: str = ""  # the derivation record rules of this rule (clingo syntax): `why_text`, not kept by the caches
    # what the body needs for the rule to apply (selection.py): [name, arity, [[i, constant], ...]] for
    # each positive body literal, with the constants it writes (of in_force/3 and in_force_id/2: the versions)
    body_needs: list = field(default_factory=list)
    head_consts: list = field(default_factory=list)  # [[i, constant], ...] of the head (record_rules.head_constants)
    plain: str = ""  # the rule as solved, with its `_nif` rule if any (selection.py grounds rules one by one)
    # the rule as solved when its derivations are recorded: `H :- _why_I(H, ...)`, the record rule
    # `_why_I(H, ...) :- B'.` and the element records (module doc)
    traced: str = ""
    # how the flat record of the traced solve, `_why_I(X1, ..., Xn)`, gives back `why`'s
    # `(H, Vars, Pos, Neg, Cmp, Agg)`: [n, template of each] (`_record_shape`)
    record: list = field(default_factory=list)
    # whether a traced solve records the rule's derivations: not when no explanation can read them,
    # its head being no conclusion and no rule's positive condition (`Reader.unread`)
    recorded: bool = True

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
    key: str = ""  # the digest of the rule files and the modules rewriting them (_cache_key)

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
        from .record_rules import why_text

        return "\n".join(why_text(self.rules[i]) + "\n" + self.shows(i) for i in rules)

    def shows(self, index: int, traced: bool = False) -> str:
        """The #show statements of rule `index`'s records (a record is read from the model): those
        of `why`, or (`traced`) of the flat records of `traced`."""
        if traced and not self.rules[index].recorded:
            return ""  # solved as written in the traced solve too
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
    def demand_predicates(self) -> frozenset:
        """(name, arity) of the demand predicates: those whose rules are marked `% auxiliary (demand)`
        (RuleInfo.demand)."""
        return frozenset(r.signature for r in self.rules if r.demand)

    @cached_property
    def sentences(self) -> dict:
        """name/arity -> [(pattern, French, English, file:line)], from the `% say` blocks of the rules."""
        out: dict = {}
        for r in self.rules:
            for pattern, fr, en in r.says:
                out.setdefault((pattern.split("(", 1)[0], _arity(pattern)), []).append(
                    (pattern, fr, en, f"{r.file}:{r.line}"))
        return out


# clingo AST objects kept on a program (the rules parsed once: selection.statements, whynot_rules.py)
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
        return Program(*_unpack(cached), files=files, key=key)
    shipped = _read_shipped(key)
    if shipped is not None:
        _write_cache(key, shipped[0])
        return Program(*shipped[1], files=files, key=key)
    data = _rewrite(base, files)
    _write_cache(key, data)
    return Program(*_unpack(data), files=files, key=key)


def _rewrite(base: Path, files: list[Path]) -> dict:
    """The rules of `files`, rewritten (plain data: what the caches hold)."""
    from dataclasses import asdict

    from .rule_files import Reader, marked_texts

    loader = Reader(base.parent, nota_registry=marked_texts(files))
    for f in files:
        loader.load(f)
    loader.unread()
    plain = "\n".join(str(s) for s in loader.plain) + "\n"
    fixed = "\n".join(str(s) for s in loader.fixed) + "\n"
    if any(r.not_in_folder for r in loader.rules):
        plain += f"#show {NOT_IN_FOLDER}/1.\n"
        fixed += f"#show {NOT_IN_FOLDER}/1.\n"
    if any(r.nota_texts for r in loader.rules):
        plain += f"#show {NOTA_APPLIED}/2.\n"
        fixed += f"#show {NOTA_APPLIED}/2.\n"
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


# What the rewritten rules are made by: editing one of these makes the caches stale.
REWRITING_MODULES = ("program.py", "rule_files.py", "record_rules.py")


def _cache_key(files: list[Path]) -> str:
    from ._bytecode import sha256  # the interpreter's own (hashlib loads OpenSSL)

    here = Path(__file__).resolve().parent
    h = sha256()
    for module in REWRITING_MODULES:
        h.update(here.joinpath(module).read_bytes())
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


if __name__ == "__main__":  # python -m gcs_reasoner.program: write data/program.json.gz
    print(write_shipped())
