"""The document of `gcs-reasoner check FOLDER`: one entry per file, written as it comes.

A writer only turns entries into text; the command writes and flushes each
piece as soon as it has it, so the document streams. Its pieces:

- `begin()`: what comes before the first entry (HTML head, `[` of the JSON array);
- `result(path, result)` / `error(path, status, message)`: the body of one entry;
  `result` does all the rendering, so a failure there leaves nothing half written;
- `entry(body)`: the body with what separates it from the previous entry;
- `end(summary)`: what closes the document (also after an interruption).

Formats: text and markdown (a header per file), html (one page, a section per
file), json (one array, `[` first, `]` last, entries in between), jsonl (one
object per line). A JSON entry is the contract object of one file
(docs/output.schema.json) with `"file"` first, or
`{"file": PATH, "error": {"status": 2|1, "message": MESSAGE}}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .json_out import dumps

KINDS = {"en": {2: "error in the file", 1: "internal error"},
         "fr": {2: "erreur dans le fichier", 1: "erreur interne"}}


@dataclass
class Summary:
    total: int
    reasoned: int = 0
    file_errors: int = 0      # status 2: the file's fault
    internal_errors: int = 0  # status 1: ours
    interrupted: bool = False

    def count(self, status: int) -> None:
        if status == 0:
            self.reasoned += 1
        elif status == 2:
            self.file_errors += 1
        else:
            self.internal_errors += 1

    @property
    def done(self) -> int:
        return self.reasoned + self.file_errors + self.internal_errors

    @property
    def status(self) -> int:
        """The worst: 1 if one of our failures, else 2 if a file's fault, else 0."""
        return 1 if self.internal_errors else 2 if self.file_errors else 0

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """The closing line of a folder's report, in the report's language."""
        from .phrases import lang_of

        w = _SUMMARY[lang_of(lang)]
        parts = [w["reasoned"](self.reasoned)]
        if self.file_errors:
            parts.append(w["file_errors"](self.file_errors))
        if self.internal_errors:
            parts.append(w["internal_errors"](self.internal_errors))
        tail = w["interrupted"](self.done, self.total) if self.interrupted else ""
        return w["files"](self.total) + ", ".join(parts) + tail


# The words of Summary.text, by language.
_SUMMARY = {
    "en": {"files": lambda n: f"{n} file{'s' if n != 1 else ''}: ", "reasoned": lambda n: f"{n} reasoned",
           "file_errors": lambda n: f"{n} with an error in the file",
           "internal_errors": lambda n: f"{n} with an internal error",
           "interrupted": lambda done, total: f" (interrupted after {done} of {total})"},
    "fr": {"files": lambda n: f"{n} fichier{'s' if n > 1 else ''} : ",
           "reasoned": lambda n: f"{n} examiné{'s' if n > 1 else ''}",
           "file_errors": lambda n: f"{n} avec une erreur dans le fichier",
           "internal_errors": lambda n: f"{n} avec une erreur interne",
           "interrupted": lambda done, total: f" (interrompu après {done} sur {total})"},
}


def json_entry(path: str, result, shared: bool = True, detail: bool = False) -> dict:
    from .json_out import as_dict

    return {"file": path, **as_dict(result, shared=shared, detail=detail)}


def json_error(path: str, status: int, message: str) -> dict:
    return {"file": path, "error": {"status": status, "message": message}}


class Writer:
    def __init__(self, folder: str, paths: list[str], lang: str = "fr", detail: bool = False):
        self.folder = folder
        self.paths = paths
        self.entries = 0
        self.lang = lang  # text, markdown, html: the language of the words (json-tree has both)
        self.detail = detail

    def begin(self) -> str:
        return ""

    def _kind(self, status: int) -> str:
        return KINDS.get(self.lang, KINDS["en"])[status]

    def _status_word(self) -> str:
        """"status" in the writer's language (the exit status of the file: 2 its fault, 1 ours)."""
        return "statut" if self.lang == "fr" else "status"

    def result(self, path: str, result) -> str:
        raise NotImplementedError

    def error(self, path: str, status: int, message: str) -> str:
        raise NotImplementedError

    def entry(self, body: str) -> str:
        self.entries += 1
        return body

    def end(self, summary: Summary) -> str:
        return ""


class TextWriter(Writer):
    @staticmethod
    def _header(path: str) -> str:
        return f"==> {path} <==\n"

    def result(self, path, result):
        from .text import render

        return self._header(path) + render(result, lang=self.lang, detail=self.detail) + "\n\n"

    def error(self, path, status, message):
        return self._header(path) + f"{self._kind(status)} ({self._status_word()} {status}): {message}\n\n"

    def end(self, summary):
        return f"{summary.text(self.lang)}\n"


class MarkdownWriter(Writer):
    def begin(self):
        from .markdown import code

        return f"# gcs-reasoner check {code(str(self.folder))}\n\n"

    def result(self, path, result):
        from .markdown import code, render

        return f"## {code(str(path))}\n\n" + render(result, level=3, lang=self.lang, detail=self.detail).rstrip("\n") + "\n\n"

    def error(self, path, status, message):
        import re

        from .markdown import code

        # a fence longer than any run of backticks at the start of a line of the message (CommonMark 4.5)
        fence = "`" * max([3] + [len(r) + 1 for r in re.findall(r"^ {0,3}(`{3,})", message, re.M)])
        return f"## {code(str(path))}\n\n**{self._kind(status)}** ({self._status_word()} {status}):\n\n{fence}\n{message}\n{fence}\n\n"

    def end(self, summary):
        return f"---\n\n{summary.text(self.lang)}\n"


class HtmlWriter(Writer):
    def begin(self):
        from .html import head

        items = "".join(f"<li><a href='#file-{i}'><code>{escape(p)}</code></a></li>" for i, p in enumerate(self.paths, 1))
        return (
            head(f"gcs-reasoner check {self.folder}", self.lang)
            + f"\n<h1>gcs-reasoner check <code>{escape(self.folder)}</code></h1>\n<nav><ol>{items}</ol></nav>\n"
        )

    def _section(self, path: str, inner: str, cls: str = "") -> str:
        i = self.paths.index(path) + 1 if path in self.paths else self.entries + 1
        attr = f" class='{cls}'" if cls else ""
        return f"<section id='file-{i}'{attr}>\n<h2><code>{escape(path)}</code></h2>\n{inner}\n</section>\n"

    def result(self, path, result):
        from .html import body

        return self._section(path, body(result, level=3, lang=self.lang, detail=self.detail))

    def error(self, path, status, message):
        inner = f"<p class='error'><b>{escape(self._kind(status))}</b> ({self._status_word()} {status}): <code>{escape(message)}</code></p>"
        return self._section(path, inner, "error")

    def end(self, summary):
        from .html import END

        return f"<footer><p>{escape(summary.text(self.lang))}</p></footer>\n{END}\n"


class JsonWriter(Writer):
    """One JSON array: `[` at once, each entry when ready (one line each: json's C encoder),
    `]` at the end (also when interrupted)."""

    shared = True

    def begin(self):
        return "["

    def result(self, path, result):
        return dumps(json_entry(path, result, self.shared, self.detail))

    def error(self, path, status, message):
        return dumps(json_error(path, status, message))

    def entry(self, body):
        sep = "\n" if self.entries == 0 else ",\n"
        self.entries += 1
        return sep + body

    def end(self, summary):
        return "\n]\n"


class JsonTreeWriter(JsonWriter):
    """As JsonWriter, every tree written out in full (`--format json-tree`)."""

    shared = False


class JsonLinesWriter(Writer):
    """One JSON object per line, each complete when written."""

    def result(self, path, result):
        return dumps(json_entry(path, result, detail=self.detail)) + "\n"

    def error(self, path, status, message):
        return dumps(json_error(path, status, message)) + "\n"


WRITERS = {"text": TextWriter, "markdown": MarkdownWriter, "html": HtmlWriter, "json": JsonWriter,
           "json-tree": JsonTreeWriter, "jsonl": JsonLinesWriter}


def writer(fmt: str, folder: str, paths: list[str], lang: str = "fr", detail: bool = False) -> Writer:
    return WRITERS[fmt](folder, paths, lang, detail)
