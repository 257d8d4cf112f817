"""The JSON output (`gcs-reasoner check FILE --format json`) against its contract.

- it validates against the JSON Schema of the project, docs/output.schema.json
  (version 2: shared nodes, issue 11), and against the spec's schema
  (version 1) it extends;
- every fact of a trace points at a line of the scenario that states it (the
  line holds the fact's statement keyword, e.g. `withdrawal` for
  `withdrawal(...)`, or the item for a list spread over several lines);
- every fact of the law calendar points at the inventory line of its text;
- every rule node quotes the law verbatim (gcs_reasoner.law.quote_in_text).

Scenarios: the language fixtures and one scenario of each topic of facts/.
"""

import json
import re
from datetime import date
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import law
from gcs_reasoner.render.json_out import as_dict, expand

ROOT = Path(__file__).resolve().parent.parent
ROOT_DIR = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT_DIR / "docs" / "output.schema.json"
SHARED_SCHEMA = ROOT_DIR.parent / "shared" / "spec" / "output.schema.json"  # beside the checkout, if there
INVENTORY_LABEL = "gcs_reasoner/data/law/provisions.yaml"


def _scenarios() -> list[Path]:
    """The language fixtures, and the first scenario of each topic of facts/ (prefix before '_')."""
    out = [ROOT / "tests/parse_fixtures/skeleton.gcs", ROOT / "tests/parse_fixtures/extensions.gcs"]
    seen = set()
    for p in sorted((ROOT / "facts").glob("*.gcs")):
        topic = p.stem.split("_")[0]
        if topic not in seen:
            seen.add(topic)
            out.append(p)
    return [p for p in out if p.exists()]


SCENARIOS = _scenarios()


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the dev extra (pip install -e '.[dev]')")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


_docs: dict = {}


def _doc(path: Path) -> dict:
    """The JSON document of a scenario, through the same code as the CLI (and a JSON round trip)."""
    if path not in _docs:
        result = gcs.reason(gcs.load(path.relative_to(ROOT)))
        _docs[path] = json.loads(json.dumps(as_dict(result), ensure_ascii=False))
    return _docs[path]


# --- traces ------------------------------------------------------------------------------


def _walk(node):
    yield node
    for b in node.get("because", []):
        yield from _walk(b)


def _nodes(doc):
    for c in expand(doc)["conclusions"]:
        yield from _walk(c["trace"])


def _split_fact(text: str) -> tuple[str, list[str]]:
    """'vote(ag1, d1, chu, for)' -> ('vote', ['ag1', 'd1', 'chu', 'for']) (strings and nesting respected)."""
    name, paren, rest = text.partition("(")
    if not paren:
        return name, []
    rest = rest[:-1]
    args, depth, cur, in_str = [], 0, "", False
    for ch in rest:
        if in_str:
            cur += ch
            in_str = ch != '"'
        elif ch == '"':
            cur += ch
            in_str = True
        elif ch in "([":
            depth += 1
            cur += ch
        elif ch in ")]":
            depth -= 1
            cur += ch
        elif ch == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
    args.append(cur.strip())
    return name, args


# The words a fact's line must hold, when not its predicate name (or a prefix of it
# at an underscore: `withdrawal_stated_effective` -> `withdrawal`). An int is the
# position of the argument that must be there: items of a list that may run over
# several lines are located at their own word.
KEYWORDS = {
    "as_of": ["as of"],
    "law_date": [0],  # the line where the date first appears
    "declared_member": ["member"],
    "merged": ["merger"],
    "convened_by": ["convened_on"],  # `convened_on DATE by administrator`
    "convention_object": ["object"],
    "convention_chair": ["chair"],
    "mention": [0],
    "attached": [0],
    "result_allocation": [0],
    "publication_mention": [0],
    "requested_by": [1],
    "present": [1],
    "vote": [2],
    "heard": [2],
}


def _expected_words(name: str, args: list[str]) -> list[str]:
    if name == "ars_act":  # `ars_decision D on DATE { grants A  erects ... }`: the act's own word
        return [args[1].strip().split("(")[0]]
    words = []
    for k in KEYWORDS.get(name, []):
        words.append(args[k].strip('"') if isinstance(k, int) else k)
    if name not in KEYWORDS:
        parts = name.split("_")
        words += ["_".join(parts[:i]) for i in range(len(parts), 0, -1) if len("_".join(parts[:i])) >= 4]
    return words or [name]


def _has_word(line: str, word: str) -> bool:
    pattern = r"\s+".join(re.escape(w) for w in word.split())
    return re.search(r"(?<![A-Za-z0-9_])" + pattern + r"(?![A-Za-z0-9_])", line) is not None


def test_schema_extends_the_spec():
    """Version 2 adds fields (nodes, texts_in_force, statements, ref) and requires no fewer."""
    if not SHARED_SCHEMA.exists():
        pytest.skip("the shared spec folder is not beside the checkout: nothing to compare")
    v1 = json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))
    v2 = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert v2["required"] == v1["required"]
    for name, d in v1["$defs"].items():
        assert v2["$defs"][name].get("required") == d.get("required"), name
        assert set(d.get("properties", {})) <= set(v2["$defs"][name].get("properties", {})), name


@pytest.mark.parametrize("path", SCENARIOS[:6], ids=[p.stem for p in SCENARIOS[:6]])
def test_json_validates_against_the_spec_schema_too(path):
    """Stubs keep the fields of a derived node: a version-2 document is valid under version 1."""
    if not SHARED_SCHEMA.exists():
        pytest.skip("the shared spec folder is not beside the checkout")
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(_doc(path), json.loads(SHARED_SCHEMA.read_text(encoding="utf-8")))


def test_shared_nodes_are_the_trees_written_once():
    """expand(json) is json-tree less the words and the rules' places: sharing loses nothing."""
    path = SCENARIOS[0]
    result = gcs.reason(gcs.load(path.relative_to(ROOT)))
    shared = json.loads(json.dumps(as_dict(result), ensure_ascii=False))
    tree = json.loads(json.dumps(as_dict(result, shared=False), ensure_ascii=False))

    def strip(n, key=None):
        """json-tree less the words for people (each conclusion's and node's sentence, each node's
        provision words and lines, each text's) and the rules' places (--detail)."""
        if isinstance(n, dict):
            words = ("words", "sentence", "provision_text", "rule")
            if key == "texts":
                words = ("fr", "en")
            return {k: strip(v, k) for k, v in n.items() if k not in words}
        return [strip(x, key if key in ("texts", "conclusions") else None) for x in n] if isinstance(n, list) else n

    expanded = expand(shared)
    for c in expanded["conclusions"]:
        c["trace"] = strip(c["trace"])
    assert expanded == strip(tree, None) | {"conclusions": [
        {**{k: v for k, v in c.items() if k != "sentence"}, "trace": strip(c["trace"])} for c in tree["conclusions"]]}
    # each derived node written in one place, in full: where it is used once, where it is first used
    # otherwise (with its `id`, which comes before each `ref` to it); no table (version 5)
    written, ids, refs = [], [], []

    def walk(n):
        if "fact" in n:
            return
        if "ref" in n:
            assert n["ref"] in ids and n["because"] == [] and n["quote"]
            refs.append(n["ref"])
            return
        written.append(n["conclusion"])
        if "id" in n:
            ids.append(n["id"])
        for b in n["because"]:
            walk(b)

    for c in shared["conclusions"]:
        walk(c["trace"])
    assert "nodes" not in shared and shared["json_version"] == 5
    assert len(written) == len(set(written))
    assert set(refs) == set(ids) and ids == [f"n{i}" for i in range(len(ids))]
    assert len(json.dumps(shared)) < len(json.dumps(tree)) / 2


def test_there_are_scenarios():
    assert len(SCENARIOS) >= 3


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_json_validates_against_the_schema(path, validator):
    doc = _doc(path)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:10])
    assert doc["conclusions"], "a scenario with no conclusion tests nothing here"


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_conclusions_cite_the_inventory(path):
    doc = _doc(path)
    known = {p.id for p in law.provisions()}
    versions = {(t.article, t.version) for t in law.text_versions()}
    for c in doc["conclusions"]:
        assert set(c["provisions"]) <= known, f"{c['trace']['conclusion']}: {c['provisions']}"
        assert c["trace"]["conclusion"].split("(")[0] == c["predicate"]
    for t in doc["texts"]:
        assert (t["article"], t["version"]) in versions, t


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_fact_lines_point_at_their_statement(path):
    doc = _doc(path)
    rel = str(path.relative_to(ROOT))
    lines = path.read_text(encoding="utf-8").splitlines()
    inventory = law.INVENTORY.read_text(encoding="utf-8").splitlines()
    files_of = {(t.article, t.version): t.file for t in law.text_versions()}
    problems, checked = [], 0
    for node in _nodes(doc):
        if "fact" not in node:
            continue
        name, args = _split_fact(node["fact"])
        file, n = node.get("file"), node["line"]
        if file == INVENTORY_LABEL:  # the law calendar: text_period, provision_text, same_as
            assert name in ("text_period", "provision_text", "same_as"), node
            if name == "text_period":  # at the text's entry
                text_file = files_of[(args[0].strip().strip('"'), args[1].strip().strip('"'))]
                expected = f"- file: {text_file}"
            else:  # at the provision's entry
                expected = f"- id: {args[0].strip().strip(chr(34))}"
            if inventory[n - 1].strip() != expected:
                problems.append(f"{node['fact']}: inventory line {n} is {inventory[n - 1]!r}")
            continue
        if file != rel:
            problems.append(f"{node['fact']}: file {file!r}, expected {rel!r}")
            continue
        if not 1 <= n <= len(lines):
            problems.append(f"{node['fact']}: line {n} is outside the file ({len(lines)} lines)")
            continue
        code = lines[n - 1].split("#", 1)[0]
        words = _expected_words(name, args)
        checked += 1
        if not any(_has_word(code, w) for w in words):
            problems.append(f"{node['fact']}: line {n} {lines[n - 1].strip()!r} holds none of {words}")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(sorted(set(problems)))
    assert checked, "no fact of the file in the traces"


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_rule_nodes_quote_the_law_verbatim(path):
    doc = _doc(path)
    problems = []
    for node in _nodes(doc):
        if "conclusion" not in node or not node.get("provision"):
            continue
        ids = node.get("provisions") or [node["provision"]]
        try:  # the quote is shown under the node's provision: that provision's text holds it (review 38)
            ok = law.quote_in_text(node["provision"], node["quote"])
        except KeyError as exc:
            problems.append(f"{node['conclusion']}: {exc}")
            continue
        if not ok:
            problems.append(f"{node['conclusion']} [{', '.join(ids)}]: « {node['quote']} » is not in the text")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(sorted(set(problems)))


def test_command_line_date_is_located(validator):
    """Without `as of` in the file, the date comes from --as-of: its fact says so."""
    text = (ROOT / "tests/parse_fixtures/skeleton.gcs").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.strip().startswith("as of"))
    result = gcs.reason(gcs.loads(text, "undated.gcs"), as_of=date(2008, 6, 30))
    doc = json.loads(json.dumps(as_dict(result), ensure_ascii=False))
    assert not list(validator.iter_errors(doc))
    assert doc["as_of"] == "2008-06-30"
    as_of_facts = [n for n in _nodes(doc) if n.get("fact", "").startswith("as_of(")]
    assert as_of_facts and all(n["file"] == "<command line>" for n in as_of_facts)


def test_keyword_helpers():
    assert _split_fact('vote(ag1, d1, chu, for)') == ("vote", ["ag1", "d1", "chu", "for"])
    assert _split_fact('activity(heavy_equipment("IRM 1,5 T"))') == ("activity", ['heavy_equipment("IRM 1,5 T")'])
    assert _split_fact("health_network") == ("health_network", [])
    assert "withdrawal" in _expected_words("withdrawal_stated_effective", ["m", "2007-12-31"])
    assert _expected_words("vote", ["ag1", "d1", "chu", "for"]) == ["chu"]
    assert _has_word("  as of 2008-06-30", "as of") and not _has_word("  chu_lille", "chu")


@pytest.mark.parametrize("path", _scenarios()[::4], ids=lambda p: p.stem)
def test_the_document_written_a_conclusion_at_a_time_is_the_documents_text(path):
    """json_out.pieces, which the CLI writes (`--format json`, `jsonl`), are `dumps(as_dict(...))`
    byte for byte, with a date asked for (`file_as_of`) too, and with `file` first for jsonl."""
    from gcs_reasoner.render.json_out import dumps, pieces

    def text(result, **kw):
        return "".join(pieces(result, **kw))

    for as_of in (None, date(2011, 1, 1)):
        result = gcs.reason(gcs.load(str(path)), as_of=as_of, explain=True)
        doc = as_dict(result)
        assert text(result) == dumps(doc)
        assert text(result, file_first=True) == dumps({"file": "elsewhere", **doc})
        assert text(result, detail=True) == dumps(as_dict(result, detail=True))
        assert text(result, max_elements=1) == dumps(as_dict(result, max_elements=1))
