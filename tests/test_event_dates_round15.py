"""Issue 11, round 15 (ev15d): event dates of the shapes the round-13 judges found on the stories
(docs/judged/round13/events-*.jsonl): a weekday restated by the calendar date right after it
("Tuesday night (12 April)") dated by the weekday alone; and the first of two verbs joined right
next to each other ("shot and killed ... on November 10") left without the time that closes both;
and a time of a clause to come ("will decide ... within 2023") taken as the narrative time of the
past acts told after it.

The sentences are our own wording of those shapes."""

from __future__ import annotations

import pytest

from tests.event_records import event_at as _event

# --- events.date.apposed-date.v1 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Rebels attacked the town of Dorva on Monday night (5 June), the army said.",
         "attacked", "2023-06-05"),
        ("Soldiers raided the camp on Friday (2 June), a local official said.",
         "raided", "2023-06-02"),
        ("The militia shelled the port on Tuesday (30 May), residents told reporters.",
         "shelled", "2023-05-30"),
    ],
)
def test_weekday_restated_by_calendar_date(text: str, word: str, value: str) -> None:
    event = _event(text, word)
    assert event.date.value == value
    assert event.date.basis == "explicit"
    assert "events.date.apposed-date.v1" in event.rule


def test_weekday_without_calendar_date_keeps_weekday() -> None:
    event = _event("Rebels attacked the town of Dorva on Monday, and talks open on 20 June.",
                   "attacked")
    assert event.date.value == "2023-06-12"
    assert "apposed-date" not in event.rule


# --- events.date.shared-verb.v1 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Gunmen ambushed and killed two border guards near Tarun on March 3.",
         "ambushed", "2023-03-03"),
        ("The suspect has been in hiding since he shot and wounded a policeman in the capital "
         "on May 2.", "shot", "2023-05-02"),
    ],
)
def test_first_of_two_joined_verbs_takes_closing_time(text: str, word: str, value: str) -> None:
    event = _event(text, word)
    assert event.date.value == value
    assert "events.date.shared-verb.v1" in event.rule


def test_joined_clause_with_own_subject_does_not_share_time() -> None:
    event = _event("Police arrested the former mayor, and he resigned from the party on May 2.",
                   "arrested")
    assert event.date.value != "2023-05-02"
    assert "shared-verb" not in event.rule


# --- events.date.future-no-narrative.v1 ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Farmers blocked the main road on Sunday.\n"
        "The council will decide whether the town should stay in the district or join the "
        "province in 2022.\n"
        "Hundreds of residents marched to the town hall.",
        "Farmers blocked the main road on Sunday.\n"
        "The minister said the region would hold a vote on its status in 2022.\n"
        "Hundreds of residents marched to the town hall.",
    ],
)
def test_time_of_clause_to_come_does_not_date_later_past_acts(text: str) -> None:
    event = _event(text, "marched")
    assert event.date.value != "2022"


def test_time_of_past_clause_still_carries_the_story() -> None:
    # a day, since round 20: a year or month of another sentence's act carries no later act
    # (events.date.coarse-narrative.v1, tests/test_event_dates_round20.py)
    text = ("Farmers blocked the main road on Sunday.\n"
            "The council met the district leaders on Tuesday.\n"
            "Hundreds of residents marched to the town hall.")
    event = _event(text, "marched")
    assert event.date.value == "2023-06-13"


def test_calendar_date_is_never_after_the_document_date() -> None:
    event = _event("Rebels attacked the town of Dorva on Monday night (5 July), the army said.",
                   "attacked")
    assert event.date.value == "2022-07-05"  # the last 5 July before the document date


def test_counted_time_after_weekday_is_no_restatement() -> None:
    event = _event("Troops occupied the pass on Tuesday, a day after the rebels left it.",
                   "occupied")
    assert event.date.value == "2023-06-13"
