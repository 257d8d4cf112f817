"""Review 38: a decision approving the convention and setting the tariff scale, nothing more, is not the single act.

R6133-17 II of 2017 (R6133-12 II of 2010, the same words): « Lorsqu'un groupement de coopération sanitaire se crée en
ayant pour objet notamment d'être titulaire d'une autorisation d'activités de soins, le directeur général de l'agence
régionale de santé décide aux termes d'un même acte : 1° L'approbation de la convention constitutive du groupement ;
2° La délivrance d'une autorisation d'activités de soins à ce groupement … ; 3° L'érection du groupement … en
établissement de santé ; 4° L'échelle tarifaire applicable au groupement érigé en établissement de santé. Cette
décision porte ses effets de droit, au jour de sa publication au recueil des actes administratifs de la région. »

The single act exists when the groupement « se crée en ayant pour objet notamment d'être titulaire d'une autorisation
d'activités de soins »: its object, not the content of the decision. Review 37 reads an approving decision that itself
grants a care authorisation or erects the groupement as that act even with no vocation stated (I, which needs a
convention « antérieurement, approuvé et publié », cannot govern that grant or erection). A scale does not show that
object: the 4° is « L'échelle tarifaire applicable au groupement érigé en établissement de santé », and from 2017 the
code names another approving decision that carries a scale and neither grants nor erects, for the groupement operating
its members' authorisations: R6133-15 I of 2017, « la décision du directeur général … prévue à l'article R. 6133-1-1
comporte également : 1° L'approbation de la convention constitutive … 2° Le cas échéant, l'autorisation du groupement à
facturer les soins … mentionnant l'échelle tarifaire applicable au groupement » (with R6133-13 I al. 3 of 2017, kept
in 2021: « Le directeur général de l'agence régionale de santé décide de l'échelle tarifaire applicable au groupement
suivant la procédure prévue à l'article R. 6133-21 »). So such a decision, the convention stating no vocation, is the
approval decision of R6133-1-1 of 2017 (« Le groupement jouit de la personnalité morale à compter de la décision
d'approbation »), its scale a decision of L6133-8 al. 3 (« Le directeur général de l'agence régionale de santé décide
de l'échelle tarifaire applicable »): neither dated from the publication, no single_act_* and no doubtful_text.
With the vocation stated, the same decision is the single act (its object is the text's condition), and the grant and
the erection missing from it are said.
"""

import pytest

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review38>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _warnings(result, code: str) -> list[str]:
    return sorted(str(w.atom) for w in result.warnings if w.code == code)


SCALE = """groupement s38 "GCS Chirurgie Atlantique" {{
  as of {as_of}
  submitted {y}-01-10
  seat "Nantes" region "Pays de la Loire"
  capital none
  declared_nature private
  member chu "CHU de Nantes" {{ kind health_establishment sector public funding a region "Pays de la Loire" rights 40 }}
  member clin "Clinique Jules Verne" {{ kind health_establishment sector private funding d region "Pays de la Loire" rights 35 }}
  member clin2 "Clinique Bretéché" {{ kind health_establishment sector private funding d region "Pays de la Loire" rights 25 }}
  convention {{
    signed_by chu, clin, clin2
{vocation}  }}
{authorisation}  tariff_option d received {y}-01-10
  ars_decision dec1 on {y}-02-05 published {y}-02-12 {{
    approves convention
{acts}    tariff_scale abc
  }}
}}
"""

SINGLE_ACT = ("single_act_effective(", "single_act_missing(", "missing_fact(single_act")


def _scale(as_of: str, y: str = "2018", vocation: bool = False, grants: bool = False) -> str:
    return SCALE.format(
        as_of=as_of, y=y,
        vocation="    vocation hold_authorisation\n" if vocation else "",
        authorisation='  authorisation chir care_activity "Chirurgie" held_by groupement\n' if grants else "",
        acts="    grants chir\n" if grants else "")


def _single_act_lines(held: set[str]) -> list[str]:
    return sorted(h for h in held if h.startswith(SINGLE_ACT))


@pytest.mark.parametrize("y", ["2018", "2021"])
def test_approval_with_scale_only_is_not_the_single_act(y):
    """No vocation stated, no grant, no erection: R6133-1-1 of 2017 al. 4 « à compter de la décision d'approbation »
    dates the personality from the decision (2018-02-05), before the publication (2018-02-12); the scale the decision
    sets is the one in force (L6133-8 al. 3 « décide de l'échelle tarifaire applicable »); nothing of the single act.
    The same in 2021 (R6133-13 of 2021-03-31 keeps I al. 3 word for word)."""
    r = _reason(_scale(f"{y}-02-08", y=y))
    held = _held(r)
    assert f"legal_personality_from({y}-02-05)" in held
    assert "tariff_scale(abc)" in held
    assert "gcs_kind(means)" in held
    assert _single_act_lines(held) == []
    assert "gcs_kind(health_establishment)" not in held
    assert not [h for h in held if h.startswith("health_establishment(")]
    assert _warnings(r, "doubtful_text") == []


def test_approval_with_scale_only_after_its_publication():
    """On the publication's day L6133-3 I al. 2 (« personnalité morale à dater de cette publication ») gives its date beside
    R6133-1-1's: the two dates, both read from the approval, none from a single act."""
    held = _held(_reason(_scale("2018-02-12")))
    assert "legal_personality_from(2018-02-05)" in held
    assert "legal_personality_from(2018-02-12)" in held
    assert "tariff_scale(abc)" in held
    assert _single_act_lines(held) == []


def test_with_vocation_the_same_decision_is_the_single_act():
    """« se crée en ayant pour objet notamment d'être titulaire d'une autorisation d'activités de soins »: the
    convention says so; the approving decision is the single act, which misses the grant (2°) and the erection (3°)
    but holds the scale (4°); it « porte ses effets de droit, au jour de sa publication »: no personality and no
    scale before 2018-02-12."""
    before = _held(_reason(_scale("2018-02-08", vocation=True)))
    assert _single_act_lines(before) == ["single_act_effective(dec1, 2018-02-12)", "single_act_missing(erection)",
                                         "single_act_missing(grant)"]
    assert "gcs_kind(means)" in before
    assert not [h for h in before if h.startswith(("legal_personality_from(", "tariff_scale("))]
    after = _held(_reason(_scale("2018-02-12", vocation=True)))
    assert "legal_personality_from(2018-02-12)" in after
    assert "legal_personality_from(2018-02-05)" not in after
    assert "tariff_scale(abc)" in after


def test_adding_the_grant_makes_it_the_single_act_without_vocation():
    """The contrast (review 37): the same decision granting a care authorisation to the groupement is read as the
    single act though no vocation is stated (doubtful_text says the reading); nothing dated from 2018-02-05."""
    r = _reason(_scale("2018-02-08", grants=True))
    held = _held(r)
    assert "single_act_effective(dec1, 2018-02-12)" in held
    assert "single_act_missing(erection)" in held
    assert "single_act_missing(tariff_scale)" not in held
    assert not [h for h in held if h.startswith(("legal_personality_from(", "tariff_scale("))]
    assert _warnings(r, "doubtful_text") == ["doubtful_text(single_act_without_vocation, dec1)"]


def test_2010_text_same_reading():
    """R6133-12 II of 2010, the same words: an approving decision of 2012 with a scale only is not the single act
    (the scale is in force from the decision), one of a groupement stating the vocation is."""
    plain = _held(_reason(_scale("2012-02-08", y="2012")))
    assert "tariff_scale(abc)" in plain
    assert _single_act_lines(plain) == []
    voc = _held(_reason(_scale("2012-02-08", y="2012", vocation=True)))
    assert "single_act_effective(dec1, 2012-02-12)" in voc
    assert "single_act_missing(grant)" in voc
    assert "tariff_scale(abc)" not in voc


JOINT = """groupement j38 "GCS Plateau technique Nantes Nord" {
  as of 2018-02-08
  submitted 2018-01-10
  seat "Nantes" region "Pays de la Loire"
  capital none
  member chu "CHU de Nantes" { kind health_establishment sector public funding a eligible_holder region "Pays de la Loire" rights 60 }
  member clin "Clinique Jules Verne" { kind health_establishment sector private funding d eligible_holder region "Pays de la Loire" rights 40 }
  authorisation chir_c care_activity "Chirurgie ambulatoire" held_by clin granted 2015-01-01 modification_requested 2018-01-10
  operates chir_c site "Nantes Nord"
  tariff_option d received 2018-01-10
  ars_decision dec1 on 2018-02-05 published 2018-02-12 {
    approves convention
    modifies chir_c
    authorises_billing
    tariff_scale d
  }
}
"""


def test_joint_operation_approval_with_scale_is_r6133_15_not_the_single_act():
    """R6133-15 I of 2017: the approval decision of a groupement operating a member's authorisation « comporte
    également … l'autorisation du groupement à facturer les soins … mentionnant l'échelle tarifaire »: that decision
    is complete (no joint_decision_invalid) and is not the single act of R6133-17 II; the personality runs from the
    decision (R6133-1-1 al. 4)."""
    r = _reason(JOINT)
    held = _held(r)
    assert "gcs_kind(joint_operation)" in held
    assert "tariff_scale(d)" in held
    assert "legal_personality_from(2018-02-05)" in held
    assert not [h for h in held if h.startswith("joint_decision_invalid(dec1")]
    assert _single_act_lines(held) == []
    assert _warnings(r, "doubtful_text") == []


# --- the warning before legal personality, when the approving decision is the single act ---------------------------

def _before_personality(result) -> list[tuple[str, str]]:
    return sorted((str(w.atom), w.message) for w in result.warnings if w.code == "before_legal_personality")


def test_warning_before_personality_names_the_single_act_not_a_decision_to_come():
    """R6133-17 II of 2017, « Cette décision porte ses effets de droit, au jour de sa publication »: on 2018-02-08 the
    approving decision (2018-02-05) has come, but, being the single act, gives no personality before its publication
    (2018-02-12). The warning says so, not that the decision of R6133-1-1 has not come."""
    r = _reason(_scale("2018-02-08", vocation=True))
    [(atom, message)] = _before_personality(r)
    assert atom == "not_judged(legal_person_states, single_act, 2018-02-08)"
    assert "single act" in message and "day of its publication" in message
    assert "neither of which has come" not in message
    assert "single_act_effective(dec1, 2018-02-12)" in _held(r)
    # the review-37 reading (grant in the approving decision, no vocation): the same sentence
    g = _reason(_scale("2018-02-08", grants=True))
    assert [a for a, _ in _before_personality(g)] == ["not_judged(legal_person_states, single_act, 2018-02-08)"]


def test_warning_before_any_decision_keeps_its_words():
    """The decision dated after the as-of date (not made yet): R6133-1-1's decision has not come, nor the publication:
    the decree's sentence, as before."""
    r = _reason(_scale("2018-02-01", vocation=True))
    [(atom, message)] = _before_personality(r)
    assert atom == "not_judged(legal_person_states, decision, 2018-02-01)"
    assert "neither of which has come" in message
    assert "approval_required(ars_director_general, convention)" in _held(r)


def test_no_warning_when_the_plain_approval_gives_personality():
    """Scale only, no vocation: personality from the decision (R6133-1-1 al. 4): no before_legal_personality."""
    r = _reason(_scale("2018-02-08"))
    assert _before_personality(r) == []
    assert "legal_personality_from(2018-02-05)" in _held(r)
