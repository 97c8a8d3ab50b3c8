"""Issue 11, round 22 (ev22d): a day that closes a series of conjuncts, read in dev stories.

- events.date.closing-series.v1: "were killed and shops were looted and burned on Tuesday",
  "fought the rebels, killing ten and wounding dozens on Friday": a day written after the last of
  a series of conjuncts with no subject or auxiliary of their own dates the whole series, so the
  act the series starts from takes it too, not the document date. A conjunct that reports
  ("and said on Monday") ends no series, and a day later than the document date dates nothing.

The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_at

SERIES = "events.date.closing-series.v1"


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Nine villagers were killed and dozens of houses were looted and burned on Tuesday "
         "in the hills north of the capital.", "killed", "2023-06-13"),
        ("Riot police clashed with students in the old town, killing two and wounding dozens "
         "on Friday.", "clashed", "2023-06-09"),
        ("Soldiers fought running battles with the rebels, killing four and injuring many more "
         "on Friday.", "fought", "2023-06-09"),
        ("Gunmen stormed a hotel in the port city, holding the guests and taking ten "
         "hostages on Saturday.", "stormed", "2023-06-10"),
    ],
)
def test_a_day_closing_a_series_of_conjuncts_dates_the_series(text: str, word: str,
                                                               day: str) -> None:
    event = event_at(text, word)
    assert (event.date.value or "")[:10] == day
    assert event.date.basis == "explicit"
    assert SERIES in event.rule


def test_a_reporting_conjunct_ends_the_series() -> None:
    event = event_at("Army units shelled the rebel camp overnight and declared on Monday that "
                     "the rebels had fled.", "shelled")
    assert SERIES not in event.rule
    assert (event.date.value or "")[:10] != "2023-06-12"


def test_a_conjunct_with_its_own_subject_is_no_series() -> None:
    event = event_at("Soldiers arrested the mayor, and his deputy resigned and left the "
                     "country on Monday.", "arrested")
    assert SERIES not in event.rule
    assert (event.date.value or "")[:10] != "2023-06-12"


def test_a_day_after_the_document_date_closes_no_series() -> None:
    event = event_at("Rebels seized the airport and blocked all its runways until June 30.",
                     "seized")
    assert SERIES not in event.rule
