"""A lead act told as happening "as" the lead's dated act (wave 84, ev84l).

"The president rejected the offer on Monday, as rebels shelled the town and warned of more": an act
of an "as" clause (or a verb joined to that clause's verb) in the simple past happens while the
lead's act does. When the lead sentence names one day only (years and months named with a noun,
"the 2014 war", are no days), a calendar day no later than the document date, outside the "as"
clause, and the "as" clause gives no time of its own, the act takes that day
(events.date.lead-as-day.v1), wherever the parser hung the day phrase or the "as" clause (on a
report verb, on an infinitive of the object). Judged rounds 41-51: such acts kept the document
date, a day after the one the lead names.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lead_day_phrases import _calendar_day
from dateline.stages.state import state_of
from dateline.stages.syntax import words

__all__ = ["LEAD_AS_DAY_RULE", "lead_as_day"]

LEAD_AS_DAY_RULE = "events.date.lead-as-day.v1"


def _as_clause(token: Token) -> Token | None:
    """The verb of the "as" clause the act belongs to: the act's own verb, or the verb it is
    joined to by "and" ("as Sudan mobilised its army and warned ...")."""
    clause = token.head if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} \
        else token
    marks = words("lead_as_day_marks", "times")
    if clause.dep_ == "advcl" and clause.head.i != clause.i and any(
            c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
        return clause
    return None


def lead_as_day(token: Token) -> tuple[str, str | None] | None:
    """The one day the lead sentence names outside the act's "as" clause (module docstring), as
    the value and the time id, or None."""
    from dateline.stages.event_dates import _lead_sentence, _simple_past  # it calls this module

    if token.pos_ != "VERB" or not _simple_past(token):
        return None
    clause = _as_clause(token)
    lead = _lead_sentence(token.doc)
    if clause is None or not _simple_past(clause) or lead is None \
            or not lead.start <= token.i < lead.end:
        return None
    inside = {t.i for t in clause.subtree}
    anchors = [a for a in state_of(token.doc).time_anchors if lead.start <= a.start < lead.end]
    if any(a.start in inside for a in anchors):
        return None  # the "as" clause gives a time of its own
    days = [a for a in anchors if a.time.type in {"DATE", "TIME"} and _day(a.time.value)]
    if len(days) != 1 or days[0].relational \
            or not _calendar_day((days[0].time.value or "")[:10], token):
        return None
    return days[0].time.value or "", days[0].time.id


def _day(value: str | None) -> bool:
    """A time of day precision or finer ("Monday", "late on Sunday"); a year or a month named
    with a noun ("the 2014 war") is no day the act could take."""
    return value is not None and len(value) >= len("YYYY-MM-DD") and value[:4].isdigit() \
        and value[4] == "-" and value[7:8] == "-"
