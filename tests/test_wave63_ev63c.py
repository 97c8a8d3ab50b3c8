"""Wave 63, ev63c: an act a noun is only waiting for is future, not done.

- events.modality.pending-relative.v1: a passive to-infinitive that is the relative clause of a
  noun ("a curfew to be imposed from Friday", "sanctions to be imposed on Iran") names an act
  still to come: future, not asserted.
- Near misses: a ranked noun ("the first reporter to be detained") keeps its act done; a plain
  passive ("sanctions were imposed"), a finite relative ("sanctions that were imposed") and an
  active to-infinitive under a noun of decision stay as they were.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger, record_dict

RULE = "events.modality.pending-relative.v1"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict


@pytest.mark.parametrize(("text", "trigger"), [
    ("The council backed a curfew to be imposed on the northern city from Friday.", "imposed"),
    ("The European Union drafted new sanctions to be imposed on Iran over its drone exports.",
     "imposed"),
])
def test_pending_relative_is_future(record: Any, text: str, trigger: str) -> None:
    events = events_with_trigger(record(text), trigger)
    assert events, text
    assert all(e["modality"] == "future" for e in events)
    assert all(RULE in e["rule"] for e in events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("She was the first reporter to be detained by the Iranian police this year.", "detained"),
    ("New sanctions were imposed on Iran over its drone exports on Monday.", "imposed"),
    ("The sanctions that were imposed on Iran last week hurt its exports.", "imposed"),
])
def test_done_acts_stay_asserted(record: Any, text: str, trigger: str) -> None:
    events = events_with_trigger(record(text), trigger)
    assert events, text
    assert all(e["modality"] == "asserted" for e in events)
    assert not any(RULE in e["rule"] for e in events)


def test_active_decision_untouched(record: Any) -> None:
    rec = record("Russia criticised Turkey's decision to impose sanctions on its banks.")
    assert not any(RULE in e["rule"] for e in rec["events"])
