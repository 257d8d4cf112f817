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


# --- T1: the convention approved on or after 2017-04-28, the receipt of its approval request not stated ---------
# R6133-12@2017-04-28.III: « chaque membre titulaire concerné adresse au directeur général de l'agence régionale de
# santé une demande de modification de ses autorisations exploitées en commun, concomitamment à la demande
# d'approbation de la convention constitutive du groupement ou de son avenant ». The holder's request goes with the
# approval request, an event judged under the text of its date. The approval request came before the approval; R6133-1-1
# of 2010 (« La convention constitutive … est approuvée et publiée par le directeur général ») sets no time limit to
# decide, so a convention approved on or after 2017-04-28 may have been asked for before III was in force, or after.
# With no receipt (`submitted`) stated, nothing is drawn under III and a warning says the receipt is missing; the
# as-of date is the date only where nothing dates the approval request at all.

NO_REQUEST = "joint_operation_invalid(chir_m,no_modification_request)"
NOT_CONCOMITANT = "joint_operation_invalid(chir_m,modification_request_not_concomitant)"
UNDATED = "missing_fact(modification_request,chir_m,convention_request_undated)"
OPERATE = "approval_required(ars_director_general, operate_authorisation:chu_m)"
SITE = 'joint_operation_site(chir_m,"Marseille Nord")'
J1B = (DATA / "review36_second_j1b.gcs").read_text(encoding="utf-8")
DECISION = "ars_decision dec1 on 2017-05-02 by ars_director_general published 2017-05-10 { approves convention }"


def _operate_provisions(res) -> list:
    return next(c for c in res.conclusions if str(c) == OPERATE).provisions


def _not_judged(res) -> list:
    return [w for w in res.warnings if w.code == "text_not_in_force" and "chir_m" in w.message]


def _j1b(extra: str = "", request: str = "", approval: str = DECISION):
    text = J1B.replace(DECISION, approval + ("\n  " + extra if extra else ""))
    if request:
        text = text.replace('granted 2010-06-01', 'granted 2010-06-01 ' + request)
    return _run(text)


def test_t1_decision_of_2017_05_02_no_receipt_nothing_drawn_a_warning():
    """The reviewer's j1b: approved by a decision of 2017-05-02 (published 2017-05-10), no receipt stated, as of
    2018-06-30: whether III governs the holder's request is open."""
    res = gcs.reason(gcs.load(DATA / "review36_second_j1b.gcs"))
    found = _conclusions(res)
    assert NO_REQUEST not in found
    assert SITE in found and "gcs_kind(joint_operation)" in found
    warned = _warnings(res)
    assert UNDATED in warned
    fr, en = warned[UNDATED].message_fr, warned[UNDATED].message
    assert "le dossier n'indique pas la réception de la demande d'approbation de la convention constitutive" in fr
    assert "chir_m" in fr and "28 avril 2017" in fr
    assert "the file does not state the receipt of the request to approve the convention constitutive" in en
    # the approval of the joint operation: L6133-1 4° only, III not cited (the text that governs the request is open)
    assert _operate_provisions(res) == ["L6133-1@2018-01-19.2.4"]
    assert _not_judged(res) == []


def test_t1_approved_2017_05_15_the_same():
    res = gcs.reason(gcs.load(DATA / "review36_second_j1a.gcs"))
    found = _conclusions(res)
    assert NO_REQUEST not in found and SITE in found
    assert UNDATED in _warnings(res)
    assert _operate_provisions(res) == ["L6133-1@2018-01-19.2.4"]


def test_t1_approved_2017_04_20_before_the_text_not_judged_only():
    res = gcs.reason(gcs.load(DATA / "review36_second_j1c.gcs"))
    found = _conclusions(res)
    assert NO_REQUEST not in found and SITE in found
    assert UNDATED not in _warnings(res)
    [w] = _not_judged(res)
    assert "20 April 2017" in w.message
    assert _operate_provisions(res) == ["L6133-1@2018-01-19.2.4"]


def test_t1_receipt_stated_after_the_text_drawn_under_iii():
    res = _j1b(extra="submitted 2017-04-28")
    found = _conclusions(res)
    assert NO_REQUEST in found
    assert next(c for c in res.conclusions if str(c).replace(", ", ",") == NO_REQUEST).provisions == [
        "R6133-12@2017-04-28.III"]
    assert UNDATED not in _warnings(res)
    assert "R6133-12@2017-04-28.III" in _operate_provisions(res)


def test_t1_receipt_stated_before_the_text_not_judged():
    res = _j1b(extra="submitted 2017-04-27")
    assert NO_REQUEST not in _conclusions(res)
    assert UNDATED not in _warnings(res)
    [w] = _not_judged(res)
    assert "27 April 2017" in w.message


def test_t1_nothing_dates_the_approval_request_the_as_of_date():
    """No approval and no receipt stated: the README reading, judged on the as-of date (2018-06-30)."""
    res = _j1b(approval="")
    found = _conclusions(res)
    assert NO_REQUEST in found
    assert UNDATED not in _warnings(res)
    assert "R6133-12@2017-04-28.III" in _operate_provisions(res)


def test_t1_a_request_stated_no_invalidity_the_warning_stays():
    """A request dated 2017-04-01: made, so no no_modification_request; whether it goes with the approval request
    (« concomitamment ») cannot be told, the receipt not being dated."""
    res = _j1b(request="modification_requested 2017-04-01")
    found = _conclusions(res)
    assert not any(c.startswith("joint_operation_invalid(chir_m") for c in found)
    assert SITE in found
    assert UNDATED in _warnings(res)


def test_t1_an_avenant_received_under_the_text_drawn_either_way():
    """An avenant changing the convention received 2018-01-10: the convention asked for before the text, the joint
    operation came by the avenant; asked for after, by the convention: either way no request was made with an approval
    request under III."""
    res = _j1b(extra="avenant av1 on 2018-01-02 for convention_change submitted_on 2018-01-10")
    found = _conclusions(res)
    assert NO_REQUEST in found
    assert UNDATED not in _warnings(res)
    assert "R6133-12@2017-04-28.III" in _operate_provisions(res)


def test_t1_an_avenant_received_under_the_text_request_after_it_not_concomitant():
    """The holder asked on 2018-02-01, after the avenant's receipt (2018-01-10) and so after the convention's: made
    with no approval request (« concomitamment »)."""
    res = _j1b(extra="avenant av1 on 2018-01-02 for convention_change submitted_on 2018-01-10",
               request="modification_requested 2018-02-01")
    found = _conclusions(res)
    assert NOT_CONCOMITANT in found
    assert NO_REQUEST not in found
    res = _j1b(extra="avenant av1 on 2018-01-02 for convention_change submitted_on 2018-01-10",
               request="modification_requested 2018-01-05")
    assert not any(c.startswith("joint_operation_invalid(chir_m") for c in _conclusions(res))
