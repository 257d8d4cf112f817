"""Assembly rules a black-box review of stop 21 found wanting; each test failed before its change.

Sources: R6133-1@2010-07-26 I 9° (« Les modalités de représentation de chacun de ses membres au
sein de l'assemblée générale »: from 2010-07-26 the convention weighs the votes, contract part 2
section 8: « `vote_share`: from 2010-07-26 by `vote_weight` »).
"""

from datetime import date

import gcs_reasoner as gcs

THREE = """groupement g "GCS Trois" {{
  as of {as_of}
  approved 2008-03-01
  seat "Caen" region "Basse-Normandie"
  member a "CH A" {{ kind health_establishment sector public region "Basse-Normandie" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Basse-Normandie" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Basse-Normandie" rights 20 }}
  convention {{ {convention} }}
}}
"""


def shares(as_of: str, convention: str) -> set[str]:
    result = gcs.reason(gcs.loads(THREE.format(as_of=as_of, convention=convention), path="<test>"))
    return {str(c) for c in result.conclusions if c.predicate == "vote_share"}


def test_vote_share_by_rights_from_2010_07_26():
    assert shares("2010-07-26", "vote_weight rights") == {
        "vote_share(a, 50, 100)", "vote_share(b, 30, 100)", "vote_share(c, 20, 100)"}


def test_vote_share_one_vote_per_member_from_2010_07_26():
    assert shares("2012-06-30", "vote_weight member") == {
        "vote_share(a, 1, 3)", "vote_share(b, 1, 3)", "vote_share(c, 1, 3)"}


def test_vote_share_before_2010_07_26_follows_the_rights_whatever_the_convention():
    # R6133-6@2006-01-01 al. 5: « proportionnel aux droits »
    assert shares("2010-07-25", "vote_weight member") == {
        "vote_share(a, 50, 100)", "vote_share(b, 30, 100)", "vote_share(c, 20, 100)"}


def test_no_vote_share_when_the_convention_does_not_weigh_the_votes():
    assert shares("2012-06-30", "notice_days 15") == set()
