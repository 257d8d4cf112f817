"""A dissolution within the month, after the groupement's reply (review 28, arsproc F4).

R6133-8@2017-04-28.I.1.3: « lui demande de faire connaître, dans un délai d'un mois, ses observations […]. En
l'absence de réponse à l'issue du délai ou si cette réponse est insuffisante, le directeur général […] adresse au
groupement une injonction ». Once the groupement has replied, the director may judge the reply before the month
ends (an injunction then is regular): a dissolution after the reply is not `reply_period_running`, whose sentence
says « sans réponse de celui-ci »; its defect is the missing injunction (`no_injunction`). Without a reply, a
dissolution within the month stays `reply_period_running`. The first test failed before.
"""

import gcs_reasoner as gcs
from tests.test_review28_ars_compliance import serious_breach

FILE = serious_breach("2019-03-10") + """  {more}
  ars_decision dec2 on 2019-02-20 by ars_director_general notified 2019-02-20 members_notified 2019-02-20 published 2019-02-25 {{ dissolves reasoned }}
}}
"""


def run(more: str = ""):
    return gcs.reason(gcs.loads(FILE.format(more=more), path="<test>"))


def test_a_dissolution_after_a_reply_within_the_month_is_not_reply_period_running():
    result = run("reply to dec1 on 2019-02-10 measures")
    assert not result.holds("ars_dissolution_irregular(reply_period_running)")
    assert result.holds("ars_dissolution_irregular(no_injunction)")


def test_without_a_reply_it_is_and_its_words_say_so():
    result = run()
    assert result.holds("ars_dissolution_irregular(reply_period_running)")
    assert "sans réponse" in result.find("ars_dissolution_irregular(reply_period_running)").sentence("fr")
