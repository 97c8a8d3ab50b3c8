"""Wave 70, ev70g: an order pulling a state's own diplomats out, and a trip for care.

- events.sense.ordered-drawdown.v1: "ordered its diplomats to leave X", "ordered the withdrawal
  of its embassy staff" is SANCTION (reduce relations), target the host if named
  (events.args.drawdown-host.v1), never the state's own staff.
- events.sense.flown-for-care.v1: "flew to X for treatment" is no visit (no CONSULT).
- Near misses: forces ordered to withdraw, staff told to leave a factory, a flight for talks.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger as _events
from tests.event_records import record_dict


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "host"), [
    ("Ghana ordered its diplomats to leave Togo after the border incident.", "Togo"),
    ("Washington ordered non-emergency staff to leave its embassy in Kabul on Monday.",
     "Afghanistan"),
    ("The cabinet ordered the recall of its embassy staff from the two countries.", None),
])
def test_drawdown_is_sanction(record: Any, text: str, host: str | None) -> None:
    events = _events(record(text), "ordered")
    assert [e["type"] for e in events] == ["SANCTION"], text
    assert "events.sense.ordered-drawdown.v1" in events[0]["rule"]
    if host is None:
        assert "events.args.drawdown-host.v1" in events[0]["rule"]
    else:
        assert events[0]["target"], text


@pytest.mark.parametrize("text", [
    "The president ordered the army to withdraw from the town.",
    "The manager ordered the workers to leave the factory.",
    "The government ordered the withdrawal of troops from the border area.",
])
def test_other_orders_unchanged(record: Any, text: str) -> None:
    events = _events(record(text), "ordered")
    assert all("ordered-drawdown" not in e["rule"] for e in events), text


def test_flight_for_care_is_no_visit(record: Any) -> None:
    text = "The ailing former president flew to Singapore for medical treatment."
    assert not [e for e in _events(record(text), "flew") if e["type"] == "CONSULT"]


def test_flight_for_talks_stays_visit(record: Any) -> None:
    text = "The foreign minister flew to Singapore for talks with his counterpart."
    assert [e["type"] for e in _events(record(text), "flew")] == ["CONSULT"]
