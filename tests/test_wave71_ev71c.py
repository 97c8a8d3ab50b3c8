"""Wave 71, ev71c: a reported pluperfect of the story's news keeps the carried day.

- events.date.reported-news-narrative.v1: in a story whose lead dates the news to a day at
  most a week before the document date (2023-06-15), a later "X said Y had been arrested"
  (a pluperfect that is the direct complement of a news report) keeps that carried day
  (basis narrative), not no date (background-narrative.v1); so does a conjunct without a
  subject of its own ("had stormed ... and then freed").
- Near misses: a background adverb ("had already"), a since-phrase, a carried day older than a
  week, a joined clause with its own subject, and a pluperfect that is no report's complement
  stay as they were.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import event_with_trigger as _event
from tests.event_records import record_dict

RULE = "events.date.reported-news-narrative.v1"
WEDNESDAY = "Rioters set fire to the town hall in the northern port on Wednesday.\n"
THURSDAY = "Rioters set fire to the town hall in the northern port on Thursday.\n"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    (WEDNESDAY + "Police said about 30 people had been arrested.", "arrested", "2023-06-14"),
    (THURSDAY + "Police said about 30 people had been arrested.", "arrested", "2023-06-15"),
    (WEDNESDAY + "The governor told reporters that soldiers had stormed the building and then "
     "freed the hostages.", "stormed", "2023-06-14"),
])
def test_news_day(record: Any, text: str, trigger: str, day: str) -> None:
    event = _event(record(text), trigger)
    assert event["date"]["value"] == day
    assert event["date"]["basis"] == "narrative"
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    (WEDNESDAY + "Police said about 30 people had already been arrested.", "arrested"),
    (WEDNESDAY + "Police said about 30 people had been arrested since the unrest began.",
     "arrested"),
    ("Rioters set fire to the town hall in the northern port on May 20.\n"
     "Police said about 30 people had been arrested.", "arrested"),
    (WEDNESDAY + "The governor said government troops had struck the rebel camp from the air "
     "and then crossed the river on foot, and he rejected the army's first explanation.",
     "rejected"),
    (WEDNESDAY + "The mayor, who had arrested the rioters' leader, resigned.", "arrested"),
])
def test_near_misses(record: Any, text: str, trigger: str) -> None:
    event = _event(record(text), trigger)
    assert RULE not in event["rule"]
