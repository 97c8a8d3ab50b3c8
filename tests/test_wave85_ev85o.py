"""Wave 85, ev85o: more ways up from a lead day phrase to the act (events.date.lead-inner-day.v2).

A preposition the tagger reads as a participle ("including"), a bound whose object is a time of
day ("before dawn") and a ballot phrase hung with the day on the object's infinitive ("a plan to
... in a ballot on Sunday") no longer stop the day from dating the act. Near misses: a bound
whose object is an event, not a time of day, and a plan's infinitive with no ballot beside the
day. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import event_at

INNER_DAY = "events.date.lead-inner-day.v2"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Bandits kidnapped nine members of a church choir, including three teenagers, outside "
     "the city on Sunday.", "kidnapped", "2023-06-11"),
    ("Commandos raided a militia camp in the hills before dawn on Tuesday.", "raided",
     "2023-06-13"),
])
def test_lead_day_dates_the_act(text: str, trigger: str, day: str) -> None:
    event = event_at(text, trigger)
    assert (event.date.value, event.date.basis) == (day, "explicit")
    assert INNER_DAY in event.rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    # a bound whose object is a happening: the day is the vote's
    ("Police detained protesters before the vote on Sunday.", "detained"),
    # the plan's own setting, no ballot: the day may be the plan's
    ("Residents denounced a plan to build a dam in the valley on Sunday.", "denounced"),
])
def test_other_days_keep_the_document_date(text: str, trigger: str) -> None:
    event = event_at(text, trigger)
    assert INNER_DAY not in event.rule.split("+")
    assert event.date.basis != "explicit"
