"""Review 35 (convention): findings B1 and B2; each test failed before its change.

B1. R6133-1@2010-07-26.II.1 (repeated 2014 II al. 1, 2017 and 2019 III al. 1): « Lorsqu'il détient une
autorisation d'activité de soins, le groupement est constitué pour une durée au moins égale à la durée de
l'autorisation. »; R6133-1@2017-04-28.IV.2 (repeated 2019): « Lorsqu'il est titulaire d'une autorisation de
dépôt de sang, le groupement est constitué pour une durée au moins égale à la durée de l'autorisation. »
The duration to compare is the groupement's: once a prorogation was voted before the term the convention
set (R6133-21@2010-07-26.I.2.18 « La prorogation ou la dissolution du groupement »), that term is
replaced, valid, by one the file does not give, or may be, its validity undecided. duration_too_short was
drawn against the old term; now nothing is drawn and missing_fact(duration_too_short, groupement,
new_term | prorogation_validity) says why. An invalid prorogation leaves the term: too short.

B2. R6133-1@2010-07-26.I.1.2 « 2° L'objet du groupement et la répartition des activités entre le
groupement et ses membres » (L6133-4@2009-07-23 al. 1: the convention « définit son objet »): a
convention stating the split but not the object was said to state neither.
"""

import gcs_reasoner as gcs

# --- B1: the care-activity authorisation (2010 text, II al. 1) -------------------------------------

CARE = """groupement g "GCS Test" {{
  as of 2012-06-01
  approved 2011-02-01
  seat "Quimper" region "Bretagne"
  duration until {until}
  capital none
  member ch_a "CH A" {{ kind health_establishment sector public region "Bretagne" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 40 }}
  authorisation tep care_activity "Médecine nucléaire" held_by groupement granted 2011-04-01 until 2016-04-01
  convention {{
    vocation hold_authorisation
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules, authorisations_held, activity_data, establishment_obligations
    attached budget_forecast, financial_balance
  }}
{assembly}}}
"""

# /tmp/r35/scen/rv1/t2_too_short_ext.gcs: a prorogation validly voted on 2012-03-01, before the term
VALID_EXTENSION = """  assembly ag1 on 2012-03-01 {
    convened_on 2012-02-10 by administrator
    present ch_a, ch_b
    deliberation d1 on extension { for ch_a, ch_b }
  }
"""
# /tmp/r35/scen/rv1/t2b_open.gcs: the same without its convocation: its validity is not decided
OPEN_EXTENSION = """  assembly ag1 on 2012-03-01 {
    present ch_a, ch_b
    deliberation d1 on extension { for ch_a, ch_b }
  }
"""
# convened by a member, not by the administrator in office: irregular (R6133-20@2010-07-26 al. 2)
INVALID_EXTENSION = """  administrator ch_a elected 2011-03-01
  assembly ag1 on 2012-03-01 {
    convened_on 2012-02-10 by ch_b
    present ch_a, ch_b
    deliberation d1 on extension { for ch_a, ch_b }
  }
"""


def reason(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def warning_atoms(result) -> set[str]:
    return {w.atom.replace(" ", "") for w in result.warnings if w.atom}


def test_a_valid_prorogation_voted_before_the_term_leaves_the_comparison_undrawn():
    """Term 2013-12-31, authorisation until 2016-04-01: the term the convention set is shorter, but a
    valid prorogation replaced it with a new term the file does not give."""
    result = reason(CARE.format(until="2013-12-31", assembly=VALID_EXTENSION))
    assert result.holds("deliberation_valid(ag1, d1)")
    assert result.holds("erection_required(tep)")  # the groupement holds tep on the as-of date
    assert not result.holds("duration_too_short(tep)")
    atoms = warning_atoms(result)
    assert "missing_fact(duration_too_short,groupement,new_term)" in atoms
    assert "missing_fact(groupement_duration,groupement,new_term)" in atoms
    message = [w.text("fr") for w in result.warnings if w.atom.replace(" ", "") == "missing_fact(duration_too_short,groupement,new_term)"]
    assert message == ["le fichier n'indique pas le nouveau terme du groupement : aucune conclusion sur la durée du "
                       "groupement au regard des autorisations"]


def test_a_prorogation_whose_validity_is_undecided_leaves_the_comparison_undrawn():
    result = reason(CARE.format(until="2013-12-31", assembly=OPEN_EXTENSION))
    assert not result.holds("duration_too_short(tep)")
    atoms = warning_atoms(result)
    assert "missing_fact(duration_too_short,groupement,prorogation_validity)" in atoms
    assert "missing_fact(groupement_duration,groupement,prorogation_validity)" in atoms


def test_an_invalid_prorogation_leaves_the_term_which_is_too_short():
    result = reason(CARE.format(until="2013-12-31", assembly=INVALID_EXTENSION))
    assert result.holds("deliberation_invalid(ag1, d1, not_convened_by_administrator)")
    assert result.holds("duration_too_short(tep)")
    assert not any(a.startswith("missing_fact(duration_too_short,") for a in warning_atoms(result))


def test_without_a_prorogation_the_term_is_too_short():
    result = reason(CARE.format(until="2013-12-31", assembly=""))
    assert result.holds("duration_too_short(tep)")
    assert result.holds("groupement_duration(2013-12-31)")
    assert not any(a.startswith("missing_fact(duration_too_short,") for a in warning_atoms(result))


def test_a_term_that_already_outlasts_the_authorisation_needs_no_new_term():
    """Term 2016-12-31 after the authorisation's 2016-04-01: a prorogation only lengthens it; no
    comparison is left undrawn (the groupement's own duration is still unknown)."""
    result = reason(CARE.format(until="2016-12-31", assembly=VALID_EXTENSION))
    assert result.holds("deliberation_valid(ag1, d1)")
    assert not result.holds("duration_too_short(tep)")
    atoms = warning_atoms(result)
    assert "missing_fact(groupement_duration,groupement,new_term)" in atoms
    assert not any(a.startswith("missing_fact(duration_too_short,") for a in atoms)


# --- B1: the blood depot (2019 text, IV al. 2) ----------------------------------------------------

DEPOT = """groupement g "GCS Test" {{
  as of 2021-06-01
  approved 2018-02-01
  seat "Quimper" region "Bretagne"
  duration until 2022-12-31
  capital none
  member ch_a "CH A" {{ kind health_establishment sector public region "Bretagne" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 40 }}
  authorisation depot blood_depot "Dépôt de sang" held_by groupement granted 2018-06-01 until 2025-12-31
  convention {{
    signed_by ch_a, ch_b
    vocation blood_depot
    blood_depot_for ch_a, ch_b located_at ch_a
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available, staff_rules,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules,
             participation_percentages
    attached budget_forecast, financial_balance
  }}
{assembly}}}
"""
DEPOT_EXTENSION = """  assembly ag1 on 2021-03-01 {{
    {convened}
    present ch_a, ch_b
    deliberation d1 on extension {{ for ch_a, ch_b }}
  }}
"""


def test_blood_depot_a_valid_prorogation_leaves_the_comparison_undrawn():
    """/tmp/r35/scen/rv1/t6_depot_ext.gcs: term 2022-12-31, depot until 2025-12-31, prorogation voted on
    2021-03-01."""
    result = reason(DEPOT.format(assembly=DEPOT_EXTENSION.format(convened="convened_on 2021-02-10 by administrator")))
    assert result.holds("deliberation_valid(ag1, d1)")
    assert not result.holds("duration_too_short(depot)")
    assert "missing_fact(duration_too_short,groupement,new_term)" in warning_atoms(result)


def test_blood_depot_a_prorogation_whose_validity_is_undecided_leaves_the_comparison_undrawn():
    result = reason(DEPOT.format(assembly=DEPOT_EXTENSION.format(convened="")))
    assert not result.holds("duration_too_short(depot)")
    assert "missing_fact(duration_too_short,groupement,prorogation_validity)" in warning_atoms(result)


def test_blood_depot_without_a_prorogation_the_term_is_too_short():
    result = reason(DEPOT.format(assembly=""))
    assert result.holds("duration_too_short(depot)")
    assert not any(a.startswith("missing_fact(duration_too_short,") for a in warning_atoms(result))



def test_blood_depot_without_its_end_date_the_comparison_is_said_undrawn():
    """Beside B1: a depot authorisation with no `until` under a fixed term concluded nothing and said
    nothing; the care-activity rule warns missing_fact(duration_too_short, A, until)."""
    result = reason(DEPOT.format(assembly="").replace(" until 2025-12-31", ""))
    assert not result.holds("duration_too_short(depot)")
    assert "missing_fact(duration_too_short,depot,until)" in warning_atoms(result)
    assert result.holds("groupement_duration(2022-12-31)")
    with_end = reason(DEPOT.format(assembly=""))
    assert "missing_fact(duration_too_short,depot,until)" not in warning_atoms(with_end)
    assert with_end.holds("duration_too_short(depot)")

# --- B2: 2010 I 2°, which of the object and the split the convention states -----------------------

MENTIONS = """groupement g "GCS Test" {{
  as of 2012-06-01
  approved 2011-02-01
  seat "Quimper" region "Bretagne"
  capital none
  member ch_a "CH A" {{ kind health_establishment sector public region "Bretagne" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 40 }}
  convention {{
{stated}    mentions name_and_seat, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules, participation_percentages
    attached budget_forecast, financial_balance
  }}
}}
"""
NEITHER_FR = ("La convention constitutive n'indique pas l'objet du groupement et la répartition des activités "
              "entre le groupement et ses membres.")
OBJECT_ONLY_FR = ("La convention constitutive indique l'objet du groupement, mais pas la répartition des activités "
                  "entre le groupement et ses membres.")
SPLIT_ONLY_FR = ("La convention constitutive indique la répartition des activités entre le groupement et ses "
                 "membres, mais pas l'objet du groupement.")
SPLIT_ONLY_EN = ("The convention constitutive states how activities are divided between the groupement and its "
                 "members, but not the object of the groupement.")


def object_and_split(stated: str):
    result = reason(MENTIONS.format(stated=stated))
    found = [c for c in result.conclusions if c.text == "missing_mention(object_and_split)"]
    return result, (found[0] if found else None)


def test_the_split_stated_without_the_object_is_said_so():
    """/tmp/r35/scen/rv1/t4_split_noobject.gcs: `task_split`, no `object`; the object is missing (2° and
    L6133-4 al. 1), the split is not."""
    _, conclusion = object_and_split("    task_split\n")
    assert conclusion is not None
    assert conclusion.sentence("fr") == SPLIT_ONLY_FR
    assert conclusion.sentence("en") == SPLIT_ONLY_EN
    assert set(conclusion.provisions) >= {"R6133-1@2010-07-26.I.1.2", "L6133-4@2009-07-23.1"}


def test_the_object_stated_without_the_split_keeps_its_sentence():
    """/tmp/r35/scen/rv1/t4b_object_nosplit.gcs, the control."""
    _, conclusion = object_and_split('    object "Imagerie"\n')
    assert conclusion is not None
    assert conclusion.sentence("fr") == OBJECT_ONLY_FR
    assert "L6133-4@2009-07-23.1" not in conclusion.provisions


def test_neither_stated_is_said_neither():
    _, conclusion = object_and_split("")
    assert conclusion is not None
    assert conclusion.sentence("fr") == NEITHER_FR
    assert set(conclusion.provisions) >= {"R6133-1@2010-07-26.I.1.2", "L6133-4@2009-07-23.1"}


def test_both_stated_nothing_is_missing_under_2():
    result, conclusion = object_and_split('    object "Imagerie"\n    task_split\n')
    assert conclusion is None
    assert result.holds("groupement_duration(indefinite)")
