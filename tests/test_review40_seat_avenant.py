"""Review 40 (round 16), fixer Q: the seat's region for the agency's decisions follows the approved convention, not
the assembly's deliberation.

The texts. R6133-1 of 2017 I: the convention « comporte les mentions suivantes : 1° La dénomination et le siège du
groupement »; R6133-1-1 of 2017 al. 1: the convention « est approuvée par une décision du directeur général de
l'agence régionale de santé de la région dans laquelle le groupement a son siège »; al. 3: the decision « est publiée
dans un délai de quinze jours au recueil des actes administratifs de la région dans laquelle le groupement a son
siège »; al. 5: « Les avenants à la convention constitutive du groupement sont approuvés et publiés dans les mêmes
conditions de forme que la convention constitutive. »

The finding (second reader, /tmp/r40/rv10/b2.gcs and b1.gcs). Fixer D read the seat on the decision's day as moving
when the assembly decides a transfer. With the transfer's avenant refused (b2), both avenants' late publications
were said due in the new region (« Hauts-de-France »), though the convention, which the refused avenant did not
change, still placed the seat in Nancy; and the decision on the transfer's avenant itself (b1) was judged in the new
region, though al. 1 has the avenant approved by the director general of the region where the seat is until then.

The reading. The seat is a mention of the convention and changes only by an approved avenant: for R6133-1-1 (and
the dissolution's publication, R6133-8, which borrows its al. 3) the seat moves on the approval, express or tacit, of
an avenant `for seat_transfer` dated on or after the transfer's deliberation (the last transfer deliberated by its
date), whatever the deliberation's validity; the decision on that avenant itself is made in the seat before it; a
refused avenant, or one not yet approved, leaves the seat. Left open (missing_fact(publication, groupement,
seat_region_on_decision)): such an avenant approved on the decision's day, one whose approval the file does not
settle (no approval, refusal or receipt), several transfers deliberated the same day, a new seat with no region. The
convention rules' « la même région » (R6133-21 I 2°) are unchanged: the transfer is judged on its deliberation.
"""

import gcs_reasoner as gcs

HEAD = """groupement g "GCS Test" {
  as of AS_OF
  approved 2015-03-02
  seat "Nancy" region "Grand Est"
  capital none
  declared_nature public
  member a "CH A" { kind health_establishment sector public region "Grand Est" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Hauts-de-France" rights 50 }
  convention {
    vote_weight rights
    notice_days 15
    meeting_days 30
    mentions name_and_seat, object_and_split, members, legal_nature, duration,
             contribution_rules, rights_rules, debt_rules, representation,
             accounting_regime, property_made_available, staff_rules,
             dissolution_rules, professional_intervention, membership_rules,
             administration_rules, powers_split, liquidation_rules
    attached budget_forecast, financial_balance
  }
  assembly ag1 on 2018-06-01 {
    convened_on 2018-05-10 by administrator
    present a, b
    deliberation d1 on seat_transfer { for a, b }
    deliberation d2 on convention_change { for a, b }
EXTRA_DELIB  }
TRANSFERS"""
TRANSFER = '  seat_transfer to "Lille" region "Hauts-de-France" by ag1.d1\n'
AV2 = "  avenant av2 on 2018-06-15 for convention_change submitted_on 2018-06-20\n"  # tacit 2018-08-20, never published
OPEN = "missing_fact(publication, groupement, seat_region_on_decision)"


def run(events, transfers=TRANSFER, as_of="2018-12-01", extra_delib=""):
    text = (HEAD.replace("AS_OF", as_of).replace("EXTRA_DELIB", extra_delib).replace("TRANSFERS", transfers)
            + events + "}\n")
    return gcs.reason(gcs.loads(text, path="<review40q>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def warnings(res):
    return {w.atom for w in res.warnings}


def late(res, act):
    return {s for s in conclusions(res) if s.startswith(f"publication_late({act},")}


def test_b2_a_refused_transfer_avenant_leaves_the_old_seat():
    res = run("  avenant av1 on 2018-06-15 for seat_transfer submitted_on 2018-06-20\n"
              "  ars_decision r1 on 2018-07-05 by ars_director_general { refuses avenant av1 }\n" + AV2)
    assert "publication_due(avenant:av1, 2018-07-20)" in conclusions(res)  # anchor: the refusal, never published
    assert "publication_due(avenant:av2, 2018-09-04)" in conclusions(res)  # anchor: tacit on 2018-08-20
    assert late(res, "avenant:av1") == {'publication_late(avenant:av1, "Grand Est")'}
    assert late(res, "avenant:av2") == {'publication_late(avenant:av2, "Grand Est")'}
    assert OPEN not in warnings(res)
    # the convention rules still judge the transfer on its deliberation (« la même région »: b's region)
    assert 'seat_transfer_allowed("Lille")' in conclusions(res)


def test_b1_the_transfer_avenant_is_decided_in_the_old_seat_later_decisions_in_the_new():
    res = run("  avenant av1 on 2018-06-15 for seat_transfer submitted_on 2018-06-20 approved_on 2018-07-10 "
              "published_on 2018-08-30\n" + AV2)
    assert "publication_due(avenant:av1, 2018-07-25)" in conclusions(res)  # anchor: published 08-30, late
    assert late(res, "avenant:av1") == {'publication_late(avenant:av1, "Grand Est")'}
    assert late(res, "avenant:av2") == {'publication_late(avenant:av2, "Hauts-de-France")'}
    assert OPEN not in warnings(res)


def test_the_late_publication_cites_al_3():
    res = run("  avenant av1 on 2018-06-15 for seat_transfer submitted_on 2018-06-20 approved_on 2018-07-10 "
              "published_on 2018-08-30\n" + AV2)
    provisions = {p for c in res.conclusions if str(c) == 'publication_late(avenant:av2, "Hauts-de-France")'
                  for p in c.provisions}
    assert "R6133-1-1@2017-04-28.3" in provisions


def test_a_transfer_avenant_not_yet_approved_leaves_the_old_seat():
    # av1 received 07-01 (two months to 09-01), approved 08-25: av2's implicit decision of 08-20 comes before it
    res = run("  avenant av1 on 2018-06-25 for seat_transfer submitted_on 2018-07-01 approved_on 2018-08-25\n" + AV2
              + "  avenant av3 on 2018-09-01 for convention_change submitted_on 2018-09-03 approved_on 2018-09-10\n")
    assert "publication_due(avenant:av2, 2018-09-04)" in conclusions(res)  # anchor
    assert late(res, "avenant:av2") == {'publication_late(avenant:av2, "Grand Est")'}
    assert late(res, "avenant:av1") == {'publication_late(avenant:av1, "Grand Est")'}  # its own decision
    assert late(res, "avenant:av3") == {'publication_late(avenant:av3, "Hauts-de-France")'}  # after its approval
    assert OPEN not in warnings(res)


def test_a_tacit_approval_of_the_transfer_avenant_moves_the_seat():
    # av1 received 06-20, no decision: tacitly approved on 08-20; av2 received 06-25: tacit on 08-25
    res = run("  avenant av1 on 2018-06-15 for seat_transfer submitted_on 2018-06-20\n"
              "  avenant av2 on 2018-06-15 for convention_change submitted_on 2018-06-25\n")
    assert "tacit_approval(avenant:av1, 2018-08-20)" in conclusions(res)  # anchor
    assert late(res, "avenant:av1") == {'publication_late(avenant:av1, "Grand Est")'}
    assert late(res, "avenant:av2") == {'publication_late(avenant:av2, "Hauts-de-France")'}
    assert OPEN not in warnings(res)


def test_a_transfer_avenant_approved_on_the_decisions_day_leaves_the_region_open():
    # both received 06-20, neither decided: both tacitly approved on 08-20
    res = run("  avenant av1 on 2018-06-15 for seat_transfer submitted_on 2018-06-20\n" + AV2)
    assert "tacit_approval(avenant:av2, 2018-08-20)" in conclusions(res)  # anchor
    assert late(res, "avenant:av1") == {'publication_late(avenant:av1, "Grand Est")'}  # its own decision
    assert late(res, "avenant:av2") == set()
    assert OPEN in warnings(res)


def test_a_transfer_avenant_of_unknown_approval_leaves_the_region_open():
    res = run("  avenant av1 on 2018-06-15 for seat_transfer\n" + AV2)
    assert "publication_due(avenant:av2, 2018-09-04)" in conclusions(res)  # anchor
    assert late(res, "avenant:av2") == set()
    assert OPEN in warnings(res)
    # an avenant made after av2's decision does not matter to it
    res = run("  avenant av1 on 2018-08-25 for seat_transfer\n" + AV2)
    assert late(res, "avenant:av2") == {'publication_late(avenant:av2, "Grand Est")'}
    assert OPEN not in warnings(res)


def test_an_avenant_dated_before_the_deliberation_carries_no_transfer():
    res = run("  avenant av1 on 2018-05-20 for seat_transfer submitted_on 2018-05-25 approved_on 2018-06-05 "
              "published_on 2018-06-10\n" + AV2)
    assert "publication_due(avenant:av2, 2018-09-04)" in conclusions(res)  # anchor
    assert late(res, "avenant:av2") == {'publication_late(avenant:av2, "Grand Est")'}
    assert OPEN not in warnings(res)


def test_two_transfers_deliberated_the_same_day_leave_the_region_open():
    res = run("  avenant av1 on 2018-06-15 for seat_transfer submitted_on 2018-06-20 approved_on 2018-07-10 "
              "published_on 2018-07-12\n" + AV2,
              transfers=TRANSFER + '  seat_transfer to "Metz" region "Grand Est" by ag1.d3\n',
              extra_delib="    deliberation d3 on seat_transfer { for a, b }\n")
    assert "publication_due(avenant:av2, 2018-09-04)" in conclusions(res)  # anchor
    assert late(res, "avenant:av2") == set()
    assert OPEN in warnings(res)


def test_a_later_transfer_is_carried_by_the_later_avenant():
    # a first transfer to Lille (ag1, its avenant approved 2018-07-10), a second to Metz (ag2, 2018-09-03), its
    # avenant approved 2018-10-01; av4 decided 2018-11-01, after both
    ag2 = ("  assembly ag2 on 2018-09-03 {\n    convened_on 2018-08-10 by administrator\n    present a, b\n"
           "    deliberation d1 on seat_transfer { for a, b }\n  }\n")
    res = run(ag2 + '  seat_transfer to "Metz" region "Grand Est" by ag2.d1\n'
              "  avenant av1 on 2018-06-15 for seat_transfer submitted_on 2018-06-20 approved_on 2018-07-10 "
              "published_on 2018-07-12\n" + AV2
              + "  avenant av3 on 2018-09-05 for seat_transfer submitted_on 2018-09-06 approved_on 2018-10-01 "
              "published_on 2018-10-02\n"
              + "  avenant av4 on 2018-10-05 for convention_change submitted_on 2018-10-06 approved_on 2018-11-01\n",
              as_of="2018-12-20")
    assert late(res, "avenant:av2") == {'publication_late(avenant:av2, "Hauts-de-France")'}  # between the two
    assert late(res, "avenant:av4") == {'publication_late(avenant:av4, "Grand Est")'}  # Metz
    assert OPEN not in warnings(res)
