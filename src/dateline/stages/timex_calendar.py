"""TIMEX3 rules for expressions that name the calendar: full and numeric dates, clock times with
their day, months, years, decades and centuries, weekdays, seasons, quarters and halves. A name
written without its year ("March 3", "Friday", "last spring") is placed by the clause's tense
on one side of the document date.

Separate from the relative rules (``timex_relative``), which count from the narrative or the
document date instead of naming a date. Pure: no spaCy.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.dates import (
    ANY_DATE_RE,
    MONTH_RE,
    MONTHS,
    WEEKDAYS,
    ZONE_RE,
    make_date,
    month_number,
    parse_date_match,
    shift_days,
)
from dateline.stages.timex_types import Context, Point, Tense, Timex, vocab

__all__ = [
    "CLOCK",
    "CLOCK_WITH_DAY",
    "clock_parts",
    "decade",
    "full_date",
    "holiday",
    "month_or_year",
    "numeric_date",
    "season_quarter",
    "utc_suffix",
    "weekday",
]

CLOCK_CORE = (
    r"(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ap>[ap]\.?m\.?)?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap]\.?m\.?)|(?P<word>noon|midday|midnight)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:gmt|utc|z\b|zulu|hrs|hours|local)))"
    rf"(?:\s*\(?(?:{ZONE_RE}|hrs|hours|zulu)(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?\)?)?"
)
CLOCK = re.compile(rf"^{CLOCK_CORE}$", re.I)
CLOCK_WITH_DAY = re.compile(rf"^{CLOCK_CORE}(?:,?\s+(?:on\s+|of\s+)?(?P<rest>.+))?$", re.I)


def utc_suffix(lowered: str) -> str:
    """ "Z" for a time given in UTC (ISO 8601); other zones are kept as written local time."""
    zones = "|".join(vocab()["utc_zones"])
    return "Z" if re.search(rf"\d\s*\(?(?:{zones})\b", lowered) else ""


def clock_parts(match: re.Match[str]) -> tuple[int, int]:
    if match.group("word"):
        return (0, 0) if match.group("word") == "midnight" else (12, 0)
    hour = int(match.group("h") or match.group("h2") or match.group("h3"))
    minute = int(match.group("m") or match.group("m3") or 0)
    meridiem = (match.group("ap") or match.group("ap2") or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    return hour, minute


def full_date(text: str, lowered: str, context: Context) -> Timex | None:
    stripped = re.sub(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+",
                      "", text, flags=re.I)
    match = re.fullmatch(ANY_DATE_RE, stripped, re.I)
    if not match:
        return _date_with_clock(stripped, context) or _historic_date(stripped)
    parsed = parse_date_match(match)
    if parsed is None:
        return None
    year = parsed.year or _year_for(parsed.month, parsed.day, context)
    if year is None:
        value = f"XXXX-{parsed.month:02d}-{parsed.day:02d}"
        return Timex("DATE", value, None, "times.day-month.v2")
    day = make_date(year, parsed.month, parsed.day)
    if day is None:  # "February 30", or 29 February of a common year
        return None
    rule = "times.absolute.v1" if parsed.year else "times.day-month.v2"
    return Timex("DATE", day.isoformat(), None, rule, Point(day, "day"))


#: v2 (wave 106): also read where the recogniser tags the feast an EVENT ("New Year's Day").
HOLIDAY_RULE = "times.holiday.v2"
HOLIDAY_YEAR = re.compile(r"^(?P<name>.+?),?\s+(?P<y>1[5-9]\d\d|20\d\d)$")


def holiday(text: str, lowered: str, context: Context) -> Timex | None:
    """A feast day of the calendar that names one day ("Christmas Eve", "New Year's Day":
    ``times.holidays``), with its year or placed by the clause's tense like "December 24"
    (times.holiday.v2)."""
    days: dict[str, list[int]] = vocab()["holidays"]
    name = re.sub(r"^the\s+", "", lowered.replace("\u2019", "'"))
    match = HOLIDAY_YEAR.match(name)
    written = int(match.group("y")) if match else None
    found = days.get(match.group("name") if match else name)
    if found is None:
        return None
    month, day_of_month = found
    year = written or _year_for(month, day_of_month, context)
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day_of_month:02d}", None, HOLIDAY_RULE)
    day = make_date(year, month, day_of_month)
    if day is None:
        return None
    return Timex("DATE", day.isoformat(), None, HOLIDAY_RULE, Point(day, "day"))


def _date_with_clock(text: str, context: Context) -> Timex | None:
    match = re.match(rf"^({ANY_DATE_RE}),?\s+(?:at\s+)?(.+)$", text, re.I)
    if not match:
        return None
    clock = CLOCK.match(match.group(match.lastindex or 0).strip())
    date = full_date(match.group(1), match.group(1).lower(), context)
    if not clock or not date:
        return None
    hour, minute = clock_parts(clock)
    return Timex("TIME", f"{date.value}T{hour:02d}:{minute:02d}", None, "times.absolute.v1",
                 date.point)


HISTORIC_DATE = re.compile(
    rf"^(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_RE}),?\s+(?P<y1>1\d{{3}})"
    rf"|(?P<m2>{MONTH_RE})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>1\d{{3}}))$",
    re.I,
)


def _historic_date(text: str) -> Timex | None:
    """A full date in a year before the 1800s ("4 July 1776")."""
    match = HISTORIC_DATE.match(text)
    if not match:
        return None
    groups = {k[0]: v for k, v in match.groupdict().items() if v}
    month = month_number(groups["m"]) or 0
    try:
        day = dt.date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None
    return Timex("DATE", day.isoformat(), None, "times.absolute.v2", Point(day, "day"))


#: How far a year-less "February 29" may look for a leap year (a leap year comes every 4 or 8).
LEAP_SEARCH = 8


def _nearest_year(anchor: dt.date, month: int, day: int) -> int | None:
    """The year that puts a month and day closest to the anchor (a clause with no clear tense)."""
    probe = _probe_day(month, day)
    dated = [(abs((d - anchor).days), y) for y in range(anchor.year - LEAP_SEARCH,
                                                         anchor.year + LEAP_SEARCH + 1)
             if (d := make_date(y, month, probe)) is not None]
    return min(dated)[1] if dated else None


def _probe_day(month: int, day: int) -> int:
    """The day to test a year with: 29 February exists only in leap years; any other day up to
    the 31st stands for its month (a bare month is placed by its first or last day)."""
    return day if (month, day) == (2, 29) else min(day, 28)


def _year_for(month: int, day: int, context: Context) -> int | None:
    """The year of a month (and day) written without one, by the clause's tense: the first year
    on the tense's side of the anchor in which that day exists."""
    anchor = context.document_date
    if anchor is None:
        return None
    if context.tense == "present":
        return _nearest_year(anchor, month, day)
    candidate = (month, day)
    now = (anchor.month, anchor.day)
    if context.tense == "future":
        first, step = (anchor.year if candidate >= now else anchor.year + 1), 1
    else:
        first, step = (anchor.year if candidate <= now else anchor.year - 1), -1
    for year in range(first, first + step * LEAP_SEARCH, step):
        if make_date(year, month, _probe_day(month, day)) is not None:
            return year
    return None


MONTH_YEAR = re.compile(r"^(?P<m>[a-z]+)\.?,?\s+(?:of\s+)?(?P<y>\d{4})$")
MONTH_REL_YEAR = re.compile(r"^(?P<m>[a-z]+)\.?,?\s+(?:of\s+)?(?P<rel>this|last|next) year$")
REL_MONTH = re.compile(r"^(?P<rel>last|next|this|this past|this coming) (?P<m>[a-z]+)$")
YEAR = re.compile(r"^(?:the year\s+)?(?:(?P<y>1[5-9]\d\d|20\d\d)|'(?P<yy>\d\d))$")


def month_or_year(text: str, lowered: str, context: Context) -> Timex | None:
    match = MONTH_YEAR.match(lowered)
    if match and month_number(match.group("m")):
        return _month(int(match.group("y")), month_number(match.group("m")) or 1,
                      "times.month-year.v1")
    match = YEAR.match(lowered)
    if match:
        year = int(match.group("y")) if match.group("y") else _two_digit_year(match, context)
        day = dt.date(year, 1, 1)
        return Timex("DATE", str(day.year), None, "times.year.v2", Point(day, "year"))
    return _relative_month(lowered, context) or _bare_month(text, lowered, context)


def _month(year: int, month: int, rule: str) -> Timex | None:
    day = make_date(year, month, 1)
    if day is None:
        return None
    return Timex("DATE", f"{year}-{month:02d}", None, rule, Point(day, "month"))


def _two_digit_year(match: re.Match[str], context: Context) -> int:
    short = int(match.group("yy"))
    now = context.document_date.year if context.document_date else 2099
    return 2000 + short if 2000 + short <= now else 1900 + short


def _relative_month(lowered: str, context: Context) -> Timex | None:
    """ "October of next year", "last September": a month placed by a relative word."""
    anchor = context.document_date
    match = MONTH_REL_YEAR.match(lowered) or REL_MONTH.match(lowered)
    month = month_number(match.group("m")) if match else None
    if match is None or month is None or anchor is None:
        return None
    rel = match.group("rel")
    if match.re is MONTH_REL_YEAR:
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[rel]
    elif rel in {"last", "this past"}:
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in {"next", "this coming"}:
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return _month(year, month, "times.month.v2")


def _bare_month(text: str, lowered: str, context: Context) -> Timex | None:
    if lowered not in MONTHS or (len(lowered) <= 3 and lowered not in {"may"}):
        return None
    if lowered in vocab()["ambiguous_months"] and not text[:1].isupper():
        return None
    month = MONTHS[lowered]
    day = {"future": 31, "present": 15}.get(context.tense, 1)
    year = _year_for(month, day, context)
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}", None, "times.month.v2")
    return _month(year, month, "times.month.v2")


DECADE = re.compile(r"^(?:the\s+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0|'?(?P<short>[2-9])0)'?s(?:-era)?$")


def decade(text: str, lowered: str, context: Context) -> Timex | None:
    match = DECADE.match(lowered)
    if not match:
        century = re.match(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th) century$", lowered)
        if century:
            return Timex("DATE", f"{int(century.group(1)) - 1:02d}", None, "times.century.v1")
        return None
    if match.group("short"):
        value = f"19{match.group('short')}"
    else:
        value = f"{match.group('c')}{match.group('d')}"
    day = dt.date(int(value) * 10, 1, 1)
    return Timex("DATE", value, None, "times.decade.v1", Point(day, "decade"))


WEEKDAY = re.compile(
    r"^(?:(?P<rel>last|next|this|this coming|this past|coming|previous)\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?$"
)


def weekday(text: str, lowered: str, context: Context) -> Timex | None:
    match = WEEKDAY.match(lowered)
    if not match:
        return None
    anchor = context.document_date
    if anchor is None:
        return Timex("DATE", f"XXXX-WXX-{WEEKDAYS[match.group('day')] + 1}", None,
                     "times.weekday.v2")
    day = _weekday_date(anchor, WEEKDAYS[match.group("day")], match.group("rel"), context.tense)
    if day is None:
        return None
    point = Point(day, "day")
    if match.group("part"):
        part = vocab()["parts_of_day"][match.group("part")]
        return Timex("TIME", f"{day.isoformat()}T{part}", None, "times.weekday.v2", point)
    return Timex("DATE", day.isoformat(), None, "times.weekday.v2", point)


def _weekday_date(anchor: dt.date, weekday: int, relation: str | None,
                  tense: Tense) -> dt.date | None:
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7 or 7
    if relation in {"last", "previous", "this past"}:
        return shift_days(anchor, -(back or 7))
    if relation in {"next", "coming", "this coming"}:
        return shift_days(anchor, forward)
    if tense == "future" or (relation == "this" and tense != "past"):
        return shift_days(anchor, forward)
    if tense == "present" and forward < back:
        return shift_days(anchor, forward)
    return shift_days(anchor, -back)


SEASON = re.compile(
    r"^(?:(?P<rel>this|last|next|the|this past|this coming)\s+)?(?P<s>spring|summer|autumn|fall|"
    r"winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?$"
)
QUARTER = re.compile(
    r"^(?:the\s+)?(?P<n>first|second|third|fourth|last|final|1st|2nd|3rd|4th)[\s-]+"
    r"(?P<u>quarter|half)(?:\s+(?:of\s+)?(?:(?P<y>\d{4})|(?P<rel>this|last|next|the) year))?$"
    r"|^q(?P<qn>[1-4])(?:\s+(?P<qy>\d{4}))?$"
)


def season_quarter(text: str, lowered: str, context: Context) -> Timex | None:
    match = SEASON.match(lowered)
    if match:
        code = vocab()["seasons"][match.group("s")]
        year = _year_of_part(match.group("y"), match.group("rel"), context, code)
        if year is None:
            return Timex("DATE", f"XXXX-{code}", None, "times.season.v2")
        season_day = make_date(year, 6, 1)
        if season_day is None:
            return None
        point = Point(season_day, "season")
        return Timex("DATE", f"{year}-{code}", None, "times.season.v2", point)
    match = QUARTER.match(lowered)
    if not match:
        return None
    ordinal = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
               "4th": 4, "last": 4, "final": 4}
    unit = "quarter" if match.group("qn") else match.group("u")
    number = int(match.group("qn")) if match.group("qn") else ordinal[match.group("n")]
    if unit == "half":
        number = min(number, 2)
    letter = "Q" if unit == "quarter" else "H"
    year = _year_of_part(match.group("y") or match.group("qy"), match.group("rel"), context,
                         f"{letter}{number}")
    if year is None:
        return Timex("DATE", f"XXXX-{letter}{number}", None, "times.quarter.v2")
    month = (number - 1) * (3 if letter == "Q" else 6) + 1
    first_day = make_date(year, month, 1)
    if first_day is None:
        return None
    point = Point(first_day, "quarter" if letter == "Q" else "half")
    return Timex("DATE", f"{year}-{letter}{number}", None, "times.quarter.v2", point)


def _year_of_part(year: str | None, rel: str | None, context: Context, part: str) -> int | None:
    if year:
        return int(year)
    anchor = context.document_date
    if anchor is None:
        return None
    if rel in {"last", "this past"}:
        return anchor.year - 1
    if rel in {"next", "this coming"}:
        return anchor.year + 1
    if rel in {"this", "the"} or context.tense == "present":
        return anchor.year
    start = _part_start_month(part)
    if context.tense == "future":
        return anchor.year if start >= anchor.month - 2 else anchor.year + 1
    return anchor.year if start <= anchor.month else anchor.year - 1


def _part_start_month(part: str) -> int:
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1,
              "H2": 7}
    return starts.get(part, 1)


NUMERIC_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")


def numeric_date(text: str, lowered: str, context: Context) -> Timex | None:
    """ "18.03.2011" (dots: day first, as where that form is written), "29/01/2006" and
    "11/26/2010" (slashes: the part above 12 is the day). "8/08/2006" can be read both ways: only
    its year is sure."""
    match = NUMERIC_DATE.fullmatch(text)
    if not match:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if match.group(2) == "/" and first <= 12 and second <= 12 and first != second:
        start = make_date(year, 1, 1)
        return None if start is None else Timex(
            "DATE", str(year), None, "times.numeric-date.ambiguous.v1", Point(start, "year"))
    day_first = match.group(2) == "." or first > 12
    day, month = (first, second) if day_first else (second, first)
    found = make_date(year, month, day)
    if found is None:
        return None
    return Timex("DATE", found.isoformat(), None, "times.numeric-date.v1", Point(found, "day"))
