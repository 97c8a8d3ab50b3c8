"""TIMEX3 normalisation of one time expression, given the document date, the clause's tense
and the time the narrative is at. Pure functions: no spaCy here, so every rule is unit-testable.

Each rule returns a ``Timex`` naming itself (``times.weekday.v1``); the first rule that
understands the expression wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal

from dateline.dates import ANY_DATE_RE, MONTHS, WEEKDAYS, month_number, parse_date_match
from dateline.lexicons import load_data

Tense = Literal["past", "present", "future"]
Grain = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]


@dataclass(frozen=True)
class Point:
    """A calendar point at a granularity: the time a narrative can be at."""

    date: dt.date
    grain: Grain

    def value(self, season: str | None = None) -> str:
        d = self.date
        if self.grain == "day":
            return d.isoformat()
        if self.grain == "week":
            year, week, _ = d.isocalendar()
            return f"{year}-W{week:02d}"
        if self.grain == "month":
            return f"{d.year}-{d.month:02d}"
        if self.grain == "quarter":
            return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
        if self.grain == "half":
            return f"{d.year}-H{1 if d.month <= 6 else 2}"
        if self.grain == "season":
            return f"{d.year}-{season or _season_of(d.month)}"
        if self.grain == "decade":
            return str(d.year)[:3]
        if self.grain == "century":
            return str(d.year)[:2]
        return str(d.year)


@dataclass(frozen=True)
class Timex:
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None
    rule: str
    point: Point | None = None  # the calendar point, when the value is one (narrative anchor)
    relational: bool = False  # anchored to the narrative, not the document date


@dataclass(frozen=True)
class Context:
    document_date: dt.date | None
    tense: Tense = "past"
    narrative: Point | None = None


@cache
def vocab() -> dict[str, Any]:
    data = load_data("times")
    assert isinstance(data, dict)
    return data


def _season_of(month: int) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        month, "FA"
    )


PREPOSITIONS = re.compile(
    r"^(?:on|in|at|during|from|for|of|until|till|through|throughout|within|this past|as of)\s+",
    re.I,
)


def normalise(text: str, context: Context) -> Timex | None:
    """The TIMEX3 reading of ``text`` in ``context``, or None if it is not a time expression."""
    cleaned = re.sub(r"\s+", " ", text.strip().rstrip(".,;:")).replace("’", "'")
    lowered = cleaned.lower()
    if any(marker in lowered for marker in vocab()["not_times"]):
        return None
    mod, core = _split_modifier(PREPOSITIONS.sub("", cleaned))
    for rule in RULES:
        result = rule(core, core.lower(), context)
        if result is not None:
            return replace(result, mod=result.mod or mod)
    return None


def _split_modifier(text: str) -> tuple[str | None, str]:
    lowered = text.lower()
    mods: dict[str, str] = vocab()["modifiers"]
    for phrase in sorted(mods, key=len, reverse=True):
        for joiner in (" ", "-"):
            if lowered.startswith(phrase + joiner) and len(lowered) > len(phrase) + 2:
                rest = PREPOSITIONS.sub("", text[len(phrase) + 1 :].strip())
                if re.match(r"(?i)of\s", rest):
                    rest = rest[3:]
                return mods[phrase], rest
    return None, text


# --- rules -----------------------------------------------------------------------------------

Rule = Callable[[str, str, Context], Timex | None]


def _vague(text: str, lowered: str, context: Context) -> Timex | None:
    v = vocab()
    for key, value in (("present", "PRESENT_REF"), ("past", "PAST_REF"), ("future", "FUTURE_REF")):
        if lowered in v[key] or PREPOSITIONS.sub("", lowered) in v[key]:
            return Timex("DATE", value, None, "times.vague.v1")
    return None


def _deictic_day(text: str, lowered: str, context: Context) -> Timex | None:
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0,
               "this evening": 0, "tonight": 0, "last night": -1, "yesterday morning": -1,
               "yesterday afternoon": -1, "yesterday evening": -1, "tomorrow morning": 1,
               "earlier today": 0, "later today": 0, "earlier in the day": 0,
               "later in the day": 0, "later that day": 0, "earlier that day": 0,
               "the same day": 0, "that day": 0, "that same day": 0}
    if lowered not in offsets:
        return None
    relational = "that" in lowered or "the day" in lowered or lowered == "the same day"
    base = _day_anchor(context) if relational else context.document_date
    if base is None:
        return _unknown("times.deictic-day.v1")
    day = base + dt.timedelta(days=offsets[lowered])
    part = _part_of_day(lowered)
    point = Point(day, "day")
    if part:
        return Timex("TIME", f"{day.isoformat()}T{part}", None, "times.deictic-day.v1", point)
    return Timex("DATE", day.isoformat(), None, "times.deictic-day.v1", point, relational)


def _day_anchor(context: Context) -> dt.date | None:
    if context.narrative and context.narrative.grain == "day":
        return context.narrative.date
    return context.document_date


def _part_of_day(lowered: str) -> str | None:
    if lowered.endswith("tonight") or lowered.endswith("last night"):
        return "NI"
    parts: dict[str, str] = vocab()["parts_of_day"]
    for word, code in parts.items():
        if lowered.endswith(" " + word):
            return code
    return None


def _unknown(rule: str) -> Timex:
    return Timex("DATE", "XXXX-XX-XX", None, rule)


CLOCK = re.compile(
    r"^(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ap>[ap]\.?m\.?)?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap]\.?m\.?)|(?P<word>noon|midday|midnight))"
    r"(?:\s*\(?(?:gmt|utc|[a-z]{2,4}|local time|[+-]\d\d:?\d\d)\)?)?$",
    re.I,
)


def _clock(text: str, lowered: str, context: Context) -> Timex | None:
    head, _, rest = lowered.partition(" on ")
    match = CLOCK.match(head.strip())
    if not match:
        return None
    hour, minute = _clock_parts(match)
    day: Timex | None = normalise(rest, context) if rest else None
    base = day.value if day and day.type == "DATE" else _day_value(context)
    if base is None:
        return Timex("TIME", f"T{hour:02d}:{minute:02d}", None, "times.clock.v1")
    return Timex("TIME", f"{base}T{hour:02d}:{minute:02d}", None, "times.clock.v1")


def _clock_parts(match: re.Match[str]) -> tuple[int, int]:
    if match.group("word"):
        return (0, 0) if match.group("word") == "midnight" else (12, 0)
    hour = int(match.group("h") or match.group("h2"))
    minute = int(match.group("m") or 0)
    meridiem = (match.group("ap") or match.group("ap2") or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    return hour, minute


def _day_value(context: Context) -> str | None:
    day = _day_anchor(context)
    return day.isoformat() if day else None


def _full_date(text: str, lowered: str, context: Context) -> Timex | None:
    stripped = re.sub(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+",
                      "", text, flags=re.I)
    match = re.fullmatch(ANY_DATE_RE, stripped, re.I)
    if not match:
        return _date_with_clock(stripped, context)
    parsed = parse_date_match(match)
    if parsed is None:
        return None
    year = parsed.year or _year_for(parsed.month, parsed.day, context)
    if year is None:
        value = f"XXXX-{parsed.month:02d}-{parsed.day:02d}"
        return Timex("DATE", value, None, "times.day-month.v1")
    day = dt.date(year, parsed.month, parsed.day)
    rule = "times.absolute.v1" if parsed.year else "times.day-month.v1"
    return Timex("DATE", day.isoformat(), None, rule, Point(day, "day"))


def _date_with_clock(text: str, context: Context) -> Timex | None:
    match = re.match(rf"^({ANY_DATE_RE}),?\s+(?:at\s+)?(.+)$", text, re.I)
    if not match:
        return None
    clock = CLOCK.match(match.group(match.lastindex or 0).strip())
    date = _full_date(match.group(1), match.group(1).lower(), context)
    if not clock or not date:
        return None
    hour, minute = _clock_parts(clock)
    return Timex("TIME", f"{date.value}T{hour:02d}:{minute:02d}", None, "times.absolute.v1",
                 date.point)


def _year_for(month: int, day: int, context: Context) -> int | None:
    """The year of a month (and day) written without one, by the clause's tense."""
    anchor = context.document_date
    if anchor is None:
        return None
    candidate = (month, day)
    now = (anchor.month, anchor.day)
    if context.tense == "future":
        return anchor.year if candidate >= now else anchor.year + 1
    return anchor.year if candidate <= now else anchor.year - 1


MONTH_YEAR = re.compile(r"^(?P<m>[a-z]+)\.?,?\s+(?:of\s+)?(?P<y>\d{4})$")
YEAR = re.compile(r"^(?:the year\s+)?(?P<y>1[5-9]\d\d|20\d\d)$")


def _month_or_year(text: str, lowered: str, context: Context) -> Timex | None:
    match = MONTH_YEAR.match(lowered)
    if match and month_number(match.group("m")):
        day = dt.date(int(match.group("y")), month_number(match.group("m")) or 1, 1)
        return Timex("DATE", f"{day.year}-{day.month:02d}", None, "times.month-year.v1",
                     Point(day, "month"))
    match = YEAR.match(lowered)
    if match:
        day = dt.date(int(match.group("y")), 1, 1)
        return Timex("DATE", str(day.year), None, "times.year.v1", Point(day, "year"))
    if (lowered in MONTHS and len(lowered) > 3) or lowered in {"may", "june", "july"}:
        month = MONTHS[lowered]
        year = _year_for(month, 1 if context.tense != "future" else 31, context)
        if year is None:
            return Timex("DATE", f"XXXX-{month:02d}", None, "times.month.v1")
        day = dt.date(year, month, 1)
        return Timex("DATE", f"{year}-{month:02d}", None, "times.month.v1", Point(day, "month"))
    return None


DECADE = re.compile(r"^(?:the\s+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0|'?(?P<short>[2-9])0)'?s(?:-era)?$")


def _decade(text: str, lowered: str, context: Context) -> Timex | None:
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


def _weekday(text: str, lowered: str, context: Context) -> Timex | None:
    match = WEEKDAY.match(lowered)
    if not match:
        return None
    anchor = context.document_date
    if anchor is None:
        return Timex("DATE", f"XXXX-WXX-{WEEKDAYS[match.group('day')] + 1}", None,
                     "times.weekday.v1")
    day = _weekday_date(anchor, WEEKDAYS[match.group("day")], match.group("rel"), context.tense)
    point = Point(day, "day")
    if match.group("part"):
        part = vocab()["parts_of_day"][match.group("part")]
        return Timex("TIME", f"{day.isoformat()}T{part}", None, "times.weekday.v1", point)
    return Timex("DATE", day.isoformat(), None, "times.weekday.v1", point)


def _weekday_date(anchor: dt.date, weekday: int, relation: str | None, tense: Tense) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7 or 7
    if relation in {"last", "previous", "this past"}:
        return anchor - dt.timedelta(days=back or 7)
    if relation in {"next", "coming", "this coming"}:
        return anchor + dt.timedelta(days=forward)
    if tense == "future" or (relation == "this" and tense != "past"):
        return anchor + dt.timedelta(days=forward)
    return anchor - dt.timedelta(days=back)


def _number(word: str) -> float | None:
    numbers: dict[str, float] = vocab()["numbers"]
    if word in numbers:
        return numbers[word]
    cleaned = word.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _unit(word: str) -> tuple[str, dict[str, Any]] | None:
    units: dict[str, dict[str, Any]] = vocab()["units"]
    singular = word[:-1] if word.endswith("s") and word[:-1] in units else word
    if singular == "centurie":
        singular = "century"
    return (singular, units[singular]) if singular in units else None


def _duration_value(amount: float | None, unit_word: str) -> str | None:
    unit = _unit(unit_word)
    if unit is None:
        return None
    name, info = unit
    factor = info.get("factor", 1)
    letter = info["letter"]
    if letter == "WE":
        return f"P{_fmt(amount)}WE" if amount else "PXWE"
    count = "X" if amount is None else _fmt(amount * factor)
    prefix = "PT" if info.get("time") else "P"
    if name == "quarter":
        return f"P{'X' if amount is None else _fmt(amount * 3)}M"
    return f"{prefix}{count}{letter}"


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


QUANTITY = re.compile(r"^(?:for\s+|the\s+)?(?P<n>.+?)[\s-]+(?P<u>[a-z]+?)(?:-long|-old)?$")


def _split_quantity(lowered: str) -> tuple[float | None, str, bool] | None:
    """(amount or None for vague, unit word, vague?) for "three days", "several weeks"."""
    match = QUANTITY.match(lowered)
    if match and _unit(match.group("u")):
        amount_text = match.group("n").strip()
        if amount_text in vocab()["vague_numbers"]:
            return None, match.group("u"), True
        amount = _number(amount_text)
        if amount is not None:
            return amount, match.group("u"), False
    if _unit(lowered) and lowered.endswith("s"):
        return None, lowered, True  # "for weeks", "months"
    return None


def _relative_unit(text: str, lowered: str, context: Context) -> Timex | None:
    match = re.match(
        r"^(?P<rel>last|past|previous|next|coming|this|current|the same|the following|"
        r"the previous|the next|the last|the past|the coming|earlier this|later this|"
        r"the current|this past)\s+(?P<u>week|weekend|month|year|quarter|decade|century)$",
        lowered,
    )
    if not match:
        return None
    rel, unit = match.group("rel"), match.group("u")
    if unit == "decade" and rel in {"past", "last", "the past", "the last"}:
        return Timex("DURATION", "P10Y", None, "times.relative-unit.v1")
    relational = rel in {"the same", "the following", "the previous", "the next"}
    base = _point_anchor(context) if relational else context.document_date
    if base is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "the previous": -1, "next": 1, "coming": 1,
            "the following": 1, "the next": 1, "the coming": 1, "the last": -1,
            "the past": -1, "this past": -1}.get(rel, 0)
    return _shifted(base, unit, step, "times.relative-unit.v1", relational)


def _point_anchor(context: Context) -> dt.date | None:
    return context.narrative.date if context.narrative else context.document_date


def _shifted(base: dt.date, unit: str, step: int, rule: str, relational: bool = False) -> Timex:
    grain: Grain
    if unit in {"day", "night"}:
        day, grain = base + dt.timedelta(days=step), "day"
    elif unit in {"week", "weekend"}:
        day, grain = base + dt.timedelta(weeks=step), "week"
    elif unit == "month":
        day, grain = _add_months(base, step), "month"
    elif unit == "quarter":
        day, grain = _add_months(base, 3 * step), "quarter"
    elif unit == "decade":
        day, grain = _add_years(base, 10 * step), "decade"
    elif unit == "century":
        day, grain = _add_years(base, 100 * step), "century"
    else:
        day, grain = _add_years(base, step), "year"
    point = Point(day, grain)
    value = point.value() + ("-WE" if unit == "weekend" else "")
    return Timex("DATE", value, None, rule, point, relational)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _add_years(day: dt.date, years: int) -> dt.date:
    return dt.date(day.year + years, 1, 1)


def _ago_later(text: str, lowered: str, context: Context) -> Timex | None:
    match = re.match(r"^(?P<q>.+?)\s+(?P<dir>ago|earlier|before|later|after|afterwards|on)$",
                     lowered)
    if not match:
        return None
    quantity = _split_quantity(match.group("q"))
    if quantity is None:
        return None
    amount, unit_word, vague = quantity
    unit = (_unit(unit_word) or ("day", {}))[0]
    sign = -1 if match.group("dir") in {"ago", "earlier", "before"} else 1
    relational = match.group("dir") != "ago"
    if relational and context.narrative is not None:
        anchor = context.narrative
    elif context.document_date is not None:
        anchor = Point(context.document_date, "day")
    else:
        return None
    if vague or amount is None:
        # "several days later": only the anchor's own granularity is known
        return Timex("DATE", anchor.value(), None, "times.ago-later.v1", anchor, relational)
    shifted = _shifted(anchor.date, unit, sign * int(amount), "times.ago-later.v1", relational)
    if unit in {"day", "night"} and anchor.grain != "day":
        return replace(shifted, value=anchor.value(), point=anchor)
    return shifted


def _next_day(text: str, lowered: str, context: Context) -> Timex | None:
    steps = {"the next day": 1, "the following day": 1, "the day after": 1, "next day": 1,
             "the previous day": -1, "the day before": -1, "the preceding day": -1,
             "the next morning": 1, "the following morning": 1, "the previous evening": -1}
    if lowered not in steps:
        return None
    base = _day_anchor(context)
    if base is None:
        return None
    day = base + dt.timedelta(days=steps[lowered])
    part = _part_of_day(lowered)
    if part:
        return Timex("TIME", f"{day.isoformat()}T{part}", None, "times.next-day.v1",
                     Point(day, "day"), True)
    return Timex("DATE", day.isoformat(), None, "times.next-day.v1", Point(day, "day"), True)


SEASON = re.compile(
    r"^(?:(?P<rel>this|last|next|the|this past|this coming)\s+)?(?P<s>spring|summer|autumn|fall|"
    r"winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?$"
)
QUARTER = re.compile(
    r"^(?:the\s+)?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)[\s-]+(?P<u>quarter|half)"
    r"(?:\s+(?:of\s+)?(?:(?P<y>\d{4})|(?P<rel>this|last|next) year))?$"
    r"|^q(?P<qn>[1-4])(?:\s+(?P<qy>\d{4}))?$"
)


def _season_quarter(text: str, lowered: str, context: Context) -> Timex | None:
    match = SEASON.match(lowered)
    if match:
        code = vocab()["seasons"][match.group("s")]
        year = _year_of_part(match.group("y"), match.group("rel"), context, code)
        if year is None:
            return Timex("DATE", f"XXXX-{code}", None, "times.season.v1")
        point = Point(dt.date(year, 6, 1), "season")
        return Timex("DATE", f"{year}-{code}", None, "times.season.v1", point)
    match = QUARTER.match(lowered)
    if not match:
        return None
    ordinal = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
               "4th": 4, "last": 4}
    unit = "quarter" if match.group("qn") else match.group("u")
    number = int(match.group("qn")) if match.group("qn") else ordinal[match.group("n")]
    if unit == "half":
        number = min(number, 2)
    letter = "Q" if unit == "quarter" else "H"
    year = _year_of_part(match.group("y") or match.group("qy"), match.group("rel"), context,
                         f"{letter}{number}")
    if year is None:
        return Timex("DATE", f"XXXX-{letter}{number}", None, "times.quarter.v1")
    month = (number - 1) * (3 if letter == "Q" else 6) + 1
    point = Point(dt.date(year, month, 1), "quarter" if letter == "Q" else "half")
    return Timex("DATE", f"{year}-{letter}{number}", None, "times.quarter.v1", point)


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
    if rel == "this":
        return anchor.year
    start = _part_start_month(part)
    if context.tense == "future":
        return anchor.year if start >= anchor.month - 2 else anchor.year + 1
    return anchor.year if start <= anchor.month else anchor.year - 1


def _part_start_month(part: str) -> int:
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1,
              "H2": 7}
    return starts.get(part, 1)


def _relative_year(text: str, lowered: str, context: Context) -> Timex | None:
    match = re.match(r"^(?:earlier|later|the rest of|the end of)?\s*(?P<rel>this|last|next)\s+"
                     r"(?P<u>week|month|year)$", lowered)
    if not match or context.document_date is None:
        return None
    step = {"this": 0, "last": -1, "next": 1}[match.group("rel")]
    return _shifted(context.document_date, match.group("u"), step, "times.relative-unit.v1")


def _set(text: str, lowered: str, context: Context) -> Timex | None:
    simple = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D",
              "every day": "P1D", "each day": "P1D", "every week": "P1W", "every month": "P1M",
              "every year": "P1Y", "each year": "P1Y", "a year": None, "per year": "P1Y",
              "every night": "P1D", "every morning": "P1D", "twice a year": "P1Y",
              "once a year": "P1Y", "twice a week": "P1W", "once a week": "P1W"}
    if simple.get(lowered):
        return Timex("SET", simple[lowered] or "", None, "times.set.v1")
    match = re.match(r"^(?:every|each)\s+(monday|tuesday|wednesday|thursday|friday|saturday|"
                     r"sunday)$", lowered)
    if match:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[match.group(1)] + 1}", None, "times.set.v1")
    match = re.match(r"^every\s+(?P<n>\w+)\s+(?P<u>[a-z]+)$", lowered)
    if match and _number(match.group("n")):
        value = _duration_value(_number(match.group("n")), match.group("u"))
        return Timex("SET", value, None, "times.set.v1") if value else None
    return None


def _duration(text: str, lowered: str, context: Context) -> Timex | None:
    stripped = re.sub(r"^(?:the\s+)?(?:past|last|next|coming|first|previous|final)\s+", "",
                      lowered)
    stripped = re.sub(r"^(?:for|over|within)\s+", "", stripped)
    quantity = _split_quantity(stripped)
    if quantity is None:
        return None
    amount, unit_word, _ = quantity
    value = _duration_value(amount, unit_word)
    return Timex("DURATION", value, None, "times.duration.v1") if value else None


RULES: tuple[Rule, ...] = (
    _vague,
    _deictic_day,
    _next_day,
    _clock,
    _full_date,
    _month_or_year,
    _decade,
    _weekday,
    _season_quarter,
    _relative_unit,
    _relative_year,
    _ago_later,
    _set,
    _duration,
)
