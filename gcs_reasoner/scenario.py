"""The typed scenario: what a `.gcs` file says, as Python objects.

`parse.py` builds these from the text; `facts.py` turns them into ASP facts.
Every object keeps `line` and `col`, the position of the statement that stated
it, so that each fact of the reasoning can be traced back to the file.

Dates are `datetime.date`; amounts and rights are `int` (whole euros, positive
integers). Optional attributes are `None` when the file does not state them:
the reasoner never guesses a missing fact.
"""

from __future__ import annotations

import reprlib
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Optional


@dataclass(frozen=True)
class Pos:
    line: int
    col: int = 1


def statement(cls):
    """`@dataclass` for a statement (a subclass of Located): the `__eq__` and `__repr__` that
    `@dataclass` would generate for each class are Located's, written once. Every process imports
    this module, and `@dataclass` compiles each generated method as it makes the class: half of
    about 16 ms for its 48 classes."""
    return dataclass(cls, eq=False, repr=False)


@statement
class Located:
    """A statement with its position in the file (1-based)."""

    pos: Pos

    @property
    def line(self) -> int:
        return self.pos.line

    def _values(self) -> tuple:
        return tuple(getattr(self, f.name) for f in fields(self))

    def __eq__(self, other):  # as @dataclass's: the same class, field by field
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # (as @dataclass's: equal by value, so not hashable)

    @reprlib.recursive_repr()
    def __repr__(self) -> str:  # as @dataclass's
        return f"{self.__class__.__qualname__}(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self)) + ")"


@statement
class Attr(Located):
    """One attribute of a member (`kind`, `sector`, ...), kept with its own line."""

    value: object = None


@statement
class Member(Located):
    id: str = ""
    name: str = ""
    associate: bool = False  # `associate` (L6161-10 agreement), not a member
    kind: Optional[Attr] = None  # value: str (KIND)
    sector: Optional[Attr] = None  # value: "public" | "private"
    region: Optional[Attr] = None  # value: str
    rights: Optional[Attr] = None  # value: int > 0
    joined: Optional[Attr] = None  # value: date; None = founding member
    individual: Optional[Attr] = None  # value: True
    contract_with: Optional[Attr] = None  # value: ("member", id) | ("name", str)
    authorised: Optional[Attr] = None  # value: date
    procedure: Optional[Attr] = None  # value: "safeguard" | "receivership" | "liquidation"
    funding: Optional[Attr] = None  # value: "a" | "b" | "c" | "d" | "e" (category under L162-22-6 CSS)
    # part 2
    profession: Optional[Attr] = None  # value: "medical" | "non_medical"
    liberal: Optional[Attr] = None  # value: True (practises on a liberal basis)
    profit_supplier: Optional[Attr] = None  # value: "products" | "services"
    eligible_holder: Optional[Attr] = None  # value: True (a person of L6122-3)


@statement
class Activity(Located):
    kind: str = ""  # joint_interventions | common_equipment | ... | operates_authorisation_of | heavy_equipment
    member: Optional[str] = None  # for operates_authorisation_of
    name: Optional[str] = None  # for heavy_equipment


@statement
class Contribution(Located):
    member: str = ""
    form: str = ""  # cash | in_kind | industry | securities
    property: Optional[str] = None  # movable | immovable (in_kind only)
    amount: int = 0


@statement
class Participation(Located):
    member: str = ""
    form: str = ""  # financial | premises | equipment | staff
    amount: int = 0
    year: Optional[int] = None
    valued: Optional[str] = None  # real_cost | flat | net_book_value


@statement
class Majority(Located):
    matter: str = ""
    rule: str = ""  # simple | two_thirds | unanimity


@statement
class Convention(Located):
    object: Optional[Attr] = None  # value: str
    task_split: Optional[Attr] = None  # value: True
    mentions: list[Attr] = field(default_factory=list)  # value: MENTION word, one Attr each, at the word
    attached: list[Attr] = field(default_factory=list)  # value: ATTACHMENT word
    notice_days: Optional[Attr] = None  # value: int
    withdrawal_notice_months: Optional[Attr] = None  # value: int
    majorities: list[Majority] = field(default_factory=list)
    dissolution_cases: list[Attr] = field(default_factory=list)  # value: str
    chair: Optional[Attr] = None  # value: member id (the convention designates another chair)
    result_allocation: list[Attr] = field(default_factory=list)  # value: allocation word, one Attr each
    rights_adaptation: Optional[Attr] = None  # value: True (R6133-6 al.3)
    # part 2
    signed_by: list[Attr] = field(default_factory=list)  # value: member id, at the member's name
    vocation: list[Attr] = field(default_factory=list)  # value: hold_authorisation | joint_operation | blood_depot
    tariff_scale: Optional[Attr] = None  # value: "abc" | "d"
    blood_depot_for: list[Attr] = field(default_factory=list)  # value: member id
    blood_depot_located_at: Optional[Attr] = None  # value: member id
    vote_weight: Optional[Attr] = None  # value: "rights" | "member"
    meeting_days: Optional[Attr] = None  # value: int
    restricted_committee: Optional[Attr] = None  # value: True
    full_gbcp: Optional[Attr] = None  # value: True


@statement
class Administrator(Located):
    member: str = ""
    elected: Optional[date] = None
    by: Optional[DelibRef] = None  # deliberation that elected him
    paid: bool = False
    mission_allowances: bool = False
    flat_allowance: bool = False
    until: Optional[date] = None  # part 2: end of the fixed term
    indefinite: bool = False  # part 2: elected with no term


@statement
class Vote(Located):
    """One vote of a vote list (`for a, b`): one Vote per member, at the member's name."""

    member: str = ""
    choice: str = ""  # for | against | abstain


@statement
class Deliberation(Located):
    id: str = ""
    matter: str = ""
    of: Optional[str] = None  # member concerned (admission, exclusion); authorisation (authorisation_request)
    challenges: Optional[DelibRef] = None  # committee_challenge of K.D: the committee deliberation
    year: Optional[int] = None  # the year a budget, accounts or activity_report deliberation concerns
    votes: list[Vote] = field(default_factory=list)
    heard: list[Attr] = field(default_factory=list)  # value: member id, at the member's name
    ground: Optional[Attr] = None  # value: breach | safeguard | receivership | liquidation | barred (an extension)


@statement
class Proxy(Located):
    member: str = ""  # represented
    holder: str = ""  # holds the proxy


@statement
class Assembly(Located):
    id: str = ""
    date: Optional[date] = None
    convened_on: Optional[Attr] = None  # value: date
    convened_by: Optional[Attr] = None  # value: "administrator" | member id; None = unknown
    urgent: Optional[Attr] = None  # value: True
    requested_by: list[Attr] = field(default_factory=list)  # value: member id, at the member's name
    reconvenes: Optional[Attr] = None  # value: assembly id
    present: list[Attr] = field(default_factory=list)  # value: member id, at the member's name
    proxies: list[Proxy] = field(default_factory=list)
    deliberations: list[Deliberation] = field(default_factory=list)
    chaired_by: Optional[Attr] = None  # value: "administrator" | member id
    agenda: list[Attr] = field(default_factory=list)  # value: str
    # part 2
    extraordinary: Optional[Attr] = None  # value: True
    accountant_present: Optional[Attr] = None  # value: True


@statement
class CommitteeMeeting(Assembly):
    """`committee_meeting K on DATE { ... }`: a meeting of the comité restreint (part 2),
    with the statements of an assembly and `minutes_sent DATE`."""

    minutes_sent: Optional[Attr] = None  # value: date


@statement
class DelibRef(Located):
    assembly: str = ""
    deliberation: str = ""


@statement
class Withdrawal(Located):
    member: str = ""
    notified: Optional[date] = None
    effective: Optional[date] = None


@statement
class Merger(Located):
    result: str = ""
    of: list[str] = field(default_factory=list)
    date: Optional[date] = None


@dataclass
class AvenantEvent:
    kind: str  # admission | withdrawal | exclusion | convention_change | seat_transfer
    member: Optional[str] = None


@statement
class Avenant(Located):
    id: str = ""
    date: Optional[date] = None
    event: Optional[AvenantEvent] = None
    submitted_on: Optional[date] = None  # part 2
    approved_on: Optional[date] = None
    published_on: Optional[date] = None


@statement
class Budget(Located):
    year: int = 0
    revenue: int = 0
    expenses: int = 0


@statement
class Result(Located):
    year: int = 0
    kind: str = ""  # surplus | deficit
    amount: int = 0
    allocated: str = ""  # reserves | next_year_costs | investment | distributed | carried_forward


@statement
class Dissolution(Located):
    by: Optional[DelibRef] = None
    notified: Optional[date] = None
    published: Optional[date] = None  # part 2


@statement
class DissolutionByLaw(Located):
    """`dissolution by operation_of_law [notified DATE] [published DATE]` (part 2)."""

    notified: Optional[date] = None
    published: Optional[date] = None


@statement
class SeatTransfer(Located):
    city: str = ""
    region: Optional[str] = None
    by: Optional[DelibRef] = None


@statement
class CaseOccurred(Located):
    """`case_occurred "Text" on DATE`: a dissolution case of the convention happened."""

    text: str = ""  # equals one `dissolution_case` of the convention
    date: Optional[date] = None


@statement
class Consultation(Located):
    """`consultation "Region" sent DATE [answered DATE]` (R6133-11 al.1)."""

    region: str = ""
    sent: Optional[date] = None
    answered: Optional[date] = None


@statement
class Publication(Located):
    """`published_in "Region" on DATE`: publication in another region's gazette."""

    region: str = ""
    date: Optional[date] = None


@statement
class ActivityReport(Located):
    """`activity_report YYYY [approved_by A.D] [sent DATE]`."""

    year: int = 0
    approved_by: Optional[DelibRef] = None
    sent: Optional[date] = None
    with_accounts: bool = False  # part 2


@statement
class Staff(Located):
    """`staff ID made_available_by M` | `staff ID recruited medical | non_medical`."""

    id: str = ""
    made_available_by: Optional[str] = None  # member id
    recruited: Optional[str] = None  # medical | non_medical
    profession: Optional[str] = None  # part 2, made_available_by ... medical | non_medical


@statement
class Liquidator(Located):
    """`liquidator "Name" by A.D`."""

    name: str = ""
    by: Optional[DelibRef] = None


@statement
class MedicalAct(Located):
    """`medical_act ID tariff N [EUR] billed N [EUR]`."""

    id: str = ""
    tariff: int = 0
    billed: int = 0
    by: Optional[str] = None  # part 2: employing member
    patient_of: Optional[str] = None  # part 2: the patient's establishment (member)


# --- part 2 (docs/scenario-language-2009-today.md; facts: docs/facts-part2.md) ----------


@statement
class Authorisation(Located):
    """`authorisation A KIND "Label" held_by M | groupement [granted D] [until D] [modification_requested D]`."""

    id: str = ""
    kind: str = ""  # care_activity | heavy_equipment | amp_biology | blood_depot | army_listed_activity
    label: str = ""
    holder: str = ""  # member id | "groupement"
    granted: Optional[date] = None
    until: Optional[date] = None
    modification_requested: Optional[date] = None


@statement
class Operates(Located):
    """`operates A, ... site "Site"`."""

    authorisations: list[Attr] = field(default_factory=list)  # value: authorisation id
    site: str = ""


@statement
class ArsAct(Located):
    """One act of an `ars_decision` block; `term` is its ACT term of docs/facts-part2.md."""

    act: str = ""  # approves | refuses | grants | ... | dissolves
    value: Optional[object] = None  # convention | chu_agreement | ("avenant", V) | authorisation id | scale |
    #                                 category | ground | year | date (until)
    defence_agreement: Optional[date] = None  # authorises_billing
    reasoned: bool = False  # dissolves


@statement
class ArsDecision(Located):
    """`ars_decision D on DATE [by AUTH] [notified D] [members_notified D] [published D] { ACT* }`."""

    id: str = ""
    date: Optional[date] = None
    by: Optional[str] = None  # arh_director | ars_director_general (only when stated)
    notified: Optional[date] = None
    members_notified: Optional[date] = None
    published: Optional[date] = None
    acts: list[ArsAct] = field(default_factory=list)


@statement
class Reply(Located):
    """`reply to D on DATE [measures] [asks_extension]`."""

    decision: str = ""
    date: Optional[date] = None
    measures: bool = False
    asks_extension: bool = False


@statement
class Deputy(Located):
    """`deputy M elected DATE [by A.D] [until DATE | indefinite]`."""

    member: str = ""
    elected: Optional[date] = None
    by: Optional[DelibRef] = None
    until: Optional[date] = None
    indefinite: bool = False


@statement
class AdministratorUnavailable(Located):
    """`administrator_unavailable from DATE [until DATE]`."""

    from_: Optional[date] = None
    until: Optional[date] = None


@statement
class Committee(Located):
    """`committee members M, ... elected DATE by A.D [until DATE]`."""

    members: list[Attr] = field(default_factory=list)  # value: member id
    elected: Optional[date] = None
    by: Optional[DelibRef] = None
    until: Optional[date] = None


@statement
class Delegation(Located):
    """`delegation to committee | administrator matters MATTER, ... by A.D [until DATE]`."""

    to: str = ""  # committee | administrator
    matters: list[Attr] = field(default_factory=list)  # value: matter word
    by: Optional[DelibRef] = None
    until: Optional[date] = None


@statement
class Challenge(Located):
    """`challenge M of K.D on DATE [answered DATE]`."""

    member: str = ""
    of: Optional[DelibRef] = None  # a committee meeting's deliberation
    date: Optional[date] = None
    answered: Optional[date] = None


@statement
class RightsChange(Located):
    """`rights_change M N on DATE by A.D ground membership | activity_share`."""

    member: str = ""
    value: int = 0
    date: Optional[date] = None
    by: Optional[DelibRef] = None
    ground: str = ""


@statement
class BudgetReferral(Located):
    """`budget_referral YYYY on DATE`."""

    year: int = 0
    date: Optional[date] = None


@statement
class BoardMember(Located):
    """`board_member "Name" as CATEGORY [appointed_by X] [user_representative]`."""

    name: str = ""
    category: str = ""  # local_authority | staff | qualified
    appointed_by: Optional[str] = None  # local_assembly | staff_committee | medical_committee | ars_director_general | arh_director | prefect
    user_representative: bool = False


@statement
class Groupement(Located):
    id: str = ""
    name: str = ""
    as_of: Optional[Attr] = None  # value: date
    approved: Optional[Attr] = None  # value: date
    seat: Optional[Attr] = None  # value: (city, region or None)
    duration: Optional[Attr] = None  # value: "indefinite" | date
    declared_nature: Optional[Attr] = None  # value: public | private
    running_costs: Optional[Attr] = None  # value: True | False
    capital: Optional[Attr] = None  # value: int | None (capital none)
    rights_basis: Optional[Attr] = None  # value: contributions | participations | convention
    health_network: Optional[Attr] = None  # value: True
    activities: list[Activity] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)  # members and associates, in file order
    contributions: list[Contribution] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    convention: Optional[Convention] = None
    administrator: Optional[Administrator] = None
    assemblies: list[Assembly] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)
    mergers: list[Merger] = field(default_factory=list)
    avenants: list[Avenant] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    # `dissolution by A.D` and `seat_transfer ... by A.D` are events: several may be stated (a first
    # deliberation found invalid, then another; a seat moved twice), each naming its deliberation
    dissolutions: list[Dissolution] = field(default_factory=list)
    seat_transfers: list[SeatTransfer] = field(default_factory=list)
    # extension forms
    cases_occurred: list[CaseOccurred] = field(default_factory=list)
    consultations: list[Consultation] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    publication_mentions: list[Attr] = field(default_factory=list)  # value: name_and_object | members | seat | duration
    activity_reports: list[ActivityReport] = field(default_factory=list)
    documents_mention: Optional[Attr] = None  # value: True | False (R6133-2)
    staff: list[Staff] = field(default_factory=list)
    liquidators: list[Liquidator] = field(default_factory=list)
    medical_acts: list[MedicalAct] = field(default_factory=list)
    # part 2
    authorisations: list[Authorisation] = field(default_factory=list)
    operates: list[Operates] = field(default_factory=list)
    submitted: Optional[Attr] = None  # value: date
    tariff_option: Optional[Attr] = None  # value: ("abc" | "d", received date)
    ars_decisions: list[ArsDecision] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    deputies: list[Deputy] = field(default_factory=list)
    administrator_unavailable: list[AdministratorUnavailable] = field(default_factory=list)
    committees: list[Committee] = field(default_factory=list)
    delegations: list[Delegation] = field(default_factory=list)
    committee_meetings: list[CommitteeMeeting] = field(default_factory=list)
    challenges: list[Challenge] = field(default_factory=list)
    rights_changes: list[RightsChange] = field(default_factory=list)
    budget_referrals: list[BudgetReferral] = field(default_factory=list)
    coordination_support: Optional[Attr] = None  # value: True
    board_members: list[BoardMember] = field(default_factory=list)
    dissolution_by_law: Optional[DissolutionByLaw] = None

    @property
    def dissolution(self) -> Optional[Dissolution]:
        """The first `dissolution by A.D` of the file, or None (`dissolutions` holds them all)."""
        return self.dissolutions[0] if self.dissolutions else None

    @property
    def seat_transfer(self) -> Optional[SeatTransfer]:
        """The first `seat_transfer` of the file, or None (`seat_transfers` holds them all)."""
        return self.seat_transfers[0] if self.seat_transfers else None


@dataclass
class StoryWarning:
    """What a real file could hold but the law cannot use (gcs_reasoner/validate.py):
    `code` and `message` as in the output's warnings, `line` of the statement,
    and the statement the fact emitter leaves out (None: nothing is left out)."""

    code: str
    message: str
    line: Optional[int] = None
    left_out: Optional[Located] = field(default=None, repr=False, compare=False)
    message_fr: str = ""


def source_lines(text: str) -> list[str]:
    """The lines of a scenario's text as the parser and its errors number them. A line ends at
    a line feed only (a CRLF pair, or a CR in a file with no line feed, counts as one, as in
    parse.py): `str.splitlines` also breaks at a form feed, NEL (U+0085) or U+2028, which the
    language reads as white space or as text, and every line cited after one would be off."""
    return normal_line_ends(text).split("\n")


def normal_line_ends(text: str) -> str:
    """The text with its BOM dropped and its line ends made line feeds: a CRLF pair counts as
    one, and a file with CR-only line ends (classic Mac) has its lines as an editor shows them."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")
    return text


@dataclass
class Scenario:
    """A parsed `.gcs` file: one groupement, and where it came from."""

    groupement: Groupement
    path: str = "<string>"
    text: str = ""
    warnings: list[StoryWarning] = field(default_factory=list)  # set by validate.check
    # A Scenario changed in Python after its text was read (objects.py): `as_read` is the groupement
    # its text says (the parse, kept to compare), `stale_lines` the lines of the text whose statements
    # the objects no longer match (their facts cite no line: facts.CHANGED_IN_PYTHON). None: as read.
    as_read: Optional[Groupement] = field(default=None, repr=False, compare=False)
    stale_lines: Optional[frozenset] = field(default=None, repr=False, compare=False)
    # the groupement's pickle when the API read the text (api.load/loads): the same bytes later say
    # at once that nothing was changed in Python, where a second parse took longer than the pickles
    # (other bytes: the parse and the comparison decide, objects.prepared)
    as_read_bytes: Optional[bytes] = field(default=None, repr=False, compare=False)

    def left_out(self, statement: Located) -> bool:
        """Whether the facts leave this statement out (a warning of validate.py says why)."""
        return any(w.left_out is statement for w in self.warnings)

    def member(self, ident: str) -> Optional[Member]:
        return next((m for m in self.groupement.members if m.id == ident), None)
