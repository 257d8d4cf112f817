"""Review 34, billing and joint operation (findings B1 to B4), each checked against the French text.

B1. R6133-16 I of 2010 (décret 2010-862, in force 2010-07-26) al. 1 « décide de l'échelle tarifaire applicable,
après avoir pris connaissance de l'option exprimée par le groupement, dans un délai d'un mois à compter de sa
réception », al. 3 « fait part au groupement dans le délai mentionné au premier alinéa des motifs fondant son
désaccord. Le groupement dispose alors du même délai pour étayer ou modifier son choix. » The whole procedure
runs from the receipt of the option: it is judged under the text in force on that receipt, as the director
general's month (tariff_decision_due) already was. An option received before 2010-07-26 is under no encoded
text of procedure (L6133-8 al. 3 of 2010-02-26 « selon des modalités définies par voie réglementaire »): no
disagreement, no lateness, no time to reply, and a text_not_in_force warning.

B4 (reading chosen by the brief). R6133-16 I of 2010 al. 3-4 « Le groupement dispose alors du même délai pour étayer
ou modifier son choix. A défaut d'accord entre le groupement et le directeur général ..., le directeur général ...
décide ». A later decision dated while the groupement's month still runs (up to and including its last day,
tariff_reply_due: « dans un délai d'un mois », the last day is within it), with no reply of the groupement in the
file by then (`reply to DEC on DATE`), is not the decision « à défaut d'accord »: no tariff_decided_on_criteria,
and a missing_fact(tariff_decided_on_criteria, Dec, reply_time_running) warning.

B3 (reading chosen by the brief). L6133-8 of 2017 al. 1 « Lorsqu'un groupement de coopération sanitaire est un
établissement de santé, il est financé sur le fondement des règles applicables aux établissements de santé »;
R6133-14 of 2017 al. 1 « Lorsque le groupement de coopération sanitaire n'est pas autorisé à facturer des soins
remboursables aux assurés sociaux, la rémunération des personnes ... exerçant une profession médicale à titre libéral
est assurée conformément aux dispositions de l'article L. 6133-6 ». A groupement that is a health establishment on
the as-of date bills its own care: it is not « non autorisé à facturer », even when it also operates a member's
authorisation without a billing authorisation. Its liberal doctors keep the pay of L6133-8 al. 4 (scale a, b, c:
« versée par le groupement »), and no liberal_pay_article(M, l6133_6).

B2. R6133-13 of 2017 I al. 1 « Le groupement de coopération sanitaire exploitant en commun les autorisations détenues
par un ou plusieurs de ses membres ... peut être autorisé ... à facturer des soins remboursables »: the file states
the joint operation in either form, `operates A site "S"` or `activity operates_authorisation_of M` (spec
scenario-language.md), and the billing authorisation is then not billing_authorisation_invalid(no_joint_operation).
R6133-14 of 2017 al. 2 « Lorsque le groupement est autorisé à facturer ces soins ... conformément aux dispositions de
l'article L. 6133-8 »: « ces soins » are those of the care activities operated jointly (R6133-13 I); the second form
does not say whether the member's authorisation is of a care activity, so with the billing authorised and no named
care activity operated, the liberal pay is not drawn under L6133-6 and R6133-10 (nor L6133-8), and
missing_fact(liberal_pay, H, operated_kind) says why. Not authorised to bill (R6133-14 al. 1), the form is enough:
L6133-6 governs whatever the kind.
"""

from __future__ import annotations

import gcs_reasoner as gcs

from .edited import reason_edited


def run(text: str):
    return gcs.reason(gcs.loads(text, path="<test>"))


def found(result) -> set[str]:
    return {str(c) for c in result.conclusions}


# --- B1: the procedure of R6133-16 I judged on the receipt of the option ---------------------------------------

OPTION = """groupement chir_loire "GCS Chirurgie de Loire" {{
  as of 2010-12-01
  approved 2009-09-01
  seat "Nantes" region "Pays de la Loire"
  capital 100_000 EUR
  member chu_nantes "CHU de Nantes" {{ kind health_establishment sector public funding a region "Pays de la Loire" rights 70 }}
  member clinique_erdre "Clinique de l'Erdre" {{ kind health_establishment sector private funding d region "Pays de la Loire" rights 30 }}
  contribution chu_nantes cash 70_000
  contribution clinique_erdre cash 30_000
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2010-06-01
  tariff_option abc received {received}
  ars_decision dec1 on {decided} {{ tariff_scale d }}
}}
"""

PROCEDURE = ("tariff_decision_due", "tariff_option_assessed", "tariff_disagreement", "tariff_disagreement_late",
             "tariff_reply_due", "tariff_decided_on_criteria")


def test_b1_an_option_received_on_the_first_day_of_the_decree_opens_the_procedure():
    # received 2010-07-26: one month to 2010-08-26; dec1 of 2010-08-30 states d against abc: the disagreement,
    # given after the month; the groupement has « le même délai », one month from dec1: 2010-09-30
    result = run(OPTION.format(received="2010-07-26", decided="2010-08-30"))
    got = found(result)
    assert "tariff_decision_due(2010-08-26)" in got
    assert "tariff_option_assessed(abc)" in got
    assert "tariff_disagreement(dec1)" in got
    assert "tariff_disagreement_late(dec1)" in got
    assert "tariff_reply_due(dec1, 2010-09-30)" in got
    assert [c.provisions for c in result.by_predicate("tariff_disagreement")] == [["R6133-16@2010-07-26.I.3"]]
    assert not [w for w in result.warnings if w.code == "text_not_in_force"]


def test_b1_a_disagreement_within_the_month_is_not_late():
    got = found(run(OPTION.format(received="2010-07-26", decided="2010-08-26")))  # the last day of the month
    assert "tariff_disagreement(dec1)" in got
    assert "tariff_disagreement_late(dec1)" not in got
    assert "tariff_reply_due(dec1, 2010-09-26)" in got


def test_b1_an_option_received_the_day_before_the_decree_has_no_procedure():
    # the reviewer's scenarios: received 2010-07-01 and 2010-05-03, decided 2010-08-20 (after the decree)
    for received in ("2010-07-25", "2010-07-01", "2010-05-03"):
        result = run(OPTION.format(received=received, decided="2010-08-20"))
        got = found(result)
        assert not [c for c in got if c.split("(")[0] in PROCEDURE], (received, got)
        # positive anchors: the option is open and the decision fixes the scale (L6133-8 al. 3 « Le directeur
        # général de l'agence régionale de santé décide de l'échelle tarifaire applicable »), the criteria weighed
        assert "tariff_option_open" in got and "tariff_scale(d)" in got
        assert "tariff_criterion(3, abc)" in got
        ws = [w for w in result.warnings if w.code == "text_not_in_force"]
        assert len(ws) == 1, (received, result.warnings)
        assert "tariff option" in ws[0].message and "is not judged" in ws[0].message
        assert "option tarifaire du groupement" in ws[0].message_fr
        assert "R6133" not in ws[0].message and "R6133" not in ws[0].message_fr  # no raw ids in the prose


def test_b1_an_option_not_open_before_the_decree_gets_no_warning():
    # one member of d only: the option of L6133-8 al. 3 is not open, nothing to judge, nothing said
    text = OPTION.format(received="2010-05-03", decided="2010-08-20").replace("sector public funding a", "sector private funding d")
    result = run(text)
    assert "tariff_option_open" not in found(result)
    assert "tariff_scale(d)" in found(result)  # the anchor: the decision still fixes the scale
    assert not [w for w in result.warnings if w.code == "text_not_in_force"]


# --- B4: the decision « à défaut d'accord » after the groupement's month to reply ------------------------------

def premature(dec2: str, *more: tuple[str, str]):
    """facts/tariff_disagreement_2013 (option abc received 2013-01-10) with dec1 (scale d) on 2013-02-01, not
    notified: the groupement's month runs to 2013-03-01; dec2 (scale d again) on `dec2`."""
    return reason_edited("tariff_disagreement_2013.gcs",
                         ("ars_decision dec1 on 2013-02-20 notified 2013-02-22", "ars_decision dec1 on 2013-02-01"),
                         ("ars_decision dec2 on 2013-04-15", f"ars_decision dec2 on {dec2}"), *more)


def running(result) -> list:
    return [w for w in result.warnings if w.code == "missing_fact" and "dec2" in w.message]


def test_b4_a_decision_within_the_groupements_month_is_not_failing_agreement():
    for dec2 in ("2013-02-15", "2013-03-01"):  # the reviewer's date, and the last day of the month
        result = premature(dec2)
        got = found(result)
        assert "tariff_decided_on_criteria(dec2)" not in got, dec2
        # anchors: dec1 is the disagreement, within the director general's month (2013-02-10), and the groupement
        # has one month from it (2013-03-01); the scale decided is d
        assert "tariff_disagreement(dec1)" in got and "tariff_disagreement_late(dec1)" not in got
        assert "tariff_reply_due(dec1, 2013-03-01)" in got
        assert "tariff_scale(d)" in got
        ws = running(result)
        assert len(ws) == 1, (dec2, result.warnings)
        assert "still running" in ws[0].message and "failing agreement" in ws[0].message
        assert "à défaut d'accord" in ws[0].message_fr


def test_b4_a_decision_the_day_after_the_month_is_failing_agreement():
    result = premature("2013-03-02")
    assert [c.provisions for c in result.by_predicate("tariff_decided_on_criteria")] == [["R6133-16@2010-07-26.I.4"]]
    assert str(result.by_predicate("tariff_decided_on_criteria")[0]) == "tariff_decided_on_criteria(dec2)"
    assert running(result) == []


def test_b4_the_groupements_reply_ends_the_exchange():
    # the groupement supported its choice on 2013-02-10: dec2 of 2013-02-15 is taken failing agreement
    replied = premature("2013-02-15", ("  tariff_option abc", "  reply to dec1 on 2013-02-10\n  tariff_option abc"))
    assert "tariff_decided_on_criteria(dec2)" in found(replied)
    assert running(replied) == []
    # a reply dated after dec2 does not: dec2 was still within the month, with no reply yet
    late = premature("2013-02-15", ("  tariff_option abc", "  reply to dec1 on 2013-02-20\n  tariff_option abc"))
    assert "tariff_decided_on_criteria(dec2)" not in found(late)
    assert "tariff_disagreement(dec1)" in found(late)
    assert len(running(late)) == 1


def test_b4_the_month_runs_from_the_notification_when_stated():
    # dec1 notified 2013-02-05: the groupement's month runs to 2013-03-05 (« du même délai » from the notice)
    notified = ("ars_decision dec1 on 2013-02-01", "ars_decision dec1 on 2013-02-01 notified 2013-02-05")
    before = premature("2013-03-04", notified)
    assert "tariff_reply_due(dec1, 2013-03-05)" in found(before)
    assert "tariff_decided_on_criteria(dec2)" not in found(before)
    assert len(running(before)) == 1
    after = premature("2013-03-06", notified)
    assert "tariff_decided_on_criteria(dec2)" in found(after)
    assert running(after) == []


# --- B3: a groupement that is a health establishment is not « non autorisé à facturer » ---------------------------

ES_PLUS_JO = """groupement g "GCS Chirurgie Marseille Nord" {{
  as of 2019-06-30
  approved 2017-11-02
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none
  member chu_m "AP-HM" {{ kind health_establishment sector public funding a eligible_holder region "Provence-Alpes-Côte d'Azur" rights 50 }}
  member clin_p "Clinique du Palais" {{ kind health_establishment sector private funding d eligible_holder region "Provence-Alpes-Côte d'Azur" rights 40 }}
  member dr_roux "Dr Roux" {{ kind liberal_medical_professional eligible_holder region "Provence-Alpes-Côte d'Azur" rights 10 }}
  authorisation irm heavy_equipment "IRM 3 T" held_by chu_m granted 2016-03-01 modification_requested 2017-09-01
  operates irm site "Marseille Nord"
{own}  submitted 2017-09-01
  ars_decision dec1 on 2017-10-20 published 2017-11-02 {{
    approves convention
    modifies irm
  }}
  ars_decision dec2 on 2018-01-10 {{ {dec2} }}
}}
"""
OWN_CARE = '  authorisation chir care_activity "Chirurgie ambulatoire" held_by groupement granted 2018-01-10\n'


def test_b3_a_health_establishment_operating_a_members_authorisation_keeps_the_pay_of_l6133_8():
    result = run(ES_PLUS_JO.format(own=OWN_CARE, dec2="erects tariff_scale abc"))
    got = found(result)
    # anchors: it is a health establishment and operates the member's MRI; the convention approved without billing
    assert "gcs_kind(health_establishment)" in got and "gcs_kind(joint_operation)" in got
    assert "financed_as_health_establishment" in got and "tariff_scale(abc)" in got
    assert "practitioner_pay(dr_roux, gcs_less_fee)" in got
    assert [c.provisions for c in result.by_predicate("practitioner_pay")] == [["L6133-8@2017-01-14.4"]]
    assert not result.by_predicate("liberal_pay_article")


def test_b3_the_same_without_the_status_of_health_establishment_falls_under_r6133_14_al_1():
    # no care authorisation of its own, no erection: a groupement operating its member's MRI, the convention approved
    # with no billing authorisation: « n'est pas autorisé à facturer », L6133-6 governs the liberal pay
    result = run(ES_PLUS_JO.format(own="", dec2="tariff_scale abc"))
    got = found(result)
    assert "gcs_kind(health_establishment)" not in got
    assert "liberal_pay_article(dr_roux, l6133_6)" in got
    assert [c.provisions for c in result.by_predicate("liberal_pay_article")] == [["R6133-14@2017-04-28.1"]]
    assert "practitioner_pay(dr_roux, gcs_less_fee)" not in got


def test_b3_es_only_and_es_plus_jo_agree_on_the_pay():
    es_only = ES_PLUS_JO.format(own=OWN_CARE, dec2="erects tariff_scale abc")
    es_only = es_only.replace('  operates irm site "Marseille Nord"\n', "").replace("    modifies irm\n", "")
    es_only = es_only.replace(" modification_requested 2017-09-01", "")
    alone, both = found(run(es_only)), found(run(ES_PLUS_JO.format(own=OWN_CARE, dec2="erects tariff_scale abc")))
    assert "gcs_kind(joint_operation)" in both and "gcs_kind(joint_operation)" not in alone
    pay = lambda got: sorted(c for c in got if c.startswith(("practitioner_pay", "liberal_pay_article")))
    assert pay(alone) == pay(both) == ["practitioner_pay(dr_roux, gcs_less_fee)"]


# --- B2: the joint operation stated by `activity operates_authorisation_of M` ------------------------------------

JO_FORM = """groupement g "GCS Plateau" {{
  as of 2019-06-30
  approved 2017-11-02
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none
  activity joint_interventions
{form}  member chu_m "AP-HM" {{ kind health_establishment sector public funding a eligible_holder region "Provence-Alpes-Côte d'Azur" rights 50 }}
  member clin_p "Clinique du Palais" {{ kind health_establishment sector private funding d eligible_holder region "Provence-Alpes-Côte d'Azur" rights 40 }}
  member dr_roux "Dr Roux" {{ kind liberal_medical_professional eligible_holder region "Provence-Alpes-Côte d'Azur" rights 10 }}
{named}  submitted 2017-09-01
  ars_decision dec1 on 2017-10-20 published 2017-11-02 {{
    approves convention
{billing}    tariff_scale d
  }}
  medical_act a1 tariff 100 billed 100 by dr_roux patient_of chu_m
}}
"""
FORM = "  activity operates_authorisation_of clin_p\n"
BILLING = "    authorises_billing\n"
NAMED_CARE = ('  authorisation chir care_activity "Chirurgie" held_by clin_p granted 2016-03-01 modification_requested 2017-09-01\n'
              '  operates chir site "Marseille"\n')
NAMED_MRI = ('  authorisation irm heavy_equipment "IRM" held_by clin_p granted 2016-03-01 modification_requested 2017-09-01\n'
             '  operates irm site "Marseille"\n')


def jo(form="", named="", billing=BILLING):
    return run(JO_FORM.format(form=form, named=named, billing=billing))


def kind_unknown(result) -> list:
    return [w for w in result.warnings if w.code == "missing_fact" and "heavy equipment" in w.message]


def test_b2_the_activity_form_is_a_joint_operation_for_the_billing_authorisation():
    result = jo(form=FORM)
    got = found(result)
    assert "billing_authorisation_invalid(no_joint_operation)" not in got
    assert "gcs_kind(joint_operation)" in got  # the anchor: the same file is a groupement operating clin_p's authorisation
    assert "approval_required(ars_director_general, billing)" in got


def test_b2_without_any_joint_operation_the_billing_authorisation_is_still_invalid():
    result = jo()
    got = found(result)
    assert "billing_authorisation_invalid(no_joint_operation)" in got
    assert [c.provisions for c in result.by_predicate("billing_authorisation_invalid")] == [["R6133-13@2017-04-28.I.1"]]
    # and no joint operation, no R6133-14: L6133-6 al. 2 pays the liberal doctor for the CHU's patient
    assert "practitioner_pay(dr_roux, public_es_fees)" in got
    assert kind_unknown(result) == []


def test_b2_the_kind_of_the_operated_authorisation_unstated_the_pay_is_not_drawn():
    for named in ("", NAMED_MRI):  # the form alone, or with a named heavy equipment (the form may still be care)
        result = jo(form=FORM, named=named)
        got = found(result)
        assert "practitioner_pay(dr_roux, public_es_fees)" not in got, named
        assert "pays_liberal_acts(chu_m)" not in got, named
        assert not result.by_predicate("liberal_pay_article"), named
        ws = kind_unknown(result)
        assert len(ws) == 1 and "Clinique du Palais" in ws[0].message and ws[0].line == 9, result.warnings  # clin_p's line
        assert "activité de soins" in ws[0].message_fr
        assert "gcs_kind(joint_operation)" in got  # anchor


def test_b2_a_named_care_activity_settles_the_pay_under_l6133_8():
    result = jo(form=FORM, named=NAMED_CARE)
    got = found(result)
    assert "liberal_pay_article(dr_roux, l6133_8)" in got
    assert "practitioner_pay(dr_roux, public_es_fees)" not in got
    assert kind_unknown(result) == []


def test_b2_not_authorised_to_bill_the_activity_form_falls_under_r6133_14_al_1():
    # the convention approved by a decision that does not authorise the billing: « n'est pas autorisé à facturer »,
    # whatever the kind of the authorisation operated: L6133-6
    result = jo(form=FORM, billing="")
    got = found(result)
    assert "liberal_pay_article(dr_roux, l6133_6)" in got
    assert [c.provisions for c in result.by_predicate("liberal_pay_article")] == [["R6133-14@2017-04-28.1"]]
    assert "practitioner_pay(dr_roux, public_es_fees)" in got
    assert "pays_liberal_acts(chu_m)" in got
    assert kind_unknown(result) == []
