"""Review 41 (round 17), fixer G: the convention's basis of the rights after 2010-07-26 (reviewer 1, F3).

The texts. R6133-6 of 2006 (in force until 2010-07-25) al. 3 and 4 (R6133-6@2006-01-01.3, .4): « Les droits des
membres sont fixés soit à proportion de leurs apports, soit à proportion de leurs participations aux charges de
fonctionnement. [...] A défaut d'apports ou de participations, la convention constitutive définit les règles selon
lesquelles les droits des membres sont déterminés. » From 2010-07-26, R6133-2 (R6133-2@2010-07-26): « Les droits
des membres sont définis à proportion de leurs apports au capital ou, à défaut de capital, de leurs participations
aux charges de fonctionnement. »: no basis set by the convention itself.

The finding. A file stating `rights_basis convention` judged on a date from 2010-07-26 got rights_defined_by
(participations) (or capital_contributions) with no word that its own statement was set aside. Reading: the decree
names the measure; the file's statement is reported ruled out, as a declared nature the text rules out
(declared_nature_ruled_out): rights_basis_ruled_out(convention, Measure), an extension, Measure the decree's
(participations without a capital, capital_contributions with one). Before 2010-07-26 nothing changes (R6133-6 of
2006 al. 4 allows that basis); a basis of apports without a capital keeps its doubtful_text (the law, L6133-4 al. 2
of 2009, allows it); a basis of participations is not concerned.
"""

import gcs_reasoner as gcs

TEXT = """groupement cardio_lr "GCS Cardiologie Languedoc" {
  as of AS_OF
  approved 2008-03-03
  seat "Montpellier" region "Languedoc-Roussillon"
  CAPITAL
  rights_basis BASIS
  member chu_m "CHU de Montpellier" { kind health_establishment sector public region "Languedoc-Roussillon" rights 60 }
  member ch_b "CH de Béziers" { kind health_establishment sector public region "Languedoc-Roussillon" rights 40 }
}
"""
R6133_2 = ("Les droits des membres sont définis à proportion de leurs apports au capital ou, à défaut de capital, de "
           "leurs participations aux charges de fonctionnement.")


def file(as_of="2010-12-31", capital="capital none", basis="convention"):
    return TEXT.replace("AS_OF", as_of).replace("CAPITAL", capital).replace("BASIS", basis)


def run(text):
    return gcs.reason(gcs.loads(text, path="<review41>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def test_convention_basis_without_capital_is_ruled_out_from_2010():
    """Failed before: rights_defined_by(participations) only, the file's basis dropped without a word."""
    res = run(file())
    got = conclusions(res)
    assert "rights_defined_by(participations)" in got
    assert "rights_basis_ruled_out(convention, participations)" in got
    c = res.find("rights_basis_ruled_out(convention, participations)")
    assert c.provisions == ["R6133-2@2010-07-26"]
    assert "ne prévoit pas" in c.sentence("fr") and "participations aux charges de fonctionnement" in c.sentence("fr")
    assert R6133_2 in " ".join(res.explain(c).text().split())


def test_convention_basis_with_a_capital_is_ruled_out_from_2010():
    res = run(file(capital="capital 100_000"))
    got = conclusions(res)
    assert "rights_defined_by(capital_contributions)" in got
    assert "rights_basis_ruled_out(convention, capital_contributions)" in got
    assert "rights_basis_ruled_out(convention, participations)" not in got
    assert "apports au capital" in res.find("rights_basis_ruled_out(convention, capital_contributions)").sentence("fr")


def test_convention_basis_is_allowed_before_2010():
    """R6133-6 of 2006 al. 4, in force on 2010-07-25: nothing ruled out (the day before the decree)."""
    res = run(file(as_of="2010-07-25"))
    got = conclusions(res)
    assert "member(chu_m)" in got  # anchor
    assert not any(c.startswith("rights_basis_ruled_out") for c in got)
    assert not any(c.startswith("rights_defined_by") for c in got)
    after = run(file(as_of="2010-07-26"))
    assert "rights_basis_ruled_out(convention, participations)" in conclusions(after)


def test_other_bases_are_not_ruled_out():
    """The participations with no capital: the decree's own measure. The apports with no capital: the law allows
    them, a doubtful_text says so (as before)."""
    parts = run(file(basis="participations"))
    assert "rights_defined_by(participations)" in conclusions(parts)  # anchor
    assert not any(c.startswith("rights_basis_ruled_out") for c in conclusions(parts))
    apports = run(file(basis="contributions"))
    assert "rights_defined_by(participations)" in conclusions(apports)  # anchor
    assert not any(c.startswith("rights_basis_ruled_out") for c in conclusions(apports))
    assert "doubtful_text(rights_basis_without_capital, stated)" in {w.atom for w in apports.warnings}


def test_no_capital_line_rules_nothing_out():
    """No capital line: the decree's measure is unknown (missing_fact), so nothing is said ruled out."""
    res = run(file(capital=""))
    assert "missing_fact(rights_proportionality, groupement, capital)" in {w.atom for w in res.warnings}  # anchor
    assert not any(c.startswith("rights_basis_ruled_out") for c in conclusions(res))
