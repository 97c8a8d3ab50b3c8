"""Wave 92, ev92b: an act told in a "where" clause on the place of an act the text dates.

events.date.where-place-time.v1: "the revolt began on Wednesday at a barracks, where soldiers
attacked their officers": the "where" clause tells what happened at that place on that occasion,
so its act in the simple past takes the dated act's time, not the document date. Near misses: a
clause in the present perfect ("a country where kidnappers have seized"), a clause with a time of
its own, and a place with no dated act. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.where-place-time.v1"


def _weekday_before(name: str) -> str:
    import datetime as dt

    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    day = dt.date.fromisoformat(DATE)
    for back in range(1, 8):
        earlier = day - dt.timedelta(days=back)
        if days[earlier.weekday()] == name:
            return earlier.isoformat()
    raise AssertionError(name)


@pytest.mark.parametrize(("text", "trigger", "weekday"), [
    ("The mutiny began on Tuesday at an army camp near the border, where soldiers "
     "attacked their officers.", "attacked", "Tuesday"),
    ("The violence followed a brawl on Saturday in the harbour town, where officers fired "
     "tear gas at dock workers.", "fired", "Saturday"),
    ("Voting ended on Sunday in the northern province, where gunmen attacked two polling "
     "stations.", "attacked", "Sunday"),
])
def test_where_clause_takes_the_place_act_day(text: str, trigger: str, weekday: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.value == _weekday_before(weekday)


@pytest.mark.parametrize(("text", "trigger"), [
    # present perfect: a lasting state of the place, not that day's act
    ("Two aid workers were freed on Monday in a region where kidnappers have seized dozens "
     "of foreigners.", "seized"),
    # the clause has its own time
    ("The envoy arrived on Monday in the city, where rebels attacked a convoy in 2015.",
     "attacked"),
    # no dated act holds the place
    ("Rebels hold the valley, where troops attacked a convoy.", "attacked"),
    # a place the dated act leaves: what happened there came before
    ("The envoy flew home on Monday from the capital, where rebels attacked his convoy.",
     "attacked"),
])
def test_where_clause_near_misses(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
