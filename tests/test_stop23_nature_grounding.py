"""The nature on meeting days (stop 23) without its grounding cost: the per-member nature rules
are grounded only for the days their own text is in force. The classification of a member under
L6133-1 of 2004 (public, private, liberal) was grounded once, under a guard true when the text was in
force on some day the nature was asked; since review 36 (E1) it is grounded for each day the nature
is judged on under that text, so that each step cites the text of its own day (as the per-member
rules of 2009 do): about 1,200 more ground rules on this file (three days, 300 members).

The benchmark's groupement of 300 members (benchmarks/bench.py) has its as-of date and its two
assemblies (2007, 2008) under L6133-1 of 2004: before, 21,744 ground rules without the meeting
days, 29,142 with them (the 2009 and 2017 per-member rules grounded for 2008 days, each member
classified again on each day)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench  # noqa: E402

from gcs_reasoner import loads  # noqa: E402
from gcs_reasoner.facts import scenario_facts  # noqa: E402
from gcs_reasoner.program import load_program  # noqa: E402


def _ground_rules(n):
    program = load_program()
    scenario = loads(bench.scenario_text(n), f"bench_{n}.gcs")
    facts = scenario_facts(scenario, scenario.groupement.as_of.value)
    return bench._plain_clingo(program.files, facts.program())


def test_meeting_days_do_not_ground_the_nature_per_member_again():
    # 22,812 at stop 33 (within 5% of the figure before the meeting days, 21,744); 24,017 at review 36, the
    # classification of 2004 per day (E1); 24,428 at review 38: a joining after the as-of date (joins_later,
    # one ground rule per member joined: +300) and the budget referral's votes by the referral's day (+87),
    # each measured commit by commit; 24,529 at review 39: who is a liberal medical professional for billing
    # before 2017 (liberal_medical_individual/1, one ground rule per such member: +100 here) and the scale before a
    # change of tariff scale (+1); 24,541 at review 40: the kinds that are no liberal person (not_practising_kind_2017,
    # grounded for the members stated `liberal` only) and the alinéa of a member admitted on authorisation (+12); 24,547
    # after the whole round (a change of rights with a capital compared with the apports: +600 until its sums and its
    # test of a stated apport were asked only where an assembly changes the rights, +0 now); 24,552 with the years of
    # life counted from the day every text has the groupement exist (life_agreed_start, life_year_disputed: +5);
    # 24,644 at review 41: whether each member's apport is stated, for the rights defined by the apports to the
    # capital (apport_stated/1 read by basis_2010_unstated: +300, one per contribution; fixer E's apport_known/1,
    # +900 as written, asked only where an assembly's rights are counted from the apports: +0 here);
    # the regrounding this guards against added about 7,000
    assert _ground_rules(300) <= 24_660
