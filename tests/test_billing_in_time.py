"""The tariff rules of L6133-8 al. 3 and R6133-16 I (2010, repeated in R6133-21 of 2017) on
dates and compositions the golden files do not show: found by a review of the rules against the
texts. Each case is a golden file changed by a line or two."""

from __future__ import annotations

from .edited import reason_edited


def test_the_procedure_of_the_option_needs_an_option_open_to_the_groupement():
    """R6133-16@2010-07-26.I.1 « En application du troisième alinéa de l'article L. 6133-8 »: the
    option, and the director general's month to decide on it, exist only for a groupement of
    establishments of a, b or c and of d. tariff_disagreement_2013 with its two clinics of b: no
    option is open, so no time limit, no disagreement, no time to reply."""
    opened = reason_edited("tariff_disagreement_2013.gcs")
    assert opened.holds("tariff_decision_due(2013-02-10)")
    assert opened.holds("tariff_disagreement(dec1)")
    closed = reason_edited("tariff_disagreement_2013.gcs", ("    funding d\n", "    funding b\n"))
    assert not closed.holds("tariff_option_open")
    assert not closed.by_predicate("tariff_decision_due")
    assert not closed.by_predicate("tariff_disagreement")
    assert not closed.by_predicate("tariff_disagreement_late")
    assert not closed.by_predicate("tariff_reply_due")


def test_a_scale_decided_after_the_as_of_date_leaves_the_convention_s_scale():
    """R6133-16@2010-07-26.II « L'échelle tarifaire ainsi fixée est portée dans la convention
    constitutive »: on 2013-01-15 the director general has decided nothing yet (dec1 is of
    2013-02-20): the scale is the one the convention carries; from dec1 on, the decision's."""
    before = reason_edited("tariff_disagreement_2013.gcs", ("  as of 2013-06-01", "  as of 2013-01-15"),
                     ("  tariff_option abc received", "  convention {\n    tariff_scale abc\n  }\n  tariff_option abc received"))
    assert before.holds("tariff_scale(abc)")
    assert not before.holds("tariff_scale(d)")
    after = reason_edited("tariff_disagreement_2013.gcs", ("  as of 2013-06-01", "  as of 2013-03-01"),
                    ("  tariff_option abc received", "  convention {\n    tariff_scale abc\n  }\n  tariff_option abc received"))
    assert after.holds("tariff_scale(d)")
    assert not after.holds("tariff_scale(abc)")


def test_the_insurance_cap_concerns_the_acts_for_patients_of_private_establishments():
    """R6133-11@2010-07-26.2 and .3 (R6133-21@2006-01-01.2 and .3): « Ces actes », the acts of al. 1,
    « au bénéfice de patients pris en charge par les établissements privés mentionnés au d et e ».
    billing09_acts_2012: acte1 (tariff 120, billed 100) for a patient of the clinic (d) is capped
    at 100; the same act for a patient of the CHU (a) is not one of those acts."""
    clinic = reason_edited("billing09_acts_2012.gcs")
    assert clinic.holds("insurance_covers_at_most(acte1, 100)")
    chu = reason_edited("billing09_acts_2012.gcs", ("billed 100 by chu_aix patient_of clinique_arc\n  medical_act acte2",
                                              "billed 100 by chu_aix patient_of chu_aix\n  medical_act acte2"))
    assert not chu.holds("insurance_covers_at_most(acte1, 100)")
    assert chu.holds("insurance_covers_at_most(acte2, 100)")
    unknown = reason_edited("billing09_acts_2012.gcs", (" by chu_aix patient_of clinique_arc\n  medical_act acte2",
                                                  "\n  medical_act acte2"))
    assert not unknown.holds("insurance_covers_at_most(acte1, 100)")
    assert any(w.code == "missing_fact" and "acte1" in w.message for w in unknown.warnings)
