"""The inputs of the fuzzing run (fuzz.py): the example files, mutated.

Every example file (`facts/*.gcs`, `tests/parse_fixtures/*.gcs`) is a seed;
the mutators change it as a careless hand, a broken editor or a hostile file
would: bytes and characters flipped, tokens and lines deleted, duplicated,
swapped, two files spliced, keywords swapped for other keywords or
identifiers, numbers and dates replaced with extreme ones, odd encodings,
well-formed statements with extreme values inserted; and a few huge or deep
files. Each mutator takes a `Chooser` (random.Random, or hypothesis's draws
in tests/test_fuzz.py) and a text, and gives a text or bytes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Optional, Union

Input = Union[bytes, str]  # bytes: a file's content; str: text given to `loads` (may hold lone surrogates)

_PACKAGE = Path(__file__).resolve().parent
REPO = _PACKAGE.parent

# ---------------------------------------------------------------------------
# Seeds and vocabulary

_FALLBACK_SEED = """\
groupement pharma_test "GCS Pharmacie test" {
  as of 2008-03-01
  approved 2006-04-01
  seat "Vannes" region "Bretagne"
  member ch_a "CH A" { kind health_establishment sector public region "Bretagne" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Bretagne" rights 40 }
  withdrawal ch_b notified 2007-03-01
}
"""


def seed_files() -> list[Path]:
    """The example files of the repository (empty when the package is installed elsewhere)."""
    files = sorted((REPO / "facts").glob("*.gcs")) + sorted((REPO / "tests" / "parse_fixtures").glob("*.gcs"))
    return [f for f in files if f.is_file()]


_SEEDS: Optional[list] = None


def seeds() -> list[tuple[str, str]]:
    """(name, text) of every example file; a built-in one when there is none."""
    global _SEEDS
    if _SEEDS is None:
        _SEEDS = [(f.name, f.read_text(encoding="utf-8")) for f in seed_files()] or [("builtin.gcs", _FALLBACK_SEED)]
    return _SEEDS


_KEYWORDS: Optional[list] = None


def keywords() -> list[str]:
    """Every keyword of the grammar (string literals of grammar.lark)."""
    global _KEYWORDS
    if _KEYWORDS is None:
        grammar = (_PACKAGE / "grammar.lark").read_text(encoding="utf-8")
        _KEYWORDS = sorted(set(re.findall(r'"([a-z_]+)"', grammar)))
    return _KEYWORDS


BIG = "1" + "0" * 5000  # 10^5000
EXTREME_NUMBERS = [
    "0", "-1", "1", "-0", "00", "007", "1_000", "1__0", "1_", "_1", "1e3", "0x10",
    "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
    "9223372036854775807", "9223372036854775808", "18446744073709551616",
    "9" * 40, "9" * 4300, "9" * 4301, BIG,
]
EXTREME_DATES = [
    "0000-01-01", "0001-01-01", "9999-12-31", "2008-02-30", "2100-02-29", "2000-02-29",
    "2008-02-29", "1899-12-31", "2200-01-01", "1970-01-01", "2005-12-31", "2006-01-01",
    "2009-07-22", "2009-07-23", "2010-07-25", "2010-07-26", "2008-13-01", "2008-00-10",
    "2008-01-00", "2008-1-1", "10000-01-01", "99999-12-31", "2008-01-01-01", "0-0-0",
    "2008-01-32", "-2008-01-01",
]
ODD_CHARS = [
    "\0", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\xa0", "\u200b", "\u2028",
    "\u2029", "\ufeff", "\ufffd", "\udc80", "\ud800", "é", "€", "\U0001f600", "\r", "\n", "\t", '"',
    "{", "}", ",", ".", "#", "-", "_", "\\", "'", ";", ":", "=", "(", " ",
]
ODD_STRINGS = [
    "", " ", "é" * 3, "\0", "a\0b", "\x01\x02", "\r", "a\rb", "\t", "\\", "\\n", "\u2028", "\x1b[31mred",
    "x" * 100_000, "\U0001f3e5", "\udc80", "#not a comment", "{ }", "a,b",
]

_TOKEN_RE = re.compile(r'"[^"\n]*"|#[^\n]*|[A-Za-z0-9_\-]+|\s+|.', re.S)
_NUMBER_RE = re.compile(r"(?<![\w\-])-?\d[\d_]*(?![\w\-])")
_DATE_RE = re.compile(r"(?<![\w\-])\d{4}-\d{2}-\d{2}(?![\w\-])")
_WORD_RE = re.compile(r"(?<![\w\-\"])[a-z][a-z0-9_]*(?![\w\-])")
_STRING_RE = re.compile(r'"[^"\n]*"')


class Chooser:
    """The random decisions of the mutators: `random.Random` fits; the tests pass hypothesis's draws."""

    def randint(self, a: int, b: int) -> int:  # pragma: no cover - interface
        raise NotImplementedError

    def choice(self, seq):  # pragma: no cover - interface
        raise NotImplementedError


# ---------------------------------------------------------------------------
# Mutators: (chooser, text) -> text or bytes. Each uses only randint and choice.


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def _replace_match(r, text: str, regex, values) -> str:
    found = list(regex.finditer(text))
    if not found:
        return text
    m = r.choice(found)
    return text[: m.start()] + r.choice(values) + text[m.end():]


def m_byte_flip(r, text: str) -> bytes:
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    if not data:
        return bytes([r.randint(0, 255)])
    for _ in range(r.randint(1, 4)):
        i = r.randint(0, len(data) - 1)
        data[i] = r.choice([data[i] ^ (1 << r.randint(0, 7)), r.randint(0, 255), 0, 0x80, 0xFF, 0xC3])
    return bytes(data)


def m_char_insert(r, text: str) -> str:
    i = r.randint(0, len(text))
    return text[:i] + r.choice(ODD_CHARS) * r.choice([1, 1, 2, 3, 100]) + text[i:]


def m_char_delete(r, text: str) -> str:
    if not text:
        return text
    i = r.randint(0, len(text) - 1)
    return text[:i] + text[i + r.randint(1, 8):]


def m_token_delete(r, text: str) -> str:
    t = tokens(text)
    if t:
        del t[r.randint(0, len(t) - 1)]
    return "".join(t)


def m_token_duplicate(r, text: str) -> str:
    t = tokens(text)
    if t:
        i = r.randint(0, len(t) - 1)
        t.insert(i, t[i] + r.choice([" ", ""]))
    return "".join(t)


def m_token_swap(r, text: str) -> str:
    t = tokens(text)
    words = [i for i, x in enumerate(t) if not x.isspace()]
    if len(words) >= 2:
        i = r.choice(words)
        j = r.choice(words + [min(i + 2, len(t) - 1)])
        t[i], t[j] = t[j], t[i]
    return "".join(t)


def m_line_delete(r, text: str) -> str:
    lines = text.splitlines(keepends=True)
    if lines:
        i = r.randint(0, len(lines) - 1)
        del lines[i: i + r.choice([1, 1, 2, 5])]
    return "".join(lines)


def m_line_duplicate(r, text: str) -> str:
    lines = text.splitlines(keepends=True)
    if lines:
        i = r.randint(0, len(lines) - 1)
        lines.insert(r.randint(0, len(lines)), lines[i] if lines[i].endswith("\n") else lines[i] + "\n")
    return "".join(lines)


def m_line_swap(r, text: str) -> str:
    lines = text.splitlines(keepends=True)
    if len(lines) >= 2:
        i, j = r.randint(0, len(lines) - 1), r.randint(0, len(lines) - 1)
        lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


def m_splice(r, text: str) -> str:
    _, other = r.choice(seeds())
    a, b = text.splitlines(keepends=True), other.splitlines(keepends=True)
    if not b:
        return text
    i = r.randint(0, len(b) - 1)
    chunk = b[i: i + r.choice([1, 3, 10, 40])]
    k = r.randint(0, len(a))
    return "".join(a[:k] + chunk + a[k:])


def m_keyword(r, text: str) -> str:
    idents = sorted(set(_WORD_RE.findall(text)) - set(keywords())) or ["x"]
    pool = keywords() + idents + ["groupement", "membre", "x", "a" * 300, "kindd", "Member", "ch_a", "_x", "9x"]
    return _replace_match(r, text, _WORD_RE, pool)


def m_number(r, text: str) -> str:
    return _replace_match(r, text, _NUMBER_RE, EXTREME_NUMBERS)


def m_date(r, text: str) -> str:
    return _replace_match(r, text, _DATE_RE, EXTREME_DATES)


def m_string(r, text: str) -> str:
    return _replace_match(r, text, _STRING_RE, ['"' + s + '"' for s in ODD_STRINGS] + ['"', '""""', "''"])


def m_encoding(r, text: str) -> Input:
    how = r.randint(0, 13)
    if how == 0:
        return "\ufeff" + text
    if how == 1:
        return text.replace("\n", "\r\n")
    if how == 2:
        return text.replace("\n", "\r")
    if how == 3:
        return re.sub(r"(?m)^ +", lambda m: "\t" * len(m.group()), text)
    if how == 4:
        return text.replace("\n", r.choice(["\r\n", "\r", "\n\r", "\x0b", "\x0c", "\x85", "\u2028"]), r.randint(1, 5))
    if how == 5:
        return text.encode("latin-1", "replace")
    if how == 6:
        return text.encode(r.choice(["utf-16", "utf-16-le", "utf-32", "cp1252"]), "replace")
    if how == 7:
        return text + "\0" * r.choice([1, 10])
    if how == 8:
        return "\0" + text
    if how == 9:
        return text.rstrip("\n")
    if how == 10:
        return text.encode("utf-8", "surrogatepass") + bytes([r.choice([0x80, 0xC0, 0xE2, 0xED, 0xF0, 0xF8, 0xFF])])
    if how == 11:  # an encoded surrogate, an overlong encoding
        b = text.encode("utf-8", "surrogatepass")
        i = r.randint(0, len(b))
        return b[:i] + r.choice([b"\xed\xb2\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf4\x90\x80\x80"]) + b[i:]
    if how == 12:  # a lone surrogate, through loads (a file cannot hold one)
        i = r.randint(0, len(text))
        return text[:i] + r.choice(["\udc80", "\ud800", "\udfff"]) + text[i:]
    return "\ufeff" + text.replace("\n", "\r\n")


def _ids(text: str, kind: str) -> list[str]:
    return re.findall(rf"\b{kind}\s+([a-z][a-z0-9_]*)", text)


def _date(r) -> str:
    if r.randint(0, 2) == 0:
        return r.choice(EXTREME_DATES)
    return f"{r.randint(2003, 2012):04d}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _number(r) -> str:
    return r.choice(EXTREME_NUMBERS) if r.randint(0, 2) == 0 else str(r.choice([1, 2, 3, 6, 10, 15, 24, 50, 100, 1000]))


_STATEMENTS = [
    "as of {D}", "approved {D}", "duration until {D}", "capital {N} EUR", "budget {Y} revenue {N} expenses {N}",
    "result {Y} surplus {N} allocated reserves", "result {Y} deficit {N} allocated carried_forward",
    "contribution {M} cash {N}", "contribution {M} in_kind immovable {N} EUR",
    "participation {M} financial {N} year {Y} valued flat", "participation {M} staff {N} year {Y} valued real_cost",
    "administrator {M} elected {D}", "administrator {M} elected {D} by {A}.{L} paid flat_allowance",
    "withdrawal {M} notified {D}", "withdrawal {M} notified {D} effective {D}", "merger {M} of {M}, {M} on {D}",
    "member {I} \"New\" {{ kind health_establishment sector public rights {N} joined {D} }}",
    "member {I} \"Dr\" {{ kind liberal_medical_professional individual contract_with {M} authorised {D} }}",
    "member {I} \"Lab\" {{ kind other_care_organisation sector private procedure liquidation funding d }}",
    "assembly {I} on {D} {{ convened_on {D} by administrator present {M}, {M} proxy {M} to {M} "
    "deliberation d1 on exclusion of {M} {{ for {M} against {M} ground breach heard {M} }} }}",
    "assembly {I} on {D} {{ convened_on {D} by {M} urgent reconvenes {A} present {M} "
    "deliberation d1 on dissolution {{ for {M} }} deliberation d2 on admission of {M} {{ for {M} abstain {M} }} }}",
    "convention {{ notice_days {N} withdrawal_notice_months {N} majority exclusion unanimity chair {M} }}",
    "avenant {I} on {D} for admission of {M} approved_on {D} published_on {D}",
    "avenant {I} on {D} for seat_transfer approved_on {D}",
    "dissolution by {A}.{L} notified {D}", "seat_transfer to \"Ailleurs\" region \"Corse\" by {A}.{L}",
    "case_occurred \"perte\" on {D}", "consultation \"Bretagne\" sent {D} answered {D}",
    "published_in \"Bretagne\" on {D}", "activity_report {Y} approved_by {A}.{L} sent {D}",
    "liquidator \"Me X\" by {A}.{L}", "medical_act {I} tariff {N} billed {N}", "staff {I} made_available_by {M}",
    # part 2 (docs/scenario-language-2009-today.md)
    "authorisation {I} care_activity \"C\" held_by {M} granted {D} until {D} modification_requested {D}",
    "authorisation {I} heavy_equipment \"IRM\" held_by groupement", "operates {I} site \"S\"",
    "submitted {D}", "tariff_option d received {D}", "coordination_support", "budget_referral {Y} on {D}",
    "ars_decision {I} on {D} notified {D} {{ approves convention grants {I} finding no_assembly injunction until {D} "
    "sets_budget {Y} dissolves reasoned }}", "reply to {I} on {D} measures asks_extension",
    "deputy {M} elected {D} by {A}.{L} until {D}", "administrator_unavailable from {D} until {D}",
    "committee members {M}, {M} elected {D} by {A}.{L} until {D}",
    "delegation to committee matters certification, other by {A}.{L} until {D}",
    "committee_meeting {I} on {D} {{ convened_on {D} present {M} minutes_sent {D} deliberation d1 on other {{ for {M} }} }}",
    "challenge {M} of {I}.{L} on {D} answered {D}", "rights_change {M} {N} on {D} by {A}.{L} ground membership",
    "board_member \"X\" as qualified appointed_by prefect user_representative",
    "dissolution by operation_of_law notified {D} published {D}",
    "member {I} \"Lib\" {{ kind health_house profession medical liberal profit_supplier services eligible_holder }}",
    "convention {{ signed_by {M} vocation joint_operation tariff_scale abc vote_weight rights meeting_days {N} "
    "restricted_committee full_gbcp }}",
]


def m_statement(r, text: str) -> str:
    """Insert a well-formed statement with extreme values before the groupement's closing brace."""
    members = _ids(text, "member") or ["ch_a"]
    assemblies = _ids(text, "assembly") or ["ag1"]
    fill = {
        "D": lambda: _date(r), "N": lambda: _number(r), "M": lambda: r.choice(members),
        "A": lambda: r.choice(assemblies), "L": lambda: r.choice(["d1", "d2", "d3"]),
        "Y": lambda: r.choice(["2007", "2008", "0000", "9999", "1", "20088", "2147483648", BIG]),
        "I": lambda: r.choice(["zz_new", "zz_new2", members[0], "x" * r.choice([1, 1000])]),
    }
    template = r.choice(_STATEMENTS)
    stmt = re.sub(r"\{([A-Z])\}", lambda m: fill[m.group(1)](), template).replace("{{", "{").replace("}}", "}")
    k = text.rfind("}")
    if k < 0:
        return text + "\n" + stmt + "\n"
    return text[:k] + "  " + stmt + "\n" + text[k:]


MUTATORS: list[Callable] = [
    m_byte_flip, m_char_insert, m_char_delete, m_token_delete, m_token_duplicate, m_token_swap,
    m_line_delete, m_line_duplicate, m_line_swap, m_splice, m_keyword, m_number, m_date, m_string,
    m_encoding, m_statement, m_statement, m_number, m_date,
]


def mutate(r, text: str, rounds: Optional[int] = None) -> tuple[Input, list[str]]:
    """A few mutations stacked; once bytes, the input stays as it is. Returns (input, names of the mutators)."""
    ops = []
    data: Input = text
    for _ in range(rounds if rounds is not None else r.choice([1, 1, 1, 2, 2, 3, 5])):
        if not isinstance(data, str):
            break
        m = r.choice(MUTATORS)
        ops.append(m.__name__)
        data = m(r, data)
    return data, ops


# Huge and deep inputs: rare in the long run, each its own time limit.

def huge_members(n: int = 100_000, valid: bool = True) -> str:
    body = "".join(f'  member m{i} "M{i}" {{ kind health_establishment sector public rights 1 }}\n' for i in range(n))
    tail = "}\n" if valid else "  colour blue\n}\n"
    return 'groupement huge "Huge" {\n  as of 2008-03-01\n  approved 2006-04-01\n' + body + tail


def huge_inputs() -> list[tuple[str, Input, float]]:
    """(name, input, time limit in seconds)."""
    head = 'groupement g "G" {\n  as of 2008-03-01\n'
    return [
        ("members_100000_bad_last_line", huge_members(100_000, valid=False), 120.0),
        ("members_10000", huge_members(10_000), 120.0),
        ("members_100000", huge_members(100_000), 600.0),
        ("open_braces_10000", head + "{" * 10_000, 30.0),
        ("nested_members_10000", head + 'member m "M" {' * 10_000, 30.0),
        ("closing_braces_10000", head + "}" * 10_000, 30.0),
        ("comment_lines_100000", head + "# c\n" * 100_000 + "}\n", 30.0),
        ("identifier_1000000", head + "member " + "m" * 1_000_000 + ' "M" { }\n}\n', 60.0),
        ("string_1000000", head + 'seat "' + "s" * 1_000_000 + '"\n}\n', 60.0),
        ("line_1000000_spaces", head + " " * 1_000_000 + "}\n", 30.0),
        ("number_100000_digits", head + "capital " + "9" * 100_000 + "\n}\n", 30.0),
        ("date_10000_parts", head + "approved " + "-".join(["2008"] * 10_000) + "\n}\n", 30.0),
        ("unterminated_string_1000000", head + 'seat "' + "s" * 1_000_000, 30.0),
        ("list_100000", head.replace("{\n", "{\n  member a \"A\" { }\n") + "  assembly ag on 2007-01-01 { present "
         + ", ".join(["a"] * 100_000) + " }\n}\n", 120.0),
    ]
