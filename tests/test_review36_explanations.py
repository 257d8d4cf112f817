"""Review 36, explanations as a lawyer reads them (findings E1, E2, E6 of reviewer 6).

E1. L6133-1 of 2004 al. 5: « Il constitue une personne morale de droit public lorsqu'il est exclusivement
constitué d'établissements ou d'organismes publics, ou d'établissements ou d'organismes publics et de
professionnels médicaux libéraux membres à titre individuel. » The nature rests on the members alone, under the
text in force on the day it is judged. A member's class (public, private, liberal, medical) was computed once,
under a guard true when the text of 2004 was in force on *some* day the nature was asked: the tree of
nature(public) on 2008-09-01 showed the member as public because of the assembly of 2007-05-10, under the texts
in force that day (R6133-10, L6133-1), and « L'agent comptable ... n'a pas assisté à l'assemblée générale
ag2007 ». Each class is now computed for the day the nature is judged, under the text of that day.
"""

import pathlib

import gcs_reasoner as gcs

FACTS = pathlib.Path(__file__).resolve().parent.parent / "facts"


def _reason(text: str, path: str = "<review36-explanations>"):
    return gcs.reason(gcs.loads(text, path=path), explain=True)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


def _node(tree_text: str, words: str) -> str:
    """The lines of the node whose first line holds `words`, with its children (by indentation)."""
    lines = tree_text.splitlines()
    start = next(i for i, line in enumerate(lines) if words in line)
    depth = len(lines[start]) - len(lines[start].lstrip("│ ├└─"))
    out = [lines[start]]
    for line in lines[start + 1:]:
        d = len(line) - len(line.lstrip("│ ├└─"))
        if d < depth or (d == depth and line[:d].rstrip().endswith(("├─", "└─"))):
            break  # a sibling or a parent's sibling (the node's quote is at its children's depth, unbranched)
        out.append(line)
    return "\n".join(out)


# --- E1: a member's class under the text of the day the nature is judged ------------------------------------------

NOTIFIED_LATE = (FACTS / "dissolution_notified_late.gcs").read_text(encoding="utf-8")

# the same file, the accountant attending both assemblies (the nature is the same: it rests on the members)
NOTIFIED_LATE_ACCOUNTANT = (NOTIFIED_LATE
                            .replace("    present ch_cherbourg, ch_valognes\n    deliberation d1 on budget",
                                     "    present ch_cherbourg, ch_valognes\n    accountant_present\n"
                                     "    deliberation d1 on budget")
                            .replace("    present ch_cherbourg, ch_valognes\n    deliberation d1 on dissolution",
                                     "    present ch_cherbourg, ch_valognes\n    accountant_present\n"
                                     "    deliberation d1 on dissolution"))


def _public_member_node(text: str) -> str:
    r = _reason(text, path="facts/dissolution_notified_late.gcs")
    assert "nature(public)" in _held(r)  # positive anchor: both members public, L6133-1 of 2004 in force
    tree = r.explain("nature(public)").text()
    return _node(tree, "CH de Cherbourg est un établissement ou un organisme public")


def test_public_member_rests_on_its_sector_under_the_text_of_the_as_of_date():
    node = _public_member_node(NOTIFIED_LATE)
    # the text in force on the day the nature is judged (as of 2008-09-01), and the member's stated sector
    assert "Texte applicable le 1er septembre 2008 : L6133-1 (version en vigueur du 11 août 2004" in node
    assert f"sector public  ← facts/dissolution_notified_late.gcs, ligne {_line_of(NOTIFIED_LATE, 'sector public')}" \
        in node
    # the private-person check (L6133-1 al. 5: a health professional or a liberal practice company is no public
    # body; review 40 widened it from the liberal professionals to every health professional and such companies)
    assert ("Il n'est pas établi que : CH de Cherbourg est un professionnel de santé, personne physique, ou une "
            "société d'exercice libéral") in node
    # no assembly, no accountant, no text of another day
    assert "ag2007" not in node and "ag1" not in node
    assert "agent comptable" not in node
    assert "R6133-10" not in node
    assert "10 mai 2007" not in node


def test_accountant_attending_changes_neither_the_nature_nor_its_tree():
    plain = _public_member_node(NOTIFIED_LATE)
    attended = _public_member_node(NOTIFIED_LATE_ACCOUNTANT)
    assert "Texte applicable le 1er septembre 2008" in attended
    assert "assembly" not in attended and "assembly" not in plain
    assert attended == plain


# a groupement of 2007 under L6133-1 of 2004, a public hospital and a liberal doctor member in his own name,
# its assembly of 2007-05-10 voting the budget (a day R6133-10 of 2006 asks the nature on, the accountant's
# attendance not being stated), the nature asked on 2008-09-01
LIBERAL_2004 = """groupement g "GCS Imagerie du Cotentin" {
  as of 2008-09-01
  approved 2006-03-01
  seat "Cherbourg" region "Basse-Normandie"
  member ch_cherbourg "CH de Cherbourg" { kind health_establishment sector public region "Basse-Normandie" rights 60 }
  member dr_martin "Dr Martin" { kind liberal_medical_professional individual region "Basse-Normandie" rights 40 }
  convention { object "Imagerie médicale" task_split }
  assembly ag2007 on 2007-05-10 {
    convened_on 2007-04-20 by administrator
    present ch_cherbourg, dr_martin
    deliberation d1 on budget { for ch_cherbourg, dr_martin }
  }
}
"""


def test_liberal_member_in_his_own_name_under_the_text_of_the_as_of_date():
    r = _reason(LIBERAL_2004)
    # L6133-1 of 2004 al. 5, second branch: public bodies and a liberal medical professional member in his own name
    assert "nature(public)" in _held(r)
    tree = r.explain("nature(public)").text()
    node = _node(tree, "Dr Martin est un professionnel médical libéral membre du groupement à titre individuel")
    assert "Texte applicable le 1er septembre 2008 : L6133-1" in node
    assert "kind liberal_medical_professional" in node
    assert "ag2007" not in node and "agent comptable" not in node and "10 mai 2007" not in node
    public = _node(tree, "CH de Cherbourg est un établissement ou un organisme public")
    assert "ag2007" not in public and "Texte applicable le 1er septembre 2008 : L6133-1" in public


def test_text_of_2011_does_not_classify_members_under_the_text_of_2004():
    # a groupement judged on 2012-06-30: L6133-3 of 2011 says the nature (« constitué exclusivement par des personnes
    # de droit public »); the classes of the text of 2004 are not drawn, nor cited
    r = _reason((FACTS / "admin10_elected_before.gcs").read_text(encoding="utf-8"))
    assert "nature(public)" in _held(r)  # anchor
    tree = r.explain("nature(public)").text()
    assert "L6133-3, version du 12 août 2011" in tree
    assert "version du 11 août 2004" not in tree
    assert "est un établissement ou un organisme public (L6133-1" not in tree


# --- E6: what the file establishes, and the authority of the date -------------------------------------------------
#
# R6133-10 of 2006 al. 1 (R6133-4 of 2010, 2013, 2024): « Il assiste à l'assemblée générale du groupement. » The file
# states the accountant's attendance (`accountant_present`) or says nothing: its silence is not an absence.
# R6133-17 of 2006 al. 4: « La dissolution du groupement est notifiée au directeur de l'agence régionale de
# l'hospitalisation dans un délai de quinze jours. Celui-ci en assure la publicité » — the ARS, whose director
# general took over the ARH director's powers on 2010-04-01, is not named for a dissolution of 2008.


def _conclusion_sentence(result, atom: str, lang: str = "fr") -> str:
    return next(c for c in result.conclusions if str(c) == atom).sentence(lang)


def test_accountant_absent_says_what_the_file_establishes():
    r = _reason(NOTIFIED_LATE)
    fr = _conclusion_sentence(r, "accountant_absent(ag1)")
    en = _conclusion_sentence(r, "accountant_absent(ag1)", "en")
    assert fr.startswith("Le dossier ne fait pas état de la présence de l'agent comptable du groupement "
                         "à l'assemblée générale ag1, à laquelle il assiste")
    assert "n'a pas assisté" not in fr
    assert en.startswith("The file does not record the presence of the agent comptable")
    assert "did not attend" not in en
    # stated present: no accountant_absent (the anchor: the assembly's own conclusions stand)
    attended = _reason(NOTIFIED_LATE_ACCOUNTANT)
    held = _held(attended)
    assert "deliberation_valid(ag1, d1)" in held
    assert not any(c.startswith("accountant_absent(") for c in held)


# the same dissolution at other dates: decided 2010-03-20 (the delay ends 2010-04-04, the ARS then in place), and
# 2010-05-20 (under the text of 2006, not amended until 2010-07-26, the ARS director general receives it)
def _dissolution_on(day: str, notified: str, as_of: str) -> str:
    return (NOTIFIED_LATE.replace("as of 2008-09-01", f"as of {as_of}")
            .replace("assembly ag1 on 2008-06-20", f"assembly ag1 on {day}")
            .replace("convened_on 2008-06-02", f"convened_on {day[:8]}01")
            .replace("notified 2008-07-06", f"notified {notified}"))


def test_notification_of_2008_names_the_arh_director_only():
    r = _reason(NOTIFIED_LATE)
    due = _conclusion_sentence(r, "notification_due(dissolution, 2008-07-05)")
    assert due.startswith("La dissolution du groupement doit être notifiée au directeur de l'agence régionale "
                          "de l'hospitalisation au plus tard le 5 juillet 2008")
    assert "santé" not in due and "1er avril 2010" not in due
    assert "(ARH)" in _conclusion_sentence(r, "notification_due(dissolution, 2008-07-05)", "en")
    assert "ARS" not in _conclusion_sentence(r, "notification_due(dissolution, 2008-07-05)", "en")
    pub = _conclusion_sentence(r, "publication_required(dissolution)")
    assert pub.startswith("Le directeur de l'agence régionale de l'hospitalisation doit assurer la publicité")
    assert "santé" not in pub.split("code de la santé publique")[0]
    assert "1er avril 2010" not in pub
    # the late notification stands (anchor)
    assert "notification_late(dissolution, 2008-07-06)" in _held(r)


def test_notification_straddling_2010_04_01_names_both():
    r = _reason(_dissolution_on("2010-03-20", "2010-04-02", "2010-06-30"))
    held = _held(r)
    assert "notification_due(dissolution, 2010-04-04)" in held
    due = _conclusion_sentence(r, "notification_due(dissolution, 2010-04-04)")
    assert ("au directeur de l'agence régionale de l'hospitalisation, puis, à compter du 1er avril 2010, "
            "au directeur général de l'agence régionale de santé") in due
    pub = _conclusion_sentence(r, "publication_required(dissolution)")
    assert "puis, à compter du 1er avril 2010, le directeur général de l'agence régionale de santé" in pub


def test_notification_from_2010_04_01_names_the_ars_director_general():
    r = _reason(_dissolution_on("2010-05-20", "2010-05-25", "2010-06-30"))
    held = _held(r)
    assert "notification_due(dissolution, 2010-06-04)" in held
    assert "notification_late(dissolution, 2010-05-25)" not in held  # in time
    due = _conclusion_sentence(r, "notification_due(dissolution, 2010-06-04)")
    assert due.startswith("La dissolution du groupement doit être notifiée au directeur général de l'agence "
                          "régionale de santé, qui a repris le 1er avril 2010 les attributions du directeur de "
                          "l'agence régionale de l'hospitalisation")
    pub = _conclusion_sentence(r, "publication_required(dissolution)")
    assert pub.startswith("Le directeur général de l'agence régionale de santé, qui a repris le 1er avril 2010")


# --- E2: the conditions of an exclusion shown met ------------------------------------------------------------------
#
# R6133-5 of 2006 al. 3 (R6133-7 of 2010 III, the same words): « Lorsque le groupement comporte au moins trois
# membres, l'exclusion de l'un d'entre eux peut être prononcée par l'assemblée générale en cas de manquements aux
# obligations ... L'exclusion peut également être prononcée en cas d'ouverture d'une procédure de sauvegarde, de
# redressement ou de liquidation judiciaire. L'exclusion ne peut être prononcée qu'après audition du représentant du
# membre concerné ». The tree of excluded showed none of these (only « Il n'est pas établi que : La délibération d1
# ... est irrégulière »): it now rests on exclusion_conditions_met, each condition with its fact and line.

HALF_RIGHTS = (FACTS / "members_exclusion_half_rights.gcs").read_text(encoding="utf-8")
HALF_PATH = "facts/members_exclusion_half_rights.gcs"


def _excluded_tree(text: str, atom: str, path: str = HALF_PATH) -> str:
    r = gcs.reason(gcs.loads(text, path=path), explain=True)
    assert atom in _held(r)
    return r.explain(atom).text()


def test_excluded_shows_members_ground_procedure_and_hearing():
    tree = _excluded_tree(HALF_RIGHTS, "excluded(labo_artois, 2007-05-15)")
    node = _node(tree, "Les conditions de l'exclusion de Laboratoire de l'Artois par la délibération d1")
    assert "(R6133-5, version du 1er janvier 2006, al. 3)" in node.splitlines()[0]
    assert "« Lorsque le groupement comporte au moins trois membres" in node
    assert "qu'après audition du représentant du membre concerné" in node
    # four members on the day of the assembly, counted, at least three
    assert "Nombre (" in node and ": 4 (" in node
    assert "4 est supérieur ou égal à 3" in node
    # the ground (receivership) and the procedure opened, with their lines
    assert f"ground receivership  ← {HALF_PATH}, ligne {_line_of(HALF_RIGHTS, 'ground receivership')}" in node
    assert f"procedure receivership  ← {HALF_PATH}, ligne {_line_of(HALF_RIGHTS, 'procedure receivership')}" in node
    assert "procédure de redressement judiciaire" in node
    # the hearing
    assert f"heard labo_artois  ← {HALF_PATH}, ligne {_line_of(HALF_RIGHTS, 'heard labo_artois')}" in node
    # the validity is still shown beside them
    assert "La délibération d1 de l'assemblée générale ag1 est valablement adoptée" in tree


def test_conditions_not_met_no_exclusion():
    # not heard: R6133-5 al. 3 « ne peut être prononcée qu'après audition »: invalid, no conditions met, no exclusion
    r = _reason(HALF_RIGHTS.replace("      heard labo_artois\n", ""))
    held = _held(r)
    assert "exclusion_invalid(labo_artois, not_heard)" in held  # anchor
    assert not any(c.startswith("excluded(") for c in held)
    assert "member(labo_artois)" in held
    # the procedure not opened: the receivership ground is not met
    r = _reason(HALF_RIGHTS.replace("    procedure receivership\n", ""))
    held = _held(r)
    assert "exclusion_invalid(labo_artois, procedure_not_opened)" in held  # anchor
    assert not any(c.startswith("excluded(") for c in held)


def test_breach_ground_under_the_text_of_2010():
    # an exclusion of 2013-01-21 under R6133-7 of 2010 III (the same words), on a breach
    path = "facts/asm10_exclusion_2013.gcs"
    text = (FACTS / "asm10_exclusion_2013.gcs").read_text(encoding="utf-8")
    tree = _excluded_tree(text, "excluded(ch_clermont, 2013-01-21)", path)
    node = _node(tree, "Les conditions de l'exclusion de ")
    assert "(R6133-7, version du 26 juillet 2010, III)" in node.splitlines()[0]
    assert "Texte applicable le 21 janvier 2013 : R6133-7" in node
    assert "pour manquement aux obligations" in node
    assert f"ground breach  ← {path}, ligne 51" in node and "ground breach" in text.splitlines()[50]
    assert f"heard ch_clermont  ← {path}, ligne 52" in node and "heard ch_clermont" in text.splitlines()[51]
    assert "est supérieur ou égal à 3" in node


def test_memo_shows_the_conditions_of_the_exclusion():
    memo = str(gcs.memo(gcs.loads(HALF_RIGHTS, path=HALF_PATH)))
    paragraph = next(p for p in memo.split("\n\n") if "a valablement exclu Laboratoire de l'Artois" in p)
    assert "les conditions de l'exclusion de Laboratoire de l'Artois" in paragraph
    assert "`heard labo_artois` (ligne 64)" in paragraph
    assert "`procedure receivership` (ligne 44)" in paragraph
    assert "4 est supérieur ou égal à 3" in paragraph
