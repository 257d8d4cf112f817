"""Black-box review of stop 22 (the convention before the agency): wrong answers fixed here, each test
failed before its change.
"""

import pytest

import gcs_reasoner as gcs


def conclusions(text: str, as_of: str | None = None) -> set[str]:
    if as_of:
        text = "\n".join(f"  as of {as_of}" if line.strip().startswith("as of ") else line
                         for line in text.split("\n"))
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}


# --- T1: a seat transfer voted under R6133-26 (2017) ---------------------------------------------

SEAT = """groupement q26h "GCS Q" {
  as of 2017-09-01
  approved 2011-03-01
  seat "Rennes" region "Bretagne"
  published_in "Pays de la Loire" on 2011-03-05
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 70 }
  member chu_nantes "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 30 }
  administrator chu_rennes elected 2011-03-10 until 2019-03-09
  assembly ag1 on DAY {
    convened_on 2017-04-01 by administrator
    present chu_rennes, chu_nantes
    deliberation d1 on seat_transfer { for chu_rennes, chu_nantes }
  }
  seat_transfer to "Nantes" region "Pays de la Loire" by ag1.d1
}
"""

TRANSFER = {'seat_transfer_allowed("Nantes")', "avenant_required(seat_transfer)", "avenant_missing(seat_transfer)"}


@pytest.mark.parametrize("day", ["2017-04-27", "2017-04-28", "2017-06-01"])
def test_a_lawful_seat_transfer_has_effect_before_and_after_2017_04_28(day):
    # R6133-26@2017 I 2° « Le transfert du siège du groupement en tout autre lieu de la même région ou
    # dans toute autre région dans le ressort géographique de laquelle est situé un établissement de
    # santé membre » (II: majority); R6133-1@2017 I 1° « Le siège du groupement » (the avenant).
    assert TRANSFER <= conclusions(SEAT.replace("DAY", day))


def test_a_seat_transfer_under_the_2024_text_has_effect():
    text = SEAT.replace("DAY", "2024-03-01").replace("convened_on 2017-04-01", "convened_on 2024-02-01")
    text = text.replace("until 2019-03-09", "until 2027-03-09")
    assert TRANSFER <= conclusions(text, "2024-06-01")



# --- T2: a consultation or a receipt the file dates after the as-of date has not happened yet --------

CONSULT_2006 = """groupement g17b "GCS B" {
  as of 2008-09-01
  approved 2008-03-01
  seat "Rennes" region "Bretagne"
  published_in "Pays de la Loire" on 2008-03-02
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 70 }
  member chu_nantes "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 30 }
  consultation "Pays de la Loire" sent 2008-03-05 answered 2008-03-10
}
"""

CONSULT_2017 = """groupement g17 "GCS D" {
  as of 2018-06-01
  submitted 2018-01-10
  approved 2018-02-20
  seat "Rennes" region "Bretagne"
  published_in "Normandie" on 2018-02-25
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 70 }
  member ch_caen "CH de Caen" { kind health_establishment sector public region "Normandie" rights 30 }
  consultation "Normandie" sent 2018-02-20
  ars_decision dec1 on 2018-02-15 by ars_director_general { approves convention }
}
"""


def warnings(text: str, as_of: str) -> list:
    return [w for w in gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of).warnings if w.code == "after_as_of"]


def test_a_consultation_sent_after_the_as_of_date_is_not_pending_2006():
    # R6133-11@2006 al. 1: the approval was published on 03-01 with no consultation sent by 03-03.
    found = conclusions(CONSULT_2006, "2008-03-03")
    assert not any(c.startswith("consultation_pending") for c in found)
    assert 'consultation_missing("Pays de la Loire")' in found
    assert [w.line for w in warnings(CONSULT_2006, "2008-03-03")] == [8]


def test_a_consultation_sent_after_the_as_of_date_is_missing_once_decided_2017():
    # R6133-1-1@2017 al. 1: decided on 02-15; on 02-18 nothing has been sent.
    assert 'consultation_missing("Normandie")' in conclusions(CONSULT_2017, "2018-02-18")


RECEIPT = """groupement g01 "GCS U" {
  as of 2019-06-01
  submitted 2019-01-29
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 70 }
  member ch_vitre "CH de Vitré" { kind health_establishment sector public region "Bretagne" rights 30 }
}
"""


def test_no_decision_is_due_on_a_convention_not_yet_received():
    # « dans un délai de deux mois à compter de sa réception »: not received on 2019-01-20.
    assert not any(c.startswith("approval_decision_due") for c in conclusions(RECEIPT, "2019-01-20"))
    assert [w.line for w in warnings(RECEIPT, "2019-01-20")] == [3]
    assert "approval_decision_due(convention, 2019-03-29)" in conclusions(RECEIPT, "2019-01-29")


def test_no_decision_is_due_on_an_avenant_not_yet_received():
    text = SEAT.replace("DAY", "2018-06-01").replace("convened_on 2017-04-01", "convened_on 2018-05-01")
    text = text.replace("  seat_transfer to", "  avenant av1 on 2018-07-05 for seat_transfer submitted_on 2018-07-10\n"
                        "  seat_transfer to")
    assert not any(c.startswith("approval_decision_due(avenant") for c in conclusions(text, "2018-07-08"))
    assert "approval_decision_due(avenant:av1, 2018-09-10)" in conclusions(text, "2018-07-10")


# --- T3: under the 2017 text, a consultation sent only after the decision --------------------------

def test_2017_a_consultation_sent_after_the_decision_is_flagged():
    # R6133-1-1@2017 al. 1 « est approuvée par une décision ... Ce directeur consulte »: the consultation
    # belongs to the procedure the decision closes (as approved_before_opinion under the 2006 text).
    found = conclusions(CONSULT_2017)
    assert 'decided_before_consultation("Normandie")' in found
    assert 'consultation_missing("Normandie")' not in found


@pytest.mark.parametrize("sent", ["2018-02-01", "2018-02-15"])
def test_2017_a_consultation_sent_by_the_decision_day_is_regular(sent):
    found = conclusions(CONSULT_2017.replace("sent 2018-02-20", f"sent {sent}"))
    assert not any(c.startswith(("decided_before_consultation", "consultation_missing")) for c in found)


def test_2017_a_consultation_after_the_tacit_approval_is_flagged():
    text = CONSULT_2017.replace("  ars_decision dec1 on 2018-02-15 by ars_director_general { approves convention }\n",
                                "").replace("approved 2018-02-20", "approved 2018-03-20")
    text = text.replace("sent 2018-02-20", "sent 2018-03-15")
    found = conclusions(text)
    assert "tacit_approval(convention, 2018-03-10)" in found
    assert 'decided_before_consultation("Normandie")' in found


# --- T4: a groupement dissolved before the transition of décret 2017-631 art. 7 -------------------

TERM = """groupement q01 "GCS Q Un" {
  as of 2019-09-01
  approved 2011-03-01
  seat "Rennes" region "Bretagne"
  duration until TERM
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 70 }
  member ch_vitre "CH de Vitré" { kind health_establishment sector public region "Bretagne" rights 30 }
  convention {
    mentions name_and_seat, object_and_split, members, legal_nature, duration
  }
}
"""


def compliance(found: set[str]) -> set[str]:
    return {c for c in found if c.startswith("compliance_") or c == "missing_mention(staff_rules)"}


@pytest.mark.parametrize("term", ["2016-12-31", "2019-06-30"])
def test_dissolved_by_2019_07_01_owes_no_compliance(term):
    # R6133-8 « La personnalité morale du groupement subsiste pour les besoins de la liquidation »:
    # dissolved (first day 2017-01-01, or 2019-07-01) when the assembly's decision is due.
    text = TERM.replace("TERM", term)
    assert any(c.startswith("dissolved_on(term_reached") for c in conclusions(text))
    assert compliance(conclusions(text)) == set()
    assert compliance(conclusions(text, "2020-06-01")) == set()


def test_dissolved_between_the_two_days_owed_the_decision_not_the_compliance():
    text = TERM.replace("TERM", "2019-07-01")  # dissolved from 2019-07-02: the decision was owed on 07-01
    assert compliance(conclusions(text)) == {"compliance_decision_due(2019-07-01)", "compliance_decision_missing"}
    assert compliance(conclusions(text, "2020-06-01")) == {"compliance_decision_due(2019-07-01)",
                                                           "compliance_decision_missing"}


def test_dissolved_after_the_compliance_day_owed_it():
    # dissolved from 2020-01-02: the compliance decision was owed (by 2019-07-01); its mentions are judged on its
    # last day, 2020-01-01, the last day to comply (« au plus tard au 1er janvier 2020 », décret 2017-631 art. 7 al.
    # 1), when the mentions the decree adds are not yet missing (review 40, fixer I: before, they were drawn because
    # the as-of date was past 2020-01-01, while the same day as an as-of date drew none)
    text = TERM.replace("TERM", "2020-01-01")
    assert compliance(conclusions(text, "2020-06-01")) == {
        "compliance_deadline(2020-01-01)", "compliance_decision_due(2019-07-01)", "compliance_decision_missing"}
    # dissolved from 2020-01-03: judged on 2020-01-02, the added mentions owed
    assert "missing_mention(staff_rules)" in compliance(conclusions(TERM.replace("TERM", "2020-01-02"), "2020-06-01"))


def test_a_dissolution_after_the_as_of_date_has_not_happened_yet():
    text = TERM.replace("TERM", "2019-12-31")
    assert compliance(conclusions(text, "2019-09-01")) == {
        "compliance_deadline(2020-01-01)", "compliance_decision_due(2019-07-01)", "compliance_decision_missing"}


# --- T5 and the leniencies: the approval's receipt, decision and publication out of order ---------

APPROVAL = """groupement g "GCS P" {
  as of 2018-09-01
  submitted 2018-01-10
  approved 2018-02-10
  seat "Rennes" region "Bretagne"
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 70 }
  member ch_vitre "CH de Vitré" { kind health_establishment sector public region "Bretagne" rights 30 }
  ars_decision dec1 on 2018-02-01 by ars_director_general published 2018-02-10 { approves convention }
  avenant av1 on 2018-04-01 for convention_change submitted_on 2018-04-10 approved_on 2018-05-01
}
"""


def refused(text: str):
    with pytest.raises(gcs.ScenarioError) as e:
        gcs.loads(text, path="story.gcs")
    return e.value


def test_the_regular_order_is_accepted():
    assert "legal_personality_from(2018-02-01)" in conclusions(APPROVAL)


@pytest.mark.parametrize("approved, line", [("2012-03-10", 8), ("2018-03-01", 8)])
def test_two_dates_for_the_one_seat_publication_are_an_error(approved, line):
    # README: « The seat region's publication is `approved DATE` or the approving decision's `published DATE` ».
    text = APPROVAL.replace("approved 2018-02-10", f"approved {approved}")
    if approved.startswith("2012"):  # 2010 text: q34
        text = (text.replace("submitted 2018-01-10", "submitted 2012-01-10")
                .replace("on 2018-02-01 by ars_director_general published 2018-02-10",
                         "on 2012-03-01 by ars_director_general published 2012-03-05")
                .replace("as of 2018-09-01", "as of 2012-09-01"))
    e = refused(text)
    assert e.line == line and "one publication" in str(e)


def test_a_decision_before_the_receipt_is_an_error():
    e = refused(APPROVAL.replace("submitted 2018-01-10", "submitted 2018-02-05"))
    assert e.line == 8 and "before the agency received it on 2018-02-05" in str(e)


def test_a_publication_before_the_receipt_is_an_error():
    text = APPROVAL.replace("submitted 2018-01-10", "submitted 2018-02-15").replace(
        "  ars_decision dec1 on 2018-02-01 by ars_director_general published 2018-02-10 { approves convention }\n", "")
    assert refused(text).line == 4


def test_a_seat_publication_before_the_approving_decision_is_an_error():
    text = APPROVAL.replace("approved 2018-02-10", "approved 2018-01-30").replace(" published 2018-02-10", "")
    e = refused(text)
    assert e.line == 4 and "before the decision 'dec1'" in str(e)


def test_a_publication_that_may_be_the_tacit_approval_s_is_not_an_error():
    # 2017 text: silent two months from 01-10 (tacit approval on 03-10), published 03-15, an express
    # approval afterwards: the file can be true.
    text = (APPROVAL.replace("approved 2018-02-10", "approved 2018-03-15")
            .replace("on 2018-02-01 by ars_director_general published 2018-02-10",
                     "on 2018-04-01 by ars_director_general"))
    assert "tacit_approval(convention, 2018-03-10)" in conclusions(text)


def test_a_decision_published_before_it_was_made_is_an_error():
    text = APPROVAL.replace("approved 2018-02-10\n", "").replace("published 2018-02-10", "published 2018-01-20")
    assert refused(text).line == 7


def test_an_avenant_approved_before_its_receipt_is_an_error():
    e = refused(APPROVAL.replace("submitted_on 2018-04-10 approved_on 2018-05-01",
                                 "submitted_on 2018-04-10 approved_on 2018-04-05"))
    assert e.line == 9 and "before the agency received it on 2018-04-10" in str(e)


def test_a_decision_on_an_avenant_before_its_receipt_is_an_error():
    text = APPROVAL.replace(" approved_on 2018-05-01",
                            "\n  ars_decision dec2 on 2018-04-05 by ars_director_general { approves avenant av1 }")
    e = refused(text)
    assert e.line == 10 and "avenant 'av1' on 2018-04-05" in str(e)


# --- T6: a member that joined before the constitution ----------------------------------------------

JOINED_BEFORE = """groupement q36 "GCS T" {
  as of 2012-09-01
  approved 2012-03-01
  seat "Rennes" region "Bretagne"
  member chu_rennes "CHU de Rennes" { kind health_establishment sector public region "Bretagne" rights 50 }
  member ch_vitre "CH de Vitré" { kind health_establishment sector public region "Bretagne" rights 30 }
  member ch_c "CH C" { kind health_establishment sector public region "Bretagne" rights 20 joined JOINED }
}
"""


def test_a_member_joined_before_the_constitution_is_a_founding_member():
    # R6133-7@2010-07-26.I « Après sa constitution, le groupement peut admettre de nouveaux membres »
    result = gcs.reason(gcs.loads(JOINED_BEFORE.replace("JOINED", "2012-01-15"), path="<test>"))
    found = {str(c) for c in result.conclusions}
    assert "member(ch_c)" in found
    assert not any("ch_c" in c for c in found if c.startswith(("admission_required", "membership_invalid",
                                                                "avenant_required", "avenant_missing")))
    assert [(w.code, w.line) for w in result.warnings if w.code == "joined_before_legal_personality"] == [
        ("joined_before_legal_personality", 7)]


def test_a_member_joined_after_the_constitution_needs_an_admission():
    found = conclusions(JOINED_BEFORE.replace("JOINED", "2012-03-15"))
    assert {"admission_required(ch_c)", "avenant_missing(admission:ch_c)"} <= found
