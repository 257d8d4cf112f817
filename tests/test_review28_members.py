"""The assembly's admission on the date applied (review 28, /tmp/r28/members F2 and its RQ2).

R6133-5@2006-01-01.1 (R6133-7@2010-07-26.I): « Après sa constitution, le groupement peut admettre de
nouveaux membres, par décision de l'assemblée générale. » A member the file says joined earlier and
that the assembly validly admits on the date applied is, as the README chose (membership is the state
at the start of a day), regular only from the next day: membership_invalid(M,
not_admitted_by_assembly) is still drawn that day. But its words must not deny the decision taken that
day: the decision lacking is one taken before the date applied.
"""

import gcs_reasoner as gcs

JOINED_EARLIER = """groupement g "GCS G" {
  as of 2012-03-01
  approved 2011-01-10
  seat "Lyon" region "Rhône-Alpes"
  member ch_a "CH A" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  member ch_b "CH B" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  member clin "Clinique" { kind health_establishment sector private region "Rhône-Alpes" rights 20 joined 2012-01-01 }
  declared_nature private
  assembly ag1 on 2012-03-01 {
    convened_on 2012-02-01 by administrator
    present ch_a, ch_b
    deliberation d1 on admission of clin { for ch_a, ch_b }
  }
  avenant av1 on 2012-03-01 for admission of clin
}
"""


def test_a_member_admitted_on_the_date_applied_is_not_said_to_lack_any_decision():
    result = gcs.reason(gcs.loads(JOINED_EARLIER, path="<test>"))
    assert result.holds("deliberation_valid(ag1, d1)")
    [irregular] = [c for c in result.conclusions if c.text == "membership_invalid(clin, not_admitted_by_assembly)"]
    fr, en = irregular.sentence("fr"), irregular.sentence("en")
    assert "prise avant la date retenue" in fr, fr
    assert "taken before the date applied" in en, en


def test_the_day_after_the_admission_the_member_is_regular():
    result = gcs.reason(gcs.loads(JOINED_EARLIER.replace("as of 2012-03-01", "as of 2012-03-02"), path="<test>"))
    assert not result.holds("membership_invalid(clin, not_admitted_by_assembly)")
    assert result.holds("member(clin)")
