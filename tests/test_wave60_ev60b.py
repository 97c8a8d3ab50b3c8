"""Wave 60, ev60b: a feast day that names one day of the calendar dates the act.

- times.holiday.v2: "Christmas Eve", "Christmas Day", "Boxing Day", "New Year's Eve/Day"
  (``times.holidays``) read like "December 24": with their own year, else placed by the clause's
  tense on one side of the document date. An act on such a day takes that date (basis explicit)
  instead of the document date.
- Near misses: a bare "Christmas" (a gift, the season, Christmas Island) is no time, and a
  sentence with no feast day keeps the document date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dateline import extract
from dateline.stages.timex import normalise
from dateline.stages.timex_types import Context

DATE = "2023-06-15"


def _event(text: str, trigger: str) -> dict[str, Any]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("On Christmas Eve, the interior ministry banned all rallies in the capital.",
     "banned", "2022-12-24"),
    ("Rebel fighters shelled the border town on Christmas Day 2019, officials said.",
     "shelled", "2019-12-25"),
])
def test_act_on_feast_day_takes_its_date(text: str, trigger: str, value: str) -> None:
    event = _event(text, trigger)
    assert event["date"]["value"] == value
    assert event["date"]["basis"] == "explicit"


def test_feast_day_times_rule() -> None:
    record = extract("On Christmas Eve, the interior ministry banned all rallies.", date=DATE,
                     min_confidence=0)
    assert [(t.text, t.rule) for t in record.times] == [("Christmas Eve", "times.holiday.v2")]


@pytest.mark.parametrize(("text", "value"), [
    ("Boxing Day", "2022-12-26"),
    ("New Year's Eve", "2022-12-31"),
    ("new year's day 2015", "2015-01-01"),
])
def test_feast_day_values(text: str, value: str) -> None:
    context = Context(dt.date(2023, 6, 15), "past")
    found = normalise(text, context)
    assert found is not None and found.value == value


@pytest.mark.parametrize("text", ["Christmas", "Christmas Island", "the new year", "Easter"])
def test_not_a_feast_day(text: str) -> None:
    context = Context(dt.date(2023, 6, 15), "past")
    found = normalise(text, context)
    assert found is None or found.rule != "times.holiday.v2"


def test_gift_is_no_time_and_act_keeps_document_date() -> None:
    text = "The minister accepted a Christmas gift from a businessman, the court heard."
    record = extract(text, date=DATE, min_confidence=0)
    assert not [t for t in record.times if t.rule == "times.holiday.v2"]
    event = _event("The interior ministry banned all rallies in the capital.", "banned")
    assert event["date"]["basis"] == "document_date"
