"""Wave 68, ev68a: the people a passive acts on, when only their own side was coded.

- events.args.party-patient-group.v1: a passive with no "by" phrase whose subject names people
  qualified by a country or body ("Malawi army chiefs were arrested", "a Syrian teenager was
  jailed") has those people as its target, a group with that side's country, where the wave-53
  rule (events.args.party-patient-modifier.v1) had left the target empty.
- Near misses: a thing as the subject ("Iranian drones were launched"), forces that move
  ("Chinese troops were deployed"), a "by" phrase naming the doer, and people with an actor of
  their own keep what they had.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger as _events
from tests.event_records import record_dict

RULE = "events.args.party-patient-group.v1"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


def _targets(rec: dict[str, Any], event: dict[str, Any]) -> list[tuple[str, str | None]]:
    actors = {a["id"]: a for a in rec["actors"]}
    return [(actors[t]["name"], actors[t].get("country")) for t in event["target"]]


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    ("Malawi army chiefs were arrested on Tuesday.", "arrested", "army chiefs", "MWI"),
    ("A Syrian teenager was jailed last week.", "jailed", "teenager", "SYR"),
])
def test_people_of_a_side_are_the_target(record: Any, text: str, trigger: str, name: str,
                                         country: str) -> None:
    rec = record(text)
    events = _events(rec, trigger)
    assert events, text
    event = events[0]
    assert RULE in event["rule"]
    assert event["source"] == []
    [(found, code)] = _targets(rec, event)
    assert name in found and code == country


@pytest.mark.parametrize(("text", "trigger"), [
    ("Iranian drones were launched overnight.", "launched"),
    ("Chinese troops were deployed near the border.", "deployed"),
    ("Two Kenyan lawyers were detained by police on Friday.", "detained"),
    ("Two Kenyan lawyers were detained in the capital on Friday.", "detained"),
    ("Police detained two Kenyan lawyers on Friday.", "detained"),
    ("Four Serbian men were killed on Monday.", "killed"),
])
def test_near_misses_unchanged(record: Any, text: str, trigger: str) -> None:
    for event in _events(record(text), trigger):
        assert RULE not in event["rule"]
