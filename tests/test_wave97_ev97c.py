"""Wave 97, ev97c: the date of an act told through the infinitive it controls.

events.date.controlled-past.v3 (v2 before session 118): a time the parser hangs on the
infinitive a simple past verb controls ("declined to step in last week"), wholly before the
document date, dates the controlling act too; before, the act took the document date. Near
misses: a time to come ("agreed to meet next week") dates only the act agreed on; a present
perfect ("has threatened to ...") is told as of the document date; a time of the current week is
no earlier time; a bare weekday (v2) is left to the earlier rules, since the infinitive's plan
may set its direction ("agreed to hold talks on Tuesday"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.date.controlled-past.v3"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("The governor declined to step in last week, saying courts should decide.", "declined",
     "2023-W23"),
    ("The dockers' union threatened to strike last week over unpaid wages.", "threatened",
     "2023-W23"),
    ("The monarch refused to receive the envoy yesterday.", "refused", "2023-06-14"),
])
def test_controlled_time_dates_the_act(text: str, trigger: str, value: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.date.value == value
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a time to come dates the act agreed on, not the agreement
    ("The cabinet agreed to meet the strikers next week.", "agreed"),
    # a present perfect is told as of the document date
    ("The dockers' union has threatened to strike next month.", "threatened"),
    # the controlling verb carries its own time
    ("The governor on Monday declined to step in.", "declined"),
    # a bare weekday on a plan's infinitive may be the plan's day (v2)
    ("The two rival leaders agreed to hold new talks in Oslo on Tuesday.", "agreed"),
])
def test_no_controlled_past_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
