"""Wave 37, ev37d: "deployed tear gas against protesters" is the force used (ASSAULT,
crowd-control), not a mobilisation (round 23, judge b); forces deployed stay MOBILIZE."""

from __future__ import annotations

from typing import Any

from tests.event_records import record_of, trigger_event


def test_deployed_tear_gas_against_protesters_is_assault(nlp: Any) -> None:
    event = trigger_event(record_of("Police deployed tear gas against protesters in Athens."),
                          "deployed")
    assert (event.type, event.mode) == ("ASSAULT", "crowd-control")
    assert "events.assault.deploy-crowd-weapons.v1" in event.rule


def test_deployed_troops_stay_mobilize(nlp: Any) -> None:
    event = trigger_event(record_of("Greece deployed troops to the border on Monday."),
                          "deployed")
    assert event.type == "MOBILIZE"
