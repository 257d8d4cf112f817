"""Review 40, reviewer 2: who counts as a public, a private or a liberal person for the legal nature, the
text_not_in_folder mark on unauthorised members, and the alinéa a member admitted on authorisation is a member
under.

F1. L6133-3@2017-01-14.I.3: « Le groupement de coopération sanitaire de moyens est une personne morale de droit
public lorsqu'il est constitué exclusivement par des personnes de droit public, ou par des personnes de droit public
et des personnes physiques ou morales exerçant une profession de santé à titre libéral. » I.5: « Dans les autres
cas, sa nature juridique est fixée par les membres dans la convention constitutive. » A clinic (a health
establishment) stated `liberal` is not « une personne physique ou morale exerçant une profession de santé à titre
libéral »: L6133-2@2017-01-14.I.1 names « des établissements de santé publics ou privés, des établissements
médico-sociaux …, des centres de santé et des maisons de santé » apart from « des personnes physiques ou morales
exerçant une profession médicale à titre libéral ». Reading: `liberal` counts on every member but one whose kind is an
establishment or a body (not_practising_kind_2017); such a member counts by its sector, and a `liberal_body` warning
says so at its line (a warning, not an error: the administrator rules read `liberal` on such a member as the liberal
practice of the person representing it, R6133-15 of 2006 al. 3).

F2. L6133-2@2009-07-23.2: « D'autres professionnels de santé ou organismes peuvent participer à ce groupement sur
autorisation du directeur général de l'agence régionale de santé. » membership_invalid(M, unauthorised) excludes the
persons of L6321-1 (network_only governs them): it does not rest on L6321-1 and warns no text_not_in_folder.

F3. A natural person is a person of private law: an `other_health_professional` (liberal or not) is never « de droit
public » (L6133-3@2009-07-23.I.3/I.4, L6133-3@2011-08-12, L6133-3@2017-01-14.I.3/I.4), nor one of the
« établissements ou d'organismes publics » (L6133-1@2004-08-11.5); a liberal practice company is a private person
under L6133-1@2004-08-11.5 too (« établissements ou de personnes privés »), as the 2009 and 2017 readings count it.
Their sector is not asked. The file has no word for "not liberal": a health professional not stated `liberal` may be
liberal or not; where that decides the nature (public persons and liberal persons only; before 2017 only for a
medical or unstated profession, « professionnels médicaux libéraux »), missing_fact(nature, M, liberal) and no nature.

F4. A founding member admitted on authorisation is a member under the authorisation alinéa: L6133-1@2004-08-11.3
(« D'autres organismes ou professionnels de santé concourant aux soins peuvent faire partie d'un groupement de
coopération sanitaire à condition d'y être autorisés … »), L6133-2@2009-07-23.2, L6133-2@2017-01-14.I.2 (« peuvent
être membres de ce groupement sur autorisation du directeur général de l'agence régionale de santé »), not under the
list of those by whom the groupement « peut être constitué ».
"""

import gcs_reasoner as gcs


def reason(text):
    return gcs.reason(gcs.loads(text, path="<test>"), explain=True)


def warnings(r):
    return {w.atom.replace(", ", ",") for w in r.warnings if getattr(w, "atom", None)}


def codes(r):
    return [w.code for w in r.warnings]


def provisions(r, atom):
    return [p.id if hasattr(p, "id") else str(p) for p in r.find(atom).provisions]


def gcs_text(as_of, approved, *members, extra=""):
    body = "\n".join(f"  {m}" for m in members)
    return f"""groupement g "GCS" {{
  as of {as_of}
  approved {approved}
  seat "Lyon" region "Rhône-Alpes"
  capital none
  running_costs no
{extra}{body}
}}
"""


CH = 'member ch "CH" { kind health_establishment sector public region "Rhône-Alpes" rights 60 }'
CLINIC_LIBERAL = ('member cl "Clinique libérale du Parc" { kind health_establishment sector private liberal '
                  'region "Rhône-Alpes" rights 40 }')


# --- F1: `liberal` on an establishment (2017 text) ------------------------------------------------------------------

def test_a_clinic_stated_liberal_makes_a_mixed_groupement():
    r = reason(gcs_text("2018-06-01", "2016-04-01", CH, CLINIC_LIBERAL))
    assert r.holds("member(cl)")  # anchor
    assert r.holds("nature(undetermined)")
    assert not r.holds("nature(public)")
    assert not r.holds("accounting(public)")
    [w] = [w for w in r.warnings if w.code == "liberal_body"]
    assert w.line == 8
    assert "Clinique libérale du Parc" in w.message and "health establishment" in w.message
    assert "exerçant une profession de santé à titre libéral" in w.message_fr


def test_a_clinic_stated_liberal_takes_the_declared_nature():
    r = reason(gcs_text("2018-06-01", "2016-04-01", CH, CLINIC_LIBERAL, extra="  declared_nature private\n"))
    assert r.holds("nature(private)")
    assert not r.holds("declared_nature_ruled_out(private, public)")


def test_a_public_medico_social_establishment_stated_liberal_is_a_public_person():
    ehpad = 'member ehpad "EHPAD" { kind medico_social_establishment sector public liberal rights 50 }'
    dr = 'member drx "Dr X" { kind liberal_medical_professional individual rights 50 }'
    r = reason(gcs_text("2018-06-01", "2016-04-01", ehpad, dr))
    assert r.holds("member(ehpad)")  # anchor
    # a public person and a liberal person: public (not: two private liberal persons, private)
    assert r.holds("nature(public)")
    assert not r.holds("nature(private)")
    assert "liberal_body" in codes(r)


def test_a_liberal_nurse_still_counts_as_a_liberal_person_from_2017():
    nurse = ('member idel "Infirmière" { kind other_health_professional liberal profession non_medical '
             'authorised 2016-03-01 rights 40 }')
    r = reason(gcs_text("2018-06-01", "2016-04-01", CH, nurse))
    assert r.holds("nature(public)")  # any health profession from 2017-01-14
    assert "liberal_body" not in codes(r)


def test_a_clinic_not_stated_liberal_gives_no_warning():
    clinic = 'member cl "Clinique" { kind health_establishment sector private rights 40 }'
    r = reason(gcs_text("2018-06-01", "2016-04-01", CH, clinic))
    assert r.holds("nature(undetermined)")  # anchor
    assert "liberal_body" not in codes(r)


# --- F2: no L6321-1 mark on an unauthorised member that is not a person of L6321-1 -------------------------------

LABO = 'member labo "Laboratoire" { kind other_care_organisation sector private region "Rhône-Alpes" rights 40 }'
NETWORK = 'member np "Réseau" { kind network_person sector private region "Rhône-Alpes" rights 40 }'


def l6321_warned(r):
    return any(w.code == "text_not_in_folder" and w.message.startswith("L6321-1") for w in r.warnings)


def test_an_unauthorised_body_warns_no_l6321_1():
    for as_of, approved in (("2012-06-01", "2011-03-15"), ("2009-12-01", "2009-09-15")):
        r = reason(gcs_text(as_of, approved, CH, LABO))
        assert r.holds("membership_invalid(labo, unauthorised)")
        assert not l6321_warned(r), as_of


def test_a_network_person_outside_a_network_keeps_its_l6321_1_warning():
    r = reason(gcs_text("2012-06-01", "2011-03-15", CH, NETWORK))
    assert r.holds("membership_invalid(np, network_only)")
    assert l6321_warned(r)


# --- F3: natural persons and liberal practice companies are private persons --------------------------------------

KINE = ('member kine "Kiné" { kind other_health_professional profession non_medical authorised 2008-01-01 '
        'region "Rhône-Alpes" rights 40 }')


def test_a_health_professional_not_stated_liberal_is_not_asked_its_sector():
    # a non-medical professional: whether liberal or not, never a liberal medical professional (2004 to 2016)
    for as_of in ("2009-07-22", "2010-06-01", "2011-08-12", "2012-06-01"):
        r = reason(gcs_text(as_of, "2008-03-15", CH, KINE))
        assert "missing_fact(nature,kine,sector)" not in warnings(r), as_of
        assert "missing_fact(nature,kine,liberal)" not in warnings(r), as_of
        # a public person and a private person that is not a liberal medical professional: the other cases
        assert r.holds("nature(undetermined)"), as_of


def test_from_2017_the_liberal_practice_of_any_health_professional_decides():
    # L6133-3 of 2017 I al. 3: any health profession; the file does not say whether the physiotherapist is liberal
    for as_of in ("2017-01-14", "2018-06-01"):
        r = reason(gcs_text(as_of, "2008-03-15", CH, KINE))
        assert r.holds("member(kine)"), as_of  # anchor
        assert "missing_fact(nature,kine,liberal)" in warnings(r), as_of
        assert "missing_fact(nature,kine,sector)" not in warnings(r), as_of
        assert not r.holds("nature(_)"), as_of


def test_a_private_clinic_beside_makes_it_mixed_whatever_the_liberal_practice():
    clinic = 'member cl "Clinique" { kind health_establishment sector private rights 20 }'
    r = reason(gcs_text("2018-06-01", "2008-03-15", CH, KINE, clinic))
    assert r.holds("nature(undetermined)")
    assert not any(w.startswith("missing_fact(nature,") for w in warnings(r))


def test_a_health_professional_stated_public_is_still_a_private_person():
    kine = KINE.replace("profession non_medical", "sector public profession non_medical")
    for as_of in ("2009-07-22", "2012-06-01"):
        r = reason(gcs_text(as_of, "2008-03-15", CH, kine))
        assert not r.holds("nature(public)"), as_of
        assert r.holds("nature(undetermined)"), as_of
    r = reason(gcs_text("2018-06-01", "2008-03-15", CH, kine))
    assert not r.holds("nature(public)")
    assert "missing_fact(nature,kine,liberal)" in warnings(r)


DURAND = 'member drd "Dr Durand" { kind other_health_professional profession medical rights 40 }'


def test_a_medical_professional_not_stated_liberal_is_asked_its_liberal_practice_not_its_sector():
    # « établissements ou d'organismes publics et de professionnels médicaux libéraux » (2004 al. 5),
    # « des personnes de droit public et des professionnels médicaux libéraux » (2009, 2011 I al. 3)
    for as_of in ("2008-06-01", "2010-06-01", "2012-06-01", "2018-06-01"):
        r = reason(gcs_text(as_of, "2008-03-15", CH, DURAND))
        assert r.holds("member(drd)"), as_of  # anchor
        assert "missing_fact(nature,drd,liberal)" in warnings(r), as_of
        assert "missing_fact(nature,drd,sector)" not in warnings(r), as_of
        assert not r.holds("nature(_)"), as_of
    # stated liberal: public persons and a liberal medical professional (2009 on; 2004 asks `individual` too)
    r = reason(gcs_text("2012-06-01", "2008-03-15", CH, DURAND.replace("profession medical", "liberal profession medical")))
    assert r.holds("nature(public)")


SEL = ('member sel "SEL de radiologues" { kind liberal_practice_company profession medical authorised 2007-01-01 '
       'region "Rhône-Alpes" rights 40 }')
CLINIC = 'member cl "Clinique" { kind health_establishment sector private region "Rhône-Alpes" rights 60 }'


def test_a_liberal_practice_company_is_a_private_person_under_the_2004_text():
    for as_of in ("2008-06-01", "2009-07-22"):
        r = reason(gcs_text(as_of, "2007-03-15", CLINIC, SEL))
        assert "missing_fact(nature,sel,sector)" not in warnings(r), as_of
        assert r.holds("nature(private)"), as_of
        assert any(p.startswith("L6133-1@2004-08-11") for p in provisions(r, "nature(private)"))


def test_a_liberal_practice_company_with_a_public_hospital_under_the_2004_text():
    # not one of the « professionnels médicaux libéraux membres à titre individuel »: the other cases
    r = reason(gcs_text("2008-06-01", "2007-03-15", CH, SEL))
    assert "missing_fact(nature,sel,sector)" not in warnings(r)
    assert r.holds("nature(undetermined)")


def test_an_establishment_whose_sector_is_not_stated_is_still_asked():
    ehpad = 'member ehpad "EHPAD" { kind medico_social_establishment rights 40 }'
    for as_of in ("2008-06-01", "2012-06-01", "2018-06-01"):
        r = reason(gcs_text(as_of, "2007-03-15", CH, ehpad))
        assert "missing_fact(nature,ehpad,sector)" in warnings(r), as_of
        assert not r.holds("nature(public)"), as_of


# --- F4: the alinéa of a member admitted on authorisation ----------------------------------------------------------

NURSE = ('member idel "Infirmière libérale" { kind other_health_professional liberal profession non_medical '
         'authorised 2006-03-01 region "Rhône-Alpes" rights 40 }')


def test_a_nurse_admitted_on_authorisation_is_a_member_under_the_authorisation_alinea():
    for as_of, cited, not_cited in (
            ("2008-06-01", "L6133-1@2004-08-11.3", "L6133-1@2004-08-11.2"),
            ("2010-06-01", "L6133-2@2009-07-23.2", "L6133-2@2009-07-23.1"),
            ("2018-06-01", "L6133-2@2018-01-19.I.2", "L6133-2@2018-01-19.I.1")):
        r = reason(gcs_text(as_of, "2006-03-15", CH, NURSE))
        assert r.holds("member(idel)"), as_of
        got = provisions(r, "member(idel)")
        assert cited in got and not_cited not in got, (as_of, got)
        # the health establishment stays a member under the list of those that constitute the groupement
        assert not_cited in provisions(r, "member(ch)"), as_of
