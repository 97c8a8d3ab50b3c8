"""A bare weekday a call or plan is made "for" is the coming one (wave 72, ev72d; judged round
43: "His allies announced nationwide protests for Saturday" in a Monday story was dated the
Saturday before, not the Saturday ahead).

"The opposition called a general strike for Friday", "a rally planned for Sunday", "talks set
for Tuesday": the weekday after "for" names the day the called, announced or scheduled act is to
take place, which is ahead of the call even when the call is told in the past. The preposition
hangs on a verb that looks ahead (``times.forward_happening_verbs``: announce, call, plan,
schedule, set ...) or on a participle that puts the act ahead (``times.forward_happening_marks``:
planned, scheduled ...), or on the object noun of such a verb. Read by ``time_tense.clause_tense``,
which then takes the clause as future; the times stage names the time rule
(times.weekday-called-ahead.v1) and the event dated by it the event rule
(events.date.called-ahead-weekday.v1, ``time_happenings.TIME_RULES``).

Not: a plan told in the past perfect ("had been scheduled for Sunday"), the weekday of the
document date itself ("a protest planned for Wednesday evening" told on
a Wednesday is that evening, not the next week's), a weekday after another preposition
("announced on Saturday"), a weekday with its own "last"/"next" (the clause tense reads those
first), nor "for" on a verb of another kind ("waited for Saturday").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.state import state_of
from dateline.stages.syntax import words

__all__ = ["CALLED_AHEAD_RULE", "called_ahead_day"]

CALLED_AHEAD_RULE = "events.date.called-ahead-weekday.v1"


def called_ahead_day(span: Span) -> bool:
    """Whether the bare weekday ``span`` is the object of a "for" on a verb, participle or object
    noun of a call or plan ("called a strike for Friday", "a rally planned for Sunday")."""
    if span.start == 0:
        return False
    prep = span.doc[span.start - 1]
    if prep.lower_ != "for" or prep.dep_ != "prep" or span.root.head.i != prep.i:
        return False
    today = state_of(span.doc).document_date
    if today is None or span[0].lower_ == today.strftime("%A").lower():
        return False  # "a protest planned for Wednesday evening" told on a Wednesday: that day
    head = prep.head
    verb = head.head if head.pos_ in {"NOUN", "PROPN"} \
        and head.dep_ in {"dobj", "nsubjpass"} else head
    if not _looks_ahead(verb) or _past_perfect(verb):
        return False
    return verb.i == head.i or head.head.i == verb.i


def _past_perfect(verb: Token) -> bool:
    """"had been scheduled for Sunday": a plan told in the past perfect is seen from the past (the
    wave-59 past-plan reading keeps its weekday before the document date)."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in verb.children)


def _looks_ahead(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX", "ADJ"}:
        return False
    return token.lemma_.lower() in words("forward_happening_verbs", "times") \
        or token.lower_ in words("forward_happening_marks", "times")
