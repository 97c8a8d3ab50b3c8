"""Wave 87, ev87j: dates of a toll joined to the run's start, and of a pluperfect "by evening".

events.date.toll-conjunct.v1: "the uprising broke out in 2016 and has killed 900 people": the
present perfect toll has no subject of its own and shares the run ("uprising", "war",
"insurgency") of the verb it is joined to; the date that verb gives is the run's start, not the
total's, and a total summed from an earlier time has no date (CONVENTIONS). Near misses: a simple
past toll (one act of that time), a toll with a time in its own clause, and a shared subject that
is no run.

events.date.day-part-pluperfect.v1: "By evening the mutineers had stormed the broadcaster": a main
clause pluperfect with a "by" phrase of a part of the day tells how far the story's day had got,
not an older background; it keeps the story's day or the document date. Near misses: a pluperfect
with no such phrase, or with "already". Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.record import Event
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


DAY_PART_RULE = "events.date.day-part-pluperfect.v1"
SAME_DAY = "2023-06-17"  # a Saturday


def _surrendered(second: str) -> Event:
    text = "Mutinous soldiers attacked the presidential palace on Saturday. " + second
    record = extract(text, date=SAME_DAY)
    return trigger_event(record, "surrendered")


def test_by_dawn_pluperfect_keeps_the_story_day() -> None:
    event = _surrendered("By dawn, hundreds of soldiers had surrendered to the police.")
    assert DAY_PART_RULE in event.rule
    assert event.date.value == SAME_DAY


def test_by_evening_pluperfect_keeps_the_carried_day() -> None:
    # the day comes from the sentence before, not the lead (a Friday): the wave-70 rule is silent
    record = extract("Mutinous soldiers seized a barracks near the capital on Friday. Their revolt "
                     "spread to the city centre on Saturday. By evening the mutineers had stormed "
                     "the state broadcaster.", date="2023-06-18")
    event = trigger_event(record, "stormed")
    assert DAY_PART_RULE in event.rule
    assert event.date.value == "2023-06-17"


@pytest.mark.parametrize("second", [
    # no part of the day: an older background act
    "Hundreds of soldiers had surrendered to the police.",
    # "already" marks it older
    "By dawn, hundreds of soldiers had already surrendered to the police.",
])
def test_plain_pluperfect_stays_background(second: str) -> None:
    event = _surrendered(second)
    assert DAY_PART_RULE not in event.rule
    assert event.date.value is None
