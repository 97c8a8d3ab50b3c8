"""Wave 76, ev76e: a lead act's day that the parse hangs below the act.

The one day phrase of a lead sentence, hung on a participle or infinitive of the act's phrase
or on a noun of its object phrase, dates the act (events.date.lead-inner-day.v1). Not when the
way up runs through a clause with its own subject, a background or bound preposition, a
schedule verb, a noun's infinitive (a plan) or a happening noun of its own; not outside the
first two paragraphs; not when the sentence names two times.
"""

from __future__ import annotations

import pytest

from tests.event_records import event_at

INNER_DAY = "events.date.lead-inner-day.v2"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # a present participle of the target noun
    ("Masked gunmen opened fire on pilgrims leaving a shrine near the old city on Tuesday.",
     "opened", "2023-06-13"),
    # an infinitive under a participle of the object's noun
    ("Militiamen attacked a column of refugees trying to cross the river on Monday.",
     "attacked", "2023-06-12"),
    # a participle of the object
    ("Soldiers raided farms sheltering insurgents close to the frontier on Wednesday.",
     "raided", "2023-06-14"),
    # an infinitive complement of the act
    ("The opposition leader called on the cabinet to step down on Tuesday.", "called",
     "2023-06-13"),
])
def test_inner_day_dates_the_act(text: str, trigger: str, day: str) -> None:
    event = event_at(text, trigger)
    assert (event.date.value, event.date.basis) == (day, "explicit")
    assert INNER_DAY in event.rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    # a relative clause has its own subject: the day is the attack's, not the arrest's
    ("Police arrested a man who attacked a guard on Monday.", "arrested"),
    # a noun's infinitive tells a plan
    ("The minister welcomed a decision to free prisoners on Monday.", "welcomed"),
    # a schedule verb tells its own time
    ("Rebel commanders announced a ceasefire starting on Monday in the east.", "announced"),
    # an intent's infinitive tells the planned act's day
    ("Protesters threatened to block the border crossing on Monday.", "threatened"),
    # the object names a happening of its own
    ("The foreign ministry condemned the bombing of a market on Monday.", "condemned"),
    # a third paragraph is background, not the lead
    ("The president visited the town on Monday.\nThe army sent more troops.\nPolice raided "
     "houses sheltering smugglers near the port on Monday.", "raided"),
])
def test_near_misses_keep_their_date(text: str, trigger: str) -> None:
    event = event_at(text, trigger)
    assert INNER_DAY not in event.rule.split("+")


def test_two_times_in_the_sentence_are_left_alone() -> None:
    event = event_at("Gunmen attacked villagers returning from a market on Monday, officials said "
                     "on Tuesday.", "attacked")
    assert INNER_DAY not in event.rule.split("+")

