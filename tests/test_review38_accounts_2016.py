"""Review 38, fixer H: the compte financier of 2016, between the 2012 and the 2017 texts of R6133-5 I al. 3.

R6133-5 of 2012-11-11, I al. 3: « Le compte financier des groupements de coopération sanitaire comportant au moins un
établissement public de santé parmi ses membres doit être approuvé au plus tard le 30 mars de l'année suivant
l'exercice suivant l'exercice auquel il se rapporte. » (read as written: 30 March N + 2).
R6133-5 of 2017-04-28, I al. 3: « ... doit être approuvé au plus tard le 30 juin de l'année suivant l'exercice auquel
il se rapporte. »

Reading kept (contract, "open readings kept"; README): the accounts of year N follow the version in force on
31 December N, so those of 2016 are due on 30 March 2018. The 2017 text came into force before that day; a lawyer may
apply it at once and take them as due on 30 June 2017. As for the yearly report on 2016 (R6133-9,
doubtful_text(report_deadline_2017, ...)), a reading-question warning doubtful_text(accounts_deadline_2017,
accounts(2016, 2017-06-30)) says so, once the as-of date has reached the 2017 text and only where the two readings
part: a deliberation that may approve them (valid or undecided) after 30 June 2017 and by 30 March 2018 with none by
30 June 2017, or none by an as-of date up to 30 March 2018. Approved by 30 June 2017: in time under both; not approved
by 30 March 2018: late under both; no question then. The conclusion of the reading kept is unchanged.
"""

import gcs_reasoner as gcs

# /tmp/rv6/cf2016.gcs: a public GCS of two public hospitals; the 2015 accounts approved on 2016-03-15
CF2016 = """groupement g "GCS Test" {
  as of 2017-12-01
  approved 2014-09-15
  seat "Lyon" region "Auvergne-Rhône-Alpes"
  running_costs yes
  capital none
  member a "CHU A" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 60 }
  member b "CH B" { kind health_establishment sector public region "Auvergne-Rhône-Alpes" rights 40 }
  participation a financial 60_000 year 2016
  participation b financial 40_000 year 2016
  convention {
    object "Imagerie"
    vote_weight rights
    meeting_days 15
  }
  assembly ag1 on 2016-03-15 {
    convened_on 2016-03-01 by administrator
    accountant_present
    present a, b
    deliberation d1 on accounts year 2015 { for a, b }
  }
  assembly ag2 on 2017-03-15 {
    convened_on 2017-03-01 by administrator
    accountant_present
    present a, b
    deliberation d1 on budget year 2017 { for a, b }
  }
  activity_report 2016 sent 2017-06-01
}
"""

QUESTION = "doubtful_text(accounts_deadline_2017,accounts(2016,2017-06-30))"


def accounts_2016(day, votes="for a, b", name="ag3"):
    return (f"  assembly {name} on {day} {{\n    convened_on 2017-05-01 by administrator\n    accountant_present\n"
            f"    present a, b\n    deliberation d1 on accounts year 2016 {{ {votes} }}\n  }}\n")


def reason(as_of="2017-12-01", *assemblies, weight=True):
    text = CF2016.replace("as of 2017-12-01", f"as of {as_of}")
    if not weight:
        text = text.replace("    vote_weight rights\n", "")
    text = text.replace("  activity_report 2016", "".join(assemblies) + "  activity_report 2016")
    return gcs.reason(gcs.loads(text, path="<cf2016>"))


def conclusions(res):
    return {str(c) for c in res.conclusions}


def questions(res):
    return {w.atom.replace(", ", ",") for w in res.warnings if w.atom.startswith("doubtful_text(accounts_deadline_2017")}


def test_not_approved_on_1_december_2017_gets_the_reading_question():
    res = reason()
    # reading kept: the 2012 text of 31 December 2016, 30 March 2018; not late on 2017-12-01
    assert "accounts_approval_due(2016, 2018-03-30)" in conclusions(res)
    assert "accounts_approval_late(2016)" not in conclusions(res)
    assert "accounts_approval_due(2015, 2017-03-30)" in conclusions(res)
    # the 2015 accounts (due 30 March 2017, before the 2017 text) have no question
    assert questions(res) == {QUESTION}
    [w] = [w for w in res.warnings if w.atom.replace(", ", ",") == QUESTION]
    assert w.code == "doubtful_text"
    assert "versions du 11 novembre 2012 et du 28 avril 2017" in w.message_fr
    assert "un juriste peut tenir qu'il devait être approuvé au plus tard le 30 juin 2017" in w.message_fr
    assert "a lawyer may take it as due for approval by 30 June 2017" in w.message
    assert "@" not in w.message_fr and "@" not in w.message
    # the generic warning on the literal reading stays
    assert any(x.atom.replace(", ", ",") == "doubtful_text(accounts_approval_due,2016)" for x in res.warnings)


def test_approved_between_30_june_2017_and_30_march_2018_gets_it():
    res = reason("2018-06-01", accounts_2016("2017-09-15"))
    assert "deliberation_valid(ag3, d1)" in conclusions(res)
    assert "accounts_approval_late(2016)" not in conclusions(res)
    assert questions(res) == {QUESTION}
    # approved on 30 March 2018, the last day of the reading kept: still in time under it
    res = reason("2018-06-01", accounts_2016("2018-03-30"))
    assert "accounts_approval_late(2016)" not in conclusions(res)
    assert questions(res) == {QUESTION}


def test_approved_by_30_june_2017_no_question():
    for day in ("2017-05-15", "2017-06-30"):
        res = reason("2018-06-01", accounts_2016(day))
        assert "accounts_approval_due(2016, 2018-03-30)" in conclusions(res)
        assert "accounts_approval_late(2016)" not in conclusions(res)
        assert questions(res) == set()


def test_late_under_both_readings_no_question():
    # not approved on 2018-06-01
    res = reason("2018-06-01")
    assert "accounts_approval_late(2016)" in conclusions(res)
    assert questions(res) == set()
    # approved on 2018-05-01, after both days
    res = reason("2018-06-01", accounts_2016("2018-05-01"))
    assert "deliberation_valid(ag3, d1)" in conclusions(res)
    assert "accounts_approval_late(2016)" in conclusions(res)
    assert questions(res) == set()


def test_no_question_before_the_2017_text():
    # as of 2017-03-01 only the 2012 text is in force (décret n° 2017-631 of 25 April 2017)
    res = reason("2017-03-01")
    assert "accounts_approval_due(2016, 2018-03-30)" in conclusions(res)
    assert questions(res) == set()


def test_not_approved_before_30_june_2017_gets_it():
    # as of 2017-05-15: the 2017 text in force, the accounts not approved; due on 30 March 2018 or 30 June 2017
    res = reason("2017-05-15")
    assert "accounts_approval_due(2016, 2018-03-30)" in conclusions(res)
    assert questions(res) == {QUESTION}


def test_no_question_for_the_accounts_of_2017():
    # the accounts of 2017 follow the 2017 text (in force on 31 December 2017): due 30 June 2018, no question
    res = reason("2018-10-01", accounts_2016("2017-05-15"),
                 accounts_2016("2018-05-15", name="ag4").replace("accounts year 2016", "accounts year 2017"))
    assert "accounts_approval_due(2017, 2018-06-30)" in conclusions(res)
    assert "accounts_approval_late(2017)" not in conclusions(res)
    assert questions(res) == set()


def test_an_invalid_deliberation_by_30_june_2017_does_not_close_the_question():
    # rejected on 2017-05-15 (b for, a against: no majority of the rights), approved on 2017-09-15
    res = reason("2018-06-01", accounts_2016("2017-05-15", "for b  against a"), accounts_2016("2017-09-15", name="ag4"))
    assert "deliberation_invalid(ag3, d1, not_adopted)" in conclusions(res)
    assert "deliberation_valid(ag4, d1)" in conclusions(res)
    assert questions(res) == {QUESTION}


def test_a_deliberation_of_undecided_validity():
    # without vote_weight the vote « for a against b » is undecided: after 30 June 2017 the question is asked (late
    # under the 2017 text whatever its fate, open under the reading kept); by 30 June 2017 no question
    res = reason("2018-06-01", accounts_2016("2017-09-15", "for a  against b"), weight=False)
    assert not [c for c in conclusions(res) if c.startswith(("deliberation_valid(ag3,", "deliberation_invalid(ag3,"))]
    assert "accounts_approval_due(2016, 2018-03-30)" in conclusions(res)
    assert questions(res) == {QUESTION}
    res = reason("2018-06-01", accounts_2016("2017-06-15", "for a  against b"), weight=False)
    assert "accounts_approval_due(2016, 2018-03-30)" in conclusions(res)
    assert questions(res) == set()
