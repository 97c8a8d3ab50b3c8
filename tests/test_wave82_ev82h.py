"""Wave 82, ev82h: a present perfect toll of a loosely counted party is a total, no date.

events.date.counted-toll.v1: "Scores of villagers have been killed", "a crackdown in which
hundreds of students have been killed", "more than 30 people have been killed, monitors said":
a simple present perfect of killing or wounding whose party is counted loosely sums the dead so
far; a total has no date (CONVENTIONS.md). Near misses: a toll tied to one incident ("in a car
bombing"), an act done to people one by one that is no toll ("have been arrested"), a plain
count ("two guards"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.date.counted-toll.v2"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Scores of villagers have been killed and aid agencies say thousands have fled.", "killed"),
    ("The general led a brutal crackdown on the opposition, in which hundreds of students have "
     "been killed.", "killed"),
    ("Troops have fired on marchers, and more than 30 people have been killed, monitors said.",
     "killed"),
    ("The militia has killed dozens of farmers, the governor said.", "killed"),
])
def test_counted_toll_has_no_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "ASSAULT"
    assert RULE in event.rule
    assert event.date.value is None
    assert event.date.basis == "unknown"


@pytest.mark.parametrize(("text", "trigger"), [
    ("At least 15 people have been killed in a car bombing in Mogadishu, police said.",
     "killed"),
    ("Dozens of protesters have been arrested, police said.", "arrested"),
    ("Soldiers have killed two guards at the border post, the army said.", "killed"),
])
def test_toll_near_misses_keep_their_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.basis != "unknown"
