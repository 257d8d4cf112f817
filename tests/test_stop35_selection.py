"""A rule's negated guard `not in_force_id("Id", X)` (a text not yet in force on X) reads Id's facts too
(selection.py, `_Index.ids`): without them, clingo has no in_force_id atom for Id on any date, and the
negated guard held on every date. es_status_end_due (a public health establishment whose last authorisation
is not renewed in 2014, R6133-15 of 2010 al. 2) drew « not judged: no encoded text governs it on that date »
when the rule that names R6133-15@2010-07-26.1 positively was not selected (review 35, CI)."""

import re

import gcs_reasoner as gcs
from gcs_reasoner import selection
from gcs_reasoner.program import load_program


def test_every_provision_a_negated_guard_names_is_needed_by_its_rule():
    program = load_program()
    index = selection._index(program)
    negated = 0
    for i, rule in enumerate(program.rules):
        for pid in re.findall(r'not in_force_id\("([^"]+)"', rule.text):
            negated += 1
            assert pid in index.ids[i], (rule.file, rule.line, pid)
            assert pid in selection.needed_provisions(program, {i})
    assert negated >= 10  # the rules do use such guards (22 at review 35)


def test_a_non_renewal_in_2014_is_judged_under_r6133_15():
    result = gcs.reason(gcs.load("facts/es_status_end_due.gcs"))
    assert "status_end_required(suppresses)" in {str(c) for c in result.conclusions}
    assert not [w for w in result.warnings if w.code == "text_not_in_force" and "renew" in w.message]
