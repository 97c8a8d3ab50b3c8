"""Wave 63, ev63f: trigger words in a sense that is no event of their type (issue 11).

- events.sense.take-no-seizure.v1: police or soldiers who "take up positions", "take action"
  or "take a nap" seize no one (the CAMEO patterns for police or soldiers taking anything).
- events.sense.hold-observance.v1: "held two days of mourning", "holding hunger strikes" is an
  observance held, no one held in custody.
- events.sense.encourage-thing.v1: a thing encouraged ("encouraged investment") with no party
  told to act is no request.
Near misses keep their events: "took the student from his home", "held the suspects for two
days", "encouraged Germany to resume talks".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import explain_outcome, trigger_types

_events = trigger_types
_outcome = explain_outcome


@pytest.mark.parametrize(("text", "trigger"), [
    ("Riot police took up positions near the main square on Monday.", "took"),
    ("The army will take action against the smugglers, a spokesman said.", "take"),
    ("Police have taken steps to calm the town after the riot.", "taken"),
])
def test_taking_no_person_or_place_is_no_seizure(nlp: Any, text: str, trigger: str) -> None:
    assert all(t != trigger for t, _, _ in _events(text))
    assert "events.sense.take-no-seizure.v1" in _outcome(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Soldiers took the student from his home on Tuesday.", "took"),
    ("Police took the suspects into custody on Friday.", "took"),
])
def test_taking_a_person_stays_coerce(nlp: Any, text: str, trigger: str) -> None:
    assert (trigger, "COERCE") in [(t, ty) for t, ty, _ in _events(text)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Tonga held two days of national mourning on Monday for the ten fishermen.", "held"),
    ("The union held three days of strikes on Monday for higher pay.", "held"),
])
def test_an_observance_held_is_no_custody(nlp: Any, text: str, trigger: str) -> None:
    assert all(t != trigger for t, _, _ in _events(text))
    assert "events.sense.hold-observance.v1" in _outcome(text, trigger)


def test_suspects_held_for_days_stay_coerce(nlp: Any) -> None:
    found = _events("Police held the suspects for two days before releasing them.")
    assert ("held", "COERCE") in [(t, ty) for t, ty, _ in found]


@pytest.mark.parametrize("text", [
    "The minister encouraged further progress in the peace talks.",
    "Spain encouraged foreign investment in the region on Monday.",
])
def test_a_thing_encouraged_is_no_request(nlp: Any, text: str) -> None:
    assert all(ty != "REQUEST" for _, ty, _ in _events(text))
    assert "events.sense.encourage-thing.v1" in _outcome(text, "encouraged")


@pytest.mark.parametrize("text", [
    "France encouraged Germany to resume talks with Russia.",
    "The United States encouraged them to leave the country.",
])
def test_a_party_encouraged_to_act_stays_request(nlp: Any, text: str) -> None:
    assert ("encouraged", "REQUEST") in [(t, ty) for t, ty, _ in _events(text)]
