"""A majority of two thirds set by the convention counts voices too (review 29, committee F3).

R6133-21@2010-07-26.II.1 (R6133-26@2017-04-28.II.1 repeats it): « Dans les autres matières, sauf mention
contraire de la convention constitutive, les délibérations sont adoptées si elles recueillent la majorité des
voix des membres présents ou représentés. » The convention's `majority budget two_thirds` replaces the
majority, not the voices: two thirds of the voices are weighed as the convention says (`vote_weight`,
R6133-1 I 9°). A convention that sets two thirds and no weight lacks that rule, as one that keeps the simple
majority does: `convention_rule_missing(vote_weight)`. A unanimity (the text's or the convention's) counts
members, not voices: no weight is needed. The first test failed before the change (2012 and 2018).
"""

import gcs_reasoner as gcs

TWO_THIRDS = """groupement imagerie_sud "GCS Imagerie Sud" {{
  as of {year}-12-31
  approved {approved}
  seat "Nîmes" region "{region}"
  member chu_nimes "CHU de Nîmes" {{ kind health_establishment sector public region "{region}" rights 60 }}
  member ch_ales "CH d'Alès" {{ kind health_establishment sector public region "{region}" rights 20 }}
  member ch_uzes "CH d'Uzès" {{ kind health_establishment sector public region "{region}" rights 20 }}
  convention {{
    object "Imagerie commune"
    task_split
    notice_days 10
    meeting_days 30
    majority budget {majority}
  }}
  administrator chu_nimes elected {elected} until {until}
  assembly ag1 on {year}-01-20 {{
    convened_on {year}-01-05 by administrator
    present chu_nimes, ch_ales, ch_uzes
    deliberation d1 on budget {{ for chu_nimes  against ch_ales, ch_uzes }}
  }}
}}
"""

YEARS = {
    "2012": dict(approved="2011-01-10", region="Languedoc-Roussillon", elected="2011-01-20", until="2014-01-19"),
    "2018": dict(approved="2017-01-10", region="Occitanie", elected="2017-05-20", until="2020-01-19"),
}


def reason(year: str, majority: str):
    text = TWO_THIRDS.format(year=year, majority=majority, **YEARS[year])
    return gcs.reason(gcs.loads(text, path="<test>"))


def test_two_thirds_without_a_weight_lacks_the_weight_rule():
    for year, cited in (("2012", "R6133-21@2010-07-26.II.1"), ("2018", "R6133-26@2017-04-28.II.1")):
        result = reason(year, "two_thirds")
        assert result.holds("convention_rule_missing(vote_weight)"), year
        missing = next(c for c in result.conclusions if str(c) == "convention_rule_missing(vote_weight)")
        assert cited in missing.provisions, (year, missing.provisions)


def test_the_simple_majority_control_and_the_unanimity():
    for year in YEARS:
        assert reason(year, "simple").holds("convention_rule_missing(vote_weight)"), year
        # the convention's unanimity counts the members present or represented, not their voices
        assert not reason(year, "unanimity").holds("convention_rule_missing(vote_weight)"), year
