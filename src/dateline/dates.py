"""Calendar helpers shared by cleaning and the times stage: month names, absolute dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"],
    start=1,
):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9

WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d|2100)"
TIME_RE = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
ZONE_RE = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|JST|" \
    r"local time|[+-]\d\d:?\d\d|Z)"

DMY = rf"(?P<d1>{DAY_RE})\s+(?P<m1>{MONTH_RE}),?\s+(?P<y1>{YEAR_RE})"
MDY = rf"(?P<m2>{MONTH_RE})\s+(?P<d2>{DAY_RE}),?\s+(?P<y2>{YEAR_RE})"
ISO = r"(?P<y3>\d{4})-(?P<m3>\d\d)-(?P<d3>\d\d)"
MD = rf"(?P<m4>{MONTH_RE})\s+(?P<d4>{DAY_RE})"
DM = rf"(?P<d5>{DAY_RE})\s+(?P<m5>{MONTH_RE})"
FULL_DATE_RE = rf"(?:{DMY}|{MDY}|{ISO})"
ANY_DATE_RE = rf"(?:{DMY}|{MDY}|{ISO}|{MD}|{DM})"


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose year may be unknown (a wire dateline often omits it)."""

    year: int | None
    month: int
    day: int
    time: str | None = None

    def iso(self) -> str | None:
        if self.year is None:
            return None
        return dt.date(self.year, self.month, self.day).isoformat()


WEEKDAY_PREFIX = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
NUMERIC_DATE_RE = r"\d{1,2}[./]\d{1,2}[./]\d{4}"


def parse_numeric(text: str) -> PartialDate | None:
    """"15.03.2024" is day-month-year; with slashes only an unambiguous order is read
    ("25/12/2023" or "12/25/2023", never "03/04/2023")."""
    match = re.fullmatch(r"(\d{1,2})([./])(\d{1,2})[./](\d{4})", text.strip())
    if not match:
        return None
    first, separator, second, year = match.groups()
    a, b = int(first), int(second)
    if separator == "/" and a <= 12 and b <= 12:
        return None
    day, month = (b, a) if separator == "/" and b > 12 else (a, b)
    return PartialDate(int(year), month, day) if _valid(int(year), month, day) else None


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def parse_date_match(match: re.Match[str]) -> PartialDate | None:
    """Turn a match of ``ANY_DATE_RE`` (named groups) into a PartialDate, if it is a real date."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    for suffix in "12345":
        if f"m{suffix}" not in groups:
            continue
        raw_month = groups[f"m{suffix}"]
        month = int(raw_month) if raw_month.isdigit() else month_number(raw_month)
        day = day_number(groups[f"d{suffix}"])
        year = int(groups[f"y{suffix}"]) if f"y{suffix}" in groups else None
        if month is None or not _valid(year or 2000, month, day):
            return None
        return PartialDate(year, month, day)
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def iso_date(value: str | None) -> str | None:
    """The date part of an ISO date or datetime string, or None if it is not one."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d\d-\d\d)", value)
    if not match:
        return None
    return match.group(1) if _valid(*map(int, match.group(1).split("-"))) else None


def _unnamed(pattern: str) -> str:
    return re.sub(r"\?P<\w+>", "?:", pattern)


#: The same patterns without named groups, to embed several times in one expression.
FULL_DATE_PLAIN = _unnamed(FULL_DATE_RE)
ANY_DATE_PLAIN = _unnamed(ANY_DATE_RE)


# Calendar arithmetic that never builds an invalid or out-of-range date: each helper returns None
# where Python's calendar (years 1-9999) or the month has no such day ("February 29" in 2021, the
# day after 9999-12-31). Rules treat None as "this expression cannot be placed".


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def shift_days(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def add_months(day: dt.date, months: int) -> dt.date | None:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return make_date(index // 12, index % 12 + 1, 1)


def add_years(day: dt.date, years: int) -> dt.date | None:
    """The first of January ``years`` after ``day``'s year."""
    return make_date(day.year + years, 1, 1)
