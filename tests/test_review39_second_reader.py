"""Review 39, second reader, findings 2, 3 and 4 (fixer M): the erection's basis when the file states no authorisation
of the groupement; the reason given when the tariff scale fixed before a change of scale is unknown; the text cited for
the authority of an erection made before the as-of date.

Finding 2 (conclusion from silence). L6133-7 al. 1, the same words in the versions of 2009-07-23, 2010-02-26,
2017-01-14 and 2019-08-08 (L6133-7@...1): « Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de
soins, le groupement de coopération sanitaire est un établissement de santé avec les droits et obligations afférents.
Le groupement de coopération sanitaire de droit privé est érigé en établissement de santé privé et le groupement de
coopération sanitaire de droit public est érigé en établissement public de santé, par décision du directeur général de
l'agence régionale de santé. » A decision that `erects` was `ars_decision_irregular(Dec, no_care_authorisation)` in a
file stating no authorisation of the groupement at all (/tmp/rv7/s/e5.gcs): the sentence said « selon le dossier, il
n'était titulaire d'aucune autorisation », while such a file cannot be told apart from one whose analyst recorded the
erection alone. The contract (scenario-language.md, « Meaning that is easy to get wrong ») makes events and the lists
it names complete; it does not say a file lists every authorisation the groupement holds (`authorisation ... held_by
groupement` is a repeatable record, like a member's attribute a conclusion needs). The reading now: the list of the
groupement's authorisations is read as complete when the file states at least one (of any kind, whatever its dates);
stating none, the file does not say the groupement held none, and `missing_fact(erection_basis, Dec,
held_authorisations)` says that the basis of the erection is unknown (neither the irregularity nor its absence).
The same for the single act of R6133-12 II / R6133-17 II (II 3° « L'érection du groupement de coopération sanitaire
titulaire d'une autorisation d'activités de soins »): `single_act_missing(grant)`, which reads the act itself, stays.
A file that lists the groupement's authorisations, none held on the decision's day (granted the day after, or not of a
care activity), keeps the irregularity (/tmp/rv7/s/e4b.gcs keeps amp_biology_only).

Finding 3 (the warning's reason). R6133-16@2010-07-26.II / R6133-21@2017-04-28.II: « La modification de l'échelle
tarifaire applicable au groupement fait l'objet d'une délibération adoptée à l'unanimité des membres et approuvée par
le directeur général de l'agence régionale de santé ». The scale fixed before the deliberation can be unknown for
three reasons; the warning gave the first one's words (« aucune décision du directeur général fixant une échelle avant
elle, ni une échelle que portait alors la convention constitutive ») in all three. Now each has its own attribute and
words: `scale_before` (no decision before, no convention scale to read), `scale_before_disputed` (the latest decisions
before it are of one day and state different scales: /tmp/rv7/s/g1.gcs), `scale_before_untexted` (the latest decision
before it is dated before L6133-8@2009-07-23.3, « Le directeur général de l'agence régionale de santé décide de
l'échelle tarifaire applicable », and rests on no encoded text).

Finding 4 (the text cited). `approval_required(A, erection)` once the erection is made names the authority of the
erecting decision's date, under the L6133-7 version of that date (« par décision du directeur général de l'agence
régionale de santé »). In facts/es17_amp_and_care_2020 (erected 2018-03-01, as of 2020-01-01) it also cited
L6133-7@2019-08-08.1, which came from the state of the as-of date (an authorisation held then, AMP biology read as a
care activity under the 2019 text). That state is now a step of its own (`care_establishment_as_of`, citing the as-of
version); the conclusion cites the decision's version only.
"""

import gcs_reasoner as gcs

# e5.gcs of the second reader: two public hospitals, approved 2012, erected 2013, no authorisation stated
E5 = """groupement g "GCS Test" {{
  as of 2015-06-01
  approved 2012-03-01
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member a "CH A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
{auths}  ars_decision dec1 on 2013-01-10 by ars_director_general {{ {acts}erects }}
}}
"""

NO_CARE = "ars_decision_irregular(dec1, no_care_authorisation)"
BASIS = "missing_fact(erection_basis,dec1,held_authorisations)"


def run(text, path="<second_reader>"):
    return gcs.reason(gcs.loads(text, path=path), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def warnings(res, code=None):
    return {w.atom.replace(", ", ",") for w in res.warnings if code is None or w.code == code}


def warning(res, atom):
    [w] = [w for w in res.warnings if w.atom.replace(", ", ",") == atom]
    return w


def find(res, text):
    return next(c for c in res.conclusions if str(c) == text)


# --- finding 2: no authorisation of the groupement stated at all ---------------------------------------------------


def test_no_authorisation_stated_leaves_the_basis_open():
    res = run(E5.format(auths="", acts=""))
    got = conclusions(res)
    # anchor: the erection stands, with its effects
    assert "health_establishment(public, 2013-01-10)" in got
    assert "gcs_kind(health_establishment)" in got
    assert NO_CARE not in got
    assert not any(c.startswith("ars_decision_irregular(dec1") for c in got)
    assert BASIS in warnings(res, "missing_fact")
    w = warning(res, BASIS)
    assert w.message_fr.startswith("le dossier n'indique aucune autorisation dont le groupement serait titulaire")
    assert "le jour de la décision dec1 qui l'érige en établissement de santé" in w.message_fr
    assert "aucune conclusion sur la base légale de l'érection du groupement en établissement de santé" in w.message_fr
    assert "the file states no authorisation held by the groupement" in w.message
    assert "selon le dossier, il n'était titulaire d'aucune" not in w.message_fr


def test_the_warning_rule_rests_on_l6133_7():
    from gcs_reasoner.program import load_program

    [rule] = [r for r in load_program().rules if r.text.startswith("missing_fact(erection_basis,")]
    assert rule.provisions[0] == "L6133-7@2009-07-23.1"
    assert "Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins" in rule.quote


def test_only_a_member_authorisation_stated_leaves_the_basis_open():
    """The file lists a member's authorisation only (as facts/conv17_joint_erected_2018): none of the groupement's."""
    auths = '  authorisation irm heavy_equipment "IRM" held_by a granted 2011-01-10\n'
    res = run(E5.format(auths=auths, acts=""))
    got = conclusions(res)
    assert "health_establishment(public, 2013-01-10)" in got  # anchor
    assert NO_CARE not in got
    assert BASIS in warnings(res, "missing_fact")


def test_an_authorisation_of_the_groupement_stated_keeps_the_irregularity():
    """The file lists the groupement's authorisations: a heavy-equipment one only, not a care activity."""
    auths = '  authorisation irm heavy_equipment "IRM" held_by groupement granted 2012-06-01\n'
    res = run(E5.format(auths=auths, acts=""))
    got = conclusions(res)
    assert NO_CARE in got
    assert find(res, NO_CARE).provisions == ["L6133-7@2010-02-26.1"]
    assert "selon le dossier, il n'était titulaire d'aucune" in find(res, NO_CARE).sentence("fr")
    assert BASIS not in warnings(res)


def test_a_care_authorisation_granted_after_the_erection_keeps_the_irregularity():
    auths = '  authorisation chir care_activity "Chirurgie" held_by groupement granted 2013-01-11\n'
    res = run(E5.format(auths=auths, acts=""))
    got = conclusions(res)
    assert NO_CARE in got
    assert BASIS not in warnings(res)


def test_a_care_authorisation_granted_by_the_erecting_decision_is_a_basis():
    auths = '  authorisation chir care_activity "Chirurgie" held_by groupement\n'
    res = run(E5.format(auths=auths, acts="grants chir  "))
    got = conclusions(res)
    assert "health_establishment(public, 2013-01-10)" in got  # anchor
    assert "approval_required(ars_director_general, erection)" in got  # anchor: held on the as-of date
    assert NO_CARE not in got
    assert BASIS not in warnings(res)


E4B = """groupement sante_sud "GCS Santé Sud" {
  as of 2020-01-01
  approved 2017-07-03
  seat "Montpellier" region "Occitanie"
  member clin_a "Clinique du Parc" { kind health_establishment sector private region "Occitanie" rights 60 }
  member clin_b "Clinique Saint-Roch" { kind health_establishment sector private region "Occitanie" rights 40 }
  convention { notice_days 15 }
  authorisation amp amp_biology "AMP" held_by groupement granted 2017-09-01
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec0 on 2018-03-02 { grants chir }
  ars_decision dec1 on 2018-03-01 { erects tariff_scale d }
}
"""


def test_e4b_the_only_care_grant_the_day_after_keeps_amp_biology_only():
    res = run(E4B)
    got = conclusions(res)
    assert "ars_decision_irregular(dec1, amp_biology_only)" in got
    assert BASIS not in warnings(res)


SINGLE = """groupement g "GCS Acte unique" {{
  as of 2019-06-01
  approved 2018-01-25
  seat "Lyon" region "Rhône-Alpes"
  capital none
  member h1 "CH A" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  member h2 "CH B" {{ kind health_establishment sector public region "Rhône-Alpes" rights 50 }}
  convention {{
    vocation hold_authorisation
  }}
{auths}  ars_decision dec1 on 2018-01-15 published 2018-01-25 {{
    approves convention
    erects
    tariff_scale abc
  }}
}}
"""


def test_single_act_with_no_authorisation_stated():
    res = run(SINGLE.format(auths=""))
    got = conclusions(res)
    assert "single_act_missing(grant)" in got  # anchor: the act itself grants nothing
    assert "health_establishment(public, 2018-01-25)" in got
    assert NO_CARE not in got
    assert BASIS in warnings(res, "missing_fact")


def test_single_act_with_the_groupement_authorisations_listed():
    auths = '  authorisation chir care_activity "Chirurgie" held_by groupement granted 2018-09-01\n'
    res = run(SINGLE.format(auths=auths))
    got = conclusions(res)
    assert "single_act_missing(grant)" in got
    assert NO_CARE in got
    assert BASIS not in warnings(res)


# --- finding 3: the reason the scale before is unknown ----------------------------------------------------------


def scale_scenario(decisions):
    text = f"""groupement chir_provence "GCS Chirurgie de Provence" {{
  as of 2011-06-01
  approved 2009-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  capital 100_000 EUR
  activity joint_interventions
  convention {{ vote_weight rights }}
  member chu_aix "CHU d'Aix" {{ kind health_establishment sector public funding a region "Provence-Alpes-Côte d'Azur" rights 50 }}
  member clinique_arc "Clinique de l'Arc" {{ kind health_establishment sector private funding d region "Provence-Alpes-Côte d'Azur" rights 40 }}
  member dr_blanc "Dr Blanc" {{ kind liberal_medical_professional individual rights 10 }}
  contribution chu_aix cash 50_000
  contribution clinique_arc cash 40_000
  contribution dr_blanc cash 10_000
  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement
{decisions}  ars_decision dec2 on 2011-03-01 {{ tariff_scale d }}
  assembly ag2 on 2011-02-01 {{
    convened_on 2011-01-10 by administrator
    present chu_aix, clinique_arc, dr_blanc
    deliberation d1 on tariff_scale_change {{ for chu_aix, clinique_arc, dr_blanc }}
  }}
}}
"""
    return run(text, "<scale_before>")


NONE = "missing_fact(tariff_scale_change,ag2,scale_before)"
TWO = "missing_fact(tariff_scale_change,ag2,scale_before_disputed)"
OLD = "missing_fact(tariff_scale_change,ag2,scale_before_untexted)"
REQUIRED = "approval_required(ars_director_general, tariff_scale_change)"
NOT_APPROVED = "tariff_scale_change_invalid(not_approved)"


def test_g1_two_decisions_of_one_day_say_so():
    res = scale_scenario("  ars_decision dec1 on 2009-09-02 { grants chir  erects  tariff_scale abc }\n"
                         "  ars_decision dec1b on 2009-09-02 { tariff_scale d }\n")
    got = conclusions(res)
    assert REQUIRED in got and "tariff_scale(d)" in got  # anchor
    assert NOT_APPROVED not in got
    found = warnings(res, "missing_fact")
    assert TWO in found
    assert NONE not in found and OLD not in found
    w = warning(res, TWO)
    assert "sont du même jour et fixent des échelles différentes" in w.message_fr
    assert "aucune décision du directeur général fixant une échelle avant elle" not in w.message_fr
    assert "approuve la modification ou maintient l'échelle" in w.message_fr
    assert "are of the same day and state different scales" in w.message


def test_no_decision_before_keeps_its_words():
    res = scale_scenario("  ars_decision dec1 on 2011-02-15 { grants chir  erects }\n")
    got = conclusions(res)
    assert REQUIRED in got  # anchor
    found = warnings(res, "missing_fact")
    assert NONE in found
    assert TWO not in found and OLD not in found
    assert "aucune décision du directeur général fixant une échelle avant elle" in warning(res, NONE).message_fr


def test_a_decision_before_the_2009_text_says_so():
    res = scale_scenario("  ars_decision dec0 on 2009-05-01 { tariff_scale abc }\n"
                         "  ars_decision dec1 on 2009-09-02 { grants chir  erects }\n")
    got = conclusions(res)
    assert REQUIRED in got  # anchor
    assert NOT_APPROVED not in got
    found = warnings(res, "missing_fact")
    assert OLD in found
    assert NONE not in found and TWO not in found
    w = warning(res, OLD)
    assert "antérieure au 23 juillet 2009" in w.message_fr
    assert "aucune décision du directeur général fixant une échelle avant elle" not in w.message_fr


def test_one_scale_before_known_gives_no_warning():
    res = scale_scenario("  ars_decision dec1 on 2009-09-02 { grants chir  erects  tariff_scale abc }\n")
    got = conclusions(res)
    assert REQUIRED in got and "tariff_scale(d)" in got  # anchor: d, the other scale, approves
    assert NOT_APPROVED not in got
    found = warnings(res)
    assert NONE not in found and TWO not in found and OLD not in found


# --- finding 4: the text of the erecting decision's date -------------------------------------------------------


def test_es17_erection_cites_the_decision_version_only():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "facts" / "es17_amp_and_care_2020.gcs"
    res = gcs.reason(gcs.load(path), explain=True)
    c = find(res, "approval_required(ars_director_general, erection)")
    assert c.provisions == ["L6133-7@2017-01-14.1"]
    assert "autorité compétente à la date de la décision qui l'a prononcée" in c.sentence("fr")
    # the state of the as-of date is a step of its own, under the text of that date
    text = c.explain().text("fr")
    assert "À la date d'application du droit, le groupement, doté de la personnalité morale" in text
    assert "L6133-7, version du 8 août 2019, al. 1" in text


def test_erection_of_2009_still_cites_its_own_version():
    res = run("""groupement g "GCS Chirurgie" {
  as of 2019-09-01
  approved 2009-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  capital none
  member h1 "CH A" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }
  member h2 "CH B" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }
  authorisation amp amp_biology "AMP" held_by groupement
  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement
  ars_decision dec1 on 2009-09-02 { grants chir  grants amp  erects }
}
""")
    got = conclusions(res)
    assert "approval_required(arh_director, erection)" in got
    assert find(res, "approval_required(arh_director, erection)").provisions == ["L6133-7@2009-07-23.1"]
    assert "approval_required(ars_director_general, erection)" not in got


def test_not_erected_still_cites_the_as_of_version():
    res = run("""groupement g "GCS Chirurgie" {
  as of 2019-09-01
  approved 2009-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  capital none
  member h1 "CH A" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }
  member h2 "CH B" { kind health_establishment sector public region "Provence-Alpes-Côte d'Azur" rights 50 }
  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement
  ars_decision dec1 on 2009-09-02 { grants chir }
}
""")
    assert find(res, "approval_required(ars_director_general, erection)").provisions == ["L6133-7@2019-08-08.1"]
