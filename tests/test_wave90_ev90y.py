"""Wave 90, ev90y: strife warned of is a forecast, not a threat.

events.sense.warn-of-strife.v1: "warned of" violence, bloodshed, an arms race or a wave of
deaths, with no warned party and no condition, forecasts what may happen; no THREATEN. Near
misses: a condition ("if", "unless", an inverted "should"), a warned party, and a retaliation
warned of ("reprisals"), which stay threats. Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"
RULE = "events.sense.warn-of-strife.v1"


def _threats(text: str) -> list[dict[str, Any]]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return [e for e in events if e["type"] == "THREATEN"
            and e["trigger"]["text"].lower().startswith("warn")]


@pytest.mark.parametrize("text", [
    "Church leaders in the north warned of renewed violence after the harvest.",
    "Relief workers warned of a second wave of deaths from hunger.",
    "The senator warned of a costly arms race along the frontier.",
    "Local monitors warned of more bloodshed in the hill districts.",
])
def test_strife_forecast_is_no_threat(text: str) -> None:
    assert _threats(text) == []


@pytest.mark.parametrize("text", [
    "The opposition warned of violence should the count be rigged.",
    "Hamas warned of bloodshed if Israeli troops entered the camp.",
    "Russia warned the militia of bloodshed.",
    "The rebel commander warned of reprisals against the villages.",
])
def test_threats_kept(text: str) -> None:
    assert _threats(text), text


def test_rule_named_in_explain() -> None:
    found = explain("Local monitors warned of more bloodshed in the hill districts.", date=DATE,
                    min_confidence=0)
    warned = [c for c in found if c.trigger == "warned"]
    assert warned and RULE in warned[0].outcome
