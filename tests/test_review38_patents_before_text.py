"""Review 38, finding 3 (reviewer 1): a deliberation on patents voted before R6133-19 of 2010 existed.

R6133-19 of 2010 al. 1 (R6133-24 of 2017, same words): « l'assemblée générale peut autoriser le groupement, de
manière subsidiaire et dans le respect de son objet social, à déposer et exploiter des brevets ». The power exists
from 2010-07-26 (décret n° 2010-862); no encoded text before speaks of patents. A deliberation voted before then is
not an authorisation given under that text, and no text says it is none either (reading (b)): the authorisation is
left open, activity_not_allowed(patents) is not drawn from it, the deliberation does not count as an authorisation,
and a warning (text_not_in_force) says the only authorisation found was voted before the text existed.
Controls: a deliberation of 2011 authorises (nothing drawn, no warning); none at all draws activity_not_allowed.
"""

from __future__ import annotations

import gcs_reasoner as gcs

BASE = """groupement g3 "GCS Recherche" {{
  as of {as_of}
  approved 2008-03-01
  seat "Rennes" region "Bretagne"
  capital none
  activity joint_interventions
  {activities}
  activity patents
  member chu "CHU de Rennes" {{
    kind health_establishment
    sector public
    funding a
    region "Bretagne"
    rights 50
  }}
  member clin "Clinique" {{
    kind health_establishment
    sector private
    funding d
    region "Bretagne"
    rights 40
  }}
  member dr "Dr X" {{
    kind liberal_medical_professional
    individual
    region "Bretagne"
    rights 10
  }}
{assemblies}
  medical_act a1 tariff 120 billed 100 by chu patient_of clin
}}
"""


def assembly(name: str, on: str) -> str:
    return f"""  assembly {name} on {on} {{
    present chu, dr, clin
    deliberation d1 on patents {{ for chu, clin, dr }}
  }}
"""


def run(assemblies: str, as_of: str = "2012-06-01", activities: str = "activity research"):
    result = gcs.reason(gcs.loads(BASE.format(as_of=as_of, assemblies=assemblies, activities=activities),
                                  path="<test>"))
    found = {str(c): c.provisions for c in result.conclusions}
    warned = [w for w in result.warnings if "brevets" in w.message_fr]
    return found, warned


def test_a_2009_deliberation_alone_leaves_the_authorisation_open_with_a_warning():
    found, warned = run(assembly("ag1", "2009-03-02"))
    assert "activity_not_allowed(patents)" not in found
    # the rest of R6133-19 applies to the activity (a positive anchor)
    assert found["patent_results(shared_under_r6133_5)"] == ["R6133-19@2010-07-26.2"]
    assert "activity_allowed(research)" in found
    assert len(warned) == 1
    w = warned[0]
    assert w.code == "text_not_in_force"
    assert "ag1 du 2 mars 2009" in w.message_fr
    assert "26 juillet 2010" in w.message_fr and "décret n° 2010-862" in w.message_fr
    assert "ne rapporte que la délibération" in w.message_fr
    assert "2 March 2009" in w.message and "26 July 2010" in w.message
    assert "R6133" not in w.message_fr  # no raw ids


def test_the_same_on_the_first_day_of_the_text_and_under_the_2017_repeat():
    for as_of in ("2010-07-26", "2018-01-01"):
        found, warned = run(assembly("ag1", "2009-03-02"), as_of=as_of)
        assert "activity_not_allowed(patents)" not in found, as_of
        assert "patent_results(shared_under_r6133_5)" in found, as_of
        assert [w.code for w in warned] == ["text_not_in_force"], as_of


def test_a_2011_deliberation_authorises_without_warning():
    found, warned = run(assembly("ag2", "2011-03-02"))
    assert "activity_not_allowed(patents)" not in found
    assert "patent_results(shared_under_r6133_5)" in found
    assert warned == []


def test_a_deliberation_on_2010_07_26_is_under_the_text():
    found, warned = run(assembly("ag2", "2010-07-26"))
    assert "activity_not_allowed(patents)" not in found
    assert "patent_results(shared_under_r6133_5)" in found
    assert warned == []


def test_a_2009_deliberation_and_a_2011_one_authorise_without_warning():
    found, warned = run(assembly("ag1", "2009-03-02") + assembly("ag2", "2011-03-02"))
    assert "activity_not_allowed(patents)" not in found
    assert "patent_results(shared_under_r6133_5)" in found
    assert warned == []


def test_no_deliberation_at_all_is_activity_not_allowed():
    found, warned = run("")
    assert found["activity_not_allowed(patents)"] == ["R6133-19@2010-07-26.1"]
    assert warned == []


def test_without_teaching_or_research_the_2009_deliberation_does_not_help():
    # « Dans le cadre des activités mentionnées aux articles R. 6133-17 et R. 6133-18 »: no teaching or research,
    # patents are not allowed whatever the assembly decided; the open question does not arise, no warning
    found, warned = run(assembly("ag1", "2009-03-02"), activities="")
    assert found["activity_not_allowed(patents)"] == ["R6133-19@2010-07-26.1"]
    assert warned == []


def test_before_the_text_the_activity_itself_is_not_judged():
    # as of 2010-07-25 the existing warning on the activity (not the deliberation's) and nothing drawn
    found, warned = run(assembly("ag1", "2009-03-02"), as_of="2010-07-25")
    assert "activity_not_allowed(patents)" not in found
    assert "activity_allowed(research)" in found
    assert len(warned) == 1 and "que le fichier indique pour le groupement" in warned[0].message_fr
