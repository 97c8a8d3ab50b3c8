"""Acts dated by a gap of weeks, months or years before a dated act (session 109; issue 11).

``events.date.gap-after.v1`` dates the act of an "after" clause whose gap is told ("came one day
after the president declared") only for a gap of whole days from a day the text gives, and leaves
the rest undated. Blind judges of rounds 49-106 scored 11 of the 17 acts it left undated wrong,
and every one whose gap was a definite count of weeks, months or years (8): "The killing came a
week after insurgents staged an assault", "The Kremlin meeting came a month after Putin met Bush",
"six years after Israeli commandos killed 10 activists", "Relations broke down in 1988, a year
after clashes in Mecca"; the undated ones judged right had a rough or countless gap ("days
after", "less than a year after").

``events.date.gap-after-coarse.v1``: a definite gap of weeks (``P2W``), months (``P8M``) or years
(``P6Y``), with no modifier ("more than", "nearly"), counted back from the time of the act the
clause hangs on (the time the text gives it, else the document date) gives the act that week,
month or year. A week needs a day to count from, a month a month; a year any date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from dateline.dates import add_months, add_years, shift_days
from dateline.record import EventDate
from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb
from dateline.stages.timex_types import Grain, Point

__all__ = ["GAP_COARSE_RULE", "coarse_gap_date"]

GAP_COARSE_RULE = "events.date.gap-after-coarse.v1"
#: A definite count of weeks, months or years, as the time normaliser writes a length.
COARSE_GAP = re.compile(r"P(\d+)([WMY])")
#: How much of a date each unit needs to count back from.
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MONTH = re.compile(r"\d{4}-\d{2}")
YEAR = re.compile(r"\d{4}")


def coarse_gap_date(token: Token) -> EventDate | None:
    """The act's date a definite gap of weeks, months or years before the act its "after"
    clause hangs on, or None when the rule does not apply."""
    from dateline.stages.event_dates import after_clause_gap  # event_dates calls us
    from dateline.stages.time_when import event_when  # time_when reads event_dates

    clause = governing_verb(token)
    gap = after_clause_gap(clause)
    if gap is None or gap.time.mod is not None:
        return None
    found = COARSE_GAP.fullmatch(gap.time.value or "")
    if found is None:
        return None
    count, unit = int(found.group(1)), found.group(2)
    answer = event_when(token.doc, clause.head.i)
    start = _count_from(answer.value, state_of(token.doc).document_date)
    value = _back(start, count, unit) if start is not None else None
    return EventDate(value, None, "narrative") if value is not None else None


def _count_from(value: str | None, document_date: dt.date | None) -> str | None:
    """The head act's given date when it is a calendar date no later than the document's,
    else the document date."""
    today = document_date.isoformat() if document_date is not None else None
    given = (value or "")[:10]
    if YEAR.match(given) and (today is None or given <= today):
        return given
    return today


def _back(start: str, count: int, unit: str) -> str | None:
    """``start`` moved back ``count`` units, written at the unit's precision."""
    grain: Grain
    if unit == "Y":
        day, grain = add_years(dt.date(int(start[:4]), 1, 1), -count), "year"
    elif unit == "M":
        if not MONTH.match(start):
            return None
        day, grain = add_months(dt.date(int(start[:4]), int(start[5:7]), 1), -count), "month"
    else:
        if not DAY.fullmatch(start):
            return None
        day, grain = shift_days(dt.date.fromisoformat(start), -7 * count), "week"
    return Point(day, grain).value() if day is not None else None
