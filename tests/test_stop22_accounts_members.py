"""R6133-5 I al. 3 (2010, 2012, 2017): the compte financier of « groupements de coopération sanitaire
comportant au moins un établissement public de santé parmi ses membres » is judged, for the accounts
of year N, on the members at the close of that year (31 December N, « Lors de la clôture de
l'exercice », the date whose text already judges them), not on the members of the as-of date
(black-box review of stop 22, F2). Each test failed before the change.
"""

import gcs_reasoner as gcs

# A private GCS that a CHU joins on 2020-09-01: the accounts of 2014 (2012 text) and 2018 (2017 text)
# were never those of a groupement with a public health establishment; those of 2020 are.
JOINS_LATER = """groupement g "GCS Plateau" {
  as of 2021-12-31
  approved 2012-04-02
  seat "Nîmes" region "Languedoc-Roussillon"
  member a "Clinique A" { kind health_establishment sector private region "Languedoc-Roussillon" rights 60 }
  member b "Clinique B" { kind health_establishment sector private region "Languedoc-Roussillon" rights 40 }
  member chu "CHU" { kind health_establishment sector public region "Languedoc-Roussillon" rights 50 joined 2020-09-01 }
  administrator a elected 2012-05-10
  assembly ag2015 on 2015-06-18 {
    convened_on 2015-06-01 by administrator
    present a, b
    deliberation d1 on accounts year 2014 { for a, b }
  }
  assembly ag2019 on 2019-06-18 {
    convened_on 2019-06-01 by administrator
    present a, b
    deliberation d1 on accounts year 2018 { for a, b }
  }
  assembly ag2021 on 2021-06-17 {
    convened_on 2021-06-01 by administrator
    present a, b, chu
    deliberation d1 on accounts year 2020 { for a, b, chu }
  }
}
"""

# The only public establishment withdraws (notice 2014-04-10, effect at the end of the financial
# year, 2014-12-31): the accounts of 2013 and 2014 stay due; those of 2015 are not.
LEAVES = """groupement g "GCS Réseau" {
  as of 2019-12-31
  approved 2012-04-02
  seat "Pau" region "Aquitaine"
  member p "CH P" { kind health_establishment sector public region "Aquitaine" rights 40 }
  member a "Clinique A" { kind health_establishment sector private region "Aquitaine" rights 30 }
  member b "Clinique B" { kind health_establishment sector private region "Aquitaine" rights 30 }
  administrator a elected 2012-05-10
  assembly ag2014 on 2014-06-12 {
    convened_on 2014-05-27 by administrator
    present p, a, b
    deliberation d1 on accounts year 2013 { for p, a, b }
  }
  withdrawal p notified 2014-04-10
  assembly ag2015 on 2015-06-11 {
    convened_on 2015-05-26 by administrator
    present a, b
    deliberation d1 on accounts year 2014 { for a, b }
  }
  assembly ag2016 on 2016-06-09 {
    convened_on 2016-05-24 by administrator
    present a, b
    deliberation d1 on accounts year 2015 { for a, b }
  }
}
"""


def conclusions(text: str, as_of: str | None = None) -> set[str]:
    if as_of:
        text = text.replace(text.split("\n")[1], f"  as of {as_of}")
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}


def accounts(found: set[str]) -> set[str]:
    return {c for c in found if c.startswith("accounts_approval")}


def test_a_public_establishment_joining_later_does_not_make_earlier_accounts_due():
    found = conclusions(JOINS_LATER)
    assert "member(chu)" in found
    assert accounts(found) == {"accounts_approval_due(2020, 2021-06-30)"}


def test_before_the_public_establishment_joins_no_accounts_are_due():
    assert accounts(conclusions(JOINS_LATER, "2020-08-31")) == set()


def test_accounts_of_the_years_a_public_establishment_was_a_member_stay_due_after_it_left():
    found = conclusions(LEAVES)
    assert "withdrawal_effective(p, 2014-12-31)" in found
    assert "member(p)" not in found
    # 2012 text (in force on 31 December 2013 and 2014): 30 March of N + 2, as written.
    assert accounts(found) == {"accounts_approval_due(2013, 2015-03-30)", "accounts_approval_due(2014, 2016-03-30)"}


def test_the_day_after_the_withdrawal_takes_effect_past_years_stay_due():
    # On 2014-12-31 the year 2014 is not closed; on 2015-01-01 it is, and CH P was a member on its
    # last day (membership at the start of the day; the withdrawal counts from 2015-01-01).
    assert accounts(conclusions(LEAVES, "2014-12-31")) == {"accounts_approval_due(2013, 2015-03-30)"}
    assert accounts(conclusions(LEAVES, "2015-01-01")) == {"accounts_approval_due(2013, 2015-03-30)",
                                                          "accounts_approval_due(2014, 2016-03-30)"}


def test_2017_text_accounts_judged_on_the_members_at_the_close_of_their_year():
    # The public establishment leaves at the end of 2018: the 2018 accounts, approved on 2019-07-11,
    # after 30 June 2019 (« au plus tard le 30 juin de l'année suivant l'exercice »), are late.
    text = (LEAVES.replace("notified 2014-04-10", "notified 2018-04-10")
            .replace("deliberation d1 on accounts year 2015 { for a, b }",
                     "deliberation d1 on accounts year 2015 { for a, b }\n  }\n"
                     "  assembly ag2019 on 2019-07-11 {\n    convened_on 2019-06-25 by administrator\n"
                     "    present a, b\n    deliberation d1 on accounts year 2018 { for a, b }"))
    found = conclusions(text)
    assert "withdrawal_effective(p, 2018-12-31)" in found
    assert {"accounts_approval_due(2018, 2019-06-30)", "accounts_approval_late(2018)"} <= accounts(found)
