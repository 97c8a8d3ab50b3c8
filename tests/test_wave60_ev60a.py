"""Wave 60, ev60a: an easing of restrictions told as done is a material retreat.

- events.retreat.done-easing.v1: a CONCEDE easing of restrictions (CAMEO 081: lift, ease, relax,
  remove, end, repeal ... restrictions on people or groups) told by an asserted finite verb of
  its own clause has taken effect, which the PLOVER codebook codes RETREAT (material), not
  CONCEDE (verbal, promised).
- Near misses stay CONCEDE: a future easing (a promise), one under another act ("voted to
  lift", "discussed lifting"), a conditional one; and a promise frame ("agreed to lift") keeps
  its own type.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.retreat.done-easing.v1"


def _events(text: str) -> list[dict[str, Any]]:
    return list(extract(text, date=DATE).to_dict()["events"])


def _event(text: str, trigger: str) -> dict[str, Any]:
    return next(e for e in _events(text) if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Vietnam eased administrative restrictions on rural churches on Tuesday.", "eased"),
    ("The government of Peru lifted its restrictions on opposition parties.", "lifted"),
    ("Zambia is relaxing curbs on independent newspapers.", "relaxing"),
    ("The restrictions on foreign charities were lifted by Chile last week.", "lifted"),
    ("Ghana has scrapped the restrictions on street traders, the ministry said.", "scrapped"),
])
def test_done_easing_is_retreat(text: str, trigger: str) -> None:
    event = _event(text, trigger)
    assert event["type"] == "RETREAT"
    assert event["modality"] == "asserted"
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Vietnam will ease restrictions on rural churches next month.", "ease"),
    ("Officials in Lima discussed lifting restrictions on opposition parties.", "lifting"),
    ("If Zambia relaxed its curbs on the press, donors would return.", "relaxed"),
])
def test_easing_not_done_stays(text: str, trigger: str) -> None:
    events = [e for e in _events(text) if e["trigger"]["text"] == trigger]
    assert all(RULE not in e["rule"] for e in events)
    assert all(e["type"] != "RETREAT" or e["modality"] != "asserted" for e in events)


def test_promise_frame_keeps_its_type() -> None:
    events = _events("Peru agreed to lift restrictions on opposition parties.")
    assert all(RULE not in e["rule"] for e in events)
    assert not any(e["type"] == "RETREAT" for e in events)


def test_lifted_sanctions_unchanged() -> None:
    event = _event("The European Union lifted sanctions on Belarus on Monday.", "lifted")
    assert event["type"] == "RETREAT"
    assert RULE not in event["rule"]
