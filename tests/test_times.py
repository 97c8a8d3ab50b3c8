"""Time expressions: the annotated cases end to end, and the normaliser's rule families alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from dateline.stages.timex import Context, Point, Tense, normalise

from .conftest import DATA

CASES_FLOOR = 1.00  # share of time_cases.yaml fully correct; raise it when it improves


def _cases() -> list[dict[str, Any]]:
    cases = yaml.safe_load((DATA / "time_cases.yaml").read_text(encoding="utf-8"))
    assert isinstance(cases, list)
    return cases


def _overlaps(text: str, predicted: Any, expected: dict[str, Any]) -> bool:
    start = text.find(expected["text"])
    assert start >= 0, f"{expected['text']!r} not in case text"
    end = start + len(expected["text"])
    return bool(predicted.start < end and start < predicted.end)


def _same(text: str, predicted: Any, expected: dict[str, Any]) -> bool:
    return (_overlaps(text, predicted, expected) and predicted.type == expected["type"]
            and predicted.value == str(expected["value"]) and predicted.mod == expected.get("mod"))


def _case_correct(case: dict[str, Any]) -> bool:
    from dateline import extract

    record = extract(case["text"], date=case["document_date"])
    expected = case["times"] or []
    text = record.text
    return len(record.times) == len(expected) and all(
        any(_same(text, p, e) for p in record.times) for e in expected
    )


@pytest.mark.model
def test_time_cases_share_correct(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = _cases()
    assert len(cases) >= 150
    failing = [case["id"] for case in cases if not _case_correct(case)]
    share = 1 - len(failing) / len(cases)
    print(f"time cases correct: {share:.3f}; failing: {', '.join(failing)}")
    assert share >= CASES_FLOOR, f"{share:.3f} < {CASES_FLOOR}; failing: {failing}"


# --- the normaliser, rule by rule (no model) -----------------------------------------------------

WEDNESDAY = dt.date(2022, 1, 26)


def _context(tense: Tense = "past", narrative: Point | None = None,
             date: dt.date = WEDNESDAY) -> Context:
    return Context(date, tense, narrative)


def _value(text: str, context: Context) -> tuple[str, str, str | None] | None:
    timex = normalise(text, context)
    return None if timex is None else (timex.type, timex.value, timex.mod)


def test_weekday_in_a_past_clause_is_the_latest_such_day() -> None:
    assert _value("Tuesday", _context("past")) == ("DATE", "2022-01-25", None)
    assert _value("Wednesday", _context("past")) == ("DATE", "2022-01-26", None)


def test_weekday_in_a_future_clause_is_the_next_such_day() -> None:
    assert _value("Tuesday", _context("future")) == ("DATE", "2022-02-01", None)
    assert _value("next Wednesday", _context("past")) == ("DATE", "2022-02-02", None)
    assert _value("last Wednesday", _context("future")) == ("DATE", "2022-01-19", None)


def test_month_without_year_follows_the_tense() -> None:
    assert _value("March", _context("past")) == ("DATE", "2021-03", None)
    assert _value("March", _context("future")) == ("DATE", "2022-03", None)
    assert _value("January", _context("past")) == ("DATE", "2022-01", None)


def test_day_month_without_year_follows_the_tense() -> None:
    assert _value("3 March", _context("past")) == ("DATE", "2021-03-03", None)
    assert _value("March 3", _context("future")) == ("DATE", "2022-03-03", None)


def test_numeric_dates_read_dots_day_first_and_slashes_by_the_part_above_twelve() -> None:
    assert _value("18.03.2011", _context("past")) == ("DATE", "2011-03-18", None)
    assert _value("05.03.2011", _context("past")) == ("DATE", "2011-03-05", None)
    assert _value("29/01/2006", _context("past")) == ("DATE", "2006-01-29", None)
    assert _value("11/26/2010", _context("past")) == ("DATE", "2010-11-26", None)
    assert _value("31.02.2011", _context("past")) is None  # no such day


def test_numeric_date_readable_both_ways_keeps_only_its_year() -> None:
    timex = normalise("4/06/2015", _context("past"))
    assert timex is not None and (timex.value, timex.rule) == (
        "2015", "times.numeric-date.ambiguous.v1")


def test_numeric_date_in_running_text_dates_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("Police arrested the opposition leader on 18.03.2011 in Minsk.",
                     date="2024-03-04")
    assert [(t.text, t.value) for t in record.times] == [("18.03.2011", "2011-03-18")]
    assert [e.date.value for e in record.events if e.date] == ["2011-03-18"]
    clock = extract("The rebels attacked the base at 05.30 on Tuesday.", date="2024-03-04")
    assert [t.value for t in clock.times] == ["2024-02-27T05:30"]  # a clock time stays one


def test_mid_december_is_the_month_with_mod_mid() -> None:
    assert _value("mid-December", _context("past")) == ("DATE", "2021-12", "MID")
    assert _value("early 2021", _context("past")) == ("DATE", "2021", "START")
    assert _value("the end of the year", _context("future")) == ("DATE", "2022", "END")


def test_several_days_later_after_a_month_keeps_the_month() -> None:
    december = Point(dt.date(2021, 12, 1), "month")
    assert _value("Several days later", _context(narrative=december)) == ("DATE", "2021-12", None)
    day = Point(dt.date(2022, 3, 3), "day")
    assert _value("Two days later", _context(narrative=day)) == ("DATE", "2022-03-05", None)


def test_durations() -> None:
    assert _value("for weeks", _context()) == ("DURATION", "PXW", None)
    assert _value("three days", _context()) == ("DURATION", "P3D", None)
    assert _value("48 hours", _context()) == ("DURATION", "PT48H", None)
    assert _value("more than a year", _context()) == ("DURATION", "P1Y", "MORE_THAN")
    assert _value("six straight days", _context()) == ("DURATION", "P6D", None)


def test_sets() -> None:
    assert _value("every year", _context()) == ("SET", "P1Y", None)
    assert _value("weekly", _context()) == ("SET", "P1W", None)
    assert _value("every Friday", _context()) == ("SET", "XXXX-WXX-5", None)
    assert _value("every four years", _context()) == ("SET", "P4Y", None)


def test_decades_and_centuries() -> None:
    assert _value("the 1990s", _context()) == ("DATE", "199", None)
    assert _value("the late 1990s", _context()) == ("DATE", "199", "END")
    assert _value("the '80s", _context()) == ("DATE", "198", None)


def test_quarters_and_halves() -> None:
    assert _value("the fourth quarter", _context("past")) == ("DATE", "2021-Q4", None)
    assert _value("the third quarter of 2020", _context()) == ("DATE", "2020-Q3", None)
    assert _value("the first half of 2021", _context()) == ("DATE", "2021-H1", None)
    assert _value("the final quarter of 2009", _context()) == ("DATE", "2009-Q4", None)


def test_seasons() -> None:
    assert _value("this summer", _context("future")) == ("DATE", "2022-SU", None)
    assert _value("last autumn", _context()) == ("DATE", "2021-FA", None)
    assert _value("next spring", _context("future")) == ("DATE", "2023-SP", None)


def test_clock_times_take_the_day_they_are_given() -> None:
    assert _value("09:30 GMT", _context()) == ("TIME", "2022-01-26T09:30", None)
    assert _value("3 p.m.", _context()) == ("TIME", "2022-01-26T15:00", None)
    assert _value("0800 UTC", _context()) == ("TIME", "2022-01-26T08:00Z", None)
    assert _value("12:00 UTC Monday", _context()) == ("TIME", "2022-01-24T12:00Z", None)
    assert _value("16:15 GMT, June 1st", _context()) == ("TIME", "2021-06-01T16:15", None)
    assert _value("this morning", _context()) == ("TIME", "2022-01-26TMO", None)


def test_vague_references() -> None:
    assert _value("currently", _context()) == ("DATE", "PRESENT_REF", None)
    assert _value("in the past", _context()) == ("DATE", "PAST_REF", None)
    assert _value("in the near future", _context()) == ("DATE", "FUTURE_REF", None)
    assert _value("recently", _context()) == ("DATE", "PAST_REF", None)


def test_relative_units_and_narrative_steps() -> None:
    assert _value("last year", _context()) == ("DATE", "2021", None)
    assert _value("next month", _context("future")) == ("DATE", "2022-02", None)
    assert _value("this week", _context()) == ("DATE", "2022-W04", None)
    november = Point(dt.date(2019, 11, 14), "day")
    assert _value("the following week", _context(narrative=november)) == ("DATE", "2019-W47", None)
    assert _value("the day before", _context(narrative=november)) == ("DATE", "2019-11-13", None)


def test_same_period_a_year_earlier_shifts_the_narrative_back() -> None:
    january = Point(dt.date(2009, 1, 1), "month")
    assert _value("the same month a year ago", _context(narrative=january)) == (
        "DATE", "2008-01", None)
    assert _value("the same period last year", _context(narrative=january)) == (
        "DATE", "2008-01", None)


def test_the_day_follows_the_latest_day_of_the_narrative() -> None:
    friday = Point(dt.date(2009, 4, 3), "day")
    march = Point(dt.date(2009, 3, 1), "month")
    context = Context(dt.date(2009, 4, 4), "past", march, friday)
    assert _value("the day", context) == ("DATE", "2009-04-03", None)
    assert _value("the day", _context()) == ("DATE", "2022-01-26", None)


def test_quantity_after_an_unanchored_event_is_a_duration() -> None:
    assert _value("two weeks after", _context()) == ("DURATION", "P2W", None)
    day = Point(dt.date(2020, 10, 4), "day")
    assert _value("A week after", _context(narrative=day)) == ("DATE", "2020-10-11", None)


@pytest.mark.parametrize("text", ["may", "2%", "Article 5", "the age of 40", "45,000"])
def test_not_times(text: str) -> None:
    assert normalise(text, _context()) is None


def test_capitalised_may_is_the_month() -> None:
    assert _value("May", _context("past")) == ("DATE", "2021-05", None)


def test_date_for_span_public_api(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import date_for_span, extract

    record = extract("Ministers met in Oslo on Tuesday. They signed a deal two days later.",
                     date="2024-03-08")
    met = record.text.index("met")
    signed = record.text.index("signed")
    assert date_for_span(record, met, met + 3).value == "2024-03-05"
    answer = date_for_span(record, signed, signed + 6)
    assert (answer.value, answer.basis) == ("2024-03-07", "explicit")


def test_numbers_that_are_not_years(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("Call 555-1990 for details. The war lasted from 2009-2011.", date="2022-01-26")
    assert [(t.text, t.value) for t in record.times] == [("2009", "2009"), ("2011", "2011")]
