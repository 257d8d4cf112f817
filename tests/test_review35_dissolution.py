"""Review 35, dissolution (findings D1 to D4).

The reviewer's scenarios are in tests/data/review35_dissolution/ (copied as written). Expected values are read
from the French texts:

- R6133-17 of 2006 al. 1 « Le groupement est dissous de plein droit par l'arrivée du terme de sa durée
  conventionnelle »; al. 3 « Il peut également être dissous par décision de l'assemblée générale »; al. 4 « La
  dissolution du groupement est notifiée au directeur de l'agence régionale de l'hospitalisation dans un délai de
  quinze jours. Celui-ci en assure la publicité dans les formes prévues à l'article R. 6133-11. »
- R6133-8 of 2010 al. 1 (the same), al. 2 « l'ensemble de l'actif et du passif du groupement ainsi que ses droits et
  obligations sont répartis entre les membres conformément aux règles définies par la convention constitutive ».
- R6133-19 of 2006 « En cas de dissolution, les biens du groupement sont dévolus conformément aux règles déterminées
  par la convention constitutive ou par les avenants à celle-ci. »
- R6133-8 of 2017 I 1° « Par décision de l'assemblée générale », I 2° « Lorsque le groupement prévoit une durée, il
  est dissous au terme de cette dernière ».
"""

from pathlib import Path

import gcs_reasoner as gcs

DATA = Path(__file__).resolve().parent / "data" / "review35_dissolution"


def scenario(name, as_of=None):
    text = (DATA / f"{name}.gcs").read_text(encoding="utf-8")
    return gcs.reason(gcs.loads(text), as_of=as_of) if as_of else gcs.reason(gcs.loads(text))


def texts(result, prefix):
    return sorted(c.text for c in result.conclusions if c.text.startswith(prefix))


TERM_THEN_ASSEMBLY = """groupement g "G" {{
  as of {as_of}
  approved {approved}
  seat "Guéret" region "Limousin"
  duration until {term}
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  convention {{
    object "Imagerie médicale"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution {{ for ch_a, ch_b }}
  }}
  dissolution by ag1.d1 notified {notified}
}}
"""


def term_then_assembly(term, day, convened, notified, as_of, approved="2008-03-01"):
    return gcs.reason(gcs.loads(TERM_THEN_ASSEMBLY.format(term=term, day=day, convened=convened, notified=notified,
                                                          as_of=as_of, approved=approved)))


# --- D4: an assembly voting after a dissolution of right does not dissolve it again ---------------------------


def test_d4_assembly_after_the_term_dissolves_nothing_more():
    """e1: the term 2013-06-30 dissolves the groupement from 2013-07-01 (al. 1); the assembly of 2013-09-01
    finds it dissolved: no dissolved_on(assembly_decision, 2013-09-02), as for two assemblies (e2)."""
    result = scenario("e1_term_then_asm")
    assert texts(result, "dissolved_on(") == ["dissolved_on(term_reached, 2013-07-01)"]
    assert not result.holds("dissolution_required(assembly_decision)")
    assert result.holds("dissolution_required(term_reached)")
    assert result.holds("in_liquidation(2013-07-01)")
    # the delay runs from the term (R6133-8 of 2010 al. 2: fifteen days from 2013-06-30): 2013-07-15
    assert result.holds("notification_due(dissolution, 2013-07-15)")
    assert result.holds("notification_late(dissolution, 2013-09-05)")


def test_d4_two_assemblies_unchanged():
    result = scenario("e2_asm_then_asm")
    assert texts(result, "dissolved_on(") == ["dissolved_on(assembly_decision, 2013-07-01)"]


def test_d4_assembly_after_the_term_under_the_texts_of_2017():
    """R6133-8 of 2017 I 2°: the term 2018-06-30 dissolves it from 2018-07-01; the assembly of 2018-09-01
    (I 1°) dissolves nothing more, and owes no publicity of its own (L6133-9 al. 2 for the term's dissolution)."""
    result = term_then_assembly("2018-06-30", "2018-09-01", "2018-08-10", "2018-09-05", "2018-12-01",
                                approved="2015-03-01")
    assert texts(result, "dissolved_on(") == ["dissolved_on(term_reached, 2018-07-01)"]
    assert result.holds("in_liquidation(2018-07-01)")
    assert not result.holds("dissolution_required(assembly_decision)")


def test_d4_assembly_on_the_last_day_of_the_term_is_said_beside_it():
    """Held on the term's last day, the assembly's decision takes effect the same first day as the term: both
    grounds are said side by side (as the golden dissolution_term_and_case does for two grounds of right)."""
    result = term_then_assembly("2013-06-30", "2013-06-30", "2013-06-10", "2013-07-05", "2013-12-01")
    assert texts(result, "dissolved_on(") == ["dissolved_on(assembly_decision, 2013-07-01)",
                                             "dissolved_on(term_reached, 2013-07-01)"]
    assert result.holds("notification_due(dissolution, 2013-07-15)")
    assert not result.holds("notification_late(dissolution, 2013-07-05)")


def test_d4_assembly_before_the_term_dissolves():
    """An assembly before the term dissolves the groupement; the term, later, finds it dissolved."""
    result = term_then_assembly("2013-06-30", "2013-03-01", "2013-02-10", "2013-03-05", "2013-12-01")
    assert "dissolved_on(assembly_decision, 2013-03-02)" in texts(result, "dissolved_on(")
    assert result.holds("in_liquidation(2013-03-02)")
    assert result.holds("notification_due(dissolution, 2013-03-16)")


# --- D1: a term reached before 2006 is not judged: the later assembly's dissolution is not drawn either ---------

ASSEMBLY_AFTER_OLD_TERM = """groupement g "G" {{
  as of {as_of}
  approved 2002-03-01
  seat "Guéret" region "Limousin"
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  convention {{
    object "Imagerie médicale"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
{term}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution {{ for ch_a, ch_b }}
  }}
  dissolution by ag1.d1 notified {notified}
}}
"""


def assembly_after(term, day, convened, notified, as_of):
    return gcs.reason(gcs.loads(ASSEMBLY_AFTER_OLD_TERM.format(
        term=f"  duration until {term}" if term else "", day=day, convened=convened, notified=notified,
        as_of=as_of)))


NOT_JUDGED_FR = ("aucune conclusion sur la dissolution prononcée par l'assemblée générale et ses suites (date, "
                 "liquidation, notification, publicité)")


def _not_judged_warnings(result):
    return [w for w in result.warnings if NOT_JUDGED_FR in w.message_fr]


def test_d1_assembly_after_a_term_of_2005_draws_nothing_and_warns():
    """f1: the term 2005-06-30 is not judged (décret 2005-1681 art. 3); if it dissolved the groupement (al. 1),
    the assembly of 2007-06-01 dissolves nothing: no date, no liquidation, no notification delay nor lateness,
    no publicity; the dissolution_not_judged warning says so."""
    result = scenario("f1_term2005_asm2007")
    assert result.holds("event_not_judged(term_reached, 2005-06-30)")
    for prefix in ("dissolved_on(", "dissolution_required(", "in_liquidation(", "notification_due(dissolution",
                   "notification_late(dissolution", "notification_missing(dissolution",
                   "publication_required(dissolution", "assets_devolved_per_convention",
                   "liquidator_not_appointed("):
        assert not texts(result, prefix), prefix
    assert len(_not_judged_warnings(result)) == 1
    assert _not_judged_warnings(result)[0].atom == ("missing_fact(assembly_dissolution, groupement, "
                                                    "dissolution_not_judged)")


def test_d1_the_same_assembly_without_the_old_term_dissolves():
    """Positive anchor: the same file without the term of 2005: dissolved from 2007-06-02 (al. 3), notification
    due 2007-06-16 (al. 4, fifteen days from 2007-06-01), made 2007-06-25: late; publicity owed."""
    result = assembly_after(None, "2007-06-01", "2007-05-10", "2007-06-25", "2008-03-01")
    assert texts(result, "dissolved_on(") == ["dissolved_on(assembly_decision, 2007-06-02)"]
    assert result.holds("in_liquidation(2007-06-02)")
    assert result.holds("notification_due(dissolution, 2007-06-16)")
    assert result.holds("notification_late(dissolution, 2007-06-25)")
    assert result.holds("publication_required(dissolution)")
    assert not _not_judged_warnings(result)


def test_d1_a_term_of_2007_is_judged_and_dissolves_first():
    """Positive anchor: a term of 2007-03-31 is judged (al. 1): dissolved from 2007-04-01, and the assembly of
    2007-06-01 dissolves nothing more (D4); no warning of an event not judged."""
    result = assembly_after("2007-03-31", "2007-06-01", "2007-05-10", "2007-06-25", "2008-03-01")
    assert texts(result, "dissolved_on(") == ["dissolved_on(term_reached, 2007-04-01)"]
    assert result.holds("notification_due(dissolution, 2007-04-15)")
    assert not _not_judged_warnings(result)


def test_d1_under_the_texts_of_2017_too():
    """R6133-8 of 2017 I 1°: an assembly of 2018 after a term of 2005 not judged: nothing drawn, the warning."""
    result = assembly_after("2005-06-30", "2018-06-01", "2018-05-10", "2018-06-05", "2018-12-01")
    assert result.holds("event_not_judged(term_reached, 2005-06-30)")
    assert not texts(result, "dissolved_on(")
    assert not texts(result, "publication_required(dissolution")
    assert len(_not_judged_warnings(result)) == 1
    anchor = assembly_after(None, "2018-06-01", "2018-05-10", "2018-06-05", "2018-12-01")
    assert texts(anchor, "dissolved_on(") == ["dissolved_on(assembly_decision, 2018-06-02)"]
    assert anchor.holds("publication_required(dissolution)")


# --- D2: the publicity of al. 4 names the authority as the notification does ------------------------------------

# (review 36 E6: an event from 2010-04-01 names the ARS director general alone, saying he took over the ARH
# director's powers that day; the ARH director alone before, both only where the days straddle that date)
ARS_FROM_2010_FR = ("Le directeur général de l'agence régionale de santé, qui a repris le 1er avril 2010 les "
                    "attributions du directeur de l'agence régionale de l'hospitalisation, doit assurer la publicité")


def _sentence(result, text, lang="fr"):
    conclusion = result.find(text)
    assert conclusion is not None, text
    return conclusion.sentence(lang)


def test_d2_publicity_of_a_dissolution_from_april_2010_names_the_ars():
    """f2: an assembly of 2010-05-20 (R6133-17 of 2006 still in force until 2010-07-25): al. 4 « Celui-ci en
    assure la publicité » — « celui-ci », the ARH director, whose powers pass to the director general of the ARS
    from 1 April 2010; the sentence says so, as notification_due's does."""
    result = scenario("f2_publicity_arh_2010")
    assert result.holds("publication_required(dissolution)")
    assert result.find("publication_required(dissolution)").provisions == ["R6133-17@2006-01-01.4"]
    fr = _sentence(result, "publication_required(dissolution)")
    assert fr.startswith(ARS_FROM_2010_FR), fr
    en = _sentence(result, "publication_required(dissolution)", "en")
    assert en.startswith("The director general of the agence régionale de santé (ARS), who took over the powers of "
                         "the director of the ARH on 1 April 2010, must publicise")
    due = _sentence(result, "notification_due(dissolution, 2010-06-04)")
    assert "au directeur général de l'agence régionale de santé, qui a repris le 1er avril 2010" in due


# --- D3: the devolution is judged under the text in force on the first day dissolved ----------------------------

DISSOLVED = """groupement g "G" {{
  as of {as_of}
  approved 2008-03-01
  seat "Guéret" region "Limousin"
  member ch_a "CH A" {{ kind health_establishment sector public region "Limousin" rights 60 }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Limousin" rights 40 }}
  convention {{
    object "Imagerie médicale"
    task_split
    vote_weight rights
{mentions}
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_a, ch_b
    deliberation d1 on dissolution {{ for ch_a, ch_b }}
    deliberation d2 on liquidation {{ for ch_a, ch_b }}
  }}
  liquidator "Maître Dumas" by ag1.d2
  dissolution by ag1.d1 notified {notified}
  participation ch_a premises 10_000 year 2008
}}
"""


def dissolved(day, convened, notified, as_of, rules=True):
    return gcs.reason(gcs.loads(DISSOLVED.format(day=day, convened=convened, notified=notified, as_of=as_of,
                                                 mentions="    mentions dissolution_rules" if rules else "")))


def test_d3_dissolved_in_2009_devolves_under_r6133_19_of_2006_when_looked_at_in_2011():
    """f3: dissolved from 2009-06-16 (R6133-17 of 2006), as of 2011-01-01: the liquidation, a state, under R6133-8
    of 2010 al. 2; the devolution « En cas de dissolution » under R6133-19 of 2006, the text of the first day
    dissolved (the same as g1 looked at on 2010-07-25)."""
    result = scenario("f3_devolution_2009_asof2011")
    assert result.find("in_liquidation(2009-06-16)").provisions == ["R6133-8@2010-07-26.2"]
    assert result.find("assets_devolved_per_convention").provisions == ["R6133-19@2006-01-01.1"]
    assert result.find("remains_property_of(ch_a, premises)").provisions == ["R6133-19@2006-01-01.2"]
    before = scenario("g1_dissolved2009_asof2010")
    assert before.find("assets_devolved_per_convention").provisions == ["R6133-19@2006-01-01.1"]
    assert before.find("remains_property_of(ch_a, premises)").provisions == ["R6133-19@2006-01-01.2"]
    later = scenario("g1_dissolved2009_asof2011")
    assert later.find("assets_devolved_per_convention").provisions == ["R6133-19@2006-01-01.1"]


def test_d3_devolution_rules_missing_under_the_text_of_the_dissolution():
    """No devolution rules in the convention: under R6133-19 of 2006 for a dissolution of 2009, seen in 2011."""
    result = dissolved("2009-06-15", "2009-05-25", "2009-06-20", "2011-01-01", rules=False)
    assert result.find("devolution_rules_missing").provisions == ["R6133-19@2006-01-01.1"]
    assert not result.holds("assets_devolved_per_convention")


def test_d3_dissolved_from_2010_07_26_devolves_under_r6133_8_of_2010():
    """An assembly of 2010-07-25 dissolves from 2010-07-26, the first day of R6133-8 of 2010: its al. 2 shares
    the assets and liabilities; one of 2010-07-24 dissolves from 2010-07-25, under R6133-19 of 2006."""
    on_26 = dissolved("2010-07-25", "2010-07-05", "2010-07-30", "2011-01-01")
    assert on_26.holds("in_liquidation(2010-07-26)")
    assert on_26.find("assets_devolved_per_convention").provisions == ["R6133-8@2010-07-26.2"]
    assert on_26.find("remains_property_of(ch_a, premises)").provisions == ["R6133-8@2010-07-26.2"]
    on_25 = dissolved("2010-07-24", "2010-07-05", "2010-07-30", "2011-01-01")
    assert on_25.holds("in_liquidation(2010-07-25)")
    assert on_25.find("assets_devolved_per_convention").provisions == ["R6133-19@2006-01-01.1"]
    missing = dissolved("2011-03-01", "2011-02-10", "2011-03-05", "2011-06-01", rules=False)
    assert missing.find("devolution_rules_missing").provisions == ["R6133-8@2010-07-26.2"]


def test_d3_dissolved_in_2018_devolves_under_the_ii_of_2017():
    result = dissolved("2018-03-01", "2018-02-10", "2018-03-05", "2018-06-01")
    assert result.holds("in_liquidation(2018-03-02)")
    assert result.find("assets_devolved_per_convention").provisions == ["R6133-8@2017-04-28.II"]
