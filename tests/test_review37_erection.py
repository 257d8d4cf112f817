"""Review 37, fixer F: erection in one act, a dissolution's publication, a late scale.

F1. R6133-12 of 2010 / R6133-17 of 2017: I governs the first grant to a groupement « dont il a, antérieurement,
approuvé et publié la convention constitutive »; II: « Lorsqu'un groupement de coopération sanitaire se crée en ayant
pour objet notamment d'être titulaire d'une autorisation d'activités de soins, le directeur général … décide aux termes
d'un même acte : 1° L'approbation de la convention constitutive … 2° La délivrance d'une autorisation … 3° L'érection
… 4° L'échelle tarifaire … Cette décision porte ses effets de droit, au jour de sa publication au recueil des actes
administratifs de la région. » A decision approving the convention that also grants a care authorisation or erects
cannot rest on I (no convention approved and published before it): it is read as the act of II, whether or not the
convention states the vocation (doubtful_text says the reading): no status, scale or financing before its
publication.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review37>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _warnings(result, code: str) -> list[str]:
    return sorted(str(w.atom) for w in result.warnings if w.code == code)


# --- F1: the single act without the vocation mention ---------------------------------------------------------------

S2 = """groupement s2 "GCS Chirurgie Atlantique" {{
  as of {as_of}
  submitted 2018-01-10
  seat "Nantes" region "Pays de la Loire"
  capital none
  declared_nature private
  member chu "CHU de Nantes" {{ kind health_establishment sector public funding a region "Pays de la Loire" rights 40 }}
  member clin "Clinique Jules Verne" {{ kind health_establishment sector private funding d region "Pays de la Loire" rights 35 }}
  member clin2 "Clinique Bretéché" {{ kind health_establishment sector private funding d region "Pays de la Loire" rights 25 }}
  convention {{
    signed_by chu, clin, clin2
{vocation}  }}
  authorisation chir care_activity "Chirurgie" held_by groupement
  tariff_option d received 2018-01-10
  ars_decision dec1 on 2018-02-05 published 2018-02-12 {{
    approves convention
{acts}  }}
}}
"""

ALL_ACTS = "    grants chir\n    erects\n    tariff_scale abc\n"
STATUS = ("health_establishment(", "tariff_scale(", "financed_as_health_establishment",
          "gcs_kind(health_establishment)", "legal_personality_from(")


def _s2(as_of: str, vocation: bool = False, acts: str = ALL_ACTS) -> str:
    return S2.format(as_of=as_of, vocation="    vocation hold_authorisation\n" if vocation else "", acts=acts)


def test_single_act_without_vocation_has_no_effect_before_its_publication():
    """As of 2018-02-08 (decision of 2018-02-05, published 2018-02-12): nothing dated from the decision."""
    r = _reason(_s2("2018-02-08"))
    held = _held(r)
    assert "single_act_effective(dec1,2018-02-12)" in {h.replace(" ", "") for h in held}
    assert "gcs_kind(means)" in held
    assert not [h for h in held if h.startswith(STATUS)], held
    assert _warnings(r, "doubtful_text") == ["doubtful_text(single_act_without_vocation, dec1)"]


def test_single_act_without_vocation_takes_effect_on_its_publication():
    r = _reason(_s2("2018-02-12"))
    held = _held(r)
    assert "health_establishment(private, 2018-02-12)" in held
    assert "tariff_scale(abc)" in held
    assert "financed_as_health_establishment" in held
    assert "gcs_kind(health_establishment)" in held
    assert "legal_personality_from(2018-02-12)" in held
    assert "missing_mention(authorisation_vocation)" in held
    assert not [h for h in held if h.startswith("health_establishment(") and "2018-02-05" in h]
    assert not [h for h in held if h.startswith("legal_personality_from(") and "2018-02-05" in h]


def test_with_vocation_same_dates_and_no_doubt():
    """The convention stating the vocation: the same dates, no doubtful_text, no missing vocation mention."""
    before = _reason(_s2("2018-02-08", vocation=True))
    assert not [h for h in _held(before) if h.startswith(STATUS)]
    assert "gcs_kind(means)" in _held(before)
    after = _reason(_s2("2018-02-12", vocation=True))
    assert "health_establishment(private, 2018-02-12)" in _held(after)
    assert "missing_mention(authorisation_vocation)" not in _held(after)
    assert _warnings(after, "doubtful_text") == []


def test_erection_only_in_the_approving_decision_is_the_single_act():
    """Approving and erecting (no grant) in one decision: still II's act; the grant missing from it is said."""
    r = _reason(_s2("2018-02-12", acts="    erects\n    tariff_scale abc\n"))
    held = _held(r)
    assert "single_act_effective(dec1, 2018-02-12)" in held
    assert "single_act_missing(grant)" in held
    assert not [h for h in held if h.startswith("health_establishment(") and "2018-02-05" in h]
    assert _warnings(r, "doubtful_text") == ["doubtful_text(single_act_without_vocation, dec1)"]


def test_plain_approval_is_not_the_single_act():
    """An approval alone (no grant, no erection, no vocation): R6133-1-1 of 2017 al. 4 dates the personality from the
    decision, no single act, no doubt."""
    r = _reason(_s2("2018-02-08", acts="").replace(
        '  authorisation chir care_activity "Chirurgie" held_by groupement\n', ""))
    held = _held(r)
    assert "legal_personality_from(2018-02-05)" in held
    assert not [h for h in held if h.startswith("single_act")]
    assert _warnings(r, "doubtful_text") == []


S2010 = """groupement g10 "GCS Test 2012" {{
  as of {as_of}
  seat "Nantes" region "Pays de la Loire"
  capital none
  declared_nature private
  member chu "CHU de Nantes" {{ kind health_establishment sector public region "Pays de la Loire" rights 50 }}
  member clin "Clinique A" {{ kind health_establishment sector private region "Pays de la Loire" rights 50 }}
  convention {{
    signed_by chu, clin
  }}
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on 2012-03-01 published 2012-03-20 {{
    approves convention
    grants chir
    erects
    tariff_scale d
  }}
}}
"""


def test_2010_text_single_act_without_vocation():
    """R6133-12 II of 2010: the same words, the same reading."""
    before = _reason(S2010.format(as_of="2012-03-10"))
    held = _held(before)
    assert "single_act_effective(dec1, 2012-03-20)" in held
    assert not [h for h in held if h.startswith(("health_establishment(", "tariff_scale("))], held
    assert _warnings(before, "doubtful_text") == ["doubtful_text(single_act_without_vocation, dec1)"]
    after = _held(_reason(S2010.format(as_of="2012-03-20")))
    assert [h for h in after if h.startswith("health_establishment(")] == ["health_establishment(private, 2012-03-20)"]
    assert "tariff_scale(d)" in after


def test_grant_after_published_approval_stays_under_i():
    """Approval published before the grant (R6133-17 I): the erection in the grant's decision dates from it."""
    text = """groupement g1 "GCS I" {
  as of 2018-06-01
  approved 2018-01-05
  seat "Nantes" region "Pays de la Loire"
  capital none
  declared_nature private
  member chu "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  member clin "Clinique A" { kind health_establishment sector private region "Pays de la Loire" rights 50 }
  authorisation chir care_activity "Chirurgie" held_by groupement
  ars_decision dec1 on 2018-03-01 published 2018-03-20 {
    grants chir
    erects
    tariff_scale d
  }
}
"""
    r = _reason(text)
    held = _held(r)
    assert "health_establishment(private, 2018-03-01)" in held
    assert not [h for h in held if h.startswith("single_act")]
    assert _warnings(r, "doubtful_text") == []


# --- F2: the dissolution's late publication cites R6133-8, as its publication_due does -----------------------------
# R6133-8 of 2017 / 2019 / 2021, I 1° and 2° « qui en assure la publication dans les conditions de forme prévues au
# troisième alinéa de l'article R. 6133-1-1 »; I 3° « Cette décision fait l'objet d'une publication au recueil des actes
# administratifs de la région dans les conditions de forme prévues au troisième alinéa de l'article R. 6133-1-1 ».

from tests.test_review29_dissolution_publication import DG, LATE, assembly, by_law  # noqa: E402


def _late_cites_as_due(result, due: str, expected: list[str]):
    assert result.find(f"publication_due(dissolution, {due})").provisions == expected
    assert result.find(LATE).provisions == expected


def test_assembly_dissolution_late_cites_r6133_8_i_1():
    late = assembly(clause=" notified 2019-06-10 published 2019-08-01")
    _late_cites_as_due(late, "2019-06-25", ["R6133-8@2019-05-05.I.1.1", "R6133-1-1@2017-04-28.3"])
    unpublished = assembly(clause=" notified 2019-06-10", as_of="2019-06-26")
    _late_cites_as_due(unpublished, "2019-06-25", ["R6133-8@2019-05-05.I.1.1", "R6133-1-1@2017-04-28.3"])
    in_time = assembly(clause=" notified 2019-06-10 published 2019-06-25")
    assert in_time.holds("publication_due(dissolution, 2019-06-25)")
    assert not in_time.holds(LATE)


def test_by_law_dissolution_late_cites_r6133_8_i_2_each_version():
    late = by_law(clause=" notified 2019-01-05 published 2019-04-01")
    _late_cites_as_due(late, "2019-01-20", ["R6133-8@2017-04-28.I.1.2", "R6133-1-1@2017-04-28.3"])
    late22 = by_law(term="2021-12-31", clause=" notified 2022-01-03", as_of="2022-03-01")
    _late_cites_as_due(late22, "2022-01-18", ["R6133-8@2021-12-27.I.1.2", "R6133-1-1@2017-04-28.3"])
    in_time = by_law(clause=" notified 2019-01-05 published 2019-01-20")
    assert in_time.holds("publication_due(dissolution, 2019-01-20)")
    assert not in_time.holds(LATE)


def test_director_general_dissolution_late_cites_r6133_8_i_3():
    """The reviewer's s3: the decision of 2022-09-01, due 2022-09-16, published 2022-09-20."""
    late = gcs.reason(gcs.loads(DG.format(clause=" published 2022-09-20")))
    _late_cites_as_due(late, "2022-09-16", ["R6133-8@2021-12-27.I.1.3", "R6133-1-1@2017-04-28.3"])
    in_time = gcs.reason(gcs.loads(DG.format(clause=" published 2022-09-16")))
    assert in_time.holds("publication_due(dissolution, 2022-09-16)")
    assert not in_time.holds(LATE)


def test_convention_late_still_cites_r6133_1_1():
    """The convention's own publication stays R6133-1-1 al. 3's (« est publiée dans un délai de quinze jours »)."""
    text = """groupement c "GCS C" {
  as of 2018-06-01
  seat "Nantes" region "Pays de la Loire"
  member chu "CHU de Nantes" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  member ch "CH B" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  ars_decision dec1 on 2018-02-01 published 2018-03-01 { approves convention }
}
"""
    r = _reason(text)
    assert r.find('publication_late(convention, "Pays de la Loire")').provisions == ["R6133-1-1@2017-04-28.3"]


# --- F3: the scale decided after the month of R6133-16 I al. 1 (2010) / R6133-21 I al. 1 (2017) ----------------------
# « le directeur général … décide de l'échelle tarifaire applicable, après avoir pris connaissance de l'option exprimée
# par le groupement, dans un délai d'un mois à compter de sa réception ». Extension: tariff_decision_late(Dec, Due),
# no effect on the scale (the text attaches no sanction).

S5 = """groupement s5 "GCS Plateau Loire" {{
  as of {as_of}
  approved {approved}
  seat "Angers" region "Pays de la Loire"
  capital none
  member chu "CHU d'Angers" {{ kind health_establishment sector public funding a eligible_holder region "Pays de la Loire" rights 50 }}
  member clin "Clinique de l'Anjou" {{ kind health_establishment sector private funding d eligible_holder region "Pays de la Loire" rights 50 }}
  authorisation chir care_activity "Chirurgie" held_by clin granted 2005-01-01
  operates chir site "Angers"
  tariff_option d received {received}
  ars_decision dec1 on {decided} {{ authorises_billing tariff_scale {scale} }}
}}
"""


def _s5(decided: str, scale: str = "d", received: str = "2018-01-10", approved: str = "2018-01-05",
        as_of: str = "2018-06-01"):
    return _reason(S5.format(decided=decided, scale=scale, received=received, approved=approved, as_of=as_of))


def test_scale_decided_after_the_month_is_late_2017():
    """The reviewer's s5: option received 2018-01-10, due 2018-02-10, decided 2018-03-20."""
    r = _s5("2018-03-20")
    assert r.holds("tariff_decision_due(2018-02-10)")
    assert r.holds("tariff_decision_late(dec1, 2018-02-10)")
    assert r.find("tariff_decision_late(dec1, 2018-02-10)").provisions == ["R6133-21@2017-04-28.I.1"]
    assert r.holds("tariff_scale(d)")  # no sanction: the scale decided applies


def test_scale_decided_on_the_last_day_is_in_time():
    on_time = _s5("2018-02-10")
    assert on_time.holds("tariff_decision_due(2018-02-10)")
    assert on_time.holds("tariff_scale(d)")
    assert not [c for c in _held(on_time) if c.startswith("tariff_decision_late")]
    assert _s5("2018-02-11").holds("tariff_decision_late(dec1, 2018-02-10)")


def test_scale_decided_late_under_the_2010_text():
    """R6133-16 of 2010 I al. 1, the same words: option received 2012-01-31, due 2012-02-29 (no 31st)."""
    r = _s5("2012-03-15", received="2012-01-31", approved="2012-01-05", as_of="2012-06-01")
    assert r.holds("tariff_decision_due(2012-02-29)")
    assert r.holds("tariff_decision_late(dec1, 2012-02-29)")
    assert r.find("tariff_decision_late(dec1, 2012-02-29)").provisions == ["R6133-16@2010-07-26.I.1"]
    on_time = _s5("2012-02-29", received="2012-01-31", approved="2012-01-05", as_of="2012-06-01")
    assert on_time.holds("tariff_decision_due(2012-02-29)")
    assert not [c for c in _held(on_time) if c.startswith("tariff_decision_late")]


def test_late_disagreement_is_not_also_a_late_decision():
    """The first decision stating another scale is the disagreement (al. 3): tariff_disagreement_late says it."""
    r = _s5("2018-03-20", scale="abc")
    assert r.holds("tariff_disagreement(dec1)")
    assert r.holds("tariff_disagreement_late(dec1)")
    assert not [c for c in _held(r) if c.startswith("tariff_decision_late")]


def test_option_received_before_the_2010_text_no_month():
    """An option received before 2010-07-26: no text sets the month, nothing is said late."""
    r = _s5("2010-09-20", received="2010-07-01", approved="2010-06-01", as_of="2010-12-01")
    held = _held(r)
    assert "tariff_scale(d)" in held
    assert not [c for c in held if c.startswith(("tariff_decision_due", "tariff_decision_late"))]
