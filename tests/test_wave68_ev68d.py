"""Wave 68, ev68d: an act told of the holder of an earlier title has no date.

- events.date.then-title.v1: "then President X", "the then prime minister",
  "then-Interior Minister X" as an argument of an act with no date of its own (only the document
  date) place the act in that earlier time: no date (basis unknown).
- Near misses: "then" as an adverb of sequence ("the army then attacked", "and then the
  president visited"), a titled phrase in another clause, and an act with a date of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import event_with_trigger as _event
from tests.event_records import record_dict

RULE = "events.date.then-title.v1"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "trigger"), [
    ("An aide of the general warned then Prime Minister Karel Vos against the arms sale.",
     "warned"),
    ("The rebel commander met the then president of Chad, Idriss Kanu, in a desert camp.",
     "met"),
    ("The ambassador met then-Interior Minister Omar Haddad in the capital.", "met"),
])
def test_then_title_has_no_date(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert event["date"]["value"] is None
    assert event["date"]["basis"] == "unknown"
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army then attacked the convoy of the president.", "attacked"),
    ("Rebels attacked the border town, and then President Ali Sow visited the wounded.",
     "attacked"),
    ("The ambassador met then-Interior Minister Omar Haddad on June 3, 2019.", "met"),
    ("The ambassador said on Tuesday that he met the interior minister.", "met"),
])
def test_near_misses_keep_their_date(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert RULE not in event["rule"]
    assert event["date"]["value"] is not None
