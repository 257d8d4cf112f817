"""Review 37 (fixer E): the réseau de santé / dispositif d'appui exception and the single member.

R6133-17@2006-01-01.2: « Il est également dissous si, du fait du retrait ou de l'exclusion d'un ou
plusieurs de ses membres, il ne compte plus qu'un seul membre ou s'il ne compte plus en son sein
d'établissement de santé sauf si le groupement constitue un réseau de santé en vertu de l'article
L. 6133-4. » The same sentence in R6133-8 of 2010 (« en application du troisième alinéa de l'article
L. 6133-2 »), of 2017 and 2019 I 2° (« du dernier alinéa de l'article L. 6133-2 ») and, from 2021-12-27,
« sauf si le groupement constitue un dispositif d'appui à la coordination ».

The « sauf si » follows the second case; the contract's illustration ("What a good explanation looks
like") reads it as sparing both: its tree for `dissolution_required(single_member)` ends with « unless
the groupement is a réseau de santé — not stated in the file ». The tool follows the contract: the
groupement left with one member (or none) that is a réseau de santé (until 2021-12-26) or a dispositif
d'appui (from 2021-12-27) is not dissolved on that ground, and what the exception draws for the
groupement left without a health establishment (the conflict on the réseau's reference, the
dispositif's `dissolution_exception`) is drawn alike.

The scenario: three members (a health establishment, an EHPAD, a health centre); one assembly excludes
the EHPAD and the health centre, leaving the health establishment alone from the next day (so the
other case, no health establishment, never arises: every dissolution or exception below is the single
member's).
"""

import gcs_reasoner as gcs

SCENARIO = """groupement g "GCS test" {{
  as of {as_of}
  approved {approved}
  seat "Guéret" region "{region}"
  capital none
  {nature}
  member ch_gueret "CH de Guéret" {{ kind health_establishment sector public region "{region}" rights 40 }}
  member ehpad_felletin "EHPAD de Felletin" {{ kind medico_social_establishment sector public region "{region}" rights 30 }}
  member cds_bourganeuf "Centre de santé de Bourganeuf" {{ kind health_centre sector public region "{region}" rights 30 }}
  convention {{
    object "Coordination des soins"
    task_split
    vote_weight rights
    mentions dissolution_rules
  }}
  assembly ag1 on {day} {{
    convened_on {convened} by administrator
    present ch_gueret, ehpad_felletin, cds_bourganeuf
    deliberation d1 on exclusion of ehpad_felletin {{
      for ch_gueret, cds_bourganeuf
      against ehpad_felletin
      ground breach
      heard ehpad_felletin
    }}
    deliberation d2 on exclusion of cds_bourganeuf {{
      for ch_gueret, ehpad_felletin
      against cds_bourganeuf
      ground breach
      heard cds_bourganeuf
    }}
  }}
}}
"""

NETWORK_2009 = 'conflict("L6133-4@2009-07-23.1", "R6133-17@2006-01-01.2", network_exception)'
NETWORK_2017 = 'conflict("L6133-2@2017-01-14.I.3", "R6133-8@2010-07-26.1", network_exception)'
NETWORK_2021 = 'conflict("L6133-2@2021-11-12.III", "R6133-8@2019-05-05.I.1.2", network_exception)'
DAC = "dissolution_exception(coordination_support)"


def reason(as_of: str, nature: str, day: str, convened: str, approved: str = "2007-03-01",
           region: str = "Limousin"):
    text = SCENARIO.format(as_of=as_of, nature=nature, day=day, convened=convened, approved=approved,
                           region=region)
    return gcs.reason(gcs.loads(text, path="<test>"))


def found(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def dissolution(result) -> set[str]:
    return {str(c) for c in result.conclusions
            if c.predicate in ("dissolution_exception", "dissolved_on", "dissolution_required", "conflict",
                               "in_liquidation")}


def assert_both_excluded(result, day: str) -> None:
    """The positive anchor: the two exclusions are pronounced on the assembly's day."""
    got = found(result)
    assert f"excluded(ehpad_felletin, {day})" in got
    assert f"excluded(cds_bourganeuf, {day})" in got
    assert "member(ch_gueret)" in got


# --- R6133-17 of 2006: « sauf si le groupement constitue un réseau de santé » ----------------------

def test_2006_a_groupement_left_with_one_member_is_dissolved_the_day_after_the_exclusions():
    result = reason("2008-03-01", "", "2007-11-15", "2007-10-25")
    assert_both_excluded(result, "2007-11-15")
    got = dissolution(result)
    assert "dissolved_on(single_member, 2007-11-16)" in got
    assert "dissolution_required(single_member)" in got
    assert result.find("dissolution_required(single_member)").provisions == ["R6133-17@2006-01-01.2"]


def test_2006_a_reseau_de_sante_left_with_one_member_is_not_dissolved():
    result = reason("2008-03-01", "health_network", "2007-11-15", "2007-10-25")
    assert_both_excluded(result, "2007-11-15")
    got = dissolution(result)
    assert not any(c.startswith(("dissolved_on", "dissolution_required", "in_liquidation")) for c in got)
    assert not any(c.startswith("conflict") for c in got)  # L6133-4 of 2003 concerns the réseau


def test_2006_the_tree_shows_the_reseau_exception_checked_and_absent():
    """The contract: « unless the groupement is a réseau de santé — not stated in the file »."""
    result = reason("2008-03-01", "", "2007-11-15", "2007-10-25")
    tree = result.explain("dissolution_required(single_member)")
    en, fr = tree.text("en"), tree.text("fr")
    assert "The file does not state: The groupement is a health network (réseau de santé)." in en
    assert "Le fichier n'indique pas : Le groupement constitue un réseau de santé." in fr
    assert "sauf si le groupement constitue un réseau de santé en vertu de l'article L. 6133-4" in fr


def test_2009_a_reseau_left_with_one_member_keeps_the_exception_and_the_conflict_is_reported():
    """From 2009-07-23 L6133-4 defines the convention of the GCS de moyens: the exception is kept and
    the conflict reported, as for the réseau left without a health establishment."""
    result = reason("2010-03-01", "health_network", "2009-11-16", "2009-10-26")
    assert_both_excluded(result, "2009-11-16")
    got = dissolution(result)
    assert NETWORK_2009 in got
    assert not any(c.startswith(("dissolved_on", "dissolution_required")) for c in got)
    plain = dissolution(reason("2010-03-01", "", "2009-11-16", "2009-10-26"))
    assert "dissolved_on(single_member, 2009-11-17)" in plain
    assert NETWORK_2009 not in plain


# --- R6133-8 of 2010: the first day of the version ---------------------------------------------------

def test_2010_boundary_the_first_day_alone_falls_under_r6133_8_of_2010_without_conflict():
    """Excluded on 2010-07-25: alone from 2010-07-26, the first day of R6133-8 of 2010 (« en application
    du troisième alinéa de l'article L. 6133-2 »): spared, no conflict with L6133-4. Excluded the day
    before: alone from 2010-07-25, under R6133-17 of 2006 and the conflict with L6133-4 of 2009."""
    first_day = reason("2010-09-01", "health_network", "2010-07-25", "2010-07-01")
    assert_both_excluded(first_day, "2010-07-25")
    got = dissolution(first_day)
    assert not any(c.startswith(("dissolved_on", "dissolution_required", "conflict")) for c in got)
    day_before = reason("2010-09-01", "health_network", "2010-07-24", "2010-07-01")
    assert NETWORK_2009 in dissolution(day_before)
    plain = reason("2010-09-01", "", "2010-07-25", "2010-07-01")
    assert "dissolved_on(single_member, 2010-07-26)" in found(plain)
    assert plain.find("dissolution_required(single_member)").provisions == ["R6133-8@2010-07-26.1"]


def test_2012_a_reseau_left_with_one_member_is_not_dissolved_under_the_text_of_2010():
    result = reason("2012-09-01", "health_network", "2012-06-01", "2012-05-10")
    assert_both_excluded(result, "2012-06-01")
    assert not any(c.startswith(("dissolved_on", "dissolution_required", "conflict"))
                   for c in dissolution(result))
    plain = reason("2012-09-01", "", "2012-06-01", "2012-05-10")
    assert "dissolved_on(single_member, 2012-06-02)" in found(plain)


def test_2017_01_the_reference_of_2010_to_l6133_2_al_3_conflicts_for_the_single_member_too():
    result = reason("2017-03-01", "health_network", "2017-02-15", "2017-01-26")
    assert_both_excluded(result, "2017-02-15")
    got = dissolution(result)
    assert NETWORK_2017 in got
    assert not any(c.startswith(("dissolved_on", "dissolution_required")) for c in got)


# --- R6133-8 of 2017 and 2019: « en application du dernier alinéa de l'article L. 6133-2 » ----------

def test_2018_a_reseau_left_with_one_member_is_not_dissolved_a_groupement_that_is_not_one_is():
    result = reason("2018-09-01", "health_network", "2018-06-01", "2018-05-10")
    assert_both_excluded(result, "2018-06-01")
    assert not any(c.startswith(("dissolved_on", "dissolution_required", "conflict"))
                   for c in dissolution(result))
    plain = reason("2018-09-01", "", "2018-06-01", "2018-05-10")
    got = found(plain)
    assert "dissolved_on(single_member, 2018-06-02)" in got
    assert "publication_required(dissolution)" in got
    assert plain.find("dissolution_required(single_member)").provisions == ["R6133-8@2017-04-28.I.1.2"]


def test_2021_11_the_last_alinea_of_l6133_2_is_no_longer_the_reseau_conflict_reported():
    result = reason("2022-01-10", "health_network", "2021-11-20", "2021-11-01")
    assert_both_excluded(result, "2021-11-20")
    got = dissolution(result)
    assert NETWORK_2021 in got
    assert not any(c.startswith(("dissolved_on", "dissolution_required")) for c in got)


# --- R6133-8 of 2021-12-27: « sauf si le groupement constitue un dispositif d'appui à la coordination »

def test_2022_a_dispositif_d_appui_left_with_one_member_is_spared_and_the_exception_said():
    result = reason("2022-06-01", "coordination_support", "2022-02-01", "2022-01-12")
    assert_both_excluded(result, "2022-02-01")
    got = dissolution(result)
    assert DAC in got
    assert not any(c.startswith(("dissolved_on", "dissolution_required")) for c in got)
    exception = result.find(DAC)
    assert exception.provisions == ["R6133-8@2021-12-27.I.1.2"]
    assert "qu'un seul membre" in exception.sentence("fr")
    codes = {w.code for w in result.warnings}
    assert "text_not_in_folder" in codes  # ordonnance 2021-1470 art. 5, décret 2021-1796 art. 3


def test_2022_a_groupement_left_with_one_member_that_is_no_dispositif_is_dissolved():
    result = reason("2022-06-01", "", "2022-02-01", "2022-01-12")
    got = dissolution(result)
    assert "dissolved_on(single_member, 2022-02-02)" in got
    assert DAC not in got
    assert result.find("dissolution_required(single_member)").provisions == ["R6133-8@2021-12-27.I.1.2"]
    tree = result.explain("dissolution_required(single_member)").text("fr")
    assert "Le fichier n'indique pas : Le groupement constitue un dispositif d'appui à la coordination." in tree
    assert "il ne constitue pas un dispositif d'appui à la coordination" in \
        result.find("dissolution_required(single_member)").sentence("fr")


def test_2022_a_reseau_left_with_one_member_is_dissolved_the_reseau_is_no_exception_any_more():
    result = reason("2022-06-01", "health_network", "2022-02-01", "2022-01-12")
    got = dissolution(result)
    assert "dissolved_on(single_member, 2022-02-02)" in got
    assert "dissolution_required(single_member)" in got
    assert not any(c.startswith("conflict") for c in got)


def test_2021_12_27_boundary_the_first_day_alone_decides_which_exception_applies():
    """Excluded on 2021-12-26: alone from 2021-12-27, under R6133-8 of 2021: the dispositif d'appui is
    spared, the réseau is dissolved. Excluded on 2021-12-25: alone from 2021-12-26, under R6133-8 of
    2019: the réseau is spared (the conflict with L6133-2 of 2021-11-12 reported), the dispositif
    d'appui is dissolved."""
    dac_first_day = reason("2022-03-01", "coordination_support", "2021-12-26", "2021-12-01")
    assert_both_excluded(dac_first_day, "2021-12-26")
    got = dissolution(dac_first_day)
    assert DAC in got and not any(c.startswith("dissolved_on") for c in got)
    network_first_day = dissolution(reason("2022-03-01", "health_network", "2021-12-26", "2021-12-01"))
    assert "dissolved_on(single_member, 2021-12-27)" in network_first_day
    assert NETWORK_2021 not in network_first_day
    dac_day_before = dissolution(reason("2022-03-01", "coordination_support", "2021-12-25", "2021-12-01"))
    assert "dissolved_on(single_member, 2021-12-26)" in dac_day_before and DAC not in dac_day_before
    network_day_before = dissolution(reason("2022-03-01", "health_network", "2021-12-25", "2021-12-01"))
    assert NETWORK_2021 in network_day_before
    assert not any(c.startswith("dissolved_on") for c in network_day_before)


def test_an_exclusion_after_the_as_of_date_draws_neither_the_dissolution_nor_the_exception():
    """The state begins on the first day without the members excluded: not yet reached by the as-of
    date (2022-02-01, the assembly's own day), nothing is drawn; the exclusions are (anchor)."""
    result = reason("2022-02-01", "coordination_support", "2022-01-31", "2022-01-10")
    assert_both_excluded(result, "2022-01-31")
    got = dissolution(result)
    assert DAC in got  # 2022-02-01 is the first day alone: reached
    before = reason("2022-01-31", "coordination_support", "2022-01-31", "2022-01-10")
    assert not any(c.startswith(("dissolution_exception", "dissolved_on")) for c in dissolution(before))


# --- the first day's label in a tree: the sentence common to every version ---------------------------

def test_a_reseau_dissolved_in_2022_is_not_said_not_to_be_a_reseau_in_its_tree():
    """From 2021-12-27 the réseau de santé is no exception: its dissolution's tree says the groupement
    is no dispositif d'appui, and nowhere that it is no réseau de santé (it is one); the minimum day's
    label takes the sentence common to every version (before: the words of 2006 to 2019)."""
    from pathlib import Path

    single = reason("2022-06-01", "health_network", "2022-02-01", "2022-01-12")
    tree = single.explain("dissolved_on(single_member, 2022-02-02)").text("fr")
    assert "il ne constitue pas un dispositif d'appui à la coordination" in tree
    assert "ne constitue pas un réseau de santé" not in tree
    facts = Path(__file__).resolve().parent.parent / "facts" / "dissol17_network_2022.gcs"
    none = gcs.reason(gcs.load(facts))
    tree = none.explain("dissolved_on(no_health_establishment, 2022-02-02)").text("fr")
    assert "il ne constitue pas un dispositif d'appui à la coordination" in tree
    assert "ne constitue pas un réseau de santé" not in tree
