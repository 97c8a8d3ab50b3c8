"""Wave 97, ev97b: a party the act sends is not the party it acts on (issue 11, wrong targets).

events.args.sent-envoy.v1: an envoy that a sending verb (clauses.force_sending_verbs) takes as
its object is what the act moves; the target is where the "to" phrase sends it, or none.
events.args.own-listed-forces.v1: the sender's own forces listed with the object ("soldiers and
police") leave the target as the object itself does (events.args.own-forces.v2). Near misses:
an envoy summoned or expelled stays the target; forces of another state stay. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

SENT_ENVOY = "events.args.sent-envoy.v1"
LISTED = "events.args.own-listed-forces.v1"


@pytest.mark.parametrize(("text", "trigger", "host"), [
    ("Brazil dispatched an envoy to Venezuela on Tuesday.", "dispatched", "Venezuela"),
    ("The African Union will send a special envoy to Sudan next week.", "send", "Sudan"),
    ("Ghana sent a senior diplomat to Togo to ease the row.", "sent", "Togo"),
])
def test_sent_envoy_gives_way_to_host(text: str, trigger: str, host: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "CONSULT"
    assert SENT_ENVOY in event.rule
    assert names_of(record, event.target) == [host]


@pytest.mark.parametrize(("text", "trigger", "envoy"), [
    # summoned or expelled envoys are the party acted on
    ("Egypt summoned the Israeli ambassador on Monday.", "summoned", "Israeli ambassador"),
    ("Germany expelled two Russian diplomats.", "expelled", "Russian diplomats"),
])
def test_envoy_acted_on_stays(text: str, trigger: str, envoy: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert SENT_ENVOY not in event.rule
    assert names_of(record, event.target) == [envoy]


def test_own_forces_listed_with_object_leave_target() -> None:
    record = record_of("Canada sent soldiers and police to Haiti last year.")
    event = trigger_event(record, "sent")
    assert LISTED in event.rule
    assert names_of(record, event.target) == ["Haiti"]


def test_single_object_keeps_older_rule_only() -> None:
    record = record_of("Canada sent soldiers to Haiti last year.")
    event = trigger_event(record, "sent")
    assert LISTED not in event.rule
    assert names_of(record, event.target) == ["Haiti"]
