"""Dates of acts summed up to now, or done before the clause they hang on (issue 11, wave 48).

CONVENTIONS.md, "Date": a total summed over a span has no date, an act still going on when the
story is told takes the document date, and a background act of an untold earlier time has none.
Each rule applies only to an act the text gives no time of its own (its date is the document's
or a narrative one carried from another sentence).

- ``events.date.so-far.v1``: a present perfect whose clause says it runs up to the telling
  (``clauses.up_to_now_phrases``: "so far", "to date"). With a counted or whole party ("has so
  far detained 34 people", "to date, all aid has been provided") it is a running total: no date.
  Uncounted ("Russia has so far refused to pay") it goes on now: the document date, never a
  narrative time carried from an earlier sentence.
- ``events.date.perfect-participle.v1``: "has returned, having been detained for a short time",
  "the group ..., having targeted its leaders": a perfect participle tells an act done before
  the clause it hangs on, on a day the text does not give: no date, not the statement's day.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import (
    REPORT_OVER_NARRATIVE_RULE,
    REPORT_RULE,
    UNDATED,
    UNGIVEN,
    present_perfect,
)
from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb, words

__all__ = ["PERFECT_PARTICIPLE_RULE", "SO_FAR_RULE", "TALLY_OVERRIDES", "tally_date"]

SO_FAR_RULE = "events.date.so-far.v1"
PERFECT_PARTICIPLE_RULE = "events.date.perfect-participle.v1"
#: Dependencies of the party a total counts.
COUNTED_DEPS = frozenset({"nsubjpass", "dobj"})
#: Dependencies of a phrase that modifies the clause ("so far" advmod, "to date" prep).
PHRASE_DEPS = frozenset({"advmod", "prep", "npadvmod"})
#: Earlier date rules whose date only the perfect participle rule may replace: the day of the
#: report that tells the act ("said on Sunday ..., having been detained") is not the act's.
TALLY_OVERRIDES = frozenset({REPORT_RULE, REPORT_OVER_NARRATIVE_RULE})


def tally_date(token: Token, date: EventDate, rule: str | None = None
               ) -> tuple[EventDate, str | None]:
    """The event's date after the module's rules, and the rule that set it (``rule``, the
    earlier rule, when unchanged). Only the perfect participle rule replaces a report's day."""
    if date.basis not in UNGIVEN:
        return date, rule
    verb = governing_verb(token)
    if perfect_participle(verb):
        return UNDATED, PERFECT_PARTICIPLE_RULE
    perfect = _perfect_head(verb)
    if rule is not None or perfect is None or not _up_to_now(perfect):
        return date, rule
    if _counted(perfect):
        return UNDATED, SO_FAR_RULE
    if date.basis == "narrative":
        return _document_date(token), SO_FAR_RULE
    return date, rule


def perfect_participle(verb: Token) -> bool:
    """"having been detained", "having targeted": a past participle with "having" as its own
    auxiliary, hanging on another clause."""
    auxiliaries = words("perfect_participle_auxiliaries")
    return verb.tag_ == "VBN" and verb.head.i != verb.i \
        and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in auxiliaries for c in verb.children)


def _perfect_head(verb: Token) -> Token | None:
    """The present perfect the act is told by: its own verb, or for a conjunct with no
    auxiliary of its own ("has so far detained ... and deported ..."), its first conjunct's."""
    while verb.dep_ == "conj" and verb.head.i != verb.i \
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        verb = verb.head
    return verb if present_perfect(verb) else None


def _up_to_now(verb: Token) -> bool:
    """A phrase of the clause (its own child) is one of ``clauses.up_to_now_phrases``."""
    phrases = words("up_to_now_phrases")
    doc = verb.doc
    for child in verb.children:
        if child.dep_ not in PHRASE_DEPS:
            continue
        text = doc[child.left_edge.i : child.right_edge.i + 1].text.lower()
        if text in phrases:
            return True
    return False


def _counted(verb: Token) -> bool:
    """The act's patient is counted ("34 people", "thousands of detainees") or taken whole
    ("all aid")."""
    wholes = words("whole_determiners")
    for noun in (c for c in verb.children if c.dep_ in COUNTED_DEPS):
        if noun.like_num or noun.tag_ == "CD":
            return True
        if any(c.dep_ == "nummod" or (c.dep_ in {"det", "predet"} and c.lower_ in wholes)
               for c in noun.children):
            return True
    return False


def _document_date(token: Token) -> EventDate:
    """The document date, or none when the article has none."""
    day = state_of(token.doc).document_date
    return EventDate(day.isoformat(), None, "document_date") if day is not None else UNDATED
