"""pytest plugin: an analyst's expectation files are tests of their own test suite.

Declared by the package (`pytest11` entry point), so that `pytest my_cases/`
collects, with no conftest, every `NAME.expected` that has a `NAME.gcs`
beside it: one test per `as_of` section, named
`my_cases/NAME.expected::as_of-2012-06-30`. A failure reports what
`gcs-reasoner test` says (gcs_reasoner/expectations.py); a malformed file is a
collection error with its file:line, a bad .gcs fails each of its sections
with the parser's message. Nothing is collected where no such file exists,
and nothing of the reasoner is imported until one is.
"""

from __future__ import annotations

import pytest


def pytest_collect_file(file_path, parent):
    if file_path.suffix == ".expected" and file_path.with_suffix(".gcs").is_file():
        return ExpectationFile.from_parent(parent, path=file_path)
    return None


class SectionFailed(Exception):
    """A section whose conclusions are not the expected ones."""

    def __init__(self, report):
        super().__init__(report.text())
        self.report = report


class ExpectationFile(pytest.File):
    """NAME.expected: one item per section."""

    def collect(self):
        from .expectations_file import parse

        for section in parse(self.path).sections:
            yield SectionItem.from_parent(self, name=section.name, section=section)

    def scenario(self):
        """The .gcs beside, parsed once for all the sections (a ScenarioError is raised again for each)."""
        if not hasattr(self, "_scenario"):
            from .parse import ScenarioError, parse_file

            try:
                self._scenario = parse_file(self.path.with_suffix(".gcs"))
            except ScenarioError as exc:
                self._scenario = exc
        if isinstance(self._scenario, Exception):
            raise self._scenario
        return self._scenario

    def repr_failure(self, excinfo):
        from .expectations_file import ExpectationError

        if isinstance(excinfo.value, ExpectationError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class SectionItem(pytest.Item):
    """One `as_of` section of an expectation file, checked on its date."""

    def __init__(self, *, section, **kw):
        super().__init__(**kw)
        self.section = section

    def runtest(self):
        from .expectations import check_section

        report, _ = check_section(self.parent.scenario(), self.section)
        if not report.passed:
            raise SectionFailed(report)

    def repr_failure(self, excinfo, style=None):
        from .parse import ScenarioError

        if isinstance(excinfo.value, SectionFailed):
            r = excinfo.value.report
            where = f"{self.path}:{r.line}" if r.line else str(self.path)
            return f"{where}: the conclusions on {r.as_of} are not the expected ones\n{r.text()}"
        if isinstance(excinfo.value, ScenarioError):
            return " ".join(str(excinfo.value).split())
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, (self.section.line - 1) if self.section.line else None, self.name
