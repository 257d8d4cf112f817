"""Part 2 of the scenario language (docs/scenario-language-2009-today.md): each form
parses to the facts docs/facts-part2.md fixes, and each new check is an error at its
line and column that names what was expected."""

import re
from datetime import date
from pathlib import Path

import pytest

from gcs_reasoner.facts import scenario_facts
from gcs_reasoner.parse import ScenarioError, parse_file, parse_text

ROOT = Path(__file__).resolve().parent.parent
SKELETON = Path(__file__).parent / "data" / "part2_skeleton.gcs"
SPEC = ROOT / "docs" / "scenario-language-2009-today.md"
_LAW = ("text_period(", "law_date(", "provision_text(", "same_as(")

HEAD = 'groupement g "G" {\n'
MEMBERS = ('member a "A" { kind health_establishment sector public }\n'
           'member b "B" { kind health_establishment sector private }\n')


def facts_of(text: str) -> list[str]:
    s = parse_text(text, "t.gcs")
    return [a for a, _ in scenario_facts(s, date(2019, 6, 30)).facts if not a.startswith(_LAW)]


def body(text: str) -> list[str]:
    """Facts of a groupement with members a and b, whose other statements are `text` (from line 4)."""
    return facts_of(HEAD + MEMBERS + text + "\n}")


def error(text: str) -> ScenarioError:
    with pytest.raises(ScenarioError) as e:
        parse_text(HEAD + MEMBERS + text + "\n}", "t.gcs")
    return e.value


def check(err: ScenarioError, line: int, col: int, *fragments: str) -> None:
    assert (err.path, err.line, err.col) == ("t.gcs", line, col), str(err)
    for fragment in fragments:
        assert fragment in err.message, str(err)


# ---------------------------------------------------------------------------
# The contract's skeleton (section 9)


def skeleton_from_spec() -> str:
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("```\n", text.index("## 9. Skeleton addendum")) + 4
    return text[start: text.index("```", start)]


def test_fixture_is_the_spec_skeleton_verbatim():
    assert SKELETON.read_text(encoding="utf-8") == skeleton_from_spec()


SKELETON_FACTS = """
groupement(plateau_sud) as_of(d(2019,6,30)) approved(d(2017,7,20)) activity(patents) activity(biology_laboratory)
declared_member(chu_m) kind(chu_m,health_establishment) sector(chu_m,public) funding(chu_m,a) eligible_holder(chu_m)
declared_member(clin_p) kind(clin_p,health_establishment) sector(clin_p,private) funding(clin_p,d)
eligible_holder(clin_p) declared_member(infi) kind(infi,liberal_practice_company) authorised(infi,d(2017,6,1))
profession(infi,non_medical) liberal(infi) declared_member(fourn) kind(fourn,other_care_organisation)
profit_supplier(fourn,products)
participation(1,clin_p,equipment,20000) participation_year(1,2018) participation_valued(1,net_book_value)
convention mention(object_and_split) mention(duration) mention(staff_rules) mention(joint_billing)
mention(blood_depot_vocation) attached(budget_forecast) attached(financial_balance) attached(chu_agreement)
signed_by(chu_m) signed_by(clin_p) signed_by(infi) vocation(joint_operation) vocation(hold_authorisation)
vocation(blood_depot) convention_tariff_scale(d) blood_depot_for(chu_m) blood_depot_for(clin_p)
blood_depot_located_at(chu_m) vote_weight(rights) meeting_days(30) restricted_committee full_gbcp
administrator(chu_m,d(2017,9,1)) administrator_elected_by(ag1,d2) administrator_until(d(2020,8,31))
assembly(ag1,d(2017,9,1)) extraordinary(ag1) accountant_present(ag1)
present(ag1,chu_m) present(ag1,clin_p) present(ag1,infi)
deliberation(ag1,d1,budget) vote(ag1,d1,chu_m,for) vote(ag1,d1,clin_p,for) deliberation_year(ag1,d1,2018)
deliberation(ag1,d2,administrator) vote(ag1,d2,chu_m,for) vote(ag1,d2,clin_p,for)
deliberation(ag1,d3,committee_election) vote(ag1,d3,chu_m,for) vote(ag1,d3,clin_p,for)
deliberation(ag1,d4,delegation) vote(ag1,d4,chu_m,for) vote(ag1,d4,clin_p,for)
deliberation(ag1,d5,committee_challenge) vote(ag1,d5,chu_m,for) vote(ag1,d5,clin_p,against)
deliberation_challenges(ag1,d5,cr1,d1)
deliberation(ag1,d6,dissolution) vote(ag1,d6,chu_m,for) vote(ag1,d6,clin_p,for) vote(ag1,d6,infi,for)
deliberation(ag1,d7,rights_setting) vote(ag1,d7,chu_m,for) vote(ag1,d7,clin_p,for)
deliberation(ag1,d8,activity_report) vote(ag1,d8,chu_m,for) deliberation_year(ag1,d8,2017)
avenant(av2,d(2018,8,1),convention_change) avenant_submitted(av2,d(2018,8,5))
dissolution_by(ag1,d6) dissolution_notified(d(2018,10,20)) dissolution_published(d(2018,11,5))
activity_report(2017) activity_report_approved(2017,ag1,d8) activity_report_sent(2017,d(2018,6,15))
activity_report_with_accounts(2017)
staff(radiologue,made_available_by(chu_m)) staff_profession(radiologue,medical)
medical_act(acte1,120,100) medical_act_by(acte1,chu_m) medical_act_patient_of(acte1,clin_p)
authorisation(irm,heavy_equipment,clin_p) authorisation_label(irm,"IRM 3 T") authorisation_granted(irm,d(2015,2,1))
authorisation_until(irm,d(2022,2,1)) modification_requested(irm,d(2017,5,10))
authorisation(chir,care_activity,groupement) authorisation_label(chir,"Chirurgie") authorisation_until(chir,d(2024,1,1))
operates(irm,"Marseille Nord") submitted(d(2017,5,10)) tariff_option(d,d(2017,5,10))
ars_decision(dec1,d(2017,7,5)) ars_decision_by(dec1,ars_director_general) ars_decision_published(dec1,d(2017,7,20))
ars_act(dec1,approves(convention)) ars_act(dec1,approves(chu_agreement)) ars_act(dec1,modifies(irm))
ars_act(dec1,authorises_billing) ars_defence_agreement(dec1,d(2017,6,30)) ars_act(dec1,grants(chir))
ars_act(dec1,erects) ars_act(dec1,tariff_scale(d)) ars_act(dec1,transfers(management))
ars_act(dec1,transfers(real_estate))
ars_decision(dec2,d(2018,3,1)) ars_decision_notified(dec2,d(2018,3,2)) ars_act(dec2,finding(no_assembly))
ars_decision(dec3,d(2018,4,10)) ars_act(dec3,injunction(d(2018,6,10))) ars_act(dec3,extension(d(2018,9,10)))
ars_act(dec3,asks_avenant(d(2018,9,10)))
ars_decision(dec4,d(2018,10,1)) ars_decision_notified(dec4,d(2018,10,2)) ars_decision_members_notified(dec4,d(2018,10,3))
ars_decision_published(dec4,d(2018,10,15)) ars_act(dec4,dissolves) ars_decision_reasoned(dec4)
ars_act(dec4,withdraws(chir)) ars_act(dec4,not_renews(irm)) ars_act(dec4,withdraws_billing)
ars_act(dec4,withdraws_status) ars_act(dec4,suppresses) ars_act(dec4,sets_budget(2019))
ars_act(dec4,refuses(avenant(av2)))
reply(dec2,d(2018,3,25)) reply_measures(dec2,d(2018,3,25)) reply_asks_extension(dec2,d(2018,3,25))
deputy(clin_p,d(2017,9,1)) deputy_elected_by(clin_p,d(2017,9,1),ag1,d2) deputy_until(clin_p,d(2017,9,1),d(2020,8,31))
administrator_unavailable(d(2018,1,10)) administrator_unavailable_until(d(2018,1,10),d(2018,2,10))
committee(1,d(2017,9,1)) committee_member(1,chu_m) committee_member(1,clin_p) committee_elected_by(1,ag1,d3)
committee_until(1,d(2019,8,31))
delegation(1,committee,ag1,d4) delegation_matter(1,information_sharing) delegation_matter(1,certification)
delegation_until(1,d(2019,8,31))
committee_meeting(cr1,d(2017,10,2)) present(cr1,chu_m) present(cr1,clin_p) deliberation(cr1,d1,information_sharing)
vote(cr1,d1,chu_m,for) vote(cr1,d1,clin_p,for) minutes_sent(cr1,d(2017,10,5))
challenge(infi,cr1,d1,d(2017,10,20)) challenge_answered(infi,cr1,d1,d(2017,11,10))
rights_change(clin_p,35,d(2017,9,1),ag1,d7,activity_share) budget_referral(2018,d(2017,12,15))
coordination_support board_member(1,"Mme U",qualified) board_member_appointed_by(1,prefect)
board_member_user_representative(1)
dissolution_by_law dissolution_by_law_notified(d(2018,10,20)) dissolution_by_law_published(d(2018,11,5))
"""
SKELETON_FACTS = re.findall(r'(?:[^\s"]|"[^"]*")+', SKELETON_FACTS)  # one fact a word; quoted texts may hold spaces


def test_skeleton_facts():
    s = parse_file(SKELETON)
    got = [a for a, _ in scenario_facts(s, date(2019, 6, 30)).facts if not a.startswith(_LAW)]
    assert sorted(got) == sorted(SKELETON_FACTS)
    assert len(got) == len(set(got))


def test_skeleton_facts_have_their_lines():
    s = parse_file(SKELETON)
    origins = scenario_facts(s, date(2019, 6, 30)).origins()
    assert origins["ars_act(dec4,refuses(avenant(av2)))"].line == 31
    assert origins["minutes_sent(cr1,d(2017,10,5))"].line == 65
    assert origins["deliberation(cr1,d1,information_sharing)"].line == 66
    assert origins["dissolution_by_law"].line == 77


def test_committee_meeting_gives_no_assembly_fact():
    got = parse_file(SKELETON)
    facts = [a for a, _ in scenario_facts(got, date(2019, 6, 30)).facts]
    assert not [a for a in facts if a.startswith("assembly(cr1")]


# ---------------------------------------------------------------------------
# Each form, alone


FORMS = {
    "activity words": ("activity administrative\nactivity logistic\nactivity technical\nactivity medico_technical\n"
                       "activity teaching\nactivity research",
                       ["activity(administrative)", "activity(logistic)", "activity(technical)",
                        "activity(medico_technical)", "activity(teaching)", "activity(research)"]),
    "authorisation minimal": ('authorisation x blood_depot "Dépôt" held_by a',
                              ["authorisation(x,blood_depot,a)", 'authorisation_label(x,"Dépôt")']),
    "authorisation kinds": ('authorisation x amp_biology "X" held_by groupement granted 2012-01-01\n'
                            'authorisation y army_listed_activity "Y" held_by b',
                            ["authorisation(x,amp_biology,groupement)", 'authorisation_label(x,"X")',
                             "authorisation_granted(x,d(2012,1,1))", "authorisation(y,army_listed_activity,b)",
                             'authorisation_label(y,"Y")']),
    "operates repeatable": ('authorisation x care_activity "X" held_by a\nauthorisation y care_activity "Y" held_by b\n'
                            'operates x, y site "S1"\noperates y site "S2"',
                            ["authorisation(x,care_activity,a)", 'authorisation_label(x,"X")',
                             "authorisation(y,care_activity,b)", 'authorisation_label(y,"Y")',
                             'operates(x,"S1")', 'operates(y,"S1")', 'operates(y,"S2")']),
    "tariff option abc": ("tariff_option abc received 2011-01-01", ["tariff_option(abc,d(2011,1,1))"]),
    "reply plain": ("ars_decision k on 2018-01-01 { finding serious_breach }\nreply to k on 2018-01-20",
                    ["ars_decision(k,d(2018,1,1))", "ars_act(k,finding(serious_breach))", "reply(k,d(2018,1,20))"]),
    "ars_decision by arh": ("ars_decision k on 2009-09-01 by arh_director { approves convention }",
                            ["ars_decision(k,d(2009,9,1))", "ars_decision_by(k,arh_director)",
                             "ars_act(k,approves(convention))"]),
    "ars_decision acts": ('avenant v on 2018-01-01 for convention_change\n'
                          'ars_decision k on 2018-02-01 { approves avenant v authorises_billing tariff_scale abc '
                          'transfers care_activities, other finding object_extinct dissolves }',
                          ["avenant(v,d(2018,1,1),convention_change)", "ars_decision(k,d(2018,2,1))",
                           "ars_act(k,approves(avenant(v)))", "ars_act(k,authorises_billing)",
                           "ars_act(k,tariff_scale(abc))", "ars_act(k,transfers(care_activities))",
                           "ars_act(k,transfers(other))", "ars_act(k,finding(object_extinct))",
                           "ars_act(k,dissolves)"]),
    "ars_decision empty": ("ars_decision k on 2018-02-01 { }", ["ars_decision(k,d(2018,2,1))"]),
    "deputy indefinite": ("deputy b elected 2018-01-01 indefinite",
                          ["deputy(b,d(2018,1,1))", "deputy_indefinite(b,d(2018,1,1))"]),
    "administrator indefinite": ("administrator a elected 2018-01-01 indefinite paid",
                                 ["administrator(a,d(2018,1,1))", "administrator_paid", "administrator_indefinite"]),
    "unavailable open": ("administrator_unavailable from 2018-01-10", ["administrator_unavailable(d(2018,1,10))"]),
    "delegation to administrator": ("assembly x on 2018-01-01 { deliberation d on delegation {} }\n"
                                    "delegation to administrator matters other by x.d\n"
                                    "delegation to committee matters real_estate, billing_terms by x.d",
                                    ["assembly(x,d(2018,1,1))", "deliberation(x,d,delegation)",
                                     "delegation(1,administrator,x,d)", "delegation_matter(1,other)",
                                     "delegation(2,committee,x,d)", "delegation_matter(2,real_estate)",
                                     "delegation_matter(2,billing_terms)"]),
    "committee meeting statements": ("committee_meeting k on 2018-01-10 { convened_on 2018-01-01 by administrator "
                                     "proxy b to a deliberation d on other { for a } }",
                                     ["committee_meeting(k,d(2018,1,10))", "convened_on(k,d(2018,1,1))",
                                      "convened_by(k,administrator)", "proxy(k,b,a)", "deliberation(k,d,other)",
                                      "vote(k,d,a,for)"]),
    "rights_change membership": ("assembly x on 2018-01-01 { deliberation d on rights_setting {} }\n"
                                 "rights_change a 60 on 2018-01-01 by x.d ground membership",
                                 ["assembly(x,d(2018,1,1))", "deliberation(x,d,rights_setting)",
                                  "rights_change(a,60,d(2018,1,1),x,d,membership)"]),
    "board members": ('board_member "M. X" as local_authority appointed_by local_assembly\n'
                      'board_member "Mme Y" as staff',
                      ['board_member(1,"M. X",local_authority)', "board_member_appointed_by(1,local_assembly)",
                       'board_member(2,"Mme Y",staff)']),
    "dissolution by law alone": ("dissolution by operation_of_law", ["dissolution_by_law"]),
    "members attributes": ('member c "C" { kind health_pole }\nmember e "E" { kind health_house profession medical '
                           'profit_supplier services }\nmember f "F" { kind network_person }',
                           ["declared_member(c)", "kind(c,health_pole)", "declared_member(e)", "kind(e,health_house)",
                            "profession(e,medical)", "profit_supplier(e,services)", "declared_member(f)",
                            "kind(f,network_person)"]),
    "authorisation_request of": ('authorisation x care_activity "X" held_by a\n'
                                 "assembly y on 2018-01-01 { deliberation d on authorisation_request of x {} "
                                 "deliberation e on authorisation_request {} deliberation f on accounts year 2017 {} }",
                                 ["authorisation(x,care_activity,a)", 'authorisation_label(x,"X")',
                                  "assembly(y,d(2018,1,1))", "deliberation(y,d,authorisation_request)",
                                  "deliberation_of(y,d,x)", "deliberation(y,e,authorisation_request)",
                                  "deliberation(y,f,accounts)", "deliberation_year(y,f,2017)",
                                  # not the contract's: the years whose accounts the file names, whatever the
                                  # assembly's date (an assembly after the as-of date is left out)
                                  "accounts_year_named(2017)"]),
    "new matters": ("assembly y on 2018-01-01 { deliberation d1 on committee_oversight {} deliberation d2 on "
                    "joint_operation_request {} deliberation d3 on accountant_allowances {} deliberation d4 on "
                    "patents {} deliberation d5 on compliance {} deliberation d6 on tariff_scale_change {} }",
                    ["assembly(y,d(2018,1,1))", "deliberation(y,d1,committee_oversight)",
                     "deliberation(y,d2,joint_operation_request)", "deliberation(y,d3,accountant_allowances)",
                     "deliberation(y,d4,patents)", "deliberation(y,d5,compliance)",
                     "deliberation(y,d6,tariff_scale_change)"]),
    "new mentions": ("convention { mentions accounting_regime, property_made_available, powers_split, "
                     "liquidation_rules, joint_operation_vocation, operated_authorisation, patient_liability, "
                     "joint_activity_data, medication_management, haemovigilance, authorisation_vocation, "
                     "authorisations_held, activity_data, establishment_obligations, eps_area_and_seat, "
                     "research_rules, participation_percentages vote_weight member }",
                     ["convention"] + [f"mention({w})" for w in (
                         "accounting_regime property_made_available powers_split liquidation_rules "
                         "joint_operation_vocation operated_authorisation patient_liability joint_activity_data "
                         "medication_management haemovigilance authorisation_vocation authorisations_held "
                         "activity_data establishment_obligations eps_area_and_seat research_rules "
                         "participation_percentages").split()] + ["vote_weight(member)"]),
}


@pytest.mark.parametrize("name", list(FORMS))
def test_form(name):
    text, expected = FORMS[name]
    got = body(text)
    base = body("")
    assert sorted(a for a in got if a not in base) == sorted(expected)


def test_reserved_new_words():
    check(error('member site "X" {}'), 4, 8, "'site' is a reserved word and cannot be an identifier")
    check(error("assembly committee on 2018-01-01 {}"), 4, 10, "'committee' is a reserved word")


def test_tariff_letters_stay_identifiers():
    got = facts_of(HEAD + 'member d "D" { kind health_establishment }\nmember abc "ABC" {}\n'
                          "tariff_option d received 2011-01-01\n}")
    assert "tariff_option(d,d(2011,1,1))" in got and "declared_member(abc)" in got


# ---------------------------------------------------------------------------
# Errors

ASM = "assembly x on 2018-01-01 { deliberation d on other {} }\n"
AUTH = 'authorisation au care_activity "X" held_by a'
KM = "committee_meeting k on 2018-02-01 { deliberation d on other {} }\n"

ERRORS = {
    # a grant stated twice
    "granted and grants": (AUTH + " granted 2017-01-01\nars_decision k on 2017-02-01 {\n  grants au }", 6, 3,
                           ["the grant of authorisation 'au' is stated twice", "line 4", "expected one of the two"]),
    "grants before granted": ("ars_decision k on 2017-02-01 { grants au }\n" + AUTH + " granted 2017-01-01", 5, 1,
                              ["stated twice", "expected one of the two"]),
    # administrator / deputy must be members
    "associate administrator": ('associate c "C" {}\nadministrator c elected 2018-01-01', 5, 15,
                                ["'c' is an associate (L6161-10), not a member", "expected a member"]),
    "associate deputy": ('associate c "C" {}\ndeputy c elected 2018-01-01', 5, 8,
                         ["'c' is an associate", "expected a member"]),
    "unknown deputy": ("deputy z elected 2018-01-01", 4, 8, ["unknown member 'z'", "expected a declared member"]),
    # of
    "committee_challenge without of": ("assembly x on 2018-01-01 { deliberation d on committee_challenge {} }", 4, 46,
                                       ["must say which committee deliberation", "expected 'committee_challenge of K.D'"]),
    "committee_challenge of a name": (KM + "assembly x on 2018-03-01 { deliberation d on committee_challenge of k {} }",
                                      5, 66, ["expected 'committee_challenge of K.D'"]),
    "of on other matter": (AUTH + "\nassembly x on 2018-01-01 { deliberation d on budget of au {} }", 5, 53,
                           ["'of au' is not allowed for a deliberation on budget",
                            "'of A' for authorisation_request and 'of K.D' for committee_challenge"]),
    "of K.D on admission": (KM + "assembly x on 2018-03-01 { deliberation d on admission of k.d {} }", 5, 56,
                            ["'of k.d' is not allowed for a deliberation on admission", "expected 'admission of M'"]),
    "year on other matter": ("assembly x on 2018-01-01 { deliberation d on other year 2017 {} }", 4, 52,
                             ["'year 2017' is not allowed for a deliberation on other",
                              "expected 'year YYYY' only for budget, accounts and activity_report"]),
    # undefined references
    "unknown authorisation in operates": ('operates zz site "S"', 4, 10,
                                          ["unknown authorisation 'zz'", "expected a declared authorisation"]),
    "member as authorisation": ("ars_decision k on 2018-01-01 { grants a }", 4, 39,
                                ["'a' is a member, not an authorisation", "expected a declared authorisation"]),
    "unknown authorisation in of": ("assembly x on 2018-01-01 { deliberation d on authorisation_request of zz {} }",
                                    4, 71, ["unknown authorisation 'zz'"]),
    "unknown decision in reply": (AUTH + "\nars_decision kk on 2018-01-01 {}\nreply to k1 on 2018-02-01", 6, 10,
                                  ["unknown decision (ars_decision) 'k1'", "expected a declared decision"]),
    "assembly as decision": (ASM + "reply to x on 2018-02-01", 5, 10,
                             ["'x' is an assembly, not a decision (ars_decision)"]),
    "unknown avenant in approves": ("ars_decision k on 2018-01-01 { approves avenant v }", 4, 49,
                                    ["unknown avenant 'v'", "expected a declared avenant"]),
    "unknown committee meeting in challenge": (KM + "challenge a of kk.d on 2018-03-01", 5, 16,
                                               ["unknown committee meeting 'kk' in 'kk.d'", "did you mean 'k'?"]),
    "assembly in challenge": (ASM + "challenge a of x.d on 2018-03-01", 5, 16,
                              ["'x' is an assembly, not a committee meeting", "expected K.D"]),
    "unknown committee deliberation": (KM + "challenge a of k.e on 2018-03-01", 5, 18,
                                       ["unknown deliberation 'k.e'", "committee meeting k (d)"]),
    "committee meeting in by": (KM + "deputy a elected 2018-03-01 by k.d", 5, 32,
                                ["'k' is a committee meeting, not an assembly", "expected A.D"]),
    "unknown deliberation in committee by": (ASM + "committee members a, b elected 2018-01-01 by x.e", 5, 48,
                                             ["unknown deliberation 'x.e'"]),
    "reconvenes an assembly in a committee meeting": (ASM + "committee_meeting k on 2018-02-01 { reconvenes x }",
                                                      5, 48, ["'x' is an assembly, not a committee meeting"]),
    # at most once
    "submitted twice": ("submitted 2017-01-01\nsubmitted 2017-02-01", 5, 1,
                        ["duplicate 'submitted' statement (first at line 4)", "expected at most one in a groupement"]),
    "tariff_option twice": ("tariff_option d received 2017-01-01\ntariff_option abc received 2017-02-01", 5, 1,
                            ["duplicate 'tariff_option'"]),
    "coordination_support twice": ("coordination_support\ncoordination_support", 5, 1,
                                   ["duplicate 'coordination_support'"]),
    "dissolution by law twice": ("dissolution by operation_of_law\ndissolution by operation_of_law", 5, 1,
                                 ["duplicate 'dissolution by operation_of_law'"]),
    "vote_weight twice": ("convention { vote_weight rights\nvote_weight member }", 5, 1,
                          ["duplicate 'vote_weight'", "expected at most one in a convention"]),
    "meeting_days twice": ("convention { meeting_days 15 meeting_days 20 }", 4, 30, ["duplicate 'meeting_days'"]),
    "restricted_committee twice": ("convention { restricted_committee restricted_committee }", 4, 35,
                                   ["duplicate 'restricted_committee'"]),
    "full_gbcp twice": ("convention { full_gbcp full_gbcp }", 4, 24, ["duplicate 'full_gbcp'"]),
    "convention tariff_scale twice": ("convention { tariff_scale d tariff_scale d }", 4, 29,
                                      ["duplicate 'tariff_scale'"]),
    "minutes_sent twice": ("committee_meeting k on 2018-02-01 { minutes_sent 2018-02-02 minutes_sent 2018-02-03 }",
                           4, 61, ["duplicate 'minutes_sent'", "committee meeting k"]),
    "extraordinary twice": ("assembly x on 2018-01-01 { extraordinary extraordinary }", 4, 42,
                            ["duplicate 'extraordinary'"]),
    # shared namespace
    "authorisation id of a member": ('authorisation a care_activity "X" held_by b', 4, 15,
                                     ["duplicate identifier 'a'", "as a member", "committee meetings share one namespace"]),
    "decision id of an authorisation": (AUTH + "\nars_decision au on 2018-01-01 {}", 5, 14,
                                        ["duplicate identifier 'au'", "as an authorisation"]),
    "committee meeting id of a decision": ("ars_decision k on 2018-01-01 {}\n" + KM, 5, 19,
                                           ["duplicate identifier 'k'", "as a decision of the director general"]),
    "assembly id of a committee meeting": (KM + ASM.replace("x", "k", 1), 5, 10,
                                           ["duplicate identifier 'k'", "as a committee meeting"]),
    # values
    "tariff option value": ("tariff_option c received 2017-01-01", 4, 15,
                            ["unknown value 'c' for tariff_option", "expected abc or d"]),
    "tariff scale value": ("ars_decision k on 2018-01-01 { tariff_scale ab }", 4, 45,
                           ["unknown value 'ab' for tariff_scale", "expected abc or d", "did you mean 'abc'?"]),
    "duplicate act": ("ars_decision k on 2018-01-01 { erects\n erects }", 5, 2,
                      ["duplicate act 'erects' in decision k (first at line 4)"]),
    "refuses chu_agreement": ("ars_decision k on 2018-01-01 { refuses chu_agreement }", 4, 40,
                              ["invalid value 'chu_agreement' for refuses", "expected convention or avenant"]),
    "bad date": ("submitted 2017-02-30", 4, 11, ["invalid date 2017-02-30"]),
    "date out of range": ("budget_referral 2018 on 2200-01-01", 4, 25, ["out of range", "1900-01-01"]),
    "year out of range": ("budget_referral 1899 on 2018-01-01", 4, 17, ["year 1899 is out of range"]),
    "number too large": ("convention { meeting_days 2147483648 }", 4, 27, ["meeting_days 2147483648 is too long"]),
    "rights_change too large": (ASM + "rights_change a 2147483648 on 2018-01-01 by x.d ground membership", 5, 17,
                                ["number 2147483648 is too large", "at most 2147483647"]),
    "deputy elected before its assembly": (ASM + "deputy a elected 2017-12-01 by x.d", 5, 1,
                                           ["elected deputy on 2017-12-01 by x.d", "an assembly held later"]),
    "committee meeting convened after": ("committee_meeting k on 2018-02-01 { convened_on 2018-03-01 }", 4, 37,
                                         ["committee meeting 'k' is convened on 2018-03-01, after it met"]),
    # stop 21 (black-box review): events the file tells in an impossible order
    "minutes sent before the meeting": ("committee_meeting k on 2018-02-01 {\n minutes_sent 2018-01-20\n}", 5, 2,
                                        ["minutes of committee meeting 'k' are sent on 2018-01-20, before it met"]),
    "challenge before the meeting": ("committee_meeting k on 2018-02-01 {\n deliberation d on other { for a }\n}\n"
                                     "challenge b of k.d on 2018-01-25", 7, 1,
                                     ["'b' challenges k.d on 2018-01-25, before the committee met on 2018-02-01"]),
    "challenge answered before it was made": ("committee_meeting k on 2018-02-01 {\n deliberation d on other { for a }\n}\n"
                                              "challenge b of k.d on 2018-02-10 answered 2018-02-05", 7, 1,
                                              ["is answered on 2018-02-05, before it was made on 2018-02-10"]),
    "extension until before the decision": ("ars_decision k on 2019-03-01 { extension until 2019-02-01 }", 4, 32,
                                            ["gives, by 'extension until 2019-02-01', a time limit that ends before"]),
    "injunction until before the decision": ("ars_decision k on 2019-03-01 { injunction until 2019-02-01 }", 4, 32,
                                             ["gives, by 'injunction until 2019-02-01', a time limit that ends before",
                                              "expected a time limit on or after 2019-03-01"]),
}


@pytest.mark.parametrize("name", list(ERRORS))
def test_error(name):
    text, line, col, fragments = ERRORS[name]
    check(error(text), line, col, *fragments)


def test_both_dissolutions_may_appear():
    got = body(ASM.replace("other", "dissolution") + "dissolution by x.d\ndissolution by operation_of_law")
    assert "dissolution_by(x,d)" in got and "dissolution_by_law" in got


def test_repeatable_forms():
    got = body("budget_referral 2018 on 2017-12-15\nbudget_referral 2019 on 2018-12-15\n"
               "administrator_unavailable from 2018-01-01\nadministrator_unavailable from 2018-06-01\n"
               "deputy a elected 2017-01-01 until 2019-01-01\ndeputy b elected 2019-01-01")
    assert {"budget_referral(2018,d(2017,12,15))", "budget_referral(2019,d(2018,12,15))",
            "administrator_unavailable(d(2018,1,1))", "administrator_unavailable(d(2018,6,1))",
            "deputy(a,d(2017,1,1))", "deputy_until(a,d(2017,1,1),d(2019,1,1))", "deputy(b,d(2019,1,1))"} <= set(got)


def test_syntax_error_in_a_decision_names_the_acts():
    err = error("ars_decision k on 2018-01-01 { approvs convention }")
    check(err, 4, 32, "unknown keyword 'approvs'", "did you mean 'approves'?")


def test_syntax_error_in_a_committee_meeting_names_its_statements():
    err = error("committee_meeting k on 2018-01-01 { minutes 2018-01-02 }")
    check(err, 4, 37, "unknown keyword 'minutes'", "minutes_sent")
