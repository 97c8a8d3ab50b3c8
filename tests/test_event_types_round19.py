"""Issue 11, round 19 (ev19c): triggers read in a sense that is no act of their own. An act
asked of a party in the passive ("was pressured to soften"), a search for counsel, recognising a
thing that is no party, a level that "stands at",
and a warning of what has already happened.

The shapes recur in the dev stories; the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_on

# --- an act asked of a party in the passive is not done -------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Beijing had been pressured by some of its own citizens to soften its tone.", "soften"),
        ("Soldiers were told by their commanders to open fire on the crowd.", "open"),
    ],
)
def test_an_act_asked_in_the_passive_is_not_coded_as_done(text: str, word: str) -> None:
    assert events_on(text, word) == []


def test_an_act_done_after_a_passive_verb_of_another_kind_stays() -> None:
    text = "The rebels were reported to have attacked the army base."
    assert [e.type for e in events_on(text, "attacked")] == ["ASSAULT"]


# --- combat that goes on is an attack ------------------------------------------------------------
# (sense.stopped-combat.v1, "agreed to stop fighting" is no attack, was taken out at the merge: it
# contradicts events.recall.ongoing-object.v1 of round 10, "urged the army to end its offensive" is
# an offensive going on, and failed two of that round's tests; the convention needs settling.)


def test_combat_that_goes_on_stays_an_attack() -> None:
    text = "Armenian and Azerbaijani troops kept fighting along the border on Sunday."
    assert [e.type for e in events_on(text, "fighting")] == ["ASSAULT"]


# --- seeking counsel asks nothing of a political actor ---


def test_seeking_legal_advice_is_no_request() -> None:
    assert events_on("The senator sought legal advice before the vote.", "sought") == []


def test_seeking_aid_stays_a_request() -> None:
    event = _of("Haiti sought emergency aid from the United Nations.", "sought")
    assert event.type == "REQUEST"


# --- recognising a thing that is no party ---------------------------------------------------------


def test_recognising_a_thing_is_no_support() -> None:
    text = "The president said he recognized the right of workers to strike."
    assert events_on(text, "recognized") == []


def test_recognising_a_state_stays_support() -> None:
    event = _of("Moscow recognized the independence of the two provinces on Monday.",
                "recognized")
    assert event.type == "SUPPORT"


# --- a level that stands at a figure --------------------------------------------------------------


def test_a_figure_that_stands_at_a_level_is_no_support() -> None:
    text = ("Malta's public debt stands at more than $9 billion, with several creditors "
            "refusing to roll it over.")
    assert events_on(text, "stands") == []


# --- a warning of what has happened is no threat --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross warned that more than a million Haitians had lost access to clean water.",
        "Officials warned that thousands of people had fled the fighting.",
    ],
)
def test_a_warning_of_a_past_fact_is_no_threat(text: str) -> None:
    assert events_on(text, "warned") == []


def test_a_warning_of_an_act_ahead_stays_a_threat() -> None:
    event = _of("Tehran warned that it would close the strait to tankers.", "warned")
    assert event.type == "THREATEN"
