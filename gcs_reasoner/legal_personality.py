"""The day from which a groupement exists, as the file dates it: the publication of the approval of its convention
(R6133-11 of 2006 al. 3, R6133-1-1 of 2010 al. 2, L6133-3 I from 2009-07-23, « à dater de cette publication »), and
from 2017-04-28 the approving decision or the day after the tacit approval (R6133-1-1 of 2017 al. 4), when the two
texts disagree. Read by validate.py (the statements left out as before legal personality, or left open between the
two dates) and by facts.py (the facts of those statements); the rules state the same dates for the conclusions
(`legal_personality_from`, rules/approval/).

Split out of validate.py (review 40): the dates of the law on one side, the checks of the file's story on the
other."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Optional

from .law import COVERED_FROM
from .scenario import Attr


RENUMBERED = date(2010, 7, 26)  # décret 2010-862: R6133-11 -> R6133-1-1, R6133-5 -> R6133-7


def personality_text(on: date):
    """The article from which a groupement « jouit de la personnalité morale à compter de la date de
    publication » of its approval, in force on `on` (the publication's date): R6133-11 of 2006,
    R6133-1-1 from 2010-07-26; None before 2006-01-01 (no encoded text)."""
    if on < COVERED_FROM:
        return None
    return "R6133-11" if on < RENUMBERED else "R6133-1-1"


def membership_text(on: date):
    """(English, French) names of the article on admissions and withdrawals in force on `on`: R6133-5
    of 2006, R6133-7 from 2010-07-26; None before 2006-01-01 (no encoded text)."""
    if on < COVERED_FROM:
        return None
    return ("R6133-5 of 2006", "R6133-5 de 2006") if on < RENUMBERED else ("R6133-7 of 2010", "R6133-7 de 2010")


DECREE_2017 = date(2017, 4, 28)  # décret 2017-631: R6133-1-1 al. 4 dates legal personality from the decision


@dataclasses.dataclass(frozen=True)
class DecreeDate:
    """The day from which R6133-1-1 of 2017 al. 4 dates legal personality, and the line of the statement that gives
    it: the approving decision's, or (tacit) the receipt's, the day being the day after the tacit approval."""

    date: date
    line: int
    tacit: bool = False
    # the file dates no decision approving the convention (review 38): `date` is the earliest day it may have been
    # made under the decree of 2017 (its entry into force, or the receipt, `line`'s, when later); `received` whether
    # the receipt gives that day
    undated: bool = False
    received: bool = False

    def words(self) -> tuple:
        """(English, French): what the day is, with its line."""
        from .render.phrases import date_words

        en, fr = date_words(self.date, "en"), date_words(self.date, "fr")
        if self.undated:
            return ("the decision approving the convention, which the file does not date",
                    "la décision d'approbation de la convention, que le dossier ne date pas")
        if self.tacit:
            return (f"the day after the tacit approval of the convention, {en} (the receipt, line {self.line})",
                    f"le lendemain de l'approbation tacite de la convention, le {fr} (réception, ligne {self.line})")
        return (f"the decision approving the convention on {en} (line {self.line})",
                f"la décision d'approbation de la convention du {fr} (ligne {self.line})")


def _add_months(d: date, n: int) -> date:
    """d plus n months, the day clamped to the month's end (the rules' @months_before(d, -n))."""
    import calendar

    months = d.year * 12 + d.month - 1 + n
    y, m = divmod(months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _tacit_day(g, published) -> Optional[DecreeDate]:
    """The day after the tacit approval of R6133-1-1 of 2017 al. 2 (« L'absence de décision expresse à l'expiration
    du délai … vaut approbation tacite »), as the rules read it: the receipt (`submitted`) under that text, no
    express decision on the convention (approval or refusal) by the end of the two months, nor its publication
    (which an express decision preceded), and no member the file shows not signing (`signed_by`) among the members
    declared without a later `joined` (the rules judge membership on the receipt more finely: a file they judge
    otherwise keeps the before-personality reading here)."""
    sub = g.submitted
    if sub is None or sub.value < DECREE_2017:
        return None
    end = _add_months(sub.value, 2)
    if published.value <= end:
        return None
    if any(dec.date is not None and dec.date <= end and any(act.act in ("approves", "refuses")
                                                             and act.value == "convention" for act in dec.acts)
           for dec in g.ars_decisions):
        return None
    signed = {sb.value for sb in g.convention.signed_by} if g.convention is not None else set()
    if signed and any(m.id not in signed and (m.joined is None or m.joined.value <= sub.value)
                      for m in g.members if not m.associate):
        return None
    return DecreeDate(end + timedelta(days=1), sub.line, tacit=True)


def decree_personality(g) -> Optional[DecreeDate]:
    """The day from which R6133-1-1 of 2017 al. 4 dates legal personality (« Le groupement jouit de la personnalité
    morale à compter de la décision d'approbation ou, à défaut, à compter du lendemain de la décision implicite
    d'approbation »), when it comes before the publication from which L6133-3 I dates it (« Ce groupement acquiert
    la personnalité morale à dater de cette publication »), `approval_publication`: the day after the tacit approval
    (_tacit_day), else the earliest decision approving the convention dated from 2017-04-28 (the text in force on
    the decision's date), not the single act of R6133-17 II (a decision that also grants an authorisation or
    erects, or any approval of a convention stating the vocation to hold an authorisation: « Cette décision porte
    ses effets de droit, au jour de sa publication », so both texts date it from the publication). None when there
    is none, or when the file dates no publication: the texts then do not disagree on a date the file gives.
    Between that day and the publication the two texts disagree (the rules state the conflict): a statement dated
    then is neither left out as before legal personality nor judged as after it (README, "Two texts that disagree
    are both stated")."""
    published = approval_publication(g)
    if published is None:
        return None
    if g.convention is not None and any(v.value == "hold_authorisation" for v in g.convention.vocation):
        return None
    tacit = _tacit_day(g, published)
    if tacit is not None:
        return tacit if tacit.date < published.value else None
    decisions = [dec for dec in g.ars_decisions if dec.date is not None and dec.date >= DECREE_2017
                 and any(act.act == "approves" and act.value == "convention" for act in dec.acts)
                 and not any(act.act in ("grants", "erects") for act in dec.acts)]
    if not decisions:
        return _undated_decision(g, published)
    first = min(decisions, key=lambda dec: (dec.date, dec.line))
    return DecreeDate(first.date, first.line) if first.date < published.value else None


def _undated_decision(g, published) -> Optional[DecreeDate]:
    """The file dates the publication of the approval from 2017-04-28 but no decision approving the convention (none
    dated, no tacit approval computed; not the single act of R6133-17 II, an undated decision that grants or
    erects): R6133-1-1 of 2017 al. 4 dates legal personality « à compter de la décision d'approbation », L6133-3 I
    « à dater de cette publication », and the decision may have been made on any day from the later of the decree's
    entry into force (a decision made before it leaves legal personality to the publication, R6133-1-1 of 2010 al.
    2) and the convention's receipt (« dans un délai de deux mois à compter de sa réception ») to the publication. A
    statement dated from that day to the publication may come before the decision (before legal personality under
    both texts) or after it (the texts disagree): which cannot be told, so it is left open as the disputed ones are
    (review 38). None when a decision approving the convention is dated (whatever its date) or is the single act."""
    for dec in g.ars_decisions:
        if any(act.act == "approves" and act.value == "convention" for act in dec.acts) and (
                dec.date is not None or any(act.act in ("grants", "erects") for act in dec.acts)):
            return None
    start, line, received = DECREE_2017, published.line, False
    if g.submitted is not None and g.submitted.value > start:
        start, line, received = g.submitted.value, g.submitted.line, True
    if start >= published.value:
        return None
    return DecreeDate(start, line, undated=True, received=received)


def personality_disputed(g, when: Optional[date]) -> bool:
    """Whether `when` falls between the day from which the decree of 2017 dates legal personality (the approving
    decision, or the day after the tacit approval) and the publication from which the law dates it
    (decree_personality): the two texts disagree on that day."""
    decree = decree_personality(g)
    return (decree is not None and when is not None
            and decree.date <= when < approval_publication(g).value)


def joined_open(g, m) -> bool:
    """Whether member `m`'s `joined` date, before the publication of the approval, is kept among the facts with its
    admission left open (facts.py `joined_before_publication`, the rules' missing_fact(joined_admission, M,
    joined_before_publication)) rather than read as a founding member's (``joined_before_legal_personality``): the
    groupement « peut admettre de nouveaux membres » only « Après sa constitution » (R6133-5 of 2006, R6133-7 of
    2010 I), and the file does not say whether that member constituted it or was admitted later. So (1) with the
    approving decision's `published` date alone, whatever the joining's date (review 33's readings of the
    procedure read the members on the receipt and the decision's day by their `joined` dates); (2) with
    `approved`, a joining between the decision of 2017 and its publication (decree_personality: the decree says
    the groupement existed then, the law that it did not). Not for an establishment a merger creates."""
    j = m.joined
    published = approval_publication(g)
    if m.associate or j is None or published is None or j.value >= published.value:
        return False  # an associate is not admitted: no admission to leave open (review 39)
    if any(mg.result == m.id for mg in g.mergers):
        return False
    return g.approved is None or personality_disputed(g, j.value)


def approval_publication(g) -> Optional[Attr]:
    """The publication of the approval of the convention in the seat's region, from which the groupement « jouit de la
    personnalité morale » (R6133-11 of 2006 al. 3, R6133-1-1 of 2010 al. 2; L6133-3 I « à dater de cette
    publication »), as the file dates it: `approved DATE`, else the earliest `published DATE` of a decision approving
    the convention, with the decision's line (the two are one publication: _approval_dates refuses a file where they
    differ). None when the file dates neither. Both sources leave out the same statements with the same warnings."""
    if g.approved is not None:
        return g.approved
    published = [dec for dec in g.ars_decisions if dec.published is not None
                 and any(act.act == "approves" and act.value == "convention" for act in dec.acts)]
    if not published:
        return None
    first = min(published, key=lambda dec: (dec.published, dec.line))
    return Attr(first.pos, first.published)
