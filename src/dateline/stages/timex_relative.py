"""TIMEX3 rules for expressions counted from another time: deictic days ("yesterday",
"tonight"), the next or previous day, "last week", "this year", "that day", "the same period
last year", runs ("a third straight day") and "two weeks ago / later". Each counts from the
document date or, when relational, from the time the narrative is at.

Separate from the calendar rules (``timex_calendar``), which read a date the text names. Pure:
no spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateline.dates import add_months, add_years, make_date, shift_days
from dateline.stages.timex_durations import duration_value, split_quantity, time_unit
from dateline.stages.timex_types import (
    Context,
    Grain,
    Point,
    Timex,
    day_anchor,
    point_anchor,
    vocab,
)

__all__ = [
    "ago_later",
    "deictic_day",
    "next_day",
    "relative_unit",
    "relative_year",
    "run",
    "same_period",
    "the_unit",
]


def deictic_day(text: str, lowered: str, context: Context) -> Timex | None:
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
    base = day_anchor(context) if relational else context.document_date
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


def relative_unit(text: str, lowered: str, context: Context) -> Timex | None:
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
    base = point_anchor(context) if relational else context.document_date
    if base is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "the previous": -1, "next": 1, "coming": 1,
            "the following": 1, "the next": 1, "the coming": 1, "the last": -1,
            "the past": -1, "this past": -1}.get(rel, 0)
    return _shifted(base, unit, step, "times.relative-unit.v1", relational)


#: Wave 73 (ev73c): "hours later" counted from the last day told when the narrative time is
#: coarser than a day.
LAST_DAY_RULE = "times.ago-later-last-day.v1"
#: Units shorter than a day: shifting by them moves a date by whole days only (issue 11).
SUB_DAY = frozenset({"hour", "minute", "second"})
VAGUE_LATER_RULE = "times.vague-later.v1"
#: How long a unit or grain is, to ask whether "days later" can leave a day anchor's day.
_UNIT_RANK = {"day": 0, "night": 0, "week": 1, "month": 2, "quarter": 3, "half": 3, "season": 3,
              "year": 4, "decade": 5, "century": 6}


def _finer_or_same(grain: str, unit: str) -> bool:
    """The anchor is told at a grain no coarser than the counted unit ("days later" after a
    day, "years later" after a year or a day), so a vague count leaves the anchor's value."""
    rank = _UNIT_RANK.get(unit)
    return rank is not None and _UNIT_RANK.get(grain, 99) <= rank


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


def ago_later(text: str, lowered: str, context: Context) -> Timex | None:
    match = re.match(r"^(?P<q>.+?)\s+(?P<dir>ago|earlier|before|later|after|afterwards|on)$",
                     lowered)
    if not match:
        return None
    quantity = split_quantity(match.group("q"))
    if quantity is None:
        return None
    amount, unit_word, vague = quantity
    unit = (time_unit(unit_word) or ("day", {}))[0]
    if match.group("dir") in {"before", "after"} and context.narrative is None:
        # "two weeks after China's sell-off" with no time to count from: only the length is known
        value = duration_value(amount, unit_word)
        return Timex("DURATION", value, None, "times.ago-later.v2") if value else None
    sign = -1 if match.group("dir") in {"ago", "earlier", "before"} else 1
    relational = match.group("dir") != "ago"
    rule_name: str | None = None
    if relational and unit in SUB_DAY and context.last_day is not None \
            and (context.narrative is None or context.narrative.grain != "day"):
        # "Hours later, crowds stormed the embassy" after a sentence of background years ("in
        # the last decade"): hours count from the last day the story told, not from a year or
        # a decade (times.ago-later-last-day.v1, wave 73)
        anchor, rule_name = context.last_day, LAST_DAY_RULE
    elif relational and context.narrative is not None:
        anchor = context.narrative
    elif context.document_date is not None:
        anchor = Point(context.document_date, "day")
    else:
        return None
    if (vague or amount is None) and not relational and unit not in {"day", "night", *SUB_DAY}:
        # "years ago", "several months ago": some time before, no calendar value
        return Timex("DATE", "PAST_REF", None, "times.vague-ago.v1")
    if (vague or amount is None) and not relational and unit in {"day", "night"}:
        # "a few days ago", "days ago": before the document's day, on a day not given; the
        # document's own day would be a wrong one (times.vague-days-ago.v1, wave 41)
        return Timex("DATE", "PAST_REF", None, "times.vague-days-ago.v1")
    if (vague or amount is None) and match.group("dir") in {"later", "earlier", "afterwards"} \
            and _finer_or_same(anchor.grain, unit):
        # "Days later" after a Monday, "months later" after March: some time after the anchor, on
        # a day or month the text does not give; the anchor's own value would be a wrong one
        # (times.vague-later.v1, wave 75); told in the past, that time is past too
        value = "FUTURE_REF" if context.tense == "future" else "PAST_REF"
        return Timex("DATE", value, None, VAGUE_LATER_RULE)
    if vague or amount is None:
        # "several days later" after "in 1995": only the anchor's own granularity is known
        return Timex("DATE", anchor.value(), None, rule_name or "times.ago-later.v2", anchor,
                     relational)
    if relational and unit == "week" and anchor.grain == "day":
        unit, amount = "day", amount * 7  # "a week after 4 October" is a day
    rule = rule_name or ("times.ago-later-subday.v1" if unit in SUB_DAY else "times.ago-later.v2")
    shifted = _shifted(anchor.date, unit, sign * int(amount), rule, relational)
    if shifted is None:
        return None
    if unit in {"day", "night", *SUB_DAY} and anchor.grain != "day":
        return replace(shifted, value=anchor.value(), point=anchor)
    return shifted


def next_day(text: str, lowered: str, context: Context) -> Timex | None:
    steps = {"the next day": 1, "the following day": 1, "the day after": 1, "next day": 1,
             "the previous day": -1, "the day before": -1, "the preceding day": -1,
             "the next morning": 1, "the following morning": 1, "the previous evening": -1}
    if lowered not in steps:
        return _unit_before_after(lowered, context)
    base = day_anchor(context)
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
    base = point_anchor(context)
    if not match or base is None:
        return None
    step = 1 if match.group("d") in {"after", "later"} else -1
    return _shifted(base, match.group("u"), step, "times.next-day.v2", True)


RUN = re.compile(r"^(?:a |the )?(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                 r"\d+(?:st|nd|rd|th))(?: (?:straight|consecutive|successive))? "
                 r"(?P<u>day|week|month|year|quarter|session)(?: in a row)?$")


def run(text: str, lowered: str, context: Context) -> Timex | None:
    """ "for a third straight day", "fourth week in a row": the current one of a run."""
    match = RUN.match(lowered)
    if not match or context.document_date is None:
        return None
    if not re.search(r"straight|consecutive|successive|in a row", lowered):
        return None  # "the second day" alone is not a run
    unit = "day" if match.group("u") == "session" else match.group("u")
    base = day_anchor(context) or context.document_date
    return _shifted(base, unit, 0, "times.run.v1")


def relative_year(text: str, lowered: str, context: Context) -> Timex | None:
    match = re.match(r"^(?:earlier|later|the rest of|the end of)?\s*(?P<rel>this|last|next|that)"
                     r"\s+(?P<u>week|month|year|quarter|decade)$", lowered)
    if not match or context.document_date is None:
        return None
    if match.group("rel") == "that":
        base = point_anchor(context) or context.document_date
        return _shifted(base, match.group("u"), 0, "times.relative-unit.v2", True)
    step = {"this": 0, "last": -1, "next": 1}[match.group("rel")]
    return _shifted(context.document_date, match.group("u"), step, "times.relative-unit.v2")


GRAIN_ORDER = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")


def the_unit(text: str, lowered: str, context: Context) -> Timex | None:
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


def same_period(text: str, lowered: str, context: Context) -> Timex | None:
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
