"""The legal note (`gcs-reasoner memo`, render/memo.py): on a sample of scenarios (every one
with a conflict between texts, two of each topic, those with the rarer warnings), every
conclusion is in the note with its provisions, in the Conclusions and in the Analysis; the
sections come in the lawyers' order; the HTML is well formed; the texts are quoted verbatim
from the law data; the open points list the missing facts and the conflicts; the command
line fails as the others do."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import gcs_reasoner as gcs
from gcs_reasoner import law
from gcs_reasoner.cli import main
from gcs_reasoner.render import SECTIONS
from gcs_reasoner.render.memo import build, relevant_readings, statements
from gcs_reasoner.render.memo_words import W
from gcs_reasoner.render.words import Words

FACTS = Path(__file__).resolve().parent.parent / "facts"
ORDER = ["facts", "questions", "texts", "analysis", "conclusions", "open"]


def _expected(path: Path) -> str:
    e = path.with_suffix(".expected")
    return e.read_text(encoding="utf-8") if e.exists() else ""


def _sample() -> list[str]:
    files = sorted(FACTS.glob("*.gcs"))
    texts = {f: _expected(f) for f in files}
    chosen = [f for f in files if "conflict(" in texts[f]]
    for code in ("text_not_in_folder", "doubtful_text", "membership_unknown", "text_not_in_force"):
        chosen += [f for f in files if f"warning {code}" in texts[f]][:2]
    chosen += [f for f in files if "warning missing_fact" in texts[f]][:3]
    for _en, _fr, predicates in SECTIONS:
        hits = [f for f in files if any(re.search(rf"^{p}\b", texts[f], re.M) for p in predicates)]
        chosen += hits[:2]
    chosen += [FACTS / "real_clinique_herbert_2017.gcs", FACTS / "real_urgences_main_2001.gcs"]
    return [str(f) for f in dict.fromkeys(chosen) if f.exists()]


SAMPLE = _sample()
_RESULTS: dict = {}


def result_of(path: str):
    if path not in _RESULTS:
        _RESULTS[path] = gcs.reason(path, explain=True)
    return _RESULTS[path]


class Page(HTMLParser):
    """The text of each <section> of a page, its blockquotes, and whether every tag closes."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []
        self.sections: dict = {}
        self.order: list = []
        self.current = None
        self.quotes: list = []  # (the provision id just before, the quote's text)
        self._quote = None
        self._last_ref = ""
        self._in_ref = False

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        a = dict(attrs)
        if tag == "section":
            self.current = a.get("id")
            self.order.append(self.current)
            self.sections[self.current] = ""
        if tag == "blockquote":
            self._quote = ""
        if tag == "span" and a.get("class") == "ref":
            self._in_ref = True
            self._last_ref = ""

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if tag == "blockquote":
            self.quotes.append((self._last_ref, self._quote))
            self._quote = None
        if tag == "span":
            self._in_ref = False
        if tag == "section":
            self.current = None

    def handle_data(self, data):
        if self.current:
            self.sections[self.current] += data
        if self._quote is not None:
            self._quote += data
        if self._in_ref:
            self._last_ref += data


def page(html: str) -> Page:
    p = Page()
    p.feed(html)
    p.close()
    assert not p.errors, p.errors[:3]
    assert not p.stack, f"unclosed: {p.stack}"
    return p


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", SAMPLE, ids=[Path(p).stem for p in SAMPLE])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_conclusion_is_in_the_note_with_its_provisions(path, lang):
    result = result_of(path)
    memo = build(result, lang)
    words = Words(result, lang)
    # HTML: well formed, the sections in order, each conclusion's sentence and provisions in the
    # Conclusions and in the Analysis
    p = page(memo.html())
    assert p.order == ORDER
    sections = {k: _flat(v) for k, v in p.sections.items()}
    for c in result.conclusions:
        sentence = _flat(words.sentence(c.symbol)).rstrip(".")
        for key in ("conclusions", "analysis"):
            assert sentence in sections[key], (key, c.text)
            for pid in c.provisions:
                assert pid in sections[key], (key, c.text, pid)
        assert c.text in sections["conclusions"]
    # Markdown: the section titles in order, the spellings and provision ids in code spans
    md = memo.markdown()
    titles = [f"## {W[lang]['sections'][k]}" for k in ORDER]
    positions = [md.index(t) for t in titles]
    assert positions == sorted(positions)
    conclusions_md = md[positions[4]:positions[5]]
    analysis_md = md[positions[3]:positions[4]]
    for c in result.conclusions:
        assert f"`{c.text}`" in conclusions_md
        for pid in c.provisions:
            assert pid in conclusions_md and pid in analysis_md, (c.text, pid)
    # the questions: one per topic concluded on
    topics = {k for k, _ in __import__("gcs_reasoner.render", fromlist=["grouped"]).grouped(result)}
    assert md[positions[1]:positions[2]].count("\n1. ") == (1 if topics else 0)


@pytest.mark.parametrize("path", SAMPLE[:12], ids=[Path(p).stem for p in SAMPLE[:12]])
def test_texts_are_quoted_verbatim_from_the_law_data(path):
    result = result_of(path)
    p = page(build(result, "en").html())  # the English note quotes the law in French too
    assert p.quotes
    for ref, quote in p.quotes:
        pid = ref.strip("[]")
        assert quote == law.provision(pid).text, pid


def test_open_points_list_the_missing_facts_and_the_conflicts():
    with_missing = next(f for f in SAMPLE if any(w.code == "missing_fact" for w in result_of(f).warnings))
    with_conflict = next(f for f in SAMPLE if result_of(f).by_predicate("conflict"))
    for path in (with_missing, with_conflict):
        result = result_of(path)
        for lang in ("fr", "en"):
            open_ = _flat(page(build(result, lang).html()).sections["open"])
            for w in result.warnings:
                if w.code in ("missing_fact", "text_not_in_folder"):
                    text = _flat(w.text(lang))
                    assert text[1:] in open_, text
            words = Words(result, lang)
            for c in result.by_predicate("conflict"):
                assert _flat(words.sentence(c.symbol)) in open_
            assert W[lang]["open_none"] not in open_ or not result.warnings


def test_facts_are_the_files_statements_with_their_lines():
    path = str(FACTS / "real_clinique_herbert_2017.gcs")
    result = result_of(path)
    facts = _flat(page(build(result, "fr").html()).sections["facts"])
    assert "(ligne 23)" in facts and 'member clinique "Société Clinique Herbert"' in facts
    assert "(lignes 30 à 33)" in facts  # a block statement, on its lines
    assert facts.index("Le 27 juin 2017") > facts.index("Chronologie")
    text = Path(path).read_text(encoding="utf-8")
    found = statements(text)
    assert [s[0] for s in found][:2] == [21, 23]  # `as of`, then the first member
    assert all(first <= last for first, last, _k, _t in found)


def test_markup_in_the_file_is_escaped(tmp_path):
    f = tmp_path / "x.gcs"
    f.write_text('groupement g "<script>alert(1)</script> & *co*" {\n  as of 2012-06-30\n'
                 '  member a "<b>A</b>" { kind health_establishment sector public }\n}\n', encoding="utf-8")
    html = gcs.memo(str(f), format="html")
    assert "<script>" not in html and "<b>A</b>" not in html
    page(html)
    md = gcs.memo(str(f), format="markdown")
    outside_code = re.sub(r"`[^`]*`", "", md)  # inside a code span, markup is shown as written
    assert "<script>" not in outside_code and "<b>" not in outside_code


def test_api_and_notebook_display():
    result = result_of(str(FACTS / "real_clinique_herbert_2017.gcs"))
    memo = result.memo("en")
    assert memo.markdown().startswith("# Legal note — GCS Clinique Herbert")
    fragment = memo._repr_html_()
    assert "<html" not in fragment and "<article" in fragment
    assert result.memo("fr", format="html").startswith("<!doctype html>")
    with pytest.raises(ValueError):
        result.memo("de")


def test_readings_kept_are_those_naming_what_served():
    bullets = ["The duration is indefinite (groupement_duration(indefinite)).", "Seat transfer: a reading."]
    assert relevant_readings(bullets, {"groupement_duration"}) == bullets[:1]


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_memo(capsys, tmp_path):
    path = str(FACTS / "real_clinique_herbert_2017.gcs")
    status, out, err = run(capsys, "memo", path)
    assert status == 0 and out.startswith("# Note juridique") and not err
    target = tmp_path / "note.html"
    status, out, err = run(capsys, "memo", path, "--lang", "en", "--format", "html", "-o", str(target))
    assert status == 0 and not out and not err
    page(target.read_text(encoding="utf-8"))
    status, out, err = run(capsys, "memo", path, "--as-of", "2018-06-30")
    assert status == 0 and "30 juin 2018" in out


def test_cli_memo_bad_file(capsys, tmp_path):
    bad = tmp_path / "bad.gcs"
    bad.write_text('groupement g "G" {\n  bogus\n}\n', encoding="utf-8")
    status, out, err = run(capsys, "memo", str(bad))
    assert status == 2 and not out
    assert err.startswith(f"{bad}:2:") and "Traceback" not in err
    status, out, err = run(capsys, "memo", str(tmp_path / "missing.gcs"))
    assert status == 2 and not out and "Traceback" not in err
    status, out, err = run(capsys, "memo", str(FACTS / "real_clinique_herbert_2017.gcs"), "-o",
                           str(tmp_path / "no" / "such" / "dir" / "x.md"))
    assert status == 2 and not out and "cannot write" in err
