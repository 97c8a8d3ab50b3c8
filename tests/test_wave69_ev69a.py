"""Wave 69, ev69a: an order whose object is the act ordered is that act.

- events.sense.ordered-held.v1 / ordered-freed.v1 / ordered-expelled.v1: an authority that
  orders a person held, freed or expelled (a past participle, no addressee) does that act:
  COERCE arrest, RETREAT release, COERCE deport, target the person.
- events.sense.ordered-expulsion.v1: "ordered the expulsion of X" is COERCE deport on X.
- Near misses: an addressee told to act ("ordered the police to detain ..."), forces ordered
  deployed, a participle of another act keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger as _events
from tests.event_records import record_dict


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "type_", "rule"), [
    ("A magistrate in Lagos ordered the opposition senator held in custody for ten days.",
     "COERCE", "events.sense.ordered-held.v1"),
    ("The judge ordered the three activists detained until the hearing.",
     "COERCE", "events.sense.ordered-held.v1"),
    ("The appeals court ordered the reporter released on Monday.",
     "RETREAT", "events.sense.ordered-freed.v1"),
    ("The tribunal ordered that the detained students be freed.",
     "RETREAT", "events.sense.ordered-freed.v1"),
    ("The foreign ministry ordered the two Iraqi diplomats expelled from the country.",
     "COERCE", "events.sense.ordered-expelled.v1"),
    ("The interior ministry ordered the expulsion of four Iranian diplomats.",
     "COERCE", "events.sense.ordered-expulsion.v1"),
])
def test_order_is_the_act(record: Any, text: str, type_: str, rule: str) -> None:
    events = _events(record(text), "ordered")
    assert events, text
    assert [e["type"] for e in events] == [type_]
    assert rule in events[0]["rule"]
    assert events[0]["target"], text


@pytest.mark.parametrize("text", [
    "The governor ordered the police to detain the strikers.",
    "The general ordered the troops deployed along the frontier.",
    "The mayor ordered the shops closed on Sunday.",
])
def test_addressed_or_other_orders_unchanged(record: Any, text: str) -> None:
    events = _events(record(text), "ordered")
    rules = " ".join(e["rule"] for e in events)
    assert "ordered-held" not in rules and "ordered-freed" not in rules
    assert "ordered-expel" not in rules
