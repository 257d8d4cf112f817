"""What a notebook user meets on a wrong call: a message to act on, never a bare KeyError, an
AttributeError from inside the tool, or a silent False (black-box review, stop 22)."""

import datetime

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.whynot import QueryError

FILE = "facts/withdrawal_notice.gcs"


@pytest.fixture(scope="module")
def result():
    return gcs.reason(gcs.load(FILE))


def test_explain_of_a_conclusion_not_drawn_says_so(result):
    with pytest.raises(KeyError) as info:  # a KeyError still, for code that caught one
        result.explain("member(nobody)")
    assert "no conclusion 'member(nobody)' on 2008-06-30; did you mean 'member(" in str(info.value)
    with pytest.raises(KeyError, match="no predicate 'foo'"):
        result.explain("foo(bar)")
    with pytest.raises(KeyError, match="is not an atom"):
        result.explain("member(")
    with pytest.raises(TypeError, match="expected a conclusion"):
        result.explain(None)
    with pytest.raises(QueryError, match="expected an atom as text"):
        result.why_not(None)


def test_holds_and_in(result):
    drawn = result.conclusions[0]
    assert str(drawn) in result and drawn in result and result.holds(str(drawn))
    # not yet taken effect on 2008-06-30 (R6133-5 of 2006 al. 2): a declared value, a plain "no"
    assert "withdrawal_effective(clinique_loire, 2007-12-31)" not in result
    with pytest.raises(QueryError, match="'nobody' is declared nowhere"):  # review 36 X1: a typo is no "no"
        "member(nobody)" in result  # noqa: B015
    with pytest.raises(QueryError, match="did you mean member"):
        result.holds("membr(x)")


def test_dates_asked_as_a_notebook_writes_them():
    scenario = gcs.load(FILE)
    assert gcs.reason(scenario, as_of=datetime.datetime(2008, 6, 30, 10)).as_of == datetime.date(2008, 6, 30)
    with pytest.raises(TypeError, match="expected a date or a text YYYY-MM-DD, not int"):
        gcs.reason(scenario, as_of=2008)
    with pytest.raises(ValueError, match="February 2021 has 28 days"):
        gcs.texts("2021-02-29")
    assert gcs.texts(datetime.datetime(2013, 6, 30, 10)).as_dict()


def test_the_text_of_a_scenario_where_a_path_goes():
    text = open(FILE, encoding="utf-8").read()
    with pytest.raises(gcs.ScenarioError, match=r"read a text with gcs.loads\(text\)"):
        gcs.reason(text)
