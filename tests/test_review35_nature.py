"""The legal nature and the members (review 35, reviewer C).

C1. L6133-3 of 2009 I al. 3 and 4 « soit si la majorité des apports au groupement ou, s'il est constitué sans
capital, des participations à ses charges de fonctionnement proviennent de personnes de droit public » (« de droit
privé »). An amount the file does not state is not 0: a member present on the date with no participation stated for
the year compared, or apports stated that fall short of the capital stated, leave the majority open unless it holds
whatever the missing amounts are; then nothing is drawn and missing_fact names the member (README: « missing_fact,
not undetermined »). The texts of 2011 and 2017 have no majority test (composition, then « Dans les autres cas, sa
nature juridique est fixée par les membres dans la convention constitutive »): nothing to mend there.
"""

import gcs_reasoner as gcs


def reason(text: str) -> dict:
    result = gcs.reason(gcs.loads(text, path="<test>"))
    found = {str(c): c for c in result.conclusions}
    found.update({w.atom: w for w in result.warnings})
    return found


def natures(found) -> set:
    return {k for k in found if k.startswith("nature(")}


# --- C1: apports short of the capital (the reviewer's t3_capital_partial.gcs) -----------------------------------

CAPITAL = """groupement g3 "GCS Imagerie" {{
  as of 2010-06-01
  approved 2010-01-15
  seat "Nîmes" region "Languedoc-Roussillon"
  capital {capital}
  member chu "CHU" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 90 }}
  member clin "Clinique" {{ kind health_establishment sector private region "Languedoc-Roussillon" rights 10 }}
{amounts}}}
"""


def capital_file(amounts, capital="100_000 EUR"):
    return reason(CAPITAL.format(capital=capital, amounts=amounts))


def test_t3_ten_thousand_of_a_hundred_thousand_is_no_private_majority():
    found = capital_file("  contribution clin cash 10_000\n")
    # 10,000 of a capital of 100,000: not « la majorité des apports »; the CHU's apport is not stated
    assert natures(found) == set()
    assert "accounting(private)" not in found and "auditor_required" not in found
    assert "missing_fact(nature, chu, contribution)" in found
    assert "missing_fact(nature, clin, contribution)" not in found
    # positive anchor: the members are still judged
    assert "member(chu)" in found and "member(clin)" in found


def test_a_majority_that_holds_whatever_the_missing_apports_is_drawn():
    # the CHU brings 60,000 of 100,000: more than half whoever brought the 30,000 not stated
    found = capital_file("  contribution clin cash 10_000\n  contribution chu cash 60_000\n")
    assert natures(found) == {"nature(public)"}
    assert not any(k.startswith("missing_fact(nature") for k in found)


def test_exactly_half_stated_is_no_majority_whatever_the_rest():
    # 50,000 public, 10,000 private, 40,000 not stated: 50,000 is not more than 10,000 + 40,000
    found = capital_file("  contribution clin cash 10_000\n  contribution chu cash 50_000\n")
    assert natures(found) == set()
    # every member has some apport stated: which one brought the rest is not known
    assert "missing_fact(nature, groupement, contribution)" in found
    assert "member(chu)" in found


def test_apports_that_add_up_to_the_capital_decide_as_stated():
    # the whole capital is accounted for: the clinic brings 90,000 of 100,000, the CHU 10,000
    found = capital_file("  contribution clin cash 90_000\n  contribution chu cash 10_000\n")
    assert natures(found) == {"nature(private)"}
    assert not any(k.startswith("missing_fact(nature") for k in found)


def test_a_member_with_no_apport_brought_none_when_the_capital_is_accounted_for():
    # the clinic alone brings the whole capital: the CHU brought nothing
    found = capital_file("  contribution clin cash 100_000\n")
    assert natures(found) == {"nature(private)"}
    assert not any(k.startswith("missing_fact(nature") for k in found)


def test_no_apport_at_all_keeps_the_groupement_warning():
    found = capital_file("")
    assert natures(found) == set()
    assert "missing_fact(nature, groupement, contribution)" in found
    assert "member(chu)" in found


# --- C1: a participation of the year compared not stated (the reviewer's t2_partyear.gcs) ---------------------

PARTICIPATIONS = """groupement g2 "GCS Logistique" {{
  as of {as_of}
  approved 2008-03-01
  seat "Nîmes" region "Languedoc-Roussillon"
  capital none
  member chu "CHU" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights 50 }}
  member clin "Clinique" {{ kind health_establishment sector private region "Languedoc-Roussillon" rights 50 }}
{amounts}}}
"""

T2 = """  participation chu financial 90_000 year 2009
  participation clin financial 10_000 year 2009
  participation clin financial 10_000 year 2010
"""


def participations(amounts, as_of="2010-06-01"):
    return reason(PARTICIPATIONS.format(as_of=as_of, amounts=amounts))


def test_t2_the_chus_2010_participation_is_not_zero():
    found = participations(T2)
    # the year compared is 2010 (the latest stated up to the as-of year); the CHU's is not stated
    assert natures(found) == set()
    assert "missing_fact(nature, chu, participation)" in found
    assert "missing_fact(nature, clin, participation)" not in found
    assert "member(chu)" in found


def test_t2_in_2009_both_participations_are_stated():
    # as of 2009-12-01 the year compared is 2009: CHU 90,000 of 100,000, a public majority
    found = participations(T2, as_of="2009-12-01")
    assert natures(found) == {"nature(public)"}
    assert not any(k.startswith("missing_fact(nature") for k in found)


THREE = """groupement g2 "GCS Logistique" {
  as of 2010-06-01
  approved 2008-03-01
  seat "Nîmes" region "Languedoc-Roussillon"
  capital none
  member chu "CHU" { kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }
  member ch "CH" { kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }
  member clin "Clinique" { kind health_establishment sector private region "Languedoc-Roussillon" rights 20 }
  participation chu financial 60_000 year 2010
  participation clin financial 10_000 year 2010
}
"""


def test_a_public_majority_holds_whatever_a_public_members_unstated_participation_is():
    # the CH's 2010 participation is not stated, but the CH is public: whatever it is, the public side brings
    # more than the clinic's 10,000 (60,000 already)
    found = reason(THREE)
    assert natures(found) == {"nature(public)"}
    assert not any(k.startswith("missing_fact(nature") for k in found)


def test_an_unstated_participation_on_the_other_side_stops_the_majority():
    # the clinic's 2010 participation is not stated: it could be above the CHU's 90,000
    found = participations("  participation chu financial 90_000 year 2010\n  participation clin financial 10_000 year 2009\n")
    assert natures(found) == set()
    assert "missing_fact(nature, clin, participation)" in found
    assert "missing_fact(nature, chu, participation)" not in found
    assert "member(clin)" in found


def test_a_participation_without_year_counts_every_year():
    found = participations("  participation chu financial 90_000\n  participation clin financial 10_000 year 2010\n")
    assert natures(found) == {"nature(public)"}
    assert not any(k.startswith("missing_fact(nature") for k in found)


# --- C2: declared_nature_ruled_out in the words of the text and ground that rule it out -------------------------

DECLARED_2010 = """groupement g5 "GCS Imagerie du Gard" {{
  as of 2010-09-01
  approved 2010-01-15
  seat "Nîmes" region "Languedoc-Roussillon"
  capital 100_000 EUR
  declared_nature {declared}
  member chu "CHU de Nîmes" {{ kind health_establishment sector public region "Languedoc-Roussillon" rights {pub} }}
  member clin "Clinique Kennedy" {{ kind health_establishment sector {second} region "Languedoc-Roussillon" rights {priv} }}
  contribution chu cash {pub}_000
  contribution clin cash {priv}_000
}}
"""


def ruled_out(text):
    result = gcs.reason(gcs.loads(text, path="<test>"))
    found = [c for c in result.conclusions if str(c).startswith("declared_nature_ruled_out(")]
    assert len(found) == 1, [str(c) for c in result.conclusions]
    return str(found[0]), found[0].sentence("fr"), found[0].sentence("en"), found[0].provisions


COMPOSITION_FR = "exclusivement constitué d'établissements ou d'organismes publics"  # the 2004 text's words


def test_t5_public_by_the_majority_of_apports_not_by_its_composition():
    atom, fr, en, provisions = ruled_out(DECLARED_2010.format(declared="private", pub=60, priv=40, second="private"))
    assert atom == "declared_nature_ruled_out(private, public)"
    assert provisions == ["L6133-3@2009-07-23.I.3"]
    # L6133-3 of 2009 I.1, second dash « la majorité des apports au groupement … proviennent de personnes de droit
    # public »: the clinic is a member, the groupement is not « exclusivement » public
    assert "la majorité des apports au groupement" in fr and "de personnes de droit public" in fr
    assert "exclusivement" not in fr and COMPOSITION_FR not in fr
    assert "majority of the contributions" in en and "exclusively" not in en


def test_t6_private_by_the_majority_of_apports_not_by_its_composition():
    atom, fr, en, provisions = ruled_out(DECLARED_2010.format(declared="public", pub=40, priv=60, second="private"))
    assert atom == "declared_nature_ruled_out(public, private)"
    assert provisions == ["L6133-3@2009-07-23.I.4"]
    assert "participations à son fonctionnement provient de personnes de droit privé" in fr
    assert "exclusivement" not in fr and "établissements ou de personnes privés" not in fr


def test_2009_public_by_its_composition_in_the_2009_words():
    # two public hospitals: « constitué exclusivement par des personnes de droit public » (I.1, first dash)
    atom, fr, _, provisions = ruled_out(DECLARED_2010.format(declared="private", pub=60, priv=40, second="public"))
    assert atom == "declared_nature_ruled_out(private, public)"
    assert provisions == ["L6133-3@2009-07-23.I.3"]
    assert "constitué exclusivement par des personnes de droit public, ou par des personnes de droit public et des " \
           "professionnels médicaux libéraux" in fr
    assert COMPOSITION_FR not in fr and "majorité" not in fr


NATURE_2011 = """groupement g "GCS" {{
  as of 2012-06-01
  approved 2011-10-01
  seat "Lille" region "Nord-Pas-de-Calais"
  declared_nature {declared}
  member a "A" {{ kind health_establishment sector {sector} region "Nord-Pas-de-Calais" rights 50 }}
  member b "B" {{ kind health_establishment sector {sector} region "Nord-Pas-de-Calais" rights 50 }}
}}
"""


def test_2011_public_in_the_2011_words():
    atom, fr, _, provisions = ruled_out(NATURE_2011.format(declared="private", sector="public"))
    assert atom == "declared_nature_ruled_out(private, public)"
    assert provisions == ["L6133-3@2011-08-12.I.3"]
    assert "constitué exclusivement par des personnes de droit public, ou par des personnes de droit public et des " \
           "professionnels médicaux libéraux" in fr
    assert COMPOSITION_FR not in fr


def test_2011_private_in_the_2011_words():
    atom, fr, _, provisions = ruled_out(NATURE_2011.format(declared="public", sector="private"))
    assert atom == "declared_nature_ruled_out(public, private)"
    assert provisions == ["L6133-3@2011-08-12.I.4"]
    assert "constitué exclusivement par des personnes de droit privé" in fr
    assert "établissements ou de personnes privés" not in fr


def test_2017_liberal_nurse_in_the_2017_words():
    # facts/nature17_liberal.gcs: two public hospitals and a liberal nurse, L6133-3 of 2017 I.1 « des personnes
    # physiques ou morales exerçant une profession de santé à titre libéral »
    result = gcs.reason(gcs.load("facts/nature17_liberal.gcs"))
    c = result.find("declared_nature_ruled_out(private, public)")
    fr = c.sentence("fr")
    assert "des personnes physiques ou morales exerçant une profession de santé à titre libéral" in fr
    assert "professionnels médicaux libéraux" not in fr
    assert c.provisions == ["L6133-3@2017-01-14.I.3"]


def test_2004_keeps_its_own_words():
    result = gcs.reason(gcs.load("facts/nature_declared_ruled_out.gcs"))
    fr = result.find("declared_nature_ruled_out(private, public)").sentence("fr")
    assert COMPOSITION_FR in fr


def test_the_predicates_own_sentence_is_true_under_every_text():
    # where no rule is known (why-not, a what-if), the first sentence in program order: no text's own ground
    import clingo

    from gcs_reasoner.program import load_program
    from gcs_reasoner.sentences import sentence

    program = load_program()
    for atom, words in (("declared_nature_ruled_out(private, public)", "de droit public"),
                        ("declared_nature_ruled_out(public, private)", "de droit privé")):
        fr = sentence(clingo.parse_term(atom), "fr", program)
        assert fr.endswith(f"alors que le texte en vigueur en fait une personne morale {words}.")


# --- C3: membership_invalid names the authority of the date (L6133-2 of 2009 al. 2) ----------------------------
# L6133-2 of 2009 al. 2 « D'autres professionnels de santé ou organismes peuvent participer à ce groupement sur
# autorisation du directeur général de l'agence régionale de santé »: the ARS exists from 2010-04-01; before, the
# authorisation is the ARH director's (approval_required(arh_director, member_authorisation(M))).

UNAUTHORISED = """groupement g7 "GCS Logistique du Nord" {{
  as of {as_of}
  approved 2009-10-01
  seat "Lille" region "Nord-Pas-de-Calais"
  member chu "CHU de Lille" {{ kind health_establishment sector public region "Nord-Pas-de-Calais" rights 80 }}
  member asso "{name}" {{ kind {kind} sector private region "Nord-Pas-de-Calais" rights 20 }}
  activity logistic
}}
"""

ARS_DG = "directeur général de l'agence régionale de santé"
ARH = "directeur de l'agence régionale de l'hospitalisation"


def invalid(as_of, reason_, kind="other_care_organisation", name="Association Hospitalière"):
    result = gcs.reason(gcs.loads(UNAUTHORISED.format(as_of=as_of, kind=kind, name=name), path="<test>"))
    found = {str(c) for c in result.conclusions}
    return found, result.find(f"membership_invalid(asso, {reason_})")


def test_t7_before_the_ars_the_arh_director():
    found, c = invalid("2010-01-15", "unauthorised")
    assert any(k.startswith("approval_required(arh_director, member_authorisation") for k in found), found
    fr, en = c.sentence("fr"), c.sentence("en")
    assert f"sans l'autorisation du {ARH}" in fr
    assert f"sans l'autorisation du {ARS_DG}" not in fr
    assert "director of the agence régionale de l'hospitalisation" in en
    assert c.provisions == ["L6133-2@2009-07-23.2"]


def test_from_2010_04_01_the_ars_director_general():
    found, c = invalid("2010-04-01", "unauthorised")
    assert any(k.startswith("approval_required(ars_director_general, member_authorisation") for k in found), found
    fr = c.sentence("fr")
    assert f"sans l'autorisation du {ARS_DG}" in fr and ARH not in fr


def test_network_person_outside_a_network_before_and_after_the_ars():
    found, c = invalid("2010-01-15", "network_only", kind="network_person", name="Réseau")
    fr = c.sentence("fr")
    assert f"faute d'autorisation du {ARH}" in fr
    found, c = invalid("2010-06-01", "network_only", kind="network_person", name="Réseau")
    fr = c.sentence("fr")
    assert f"faute d'autorisation du {ARS_DG}" in fr and ARH not in fr


def test_2017_the_ars_director_general():
    # L6133-2 of 2017 I al. 2 « peuvent être membres de ce groupement sur autorisation du directeur général de
    # l'agence régionale de santé »
    found, c = invalid("2018-01-15", "unauthorised")
    assert c is not None, found
    fr = c.sentence("fr")
    assert ARS_DG in fr and ARH not in fr


def test_the_predicates_own_sentence_names_both_authorities():
    import clingo

    from gcs_reasoner.program import load_program
    from gcs_reasoner.sentences import sentence

    fr = sentence(clingo.parse_term("membership_invalid(asso, unauthorised)"), "fr", load_program())
    assert ARH in fr and "à compter du 1er avril 2010" in fr and ARS_DG in fr


# --- C4: the authorisation is judged as a state on the as-of date (the reading kept, README) --------------------

POLE = """groupement g8 "GCS Santé du Vexin" {{
  as of {as_of}
  approved 2015-03-01
  seat "Pontoise" region "Île-de-France"
  member ch "CH René-Dubos" {{ kind health_establishment sector public region "Île-de-France" rights 60 }}
  member pole "Pôle de santé du Vexin" {{ kind health_pole sector private region "Île-de-France" rights 20 }}
  member msp "Maison de santé du Vexin" {{ kind health_house sector private joined 2015-09-01 region "Île-de-France" rights 20 }}
  activity administrative
}}
"""


def test_the_authorisation_follows_the_text_of_the_as_of_date():
    before = {str(c) for c in gcs.reason(gcs.loads(POLE.format(as_of="2017-01-13"), path="<test>")).conclusions}
    after = {str(c) for c in gcs.reason(gcs.loads(POLE.format(as_of="2017-01-14"), path="<test>")).conclusions}
    # L6133-2 of 2009 al. 1 names « des pôles de santé », not the maisons de santé (al. 2: on authorisation)
    assert "membership_invalid(msp, unauthorised)" in before
    assert "membership_invalid(pole, unauthorised)" not in before
    # L6133-2 of 2017 I al. 1 names « des centres de santé et des maisons de santé », no longer the pôles
    assert "membership_invalid(pole, unauthorised)" in after
    assert "membership_invalid(msp, unauthorised)" not in after
    assert {"member(ch)", "member(pole)", "member(msp)"} <= before & after
