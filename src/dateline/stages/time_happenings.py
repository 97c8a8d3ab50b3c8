"""A bare weekday hung on a noun of a past happening ("condemns the attack on Friday", "denies
an AFP report on Sunday", "criticises Iran during a visit on Sunday"): the happening is told as
done, so the weekday is the one before the document date even when the clause is told in the
present (times.happening-weekday.v1, wave 47, read in disc stories; the clause's present tense
alone sent these to the coming week). A weekday on a present "follows" whose object is a noun
dates that earlier happening too (events.date.follows-happening.v1, wave 55).

Read by ``time_tense.clause_tense``; the words are ``times.yaml`` keys.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.stages.syntax import future_auxiliaries, words

__all__ = ["EVENT_RULES", "FOLLOWS_RULE", "POSSESSED_RULE", "TIME_RULES",
           "followed_happening_day", "past_happening_day", "possessed_happening_day",
           "reaction_to_happening"]

FOLLOWS_RULE = "events.date.follows-happening.v1"
#: "retract its description of Wednesday's clashes" (wave 79, lead; ``possessed_happening_day``).
POSSESSED_RULE = "events.date.possessed-happening.v1"
#: The rule a weekday read by it carries on its time, and back (wave 55, ev55c).
TIME_RULES = {FOLLOWS_RULE: "times.weekday-follows.v1",
              "events.date.called-ahead-weekday.v1": "times.weekday-called-ahead.v1",  # ev72d
              POSSESSED_RULE: "times.weekday-possessed-happening.v1"}
EVENT_RULES = {time: event for event, time in TIME_RULES.items()}


def past_happening_day(span: Span, verb: Token) -> bool:
    """The weekday ``span`` hangs on a past-happening noun ("on Friday" under "attack", or
    "Friday" apposed to it) whose clause verb ``verb`` is not told as future or looking ahead."""
    noun = _happening_noun(span.root)
    if noun is None or _looks_ahead(verb) or _marked_ahead(noun, verb):
        return False
    lemma = noun.lemma_.lower()
    happenings = words("past_happening_nouns", "times")
    if noun.lower_ in happenings or lemma in happenings:
        return True
    return lemma in words("inside_happening_nouns", "times") and noun.dep_ == "pobj" \
        and noun.head.lower_ in words("inside_happening_preps", "times")


def possessed_happening_day(span: Span, verb: Token) -> bool:
    """"demanded that the government retract its description of Wednesday's clashes": a weekday
    in the possessive of a noun of ``times.possessed_happening_nouns`` (violence no one
    schedules) names a day already past, whatever the tense of the clause it sits in; the
    clause's looking ahead ("retract", "will investigate") is about the telling, not the
    happening. Not when the noun is marked ahead ("Friday's planned attack"). (POSSESSED_RULE,
    wave 79, lead: the clause's tense sent it to the coming week.)"""
    root = span.root
    noun = root.head
    if root.dep_ != "poss" or noun.i == root.i or noun.pos_ != "NOUN":
        return False
    happenings = words("possessed_happening_nouns", "times")
    if noun.lower_ not in happenings and noun.lemma_.lower() not in happenings:
        return False
    return not _marked_ahead(noun, verb)


def followed_happening_day(span: Span, verb: Token) -> bool:
    """"This announcement follows the resignation of the premier late on Monday night": a verb
    of ``times.sequence_verbs`` in the simple present, with a noun object and no future
    auxiliary, tells that its object happened first; a weekday on that verb dates the object,
    the one before the document date (FOLLOWS_RULE, wave 55; the present read as a schedule
    sent it to the coming week)."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "on" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ != "npadvmod":
        return False
    if head.dep_ == "advmod" and head.lower_ in words("happening_day_edges", "times"):
        head = head.head  # "late on Monday night": the parser hangs "on" on "late"
    if head.i != verb.i or verb.tag_ not in {"VBZ", "VBP"} \
            or verb.lemma_.lower() not in words("sequence_verbs", "times"):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & future_auxiliaries():
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    marks = words("forward_happening_marks", "times")
    return bool(objects) and not any(c.lower_ in marks for o in objects for c in o.children)


def _happening_noun(root: Token) -> Token | None:
    """The noun the weekday modifies: through "on" ("the attack on Friday") or bare
    ("the attack Friday")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "on" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ != "npadvmod":
        return None
    return head if head.pos_ == "NOUN" and head.i != root.i else None


def _looks_ahead(verb: Token) -> bool:
    """A future or conditional auxiliary, a frame of intention ("plans to", "is due to"), or a
    verb that awaits the happening ("warns of attacks on Friday")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    frames = words("future_frames") | words("forward_happening_verbs", "times")
    chain = [verb, verb.head] if verb.dep_ in {"xcomp", "ccomp", "advcl"} else [verb]
    return bool(auxiliaries & future_auxiliaries()) \
        or any(v.lemma_.lower() in frames for v in chain)


def _marked_ahead(noun: Token, verb: Token) -> bool:
    """"the planned meeting", "ahead of the visit": a forward word on the noun or between it and
    its verb."""
    marks = words("forward_happening_marks", "times")
    if any(c.lower_ in marks for c in noun.children):
        return True
    token = noun
    while token.i != verb.i and token.head.i != token.i:
        token = token.head
        if token.lower_ in marks:
            return True
    return False



def reaction_to_happening(doc: Doc, start: int, end: int, event: Token) -> bool:
    """"The UN condemns the attack on Friday": the weekday dates the attack, not a present act
    that names it as its object; only a verb told inside the happening ("criticises ... during
    a visit on Sunday") or told in the past shares its day (times.happening-weekday.v1)."""
    from dateline.stages.time_tense import WEEKDAY_ONLY  # time_tense reads this module

    span = doc[start:end]
    noun = _happening_noun(span.root)
    if noun is None or event.i == noun.i or event.tag_ in {"VBD", "VBN"}:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in words("inside_happening_preps", "times"):
        return False
    return WEEKDAY_ONLY.match(span.text.lower()) is not None \
        and past_happening_day(span, event)
