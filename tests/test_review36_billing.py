"""Billing: review 36, reviewer 3's findings B1 to B4 (the scale of L6133-8 al. 3 and R6133-16 of 2010).

B1. The scale the convention carries (R6133-16 II of 2010, R6133-21 II of 2017: « L'échelle tarifaire ainsi fixée
    est portée dans la convention constitutive ») is the one fixed « En application du troisième alinéa de l'article
    L. 6133-8 », which applies « Lorsque le groupement est composé, d'une part, d'établissements de santé mentionnés
    aux a, b ou c ... et, d'autre part, d'établissements de santé mentionnés au d ». With no decision in the file it
    is drawn only when the option is open on the as-of date; otherwise no scale, nothing built on it
    (practitioner_pay), and a no_effect warning says why; a member health establishment of unstated category
    leaves the option open to doubt (missing_fact(tariff_option_open, M, funding)).
B2. An option the file dates after the as-of date is not received yet on that date: R6133-16 I of 2010 al. 1
    « dans un délai d'un mois à compter de sa réception » runs from a receipt that has not happened. It is left out
    of the facts, as a decision or an assembly dated later is, and an after_as_of warning says so: no
    tariff_decision_due, no tariff_option_assessed; on a later as-of date both are drawn.
B3. « sauf modifications de la composition du groupement » (R6133-16 II of 2010, R6133-21 II of 2017) is in force
    from 2010-07-26; L6133-8 of 2009 al. 3 states no such exception. A change of the members is an event, judged
    under the text of its date: one made before 2010-07-26 does not end a scale the director general decided
    before it; one made on or after that day does (no scale drawn, missing_fact(tariff, groupement,
    scale_after_composition_change)).
B4. A decision stating a scale before 2009-07-23 rests on no encoded text: L6133-8 al. 3 (« Le directeur général
    de l'agence régionale de santé décide de l'échelle tarifaire applicable ») exists from that day. No scale is
    drawn from it, as before, and a not_judged warning (text_not_in_force) now names it, when it is the latest
    decision on the scale by the as-of date.
"""

import gcs_reasoner as gcs


def _run(text: str, as_of: str | None = None, path: str = "<review36-billing>"):
    scenario = gcs.loads(text, path=path)
    if as_of is None:
        return gcs.reason(scenario)
    from datetime import date

    return gcs.reason(scenario, as_of=date.fromisoformat(as_of))


def _conclusions(res) -> set[str]:
    return {str(c).replace(", ", ",") for c in res.conclusions}


def _warnings(res) -> dict[str, object]:
    return {w.atom.replace(", ", ","): w for w in res.warnings if w.atom}


# --- B2. an option received after the as-of date ---------------------------------------------------------------

FUTURE_OPTION = """groupement g "GCS Test" {{
  as of {as_of}
  approved 2011-06-01
  seat "Niort" region "Poitou-Charentes"
  member ch "CH" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member cl "Clinique" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  {more}
  tariff_option d received 2013-03-01
}}
"""


def test_b2_option_received_after_as_of_gives_no_deadline_nor_assessment():
    res = _run(FUTURE_OPTION.format(as_of="2012-06-01", more=""))
    got = _conclusions(res)
    assert not any(c.startswith("tariff_decision_due(") for c in got)
    assert "tariff_option_assessed(d)" not in got
    # positive anchor: the composition still opens the option (a/b/c and d members on the as-of date)
    assert "tariff_option_open" in got
    later = [w for w in res.warnings if w.code == "after_as_of"]
    assert len(later) == 1, later
    fr, en = later[0].message_fr, later[0].message
    assert "l'option tarifaire du groupement" in fr and "mentionnés au d de l'article L. 162-22-6" in fr
    assert "datée du 1er mars 2013" in fr and "n'est pas encore intervenue le 2012-06-01 et n'est pas jugée" in fr
    assert "tariff option" in en and "1 March 2013" in en and "'d'" not in en and "'d'" not in fr


def test_b2_option_received_by_as_of_gives_the_month_and_the_assessment():
    res = _run(FUTURE_OPTION.format(as_of="2013-06-01", more=""))
    got = _conclusions(res)
    # « dans un délai d'un mois à compter de sa réception »: received 2013-03-01, due 2013-04-01
    assert "tariff_decision_due(2013-04-01)" in got
    assert "tariff_option_assessed(d)" in got
    assert not [w for w in res.warnings if w.code == "after_as_of"]


def test_b2_option_received_on_the_as_of_date_is_received():
    res = _run(FUTURE_OPTION.format(as_of="2013-03-01", more=""))
    got = _conclusions(res)
    assert "tariff_decision_due(2013-04-01)" in got and "tariff_option_assessed(d)" in got


def test_b2_proposal_stated_though_received_later_is_not_missing():
    # R6133-14 of 2010 al. 2 « Toute demande d'autorisation d'activités de soins s'accompagne de la proposition de
    # l'échelle tarifaire »: the file states the option (received after the as-of date): not « le dossier n'indique
    # pas l'échelle tarifaire proposée »
    more = """authorisation chir care_activity "Chirurgie" held_by groupement
  assembly ag1 on 2012-03-01 {
    present ch, cl
    deliberation d1 on authorisation_request of chir { for ch, cl }
  }"""
    res = _run(FUTURE_OPTION.format(as_of="2012-06-01", more=more))
    assert "tariff_proposal_required(chir)" in _conclusions(res)
    assert "missing_fact(tariff_proposal_required,chir,tariff_option)" not in _warnings(res)
    # with no option in the file at all, the warning stays
    res = _run(FUTURE_OPTION.format(as_of="2012-06-01", more=more).replace("  tariff_option d received 2013-03-01\n", ""))
    assert "tariff_proposal_required(chir)" in _conclusions(res)
    assert "missing_fact(tariff_proposal_required,chir,tariff_option)" in _warnings(res)


def test_b2_why_not_names_the_option_to_come(tmp_path):
    import os
    import subprocess
    import sys

    f = tmp_path / "t1.gcs"
    f.write_text(FUTURE_OPTION.format(as_of="2012-06-01", more=""))
    out = subprocess.run([sys.executable, "-c", "from gcs_reasoner.client import run; run()", "why-not", str(f), "tariff_option_assessed(d)"],
                         capture_output=True, text=True, env={**os.environ, "GCS_REASONER_SERVER": "0"})
    assert "l'option tarifaire du groupement pour l'échelle tarifaire des établissements de santé mentionnés au d" \
        in out.stdout, out.stdout + out.stderr
    assert "elle n'est pas encore intervenue" in out.stdout


# --- B4. a scale decision before 2009-07-23 ----------------------------------------------------------------------

DECISION_2008 = """groupement g "GCS Chirurgie" {{
  as of 2011-06-01
  approved 2007-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  capital 100_000 EUR
  member chu "CH d'Aix" {{ kind health_establishment sector public funding a rights 50 region "Provence-Alpes-Côte d'Azur" }}
  member cl "Clinique de l'Arc" {{ kind health_establishment sector private funding d rights 50 region "Provence-Alpes-Côte d'Azur" }}
  contribution chu cash 50_000
  contribution cl cash 50_000
  ars_decision dec1 on {on} by arh_director {{ tariff_scale abc }}
  {more}
}}
"""


def test_b4_decision_of_2008_draws_no_scale_and_is_warned():
    res = _run(DECISION_2008.format(on="2008-04-02", more=""))
    got = _conclusions(res)
    assert not any(c.startswith("tariff_scale(") for c in got)
    assert "tariff_option_open" in got  # positive anchor: a/b/c and d members
    warned = _warnings(res)
    atom = "not_judged(tariff_scale_decision,dec1,2008-04-02)"
    assert atom in warned
    w = warned[atom]
    assert w.code == "text_not_in_force"
    assert "dec1" in w.message_fr and "2 avril 2008" in w.message_fr and "23 juillet 2009" in w.message_fr
    assert "L. 6133-8" in w.message and "2 April 2008" in w.message and "not judged" in w.message


def test_b4_decision_from_2009_07_23_gives_the_scale_and_no_warning():
    res = _run(DECISION_2008.format(on="2009-07-23", more=""))
    assert "tariff_scale(abc)" in _conclusions(res)
    assert not any(a.startswith("not_judged(tariff_scale_decision") for a in _warnings(res))


def test_b4_decision_of_2008_replaced_by_a_later_one_is_not_warned():
    later = "ars_decision dec2 on 2010-09-01 { tariff_scale d }"
    res = _run(DECISION_2008.format(on="2008-04-02", more=later))
    assert "tariff_scale(d)" in _conclusions(res)
    assert not any(a.startswith("not_judged(tariff_scale_decision") for a in _warnings(res))


# --- B3. a change of composition before 2010-07-26 -----------------------------------------------------------------

CHANGE = """groupement g "GCS Chirurgie" {{
  as of {as_of}
  approved 2009-09-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  capital 100_000 EUR
  member chu "CH d'Aix" {{ kind health_establishment sector public funding a rights 50 region "Provence-Alpes-Côte d'Azur" }}
  member cl "Clinique de l'Arc" {{ kind health_establishment sector private funding d rights 40 region "Provence-Alpes-Côte d'Azur" }}
  member cl2 "Clinique B" {{ kind health_establishment sector private funding d rights 10 region "Provence-Alpes-Côte d'Azur" joined {joined} }}
  contribution chu cash 50_000
  contribution cl cash 40_000
  contribution cl2 cash 10_000
  ars_decision dec1 on 2009-12-01 by arh_director {{ tariff_scale abc }}
  assembly ag1 on {joined} {{
    convened_on 2010-02-10 by administrator
    present chu, cl
    deliberation d1 on admission of cl2 {{ for chu, cl }}
  }}
}}
"""
LAPSED = "missing_fact(tariff,groupement,scale_after_composition_change)"


def test_b3_admission_before_the_decree_does_not_end_the_scale():
    res = _run(CHANGE.format(as_of="2011-06-01", joined="2010-03-01"))
    assert "tariff_scale(abc)" in _conclusions(res)
    assert LAPSED not in _warnings(res)


def test_b3_admission_before_the_decree_as_of_before_it_too():
    res = _run(CHANGE.format(as_of="2010-07-25", joined="2010-03-01"))
    assert "tariff_scale(abc)" in _conclusions(res)
    assert LAPSED not in _warnings(res)


def test_b3_admission_the_day_before_the_decree_keeps_the_scale():
    res = _run(CHANGE.format(as_of="2011-06-01", joined="2010-07-25"))
    assert "tariff_scale(abc)" in _conclusions(res)
    assert LAPSED not in _warnings(res)


def test_b3_admission_from_the_decree_ends_the_scale():
    for joined in ("2010-07-26", "2010-09-01"):
        res = _run(CHANGE.format(as_of="2011-06-01", joined=joined))
        got = _conclusions(res)
        assert not any(c.startswith("tariff_scale(") for c in got), joined
        assert LAPSED in _warnings(res), joined
        assert "member(cl2)" in got  # positive anchor: the admission took effect


# --- B1. the convention's scale where no option could be exercised --------------------------------------------------

CONVENTION_SCALE = """groupement g "GCS Chirurgie" {{
  as of 2013-06-01
  approved 2011-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  member chu "CH d'Aix" {{ kind health_establishment sector public funding a rights 50 region "Provence-Alpes-Côte d'Azur" }}
  member ch2 "{name2}" {{ kind health_establishment {member2} rights 40 region "Provence-Alpes-Côte d'Azur" }}
  member dr "Dr Blanc" {{ kind liberal_medical_professional individual rights 10 region "Provence-Alpes-Côte d'Azur" }}
  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement
  ars_decision dec1 on 2011-05-02 {{ grants chir  erects }}
  convention {{ tariff_scale d }}
}}
"""
NOT_OPEN = "no_effect(convention_tariff_scale,d,option_not_open)"


def test_b1_two_public_members_the_convention_scale_is_not_retained():
    res = _run(CONVENTION_SCALE.format(name2="CH de Pertuis", member2="sector public funding a"))
    got = _conclusions(res)
    assert not any(c.startswith("tariff_scale(") for c in got)
    assert "practitioner_pay(dr,fees_direct)" not in got  # nothing built on it (L6133-8 al. 5)
    # positive anchors: erected, financed as a health establishment (al. 1), the option not open
    assert "gcs_kind(health_establishment)" in got and "financed_as_health_establishment" in got
    assert "tariff_option_open" not in got
    warned = _warnings(res)
    assert NOT_OPEN in warned
    fr = warned[NOT_OPEN].message_fr
    assert "que porte la convention constitutive, n'est pas retenue" in fr
    assert "peut opter" in fr and "Aucune conclusion n'est tirée sur l'échelle tarifaire applicable" in fr
    assert warned[NOT_OPEN].line is not None  # at the convention's statement


def test_b1_public_and_d_members_the_convention_scale_is_the_groupements():
    # the README reading stays: the option open, no decision in the file, the convention's scale
    res = _run(CONVENTION_SCALE.format(name2="Clinique de l'Arc", member2="sector private funding d"))
    got = _conclusions(res)
    assert "tariff_option_open" in got
    assert "tariff_scale(d)" in got
    assert "practitioner_pay(dr,fees_direct)" in got
    assert NOT_OPEN not in _warnings(res)


def test_b1_unstated_category_leaves_the_option_open_to_doubt():
    res = _run(CONVENTION_SCALE.format(name2="Clinique X", member2="sector private"))
    got = _conclusions(res)
    assert not any(c.startswith("tariff_scale(") for c in got)
    warned = _warnings(res)
    assert NOT_OPEN not in warned
    assert "missing_fact(tariff_option_open,ch2,funding)" in warned
    assert "gcs_kind(health_establishment)" in got  # positive anchor


def test_b1_groupement_of_means_of_two_public_members():
    text = """groupement g "GCS Imagerie" {
  as of 2013-06-01
  approved 2011-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  member chu "CH d'Aix" { kind health_establishment sector public funding a rights 50 region "Provence-Alpes-Côte d'Azur" }
  member ch2 "CH de Pertuis" { kind health_establishment sector public funding a rights 50 region "Provence-Alpes-Côte d'Azur" }
  convention { tariff_scale d }
}
"""
    res = _run(text)
    got = _conclusions(res)
    assert not any(c.startswith("tariff_scale(") for c in got)
    assert "member(chu)" in got and "member(ch2)" in got
    assert NOT_OPEN in _warnings(res)


def test_b1_a_scale_decided_by_the_director_general_is_not_affected():
    # the no_effect warning is the convention's only: a decision of the director general is read as before
    text = CONVENTION_SCALE.format(name2="CH de Pertuis", member2="sector public funding a").replace(
        "ars_decision dec1 on 2011-05-02 { grants chir  erects }",
        "ars_decision dec1 on 2011-05-02 { grants chir  erects  tariff_scale abc }")
    res = _run(text)
    assert "tariff_scale(abc)" in _conclusions(res)
    assert NOT_OPEN not in _warnings(res)
