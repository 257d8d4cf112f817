"""The outputs in words (render/words.py, text, Markdown, HTML, JSON): sentences with
their provisions, trees a lawyer follows (no ASP syntax in the default view), one
spelling of a conclusion everywhere, a valid self-contained HTML page."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main
from gcs_reasoner.explain import build_all
from gcs_reasoner.render.phrases import provision_label, text_period
from gcs_reasoner.render.words import Words, render_items

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "facts").glob("*.gcs"))
WITHDRAWAL = "facts/withdrawal_notice.gcs"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def withdrawal():
    return gcs.reason(gcs.load(WITHDRAWAL), explain=True)


def test_provision_labels():
    assert provision_label("L6133-1@2004-08-11.5") == "L6133-1, version du 11 août 2004, al. 5"
    assert provision_label("L6133-1@2004-08-11.5", "en") == "L6133-1, version of 11 August 2004, para. 5"
    assert provision_label("R6133-1@2006-01-01.2.2") == "R6133-1, version du 1er janvier 2006, al. 2, 2°"
    assert provision_label("R6133-16@2006-01-01") == "R6133-16, version du 1er janvier 2006"
    assert provision_label("decret-2005-1681.art3") == "décret n° 2005-1681, art. 3"


def test_text_in_force_from_the_inventory():
    assert text_period("R6133-5", "2006-01-01") == "R6133-5 (version en vigueur du 1er janvier 2006 au 25 juillet 2010)"
    assert text_period("R6133-5", "2006-01-01", "en") == "R6133-5 (version in force from 1 January 2006 to 25 July 2010)"


def test_a_tree_in_words(withdrawal):
    tree = withdrawal.explain("withdrawal_effective(clinique_loire, 2008-12-31)")
    text = render_items(Words(withdrawal, "fr").view(tree))
    assert "(R6133-5, version du 1er janvier 2006, al. 2)" in text.splitlines()[0]
    assert "Texte applicable le 3 septembre 2007 : R6133-5 (version en vigueur du 1er janvier 2006 au 25 juillet 2010)" in text
    assert "← facts/withdrawal_notice.gcs, ligne 38" in text  # the statement of the file, with its line
    assert "Date calculée : 31 décembre 2008 (le premier 31 décembre" in text
    assert "6 mois avant le 31 décembre 2008" in text
    assert "Le fichier n'indique pas" in text  # a negated fact of the file, in words
    for raw in ("in_force(", "text_period(", "law_date(", "@", "not ", "2008-12-31 = 2008-12-31"):
        assert raw not in text, raw
    detail = render_items(Words(withdrawal, "en", detail=True).view(tree))
    assert "auxiliary step: in_force" in detail and "R6133-5@2006-01-01.2" in detail
    assert "raw: 2008-12-31 = 2008-12-31   (E = @first_year_end(N,K,S))" in detail


def test_counts_and_sums_show_their_members(withdrawal):
    text = render_items(Words(withdrawal, "fr").view(withdrawal.explain("vote_share(ch_amboise, 30, 100)")))
    found = re.search(r"Somme.*: 100 \(([^()]*)\)", text)
    assert found, text
    # the members in the order of the grounding
    assert sorted(found.group(1).split("; ")) == ["CH d'Amboise : 30", "CHRU de Tours : 50", "Clinique de Loire : 20"]


ASP = re.compile(r"@\w+\(|:-|\bnot [a-z_]+\(|\b(in_force|text_period|law_date)\(|\(([A-Z]\w*) [<>=!]+ ")
TAUTOLOGY = re.compile(r"(\d{4}-\d{2}-\d{2}) = \1")


@pytest.mark.parametrize("path", FILES[::7], ids=[p.stem for p in FILES[::7]])
def test_no_asp_syntax_in_the_default_view(path):
    result = gcs.reason(gcs.load(path.relative_to(ROOT)), explain=True)
    for lang in ("fr", "en"):
        words = Words(result, lang)
        for tree in build_all(result, [c.symbol for c in result.conclusions]):
            text = render_items(words.view(tree), words)
            for line in text.splitlines():
                if "← " in line:  # a statement of the scenario file
                    continue
                assert not ASP.search(line) and not TAUTOLOGY.search(line), f"{lang}: {line}"


def test_check_prints_sentences_by_topic(capsys):
    code, out, _ = run(capsys, "check", WITHDRAWAL)
    assert code == 0
    assert "Nature juridique et comptabilité" in out
    assert "  Le groupement est une personne morale de droit public (L6133-1, version du 11 août 2004, al. 5).\n" in out
    assert "      nature(public)\n" in out  # the spelling, for `explain`
    assert "avenant_required(withdrawal:clinique_loire)" in out and "withdrawal(clinique_loire)" not in out
    code, out, _ = run(capsys, "check", WITHDRAWAL, "--lang", "en")
    assert "The groupement is a legal person governed by public law (L6133-1, version of 11 August 2004, para. 5)." in out
    assert "Legal nature and accounts" in out


def test_explain_accepts_both_spellings_and_prints_one(capsys):
    outs = []
    for spelling in ("avenant_required(withdrawal:clinique_loire)", "avenant_required(withdrawal(clinique_loire))"):
        code, out, err = run(capsys, "explain", WITHDRAWAL, spelling)
        assert code == 0, err
        outs.append(out)
    assert outs[0] == outs[1] and outs[0].startswith("avenant_required(withdrawal:clinique_loire)\n")
    code, out, err = run(capsys, "explain", WITHDRAWAL, "avenant_required(withdrawal:clinique_loire)", "--format", "json")
    tree = json.loads(out)
    assert tree["conclusion"] == "avenant_required(withdrawal:clinique_loire)"
    assert tree["atom"] == "avenant_required(withdrawal(clinique_loire))"  # the raw atom, for engineers
    assert set(tree["sentence"]) == {"fr", "en"}


def _in_full(doc, node):
    """The node itself, or, for a `ref` to a node written in full where it is first used (version 5), that node."""
    if "ref" not in node:
        return node

    def find(n):
        if n.get("id") == node["ref"]:
            return n
        return next((f for b in n.get("because", []) if (f := find(b))), None)

    return next(f for c in doc["conclusions"] if (f := find(c["trace"])))


def test_json_keeps_the_contract_and_leaves_the_words_to_json_tree(capsys):
    code, out, _ = run(capsys, "check", WITHDRAWAL, "--format", "json")
    assert "\n" not in out.strip() and '", "' not in out  # compact: no space after `,` and `:`
    doc = json.loads(out)
    assert doc["json_version"] == 5
    nature = next(c for c in doc["conclusions"] if c["predicate"] == "nature")
    assert nature["args"] == ["public"]
    for c in doc["conclusions"]:
        assert "sentence" not in c  # the words for people: json-tree (below)
        assert c["trace"]["conclusion"].split("(")[0] == c["predicate"]
    assert "provision_texts" not in doc
    # the avenant the withdrawal calls for rests on its effect (written in full there, first)
    withdrawal = _in_full(doc, next(c for c in doc["conclusions"] if c["predicate"] == "withdrawal_effective")["trace"])
    assert "rule" not in withdrawal  # where the rule is written: --detail (below)
    text = doc["texts_in_force"][withdrawal["texts"][0]]  # shared: the texts in force are written once
    assert text["article"] == "R6133-5" and text["until"] == "2010-07-26"
    assert "sentence" not in withdrawal  # the words of a node: json-tree
    # the date it falls due (withdrawal_due) is computed from the notice, a fact of the file
    due = _in_full(doc, next(b for b in withdrawal["because"] if b.get("conclusion", "").startswith("withdrawal_due(")))
    assert due["computed"] and "values" not in due  # values and steps: with --detail
    facts = [b for b in due["because"] if "fact" in b]
    assert doc["file"] == WITHDRAWAL and all("file" not in b for b in facts)  # a fact of the file omits it
    # its line's statement, by line number (version 5: "file:line" only for a fact of another file)
    assert facts and all(doc["statements"][str(b["line"])] for b in facts)
    assert all(k.isdigit() for k in doc["statements"])
    assert all(b.get("file") != "gcs_reasoner/data/law/provisions.yaml" for b in withdrawal["because"])  # in `texts`
    code, out, _ = run(capsys, "check", WITHDRAWAL, "--format", "json", "--detail")
    doc = json.loads(out)
    detailed = _in_full(doc, next(c for c in doc["conclusions"] if c["predicate"] == "withdrawal_effective")["trace"])
    assert detailed["values"]["E"] == "2008-12-31"
    assert detailed["rule"].startswith("rules/") and detailed["rule"].split(":")[-1].isdigit()


def test_json_tree_writes_each_tree_in_full(capsys):
    code, out, _ = run(capsys, "check", WITHDRAWAL, "--format", "json-tree")
    doc = json.loads(out)
    assert code == 0 and "nodes" not in doc
    nature = next(c for c in doc["conclusions"] if c["predicate"] == "nature")
    assert nature["sentence"] == {"fr": "Le groupement est une personne morale de droit public.",
                                  "en": "The groupement is a legal person governed by public law."}
    for c in doc["conclusions"]:
        assert c["sentence"]["fr"] and c["sentence"]["en"]  # a sentence, or the spelling
    withdrawal = next(c for c in doc["conclusions"] if c["predicate"] == "withdrawal_effective")["trace"]
    assert withdrawal["texts"][0]["article"] == "R6133-5" and withdrawal["words"]["fr"]
    assert withdrawal["provision_text"]["fr"].startswith("R6133-5, version du 1er janvier 2006")
    assert withdrawal["rule"].startswith("rules/")
    due = next(b for b in withdrawal["because"] if b.get("conclusion", "").startswith("withdrawal_due("))
    facts = [b for b in due["because"] if "fact" in b and b["file"] == WITHDRAWAL]
    assert facts and all(b["statement"] for b in facts)


def test_markdown_shows_the_file_on_every_fact_line(capsys):
    code, out, _ = run(capsys, "check", WITHDRAWAL, "--format", "markdown")
    assert code == 0
    # the place is Markdown text, escaped (review 37: a file name is the user's): `\_` and `&lt;` show as `_`, `<`
    facts = [line.replace("\\_", "_").replace("&lt;", "<") for line in out.splitlines() if "← " in line]
    assert facts and all(re.search(r"← (facts/withdrawal_notice\.gcs, ligne \d+|<command line>)", l) for l in facts)


class _Checker(HTMLParser):
    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith("#"):
                self.errors.append(f"external resource {value}")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def test_html_is_one_valid_self_contained_document(capsys):
    code, out, _ = run(capsys, "check", WITHDRAWAL, "--format", "html")
    assert code == 0 and out.lower().startswith("<!doctype html>")
    p = _Checker()
    p.feed(out)
    p.close()
    assert not p.errors and not p.stack, p.errors[:5] or p.stack
    assert p.tags.count("html") == 1 and "script" not in p.tags and "link" not in p.tags
    assert p.tags.count("details") > 10 and "<summary>" in out
    assert "← facts/withdrawal_notice.gcs, ligne 38" in out
    assert "Le groupement est une personne morale de droit public" in out
