"""Acts told "hours after" a dated act: the same day (issue 11, wave 70).

"Parliament elected a new speaker on Thursday, hours after the premier resigned", "The ministry
announced the ban on Monday, two hours after the police raided the office": an "after" clause in
the simple past whose gap is told in hours or minutes (under a day) happened on the day of the act
it hangs on, when the text gives that act a day. ``events.date.gap-after.v1`` counts whole days
back from such a day, but a gap in hours left the clause with the document date, or with an older
narrative day (blind rounds 41-42: "hours after the truce began, police and protesters clashed
again", the truce dated Friday in the story). The clause's act takes the head act's day, at day
precision (``events.date.gap-hours-same-day.v1``).

The head's day must be one the text gives: an explicit or narrative day no later than the
document date, or the document date itself only for a head in the present ("the protests come
hours after ..."), as for the gap of days. A gap of 24 hours or more is left to the rules of days.

"The prime minister resigned on Monday, a day after his government had arrested the protest
leader": an "after" clause in the pluperfect with a gap of whole days counts back from the head
act's day as ``events.date.gap-after.v1`` does for a simple past (which leaves the pluperfect
to the background rules, undated): ``events.date.gap-after-pluperfect.v1``. A rough gap ("more
than a week") or a head of no day the text gives leaves it to those rules.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.syntax import governing_verb

__all__ = ["GAP_HOURS_RULE", "GAP_PLUPERFECT_RULE", "hours_gap_date"]

GAP_HOURS_RULE = "events.date.gap-hours-same-day.v1"
GAP_PLUPERFECT_RULE = "events.date.gap-after-pluperfect.v1"
#: A gap under a day the times stage reads as an ISO duration ("two hours" PT2H, "half an hour"
#: PT30M, "hours" PTXH).
HOUR_GAP = re.compile(r"PT(?:(\d+|X)H)?(?:(\d+|X)M)?")


def hours_gap_date(token: Token) -> tuple[EventDate, str] | None:
    """The head act's day for an act of an "after" clause told hours or minutes before it, or
    that day less the whole days told before a pluperfect one, with the rule that set it; None
    when neither rule applies (module docstring)."""
    from dateline.stages.event_dates import (
        DAY_GAP,
        _anchoring_day,
        _gap_anchor,
        _pluperfect,
        _simple_past,
    )
    from dateline.stages.time_when import event_when  # time_when reads event_dates

    clause = governing_verb(token)
    head = clause.head
    if clause.dep_ != "advcl" or head.i == clause.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    pluperfect = _pluperfect(clause)
    if mark is None or not (_simple_past(clause) or pluperfect):
        return None
    gap = _gap_anchor(clause, mark)
    if gap is None:
        return None
    days = DAY_GAP.fullmatch(gap.time.value or "")
    hours = _under_a_day(gap.time.value or "")
    if not hours and (days is None or not pluperfect or gap.time.mod is not None):
        return None
    answer = event_when(token.doc, head.i)
    if not _anchoring_day(head, answer.value, answer.basis):
        return None
    if hours:
        return EventDate(answer.value, answer.time, "narrative"), GAP_HOURS_RULE
    assert days is not None
    day = dt.date.fromisoformat(answer.value or "") - dt.timedelta(days=int(days.group(1)))
    return EventDate(day.isoformat(), None, "narrative"), GAP_PLUPERFECT_RULE


def _under_a_day(value: str) -> bool:
    """"PT2H", "PT30M", "PTXH": a told gap of hours or minutes shorter than a day."""
    found = HOUR_GAP.fullmatch(value)
    if found is None or value == "PT":
        return False
    hours = found.group(1)
    return hours is None or hours == "X" or int(hours) < 24
