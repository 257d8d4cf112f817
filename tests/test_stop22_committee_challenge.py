"""R6133-23@2010-07-26 al. 2 = R6133-28@2017-04-28 al. 2 (black-box review, stop 22): the extraordinary
assembly deliberates « sur le maintien ou la suppression de la délibération du comité restreint faisant
l'objet de la contestation », a contestation the members make « [dans] un délai d'un mois à compter de
la date de notification des délibérations »; and it is convened « A l'issue de ce délai » the committee
has, « un délai d'un mois à compter de la date de réception de la contestation ». Before the fix, a
vote on a deliberation nobody challenged, or challenged late only, cancelled it, and an assembly
convened while the committee's month ran decided too."""

import gcs_reasoner as gcs

from .edited import DATA

NAME = "challenge_timeliness_2018.gcs"


def _got(*edits: tuple[str, str]) -> set[str]:
    text = (DATA / NAME).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return {str(c) for c in gcs.reason(gcs.loads(text, path=f"<{NAME}, edited>")).conclusions}


CH_D1 = "  challenge c of k1.d1 on 2018-03-20\n"


def test_a_timely_challenge_decided_after_the_committees_month_cancels():
    got = _got()
    assert "committee_deliberation_cancelled(k1, d1)" in got
    assert not any(c.startswith("deliberation_invalid(ag2") for c in got)


def test_a_deliberation_nobody_challenged_is_neither_cancelled_nor_maintained():
    got = _got()
    assert "committee_deliberation_cancelled(k1, d2)" not in got
    assert "committee_deliberation_maintained(k1, d2)" not in got
    assert "deliberation_invalid(ag3, d1, no_timely_challenge)" in got


def test_a_late_challenge_opens_no_procedure():
    # minutes sent 2018-03-05: the month ends 2018-04-05
    got = _got((CH_D1, CH_D1 + "  challenge c of k1.d2 on 2018-04-10\n"))
    assert "challenge_late(c, k1, d2)" in got
    assert "committee_deliberation_cancelled(k1, d2)" not in got
    assert "deliberation_invalid(ag3, d1, no_timely_challenge)" in got


def test_an_assembly_convened_while_the_committees_month_runs_decides_nothing():
    # challenge received 2018-03-06: the committee has until 2018-04-06
    timely = (CH_D1, CH_D1 + "  challenge c of k1.d2 on 2018-03-06\n")
    early = ("  assembly ag3 on 2018-05-16 {\n    convened_on 2018-05-01",
             "  assembly ag3 on 2018-04-20 {\n    convened_on 2018-04-06")
    got = _got(timely, early)
    assert "deliberation_invalid(ag3, d1, committee_month_running)" in got
    assert "committee_deliberation_cancelled(k1, d2)" not in got
    # convened the day after the committee's month: the assembly decides
    got = _got(timely, (early[0], early[1].replace("04-06", "04-07")))
    assert "committee_deliberation_cancelled(k1, d2)" in got
    assert not any(c.startswith("deliberation_invalid(ag3") for c in got)


def test_without_the_minutes_sending_a_challenge_is_neither_timely_nor_late():
    got = _got(("    minutes_sent 2018-03-05\n", ""))
    # k1.d1 was challenged, but whether in time cannot be said: nothing decided either way
    assert not any(c.startswith(("committee_deliberation_cancelled(k1, d1)", "deliberation_invalid(ag2"))
                   for c in got)
    # k1.d2 was challenged by nobody, whenever the minutes were sent
    assert "deliberation_invalid(ag3, d1, no_timely_challenge)" in got
