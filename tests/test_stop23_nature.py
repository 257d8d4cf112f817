"""Legal nature (stop 23, a black-box review of nature and accounting): a majority of participations resting
on an in-kind participation whose amount the decree does not recognise; a liberal nurse under the 2004 text;
the words of the explanation. Each test fails on the rules before."""

from __future__ import annotations

import re

import pytest

import gcs_reasoner as gcs

FLAT = """groupement n27 "GCS Brancardage Oise" {
  as of 2010-06-01
  approved 2008-02-01
  seat "Beauvais" region "Picardie"
  capital none
  running_costs yes
  member ch_be "CH de Beauvais" { kind health_establishment sector public region "Picardie" rights 50 }
  member clin_o "Clinique de l'Oise" { kind health_establishment sector private region "Picardie" rights 50 }
  participation ch_be staff 60_000 year 2010 valued flat
  participation clin_o financial 50_000 year 2010
}
"""


def _reason(text, as_of=None):
    return gcs.reason(gcs.loads(text, path="<nature>"), as_of=as_of)


def _missing(result):
    """The missing_fact warnings of a member, as `missing_fact(topic, member, attribute)` (the atoms the
    warnings say in words)."""
    members = {m.id for m in result.scenario.groupement.members}
    return {f"missing_fact({t}, {m}, {a})" for t, m, a in
            ((str(x) for x in sym.arguments) for sym in result._warning_atoms if sym.name == "missing_fact")
            if m in members}


@pytest.mark.parametrize("as_of, word", [("2010-06-01", "real_cost"), ("2010-09-01", "valuation")])
def test_a_majority_resting_on_a_flat_valued_participation_gives_no_nature(as_of, word):
    """L6133-3@2009-07-23.I.5 « Les modalités d'évaluation des apports ou des participations en nature sont
    déterminées par décret en Conseil d'Etat »; R6133-7@2006-01-01 « sur la base de leur coût réel »,
    R6133-3@2010-07-26.2 « sur la base de leur valeur nette comptable ou de leur coût réel ». The hospital's
    staff valued flat (60 000) against the clinic's cash (50 000): its amount is not established, the majority
    of I.3 is not either; nothing is drawn, with a missing_fact, as for the rights."""
    result = _reason(FLAT, as_of)
    assert not result.by_predicate("nature"), [str(c) for c in result.by_predicate("nature")]
    assert not result.by_predicate("accounting")
    assert f"missing_fact(nature, ch_be, {word})" in _missing(result)


def test_net_book_value_is_not_the_real_cost_before_the_2010_decree():
    """R6133-7@2006-01-01 « L'évaluation des contributions en nature est faite sur la base de leur coût réel »:
    before 2010-07-26 a net book value is not a valuation the decree recognises either."""
    text = FLAT.replace("valued flat", "valued net_book_value")
    assert not _reason(text).by_predicate("nature")
    assert "missing_fact(nature, ch_be, real_cost)" in _missing(_reason(text))
    # under R6133-3@2010-07-26.2 the net book value is allowed: the public majority holds
    assert _reason(text, "2010-09-01").holds("nature(public)")


def test_a_majority_that_holds_whatever_the_unvalued_amount_is_drawn():
    """L6133-3@2009-07-23.I.3 « soit si la majorité ... des participations à ses charges de fonctionnement
    proviennent de personnes de droit public »: the hospital's cash alone (60 000) is above the clinic's
    (50 000); its flat-valued staff can only add to it."""
    text = FLAT.replace("participation ch_be staff 60_000 year 2010 valued flat",
                        "participation ch_be financial 60_000 year 2010\n"
                        "  participation ch_be staff 10_000 year 2010 valued flat")
    result = _reason(text)
    assert result.holds("nature(public)")
    assert not any("nature" in w for w in _missing(result))
    # the same unvalued amount on the clinic's side could exceed the hospital's: nothing is drawn
    other = FLAT.replace("participation ch_be staff 60_000 year 2010 valued flat",
                         "participation ch_be financial 60_000 year 2010") \
        .replace("participation clin_o financial 50_000 year 2010",
                 "participation clin_o staff 50_000 year 2010 valued flat")
    result = _reason(other)
    assert not result.by_predicate("nature")
    assert "missing_fact(nature, clin_o, real_cost)" in _missing(result)


def test_the_2011_text_does_not_count_participations():
    """L6133-3@2011-08-12.I.5 « Dans les autres cas, sa nature juridique est fixée par les membres dans la
    convention constitutive »: no majority; the mixed groupement with no declaration is undetermined."""
    result = _reason(FLAT, "2011-09-01")
    assert result.holds("nature(undetermined)")
    assert not any(w.startswith("missing_fact(nature") for w in _missing(result))


NURSE = """groupement n02 "GCS Soins Infirmiers Creuse" {
  as of 2008-06-30
  approved 2007-01-15
  seat "Guéret" region "Limousin"
  member ch_g "CH de Guéret" { kind health_establishment sector public region "Limousin" rights 70 }
  member idel "Mme B, infirmière" { kind other_health_professional PROFESSION liberal individual authorised 2006-12-01 region "Limousin" rights 30 }
}
"""


def test_a_liberal_nurse_is_a_private_person_under_the_2004_text():
    """L6133-1@2004-08-11.5 « Il constitue une personne morale de droit public lorsqu'il est exclusivement
    constitué d'établissements ou d'organismes publics, ou d'établissements ou d'organismes publics et de
    professionnels médicaux libéraux membres à titre individuel. [...] Dans les autres cas, il peut se
    constituer sous la forme de personne morale de droit privé. » Contract part 1: « a liberal professional is
    a private person ». A public hospital with a liberal nurse (not a medical professional): mixed, no
    declaration, undetermined; the sector of the nurse is not asked for."""
    result = _reason(NURSE.replace("PROFESSION", "profession non_medical"))
    assert result.holds("nature(undetermined)")
    assert "missing_fact(nature, idel, sector)" not in _missing(result)


def test_a_liberal_health_professional_of_medical_profession_under_the_2004_text():
    """« ou d'établissements ou d'organismes publics et de professionnels médicaux libéraux membres à titre
    individuel »: stated `profession medical`, public; no profession stated, it decides: missing_fact."""
    assert _reason(NURSE.replace("PROFESSION", "profession medical")).holds("nature(public)")
    result = _reason(NURSE.replace("PROFESSION ", ""))
    assert not result.by_predicate("nature")
    assert "missing_fact(nature, idel, profession)" in _missing(result)


def test_the_explanation_of_public_accounting_has_no_internal_name():
    """The auxiliary atoms of the nature rules of 2009 and 2011 have a sentence: « not public or liberal 2009 »
    is not shown in the explanation (a review saw it in the French tree)."""
    text = """groupement n07 "GCS" {
  as of 2016-01-01
  approved 2008-02-01
  seat "Bourges" region "Centre"
  member ch_a "CH A" { kind health_establishment sector public region "Centre" rights 60 }
  member ch_b "CH B" { kind health_establishment sector public region "Centre" rights 40 }
}
"""
    result = _reason(text)
    assert result.holds("nature(public)")
    for lang in ("fr", "en"):
        tree = result.explain("accounting(public)").text(lang)
        assert "L'un des membres n'est ni une personne de droit public" in tree or lang == "en"
        for name in ("not public or liberal 2009", "not_public_or_liberal_2009", "not private 2009"):
            assert name not in tree, tree
