"""Wave 45, ev45d: dates of acts still going on, or summed up to the news day.

events.date.ongoing-progressive.v1 (``stages.event_ongoing_dates``): "Police are already
investigating the case": a background adverb on a present (perfect) progressive says the act
began earlier, not that it is over; it keeps the document date. Near misses: the past
progressive, the pluperfect progressive and the pluperfect keep no date.
events.date.since-year-start.v1: "Since the beginning of the current year, 15 civilians have
been shot dead": a simple present perfect run from a time of a year or longer is a total with no
date. Near misses: a run from the last days ("since 3am this morning") keeps the document date.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import dates_by_trigger

ONGOING = "events.date.ongoing-progressive.v1"
SINCE_YEAR = "events.date.since-year-start.v1"


def test_already_on_a_present_progressive_keeps_the_document_date(nlp: Any) -> None:
    value, basis, rule = dates_by_trigger(
        "Police are already investigating the case, he said.")["investigating"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert ONGOING in rule


def test_present_progressive_joined_to_a_background_perfect(nlp: Any) -> None:
    dates = dates_by_trigger("Peru has previously committed to phasing out fossil fuels and is "
                             "also working with the EU to set up a fund.")
    assert dates["working"][:2] == ("2023-06-15", "document_date")
    assert ONGOING in dates["working"][2]
    assert dates["committed"][:2] == (None, "unknown")
    assert ONGOING not in dates["committed"][2]


def test_perfect_progressive_with_already(nlp: Any) -> None:
    value, basis, rule = dates_by_trigger(
        "The United States has already been offering the country weapons.")["offering"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert ONGOING in rule


def test_past_and_pluperfect_progressives_stay_background(nlp: Any) -> None:
    for text in ("The United States was already offering the country weapons.",
                 "The United States had already been offering the country weapons.",
                 "The United States had already offered the country weapons."):
        value, basis, rule = next(iter(dates_by_trigger(text).values()))
        assert (value, basis) == (None, "unknown"), text
        assert ONGOING not in rule, text


def test_total_since_the_start_of_this_year_has_no_date(nlp: Any) -> None:
    value, basis, rule = dates_by_trigger(
        "Since the beginning of the current year, 15 civilians have been shot dead and 11 "
        "wounded.")["shot"]
    assert (value, basis) == (None, "unknown")
    assert SINCE_YEAR in rule


def test_run_of_the_last_hours_keeps_the_document_date(nlp: Any) -> None:
    value, basis, rule = dates_by_trigger(
        "Since 3am this morning, police have arrested 40 protesters.")["arrested"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert SINCE_YEAR not in rule


def test_year_span_of_a_simple_past_is_no_total(nlp: Any) -> None:
    dates = dates_by_trigger("Police arrested 40 protesters in the capital this year.")
    assert SINCE_YEAR not in dates["arrested"][2]
