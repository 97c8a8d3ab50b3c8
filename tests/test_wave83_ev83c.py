"""Wave 83, ev83c: an act still going on when the story is told takes the document date.

events.date.long-running-now.v1: a bare "long" on the trigger's own clause in the present
perfect ("Human rights monitors have long accused the militia of looting", "aid convoys have
long been attacked by armed groups") tells an act that goes on now, which CONVENTIONS
(Date) dates to the document date; events.date.long-running.v1 had left it undated. Near
misses keep no date: "had long" (over before the story's time), a participle ("reforms long
demanded by the miners"), a clause only joined to the one that has "long", and a run measured
or started by a phrase of its own ("since 2019"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.long-running-now.v1"
OLD = "events.date.long-running.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Human rights monitors have long accused the militia of looting villages.", "accused"),
    ("Aid convoys in the north have long been attacked by armed groups.", "attacked"),
    ("The opposition says the ministry, which Lagos has long criticised, hid the figures.",
     "criticised"),
    ("Oslo has long urged both sides to return to the talks.", "urged"),
])
def test_a_long_running_present_perfect_takes_document_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert (event.date.value, event.date.basis) == (DATE, "document_date")


@pytest.mark.parametrize(("text", "trigger"), [
    # "had long": a run over before the story's time
    ("Human rights monitors had long accused the militia of looting villages.", "accused"),
    # only joined to the clause that has "long"
    ("The farmers have long complained of neglect and opposed the 2015 land law.", "opposed"),
    # a participle, not a clause in the present perfect
    ("Pretoria opposed the reforms long demanded by the miners.", "demanded"),
    # a run started by a phrase of its own
    ("Oslo has long urged both sides since 2019 to return to the talks.", "urged"),
])
def test_other_long_runs_stay_undated(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.basis != "document_date"
