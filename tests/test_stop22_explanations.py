"""Explanation review (stop 22): the sentences of `explain`, read by a French lawyer.

Each test renders an explanation (French, the default) and checks that the corrected words are
there and the defective ones are not. The scenario files are the reviewer's
(tests/data/stop22_explanations/, tests/data/challenge_timeliness_2018.gcs)."""

from datetime import date
from pathlib import Path

import pytest

import gcs_reasoner as gcs

DATA = Path(__file__).resolve().parent / "data"
FILES = DATA / "stop22_explanations"

_RESULTS: dict = {}


def _result(name: str, as_of=None, text=None):
    key = (name, as_of, text)
    if key not in _RESULTS:
        scenario = gcs.loads(text, path=name) if text is not None else gcs.load(
            FILES / name if (FILES / name).exists() else DATA / name)
        _RESULTS[key] = gcs.reason(scenario, as_of=as_of, explain=True)
    return _RESULTS[key]


def _explain(name: str, atom: str, as_of=None, text=None) -> str:
    return _result(name, as_of, text).explain(atom).text()


def _headline(text: str) -> str:
    return text.splitlines()[0]


# --- A1: rights_change_invalid, one sentence per ground; R6133-21 of 2010 for a change of 2013 ---------------------

def test_a1_wrong_matter_says_the_matter_and_cites_the_2010_text_only():
    text = _explain("rc_matter.gcs", "rights_change_invalid(a)")
    head = _headline(text)
    assert "ne porte ni sur les modalités selon lesquelles les droits des membres sont fixés" in head
    assert "fixé pour toute la durée du groupement" not in head
    assert "R6133-21, version du 26 juillet 2010" in head
    assert "R6133-26" not in head
    assert "rights matter (" not in text


def test_a1_invalid_deliberation_says_the_deliberation_is_not_valid():
    head = _headline(_explain("rc_wrong.gcs", "rights_change_invalid(a)"))
    assert "la délibération de l'assemblée générale qui l'a décidée n'est pas valable" in head
    assert "fixé pour toute la durée du groupement" not in head


def test_a1_membership_ground_says_the_members_have_not_changed():
    text = (FILES / "rights_change_2013.gcs").read_text(encoding="utf-8").replace(
        "rights_change b 20 on 2013-05-01 by ag1.d1 ground activity_share",
        "rights_change b 20 on 2013-05-01 by ag1.d1 ground membership")
    head = _headline(_explain("rc_membership.gcs", "rights_change_invalid(b)", text=text))
    assert "elle est fondée sur la modification de la composition du groupement, qui n'a pas changé" in head


# --- A2: the transfer's authority quoted in the words of the version in force ---------------------------------------

def test_a2_transfer_of_june_2010_quotes_r6133_22_of_2009():
    text = _explain("transfer_authority.gcs", "ars_decision_irregular(dec2, authority)")
    assert "« Le directeur de l'agence régionale de l'hospitalisation fixe les compétences transférées »" in text
    assert "Le directeur général de l'agence régionale de santé fixe" not in text
    assert "R6133-22, version du 27 juin 2009" in _headline(text)


def test_a2_transfer_of_2011_quotes_r6133_25_of_2010():
    text = (FILES / "transfer_authority.gcs").read_text(encoding="utf-8").replace(
        "2010-06-01 by arh_director", "2011-06-01 by arh_director").replace("as of 2010-06-15", "as of 2011-06-15")
    out = _explain("transfer_2011.gcs", "ars_decision_irregular(dec2, authority)", text=text)
    assert "R6133-25, version du 26 juillet 2010" in _headline(out)
    assert "« Le directeur général de l'agence régionale de santé fixe les compétences transférées" in out


# --- A3: the floor of an exclusion ------------------------------------------------------------------------------------

def test_a3_floor_unmet_says_half_of_the_rights():
    head = _headline(_explain("floor2012.gcs", "deliberation_invalid(ag1, d1, not_adopted)"))
    assert ("la mesure d'exclusion n'a pas été adoptée par des membres représentant au moins la moitié des droits "
            "des membres du groupement") in head
    assert "n'a pas recueilli la majorité requise" not in head


# --- A4: « sont opposables aux membres » from 2010; « obligent tous les membres » in 2006 -------------------------------

def test_a4_deliberation_valid_2010_is_enforceable_not_binding():
    text = _explain("rights_change_2013.gcs", "deliberation_valid(ag1, d1)")
    assert "elle est opposable aux membres du groupement" in _headline(text)
    assert "oblige tous les membres" not in text


def test_a4_deliberation_valid_2007_still_binds_all_members():
    text = (FILES / "rights_change_2013.gcs").read_text(encoding="utf-8")
    text = text.replace("2013-", "2007-").replace("approved 2011-01-10", "approved 2006-03-01")
    head = _headline(_explain("valid2007.gcs", "deliberation_valid(ag1, d1)", text=text))
    assert "oblige tous les membres du groupement" in head
    assert "opposable" not in head


# --- A5: a duty, not a deed -------------------------------------------------------------------------------------------

def test_a5_billing_withdrawal_is_a_duty():
    text = _explain("joint17_withdrawn_2020.gcs", "billing_withdrawal_required(chir_p)", as_of=date(2020, 1, 20))
    head = _headline(text)
    assert "il doit retirer au groupement l'autorisation de facturer" in head
    # review 36 J2: the sentence says the duty the rule checks only; the request for an avenant is its own
    # conclusion (avenant_request_required)
    assert "lui demander de modifier" not in head
    assert "il retire au groupement" not in head


# --- A6: a tacit approval is no decision taken; the 2017 consultation without the 2010 takeover ------------------------

def test_a6_tacit_approval_before_the_consultation():
    text = _explain("consult_tacit.gcs", 'decided_before_consultation("Normandie")')
    assert "a fait l'objet d'une décision, expresse (approbation ou refus) ou tacite" in _headline(text)
    assert "s'est prononcé sur la convention" not in text
    assert "qui a repris le 1er avril 2010" not in text
    assert "sur convention" not in text


def test_a6_express_decision_in_time_names_the_convention():
    from gcs_reasoner.render.words import Words
    import clingo

    words = Words(_result("consult_tacit.gcs"), "fr")
    s = words.sentence(clingo.Function("decided_in_time", [clingo.Function("convention")]))
    assert "s'est prononcé expressément sur la convention constitutive dans le délai" in s


# --- A7: the 31 December of the yearly report is a reading ------------------------------------------------------------

def test_a7_report_deadline_says_it_is_a_reading():
    head = _headline(_explain("reports_unnamed_years.gcs", "report_due(2012, 2013-12-31)"))
    assert "au plus tard le 31 décembre 2013 (lecture retenue du texte" in head
    assert "chaque année sans fixer de jour" in head


# --- A8, A9, B5: the rights after a change ----------------------------------------------------------------------------

def test_a8_a9_b5_vote_share_after_a_change():
    text = _explain("rights_change_2013.gcs", "vote_share(a, 50, 100)")
    assert "La modification des droits de CH a du 2 mai 2013" not in text
    assert "La modification des droits de CH a qui a pris effet le 2 mai 2013 a été suivie d'une autre" in text
    # rights_follow_participations cites R6133-2 and reads the text of R6133-2
    assert "Texte applicable le 1er mai 2013 : R6133-2 (version en vigueur depuis le 26 juillet 2010)" in text
    assert "Texte applicable le 1er mai 2013 : R6133-3" not in text
    # A9: the negation of the auxiliary reads true whatever the ground
    assert "n'est pas permise : la composition du groupement n'a pas changé" not in text
    # (the change named by its deliberation too since review 30: a refused change is refused alone)
    assert ("datée du 1er mai 2013, décidée par la délibération d1 de l'assemblée générale ag1, est de celles "
            "que le texte ne permet pas") in text
    # B5: a fact of the previous round is not a fact of the file
    assert "rights change open in effect" not in text
    # (review 30: an open change is one whose deliberation is undecided, or whose effect waits for the capital)
    assert ("Il n'est pas établi que : Les droits de CH a à compter du 2 mai 2013 dépendent d'une modification dont "
            "l'effet n'est pas établi (la validité de la délibération qui l'a décidée n'est pas jugée, ou le fichier "
            "n'indique pas si le groupement a un capital).") in text


# --- B1, B2: raw names in the membership trees -------------------------------------------------------------------------

def test_b1_withdrawal_asks_date_in_words():
    text = _explain("wd2007.gcs", "withdrawal_effective(c, 2007-12-31)")
    assert "withdrawal asks date" not in text
    assert "C a demandé, dans sa notification du 15 janvier 2007, une date d'effet de son retrait." in text


def test_b2_not_admitted_names_current_in_words():
    text = _explain("merger2008.gcs", "not_admitted(d)")
    assert "current (" not in text
    assert "Il n'est pas établi que : D est membre du groupement à la date retenue." in text


# --- B3, B4: the assembly trees ----------------------------------------------------------------------------------------

def test_b3_b4_assembly_auxiliaries_in_words():
    text = _explain("rights_change_2013.gcs", "vote_share(a, 50, 100)")
    for raw in ("On ne peut dire si", "Il n'est pas établi que : Le fichier n'indique pas", "n'étant pas indiqués",
                "Rights_setting et committee_challenge", "unanimity matter", "majority (", "administrator ("):
        assert raw not in text, raw
    assert ("Il n'est pas établi que : La qualité de membre de l'un des membres le 1er mai 2013 dépend d'un retrait, "
            "d'une exclusion ou d'une admission dont l'effet n'est pas jugé.") in text
    assert "La délibération porte sur une matière que le texte soumet à l'unanimité" in text
    assert "La délibération porte sur la contestation d'une délibération du comité restreint" in text
    assert "Le fichier n'indique pas : Un administrateur du groupement a été désigné." in text


# --- B6: the accounts ---------------------------------------------------------------------------------------------------

def test_b6_accounts_facts_in_words():
    text = _explain("reports_unnamed_years.gcs", "accounts_approval_due(2012, 2014-03-30)")
    assert "accounts year named" not in text
    assert "result (" not in text
    assert "Le fichier n'indique pas : L'assemblée générale a délibéré sur les comptes de l'exercice 2012." in text


# --- B7, B8: the restricted committee's month -----------------------------------------------------------------------

def test_b7_challenge_timing_in_words():
    text = _explain("challenge_timeliness_2018.gcs", "deliberation_invalid(ag3, d1, no_timely_challenge)")
    assert "challenge timing unknown" not in text
    assert "Le respect du délai de contestation de la délibération" in text


def test_b8_months_in_words_and_no_false_equality():
    text = _explain("challenge_timeliness_2018.gcs", "extraordinary_assembly_due(k1, d1, 2018-05-20)")
    for raw in ("Minimum :", "modulo", "5 est égal à 1", "Valeur calculée"):
        assert raw not in text, raw
    assert "Date calculée : 20 avril 2018 (1 mois après le 20 mars 2018)" in text
    assert "Date calculée : 20 mai 2018 (1 mois après le 20 avril 2018)" in text


# --- B9, B10 -------------------------------------------------------------------------------------------------------------

def test_b9_consulted_by_decision_in_words():
    text = _explain("consult2017.gcs", 'decided_before_consultation("Normandie")')
    assert "consulted by decision" not in text
    assert "Une consultation du directeur général de l'agence régionale de santé de la région Normandie a été " \
           "envoyée au plus tard le jour de la première décision" in text


def test_b10_billing_withdrawn_between_and_the_groupement_itself():
    text = _explain("joint17_withdrawn_2020.gcs", "billing_withdrawal_required(chir_p)", as_of=date(2020, 1, 20))
    assert "postérieure et antérieure" not in text
    assert "retirée par une décision prise entre le 20 octobre 2017 et le 15 janvier 2020" in text
    assert "Clinique du Palais et groupement sont distincts" not in text
    assert "Il n'est pas établi que : Le titulaire Clinique du Palais de l'autorisation est le groupement lui-même." \
        in text


# --- C2: the doubtful texts name their article --------------------------------------------------------------------------


@pytest.mark.parametrize("name, words", [
    ("reports_unnamed_years.gcs", "Texte douteux (R6133-5, I, al. 3, versions du 26 juillet 2010 et du 11 novembre 2012)"),
    ("selarl2014.gcs", "Question de lecture (L6133-2, version du 23 juillet 2009, al. 1)"),
])
def test_c2_doubtful_text_names_the_article(name, words, capsys):
    from gcs_reasoner import cli

    cli.main(["check", str(FILES / name)])
    out = capsys.readouterr().out
    assert words in out
    assert "soit la deuxième année)" not in out
