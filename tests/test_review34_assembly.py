"""Review 34 (reviewer 6: the assembly's numbers under the 2006 texts).

F1. R6133-12 of 2006 al. 3 « Sauf mention contraire de la convention constitutive, l'assemblée générale est
convoquée par écrit quinze jours au moins à l'avance et, en cas d'urgence, quarante-huit heures au moins à
l'avance. » The convention's notice (`notice_days`) replaces the fifteen days; in an emergency the 48 hours stay,
unless the convention's notice is shorter: an assembly convened on the convention's one-day notice is not made
void by being called in an emergency.
"""

import gcs_reasoner as gcs

BASE = """groupement g "GCS Pharmacie" {
  as of 2007-12-31
  approved 2006-06-01
  seat "Dijon" region "Bourgogne"
  member a "A" { kind health_establishment sector public region "Bourgogne" rights 40 }
  member b "B" { kind health_establishment sector public region "Bourgogne" rights 35 }
  member c "C" { kind health_establishment sector public region "Bourgogne" rights 25 }
  convention {
    object "Pharmacie"
    %(notice)s
  }
  administrator a elected 2006-06-10
  assembly ag1 on 2007-03-10 {
    convened_on %(convened)s by administrator
    %(urgent)s
    present a, b, c
    deliberation d1 on budget { for a, b, c }
  }
}
"""


def _found(notice: str, convened: str, urgent: bool) -> set:
    text = BASE % {"notice": notice, "convened": convened, "urgent": "urgent" if urgent else ""}
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<review34>")).conclusions}


def test_urgent_convocation_on_the_conventions_one_day_notice_is_in_time():
    found = _found("notice_days 1", "2007-03-09", urgent=True)
    assert "deliberation_valid(ag1, d1)" in found
    assert not any(c.startswith("deliberation_invalid(ag1") for c in found)


def test_ordinary_convocation_on_the_conventions_one_day_notice_is_in_time():
    found = _found("notice_days 1", "2007-03-09", urgent=False)
    assert "deliberation_valid(ag1, d1)" in found


def test_urgent_convocation_one_day_ahead_without_a_notice_of_the_convention_is_late():
    found = _found("", "2007-03-09", urgent=True)
    assert "deliberation_invalid(ag1, d1, late_convocation)" in found


def test_urgent_convocation_keeps_the_48_hours_when_the_conventions_notice_is_longer():
    late = _found("notice_days 10", "2007-03-09", urgent=True)
    assert "deliberation_invalid(ag1, d1, late_convocation)" in late
    in_time = _found("notice_days 10", "2007-03-08", urgent=True)  # 48 hours: two days before
    assert "deliberation_valid(ag1, d1)" in in_time
