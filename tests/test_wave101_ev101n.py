"""Wave 101, ev101n: two argument rules narrowed where judged targets were wrong.

events.args.supporter-rally.v1: a crowd protest of the ruler's own supporters ("a rally of his
supporters" addressed by a government official, "the president told a rally"), or one held "in
support of" something with no state aim outside that phrase, is aimed at no one: no state as its
target (the crowd-state-target rule gave the state). Near misses: an opposition rally, opposition
supporters marching, a protest against a state act.

events.args.allied-act.v1: conjoined subjects of a hostile act done "together" fought on one
side: neither is the other's target. Near misses: a plain "X and Y fought", "fought each other".
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RALLY = "events.args.supporter-rally.v1"
ALLIED = "events.args.allied-act.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("On Sunday the Turkish prime minister told a big rally of his supporters in Ankara that "
     "the protests were over.", "rally"),
    ("Hours later the president told a rally of red-shirted supporters in the capital that the "
     "mayor was in custody.", "rally"),
    ("Thousands of people rallied in Lima on Monday in support of his decision to run again.",
     "rallied"),
])
def test_supporter_rally_has_no_state_target(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "PROTEST"
    assert RALLY in event.rule
    assert not event.target


@pytest.mark.parametrize(("text", "trigger"), [
    # an opposition leader's rally is against those in power
    ("The opposition leader told a rally of his supporters in Lusaka that the vote had been "
     "rigged.", "rally"),
    # opposition supporters protest the state
    ("Thousands of opposition supporters rallied in Nairobi on Tuesday.", "rallied"),
    # a state act is protested
    ("Thousands of people rallied in Lima on Monday against the decision to raise fuel "
     "prices.", "rallied"),
])
def test_other_rallies_keep_the_state(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RALLY not in event.rule
    assert event.target


def test_fought_together_is_one_side() -> None:
    record = record_of("Chad and Niger fought together in the 1990s.")
    event = trigger_event(record, "fought")
    assert ALLIED in event.rule
    assert not event.target
    assert sorted(names_of(record, event.source)) == ["Chad", "Niger"]


@pytest.mark.parametrize("text", [
    "Chad and Niger fought bitterly in the 1990s.",
    "Chad and Niger fought a border war in the 1990s.",
])
def test_plain_fight_stays_mutual(text: str) -> None:
    record = record_of(text)
    event = trigger_event(record, "fought")
    assert ALLIED not in event.rule
    assert sorted(names_of(record, event.target)) == ["Chad", "Niger"]
