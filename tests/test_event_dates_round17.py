"""Issue 11, round 17 (ev17d): a pluperfect act that a report dated to a day gives as its news
("announced on Friday it had reached a deal") took no date (events.date.background.v2) while
coders give it the report's day; it now takes that day (events.date.reported-pluperfect.v1).
Acts the text marks as older ("had already", "since 2019", "had twice"), and reports with no
day of their own, keep no date.

The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_at as _event

RULE = "events.date.reported-pluperfect.v1"


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("On Monday the ruling party announced it had reached an accord with the unions.",
         "reached", "2023-06-12"),
        ("Militia leaders said on Tuesday they had halted their offensive against the army.",
         "halted", "2023-06-13"),
        ("The foreign ministry said Wednesday that the envoy had been expelled from the capital.",
         "expelled", "2023-06-14"),
        ("Officials in Lima announced Saturday that Peru had signed a border treaty with Chile.",
         "signed", "2023-06-10"),
    ],
)
def test_a_pluperfect_reported_on_a_day_takes_that_day(text: str, word: str, day: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (day, "narrative")
    assert RULE in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry said on Tuesday that the rebels had already attacked the garrison.",
         "attacked"),
        ("The ministry said on Tuesday that the rebels had previously attacked the garrison.",
         "attacked"),
    ],
)
def test_an_older_or_undated_report_keeps_no_date(text: str, word: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert RULE not in event.rule


def test_a_pluperfect_with_a_time_of_its_own_keeps_it() -> None:
    event = _event("The ministry said on Tuesday that the rebels had attacked the garrison in "
                   "March.", "attacked")
    assert event.date.value == "2023-03"
    assert RULE not in event.rule


def test_a_lasting_pluperfect_is_not_dated_by_the_report() -> None:
    event = _event("The ministry said on Tuesday that the army had occupied the valley for "
                   "years.", "occupied")
    assert event.date.value != "2023-06-13"
    assert RULE not in event.rule


def test_a_report_dated_after_the_document_date_does_not_date_the_act() -> None:
    event = _event("The ministry will say on Monday that the army had shelled the town.",
                   "shelled")
    assert RULE not in event.rule


# --- events.date.report-cue-time.v1 ------------------------------------------------------------

CUE_RULE = "events.date.report-cue-time.v1"


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Militia leaders said on Tuesday they halted their offensive against the army.",
         "halted", "2023-06-13"),
        ("The foreign ministry said on Monday it was restoring relations with Lisbon.",
         "restoring", "2023-06-12"),
    ],
)
def test_an_act_reported_on_a_day_takes_the_report_day(text: str, word: str, day: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (day, "narrative")


def test_an_act_of_an_undated_report_keeps_the_document_date() -> None:
    event = _event("Militia leaders said they halted their offensive against the army.", "halted")
    assert event.date.basis == "document_date"
    assert CUE_RULE not in event.rule


def test_an_act_of_a_clause_after_the_report_is_not_dated_by_it() -> None:
    event = _event("The ministry said on Monday it was restoring relations with Lisbon after the "
                   "protest by the former premier.", "protest")
    assert event.date.value != "2023-06-12"
