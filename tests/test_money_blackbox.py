"""Money rules a black-box review of stop 21 found wanting; each test failed before its change.

R6133-10@2006-01-01 al. 1, repeated word for word by R6133-4@2010-07-26.1 (same_as): « les
dispositions du décret n° 62-1587 … sont applicables … Dans ce cas, l'agent comptable est nommé par
arrêté du ministre chargé du budget. Il assiste à l'assemblée générale du groupement. » The rules of
2010 apply from 2006 and cite the 2006 id for what its period judges.
"""

import gcs_reasoner as gcs

PUBLIC_2008 = """groupement g "GCS Public" {{
  as of 2008-12-31
  approved 2006-06-01
  seat "Dijon" region "Bourgogne"
  member a "CHU A" {{ kind health_establishment sector {sector} region "Bourgogne" rights 60 }}
  member b "CH B" {{ kind health_establishment sector {sector} region "Bourgogne" rights 40 }}
  administrator a elected 2006-07-01
  assembly ag2008 on 2008-03-20 {{
    convened_on 2008-03-01 by administrator
    present a, b
    {present}
    deliberation d1 on budget {{ for a, b }}
  }}
}}
"""


def conclusions(sector: str = "public", present: str = "") -> dict[str, set]:
    result = gcs.reason(gcs.loads(PUBLIC_2008.format(sector=sector, present=present), path="<test>"))
    return {str(c): set(c.provisions) for c in result.conclusions}


def test_2006_the_agent_comptable_attends_the_assembly():
    found = conclusions()
    assert found["accountant_absent(ag2008)"] == {"R6133-10@2006-01-01.1"}
    assert found["public_accounting_rules(decree_62_1587)"] == {"R6133-10@2006-01-01.1"}
    assert found["agent_comptable_appointer(budget_minister)"] == {"R6133-10@2006-01-01.1"}


def test_2006_no_absence_when_the_file_records_the_agent_comptable():
    assert "accountant_absent(ag2008)" not in conclusions(present="accountant_present")


def test_2006_a_private_groupement_has_no_agent_comptable():
    found = conclusions(sector="private")
    assert not any(c.startswith(("accountant_absent", "public_accounting_rules", "agent_comptable")) for c in found)
