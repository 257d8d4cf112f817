"""The assembly's rules on cases the golden files do not show, found by a review of the rules
against the texts; each fails on the rules before."""

from __future__ import annotations

import gcs_reasoner as gcs

EXCLUSION = """groupement imagerie_oise "GCS Imagerie de l'Oise" {
  as of AS_OF
  approved 2010-09-01
  seat "Beauvais" region "Picardie"
  member ch_beauvais "CH de Beauvais" { kind health_establishment sector public region "Picardie" rights 60 }
  member ch_creil "CH de Creil" { kind health_establishment sector public region "Picardie" rights 10 }
  member ch_senlis "CH de Senlis" { kind health_establishment sector public region "Picardie" rights 10 }
  member ch_clermont "CH de Clermont" { kind health_establishment sector public region "Picardie" rights 20 }
  convention {
    object "Imagerie commune"
    task_split
    notice_days 10
    vote_weight member
  }
  assembly ag1 on DAY {
    convened_on CONVENED by administrator
    present ch_beauvais, ch_creil, ch_senlis, ch_clermont
    deliberation d1 on exclusion of ch_clermont {
      for ch_beauvais
      against ch_creil, ch_senlis
      ground breach
      heard ch_clermont
    }
  }
}
"""


def test_an_exclusion_needs_the_majority_of_the_votes_as_well_as_half_of_all_the_rights():
    """R6133-21@2010-07-26.II « Dans les autres matières, sauf mention contraire de la convention
    constitutive, les délibérations sont adoptées si elles recueillent la majorité des voix … sous
    réserve que la mesure d'exclusion soit adoptée par un nombre de membres représentant au moins la
    moitié des droits » (R6133-26 of 2017 the same): one voice for (60 of the 100 rights), two
    against, one member one voice: not adopted, under both texts."""
    for day, convened, as_of in (("2013-01-21", "2013-01-07", "2013-06-30"), ("2019-01-21", "2019-01-07", "2019-06-30")):
        text = EXCLUSION.replace("AS_OF", as_of).replace("DAY", day).replace("CONVENED", convened)
        result = gcs.reason(gcs.loads(text, path=f"<{day}>"))
        assert result.holds("deliberation_invalid(ag1, d1, not_adopted)"), day
        assert not result.by_predicate("excluded"), day
