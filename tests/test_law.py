"""The law package data and its loader (gcs_reasoner/law.py).

The expected French texts below were read by hand in
gcs_reasoner/data/law/versions/ (copies of the Légifrance version files).
"""

import csv
from pathlib import Path
import subprocess
import sys
from datetime import date

import pytest

from gcs_reasoner import article_units, law


# --------------------------------------------------------------------------
# every inventory id maps to its text


def test_every_inventory_id_maps_to_text():
    ps = law.provisions()
    assert len(ps) == 645
    for p in ps:
        assert p.text.strip(), p.id
        assert p.article_text.strip(), p.id
        assert p.text.splitlines()[0] in p.article_text, p.id


def test_numbering_sanity_checks():
    # non-empty text, 'N°' items, 'x)' sub-items, sections opening with their
    # numeral, items of a unit listed all or none
    assert law.check() == []


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def test_item_and_section_prefixes():
    # independent of law.check(): read the numbers off the ids themselves
    n_items = n_sections = 0
    for p in law.provisions():
        if "@" not in p.id or p.id in article_units.OVERRIDES:
            continue
        parts = p.id.split("@")[1].split(".")[1:]
        section = parts.pop(0) if parts and parts[0] in ROMAN else None
        if section and (parts in ([], ["1"])):
            assert p.text.startswith(section + "."), p.id
            assert not p.text.startswith(section + "I"), p.id
            n_sections += 1
        if len(parts) >= 2:  # ALINEA.ITEM[.LETTER]
            item = parts[1]
            prefix = item[:-3] + "° bis " if item.endswith("bis") else item + "°"
            if len(parts) == 2:
                assert p.text.startswith(prefix), p.id
            else:
                assert p.text.startswith(parts[2] + ")"), p.id
            n_items += 1
    assert n_items > 250 and n_sections > 50


def test_inventory_order_and_lookup():
    ps = law.provisions()
    assert ps[0].id == "L6133-1@2004-08-11.1"
    assert ps[-1].id == "decret-2005-1681.art3"
    assert law.provision(ps[10].id) is ps[10]


def test_unknown_id_raises_keyerror_with_message():
    with pytest.raises(KeyError, match="unknown provision id 'R6133-5@2006-01-01.9'"):
        law.provision("R6133-5@2006-01-01.9")
    with pytest.raises(KeyError):
        law.quote_in_text("L6133-99@2004-08-11.1", "x")


# --------------------------------------------------------------------------
# spot checks (texts read in the version files)


def test_r6133_5_2006_alinea_2():
    p = law.provision("R6133-5@2006-01-01.2")
    assert p.text.startswith(
        "En cours d'exécution de la convention, tout membre peut se retirer"
    )
    assert p.text.endswith("conformes aux stipulations de la convention constitutive.")
    assert p.article == "R6133-5"
    assert p.version == "2006-01-01"
    assert p.source == "R6133-5__2006-01-01__S1.txt"
    assert p.decidable in ("full", "partial", "none")
    assert p.says


def test_r6133_1_2006_item():
    p = law.provision("R6133-1@2006-01-01.2.3")
    assert p.text == "3° Sa nature juridique ;"
    assert not p.folds
    assert law.provision("R6133-1@2006-01-01.2.12").text.startswith(
        "12° Les conditions d'intervention des professionnels médicaux libéraux"
    )
    assert (
        law.provision("R6133-1@2006-01-01.3").text
        == "La convention constitutive peut faire l'objet d'avenants."
    )


def test_l6133_1_2004_alinea_5():
    p = law.provision("L6133-1@2004-08-11.5")
    assert (
        "Il constitue une personne morale de droit privé lorsqu'il est exclusivement "
        "constitué d'établissements ou de personnes privés." in p.text
    )
    assert p.text.startswith(
        "Le groupement de coopération sanitaire est doté de la personnalité morale."
    )
    assert p.text.endswith("Il poursuit un but non lucratif.")


def test_l6133_1_2004_unlisted_alineas():
    # The 2004 text has nine alinéas (1: purpose with items 1° and 2°, folded
    # into entry .1); the inventory lists .1 to .6 only: alinéas 7 (financing
    # 'Dans les deux cas...'), 8 (pay of liberal doctors) and 9 (SEM capital)
    # have no entry. They are the only gaps besides lead-ins of listed items.
    gaps = [(pid, first) for pid, first, lead_in in law.unlisted_units() if not lead_in]
    assert [pid for pid, _ in gaps] == [
        "L6133-1@2004-08-11.7",
        "L6133-1@2004-08-11.8",
        "L6133-1@2004-08-11.9",
    ]
    assert gaps[0][1].startswith("Dans les deux cas, le groupement de coopération sanitaire est financé")
    assert gaps[1][1].startswith("Par dérogation à l'article L. 162-2 du même code")
    assert gaps[2][1].startswith("Le groupement de coopération sanitaire peut participer au capital")
    assert law.provision("L6133-1@2004-08-11.1").folds
    with pytest.raises(KeyError):
        law.provision("L6133-1@2004-08-11.7")


def test_sections_and_single_alineas():
    assert (
        law.provision("L6133-3@2009-07-23.II").text
        == "II. ― Le groupement de coopération sanitaire de moyens peut être employeur."
    )
    assert law.provision("R6133-2@2010-07-26").text == (
        "Les droits des membres sont définis à proportion de leurs apports au capital "
        "ou, à défaut de capital, de leurs participations aux charges de fonctionnement."
    )
    assert law.provision("R6133-26@2017-04-28.I.2.23").text.startswith(
        "23° La demande d'exploitation d'autorisations d'activités de soins détenues"
    )
    assert law.provision("R6133-26@2017-04-28.I.1").text.startswith(
        "I.-L'assemblée générale du groupement de coopération sanitaire est compétente"
    )
    # a single alinéa with items keeps its number
    assert law.provision("R6133-1@2017-04-28.II.1").text.startswith(
        "II. – La convention constitutive mentionne, le cas échéant,"
    )
    assert law.provision("R6133-1@2017-04-28.II.1.6").text.startswith(
        "6° Les modalités de facturation des soins"
    )
    assert law.provision("R6133-22@2009-06-27.1.10").text == (
        "10° Opérations immobilières et programmes d'investissement."
    )


def test_12_bis():
    assert law.provision("R6133-1@2017-04-28.I.1.12bis").text.startswith(
        "12° bis Les modalités de mise à disposition des personnels par les membres"
    )


def test_dash_lines_fold_into_numbered_paragraph():
    p = law.provision("L6133-3@2009-07-23.I.3")
    lines = p.text.splitlines()
    assert lines[0] == (
        "1. Le groupement de coopération sanitaire de moyens est une personne morale "
        "de droit public :"
    )
    assert len(lines) == 3 and all(line.startswith("― soit ") for line in lines[1:])
    assert law.provision("L6133-3@2009-07-23.I.5").text.startswith(
        "Les modalités d'évaluation des apports"
    )


def test_lead_in_and_lettered_items():
    lead = law.provision("L6133-7@2009-07-23.2")
    assert lead.text.startswith("Lorsque le groupement de coopération sanitaire est un établissement public de santé")
    assert not lead.folds and len(lead.text.splitlines()) == 1
    assert law.provision("L6133-7@2009-07-23.2.1").text.startswith(
        "1° Les fonctions de l'administrateur du groupement"
    )
    assert law.provision("L6133-7@2009-07-23.2.2.c").text.startswith(
        "c) Cinq personnalités qualifiées"
    )


def test_folding_entry_includes_its_items():
    p = law.provision("R6133-13@2006-01-01.1")
    assert p.folds
    lines = p.text.splitlines()
    assert lines[0] == "L'assemblée générale délibère notamment sur :"
    assert lines[1] == "1° Le budget annuel ;"
    assert lines[-1].startswith("17° Le cas échéant, les modalités de facturation")
    assert law.provision("R6133-13@2006-01-01.2").text == (
        "Dans les autres matières, l'assemblée générale peut donner délégation à l'administrateur."
    )


def test_overridden_ids_r6133_15_2017():
    assert law.provision("R6133-15@2017-04-28.I").text.startswith(
        "I.-Lorsqu'un groupement de coopération a pour objet d'exploiter"
    )
    assert law.provision("R6133-15@2017-04-28.I.1").text == (
        "1° L'approbation de la convention constitutive du groupement ou de son avenant ;"
    )
    assert law.provision("R6133-15@2017-04-28.I.2").text.startswith("2° Le cas échéant,")
    assert law.provision("R6133-15@2017-04-28.II.2").text.startswith(
        "L'approbation du groupement de coopération sanitaire"
    )


def test_broken_line_continues_unit():
    # R6133-5@2012-11-11: two alinéas are broken over two lines in the source
    p = law.provision("R6133-5@2012-11-11.I.1")
    assert p.text.splitlines()[1] == "le budget du groupement de coopération sanitaire de droit public."
    assert law.provision("R6133-5@2012-11-11.III").text.endswith("le budget pour l'année à venir.")
    assert law.quote_in_text(
        "R6133-5@2012-11-11.I.1", "de droit privé ou le budget du groupement"
    )


def test_nota_is_not_part_of_the_article():
    p = law.provision("R6133-1@2017-04-28.VI")
    assert p.text.startswith("VI. – Le premier budget prévisionnel")
    assert "NOTA" not in p.article_text


def test_decree_2005_1681_art3():
    p = law.provision("decret-2005-1681.art3")
    assert p.text == (
        "Le présent décret entre en vigueur le premier jour du mois suivant sa "
        "publication au Journal officiel de la République française."
    )
    assert p.article == "decret-2005-1681.art3"
    assert p.version == "2006-01-01"


def test_decree_2017_631_art7_is_the_nota_of_r6133_1():
    texts = [law.provision(f"decret-2017-631.art7.{n}").text for n in (1, 2, 3)]
    assert texts[0].startswith("Conformément à l'article 7 du décret n° 2017-631")
    assert texts[0].endswith("se mettent en conformité au plus tard au 1er janvier 2020.")
    assert texts[1].startswith("Au plus tard six mois avant l'expiration de ce délai")
    assert texts[2].endswith("selon la procédure prévue au 3° de l'article R. 6133-8.")
    for file in ("R6133-1__2017-04-28__S1.sous-S1.txt", "R6133-1__2019-05-05__S1.sous-S1.txt"):
        _, _, nota = article_units.read_version(law.VERSIONS, file)
        assert [nota[0][len("NOTA:"):]] + nota[1:] == texts
    assert law.provision("decret-2017-631.art7.2").article_text == "\n".join(texts)


# --------------------------------------------------------------------------
# versions in force


def test_in_force_boundaries():
    assert law.in_force("R6133-5", "2006-01-01", date(2006, 1, 1))
    assert law.in_force("R6133-5", "2006-01-01", date(2010, 7, 25))
    assert not law.in_force("R6133-5", "2006-01-01", date(2010, 7, 26))
    assert not law.in_force("R6133-5", "2006-01-01", date(2005, 12, 31))
    assert law.in_force("R6133-5", date(2010, 7, 26), date(2010, 7, 26))
    # no 'until': in force (mirror data as of 2023-12-06)
    assert law.in_force("R6133-5", "2017-04-28", date(2023, 12, 6))
    with pytest.raises(KeyError):
        law.in_force("R6133-5", "2005-01-01", date(2006, 1, 1))


def test_text_versions():
    tv = law.text_versions()
    assert len(tv) == 114
    l1 = law.text_versions("L6133-1")
    assert [t.version for t in l1] == [
        "2004-08-11", "2009-07-23", "2016-01-28", "2017-01-14", "2018-01-19",
    ]
    assert l1[0].from_ == date(2004, 8, 11) and l1[0].until == date(2009, 7, 23)
    assert l1[0].file == "L6133-1__2004-08-11__root.txt"
    assert l1[0].amended_by == "Loi n° 2004-806 du 9 août 2004"
    assert l1[-1].until is None


def test_texts_in_force():
    on = law.texts_in_force(date(2010, 7, 26))
    files = {t.file for t in on}
    assert "R6133-5__2010-07-26__S1.sous-S1.txt" in files
    assert "R6133-5__2006-01-01__S1.txt" not in files
    assert "L6133-1__2009-07-23__root.txt" in files
    # at most one version of each article on any date
    dates = {t.from_ for t in law.text_versions()} | {
        t.until for t in law.text_versions() if t.until
    }
    for d in dates:
        arts = [t.article for t in law.texts_in_force(d)]
        assert len(arts) == len(set(arts)), d


def test_versions_follow_each_other():
    by = {}
    for t in law.text_versions():
        by.setdefault(t.article, []).append(t)
    for article, ts in by.items():
        for a, b in zip(ts, ts[1:]):
            assert a.until == b.from_, (article, a.version)


# --------------------------------------------------------------------------
# quotes


def test_quote_in_text_true():
    pid = "R6133-5@2006-01-01.2"
    assert law.quote_in_text(pid, "tout membre peut se retirer du groupement")
    assert law.quote_in_text(pid, "« tout membre peut se retirer  du\ngroupement »")
    assert law.quote_in_text(pid, "tout membre peut se retirer … six mois avant la fin de l'exercice")
    assert law.quote_in_text(pid, "tout membre peut se retirer ... six mois avant [...] l'exercice")
    assert law.quote_in_text(pid, "En cours d’exécution de la convention")  # ’ = '
    assert law.quote_in_text("R6133-1@2006-01-01.2.3", "3° Sa nature juridique ;")
    # a folding entry: its items are part of its text
    assert law.quote_in_text("R6133-13@2006-01-01.1", "Le budget annuel")
    assert law.quote_in_text("decret-2005-1681.art3", "le premier jour du mois suivant sa publication")


def test_quote_in_text_false():
    pid = "R6133-5@2006-01-01.2"
    assert not law.quote_in_text(pid, "tout membre peut se retirer à tout moment")
    assert not law.quote_in_text(pid, "Tout membre peut se retirer")  # case-sensitive
    assert not law.quote_in_text(pid, "six mois avant la fin … tout membre")  # order
    assert not law.quote_in_text(pid, "")
    assert not law.quote_in_text(pid, " … ")
    # words of another alinéa of the same article
    other = law.provision("R6133-5@2006-01-01.1").text.split(".")[0]
    assert not law.quote_in_text(pid, other)
    # a lead-in whose items have their own entries does not contain them
    assert not law.quote_in_text("L6133-7@2009-07-23.2", "Cinq personnalités qualifiées")
    assert law.quote_in_text("L6133-7@2009-07-23.2.2.c", "Cinq personnalités qualifiées")


# --------------------------------------------------------------------------
# the packaged data


def test_json_cache_is_fresh():
    # after editing provisions.yaml: python -m gcs_reasoner.law --rebuild-cache
    assert law.cache_is_fresh()


def test_json_cache_matches_yaml():
    pytest.importorskip("yaml")
    assert law._parse_yaml()["provisions"] == law._inventory()["provisions"]
    assert law._parse_yaml()["texts"] == law._inventory()["texts"]


def test_every_text_file_is_packaged_and_matches_timeline():
    with open(law.VERSIONS / "timeline.tsv", encoding="utf-8") as f:
        timeline = {(r["article"], r["from"]): r["until"] for r in csv.DictReader(f, delimiter="\t")}
    for t in law.text_versions():
        assert (law.VERSIONS / t.file).is_file(), t.file
        until = timeline[(t.article, t.version)]
        if t.until is None:
            assert until.startswith("en vigueur"), t.file
        else:
            assert until == t.until.isoformat(), t.file


@pytest.mark.xfail(strict=True, reason=(
    "inventory gap: versions in force after 2004-08-11 that provisions.yaml does "
    "not list (L6133-2 to L6133-6 before 2009-07-23, R6133-1 of 2005-07-26)"))
def test_inventory_lists_every_version_in_force_since_2004_08_11():
    with open(law.VERSIONS / "timeline.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    listed = {(t.article, t.version) for t in law.text_versions()}
    missing = [
        (r["article"], r["from"]) for r in rows
        if (r["until"].startswith("en vigueur") or r["until"] > "2004-08-11")
        and (r["article"], r["from"]) not in listed
    ]
    assert missing == []


def test_import_is_cheap():
    code = (
        "import sys, gcs_reasoner.law as law; "
        "assert 'yaml' not in sys.modules; "
        "law.provision('R6133-5@2006-01-01.2'); "
        "assert 'yaml' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=law.DATA.parents[2])


def test_repeats_are_read_without_pyyaml_as_pyyaml_reads_them():
    """data/law/repeats.yaml is read by a line reader (PyYAML is only a dev dependency)."""
    import yaml

    from gcs_reasoner import versions

    path = Path(versions.__file__).resolve().parent / "data" / "law" / "repeats.yaml"
    expected: dict = {}
    for e in yaml.safe_load(path.read_text(encoding="utf-8")):
        expected.setdefault(e["later"], []).append(e["earlier"])
    assert versions._extra_repeats() == expected
