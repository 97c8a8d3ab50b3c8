"""Wave 84, ev84h: a crowd that besieges a place or takes ground protests there.

events.sense.crowd-besiege.v1 and events.sense.crowd-take-ground.v2: demonstrators, supporters
or a mob (the sense class ``rioters``, also counted: "thousands of marchers") as the subject of
"besiege", or of "seize"/"take"/"capture"/"overrun" with ground as the object (an airport, a
square, "control of the border crossing"), block the place: PROTEST obstruct (CAMEO 144), not
COERCE restrict nor an armed seizure of territory. Near misses: troops, rebels or gunmen doing
the same (COERCE besiege, ASSAULT take-ground), and a crowd that seizes no ground (a building
it burns stays the riot of crowd-seize-building; a crowd that seizes goods is left alone).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

BESIEGE = "events.sense.crowd-besiege.v1"
GROUND = "events.sense.crowd-take-ground.v2"


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("Hundreds of students besieged the education ministry in Lagos for three days.",
     "besieged", BESIEGE),
    ("Angry supporters of the cleric besieged the French consulate on Friday.", "besieged",
     BESIEGE),
    ("A crowd besieged the police station after the arrests, witnesses said.", "besieged",
     BESIEGE),
    ("Thousands of opposition protesters seized the city's airport on Monday night.", "seized",
     GROUND),
    ("Demonstrators took control of the main border crossing on Sunday.", "took", GROUND),
])
def test_crowd_blocking_a_place_is_a_protest(text: str, trigger: str, rule: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "PROTEST"
    assert event.mode == "obstruct"
    assert rule in event.rule


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # an armed force besieging a town restricts it, as before
    ("Government troops besieged the rebel town for a month.", "besieged", "COERCE"),
    ("Insurgents besieged two villages near the border last year.", "besieged", "COERCE"),
    # an armed force taking ground occupies it (take-ground)
    ("Rebel fighters seized the city's airport on Monday night.", "seized", "ASSAULT"),
])
def test_armed_forces_keep_their_type(text: str, trigger: str, kind: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == kind
    assert BESIEGE not in event.rule and GROUND not in event.rule


def test_crowd_seizing_goods_is_not_ground() -> None:
    record = record_of("Protesters seized two police vans on Tuesday.")
    for event in record.events:
        assert GROUND not in event.rule and BESIEGE not in event.rule
