"""Wave 70, ev70h: a pluperfect act of the lead's news takes the lead's day.

- events.date.lead-story-pluperfect.v1: a story filed after the news (document date
  2023-06-15) whose lead dates the news to a past day within a week; a later sentence whose
  main clause is a pluperfect told as adding to the news ("had also been killed") or as done
  by a later part of that day ("by nightfall ... had withdrawn") takes the lead's day (basis
  narrative), not no date (background-narrative.v1).
- Near misses: a bare pluperfect (background), one with its own time ("in 2019", "last
  year"), one with a background adverb ("also previously"), a backshifted report ("said it
  had also"), and a lead day older than a week stay as they were.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import event_with_trigger as _event
from tests.event_records import record_dict

RULE = "events.date.lead-story-pluperfect.v1"
LEAD = "Militants fought border guards near the river crossing on Sunday.\n"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "Two guards had also been killed in the fighting, the ministry said.", "killed"),
    (LEAD + "By nightfall, dozens of the militants had surrendered.", "surrendered"),
    (LEAD + "The guards had also arrested four smugglers.", "arrested"),
])
def test_lead_day(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert event["date"]["value"] == "2023-06-11"
    assert event["date"]["basis"] == "narrative"
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "The guards had arrested four smugglers.", "arrested"),
    (LEAD + "The guards had also arrested four smugglers in 2019.", "arrested"),
    (LEAD + "The guards had also arrested four smugglers last year.", "arrested"),
    (LEAD + "The guards had also previously arrested four smugglers.", "arrested"),
    (LEAD + "The ministry said the guards had also arrested four smugglers.", "arrested"),
    ("Militants fought border guards near the river crossing on May 20.\n"
     "The guards had also arrested four smugglers.", "arrested"),
])
def test_near_misses(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert RULE not in event["rule"]
    if "ministry said" in text:  # wave 71: reported-news-narrative.v1 keeps the carried day
        return
    assert event["date"]["value"] != "2023-06-11"
