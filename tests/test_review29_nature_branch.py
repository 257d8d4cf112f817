"""The public nature of 2004 cites the branch it rests on (review 29, explain F3).

L6133-1@2004-08-11 al. 5: « Il constitue une personne morale de droit public lorsqu'il est
exclusivement constitué d'établissements ou d'organismes publics, ou d'établissements ou
d'organismes publics et de professionnels médicaux libéraux membres à titre individuel. »
In facts/public_imaging.gcs two public hospitals and Dr Leroy, a liberal doctor member in his own
name, make the groupement: the second branch. The explanation's top quote stopped at « exclusivement
constitué d'établissements ou d'organismes publics », false read alone for this groupement, and the
tree never showed Dr Leroy. It now quotes the second branch and shows his `kind` and `individual`
lines; a groupement of public members only keeps the first branch's words.
"""

import json

import gcs_reasoner as gcs

FIRST = "Il constitue une personne morale de droit public lorsqu'il est exclusivement constitué d'établissements ou d'organismes publics"
SECOND = "d'établissements ou d'organismes publics et de professionnels médicaux libéraux membres à titre individuel"


def _tree(scenario):
    r = gcs.reason(scenario, explain=True)
    assert "nature(public)" in {str(c) for c in r.conclusions}
    return r.explain("nature(public)").as_dict()


def test_a_liberal_doctor_in_his_own_name_the_second_branch_and_his_facts():
    tree = _tree(gcs.load("facts/public_imaging.gcs"))
    assert tree["provision"] == "L6133-1@2004-08-11.5"
    assert SECOND in tree["quote"], tree["quote"]
    shown = json.dumps(tree, ensure_ascii=False)
    assert '"individual(dr_leroy)"' in shown
    assert '"kind(dr_leroy, liberal_medical_professional)"' in shown


def test_public_members_only_the_first_branch():
    text = open("facts/public_imaging.gcs", encoding="utf-8").read()
    start = text.index('  member dr_leroy')
    text = text[:start] + text[text.index("  }\n", start) + 4:]
    text = "\n".join(line for line in text.split("\n") if "dr_leroy" not in line)
    tree = _tree(gcs.loads(text, path="public_only.gcs"))
    assert tree["quote"].startswith(FIRST) and SECOND not in tree["quote"]
    assert "dr_leroy" not in json.dumps(tree)
