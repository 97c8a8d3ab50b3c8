"""Wave 70, ev70a: the target of a reaction to an act told earlier is that act's author.

- events.args.referred-act-author.v1: a reaction verb (condemn, welcome, call ... X) whose
  object is a definite act noun with no party of its own ("the strike", "the arrest") aims at
  the source of the act the story told with that noun or its verb.
- Near misses: no earlier act of that noun, an earlier act with no source, an act by the
  reaction's own state, a possessed noun, an indefinite noun keep their reading.
"""

from __future__ import annotations

import pytest

from tests.event_records import targeted_event

RULE = "events.args.referred-act-author.v1"


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("American warships struck an air base in Syria on Friday. "
     "Moscow condemned the strike as illegal.", "condemned", "American warships"),
    ("Separatist fighters attacked a police convoy near the border. "
     "The French foreign ministry condemned the attack.", "condemned", "Separatist fighters"),
    ("Russian police arrested a Latvian journalist on Monday. "
     "The Latvian president called the arrest unacceptable.", "called", "Russian police"),
    ("Chinese troops seized two Indian border posts overnight. "
     "The Indian defence minister denounced the seizure.", "denounced", "Chinese troops"),
])
def test_reaction_aims_at_the_author(text: str, trigger: str, target: str) -> None:
    _, targets, rule = targeted_event(text, trigger)
    assert targets == [target]
    assert RULE in rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    # no act told earlier with that noun or its verb
    ("Floods hit the capital on Monday. The French foreign ministry condemned the attack.",
     "condemned"),
    # the act told earlier has no source: no older author is taken
    ("A bomb exploded near a market in the north. Kenya condemned the attack.", "condemned"),
    # the act of the reaction's own state is not its target
    ("Kenya struck a militant camp on Friday. Kenya welcomed the strike.", "welcomed"),
    # an indefinite noun is no act told before
    ("Separatist fighters attacked a police convoy. The minister condemned any attack on police.",
     "condemned"),
])
def test_near_misses_keep_no_referred_author(text: str, trigger: str) -> None:
    _, _, rule = targeted_event(text, trigger)
    assert RULE not in rule.split("+")


def test_possessed_act_keeps_its_possessor() -> None:
    text = ("Separatist fighters attacked a police convoy. "
            "Germany condemned Russia's attack on Ukraine.")
    _, targets, rule = targeted_event(text, "condemned")
    assert RULE not in rule.split("+")
    assert "Separatist fighters" not in targets
