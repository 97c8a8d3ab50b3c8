"""Wave 80, ev80b: the state whose country armed forces take over is the target.

events.args.seized-state.v1: "the army took control of the country" (the source's own
country) and "rebels seized Freedonia's capital" (the possessor country) take that country as
the target. Near misses: a town named only by its name, a possessor that is no country, an
object that is no ground. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.seized-state.v1"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Thailand's army commander took control of the country on Friday after troops surrounded "
     "the parliament.", "took", "Thailand"),
    ("Separatist rebels seized much of Mali's north last month.", "seized", "Mali"),
    ("Russian troops seized Ukraine's second city on Monday.", "seized", "Ukraine"),
])
def test_seized_state_is_target(text: str, trigger: str, name: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "ASSAULT"
    assert name in " ".join(names_of(record, event.target))
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("Government troops took the town of Bentiu with little resistance on Sunday.", "took"),
    ("Iraqi forces seized the rebels' stronghold on Monday.", "seized"),
    ("Police seized the country's largest haul of cocaine on Tuesday.", "seized"),
    ("The new minister took charge of the ministry on Monday.", "took"),
])
def test_not_taken(text: str, trigger: str) -> None:
    record = record_of(text)
    event = next((e for e in record.events if e.trigger.text == trigger), None)
    assert event is None or RULE not in event.rule
