"""Review 40, fixer G: the recruitment powers of an erected groupement, and a change of rights with a capital.

F1 (recruitment_power once erected). R6133-6@2010-07-26.4: « Pour l'application de ces dispositions, les compétences
dévolues aux directeurs des établissements publics de santé sont assurées par l'administrateur du groupement. »
(R6133-9@2006-01-01.4, to 2010-07-25: « les compétences dévolues aux conseils d'administration et aux directeurs des
établissements publics de santé sont assurées respectivement par l'assemblée générale et l'administrateur du
groupement »). L6133-7@2009-07-23.2 (repeated to 2019-08-08): « Lorsque le groupement de coopération sanitaire est un
établissement public de santé, les règles de fonctionnement et de gouvernance des établissements publics de santé
s'appliquent, sous les réserves suivantes : 1° Les fonctions de l'administrateur du groupement sont exercées en sus
des fonctions du directeur mentionnées à l'article L. 6143-7 »; R6133-13@2010-07-26.II.1 and
R6133-18@2017-04-28.II.1: « l'établissement public de santé issu du groupement se substitue à ce dernier dans
l'ensemble de ses droits et obligations … Un directeur est nommé dans les conditions prévues à l'article
L. 6143-7-2. » Reading: the decree's substitution is made for a groupement that has no director; once erected into a
public health establishment, the law applies the governance rules of those establishments (with the two reservations
only, neither of which hands the director's powers to the administrator or the board's to the assembly) and a
director is appointed: he holds the director's powers. No recruitment_power is drawn from the erection (nor while the
nature on the day of the erection is undetermined); staff_regime(S, r6152) / staff_rules(S, r6152) stay (the
establishment is still the groupement of public law, and R6152-401 ff. govern a public health establishment's
recruitment of those practitioners too). Before the erection, and for a groupement not erected, unchanged.

F2 (rights_change_invalid with a capital). R6133-2@2010-07-26: « Les droits des membres sont définis à proportion de
leurs apports au capital ou, à défaut de capital, de leurs participations aux charges de fonctionnement. » R6133-3
al. 3 (the percentage an assembly may change) concerns rights « déterminés en fonction de leurs participations aux
charges de fonctionnement » only. Reading: with a capital the assembly cannot set the rights out of proportion to the
apports; a change that gives a member a share of the rights (its new figure against the members' figures after the
sitting) other than its share of the apports to the capital is rights_change_invalid(M), citing R6133-2@2010-07-26.
A change matching the apports' proportion is not invalid; when some member's rights or apports are unknown, nothing
is drawn. As before, such a change moves nothing (the rights are the apports' proportion).
"""

import gcs_reasoner as gcs


def conclusions(res):
    return {str(c) for c in res.conclusions}


def cited(res, atom):
    [c] = [c for c in res.conclusions if str(c) == atom]
    return set(c.provisions)


def warnings(res):
    return {w.atom.replace(", ", ",") for w in res.warnings}


# --- F1 ------------------------------------------------------------------------------------------

def erected(as_of, erection=True, when="2019-01-10"):
    dec = f"""  ars_decision dec1 on {when} by ars_director_general {{
    grants med
    erects
  }}
""" if erection else ""
    text = f"""groupement hopital_commun "GCS Hôpital commun du Pays de Morlaix" {{
  as of {as_of}
  approved 2011-05-02
  seat "Morlaix" region "Bretagne"
  running_costs yes
  capital none
  member ch_morlaix "CH des Pays de Morlaix" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_landerneau "CH de Landerneau" {{ kind health_establishment sector public region "Bretagne" rights 30 }}
  staff doc recruited medical
  staff sec recruited non_medical
  authorisation med care_activity "Médecine" held_by groupement until 2026-01-09
{dec}
  convention {{ object "Hôpital commun" task_split vote_weight rights meeting_days 15 }}
}}
"""
    return gcs.reason(gcs.loads(text, path="<erected_staff>"), explain=True)


POWER = "recruitment_power(doc, director, administrator)"


def test_erected_public_no_administrator_power():
    res = erected("2021-06-30")
    c = conclusions(res)
    assert "health_establishment(public, 2019-01-10)" in c
    assert "staff_regime(doc, r6152)" in c
    assert "staff_regime(sec, decree_91_155)" in c
    assert POWER not in c
    assert not any(x.startswith("recruitment_power(") for x in c)


def test_erected_2010_text_no_administrator_power():
    # under R6133-13 of 2010 (as of 2015)
    res = erected("2015-06-30", when="2012-01-10")
    c = conclusions(res)
    assert "health_establishment(public, 2012-01-10)" in c
    assert "staff_regime(doc, r6152)" in c
    assert POWER not in c


def test_before_erection_power_stays():
    res = erected("2018-12-30")
    c = conclusions(res)
    assert "health_establishment(public, 2019-01-10)" not in c
    assert POWER in c
    assert "R6133-6@2010-07-26.4" in cited(res, POWER)


def test_not_erected_power_stays():
    res = erected("2021-06-30", erection=False)
    c = conclusions(res)
    assert not any(x.startswith("health_establishment(") for x in c)
    assert "staff_regime(doc, r6152)" in c
    assert POWER in c


def hpst(erection=True):
    dec = """  ars_decision dec1 on 2009-11-02 by arh_director {
    erects
  }
""" if erection else ""
    text = f"""groupement bio_centre "GCS Biologie du Centre" {{
  as of 2010-01-15
  approved 2009-03-02
  seat "Orléans" region "Centre"
  member chr_orleans "CHR d'Orléans" {{ kind health_establishment sector public region "Centre" rights 60 }}
  member ch_blois "CH de Blois" {{ kind health_establishment sector public region "Centre" rights 40 }}
  administrator chr_orleans elected 2009-04-01 until 2012-03-31
  staff doc recruited medical
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2009-09-01
{dec}}}
"""
    return gcs.reason(gcs.loads(text, path="<hpst_staff>"), explain=True)


def test_2006_text_erected_no_substitution():
    res = hpst()
    c = conclusions(res)
    assert "health_establishment(public, 2009-11-02)" in c
    assert "staff_rules(doc, r6152)" in c
    assert "recruitment_power(doc, board, general_assembly)" not in c
    assert "recruitment_power(doc, director, administrator)" not in c


def test_2006_text_not_erected_substitution_stays():
    res = hpst(erection=False)
    c = conclusions(res)
    assert "staff_rules(doc, r6152)" in c
    assert "recruitment_power(doc, board, general_assembly)" in c
    assert "recruitment_power(doc, director, administrator)" in c
    assert "R6133-9@2006-01-01.4" in cited(res, "recruitment_power(doc, director, administrator)")


# --- F2 ------------------------------------------------------------------------------------------

def capchange(changes, contributions="  contribution a cash 50_000\n  contribution b cash 50_000\n",
              capital="capital 100_000 EUR", rights_a=50, rights_b=50):
    text = f"""groupement g "GCS Test" {{
  as of 2013-06-01
  approved 2011-03-01
  seat "Lyon" region "Rhône-Alpes"
  running_costs yes
  {capital}
  member a "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights {rights_a} }}
  member b "CH B" {{ kind health_establishment sector public region "Rhône-Alpes"{"" if rights_b is None else f" rights {rights_b}"} }}
{contributions}
  convention {{ object "Test" task_split vote_weight rights meeting_days 15 }}
  assembly ag1 on 2012-09-01 {{
    convened_on 2012-08-10 by administrator
    accountant_present
    present a, b
    deliberation d1 on rights_setting {{ for a, b }}
  }}
{changes}
}}
"""
    return gcs.reason(gcs.loads(text, path="<capchange>"), explain=True)


SEVENTY_THIRTY = """  rights_change a 70 on 2012-09-01 by ag1.d1 ground activity_share
  rights_change b 30 on 2012-09-01 by ag1.d1 ground activity_share
"""


def test_capital_change_out_of_proportion_invalid():
    res = capchange(SEVENTY_THIRTY)
    c = conclusions(res)
    assert "rights_defined_by(capital_contributions)" in c
    assert "rights_change_invalid(a)" in c
    assert "rights_change_invalid(b)" in c
    assert cited(res, "rights_change_invalid(a)") == {"R6133-2@2010-07-26"}
    # the change moves nothing: the votes stay on the apports' proportion
    assert "vote_share(a, 50, 100)" in c
    assert "vote_share(b, 50, 100)" in c


def test_capital_one_member_changed():
    res = capchange("  rights_change a 70 on 2012-09-01 by ag1.d1 ground activity_share\n")
    c = conclusions(res)
    assert "rights_change_invalid(a)" in c
    assert "rights_change_invalid(b)" not in c
    assert "vote_share(b, 50, 100)" in c


def test_capital_change_matching_apports_not_invalid():
    # the figures change, the proportion (the apports' 50/50) does not
    res = capchange("""  rights_change a 500 on 2012-09-01 by ag1.d1 ground activity_share
  rights_change b 500 on 2012-09-01 by ag1.d1 ground activity_share
""")
    c = conclusions(res)
    assert "rights_defined_by(capital_contributions)" in c
    assert not any(x.startswith("rights_change_invalid(") for x in c)


def test_capital_change_towards_apports_not_invalid():
    # stated rights 70/30 out of proportion to apports 50/50; a change to 50/50 matches the apports
    res = capchange("""  rights_change a 50 on 2012-09-01 by ag1.d1 ground activity_share
  rights_change b 50 on 2012-09-01 by ag1.d1 ground activity_share
""", rights_a=70, rights_b=30)
    c = conclusions(res)
    assert "rights_disproportionate(a)" in c
    assert not any(x.startswith("rights_change_invalid(") for x in c)


def test_capital_unknown_apports_left_open():
    res = capchange(SEVENTY_THIRTY, contributions="  contribution a cash 50_000\n")
    c = conclusions(res)
    assert "rights_defined_by(capital_contributions)" in c
    assert not any(x.startswith("rights_change_invalid(") for x in c)


def test_capital_unknown_rights_left_open():
    # b's rights neither stated nor changed at the sitting
    text_changes = "  rights_change a 70 on 2012-09-01 by ag1.d1 ground activity_share\n"
    res = capchange(text_changes, rights_b=None)
    c = conclusions(res)
    assert "rights_defined_by(capital_contributions)" in c
    assert "rights_change_invalid(a)" not in c


def test_no_capital_change_not_invalid():
    res = capchange(SEVENTY_THIRTY, contributions="""  participation a financial 50_000 year 2012
  participation b financial 50_000 year 2012
""", capital="capital none")
    c = conclusions(res)
    assert "rights_defined_by(participations)" in c
    assert not any(x.startswith("rights_change_invalid(") for x in c)
    assert "vote_share(a, 70, 100)" in c
