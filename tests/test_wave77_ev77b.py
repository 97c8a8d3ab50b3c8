"""Wave 77, ev77b: MOBILIZE triggers in another sense (judged rounds 41-45).

- sense.peacekeeping-force-sent.v1: a peacekeeping or multinational force sent or deploying is
  military protection given (AID, CAMEO 074), not MOBILIZE.
- sense.forces-sent-to-prop-up.v1: forces sent "to prop up" another's rule are AID (074).
- sense.crowd-massed.v1: a crowd massing is PROTEST (demo).
- sense.crowd-mobilised.v1: civilians mobilised (or mobilising) are no forces moved: no event.
Near misses: a state massing, sending or deploying its own forces, or mobilising reservists,
stays MOBILIZE.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of


def _events(text: str, trigger: str) -> list[tuple[str, str]]:
    record = record_of(text)
    return [(e.type, e.rule) for e in record.events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "kind", "rule"), [
    ("The Security Council voted on Tuesday to send a multinational force into Liberia.",
     "send", "AID", "sense.peacekeeping-force-sent.v1"),
    ("A United Nations peacekeeping mission is deploying along the ceasefire line in Cyprus.",
     "deploying", "AID", "sense.peacekeeping-force-sent.v1"),
    ("Chad and Sudan sent soldiers to prop up the president's shaky government.",
     "sent", "AID", "sense.forces-sent-to-prop-up.v1"),
    ("Hundreds of protesters massed outside the parliament in Minsk on Sunday.",
     "massed", "PROTEST", "sense.crowd-massed.v1"),
])
def test_other_sense(text: str, trigger: str, kind: str, rule: str) -> None:
    events = _events(text, trigger)
    assert events and events[0][0] == kind
    assert rule in events[0][1]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Many villagers mobilised through social media and blocked the highway on Monday.",
     "mobilised"),
    ("The opposition party mobilised its supporters ahead of the vote on Friday.", "mobilised"),
])
def test_crowd_mobilised_dropped(text: str, trigger: str) -> None:
    assert not [e for e in _events(text, trigger) if e[0] == "MOBILIZE"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russia massed tanks along the border with Ukraine on Monday.", "massed"),
    ("Greece sent warships to the Aegean on Tuesday.", "sent"),
    ("Serbia mobilised its reservists on Monday.", "mobilised"),
    ("The government deployed soldiers to help police restore order in the capital on Friday.",
     "deployed"),
])
def test_forces_stay_mobilize(text: str, trigger: str) -> None:
    events = _events(text, trigger)
    assert events and events[0][0] == "MOBILIZE"
