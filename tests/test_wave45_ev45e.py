"""Wave 45, ev45e: triggers in an everyday sense read as no event (issue 11).

events.sense.private-travel.v1: reporters, citizens or relatives who travel or visit on their own
account make no visit between parties. Near misses: an official's trip, a leader's flight.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import events_on, named_event

PRIVATE = "events.sense.private-travel.v1"


def test_reporters_travelling_make_no_visit(nlp: Any) -> None:
    assert events_on("Two American reporters traveled to Belize to cover a demonstration.",
                     "traveled") == []


def test_citizens_travelling_make_no_visit(nlp: Any) -> None:
    assert events_on("There is a special programme for Malaysian citizens to travel to "
                     "Singapore.", "travel") == []


def test_minister_travelling_stays_a_visit(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "The Japanese foreign minister traveled to Beijing on Monday.", "traveled")
    assert (kind, source, target) == ("CONSULT", [("Japanese foreign minister", "JPN")],
                                      [("China government", "CHN")])
    assert PRIVATE not in rule


def test_leader_flying_stays_a_visit(nlp: Any) -> None:
    kind, source, target, _ = named_event("President Biden will fly to Kyiv on Friday.", "fly")
    assert (kind, source, target) == ("CONSULT", [("Biden", "USA")],
                                      [("Ukraine government", "UKR")])
