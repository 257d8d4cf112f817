"""Review 41 (round 17), reviewer 4 findings 1 and 5, fixer J: which text an explanation says applies.

F1. `gcs-reasoner why-not facts/withdrawal_notice.gcs 'annual_assembly_missing(2006)'` (approval published
2006-02-20) said of the rule of R6133-12@2006-01-01.2 (« L'assemblée se réunit ... au moins une fois par an. »)
« in_force_id("R6133-12@2006-01-01.2", 2006-12-31) n'est pas établi ... la date 31 décembre 2006 n'est pas une date
que les règles examinent ». A lawyer reads: R6133-12 of 2006 was not in force on 31 December 2006, which is false.
The true reason: 2006 is not a whole year of the groupement's life (life_year/1, rules/time/years_of_life.lp, the
reading of review 40: a groupement born after 1 January is first judged on the next year). The rules look up the
texts only on the days they ask (law_date/1), and they ask the last day of a year only for the years that may be
years of its life; why-not read the version guard first (whynot_rules.body_order) and stopped there.

The reading (general, for every rule, not only the yearly ones: annual_assembly_missing, report_due, report_late,
accounts_approval_due, accounts_approval_late...): a version guard that fails only because its day is not one the
rules examine, while the inventory has its text in force that day, is not the reason. Why-not reads the rule again
with that guard last, and says the conditions that fail (here life_year); when every other condition holds, it says
the guard as before. A guard whose text is not in force that day is still the reason (R6133-20 of 2010 on
2006-12-31).

F5. `explain facts/dissol10_case_by_law_late.gcs 'assets_devolved_per_convention'` showed « Texte applicable le 1er
septembre 2013 : L6133-9 (version en vigueur du 23 juillet 2009 au 13 janvier 2017) ». L6133-9@2009-07-23 says only
« Des mesures réglementaires prises par décret en Conseil d'Etat déterminent ... les modalités d'application » of the
chapter: it states no ground of dissolution; the rules of R6133-17 of 2006 and R6133-8 of 2010 (« Le groupement est
dissous de plein droit dans les cas prévus par la convention constitutive ») used it only as a date: until
2017-01-13, the day before L6133-9 of 2017 (« 2° De plein droit dans les cas prévus par la convention
constitutive ») states the grounds itself. The gate is now that later text not in force (L6133-9@2017-01-14.1.1 and
its repeat of 2018): the same days, and the explanation says « Texte non applicable ... : L6133-9 (version en vigueur
du 14 janvier 2017 ...) », which is true, instead of naming L6133-9 of 2009 as a text applied.
"""

from pathlib import Path

import gcs_reasoner as gcs
from gcs_reasoner.whynot import why_not

FACTS = Path(__file__).resolve().parent.parent / "facts"
NOT_ASKED = "n'est pas une date que les règles examinent"


def _run(text_or_name: str):
    if text_or_name.endswith(".gcs"):
        return gcs.reason(gcs.load(str(FACTS / text_or_name)), explain=True)
    return gcs.reason(gcs.loads(text_or_name, path="<test>"), explain=True)


def _found(res) -> set:
    return {str(c) for c in res.conclusions}


# --- F1 ---------------------------------------------------------------------------------------------------------

def test_birth_year_why_not_says_the_year_is_not_a_whole_year_of_life():
    res = _run("withdrawal_notice.gcs")
    assert "annual_assembly_missing(2007)" in _found(res)  # anchor: the first whole year is judged
    text = str(why_not(res, "annual_assembly_missing(2006)"))
    assert "l'année 2006 est une année entière de la vie du groupement" in text
    assert NOT_ASKED not in text
    # the 2010 text really is not in force on 2006-12-31: that reason is still said, for that rule
    assert "la version du 2010-07-26 de l'article R6133-20 n'est pas en vigueur le 31 décembre 2006" in text


def test_year_after_the_as_of_date_why_not_says_the_year_is_not_closed():
    res = _run("withdrawal_notice.gcs")  # as of 2008-06-30
    text = str(why_not(res, "annual_assembly_missing(2009)"))
    assert "l'année 2009 est une année entière de la vie du groupement" in text
    assert NOT_ASKED not in text


def test_report_and_accounts_of_the_birth_year():
    res = _run("admin10_execution_term_over_2015.gcs")  # approved 2011-09-01, as of 2015-06-30
    found = _found(res)
    assert "report_due(2012, 2013-12-31)" in found and "accounts_approval_due(2012, 2014-03-30)" in found  # anchors
    for q in ("report_due(2011, _)", "report_late(2011)", "accounts_approval_due(2011, _)",
              "accounts_approval_late(2011)", "annual_assembly_missing(2011)"):
        text = str(why_not(res, q))
        assert "l'année 2011 est une année entière de la vie du groupement" in text, q
        assert NOT_ASKED not in text, q


def test_a_text_not_in_force_is_still_the_reason():
    # R6133-12 of 2006 is not in force on 2011-12-31 (a date the rules do not ask either): said as such
    res = _run("admin10_execution_term_over_2015.gcs")
    text = str(why_not(res, "annual_assembly_missing(2011)"))
    assert "la version du 2006-01-01 de l'article R6133-12 n'est pas en vigueur le 31 décembre 2011" in text


def test_guard_on_an_unasked_day_is_said_when_every_other_condition_holds():
    from gcs_reasoner.whynot_eval import Evaluator

    res = _run("withdrawal_notice.gcs")
    ev = Evaluator(res)
    import clingo.ast as ast

    lits = []
    ast.parse_string('a :- in_force_id("R6133-12@2006-01-01.2", d(2006, 12, 31)).',
                     lambda n: lits.extend(n.body) if n.ast_type == ast.ASTType.Rule else None)
    assert ev._unasked_day(lits[0], {})  # in force that day by the inventory, the day not asked
    lits = []
    ast.parse_string('a :- in_force_id("R6133-20@2010-07-26.2", d(2006, 12, 31)).',
                     lambda n: lits.extend(n.body) if n.ast_type == ast.ASTType.Rule else None)
    assert not ev._unasked_day(lits[0], {})  # not in force that day: the guard is the reason


# --- F5 ---------------------------------------------------------------------------------------------------------

CASE = """groupement irm "GCS IRM" {{
  as of {as_of}
  approved 2012-03-01
  seat "Guéret" region "Limousin"
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_aubusson "CH d'Aubusson" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  convention {{
    object "IRM"
    task_split
    vote_weight rights
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation d'IRM"
  }}
  case_occurred "perte de l'autorisation d'IRM" on {on}
}}
"""


def _texts(res, atom: str) -> set:
    node = next(c for c in res.conclusions if str(c) == atom).explain()
    return {(t.article, t.version) for t in node.texts}


def test_convention_case_of_2013_names_r6133_8_not_l6133_9_of_2009():
    res = _run("dissol10_case_by_law_late.gcs")
    texts = _texts(res, "dissolution_required(convention_case)")
    assert ("R6133-8", "2010-07-26") in texts
    assert ("L6133-9", "2009-07-23") not in texts
    text = next(c for c in res.conclusions if str(c) == "assets_devolved_per_convention").explain().text("fr")
    assert "L6133-9 (version en vigueur du 23 juillet 2009" not in text
    assert "Texte applicable le 1er septembre 2013 : R6133-8" in text


def test_the_days_of_the_2010_rule_are_unchanged_at_the_2017_boundary():
    # the last day before L6133-9 of 2017: the rule of R6133-8 of 2010 concludes, citing it
    res = _run(CASE.format(as_of="2017-03-31", on="2017-01-13"))
    node = next(c for c in res.conclusions if str(c) == "dissolution_required(convention_case)").explain()
    assert node.provisions[0].startswith("R6133-8@2010-07-26")
    assert ("L6133-9", "2009-07-23") not in {(t.article, t.version) for t in node.texts}
    # from 2017-01-14, the law states the ground: the rule of 2010 does not apply; the one of L6133-9 of 2017 does
    res = _run(CASE.format(as_of="2017-03-31", on="2017-01-14"))
    node = next(c for c in res.conclusions if str(c) == "dissolution_required(convention_case)").explain()
    assert any(p.startswith("L6133-9@2017-01-14") for p in node.provisions)
    assert not any(p.startswith("R6133-8@2010-07-26.1") for p in node.provisions[:1])
