"""Dates of a wire story's news and of days counted forward past the document date (wave 54).

- ``events.date.dateline-day.v1``: a story that opens with its own wire dateline ("BERLIN,
  December 18 (Reuters) -", "MOSCOW, Feb. 15 --") reports its news on the dateline's day. The
  times stage already reads that day (``times.dateline-day.v1``: a dateline with no year of its
  own takes the latest such day not after the document date) and counts "yesterday" and
  weekdays from it; an act that took the document date for want of a time of its own takes the
  dateline's day instead (basis narrative, the dateline's time), when that day is earlier than
  the document date. A dateline with its year already dates the whole article (it becomes the
  document date in the pipeline), so nothing changes there.
- ``events.date.relative-ahead.v1``: "the next day", "the following day", "a day later" are
  counted from some earlier day; when the text gave no day to count from and the count lands
  after the document date, a realised act (not future, not hypothetical) still happened on or
  before the document date, but on a day the text does not give: it has no date (basis unknown),
  rather than the document date or the later day.
"""

from __future__ import annotations

from dateline.record import EventDate, Modality, Time
from dateline.stages.event_dates import NOT_DONE, UNDATED
from dateline.stages.state import DocState
from dateline.stages.syntax import words
from dateline.stages.time_names import DATELINE_RULE

__all__ = ["DATELINE_DAY_RULE", "RELATIVE_AHEAD_RULE", "counted_ahead", "dateline_news_day",
           "has_forward_counts", "relative_ahead_date"]

DATELINE_DAY_RULE = "events.date.dateline-day.v1"
RELATIVE_AHEAD_RULE = "events.date.relative-ahead.v1"


def dateline_time(state: DocState, text: str) -> Time | None:
    """The story's dateline day, when it is a calendar day before the document date and is
    written on the dateline's own line (a date of a headline above the dateline, "the July 15
    attacks", is not the story's day)."""
    found = next((t for t in state.times if t.rule == DATELINE_RULE), None)
    if found is None or state.document_date is None or len(found.value or "") != len("YYYY-MM-DD"):
        return None
    if state.dateline_end is not None and "\n" in text[found.end:state.dateline_end]:
        return None
    return found if found.value < state.document_date.isoformat() else None


def dateline_news_day(date: EventDate, state: DocState,
                      text: str) -> tuple[EventDate, str | None]:
    """An act dated by the document date takes the dateline's day when the story has one
    (events.date.dateline-day.v1); else ``date`` unchanged. Returns the date and the rule."""
    if date.basis != "document_date" or state.document_date is None \
            or date.value != state.document_date.isoformat():
        return date, None
    dateline = dateline_time(state, text)
    if dateline is None:
        return date, None
    return EventDate(dateline.value, dateline.id, "narrative"), DATELINE_DAY_RULE


def has_forward_counts(state: DocState) -> bool:
    """The document has a day counted forward from another ("the next day", "a day later":
    ``clauses.relative_ahead_time_rules``); without one, no date is ``counted_ahead``."""
    kinds = words("relative_ahead_time_rules")
    return any((t.rule or "").rsplit(".", 1)[0] in kinds for t in state.times)


def counted_ahead(date: EventDate, state: DocState) -> bool:
    """The date is after the document date and comes from a day counted forward from another
    ("the next day", "a day later": ``clauses.relative_ahead_time_rules``)."""
    if state.document_date is None or date.start is None or date.time is None:
        return False
    if date.start <= state.document_date.isoformat():
        return False
    kinds = words("relative_ahead_time_rules")
    return any(t.id == date.time and (t.rule or "").rsplit(".", 1)[0] in kinds
               for t in state.times)


def relative_ahead_date(date: EventDate, modality: Modality, state: DocState,
                        promise: bool = False) -> tuple[EventDate, str | None]:
    """A realised act dated by a forward count past the document date has no date
    (events.date.relative-ahead.v1); else ``date`` unchanged. A promise or a threat of an act
    "two days later" is made when the sentence tells it: it keeps the document date, as any
    realised act dated after the document does (``events.event_date``)."""
    if modality in NOT_DONE or not counted_ahead(date, state):
        return date, None
    if promise and state.document_date is not None:
        return EventDate(state.document_date.isoformat(), None, "document_date"), None
    return UNDATED, RELATIVE_AHEAD_RULE
