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


# --- E3 ---------------------------------------------------------------------------------
# A fact of the file a rule reads shows in explanations when it is absent (« Le fichier n'indique
# pas : … »), in the counts and sums, and in why-not: it needs its sentence, or the reader gets its
# predicate's name (« declared nature (…) », « present (ag1, CH de Senlis) »).

from gcs_reasoner.program import load_program  # noqa: E402

PROGRAM = load_program()
_NEG = re.compile(r"not ([a-z_][a-zA-Z0-9_]*)(\((?:[^()]|\([^()]*\))*\))?")


def _read_inputs():
    """The predicates the rules read (positive conditions, negated ones) that no rule derives."""
    from gcs_reasoner.reasoning import ROUNDS

    heads = {r.signature for r in PROGRAM.rules}
    read = set()
    for r in PROGRAM.rules:
        read |= {(n, a) for n, a, _ in r.body_needs}
        body = r.text.split(":-", 1)[1] if ":-" in r.text else ""
        for m in _NEG.finditer(body):
            args = m.group(2)
            read.add((m.group(1), 0 if not args else len(re.split(r",(?![^(]*\))", args[1:-1]))))
    fed = {(name, arity) for (_, arity), name in ROUNDS.items()}
    return sorted(p for p in read if (p not in heads or p in fed) and not p[0].startswith("_"))


INPUTS = _read_inputs()


def test_the_inputs_read_by_the_rules_are_many():
    names = {n for n, _ in INPUTS}
    assert {"declared_nature", "present", "heard", "notice_days", "sector", "urgent", "task_split"} <= names
    assert len(INPUTS) > 100


@pytest.mark.parametrize("pred", INPUTS, ids=lambda p: f"{p[0]}/{p[1]}")
def test_every_input_fact_a_rule_reads_has_a_sentence(pred):
    says = PROGRAM.sentences.get(pred)
    assert says, f"{pred[0]}/{pred[1]}: no `% say` block (French and English) beside a rule that reads it"
    for pattern, fr, en, where in says:
        assert fr and en, f"{where}: `say {pattern}` lacks its French or English sentence"
        assert "«" not in fr + en, f"{where}: a « » in a sentence is read as a quote"


def test_every_fact_the_examples_give_a_rule_has_a_sentence():
    """Over the facts facts.py writes for every example file: each predicate a rule reads has a sentence."""
    import clingo

    from gcs_reasoner.facts import scenario_facts

    read = set(INPUTS)
    seen, lacking = set(), set()
    for path in sorted(FACTS.glob("*.gcs")):
        try:
            scenario = gcs.load(str(path))
        except Exception:  # a file made to fail (exit 2): nothing to read
            continue
        g = scenario.groupement
        as_of = g.as_of.value if g.as_of is not None else __import__("datetime").date(2024, 1, 1)
        for atom, _origin in scenario_facts(scenario, as_of).facts:
            sym = clingo.parse_term(atom)
            sig = (sym.name, len(sym.arguments))
            if sig in read:
                seen.add(sig)
                if not PROGRAM.sentences.get(sig):
                    lacking.add(sig)
    assert len(seen) > 80
    assert not lacking, sorted(lacking)


def _explain_text(path, query, lang):
    from gcs_reasoner.cli import main
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(["explain", str(FACTS / path), query, "--lang", lang])
    return buf.getvalue()


@pytest.mark.parametrize("path, query, said, raw", [
    # L6133-3 of 2011 I al. 5 « sa nature juridique est fixée par les membres dans la convention constitutive »
    ("gap10_withdrawal_late.gcs", "nature(undetermined)",
     "Le fichier n'indique pas : La convention constitutive fixe la nature juridique du groupement", "declared nature"),
    # R6133-7 of 2010 III « après avoir entendu le représentant du membre concerné »
    ("asm10_matters.gcs", "deliberation_invalid(ag1, d13, not_heard)",
     "Le fichier n'indique pas : CH de Toul a été entendu avant la délibération d13", "heard ("),
    # R6133-20 of 2010 al. 3: the convention fixes the assembly's time limits
    ("approval17_express_late.gcs", "convention_rule_missing(assembly_time_limits)",
     "délai de convocation de l'assemblée générale", "notice days"),
])
def test_an_absent_fact_is_said_in_words(path, query, said, raw):
    out = _explain_text(path, query, "fr")
    assert said in out, out
    assert raw not in out


def test_the_items_of_a_sum_are_named_by_member():
    """L6133-3 of 2009 I: the public members' participations against the others' (50 000 each):
    the sum lists the members, not the statements' internal numbers."""
    out = _explain_text("nature09_half.gcs", "nature(undetermined)", "fr")
    assert "CHU de Nîmes : 50000" in out and "Clinique Kennedy : 50000" in out, out
    assert "(3 : 50000; 4 : 50000)" not in out
    # a max over the statements' years leaves the statement's number open
    assert "La participation n° … porte sur l'exercice …" in out


# --- E4 ---------------------------------------------------------------------------------

def _why_not(path, query, lang="fr"):
    return _result(FACTS / path).why_not(query, lang=lang)


def test_why_not_quotes_the_version_in_force_and_says_the_atom_in_words():
    """The notice of 2011-07-01 is governed by R6133-7 of 2010 II, whose words are « En cours
    d'exécution de la convention constitutive, tout membre peut se retirer … » (R6133-5 of 2006
    said « de la convention, tout membre »)."""
    w = _why_not("gap10_withdrawal_late.gcs", "withdrawal_effective(clin_vals, 2011-12-31)")
    text = w.text("fr")
    assert "« II. - En cours d'exécution de la convention constitutive, tout membre peut se retirer" in text, text
    assert "« En cours d'exécution de la convention, tout membre" not in text
    assert w.as_dict("fr")["rules"][0]["quote"].startswith("II. - En cours d'exécution de la convention constitutive")
    words = w.failures[0].words["fr"]
    assert "Clinique de Vals le …" in words and "31 décembre 2011" in words, words
    assert "withdrawal_due(" not in words and "d(2011" not in words


def test_why_not_the_later_text_is_not_in_force():
    """As of 2010-06-01 L6133-3 of 2009 applies; the 2017 version (ordonnance of 12 January 2017) is
    not in force: said so, as for the 2011 version, not as facts the file lacks."""
    text = _why_not("nature09_half.gcs", "nature(public)").text("fr")
    assert "la version du 2017-01-14 de l'article L6133-3 n'est pas en vigueur le 1er juin 2010" in text, text
    assert "dans sa version issue de l'ordonnance du 12 janvier 2017" not in text
    assert "la version du 2011-08-12 de l'article L6133-3 n'est pas en vigueur le 1er juin 2010" in text
    # the text in force (2009) is not said to be out of force, and its decisive point is in words
    assert "la version du 2009-07-23 de l'article L6133-3 n'est pas en vigueur" not in text
    assert "public_majority(2010-06-01, _) n'est pas établi" not in text
    assert "provient de personnes de droit public" in text
