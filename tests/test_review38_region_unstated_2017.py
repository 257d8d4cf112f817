"""Approval: review 38, reviewer 5, finding 4 (a member's region not stated, approval under R6133-1-1 of 2017).

(a) L6133-3 I of 2017 « Ce groupement acquiert la personnalité morale à dater de cette publication. », the
publication being due (R6133-1-1 of 2017 al. 3) « au recueil des actes administratifs de la région dans laquelle
le groupement a son siège ainsi qu'au recueil des actes administratifs des autres régions lorsque les membres du
groupement ont leurs sièges dans des régions distinctes ». Approved on 2017-06-20 and published in the seat's
region on 2017-06-30, CH de Vitré's region not stated: whether a publication elsewhere was due is not known, so
the law's date cannot be established; it is not established that the groupement has no legal personality under
the law. Before the change the conflict's sentence said « selon la loi, le groupement n'a pas encore la
personnalité morale »: a missing fact turned into a statement of the law.

(b) R6133-1-1 of 2017 al. 1 « Ce directeur consulte le cas échéant le directeur général de l'agence régionale de
santé dans lequel un des membres a son siège »: the missing fact on the consultation is asked whenever the text in
force on the procedure's date (the approving decision) is the 2017 one, as consultation_required is; before the
change it was asked only when the file dated the receipt (`submitted`) under that text.
"""

import gcs_reasoner as gcs

# /tmp/rv5/p6_2017_region_unstated_no_receipt.gcs, with parameters
P6 = """groupement bio_ouest "GCS Biologie Ouest" {{
  as of 2017-12-01
{submitted}  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_vitre "CH de Vitré" {{ kind health_establishment sector public {region}rights 30 }}
{third}  convention {{ signed_by chu_rennes, ch_vitre{signed_third} }}
  ars_decision dec1 on {decided} {published}{{
    approves convention
  }}
}}
"""
CONFLICT = 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)'
CONSULTATION_FACT = "missing_fact(consultation, ch_vitre, region)"
PUBLICATION_FACT = "missing_fact(publication, ch_vitre, region)"
THIRD = '  member chu_nantes "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 10 }\n'


def _reason(submitted: str = "", region: str = "", decided: str = "2017-06-20", published: str = "2017-06-30",
            third: bool = False):
    text = P6.format(submitted=f"  submitted {submitted}\n" if submitted else "",
                     region=f'region "{region}" ' if region else "",
                     decided=decided, published=f"published {published} " if published else "",
                     third=THIRD if third else "", signed_third=", chu_nantes" if third else "")
    return gcs.reason(gcs.loads(text, path="<review38_region_unstated>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _missing(result) -> set[str]:
    return {str(w.atom) for w in result.warnings if w.code == "missing_fact"}


def _conflict(result) -> tuple[str, str]:
    c = result.find(CONFLICT)
    return c.sentence("fr"), c.sentence("en")


# --- (a) the conflict's sentence ----------------------------------------------------------------------------------

def test_region_unstated_conflict_says_the_laws_date_cannot_be_established():
    r = _reason()
    assert "legal_personality_from(2017-06-20)" in _held(r)   # the decree's date (al. 4)
    assert r.holds(CONFLICT)
    fr, en = _conflict(r)
    assert "ne peut être établie" in fr and "cannot be established" in en
    assert "n'a pas encore la personnalité morale" not in fr
    assert "does not have legal personality yet" not in en
    assert "R6133-1-1@2017-04-28.3" in r.find(CONFLICT).provisions
    # the publication's missing fact says which member
    assert PUBLICATION_FACT in _missing(r)
    # no date under the law drawn
    assert not any(c.startswith("legal_personality_from(") and c != "legal_personality_from(2017-06-20)"
                   for c in _held(r))


def test_control_region_stated_both_dates_given():
    r = _reason(region="Bretagne")
    assert "legal_personality_from(2017-06-20)" in _held(r)
    assert "legal_personality_from(2017-06-30)" in _held(r)
    fr, _ = _conflict(r)
    assert "Les deux dates sont indiquées" in fr
    assert PUBLICATION_FACT not in _missing(r)


def test_anchor_not_published_in_seat_region_still_no_personality_under_the_law():
    # the decision published after the as-of date: under the law no personality yet, whatever the regions
    r = _reason(published="2017-12-15")
    fr, _ = _conflict(r)
    assert "n'a pas encore la personnalité morale" in fr
    assert "ne peut être établie" not in fr


def test_anchor_known_other_region_unpublished_still_no_personality_under_the_law():
    # a member in Pays de la Loire, no publication there: under the law no personality yet, whatever CH de Vitré's
    # region
    r = _reason(third=True)
    assert 'publication_late(convention, "Pays de la Loire")' in _held(r)
    fr, _ = _conflict(r)
    assert "n'a pas encore la personnalité morale" in fr
    assert "ne peut être établie" not in fr


# --- (b) the missing fact on the consultation ---------------------------------------------------------------------

def test_consultation_missing_fact_without_the_receipt():
    r = _reason()
    assert CONSULTATION_FACT in _missing(r)
    assert PUBLICATION_FACT in _missing(r)


def test_consultation_missing_fact_with_the_receipt_as_before():
    r = _reason(submitted="2017-06-01")
    assert CONSULTATION_FACT in _missing(r)


def test_control_decision_under_the_2010_text_no_consultation_asked():
    # approved on 2017-04-20 (R6133-1-1 of 2010, no consultation), published 2017-04-25, as of 2017-12-01
    r = _reason(decided="2017-04-20", published="2017-04-25")
    assert CONSULTATION_FACT not in _missing(r)
    assert "approval_required(ars_director_general, convention)" in _held(r)
    assert "R6133-1-1@2010-07-26.1" in r.find("approval_required(ars_director_general, convention)").provisions


def test_control_region_stated_consultation_required_no_missing_fact():
    r = _reason(region="Pays de la Loire")
    assert 'consultation_required(ars_director_general, "Pays de la Loire")' in _held(r)
    assert 'consultation_missing("Pays de la Loire")' in _held(r)
    assert CONSULTATION_FACT not in _missing(r)
