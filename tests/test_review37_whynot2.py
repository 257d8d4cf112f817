"""Review 37, second reader, fixer J: why-not's words, a warning's sentence.

1. why-not on a fact the file states but that validate.py leaves out (with its warning: dated before legal
   personality) says it is stated and left out, with the warning's reason and line, not « le dossier n'indique
   pas que … ».
2. « (la date n'est pas indiquée) » only where the file states the event but not the fact that carries the date
   (an assembly without `convened_on`), not where the whole statement is missing (no withdrawal notified at all).
3. The missing_fact warnings of an event before 2006 not judged (withdrawal_after_event, exclusion_after_event,
   admission_after_event, joining_after_event) are said in their rule's own sentence (`% say missing_fact(...)`),
   which names the assembly and the member, with no special case of `deliberation_of` in result.py.
"""

import re
from pathlib import Path

import gcs_reasoner as gcs
from gcs_reasoner.whynot import why_not

ROOT = Path(__file__).resolve().parent.parent


def _line(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


# --- 3. a missing_fact said in its rule's own sentence ------------------------------------------------------------

# a term reached on 2005-06-30 (before 2006: not judged); a valid exclusion voted on 2007-04-18 (after it)
EXCLUSION = """groupement g "G" {
  as of 2009-06-01
  approved 2002-03-01
  seat "Guéret" region "Limousin"
  duration until 2005-06-30
  member ch_a "CH A" { kind health_establishment sector public region "Limousin" rights 40 }
  member ch_c "CH C" { kind health_establishment sector public region "Limousin" rights 40 }
  member ch_d "CH D" { kind health_establishment sector public region "Limousin" rights 20 }
  convention {
    object "IRM"
    task_split
    mentions dissolution_rules
    dissolution_case "perte de l'autorisation d'IRM"
  }
  administrator ch_a elected 2007-01-10 by ag0.d1 until 2010-01-09
  assembly ag0 on 2007-01-10 {
    convened_on 2006-12-20 by administrator
    present ch_a, ch_c, ch_d
    deliberation d1 on administrator { for ch_a, ch_c, ch_d }
  }
  assembly ag1 on 2007-04-18 {
    convened_on 2007-04-01 by administrator
    present ch_a, ch_c, ch_d
    deliberation d1 on exclusion of ch_d {
      for ch_a, ch_c
      ground breach
      heard ch_d
    }
  }
}
"""


def _warnings(result, topic: str) -> list:
    return [w for w in result.warnings if w.code == "missing_fact" and w.atom.startswith(f"missing_fact({topic},")]


def test_the_exclusion_after_an_unjudged_event_is_said_in_its_rules_sentence():
    r = gcs.reason(gcs.loads(EXCLUSION))
    [w] = _warnings(r, "exclusion_after_event")
    assert w.atom == "missing_fact(exclusion_after_event, deliberation_of(ag1, d1, ch_d), dissolution_not_judged)"
    # at the deliberation's line (the statement it names)
    assert w.line == _line(EXCLUSION, "deliberation d1 on exclusion of ch_d")
    # the rule's sentence (rules/membership/2006-01-01_R6133-5.lp): the assembly {A} and the member {M} by its name
    assert w.message_fr == ("Un événement antérieur au 1er janvier 2006 qui dissout le groupement de plein droit n'est "
                            "pas jugé : on ne peut dire si le groupement était déjà dissous quand l'assemblée générale "
                            "ag1 a voté l'exclusion de CH D ; ni la prise d'effet de cette exclusion, ni l'avenant, ni "
                            "la qualité de membre de CH D ensuite ne sont appréciés.")
    assert w.message.startswith("An event before 1 January 2006 that dissolves the groupement by operation of law is "
                                "not judged: whether the groupement was already dissolved when general assembly ag1 "
                                "voted the exclusion of CH D cannot be said")
    assert "ch_d" not in w.message + w.message_fr and "{" not in w.message + w.message_fr
    # the other warnings of the file keep the tables' words (the yearly obligations after that event)
    [y] = _warnings(r, "yearly_obligations_after_event")
    assert "aucune conclusion sur l'assemblée annuelle" in y.message_fr


def test_the_withdrawal_and_the_joining_after_an_unjudged_event_are_said_in_their_sentences():
    text = EXCLUSION.replace("  assembly ag1", "  withdrawal ch_c notified 2007-03-01\n  assembly ag1").replace(
        '  member ch_d "CH D" {', '  member ch_e "CH E" { kind health_establishment sector public region "Limousin" '
        'rights 10 joined 2007-02-01 }\n  member ch_d "CH D" {')
    r = gcs.reason(gcs.loads(text))
    [w] = _warnings(r, "withdrawal_after_event")
    assert w.line == _line(text, "withdrawal ch_c notified")
    assert ("quand le retrait notifié par CH C le 1er mars 2007 aurait pris effet" in w.message_fr
            and "la qualité de membre de CH C ensuite" in w.message_fr)
    [j] = _warnings(r, "joining_after_event")
    assert j.line == _line(text, 'member ch_e "CH E"')  # the member's line (its subject is the member)
    assert "quand CH E l'a rejoint" in j.message_fr and "when CH E joined it" in j.message


def test_the_topics_said_in_their_sentence_have_one_in_each_language_and_no_member_placeholder():
    from gcs_reasoner.program import load_program
    from gcs_reasoner.warning_words import TOPICS_EN, TOPICS_FR, TOPICS_SAID_IN_ITS_SENTENCE

    blocks = load_program().sentences.get(("missing_fact", 3), [])
    for topic in TOPICS_SAID_IN_ITS_SENTENCE:
        own = [(fr, en) for pattern, fr, en, _ in blocks if pattern.replace(" ", "").startswith(f"missing_fact({topic},")]
        assert own and all(fr.strip() and en.strip() for fr, en in own), topic
    # no topic is worded with a member to fill in (result.py no longer replaces {M} in a topic)
    assert not [t for t, words in {**TOPICS_EN, **TOPICS_FR}.items() if "{" in str(words)]
    source = (ROOT / "gcs_reasoner" / "result.py").read_text(encoding="utf-8")
    assert 'stated.name == "deliberation_of"' not in source and '.replace("{M}"' not in source


# --- 1. a statement the file states, left out with its warning --------------------------------------------------

# the withdrawal of ch_toul notified 2011-02-01, before the approval's publication on 2011-03-01 (R6133-1-1 of 2010
# al. 2 « jouit de la personnalité morale à compter de la date de publication »): validate.py leaves it out
# (withdrawal_before_legal_personality); chu_nancy notified nothing
WITHDRAWAL_BEFORE = """groupement g "GCS Imagerie" {
  as of 2013-06-01
  approved 2011-03-01
  seat "Nancy" region "Lorraine"
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 40 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 30 }
  member ch_toul "CH de Toul" { kind health_establishment sector public region "Lorraine" rights 30 }
  withdrawal ch_toul notified 2011-02-01
}
"""


def _absent(w) -> list:
    return [f for f in w.failures if f.kind == "absent"]


def test_a_withdrawal_left_out_before_personality_is_said_stated_and_left_out():
    r = gcs.reason(gcs.loads(WITHDRAWAL_BEFORE))
    line = _line(WITHDRAWAL_BEFORE, "withdrawal ch_toul notified")
    [warning] = [x for x in r.warnings if x.code == "withdrawal_before_legal_personality"]
    assert warning.line == line
    w = why_not(r, "withdrawal_due(ch_toul, _, _)")
    failures = _absent(w)
    assert failures and all(f.literal == "withdrawal(M,N)" for f in failures)
    for f in failures:
        fr, en = f.words["fr"], f.words["en"]
        # stated, with its own date and line, and left out with the warning's reason
        assert fr.startswith(f"le dossier indique que CH de Toul a notifié son retrait du groupement le 1er février 2011 "
                             f"(ligne {line}), mais cette indication est écartée : ")
        assert "précède la personnalité morale du groupement" in fr and "cette notification n'est pas jugée" in fr
        assert en.startswith(f"the file states that CH de Toul notified its withdrawal from the groupement on "
                             f"1 February 2011 (line {line}), but that statement is left out: ")
        assert "n'indique pas" not in fr and "la date n'est pas indiquée" not in fr and "does not state" not in en
    # positive anchor, same file: a member that notified nothing is said not stated, the whole statement missing
    other = _absent(why_not(r, "withdrawal_due(chu_nancy, _, _)"))
    assert other and all(f.words["fr"] == "le dossier n'indique pas que CHU de Nancy a notifié son retrait du "
                                          "groupement le …" for f in other)
    assert all(f.words["en"] == "the file does not state that CHU de Nancy notified its withdrawal from the "
                                "groupement on …" for f in other)


# an assembly held 2018-03-10, before the approving decision of 2018-03-15 and its publication on 2018-03-20 (neither
# R6133-1-1 of 2017 al. 4 nor L6133-3 gives legal personality then: between the two, the texts disagree and the
# statement is left open, legal_personality_disputed): a meeting of the founders, left out (before_legal_personality)
# with its deliberations
ASSEMBLY_BEFORE = """groupement g "GCS Imagerie" {
  as of 2018-12-31
  approved 2018-03-20
  seat "Nancy" region "Grand Est"
  activity logistic
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Grand Est" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Grand Est" rights 40 }
  ars_decision dec1 on 2018-03-15 by ars_director_general published 2018-03-20 { approves convention }
  convention {
    notice_days 15
  }
  administrator chu_nancy elected 2018-03-10 by ag0.d0 until 2021-06-30
  assembly ag0 on 2018-03-10 {
    convened_on 2018-02-20 by chu_nancy
    present chu_nancy, ch_metz
    deliberation d0 on administrator { for chu_nancy, ch_metz }
  }
  assembly ag1 on 2018-06-01 {
    present chu_nancy, ch_metz
    deliberation d1 on budget { for chu_nancy, ch_metz }
  }
}
"""


def test_an_assembly_left_out_before_personality_is_said_stated_and_left_out():
    r = gcs.reason(gcs.loads(ASSEMBLY_BEFORE))
    assembly_line = _line(ASSEMBLY_BEFORE, "assembly ag0 on")
    deliberation_line = _line(ASSEMBLY_BEFORE, "deliberation d0 on administrator")
    assert any(x.code == "before_legal_personality" and x.line == assembly_line for x in r.warnings)
    w = why_not(r, "deliberation_valid(ag0, d0)")
    said = {f.literal: f.words["fr"] for f in _absent(w)}
    assert said["assembly(A,D)"].startswith(f"le dossier indique que l'assemblée générale ag0 s'est réunie le 10 mars "
                                            f"2018 (ligne {assembly_line}), mais cette indication est écartée : ")
    assert "une réunion des fondateurs, non l'assemblée du groupement" in said["assembly(A,D)"]
    # the deliberation, at its own line, left out with its assembly's warning
    assert said["deliberation(A,Dl,_)"].startswith("le dossier indique que l'assemblée générale ag0 a délibéré")
    assert f"(ligne {deliberation_line}), mais cette indication est écartée : l'assemblée 'ag0'" \
        in said["deliberation(A,Dl,_)"]
    assert not any("n'indique pas" in s for s in said.values())


# --- 2. « (la date n'est pas indiquée) » only where the event is stated -----------------------------------------

def test_the_date_is_said_missing_only_where_the_file_states_the_event():
    r = gcs.reason(gcs.loads(ASSEMBLY_BEFORE))
    # ag1 is stated (an assembly dated 2018-06-01) without `convened_on`: the convocation's date is what is missing
    w = why_not(r, "deliberation_valid(ag1, d1)")
    text = w.text("fr")
    assert "le dossier n'indique pas que la réunion ag1 a été convoquée le … (la date n'est pas indiquée)" in text
    assert "the file does not state that meeting ag1 was convened on … (the date is not stated)" in w.text("en")
    # no assembly of that name (a member's): the whole statement is missing, not its date
    other = {f.literal: f.words for f in _absent(why_not(r, "deliberation_valid(chu_nancy, d1)"))}
    assert other["assembly(A,D)"]["fr"] == "le dossier n'indique pas que l'assemblée générale CHU de Nancy s'est " \
                                           "réunie le …"
    assert other["assembly(A,D)"]["en"].startswith("the file does not state that") \
        and "date is not stated" not in other["assembly(A,D)"]["en"]


def test_a_member_with_dated_statements_that_notified_nothing_has_no_date_missing():
    # chu_nancy joined on a date and is the administrator elected on a date: still no withdrawal of it is stated
    text = ASSEMBLY_BEFORE.replace('rights 60 }', 'rights 60 joined 2018-03-20 }')
    r = gcs.reason(gcs.loads(text))
    failures = _absent(why_not(r, "withdrawal_due(chu_nancy, _, _)"))
    assert failures and all(f.literal == "withdrawal(M,N)" for f in failures)
    assert all(f.words["fr"] == "le dossier n'indique pas que CHU de Nancy a notifié son retrait du groupement le …"
               for f in failures)
