"""Wave 73 (lead): a count on a verb of blows is one act's shots, not a series of acts.

events.date.earlier-series.v2 leaves undated an act told as one of a series ("has three times
shelled the town"); v1 also read "was shot several times and wounded on Wednesday" as a series
and dropped the day the sentence gives. A count on a verb of blows (times.series_blow_verbs)
outside the perfect counts the blows of one act.
"""

from __future__ import annotations

import pytest

from tests.event_records import date_of, event_at

SERIES = "events.date.earlier-series.v2"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The governor was shot four times and badly hurt on Tuesday outside his office.", "shot"),
    ("A police officer was stabbed three times outside the embassy on Tuesday.", "stabbed"),
])
def test_counted_blows_keep_the_day(text: str, trigger: str) -> None:
    assert date_of(text, trigger) == ("2023-06-13", "explicit")
    assert SERIES not in event_at(text, trigger).rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Israel has struck the site three times.", "struck"),
    ("The dissident was arrested several times by the secret police.", "arrested"),
])
def test_a_counted_series_stays_undated(text: str, trigger: str) -> None:
    assert date_of(text, trigger) == (None, "unknown")
    assert SERIES in event_at(text, trigger).rule.split("+")
