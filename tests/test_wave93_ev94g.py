"""Wave 94, ev94g: the doer's own state is no target of its own warning or withdrawal.

events.args.own-state-target.v1: a state official warning what his own government will do, or
a leader withdrawing his own country from a pact, has the country or its government as the side
that acts, not the party acted upon; that target is dropped. Near misses: a warned party named
as the object ("warned Argentina that"), a foreign state, and a person of the same country.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.own-state-target.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Brazilian President Carlos Ruiz warned that his government would respond firmly to the "
     "strikes.", "warned"),
    ("Brazilian President Carlos Ruiz withdrew Brazil from the trade pact with Argentina on "
     "Monday.", "withdrew"),
])
def test_own_state_dropped(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    # Brazil is never its own president's target; since session 116 a withdrawal from a pact
    # takes the pact's other state ("with Argentina", events.args.sanction-counterpart.v1)
    assert "Brazil" not in names_of(record, event.target)
    assert not event.target or names_of(record, event.target) == ["Argentina"]
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Brazilian President Carlos Ruiz warned Argentina that it would face sanctions.", "warned",
     "Argentina"),
    ("Brazilian President Carlos Ruiz warned that Argentina would pay for the raid.", "warned",
     "Argentina"),
])
def test_other_party_kept(text: str, trigger: str, target: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert target in names_of(record, event.target)
    assert RULE not in event.rule
