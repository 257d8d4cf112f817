"""Review 38, reviewer 5 finding 1: legal personality is dated from the day every required region had published.

R6133-11 of 2006 al. 3 (and R6133-1-1 of 2010 al. 2, its same words): « Le groupement jouit de la personnalité morale à
compter de la date de publication de l'acte d'approbation … au recueil des actes administratifs de la région dans
laquelle le groupement a son siège ainsi que dans le recueil des actes administratifs des autres régions lorsque les
membres du groupement ont leur siège dans des régions distinctes ». L6133-3 of 2009 / 2011 / 2017 I al. 2:
« Ce groupement acquiert la personnalité morale à dater de cette publication. »

The date is the day the last required region published the act: the latest, across the regions required (the seat's
and each other region where a member has its seat), of each region's FIRST publication. A second insertion in a region
that has already published publishes nothing new and does not move the date; one dated after the as-of date does not
undo a personality acquired before it. Before the fix, the rules took the latest of every `published_in`, so a second
insertion moved the date (p1 below) or, dated after the as-of date, left no legal personality at all (p2).
"""

import gcs_reasoner as gcs


def _held(text: str) -> set[str]:
    return {str(c) for c in gcs.reason(gcs.loads(text, path="<review38>")).conclusions}


def _personality(held: set[str]) -> set[str]:
    return {c for c in held if c.startswith("legal_personality_from(")}


# --- 2006: R6133-11 of 2006 al. 3 (approved before 2009-07-23) --------------------------------------------------------

# A GCS seated in Dijon (Bourgogne) with a member in Franche-Comté; the approval published in Bourgogne on `approved`.
GCS_2006 = """groupement dialyse_bfc "GCS Dialyse BFC" {{
  as of {as_of}
  approved {approved}
  seat "Dijon" region "Bourgogne"
  duration indefinite
  capital none
  declared_nature public
  member chu_dijon "CHU de Dijon" {{ kind health_establishment sector public region "Bourgogne" rights 60 }}
  member chu_besancon "CHU de Besançon" {{ kind health_establishment sector public region "Franche-Comté" rights 40 }}
{extra}  consultation "Franche-Comté" sent 2006-03-01 answered 2006-03-20
{pubs}}}
"""


def _g06(pubs, as_of="2008-09-01", approved="2006-05-02", extra=""):
    lines = "".join(f'  published_in "{r}" on {d}\n' for r, d in pubs)
    return GCS_2006.format(as_of=as_of, approved=approved, pubs=lines, extra=extra)


def test_2006_second_insertion_in_the_same_region_does_not_move_the_date():
    # p1: Bourgogne 2006-05-02, Franche-Comté 2006-05-15 and again 2007-03-01: every region had published on 15 May.
    held = _held(_g06([("Franche-Comté", "2006-05-15"), ("Franche-Comté", "2007-03-01")]))
    assert _personality(held) == {"legal_personality_from(2006-05-15)"}


def test_2006_second_insertion_after_the_as_of_date_leaves_the_personality():
    # p2: the second insertion (2009-03-01) is after the as-of date (2008-09-01); the first one (2006-05-15) stands.
    held = _held(_g06([("Franche-Comté", "2006-05-15"), ("Franche-Comté", "2009-03-01")]))
    assert _personality(held) == {"legal_personality_from(2006-05-15)"}
    assert "nature(public)" in held


def test_2006_control_one_publication_per_region():
    held = _held(_g06([("Franche-Comté", "2006-05-15")]))
    assert _personality(held) == {"legal_personality_from(2006-05-15)"}


def test_2006_control_seat_region_published_last():
    # Franche-Comté first (2006-05-15), the seat's region last (2006-05-20), Franche-Comté again on 2006-06-10: every
    # region had published on 20 May, the seat's publication; the second Franche-Comté insertion does not move it.
    held = _held(_g06([("Franche-Comté", "2006-05-15"), ("Franche-Comté", "2006-06-10")], approved="2006-05-20"))
    assert _personality(held) == {"legal_personality_from(2006-05-20)"}
    held = _held(_g06([("Franche-Comté", "2006-05-15")], approved="2006-05-20"))
    assert _personality(held) == {"legal_personality_from(2006-05-20)"}


def test_2006_three_regions_latest_of_the_first_publications():
    # A third member in Alsace: Franche-Comté first 2006-05-15 (again 2007-03-01), Alsace 2006-06-01: every region had
    # published on 1 June (Alsace's first, the latest of the firsts), not on 1 March 2007.
    extra = ('  member chu_strasbourg "CHU de Strasbourg" { kind health_establishment sector public region "Alsace" '
             'rights 10 }\n  consultation "Alsace" sent 2006-03-01 answered 2006-03-20\n')
    held = _held(_g06([("Franche-Comté", "2006-05-15"), ("Franche-Comté", "2007-03-01"), ("Alsace", "2006-06-01")],
                      extra=extra))
    assert _personality(held) == {"legal_personality_from(2006-06-01)"}


def test_2006_first_publication_after_the_as_of_date_gives_no_personality_yet():
    # Franche-Comté's only publication (2009-03-01) is after the as-of date: on 2008-09-01 the act has not been
    # published in every region; no legal personality yet. Anchor: the same file concludes the consultation required.
    held = _held(_g06([("Franche-Comté", "2009-03-01")]))
    assert _personality(held) == set()
    assert 'consultation_required(arh_director, "Franche-Comté")' in held
    # On an as-of date after it, the personality runs from it.
    held = _held(_g06([("Franche-Comté", "2009-03-01")], as_of="2009-06-01"))
    assert _personality(held) == {"legal_personality_from(2009-03-01)"}


# --- 2010: R6133-1-1 of 2010 al. 2 and L6133-3 of 2009 / 2011 I al. 2 ---------------------------------------------------

GCS_2010 = """groupement bio_ouest "GCS Biologie Ouest" {{
  as of {as_of}
  approved {approved}
  seat "Rennes" region "Bretagne"
  duration indefinite
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member chu_nantes "CHU de Nantes" {{ kind health_establishment sector public region "Pays de la Loire" rights 30 }}
  convention {{ signed_by chu_rennes, chu_nantes }}
  consultation "Pays de la Loire" sent 2012-01-05 answered 2012-01-20
{pubs}}}
"""


def _g10(pubs, as_of="2014-01-01", approved="2012-03-01"):
    lines = "".join(f'  published_in "{r}" on {d}\n' for r, d in pubs)
    return GCS_2010.format(as_of=as_of, approved=approved, pubs=lines)


def test_2010_second_insertion_in_the_same_region_does_not_move_the_date():
    held = _held(_g10([("Pays de la Loire", "2012-03-10"), ("Pays de la Loire", "2013-01-05")]))
    assert _personality(held) == {"legal_personality_from(2012-03-10)"}


def test_2010_second_insertion_after_the_as_of_date_leaves_the_personality():
    held = _held(_g10([("Pays de la Loire", "2012-03-10"), ("Pays de la Loire", "2013-01-05")], as_of="2012-12-01"))
    assert _personality(held) == {"legal_personality_from(2012-03-10)"}


def test_2010_controls():
    assert _personality(_held(_g10([("Pays de la Loire", "2012-03-10")]))) == {"legal_personality_from(2012-03-10)"}
    # The seat's region last (2012-03-20): from its publication, a later Pays de la Loire insertion not counted.
    held = _held(_g10([("Pays de la Loire", "2012-03-10"), ("Pays de la Loire", "2012-06-01")], approved="2012-03-20"))
    assert _personality(held) == {"legal_personality_from(2012-03-20)"}


# --- 2017: L6133-3 of 2017 I al. 2 beside R6133-1-1 of 2017 al. 3 and 4 -------------------------------------------------

# p5: express approval 2017-06-20, published in Bretagne (seat) on 2017-06-30 and in Pays de la Loire on 2017-07-03.
GCS_2017 = """groupement bio_ouest "GCS Biologie Ouest" {{
  as of {as_of}
  submitted 2017-06-01
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member chu_nantes "CHU de Nantes" {{ kind health_establishment sector public region "Pays de la Loire" rights 30 }}
  convention {{ signed_by chu_rennes, chu_nantes }}
  consultation "Pays de la Loire" sent 2017-06-05 answered 2017-06-15
  ars_decision dec1 on 2017-06-20 published {published} {{
    approves convention
  }}
{pubs}}}
"""

CONFLICT = 'conflict("L6133-3@2017-01-14.I.2", "R6133-1-1@2017-04-28.4", legal_personality)'


def _g17(pubs, as_of="2017-12-01", published="2017-06-30"):
    lines = "".join(f'  published_in "{r}" on {d}\n' for r, d in pubs)
    return GCS_2017.format(as_of=as_of, published=published, pubs=lines)


def test_2017_second_insertion_after_the_as_of_date_same_as_control():
    # p5 / p5b: the decree's date (the decision, 2017-06-20) and the law's (every region published, 2017-07-03), both
    # reached by the as-of date, with the conflict between the two texts; the later insertion (2018-01-15) changes
    # nothing.
    control = _held(_g17([("Pays de la Loire", "2017-07-03")]))
    assert _personality(control) == {"legal_personality_from(2017-06-20)", "legal_personality_from(2017-07-03)"}
    assert CONFLICT in control
    held = _held(_g17([("Pays de la Loire", "2017-07-03"), ("Pays de la Loire", "2018-01-15")]))
    assert held == control


def test_2017_second_insertion_before_the_as_of_date_does_not_move_the_date():
    held = _held(_g17([("Pays de la Loire", "2017-07-03"), ("Pays de la Loire", "2018-01-15")], as_of="2018-03-01"))
    assert _personality(held) == {"legal_personality_from(2017-06-20)", "legal_personality_from(2017-07-03)"}


def test_2017_control_seat_region_published_last():
    # Pays de la Loire first (2017-06-25), the seat's region last (2017-06-30), Pays de la Loire again 2017-09-01.
    held = _held(_g17([("Pays de la Loire", "2017-06-25"), ("Pays de la Loire", "2017-09-01")]))
    assert _personality(held) == {"legal_personality_from(2017-06-20)", "legal_personality_from(2017-06-30)"}


# An approving decision made before 2017-04-28 (judged under R6133-1-1 of 2010 al. 2: from the publication) and
# published from that day (rules/approval/2017-01-14_L6133-3.lp, approving_decision_before17).
GCS_BEFORE17 = """groupement bio_ouest "GCS Biologie Ouest" {{
  as of {as_of}
  seat "Rennes" region "Bretagne"
  capital none
  declared_nature public
  member chu_rennes "CHU de Rennes" {{ kind health_establishment sector public region "Bretagne" rights 70 }}
  member chu_nantes "CHU de Nantes" {{ kind health_establishment sector public region "Pays de la Loire" rights 30 }}
  convention {{ signed_by chu_rennes, chu_nantes }}
  consultation "Pays de la Loire" sent 2017-03-01 answered 2017-03-20
  ars_decision dec1 on 2017-04-10 published 2017-05-02 {{
    approves convention
  }}
{pubs}}}
"""


def _gb17(pubs, as_of="2017-12-01"):
    lines = "".join(f'  published_in "{r}" on {d}\n' for r, d in pubs)
    return GCS_BEFORE17.format(as_of=as_of, pubs=lines)


def test_decision_before_2017_published_after_second_insertion():
    control = _held(_gb17([("Pays de la Loire", "2017-05-10")]))
    assert _personality(control) == {"legal_personality_from(2017-05-10)"}
    # Second insertion after the as-of date: the same.
    held = _held(_gb17([("Pays de la Loire", "2017-05-10"), ("Pays de la Loire", "2018-01-15")]))
    assert _personality(held) == {"legal_personality_from(2017-05-10)"}
    # Second insertion before the as-of date: the same.
    held = _held(_gb17([("Pays de la Loire", "2017-05-10"), ("Pays de la Loire", "2017-09-01")]))
    assert _personality(held) == {"legal_personality_from(2017-05-10)"}
