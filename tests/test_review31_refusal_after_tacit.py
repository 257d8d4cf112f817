"""An express refusal after the tacit approval of the convention (review 31, dis RQ2).

R6133-1-1@2017-04-28 al. 2: « L'absence de décision expresse à l'expiration du délai prévu à l'alinéa
précédent vaut approbation tacite de la convention constitutive du groupement par le directeur général de
l'agence régionale de santé. » Al. 3: « La décision expresse ou implicite du directeur général de l'agence
régionale de santé est publiée dans un délai de quinze jours ». Al. 4: « Le groupement jouit de la
personnalité morale à compter de la décision d'approbation ou, à défaut, à compter du lendemain de la décision
implicite d'approbation. »

Once the two months have run out, silence « vaut approbation tacite »: the decision on the convention is
the implicit one, and its publication is due fifteen days after it. The encoded texts do not say what a
later express refusal does to that approval (a withdrawal of an implicit decision, outside them): the
tacit approval and the legal personality it gives stay, the refusal is said as an event not judged
(`not_judged(refusal_after_tacit_approval, Dec, X)`), and it does not give the same act a second day due.
Before the change the refusal was silent and the convention had two publication due dates (2018-03-25 and
2018-04-04).
"""

import gcs_reasoner as gcs

FILE = """groupement g1 "GCS Test" {{
  as of 2018-06-01
  submitted 2018-01-10
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member a "CHU A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  convention {{
    signed_by a, b
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available, staff_rules,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules
    attached budget_forecast, financial_balance
  }}
  ars_decision r1 on {day} by ars_director_general {{ refuses convention }}
}}
"""


def _reason(day):
    return gcs.reason(gcs.loads(FILE.format(day=day), path="<review31_dis_rq2>"))


def _warned(result):
    return {w.atom for w in result.warnings if w.atom}


def test_a_refusal_after_the_tacit_approval_is_said_and_gives_no_second_due_date():
    result = _reason("2018-03-20")
    assert result.holds("tacit_approval(convention, 2018-03-10)")
    assert result.holds("legal_personality_from(2018-03-11)")
    dues = [str(c) for c in result.by_predicate("publication_due")]
    assert dues == ["publication_due(convention, 2018-03-25)"], dues
    assert "not_judged(refusal_after_tacit_approval, r1, 2018-03-20)" in _warned(result), _warned(result)


def test_a_refusal_within_the_two_months_is_the_decision():
    result = _reason("2018-03-05")
    assert not result.by_predicate("tacit_approval")
    assert not result.by_predicate("legal_personality_from")
    dues = [str(c) for c in result.by_predicate("publication_due")]
    assert dues == ["publication_due(convention, 2018-03-20)"], dues
    assert not any(a.startswith("not_judged(refusal_after") for a in _warned(result))
