"""Review 38, second reader, finding F2: an associate whose association the file dates after the as-of date is not
associated yet on that date.

Contract (scenario-language.md, `joined DATE`): « A member counts as a member on the `as of` date if it joined on
or before it »; associates take `joined` too. L6133-1 of 2004 al. 4 « Les professionnels médicaux libéraux peuvent
conclure avec un groupement de coopération sanitaire des accords définis à l'article L. 6161-10 en vue de leur
association aux activités du groupement », al. 1 1° « des professionnels médicaux libéraux membres ou associés du
groupement »; R6133-20 of 2006 al. 1 (the acts of those professionals paid by the public member). An association
dated after the as-of date has not happened yet: an after_as_of warning at its line, as for a member's joining, and
nothing drawn on it then (associate_not_member, joint_interventions_open_to, the payment of the liberal acts,
association_invalid, missing_fact(association, M, kind)). Controls: an associate joined on or before the as-of date,
or with no `joined`, still counts.
"""

import gcs_reasoner as gcs


def _reason(text: str):
    return gcs.reason(gcs.loads(text, path="<review38>"))


def _held(result) -> set[str]:
    return {str(c) for c in result.conclusions}


NIORT = """groupement urg_niort "GCS Urgences du Niortais" {{
  as of {as_of}
  approved 2008-06-01
  seat "Niort" region "Poitou-Charentes"
  activity joint_interventions
  member ch_niort "CH de Niort" {{ kind health_establishment sector public funding a region "Poitou-Charentes" rights 60 }}
  member clinique_inkermann "Clinique Inkermann" {{ kind health_establishment sector private funding d region "Poitou-Charentes" rights 40 }}
  associate dr_lucas "Dr Lucas" {{ {attrs} }}
}}
"""

ASSOCIATED = {"associate_not_member(dr_lucas)", "joint_interventions_open_to(dr_lucas)",
              "pays_liberal_acts(ch_niort)"}
ANCHOR = {"member(ch_niort)", "member(clinique_inkermann)", "bills_insurance_fund(clinique_inkermann)"}


def _niort(as_of: str, attrs: str):
    return _reason(NIORT.format(as_of=as_of, attrs=attrs))


def _at(result, line: int) -> list:
    return [w for w in result.warnings if w.line == line]


def test_associate_joined_after_as_of_is_not_associated_yet():
    # the second reader's file (/tmp/sr38/assoc.gcs): as of 2009-03-01, Dr Lucas associated from 2009-09-01
    r = _niort("2009-03-01", "kind liberal_medical_professional joined 2009-09-01")
    held = _held(r)
    assert ANCHOR <= held
    assert not (ASSOCIATED & held)
    warned = _at(r, 8)
    assert [w.code for w in warned] == ["after_as_of"]
    assert warned[0].message_fr.startswith("l'association aux activités du groupement de Dr Lucas datée du 1er "
                                           "septembre 2009 est postérieure à la date d'application du droit")
    assert "Dr Lucas" in warned[0].message


def test_control_associate_joined_before_as_of_counts():
    r = _niort("2009-03-01", "kind liberal_medical_professional joined 2009-01-15")
    held = _held(r)
    assert ANCHOR | ASSOCIATED <= held
    assert not any(w.code == "after_as_of" for w in r.warnings)


def test_control_associate_joined_on_the_as_of_date_counts():
    r = _niort("2009-03-01", "kind liberal_medical_professional joined 2009-03-01")
    assert ANCHOR | ASSOCIATED <= _held(r)
    assert not any(w.code == "after_as_of" for w in r.warnings)


def test_control_associate_without_joined_counts():
    r = _niort("2009-03-01", "kind liberal_medical_professional")
    assert ANCHOR | ASSOCIATED <= _held(r)


def test_same_file_on_a_later_date_counts_the_associate():
    # joined 2009-05-01: not associated on 2009-03-01, associated on 2009-07-01 (L6133-1 of 2004 still in force)
    before = _niort("2009-03-01", "kind liberal_medical_professional joined 2009-05-01")
    assert ANCHOR <= _held(before) and not (ASSOCIATED & _held(before))
    after = _niort("2009-07-01", "kind liberal_medical_professional joined 2009-05-01")
    assert ANCHOR | ASSOCIATED <= _held(after)


def test_association_of_a_non_liberal_professional_judged_once_it_happened():
    # L6133-1 of 2004 al. 4 opens the association to liberal medical professionals only: judged on the as-of date
    # that follows the association, not before it
    later = _niort("2009-03-01", "kind health_establishment sector private joined 2009-05-01")
    assert ANCHOR <= _held(later)
    assert "association_invalid(dr_lucas, not_liberal_medical_professional)" not in _held(later)
    assert [w.code for w in _at(later, 8)] == ["after_as_of"]
    done = _niort("2009-07-01", "kind health_establishment sector private joined 2009-05-01")
    assert "association_invalid(dr_lucas, not_liberal_medical_professional)" in _held(done)


def test_associate_of_unknown_kind_asked_about_once_associated():
    # « Les professionnels médicaux libéraux peuvent conclure »: the kind is asked for once the association happened
    def kind_asked(r):
        return any(w.code == "missing_fact" and "Dr Lucas" in w.message for w in r.warnings)

    later = _niort("2009-03-01", "joined 2009-05-01")
    assert ANCHOR <= _held(later)
    assert not kind_asked(later)
    assert [w.code for w in _at(later, 8)] == ["after_as_of"]
    done = _niort("2009-07-01", "joined 2009-05-01")
    assert kind_asked(done)
