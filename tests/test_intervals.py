"""TIMEX3 values to calendar intervals: no padding of imprecise dates to a day."""

from __future__ import annotations

import pytest

from dateline.intervals import Interval, interval


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-26", Interval("2022-01-26", "2022-01-26", "day")),
        ("2022-01-26T09:04", Interval("2022-01-26", "2022-01-26", "day")),
        ("2021-12", Interval("2021-12-01", "2021-12-31", "month")),
        ("2024-02", Interval("2024-02-01", "2024-02-29", "month")),
        ("2019-W39", Interval("2019-09-23", "2019-09-29", "week")),
        ("1950-Q1", Interval("1950-01-01", "1950-03-31", "quarter")),
        ("2020-WI", Interval("2020-12-01", "2021-02-28", "season")),
        ("2020-SU", Interval("2020-06-01", "2020-08-31", "season")),
        ("1990", Interval("1990-01-01", "1990-12-31", "year")),
        ("199", Interval("1990-01-01", "1999-12-31", "decade")),
        ("19XX", Interval("1900-01-01", "1999-12-31", "century")),
    ],
)
def test_interval(value: str, expected: Interval) -> None:
    assert interval(value) == expected


@pytest.mark.parametrize("value", [None, "", "P1W", "PXY", "XXXX-XX-XX", "PRESENT_REF",
                                   "2021-13", "2023-02-29", "2020-W60", "2017-11-14TNI"[:4] + "x"])
def test_no_interval(value: str | None) -> None:
    assert interval(value) is None
