"""Dates that contradict the story of the file (issue 7, gcs_reasoner/validate.py).

An event that cannot have happened as the file tells it is an error of the
file (ScenarioError, exit 2, `FILE:LINE:COL:` at the statement at fault,
naming both dates); an event a real file can hold but the law cannot use is a
warning naming the lines, and the facts leave it out.
"""

import pytest

import gcs_reasoner as gcs
from gcs_reasoner.cli import main

BASE = """\
groupement g "GCS Récit" {{
  as of 2008-06-30
  approved 2006-03-15
  seat "Tours" region "Centre"
  member a "CH A" {{ kind health_establishment sector public region "Centre" rights 50 }}
  member b "CH B" {{ kind health_establishment sector public region "Centre" rights 30 }}
  member c "CH C" {{ kind health_establishment sector public region "Centre" rights 20 joined 2007-01-01 }}
{more}
}}
"""
FIRST = 8  # line of the first statement of `more`


def story(more: str) -> str:
    return BASE.format(more=more)


def refused(more: str):
    with pytest.raises(gcs.ScenarioError) as e:
        gcs.loads(story(more), path="story.gcs")
    return e.value


def read(more: str):
    return gcs.reason(gcs.loads(story(more), path="story.gcs"))


ASM = """\
  assembly ag1 on 2007-03-20 {{
    convened_on {convened} by administrator
    present a, b
    deliberation d1 on budget {{ for a, b }}
  }}"""


# --- errors ---------------------------------------------------------------------------------


def test_second_convocation_held_before_the_first_assembly(capsys, tmp_path):
    more = ASM.format(convened="2007-03-01") + """
  assembly ag2 on 2007-03-10 {
    convened_on 2007-03-05 by administrator
    reconvenes ag1
    present a
    deliberation d1 on budget { for a }
  }"""
    p = tmp_path / "reconvened.gcs"
    p.write_text(story(more), encoding="utf-8")
    code = main(["check", str(p)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith(f"{p}:{FIRST + 7}:")  # the `reconvenes` line
    assert "2007-03-10" in err and "2007-03-20" in err


def test_second_convocation_on_the_same_day_is_read():
    more = ASM.format(convened="2007-03-01") + """
  assembly ag2 on 2007-03-20 {
    convened_on 2007-03-01 by administrator
    reconvenes ag1
    present a
    deliberation d1 on budget { for a }
  }"""
    read(more)


def test_convened_after_the_assembly():
    e = refused(ASM.format(convened="2007-03-25"))
    assert (e.line, e.path) == (FIRST + 1, "story.gcs")
    assert "2007-03-25" in e.message and "2007-03-20" in e.message


def test_convened_on_the_day_of_the_assembly_is_read():
    read(ASM.format(convened="2007-03-20"))


@pytest.mark.parametrize("clauses, dates", [
    ("approved_on 2007-02-01", ("2007-02-01", "2007-03-01")),
    ("approved_on 2007-04-01 published_on 2007-03-20", ("2007-03-20", "2007-04-01")),
    ("published_on 2007-02-15", ("2007-02-15", "2007-03-01")),
])
def test_avenant_approved_or_published_before_it_could_be(clauses, dates):
    e = refused(f"  avenant av1 on 2007-03-01 for admission of c {clauses}")
    assert e.line == FIRST and e.col == 3
    assert all(d in e.message for d in dates), e.message


def test_avenant_approved_and_published_in_order_is_read():
    read("  avenant av1 on 2007-03-01 for admission of c approved_on 2007-03-01 published_on 2007-03-15")


def test_withdrawal_notified_before_the_member_joined():
    e = refused("  withdrawal c notified 2006-11-02")
    assert e.line == FIRST
    assert "2006-11-02" in e.message and "2007-01-01" in e.message and "line 7" in e.message


def test_withdrawal_notified_on_the_day_the_member_joined_is_read():
    read("  withdrawal c notified 2007-01-01")


def test_merger_before_a_merged_member_joined():
    more = """  member d "CH D" { kind health_establishment sector public region "Centre" joined 2006-12-01 }
  merger d of c on 2006-12-01"""
    e = refused(more)
    assert e.line == FIRST + 1
    assert "2006-12-01" in e.message and "2007-01-01" in e.message


def test_exclusion_voted_before_the_member_joined():
    more = """  assembly ag1 on 2006-10-20 {
    convened_on 2006-10-01 by administrator
    present a, b
    deliberation d1 on exclusion of c { for a, b  ground breach }
  }"""
    e = refused(more)
    assert e.line == FIRST + 3
    assert "2006-10-20" in e.message and "2007-01-01" in e.message


def test_administrator_elected_before_the_assembly_that_elected_him():
    more = ASM.format(convened="2007-03-01").replace("on budget", "on administrator") + \
        "\n  administrator a elected 2007-03-01 by ag1.d1"
    e = refused(more)
    assert e.line == FIRST + 5
    assert "2007-03-01" in e.message and "2007-03-20" in e.message


def test_administrator_elected_at_the_assembly_is_read():
    more = ASM.format(convened="2007-03-01").replace("on budget", "on administrator") + \
        "\n  administrator a elected 2007-03-20 by ag1.d1"
    read(more)


def test_consultation_answered_before_it_was_sent():
    e = refused('  consultation "Bretagne" sent 2006-02-01 answered 2006-01-20')
    assert e.line == FIRST
    assert "2006-01-20" in e.message and "2006-02-01" in e.message


def test_dissolution_notified_before_it_was_decided():
    more = ASM.format(convened="2007-03-01").replace("on budget", "on dissolution") + \
        "\n  dissolution by ag1.d1 notified 2007-03-10"
    e = refused(more)
    assert e.line == FIRST + 5
    assert "2007-03-10" in e.message and "2007-03-20" in e.message


# --- warnings -------------------------------------------------------------------------------


def test_assembly_before_the_legal_personality_is_warned_and_left_out():
    more = """  assembly ag0 on 2006-02-10 {
    convened_on 2006-01-20 by a
    present a, b
    deliberation d1 on budget { for a, b }
  }"""
    r = read(more)
    warned = [w for w in r.warnings if w.code == "before_legal_personality"]
    assert len(warned) == 1 and warned[0].line == FIRST
    assert "line 8" in warned[0].message and "line 3" in warned[0].message
    assert "2006-02-10" in warned[0].message and "2006-03-15" in warned[0].message
    assert not [c for c in r.conclusions if "ag0" in c.text]
    assert not any(atom.startswith("assembly(ag0") for atom, _ in r.facts.facts)


def test_assembly_on_the_day_of_the_approval_is_judged():
    more = """  assembly ag0 on 2006-03-15 {
    convened_on 2006-02-20 by a
    present a, b
    deliberation d1 on budget { for a, b }
  }"""
    r = read(more)
    assert not [w for w in r.warnings if w.code == "before_legal_personality"]
    assert r.holds("quorum_met(ag0)")


def test_without_an_approval_date_no_assembly_is_warned():
    src = story("  " + ASM.format(convened="2007-03-01").strip()).replace("  approved 2006-03-15\n", "")
    r = gcs.reason(gcs.loads(src))
    assert not [w for w in r.warnings if w.code == "before_legal_personality"]


def test_checking_twice_does_not_repeat_the_warning():
    from gcs_reasoner.validate import check

    s = gcs.loads(story("""  assembly ag0 on 2006-02-10 {
    present a, b
  }"""))
    check(s)
    assert len(s.warnings) == 1
