"""TIMEX3 values as the calendar intervals an analyst counts with.

``interval("2021-12")`` is ``Interval("2021-12-01", "2021-12-31", "month")``: the first and last
day the value can mean, and how precise it is. Durations, sets and unknown values
(``P1W``, ``XXXX-XX-XX``, ``PRESENT_REF``) have no interval. Nothing here pads an imprecise
date to a day: a year stays a year, with its whole span.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century"]

#: Northern-hemisphere meteorological seasons (TIMEX3 SP/SU/FA/WI): months they start and end in.
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Interval:
    start: str
    end: str
    precision: Precision


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _span(start: tuple[int, int, int], end: tuple[int, int, int],
          precision: Precision) -> Interval | None:
    first, last = _iso(*start), _iso(*end)
    return Interval(first, last, precision) if first and last else None


def _day(m: re.Match[str]) -> Interval | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    return _span((year, month, day), (year, month, day), "day")


def _month(m: re.Match[str]) -> Interval | None:
    year, month = int(m["y"]), int(m["m"])
    if not 1 <= month <= 12:
        return None
    return _span((year, month, 1), (year, month, _month_end(year, month)), "month")


def _week(m: re.Match[str]) -> Interval | None:
    try:
        monday = dt.date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
    except ValueError:
        return None
    return Interval(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week")


def _quarter(m: re.Match[str]) -> Interval | None:
    year, quarter = int(m["y"]), int(m["q"])
    first = 3 * (quarter - 1) + 1
    return _span((year, first, 1), (year, first + 2, _month_end(year, first + 2)), "quarter")


def _half(m: re.Match[str]) -> Interval | None:
    year, half = int(m["y"]), int(m["h"])
    first = 6 * (half - 1) + 1
    return _span((year, first, 1), (year, first + 5, _month_end(year, first + 5)), "quarter")


def _season(m: re.Match[str]) -> Interval | None:
    year = int(m["y"])
    first, last = SEASONS[m["s"]]
    end_year = year + 1 if last < first else year
    return _span((year, first, 1), (end_year, last, _month_end(end_year, last)), "season")


def _year(m: re.Match[str]) -> Interval | None:
    year = int(m["y"])
    return _span((year, 1, 1), (year, 12, 31), "year")


def _decade(m: re.Match[str]) -> Interval | None:
    first = int(m["y"]) * 10
    return _span((max(first, 1), 1, 1), (first + 9, 12, 31), "decade")


def _century(m: re.Match[str]) -> Interval | None:
    first = int(m["y"]) * 100
    return _span((max(first, 1), 1, 1), (first + 99, 12, 31), "century")


_FORMS = (
    (re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T.*)?"), _day),
    (re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)(?:-WE)?"), _week),
    (re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)"), _month),
    (re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])"), _quarter),
    (re.compile(r"(?P<y>\d{4})-H(?P<h>[12])"), _half),
    (re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)"), _season),
    (re.compile(r"(?P<y>\d{4})"), _year),
    (re.compile(r"(?P<y>\d{3})X?"), _decade),
    (re.compile(r"(?P<y>\d{2})XX?"), _century),
)


def interval(value: str | None) -> Interval | None:
    """The calendar interval a TIMEX3 date value denotes, or None (durations, unknowns)."""
    if not value:
        return None
    for pattern, build in _FORMS:
        match = pattern.fullmatch(value)
        if match:
            return build(match)
    return None
