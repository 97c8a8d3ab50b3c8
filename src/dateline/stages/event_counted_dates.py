"""An act told in an "after" clause counted a number of days from its head's dated act (wave 72,
ev72d; judged round 43: "backing down a day after police shot dead protesters", told of a
Wednesday, dated the shooting Wednesday, not Tuesday).

CONVENTIONS.md, "Date": an act takes the date the text gives it. "X did A on Wednesday, a day
after B happened": the parser hangs the count ("a day", "two days", "a week") on A's verb and
"after" on B's clause, so the times stage reads only a length, and B took A's day. The count
ends right before the clause's "after" (or "before"), so B is that many days before (after) A's
day: ``events.date.counted-clause.v1``. Only when A's clause (or the statement it is told in)
has its own day phrase ("said on Wednesday"; a head with a day of its own is dated by the older
events.date.gap-after.v1, which runs first), A's date is a calendar day, the count is a whole
number of days or weeks, and the act is told done (not future or hypothetical); never a day
after the document's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.state import state_of
from dateline.stages.timex_durations import split_quantity

__all__ = ["COUNTED_CLAUSE_RULE", "counted_clause_date"]

COUNTED_CLAUSE_RULE = "events.date.counted-clause.v1"
#: The same count found in one of the parser's other attachments (wave 93).
REPARSED_COUNT_RULE = "events.date.counted-clause-reparsed.v1"
#: Marks of the counted clause and the direction they count in from the head's day.
MARKS = {"after": -1, "before": 1}
#: Count units and their length in days.
UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def counted_clause_date(token: Token, date: EventDate, date_rule: str | None,
                        head_date: Callable[[Token], EventDate]
                        ) -> tuple[EventDate, str | None]:
    """The date of ``token``'s act counted from its head clause's day, with the rule; else
    ``date`` and ``date_rule`` unchanged. ``head_date`` dates the head verb as an event."""
    found = _count(token)
    if found is None:
        return date, date_rule
    head, step, reparsed = found
    anchor = head_date(head)
    statement = _dated_head_statement(head)
    if statement is None:  # an explicit head day is the gap-after rule's
        return date, date_rule
    if reparsed and anchor.basis != "explicit":  # the day is the statement's, not the news'
        anchor = _statement_day(statement) or anchor
    if anchor.value is None or anchor.precision != "day" or len(anchor.value) != 10:
        return date, date_rule
    try:
        day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=step)
    except (ValueError, OverflowError):
        return date, date_rule
    today = state_of(token.doc).document_date
    if today is not None and day > today:
        return date, date_rule
    rule = REPARSED_COUNT_RULE if reparsed else COUNTED_CLAUSE_RULE
    return EventDate(day.isoformat(), None, "narrative"), rule


def _count(token: Token) -> tuple[Token, int, bool] | None:
    """(the head verb, the signed days from its day, whether the count was found in another
    attachment) when ``token`` is a verb of an "after" or "before" clause whose count ends just
    before the mark."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ != "advcl" or token.head.i == token.i:
        return None
    marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in MARKS]
    if not marks:
        return None
    mark, head = marks[0], token.head
    counts = [c for c in head.children if c.dep_ == "npadvmod"
              and c.lower_ in UNIT_DAYS and c.right_edge.i == mark.i - 1]
    reparsed = not counts
    if reparsed:
        counts = _reparsed_counts(token, head, mark)
    if not counts:
        return None
    count = counts[0]
    quantity = split_quantity(count.doc[count.left_edge.i : count.i + 1].text.lower())
    if quantity is None or quantity[0] is None or quantity[2]:
        return None
    amount = quantity[0]
    if amount != int(amount) or not 0 < amount <= 60:
        return None
    return head, MARKS[mark.lower_] * int(amount) * UNIT_DAYS[count.lower_], reparsed


def _reparsed_counts(clause: Token, head: Token, mark: Token) -> list[Token]:
    """The count right before the mark, parsed as the head's object ("backing down a day
    after") or as a bare time of the counted clause's own verb ("a day after X signed")."""
    return [c for c in (*head.children, *clause.children)
            if c.lower_ in UNIT_DAYS and c.right_edge.i == mark.i - 1
            and ((c.dep_ == "dobj" and c.head.i == head.i)
                 or (c.dep_ == "npadvmod" and c.head.i == clause.i))]


def _statement_day(day_word: Token) -> EventDate | None:
    """The calendar day the times stage read at ``day_word`` (the statement's "on Wednesday")."""
    for anchor in state_of(day_word.doc).time_anchors:
        value = anchor.time.value
        if anchor.start <= day_word.i < anchor.end and len(value) == 10 and value[:1].isdigit():
            return EventDate(value, anchor.time.id, "explicit")
    return None


def _dated_head_statement(head: Token) -> Token | None:
    """"X said on Wednesday he would not sign, backing down a day after ...": the day word of
    the verb the head's clause hangs on that has its own day time ("on"-phrase or bare
    weekday), if any."""
    for verb in (head, *head.ancestors):
        for child in verb.children:
            days = [g for g in child.children if g.ent_type_ == "DATE"]
            if child.dep_ == "prep" and child.lower_ == "on" and days:
                return days[0]
            if child.dep_ == "npadvmod" and child.ent_type_ == "DATE" \
                    and child.lower_ not in UNIT_DAYS:
                return child
        if verb.dep_ not in {"advcl", "ccomp", "conj", "xcomp"}:
            break
    return None
