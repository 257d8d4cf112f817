"""Review 38, fixer L, finding F3: a member whose joining the file dates after the as-of date changes nothing on it.

Contract (scenario-language.md): « A member counts as a member on the `as of` date if it joined on or before it ».
A joining dated after the as-of date has not happened yet on that date: like an assembly, a withdrawal or an avenant
dated after it, it gets an `after_as_of` warning (« l'adhésion de … est postérieure à la date d'application du
droit ») and counts for nothing on that date:
- its rights do not make the rights « stated » (R6133-2 of 2010 « Les droits des membres sont définis à proportion de
  leurs apports au capital ou, à défaut de capital, de leurs participations aux charges de fonctionnement »: no
  missing_fact on the capital because of it);
- a joining after the dissolution but after the as-of date draws no no_effect warning on the as-of date (R6133-18 of
  2006 « La dissolution du groupement entraîne sa liquidation »: it is judged once it has happened);
- (changed by the second reader's F1) a joining before the approval's publication, read as a founding member's, is a
  founder's whatever the as-of date: no after_as_of for it.
Controls: a member that joined on or before the as-of date still counts.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review38>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


def _warnings(result) -> set[tuple]:
    return {(w.code, w.message) for w in result.warnings}


LATE = """groupement g "GCS Exemple" {{
  as of {as_of}
  approved 2018-03-01
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  member ch_a "CH A" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Auvergne-Rhône-Alpes" }}
{extra}}}
"""

CH_C = ('  member ch_c "CH C" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 10 '
        'joined {joined} }}\n')

CAPITAL_WARNING = ("missing_fact", "the file does not state the capital (or its absence) of the groupement: no "
                   "conclusion on the proportionality of the rights")


def _ch_c(joined: str) -> str:
    return CH_C.replace("{joined}", joined).replace("}}", "}")


def test_late_rights_pair_same_conclusions_and_warnings_but_after_as_of():
    a = _reason(LATE.format(as_of="2019-06-30", extra=""))
    b = _reason(LATE.format(as_of="2019-06-30", extra=_ch_c("2020-01-15")))
    assert _held(a) == _held(b)
    assert {"member(ch_a)", "member(ch_b)", "gcs_kind(means)"} <= _held(b)  # positive anchor
    assert "member(ch_c)" not in _held(b)
    extra = [w for w in b.warnings if (w.code, w.message) not in _warnings(a)]
    assert len(extra) == 1 and extra[0].code == "after_as_of"
    assert extra[0].line == 7
    assert extra[0].message_fr.startswith("l'adhésion de CH C datée du 15 janvier 2020 est postérieure à la date "
                                          "d'application du droit")
    assert CAPITAL_WARNING not in _warnings(b)
    assert _warnings(a) <= _warnings(b)


def test_control_joined_before_as_of_counts():
    # CH C joined on 2019-01-15, before the as-of date: a member, its rights stated, the capital unstated: the
    # proportionality of the rights is not judged (missing_fact), and the assembly must admit it (R6133-7 of 2010 I)
    r = _reason(LATE.format(as_of="2019-06-30", extra=_ch_c("2019-01-15")))
    held = _held(r)
    assert {"member(ch_c)", "admission_required(ch_c)"} <= held
    assert CAPITAL_WARNING in _warnings(r)
    assert not any(w.code == "after_as_of" for w in r.warnings)


def test_same_file_on_a_later_date_counts_the_member():
    r = _reason(LATE.format(as_of="2020-06-30", extra=_ch_c("2020-01-15")))
    assert "member(ch_c)" in _held(r)
    assert CAPITAL_WARNING in _warnings(r)


DISSOLVED = """groupement ic "GCS Imagerie" {{
  as of {as_of}
  approved 2006-03-01
  seat "Cherbourg" region "Basse-Normandie"
  member ch_cherbourg "CH de Cherbourg" {{ kind health_establishment sector public region "Basse-Normandie" rights 60 }}
  member ch_valognes "CH de Valognes" {{ kind health_establishment sector public region "Basse-Normandie" rights 40 }}
  assembly ag1 on 2008-06-20 {{
    convened_on 2008-06-02 by administrator
    present ch_cherbourg, ch_valognes
    deliberation d1 on dissolution {{ for ch_cherbourg, ch_valognes }}
  }}
  dissolution by ag1.d1 notified 2008-07-05
{extra}}}
"""

ZZ = '  member zz_late "Membre tardif" { kind health_establishment sector public rights 10 joined 2008-10-11 }\n'


def test_joining_after_dissolution_and_after_as_of_is_not_judged_yet():
    a = _reason(DISSOLVED.format(as_of="2008-09-01", extra=""))
    b = _reason(DISSOLVED.format(as_of="2008-09-01", extra=ZZ))
    assert "dissolved_on(assembly_decision, 2008-06-21)" in _held(b)  # positive anchor
    assert _held(a) == _held(b)
    assert not any(w.code == "no_effect" for w in b.warnings)
    extra = [w for w in b.warnings if (w.code, w.message) not in _warnings(a)]
    assert [w.code for w in extra] == ["after_as_of"]
    assert "Membre tardif" in extra[0].message_fr


def test_control_joining_after_dissolution_before_as_of_has_no_effect():
    r = _reason(DISSOLVED.format(as_of="2008-11-01", extra=ZZ))
    assert "dissolved_on(assembly_decision, 2008-06-21)" in _held(r)
    assert "member(zz_late)" not in _held(r)
    no_effect = [w for w in r.warnings if w.code == "no_effect"]
    assert len(no_effect) == 1 and "Membre tardif" in no_effect[0].message_fr
    assert not any(w.code == "after_as_of" for w in r.warnings)


BEFORE_APPROVAL = """groupement g "GCS" {{
  as of 2010-07-01
  approved 2010-08-01
  seat "Rennes" region "Bretagne"
  member ch_a "CH A" {{ kind health_establishment sector public region "Bretagne" }}
  member ch_b "CH B" {{ kind health_establishment sector public region "Bretagne" }}
{extra}}}
"""


def test_founder_reading_holds_whatever_the_as_of_date():
    # joined 2010-07-15, after the as-of date and before the approval's publication: read as a founding member by
    # validate.py (joined_before_legal_personality, « Après sa constitution »), its date set aside: a member that
    # constituted the groupement, on 2010-07-01 too, with no after_as_of warning for its joining (review 38, second
    # reader F1: one reading, not both; tests/test_review38_founder_late.py)
    late = '  member cl "Clinique" { kind health_establishment sector private region "Pays de la Loire" joined 2010-07-15 }\n'
    b = _reason(BEFORE_APPROVAL.format(extra=late))
    assert {"member(ch_a)", "member(ch_b)", "member(cl)"} <= _held(b)
    assert not any(w.code == "after_as_of" and "Clinique" in w.message for w in b.warnings)
    assert any(w.code == "joined_before_legal_personality" and w.line == 7 for w in b.warnings)


def test_control_founder_reading_joined_before_as_of_is_a_member():
    early = '  member cl "Clinique" { kind health_establishment sector private region "Pays de la Loire" joined 2010-06-15 }\n'
    r = _reason(BEFORE_APPROVAL.format(extra=early))
    assert "member(cl)" in _held(r)
    # the publication of the approval is after the as-of date (its own warning); the joining is not
    assert any(w.code == "after_as_of" for w in r.warnings)
    assert not any(w.code == "after_as_of" and "Clinique" in w.message for w in r.warnings)


COMPOSITION = """groupement g "GCS" {{
  as of {as_of}
  approved 2007-01-15
  seat "Lyon" region "Rhône-Alpes"
  member e1 "EHPAD" {{ kind medico_social_establishment sector public region "Rhône-Alpes" rights 1 }}
  member ch "CH" {{ kind health_establishment sector public region "Rhône-Alpes" rights 1 joined 2008-09-01 }}
}}
"""


def test_composition_on_the_as_of_date_counts_no_later_joining():
    # L6133-1 of 2004 al. 2 « Un des membres au moins ... doit être un établissement de santé »: on 2008-06-30 the
    # health establishment has not joined yet; on 2008-12-31 it has
    before = _held(_reason(COMPOSITION.format(as_of="2008-06-30")))
    assert {"member(e1)", "composition_invalid(no_health_establishment)"} <= before
    after = _held(_reason(COMPOSITION.format(as_of="2008-12-31")))
    assert "member(ch)" in after
    assert "composition_invalid(no_health_establishment)" not in after
