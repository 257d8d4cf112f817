"""Review 38, second reader, finding F1: a joining dated before the approval's publication, read as a founding
member's, stays a founding member's whatever the as-of date.

validate.py (README, ``joined_before_legal_personality``): the groupement « peut admettre de nouveaux membres »
only « Après sa constitution » (R6133-5 of 2006, R6133-7 of 2010 I), so a member whose `joined` date (with
`approved DATE`) comes before the approval's publication is one of those that constituted it, listed by the
convention under approval: its `joined` date is set aside. Its date being after the as-of date does not make it a
member not yet joined then: no after_as_of warning for it, it counts among the members, and the composition
(L6133-2 of 2017 I « Il doit comprendre au moins un établissement de santé ») counts it. One reading, not both.

Related cases, each with one reading:
- a joining after the as-of date and after the publication: not happened yet (after_as_of, not a member then);
- a joining after the as-of date and before a publication known only by the decision's `published` date, or
  between the decision of 2017 and its publication (validate.py joined_open: the date is kept, the admission left
  open): the date kept, so not happened yet on the as-of date (after_as_of), and its admission not judged then
  (no missing_fact joined_admission); on an as-of date after the joining, the admission is left open.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review38>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _codes_at(result, line: int) -> list[str]:
    return sorted(w.code for w in result.warnings if w.line == line)


T = """groupement g "GCS Test" {{
  as of {as_of}
  {approved}
  seat "Lyon" region "Rhône-Alpes"
  capital none
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 60 joined {joined} }}
  member b "Dr B" {{ kind liberal_medical_professional region "Rhône-Alpes" rights 40 }}
{extra}}}
"""

DECISION_PUBLISHED = "  ars_decision dec1 on 2017-05-01 published 2017-06-01 { approves convention }\n"
DECISION_2017 = "  ars_decision dec1 on 2017-05-05 { approves convention }\n"


def _file(as_of, joined, approved="approved 2017-06-01", extra=""):
    return _reason(T.format(as_of=as_of, approved=approved, joined=joined, extra=extra))


def _joined_admission(result) -> bool:
    return any(w.code == "missing_fact" and w.line == 6 for w in result.warnings)


def test_founder_joined_after_as_of_before_publication_is_a_founder():
    # the second reader's file (/tmp/sr38/founder_late.gcs): as of 2017-03-01, published 2017-06-01, CH A
    # `joined 2017-04-01`: a founder, one of the two members; the composition has its health establishment
    r = _file("2017-03-01", "2017-04-01")
    held = _held(r)
    assert {"member(a)", "member(b)", "gcs_kind(means)"} <= held
    assert "composition_invalid(no_health_establishment)" not in held
    assert _codes_at(r, 6) == ["joined_before_legal_personality"]  # one reading: no after_as_of at its line
    # the publication itself, after the as-of date, keeps its own warning
    assert _codes_at(r, 3) == ["after_as_of"]


def test_founder_reading_same_as_a_member_without_joined():
    # the joining date is set aside: the same conclusions as a founding member declared without `joined`
    r = _file("2017-03-01", "2017-04-01")
    text = T.format(as_of="2017-03-01", approved="approved 2017-06-01", joined="2017-04-01", extra="")
    founder = _reason(text.replace(" joined 2017-04-01", ""))
    assert "member(a)" in _held(founder)
    assert _held(r) == _held(founder)


def test_joined_after_publication_and_after_as_of_has_not_happened_yet():
    # joined 2017-07-01, after the publication: an admission « après sa constitution », not yet on 2017-03-01; the
    # only member then is the liberal doctor (L6133-2 of 2017 I)
    r = _file("2017-03-01", "2017-07-01")
    held = _held(r)
    assert "member(b)" in held
    assert "member(a)" not in held
    assert "composition_invalid(no_health_establishment)" in held
    assert _codes_at(r, 6) == ["after_as_of"]
    assert not any(w.code == "joined_before_legal_personality" for w in r.warnings)


def test_joined_after_as_of_before_a_publication_known_by_published_only():
    # the decision's `published` date alone: the `joined` date is kept (validate.py joined_open), so after the
    # as-of date the joining has not happened yet; its admission is not judged on that date
    r = _file("2017-03-01", "2017-04-01", approved="", extra=DECISION_PUBLISHED)
    held = _held(r)
    assert "member(b)" in held and "member(a)" not in held
    assert _codes_at(r, 6) == ["after_as_of"]
    assert not any(w.code == "joined_before_legal_personality" for w in r.warnings)
    assert not _joined_admission(r)
    # control: on an as-of date after the joining, a member whose admission is left open
    later = _file("2017-04-15", "2017-04-01", approved="", extra=DECISION_PUBLISHED)
    assert "member(a)" in _held(later)
    assert _codes_at(later, 6) == ["missing_fact"]


def test_joined_after_as_of_in_the_disputed_zone_of_2017():
    # decided 2017-05-05, published 2017-06-01, joined 2017-05-20: the texts disagree on whether the groupement
    # existed then, the date is kept (joined_open); on 2017-05-10 the joining has not happened yet
    r = _file("2017-05-10", "2017-05-20", extra=DECISION_2017)
    held = _held(r)
    assert "member(b)" in held and "member(a)" not in held
    assert _codes_at(r, 6) == ["after_as_of"]
    assert not any(w.code == "joined_before_legal_personality" for w in r.warnings)
    assert not _joined_admission(r)
    later = _file("2017-05-25", "2017-05-20", extra=DECISION_2017)
    assert "member(a)" in _held(later)
    assert _codes_at(later, 6) == ["missing_fact"]


def test_joined_before_the_decision_of_2017_after_as_of_is_a_founder():
    # joined 2017-04-20, before the decision of 2017-05-05 (and the publication): a founder on 2017-04-10 too
    r = _file("2017-04-10", "2017-04-20", extra=DECISION_2017)
    held = _held(r)
    assert {"member(a)", "member(b)"} <= held
    assert "composition_invalid(no_health_establishment)" not in held
    assert _codes_at(r, 6) == ["joined_before_legal_personality"]
