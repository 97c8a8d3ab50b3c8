"""Acts of an "hours after" clause hung low by the parse, or below it (issue 11, wave 81, ev81c).

CONVENTIONS.md, "Date": an act told hours after (or before) an act with a day is on that day.
``events.date.gap-hours-same-day.v1`` gives an "after" clause with a gap in hours the day of the
verb the clause modifies. Blind rounds 41-49 found two shapes it misses, both left with the
document date:

- The parse hangs the clause below the dated act: on the content of a reported or ordered act
  ("the president declared on Tuesday ... and ordered the army to act, hours after gunmen stormed
  a studio", the clause read as a complement of "ordered"; "the judge ordered on Thursday that he
  surrender by Friday, hours after the court voted ...", the clause an adverbial of "surrender").
  The head's own day is then not the one the gap counts from: the day is that of the nearest verb
  above not in the bare form or a gerund, with a day the text gives, reached from the clause
  through complements in the bare form ("surrender") only.
- The act lies below the clause's verb, as its complement or reported content ("hours after the
  court voted to reject his appeal"): it shares the clause's day, as
  ``events.date.gap-after-inner.v1`` does for gaps of days.

``events.date.gap-hours-lifted.v1``: such an act takes the day of that dated act (narrative
basis). Only for acts told as done, with no earlier date rule, and only when the clause is a
simple past or pluperfect "after" clause whose told gap is under a day.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import (
    _anchoring_day,
    _gap_anchor,
    _pluperfect,
    _simple_past,
    open_done_verb,
)
from dateline.stages.event_hour_gaps import _under_a_day
from dateline.stages.syntax import governing_verb, words

__all__ = ["GAP_HOURS_LIFTED_RULE", "gap_hours_lifted_date"]

GAP_HOURS_LIFTED_RULE = "events.date.gap-hours-lifted.v1"
#: How many bare-form complements the dated act may lie above the clause's head.
MAX_CLIMB = 2


def gap_hours_lifted_date(token: Token, date: EventDate, rule: str | None, modality: str
                          ) -> tuple[EventDate, str | None]:
    """The event's date after the rule, and the rule that set it (``rule`` when unchanged)."""
    if not open_done_verb(token, date, rule, modality):
        return date, rule
    clause, inner = governing_verb(token), False
    if not _hours_after(clause):
        if clause.dep_ not in words("gap_inner_deps") or clause.head.i == clause.i \
                or not _hours_after(clause.head):
            return date, rule
        clause, inner = clause.head, True
    found = _dated_head(clause, inner)
    if found is None or found == date:
        return date, rule
    return found, GAP_HOURS_LIFTED_RULE


def _hours_after(clause: Token) -> bool:
    """A past "after" clause with a told gap under a day ("hours after the court voted")."""
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in {"advcl", "ccomp"} \
            or clause.head.i == clause.i:
        return False
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None or not (_simple_past(clause) or _pluperfect(clause)):
        return False
    gap = _gap_anchor(clause, mark)
    return gap is not None and _under_a_day(gap.time.value or "")


def _dated_head(clause: Token, inner: bool) -> EventDate | None:
    """The day of the act the clause is told hours after; None when the text gives it none, or
    (for the clause's own verb) when the clause hangs straight on a past verb, which
    gap-hours-same-day.v1 reads."""
    from dateline.stages.time_when import event_when  # time_when reads event_dates

    head, lifted = clause.head, clause.dep_ == "ccomp"
    for _ in range(MAX_CLIMB):
        if head.tag_ != "VB" or head.dep_ not in {"ccomp", "xcomp"} or head.head.i == head.i:
            break
        head, lifted = head.head, True
    if head.pos_ not in {"VERB", "AUX"} or head.tag_ in {"VB", "VBG", "MD"} \
            or not (lifted or inner):
        return None
    answer = event_when(head.doc, head.i)
    if not _anchoring_day(head, answer.value, answer.basis):
        return None
    return EventDate(answer.value, answer.time, "narrative")
