"""Review 36, second reader (findings T1 to T3).

T2. R6133-11 of 2006 al. 1: « La convention constitutive du groupement est transmise pour approbation au
directeur de l'agence régionale de l'hospitalisation »; the director general of the agence régionale de santé
approves only from 2010 (R6133-1-1 of 2010). A decision approving the convention made before 2017-04-28 may
be of either authority: the sentences of approving_decision_before17, approval_decided_unpublished and
gcs_formation_unknown name none (« La convention constitutive a été approuvée par une décision antérieure
au 28 avril 2017 »).

T3. L6133-8 al. 3: « Lorsque le groupement est composé, d'une part, d'établissements de santé mentionnés
aux a, b ou c … et, d'autre part, d'établissements de santé mentionnés au d …, il peut opter ». With a
member's category unstated, no member of category d may be established: the sentence of
missing_fact(tariff_option_open, E, funding) asks whether the groupement counts such members, it does not
say it does.
"""

from pathlib import Path

import clingo

import gcs_reasoner as gcs
from gcs_reasoner.program import load_program
from gcs_reasoner.sentences import sentence as say

DATA = Path(__file__).resolve().parent / "data"
PROGRAM = load_program()


def _run(text: str):
    return gcs.reason(gcs.loads(text, path="<review36-second>"))


def _conclusions(res) -> set[str]:
    return {str(c).replace(", ", ",") for c in res.conclusions}


def _warnings(res) -> dict[str, object]:
    return {w.atom.replace(", ", ","): w for w in res.warnings if w.atom}


def _rule_of(head: str, body_word: str) -> str:
    return next(f"{r.file}:{r.line}" for r in PROGRAM.rules if r.head.startswith(head) and body_word in r.text)


AUTHORITIES = ("directeur général", "directeur de l'agence", "director general", "director of")


# --- T2: no authority named for an approving decision made before 2017-04-28 ------------------------------


def test_t2_arh_decision_of_2008_unpublished_formation_unknown():
    """The reviewer's scenario (/tmp/rv11/s4.gcs): approved on 2008-05-02 by the ARH director, no
    publication stated, as of 2018-06-01: the formation date is unknown (the warning on the decree's
    mentions), and the approval is the ARH director's (R6133-11 of 2006 al. 1)."""
    res = gcs.reason(gcs.load(DATA / "review36_second_s4_arh_2008_unpublished.gcs"))
    assert "approval_required(arh_director,convention)" in _conclusions(res)
    assert "missing_fact(decree_2017_mentions,groupement,legal_personality)" in _warnings(res)


def test_t2_sentences_name_no_authority():
    unpublished = clingo.Function("approval_decided_unpublished")
    unknown = clingo.Function("gcs_formation_unknown")
    rule = _rule_of("gcs_formation_unknown", "approval_decided_unpublished")
    before = clingo.parse_term("approving_decision_before17(d(2008,5,2))")
    texts = {
        "unpublished": (say(unpublished, "fr", PROGRAM), say(unpublished, "en", PROGRAM)),
        "unknown": (say(unknown, "fr", PROGRAM, rule=rule), say(unknown, "en", PROGRAM, rule=rule)),
        "before": (say(before, "fr", PROGRAM), say(before, "en", PROGRAM)),
    }
    for name, (fr, en) in texts.items():
        assert fr and en, name
        for word in AUTHORITIES:
            assert word not in fr and word not in en, (name, fr, en)
    assert texts["unpublished"][0].startswith(
        "La convention constitutive a été approuvée par une décision antérieure au 28 avril 2017")
    assert texts["unknown"][0].startswith(
        "La convention constitutive a été approuvée par une décision antérieure au 28 avril 2017")
    assert "n'indique pas sa publication" in texts["unknown"][0]
    assert texts["unknown"][1].startswith(
        "The convention constitutive was approved by a decision made before 28 April 2017")
    assert texts["before"][0] == ("La convention constitutive a été approuvée par une décision du 2 mai 2008, "
                                  "antérieure au 28 avril 2017.")
    assert texts["before"][1] == "The convention constitutive was approved by a decision of 2 May 2008, before 28 April 2017."


# --- T3: the unstated category: whether the groupement counts members of category d ------------------------

OPTION = """groupement g "GCS Test" {{
  as of 2012-06-01
  approved 2011-01-10
  seat "Niort" region "Poitou-Charentes"
  capital none
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 50 }}
  member cl_x "Clinique X" {{ kind health_establishment sector private {x} region "Poitou-Charentes" rights 50 }}
  tariff_option d received 2011-03-01
}}
"""
OPEN = "missing_fact(tariff_option_open,cl_x,funding)"


def test_t3_unstated_category_the_sentence_asks_whether_d_members_exist():
    res = _run(OPTION.format(x=""))
    assert OPEN in _warnings(res)
    assert "tariff_option_open" not in _conclusions(res)
    atom = clingo.parse_term("missing_fact(tariff_option_open, cl_x, funding)")
    fr, en = say(atom, "fr", PROGRAM), say(atom, "en", PROGRAM)
    assert ("on ne peut dire si le groupement compte, à côté d'établissements mentionnés aux a, b ou c, "
            "des établissements mentionnés au d, et peut donc opter pour l'une ou l'autre échelle tarifaire") in fr
    assert "composé d'établissements" not in fr
    assert ("whether the groupement counts, beside establishments under a, b or c, establishments under d, "
            "and so may opt for either tariff scale, cannot be said") in en
    assert "made up of" not in en


def test_t3_stated_category_d_the_option_open_no_warning():
    res = _run(OPTION.format(x="funding d"))
    assert "tariff_option_open" in _conclusions(res)
    assert OPEN not in _warnings(res)
