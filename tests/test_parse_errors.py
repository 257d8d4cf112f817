"""The scenario language parser: every bad input gives one ScenarioError at the right place."""

from pathlib import Path

import pytest

from gcs_reasoner.parse import ScenarioError, parse_file, parse_text

FIXTURES = Path(__file__).parent / "parse_fixtures"
HEAD = 'groupement g "G" {\n'  # line 1; the body starts on line 2


def error(text: str) -> ScenarioError:
    with pytest.raises(ScenarioError) as e:
        parse_text(text, "t.gcs")
    return e.value


def body_error(body: str) -> ScenarioError:
    return error(HEAD + body + "\n}\n")


def check(err: ScenarioError, line: int, col: int, *fragments: str) -> None:
    assert (err.line, err.col) == (line, col), str(err)
    for fragment in fragments:
        assert fragment in err.message, str(err)
    assert str(err) == f"t.gcs:{line}:{col}: {err.message}"
    assert "; expected" in err.message or "expected " in err.message, str(err)


M = 'member a "A" {}\nmember b "B" {}\n'  # lines 2-3
ASM = "assembly x on 2008-01-01 "  # an assembly statement opening on line 4 after M


# (body, line, col, fragments): each on a groupement whose body starts on line 2
CASES = {
    # -- a capital of nothing (stop 21, black-box review): neither a capital nor none
    "capital 0": ("capital 0 EUR", 2, 1, ["capital 0 EUR: a groupement without a capital is written `capital none`"]),
    # -- syntax: unknown keywords and values, with suggestions
    "unknown value": ('member a "A" { sector publik }', 2, 23,
                      ["unknown value 'publik' for sector", "expected public or private", "did you mean 'public'?"]),
    "unknown keyword": ('member a "A" {\n  kindd health_establishment\n}', 3, 3,
                        ["unknown keyword 'kindd'", "expected a member statement (kind, sector, region, rights",
                         "did you mean 'kind'?"]),
    "unknown groupement keyword": ("sektor public", 2, 1, ["unknown keyword 'sektor'", "groupement statement"]),
    "as_of": ("as_of 2008-01-01", 2, 1, ["unknown keyword 'as_of'", "did you mean 'as of'?"]),
    "clause keyword": ('member a "A" {}\nwithdrawal a notified 2008-01-01 effectiv 2008-12-31', 3, 34,
                       ["unknown keyword 'effectiv'", "effective", "did you mean 'effective'?"]),
    "matter": ('member a "A" {}\nassembly x on 2008-01-01 { deliberation d on admision of a { } }', 3, 46,
               ["unknown value 'admision' for deliberation", "expected a matter (budget, accounts,",
                "did you mean 'admission'?"]),
    "mention": ("convention { mentions name_and_seat, memberz }", 2, 38,
                ["unknown value 'memberz' for mentions", "expected a mention (name_and_seat, members,",
                 "did you mean 'members'?"]),
    "contribution form": ('member a "A" {}\ncontribution a cahs 10', 3, 16,
                          ["unknown value 'cahs' for contribution", "cash, in_kind, industry or securities",
                           "did you mean 'cash'?"]),
    "keyword as value": ('member a "A" { sector health_establishment }', 2, 23,
                         ["invalid value 'health_establishment' for sector", "expected public or private"]),
    "statement of another block": ('member a "A" { object "x" }', 2, 16,
                                   ["'object' is not allowed here", "expected a member statement"]),
    "missing comma": ('member a "A" {}\nassembly x on 2008-01-01 { present a a }', 3, 38,
                      ["unexpected word 'a'", "','", "separated by commas"]),
    "date expected": ("as of 2008", 2, 7, ["unexpected number '2008'", "expected a date (YYYY-MM-DD)"]),
    "year expected": ("budget 2008-01-01 revenue 1 expenses 1", 2, 8,
                      ["unexpected date '2008-01-01' after 'budget'", "expected a year (YYYY)"]),
    "string expected": ("member a {}", 2, 10, ["unexpected '{'", 'expected a quoted text ("...")']),
    "missing value": ('member a "A" { kind }', 2, 21, ["unexpected '}' after 'kind'", "expected a kind"]),
    "outside the braces": ('member a "A" {}\n}\nmember b "B" {}\n#', 4, 1,
                           ["after the end of the groupement", "expected end of file"]),
    "uppercase word": ('member Chu "A" {}', 2, 8, ["invalid word 'Chu'", "lowercase"]),
    "accented identifier": ('member clinique_é "A" {}', 2, 8, ["invalid word 'clinique_é'", "ASCII"]),
    "unterminated text": ('member a "A { }', 2, 10, ["unterminated text", "closing '\"'"]),
    "stray character": ('member a "A" {};', 2, 16, ["unexpected character ';'"]),
    "eur in lowercase": ("capital 100 eur", 2, 13, ["unknown keyword 'eur'", "did you mean 'EUR'?"]),
    # -- reserved words are not identifiers
    "reserved member id": ('member public "X" {}', 2, 8,
                           ["'public' is a reserved word and cannot be an identifier", "expected an identifier"]),
    "reserved reference": ('member a "A" {}\nassembly x on 2008-01-01 { present a, budget }', 3, 39,
                           ["'budget' is a reserved word"]),
    "reserved assembly id": ("assembly capital on 2008-01-01 {}", 2, 10, ["'capital' is a reserved word"]),
    # a list ended with a comma: the next line's statement is not "a reserved word" (it was), the comma is at fault
    "trailing comma": ('member a "A" {}\nassembly x on 2008-01-01 {\n  present a,\n  deliberation d1 on budget {}\n}',
                       4, 12, ["the list ends with ','", "next line starts with 'deliberation'",
                               "remove the comma"]),
    "reserved deliberation id": ('assembly x on 2008-01-01 { deliberation for on budget {} }', 2, 41,
                                 ["'for' is a reserved word"]),
    "reserved by": ('member a "A" {}\nassembly x on 2008-01-01 { convened_on 2008-01-01 by public }', 3, 54,
                    ["'public' is a reserved word", "expected administrator or an identifier"]),
    # -- dates and numbers
    "30 February": ("as of 2008-02-30", 2, 7, ["invalid date 2008-02-30: February 2008 has 29 days"]),
    "29 February": ("approved 2007-02-29", 2, 10, ["invalid date 2007-02-29: February 2007 has 28 days"]),
    "month 13": ("as of 2008-13-01", 2, 7, ["invalid date 2008-13-01: there is no month 13"]),
    "date format": ("as of 2008-1-01", 2, 7, ["invalid date '2008-1-01'", "expected a date YYYY-MM-DD"]),
    "day 0": ('member a "A" { joined 2008-01-00 }', 2, 23, ["invalid date 2008-01-00: January 2008 has 31 days"]),
    "zero rights": ('member a "A" { rights 0 }', 2, 23, ["invalid rights 0", "expected a positive integer"]),
    "negative rights": ('member a "A" { rights -3 }', 2, 23, ["invalid rights -3", "expected a positive integer"]),
    "negative amount": ("capital -5 EUR", 2, 9, ["negative amount -5"]),
    "negative contribution": ('member a "A" {}\ncontribution a cash -1_000', 3, 21, ["negative amount -1_000"]),
    "bad number": ("capital 5x", 2, 9, ["invalid number '5x'"]),
    "bad year": ("budget 08 revenue 1 expenses 2", 2, 8, ["invalid year '08'", "expected a year YYYY"]),
    "negative notice": ("convention { notice_days -1 }", 2, 26, ["negative number -1 for notice_days"]),
    # -- at most once
    "seat twice": ('seat "A"\nseat "B"', 3, 1, ["duplicate 'seat' statement (first at line 2)"]),
    "as of twice": ("as of 2008-01-01\n\nas of 2009-01-01", 4, 1, ["duplicate 'as of' statement (first at line 2)"]),
    "convention twice": ("convention {}\nconvention {}", 3, 1, ["duplicate 'convention' statement"]),
    "administrator twice": ('member a "A" {}\nadministrator a elected 2008-01-01\nadministrator a elected 2009-01-01',
                            4, 1, ["duplicate 'administrator' statement (first at line 3)"]),
    "dissolution twice": (M + ASM + "{ deliberation d on dissolution { for a } }\n"
                          "dissolution by x.d\ndissolution by x.d", 6, 1, ["duplicate 'dissolution by x.d' statement",
                                                                          "at most one in a groupement for one deliberation"]),
    "budget year twice": ("budget 2008 revenue 1 expenses 1\nbudget 2008 revenue 2 expenses 2", 3, 1,
                          ["duplicate 'budget 2008' statement (first at line 2)"]),
    "member attribute twice": ('member a "A" {\n kind health_centre\n kind health_centre\n}', 4, 2,
                               ["duplicate 'kind' statement (first at line 3)", "member a"]),
    "convention statement twice": ("convention {\n notice_days 10\n notice_days 20\n}", 4, 2,
                                   ["duplicate 'notice_days' statement (first at line 3)"]),
    "majority twice": ("convention { majority budget simple majority budget unanimity }", 2, 37,
                       ["duplicate 'majority budget' statement"]),
    "assembly statement twice": (M + ASM + "{ urgent urgent }", 4, 35, ["duplicate 'urgent' statement",
                                                                        "assembly x"]),
    "ground twice": (M + ASM + "{ deliberation d on exclusion of a { ground breach ground breach } }", 4, 77,
                     ["duplicate 'ground' statement"]),
    "voted twice": (M + ASM + "{ deliberation d on budget { for a, b against a } }", 4, 72,
                    ["'a' already voted at line 4, column 59"]),
    "listed twice": (M + ASM + "{ present a, b, a }", 4, 42, ["'a' is listed twice"]),
    # -- names
    "duplicate member": ('member a "A" {}\nmember a "B" {}', 3, 8,
                         ["duplicate identifier 'a': already declared at line 2 as a member"]),
    "member and assembly share ids": ('member a "A" {}\nassembly a on 2008-01-01 {}', 3, 10,
                                      ["duplicate identifier 'a': already declared at line 2 as a member"]),
    "associate and avenant share ids": ('associate a "A" {}\navenant a on 2008-01-01 for convention_change', 3, 9,
                                        ["already declared at line 2 as an associate"]),
    "duplicate deliberation": (M + ASM + "{ deliberation d on budget {} deliberation d on budget {} }", 4, 69,
                               ["duplicate deliberation 'd' in assembly x (first at line 4)"]),
    "unknown member": ('member clinique_x "X" {}\nwithdrawal clinic_x notified 2008-01-01', 3, 12,
                       ["unknown member 'clinic_x'", "expected a declared member", "did you mean 'clinique_x'?"]),
    "unknown member in vote": (M + ASM + "{ deliberation d on budget { for a, c } }", 4, 62, ["unknown member 'c'"]),
    "unknown assembly": (M + ASM + "{ reconvenes y }", 4, 39, ["unknown assembly 'y'", "expected a declared assembly"]),
    "member as assembly": (M + ASM + "{ reconvenes a }", 4, 39, ["'a' is a member, not an assembly"]),
    "assembly as member": (M + ASM + "{ present a, x }", 4, 39, ["'x' is an assembly, not a member"]),
    "unknown deliberation": (M + "assembly ag1 on 2008-01-01 { deliberation d1 on dissolution { for a } }\n"
                             "dissolution by ag1.d9", 5, 20,
                             ["unknown deliberation 'ag1.d9'", "expected a deliberation of assembly ag1 (d1)",
                              "did you mean 'ag1.d1'?"]),
    "unknown assembly in reference": (M + "assembly ag1 on 2008-01-01 {}\nseat_transfer to \"B\" by ag2.d1", 5, 25,
                                      ["unknown assembly 'ag2'", "did you mean 'ag1'?"]),
    "spaced reference": (M + "assembly ag1 on 2008-01-01 { deliberation d1 on dissolution { } }\n"
                         "dissolution by ag1 . d1", 5, 16, ["without spaces"]),
    "unknown dissolution case": ('case_occurred "fire" on 2008-01-01\nconvention { dissolution_case "fires" }', 2, 1,
                                 ['unknown dissolution case "fire"', 'did you mean "fires"?']),
    "dissolution case without convention": ('case_occurred "fire" on 2008-01-01', 2, 1,
                                            ['unknown dissolution case "fire"', "no convention block"]),
    "merger of itself": (M + "merger a of b, a on 2008-01-01", 4, 16, ["'a' results from the merger"]),
    "reconvenes itself": (M + ASM + "{ reconvenes x }", 4, 39, ["cannot reconvene itself"]),
    "own proxy": (M + ASM + "{ proxy a to a }", 4, 39, ["cannot hold its own proxy"]),
    # -- `of M`
    "admission without of": (M + ASM + "{ deliberation d on admission { } }", 4, 46,
                             ["a deliberation on admission must say which member", "expected 'admission of M'"]),
    "exclusion without of": (M + ASM + "{ deliberation d on exclusion { } }", 4, 46, ["expected 'exclusion of M'"]),
    "of not allowed": (M + ASM + "{ deliberation d on budget of a { } }", 4, 53,
                       ["'of a' is not allowed for a deliberation on budget", "only for admission and exclusion"]),
    # -- associates are not members
    "associate present": ('member a "A" {}\nassociate dr_dupont "D" {}\n' + ASM + "{ present a, dr_dupont }", 4, 39,
                          ["'dr_dupont' is an associate (L6161-10), not a member"]),
    "associate proxy": ('member a "A" {}\nassociate dr_dupont "D" {}\n' + ASM + "{ proxy a to dr_dupont }", 4, 39,
                        ["'dr_dupont' is an associate (L6161-10), not a member"]),
    "associate votes": ('member a "A" {}\nassociate dr_dupont "D" {}\n' + ASM
                        + "{ deliberation d on budget { against dr_dupont } }", 4, 63, ["is an associate"]),
    "associate withdraws": ('associate dr_dupont "D" {}\nwithdrawal dr_dupont notified 2008-01-01', 3, 12,
                            ["'dr_dupont' is an associate (L6161-10), not a member"]),
    "associate contributes": ('associate dr_dupont "D" {}\ncontribution dr_dupont cash 10', 3, 14,
                              ["is an associate"]),
    # -- groupements
    "two groupements": ('}\ngroupement h "H" {\n', 3, 1,
                        ["a second groupement (the first is at line 1)", "expected one groupement per file"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_error(name):
    body, line, col, fragments = CASES[name]
    check(body_error(body), line, col, *fragments)


def test_associate_accepted_where_the_reasoner_judges_the_act():
    """contract_with, convened_by, chaired_by, chair: an associate parses (the law decides).

    Not the administrator: part 2 of the contract (section 10) makes an associate
    named administrator an error (tests/test_language_part2.py)."""
    grp = parse_text(HEAD + 'associate c "C" {}\nmember a "A" { contract_with c }\n'
                     "convention { chair c }\n"
                     "assembly x on 2008-01-01 { convened_on 2007-12-01 by c chaired_by c }\n}").groupement
    assert grp.convention.chair.value == "c"
    assert (grp.assemblies[0].convened_by.value, grp.assemblies[0].chaired_by.value) == ("c", "c")
    check(body_error('administrator z elected 2008-01-01\nassembly x on 2008-01-01 {}'), 2, 15,
          "unknown member 'z'", "expected a declared member")


def test_no_groupement():
    for text in ("", "# only a comment\n", "\n\n   \n"):
        check(error(text), 1, 1, "no groupement in the file", "expected 'groupement ID \"Name\" { ... }'")


def test_misspelt_groupement():
    check(error('groupment g "G" {}'), 1, 1, "unexpected word 'groupment'", "did you mean 'groupement'?")


def test_unexpected_end_of_file():
    check(error('groupement g "G" {\n  member a "A" {'), 2, 17, "unexpected end of file",
          "expected a member statement")
    check(error('groupement g "G" {\n  as of'), 2, 8, "unexpected end of file", "expected a date (YYYY-MM-DD)")


def test_truncated_skeleton_always_gives_a_scenario_error():
    """Cut the spec's skeleton after every line: always a ScenarioError, never another exception."""
    lines = (FIXTURES / "skeleton.gcs").read_text(encoding="utf-8").splitlines(keepends=True)
    for n in range(len(lines)):
        text = "".join(lines[:n])
        with pytest.raises(ScenarioError) as e:
            parse_text(text, "t.gcs")
        assert e.value.line >= 1 and e.value.col >= 1, (n, str(e.value))
        assert "internal error" not in e.value.message


def test_mutated_skeleton_never_raises_anything_else():
    """Drop, duplicate or cut words of the skeleton: a Scenario or a ScenarioError, nothing else."""
    import random
    import re

    text = (FIXTURES / "skeleton.gcs").read_text(encoding="utf-8")
    pieces = re.findall(r'"[^"\n]*"|[^\s]+|\s+', text)
    words = [p for p in pieces if not p.isspace()]
    rnd = random.Random(20080630)
    for _ in range(150):
        mutated = list(pieces)
        j = rnd.randrange(len(mutated))
        op = rnd.randrange(3)
        if op == 0:
            mutated[j] = ""
        elif op == 1:
            mutated[j] = rnd.choice(words)
        else:
            mutated[j] = mutated[j][: rnd.randrange(len(mutated[j]) + 1)]
        try:
            parse_text("".join(mutated), "t.gcs")
        except ScenarioError as e:
            assert e.line >= 1 and e.col >= 1 and "internal error" not in e.message, str(e)


def test_unreadable_file(tmp_path):
    missing = tmp_path / "nope.gcs"
    with pytest.raises(ScenarioError) as e:
        parse_file(missing)
    assert (e.value.path, e.value.line, e.value.col) == (str(missing), 0, 0)
    assert "cannot read the file" in e.value.message
    with pytest.raises(ScenarioError) as e:
        parse_file(tmp_path)  # a directory
    assert "cannot read the file" in e.value.message


def test_file_not_utf8(tmp_path):
    f = tmp_path / "latin1.gcs"
    f.write_bytes('groupement g "G" {\n  seat "Bézier"\n}\n'.encode("latin-1"))
    with pytest.raises(ScenarioError) as e:
        parse_file(f)
    assert (e.value.line, e.value.col) == (2, 10) and "not UTF-8" in e.value.message


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85", "\x9b"])
def test_a_message_echoing_a_quoted_text_writes_its_separators_and_controls_as_escapes(char):
    """A quoted text may hold a line separator or a C1 control (the fuzzer found one in a dissolution
    case); a message that echoes it stays one line, the character written as an escape."""
    err = body_error(f'  convention {{\n    object "IRM"\n    dissolution_case "a{char}b"\n  }}\n'
                     f'  case_occurred "c" on 2007-10-01')
    assert f'"a\\u{ord(char):04x}b"' in err.message, str(err)
    assert char not in str(err) and "\n" not in str(err)
    assert err.line == 6
