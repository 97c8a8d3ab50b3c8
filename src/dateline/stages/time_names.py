"""Time words that are not the time of a clause (judged round 9): a season inside a name ("their
spring offensive", "the Autumn meetings": still a time, as TimeML annotates it, but it dates the
noun, not the clause, nor the narrative), and the day of a wire dateline ("Berlin, December 18
-- ..."), which is the article's date: relative times after it ("yesterday", "on Tuesday") count
from it, and it dates no clause of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span

from dateline.dates import MONTH_RE, month_number
from dateline.stages.timex import Context, Timex, normalise, vocab

__all__ = ["DATELINE_RULE", "RANGE_RULE", "SEASON_NAME_RULE", "dateline_day", "dateline_year",
           "range_years", "ranged", "season_in_name"]

DATELINE_RULE = "times.dateline-day.v1"
#: Not emitted on a record (the season stays a time of its own rule), named for the docs.
SEASON_NAME_RULE = "times.season-in-name.v1"
#: Dependencies of a word that modifies a noun inside its phrase.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Dashes and brackets that close a dateline ("BERLIN, Dec. 18 --", "PARIS, May 2 (Reuters) -").
DATELINE_CLOSERS = frozenset({"--", "-", "—", "–", "(", ":"})
#: How many tokens a dateline's place may take before its date.
DATELINE_PLACE_TOKENS = 6


def season_in_name(span: Span) -> bool:
    """"launched their spring offensive", "held their Autumn meetings": a season word alone in
    front of a noun names a kind of thing (times.season-in-name.v1), not when it happened; "in
    spring", "last autumn" and "the spring of 2014" stay times."""
    if len(span) != 1 or span[0].lower_ not in vocab()["seasons"]:
        return False
    word = span[0]
    return word.dep_ in MODIFIER_DEPS and word.head.pos_ in {"NOUN", "PROPN"} \
        and word.head.i > word.i


def dateline_day(span: Span, dateline_end: int | None) -> bool:
    """The span is the date of a wire dateline: inside the dateline the cleaner found, or at the
    very start of the text after a capitalised place and a comma and before a dash ("Berlin,
    December 18 -- Six children ...")."""
    if dateline_end is not None and span.end_char <= dateline_end:
        return True
    doc = span.doc
    if not 2 <= span.start <= DATELINE_PLACE_TOKENS or span.end >= len(doc):
        return False
    place = doc[: span.start - 1]
    if doc[span.start - 1].text != "," or not (place[0].is_title or place[0].is_upper):
        return False
    if any(not (t.is_title or t.is_upper or t.text in {",", "."}) for t in place):
        return False
    return doc[span.end].text in DATELINE_CLOSERS


def dateline_year(span: Span, timex: Timex, document: dt.date | None) -> Timex:
    """A dateline day with no year of its own ("MOSCOW, Dec 3 (Sputnik) -") is the latest such
    day not after the document date (times.dateline-day.v1, wave 54): a wire story is filed on
    its dateline's day, never after the date it carries."""
    point = timex.point
    if document is None or point is None or YEAR.search(span.text):
        return timex
    year = document.year if (point.date.month, point.date.day) <= (document.month,
                                                                    document.day) \
        else document.year - 1
    try:
        day = point.date.replace(year=year)
    except ValueError:  # February 29 of a year with none
        return timex
    if day == point.date:
        return timex
    return replace(timex, value=day.isoformat() + timex.value[len("YYYY-MM-DD"):],
                   point=replace(point, date=day))


RANGE_RULE = "times.range-year.v1"
#: Words between the two ends of a range ("between April 17 and May 20, 2014").
RANGE_LINKS = frozenset({"and", "to", "-", "–", "—", "through", "until", "till"})
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def range_years(spans: list[Span]) -> dict[int, tuple[str, int]]:
    """"between April 17 and May 20, 2014", "from 3 March to 9 April 2011": a range's opening
    date with no year of its own takes the closing date's year (times.range-year.v1, judged
    round 9); the closing year and month, by the opening span's index."""
    years: dict[int, tuple[str, int]] = {}
    for i, (first, second) in enumerate(pairwise(spans)):
        between = first.doc[first.end : second.start]
        if not 1 <= len(between) <= 2 or between[-1].lower_ not in RANGE_LINKS:
            continue
        if YEAR.search(first.text) or not MONTH_WORD.search(first.text):
            continue
        found = YEAR.search(second.text)
        month = MONTH_WORD.search(second.text)
        number = month_number(month.group()) if month else None
        if found and number:
            years[i] = (found.group(), number)
    return years


MONTH_WORD = re.compile(rf"(?i)\b{MONTH_RE}\b")


def ranged(span: Span, closing: tuple[str, int] | None, context: Context) -> Timex | None:
    """The opening date of a range read with the closing date's year; the year before when the
    opening month is later than the closing one ("December 20 to January 5, 2014")."""
    if closing is None:
        return None
    year, month = closing
    for candidate in (year, str(int(year) - 1)):
        timex = normalise(f"{span.text} {candidate}", context)
        if timex is None or timex.point is None or not timex.value.startswith(candidate):
            return None
        if candidate != year or timex.point.date.month <= month:
            return replace(timex, rule=RANGE_RULE)
    return None


def counted_from(span: Span, following: Span | None) -> Span | None:
    """"arrested him 36 minutes after the shooting on Monday": a length counted after or before a
    happening that the next time dates (inside the object of "after") counts from that time, at
    its precision (times.counted-from-object.v1, issue 11); the dating span, or None."""
    last = span[-1]
    if following is None or last.lower_ not in {"after", "before"} or len(span) < 2:
        return None
    objects = [c for c in last.children if c.dep_ == "pobj"]
    inside = any(o.left_edge.i <= following.start and following.end - 1 <= o.right_edge.i
                 for o in objects)
    return following if inside else None
