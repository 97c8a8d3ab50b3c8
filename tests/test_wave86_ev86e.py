"""Wave 86, ev86e: a patrol named as a thing or a unit is no act of raising forces.

Rounds 41-51 judges called spurious a MOBILIZE read from "a navy patrol boat", from "detained by
a patrol of army personnel" and from "police patrolling the area came under fire". The sense
rules (lexicon/events/senses.yaml) drop the patrol noun that helps name another thing
(events.sense.patrol-unit-name.v1), that is the doer of another act through "by"
(events.sense.patrol-unit-doer.v1) or the party another act is done to
(events.sense.patrol-unit-party.v1), and the participle that only says which forces are meant
(events.sense.patrolling-forces.v1). Near misses: forces that patrol as the act told ("soldiers
patrolled the streets"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of


def _patrol_events(text: str) -> list:
    record = record_of(text)
    return [e for e in record.events if e.trigger.text.lower().startswith("patrol")]


@pytest.mark.parametrize("text", [
    "An Australian navy patrol boat was sent to the island on Monday.",
    "The suspect was arrested on Friday by a patrol of National Guard soldiers.",
    "The Indian army patrol was ambushed on Monday.",
    "Police patrolling the market came under fire on Monday.",
])
def test_patrol_as_thing_or_unit_is_no_event(text: str) -> None:
    assert _patrol_events(text) == []


@pytest.mark.parametrize("text", [
    "Soldiers patrolled the streets of the capital on Monday.",
    "Armoured vehicles and troops patrolled the city on Sunday.",
])
def test_forces_that_patrol_keep_the_event(text: str) -> None:
    events = _patrol_events(text)
    assert [e.type for e in events] == ["MOBILIZE"]
    assert not any("patrol" in e.rule and "sense" in e.rule for e in events)
