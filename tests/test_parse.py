"""The scenario language parser: every documented and extension form."""

from datetime import date
from pathlib import Path

import pytest

from gcs_reasoner import parse as P
from gcs_reasoner.parse import ScenarioError, parse_file, parse_text
from gcs_reasoner.scenario import Pos

FIXTURES = Path(__file__).parent / "parse_fixtures"
ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "docs" / "scenario-language.md"  # the repository's copy of the contract
SHARED_SPEC = ROOT.parent / "shared" / "spec" / "scenario-language.md"  # beside the checkout, if there


def skeleton_from_spec() -> str:
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("```\n", text.index("## Skeleton")) + 4
    return text[start : text.index("```", start)]


@pytest.fixture(scope="module")
def skel():
    return parse_file(FIXTURES / "skeleton.gcs").groupement


@pytest.fixture(scope="module")
def ext():
    return parse_file(FIXTURES / "extensions.gcs").groupement


def g(body: str):
    """Parse a groupement whose body is `body` (starting on line 2)."""
    return parse_text('groupement g "G" {\n' + body + "\n}").groupement


# ---------------------------------------------------------------------------
# The spec's skeleton, verbatim


def test_fixture_is_the_spec_skeleton_verbatim():
    assert (FIXTURES / "skeleton.gcs").read_text(encoding="utf-8") == skeleton_from_spec()


@pytest.mark.skipif(not SHARED_SPEC.exists(), reason="the shared spec folder is not beside the checkout")
@pytest.mark.parametrize("name", ["scenario-language.md", "scenario-language-2009-today.md"])
def test_docs_copy_is_the_shared_spec(name):
    assert (SPEC.parent / name).read_text(encoding="utf-8") == (SHARED_SPEC.parent / name).read_text(encoding="utf-8"), (
        f"docs/{name} differs from the shared spec: copy it again"
    )


def test_skeleton_groupement_statements(skel):
    assert (skel.id, skel.name, skel.pos) == ("imagerie_nord", "GCS Imagerie du Nord", Pos(1, 1))
    assert (skel.as_of.value, skel.as_of.line) == (date(2008, 6, 30), 2)
    assert (skel.approved.value, skel.approved.line) == (date(2006, 3, 15), 3)
    assert (skel.seat.value, skel.seat.line) == (("Lille", "Nord-Pas-de-Calais"), 4)
    assert (skel.duration.value, skel.duration.line) == ("indefinite", 5)
    assert (skel.declared_nature.value, skel.declared_nature.line) == ("private", 6)
    assert (skel.running_costs.value, skel.running_costs.line) == (True, 7)
    assert (skel.capital.value, skel.capital.line) == (150_000, 8)
    assert (skel.rights_basis.value, skel.rights_basis.line) == ("contributions", 9)
    assert (skel.health_network.value, skel.health_network.line) == (True, 10)


def test_skeleton_activities(skel):
    got = [(a.kind, a.member, a.name, a.line) for a in skel.activities]
    assert got == [
        ("joint_interventions", None, None, 12),
        ("common_equipment", None, None, 13),
        ("health_establishment_missions", None, None, 14),
        ("operates_authorisation_of", "clinique_x", None, 15),
        ("heavy_equipment", None, "IRM 1,5 T", 16),
        ("bills_care", None, None, 17),
    ]


def test_skeleton_members(skel):
    ids = [(m.id, m.associate, m.line) for m in skel.members]
    assert ids == [
        ("chu_lille", False, 19), ("clinique_x", False, 25), ("dr_martin", False, 32),
        ("ch_nord", False, 38), ("labo_y", False, 43), ("dr_dupont", True, 49),
    ]
    chu, clin, martin, ch_nord, labo, dupont = skel.members
    assert chu.name == "CHU de Lille"
    assert (chu.kind.value, chu.kind.pos) == ("health_establishment", Pos(20, 5))
    assert (chu.sector.value, chu.sector.line) == ("public", 21)
    assert (chu.region.value, chu.region.line) == ("Nord-Pas-de-Calais", 22)
    assert (chu.rights.value, chu.rights.line) == (50, 23)
    assert chu.joined is None and chu.individual is None and chu.procedure is None
    assert (clin.joined.value, clin.joined.line) == (date(2007, 1, 1), 30)
    assert (martin.individual.value, martin.individual.line) == (True, 34)
    assert (martin.contract_with.value, martin.contract_with.line) == (("member", "clinique_x"), 35)
    assert martin.sector is None
    assert ch_nord.rights is None
    assert (labo.authorised.value, labo.authorised.line) == (date(2006, 2, 1), 46)
    assert (labo.procedure.value, labo.procedure.line) == ("receivership", 47)
    assert (dupont.kind.value, dupont.kind.pos) == ("liberal_medical_professional", Pos(49, 37))


def test_skeleton_contributions_participations(skel):
    got = [(c.member, c.form, c.property, c.amount, c.line) for c in skel.contributions]
    assert got == [
        ("chu_lille", "cash", None, 75_000, 51),
        ("clinique_x", "in_kind", "immovable", 50_000, 52),
        ("labo_y", "securities", None, 5_000, 53),
        ("dr_martin", "industry", None, 10_000, 54),
    ]
    got = [(p.member, p.form, p.amount, p.year, p.valued, p.line) for p in skel.participations]
    assert got == [
        ("chu_lille", "financial", 40_000, 2007, None, 55),
        ("clinique_x", "staff", 20_000, 2007, "real_cost", 56),
    ]


def test_skeleton_convention(skel):
    c = skel.convention
    assert c.line == 58
    assert (c.object.value, c.object.line) == ("Imagerie médicale commune", 59)
    assert (c.task_split.value, c.task_split.line) == (True, 60)
    assert [m.value for m in c.mentions] == [
        "name_and_seat", "members", "legal_nature", "capital", "rights_rules", "representation",
        "contribution_rules", "debt_rules", "membership_rules", "dissolution_rules",
        "administration_rules", "professional_intervention",
    ]
    # each mention at its own word, over three lines
    assert [m.line for m in c.mentions] == [61] * 5 + [62] * 4 + [63] * 3
    assert c.mentions[0].pos == Pos(61, 14)
    assert [(a.value, a.line) for a in c.attached] == [("budget_forecast", 64), ("cost_split", 64)]
    assert (c.notice_days.value, c.notice_days.line) == (10, 65)
    assert (c.withdrawal_notice_months.value, c.withdrawal_notice_months.line) == (24, 66)
    assert [(m.matter, m.rule, m.line) for m in c.majorities] == [("budget", "two_thirds", 67)]
    assert [(d.value, d.line) for d in c.dissolution_cases] == [("perte de l'autorisation d'IRM", 68)]


def test_skeleton_administrator(skel):
    a = skel.administrator
    assert (a.member, a.elected, a.by, a.paid, a.mission_allowances, a.flat_allowance, a.line) == (
        "chu_lille", date(2006, 3, 20), None, False, False, False, 71)


def test_skeleton_assemblies(skel):
    ag, agb, ag8 = skel.assemblies
    assert (ag.id, ag.date, ag.line) == ("ag2007", date(2007, 6, 28), 73)
    assert (ag.convened_on.value, ag.convened_on.line) == (date(2007, 6, 10), 74)
    assert (ag.convened_by.value, ag.convened_by.line) == ("administrator", 74)
    assert (ag.urgent.value, ag.urgent.line) == (True, 75)
    assert [(r.value, r.pos) for r in ag.requested_by] == [("clinique_x", Pos(76, 18)), ("dr_martin", Pos(76, 30))]
    assert [(r.value, r.pos) for r in ag.present] == [("chu_lille", Pos(77, 13)), ("clinique_x", Pos(77, 24))]
    assert [(p.member, p.holder, p.line) for p in ag.proxies] == [("dr_martin", "chu_lille", 78)]
    d1, d2, d3 = ag.deliberations
    assert (d1.id, d1.matter, d1.of, d1.line) == ("d1", "budget", None, 79)
    assert [(v.member, v.choice, v.pos) for v in d1.votes] == [
        ("chu_lille", "for", Pos(79, 37)), ("clinique_x", "for", Pos(79, 48))]
    assert (d2.matter, d2.of, d2.line) == ("admission", "labo_y", 80)
    # `{ for chu_lille  against clinique_x }` on one line is two statements
    assert [(v.member, v.choice, v.pos) for v in d2.votes] == [
        ("chu_lille", "for", Pos(80, 50)), ("clinique_x", "against", Pos(80, 69))]
    assert (d3.matter, d3.of, d3.line) == ("exclusion", "dr_martin", 81)
    assert [(v.member, v.choice, v.line) for v in d3.votes] == [("clinique_x", "against", 82), ("chu_lille", "for", 83)]
    assert (d3.ground.value, d3.ground.line) == ("breach", 84)
    assert [(h.value, h.pos) for h in d3.heard] == [("dr_martin", Pos(85, 13))]

    assert (agb.id, agb.line, agb.reconvenes.value, agb.reconvenes.line) == ("ag2007b", 89, "ag2007", 92)
    assert agb.urgent.line == 91 and agb.requested_by == [] and agb.proxies == []
    assert [(d.id, d.matter) for d in agb.deliberations] == [("d1", "seat_transfer")]
    assert ag8.urgent is None and ag8.reconvenes is None
    assert [(d.id, d.matter, len(d.votes)) for d in ag8.deliberations] == [("d1", "dissolution", 3)]


def test_skeleton_events(skel):
    (w,) = skel.withdrawals
    assert (w.member, w.notified, w.effective, w.line) == ("clinique_x", date(2007, 5, 15), date(2007, 12, 31), 102)
    (m,) = skel.mergers
    assert (m.result, m.of, m.date, m.line) == ("ch_nord", ["chu_lille"], date(2008, 1, 1), 103)
    (av,) = skel.avenants
    assert (av.id, av.date, av.event.kind, av.event.member, av.approved_on, av.published_on, av.line) == (
        "av1", date(2007, 7, 1), "admission", "labo_y", date(2007, 9, 1), date(2007, 9, 15), 104)
    (b,) = skel.budgets
    assert (b.year, b.revenue, b.expenses, b.line) == (2008, 500_000, 520_000, 105)
    (r,) = skel.results
    assert (r.year, r.kind, r.amount, r.allocated, r.line) == (2007, "surplus", 12_000, "reserves", 106)
    d = skel.dissolution
    assert (d.by.assembly, d.by.deliberation, d.notified, d.line) == ("ag2008", "d1", date(2008, 7, 20), 107)
    assert d.by.pos == Pos(107, 18)
    s = skel.seat_transfer
    assert (s.city, s.region, s.by.assembly, s.by.deliberation, s.line) == ("Amiens", "Picardie", "ag2007b", "d1", 108)


def test_scenario_object():
    sc = parse_file(FIXTURES / "skeleton.gcs")
    assert sc.path == str(FIXTURES / "skeleton.gcs")
    assert sc.text.startswith("groupement imagerie_nord")
    assert sc.member("dr_dupont").associate and sc.member("nobody") is None


# ---------------------------------------------------------------------------
# Extension forms and documented forms not in the skeleton


def test_extension_groupement_statements(ext):
    assert (ext.duration.value, ext.duration.line) == (date(2030, 12, 31), 4)
    assert (ext.capital.value, ext.capital.line) == (None, 5)
    assert (ext.running_costs.value, ext.running_costs.line) == (False, 6)
    assert (ext.documents_mention.value, ext.documents_mention.line) == (True, 7)
    assert [(a.value, a.line) for a in ext.publication_mentions] == [
        ("name_and_object", 8), ("members", 8), ("seat", 9), ("duration", 9)]
    assert [(c.region, c.sent, c.answered, c.line) for c in ext.consultations] == [
        ("Languedoc-Roussillon", date(2006, 1, 10), date(2006, 2, 1), 10),
        ("Auvergne", date(2006, 1, 12), None, 11),
    ]
    assert [(p.region, p.date, p.line) for p in ext.publications] == [
        ("Languedoc-Roussillon", date(2006, 4, 2), 12)]
    assert [(c.text, c.date, c.line) for c in ext.cases_occurred] == [
        ("perte de l'autorisation", date(2009, 11, 30), 13)]
    r1, r2 = ext.activity_reports
    assert (r1.year, r1.approved_by.assembly, r1.approved_by.deliberation, r1.sent, r1.line) == (
        2008, "ag1", "d2", date(2009, 6, 30), 14)
    assert (r2.year, r2.approved_by, r2.sent, r2.line) == (2009, None, None, 15)
    assert [(s.id, s.made_available_by, s.recruited, s.line) for s in ext.staff] == [
        ("s_dupuis", "chu_mtp", None, 16), ("s_martin", None, "non_medical", 17)]
    (liq,) = ext.liquidators
    assert (liq.name, liq.by.assembly, liq.by.deliberation, liq.line) == ("Maître Lenoir", "ag1", "d3", 18)
    assert [(a.id, a.tariff, a.billed, a.line) for a in ext.medical_acts] == [("scanner_thorax", 100, 120, 19)]
    a = ext.administrator
    assert (a.member, a.elected, a.by.assembly, a.by.deliberation, a.paid, a.mission_allowances,
            a.flat_allowance, a.line) == ("chu_mtp", date(2008, 6, 1), "ag1", "d1", True, True, True, 20)


def test_extension_convention(ext):
    c = ext.convention
    assert (c.chair.value, c.chair.line) == ("dr_leroy", 34)
    assert [(a.value, a.line) for a in c.result_allocation] == [("reserves", 35), ("carried_forward", 35)]
    assert (c.rights_adaptation.value, c.rights_adaptation.line) == (True, 36)
    assert [(m.matter, m.rule) for m in c.majorities] == [("admission", "unanimity"), ("budget", "simple")]
    assert c.mentions == [] and c.object is None


def test_extension_assemblies(ext):
    ag1, ag2 = ext.assemblies
    assert (ag1.chaired_by.value, ag1.chaired_by.line) == ("administrator", 43)
    assert [(a.value, a.line) for a in ag1.agenda] == [("Élection de l'administrateur", 44), ("Rapport d'activité", 45)]
    assert (ag1.convened_on.value, ag1.convened_by) == (date(2008, 5, 20), None)  # who convened: unknown
    d2 = ag1.deliberations[1]
    assert [(v.member, v.choice) for v in d2.votes] == [("chu_mtp", "for"), ("dr_leroy", "abstain")]
    assert (ag2.chaired_by.value, ag2.convened_by.value) == ("dr_leroy", "chu_mtp")
    (d,) = ag2.deliberations
    assert (d.matter, d.of, d.ground.value, [h.value for h in d.heard]) == ("exclusion", "dr_leroy", "breach", ["dr_leroy"])
    assert [(v.member, v.choice) for v in d.votes] == [("chu_mtp", "for")]


def test_documented_forms_not_in_skeleton(ext):
    chu, leroy, cab = ext.members
    assert chu.rights.value == 1000  # `1_000`
    assert (leroy.contract_with.value, leroy.contract_with.line) == (("name", "Clinique du Parc"), 29)
    assert cab.associate and (cab.kind.value, cab.sector.value) == ("liberal_practice_company", "private")
    (p,) = ext.participations
    assert (p.form, p.amount, p.year, p.valued) == ("premises", 3000, None, "flat")
    (c,) = ext.contributions
    assert (c.form, c.property, c.amount) == ("in_kind", "movable", 10_000)
    assert [(a.event.kind, a.event.member, a.approved_on, a.published_on) for a in ext.avenants] == [
        ("convention_change", None, None, None), ("exclusion", "dr_leroy", None, date(2009, 4, 1))]
    (r,) = ext.results
    assert (r.kind, r.amount, r.allocated) == ("deficit", 4000, "carried_forward")


@pytest.mark.parametrize("event", ["admission of a", "withdrawal of a", "exclusion of a", "convention_change",
                                   "seat_transfer"])
def test_avenant_events(event):
    grp = g(f'member a "A" {{}}\navenant v on 2008-01-01 for {event}')
    kind, *rest = event.split()
    assert (grp.avenants[0].event.kind, grp.avenants[0].event.member) == (kind, "a" if rest else None)


def test_seat_without_region_and_capital_without_eur():
    grp = g('seat "Lille"\ncapital 1_000_000')
    assert grp.seat.value == ("Lille", None) and grp.capital.value == 1_000_000


def test_any_order_forward_references_and_comments():
    grp = g(
        "dissolution by ag.d1   # refers to an assembly declared below\n"
        "withdrawal b notified 2008-01-01\n"
        'assembly ag on 2008-02-01 { deliberation d1 on dissolution { for a } present a }\n'
        'member a "A" { rights 1 } member b "B" { }\n'
        "# a comment line\n"
        "as of 2009-01-01"
    )
    assert grp.dissolution.by.assembly == "ag" and grp.as_of.line == 7
    assert [m.id for m in grp.members] == ["a", "b"]
    assert [p.value for p in grp.assemblies[0].present] == ["a"]


def test_lists_across_lines_and_merger_of_several():
    grp = g('member a "A" {} member b "B" {} member c "C" {}\n'
            "merger c of a,\n   b on 2008-01-01\n"
            "assembly x on 2008-01-01 {\n present a,\n   b,\n c\n}")
    assert grp.mergers[0].of == ["a", "b"]
    assert [(p.value, p.line) for p in grp.assemblies[0].present] == [("a", 6), ("b", 7), ("c", 8)]


def test_capital_is_both_statement_and_mention():
    grp = g("capital 10\nconvention { mentions capital, members }")
    assert grp.capital.value == 10 and [m.value for m in grp.convention.mentions] == ["capital", "members"]


def test_matters_and_words_that_are_also_statements():
    matters = ("budget accounts administrator auditor convention_change certification mission_allowances "
               "cooperation_structure authorisation_request cpom extension dissolution real_estate "
               "information_sharing medical_protocol billing_terms seat_transfer liquidation internal_rules other")
    body = 'member a "A" {}\nassembly x on 2008-01-01 {\n' + "\n".join(
        f"deliberation d{i} on {m} {{ for a }}" for i, m in enumerate(matters.split())) + "\n}"
    grp = g(body)
    assert [d.matter for d in grp.assemblies[0].deliberations] == matters.split()


def test_all_kinds_procedures_and_grounds():
    kinds = ("health_establishment medico_social_establishment liberal_medical_professional liberal_practice_company "
             "health_centre army_hospital army_health_service other_care_organisation other_health_professional")
    grp = g("\n".join(f'member m{i} "M" {{ kind {k} }}' for i, k in enumerate(kinds.split())))
    assert [m.kind.value for m in grp.members] == kinds.split()
    for proc in ("safeguard", "receivership", "liquidation"):
        assert g(f'member a "A" {{ procedure {proc} }}').members[0].procedure.value == proc
    for ground in ("breach", "safeguard", "receivership", "liquidation"):
        grp = g(f'member a "A" {{}}\nassembly x on 2008-01-01 {{ deliberation d on exclusion of a {{ ground {ground} }} }}')
        assert grp.assemblies[0].deliberations[0].ground.value == ground


def test_empty_blocks_and_minimal_file():
    grp = parse_text('groupement g "G" {}').groupement
    assert grp.members == [] and grp.convention is None and grp.as_of is None
    assert g("convention { }").convention.mentions == []


def test_crlf_and_bom(tmp_path):
    f = tmp_path / "x.gcs"
    f.write_bytes('\ufeffgroupement g "G" {\r\n  as of 2008-01-01\r\n}\r\n'.encode("utf-8"))
    grp = parse_file(f).groupement
    assert grp.as_of.pos == Pos(2, 3)


def test_member_funding_category():
    """`funding a | b | c | d | e` (contract part 2, L162-22-6 CSS): the letters are values there,
    and stay free as identifiers elsewhere; the fact is funding(M, F)."""
    from gcs_reasoner.facts import scenario_facts

    sc = parse_text('groupement g "G" {\n'
                    'member a "A" { kind health_establishment funding a }\n'
                    'member e "E" {\n  funding e\n}\n'
                    'associate c "C" { funding c }\n'
                    'member x "X" {}\n}')
    grp = sc.groupement
    assert [(m.id, m.funding and (m.funding.value, m.funding.pos)) for m in grp.members] == [
        ("a", ("a", Pos(2, 42))), ("e", ("e", Pos(4, 3))), ("c", ("c", Pos(6, 19))), ("x", None)]
    for letter in "abcde":
        assert g(f'member m "M" {{ funding {letter} }}').members[0].funding.value == letter
    facts = dict(scenario_facts(sc, date(2008, 1, 1)).facts)
    assert facts["funding(a,a)"].line == 2 and facts["funding(e,e)"].line == 4 and "funding(c,c)" in facts
    assert not any(f.startswith("funding(x,") for f in facts)


@pytest.mark.parametrize("value, message", [
    ("f", "unknown value 'f' for funding; expected a, b, c, d or e"),
    ("public", "invalid value 'public' for funding; expected a, b, c, d or e"),
    ("3", "unexpected number '3' after 'funding'; expected a, b, c, d or e"),
    ("}", "unexpected '}' after 'funding'; expected a, b, c, d or e"),
])
def test_member_funding_errors(value, message):
    with pytest.raises(ScenarioError) as e:
        parse_text('groupement g "G" {\nmember m "M" { funding ' + value + " }\n}", "t.gcs")
    assert str(e.value) == f"t.gcs:2:24: {message}"


# ---------------------------------------------------------------------------
# The Lark parser


def test_parser_built_once():
    assert P._parser() is P._parser()


def test_grammar_tables_are_generated_from_grammar_lark():
    """`_grammar_tables.py` is what `python -m gcs_reasoner.parser_tables` writes today: it cannot drift."""
    import lark

    from gcs_reasoner import _grammar_tables, parser_tables

    grammar = parser_tables.GRAMMAR_PATH.read_bytes()
    assert _grammar_tables.GRAMMAR_SHA256 == parser_tables.grammar_digest(grammar), (
        "grammar.lark changed: run `python -m gcs_reasoner.parser_tables`"
    )
    if _grammar_tables.LARK_VERSION != lark.__version__:
        pytest.skip(f"tables generated with lark {_grammar_tables.LARK_VERSION}, lark {lark.__version__} installed")
    assert parser_tables.generate() == parser_tables.TABLES_PATH.read_text(encoding="utf-8"), (
        "_grammar_tables.py is stale: run `python -m gcs_reasoner.parser_tables`"
    )


def test_parser_is_loaded_from_the_tables_without_pickle_or_cache(monkeypatch, tmp_path):
    import pickle

    import lark

    def no_pickle(*args, **kwargs):
        raise AssertionError("the parser must not be unpickled")

    monkeypatch.setattr(pickle, "load", no_pickle)
    monkeypatch.setattr(pickle, "loads", no_pickle)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setattr(P, "_PARSER", None)
    real_init = lark.Lark.__init__
    built = []

    def init(self, *args, **kwargs):
        built.append(args)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(lark.Lark, "__init__", init)
    assert parse_text('groupement g "G" {}').groupement.id == "g"  # read by lalr.py: lark not needed
    assert P._PARSER is None
    with pytest.raises(ScenarioError):  # lark says what is wrong
        parse_text('groupement g "G" {')
    assert built == [] and P._PARSER.source_path == "<deserialized>"
    assert not (tmp_path / "cache").exists() and not (tmp_path / "tmp").exists()
    assert (P._PARSER.options.parser, P._PARSER.options.lexer) == ("lalr", "basic")
    assert P._PARSER.options.propagate_positions is True


def test_parser_is_built_in_memory_when_the_tables_are_stale(monkeypatch):
    from gcs_reasoner import _grammar_tables

    monkeypatch.setattr(_grammar_tables, "GRAMMAR_SHA256", "0" * 64)
    monkeypatch.setattr(P, "_PARSER", None)
    monkeypatch.setattr(P, "_FAST", False)  # lalr.py's tables are stale too (they come from lark's)
    assert parse_text('groupement g "G" {}').groupement.id == "g"
    assert P._PARSER.source_path != "<deserialized>"
    with pytest.raises(ScenarioError) as e:
        parse_text('groupement g "G" {\nmember a "A" { sector publik }\n}', "t.gcs")
    assert str(e.value) == ("t.gcs:2:23: unknown value 'publik' for sector; expected public or private "
                            "(did you mean 'public'?)")


def test_block_starters_match_the_grammar():
    """The keyword lists used in messages are exactly what the grammar accepts at each block's start."""
    from lark.exceptions import UnexpectedToken

    heads = {
        "groupement": 'groupement g "G" { ',
        "member": 'groupement g "G" { member a "A" { ',
        "convention": 'groupement g "G" { convention { ',
        "assembly": 'groupement g "G" { assembly x on 2008-01-01 { ',
        "deliberation": 'groupement g "G" { assembly x on 2008-01-01 { deliberation d on budget { ',
    }
    for block, head in heads.items():
        with pytest.raises(UnexpectedToken) as e:
            P._parser().parse(head + "123")
        words = {P._keyword_of(t) for t in e.value.accepts} - {None}
        assert words == set(P._BLOCK_STARTERS[block]), block


def test_import_does_not_load_lark_or_clingo():
    import subprocess
    import sys

    code = "import sys, gcs_reasoner.parse; print('lark' in sys.modules, 'clingo' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_scenario_error_str():
    e = ScenarioError("demo.gcs", 7, 12, "bad")
    assert str(e) == "demo.gcs:7:12: bad" and (e.path, e.line, e.col, e.message) == ("demo.gcs", 7, 12, "bad")
