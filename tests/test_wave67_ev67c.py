"""Wave 67, ev67c: a later plain past act of a story takes the day its lead dates the news.

- events.date.lead-story-day.v1: a story filed after the news (document date 2023-06-15) whose
  lead dates the news to a past day within a week; a later sentence that tells an act in the
  simple past, in its main clause, with no time in its sentence nor in the sentences between,
  takes the lead's day (basis narrative), not the document date.
- Near misses: a present perfect ("has blamed"), a relative clause, a sentence with a time of
  its own, a story that names another time between, a lead day older than a week, and the
  lead's own act stay as they were.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import event_with_trigger as _event
from tests.event_records import record_dict

RULE = "events.date.lead-story-day.v1"
LEAD = "Police fired tear gas at protesters in the capital on Saturday.\n" \
       "The square lies next to the parliament building.\n"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "The army seized the town, which rebels had held.", "seized"),
    (LEAD + "Troops arrested the organisers and closed the square.", "arrested"),
])
def test_lead_day(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert event["date"]["value"] == "2023-06-10"
    assert event["date"]["basis"] == "narrative"
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "The government has blamed the opposition for the unrest.", "blamed"),
    (LEAD + "The army seized the town on Tuesday.", "seized"),
    (LEAD + "Last month the army arrested the organisers.\nTroops seized the town.", "seized"),
    ("Police fired tear gas at protesters in the capital on May 20.\n"
     "The square lies next to the parliament building.\n"
     "Troops arrested the organisers and closed the square.", "arrested"),
])
def test_near_misses(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert RULE not in event["rule"]
    assert event["date"]["value"] != "2023-06-10"


def test_lead_act_keeps_its_own_day(record: Any) -> None:
    event = _event(record(LEAD + "Troops arrested the organisers."), "fired")
    assert event["date"]["basis"] == "explicit"
    assert RULE not in event["rule"]
