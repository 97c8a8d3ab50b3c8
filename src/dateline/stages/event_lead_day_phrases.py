"""Days of the lead's acts the parse hangs elsewhere in their sentence (wave 73, ev73f).

Two shapes of the first paragraphs of a story, where the news of the day is told:

- "Gazprom cut off gas supplies destined for Ukraine on Sunday", "Troops attacked a gas plant
  held by gunmen on Thursday": the day closing the sentence is hung by the parser on a
  participle that modifies the act's object (a state of the object, not an act of its own), so
  the act itself is left with the document date. An act in the simple past of the lead
  (``LEAD_PARAGRAPHS``) with no time of its own, whose direct object carries such a participle
  (no subject, no auxiliary of its own) with an "on"-phrase (``times.lead_object_day_preps``)
  naming a calendar day no later than the document date, took place that day
  (events.date.lead-object-day.v1). Not when the object names a happening ("condemned the
  bombing carried out on Monday"): the day is then that happening's.
- "The council said on Tuesday it was ready to recount ballots, a day after supporters marched
  through the capital": an "after" clause with a gap of whole days hangs on the complement of a
  report dated to a day, or on an act dated by the first shape; the gap is counted back from
  that day (events.date.gap-after-lead-day.v1), where ``events.date.gap-after.v1`` finds no day
  on the clause's head and leaves the act undated.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb, paragraph_index, words

__all__ = ["GAP_LEAD_DAY_RULE", "LEAD_OBJECT_DAY_RULE", "gap_after_lead_day", "lead_object_day"]

LEAD_OBJECT_DAY_RULE = "events.date.lead-object-day.v1"
GAP_LEAD_DAY_RULE = "events.date.gap-after-lead-day.v1"
#: The paragraphs of a story that tell the day's news (the first two).
LEAD_PARAGRAPHS = 2
#: Parts of speech of a participle that modifies the object: a past participle, a state of the
#: object ("held by gunmen", "destined for Ukraine"). Not a present participle: "a ceasefire
#: starting on Friday" tells the object's own time.
OBJECT_PARTICIPLE_TAGS = frozenset({"VBN"})


def _in_lead(token: Token) -> bool:
    return paragraph_index(token) < LEAD_PARAGRAPHS


def _calendar_day(value: str | None, token: Token) -> bool:
    """A calendar day no later than the document date."""
    if value is None or len(value) != len("YYYY-MM-DD") or not value[:4].isdigit():
        return False
    anchor = state_of(token.doc).document_date
    return anchor is None or value <= anchor.isoformat()


def lead_object_day(token: Token) -> tuple[str, str | None] | None:
    """The day of the participle phrase of the act's object (module docstring, first shape), as
    the value and the time id, or None."""
    from dateline.stages.event_dates import _simple_past  # event_dates calls this module

    if token.pos_ != "VERB" or not _simple_past(token) or not _in_lead(token):
        return None
    preps = words("lead_object_day_preps", "times")
    holders: set[int] = set()
    for noun in (c for c in token.children if c.dep_ == "dobj" and not _happening(c)):
        for participle in noun.children:
            if participle.dep_ != "acl" or participle.tag_ not in OBJECT_PARTICIPLE_TAGS \
                    or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"}
                           for c in participle.children):
                continue
            holders |= {p.i for p in participle.children
                        if p.dep_ == "prep" and p.lower_ in preps}
    if not holders:
        return None
    found = [anchor for anchor in state_of(token.doc).time_anchors
             if token.doc[anchor.start : anchor.end].root.dep_ == "pobj"
             and token.doc[anchor.start : anchor.end].root.head.i in holders]
    if len(found) != 1 or not _calendar_day(found[0].time.value, token):
        return None
    return found[0].time.value, found[0].time.id


def _happening(noun: Token) -> bool:
    """An object that names a happening ("condemned the bombing carried out on Monday"): the
    participle tells that happening's own day, not the act's."""
    from dateline.stages.event_lexicon import match
    from dateline.stages.timex import vocab

    occasions = vocab()["occasion_nouns"]
    return match(noun) is not None or noun.lemma_.lower() in occasions \
        or noun.lower_ in occasions


def _head_day(head: Token) -> str | None:
    """The day the gap counts back from: the object phrase's day of the head act, or the day of
    the report whose complement the head is ("said on Tuesday it was ready ...")."""
    from dateline.stages.time_when import event_when  # time_when reads event_dates

    day = lead_object_day(head)
    if day is not None:
        return day[0]
    report = head
    while report.dep_ in {"ccomp", "xcomp", "conj"} and report.head.i != report.i:
        report = report.head
    if report.i == head.i or report.lemma_.lower() not in words("news_report_verbs", "times"):
        return None
    answer = event_when(head.doc, report.i)
    return answer.value if answer.basis == "explicit" and _calendar_day(answer.value, head) \
        else None


def gap_after_lead_day(token: Token) -> EventDate | None:
    """The day of an act of an "after" clause with a told gap of whole days, counted back from
    the head's day found by ``_head_day`` (module docstring, second shape), or None."""
    from dateline.stages.event_dates import DAY_GAP, after_clause_gap

    clause = governing_verb(token)
    if clause is None or not _in_lead(clause):
        return None
    head = clause.head
    gap = after_clause_gap(clause)
    days = DAY_GAP.fullmatch(gap.time.value or "") if gap is not None else None
    if gap is None or days is None or gap.time.mod is not None:
        return None
    value = _head_day(head)
    if value is None:
        return None
    day = dt.date.fromisoformat(value) - dt.timedelta(days=int(days.group(1)))
    return EventDate(day.isoformat(), None, "narrative")
