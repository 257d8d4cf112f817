"""Two slips of this stop's own changes, found by a review of them (review 31, "today").

F1. R6133-8 of 2010 al. 2 (« La dissolution du groupement ... est notifiée ... dans un délai de quinze jours »)
and R6133-8 I of 2017: the term of a groupement ending on 2017-04-27 dissolves it from 2017-04-28 under the text
of the term's day (2010); exclusions of the same day leaving one member dissolve it from the same first day under
the text of that day (2017). Each ground keeps the day whose text governs it, and the duties that follow under each:
the fifteen days of 2010 for the term were lost when the single-member day alone was kept.

F2. R6133-18 of 2006 (« La dissolution du groupement entraîne sa liquidation. L'assemblée générale fixe les
modalités de la liquidation et nomme un ou plusieurs liquidateurs. »), R6133-21 18° of 2010 (« les mesures
nécessaires à sa liquidation »): a liquidator named on a day no dissolution was in view (no term, no deliberation
dissolving the groupement) is not validly named, and a dissolution decided a year later by another assembly does
not make that act good: it is judged on its own day, the same whatever the as-of date.
"""

import gcs_reasoner as gcs

TERM_AND_SINGLE = """groupement g "GCS Coordination Creuse" {
  as of 2017-09-01
  approved 2012-03-01
  duration until 2017-04-27
  seat "Guéret" region "Nouvelle-Aquitaine"
  member ch_gueret "CH de Guéret" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 40 }
  member ch_aubusson "CH d'Aubusson" { kind health_establishment sector public region "Nouvelle-Aquitaine" rights 30 }
  member ehpad_felletin "EHPAD de Felletin" { kind medico_social_establishment sector public region "Nouvelle-Aquitaine" rights 30 }
  convention {
    object "Coordination des soins"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }
  assembly ag1 on 2017-04-27 {
    convened_on 2017-04-01 by administrator
    present ch_gueret, ch_aubusson, ehpad_felletin
    deliberation d1 on exclusion of ch_aubusson {
      for ch_gueret, ehpad_felletin
      against ch_aubusson
      ground breach
      heard ch_aubusson
    }
    deliberation d2 on exclusion of ehpad_felletin {
      for ch_gueret, ch_aubusson
      against ehpad_felletin
      ground breach
      heard ehpad_felletin
    }
  }
}
"""

LIQUIDATOR_EARLY = """groupement g "GCS Imagerie du Cotentin" {
  as of 2013-09-01
  approved 2006-03-01
  seat "Cherbourg" region "Basse-Normandie"
  member ch_cherbourg "CH de Cherbourg" { kind health_establishment sector public region "Basse-Normandie" rights 60 }
  member ch_valognes "CH de Valognes" { kind health_establishment sector public region "Basse-Normandie" rights 40 }
  convention {
    object "Imagerie médicale"
    task_split
    mentions name_and_seat, members, legal_nature, capital, rights_rules,
             representation, contribution_rules, debt_rules, membership_rules,
             dissolution_rules, administration_rules, professional_intervention
    attached budget_forecast, cost_split
    notice_days 15
  }
  assembly ag0 on 2012-06-20 {
    convened_on 2012-06-02 by administrator
    present ch_cherbourg, ch_valognes
    deliberation d1 on liquidation { for ch_cherbourg, ch_valognes }
  }
  assembly ag1 on 2013-06-20 {
    convened_on 2013-06-02 by administrator
    present ch_cherbourg, ch_valognes
    deliberation d1 on dissolution { for ch_cherbourg, ch_valognes }
  }
  liquidator "Maître Lefèvre" by ag0.d1
  dissolution by ag1.d1 notified 2013-06-25
}
"""


def _conclusions(text: str, as_of=None) -> dict:
    result = gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)
    return {str(c): c.provisions for c in result.conclusions}


def test_a_term_and_a_single_member_on_one_day_each_keep_their_text_and_duties():
    found = _conclusions(TERM_AND_SINGLE)
    assert found["dissolved_on(term_reached, 2017-04-28)"] == ["R6133-8@2010-07-26.1"]
    assert found["dissolved_on(single_member, 2017-04-28)"] == ["R6133-8@2017-04-28.I.1.2"]
    # the term's dissolution keeps the fifteen days of the 2010 text (2017-04-27 + 15 days)
    assert found["notification_due(dissolution, 2017-05-12)"] == ["R6133-8@2010-07-26.2"]
    assert "R6133-8@2017-04-28.I.1.2" in found["notification_missing(dissolution)"]


def test_a_liquidator_named_with_no_dissolution_in_view_stays_invalid_whatever_the_as_of_date():
    from datetime import date

    for as_of in (date(2012, 9, 1), date(2013, 6, 20), date(2013, 9, 1)):
        found = _conclusions(LIQUIDATOR_EARLY, as_of)
        assert 'liquidator_invalid("Maître Lefèvre", not_dissolved)' in found, as_of
        assert 'liquidator_appointed("Maître Lefèvre")' not in found, as_of
