"""Every conclusion predicate has a section of the summaries (text, Markdown, HTML) other than
the catch-all "Other conclusions": those the rules show (`#show` of rules/**/*.lp, warnings
aside) and those section 7 of docs/scenario-language-2009-today.md announces. A predicate added
without a section fails here, named; add it to SECTIONS in gcs_reasoner/render/__init__.py."""

import re
from pathlib import Path

import gcs_reasoner as gcs
from gcs_reasoner.result import WARNING_PREDICATES
from gcs_reasoner.render import OTHER, SECTIONS, SECTIONS_BY_ARGUMENT, TOPICS_FR, grouped, topic_of, topic_title
from gcs_reasoner.render import html, markdown, text

ROOT = Path(__file__).resolve().parent.parent
SHOW = re.compile(r"^\s*#show\s+([a-z_][A-Za-z0-9_']*)\s*/\s*(\d+)\s*\.", re.M)


def shown_predicates() -> dict:
    """name -> the files that show it, from the `#show name/arity.` lines of rules/**/*.lp."""
    out: dict = {}
    for path in sorted((ROOT / "rules").rglob("*.lp")):
        for name, _ in SHOW.findall(path.read_text(encoding="utf-8")):
            out.setdefault(name, []).append(str(path.relative_to(ROOT)))
    return out


def announced_predicates() -> set:
    """The predicates of the table of section 7 of docs/scenario-language-2009-today.md."""
    doc = (ROOT / "docs" / "scenario-language-2009-today.md").read_text(encoding="utf-8")
    table = doc.split("## 7. New predicates", 1)[1].split("\n## ", 1)[0]
    names = set()
    for line in table.splitlines():
        if line.startswith("| `"):
            names |= set(re.findall(r"`([a-z_]+)", line.split("|")[1]))
    return names


def test_the_rules_show_predicates():
    shown = shown_predicates()
    assert len(shown) > 100 and "nature" in shown and "vote_share" in shown


def test_every_shown_predicate_has_a_section():
    warnings = {name for name, _ in WARNING_PREDICATES}
    missing = {name: files for name, files in shown_predicates().items()
               if name not in warnings and topic_of(name) == OTHER}
    assert not missing, (
        "conclusion predicates with no section of the summaries (they would print under "
        f"'{OTHER}'); add each to SECTIONS in gcs_reasoner/render/__init__.py:\n"
        + "\n".join(f"  {name} (shown in {', '.join(files)})" for name, files in sorted(missing.items()))
    )


def test_every_predicate_of_part_2_section_7_has_a_section():
    announced = announced_predicates()
    assert {"gcs_kind", "tariff_scale", "committee_invalid", "transfer_invalid"} <= announced
    missing = sorted(name for name in announced if topic_of(name) == OTHER)
    assert not missing, (
        "predicates of docs/scenario-language-2009-today.md section 7 with no section of the "
        f"summaries; add each to SECTIONS in gcs_reasoner/render/__init__.py: {', '.join(missing)}"
    )


def test_each_section_has_both_titles_and_each_predicate_one_section():
    seen: dict = {}
    for en, fr, preds in SECTIONS:
        assert en and fr and en != OTHER, en
        assert topic_title(en, "fr") == fr and topic_title(en, "en") == en
        for p in preds:
            assert p not in seen, f"{p} is in {seen[p]} and {en}"
            seen[p] = en
    assert len({fr for _, fr, _ in SECTIONS}) == len(SECTIONS)
    assert topic_title(OTHER, "fr") == "Autres conclusions"
    assert set(SECTIONS_BY_ARGUMENT.values()) <= set(TOPICS_FR)


def test_the_new_sections_of_2009_today():
    assert topic_of("tariff_scale") == topic_of("bills_insurance_fund") == "Billing and tariffs"
    assert topic_title("Billing and tariffs", "fr") == "Facturation et tarifs"
    assert topic_of("committee_invalid") == "Restricted committee"
    assert topic_title("Restricted committee", "fr") == "Comité restreint"
    assert topic_of("erection_required") == "Health establishment"
    assert topic_title("Health establishment", "fr") == "Établissement de santé"
    assert topic_of("competence_transferred") == topic_of("transfer_invalid")
    assert topic_of("accounts_approval_late") == topic_of("budget_not_balanced")


def test_gcs_kind_goes_by_its_kind():
    import clingo

    def kind(k):
        return clingo.Function("gcs_kind", [clingo.Function(k)])

    assert topic_of("gcs_kind", kind("health_establishment")) == "Health establishment"
    assert topic_of("gcs_kind", kind("means")) == "Members" == topic_of("gcs_kind")


def test_a_health_establishment_scenario_prints_its_section():
    paths = sorted((ROOT / "facts").glob("es_*.gcs"))
    for path in paths:
        result = gcs.reason(gcs.load(path.relative_to(ROOT)))
        if not any(c.predicate == "health_establishment" for c in result.conclusions):
            continue
        topics = [t for t, _ in grouped(result)]
        assert "Health establishment" in topics and OTHER not in topics, (path, topics)
        assert "Établissement de santé\n----------------------" in text.render(result)
        assert "Health establishment" in text.render(result, lang="en")
        assert "## Établissement de santé" in markdown.render(result, explain=False)
        assert "<h2>Établissement de santé</h2>" in html.render(result)
        return
    raise AssertionError(f"no scenario of facts/es_*.gcs concludes health_establishment: {paths}")
