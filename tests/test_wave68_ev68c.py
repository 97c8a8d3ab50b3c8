"""Wave 68, ev68c: acts of an "after" clause still ahead of a future or conditional clause.

- events.modality.awaited-sequel.v1: a present, present perfect or present passive clause
  under "after" (or a present perfect under "until/before/once") whose head clause is future or
  hypothetical takes the head's modality: "will sign after the president visits" (future),
  "plans to sign after the envoy visits" (future).
- Near misses: a past "after" clause ("will sign after the president visited last week"), a
  past head ("signed after the president visited"), a habitual present head ("usually signs
  after ... visits"), a past-perfect clause, and "when the troops arrived, they fired" stay
  asserted.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import record_dict

RULE = "events.modality.awaited-sequel.v1"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


def _event(rec: dict[str, Any], trigger: str) -> dict[str, Any] | None:
    return next((e for e in rec["events"] if e["trigger"]["text"] == trigger), None)


@pytest.mark.parametrize("text,trigger", [
    ("Chile will sign the trade pact after the Bolivian president visits Santiago.", "visits"),
    ("Chile will sign the trade pact after the Bolivian president has visited Santiago.",
     "visited"),
    ("Chile plans to sign the trade pact after the Bolivian president visits Santiago.",
     "visits"),
])
def test_after_clause_under_future_is_future(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert event is not None
    assert event["modality"] == "future"
    assert RULE in event["rule"]


def test_agreement_not_yet_reached_is_not_asserted(record: Any) -> None:
    rec = record("The dockers will end their walkout after they have agreed to new terms.")
    assert all(e["modality"] != "asserted" for e in rec["events"]
               if e["trigger"]["text"] == "agreed")


@pytest.mark.parametrize("text,trigger", [
    ("Chile will sign the trade pact after the Bolivian president visited Santiago last week.",
     "visited"),
    ("Chile signed the trade pact after the Bolivian president visited Santiago.", "visited"),
    ("Chile usually signs such pacts after the Bolivian president visits Santiago.", "visits"),
    ("Chile will sign the trade pact after Peru had rejected it.", "rejected"),
    ("When the soldiers arrived in the village, they fired on the crowd.", "arrived"),
])
def test_past_and_habitual_stay_asserted(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert event is not None
    assert event["modality"] == "asserted"
    assert RULE not in event["rule"]
