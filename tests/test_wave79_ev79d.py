"""Wave 79, ev79d: a day closing a complement dates the act it completes.

events.date.closing-complement-day.v1: "began evacuating ... on Tuesday", "was forced to land
... on Sunday": the parser hangs the closing day on the complement, and the verb it completes
(or a verb joined to that one by "and") took the document date. Near misses: a plan's
infinitive, a deadline, a day after the document date, a verb with a time of its own.
Sentences written for these tests (document date 2023-06-15, a Thursday).
"""

from __future__ import annotations

import pytest

from tests.event_records import event_at

RULE = "events.date.closing-complement-day.v1"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Moldova recalled its envoy from Minsk and began evacuating the families of its consular "
     "staff on Tuesday.", "recalled", "2023-06-13"),
    ("Hungary expelled two Russian diplomats and started closing the consulate in Pecs on "
     "Monday.", "expelled", "2023-06-12"),
])
def test_complement_day_dates_the_act(text: str, trigger: str, value: str) -> None:
    event = event_at(text, trigger)
    assert event.date.value == value
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("The two ministers agreed to hold fresh talks in Geneva on Tuesday.", "agreed"),
    ("Hungary expelled two Russian diplomats and began closing the consulate by Monday.",
     "expelled"),
    ("Moldova recalled its envoy from Minsk on Monday and began evacuating the families of "
     "its staff on Tuesday.", "recalled"),
    ("Hungary expelled two Russian diplomats, and its police began closing the consulate on "
     "Monday.", "expelled"),
    ("Hungary will expel two Russian diplomats and begin closing the consulate on Saturday.",
     "expel"),
])
def test_not_dated_by_complement(text: str, trigger: str) -> None:
    assert RULE not in event_at(text, trigger).rule
