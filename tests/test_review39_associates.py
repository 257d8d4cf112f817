"""Review 39, fixer B: an associate is not a member, so its association dated before the groupement had legal
personality is not read as a founding member's joining, and no rule of the members takes its `joined` date.

The texts. L6133-1 of 2004 (in force 2004-08-11 to 2009-07-22), al. 4: « Les professionnels médicaux libéraux
peuvent conclure avec un groupement de coopération sanitaire des accords définis à l'article L. 6161-10 en vue de
leur association aux activités du groupement. » (L6133-1@2004-08-11.4); al. 1 1°: « des professionnels médicaux
libéraux membres ou associés du groupement » (L6133-1@2004-08-11.1). R6133-11 of 2006 al. 3: « Le groupement jouit de
la personnalité morale à compter de la date de publication de l'acte d'approbation » (R6133-11@2006-01-01.3).
R6133-5 of 2006 al. 1 (R6133-7 of 2010 I): « Après sa constitution, le groupement peut admettre de nouveaux membres,
par décision de l'assemblée générale. » (R6133-5@2006-01-01.1): of members. The contract (scenario-language.md):
`associate M` « associated by agreement (L6161-10): not a member ». From 2009-07-23 L6133-1 no longer mentions
associates.

The finding. validate.py told an associate whose `joined` date precedes the publication of the approval that it was
« lu comme un membre fondateur » (joined_before_legal_personality), citing the admission of new members, and set its
date aside, so that it counted as associated from the start. An associate neither constitutes the groupement nor is
admitted to it. The reading now: the associate's date stays a fact; under L6133-1 of 2004, the agreement is one made
« avec un groupement de coopération sanitaire », a legal person only from the publication, and no text says whether
one made before it associates the professional once the groupement exists: the association is left open,
missing_fact(association, M, association_before_personality) at the associate's line, and nothing is drawn on it
(associate_not_member, joint_interventions_open_to, the payment of its acts), as for an association not made yet; its
kind is still judged. From 2009-07-23 no text governs associates: nothing is said of them (and no founder reading).

The audit of the rules reading `joined(`: three drew something wrong from an associate's date before this change
(each test below marked so failed before it): composition_changed (R6133-3 of 2010 al. 3, « sauf modification de la
composition du groupement »: an associate's association made a change of percentage on ground `membership` look
founded), scale_composition_changed (R6133-16 of 2010 II, « sauf modifications de la composition du groupement »: an
associate's association ended the tariff scale), event_not_judged(admission(M), J) (décret 2005-1681 art. 3: an
association before 2006 reported as an admission not judged, though L6133-1 of 2004 judges it). Guarded with
declared_member, as were movement_done/movement_date(admission(M)), membership_asks_dissolution_on and
member_before_ordonnance_2017, whose associates' atoms reached no conclusion.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review39>"), explain=True)


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _at(result, line: int) -> list:
    return [w for w in result.warnings if w.line == line]


OPEN = "missing_fact(association, dr_early, association_before_personality)"

# a 2008 groupement: a member and an associate on each side of the publication (2008-06-01)
NIORT = """groupement urg_niort "GCS Urgences du Niortais" {{
  as of {as_of}
  approved 2008-06-01
  seat "Niort" region "Poitou-Charentes"
  activity joint_interventions
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  member ch_early "CH de Parthenay" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 10 joined 2008-03-01 }}
  member ch_late "CH de Melle" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 10 joined 2008-10-01 }}
  associate dr_early "Dr Lucas" {{ {early} }}
  associate dr_late "Dr Martin" {{ kind liberal_medical_professional joined 2008-10-01 }}
}}
"""
EARLY = "kind liberal_medical_professional joined 2008-03-01"


def _niort(as_of: str = "2009-03-01", early: str = EARLY):
    return _reason(NIORT.format(as_of=as_of, early=early))


def test_2008_associate_before_publication_is_left_open_not_read_as_founder():
    """Failed before: joined_before_legal_personality « lu comme un membre fondateur » at the associate's line, and
    associate_not_member(dr_early), joint_interventions_open_to(dr_early) drawn."""
    r = _niort()
    held = _held(r)
    warned = _at(r, 10)
    assert [w.atom for w in warned] == [OPEN]
    assert not any(w.code == "joined_before_legal_personality" for w in warned)
    fr = warned[0].message_fr
    assert fr.startswith("le dossier date l'association de Dr Lucas aux activités du groupement d'avant la "
                         "publication de l'approbation de la convention constitutive")
    assert "« peuvent conclure avec un groupement de coopération sanitaire »" in fr
    assert "un associé n'est pas un membre, et Dr Lucas n'est donc pas lu comme un membre fondateur" in fr
    assert "aucune conclusion sur l'association au groupement" in fr
    assert "an associate is not a member" in warned[0].message
    for atom in ("associate_not_member(dr_early)", "joint_interventions_open_to(dr_early)", "member(dr_early)",
                 "admission_required(dr_early)"):
        assert atom not in held
    # anchors in the same run: the member before the publication is a founder (its own warning), the member after
    # it needed an admission, the associate after it is associated
    founder = _at(r, 8)
    assert [w.code for w in founder] == ["joined_before_legal_personality"]
    assert founder[0].message_fr.endswith("lu comme un membre fondateur")
    assert {"member(ch_early)", "admission_required(ch_late)", "membership_invalid(ch_late, not_admitted_by_assembly)",
            "associate_not_member(dr_late)", "joint_interventions_open_to(dr_late)"} <= held
    assert "admission_required(ch_early)" not in held
    assert _at(r, 11) == []


def test_2008_associate_after_publication_is_associated():
    r = _niort(early="kind liberal_medical_professional joined 2008-07-01")
    held = _held(r)
    assert {"associate_not_member(dr_early)", "joint_interventions_open_to(dr_early)"} <= held
    assert _at(r, 10) == []
    assert OPEN not in {w.atom for w in r.warnings}


ALONE = """groupement urg_niort "GCS Urgences du Niortais" {{
  as of 2009-03-01
  approved 2008-06-01
  seat "Niort" region "Poitou-Charentes"
  activity joint_interventions
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  associate dr_early "Dr Lucas" {{ kind liberal_medical_professional joined {joined} }}
}}
"""


def test_2008_no_payment_of_liberal_acts_through_an_open_association():
    """Failed before: pays_liberal_acts(ch_niort) drawn through the associate (R6133-20 of 2006 al. 1)."""
    r = _reason(ALONE.format(joined="2008-03-01"))
    held = _held(r)
    assert "pays_liberal_acts(ch_niort)" not in held
    assert {"member(ch_niort)", "bills_insurance_fund(clinique_inkermann)"} <= held
    assert OPEN in {w.atom for w in r.warnings}
    # control: associated after the publication, its acts are paid by the public member
    after = _reason(ALONE.format(joined="2008-07-01"))
    assert "pays_liberal_acts(ch_niort)" in _held(after)


def test_2008_as_of_before_the_publication_the_association_is_open_too():
    """Failed before: associate_not_member(dr_early) drawn on an as-of date before the publication."""
    r = _niort(as_of="2008-04-01")
    held = _held(r)
    assert [w.atom for w in _at(r, 10)] == [OPEN]
    assert "associate_not_member(dr_early)" not in held
    assert "member(ch_early)" in held
    assert any(w.code == "before_legal_personality" for w in r.warnings)
    assert [w.code for w in _at(r, 11)] == ["after_as_of"]


def test_2008_kind_still_judged_whatever_the_date():
    # « Les professionnels médicaux libéraux peuvent conclure »: a clinic cannot be associated, agreement made before
    # or after the publication
    r = _niort(early="kind health_establishment sector private joined 2008-03-01")
    held = _held(r)
    assert "association_invalid(dr_early, not_liberal_medical_professional)" in held
    assert OPEN in {w.atom for w in _at(r, 10)}
    assert "associate_not_member(dr_late)" in held


# a 2019 groupement: decision 2019-05-01 (legal personality under R6133-1-1 of 2017 al. 4), publication 2019-06-01
# (L6133-3 I); a member and an associate before the decision, between, and after the publication
IMAG = """groupement imag "GCS Imagerie du Val" {{
  as of 2020-03-01
  approved 2019-06-01
  seat "Niort" region "Nouvelle-Aquitaine"
  activity joint_interventions
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Nouvelle-Aquitaine" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Nouvelle-Aquitaine" rights 40 }}
  member ch_early "CH de Parthenay" {{ kind health_establishment sector public funding a region "Nouvelle-Aquitaine" rights 10 joined {early} }}
  member ch_late "CH de Melle" {{ kind health_establishment sector public funding a region "Nouvelle-Aquitaine" rights 10 joined 2019-10-01 }}
  associate dr_early "Dr Lucas" {{ kind liberal_medical_professional joined {early} }}
  associate dr_late "Dr Martin" {{ kind liberal_medical_professional joined 2019-10-01 }}
  ars_decision dec1 on 2019-05-01 by ars_director_general {{
    approves convention
  }}
}}
"""


def test_2019_associate_before_the_decision_is_not_read_as_founder():
    """Failed before: joined_before_legal_personality « lu comme un membre fondateur » at the associate's line."""
    r = _reason(IMAG.format(early="2019-03-01"))
    held = _held(r)
    # no text governs associates from 2009-07-23: nothing is said of them, and no founder reading
    assert _at(r, 10) == [] and _at(r, 11) == []
    assert not any("dr_early" in c or "dr_late" in c for c in held)
    founder = _at(r, 8)
    assert [w.code for w in founder] == ["joined_before_legal_personality"]
    assert founder[0].message_fr.endswith("lu comme un membre fondateur")
    assert {"member(ch_early)", "admission_required(ch_late)", "membership_invalid(ch_late, not_admitted_by_assembly)",
            "avenant_missing(admission:ch_late)"} <= held
    assert "admission_required(ch_early)" not in held


def test_2019_associate_between_decision_and_publication_has_no_admission_left_open():
    # the member's admission is left open (the decree and the law disagree); an associate has no admission
    r = _reason(IMAG.format(early="2019-05-15"))
    atoms = {w.atom for w in r.warnings}
    assert "missing_fact(joined_admission, ch_early, joined_before_publication)" in atoms
    assert not any(a and "dr_early" in a for a in atoms)
    assert _at(r, 10) == []
    assert "admission_required(ch_late)" in _held(r)


# R6133-3 of 2010 al. 3: a change of percentage on ground `membership` with no change of the members
# (facts/money10_rights_2013.gcs, whose golden holds rights_change_invalid(ch_roanne))
def _money(extra: str):
    with open("facts/money10_rights_2013.gcs", encoding="utf-8") as f:
        text = f.read()
    return _reason(text.replace("  participation chu_se", f"  {extra}\n  participation chu_se", 1))


def test_an_association_is_no_change_of_composition_for_the_rights():
    """Failed before: rights_change_invalid(ch_roanne) lost, an associate's association (2011-06-01) read as a change
    of the members."""
    r = _money('associate dr_x "Dr X" { kind liberal_medical_professional joined 2011-06-01 }')
    held = _held(r)
    assert "rights_change_invalid(ch_roanne)" in held
    assert {"member(chu_se)", "member(ch_roanne)", "missing_mention(participation_percentages)"} <= held
    # control: a member joining then is a change of the composition
    m = _money('member ch_x "CH X" { kind health_establishment sector public region "Rhône-Alpes" rights 5 '
               'joined 2011-06-01 }')
    assert "rights_change_invalid(ch_roanne)" not in _held(m)
    assert "member(ch_x)" in _held(m)


# R6133-16 of 2010 II: the scale the convention carries, valid « sauf modifications de la composition du groupement »
SCALE = """groupement g7 "GCS Convention" {{
  as of 2014-06-01
  approved 2011-01-10
  seat "Niort" region "Poitou-Charentes"
  capital none
  member ch_a "CH A" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 20 }}
  member cl_d1 "Clinique D1" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 20 }}
  member cl_d2 "Clinique D2" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 20 }}
  member dr_m "Dr M" {{ kind liberal_medical_professional individual region "Poitou-Charentes" rights 5 }}
  authorisation chir care_activity "Chirurgie" held_by groupement granted 2011-06-01
  {newcomer} "Dr A" {{ kind liberal_medical_professional {individual}region "Poitou-Charentes" joined 2013-01-01 }}
  convention {{
    tariff_scale d
  }}
}}
"""
LAPSED = "missing_fact(tariff, groupement, scale_after_composition_change)"


def test_an_association_does_not_end_the_tariff_scale():
    """Failed before: tariff_scale(d) not drawn and the scale said lapsed, an associate's association (2013-01-01)
    read as a change of the composition."""
    r = _reason(SCALE.format(newcomer="associate dr_a", individual=""))
    assert r.holds("tariff_scale(d)")
    assert LAPSED not in {w.atom for w in r.warnings}
    assert {"member(ch_a)", "member(dr_m)"} <= _held(r)
    # control: the same professional joining as a member ends the scale
    m = _reason(SCALE.format(newcomer="member dr_a", individual="individual rights 5 "))
    assert not m.holds("tariff_scale(d)")
    assert LAPSED in {w.atom for w in m.warnings}


# décret 2005-1681 art. 3: events before 2006-01-01 are not judged under it; an association is governed by L6133-1
# of 2004, not by the decree
PRE2006 = """groupement urg_niort "GCS Urgences du Niortais" {{
  as of 2007-03-01
  approved 2005-03-01
  seat "Niort" region "Poitou-Charentes"
  activity joint_interventions
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  {newcomer} dr_lucas "Dr Lucas" {{ kind liberal_medical_professional {individual}joined 2005-09-01 }}
}}
"""


def test_an_association_before_2006_is_not_an_admission_not_judged():
    """Failed before: event_not_judged(admission(dr_lucas), 2005-09-01) drawn for the associate."""
    r = _reason(PRE2006.format(newcomer="associate", individual=""))
    held = _held(r)
    assert not any(c.startswith("event_not_judged(admission") for c in held)
    assert {"event_not_judged(approval, 2005-03-01)", "associate_not_member(dr_lucas)",
            "joint_interventions_open_to(dr_lucas)"} <= held
    # control: a member joining then is an admission the decree does not judge
    m = _reason(PRE2006.format(newcomer="member", individual="individual rights 5 "))
    assert "event_not_judged(admission:dr_lucas, 2005-09-01)" in _held(m)
