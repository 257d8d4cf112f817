"""Approval of the convention (review 32, reviewer 1); each test failed before its change.

F2. A decision's `published` date after the as-of date: the publication is not made yet on that date, as an
`approved` the file dates later (README: « An event the file dates after the as-of date ... has not happened yet
on that date »). It does not date the approval procedure, so a text not yet in force on the as-of date does not
judge it: R6133-11 of 2006 (in force from 2006-01-01) not on 2005-12-31; R6133-1-1 of 2017 (from 2017-04-28)
not on 2017-04-27, when R6133-1-1 of 2010 al. 1 governs (« La convention constitutive du groupement de
coopération sanitaire est approuvée et publiée par le directeur général de l'agence régionale de santé »).
"""

import gcs_reasoner as gcs

TWO_REGIONS = """groupement g "GCS Deux Regions" {{
  as of {as_of}
  {submitted}
  ars_decision dec1 on {decision} by {by} {published} {{ approves convention }}
  seat "Rennes" region "Bretagne"
  capital none
  {nature}
  member a "CHU A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CHU B" {{ kind health_establishment sector public region "Pays de la Loire" rights 50 }}
  convention {{
    {signed}
    object "Imagerie"
    task_split
    attached budget_forecast, cost_split
  }}
}}
"""


def _two_regions(as_of, decision, published=None, by="ars_director_general", submitted=None, y2017=False):
    text = TWO_REGIONS.format(
        as_of=as_of, decision=decision, by=by,
        published=f"published {published}" if published else "",
        submitted=f"submitted {submitted}" if submitted else "",
        nature="declared_nature public" if y2017 else "",
        signed="signed_by a, b" if y2017 else "",
    )
    return gcs.reason(gcs.loads(text, path="<review32_approval>"))


def _approval_atoms(result):
    keep = ("approval_required", "consultation", "conflict", "legal_personality", "publication", "approved_before")
    return sorted(str(c) for c in result if str(c).startswith(keep))


# --- F2 ---------------------------------------------------------------------------------------------

def test_publication_after_as_of_is_as_no_publication_2010():
    later = _two_regions("2010-07-25", "2010-07-20", published="2010-07-30")
    unpublished = _two_regions("2010-07-25", "2010-07-20")
    assert _approval_atoms(later) == _approval_atoms(unpublished)
    # decided 2010-07-20 under R6133-11 of 2006 al. 1 (« le directeur de l'agence régionale de l'hospitalisation
    # de cette région est consulté »), and not consulted
    assert later.holds('consultation_missing("Pays de la Loire")')


def test_publication_after_as_of_2005_draws_nothing_under_the_2006_decree():
    result = _two_regions("2005-12-31", "2005-12-20", published="2006-01-10", by="arh_director")
    assert not result.holds("approval_required(arh_director, convention)")
    assert not result.holds('consultation_required(arh_director, "Pays de la Loire")')
    assert not any(p.startswith("R6133-11@2006") for c in result for p in c.provisions)
    # (the file was read and judged: the as-of date is said to be before the encoded law)
    assert any(w.code == "text_not_in_force" and "2006-01-01" in w.message for w in result.warnings)


def test_publication_after_as_of_2017_judged_under_the_2010_decree():
    result = _two_regions("2017-04-27", "2017-04-20", published="2017-05-05", submitted="2017-03-01", y2017=True)
    assert "R6133-1-1@2010-07-26.1" in result.find("approval_required(ars_director_general, convention)").provisions
    assert not result.holds('consultation_required(ars_director_general, "Pays de la Loire")')
    assert not result.holds('consultation_missing("Pays de la Loire")')


def test_publication_on_as_of_counts():
    # control: published by the as-of date, the approval is published (R6133-1-1 of 2010 al. 2: legal
    # personality from the publication in every region; none in Pays de la Loire yet)
    result = _two_regions("2010-08-25", "2010-07-20", published="2010-07-30")
    assert result.holds('publication_missing("Pays de la Loire")')


# --- F1 ---------------------------------------------------------------------------------------------
# R6133-1-1 of 2017 al. 3: « La décision expresse ou implicite du directeur général de l'agence régionale de santé
# est publiée dans un délai de quinze jours au recueil des actes administratifs de la région dans laquelle le
# groupement a son siège ainsi qu'au recueil des actes administratifs des autres régions lorsque les membres du
# groupement ont leurs sièges dans des régions distinctes. » Each decision its own fifteen days, the decision's day
# not counted: a refusal of 2018-02-01 is due by 2018-02-16, an approval of 2018-05-01 by 2018-05-16.

DECISIONS = """groupement g "GCS T" {{
  as of 2018-09-01
  submitted 2018-01-10
  ars_decision dec1 on 2018-02-01 by ars_director_general {refusal_published} {{ refuses convention }}
  ars_decision dec2 on 2018-05-01 by ars_director_general {approval_published} {{ approves convention }}
  {published_in}
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member ch_vitre "CH de Vitré" {{ kind health_establishment sector public region "{region}" rights 30 }}
  {avenant}
  convention {{ signed_by chu_rennes, ch_vitre }}
}}
"""

LATE_SEAT = 'publication_late(convention, "Bretagne")'


def _decisions(refusal=None, approval=None, published_in="", region="Bretagne", avenant=""):
    text = DECISIONS.format(
        refusal_published=f"published {refusal}" if refusal else "",
        approval_published=f"published {approval}" if approval else "",
        published_in=published_in, region=region, avenant=avenant,
    )
    return gcs.reason(gcs.loads(text, path="<review32_approval_f1>"))


def test_refusal_published_in_time_does_not_publish_the_approval():
    result = _decisions(refusal="2018-02-10")
    assert result.holds("publication_due(convention, 2018-02-16)")
    assert result.holds("publication_due(convention, 2018-05-16)")
    assert result.holds(LATE_SEAT)


def test_approval_published_in_time_does_not_publish_the_refusal():
    result = _decisions(approval="2018-05-10")
    assert result.holds(LATE_SEAT)


def test_both_published_in_time():
    result = _decisions(refusal="2018-02-10", approval="2018-05-10")
    assert not result.holds(LATE_SEAT)
    # each decision has its day due, fifteen days after it (« dans un délai de quinze jours »)
    assert result.holds("publication_due(convention, 2018-02-16)")
    assert result.holds("publication_due(convention, 2018-05-16)")


def test_refusal_published_late_approval_in_time():
    # the refusal published on 2018-02-20, after its 2018-02-16
    result = _decisions(refusal="2018-02-20", approval="2018-05-10")
    assert result.holds(LATE_SEAT)


def test_approval_by_approved_pairs_with_the_approval_only():
    # `approved` is the publication of the approval act (contract part 2 section 6), not of the refusal
    result = _decisions(refusal="2018-02-10", published_in="approved 2018-05-12")
    assert not result.holds(LATE_SEAT)
    result = _decisions(published_in="approved 2018-05-12")
    assert result.holds(LATE_SEAT)


OTHER = 'publication_late(convention, "Pays de la Loire")'


def test_other_region_publication_is_of_the_last_decision_before_it():
    # published in the other region once, on 2018-05-12: after the approval, so the approval's; the refusal
    # was never published there
    result = _decisions(refusal="2018-02-10", approval="2018-05-10", region="Pays de la Loire",
                        published_in='published_in "Pays de la Loire" on 2018-05-12')
    assert not result.holds(LATE_SEAT)
    assert result.holds(OTHER)


def test_other_region_both_published():
    result = _decisions(refusal="2018-02-10", approval="2018-05-10", region="Pays de la Loire",
                        published_in='published_in "Pays de la Loire" on 2018-02-12\n'
                                     '  published_in "Pays de la Loire" on 2018-05-12')
    assert not result.holds(OTHER)
    assert result.holds("publication_due(convention, 2018-05-16)")


def test_other_region_refusal_only_published():
    result = _decisions(refusal="2018-02-10", approval="2018-05-10", region="Pays de la Loire",
                        published_in='published_in "Pays de la Loire" on 2018-02-12')
    assert result.holds(OTHER)


AVENANT = """avenant av1 on 2018-06-01 for convention_change submitted_on 2018-06-05 {published_on}
  ars_decision dec3 on 2018-06-20 by ars_director_general {refusal} {{ refuses avenant av1 }}
  ars_decision dec4 on 2018-07-20 by ars_director_general {{ approves avenant av1 }}"""


def _avenant(refusal=None, published_on=None):
    av = AVENANT.format(refusal=f"published {refusal}" if refusal else "",
                        published_on=f"published_on {published_on}" if published_on else "")
    return _decisions(refusal="2018-02-10", approval="2018-05-10", avenant=av)


def test_avenant_refusal_published_does_not_publish_its_approval():
    # al. 5: « Les avenants [...] sont approuvés et publiés dans les mêmes conditions de forme »
    result = _avenant(refusal="2018-06-25")
    assert result.holds("publication_due(avenant(av1), 2018-07-05)")
    assert result.holds("publication_due(avenant(av1), 2018-08-04)")
    assert result.holds('publication_late(avenant(av1), "Bretagne")')


def test_avenant_both_published():
    result = _avenant(refusal="2018-06-25", published_on="2018-07-30")
    assert not result.holds('publication_late(avenant(av1), "Bretagne")')
    assert result.holds("publication_due(avenant:av1, 2018-07-05)")
    assert result.holds("publication_due(avenant:av1, 2018-08-04)")


def test_avenant_approval_published_refusal_not():
    result = _avenant(published_on="2018-07-30")
    assert result.holds('publication_late(avenant(av1), "Bretagne")')


# --- F4 ---------------------------------------------------------------------------------------------
# R6133-1-1 of 2017 al. 4 « Le groupement jouit de la personnalité morale à compter de la décision d'approbation ou,
# à défaut, à compter du lendemain de la décision implicite d'approbation »; L6133-3 I of 2017 « Ce groupement
# acquiert la personnalité morale à dater de cette publication. » With no publication by the as-of date, the law
# gives no date: the conflict's sentence may not say that both dates are given.

CONFLICT = 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)'


def test_conflict_without_publication_says_no_personality_under_the_law():
    result = _decisions()
    # submitted 2018-01-10, refused 2018-02-01, approved 2018-05-01, nothing published by 2018-09-01
    assert result.holds("legal_personality_from(2018-05-01)")
    assert result.holds(CONFLICT)
    fr = result.find(CONFLICT).sentence("fr")
    en = result.find(CONFLICT).sentence("en")
    assert "n'a pas encore la personnalité morale" in fr
    assert "indiquées" not in fr
    assert "does not have legal personality yet" in en


def test_conflict_with_publication_gives_both_dates():
    result = _decisions(refusal="2018-02-10", approval="2018-05-10")
    assert result.holds("legal_personality_from(2018-05-01)")
    assert result.holds("legal_personality_from(2018-05-10)")
    fr = result.find(CONFLICT).sentence("fr")
    assert "Les deux dates sont indiquées" in fr
    assert "pas encore" not in fr


def test_conflict_seat_published_other_region_not_yet():
    # published in the seat's region only: the law's date is the last of the required publications, not made
    result = _decisions(approval="2018-05-10", region="Pays de la Loire")
    assert not result.holds("legal_personality_from(2018-05-10)")
    assert "n'a pas encore la personnalité morale" in result.find(CONFLICT).sentence("fr")


def test_conflict_tacit_nothing_published():
    text = DECISIONS.replace("  ars_decision dec1 on 2018-02-01 by ars_director_general {refusal_published} {{ refuses convention }}\n", "")
    text = text.replace("  ars_decision dec2 on 2018-05-01 by ars_director_general {approval_published} {{ approves convention }}\n", "")
    text = text.replace("as of 2018-09-01", "as of 2018-03-11")
    result = gcs.reason(gcs.loads(text.format(published_in="", region="Bretagne", avenant=""), path="<f4>"))
    # two months from 2018-01-10: tacit approval on 2018-03-10, legal personality from the next day (al. 4)
    assert result.holds("tacit_approval(convention, 2018-03-10)")
    assert result.holds("legal_personality_from(2018-03-11)")
    assert "n'a pas encore la personnalité morale" in result.find(CONFLICT).sentence("fr")


# --- F5 ---------------------------------------------------------------------------------------------
# The ARS director general's takeover of the ARH's powers on 2010-04-01 is said only where the rule that derives
# the conclusion rests on it (an approval of 2010-04-01 to 2010-07-25, R6133-11 of 2006 still naming the ARH
# director); R6133-1-1 of 2010 (« approuvée et publiée par le directeur général de l'agence régionale de santé de
# la région dans laquelle le groupement a son siège ») and of 2017 name the ARS director general themselves.

APPROVAL_ARS = "approval_required(ars_director_general, convention)"
TAKEOVER = "1er avril 2010"


def test_approval_2017_says_nothing_of_the_takeover():
    result = _decisions(approval="2018-05-10")
    assert "R6133-1-1@2017-04-28.1" in result.find(APPROVAL_ARS).provisions
    assert TAKEOVER not in result.find(APPROVAL_ARS).sentence("fr")
    assert "1 April 2010" not in result.find(APPROVAL_ARS).sentence("en")


def test_approval_2010_decree_says_nothing_of_the_takeover():
    result = _two_regions("2010-08-25", "2010-07-27", published="2010-07-30")  # decided under R6133-1-1 of 2010
    assert "R6133-1-1@2010-07-26.1" in result.find(APPROVAL_ARS).provisions
    assert TAKEOVER not in result.find(APPROVAL_ARS).sentence("fr")


def test_approval_between_april_and_july_2010_says_the_takeover():
    result = _two_regions("2010-07-25", "2010-07-20")
    assert "R6133-11@2006-01-01.1" in result.find(APPROVAL_ARS).provisions
    assert TAKEOVER in result.find(APPROVAL_ARS).sentence("fr")
    assert "1 April 2010" in result.find(APPROVAL_ARS).sentence("en")


# --- F3 ---------------------------------------------------------------------------------------------
# The director's duties in making his decision (the consultation, the approving authority) are judged under the
# text in force on the date of the decision approving the convention, whenever it is published, as its legal
# personality is since 3b0cc76 (« the decree of 2017 does not govern a decision made before it »).
# R6133-1-1 of 2017 al. 1 « Ce directeur consulte le cas échéant le directeur général de l'agence régionale de
# santé dans lequel un des membres a son siège »; R6133-1-1 of 2010 has no consultation; R6133-11 of 2006 al. 1
# « le directeur de l'agence régionale de l'hospitalisation de cette région est consulté ».

def test_decided_under_2010_decree_published_under_2017_no_consultation():
    result = _two_regions("2017-06-01", "2017-04-20", published="2017-05-05", submitted="2017-03-01", y2017=True)
    assert not result.holds('consultation_required(ars_director_general, "Pays de la Loire")')
    assert not result.holds('consultation_missing("Pays de la Loire")')
    cited = result.find(APPROVAL_ARS).provisions
    assert "R6133-1-1@2010-07-26.1" in cited
    assert not any(p.startswith("R6133-1-1@2017") for p in cited)
    # legal personality under the 2010 decree too (3b0cc76): not yet published in the other region
    assert "R6133-1-1@2010-07-26.2" in result.find('publication_missing("Pays de la Loire")').provisions


def test_decided_under_2017_decree_consultation_owed():
    result = _two_regions("2017-06-01", "2017-04-28", published="2017-05-05", submitted="2017-03-01", y2017=True)
    assert result.holds('consultation_required(ars_director_general, "Pays de la Loire")')
    assert "R6133-1-1@2017-04-28.1" in result.find('consultation_missing("Pays de la Loire")').provisions


def test_decided_the_day_before_the_2017_decree_one_region():
    # /tmp/rv1/f4_2017feb.gcs: decision 2017-04-27, published 2017-05-05
    text = DECISIONS.replace("  ars_decision dec1 on 2018-02-01 by ars_director_general {refusal_published} {{ refuses convention }}\n", "")
    text = text.replace("dec2 on 2018-05-01", "dec2 on 2017-04-27").replace("submitted 2018-01-10", "")
    text = text.replace("as of 2018-09-01", "as of 2017-06-01")
    result = gcs.reason(gcs.loads(text.format(approval_published="published 2017-05-05", published_in="",
                                              region="Bretagne", avenant=""), path="<f3>"))
    cited = result.find(APPROVAL_ARS).provisions
    assert "R6133-1-1@2010-07-26.1" in cited
    assert not any(p.startswith("R6133-1-1@2017") for c in result for p in c.provisions)


def test_decided_under_the_2006_decree_published_under_2010():
    # decided 2010-07-20 (R6133-11 of 2006, the ARS director general having taken over the ARH's powers on
    # 2010-04-01), published 2010-07-30 (R6133-1-1 of 2010): the consultation of R6133-11 was owed and not made
    result = _two_regions("2010-08-25", "2010-07-20", published="2010-07-30")
    assert "R6133-11@2006-01-01.1" in result.find('consultation_missing("Pays de la Loire")').provisions
    assert "R6133-11@2006-01-01.1" in result.find(APPROVAL_ARS).provisions
    assert result.holds('conflict("L6133-3@2009-07-23.I.1", "R6133-11@2006-01-01.1", approving_authority)')
