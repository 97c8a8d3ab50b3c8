"""Acts told in a "when" clause on a date phrase take that date (issue 11, wave 49).

CONVENTIONS.md, "Date": an act takes the date the text gives it; a background act of an earlier
time is wrong with the document date. "has been held since Sept. 1, when his guards were shot at",
"the dispute dating back to 1986, when its army withdrew", "the violence last week, when
protesters took to the streets": the relative adverb (``clauses.date_relative_adverbs``) ties the
clause to the date phrase it hangs on, so the act happened then, not on the document date nor on
a day carried from another sentence.

- ``events.date.when-on-date.v1``: the act's clause (or a conjunct of it) is a "when" clause on
  a time expression. A past calendar time dates the act at its precision; a time that names no
  past point ("on April 0", a future day) leaves a past-tense act undated rather than given the
  document's day. Only for acts the text gives no time of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import UNDATED, UNGIVEN, _past_point
from dateline.stages.state import TimeAnchor, state_of
from dateline.stages.syntax import governing_verb, words

__all__ = ["WHEN_ON_DATE_RULE", "when_on_date"]

WHEN_ON_DATE_RULE = "events.date.when-on-date.v1"
#: How a "when" clause hangs on the date phrase it tells of.
CLAUSE_DEPS = frozenset({"relcl", "advcl"})
#: Time types that name when something happened (a length such as "a weekend" names none).
DATE_TYPES = frozenset({"DATE", "TIME"})


def when_on_date(token: Token, date: EventDate, rule: str | None = None
                 ) -> tuple[EventDate, str | None]:
    """The event's date after the rule, and the rule that set it (``rule`` when unchanged)."""
    if date.basis not in UNGIVEN:
        return date, rule
    clause = _when_clause(governing_verb(token))
    if clause is None:
        return date, rule
    anchor = _date_anchor(clause.head) or _set_off_anchor(clause)
    if anchor is None:
        return date, rule
    state = state_of(token.doc)
    if _past_point(anchor, state):
        return EventDate(anchor.time.value, anchor.time.id, "explicit"), WHEN_ON_DATE_RULE
    if clause.tag_ == "VBD" or any(c.tag_ == "VBD" for c in clause.children
                                   if c.dep_ in {"aux", "auxpass"}):
        return UNDATED, WHEN_ON_DATE_RULE  # a past act on a day the text does not resolve
    return date, rule


def _when_clause(verb: Token) -> Token | None:
    """The "when" clause the verb tells, climbing conjuncts ("when X fired and killed ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in CLAUSE_DEPS or verb.head.i == verb.i:
        return None
    adverbs = words("date_relative_adverbs")
    if not any(c.dep_ == "advmod" and c.lower_ in adverbs and c.i < verb.i
               for c in verb.children):
        return None
    return verb


def _date_anchor(head: Token) -> TimeAnchor | None:
    """The time expression (a date, not a length) the clause's head word lies in."""
    for anchor in state_of(head.doc).time_anchors:
        if anchor.start <= head.i < anchor.end and anchor.time.type in DATE_TYPES:
            return anchor
    return None


def _set_off_anchor(clause: Token) -> TimeAnchor | None:
    """"a dispute dating back to 1986, when its army withdrew": the parser hangs a "when"
    clause set off by a comma on the main verb; the date that ends right before the comma is
    the one it tells of."""
    start = clause.left_edge.i
    if start < 2 or clause.doc[start].dep_ != "advmod" or clause.doc[start - 1].text != ",":
        return None
    for anchor in state_of(clause.doc).time_anchors:
        if anchor.end == start - 1 and anchor.time.type in DATE_TYPES:
            return anchor
    return None
