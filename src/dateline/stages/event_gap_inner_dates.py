"""Acts told inside a counted "after" clause share its time (issue 11, wave 80, ev80a).

CONVENTIONS.md, "Date": a background act of an earlier time given the document date is wrong.
"The announcement came almost a week after the rebels began pulling out of the city", "came
days after the minister flew to the capital to ask the premier not to sign", "months after the
movement began staging weekly marches", "days after young men staged a strike, and weeks after
the government freed thousands of prisoners": the gap ("days", "almost a week") and "after" hang
on the clause's first verb, which ``events.date.gap-after.v1`` dates (a day counted back, or no
date for a rough or long gap). But the act itself is a verb the clause's verb governs (a
complement of "began", a purpose clause of "flew to ... to ask", the content of "announced that
troops were pulling back"), or a second "after" clause with a gap of its own coordinated with the
first ("and weeks after the government freed ..."); those kept the document date, and blind
judges (rounds 41-49) scored it wrong for each of them.

``events.date.gap-after-inner.v1``: an act with no time of its own whose clause is reached from
a simple past "after" clause with a told gap through a complement, a purpose clause or a
reported content (``clauses.gap_inner_deps``), or whose own clause is such a coordinated "after"
clause, takes the date the gap gives that clause: the day counted back for a whole number of
days from a day the text gives the act it hangs on, else no date. A gap in hours (same day) or a
clause with no gap leaves the act as it was. Only for acts told as done.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import (
    DAY_GAP,
    UNDATED,
    _anchoring_day,
    _gap_anchor,
    _simple_past,
    open_done_verb,
)
from dateline.stages.syntax import governing_verb, words

__all__ = ["GAP_INNER_RULE", "gap_inner_date"]

GAP_INNER_RULE = "events.date.gap-after-inner.v1"
#: How many governed clauses the act may lie below the "after" clause's verb.
MAX_STEPS = 3


def gap_inner_date(token: Token, date: EventDate, rule: str | None, modality: str
                   ) -> tuple[EventDate, str | None]:
    """The event's date after the rule, and the rule that set it (``rule`` when unchanged)."""
    if not open_done_verb(token, date, rule, modality):
        return date, rule
    clause, steps = governing_verb(token), 0
    found = _gapped(clause, inner=False)
    while found is None and steps < MAX_STEPS and _governed(clause):
        clause, steps = clause.head, steps + 1
        found = _gapped(clause, inner=True)
    if found is None or found == date:
        return date, rule
    return found, GAP_INNER_RULE


def _governed(clause: Token) -> bool:
    """The clause is a complement, purpose clause or reported content of the verb above it."""
    if clause.head.i == clause.i or clause.head.pos_ not in {"VERB", "AUX"}:
        return False
    if clause.dep_ == "advcl":  # only a purpose clause: "flew to the capital to ask ..."
        return clause.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return clause.dep_ in words("gap_inner_deps")


def _gapped(clause: Token, inner: bool) -> EventDate | None:
    """The date a told gap gives ``clause``: an "after" clause reached from below (``inner``),
    or a second "after" clause coordinated with a first ("..., and weeks after X did"); None
    when the clause is neither or its gap is in hours."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None or not _simple_past(clause) or clause.head.i == clause.i:
        return None
    if clause.dep_ == "advcl" and inner:
        head = clause.head
    elif clause.dep_ == "conj" and clause.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in clause.head.children) \
            and clause.head.head.i != clause.head.i:
        head = clause.head.head
    else:
        return None
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    gap = _gap_anchor(clause, mark)
    if gap is None or (gap.time.value or "").startswith("PT"):
        return None
    return _counted_back(head, gap.time.value or "", gap.time.mod is not None)


def _counted_back(head: Token, gap: str, rough: bool) -> EventDate:
    """The day a whole-day gap counts back from the head act's day, as gap-after.v1 counts."""
    from dateline.stages.time_when import event_when  # time_when reads event_dates

    days = DAY_GAP.fullmatch(gap)
    answer = event_when(head.doc, head.i)
    if days is None or rough or not _anchoring_day(head, answer.value, answer.basis):
        return UNDATED
    try:
        day = dt.date.fromisoformat(answer.value or "") - dt.timedelta(days=int(days.group(1)))
    except (ValueError, OverflowError):
        return UNDATED
    return EventDate(day.isoformat(), None, "narrative")
