"""The 2006 sentence for the matters R6133-14 reserves to unanimity (review 31, tools F3).

R6133-14@2006-01-01.2 « Dans les matières définies aux 5° et 6° de l'article R. 6133-13, les délibérations doivent
être adoptées à l'unanimité des membres présents ou représentés. » The predicate unanimity_matter(X) holds of those
two matters only (5° any change to the convention, 6° the admission of new members); a convention that asks
unanimity for the budget makes the budget no such matter. Its sentence said « Les délibérations sur la matière
budget doivent être adoptées à l'unanimité », shown as not established under a node that says the very
deliberation must be adopted unanimously (s08: the convention says `majority budget unanimity`). It now speaks of
the matters the article itself reserves, as the 2010 and 2017 sentences do; the conclusions are unchanged.
"""

import gcs_reasoner as gcs

S08 = """groupement gq "GCS Quorum" {
  as of 2007-12-31
  approved 2006-06-01
  seat "Dijon" region "Bourgogne"
  member ch_a "CH A" { kind health_establishment sector public region "Bourgogne" rights 40 }
  member ch_b "CH B" { kind health_establishment sector public region "Bourgogne" rights 30 }
  member ch_c "CH C" { kind health_establishment sector public region "Bourgogne" rights 20 }
  member ch_d "CH D" { kind health_establishment sector public region "Bourgogne" rights 10 }
  convention {
    object "Pharmacie"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
    majority budget unanimity
  }
  assembly ag1 on 2007-03-20 {
    convened_on 2007-03-04 by administrator
    present ch_a, ch_b, ch_d
    deliberation d1 on budget { for ch_a, ch_b, ch_d }
  }
}
"""


def test_convention_unanimity_for_the_budget_2007_words():
    result = gcs.reason(gcs.loads(S08, path="<test>"))
    assert result.holds("deliberation_valid(ag1, d1)")
    fr = result.explain("deliberation_valid(ag1, d1)").text("fr")
    en = result.explain("deliberation_valid(ag1, d1)").text("en")
    assert "Les délibérations sur la matière budget doivent être adoptées à l'unanimité" not in fr
    assert "Deliberations on the matter budget must be adopted unanimously" not in en
    assert ("Il n'est pas établi que : La délibération porte sur une matière que l'article R. 6133-14 soumet à "
            "l'unanimité des membres présents ou représentés (5° ou 6° de l'article R. 6133-13)") in fr
    assert ("It is not established that: The deliberation is on a matter that article R. 6133-14 subjects to the "
            "unanimity of the members present or represented (5° or 6° of article R. 6133-13)") in en
