"""The convention fixes both time limits of the assembly (review 29, committee F4).

R6133-20@2010-07-26.3 (R6133-25@2017-04-28.3 repeats it): « La convention constitutive fixe les délais dans
lesquels l'assemblée générale est convoquée et réunie. » Two time limits: the convocation's (`notice_days`)
and the meeting's (`meeting_days`, contract part 2 §4: « `meeting_days N`, with `notice_days` the time
limits of R6133-20@2010-07-26.3 »). A convention that states only one of them does not fix the other:
`convention_rule_missing(assembly_time_limits)`, as when it states neither. Both stated: nothing. The first
test failed before the change (only the convention stating neither drew it).
"""

import gcs_reasoner as gcs

GCS = """groupement imagerie_sud "GCS Imagerie Sud" {{
  as of {as_of}
  approved 2011-01-10
  seat "Nîmes" region "Languedoc-Roussillon"
  member chu_nimes "CHU de Nîmes" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }}
  member ch_ales "CH d'Alès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  member ch_uzes "CH d'Uzès" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 30 }}
  convention {{
    object "Imagerie commune"
    task_split
    vote_weight rights
    {limits}
  }}
}}
"""

CITED = {"2012-12-31": "R6133-20@2010-07-26.3", "2018-12-31": "R6133-25@2017-04-28.3"}


def missing(as_of: str, limits: str):
    result = gcs.reason(gcs.loads(GCS.format(as_of=as_of, limits=limits), path="<test>"))
    return next((c for c in result.conclusions if str(c) == "convention_rule_missing(assembly_time_limits)"), None)


def test_one_time_limit_alone_leaves_the_rule_missing():
    for as_of, cited in CITED.items():
        for limits in ("notice_days 10", "meeting_days 30"):
            found = missing(as_of, limits)
            assert found is not None, (as_of, limits)
            assert cited in found.provisions, (as_of, limits, found.provisions)


def test_neither_and_both():
    for as_of in CITED:
        assert missing(as_of, "") is not None, as_of
        assert missing(as_of, "notice_days 10\n    meeting_days 30") is None, as_of
