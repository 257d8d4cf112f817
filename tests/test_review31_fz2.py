"""Review 31, fuzz findings 3 and 4: a Scenario changed in Python is checked as its file would be.

README "Python API": "a value the language would refuse raises ScenarioError, naming the field
(`groupement.members[1].id`), its line and what is expected; nothing reaches clingo before this check".

- Finding 3: a plain value put where the objects keep an Attr (`members[0].rights = 60`,
  `as_of = date(...)`) or None put in a list of statements crashed with a raw AttributeError; it is
  refused naming the field and saying where the value goes. A right of -3 is refused with the words
  the language refuses it with in a file: rights "must be a positive integer (only the proportions
  between members matter)" (not "zero or more").
- Finding 4: an empty member name, an unknown matter word, a member voting twice or both for and
  against, a member listed twice as present were reasoned on; the file refuses each. The API now
  goes through the parser's own checks (build_base.empty_name, bad_rights, listed_twice,
  voted_twice: one copy, used by both).
"""

import copy
from datetime import date
from pathlib import Path

import pytest

import gcs_reasoner as gcs

BASE = Path(__file__).resolve().parent.parent / "facts" / "admin06_reelected_convener.gcs"


@pytest.fixture(scope="module")
def scenario():
    return gcs.load(BASE)


def refused(scenario, how):
    w = copy.deepcopy(scenario)
    how(w.groupement)
    with pytest.raises(gcs.ScenarioError) as info:
        gcs.reason(w)
    return str(info.value)


def test_a_plain_number_for_rights_is_refused_naming_the_field(scenario):
    msg = refused(scenario, lambda g: setattr(g.members[0], "rights", 60))
    assert "groupement.members[0].rights:" in msg and "groupement.members[0].rights.value = 60" in msg


def test_a_plain_date_for_as_of_is_refused_naming_the_field(scenario):
    msg = refused(scenario, lambda g: setattr(g, "as_of", date(2009, 6, 30)))
    assert "groupement.as_of:" in msg and ".value" in msg


def test_none_for_a_member_is_refused_naming_the_field(scenario):
    msg = refused(scenario, lambda g: g.members.__setitem__(0, None))
    assert "groupement.members[0]:" in msg and "expected a Member" in msg


def test_negative_rights_are_refused_with_the_language_words(scenario):
    for how in (lambda g: setattr(g.members[0], "rights", -3),
                lambda g: setattr(g.members[0].rights, "value", -3)):
        msg = refused(scenario, how)
        assert "rights must be a positive integer" in msg and "zero or more" not in msg


def test_same_words_as_the_file_for_rights():
    text = BASE.read_text(encoding="utf-8")
    import re

    bad = re.sub(r"rights \d+", "rights 0", text, count=1)
    with pytest.raises(gcs.ScenarioError) as info:
        gcs.loads(bad)
    assert "rights must be a positive integer" in str(info.value)


def _vote_twice(g):
    v = g.assemblies[0].deliberations[0].votes
    v.append(copy.deepcopy(v[0]))


def _for_and_against(g):
    v = g.assemblies[0].deliberations[0].votes
    x = copy.deepcopy(v[0])
    x.choice = "against" if x.choice != "against" else "for"
    v.append(x)


def _present_twice(g):
    p = g.assemblies[0].present
    p.append(copy.deepcopy(p[0]))


@pytest.mark.parametrize("how, field, words", [
    (lambda g: setattr(g.members[0], "name", ""), "members[0].name", "empty name for member"),
    (lambda g: setattr(g.assemblies[0].deliberations[0], "matter", "nonsense"),
     "assemblies[0].deliberations[0].matter", "unknown value 'nonsense'"),
    (_vote_twice, "assemblies[0].deliberations[0].votes[", "already voted"),
    (_for_and_against, "assemblies[0].deliberations[0].votes[", "already voted"),
    (_present_twice, "assemblies[0].present[", "is listed twice"),
], ids=["empty_name", "matter", "vote_twice", "for_and_against", "present_twice"])
def test_what_the_file_refuses_the_api_refuses(scenario, how, field, words):
    msg = refused(scenario, how)
    assert f"groupement.{field}" in msg and words in msg


# Finding 5. R6133-12 al. 4 (2006): « Aucun membre ne peut cependant détenir plus d'un mandat à ce
# titre. » The holder's side is a rule (proxy_invalid holder_holds_several: the file does not say
# which came first, none counts). The giver's side is a statement of the file: `proxy M to H` says M
# is represented by H (the contract), so a second proxy of M (to another holder) or M present in
# person leaves unsaid which statement stands; as for a member voting twice, the file is refused at
# the statement that contradicts the one before, in a file and through the API alike.

PROXY_TWICE = ("    present ch_annecy, ch_albertville\n"
               "    proxy ch_chambery to ch_annecy\n"
               "    proxy ch_chambery to ch_albertville\n")
PROXY_WHILE_PRESENT = ("    present ch_annecy, ch_albertville\n"
                       "    proxy ch_albertville to ch_annecy\n")


def _with_proxies(lines: str) -> str:
    text = BASE.read_text(encoding="utf-8")
    start = text.index("assembly ag2")
    body = text.index("\n", start) + 1
    present = text.index("present", body)
    end = text.index("\n", present) + 1
    return text[:present - 4] + lines + text[end:]


@pytest.mark.parametrize("lines, words", [
    (PROXY_TWICE, "'ch_chambery' already gave a proxy to 'ch_annecy'"),
    (PROXY_WHILE_PRESENT, "'ch_albertville' is present in person"),
], ids=["two_holders", "present_and_proxy"])
def test_a_contradictory_proxy_is_refused_in_a_file(lines, words):
    with pytest.raises(gcs.ScenarioError) as info:
        gcs.loads(_with_proxies(lines))
    assert words in str(info.value) and "expected" in str(info.value)


def test_a_contradictory_proxy_is_refused_through_the_api(scenario):
    from gcs_reasoner.scenario import Proxy

    def two(g):
        a = g.assemblies[0]  # ag2: ch_annecy, ch_chambery, ch_albertville present
        absent = a.present.pop(1).value
        holders = [p.value for p in a.present]
        a.proxies[:] = [Proxy(a.pos, absent, holders[0]), Proxy(a.pos, absent, holders[1])]

    msg = refused(scenario, two)
    assert "groupement.assemblies[0].proxies[1]" in msg and "already gave a proxy" in msg
