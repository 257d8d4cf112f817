"""The compte financier of R6133-5 I al. 3 is not owed for the years under the EPS budget regime.

R6133-13@2010-07-26.II.3 and R6133-18@2017-04-28.II.3: « La transformation des règles comptables et
budgétaires du groupement de coopération sanitaire de droit public érigé en établissement public de
santé est effective au 1er janvier de l'année suivant la décision du directeur général de l'agence
régionale de santé mentionnée au premier alinéa. » R6133-18@2017-04-28.II.1: « Il est soumis au régime
budgétaire, financier et comptable défini par les dispositions du chapitre V du titre IV du livre Ier
de la présente partie. » From that 1 January, the special text governs the accounts as it governs the
budget document (R6133-5 I al. 1) and the referral (III): the compte financier the assembly approves
under R6133-5 I al. 3 (« doit être approuvé au plus tard le 30 juin de l'année suivant l'exercice
auquel il se rapporte », 2017; « le 30 mars de l'année suivant l'exercice suivant l'exercice auquel il
se rapporte », 2010 and 2012) is not owed for those years; the years before are (review 29, crossing
F1, scenarios s16 and s17).

R6133-9 (the yearly report to the director general) is not a budget or accounting rule: the report is
still owed by the establishment for every year (the last test).
"""

import gcs_reasoner as gcs

EPS = """groupement eps_x "GCS EPS X" {{
  as of {as_of}
  approved {approved}
  seat "Reims" region "Grand Est"
  capital none
  member chu "CHU" {{ kind health_establishment sector public region "Grand Est" rights 60 funding a }}
  member ch "CH" {{ kind health_establishment sector public region "Grand Est" rights 40 funding a }}
  administrator chu elected 2015-02-01 until 2020-01-31
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on {decided} published {published} {{
    grants chir
    {erects}
    tariff_scale abc
  }}
}}
"""


def money(as_of: str, decided: str, published: str, erects: bool = True, approved: str = "2015-01-12") -> set[str]:
    text = EPS.format(as_of=as_of, approved=approved, decided=decided, published=published, erects="erects" if erects else "")
    result = gcs.reason(gcs.loads(text, path="<test>"))
    return {str(c) for c in result.conclusions
            if c.predicate.startswith(("accounts_approval", "report_", "eps_budget_rules_from", "doubtful_text"))
            or str(c).startswith("missing_fact(accounts_approval")}


def test_no_compte_financier_under_r6133_5_once_the_eps_rules_apply_2017_text():
    """Erected on 2017-01-13 (decision under R6133-13 of 2010): the EPS rules from 2018-01-01. The
    accounts of 2016 (2012 text: 30 March 2018) and 2017 (2017 text: 30 June 2018) are still owed, those
    of 2018 are not."""
    found = money("2019-07-02", "2017-01-13", "2017-01-20")
    assert "eps_budget_rules_from(2018-01-01)" in found
    assert "accounts_approval_due(2016, 2018-03-30)" in found
    assert "accounts_approval_due(2017, 2018-06-30)" in found
    assert not any(c.startswith(("accounts_approval_due(2018", "accounts_approval_late(2018")) for c in found)


def test_the_same_groupement_not_erected_owes_every_compte_financier():
    found = money("2019-07-02", "2017-01-13", "2017-01-20", erects=False)
    assert "accounts_approval_due(2018, 2019-06-30)" in found
    assert "accounts_approval_late(2018)" in found


def test_no_compte_financier_under_the_2012_text_once_the_eps_rules_apply():
    """Approved in 2014, erected on 2015-06-10: the EPS rules from 2016-01-01. Under the 2012 text (as of
    2017-04-01) the accounts of 2015 are due on 30 March 2017; those of 2016 are not owed (no
    doubtful_text for them either)."""
    found = money("2017-04-01", "2015-06-10", "2015-06-20", approved="2014-01-13")
    assert "eps_budget_rules_from(2016-01-01)" in found
    assert "accounts_approval_due(2015, 2017-03-30)" in found
    assert not any("2016" in c.split(",")[0] for c in found if c.startswith(("accounts_approval", "doubtful_text")))


def test_the_yearly_report_is_still_owed_by_the_establishment():
    """R6133-9@2017-04-28: « Le groupement de coopération sanitaire transmet chaque année au directeur
    général de l'agence régionale de santé un rapport retraçant son activité et ses comptes financiers »;
    R6133-13/R6133-18 II al. 3 transform only « les règles comptables et budgétaires »."""
    found = money("2019-07-02", "2017-01-13", "2017-01-20")
    assert "report_due(2018, 2019-06-30)" in found
    assert "report_late(2018)" in found
