"""Requests for a heavy-equipment authorisation (review 33).

R6133-13 of 2006, 11°: « La demande d'autorisation prévue par l'article L. 6122-1 pour l'exercice de l'une des
missions d'un établissement de santé définies par les articles L. 6111-1 à L. 6111-7 ou pour l'installation des
équipements matériels lourds »: a heavy-equipment request is 11° until 2010-07-25.

R6133-21 of 2010, 22°: « La demande d'autorisation prévue par l'article L. 6122-1 pour l'exercice de l'une des
missions d'un établissement de santé définies par les articles L. 6111-1 à L. 6111-7 ou l'une des missions de service
public définies à l'article L. 6112-1 » (R6133-26 of 2017 keeps only the missions branch): the heavy-equipment branch
is gone. A request the file says is for a heavy equipment is then « les autres matières » of II al. 1: majority of
the voices of the members present or represented (or the convention's rule), not unanimity; and a matter « autre
que celles mentionnées », delegable (R6133-22 al. 2 of 2010, R6133-27 al. 2 of 2017). A request without `of` stays
22° (contract part 2: authorisation_request is 22°); a care-activity request stays 22°.
"""

import gcs_reasoner as gcs


def reason(text: str) -> dict:
    result = gcs.reason(gcs.loads(text, path="<test>"))
    found = {str(c): c.provisions for c in result.conclusions}
    found.update({w.atom: w for w in result.warnings})
    return found


FILE = """groupement g9 "GCS Imagerie T" {{
  as of {as_of}
  approved {approved}
  seat "Dijon" region "Bourgogne"
  member a "CH A" {{ kind health_establishment sector public region "Bourgogne" rights 25 }}
  member b "CH B" {{ kind health_establishment sector public region "Bourgogne" rights 25 }}
  member c "CH C" {{ kind health_establishment sector public region "Bourgogne" rights 25 }}
  member d "CH D" {{ kind health_establishment sector public region "Bourgogne" rights 25 }}
  convention {{
    object "Imagerie"
    task_split
    notice_days 10
    meeting_days 30
    vote_weight member
    {majority}
  }}
  authorisation scanner heavy_equipment "Scanographe" held_by groupement
  authorisation chir care_activity "Chirurgie" held_by groupement
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present a, b, c, d
    deliberation d1 on authorisation_request of scanner {{ for a, b, c  against d }}
    deliberation d2 on authorisation_request {{ for a, b, c  against d }}
    deliberation d3 on authorisation_request of chir {{ for a, b, c  against d }}
  }}
}}
"""


def run(as_of, approved, day, convened, majority=""):
    return reason(FILE.format(as_of=as_of, approved=approved, day=day, convened=convened, majority=majority))


def test_2013_heavy_equipment_request_is_another_matter_adopted_by_majority():
    found = run("2013-12-31", "2011-01-10", "2013-03-01", "2013-02-01")
    # 3 for, 1 against: a majority of the voices, not unanimity
    assert "deliberation_invalid(ag1, d1, not_adopted)" not in found
    assert "reserved_matter(ag1, d1, 22)" not in found
    assert found["deliberation_valid(ag1, d1)"] == ["R6133-20@2010-07-26.4"]
    assert found["delegable(ag1, d1)"] == ["R6133-22@2010-07-26.2"]
    # without `of`: 22°, unanimity broken by the vote against
    assert found["reserved_matter(ag1, d2, 22)"] == ["R6133-21@2010-07-26.I.2.22"]
    assert found["deliberation_invalid(ag1, d2, not_adopted)"] == ["R6133-21@2010-07-26.II.1"]
    assert "delegable(ag1, d2)" not in found
    # a care activity: 22° (a mission of a health establishment)
    assert found["reserved_matter(ag1, d3, 22)"] == ["R6133-21@2010-07-26.I.2.22"]
    assert found["deliberation_invalid(ag1, d3, not_adopted)"] == ["R6133-21@2010-07-26.II.1"]


def test_2013_the_conventions_rule_for_requests_applies_to_the_heavy_equipment_request():
    # « sauf mention contraire de la convention constitutive »: unanimity written for the requests
    found = run("2013-12-31", "2011-01-10", "2013-03-01", "2013-02-01", majority="majority authorisation_request unanimity")
    assert found["deliberation_invalid(ag1, d1, not_adopted)"] == ["R6133-21@2010-07-26.II.1"]
    assert "reserved_matter(ag1, d1, 22)" not in found
    assert found["reserved_matter(ag1, d2, 22)"] == ["R6133-21@2010-07-26.I.2.22"]


def test_2019_heavy_equipment_request_is_another_matter_under_the_2017_text():
    found = run("2019-12-31", "2017-06-10", "2019-03-01", "2019-02-01")
    assert "deliberation_invalid(ag1, d1, not_adopted)" not in found
    assert "reserved_matter(ag1, d1, 22)" not in found
    assert found["deliberation_valid(ag1, d1)"] == ["R6133-25@2017-04-28.4"]
    assert found["delegable(ag1, d1)"] == ["R6133-27@2017-04-28.2"]
    assert found["reserved_matter(ag1, d2, 22)"] == ["R6133-26@2017-04-28.I.2.22"]
    assert found["deliberation_invalid(ag1, d2, not_adopted)"] == ["R6133-26@2017-04-28.II.1"]
    assert found["reserved_matter(ag1, d3, 22)"] == ["R6133-26@2017-04-28.I.2.22"]
    assert found["deliberation_invalid(ag1, d3, not_adopted)"] == ["R6133-26@2017-04-28.II.1"]


def test_2009_heavy_equipment_request_stays_11_under_the_2006_text():
    found = run("2009-12-31", "2007-01-10", "2009-03-01", "2009-02-01")
    assert found["reserved_matter(ag1, d1, 11)"] == ["R6133-13@2006-01-01.1"]
    assert "delegable(ag1, d1)" not in found
    assert found["reserved_matter(ag1, d2, 11)"] == ["R6133-13@2006-01-01.1"]
