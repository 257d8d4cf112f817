"""The lines an explanation and the memo cite are the lines the parser numbers.

A form feed, NEL (U+0085) or U+2028 is white space or text for the language, not
an end of line; `str.splitlines` breaks at each, and every statement shown after
one was the statement of another line (found by a black-box review, stop 22)."""

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.scenario import source_lines

TEXT = """# A comment{odd}with an odd character.
groupement g "G" {{
  as of 2009-03-01
  approved 2006-04-01
  seat "Clermont-Ferrand" region "Auvergne"
  member chu "CHU" {{
    kind health_establishment
    sector public
    region "Auvergne"
    rights 70
  }}
  member ch_riom "CH de Riom" {{
    kind health_establishment
    sector public
    region "Auvergne"
    rights 30
  }}
}}
"""


@pytest.mark.parametrize("odd", ["\x85", "\u2028", "\f"])
def test_explanation_cites_the_statement_of_the_line(odd):
    result = gcs.reason(gcs.loads(TEXT.format(odd=odd)))
    text = result.explain("member(ch_riom)").text()
    assert 'member ch_riom "CH de Riom" {' in text
    assert "as of 2009-03-01" in text


@pytest.mark.parametrize("odd", ["\x85", "\u2028"])
def test_memo_cites_the_line_of_the_seat(odd):
    memo = gcs.memo(gcs.loads(TEXT.format(odd=odd)), format="markdown")
    assert "(ligne 5)" in memo.split("Siège", 1)[1].split("\n", 1)[0]


def test_source_lines_ends_lines_as_the_parser_does():
    assert source_lines("a\x85b\r\nc\u2028d\fe\n") == ["a\x85b", "c\u2028d\fe", ""]
    assert source_lines("\ufeffa\rb") == ["a", "b"]
