"""Wave 90, ev90z: two event types the judges of rounds 41-54 called wrong.

events.sense.order-investigation.v1: an authority that orders an inquiry, with no addressee told
to act, opens it (ACCUSE investigate), not a REQUEST. events.sense.seize-hostages.v1: people
seized as hostages or captives are abducted (ASSAULT abduct), whoever seizes them. Near misses:
an order with a to-clause, an ordered killing, police seizing weapons or hostage-takers.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger"), [
    ("The interior minister ordered an investigation into the fire at the depot.", "ordered"),
    ("The governor has ordered a probe into the shootings at the market.", "ordered"),
    ("A court in the capital ordered a fresh inquiry on Monday.", "ordered"),
])
def test_ordered_inquiry_is_investigation(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert (event.type, event.mode) == ("ACCUSE", "investigate")
    assert "events.sense.order-investigation.v1" in event.rule


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # an addressee told to act: still an order
    ("The premier ordered the police to investigate the fire at the depot.", "ordered",
     "REQUEST"),
    # a killing ordered stays the killing
    ("The general ordered the murder of the editor, a witness told the court.", "ordered",
     "ASSAULT"),
])
def test_other_orders_keep_their_type(text: str, trigger: str, kind: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == kind
    assert "events.sense.order-investigation.v1" not in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("Armed raiders crossed the river at night, burning huts and seizing hostages.", "seizing"),
    ("Navy commandos seized several captives from the disputed island.", "seized"),
])
def test_seized_hostages_are_abducted(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert (event.type, event.mode) == ("ASSAULT", "abduct")
    assert "events.sense.seize-hostages.v1" in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("Customs officers seized two tonnes of cocaine at the port.", "seized"),
    ("Police seized four suspected hostage-takers near the border.", "seized"),
])
def test_other_seizures_stay_coerce(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "COERCE"
    assert "events.sense.seize-hostages.v1" not in event.rule
