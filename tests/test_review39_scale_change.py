"""Review 39, fixer G: the change of the tariff scale (R6133-16 II of 2010, R6133-21 II of 2017).

R6133-16@2010-07-26.II (R6133-21@2017-04-28.II, word for word): « L'échelle tarifaire ainsi fixée est portée dans la
convention constitutive du groupement et est valable pour toute la durée du groupement érigé en établissement de
santé, sauf modifications de la composition du groupement. La modification de l'échelle tarifaire applicable au
groupement fait l'objet d'une délibération adoptée à l'unanimité des membres et approuvée par le directeur général de
l'agence régionale de santé selon les modalités définies au présent article. » « ainsi fixée »: under I, « En
application du troisième alinéa de l'article L. 6133-8 », which gives the option only « Lorsque le groupement est
composé, d'une part, d'établissements de santé mentionnés aux a, b ou c … et, d'autre part, d'établissements de santé
mentionnés au d ».

F1 (approval). There are two scales (a/b/c and d): a change can only be to the other scale than the one fixed before
the deliberation. A later decision of the director general stating that other scale approves the change; one that
restates the scale fixed before keeps it, a refusal in substance: tariff_scale_change_invalid(not_approved). The
scale fixed before is the latest decision stating a scale before the deliberation's day (or, with none, the scale the
convention carried then, the option being open). When a decision follows the deliberation and the file does not tell
the scale fixed before it, neither approved nor not approved is drawn: missing_fact(tariff_scale_change, A,
scale_before). With no decision at all after the deliberation, the change is not approved whatever the scale before.

F2 (scope). A groupement whose members on the deliberation's day do not open the option and whose scale no decision
has fixed has no scale « ainsi fixée » to change: nothing of II is drawn (no approval_required, no
deliberation_invalid, no tariff_scale_change_invalid), and no_effect(tariff_scale_change(option_not_open),
deliberation(A, Dl, tariff_scale_change), X) says so; with a private member health establishment of unstated category
that day, missing_fact(tariff_option_open, M, funding) instead. A scale fixed before by the director general (R6133-12
I of 2010 has him record the scale of every groupement he erects) keeps II applicable whatever the composition.

Also checked (reviewer's note, not changed): the criteria 1° to 5° are drawn without a tariff option stated. I al. 4
has the director general decide « à défaut d'option exercée par le groupement … en se fondant sur les critères
mentionnés ci-dessus »: the criteria are weighed with or without an option.
"""

import gcs_reasoner as gcs

MEMBERS = """  member chu_aix "CH d'Aix" { kind health_establishment sector public funding a rights 50 }
  member clinique_arc "Clinique de l'Arc" { kind health_establishment sector private funding d rights 40 }
  member dr_blanc "Dr Blanc" { kind liberal_medical_professional individual rights 10 }
  contribution chu_aix cash 50_000
  contribution clinique_arc cash 40_000
  contribution dr_blanc cash 10_000
"""

NOT_APPROVED = "tariff_scale_change_invalid(not_approved)"
REQUIRED = "approval_required(ars_director_general, tariff_scale_change)"


def scenario(as_of, deliberation_day, decisions="", members=MEMBERS, convention="",
             votes="for chu_aix, clinique_arc, dr_blanc", present="chu_aix, clinique_arc, dr_blanc"):
    text = f"""groupement chir_provence "GCS Chirurgie de Provence" {{
  as of {as_of}
  approved 2009-01-10
  seat "Aix-en-Provence" region "Provence-Alpes-Côte d'Azur"
  capital 100_000 EUR
  activity joint_interventions
  convention {{ vote_weight rights {convention} }}
{members}
  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement
{decisions}
  assembly ag2 on {deliberation_day} {{
    present {present}
    deliberation d1 on tariff_scale_change {{ {votes} }}
  }}
}}
"""
    return gcs.reason(gcs.loads(text, path="<scale_change>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def cited(res, atom):
    [c] = [c for c in res.conclusions if str(c) == atom]
    return set(c.provisions)


def warnings(res, code=None):
    return {w.atom.replace(", ", ",") for w in res.warnings if code is None or w.code == code}


SCALE_BEFORE = "missing_fact(tariff_scale_change,ag2,scale_before)"

# 2010: decision dec1 (2009-09-02) grants and erects, scale a/b/c; the change voted unanimously on 2010-07-26
DEC1_2009 = "  ars_decision dec1 on 2009-09-02 { grants chir  erects  tariff_scale abc }\n"


# --- F1, 2010 (R6133-16@2010-07-26.II) ------------------------------------------------------------------------


def test_2010_decision_restating_the_scale_is_no_approval():
    """/tmp/rv2/t2.gcs: the decision of 2010-08-02 states a/b/c again, the scale fixed before: not approved."""
    res = scenario("2010-09-01", "2010-07-26", DEC1_2009 + "  ars_decision dec2 on 2010-08-02 { tariff_scale abc }\n")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(abc)" in c
    assert NOT_APPROVED in c
    assert cited(res, NOT_APPROVED) == {"R6133-16@2010-07-26.II"}
    assert "tariff_scale_change_invalid(not_unanimous)" not in c  # all three voted for
    assert SCALE_BEFORE not in warnings(res)


def test_2010_decision_stating_the_other_scale_approves():
    res = scenario("2010-09-01", "2010-07-26", DEC1_2009 + "  ars_decision dec2 on 2010-08-02 { tariff_scale d }\n")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(d)" in c  # anchor: the change is judged, the new scale applies
    assert NOT_APPROVED not in c
    assert SCALE_BEFORE not in warnings(res)


def test_2010_restated_then_changed_approves():
    """A decision keeping a/b/c, then one stating d, both after the deliberation: the second approves."""
    res = scenario("2010-12-01", "2010-07-26", DEC1_2009 + "  ars_decision dec2 on 2010-08-02 { tariff_scale abc }\n"
                   "  ars_decision dec3 on 2010-10-02 { tariff_scale d }\n")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(d)" in c
    assert NOT_APPROVED not in c


def test_2010_scale_before_unknown_leaves_approval_open():
    """No decision before the deliberation and no scale in the convention: the decision after it may be the
    approval or keep the scale; neither is drawn, a missing_fact says so."""
    res = scenario("2010-12-01", "2010-07-26", "  ars_decision dec2 on 2010-08-02 { grants chir  erects  tariff_scale d }\n")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(d)" in c  # anchor
    assert NOT_APPROVED not in c
    assert SCALE_BEFORE in warnings(res, "missing_fact")
    [w] = [w for w in res.warnings if w.atom.replace(", ", ",") == SCALE_BEFORE]
    assert "ag2" in w.message and "approves the change or keeps the scale is unknown" in w.message
    assert "approuve la modification ou maintient l'échelle" in w.message_fr


def test_2010_scale_before_unknown_and_no_decision_after_not_approved():
    """No decision at all after the deliberation: not approved, whatever the scale before."""
    res = scenario("2010-12-01", "2010-07-26")
    c = conclusions(res)
    assert REQUIRED in c and NOT_APPROVED in c
    assert SCALE_BEFORE not in warnings(res)


def test_2010_scale_before_from_the_convention():
    """No decision before the deliberation; the convention (approved 2009-01-10, no avenant) carries a/b/c, the
    option is open: a later decision stating d approves, one stating a/b/c does not."""
    res = scenario("2010-12-01", "2010-07-26", "  ars_decision dec2 on 2010-08-02 { tariff_scale d }\n",
                   convention="tariff_scale abc")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(d)" in c
    assert NOT_APPROVED not in c and SCALE_BEFORE not in warnings(res)
    res = scenario("2010-12-01", "2010-07-26", "  ars_decision dec2 on 2010-08-02 { tariff_scale abc }\n",
                   convention="tariff_scale abc")
    c = conclusions(res)
    assert REQUIRED in c and NOT_APPROVED in c and SCALE_BEFORE not in warnings(res)


# --- F1, 2019 (R6133-21@2017-04-28.II) ------------------------------------------------------------------------

DEC1_2018 = DEC1_2009 + "  ars_decision dec1b on 2018-01-10 { tariff_scale d }\n"


def test_2019_decision_restating_the_scale_is_no_approval():
    """Scale d since 2018-01-10; the change voted on 2019-03-14 (to a/b/c); the decision of 2019-04-02 restates d."""
    res = scenario("2019-06-01", "2019-03-14", DEC1_2018 + "  ars_decision dec2 on 2019-04-02 { tariff_scale d }\n")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(d)" in c
    assert NOT_APPROVED in c
    assert cited(res, NOT_APPROVED) == {"R6133-21@2017-04-28.II"}


def test_2019_decision_stating_the_other_scale_approves():
    res = scenario("2019-06-01", "2019-03-14", DEC1_2018 + "  ars_decision dec2 on 2019-04-02 { tariff_scale abc }\n")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(abc)" in c
    assert NOT_APPROVED not in c


def test_2019_scale_before_unknown():
    res = scenario("2019-06-01", "2019-03-14",
                   "  ars_decision dec2 on 2019-04-02 { grants chir  erects  tariff_scale abc }\n")
    c = conclusions(res)
    assert REQUIRED in c and "tariff_scale(abc)" in c
    assert cited(res, REQUIRED) == {"R6133-21@2017-04-28.II"}
    assert NOT_APPROVED not in c
    assert SCALE_BEFORE in warnings(res, "missing_fact")


def test_unanimity_still_judged_when_approval_is_open():
    """The reasons are separate: one member against, the scale before unknown: not unanimous, approval open."""
    res = scenario("2019-06-01", "2019-03-14",
                   "  ars_decision dec2 on 2019-04-02 { grants chir  erects  tariff_scale abc }\n",
                   votes="for chu_aix, dr_blanc  against clinique_arc")
    c = conclusions(res)
    assert "tariff_scale_change_invalid(not_unanimous)" in c and "deliberation_invalid(ag2, d1, not_unanimous)" in c
    assert NOT_APPROVED not in c and SCALE_BEFORE in warnings(res)


# --- F2: the option not open, no scale fixed ----------------------------------------------------------------

PUBLIC = """groupement g "GCS Public" {{
  as of {as_of}
  approved 2011-01-10
  seat "Aix" region "Provence-Alpes-Côte d'Azur"
  capital none
  running_costs no
  member ch1 "CH 1" {{ kind health_establishment sector public funding a rights 50 }}
  member ch2 "CH 2" {{ kind health_establishment {second} rights 50 }}
{decisions}
  assembly ag2 on {day} {{
    present ch1
    deliberation d1 on tariff_scale_change {{ for ch1 }}
  }}
}}
"""

CHANGE_CONCLUSIONS = {REQUIRED, NOT_APPROVED, "tariff_scale_change_invalid(not_unanimous)",
                      "deliberation_invalid(ag2, d1, not_unanimous)"}


def scale_no_effect(res):
    """The no_effect warnings on a change of the scale (the atom renders its first argument
    tariff_scale_change(option_not_open) as tariff_scale_change:option_not_open)."""
    return [w for w in res.warnings if w.code == "no_effect" and "tariff_scale_change" in w.atom
            and "option_not_open" in w.atom]


def public(as_of, day, second="sector public funding a", decisions=""):
    text = PUBLIC.format(as_of=as_of, day=day, second=second, decisions=decisions)
    return gcs.reason(gcs.loads(text, path="<public>"), explain=True)


def test_2013_public_means_groupement_no_change_of_scale():
    """/tmp/rv2/t7.gcs: two public a hospitals, no scale fixed: II does not govern the deliberation."""
    res = public("2013-06-01", "2013-03-14")
    c = conclusions(res)
    assert "gcs_kind(means)" in c  # anchor
    assert not CHANGE_CONCLUSIONS & c
    [w] = scale_no_effect(res)
    assert w.atom.replace(", ", ",").endswith("option_not_open,deliberation(ag2,d1,tariff_scale_change),2013-03-14)")
    assert "II of article R. 6133-16" in w.message and "No conclusion is drawn" in w.message
    assert "ne la régit pas" in w.message_fr and "@" not in w.message_fr


def test_2019_public_means_groupement_no_change_of_scale():
    res = public("2019-06-01", "2019-03-14")
    c = conclusions(res)
    assert "gcs_kind(means)" in c
    assert not CHANGE_CONCLUSIONS & c
    assert len(scale_no_effect(res)) == 1


def test_option_open_the_change_is_judged():
    """Positive anchor of the gate: the second member is a clinic of d, the option is open that day: II governs
    (not unanimous: ch2 absent; not approved: no decision)."""
    res = public("2013-06-01", "2013-03-14", second="sector private funding d")
    c = conclusions(res)
    assert CHANGE_CONCLUSIONS <= c
    assert cited(res, "deliberation_invalid(ag2, d1, not_unanimous)") == {"R6133-16@2010-07-26.II"}
    assert not scale_no_effect(res)


def test_scale_fixed_before_keeps_ii_whatever_the_composition():
    """Public members only, but the director general fixed a scale (erection, 2012): that scale is changed under II."""
    res = public("2013-06-01", "2013-03-14", decisions=(
        "  authorisation chir care_activity \"Chirurgie\" held_by groupement\n"
        "  ars_decision dec1 on 2012-05-02 { grants chir  erects  tariff_scale abc }\n"))
    c = conclusions(res)
    assert CHANGE_CONCLUSIONS <= c
    assert not scale_no_effect(res)


def test_category_unstated_leaves_it_open():
    """The second member is a private health establishment of no stated category: the option may be open; neither
    the conclusions of II nor the no_effect, a missing_fact instead."""
    res = public("2013-06-01", "2013-03-14", second="sector private")
    c = conclusions(res)
    assert "gcs_kind(means)" in c
    assert not CHANGE_CONCLUSIONS & c
    assert "missing_fact(tariff_option_open,ch2,funding)" in warnings(res, "missing_fact")
    assert not scale_no_effect(res)
