"""The groupement erected into a health establishment (L6133-7, R6133-12 to R6133-15 of 2010, R6133-17 to
R6133-20 of 2017): what a black-box review of stop 28 found wanting (/tmp/r28/es); each test failed before its
change.

R6133-19@2017-04-28.1: « les conditions d'implantation prévues à l'article L. 6123-1 et les conditions techniques
de fonctionnement prévues à l'article L. 6124-1 s'apprécient par site d'exploitation autorisé » (R6133-14 of 2010
al. 1 said only « par site d'exploitation »).
"""

import gcs_reasoner as gcs


def reason(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


REQUEST = """groupement g "GCS Santé Loire" {{
  as of {as_of}
  approved 2011-05-16
  seat "Saint-Etienne" region "Rhône-Alpes"
  member a "CHU A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 60 }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 40 }}
  authorisation med care_activity "Médecine" held_by groupement
  assembly ag1 on {assembly} {{
    present a, b
    deliberation d1 on authorisation_request of med {{ for a, b }}
  }}
}}
"""


def test_r6133_19_of_2017_is_quoted_with_the_authorised_site():
    result = reason(REQUEST.format(as_of="2018-06-01", assembly="2018-05-10"))
    found = result.find("conditions_per_site(med)")
    assert found is not None and "R6133-19@2017-04-28.1" in found.provisions
    explained = str(result.explain("conditions_per_site(med)"))
    assert "par site d'exploitation autorisé" in explained
    assert "autorisé" in found.sentence("fr")
    # under the 2010 text the words lack the qualifier, and the rule quoting them is cited
    old = reason(REQUEST.format(as_of="2012-06-01", assembly="2012-05-10"))
    found_2010 = old.find("conditions_per_site(med)")
    assert found_2010 is not None and "R6133-14@2010-07-26.1" in found_2010.provisions
    assert "par site d'exploitation autorisé" not in str(old.explain("conditions_per_site(med)"))
