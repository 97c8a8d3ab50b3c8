"""Issue 11, round 19 (ev19d): dates in the act's own sentence that the event did not take,
judged in round 16 and read in dev stories.

- events.date.as-clause.v2: "were killed when a bomb ripped through a market early Friday": the
  parser hangs "when" on its clause as an adverb, not as a mark; v1 read only marks, so the act
  kept the document date.
- events.date.result-participle.v1: "shelled the village, killing twelve people on May 3": a bare
  present participle after a simple past act tells what the act did, at its time; a past
  calendar time of the participle's own clause dates the act.
- events.date.visit-purpose.v1: "visited Khartoum on Thursday to meet with the prime minister":
  the talks a past journey was made for are held on it, on the journey's day.

The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_at as _event

AS_CLAUSE = "events.date.as-clause.v2"
VISIT = "events.date.visit-purpose.v2"  # v2 (wave 33): a signing too
RESULT = "events.date.result-participle.v1"


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("At least nine people were killed when a huge bomb ripped through a market in the "
         "capital early Friday, officials said.", "killed", "2023-06-09"),
        ("Two soldiers were killed when rebels ambushed their convoy near the border on "
         "Tuesday.", "killed", "2023-06-13"),
        ("Police arrested six students when they marched on the parliament on Monday.",
         "arrested", "2023-06-12"),
    ],
)
def test_a_dated_when_clause_hung_as_an_adverb_dates_its_act(text: str, word: str,
                                                             day: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (day, "explicit")
    assert AS_CLAUSE in event.rule


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Government troops shelled a village in the north, killing twelve villagers on May 3.",
         "shelled", "2023-05-03"),
        ("Militants stormed a police post near the river, wounding four officers on Sunday.",
         "stormed", "2023-06-11"),
        ("Warplanes struck a fuel depot outside the port city, destroying two tankers on "
         "Tuesday night.", "struck", "2023-06-13"),
    ],
)
def test_a_trailing_participle_dates_the_past_act_it_follows(text: str, word: str,
                                                             day: str) -> None:
    event = _event(text, word)
    assert (event.date.value or "")[:10] == day
    assert event.date.basis == "explicit"
    assert RESULT in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the participle's own time is a later one, after the document date
        ("Government troops shelled a village in the north, forcing the school to close on "
         "June 30.", "shelled"),
        # a participle with a subject of its own is another clause
        ("Rebels attacked the garrison, the army saying it retook the village on Sunday.",
         "attacked"),
        # the act has its own time: the participle's does not override it
        ("Troops shelled a village on Friday, killing twelve villagers who had fled there on "
         "May 3.", "shelled"),
    ],
)
def test_no_time_is_borrowed_from_a_later_or_separate_clause(text: str, word: str) -> None:
    event = _event(text, word)
    assert RESULT not in event.rule


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("The foreign minister visited Khartoum on Thursday to meet with the prime minister.",
         "meet", "2023-06-15"),
        ("The envoy arrived in Cairo on Saturday to hold talks with the president.", "hold",
         "2023-06-10"),
        ("The delegation travelled to Geneva on Monday to negotiate with the rebels.",
         "negotiate", "2023-06-12"),
    ],
)
def test_talks_a_past_journey_was_made_for_take_its_day(text: str, word: str, day: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (day, "explicit")
    assert VISIT in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The envoy will travel to Cairo on Saturday to meet the president.", "meet"),
        ("The envoy arrived in Cairo on Saturday, and he hopes to meet the president.", "meet"),
    ],
)
def test_a_journey_to_come_or_another_clause_lends_no_day(text: str, word: str) -> None:
    event = _event(text, word)
    assert VISIT not in event.rule
