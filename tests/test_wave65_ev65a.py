"""Wave 65, ev65a: a warning that forecasts what a thing will do is no threat.

- events.sense.warn-of-forecast.v2: "warned that the new bridge would cost far more", "warned
  that such a plan could lead to chaos": a that-clause under a modal, active, whose subject is
  a noun that is no party and not the speaker's own, with no condition and no word of force or
  response, is a prediction; no THREATEN is made of it.
- Near misses keep the threat: pronoun and party subjects, the speaker's own thing, passives,
  conditions, words of force or response, a warned party.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"
RULE = "events.sense.warn-of-forecast.v2"


def _threats(text: str) -> list[dict[str, Any]]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return [e for e in events if e["type"] == "THREATEN"
            and e["trigger"]["text"].lower().startswith("warn")]


@pytest.mark.parametrize("text", [
    "The finance minister warned that the new bridge would cost far more than planned.",
    "A senior economist in Oslo is warning that such a plan could lead to chaos in the markets.",
    "The Chilean president warned that the drought might ruin this year's harvest.",
    "Brazil's central bank warned on Tuesday that the reform will slow growth next year.",
])
def test_forecast_is_no_threat(text: str) -> None:
    assert _threats(text) == []


@pytest.mark.parametrize("text", [
    "Iran warned that it would retaliate if the tanker was seized.",
    "Iran warned that its missiles would reach any ship in the Gulf.",
    "Turkey warned that the rebels will pay a heavy price.",
    "The government warned that violators of the curfew will be arrested.",
    "Moscow warned that any attack on its soil would meet a crushing response.",
    "Pakistan warned that the water treaty would lapse if India blocks the river.",
    "Egypt warned Israel that the crossing would stay shut.",
])
def test_threats_kept(text: str) -> None:
    assert _threats(text), text


def test_rule_named_in_explain() -> None:
    found = explain("The finance minister warned that the new bridge would cost far more "
                    "than planned.", date=DATE, min_confidence=0)
    warned = [c for c in found if c.trigger == "warned"]
    assert warned and RULE in warned[0].outcome
