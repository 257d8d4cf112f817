"""Review 40 (round 16), fixer H: membership after a departure, the exclusion décret 2017-631 orders, two exclusions
at one sitting, the debts of a departed member, the citation of a late convocation.

The texts. R6133-5 of 2006 al. 1 (R6133-7 of 2010 I): « Après sa constitution, le groupement peut admettre de
nouveaux membres, par décision de l'assemblée générale. » Al. 3 (R6133-7 of 2010 III): « Lorsque le groupement
comporte au moins trois membres, l'exclusion de l'un d'entre eux peut être prononcée par l'assemblée générale en cas
de manquements aux obligations définies par la présente section, la convention constitutive ainsi que par les
délibérations de l'assemblée générale. L'exclusion peut également être prononcée en cas d'ouverture d'une procédure
de sauvegarde, de redressement ou de liquidation judiciaire. L'exclusion ne peut être prononcée qu'après audition du
représentant du membre concerné selon les modalités fixées par la convention constitutive. » Décret 2017-631 art. 7
al. 3 (decret-2017-631.art7.3, the NOTA of R6133-1 of 2017): « Si, en application des dispositions de l'article
L. 6133-2 du code de la santé publique dans sa rédaction issue de l'ordonnance susvisée du 12 janvier 2017, un membre
du groupement de coopération sanitaire n'est plus autorisé à en faire partie, l'assemblée générale prononce son
exclusion dans les conditions prévues à la convention constitutive. » R6133-6 of 2006 al. 6: « Les membres sont
tenus des dettes du groupement dans la proportion de leurs droits. » R6133-1 of 2006 8°: the convention gives « Les
règles selon lesquelles ses membres sont tenus de ses dettes ». R6133-12 of 2006 al. 3: « l'assemblée générale est
convoquée par écrit quinze jours au moins à l'avance ».

The findings and the readings.
F1. membership_invalid(M, not_admitted_by_assembly) says a participation is irregular « à cette date »: only of a
    member on the as-of date (current/1, as the other membership_invalid rules). Once its withdrawal or exclusion
    has taken effect, nothing is said of it; avenant_missing(admission:M) is a separate question and stays.
F3. The exclusion the decree orders of a member L6133-2 of 2017 bars (ground `barred`, where it applies) is a duty on
    its own ground: the floor of three members, which frames the exclusion the assembly « peut » pronounce for
    breaches or insolvency proceedings, does not bind it. The hearing of the member's representative (R6133-7 III's
    last sentence, « L'exclusion ne peut être prononcée qu'après audition ... », and the convention's terms the
    decree refers to, R6133-1 of 2017 I 15°) and the membership of the one excluded are kept. A `breach` exclusion
    in a groupement of two keeps fewer_than_three_members.
F4. Two exclusions voted at one sitting of a groupement that the other would bring under three members: not
    fixer H's (the reading left open was not kept); see tests/test_review40_same_sitting.py (fixer N): each is
    judged on the members at the sitting, the reading exclusion by exclusion said in a doubtful_text warning.
F2. debt_share/3 is the split among the members on the as-of date (its sentence now says so); where a member left
    (withdrawal or exclusion taken effect) before that date, whether it stays bound for the debts contracted while
    it was a member is not decided: a missing_fact at the departure's line.
F5. exclusion_invalid(M, late_convocation) cites the delay's text (R6133-12 of 2006 al. 3) first.
"""

import gcs_reasoner as gcs

HEAD = """groupement g "GCS Test" {
  as of AS_OF
  approved 2006-03-01
  seat "Rouen" region "Normandie"
  member a "CH A" { kind health_establishment sector public region "Normandie" rights 40 }
  member b "CH B" { kind health_establishment sector public region "Normandie" rights 30 }
  member c "CH C" { kind health_establishment sector public region "Normandie" rights 30 }
"""


def run(text):
    return gcs.reason(gcs.loads(text, path="<review40>"), explain=True)


def conclusions(res):
    return {str(c) for c in res.conclusions}


def provisions(res, atom):
    return [p for c in res.conclusions if str(c) == atom for p in c.provisions]


def warnings(res):
    return {w.atom for w in res.warnings}


def sentence(res, atom, lang="fr"):
    return next(c.sentence(lang) for c in res.conclusions if str(c) == atom)


# --- F1. irregular membership only of a member on the as-of date ------------------------------------------------

def joined_e(as_of, extra, joined="2007-01-01"):
    return (HEAD.replace("AS_OF", as_of)
            + f'  member e "CH E" {{ kind health_establishment sector public region "Normandie" rights 30 '
              f'joined {joined} }}\n  declared_nature public\n' + extra + "}\n")


WITHDRAWAL_E = "  withdrawal e notified 2007-03-01\n  avenant av1 on 2008-01-10 for withdrawal of e\n"
EXCLUSION_E = ("  assembly ag1 on 2008-02-01 { convened_on 2008-01-10 by administrator present a, b, c, e "
               "deliberation d1 on exclusion of e { for a, b, c ground breach heard e } }\n"
               "  avenant av1 on 2008-02-10 for exclusion of e\n")
INVALID_E = "membership_invalid(e, not_admitted_by_assembly)"


def test_withdrawn_member_is_not_called_irregular():
    res = run(joined_e("2008-06-01", WITHDRAWAL_E))
    found = conclusions(res)
    assert "withdrawal_effective(e, 2007-12-31)" in found  # anchor: e has left
    assert "avenant_missing(admission:e)" in found  # the avenant of its joining, a separate question, stays
    assert "member(e)" not in found
    assert INVALID_E not in found


def test_excluded_member_is_not_called_irregular():
    res = run(joined_e("2008-06-01", EXCLUSION_E))
    found = conclusions(res)
    assert "excluded(e, 2008-02-01)" in found  # anchor
    assert "avenant_missing(admission:e)" in found
    assert INVALID_E not in found


def test_withdrawn_member_is_not_called_irregular_under_the_2010_text():
    text = joined_e("2012-06-01", "  withdrawal e notified 2011-03-01\n  avenant av1 on 2012-01-10 for withdrawal of e\n",
                    joined="2011-01-01")
    res = run(text)
    found = conclusions(res)
    assert "withdrawal_effective(e, 2011-12-31)" in found  # anchor
    assert "avenant_missing(admission:e)" in found
    assert INVALID_E not in found


def test_member_still_there_is_irregular():
    res = run(joined_e("2008-06-01", ""))
    found = conclusions(res)
    assert "member(e)" in found
    assert INVALID_E in found
    assert provisions(res, INVALID_E)[0] == "R6133-5@2006-01-01.1"


def test_member_whose_withdrawal_has_not_yet_taken_effect_is_irregular():
    res = run(joined_e("2007-06-01", "  withdrawal e notified 2007-03-01\n"))
    found = conclusions(res)
    assert "member(e)" in found  # anchor: the withdrawal takes effect at the end of 2007
    assert INVALID_E in found


# --- F3. the exclusion décret 2017-631 art. 7 al. 3 orders: no floor of three members ---------------------------

BARRED = """groupement g "GCS Achats" {
  as of 2018-06-01
  approved 2015-03-01
  seat "Bourges" region "Centre-Val de Loire"
  member a "CH A" { kind health_establishment sector public region "Centre-Val de Loire" rights 80 }
  member s "Distrimed SAS" { kind other_care_organisation sector private region "Centre-Val de Loire" profit_supplier products authorised 2015-02-01 rights 20 }
  convention { vote_weight rights }
  assembly ag1 on 2018-03-01 {
    convened_on 2018-02-01 by administrator
    present a, s
    deliberation d1 on exclusion of s { for a ground GROUND HEARD }
  }
}
"""


def barred(ground="barred", heard="heard s"):
    return run(BARRED.replace("GROUND", ground).replace("HEARD", heard))


def test_barred_exclusion_in_a_groupement_of_two_is_valid():
    res = barred()
    found = conclusions(res)
    assert "excluded(s, 2018-03-01)" in found
    assert provisions(res, "excluded(s, 2018-03-01)")[0] == "decret-2017-631.art7.3"
    assert "exclusion_invalid(s, fewer_than_three_members)" not in found
    assert "deliberation_invalid(ag1, d1, fewer_than_three_members)" not in found
    assert not any(s.startswith("ars_dissolution_ground") for s in found)
    assert "exclusion_required(s, profit_supplier)" not in found  # done
    # the groupement, left with one member, is dissolved by operation of law (R6133-8 of 2017 I 2°)
    assert "dissolved_on(single_member, 2018-03-02)" in found


def test_breach_exclusion_in_a_groupement_of_two_keeps_the_floor():
    res = barred(ground="breach")
    found = conclusions(res)
    assert "exclusion_invalid(s, fewer_than_three_members)" in found
    assert "exclusion_required(s, profit_supplier)" in found  # anchor: the decree's duty still stands
    assert "excluded(s, 2018-03-01)" not in found


def test_barred_exclusion_still_needs_the_hearing():
    res = barred(heard="")
    found = conclusions(res)
    assert "exclusion_invalid(s, not_heard)" in found
    assert "exclusion_invalid(s, fewer_than_three_members)" not in found
    assert "excluded(s, 2018-03-01)" not in found


# --- helpers: one sitting ---------------------------------------------------------------------------------------

SITTING = """groupement g "GCS Test" {
  as of 2008-06-01
  approved 2006-03-01
  seat "Rouen" region "Normandie"
MEMBERS  declared_nature public
  assembly ag1 on 2008-03-01 {
    convened_on 2008-02-01 by administrator
    present PRESENT
DELIBERATIONS  }
}
"""


def sitting(rights, deliberations):
    members = "".join(f'  member {m} "CH {m.upper()}" {{ kind health_establishment sector public region "Normandie" '
                      f'rights {r} }}\n' for m, r in rights.items())
    return run(SITTING.replace("MEMBERS", members).replace("PRESENT", ", ".join(rights))
               .replace("DELIBERATIONS", "".join(f"    {d}\n" for d in deliberations)))


D1 = "deliberation d1 on exclusion of c { for a, b ground breach heard c }"
D2 = "deliberation d2 on exclusion of b { for a ground breach heard b }"

# --- F2. the debts of a departed member ---------------------------------------------------------------------------

DEBTS = (HEAD.replace('member c "CH C" { kind health_establishment sector public region "Normandie" rights 30 }',
                     'member c "CH C" { kind health_establishment sector public region "Normandie" rights 20 }')
         + "  declared_nature public\n  withdrawal c notified 2007-06-30\n}\n")
DEPARTED_C = "missing_fact(departed_member_debts, withdrawal(c, 2007-06-30), debts_before_departure)"


def test_departed_member_debts_are_not_decided():
    res = run(DEBTS.replace("AS_OF", "2008-01-01"))
    found = conclusions(res)
    assert "withdrawal_effective(c, 2007-12-31)" in found  # anchor
    assert {"debt_share(a, 40, 70)", "debt_share(b, 30, 70)"} <= found
    assert DEPARTED_C in warnings(res)
    line = next(w.line for w in res.warnings if w.atom == DEPARTED_C)
    assert line == 9  # the withdrawal's line
    fr = sentence(res, "debt_share(a, 40, 70)")
    assert fr.startswith("Entre les membres du groupement à la date retenue")
    assert "Les dettes du groupement incombent" not in fr


def test_no_departure_no_debt_warning():
    res = run(DEBTS.replace("AS_OF", "2007-12-31"))
    found = conclusions(res)
    assert "debt_share(c, 20, 90)" in found  # anchor: c is still a member on 31 December 2007
    assert not any(w.startswith("missing_fact(departed_member_debts") for w in warnings(res))


def test_excluded_member_debts_are_not_decided():
    res = run(joined_e("2008-06-01", EXCLUSION_E))
    assert "debt_share(a, 40, 100)" in conclusions(res)  # anchor
    assert ("missing_fact(departed_member_debts, deliberation_of(ag1, d1, e), debts_before_departure)"
            in warnings(res))


# --- F5. the citation of a late convocation ------------------------------------------------------------------------

def test_late_convocation_cites_the_delay_first():
    res = sitting({"a": 60, "b": 20, "c": 20}, [D1])
    assert "excluded(c, 2008-03-01)" in conclusions(res)  # anchor: in time
    late = run(SITTING.replace("2008-02-01", "2008-02-25").replace(
        "MEMBERS", "".join(f'  member {m} "CH {m.upper()}" {{ kind health_establishment sector public region '
                           f'"Normandie" rights {r} }}\n' for m, r in {"a": 60, "b": 20, "c": 20}.items()))
        .replace("PRESENT", "a, b, c").replace("DELIBERATIONS", f"    {D1}\n"))
    assert provisions(late, "exclusion_invalid(c, late_convocation)")[:2] == ["R6133-12@2006-01-01.3",
                                                                            "R6133-5@2006-01-01.3"]
    assert provisions(late, "exclusion_invalid(c, late_convocation)")
    assert "excluded(c, 2008-03-01)" not in conclusions(late)
