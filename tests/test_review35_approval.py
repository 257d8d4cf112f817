"""Approval: review 35, findings A1 to A3.

A1+A2. A publication in another region (`published_in "R" on Y`, which names no decision) is the publication
there of the approval act only when it is made on or after a decision approving the convention. R6133-11 of
2006 al. 3 and R6133-1-1 of 2010 al. 2: « Le groupement jouit de la personnalité morale à compter de la date de
publication de l'acte d'approbation … au recueil des actes administratifs de la région dans laquelle le
groupement a son siège ainsi que dans le recueil des actes administratifs des autres régions »; L6133-3 of 2017
I: « Ce groupement acquiert la personnalité morale à dater de cette publication. »; R6133-1-1 of 2017 al. 3:
« La décision expresse ou implicite … est publiée … ainsi qu'au recueil des actes administratifs des autres
régions ». A refusal's publication, or one made before any decision, is not the approval act's publication.
Before the change, every `published_in` counted, whatever its date.
"""

import gcs_reasoner as gcs

# /tmp/r35/scen/rv2/refusal_then_approval_2018.gcs, with the other region's publication as a parameter
REFUSAL_2018 = """groupement g "GCS Test" {{
  as of 2018-09-01
  submitted 2018-01-10
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  published_in "Bourgogne-Franche-Comté" on {pub}
  capital none
  declared_nature public
  member a "CHU A" {{
    kind health_establishment
    sector public
    region "Auvergne-Rhône-Alpes"
    rights 60
  }}
  member b "CH B" {{
    kind health_establishment
    sector public
    region "Bourgogne-Franche-Comté"
    rights 40
  }}
  consultation "Bourgogne-Franche-Comté" sent 2018-01-15
  ars_decision dec1 on 2018-02-01 by ars_director_general published 2018-02-05 {{ refuses convention }}
  ars_decision dec2 on 2018-05-01 by ars_director_general published 2018-05-05 {{ approves convention }}
  convention {{
    signed_by a, b
  }}
}}
"""

# /tmp/r35/scen/rv2/pubin_before_2012.gcs, with the publication and the decision as parameters
PUBIN_2012 = """groupement g "GCS Test" {{
  as of 2012-06-01
  seat "Lyon" region "Rhône-Alpes"
  published_in "Bourgogne" on {pub}
  capital none
  declared_nature public
  member a "CHU A" {{
    kind health_establishment
    sector public
    region "Rhône-Alpes"
    rights 60
  }}
  member b "CH B" {{
    kind health_establishment
    sector public
    region "Bourgogne"
    rights 40
  }}
  {decisions}
}}
"""
APPROVES_2012 = 'ars_decision dec1 on 2012-03-01 by ars_director_general published 2012-03-05 { approves convention }'

# The same before 2009-07-23 (R6133-11 of 2006 al. 3 alone)
PUBIN_2008 = """groupement g "GCS Test" {{
  as of 2008-09-01
  seat "Rennes" region "Bretagne"
  published_in "Pays de la Loire" on {pub}
  consultation "Pays de la Loire" sent 2007-12-01
  capital none
  member a "CHU A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CHU B" {{ kind health_establishment sector public region "Pays de la Loire" rights 50 }}
  {decisions}
}}
"""

BEFORE_DECISION = 'no_effect(published_in:before_decision,"{region}",{date})'


def _run(text: str):
    return gcs.reason(gcs.loads(text, path="<review35_approval>"))


def _conclusions(res) -> set[str]:
    return {str(c).replace(", ", ",") for c in res.conclusions}


def _warnings(res) -> set[str]:
    return {w.atom.replace(", ", ",") for w in res.warnings}


def _provisions(res, conclusion: str) -> list[str]:
    return next(c.provisions for c in res.conclusions if str(c).replace(", ", ",") == conclusion)


CONFLICT = 'conflict("L6133-3@2017-01-14.I.2","R6133-1-1@2017-04-28.4",legal_personality)'


# --- A1: a refusal's publication in the other region is not the approval's (2018) -----------------

def test_a1_the_refusals_publication_does_not_date_legal_personality_under_the_law():
    res = _run(REFUSAL_2018.format(pub="2018-02-10"))
    got = _conclusions(res)
    # the decree's date, the approving decision of 1 May 2018, stays (R6133-1-1 of 2017 al. 4)
    assert "legal_personality_from(2018-05-01)" in got
    assert "R6133-1-1@2017-04-28.4" in _provisions(res, "legal_personality_from(2018-05-01)")
    # under the law, no publication of the approval in Bourgogne-Franche-Comté: no date (not the 5 May max)
    assert "legal_personality_from(2018-05-05)" not in got
    assert "legal_personality_from(2018-02-10)" not in got
    # the approval was not published there (the refusal's publication is its own)
    assert 'publication_late(convention,"Bourgogne-Franche-Comté")' in got
    # the conflict says the law's publication is not established
    assert CONFLICT in got
    fr = next(c.sentence("fr") for c in res.conclusions if str(c).replace(", ", ",") == CONFLICT)
    assert "n'est pas établie" in fr and "n'a pas encore la personnalité morale" in fr
    # published after the refusal: the refusal's publication, no warning
    assert BEFORE_DECISION.format(region="Bourgogne-Franche-Comté", date="2018-02-10") not in _warnings(res)


def test_a1_the_approvals_publication_in_the_other_region_still_counts():
    res = _run(REFUSAL_2018.format(pub="2018-05-10"))
    got = _conclusions(res)
    # the last of the required publications: 10 May 2018 (the seat's on 5 May)
    assert "legal_personality_from(2018-05-10)" in got
    assert "L6133-3@2017-01-14.I.2" in _provisions(res, "legal_personality_from(2018-05-10)")
    assert "legal_personality_from(2018-05-01)" in got
    assert CONFLICT in got
    fr = next(c.sentence("fr") for c in res.conclusions if str(c).replace(", ", ",") == CONFLICT)
    assert "Les deux dates sont indiquées" in fr


def test_a1_a_publication_before_every_decision_under_the_decree_of_2017_is_said():
    res = _run(REFUSAL_2018.format(pub="2018-01-20"))
    assert BEFORE_DECISION.format(region="Bourgogne-Franche-Comté", date="2018-01-20") in _warnings(res)
    assert "legal_personality_from(2018-05-01)" in _conclusions(res)
    assert "legal_personality_from(2018-05-05)" not in _conclusions(res)


# --- A2: a publication before the approving decision (2012, 2008) ----------------------------------

def test_a2_a_publication_before_the_approval_act_is_not_its_publication():
    res = _run(PUBIN_2012.format(pub="2012-01-10", decisions=APPROVES_2012))
    got = _conclusions(res)
    assert 'publication_missing("Bourgogne")' in got
    assert not any(c.startswith("legal_personality_from(") for c in got)
    assert "approval_required(ars_director_general,convention)" in got
    warning = BEFORE_DECISION.format(region="Bourgogne", date="2012-01-10")
    assert warning in _warnings(res)
    w = next(w for w in res.warnings if w.atom.replace(", ", ",") == warning)
    assert w.line == 4  # the file's `published_in` line
    assert "précède toute décision" in w.message_fr


def test_a2_a_publication_on_or_after_the_approval_act_dates_legal_personality():
    for pub, expected in (("2012-03-10", "2012-03-10"), ("2012-03-01", "2012-03-05")):
        res = _run(PUBIN_2012.format(pub=pub, decisions=APPROVES_2012))
        got = _conclusions(res)
        assert f"legal_personality_from({expected})" in got
        assert "R6133-1-1@2010-07-26.2" in _provisions(res, f"legal_personality_from({expected})")
        assert 'publication_missing("Bourgogne")' not in got
        assert not any(w.startswith("no_effect(published_in") for w in _warnings(res))


def test_a2_no_approving_decision_dated_the_publication_counts_as_before():
    # the approval known only by its publication (`approved`): the day of the act is not known
    res = _run(PUBIN_2012.format(pub="2012-01-10", decisions="approved 2012-03-05"))
    got = _conclusions(res)
    assert "legal_personality_from(2012-03-05)" in got
    assert not any(w.startswith("no_effect(published_in") for w in _warnings(res))


def test_a2_before_2009_under_r6133_11_of_2006():
    decision = 'ars_decision dec1 on 2008-03-01 by arh_director published 2008-03-05 { approves convention }'
    res = _run(PUBIN_2008.format(pub="2008-02-10", decisions=decision))
    got = _conclusions(res)
    assert 'publication_missing("Pays de la Loire")' in got
    assert not any(c.startswith("legal_personality_from(") for c in got)
    assert BEFORE_DECISION.format(region="Pays de la Loire", date="2008-02-10") in _warnings(res)
    res = _run(PUBIN_2008.format(pub="2008-03-20", decisions=decision))
    got = _conclusions(res)
    assert "legal_personality_from(2008-03-20)" in got
    assert "R6133-11@2006-01-01.3" in _provisions(res, "legal_personality_from(2008-03-20)")
    assert 'publication_missing("Pays de la Loire")' not in got


def test_a2_a_publication_between_a_refusal_and_the_approval_2012():
    # the refusal's publication: not counted, no warning (a decision was made by then)
    decisions = ('ars_decision dec0 on 2012-01-05 by ars_director_general published 2012-01-08 { refuses convention }\n  '
                 + APPROVES_2012)
    res = _run(PUBIN_2012.format(pub="2012-01-10", decisions=decisions))
    got = _conclusions(res)
    assert 'publication_missing("Bourgogne")' in got
    assert not any(c.startswith("legal_personality_from(") for c in got)
    assert not any(w.startswith("no_effect(published_in") for w in _warnings(res))


# --- A3: the activity report sent from 2010-04-01 goes to the ARS director general --------------------
# R6133-11 of 2006 al. 6: « Le groupement transmet chaque année au directeur de l'agence régionale de
# l'hospitalisation un rapport approuvé par l'assemblée générale, retraçant son activité. » The ARH was
# replaced by the ARS on 1 April 2010 (its director general took over the ARH director's powers that day),
# while the text, not amended until 2010-07-26, still names the ARH director.

# /tmp/r35/scen/rv2/report_2010.gcs, with the assembly and the sending dates as parameters
REPORT_2010 = """groupement g "GCS Test" {{
  as of 2010-06-30
  approved 2008-03-01
  seat "Rennes" region "Bretagne"
  capital none
  member a "CHU A" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Bretagne" rights 50 }}
  administrator a elected 2008-04-01
  assembly ag2010 on {assembly} {{
    convened_on {convened} by administrator
    present a, b
    deliberation d1 on activity_report {{ for a, b }}
  }}
  activity_report 2009 approved_by ag2010.d1 sent {sent}
}}
"""


def _sentence(res, conclusion: str, lang: str = "fr") -> str:
    return next(c.sentence(lang) for c in res.conclusions if str(c).replace(", ", ",") == conclusion)


def test_a3_a_report_sent_from_2010_04_01_goes_to_the_ars_director_general():
    res = _run(REPORT_2010.format(assembly="2010-05-10", convened="2010-04-20", sent="2010-05-15"))
    atom = "activity_report_transmitted(2009,2010-05-15)"
    assert atom in _conclusions(res)
    fr = _sentence(res, atom)
    assert "directeur général de l'agence régionale de santé" in fr
    assert "15 mai 2010" in fr
    assert "transmis au directeur de l'agence régionale de l'hospitalisation" not in fr
    assert "director general of the agence régionale de santé" in _sentence(res, atom, "en")


def test_a3_a_report_sent_before_2010_04_01_goes_to_the_arh_director():
    res = _run(REPORT_2010.format(assembly="2010-03-01", convened="2010-02-10", sent="2010-03-15"))
    atom = "activity_report_transmitted(2009,2010-03-15)"
    assert atom in _conclusions(res)
    fr = _sentence(res, atom)
    assert "transmis au directeur de l'agence régionale de l'hospitalisation le 15 mars 2010" in fr
    assert "agence régionale de santé" not in fr


def test_a3_a_report_sent_before_its_approval_names_the_authority_of_the_sending_day():
    atom = "activity_report_irregular(2009,sent_before_approval)"
    res = _run(REPORT_2010.format(assembly="2010-05-10", convened="2010-04-20", sent="2010-04-15"))
    assert atom in _conclusions(res)
    fr = _sentence(res, atom)
    assert "directeur général de l'agence régionale de santé" in fr and "avant l'assemblée générale" in fr
    res = _run(REPORT_2010.format(assembly="2010-03-20", convened="2010-03-01", sent="2010-03-10"))
    assert atom in _conclusions(res)
    fr = _sentence(res, atom)
    assert "transmis au directeur de l'agence régionale de l'hospitalisation avant" in fr
