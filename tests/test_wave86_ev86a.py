"""Wave 86, ev86a: the party blamed, when "blame" names it as a plain object.

events.args.accused-object.v2: "blame" reads its direct object as the blamed party the way
"accuse" does (the "for" phrase is the charge, cut like "of"), and "elements" names people
("blamed rogue elements"). Near misses: a thing blamed ("blamed the fire on faulty wiring",
"blamed the weather for the delays") gives no party. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.accused-object.v3"  # v3 since wave 102


@pytest.mark.parametrize(("text", "trigger", "party"), [
    ("The mayor blamed rogue elements in the police for the shooting.", "blamed", "elements"),
    ("The farmers' union regretted the clashes and blamed \"unruly elements\" who had joined "
     "the march.", "blamed", "elements"),
    ("The governor accused hostile elements of spreading rumours.", "accused", "elements"),
])
def test_blamed_object_is_target(text: str, trigger: str, party: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "ACCUSE"
    assert RULE in event.rule
    assert any(party in name.lower() for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    ("The mayor blamed the fire on faulty wiring.", "blamed"),
    ("The mayor blamed the weather for the delays.", "blamed"),
])
def test_blamed_thing_is_no_party(text: str, trigger: str) -> None:
    # wave 106 (sense.blame-circumstance.v1): blame laid on the weather is no event at all
    record = record_of(text)
    events = [e for e in record.events if e.trigger.text == trigger]
    assert all(RULE not in e.rule and e.target == [] for e in events)
