"""No possibility of dissolution on an injunction sent too early (review 28, arsproc F2).

R6133-8@2017-04-28.I.1.3: « En l'absence de réponse à l'issue du délai ou si cette réponse est insuffisante, le
directeur général de l'agence régionale de santé adresse au groupement une injonction […] assortie d'une mise
en demeure ». An injunction sent within the month of the finding's notification, with no reply yet, is
irregular (`ars_dissolution_irregular(reply_period_running)`): the time limit it sets cannot open the
possibility to dissolve. One sent after the month, or after a reply, can. The first assertion failed before.
"""

import gcs_reasoner as gcs
from tests.test_review28_ars_compliance import serious_breach

FILE = serious_breach("2019-05-01") + """  {more}
  ars_decision dec2 on {day} by ars_director_general notified {day} {{ injunction until 2019-03-31 }}
}}
"""


def run(day: str, more: str = ""):
    return gcs.reason(gcs.loads(FILE.format(day=day, more=more), path="<test>"))


def test_an_injunction_within_the_month_without_a_reply_opens_no_possibility():
    early = run("2019-02-05")
    assert early.holds("ars_dissolution_irregular(reply_period_running)")
    assert not early.holds("ars_dissolution_possible(serious_breach)")


def test_an_injunction_after_the_month_or_after_a_reply_does():
    assert run("2019-03-01").holds("ars_dissolution_possible(serious_breach)")
    replied = run("2019-02-20", "reply to dec1 on 2019-02-10")
    assert not replied.holds("ars_dissolution_irregular(reply_period_running)")
    assert replied.holds("ars_dissolution_possible(serious_breach)")
