"""Wave 93, ev93a: a place with no country is no target.

events.args.uncoded-place.v1: a name the recogniser calls a place, which neither the lexicon nor
the gazetteer gives a country, is where the act happened, not the party acted on ("toured
Southeast Asia"): it leaves the targets, and the event stands with no target rather than a
wrong one. Near misses: states keep their place as targets, and a struck town the gazetteer
places keeps its country (events.args.uncoded-town.v1). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.uncoded-place.v1"


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("The foreign minister toured Southeast Asia last week.", "toured", "CONSULT"),
    ("The queen toured West Africa and East Africa in March.", "toured", "CONSULT"),
])
def test_uncoded_place_is_no_target(text: str, trigger: str, event_type: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == event_type
    assert RULE in event.rule
    assert event.target == []


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # states are parties: the tour keeps them
    ("The foreign minister toured Germany and France last week.", "toured", "Germany"),
    ("The French president visited Germany on Friday.", "visited", "Germany"),
])
def test_states_stay_targets(text: str, trigger: str, target: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
    assert target in names_of(record, event.target)
