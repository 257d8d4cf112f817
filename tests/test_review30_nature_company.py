"""A liberal practice company whose profession is not stated is not read as a company of
non-medical professionals (L6133-3 of 2009 and of 2011, I al. 3: the groupement is public « s'il est
constitué exclusivement par des personnes de droit public, ou par des personnes de droit public et des
professionnels médicaux libéraux »): a company of medical professionals may be read as one of them
(the reading question the tool leaves open, doubtful_text liberal_company_nature), one of other
professionals is a private person that is not. With its profession unknown, the nature is drawn only
where it holds either way; else missing_fact(nature, M, profession). Before, `nature(public)` (2011,
with a public hospital, the company and a member of unknown sector) and `nature(private)` (2009, the
company bringing the majority) were drawn on the profession's absence (review 30 natrev F1)."""

import gcs_reasoner as gcs

S2011 = """groupement g "G" {{
  as of 2012-06-01
  approved 2008-03-01
  seat "Lyon" region "Rhône-Alpes"
  declared_nature public
  capital none
  member ch "CH" {{ kind health_establishment sector public region "Rhône-Alpes" rights 40 }}
  member sel "SELARL" {{ kind liberal_practice_company {profession}region "Rhône-Alpes" rights 40 }}
  member eh "EHPAD" {{ kind medico_social_establishment {sector}region "Rhône-Alpes" rights 20 }}
}}
"""

S2009 = """groupement g "G" {{
  as of 2010-06-01
  approved 2008-03-01
  seat "Lyon" region "Rhône-Alpes"
  capital 100 EUR
  member ch "CH" {{ kind health_establishment sector public region "Rhône-Alpes" rights 35 }}
  member sel "SELARL" {{ kind liberal_practice_company {profession}region "Rhône-Alpes" rights 60 }}
  member eh "EHPAD" {{ kind medico_social_establishment {sector}region "Rhône-Alpes" rights 5 }}
  contribution ch cash 35 EUR
  contribution sel cash 60 EUR
  contribution eh cash 5 EUR
}}
"""


def _nature(text, profession="", sector=""):
    result = gcs.reason(gcs.loads(text.format(profession=profession, sector=sector)))
    natures = [c.args[0] for c in result.conclusions if c.predicate == "nature"]
    missing = [w.message for w in result.warnings if w.code == "missing_fact" and "legal nature" in w.message]
    return natures, missing


def test_2011_company_of_unknown_profession_decides_nothing():
    for sector in ("", "sector public "):  # the EHPAD's sector unknown, or public
        natures, missing = _nature(S2011, sector=sector)
        assert natures == []
        assert any("profession of SELARL" in m for m in missing)


def test_2011_company_stated_non_medical_makes_the_other_cases():
    for sector in ("", "sector public "):
        assert _nature(S2011, "profession non_medical ", sector)[0] == ["public"]  # as declared, « autres cas »


def test_2009_company_of_unknown_profession_bringing_the_majority_decides_nothing():
    natures, missing = _nature(S2009)
    assert natures == [] and any("profession of SELARL" in m for m in missing)
    # with the EHPAD private, the composition test fails whatever the company: the private majority
    assert _nature(S2009, sector="sector private ")[0] == ["private"]
    assert _nature(S2009, "profession non_medical ")[0] == ["private"]


# --- natrev F2: amounts needed whatever the unknown sector (2009) ---------------------------------------------------

S2009_NO_AMOUNTS = """groupement g "G" {
  as of 2010-06-01
  approved 2008-03-01
  seat "Lyon" region "Rhône-Alpes"
  member ch "CH" { kind health_establishment sector public region "Rhône-Alpes" rights 40 }
  member cl "Clinique" { kind health_establishment sector private region "Rhône-Alpes" rights 40 }
  member eh "EHPAD" { kind medico_social_establishment region "Rhône-Alpes" rights 20 }
}
"""


def test_2009_mixed_whatever_the_unknown_sector_says_the_amounts_are_missing_too():
    """A public hospital and a private clinic make the composition mixed whatever the EHPAD is: the nature
    rests on « la majorité des apports au groupement ou, s'il est constitué sans capital, des participations »
    (L6133-3 of 2009 I), so the missing capital line is said beside the missing sector; stating the sector
    alone would not let the nature be drawn. Only the sector was said (review 30 natrev F2). Fails before."""
    result = gcs.reason(gcs.loads(S2009_NO_AMOUNTS))
    missing = {w.atom for w in result.warnings if w.code == "missing_fact"}
    assert "missing_fact(nature, eh, sector)" in missing
    assert "missing_fact(nature, groupement, capital)" in missing
    assert not [c for c in result.conclusions if c.predicate == "nature"]
