"""A plan told in the past dates its act before the document date (wave 59, ev59b; word list
``past_frame_auxiliaries`` in ``lexicon/times.yaml``).

"Russia had planned to hold talks with Turkey on April 10-11", "the two sides were scheduled to
sign the accord on 5 January", "rebels were preparing to attack the town in May": a frame of
intention (``clauses.future_frames``: plan, intend, prepare, schedule, due, set ...; not a
forecast, ``times.forecast_frames``: "was expected to arrive on Friday" still looks ahead)
told in the past progressive, past perfect or past passive is a future seen from the past. Its
act's year-less day or month is the one before the document date, as a past act's is, and not
the next one, which only a future told from now takes ("will hold", "plans to hold", "is due to
hold"). Before, the frame alone made the clause future, so these went to the coming year
(events.date.past-plan.v1 on the event, times.past-plan.v1 on the time; judged in ev58a's val
check: a meeting planned for April, told in June, was read as next April). Inside a statement
told in the past only the past perfect counts: "said the talks were set to resume on Sunday" may
be "are set to" shifted back, still ahead.

Read by ``time_tense``: ``_verb_tense`` asks ``past_told_frame`` before the frame makes the
clause future, and ``clause_tense`` notes the span, so the times stage names the rule where the
reading moved the date.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import bare_conjunct_head, future_auxiliaries, words

__all__ = ["PAST_PLAN_RULE", "PAST_PLAN_TIME_RULE", "past_told_frame"]

PAST_PLAN_RULE = "events.date.past-plan.v1"
#: The name the rule adds to a time it moved (``time_happenings.TIME_RULES`` maps it back).
PAST_PLAN_TIME_RULE = "times.past-plan.v1"
#: Frames a past form of which tells the plan (``_verb_tense``: "is due to", "was set to").
FRAME_ADJECTIVES = frozenset({"due", "set"})


def past_told_frame(verb: Token) -> bool:
    """Whether ``verb`` is a frame of intention told in the past ("had planned [to hold]",
    "were scheduled [to sign]") or the to-infinitive act of one ("[had planned to] hold"), or a
    bare verb joined to that act ("were planning to take the town and hold it")."""
    verb = bare_conjunct_head(verb)
    if _frame(verb) and any(c.dep_ == "xcomp" for c in verb.children):
        return _told_in_past(verb)
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and _frame(head) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return _told_in_past(head)
    return False


def _frame(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in words("forecast_frames", "times"):  # "was expected to arrive on Friday": ahead
        return False
    return lemma in words("future_frames") or token.lower_ in FRAME_ADJECTIVES


def _told_in_past(frame: Token) -> bool:
    """A past auxiliary of the frame's own ("were planning", "had planned", "was scheduled",
    "was due"), and no modal or future auxiliary that puts it ahead ("will have been expected")."""
    marks = {c.lower_ for c in frame.children if c.dep_ in {"aux", "auxpass", "cop"}}
    if frame.dep_ == "acomp" and frame.head.lemma_ == "be":  # "were [due] to meet"
        frame = frame.head
        marks |= {frame.lower_} | {c.lower_ for c in frame.children if c.dep_ == "aux"}
    if marks & (words("modal_auxiliaries") | future_auxiliaries()):
        return False
    if not marks & words("past_frame_auxiliaries", "times"):
        return False
    return bool(marks & words("past_perfect_auxiliaries", "times")) or not _reported(frame)


def _reported(frame: Token) -> bool:
    """"the rebels said they were pulling out of talks which were set to resume on Sunday": a
    past progressive or passive frame inside a statement told in the past may be its present
    shifted back ("are set to resume"), a plan still ahead; only a past perfect ("said it had
    planned to") is told as past there (``times.backshift_speech_verbs``)."""
    speech = words("backshift_speech_verbs", "times")
    return any(t.lemma_.lower() in speech and t.pos_ in {"VERB", "AUX"}
               for t in frame.ancestors)
