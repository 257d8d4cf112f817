"""A member whose sector the file does not state blocks the nature only where that sector could change it
(review 30, slice nature, F1).

L6133-1@2004-08-11 al. 5: « Il constitue une personne morale de droit public lorsqu'il est exclusivement
constitué d'établissements ou d'organismes publics [...]. Il constitue une personne morale de droit privé
lorsqu'il est exclusivement constitué d'établissements ou de personnes privés. Dans les autres cas, il peut se
constituer sous la forme de personne morale de droit privé. »

L6133-3@2011-08-12 and L6133-3@2017-01-14, I: « constitué exclusivement par des personnes de droit public [...]
constitué exclusivement par des personnes de droit privé. Dans les autres cas, sa nature juridique est fixée
par les membres dans la convention constitutive. »

With a public member and a private one (not a liberal professional) whose sectors are stated, the groupement
is exclusively neither, whatever the sector of a third member: the « autres cas » apply.

L6133-3@2009-07-23, I.1 and I.2: « soit si la majorité des apports au groupement ou, s'il est constitué sans
capital, des participations à ses charges de fonctionnement proviennent de personnes de droit public » (and
the same for « personnes de droit privé »). Public persons who bring 60 of 100 hold the majority whatever a
member of unknown sector bringing 5 is.

The contract (scenario-language.md, part 1) keeps a missing attribute from the conclusion « which conclusion
depends on » it only: where the unknown sector could change the answer, the nature stays undrawn with
missing_fact(nature, M, sector).
"""

import gcs_reasoner as gcs

MIXED = """groupement us "GCS US" {{
  as of {as_of}
  approved 2008-03-01
  seat "Lyon" region "Rhône-Alpes"
  declared_nature private
  capital none
  member ch "CH" {{ kind health_establishment sector public region "Rhône-Alpes" rights 40 }}
  member cl "Clinique" {{ kind health_establishment sector private region "Rhône-Alpes" rights 40 }}
  {eh}
  {more}
}}
"""

EHPAD = 'member eh "EHPAD" {{ kind medico_social_establishment {sector} region "Rhône-Alpes" rights 20 }}'

MAJORITY = """groupement um "GCS UM" {{
  as of 2010-06-01
  approved 2008-03-01
  seat "Lyon" region "Rhône-Alpes"
  capital 100 EUR
  member ch "CH" {{ kind health_establishment sector public region "Rhône-Alpes" rights {a} }}
  member cl "Clinique" {{ kind {cl_kind} region "Rhône-Alpes" rights {b} }}
  member eh "EHPAD" {{ kind medico_social_establishment {sector} region "Rhône-Alpes" rights {c} }}
  contribution ch cash {a} EUR
  contribution cl cash {b} EUR
  contribution eh cash {c} EUR
}}
"""

CLINIC = "health_establishment sector private"
DOCTOR = "liberal_medical_professional individual"

UNKNOWN = "missing_fact(nature, eh, sector)"


def outcome(text: str) -> tuple[set[str], set[str]]:
    result = gcs.reason(gcs.loads(text, path="<test>"))
    natures = {str(c) for c in result.conclusions if c.predicate == "nature"}
    warnings = {w.atom for w in result.warnings if w.atom and w.atom.startswith("missing_fact(nature,")}
    return natures, warnings


def mixed(as_of: str, sector: str | None, with_ehpad: bool = True, more: str = "") -> tuple[set[str], set[str]]:
    eh = EHPAD.format(sector=f"sector {sector}" if sector else "").replace("{{", "{").replace("}}", "}")
    return outcome(MIXED.format(as_of=as_of, eh=eh if with_ehpad else "", more=more))


def test_public_and_private_members_stated_make_the_other_cases_whatever_the_unknown_sector():
    """s10 of the review: 2004 text (2009-07-22), 2011 text (2012-06-01), 2017 text (2017-06-01). Under the
    2009 text the composition is mixed too; there the majority decides (below)."""
    for as_of in ("2009-07-22", "2012-06-01", "2017-06-01"):
        natures, warnings = mixed(as_of, None)
        assert natures == {"nature(private)"}, as_of
        assert UNKNOWN not in warnings, as_of
        # the control s10c: the same without the EHPAD, and with the EHPAD either sector
        assert mixed(as_of, None, with_ehpad=False)[0] == natures, as_of
        assert mixed(as_of, "public")[0] == natures, as_of
        assert mixed(as_of, "private")[0] == natures, as_of


def test_a_public_majority_of_the_contributions_holds_whatever_the_unknown_sector():
    """s15 of the review (2009 text): CH 60, clinic 35, EHPAD of unknown sector 5, of a capital of 100."""
    natures, warnings = outcome(MAJORITY.format(a=60, b=35, c=5, cl_kind=CLINIC, sector=""))
    assert natures == {"nature(public)"}
    assert UNKNOWN not in warnings
    for sector in ("sector public", "sector private"):  # the control s15c, and the EHPAD public
        assert outcome(MAJORITY.format(a=60, b=35, c=5, cl_kind=CLINIC, sector=sector))[0] == natures


def test_a_private_majority_with_a_private_person_that_is_no_liberal_holds_whatever_the_unknown_sector():
    """CH 35, clinic 60, EHPAD 5: private majority; the clinic keeps the groupement from being « exclusivement »
    public, so no public test can hold whatever the EHPAD is."""
    natures, warnings = outcome(MAJORITY.format(a=35, b=60, c=5, cl_kind=CLINIC, sector=""))
    assert natures == {"nature(private)"}
    assert UNKNOWN not in warnings


def test_where_the_unknown_sector_decides_the_nature_stays_undrawn():
    """Controls: the unknown sector could change the answer, so nothing is drawn and the warning stays."""
    # 2004, 2011, 2017: a public CH and the EHPAD alone, declared private: public if the EHPAD is public, the
    # declared private nature of the other cases if it is private.
    for as_of in ("2009-07-22", "2012-06-01", "2017-06-01"):
        text = MIXED.format(as_of=as_of, eh=EHPAD.format(sector="").replace("{{", "{").replace("}}", "}"),
                            more="").replace(
            'member cl "Clinique" { kind health_establishment sector private region "Rhône-Alpes" rights 40 }', "")
        natures, warnings = outcome(text)
        assert natures == set(), as_of
        assert UNKNOWN in warnings, as_of
    # 2009: CH 50, clinic 45, EHPAD 5: public majority if the EHPAD is public, exactly half otherwise.
    natures, warnings = outcome(MAJORITY.format(a=50, b=45, c=5, cl_kind=CLINIC, sector=""))
    assert natures == set()
    assert UNKNOWN in warnings
    assert outcome(MAJORITY.format(a=50, b=45, c=5, cl_kind=CLINIC, sector="sector public"))[0] == {"nature(public)"}
    assert outcome(MAJORITY.format(a=50, b=45, c=5, cl_kind=CLINIC, sector="sector private"))[0] == {
        "nature(undetermined)"}
    # 2009: a liberal doctor brings 60 with CH 35, EHPAD 5: the private majority holds, but the public test
    # (public persons and liberal medical professionals) holds too if the EHPAD is public.
    natures, warnings = outcome(MAJORITY.format(a=35, b=60, c=5, cl_kind=DOCTOR, sector=""))
    assert natures == set()
    assert UNKNOWN in warnings
