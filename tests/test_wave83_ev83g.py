"""Wave 83, ev83g: a crowd protest aimed away from its own state takes no state target.

events.args.crowd-aim-away.v1: CONVENTIONS ("A crowd protest at home") give the state of the
country a protest is held in only when the protest names no aim or aims at the authorities. A
crowd that marches to mourn or to celebrate, or whose purpose clause aims it at another country
("chanting against Canada"), at foreign meddling or at violence ("to reject violence"), is not
protesting its own state: the capital it marches through is where, not whom. Near misses: a
crowd with no aim, one aimed at a tax or at the government, and one mourning the victims of the
police (the police are a state aim). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.args.crowd-aim-away.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Thousands of people marched in Accra on Monday to mourn a famous drummer.", "marched"),
    ("Hundreds of people rallied in Lusaka on Sunday, chanting against Canada.", "rallied"),
    ("Thousands of people marched through Quito to reject violence.", "marched"),
    ("Thousands of people marched in Bamako, denouncing foreign interference.", "marched"),
])
def test_protest_aimed_away_has_no_state_target(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "PROTEST"
    assert RULE in event.rule
    assert event.target == []


@pytest.mark.parametrize(("text", "trigger"), [
    # no aim named: the state of the country it is held in
    ("Thousands of people marched in Accra on Monday.", "marched"),
    # aimed at an act of the authorities
    ("Thousands of people marched through Quito to protest against the new fuel tax.", "marched"),
    # mourning the victims of the police: the police are the aim
    ("Thousands of people marched in Accra to mourn those killed by the police.", "marched"),
])
def test_protest_at_home_keeps_state_target(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.target != []
