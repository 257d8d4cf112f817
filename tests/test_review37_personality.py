"""Review 37, fixer A: before legal personality, the conclusions stop 36 left drawn.

The groupement « jouit de la personnalité morale à compter de la date de publication de l'acte d'approbation »
(R6133-11 of 2006 al. 3, R6133-1-1 of 2010 al. 2; L6133-3 I al. 2 from 2009-07-23 « acquiert la personnalité morale
à dater de cette publication »). Stop 36 stopped drawing a legal person's states before that date; it left the
health-establishment, billing and tariff conclusions drawn. Read against the French text:

- L6133-7 al. 1 « Lorsqu'il est titulaire d'une ou plusieurs autorisations d'activités de soins, le groupement de
  coopération sanitaire est un établissement de santé », « est érigé en établissement de santé … par décision du
  directeur général »: holding an authorisation and being erected are a legal person's states (the single act of
  R6133-12 II of 2010 « porte ses effets de droit, au jour de sa publication »): not drawn before the publication
  (gcs_kind(health_establishment), erection_required, and what follows from them: financed_as_health_establishment,
  the art. 33 exclusion of L6133-8 al. 2).
- L6133-1 of 2017 4° « Lorsque le groupement de coopération sanitaire est autorisé à facturer les soins, il se
  substitue aux établissements membres »: the groupement billing in its own name, billing_holder(A, groupement), is a
  legal person's act: not drawn before; the members bill as before.
- L6133-6 al. 4 « sont facturés par l'établissement de santé employeur à l'établissement de santé dont relève le
  patient »: billing between members, who are legal persons already; kept (README_ADDITIONS_FIX.md says why).
"""

import gcs_reasoner as gcs

# a groupement holding a care-activity authorisation granted 2009-10-01, its approval published on 2009-11-02
ES = """groupement g "GCS Test" {
  as of 2010-06-30
  approved 2009-11-02
  seat "Nantes" region "Pays de la Loire"
  member a "CH A" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  member b "CH B" { kind health_establishment sector public region "Pays de la Loire" rights 50 }
  authorisation irm care_activity "Imagerie interventionnelle" held_by groupement granted 2009-10-01 until 2015-07-01
  convention {
    object "Imagerie"
    task_split
  }
}
"""

# facts/joint17_decree_0427.gcs: decision of 2017-03-01 (approves the convention, authorises the billing), published
# 2017-03-10; before 2017-04-28 the decree of 2010 dates legal personality from the publication
JOINT = """groupement plateau_nord "GCS Plateau" {
  as of 2017-04-27
  approved 2017-03-10
  seat "Marseille" region "Provence-Alpes-Côte d'Azur"
  capital none
  member chu_m "AP-HM" { kind health_establishment sector public funding a eligible_holder
    region "Provence-Alpes-Côte d'Azur" rights 50 }
  member clin_p "Clinique du Palais" { kind health_establishment sector private funding d eligible_holder
    region "Provence-Alpes-Côte d'Azur" rights 50 }
  authorisation chir_p care_activity "Chirurgie ambulatoire" held_by clin_p granted 2015-01-01 modification_requested 2017-01-20
  authorisation chir_m care_activity "Chirurgie ambulatoire" held_by chu_m granted 2014-06-01 modification_requested 2017-01-20
  operates chir_p, chir_m site "Marseille Nord"
  submitted 2017-01-20
  tariff_option d received 2017-01-20
  ars_decision dec1 on 2017-03-01 published 2017-03-10 {
    approves convention
    modifies chir_p
    modifies chir_m
    authorises_billing
    tariff_scale d
  }
}
"""


def reason(text, as_of=None):
    return gcs.reason(gcs.loads(text, path="<test>"), as_of=as_of)


def before_personality(result):
    return [w for w in result.warnings if w.code == "before_legal_personality" and w.line is None]


def test_holding_an_authorisation_before_the_publication_makes_no_health_establishment():
    r = reason(ES, "2009-10-15")  # granted 2009-10-01, approval published 2009-11-02
    [w] = before_personality(r)
    # the warning names what is not drawn, these too
    assert "qualité d'établissement de santé, facturation des soins par le groupement" in w.message_fr
    assert "health-establishment status, billing of care by the groupement" in w.message
    assert not r.holds("gcs_kind(health_establishment)")
    assert not r.holds("erection_required(irm)")
    assert not r.holds("financed_as_health_establishment")
    assert r.by_predicate("art33_lfss2004_excluded") == []
    # the convention under approval is still judged
    assert r.holds("member(a)") and r.holds("member(b)")
    assert r.by_predicate("approval_required")


def test_once_published_the_authorisation_holder_is_a_health_establishment_to_erect():
    r = reason(ES, "2009-12-01")
    assert not before_personality(r)
    assert r.holds("legal_personality_from(2009-11-02)")
    # L6133-7 al. 1: titulaire of a care authorisation, a health establishment; no erection decision in the file
    assert r.holds("gcs_kind(health_establishment)")
    assert r.holds("erection_required(irm)")
    # L6133-8 al. 1 « il est financé sur le fondement des règles applicables aux établissements de santé »
    assert r.holds("financed_as_health_establishment")


def test_the_groupement_does_not_bill_in_its_members_place_before_the_publication():
    r = reason(JOINT, "2017-03-05")  # decided 2017-03-01, published 2017-03-10: under the 2010 decree, no person yet
    assert before_personality(r)
    assert r.by_predicate("billing_holder") == []
    assert not r.holds("billing_holder(chir_p, groupement)")
    # the joint operation under approval is judged: the approvals it needs, its kind, the tariff procedure
    assert r.holds("approval_required(ars_director_general, billing)")
    assert r.holds("gcs_kind(joint_operation)") and r.holds("tariff_scale(d)")
    assert r.holds("member(chu_m)")


def test_the_groupement_bills_in_its_members_place_once_published():
    r = reason(JOINT, "2017-03-10")
    assert not before_personality(r)
    assert r.holds("legal_personality_from(2017-03-10)")
    assert r.holds("billing_holder(chir_p, groupement)") and r.holds("billing_holder(chir_m, groupement)")


def test_the_members_billing_between_themselves_is_kept_before_the_publication():
    # facts/billing09_pay_abc_2009.gcs, approved 2008-06-01, on 2008-05-31: L6133-6 al. 4 binds the member
    # establishments (the employer bills the patient's establishment), legal persons already: kept
    r = gcs.reason(gcs.load("facts/billing09_pay_abc_2009.gcs"), as_of="2008-05-31")
    assert before_personality(r)
    assert r.holds("act_billing(a1, clinique_inkermann, health_insurance_fund)")
    assert not r.holds("nature(public)")  # the legal person's own states are not drawn


# --- 2. an approval known only by the approving decision's `published` date -----------------------------------------
# The publication of the approval in the seat's region is one publication, whether the file dates it by `approved DATE`
# or by the `published DATE` of the decision approving the convention (validate.py refuses the two differing). Before
# review 37 only `approved` left out the statements dated before it. Each text below states the approving decision;
# APPROVED_LINE is `approved DATE` in one, a comment in the other, so that the lines are the same.

ELECTION = """groupement g "GCS Imagerie" {
  as of AS_OF
  APPROVED_LINE
  seat "Nancy" region "Lorraine"
  activity logistic
  member chu_nancy "CHU de Nancy" { kind health_establishment sector public region "Lorraine" rights 60 }
  member ch_metz "CHR de Metz" { kind health_establishment sector public region "Lorraine" rights 40 }
  ars_decision dec1 on DECIDED PUBLISHED{ approves convention }
  convention {
    notice_days 15
  }
  administrator chu_nancy elected ELECTED until 2014-06-30
  ASSEMBLY
  assembly ag1 on 2012-06-01 {
    convened_on 2012-05-10 by administrator
    present chu_nancy, ch_metz
    deliberation d1 on budget { for chu_nancy, ch_metz }
  }
}
"""
ADMIN_LINE = 12
EARLY_ASSEMBLY = """assembly ag0 on 2011-02-10 {
    present chu_nancy, ch_metz
    deliberation d0 on budget { for chu_nancy, ch_metz }
  }"""


def _file(source, elected="2011-02-01", as_of="2013-06-01", published="2011-03-01", decided="2011-02-20",
          assembly="# no early assembly"):
    """`source`: 'approved' (the file dates the publication by `approved`) or 'published' (by the decision's
    `published`, with no `approved`)."""
    text = (ELECTION.replace("AS_OF", as_of).replace("ELECTED", elected).replace("DECIDED", decided)
            .replace("ASSEMBLY", assembly))
    if source == "approved":
        return text.replace("APPROVED_LINE", f"approved {published}").replace("PUBLISHED", "")
    return text.replace("APPROVED_LINE", "# approval published by dec1").replace("PUBLISHED", f"published {published} ")


def _personality_warnings(r):
    return [w for w in r.warnings if w.code == "before_legal_personality"]


def _same(ra, rb, publication_lines=("line 3", "line 8"), fr_lines=("ligne 3", "ligne 8")):
    """The two results draw the same conclusions and give the same warnings, the publication's line apart."""
    assert sorted(c.text for c in ra.conclusions) == sorted(c.text for c in rb.conclusions)
    assert [(w.code, w.line) for w in ra.warnings] == [(w.code, w.line) for w in rb.warnings]
    for wa, wb in zip(ra.warnings, rb.warnings):
        assert wa.message.replace(*publication_lines) == wb.message
        assert wa.message_fr.replace(*fr_lines) == wb.message_fr


def test_an_election_before_a_publication_dated_by_approved_is_left_out():
    r = reason(_file("approved"))
    assert r.holds("legal_personality_from(2011-03-01)") and r.holds("quorum_met(ag1)")  # anchors
    [w] = _personality_warnings(r)
    assert w.line == ADMIN_LINE and "1 March 2011" in w.message and "line 3" in w.message
    assert r.holds("deliberation_invalid(ag1, d1, no_administrator_in_office)")
    assert not r.holds("deliberation_valid(ag1, d1)")


def test_an_election_before_a_publication_dated_by_the_decision_is_left_out_alike():
    r = reason(_file("published"))
    assert r.holds("legal_personality_from(2011-03-01)") and r.holds("quorum_met(ag1)")  # anchors
    [w] = _personality_warnings(r)
    # the same warning, citing the decision's line, where the file dates the publication
    assert w.line == ADMIN_LINE and "1 March 2011" in w.message and "line 8" in w.message
    assert "précède la personnalité morale du groupement" in w.message_fr and "ligne 8" in w.message_fr
    assert r.holds("deliberation_invalid(ag1, d1, no_administrator_in_office)")
    assert not r.holds("deliberation_valid(ag1, d1)")
    _same(reason(_file("approved")), r)


def test_an_election_after_the_publication_is_in_office_from_either_source():
    for source in ("approved", "published"):
        r = reason(_file(source, elected="2011-03-10"))
        assert _personality_warnings(r) == [], source
        assert r.holds("deliberation_valid(ag1, d1)"), source
        assert r.holds("executing_administrator(ag1, d1, chu_nancy)"), source


def test_an_assembly_before_a_publication_dated_by_the_decision_is_left_out_alike():
    ra = reason(_file("approved", elected="2011-03-10", assembly=EARLY_ASSEMBLY))
    rb = reason(_file("published", elected="2011-03-10", assembly=EARLY_ASSEMBLY))
    for r in (ra, rb):
        assert [w.line for w in _personality_warnings(r)] == [13]  # the assembly of the founders, 2011-02-10
        assert r.holds("deliberation_valid(ag1, d1)")  # anchor: the later assembly is judged
        assert not any(c.text.startswith(("deliberation_valid(ag0", "deliberation_invalid(ag0", "quorum_met(ag0"))
                       for c in r.conclusions)
    _same(ra, rb)


def test_before_2006_an_election_before_a_publication_dated_by_the_decision_is_unjudged_alike():
    # approved 2004-03-01, no encoded text then: the election is left out with its warning, the validity left open
    kw = dict(elected="2004-02-01", as_of="2006-06-01", published="2004-03-01", decided="2004-02-20")
    ra, rb = (reason(_file(source, **kw).replace("2012-06-01", "2006-05-20").replace("2012-05-10", "2006-05-01"))
              for source in ("approved", "published"))
    for r in (ra, rb):
        assert r.holds("quorum_met(ag1)")  # anchor
        assert [w.line for w in _personality_warnings(r)] == [ADMIN_LINE]
        assert not r.holds("deliberation_valid(ag1, d1)") and not r.holds("deliberation_invalid(ag1, d1, _)")
    _same(ra, rb)


def test_a_decision_published_after_the_as_of_date_leaves_out_the_earlier_election_alike():
    # on 2011-02-25 the decision of 2011-02-20 is made, its publication of 2011-03-01 to come: no legal person yet
    kw = dict(as_of="2011-02-25")
    ra, rb = reason(_file("approved", **kw)), reason(_file("published", **kw))
    for r in (ra, rb):
        # the election's warning at its line, and the rules' warning that there is no legal person yet
        assert sorted(w.line or 0 for w in _personality_warnings(r)) == [0, ADMIN_LINE]
        assert r.holds("member(chu_nancy)")  # anchor
        assert r.by_predicate("legal_representative") == []
    # `approved` dated later has its own after_as_of warning at its line (a statement left out); the decision's
    # `published` is kept as a fact, which the rules read as a publication to come: the rest is the same
    ra.warnings = [w for w in ra.warnings if not (w.code == "after_as_of" and w.line == 3)]
    _same(ra, rb)


# --- 3. the warning code of a not_judged event said in its own sentence: the warning table says it ---------------------

def test_each_event_said_in_its_sentence_has_its_sentences_in_the_rules():
    """warning_words.SAID_IN_ITS_SENTENCE gives the code of a not_judged/3 event a text governs and says no; the
    warning is said in its rule's sentence, so each such event has one in each language (no raw atom shown)."""
    import re
    from pathlib import Path

    from gcs_reasoner.warning_words import SAID_IN_ITS_SENTENCE

    rules = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parent.parent / "rules")
                      .rglob("*.lp"))
    # review 40: legal_personality_undated (before 2006-01-01 no encoded text dates legal personality), said in its
    # rule's sentence under the code text_not_in_force
    assert SAID_IN_ITS_SENTENCE == {"legal_person_states": "before_legal_personality",
                                    "legal_personality_undated": "text_not_in_force"}
    import clingo

    from gcs_reasoner.program import load_program
    from gcs_reasoner.sentences import sentence

    program = load_program()
    blocks = program.sentences.get(("not_judged", 3), [])
    for event in SAID_IN_ITS_SENTENCE:
        assert re.search(rf"^% say not_judged\({event},", rules, re.M), event
        heads = re.findall(rf"^not_judged\({event}, *(\w+), *\w+\)", rules, re.M)
        assert heads, event
        # each of its blocks has a sentence in each language
        own = [(fr, en) for pattern, fr, en, _ in blocks if pattern.replace(" ", "").startswith(f"not_judged({event},")]
        assert own and all(fr.strip() and en.strip() for fr, en in own), event
        # and each warning the rules draw for it finds one in each language, its variables filled (no raw atom)
        for second in set(heads):
            arg = clingo.Function(second) if second[0].islower() else clingo.Function("x")
            sym = clingo.Function("not_judged", [clingo.Function(event), arg,
                                                 clingo.Function("d", [clingo.Number(2010), clingo.Number(6),
                                                                       clingo.Number(30)])])
            fr, en = sentence(sym, "fr", program), sentence(sym, "en", program)
            assert fr and en and fr != en, (event, second)
            assert "{" not in fr + en and "not_judged" not in fr + en, (event, second)
            assert "30 juin 2010" in fr and "30 June 2010" in en, (event, second)


def test_the_rules_warning_before_personality_has_the_tables_code_and_its_sentence():
    r = reason(ES, "2009-10-15")
    [w] = before_personality(r)
    assert w.code == "before_legal_personality" and w.line is None
    assert "has no legal personality yet" in w.message and "not_judged" not in w.message
    assert "ne jouit pas encore de la personnalité morale" in w.message_fr
    # another not_judged event keeps text_not_in_force, in the generic words (facts/admin17_deputy_before_2017.gcs)
    other = gcs.reason(gcs.load("facts/admin17_deputy_before_2017.gcs"))
    said = [x for x in other.warnings if "no encoded text governs it on that date" in x.message]
    assert said and all(x.code == "text_not_in_force" for x in said)
    assert not any(x.code == "before_legal_personality" and x.line is None for x in other.warnings)
