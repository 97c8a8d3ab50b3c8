"""Wave 88, ev88r: an act ruled out is negated.

events.modality.ruled-out.v1: the act in the gerund or that-clause of "rule out" ("ruled out
sending ground troops", "ruled out the envoy stepping down") is one the speaker says will not
happen: negated, not asserted. Near misses: a ruling-out itself negated ("has not ruled out
..."), and "rule" without its particle. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.modality.ruled-out.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The prime minister ruled out sending troops to the border on Monday.", "sending"),
    ("The chancellor has ruled out negotiating with the insurgents.", "negotiating"),
    ("The party leader ruled out Mr Kova stepping down before the vote.", "stepping"),
])
def test_ruled_out_act_is_negated(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.modality == "negated"
    assert RULE in event.rule


def test_negated_ruling_out_is_left_to_older_rules() -> None:
    # the ruling-out is itself negated: this rule does not fire
    event = trigger_event(record_of(
        "The prime minister has not ruled out sending troops to the border."), "sending")
    assert RULE not in event.rule


def test_rule_without_particle_rules_nothing_out() -> None:
    event = trigger_event(record_of(
        "The junta ruled the province for a decade and sent troops to the border."), "sent")
    assert RULE not in event.rule
    assert event.modality == "asserted"
