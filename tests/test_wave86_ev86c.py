"""Wave 86, ev86c: an act with a part of the day of its own is of the story's day.

events.date.own-day-part.v1: a pluperfect or another act a background rule would leave undated
keeps the story's day when its own verb carries a part of the day ("overnight", "by nightfall",
"in the morning"). Near misses: the same acts without the part of the day stay undated, a part
of another named day ("the evening of the vote") is no mark of the story's day, and a future act
is left alone. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.own-day-part.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("By nightfall, several hundred conscripts had surrendered to the insurgents.", "surrendered"),
    ("The interior ministry said officers had arrested a dozen men for questioning overnight.",
     "arrested"),
    ("In the morning the guerrillas had attacked a border post.", "attacked"),
])
def test_day_part_keeps_story_day(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.value == DATE


@pytest.mark.parametrize(("text", "trigger"), [
    # no part of the day: an older act of unknown time
    ("Several hundred conscripts had surrendered to the insurgents.", "surrendered"),
    ("The interior ministry said officers had arrested a dozen men for questioning.",
     "arrested"),
    # a part of another named day
    ("On the evening of the vote the guerrillas had attacked a border post.", "attacked"),
])
def test_no_own_day_part_stays_background(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.value != DATE


def test_future_act_is_left_alone() -> None:
    event = trigger_event(record_of("The rebels said they would attack the border post "
                                    "overnight."), "attack")
    assert RULE not in event.rule
