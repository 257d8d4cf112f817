"""R6133-4@2006-01-01, R6133-1@2010-07-26 I 5° (« La durée du groupement ») and the prorogation of
R6133-13@2006-01-01 13° / R6133-21@2010-07-26 I 18° (« La prorogation ou la dissolution du
groupement ») (black-box review, stop 22): after a valid prorogation voted before the term, the
convention's first term no longer is the duration. Before the fix, groupement_duration(old term) was
still drawn, beside the warning that the new term is not stated and no dissolution by the term."""

from datetime import date

import gcs_reasoner as gcs

from .edited import DATA

NAME = "prorogation_2016.gcs"


def _result(text: str | None = None, as_of: date | None = None):
    text = text if text is not None else (DATA / NAME).read_text(encoding="utf-8")
    return gcs.reason(gcs.loads(text, path=f"<{NAME}>"), as_of=as_of)


def _conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def test_before_the_prorogation_the_term_is_the_duration():
    assert "groupement_duration(2016-12-31)" in _conclusions(_result(as_of=date(2016, 6, 19)))


def test_after_a_valid_prorogation_the_old_term_is_not_the_duration():
    for day in (date(2016, 6, 20), date(2016, 12, 31), date(2017, 1, 1), date(2019, 6, 30)):
        result = _result(as_of=day)
        got = _conclusions(result)
        assert "deliberation_valid(ag2016, d1)" in got
        assert not any(c.startswith("groupement_duration(") for c in got), (day, got)
        assert not any(c.startswith("dissolved_on(term_reached") for c in got)
        assert any(w.code == "missing_fact" and "new_term" in w.atom and "groupement_duration" in w.atom
                   for w in result.warnings), [w.atom for w in result.warnings]


def test_without_the_prorogation_the_term_stands_and_dissolves():
    text = (DATA / NAME).read_text(encoding="utf-8")
    text = text.replace("deliberation d1 on extension", "deliberation d1 on budget")
    got = _conclusions(_result(text))
    assert "groupement_duration(2016-12-31)" in got
    assert "dissolved_on(term_reached, 2017-01-01)" in got


def test_a_prorogation_of_undecided_validity_leaves_the_duration_undecided():
    # 2006 text: a prorogation voted before décret 2005-1681 came into force is not judged
    text = (DATA.parent.parent / "facts" / "time_term_prorogation_not_judged.gcs").read_text(encoding="utf-8")
    result = _result(text)
    assert not any(str(c).startswith("groupement_duration(") for c in result.conclusions)
    assert any("prorogation_validity" in w.atom and "groupement_duration" in w.atom for w in result.warnings)
