"""Membership, administrator and dissolution rules the review of stop 27 found wanting; each test
failed before its change.

F1. Décret 2017-631 art. 7 al. 3: « Si, en application des dispositions de l'article L. 6133-2 du
code de la santé publique dans sa rédaction issue de l'ordonnance susvisée du 12 janvier 2017, un
membre du groupement de coopération sanitaire n'est plus autorisé à en faire partie, l'assemblée
générale prononce son exclusion dans les conditions prévues à la convention constitutive. » The
ground `barred` is a ground only against a member that text bars: a public health establishment,
which L6133-2 I names, cannot be excluded on it (R6133-7 III gives only a breach or a collective
procedure), so the exclusion has no ground.
"""

import gcs_reasoner as gcs

BARRED = """groupement g18b "GCS Test" {{
  as of {as_of}
  approved 2012-03-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member a "CH A" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 25 }}
  member b "CH B" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 25 }}
  member c "CH C" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 25 }}
  member d "{name}" {{ {kind} region "Auvergne-Rhône-Alpes" rights 25 }}
  administrator a elected 2016-01-10 until 2019-01-09
  deputy b elected 2016-01-10 until 2019-01-09
  assembly ag1 on 2018-03-01 {{
    convened_on 2018-02-01 by administrator
    present a, b, c, d
    deliberation d1 on exclusion of d {{ for a, b, c  heard d  ground barred }}
  }}
}}
"""

PUBLIC = "kind health_establishment sector public"


def conclusions(text: str) -> set[str]:
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<test>")).conclusions}


def barred(kind: str, name: str = "CH D", as_of: str = "2018-06-01") -> set[str]:
    return conclusions(BARRED.format(kind=kind, name=name, as_of=as_of))


def test_f1_a_member_the_2017_text_allows_is_not_excluded_on_the_ground_barred():
    found = barred(PUBLIC)
    assert "deliberation_invalid(ag1, d1, no_ground)" in found
    assert "exclusion_invalid(d, no_ground)" in found
    assert not any(c.startswith("excluded(d") for c in found)
    assert "member(d)" in found


def test_f1_a_member_the_2017_text_bars_is_excluded_on_the_ground_barred():
    found = barred("kind other_care_organisation sector private", name="Organisme D")
    assert "excluded(d, 2018-03-01)" in found
    assert "deliberation_invalid(ag1, d1, no_ground)" not in found


def test_f1_a_profit_supplier_is_excluded_on_the_ground_barred_whenever_the_file_is_read():
    for as_of in ("2018-06-01", "2023-01-01"):
        found = barred("kind other_care_organisation sector private profit_supplier products authorised 2012-03-01",
                       name="Distrimed", as_of=as_of)
        assert "excluded(d, 2018-03-01)" in found, as_of

