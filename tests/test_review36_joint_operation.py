"""Joint operation (R6133-12 and R6133-16 of 2017): review 36 (reviewer 1, /tmp/r36/findings/joint.md J1-J3).

J1. R6133-12@2017-04-28.III: « chaque membre titulaire concerné adresse au directeur général de l'agence
régionale de santé une demande de modification de ses autorisations exploitées en commun, concomitamment à la
demande d'approbation de la convention constitutive du groupement ou de son avenant ». The holder's request goes
with the approval request, an event: judged under the text in force on its date. A convention whose approval the
file dates before 2017-04-28 (or whose receipt it dates then) was asked for before the text: no
joint_operation_invalid(..., no_modification_request), a not-judged warning instead; the as-of date is the date
only where nothing dates the approval request.
"""

import gcs_reasoner as gcs

OLD = """groupement plateau "GCS Plateau" {{
  as of {as_of}
  {approval}
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none

  member chu_m "AP-HM" {{
    kind health_establishment
    sector public
    funding a
    region "Provence-Alpes-Côte d'Azur"
    rights 50
  }}
  member clin_p "Clinique du Palais" {{
    kind health_establishment
    sector private
    funding d
    region "Provence-Alpes-Côte d'Azur"
    rights 50
  }}
  authorisation chir_m care_activity "Chirurgie ambulatoire" held_by chu_m granted 2010-06-01{request}
  operates chir_m site "Marseille Nord"
  {more}
}}
"""

NO_REQUEST = "joint_operation_invalid(chir_m, no_modification_request)"


def reason(approval: str = "approved 2012-03-01", as_of: str = "2020-06-30", request: str = "", more: str = ""):
    return gcs.reason(gcs.loads(OLD.format(approval=approval, as_of=as_of, request=request, more=more),
                                path="<test>"))


def conclusions(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def not_judged(result) -> list:
    return [w for w in result.warnings if w.code == "text_not_in_force" and "chir_m" in w.message]


def test_j1_convention_approved_in_2012_no_request_drawn_under_the_2017_text():
    # /tmp/rv1/jo_old_convention.gcs: approved (published) 2012-03-01, no receipt stated
    result = reason()
    found = conclusions(result)
    assert NO_REQUEST not in found
    # positive anchors: the joint operation itself is seen (a state, judged on the as-of date)
    assert 'joint_operation_site(chir_m, "Marseille Nord")' in found
    assert "gcs_kind(joint_operation)" in found
    # the approval of the joint operation no longer cites R6133-12 III (the request predates it)
    [op] = [c for c in result.conclusions if str(c) == "approval_required(ars_director_general, operate_authorisation:chu_m)"]
    assert not any(p.startswith("R6133-12") for p in op.provisions)
    [w] = not_judged(result)
    assert "1 March 2012" in w.message and "avenant" in w.message and "28 April 2017" in w.message
    assert "1er mars 2012" in w.message_fr and "antérieure à l'approbation" in w.message_fr


def test_j1_control_receipt_dated_2011_same_warning_by_the_receipt():
    # /tmp/rv1/jo_old_convention_submitted.gcs: the receipt 2011-12-01 dates the request
    result = reason(approval="approved 2012-03-01\n  submitted 2011-12-01")
    found = conclusions(result)
    assert NO_REQUEST not in found
    assert 'joint_operation_site(chir_m, "Marseille Nord")' in found
    [w] = not_judged(result)
    assert "received on 1 December 2011" in w.message
    assert "1er décembre 2011" in w.message_fr


def test_j1_approved_by_a_decision_before_2017_same():
    result = reason(approval="ars_decision dec1 on 2012-02-10 { approves convention }")
    assert NO_REQUEST not in conclusions(result)
    [w] = not_judged(result)
    assert "10 February 2012" in w.message


def test_j1_a_request_made_with_the_old_approval_request_no_warning():
    # the holder asked for the modification before the 2011 receipt: nothing left open
    result = reason(approval="approved 2012-03-01\n  submitted 2011-12-01", request=" modification_requested 2011-11-15")
    found = conclusions(result)
    assert not any(c.startswith("joint_operation_invalid(chir_m") for c in found)
    assert 'joint_operation_site(chir_m, "Marseille Nord")' in found
    assert not_judged(result) == []


def test_j1_an_avenant_received_after_the_text_is_judged_on_its_receipt():
    # the convention approved in 2012; an avenant changing it received 2018-10-01: « ou de son avenant »
    result = reason(more="avenant av1 on 2018-09-15 for convention_change submitted_on 2018-10-01")
    found = conclusions(result)
    assert NO_REQUEST in found
    [c] = [c for c in result.conclusions if str(c) == NO_REQUEST]
    assert c.provisions == ["R6133-12@2017-04-28.III"]
    assert not_judged(result) == []


def test_j1_nothing_dates_the_request_the_as_of_date():
    # no approval and no receipt stated: the README reading, judged on the as-of date
    result = reason(approval="")
    assert NO_REQUEST in conclusions(result)
    assert not_judged(result) == []


def test_j1_approved_after_the_text_the_request_undated_nothing_drawn():
    # approved 2018-03-01 (published), no receipt stated: the approval request came before the approval, maybe before
    # 2017-04-28 (R6133-1-1 of 2010 sets no time limit to decide), maybe after: whether III governs the holder's request
    # is open (review 36 second reader T1; the as-of date is the date only where nothing dates the approval request)
    result = reason(approval="approved 2018-03-01")
    found = conclusions(result)
    assert NO_REQUEST not in found
    assert 'joint_operation_site(chir_m, "Marseille Nord")' in found
    assert not_judged(result) == []
    assert any(w.atom == "missing_fact(modification_request, chir_m, convention_request_undated)"
               for w in result.warnings)


def test_j1_approved_after_the_text_received_after_it_drawn():
    # the receipt 2018-01-05 stated: the approval request under III, no request by its holder
    result = reason(approval="approved 2018-03-01\n  submitted 2018-01-05")
    found = conclusions(result)
    assert NO_REQUEST in found
    assert not_judged(result) == []
    assert not any(w.atom.startswith("missing_fact(modification_request") for w in result.warnings)


def test_j1_as_of_before_the_text_no_warning():
    # on 2016-06-30 R6133-12 III is not in force: no conclusion under it is expected, none said missing
    result = reason(as_of="2016-06-30")
    found = conclusions(result)
    assert NO_REQUEST not in found
    assert "gcs_kind(joint_operation)" in found
    assert not_judged(result) == []


# J2. R6133-16@2017-04-28 al. 1: « il retire au groupement l'autorisation de facturer les soins correspondants et
# lui demande de modifier sa convention constitutive dans un délai déterminé ». billing_withdrawal_required checks
# the first duty only (it ends with a decision that withdraws_billing): its sentence says that duty only.
PLATEAU = """groupement plateau "GCS Plateau" {{
  as of {as_of}
  approved 2017-11-02
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none

  member chu_m "AP-HM" {{
    kind health_establishment
    sector public
    funding a
    eligible_holder
    region "Provence-Alpes-Côte d'Azur"
    rights 50
  }}
  member clin_p "Clinique du Palais" {{
    kind health_establishment
    sector private
    funding d
    eligible_holder
    region "Provence-Alpes-Côte d'Azur"
    rights 50
  }}
  authorisation chir_p care_activity "Chirurgie ambulatoire" held_by clin_p granted 2015-01-01 modification_requested 2017-09-01
  authorisation chir_m care_activity "Chirurgie ambulatoire" held_by chu_m granted 2014-06-01 modification_requested 2017-09-01
  operates chir_p, chir_m site "Marseille Nord"
  submitted 2017-09-01
  tariff_option d received 2017-09-01

  ars_decision dec1 on 2017-10-20 published 2017-11-02 {{
    approves convention
    modifies chir_p
    modifies chir_m
    authorises_billing
    tariff_scale d
  }}
  {decisions}
}}
"""

ASKED = "ars_decision dec3 on 2020-01-15 { withdraws chir_p  asks_avenant until 2020-04-15 }"
NOT_ASKED = "ars_decision dec3 on 2020-01-15 { withdraws chir_p }\n  ars_decision dec4 on 2020-02-01 { withdraws_billing }"


def plateau(decisions: str, as_of: str = "2020-01-31"):
    return gcs.reason(gcs.loads(PLATEAU.format(decisions=decisions, as_of=as_of), path="<test>"))


def the(result, text: str):
    [c] = [c for c in result.conclusions if str(c) == text]
    return c


def test_j2_billing_withdrawal_required_says_the_billing_duty_only():
    # /tmp/rv1/jo_withdrawn_asked.gcs: dec3 withdraws chir_p and asks for an avenant; the billing not yet withdrawn
    result = plateau(ASKED)
    c = the(result, "billing_withdrawal_required(chir_p)")
    assert c.provisions == ["R6133-16@2017-04-28.1"]
    fr, en = c.sentence("fr"), c.sentence("en")
    assert "retirer au groupement l'autorisation de facturer les soins correspondants" in fr
    assert "withdraw the groupement's authorisation to bill the corresponding care" in en
    assert "convention" not in fr and "convention" not in en
    assert "délai" not in fr and "time" not in en


def test_j2_billing_withdrawal_required_ends_with_the_billing_withdrawn():
    # the same withdrawal, the billing withdrawn by dec4: no longer required (the avenant still is)
    result = plateau(NOT_ASKED, as_of="2020-03-31")
    found = {str(c) for c in result.conclusions}
    assert "billing_withdrawal_required(chir_p)" not in found
    assert "avenant_required(joint_operation:chir_p)" in found


# J3. The same sentence: « et lui demande de modifier sa convention constitutive dans un délai déterminé ». The
# director general's request is his duty (avenant_request_required, an extension) while no decision of his since
# the withdrawal asks for the avenant; the groupement's avenant is owed at his request, and its sentence names a
# time limit set only when a decision (`asks_avenant until U`) set one.
def test_j3_no_request_yet_the_director_generals_duty_and_no_limit_said_set():
    # /tmp/rv1/jo_withdrawn_not_asked.gcs: dec3 withdraws chir_p, dec4 withdraws the billing, nobody asked
    result = plateau(NOT_ASKED, as_of="2020-03-31")
    request = the(result, "avenant_request_required(chir_p)")
    assert request.provisions == ["R6133-16@2017-04-28.1"]
    assert "lui demander de modifier sa convention constitutive dans un délai déterminé" in request.sentence("fr")
    assert "must ask it to amend its convention within a set time" in request.sentence("en")
    avenant = the(result, "avenant_required(joint_operation:chir_p)")
    fr, en = avenant.sentence("fr"), avenant.sentence("en")
    assert "lorsque le directeur général de l'agence régionale de santé le lui demandera" in fr
    assert "a fixé" not in fr and "que lui fixe" not in fr
    assert "once the director general" in en and "set when he asked" not in en


def test_j3_asked_in_the_withdrawal_the_limit_set_and_no_request_owed():
    # /tmp/rv1/jo_withdrawn_asked.gcs: dec3 withdraws chir_p and asks for an avenant by 2020-04-15
    result = plateau(ASKED)
    found = {str(c) for c in result.conclusions}
    assert "avenant_request_required(chir_p)" not in found
    avenant = the(result, "avenant_required(joint_operation:chir_p)")
    assert "dans le délai que lui a fixé le directeur général" in avenant.sentence("fr")
    assert "within the time limit the director general" in avenant.sentence("en")


def test_j3_asked_by_a_later_decision_ends_the_request():
    asked_later = NOT_ASKED + "\n  ars_decision dec5 on 2020-03-01 { asks_avenant until 2020-06-01 }"
    found = {str(c) for c in plateau(asked_later, as_of="2020-03-31").conclusions}
    assert "avenant_request_required(chir_p)" not in found
    assert "avenant_required(joint_operation:chir_p)" in found
    # on an as-of date before that decision, the request is still owed
    before = {str(c) for c in plateau(asked_later, as_of="2020-02-15").conclusions}
    assert "avenant_request_required(chir_p)" in before


def test_j3_an_avenant_sent_of_its_own_accord_leaves_nothing_to_ask():
    sent = NOT_ASKED + "\n  avenant av1 on 2020-02-20 for convention_change submitted_on 2020-03-01"
    found = {str(c) for c in plateau(sent, as_of="2020-03-31").conclusions}
    assert "avenant_request_required(chir_p)" not in found
    assert "avenant_required(joint_operation:chir_p)" not in found
    assert "gcs_kind(joint_operation)" in found  # positive anchor
    # an asks_avenant before the withdrawal does not count (a request about another matter)
    early = "ars_decision dec2 on 2019-06-01 { asks_avenant until 2019-09-01 }\n  " + NOT_ASKED
    assert "avenant_request_required(chir_p)" in {str(c) for c in plateau(early, as_of="2020-03-31").conclusions}
