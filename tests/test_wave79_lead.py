"""Wave 79, lead: a weekday in the possessive of a happening no one schedules is a day past.

events.date.possessed-happening.v1 (times.weekday-possessed-happening.v1): "will visit the site
of Wednesday's bombing" - the clause looks ahead, but the bombing is done, so Wednesday is the one
before the document date (the times of the record; noun events under a reaction are no events
of their own, so few events change). Near misses: a noun that can be scheduled ("Wednesday's
vote") and a noun marked ahead ("Wednesday's planned march") keep the clause's reading.
Sentences written for these tests (document date 2019-06-16, a Sunday).
"""

from __future__ import annotations

import pytest

import dateline

DATE = "2019-06-16"


def _weekday(text: str) -> tuple[str | None, str | None]:
    record = dateline.extract(text, date=DATE)
    (time,) = [t for t in record.times if t.text.endswith("day")]
    return time.value, time.rule


@pytest.mark.parametrize("text", [
    "The minister will visit the site of Wednesday's bombing in the old town.",
    "Opposition leaders want the government to apologise for Wednesday's clashes in the city.",
])
def test_possessed_happening_is_past(text: str) -> None:
    assert _weekday(text) == ("2019-06-12", "times.weekday-possessed-happening.v1")


@pytest.mark.parametrize(("text", "value"), [
    ("Officials will count the ballots after Wednesday's vote.", "2019-06-19"),
    ("Organisers will lead Wednesday's planned march through the capital.", "2019-06-19"),
])
def test_schedulable_or_planned_stays_ahead(text: str, value: str) -> None:
    assert _weekday(text) == (value, "times.weekday.v2")


def test_past_clause_keeps_the_weekday_rule() -> None:
    """A clause told in the past already reads the weekday as past: the rule is not needed."""
    text = "Police arrested three men over Wednesday's bombing of the embassy."
    assert _weekday(text) == ("2019-06-12", "times.weekday.v2")
