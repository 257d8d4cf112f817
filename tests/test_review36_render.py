"""Review 36 (explanations as a lawyer reads them), findings E3, E4, E5 on the renderers.

E5: the memo states the conditions of the text checked by absence of a fact of the file
(« sauf mention contraire de la convention constitutive »: the file says nothing of the
convention's majority rule, of its withdrawal notice) as the explanation does, and keeps out
only the auxiliaries without a sentence of their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import gcs_reasoner as gcs

FACTS = Path(__file__).resolve().parent.parent / "facts"
_CACHE: dict = {}


def _result(path, text=None):
    key = (str(path), text)
    if key not in _CACHE:
        scenario = gcs.load(str(path)) if text is None else gcs.loads(text)
        _CACHE[key] = gcs.reason(scenario, explain=True)
    return _CACHE[key]


def _memo(path, text=None, lang="fr"):
    return re.sub(r"\s+", " ", _result(path, text).memo(lang=lang, format="markdown"))


# --- E5 ---------------------------------------------------------------------------------

def test_memo_states_the_convention_majority_rule_the_file_does_not_give():
    """R6133-14 of 2006 al. 2 « sauf mention contraire de la convention constitutive, les
    délibérations sont adoptées si elles recueillent la majorité des voix des membres présents ou
    représentés »: the file gives no majority rule of the convention; the memo says so."""
    memo = _memo(FACTS / "members_exclusion_half_rights.gcs")
    assert "Le dossier ne précise pas : La convention constitutive fixe une règle de majorité" in memo
    # the positive anchor: the same paragraphs state what the file does give
    assert "a recueilli la majorité requise" in memo


def test_memo_states_the_withdrawal_notice_the_convention_does_not_fix():
    """R6133-7 of 2010 II « au moins six mois avant la fin de l'exercice » (the convention may ask
    more, R6133-5 of 2006 al. 2): the file fixes no notice; the memo says so, in both languages."""
    fr = _memo(FACTS / "gap10_withdrawal_late.gcs")
    assert re.search(r"Le dossier ne précise pas : [^.]*préavis de retrait", fr)
    en = _memo(FACTS / "gap10_withdrawal_late.gcs", lang="en")
    assert re.search(r"The file does not state: [^.]*withdrawal notice", en, re.I)
    assert "31 décembre 2012" in fr  # the anchor: the withdrawal takes effect at the end of 2012


def test_memo_does_not_say_missing_a_notice_the_convention_fixes():
    text = (FACTS / "gap10_withdrawal_late.gcs").read_text(encoding="utf-8").replace(
        "  withdrawal clin_vals notified 2011-07-01",
        "  convention {\n    withdrawal_notice_months 7\n  }\n  withdrawal clin_vals notified 2011-05-01")
    memo = _memo(FACTS / "gap10_withdrawal_late.gcs", text)
    assert not re.search(r"Le dossier ne précise pas : [^.]*préavis de retrait", memo)
    # seven months before 31 December 2011 is 31 May 2011: notified on 1 May, in time
    assert "31 décembre 2011" in memo
