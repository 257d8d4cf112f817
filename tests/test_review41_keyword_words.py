"""Review 41 (round 17), fixer L: the file's keywords said in words in explanations.

Finding (noticed by fixer I): the sentences of the explanations printed the file's keywords raw: « Le fichier
n'indique pas : La convention constitutive comporte la mention liquidation_rules », « CH d'Arras est de la
catégorie other_health_professional », « La pièce budget_forecast est jointe à la convention constitutive », and
an agency decision « comporte l'acte approves(convention) ». A lawyer reads French, not the file's keywords.

The texts behind the keywords: R6133-1@2010-07-26.I.1.18 « Les conditions de la liquidation amiable du groupement
et de la désignation d'un ou plusieurs liquidateurs » (`liquidation_rules`); R6133-11@2006-01-01.2 « Doivent être
joints à la convention constitutive le budget prévisionnel du groupement » (`budget_forecast`); L6133-1 / L6133-2
(the kinds of members); the agency's decisions of L6133-3@2009-07-23.I.1 and R6133-1-1 (`approves convention`).

Reading: a sentence says what the file states, so a keyword is said by a short name of the item (« les règles de
liquidation du groupement »), not by the law's text, which the rule quotes. One table per closed list of the
grammar (gcs_reasoner/keyword_words.py, keyed by the grammar rule), the acts of a decision in a table of their
own; a keyword of several lists (`liquidation`: a procedure, a ground, a matter) is said by the list of the place
it fills (PLACES). No conclusion changes.
"""

import re
from pathlib import Path

import clingo
import pytest

import gcs_reasoner as gcs
from gcs_reasoner import keyword_words as kw
from gcs_reasoner.program import load_program
from gcs_reasoner.sentences import sentence, value

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts"
GRAMMAR = (ROOT / "gcs_reasoner" / "grammar.lark").read_text(encoding="utf-8")

# the closed lists of the grammar no sentence prints as a value (said by a pattern per value, or not printed):
# each new closed list must be put in kw.LISTS or here
NOT_PRINTED = {"indefinite", "none", "rights_basis_value", "valued_value", "result_kind", "avenant_member_event",
               "avenant_plain_event", "sector_value", "yes_no", "delegate", "the_administrator", "vote_choice",
               "majority_rule", "vote_weight_value", "profit_value", "ars_authority", "rights_ground"}


def closed_lists() -> dict:
    """grammar rule -> its keywords, for every `!rule: "a" | "b"` of the grammar (comments left out)."""
    out = {}
    for m in re.finditer(r"^!(\w+):((?:.|\n)*?)(?=^\S|\Z)", GRAMMAR, re.M):
        body = re.sub(r"//.*", "", m.group(2))
        out[m.group(1)] = re.findall(r'"([a-z_]+)"', body)
    return out


def test_every_keyword_of_each_closed_list_has_its_words_in_both_languages():
    lists = closed_lists()
    assert "mention" in lists and "liquidation_rules" in lists["mention"]  # anchor: the grammar is read
    assert set(lists) == set(kw.LISTS) | NOT_PRINTED, set(lists) ^ (set(kw.LISTS) | NOT_PRINTED)
    for name, table in kw.LISTS.items():
        assert set(table) == set(lists[name]), (name, set(table) ^ set(lists[name]))
        for word, (fr, en) in table.items():
            assert fr and en, (name, word)
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", fr + en), (name, word, fr, en)


def test_every_act_of_an_agency_decision_has_its_words():
    acts = re.search(r"^_act:((?:.|\n)*?)(?=^\S)", GRAMMAR, re.M).group(1)
    names = set(re.findall(r"\b([a-z_]+)\b", acts))
    assert "approves" in names and "erects" in names  # anchor
    assert names == {n for n, _ in kw.ACTS}, names ^ {n for n, _ in kw.ACTS}
    for (name, arity), (fr, en) in kw.ACTS.items():
        assert fr.count("{0}") == en.count("{0}") <= arity, name  # (tariff_scale: the scale is not a keyword)


def test_the_lists_the_brief_names_are_covered():
    for name in ("mention", "attachment", "kind_value", "matter", "transfer_category", "finding_ground"):
        assert name in kw.LISTS


@pytest.fixture(scope="module")
def program():
    return load_program()


def say(program, atom: str, lang: str = "fr") -> str:
    return sentence(clingo.parse_term(atom), lang, program, {"ch_a": "CH A"})


def test_the_sentences_of_the_file_s_statements_say_keywords_in_words(program):
    assert say(program, "mention(liquidation_rules)") == \
        "La convention constitutive comporte la mention suivante : les règles de liquidation du groupement."
    assert say(program, "mention(liquidation_rules)", "en") == \
        "The convention constitutive includes the following mention: the rules of liquidation of the groupement."
    assert say(program, "attached(budget_forecast)") == \
        "La pièce suivante est jointe à la convention constitutive : le budget prévisionnel du groupement."
    assert say(program, "kind(ch_a, other_health_professional)") == \
        "CH A est de la catégorie autre professionnel de santé."
    assert say(program, "kind(ch_a, other_health_professional)", "en") == "CH A is of the kind other health professional."
    assert say(program, "ars_act(dec1, approves(convention))") == (
        "La décision dec1 du directeur général de l'agence régionale de santé comporte l'acte suivant : "
        "l'approbation de la convention constitutive.")
    assert say(program, "ars_act(dec1, approves(avenant(av1)))", "en") == (
        "Decision dec1 of the director general of the regional health agency contains the following act: "
        "the approval of avenant av1.")
    assert say(program, "ars_act(dec1, transfers(other))").endswith("le transfert de compétences : d'autres compétences.")
    assert "la matière budget" in say(program, "deliberation(ag1, d1, budget)")


def test_a_tariff_scale_decision_keeps_fixer_i_s_sentence(program):
    """Where a rule gives a value its own sentence (`% say ars_act(Dc, tariff_scale(abc))`), it wins."""
    text = say(program, "ars_act(dec1, tariff_scale(abc))")
    assert "fixe l'échelle tarifaire du groupement : celle des établissements mentionnés aux a, b et c" in text
    assert "acte suivant" not in text


def test_a_keyword_of_several_lists_is_said_by_the_place_it_fills():
    # `liquidation`: a member's procedure, a ground of exclusion, a deliberation's matter
    assert value(clingo.parse_term("liquidation"), "fr", {}, ("procedure", 2, 1)) == "liquidation judiciaire"
    assert value(clingo.parse_term("liquidation"), "fr", {}, ("deliberation", 3, 2)) == "liquidation du groupement"
    # `staff`: a form of participation, a category of the supervisory board
    assert value(clingo.parse_term("staff"), "en", {}, ("participation", 4, 2)) == "in staff"
    assert value(clingo.parse_term("staff"), "en", {}, ("board_member", 3, 2)) == "staff representatives"


def test_a_member_s_name_and_other_terms_are_not_keywords():
    names = {"ch_a": "CH A"}
    assert value(clingo.parse_term("ch_a"), "fr", names) == "CH A"
    # a constant of the rules' own vocabulary that is no keyword stays as it was (anchor: a keyword beside it)
    assert value(clingo.parse_term("single_member"), "fr", names) == "single_member"
    assert value(clingo.parse_term("cost_split"), "fr", names) == "la répartition des charges de fonctionnement entre les membres"
    assert value(clingo.parse_term("f(x)"), "fr", names) == "f(x)"


KEYWORDS = {w for table in kw.LISTS.values() for w in table if "_" in w}


def raw_keywords(text: str) -> set:
    """Keywords of the closed lists (those with an underscore: never a French or English word) in the lines
    of an explanation that are not the file's own statements (« ← file, line »)."""
    found = set()
    for line in text.splitlines():
        if "←" in line:
            continue
        found |= set(re.findall(r"[a-z][a-z0-9_]*", line)) & KEYWORDS
    return found


@pytest.mark.parametrize("path, atom, words_fr, words_en", [
    ("admin10_elected_after_as_of.gcs", "missing_mention(liquidation_rules)",
     "comporte la mention suivante : les règles de liquidation du groupement",
     "includes the following mention: the rules of liquidation of the groupement"),
    ("admin10_elected_after_as_of.gcs", "missing_attachment(budget_forecast)",
     "jointe à la convention constitutive : le budget prévisionnel du groupement",
     "attached to the convention constitutive: the provisional budget of the groupement"),
    ("admin10_elected_after_as_of.gcs", "accountant_absent(ag1)",
     "est de la catégorie autre professionnel de santé", "is of the kind other health professional"),
    ("es17_single_act_2018.gcs", "single_act_missing(erection)",
     "comporte l'acte suivant : l'érection du groupement en établissement de santé",
     "contains the following act: the erection of the groupement into a health establishment"),
])
def test_explanations_say_no_raw_keyword(path, atom, words_fr, words_en):
    res = gcs.reason(gcs.load(FACTS / path), explain=True)
    assert atom in {str(c).replace(" ", "") for c in res.conclusions} | {str(c) for c in res.conclusions}
    tree = res.explain(atom)
    fr, en = tree.text("fr"), tree.text("en")
    assert words_fr in fr and words_en in en  # anchor: the keyword is said, in words
    assert not raw_keywords(fr), raw_keywords(fr)
    assert not raw_keywords(en), raw_keywords(en)
