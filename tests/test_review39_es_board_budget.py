"""Review 39 (fixer F): the groupement erected into a health establishment: its supervisory board across the
ARH/ARS switch, and its budget document while its status cannot be known.

F2 (reviewer 1, finding 2). L6133-7 of 2009-07-23, repeated by the versions of 2010-02-26, 2017-01-14 and
2019-08-08, 2° c): « Cinq personnalités qualifiées, parmi lesquelles deux désignées par le directeur général de
l'agence régionale de santé et trois, dont deux représentants des usagers au sens de l'article L. 1114-1, désignées
par le représentant de l'Etat dans le département. » The words govern the act of appointing; the tool's reading of
the switch (authority_on): the ARH director held the powers until 2010-03-31, the ARS director general, whom the text
names, from 2010-04-01. Nothing in the text makes an appointment lawfully made by the ARH director lapse when the ARS
took over. The file dates no appointment, but the authority it names dates it in part: `appointed_by arh_director`
before 2010-04-01, `appointed_by ars_director_general` on or after it. So: before 2010-04-01 the ARH director's
appointees count (an "ARS" appointee cannot have been appointed); from 2010-04-01 the ARS director general's count,
and the ARH director's too for an establishment erected before 2010-04-01 (he was competent for its board); for one
erected from 2010-04-01 an ARH appointment came before the establishment existed and does not count.

F3 (reviewer 1, finding 3). R6133-13 of 2010-07-26 II al. 3 (= R6133-18 of 2017-04-28 II al. 3): « La transformation
des règles comptables et budgétaires du groupement de coopération sanitaire de droit public érigé en établissement
public de santé est effective au 1er janvier de l'année suivant la décision du directeur général de l'agence
régionale de santé »; R6133-18 of 2017 II al. 1: « Il est soumis au régime budgétaire, financier et comptable défini
par les dispositions du chapitre V du titre IV du livre Ier ». When the nature of the groupement on the day its
erection took effect is not known (missing_fact(health_establishment, groupement, nature_at_erection)), whether it is
a public establishment under that regime is not known: from the 1 January after the decision, no budget document of
R6133-5 I al. 1 (2010, 2012, 2017) and no compte financier of I al. 3 for a year beginning on or after that day are
drawn, and missing_fact(eps_budget_rules, groupement, nature_at_erection) says so. Before that 1 January, the
groupement votes its own budget document (the forecast budget of every groupement under the text of 2017).
"""

import pytest

import gcs_reasoner as gcs


def reason(text: str) -> dict:
    result = gcs.reason(gcs.loads(text, path="<test>"), explain=True)
    found = {str(c): c.provisions for c in result.conclusions}
    found.update({w.atom: w for w in result.warnings})
    return found


# --- F2: the two qualified persons of the agency ---------------------------------------------------------------

BOARD = """groupement g "GCS EPS" {{
  as of {as_of}
  approved 2009-02-01
  seat "Nancy" region "Lorraine"
  capital none
  member h1 "CH A" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  member h2 "CH B" {{ kind health_establishment sector public region "Lorraine" rights 50 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted {granted}
  ars_decision dec2 on {erected} by {erector} {{
    erects
  }}
  board_member "Élu 1" as local_authority appointed_by local_assembly
  board_member "Élu 2" as local_authority appointed_by local_assembly
  board_member "Élu 3" as local_authority appointed_by local_assembly
  board_member "Élu 4" as local_authority appointed_by local_assembly
  board_member "Élu 5" as local_authority appointed_by local_assembly
  board_member "Agent 1" as staff appointed_by staff_committee
  board_member "Agent 2" as staff appointed_by staff_committee
  board_member "Agent 3" as staff appointed_by staff_committee
  board_member "Médecin 1" as staff appointed_by medical_committee
  board_member "Médecin 2" as staff appointed_by medical_committee
  board_member "PQ 1" as qualified appointed_by {pq1}
  board_member "PQ 2" as qualified appointed_by {pq2}
  board_member "Usager 1" as qualified appointed_by prefect user_representative
  board_member "Usager 2" as qualified appointed_by prefect user_representative
  board_member "PQ 3" as qualified appointed_by {pq3}
}}
"""

INVALID = "supervisory_board_invalid(qualified_appointment)"


def board(as_of, pq1, pq2, pq3="prefect", erected="2009-10-01", erector="arh_director", granted="2009-09-01"):
    return reason(BOARD.format(as_of=as_of, pq1=pq1, pq2=pq2, pq3=pq3, erected=erected, erector=erector,
                               granted=granted))


ERECTED_2009 = "health_establishment(public, 2009-10-01)"  # the board is checked (board_checked needs it)


@pytest.mark.parametrize("as_of", ["2010-03-31", "2010-04-01", "2011-06-01"])
def test_arh_appointees_of_an_establishment_erected_in_2009_count_before_and_after_the_switch(as_of):
    """The reviewer's scenario (/tmp/rv1/a9.gcs): appointed by the ARH director, necessarily before 2010-04-01,
    when he was competent for this establishment (erected on 2009-10-01): the appointments stand."""
    got = board(as_of, "arh_director", "arh_director")
    assert ERECTED_2009 in got
    assert INVALID not in got
    assert not any(k.startswith("supervisory_board_invalid(") for k in got)


def test_arh_appointees_do_not_count_when_one_is_not_the_agencys():
    """Anchor of the test above: the same board with one of the two appointed by the prefect instead (four by the
    prefect): the split is wrong on each date."""
    for as_of in ["2010-03-31", "2010-04-01", "2011-06-01"]:
        got = board(as_of, "arh_director", "prefect")
        assert ERECTED_2009 in got
        assert INVALID in got
        assert "L6133-7@2009-07-23.2.2.c" in got[INVALID] or "L6133-7@2010-02-26.2.2.c" in got[INVALID]


def test_ars_appointees_before_2010_04_01_cannot_have_been_appointed():
    """The ARS did not exist before 2010-04-01: an appointment by its director general cannot have been made."""
    got = board("2010-03-31", "ars_director_general", "ars_director_general")
    assert ERECTED_2009 in got
    assert INVALID in got
    assert "supervisory_board_invalid(qualified_persons)" not in got  # five all the same


@pytest.mark.parametrize("as_of", ["2010-04-01", "2011-06-01"])
def test_ars_appointees_count_from_2010_04_01(as_of):
    got = board(as_of, "ars_director_general", "ars_director_general")
    assert ERECTED_2009 in got
    assert INVALID not in got


def test_mixed_before_the_switch_counts_only_the_arh_appointee():
    """One by the ARH director, one by the "ARS director general" on 2010-03-31: one counted."""
    got = board("2010-03-31", "arh_director", "ars_director_general")
    assert ERECTED_2009 in got
    assert INVALID in got


@pytest.mark.parametrize("as_of", ["2010-04-01", "2011-06-01"])
def test_mixed_after_the_switch_counts_both(as_of):
    """One appointed by the ARH director before 2010-04-01, one by the ARS director general since: two."""
    got = board(as_of, "arh_director", "ars_director_general")
    assert ERECTED_2009 in got
    assert INVALID not in got


def test_three_agency_appointees_after_the_switch_are_one_too_many():
    """Two by the ARH director and one by the ARS director general, two by the prefect: the agency's are three, not
    two (the prefect's two, not three, are wrong as well: the conclusion rests on both)."""
    got = board("2011-06-01", "arh_director", "arh_director", pq3="ars_director_general")
    assert ERECTED_2009 in got
    assert INVALID in got
    assert "supervisory_board_invalid(qualified_persons)" not in got


ERECTED_2010 = "health_establishment(public, 2010-05-03)"


def test_arh_appointees_of_an_establishment_erected_after_the_switch_do_not_count():
    """Erected on 2010-05-03 by the ARS director general: the ARH director, who could only appoint before
    2010-04-01, did so before the establishment existed; his appointees are not the two of 2° c)."""
    got = board("2011-06-01", "arh_director", "arh_director", erected="2010-05-03", erector="ars_director_general",
                granted="2010-04-15")
    assert ERECTED_2010 in got
    assert INVALID in got


def test_ars_appointees_of_an_establishment_erected_after_the_switch_count():
    got = board("2011-06-01", "ars_director_general", "ars_director_general", erected="2010-05-03",
                erector="ars_director_general", granted="2010-04-15")
    assert ERECTED_2010 in got
    assert INVALID not in got


# --- F3: the budget document while the establishment's status is not known --------------------------------------

MIXED = """groupement g "GCS Mixte" {{
  as of {as_of}
  approved 2015-02-01
  seat "Lyon" region "Rhône-Alpes"
  capital none
{declared}  member h1 "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member c2 "Clinique B" {{ kind health_establishment sector private region "Rhône-Alpes" rights 50 }}
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec2 on 2018-03-01 {{
    grants chir
    erects
    tariff_scale abc
  }}
}}
"""

NATURE_OPEN = "missing_fact(health_establishment, groupement, nature_at_erection)"
BUDGET_OPEN = "missing_fact(eps_budget_rules, groupement, nature_at_erection)"
FORECAST = "budget_document(forecast_budget)"


def mixed(as_of, nature=None):
    declared = f"  declared_nature {nature}\n" if nature else ""
    return reason(MIXED.format(as_of=as_of, declared=declared))


def test_nature_open_after_the_1_january_draws_no_budget_document():
    """The reviewer's scenario (/tmp/rv1/a5.gcs), as of 2019-06-01: the 1 January after the decision of
    2018-03-01 has passed; public, the establishment would be under the regime of public health establishments."""
    got = mixed("2019-06-01")
    assert NATURE_OPEN in got
    assert "gcs_kind(health_establishment)" in got
    assert FORECAST not in got
    assert BUDGET_OPEN in got
    w = got[BUDGET_OPEN]
    assert "missing_fact(" not in w.message_fr and "document budgétaire" in w.message_fr


def test_nature_open_before_the_1_january_still_votes_the_forecast_budget():
    """On 2018-12-31 the regime of public health establishments would not apply yet, whatever the status: the
    forecast budget of every groupement (R6133-5 of 2017 I al. 1)."""
    got = mixed("2018-12-31")
    assert NATURE_OPEN in got
    assert FORECAST in got
    assert "R6133-5@2017-04-28.I.1" in got[FORECAST]
    assert BUDGET_OPEN not in got


def test_declared_public_after_the_1_january_votes_no_forecast_budget():
    got = mixed("2019-06-01", "public")
    assert "health_establishment(public, 2018-03-01)" in got
    assert "eps_budget_rules_from(2019-01-01)" in got
    assert FORECAST not in got
    assert BUDGET_OPEN not in got and NATURE_OPEN not in got


def test_declared_public_before_the_1_january_votes_the_forecast_budget():
    got = mixed("2018-12-31", "public")
    assert "health_establishment(public, 2018-03-01)" in got
    assert FORECAST in got


@pytest.mark.parametrize("as_of", ["2018-12-31", "2019-06-01"])
def test_declared_private_votes_the_forecast_budget_on_both_sides(as_of):
    """A private establishment stays governed by the rules of the GCS (R6133-18 of 2017 I)."""
    got = mixed(as_of, "private")
    assert "health_establishment(private, 2018-03-01)" in got
    assert FORECAST in got
    assert BUDGET_OPEN not in got and NATURE_OPEN not in got


def test_nature_open_leaves_the_accounts_of_the_years_after_the_1_january_open():
    """R6133-5 of 2017 I al. 3: the compte financier of 2019 (a year beginning on the 1 January after the decision)
    is the one of the regime of public health establishments if the establishment is public: not drawn; that of 2018
    (a year before) is owed by 30 June 2019."""
    got = mixed("2020-07-15")
    assert NATURE_OPEN in got
    assert "accounts_approval_due(2018, 2019-06-30)" in got
    assert not any(k.startswith("accounts_approval_due(2019,") for k in got)
    assert "accounts_approval_late(2019)" not in got


def test_declared_private_owes_the_accounts_of_2019():
    """Anchor of the test above: private, the compte financier of 2019 is owed (a public CH is a member)."""
    got = mixed("2020-07-15", "private")
    assert "accounts_approval_due(2019, 2020-06-30)" in got
    assert "accounts_approval_due(2018, 2019-06-30)" in got


def test_declared_public_does_not_owe_the_groupements_accounts_of_2019():
    got = mixed("2020-07-15", "public")
    assert "eps_budget_rules_from(2019-01-01)" in got
    assert "accounts_approval_due(2018, 2019-06-30)" in got
    assert not any(k.startswith("accounts_approval_due(2019,") for k in got)


# Under the texts of 2010 and 2012: a mixed groupement erected on 2011-05-02 with no nature it could declare then.

MIXED_2011 = """groupement g "GCS Mixte 2011" {{
  as of {as_of}
  approved 2010-09-01
  seat "Lyon" region "Rhône-Alpes"
  capital none
  member h1 "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member c2 "Clinique B" {{ kind health_establishment sector private region "Rhône-Alpes" rights 50 }}
{extra}  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec2 on 2011-05-02 {{ grants chir  erects  tariff_scale abc }}
}}
"""

# the public CH leaves on 2011-12-31 and a second clinic joins: from 2012 the groupement is private law
H1_LEAVES = """  member c3 "Clinique C" { kind health_establishment sector private region "Rhône-Alpes" rights 10 joined 2012-01-01 }
  withdrawal h1 notified 2011-06-15 effective 2011-12-31
  avenant av1 on 2012-01-10 for withdrawal of h1 approved_on 2012-02-01 published_on 2012-02-10
"""


def test_2012_text_nature_open_leaves_the_accounts_of_2012_open():
    """R6133-5 of 2012 I al. 3, as of 2013-06-01 (the golden tariff_change_refused): the year 2012 begins on the
    1 January after the decision of 2011-05-02: its compte financier depends on the status."""
    got = reason(MIXED_2011.format(as_of="2014-06-01", extra=""))
    assert NATURE_OPEN in got and BUDGET_OPEN in got
    assert "accounts_approval_due(2011, 2013-03-30)" in got
    assert not any(k.startswith(("accounts_approval_due(2012,", "accounts_approval_due(2013,")) for k in got)


def test_2011_before_the_1_january_no_budget_question():
    got = reason(MIXED_2011.format(as_of="2011-12-01", extra=""))
    assert NATURE_OPEN in got
    assert BUDGET_OPEN not in got


def test_2012_text_private_since_but_of_unknown_nature_at_erection_votes_no_forecast_budget():
    """R6133-5 of 2012 I al. 1 « le budget prévisionnel du groupement de coopération sanitaire de droit privé »: the
    groupement is private law on 2013-06-01, but the nature on the erection day (public CH and clinic, nothing
    declared) is not known: it may be a public health establishment, under that regime since 2012-01-01."""
    got = reason(MIXED_2011.format(as_of="2013-06-01", extra=H1_LEAVES))
    assert "nature(private)" in got
    assert NATURE_OPEN in got and BUDGET_OPEN in got
    assert FORECAST not in got


def test_2012_text_private_from_the_start_votes_the_forecast_budget():
    """Anchor: two clinics only, private law on the erection day: a private health establishment, which votes the
    forecast budget of a private-law groupement."""
    text = MIXED_2011.format(as_of="2013-06-01", extra="").replace(
        'member h1 "CH A" { kind health_establishment sector public', 'member h1 "Clinique A" { kind health_establishment sector private')
    got = reason(text)
    assert "health_establishment(private, 2011-05-02)" in got
    assert FORECAST in got
    assert "R6133-5@2012-11-11.I.1" in got[FORECAST] or "R6133-5@2010-07-26.I.1" in got[FORECAST]
