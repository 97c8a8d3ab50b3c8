"""Wave 87, ev87j: the date of a toll joined to the run's start.

events.date.toll-conjunct.v1: "the uprising broke out in 2016 and has killed 900 people": the
present perfect toll has no subject of its own and shares the run ("uprising", "war",
"insurgency") of the verb it is joined to; the date that verb gives is the run's start, not the
total's, and a total summed from an earlier time has no date (CONVENTIONS). Near misses: a simple
past toll (one act of that time), a toll with a time in its own clause, and a shared subject that
is no run.

Sentences written for these tests. (ev87j's second rule, a "by evening" pluperfect keeping the
story's day, was left out at merge: wave 86's events.date.own-day-part.v1 dates the same acts.)
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.date.toll-conjunct.v1"


@pytest.mark.parametrize("text", [
    "The insurgency in Kivu province began in March 2015 and has killed more than 3,000 people, "
    "according to a monitoring group.",
    "The insurgency in the delta erupted in 2009 and has killed hundreds of villagers.",
])
def test_toll_joined_to_run_start_has_no_date(text: str) -> None:
    event = trigger_event(record_of(text), "killed")
    assert event.type == "ASSAULT"
    assert RULE in event.rule
    assert event.date.basis == "unknown" and event.date.value is None


@pytest.mark.parametrize(("text", "value"), [
    # a simple past: the killing happened then
    ("The insurgency in Kivu province began in March 2015 and killed 30 soldiers in its first "
     "week.", "2015-03"),
    # a time of the toll's own clause dates it
    ("The insurgency began in 2015 and has killed 40 soldiers in May 2016.", "2016-05"),
])
def test_dated_toll_keeps_its_date(text: str, value: str) -> None:
    event = trigger_event(record_of(text), "killed")
    assert RULE not in event.rule
    assert event.date.value == value


