"""Wave 84, ev84l: an act of a lead "as" clause takes the one day the lead sentence names.

events.date.lead-as-day.v1: "The minister resigned on Tuesday, as crowds burned tyres ...": a
simple-past act of an "as" clause, or a verb joined to it, in the story's first sentence, with no
time of its own, happens with the lead's act, on the one day the sentence names. Near misses: the
"as" clause gives its own time, two days are named, a "while" clause, and a
sentence after the lead. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.lead-as-day.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    # the day hangs on the object's infinitive, the "as" clause on the main verb
    ("The general rejected demands to free the prisoners on Tuesday, as rebels shelled the "
     "airport and seized a bridge.", "shelled"),
    # (a conjunct of another type: rebels seizing a bridge is ASSAULT since wave 100
    # (events.sense.band-seize.v1) and merges into the shelling as a repeat)
    ("The general rejected demands to free the prisoners on Tuesday, as rebels shelled the "
     "airport and blockaded a bridge.", "blockaded"),
    # the "as" clause hangs on the report verb
    ("Troops killed twelve fighters near the border on Tuesday, officials said, as the "
     "government expelled two foreign envoys and closed the embassy.", "expelled"),
])
def test_as_clause_takes_lead_day(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.value is not None and event.date.value < DATE


@pytest.mark.parametrize(("text", "trigger"), [
    # the "as" clause gives a time of its own
    ("Troops killed twelve fighters near the border on Tuesday, officials said, as the "
     "government expelled two foreign envoys on Monday night.", "expelled"),
    ("Troops killed twelve fighters near the border on Tuesday, officials said, as the "
     "government expelled two foreign envoys in March.", "expelled"),
    # two days in the sentence: which one is unclear
    ("Troops killed twelve fighters near the border on Tuesday, officials said on Wednesday, "
     "as the government expelled two foreign envoys.", "expelled"),
    # "while" contrasts as often as it times
    ("Troops killed twelve fighters near the border on Tuesday, officials said, while the "
     "government expelled two foreign envoys.", "expelled"),
    # not in the lead sentence
    ("Troops killed twelve fighters near the border on Tuesday. Officials said later, as "
     "the government expelled two foreign envoys.", "expelled"),
])
def test_near_misses_keep_their_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
