"""participation_invalid has the contract's two arguments in every version (review 33).

Contract part 2 §7 names `participation_invalid(member, reason)`; part 2 covers the texts in force from 2009-07-23,
and R6133-7 of 2006 (« L'évaluation des contributions en nature est faite sur la base de leur coût réel ») stays in
force until 2010-07-25, when R6133-3 of 2010 al. 2 (« sur la base de leur valeur nette comptable ou de leur coût
réel ») follows it. A participation is judged under the text in force on the last day of its (closed) year.
"""

from collections import Counter

import gcs_reasoner as gcs
from gcs_reasoner.program import load_program


def reason(text: str) -> dict:
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c): c.provisions for c in result.conclusions}


FILE = """groupement g "G" {{
  as of {as_of}
  approved 2007-01-10
  seat "Lille" region "Nord"
  running_costs yes
  capital none
  rights_basis participations
  member a "A" {{ kind health_establishment sector public region "Nord" rights 1 }}
  member b "B" {{ kind health_establishment sector public region "Nord" rights 1 }}
  participation a financial 10_000 year {year}
  participation b {form} 10_000 year {year} valued {valued}
}}
"""


def run(as_of, year, form="premises", valued="flat"):
    return reason(FILE.format(as_of=as_of, year=year, form=form, valued=valued))


def test_flat_valuation_in_2009_under_the_2006_text_has_the_contracts_arity():
    # the reviewer's file: as of 2009-12-31, premises of 2009 valued flat, not « sur la base de leur coût réel »
    found = run("2009-12-31", 2009)
    assert found["participation_invalid(b, flat_valuation)"] == ["R6133-7@2006-01-01"]
    assert not any(c.startswith("participation_invalid(") and c.count(",") != 1 for c in found)


def test_flat_valuation_in_2011_under_the_2010_text():
    found = run("2011-12-31", 2011, form="staff")
    assert found["participation_invalid(b, flat_valuation)"] == ["R6133-3@2010-07-26.2"]


def test_net_book_value_is_invalid_under_2006_and_lawful_under_2010():
    early = run("2009-12-31", 2009, form="equipment", valued="net_book_value")
    assert early["participation_invalid(b, net_book_value)"] == ["R6133-7@2006-01-01"]
    late = run("2011-12-31", 2011, form="equipment", valued="net_book_value")
    assert "member(b)" in late
    assert not any(c.startswith("participation_invalid(b") for c in late)


def test_real_cost_is_lawful_in_2009():
    found = run("2009-12-31", 2009, valued="real_cost")
    assert "member(b)" in found
    assert not any(c.startswith("participation_invalid(") for c in found)


def test_no_shown_name_has_two_arities():
    names = Counter(name for name, _ in set(load_program().shown))
    assert ("participation_invalid", 2) in set(load_program().shown)
    assert [n for n, k in names.items() if k > 1] == []
