"""Acts of an "after" clause dated later than the act they led to (issue 11, wave 89).

"The president declared a state of emergency on Tuesday, hours after gunmen stormed a studio",
told on Wednesday: the storming came before the declaration, so it cannot be of Wednesday, the
document date, yet the clause with no time of its own got it (blind rounds 41-54: acts "after"
which a head act dated on an earlier day followed were the most frequent shape of a document
date the coder calls wrong). An act of an "after" clause precedes the act the clause hangs on;
when the date it was given (the document date, or a narrative day carried over) is later than
the day the sentence gives that head act (its own time: a day carried over to the head from
another sentence is too loose a bound, blind round 50), the act's day is not given and it is
left undated (``events.date.after-clause-before-head.v1``): unknown beats a wrong day. The rules
that count a told gap back from the head's day ("a day after", "hours after"), and any other
rule that dates the act, run before this one. An undated head told as the content of a dated
statement ("said on Friday that the ban had been lifted after ...") takes the statement's day.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.syntax import governing_verb

__all__ = ["AFTER_BEFORE_HEAD_RULE", "later_than_head"]

AFTER_BEFORE_HEAD_RULE = "events.date.after-clause-before-head.v1"
#: Clause links an act may climb through to its "after" clause ("voted to reject" under "after").
_CLIMB = frozenset({"xcomp", "conj", "ccomp"})
#: Links an "after" clause hangs on its head by (the parser takes some for a complement).
_LINKED = frozenset({"advcl", "ccomp"})
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def later_than_head(token: Token, date: EventDate) -> bool:
    """True when ``token``'s act sits in an "after" clause whose head act the text dates to a
    day earlier than ``date`` (module docstring)."""
    if not _DAY.fullmatch(date.value or ""):
        return False
    head = _after_clause_head(token)
    if head is None:
        return False
    from dateline.stages.time_when import event_when  # time_when reads event_dates

    answer = event_when(token.doc, head.i)
    for _ in range(2):  # "said on Friday that the ban had been lifted after ...": the saying
        if answer.basis != "document_date" or head.dep_ not in _CLIMB or head.head.i == head.i:
            break  # dates the undated head the clause hangs on, and the clause before it
        head = governing_verb(head.head)
        answer = event_when(token.doc, head.i)
    if answer.basis != "explicit" or not _DAY.fullmatch(answer.value or ""):
        return False
    if _since_phrase(token, answer.time):  # "who have held it since Friday": a start, not
        return False  # the day the head act happened
    return (answer.value or "") < (date.value or "")


def _since_phrase(token: Token, time_id: str | None) -> bool:
    """The head's time is told as the start of a span ("since Friday")."""
    from dateline.stages.state import state_of

    for anchor in state_of(token.doc).time_anchors:
        if anchor.time.id == time_id and anchor.start > 0 \
                and token.doc[anchor.start - 1].lower_ == "since":
            return True
    return False


def _after_clause_head(token: Token) -> Token | None:
    """The verb an "after" clause holding ``token`` hangs on, climbing a few clause links."""
    clause = governing_verb(token)
    for _ in range(3):
        if clause.dep_ in _LINKED and clause.head.i != clause.i \
                and clause.head.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
            return clause.head
        if clause.dep_ not in _CLIMB or clause.head.i == clause.i:
            return None
        clause = governing_verb(clause.head)
    return None
