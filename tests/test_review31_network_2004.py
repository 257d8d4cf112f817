"""A réseau de santé from 2006 to 2009-07-22 (review 31, stf F1); the test failed before its change.

L6133-1 of 2004 al. 2: « Un des membres au moins du groupement de coopération sanitaire doit être un
établissement de santé. »; al. 3: other bodies may be members « à condition d'y être autorisés par le
directeur de l'agence régionale de l'hospitalisation ». Beside it, L6133-4 in its version of 2003-09-06,
in force until 2009-07-22 and not encoded: « Le groupement de coopération sanitaire peut constituer un
réseau de santé. Dans ce cas, il est composé des membres mentionnés à l'article L. 6321-1. » The same
sentence in L6133-2 of 2009 al. 3 and of 2017 IV is read as sparing a réseau both rules; under the
2004 text no encoded text decides, so a réseau (`health_network`) is not judged on them (the
text_not_in_force warning says so), while a groupement that is not a réseau keeps its conclusions.
"""

import gcs_reasoner as gcs

GCS = """groupement rn "GCS Réseau" {{
  as of {as_of}
  approved 2007-10-03
  seat "Lille" region "Nord-Pas-de-Calais"
  {network}
  member assoc "Association de coordination" {{ kind network_person rights 50 }}
  member medtrav "Service de santé au travail" {{ kind network_person rights 30 }}
  member org "Centre de dépistage" {{ kind other_care_organisation rights 20 }}
  convention {{ vote_weight rights }}
}}
"""

CONCLUSIONS = {
    "composition_invalid(no_health_establishment)",
    "membership_invalid(assoc, no_authorisation)",
    "membership_invalid(medtrav, no_authorisation)",
    "approval_required(arh_director, member_authorisation:assoc)",
    "approval_required(arh_director, member_authorisation:medtrav)",
}


def _reason(as_of: str, network: bool):
    return gcs.reason(gcs.loads(GCS.format(as_of=as_of, network="health_network" if network else ""), path="<test>"))


def _found(result) -> set[str]:
    return {str(c) for c in result.conclusions} & (CONCLUSIONS | {
        "membership_invalid(org, no_authorisation)", "approval_required(arh_director, member_authorisation:org)"})


def test_a_reseau_of_2008_is_not_judged_on_the_health_establishment_nor_on_its_persons_authorisation():
    for as_of in ("2008-06-01", "2009-07-22"):
        result = _reason(as_of, network=True)
        # another body, not a person of L6321-1, still needs the authorisation (al. 3)
        assert _found(result) == {"membership_invalid(org, no_authorisation)",
                                  "approval_required(arh_director, member_authorisation:org)"}, as_of
        said = [w for w in result.warnings if w.code == "text_not_in_force"]
        en = " | ".join(w.message for w in said)
        fr = " | ".join(w.message_fr for w in said)
        assert "the composition, without a health establishment, of the groupement" in en, en
        assert "the membership of Association de coordination" in en and "Service de santé au travail" in en, en
        assert "Centre de dépistage" not in en, en
        assert "la composition, sans établissement de santé, du groupement" in fr, fr
        assert "article L. 6133-4" in en and "l'article L. 6133-4" in fr


def test_the_control_not_a_reseau_keeps_its_conclusions():
    for as_of in ("2008-06-01", "2009-07-22"):
        result = _reason(as_of, network=False)
        assert CONCLUSIONS <= _found(result), as_of
        assert not any("réseau" in w.message for w in result.warnings if w.code == "text_not_in_force"), as_of


def test_from_2009_07_23_the_encoded_text_decides_and_no_such_warning():
    result = _reason("2009-07-23", network=True)
    assert not _found(result) & CONCLUSIONS
    assert not any("réseau" in w.message for w in result.warnings if w.code == "text_not_in_force")
