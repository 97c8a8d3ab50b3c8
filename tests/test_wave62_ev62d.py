"""Wave 62, ev62d: an act noun a plan verb takes as its object is planned, not done.

- events.modality.planned-noun.v1: "the army is planning an offensive", "the minister plans a
  visit to Oslo", "militants were preparing an attack": the noun's event stands, future, with
  the planner as its source (it had been coded asserted, as if the act were done).
- Near misses: a plan in the plain past ("the cell planned the bombing": who organised an act
  that took place), a plan denied, the act itself launched, and a to-infinitive plan (already
  future by its own rule) keep their readings.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.modality.planned-noun.v1"


def _record(text: str) -> dict[str, Any]:
    return dict(extract(text, date=DATE, min_confidence=0).to_dict())


def _events(record: dict[str, Any], trigger: str) -> list[dict[str, Any]]:
    return [e for e in record["events"] if e["trigger"]["text"] == trigger]


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The junta is planning an offensive against the northern rebels.", "offensive", "ASSAULT"),
    ("The Chilean foreign minister plans a visit to Peru in the autumn.", "visit", "CONSULT"),
    ("Farmers are planning a march on the capital for Saturday.", "march", "PROTEST"),
    ("Police said the militants were preparing an attack on the barracks.", "attack", "ASSAULT"),
])
def test_planned_act_noun_is_future(text: str, trigger: str, kind: str) -> None:
    events = _events(_record(text), trigger)
    assert len(events) == 1
    event = events[0]
    assert event["type"] == kind
    assert event["modality"] == "future"
    assert RULE in event["rule"]
    assert event["source"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The cell planned the bombing of the consulate, prosecutors said.", "bombing"),
    ("Troops launched an offensive against the rebels in the north.", "launched"),
    ("The junta plans to launch an offensive against the rebels.", "launch"),
])
def test_other_plans_unchanged(text: str, trigger: str) -> None:
    record = _record(text)
    assert all(RULE not in e["rule"] for e in record["events"])
    if trigger == "launched":
        assert [e["modality"] for e in _events(record, trigger)] == ["asserted"]
    if trigger == "launch":
        assert [e["modality"] for e in _events(record, trigger)] == ["future"]


def test_plan_denied_is_not_future() -> None:
    record = _record("The junta does not plan an offensive against the rebels.")
    assert all(e["modality"] != "future" for e in record["events"])
    assert all(RULE not in e["rule"] for e in record["events"])
