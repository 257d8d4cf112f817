"""Review 41 (round 17), fixer I: what an explanation shows (reviewer 4, findings 2, 3 and 6).

F2. An explanation folded the conditions of a *demand* auxiliary into the legal conclusion that read it. The nature
of the groupement on the day of an assembly is computed only when a rule asks it that day (`nature_asked`, beside
R6133-10@2006-01-01.1 « Il assiste à l'assemblée générale du groupement. », R6133-4 of 2010...), so the explanation
of « CH de Dole est un établissement ou un organisme public » (L6133-1@2004-08-11.5 « Il constitue une personne
morale de droit public lorsqu'il est exclusivement constitué d'établissements ou d'organismes publics [...] ») said
« Texte applicable : R6133-10 » and « Le fichier n'indique pas : L'agent comptable du groupement a assisté à
l'assemblée générale ag2 » — conditions L6133-1 does not have (the nature rests on the members only). Reading: an
auxiliary rule that only says on which days (or for which values) a question is asked is marked
`% auxiliary (demand): ...` (RuleInfo.demand); the explanation builder does not fold its conditions, facts, texts
or absences into the node that reads it (it is kept among the node's steps, shown with --detail), and the
provisions and texts a conclusion rests on (Trace) are not walked through it. The rules of a demand predicate are
all marked (checked here): nature_asked, nature_day, meeting_day, money_day, law_date, check_date,
dissolution_asked_on, office_date, delegating_day, liquidator_day.

F3. Comparisons were said as the machine writes them: « (2, 20) (2, 20) et (1, 1) (1, 1) sont distincts » (the
first whole year of the groupement's life, rules/time/years_of_life.lp), « Convention_case et
no_health_establishment sont distincts » (R6133-17@2006-01-01.2), « Fewer_than_three_members et late_convocation
sont distincts ». Reading: an identity or a difference between terms of the rules' own vocabulary (a case, a role,
a tuple of them: not a number, a date or a member's name) is how a rule picks its case, not a condition of the
law: it is left out of the words (the raw comparison stays in the JSON's `computed`). A comparison that carries a
condition gets a sentence of its own, `% say COMPARISON` above the rule (RuleInfo.comparison_says): the first-year
rule (« Le groupement existe à compter du 20 février 2006, qui n'est pas un 1er janvier : sa première année
entière de vie est l'année suivante. ») and the year end of a withdrawal (R6133-5@2006-01-01.2 « à l'expiration
d'un exercice budgétaire »: « Le 30 juin 2008, date demandée, n'est pas un 31 décembre ... »). The sum of the
contributions says their form in words (« en nature (biens meubles) », not « (in_kind(movable)) »), and a decision
setting the tariff scale is said so (not « comporte l'acte tariff_scale(_) »).

F6 (the grounds of irregularity behind « Il n'est pas établi que : La délibération d1 ... est irrégulière ») is
not done: the why-not machinery grounds a program per rule of `deliberation_invalid` (about a minute on this
machine for one deliberation), not cheap enough for each explanation; `gcs-reasoner why-not FILE
'deliberation_invalid(ag1, d1, _)'` gives them.
"""

from pathlib import Path

import clingo
import pytest

import gcs_reasoner as gcs
from gcs_reasoner.explain import Comparison, DerivedNode
from gcs_reasoner.program import RuleFileError, load_program

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"

DEMAND = {("nature_asked", 1), ("nature_day", 1), ("meeting_day", 1), ("money_day", 1), ("law_date", 1),
          ("check_date", 1), ("dissolution_asked_on", 1), ("office_date", 1), ("delegating_day", 1),
          ("liquidator_day", 1)}


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"), explain=True)


def nodes(tree):
    """Every derived node of a tree, once."""
    seen, stack, out = set(), [tree], []
    while stack:
        n = stack.pop()
        if not isinstance(n, DerivedNode) or id(n) in seen:
            continue
        seen.add(id(n))
        out.append(n)
        stack.extend(n.because)
    return out


def articles(node) -> set:
    return {t.article for t in node.texts}


# --- F2: demand auxiliaries ---------------------------------------------------------------------------------------

def test_every_rule_of_a_demand_predicate_is_marked_and_is_auxiliary():
    program = load_program()
    assert program.demand_predicates == DEMAND
    for r in program.rules:
        if r.signature in DEMAND:
            assert r.demand, f"{r.file}:{r.line}: a rule of {r.head} without '% auxiliary (demand):'"
            assert r.auxiliary and not r.provisions, f"{r.file}:{r.line}"


def test_no_demand_predicate_is_shown_or_read_absent():
    """A demand atom is only read present (an absent one would be a condition, said in the explanation)."""
    program = load_program()
    assert not DEMAND & program.shown
    for r in program.rules:
        for name, _arity in DEMAND:
            assert f"not {name}(" not in r.text, f"{r.file}:{r.line}"


ASSEMBLY_2007 = """groupement g "GCS Test" {
  as of 2007-12-31
  approved 2006-03-01
  seat "Besançon" region "Franche-Comté"
  member chu_a "CHU A" {
    kind health_establishment
    sector public
    region "Franche-Comté"
    rights 50
  }
  member ch_b "CH B" {
    kind health_establishment
    sector public
    region "Franche-Comté"
    rights 50
  }
  assembly ag1 on 2007-10-16 {
    convened_on 2007-09-28 by administrator
    present chu_a, ch_b
  }
}
"""


def test_the_nature_on_an_assembly_day_rests_on_the_members_not_on_the_accountant():
    res = run(ASSEMBLY_2007)
    tree = res.explain("accountant_absent(ag1)")
    # anchor: the conclusion's own node says the accountant's absence and R6133-10
    assert "not accountant_present(ag1)" in tree.unless
    assert any(getattr(b, "fact", "").startswith("assembly(") for b in tree.because)
    assert "R6133-10" in articles(tree)
    nature = [n for n in nodes(tree) if n.conclusion.startswith(("public_case(", "counts_as_public("))]
    assert {n.conclusion.split("(")[0] for n in nature} == {"public_case", "counts_as_public"}
    for n in nature:
        assert n.provision.startswith("L6133-1@2004-08-11"), n.provision
        assert "L6133-1" in articles(n)  # the nature's own text, on the assembly's day
        assert "R6133-10" not in articles(n), n.conclusion
        assert not any("accountant_present" in u for u in n.unless), (n.conclusion, n.unless)
        assert not any(getattr(b, "fact", "").startswith("assembly(") for b in n.because), n.conclusion
    member = [n for n in nature if n.conclusion.startswith("counts_as_public(")][0]
    assert any(getattr(b, "fact", "").startswith("sector(") for b in member.because)
    text = tree.text("fr")
    assert text.count("L'agent comptable du groupement a assisté à l'assemblée générale ag1") == 1


def test_a_demand_step_is_kept_for_the_detail():
    res = run(ASSEMBLY_2007)
    tree = res.explain("accountant_absent(ag1)")
    nature = [n for n in nodes(tree) if n.conclusion.startswith("counts_as_public(")][0]
    steps, stack = [], [s for n in nature.parts or [nature] for s in n.steps]
    while stack:  # (the steps folded into the node, and theirs)
        s = stack.pop()
        steps.append(s)
        stack.extend(s.steps)
    demand = [s for s in steps if s.note == "demand"]
    assert demand and all(s.atom.startswith(("nature_day(", "check_date(", "law_date(")) for s in demand)
    assert not any(s.because or s.unless for s in demand)


def test_the_texts_a_derivation_applied_are_not_those_that_ask_the_question():
    """The texts in force a derivation rests on (Trace._texts_applied: they choose the version a rule reused by
    later versions cites) are not walked through a demand auxiliary."""
    res = run(ASSEMBLY_2007)
    member = clingo.parse_term("counts_as_public(d(2007,10,16),chu_a)")
    records = res.trace.derivations(member)
    assert records
    texts = res.trace._texts_applied(records[0])
    assert ("L6133-1", "2004-08-11") in texts
    assert not any(a == "R6133-10" for a, _v in texts), texts


# --- F3: comparisons in words -------------------------------------------------------------------------------------

def test_the_first_whole_year_is_said_in_words():
    res = gcs.reason(gcs.load(FACTS / "withdrawal_notice.gcs"), explain=True)
    text = res.explain("annual_assembly_missing(2007)").text("fr")
    assert ("Le groupement existe à compter du 20 février 2006, qui n'est pas un 1er janvier : sa première année "
            "entière de vie est l'année suivante.") in text
    assert "(1, 1)" not in text and "sont distincts" not in text
    en = res.explain("annual_assembly_missing(2007)").text("en")
    assert "which is not 1 January: its first whole year of life is the next year." in en
    # (2006 is not a whole year: not drawn)
    assert "annual_assembly_missing(2006)" not in {str(c) for c in res.conclusions}


BORN_1_JANUARY = """groupement g "GCS Test" {
  as of 2008-06-30
  approved 2007-01-01
  seat "Lille" region "Nord-Pas-de-Calais"
  member chu_a "CHU A" {
    kind health_establishment
    sector public
    region "Nord-Pas-de-Calais"
    rights 50
  }
  member ch_b "CH B" {
    kind health_establishment
    sector public
    region "Nord-Pas-de-Calais"
    rights 50
  }
}
"""


def test_a_groupement_born_on_1_january_has_its_first_year_without_the_sentence():
    res = run(BORN_1_JANUARY)
    assert "annual_assembly_missing(2007)" in {str(c) for c in res.conclusions}
    text = res.explain("annual_assembly_missing(2007)").text("fr")
    assert "Texte applicable le 31 décembre 2007 : R6133-12" in text  # anchor
    assert "qui n'est pas un 1er janvier" not in text


def test_a_case_picked_by_the_rule_is_not_said_as_a_comparison():
    res = gcs.reason(gcs.load(FACTS / "dissol06_case_by_law_late.gcs"), explain=True)
    tree = res.explain("dissolution_required(convention_case)")
    text = tree.text("fr")
    assert "R6133-17" in text  # anchor: the provision that dissolves
    assert "sont distincts" not in text and "Convention_case" not in text
    # the raw comparison stays in the data
    raw = [c for n in nodes(tree) for c in n.computed if "single_member" in c]
    assert raw


def test_comparison_words_keep_the_members_and_drop_the_vocabulary():
    res = run(ASSEMBLY_2007)
    from gcs_reasoner.render.words import Words

    w = Words(res, "fr")
    a, b = clingo.Function("chu_a"), clingo.Function("ch_b")
    assert w.comparison(Comparison("!=", a, b, "M != N", {})) == "CHU A et CH B sont distincts"
    case = Comparison("!=", clingo.Function("convention_case"), clingo.Function("single_member"),
                      "R != single_member", {})
    assert w.comparison(case) is None
    pair = Comparison("!=", clingo.Tuple_([clingo.Number(2), clingo.Number(20)]),
                      clingo.Tuple_([clingo.Number(1), clingo.Number(1)]), "(M,N) != (1,1)", {})
    assert w.comparison(pair) is None
    said = Comparison("!=", pair.left, pair.right, "(M,N) != (1,1)",
                      {"P": clingo.Function("d", [clingo.Number(2006), clingo.Number(2), clingo.Number(20)])},
                      say=("Le {P} n'est pas un 1er janvier.", "{P} is not 1 January."))
    assert w.comparison(said) == "Le 20 février 2006 n'est pas un 1er janvier."
    assert w.comparison(Comparison("<", clingo.Number(2), clingo.Number(3), "N < 3", {})) == "2 est inférieur à 3"


WITHDRAWAL_MID_YEAR = """groupement g "GCS Test" {
  as of 2009-06-30
  approved 2006-03-01
  seat "Lille" region "Nord-Pas-de-Calais"
  member chu_a "CHU A" {
    kind health_establishment
    sector public
    region "Nord-Pas-de-Calais"
    rights 40
  }
  member ch_b "CH B" {
    kind health_establishment
    sector public
    region "Nord-Pas-de-Calais"
    rights 30
  }
  member ch_c "CH C" {
    kind health_establishment
    sector public
    region "Nord-Pas-de-Calais"
    rights 30
  }
  withdrawal ch_c notified 2007-09-03 effective 2008-06-30
}
"""


def test_a_withdrawal_not_at_a_year_end_says_why_in_words():
    res = run(WITHDRAWAL_MID_YEAR)
    found = {str(c) for c in res.conclusions}
    assert "withdrawal_invalid(ch_c, 2008-06-30, not_end_of_budget_year)" in found, sorted(found)
    text = res.explain("withdrawal_invalid(ch_c, 2008-06-30, not_end_of_budget_year)").text("fr")
    assert ("Le 30 juin 2008, date demandée, n'est pas un 31 décembre : ce n'est pas l'expiration d'un exercice "
            "budgétaire (l'année civile).") in text
    assert "(6, 30)" not in text


def test_the_form_of_a_contribution_and_a_tariff_scale_are_said_in_words():
    res = gcs.reason(gcs.load(FACTS / "money10_boundary_2009_07_22.gcs"), explain=True)
    text = res.explain("rights_not_proportional(clinique_gers)").text("fr")
    assert "Clinique du Gers apporte au groupement … euros en nature (biens meubles)" in text
    assert "in_kind(" not in text
    res = gcs.reason(gcs.load(FACTS / "es17_single_act_2018.gcs"), explain=True)
    text = res.explain("single_act_missing(tariff_scale)").text("fr")
    assert ("Le fichier n'indique pas : La décision dec1 du directeur général de l'agence régionale de santé fixe "
            "l'échelle tarifaire du groupement.") in text
    assert "tariff_scale(" not in text


# --- the rule files: a comparison's sentence must be one of the rule's comparisons ---------------------------------

def _read(tmp_path, text: str):
    from gcs_reasoner.rule_files import Reader

    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    f = rules / "x.lp"
    f.write_text(text, encoding="utf-8")
    reader = Reader(tmp_path, nota_registry=())
    reader.load(f)
    return reader.rules


def test_a_comparison_sentence_is_read_beside_its_rule(tmp_path):
    rules = _read(tmp_path, "% say (M, N) != (1, 1)\n%   fr: Pas le {P}.\n%   en: Not {P}.\n"
                            "% auxiliary: test\nq(P) :- p(P), P = d(_, M, N), (M, N) != (1, 1).\n")
    assert rules[0].comparison_says == [[1, "Pas le {P}.", "Not {P}."]]
    assert rules[0].says == []


def test_a_comparison_sentence_the_rule_does_not_write_is_an_error(tmp_path):
    with pytest.raises(RuleFileError, match="no such comparison"):
        _read(tmp_path, "% say (M, N) != (1, 2)\n%   fr: Pas.\n%   en: Not.\n"
                        "% auxiliary: test\nq(P) :- p(P), P = d(_, M, N), (M, N) != (1, 1).\n")
    with pytest.raises(RuleFileError, match="no variable"):
        _read(tmp_path, "% say (M, N) != (1, 1)\n%   fr: Pas {Q}.\n%   en: Not {Q}.\n"
                        "% auxiliary: test\nq(P) :- p(P), P = d(_, M, N), (M, N) != (1, 1).\n")
