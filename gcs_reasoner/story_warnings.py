"""The warnings of a file's story (validate.check gives them to the scenario): what a real file
can hold but the law cannot use, or reads otherwise. Each is a StoryWarning at the statement's line, in
English and French; the fact emitter leaves the statement out where the warning says so, so that no
conclusion is drawn from it. Split out of validate.py (review 41): the impossible stories (errors) there,
what a real file may hold here.

Dates a real file can hold, that the law cannot use (warnings)
--------------------------------------------------------------
- ``before_legal_personality``: an assembly held before the publication of
  the approval (`approved DATE`, or, when the file gives none, the
  `published DATE` of the decision approving the convention: the same
  publication, the same warnings and facts, approval_publication (legal_personality.py);
  review 37; but a `joined` date, below, only with `approved`), from which
  the groupement "jouit de la
  personnalité morale" (R6133-11 of 2006, R6133-1-1 from 2010-07-26: the
  warning cites the one in force on the publication's date, none before
  2006-01-01, when no encoded text governs the groupement). It is a real meeting (the founders'
  constitutive meeting), but not the assembly of a groupement that does not
  exist yet: R6133-12 to R6133-14 do not govern it. The warning names both
  lines; the assembly and its deliberations are left out of the facts, so no
  quorum, validity, admission, exclusion or election is drawn from it
  (references to it, `by A.D`, find no deliberation and decide nothing).
  The same warning, and the same leaving out, for an election (of the
  administrator, a deputy, the committee) or an avenant dated before that
  publication, and for an election made by such an assembly whatever its
  date: the administrator is « élu en son sein par l'assemblée générale »
  (R6133-15 of 2006 al. 1, R6133-24 from 2010), of a groupement that did not
  exist yet; no term, representative or ordonnateur is drawn from it.

- ``joined_before_legal_personality``: a member whose `joined` date is
  before the publication of the approval (`approved DATE`): the groupement
  « peut admettre de nouveaux membres » only « Après sa constitution »
  (R6133-5 of 2006, R6133-7 of 2010 I: the warning cites the one in force on
  the publication's date, none before 2006-01-01); a member there before it
  is one of those that constituted it. The `joined` date is left out of the facts: the
  member is read as a founding member (no admission, avenant or irregular
  membership drawn). Not for an establishment a merger creates, nor for an
  associate (`associate … { joined DATE }`: no member, so no founding member;
  its date stays a fact and the rules leave its association open, review 39).
  With the approving decision's `published` date alone, or with `approved` for a
  joining between the decision of 2017 and its publication, the `joined` date
  is kept and the admission left open instead (legal_personality.joined_open; the rules'
  missing_fact(joined_admission, M, joined_before_publication)).

- ``legal_personality_disputed``: from 2017-04-28, a statement of the kinds
  above (an assembly, an election or one made by such an assembly, an avenant,
  a withdrawal's notice, a year ended, a transfer of competences by the agency:
  each `transfers` act of a decision, review 40) dated between the decision approving
  the convention, from which R6133-1-1 of 2017 al. 4 dates legal personality,
  and its publication, from which L6133-3 I dates it (legal_personality.decree_personality
  below): the texts disagree, neither is preferred. Left out of the facts as
  not judged, but not read as before the groupement existed: the traces the
  rules get (`administrator_left_out(M, E, personality_disputed)`,
  `deputy_left_out(M, E, personality_disputed)`, `admission_disputed`) leave
  what rests on it open. The same when the file dates the publication from
  2017-04-28 but no decision approving the convention (review 38,
  legal_personality._undated_decision): a statement from the later of 2017-04-28 and the
  receipt (`submitted`) to the publication may come before the decision or
  after it, which cannot be told; the warning says the decision is not dated.

- ``withdrawal_before_legal_personality``: a withdrawal notified before the
  publication of the approval (`approved DATE`): a member withdraws « En
  cours d'exécution de la convention » and notifies « au groupement » its
  intention (R6133-5 of 2006 al. 2, R6133-7 of 2010 II: the warning cites the
  one in force on the notice's date); before that
  publication there is no groupement with legal personality to notify and
  the convention is not in execution. The notice is left out of the facts
  (no effect, no avenant drawn from it), as an assembly held before then.
  A notice given before 2006-01-01 (décret 2005-1681 art. 3), when none of
  these articles was in force, is left out the same, with words that cite
  none of them: no encoded text governs a withdrawal on that date.

Attributes a real file can hold, that the law reads otherwise (warnings)
--------------------------------------------------------------------------
- ``liberal_body``: a member stated `liberal` whose kind is an establishment or
  a body (a health or medico-social establishment, a centre or a maison or
  pôle de santé, an army hospital, the army health service, another body).
  Such a member is not one of « des personnes physiques ou morales exerçant
  une profession de santé à titre libéral » (L6133-3 of 2017 I 1°, whose list
  L6133-2 of 2017 I al. 1 keeps apart from the establishments, centres and
  maisons de santé; the texts of 2004 and 2009 read `liberal` of a health
  professional only): the legal nature counts it by its sector (review 40).
  The statement is kept, not left out: the rules of the administrator's flat
  allowance read it as the liberal practice of the person representing the
  member (R6133-15 of 2006 al. 3 and its successors).

- ``merger_result_undated`` (review 41): a member declared without `joined`
  that a merger of the file forms (`merger M of ...`) and whose admission an
  assembly of the file deliberates on. The file's own assembly treats it as
  « tout nouvel établissement de santé constitué par absorption ou par
  fusion » (R6133-5 of 2006 al. 1, R6133-7 of 2010 I): it is read as joining
  on the merger's date (facts.py gives it that `joined` fact, at the merger's
  line; merger_born_admitted), so it is no member before the merger, nor
  before the assembly validly admits it, as a member the file dates so. The
  warning, at the member's line, names the merger's and the deliberation's
  lines and says what the file leaves open: a founding member that absorbed
  the others (README, "Mergers", the reading without such a deliberation),
  whose admission would have no object.

Not flagged (the rules judge them, or a real file holds them): an
administrator elected before joining (`administrator_invalid`), a withdrawal
`effective` before its notification (the rules take the first year end after
the notice), a report sent before its approval, members attending or
voting on a day they are not members.
"""

from __future__ import annotations

from datetime import date

from .law import COVERED_FROM
from .legal_personality import (DECREE_2017, approval_publication, decree_personality, joined_open, membership_text,
                                personality_disputed, personality_text)
from .scenario import Avenant, Located, Scenario, StoryWarning


def line(x: Located) -> str:
    """'line N' of a statement, for the words of a warning or an error."""
    return f"line {x.line}"



def _cites(g, approved, decree) -> tuple:
    """(English, French) words citing the text that dates legal personality after the statements left out, in the
    warnings' parentheses "(approval published on P, line N{cite})": R6133-11 of 2006 or R6133-1-1 of 2010 for a
    publication under them (« à compter de la date de publication »); for one from 2017-04-28, L6133-3 I (the law,
    « à dater de cette publication »), not R6133-1-1 of 2017, which dates it from the decision (al. 4), with that
    decision when the file dates it (`decree`: then both texts leave out what came before it). A publication from
    2017-04-28 of an approval decided before then keeps R6133-1-1 of 2010, the text of its decision's day."""
    personality = personality_text(approved.value)
    if personality is None:
        return "", ""
    decided_before = any(dec.date is not None and dec.date < DECREE_2017
                         and any(act.act == "approves" and act.value == "convention" for act in dec.acts)
                         for dec in g.ars_decisions)
    if approved.value < DECREE_2017 or decided_before:
        return f", {personality}", f", {personality}"
    if decree is None or (decree.undated and not decree.received):
        return ", L6133-3", ", L6133-3"
    if decree.undated:  # before the receipt, so before any decision: both texts leave it out
        return (f", L6133-3; the convention received on {decree.date}, {line(decree)}, before any decision from "
                f"which R6133-1-1 of 2017 dates it",
                f", L6133-3 ; convention reçue le {decree.date}, ligne {decree.line}, avant toute décision à compter "
                f"de laquelle R6133-1-1 de 2017 la fait courir")
    if decree.tacit:
        return (f", L6133-3; tacitly approved, R6133-1-1 of 2017 dating it from {decree.date}, {line(decree)}",
                f", L6133-3 ; approuvée tacitement, R6133-1-1 de 2017 la datant du {decree.date}, ligne {decree.line}")
    return (f", L6133-3; decided on {decree.date}, {line(decree)}, R6133-1-1 of 2017",
            f", L6133-3 ; décidée le {decree.date}, ligne {decree.line}, R6133-1-1 de 2017")


def _disputed(st, en: str, fr: str, approved, decree, also: tuple = ("", "")) -> StoryWarning:
    """``legal_personality_disputed``: statement `st` (`en`, `fr`: what it is, with its date) falls between the
    decision approving the convention, from which the decree of 2017 dates legal personality, and its publication,
    from which the law dates it. It is left out of the facts as not judged, with words that do not say the
    groupement did not exist then; facts.py gives the rules the traces that keep what rests on it open
    (an election: `administrator_left_out(M, E, personality_disputed)`)."""
    from .render.phrases import date_words

    start_en, start_fr = decree.words()
    what_en, what_fr = (("the day after the tacit approval", "du lendemain de l'approbation tacite") if decree.tacit
                        else ("the decision", "de la décision"))
    pub_en, pub_fr = date_words(approved.value, "en"), date_words(approved.value, "fr")
    if decree.undated:  # the decision not dated: before it or after it, which cannot be told (review 38)
        return StoryWarning(
            "legal_personality_disputed",
            f"{en} ({line(st)}) came before the publication of the approval on {pub_en} ({line(approved)}), and "
            f"the file does not date the decision approving the convention: the decree dates legal personality from "
            f"that decision (R6133-1-1 of 2017, al. 4), the law from the publication (L6133-3, I); whether it came "
            f"before the decision, when neither text gives the groupement legal personality, or between the decision "
            f"and the publication, when they disagree, cannot be told, so it is neither judged nor read as coming "
            f"before the groupement existed{also[0]}",
            st.line, st,
            f"{fr} (ligne {st.line}) précède la publication de l'approbation du {pub_fr} (ligne {approved.line}), et "
            f"le dossier ne date pas la décision d'approbation de la convention : le décret fait courir la "
            f"personnalité morale de cette décision (R6133-1-1 de 2017, al. 4), la loi de la publication (L6133-3, "
            f"I) ; on ne peut dire si ce fait précède la décision, quand aucun des deux textes ne donne la "
            f"personnalité morale au groupement, ou se place entre la décision et la publication, quand ils "
            f"divergent : il n'est ni jugé, ni tenu pour antérieur à l'existence du groupement{also[1]}")
    return StoryWarning(
        "legal_personality_disputed",
        f"{en} ({line(st)}) came between {start_en} and the publication of the approval on {pub_en} "
        f"({line(approved)}): the decree dates legal personality from {what_en} (R6133-1-1 of 2017, al. 4), the law "
        f"from the publication (L6133-3, I); the two texts disagree and neither is preferred, so it is neither judged "
        f"nor read as coming before the groupement existed{also[0]}",
        st.line, st,
        f"{fr} (ligne {st.line}) se place entre {start_fr} et la publication de l'approbation du {pub_fr} (ligne "
        f"{approved.line}) : le décret fait courir la personnalité morale {what_fr} (R6133-1-1 de 2017, al. 4), la "
        f"loi de la publication (L6133-3, I) ; les deux textes "
        f"divergent et aucun n'est retenu : ce fait n'est ni jugé, ni tenu pour antérieur à l'existence du "
        f"groupement{also[1]}")


# the kinds of member that are establishments or bodies, never a person practising a health profession on a liberal
# basis (rules/members_and_nature/2017-01-14_L6133-3.lp, not_practising_kind_2017): English, French
_BODY_KINDS = {
    "health_establishment": ("a health establishment", "un établissement de santé"),
    "medico_social_establishment": ("a medico-social establishment", "un établissement médico-social"),
    "health_centre": ("a health centre (centre de santé)", "un centre de santé"),
    "health_house": ("a maison de santé", "une maison de santé"),
    "health_pole": ("a pôle de santé", "un pôle de santé"),
    "army_hospital": ("an army hospital", "un hôpital des armées"),
    "army_health_service": ("the army health service", "le service de santé des armées"),
    "other_care_organisation": ("a body (organisme)", "un organisme"),
}


def _liberal_bodies(g) -> list[StoryWarning]:
    """``liberal_body``: a member stated `liberal` whose kind is an establishment or a body (module docstring)."""
    out = []
    for m in g.members:
        if m.associate or m.liberal is None or m.kind is None or m.kind.value not in _BODY_KINDS:
            continue
        en, fr = _BODY_KINDS[m.kind.value]
        who = f"{m.name} ('{m.id}')" if m.name else f"'{m.id}'"
        out.append(StoryWarning(
            "liberal_body",
            f"the file states that {who} practises on a liberal basis ({line(m.liberal)}), but it is {en}: an "
            f"establishment or a body, not one of « des personnes physiques ou morales exerçant une profession de "
            f"santé à titre libéral » (L6133-3, version of 14 January 2017, I, para. 3); the legal nature of the "
            f"groupement counts it by its sector; the statement is read only as the liberal practice of the person "
            f"representing it (the administrator's flat allowance)",
            m.liberal.line, None,
            f"le fichier indique que {who} exerce à titre libéral (ligne {m.liberal.line}), mais c'est {fr} : un "
            f"établissement ou un organisme, non l'une « des personnes physiques ou morales exerçant une profession "
            f"de santé à titre libéral » (L6133-3, version du 14 janvier 2017, I, al. 3) ; la nature juridique du "
            f"groupement le compte selon son secteur ; cette indication n'est lue que comme l'exercice libéral de "
            f"la personne qui le représente (indemnité forfaitaire de l'administrateur)"))
    return out


# the statements that name the deliberation deciding them (`... by A.D`), in words, with the matter words whose
# deliberation can decide them (review 41, fixer M): a seat transfer is an item of its own (R6133-21@2010-07-26.I.2.2)
# and changes a mention of the convention (R6133-1@2006-01-01.2.1, R6133-1@2010-07-26.I.1.1: « Le siège du
# groupement »), so `seat_transfer` and `convention_change`; the dissolution « La prorogation ou la dissolution »
# (R6133-13@2006-01-01 13°, R6133-21@2010-07-26.I.2.18), `dissolution`; the liquidators, « les mesures nécessaires à
# sa liquidation » of the same item, `liquidation` or `dissolution`; the administrator and, from 2017, his deputy, « La
# nomination et la révocation de l'administrateur » (3°, 14°), `administrator`; the restricted committee,
# `committee_election`; a delegation, « Les conditions dans lesquelles elle délègue » (23°, 2017: 24°), `delegation`.
_CARRIERS = {
    "seat_transfer": (("seat_transfer", "convention_change"), "the transfer of the seat", "le transfert du siège"),
    "dissolution": (("dissolution",), "the dissolution", "la dissolution"),
    "liquidator": (("liquidation", "dissolution"), "the appointment of the liquidator",
                   "la nomination du liquidateur"),
    "administrator": (("administrator",), "the election of the administrator", "l'élection de l'administrateur"),
    "deputy": (("administrator",), "the election of the deputy administrator",
               "l'élection de l'administrateur suppléant"),
    "committee": (("committee_election",), "the election of the restricted committee",
                  "l'élection du comité restreint"),
    "delegation": (("delegation",), "the delegation", "la délégation"),
}


def _other_matter(g) -> list[StoryWarning]:
    """``deliberation_of_another_matter``: a statement naming (`by A.D`) a deliberation whose matter word cannot carry
    it (a seat transfer by a deliberation `on budget`): most likely a slip in the file. The contract allows any
    deliberation to be named, so a warning, at the statement's line, naming the deliberation's line and its matter;
    the rules judge the statement under its own matter all the same (review 41, fixer M)."""
    named = [("seat_transfer", st, st.by) for st in g.seat_transfers]
    named += [("dissolution", dz, dz.by) for dz in g.dissolutions]
    named += [("liquidator", lq, lq.by) for lq in g.liquidators]
    if g.administrator is not None:
        named.append(("administrator", g.administrator, g.administrator.by))
    named += [("deputy", dp, dp.by) for dp in g.deputies]
    named += [("committee", cm, cm.by) for cm in g.committees]
    named += [("delegation", dg, dg.by) for dg in g.delegations]
    out = []
    for kind, st, ref in named:
        if ref is None:
            continue
        dl = next((d for a in g.assemblies if a.id == ref.assembly for d in a.deliberations
                   if d.id == ref.deliberation), None)
        carriers, en, fr = _CARRIERS[kind]
        if dl is None or dl.matter in carriers:
            continue
        # the matter words said in words (no raw identifier in a warning: tests/test_stop23_outputs.py)
        words = " or ".join(f"'{m.replace('_', ' ')}'" for m in carriers)
        mots = " ou ".join(f"'{m.replace('_', ' ')}'" for m in carriers)
        matter = dl.matter.replace("_", " ")
        if kind == "seat_transfer":  # rules/convention: the transfer's own majority, not that of the matter word
            tail_en = (f"the transfer is decided only if the votes reach the majority the transfer itself requires, "
                       f"whatever that of '{matter}'")
            tail_fr = (f"le transfert n'est décidé que si les votes atteignent la majorité que requiert le transfert "
                       f"lui-même, quelle que soit celle de '{matter}'")
        else:  # the rules read no decision of that kind in it (their reasons say so)
            tail_en = f"that deliberation is not read as deciding {en}"
            tail_fr = f"cette délibération n'est pas lue comme décidant {fr}"
        out.append(StoryWarning(
            "deliberation_of_another_matter",
            f"{en} ({line(st)}) names deliberation '{ref.assembly}.{ref.deliberation}' ({line(dl)}), whose matter is "
            f"'{matter}', not {words}: most likely a slip in the file; {tail_en}",
            st.line, None,
            f"{fr} (ligne {st.line}) renvoie à la délibération '{ref.assembly}.{ref.deliberation}' (ligne {dl.line}), "
            f"qui porte sur la matière '{matter}', non {mots} : sans doute une erreur du fichier ; {tail_fr}"))
    return out


def story_warnings(scenario: Scenario) -> list[StoryWarning]:
    g = scenario.groupement
    out: list[StoryWarning] = _liberal_bodies(g) + _merger_born_admitted_warnings(g) + _other_matter(g)
    approved = approval_publication(g)
    if approved is not None:
        personality = personality_text(approved.value)
        # from 2017-04-28, the decision from which the decree dates legal personality, before the publication: a
        # statement dated between the two is left open (legal_personality_disputed), not left out as before it
        decree = decree_personality(g)
        # the article cited, in force on the approval's publication; none before 2006 (no encoded text); from
        # 2017-04-28 the law (the decree dates it from the decision)
        cite, cite_fr = _cites(g, approved, decree)
        for a in g.assemblies:
            if personality_disputed(g, a.date):
                out.append(_disputed(a, f"assembly '{a.id}' on {a.date}", f"l'assemblée '{a.id}' du {a.date}",
                                     approved, decree, ("; nor are its deliberations", " ; ses délibérations non plus")))
            elif a.date is not None and a.date < approved.value and personality is None:
                out.append(StoryWarning(
                    "before_legal_personality",
                    f"assembly '{a.id}' on {a.date} ({line(a)}) met before the approval of the convention was "
                    f"published on {approved.value} ({line(approved)}); no encoded text governs the groupement on "
                    f"that date (décret 2005-1681 applies from {COVERED_FROM.isoformat()}); neither it nor its "
                    f"deliberations are judged",
                    a.line, a,
                    f"l'assemblée '{a.id}' du {a.date} (ligne {a.line}) s'est réunie avant la publication de "
                    f"l'approbation de la convention le {approved.value} (ligne {approved.line}) ; aucun texte encodé "
                    f"ne régit le groupement à cette date (le décret 2005-1681 s'applique à compter du "
                    f"{COVERED_FROM.isoformat()}) ; ni elle ni ses délibérations ne sont jugées"))
            elif a.date is not None and a.date < approved.value:
                out.append(StoryWarning(
                    "before_legal_personality",
                    f"assembly '{a.id}' on {a.date} ({line(a)}) met before the groupement had legal personality "
                    f"(approval published on {approved.value}, {line(approved)}{cite}): a meeting of the founders, "
                    f"not the groupement's assembly; neither it nor its deliberations are judged",
                    a.line, a,
                    f"l'assemblée '{a.id}' du {a.date} (ligne {a.line}) s'est réunie avant que le groupement ait la "
                    f"personnalité morale (approbation publiée le {approved.value}, ligne {approved.line}{cite_fr}) : "
                    f"une réunion des fondateurs, non l'assemblée du groupement ; ni elle ni ses délibérations ne "
                    f"sont jugées"))
        merged = {mg.result for mg in g.mergers}
        # a `joined` before the publication is read as a founding member only when the file states `approved`: the
        # procedure's readings of a decision known with its `published` date take the members on the receipt and on
        # the decision's day (review 33: consultation, signatures); which reading governs then is left open (review 37)
        for m in (g.members if g.approved is not None else ()):
            j = m.joined
            # an associate is no member (L6133-1 of 2004 al. 4: an agreement « en vue de leur association aux
            # activités du groupement »): it neither constitutes the groupement nor is admitted « après sa
            # constitution », so it is not read as a founding member; its date stays a fact, and the rules leave its
            # association open when it precedes the publication (missing_fact(association, M,
            # association_before_personality), rules/convention/2006-01-01_R6133-1.lp; review 39)
            if m.associate or j is None or j.value >= approved.value or m.id in merged or joined_open(g, m):
                continue
            # « Après sa constitution » is read as of the constitution (the approval's publication)
            admission = membership_text(approved.value)
            if admission is None:  # constituted before 2006: no encoded text to cite
                out.append(StoryWarning(
                    "joined_before_legal_personality",
                    f"'{m.id}' joined on {j.value} ({line(j)}), before the approval of the convention was published "
                    f"on {approved.value} ({line(approved)}); no encoded text governs the groupement on that date "
                    f"(décret 2005-1681 applies from {COVERED_FROM.isoformat()}); read as a founding member",
                    j.line, j,
                    f"'{m.id}' a rejoint le groupement le {j.value} (ligne {j.line}), avant la publication de "
                    f"l'approbation de la convention le {approved.value} (ligne {approved.line}) ; aucun texte encodé "
                    f"ne régit le groupement à cette date (le décret 2005-1681 s'applique à compter du "
                    f"{COVERED_FROM.isoformat()}) ; lu comme un membre fondateur"))
                continue
            en_text, fr_text = f" ({admission[0]})", f" ({admission[1]})"
            out.append(StoryWarning(
                "joined_before_legal_personality",
                f"'{m.id}' joined on {j.value} ({line(j)}), before the groupement had legal personality (approval "
                f"published on {approved.value}, {line(approved)}): the groupement admits new members only "
                f"« après sa constitution »{en_text}; read as a founding member",
                j.line, j,
                f"'{m.id}' a rejoint le groupement le {j.value} (ligne {j.line}), avant que le groupement ait la "
                f"personnalité morale (approbation publiée le {approved.value}, ligne {approved.line}) : le "
                f"groupement n'admet de nouveaux membres qu'« après sa constitution »{fr_text} ; lu comme un membre "
                f"fondateur"))
        for w in g.withdrawals:
            if w.notified is None or w.notified >= approved.value:
                continue
            who = next((m.name for m in g.members if m.id == w.member and m.name), None) or f"'{w.member}'"
            if personality_disputed(g, w.notified):
                out.append(_disputed(w, f"the withdrawal of {who} notified on {w.notified}",
                                     f"le retrait de {who} notifié le {w.notified}", approved, decree))
                continue
            if w.notified < COVERED_FROM:
                # a notice before décret 2005-1681 applies: R6133-5 (and R6133-11, R6133-7) not in force on its
                # date, so not cited; the notice is left out all the same (before the approval's publication)
                out.append(StoryWarning(
                    "withdrawal_before_legal_personality",
                    f"the withdrawal of {who} notified on {w.notified} ({line(w)}) came before the approval of the "
                    f"convention was published on {approved.value} ({line(approved)}); no encoded text governs a "
                    f"withdrawal on that date (décret 2005-1681, which does, applies from "
                    f"{COVERED_FROM.isoformat()}); that notice is not judged",
                    w.line, w,
                    f"le retrait de {who} notifié le {w.notified} (ligne {w.line}) précède la publication de "
                    f"l'approbation de la convention le {approved.value} (ligne {approved.line}) ; aucun texte encodé "
                    f"ne régit un retrait à cette date (le décret 2005-1681, qui le régit, s'applique à compter du "
                    f"{COVERED_FROM.isoformat()}) ; cette notification n'est pas jugée"))
                continue
            on_notice = membership_text(w.notified)  # the article in force on the notice's date
            out.append(StoryWarning(
                "withdrawal_before_legal_personality",
                f"the withdrawal of {who} notified on {w.notified} ({line(w)}) came before the groupement had "
                f"legal personality (approval published on {approved.value}, {line(approved)}{cite}): a member "
                f"withdraws « en cours d'exécution de la convention » and notifies « au groupement » its intention "
                f"({on_notice[0]}); that notice is not judged",
                w.line, w,
                f"le retrait de {who} notifié le {w.notified} (ligne {w.line}) précède la personnalité morale "
                f"du groupement (approbation publiée le {approved.value}, ligne {approved.line}{cite_fr}) : un "
                f"membre se retire « en cours d'exécution de la convention » et notifie « au groupement » son "
                f"intention ({on_notice[1]}) ; cette notification n'est pas jugée"))
        # a transfer of competences by the agency (R6133-22 of 2009, R6133-30 of 2017: « transférées à un groupement
        # de coopération sanitaire créé ») dated between the decision of 2017 and its publication: left open as the
        # other statements of that window (review 40); each act is left out, the decision's other acts kept
        for dec in g.ars_decisions:
            if not personality_disputed(g, dec.date):
                continue
            for act in dec.acts:
                if act.act == "transfers":
                    from .render.phrases import date_words

                    out.append(_disputed(
                        act, f"the transfer of competences '{act.value}' by decision '{dec.id}' of the agency on "
                             f"{date_words(dec.date, 'en')}", f"le transfert des compétences '{act.value}' par la "
                             f"décision '{dec.id}' de l'agence du {date_words(dec.date, 'fr')}", approved, decree))
        out.extend(_years_before_personality(g, approved, personality, decree))
        out.extend(_officers_before_personality(g, approved, personality, decree))
    return out


def merger_born_admitted(g) -> dict:
    """Members declared without `joined` that a merger of the file forms (`merger M of ...`) and whose admission an
    assembly of the file deliberates on (`deliberation ... on admission of M`), each with the earliest merger that
    forms it and the first such deliberation (review 41, F1). Such a member is read as « tout nouvel établissement
    de santé constitué par absorption ou par fusion » (R6133-5 of 2006 al. 1, R6133-7 of 2010 I), as the file's
    own assembly treats it, from the merger's date: the fact emitter gives it that date as its joining
    (facts.py), so it is no member, and counts in no quorum, vote or share, before the merger, nor before the
    assembly admits it; ``merger_result_undated`` says so at its line. Without such a deliberation, a member
    declared without `joined` stays a founding member that absorbs the others (README, "Mergers")."""
    admissions: dict = {}
    for a in g.assemblies:
        for dl in a.deliberations:
            if dl.matter == "admission" and dl.of is not None:
                admissions.setdefault(dl.of, (a, dl))
    formed: dict = {}
    for mg in sorted(g.mergers, key=lambda m: (m.date, m.line)):
        if mg.date is not None:
            formed.setdefault(mg.result, mg)
    return {m.id: (formed[m.id],) + admissions[m.id] for m in g.members
            if not m.associate and m.joined is None and m.id in formed and m.id in admissions}


def _merger_born_admitted_warnings(g) -> list[StoryWarning]:
    """``merger_result_undated``: the reading of merger_born_admitted, at the member's line."""
    out = []
    born = merger_born_admitted(g)
    for m in g.members:
        found = born.get(m.id)
        if found is None:
            continue
        mg, a, dl = found
        text = membership_text(mg.date)
        cite, cite_fr = (f" ({text[0]})", f" ({text[1]})") if text is not None else ("", "")
        if text is not None:
            when = "is one only from the day after the assembly validly admits it"
            when_fr = ("ne l'est qu'à compter du lendemain de la décision de l'assemblée générale qui l'admet "
                       "valablement")
        else:  # a merger before 2006: no encoded text says whether it is a member from then (membership_open)
            when = (f"whether it is one from then no encoded text says (décret 2005-1681 applies from "
                    f"{COVERED_FROM.isoformat()})")
            when_fr = (f"aucun texte encodé ne dit s'il l'est à compter de celle-ci (le décret 2005-1681 s'applique "
                       f"à compter du {COVERED_FROM.isoformat()})")
        out.append(StoryWarning(
            "merger_result_undated",
            f"'{m.id}' is declared without a joining date ({line(m)}), results from the merger of {mg.date} "
            f"({line(mg)}), and the assembly '{a.id}' deliberates on its admission ({line(dl)}): read as a new "
            f"establishment formed by that merger, « constitué par absorption ou par fusion »{cite}, which was not "
            f"a member before the merger and {when}; the file does not say whether it was instead a founding "
            f"member that absorbed the others (the admission would then have no object): state `joined {mg.date}` "
            f"to confirm this reading, or remove the admission",
            m.line, None,
            f"'{m.id}' est déclaré sans date d'adhésion (ligne {m.line}), résulte de la fusion du {mg.date} "
            f"(ligne {mg.line}), et l'assemblée '{a.id}' délibère sur son admission (ligne {dl.line}) : lu comme un "
            f"nouvel établissement « constitué par absorption ou par fusion »{cite_fr}, qui n'était pas membre "
            f"avant cette fusion et {when_fr} ; le fichier ne dit pas s'il était au contraire un membre fondateur "
            f"qui a absorbé les autres (l'admission serait alors sans objet) : indiquer `joined {mg.date}` confirme "
            f"cette lecture, supprimer l'admission donne l'autre"))
    return out


def _officers_before_personality(g, approved, personality, decree=None) -> list[StoryWarning]:
    """``before_legal_personality`` for an election (administrator, deputy, committee) and an avenant
    dated before the approval of the convention was published, and for an election made by an assembly
    held before then (itself left out): the groupement « jouit de la personnalité morale à compter de la
    date de publication » of its approval (R6133-11 of 2006 al. 3, R6133-1-1 from 2010-07-26); before it
    there is no groupement whose administrator, deputy or committee one could be, and no convention in
    force to amend (the convention under approval is the one approved). Left out of the facts, as an
    assembly held before then: no term, representative or ordonnateur drawn from it, no avenant judged."""
    from .render.phrases import date_words

    out = []
    cite, cite_fr = _cites(g, approved, decree)
    early = {a.id: a for a in g.assemblies if a.date is not None and a.date < approved.value}
    # met between the decision of 2017 and its publication: left open (legal_personality_disputed)
    disputed = {a.id: a for a in g.assemblies if personality_disputed(g, a.date)}
    names = {m.id: m.name for m in g.members if m.name}

    def who(member) -> tuple:
        name = names.get(member)
        return (name, name) if name else (f"'{member}'", f"'{member}'")

    statements = []  # (statement, its date, by, English, French)
    adm = g.administrator
    if adm is not None:
        en, fr = who(adm.member)
        statements.append((adm, adm.elected, adm.by, f"the election of {en} as administrator",
                           f"l'élection de {fr} comme administrateur"))
    for dp in g.deputies:
        en, fr = who(dp.member)
        statements.append((dp, dp.elected, dp.by, f"the election of {en} as the administrator's deputy",
                           f"l'élection de {fr} comme suppléant de l'administrateur"))
    for cm in g.committees:
        statements.append((cm, cm.elected, cm.by, "the election of the committee", "l'élection du comité"))
    for v in g.avenants:
        statements.append((v, v.date, None, f"the avenant '{v.id}'", f"l'avenant '{v.id}'"))
    pub_en, pub_fr = date_words(approved.value, "en"), date_words(approved.value, "fr")
    for st, when, by, en, fr in sorted(statements, key=lambda t: t[0].line):
        if personality_disputed(g, when):
            out.append(_disputed(st, f"{en} on {date_words(when, 'en')}", f"{fr} du {date_words(when, 'fr')}",
                                 approved, decree))
        elif (when is None or when >= approved.value) and by is not None and by.assembly in disputed:
            a = disputed[by.assembly]
            out.append(_disputed(st, f"{en}, made by assembly '{a.id}' on {date_words(a.date, 'en')} ({line(a)}),",
                                 f"{fr}, faite par l'assemblée '{a.id}' du {date_words(a.date, 'fr')} (ligne "
                                 f"{a.line}),", approved, decree))
        elif when is not None and when < approved.value:
            why_en, why_fr = _why_not_judged(personality, ("on that date", "à cette date"),
                                             (date_words(COVERED_FROM, "en"), date_words(COVERED_FROM, "fr")))
            judged = "il n'est pas jugé" if isinstance(st, Avenant) else "elle n'est pas jugée"
            out.append(StoryWarning(
                "before_legal_personality",
                f"{en} on {date_words(when, 'en')} ({line(st)}) came before the groupement had legal personality "
                f"(approval published on {pub_en}, {line(approved)}{cite}): {why_en}; it is not judged",
                st.line, st,
                f"{fr} du {date_words(when, 'fr')} (ligne {st.line}) précède la personnalité morale du groupement "
                f"(approbation publiée le {pub_fr}, ligne {approved.line}{cite_fr}) : {why_fr} ; {judged}"))
        elif by is not None and by.assembly in early:
            a = early[by.assembly]
            out.append(StoryWarning(
                "before_legal_personality",
                f"{en} ({line(st)}) was made by assembly '{a.id}' on {date_words(a.date, 'en')} ({line(a)}), which "
                f"met before the groupement had legal personality (approval published on {pub_en}, "
                f"{line(approved)}{cite}) and is not judged; the election is not judged either",
                st.line, st,
                f"{fr} (ligne {st.line}) a été faite par l'assemblée '{a.id}' du {date_words(a.date, 'fr')} "
                f"(ligne {a.line}), réunie avant que le groupement ait la personnalité morale (approbation publiée le "
                f"{pub_fr}, ligne {approved.line}{cite_fr}) et qui n'est pas jugée ; l'élection ne l'est pas non plus"))
    return out


def _why_not_judged(personality, when: tuple, covered: tuple) -> tuple[str, str]:
    """(English, French) reason a statement dated before legal personality is not judged: the groupement did not
    exist `when` (("on that date", "à cette date")), or, approved before 2006 (`personality` None), no encoded text
    governs it then (décret 2005-1681 applies from `covered`, as each caller writes that date)."""
    if personality is None:
        return (f"no encoded text governs the groupement {when[0]} (décret 2005-1681 applies from {covered[0]})",
                f"aucun texte encodé ne régit le groupement {when[1]} (le décret 2005-1681 s'applique à compter du "
                f"{covered[1]})")
    return f"the groupement did not exist {when[0]}", f"le groupement n'existait pas {when[1]}"


def _years_before_personality(g, approved, personality, decree=None) -> list[StoryWarning]:
    """``before_legal_personality`` for a budget, a result or a participation stated for a year that ended before
    the approval of the convention was published: the groupement did not exist in that year (it « jouit de la
    personnalité morale à compter de la date de publication », R6133-11 of 2006, R6133-1-1 from 2010-07-26), so
    there is no budget, result or participation of it for that year. Left out, as an assembly held before then."""
    out = []
    cite, cite_fr = _cites(g, approved, decree)
    statements = [(b, b.year, f"the budget for the financial year {b.year}", f"le budget de l'exercice {b.year}", "")
                  for b in g.budgets]
    statements += [(r, r.year, f"the result for the financial year {r.year}", f"le résultat de l'exercice {r.year}",
                    "") for r in g.results]
    for p in g.participations:
        if p.year is not None:
            who = next((m.name for m in g.members if m.id == p.member and m.name), None) or f"'{p.member}'"
            statements.append((p, p.year, f"the participation of {who} in running costs for {p.year}",
                               f"la participation de {who} aux charges de fonctionnement pour {p.year}", "e"))
    for st, year, en, fr, e in sorted(statements, key=lambda t: t[0].line):
        if date(year, 12, 31) >= approved.value:
            continue
        if personality_disputed(g, date(year, 12, 31)):  # the year ended between the decision and its publication
            out.append(_disputed(st, en, fr, approved, decree))
            continue
        why_en, why_fr = _why_not_judged(personality, ("in that year", "cette année-là"),
                                         (COVERED_FROM.isoformat(), COVERED_FROM.isoformat()))
        out.append(StoryWarning(
            "before_legal_personality",
            f"{en} ({line(st)}) is for a year that ended before the groupement had legal personality (approval "
            f"published on {approved.value}, {line(approved)}{cite}): {why_en}; it is not judged",
            st.line, st,
            f"{fr} (ligne {st.line}) porte sur une année achevée avant que le groupement ait la personnalité "
            f"morale (approbation publiée le {approved.value}, ligne {approved.line}{cite_fr}) : {why_fr} ; "
            f"{'elle' if e else 'il'} n'est pas jugé{e}"))
    return out
