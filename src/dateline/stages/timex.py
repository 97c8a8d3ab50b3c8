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
from typing import Any, Literal

from dateline.dates import (
    ANY_DATE_RE,
    MONTH_RE,
    MONTHS,
    WEEKDAYS,
    ZONE_RE,
    add_months,
    add_years,
    make_date,
    month_number,
    parse_date_match,
    shift_days,
)
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
    last_day: Point | None = None  # the latest day the narrative was at ("ended the day")


def vocab() -> dict[str, Any]:
    """The ``times`` section of the active lexicon (the running pipeline's)."""
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
    if mod and re.search(r"(?i)\s(?:before|after)$", core):
        context = replace(context, narrative=None)  # "less than a year after X" is a length
    for rule in RULES:
        result = rule(core, core.lower(), context)
        if result is not None:
            return replace(result, mod=result.mod or mod)
    return None


def _split_modifier(text: str) -> tuple[str | None, str]:
    article = re.match(r"(?i)the\s+(?=(?:early|mid|late|middle)\b)", text)
    if article:
        text = text[article.end():]
    lowered = text.lower()
    v = vocab()
    mods: dict[str, str] = v["modifiers"]
    for phrase in sorted(mods, key=len, reverse=True):
        for joiner in (" ", "-"):
            if lowered.startswith(phrase + joiner) and len(lowered) > len(phrase) + 2:
                rest = PREPOSITIONS.sub("", text[len(phrase) + 1 :].strip())
                if re.match(r"(?i)of\s", rest):
                    rest = rest[3:]
                if phrase in v["quantity_only_modifiers"] and re.match(r"(?i)the\s", rest):
                    return None, rest
                return mods[phrase], rest
    return None, text


# --- rules -----------------------------------------------------------------------------------

Rule = Callable[[str, str, Context], Timex | None]


def _vague(text: str, lowered: str, context: Context) -> Timex | None:
    v = vocab()
    recent = re.match(r"^(?:in )?recent (years|months|weeks|days|decades)$", lowered)
    if recent:  # "in recent years": an unknown stretch up to now
        letter = {"years": "Y", "months": "M", "weeks": "W", "days": "D", "decades": "DE"}
        return Timex("DURATION", f"PX{letter[recent.group(1)]}", None, "times.vague.v3")
    for key, value in (("present", "PRESENT_REF"), ("past", "PAST_REF"), ("future", "FUTURE_REF")):
        forms = {lowered, PREPOSITIONS.sub("", lowered), f"in {lowered}", f"at {lowered}"}
        if forms & set(v[key]):
            return Timex("DATE", value, None, "times.vague.v2")
    return None


def _deictic_day(text: str, lowered: str, context: Context) -> Timex | None:
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0,
               "this evening": 0, "tonight": 0, "last night": -1, "yesterday morning": -1,
               "yesterday afternoon": -1, "yesterday evening": -1, "tomorrow morning": 1,
               "earlier today": 0, "later today": 0, "earlier in the day": 0,
               "later in the day": 0, "later that day": 0, "earlier that day": 0,
               "the same day": 0, "that day": 0, "that same day": 0}
    with_part = re.match(r"^(yesterday|today|tomorrow)\s+(?:morning|afternoon|evening|night)$",
                         lowered)
    key = with_part.group(1) if with_part else lowered
    if key not in offsets:
        return None
    relational = "that" in lowered or "the day" in lowered or lowered == "the same day"
    base = _day_anchor(context) if relational else context.document_date
    if base is None:
        return _unknown("times.deictic-day.v2")
    day = shift_days(base, offsets[key])
    if day is None:
        return _unknown("times.deictic-day.v2")
    part = _part_of_day(lowered)
    point = Point(day, "day")
    if part:
        return Timex("TIME", f"{day.isoformat()}T{part}", None, "times.deictic-day.v2", point)
    return Timex("DATE", day.isoformat(), None, "times.deictic-day.v2", point, relational)


def _day_anchor(context: Context) -> dt.date | None:
    """The day "that day", "the next day" count from: the narrative's, else the latest day it
    was at, else the document date."""
    if context.narrative and context.narrative.grain == "day":
        return context.narrative.date
    if context.last_day:
        return context.last_day.date
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


CLOCK_CORE = (
    r"(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ap>[ap]\.?m\.?)?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap]\.?m\.?)|(?P<word>noon|midday|midnight)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:gmt|utc|z\b|zulu|hrs|hours|local)))"
    rf"(?:\s*\(?(?:{ZONE_RE}|hrs|hours|zulu)(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?\)?)?"
)
CLOCK = re.compile(rf"^{CLOCK_CORE}$", re.I)
CLOCK_WITH_DAY = re.compile(rf"^{CLOCK_CORE}(?:,?\s+(?:on\s+|of\s+)?(?P<rest>.+))?$", re.I)


def _clock(text: str, lowered: str, context: Context) -> Timex | None:
    match = CLOCK_WITH_DAY.match(lowered)
    if not match:
        return None
    hour, minute = _clock_parts(match)
    rest = match.group("rest")
    day: Timex | None = normalise(rest, context) if rest else None
    if rest and (day is None or day.type != "DATE" or not re.match(r"^\d{4}-\d\d-\d\d$",
                                                                       day.value)):
        return None
    base = day.value if day else _day_value(context)
    point = day.point if day else None
    clock = f"T{hour:02d}:{minute:02d}{_utc_suffix(lowered)}"
    return Timex("TIME", f"{base or ''}{clock}", None, "times.clock.v3", point)


def _utc_suffix(lowered: str) -> str:
    """ "Z" for a time given in UTC (ISO 8601); other zones are kept as written local time."""
    zones = "|".join(vocab()["utc_zones"])
    return "Z" if re.search(rf"\d\s*\(?(?:{zones})\b", lowered) else ""


def _clock_parts(match: re.Match[str]) -> tuple[int, int]:
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


def _day_value(context: Context) -> str | None:
    day = _day_anchor(context)
    return day.isoformat() if day else None


def _full_date(text: str, lowered: str, context: Context) -> Timex | None:
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


def _month_or_year(text: str, lowered: str, context: Context) -> Timex | None:
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
    _, info = unit
    factor = info.get("factor", 1)
    letter = info["letter"]
    if letter == "WE":
        return f"P{_fmt(amount)}WE" if amount else "PXWE"
    count = "X" if amount is None else _fmt(amount * factor)
    prefix = "PT" if info.get("time") else "P"
    return f"{prefix}{count}{letter}"


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


QUANTITY = re.compile(r"^(?:for\s+|the\s+)?(?P<n>.+?)[\s-]+(?P<u>[a-z]+?)(?:-long|-old)?$")


def _split_quantity(lowered: str) -> tuple[float | None, str, bool] | None:
    """(amount or None for vague, unit word, vague?) for "three days", "several weeks"."""
    lowered = re.sub(r"^the\s+", "", lowered)
    match = QUANTITY.match(lowered)
    if match and _unit(match.group("u")):
        amount_text = _drop_unit_adjectives(match.group("n").strip())
        if amount_text in vocab()["vague_numbers"]:
            return None, match.group("u"), True
        amount = _number(amount_text)
        if amount is not None:
            return amount, match.group("u"), False
    if _unit(lowered) and lowered.endswith("s"):
        return None, lowered, True  # "for weeks", "months"
    return None


def _drop_unit_adjectives(amount: str) -> str:
    """ "six straight" -> "six", "five trading" -> "five"."""
    words = re.split(r"[\s-]+", amount)
    while len(words) > 1 and words[-1] in vocab()["unit_adjectives"]:
        words.pop()
    return " ".join(words)


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


#: Units shorter than a day: shifting by them moves a date by whole days only (issue 11).
SUB_DAY = frozenset({"hour", "minute", "second"})


def _shifted(base: dt.date, unit: str, step: int, rule: str,
             relational: bool = False) -> Timex | None:
    grain: Grain
    day: dt.date | None
    if unit in {"day", "night"}:
        day, grain = shift_days(base, step), "day"
    elif unit in SUB_DAY:  # "36 minutes after", "13 hours later": a day, never a year
        day, grain = shift_days(base, int(step / 24) if unit == "hour" else 0), "day"
    elif unit in {"week", "weekend"}:
        day, grain = shift_days(base, 7 * step), "week"
    elif unit == "month":
        day, grain = add_months(base, step), "month"
    elif unit == "quarter":
        day, grain = add_months(base, 3 * step), "quarter"
    elif unit == "decade":
        day, grain = add_years(base, 10 * step), "decade"
    elif unit == "century":
        day, grain = add_years(base, 100 * step), "century"
    else:
        day, grain = add_years(base, step), "year"
    if day is None:  # beyond the calendar (the day after 9999-12-31)
        return None
    point = Point(day, grain)
    value = point.value() + ("-WE" if unit == "weekend" else "")
    return Timex("DATE", value, None, rule, point, relational)


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
    if match.group("dir") in {"before", "after"} and context.narrative is None:
        # "two weeks after China's sell-off" with no time to count from: only the length is known
        value = _duration_value(amount, unit_word)
        return Timex("DURATION", value, None, "times.ago-later.v2") if value else None
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
        return Timex("DATE", anchor.value(), None, "times.ago-later.v2", anchor, relational)
    if relational and unit == "week" and anchor.grain == "day":
        unit, amount = "day", amount * 7  # "a week after 4 October" is a day
    rule = "times.ago-later-subday.v1" if unit in SUB_DAY else "times.ago-later.v2"
    shifted = _shifted(anchor.date, unit, sign * int(amount), rule, relational)
    if shifted is None:
        return None
    if unit in {"day", "night", *SUB_DAY} and anchor.grain != "day":
        return replace(shifted, value=anchor.value(), point=anchor)
    return shifted


def _next_day(text: str, lowered: str, context: Context) -> Timex | None:
    steps = {"the next day": 1, "the following day": 1, "the day after": 1, "next day": 1,
             "the previous day": -1, "the day before": -1, "the preceding day": -1,
             "the next morning": 1, "the following morning": 1, "the previous evening": -1}
    if lowered not in steps:
        return _unit_before_after(lowered, context)
    base = _day_anchor(context)
    if base is None:
        return None
    day = shift_days(base, steps[lowered])
    if day is None:
        return None
    part = _part_of_day(lowered)
    if part:
        return Timex("TIME", f"{day.isoformat()}T{part}", None, "times.next-day.v1",
                     Point(day, "day"), True)
    return Timex("DATE", day.isoformat(), None, "times.next-day.v1", Point(day, "day"), True)


def _unit_before_after(lowered: str, context: Context) -> Timex | None:
    """ "the year before", "the week after", "the year previous": one step from the narrative."""
    match = re.match(r"^the (?P<u>week|month|year) (?P<d>before|after|previous|earlier|later|"
                     r"prior)$", lowered)
    base = _point_anchor(context)
    if not match or base is None:
        return None
    step = 1 if match.group("d") in {"after", "later"} else -1
    return _shifted(base, match.group("u"), step, "times.next-day.v2", True)


RUN = re.compile(r"^(?:a |the )?(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                 r"\d+(?:st|nd|rd|th))(?: (?:straight|consecutive|successive))? "
                 r"(?P<u>day|week|month|year|quarter|session)(?: in a row)?$")


def _run(text: str, lowered: str, context: Context) -> Timex | None:
    """ "for a third straight day", "fourth week in a row": the current one of a run."""
    match = RUN.match(lowered)
    if not match or context.document_date is None:
        return None
    if not re.search(r"straight|consecutive|successive|in a row", lowered):
        return None  # "the second day" alone is not a run
    unit = "day" if match.group("u") == "session" else match.group("u")
    base = _day_anchor(context) or context.document_date
    return _shifted(base, unit, 0, "times.run.v1")


SEASON = re.compile(
    r"^(?:(?P<rel>this|last|next|the|this past|this coming)\s+)?(?P<s>spring|summer|autumn|fall|"
    r"winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?$"
)
QUARTER = re.compile(
    r"^(?:the\s+)?(?P<n>first|second|third|fourth|last|final|1st|2nd|3rd|4th)[\s-]+"
    r"(?P<u>quarter|half)(?:\s+(?:of\s+)?(?:(?P<y>\d{4})|(?P<rel>this|last|next|the) year))?$"
    r"|^q(?P<qn>[1-4])(?:\s+(?P<qy>\d{4}))?$"
)


def _season_quarter(text: str, lowered: str, context: Context) -> Timex | None:
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


def _relative_year(text: str, lowered: str, context: Context) -> Timex | None:
    match = re.match(r"^(?:earlier|later|the rest of|the end of)?\s*(?P<rel>this|last|next|that)"
                     r"\s+(?P<u>week|month|year|quarter|decade)$", lowered)
    if not match or context.document_date is None:
        return None
    if match.group("rel") == "that":
        base = _point_anchor(context) or context.document_date
        return _shifted(base, match.group("u"), 0, "times.relative-unit.v2", True)
    step = {"this": 0, "last": -1, "next": 1}[match.group("rel")]
    return _shifted(context.document_date, match.group("u"), step, "times.relative-unit.v2")


GRAIN_ORDER = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")


def _the_unit(text: str, lowered: str, context: Context) -> Timex | None:
    """ "the day", "the year" (as in "ended the day", "the end of the year"), "that time": the
    narrative's, when the narrative is at least that precise; else the document date's."""
    if lowered in {"that time", "that point"} and context.narrative is not None:
        now = context.narrative
        return Timex("DATE", now.value(), None, "times.the-unit.v1", now, True)
    match = re.match(r"^the (?:entire |whole |same )?(?P<u>day|week|weekend|month|year)$",
                     lowered)
    if not match or context.document_date is None:
        return None
    unit = match.group("u")
    if unit == "weekend":
        return _weekend(context)
    point = context.last_day if unit == "day" and context.last_day else context.narrative
    fine = point is not None and GRAIN_ORDER.index(point.grain) <= GRAIN_ORDER.index(unit)
    base = point.date if point is not None and fine else context.document_date
    return _shifted(base, unit, 0, "times.the-unit.v1", fine)


def _weekend(context: Context) -> Timex | None:
    """ "the weekend": the one just past in a past clause, the coming one otherwise."""
    anchor = context.document_date
    if anchor is None:
        return None
    if anchor.weekday() >= 5:
        saturday = shift_days(anchor, 5 - anchor.weekday())
    elif context.tense == "past":
        saturday = shift_days(anchor, -(anchor.weekday() + 2))
    else:
        saturday = shift_days(anchor, 5 - anchor.weekday())
    if saturday is None:
        return None
    point = Point(saturday, "week")
    return Timex("DATE", point.value() + "-WE", None, "times.the-unit.v1", point)


SAME_PERIOD = re.compile(
    r"^the same (?P<u>day|week|month|quarter|period|time|season)\s+(?:of\s+)?"
    r"(?:a year (?:ago|earlier|before)|last year|the (?:previous|prior|preceding) year|"
    r"the year before|a year previously)$"
)


def _same_period(text: str, lowered: str, context: Context) -> Timex | None:
    """ "the same period last year": the narrative's period, one year back."""
    match = SAME_PERIOD.match(lowered)
    if not match or context.document_date is None:
        return None
    if context.narrative is None:
        return _shifted(context.document_date, "year", -1, "times.same-period.v1")
    point = context.narrative
    year = point.date.year - 1
    earlier = make_date(year, point.date.month, point.date.day) or make_date(
        year, point.date.month, 28)  # 29 February a year back is the 28th
    if earlier is None:
        return None
    shifted = Point(earlier, point.grain)
    return Timex("DATE", shifted.value(), None, "times.same-period.v1", shifted, True)


def _set(text: str, lowered: str, context: Context) -> Timex | None:
    simple: dict[str, str | None] = vocab()["sets"]
    if simple.get(lowered):
        return Timex("SET", simple[lowered] or "", None, "times.set.v2")
    match = re.match(r"^(?:every|each)\s+(monday|tuesday|wednesday|thursday|friday|saturday|"
                     r"sunday)$", lowered)
    if match:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[match.group(1)] + 1}", None, "times.set.v2")
    match = re.match(r"^every\s+(?P<n>\w+)\s+(?P<u>[a-z]+)$", lowered)
    if match and _number(match.group("n")):
        value = _duration_value(_number(match.group("n")), match.group("u"))
        return Timex("SET", value, None, "times.set.v2") if value else None
    return None


def _duration(text: str, lowered: str, context: Context) -> Timex | None:
    stripped = re.sub(r"^(?:the\s+)?(?:past|last|next|coming|first|previous|final)\s+", "",
                      lowered)
    stripped = re.sub(r"^(?:for|over|within)\s+", "", stripped)
    stripped = re.sub(r"^(?:just|only)\s+", "", stripped)
    quantity = _split_quantity(stripped)
    if quantity is None:
        return None
    amount, unit_word, _ = quantity
    value = _duration_value(amount, unit_word)
    return Timex("DURATION", value, None, "times.duration.v2") if value else None


NUMERIC_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")


def _numeric_date(text: str, lowered: str, context: Context) -> Timex | None:
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


RULES: tuple[Rule, ...] = (
    _numeric_date,
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
    _the_unit,
    _same_period,
    _run,
    _ago_later,
    _set,
    _duration,
)
