"""Wave 67, ev67e: an act inside a denial is negated, not reported.

- events.modality.denied-act.v1: the that-clause or gerund of "deny" ("denied that its troops
  had shelled the camp", "denied attacking the convoy"), its later conjuncts, and the clause of a
  report or claim that a verb of denial or dismissal takes as object, are acts the speaker says
  did not happen: negated.
- Near misses: a denial itself negated ("did not deny that ..."), an accusation ("accused the
  army of shelling"), a confirmation and a plain act keep their modality.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger as _events
from tests.event_records import record_dict

RULE = "events.modality.denied-act.v4"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Sudanese army denied that its troops had shelled the refugee camp near El Fasher.",
     "shelled"),
    ("A rebel commander denied attacking the convoy of aid workers in Darfur.", "attacking"),
    ("The police chief denied arresting the opposition leader.", "arresting"),
])
def test_denied_act_is_negated(record: Any, text: str, trigger: str) -> None:
    events = _events(record(text), trigger)
    assert events, text
    assert all(e["modality"] == "negated" for e in events)
    assert all(RULE in e["rule"] for e in events)


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The army did not deny that its troops had shelled the refugee camp.", "shelled", None),
    ("The army commander said he could neither confirm nor deny reports that villagers had "
     "been killed.", "killed", None),
    ("Human rights groups accused the army of shelling the refugee camp.", "shelling",
     "reported"),
    ("The army confirmed that its troops had shelled the refugee camp.", "shelled", "asserted"),
    ("Government troops shelled the refugee camp near El Fasher on Monday.", "shelled",
     "asserted"),
])
def test_near_misses_keep_modality(record: Any, text: str, trigger: str,
                                   modality: str | None) -> None:
    events = _events(record(text), trigger)
    assert events, text
    assert all(e["modality"] == modality if modality else e["modality"] != "negated"
               for e in events)
    assert all(RULE not in e["rule"] for e in events)
