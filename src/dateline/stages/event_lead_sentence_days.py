"""The lead sentence's day for another act of the same sentence (session 111).

"Soldiers in Guinea-Bissau detained the head of the armed forces and briefly held the prime
minister on Thursday", "Serbia stopped a train ... on Saturday, accusing authorities in
Pristina of ...": a story filed the day after its news dates the news once in its lead, and
the parser hangs that day on one verb only. Another act of the lead sentence told as done,
which every other date rule left at the document date with no rule of its own (no mark of an
earlier time, of a span, of a report), took place that day, not on the document date
(events.date.lead-sentence-day.v1; judged rounds 41-116: of 46 acts of a lead sentence with
one past day dated to the document, 34 were judged wrong, 21 of them asking for that day).
Only when the sentence names one past day, within a week of the document date and not as a
possessive ("Tuesday's election" names the election's day, not the sentence's); not an act
inside a noun's phrase ("the decision to expel"), which may be older.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.stages.state import TimeAnchor, state_of

__all__ = ["LEAD_SENTENCE_DAY_RULE", "lead_sentence_day"]

LEAD_SENTENCE_DAY_RULE = "events.date.lead-sentence-day.v1"
#: How many days before the document date the lead's day may be (as ``lead-story-day.v1``).
LEAD_SENTENCE_REACH = 7


def lead_sentence_day(token: Token) -> tuple[str, str | None] | None:
    """The one past day of ``token``'s sentence when it is the story's lead: the value and the
    time id, or None."""
    from dateline.stages.event_dates import _lead_sentence  # event_dates calls this module

    doc = token.doc
    state = state_of(doc)
    lead = _lead_sentence(doc)
    if lead is None or not lead.start <= token.i < lead.end or state.document_date is None \
            or token.pos_ != "VERB" or _inside_noun_phrase(token):
        return None
    days = [a for a in state.time_anchors
            if lead.start <= a.start < lead.end and _recent_day(a, state.document_date)]
    if not days or len({a.time.value for a in days}) != 1 \
            or any(_possessive(doc[a.end - 1]) for a in days):
        return None
    return days[0].time.value, days[0].time.id


def _recent_day(anchor: TimeAnchor, document: dt.date) -> bool:
    """A calendar day from one to ``LEAD_SENTENCE_REACH`` days before the document date."""
    value = anchor.time.value
    if anchor.time.type != "DATE" or len(value) != len("YYYY-MM-DD") or not value[:1].isdigit():
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return dt.timedelta(0) < document - day <= dt.timedelta(days=LEAD_SENTENCE_REACH)


def _possessive(last: Token) -> bool:
    """"Tuesday's election": the day is the possessor of a noun, the noun's own day."""
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return last.tag_ == "POS" or (following is not None and following.tag_ == "POS")


def _inside_noun_phrase(token: Token) -> bool:
    """"Spain's decision to back Morocco's plan", "the man Israel held responsible": an act in a
    noun's phrase may be older than the news."""
    return token.dep_ in {"acl", "relcl"} and token.head.pos_ in {"NOUN", "PROPN"}
