"""Which triggers of the events stage are part of another trigger's frame, not events of their own.

"threatened to impose" is the threat, "rejected the request" the rejection, "called for the
embargo to be lifted" the request: what is threatened, refused or asked for has not happened.
An ongoing attack that a requested or promised ceasefire would end is an event of its own
(``events.recall.ongoing-object.v1``). Apart from ``events`` because it is one question asked of
every trigger before its arguments are looked for.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lexicon import TriggerEntry, match
from dateline.stages.event_phrase_actors import OBJECTS
from dateline.stages.senses import read_sense
from dateline.stages.state import DocState

SPEECH_ACT_TYPES = {"THREATEN", "REJECT", "REQUEST", "AGREE", "ACCUSE", "CONCEDE", "SUPPORT"}
#: Types whose complement clause is what is asked, threatened or refused, not a happening.
REQUESTING_TYPES = {"REQUEST", "THREATEN", "REJECT", "AGREE"}


def suppressed(token: Token, state: DocState) -> bool:
    """A trigger inside another trigger's frame is part of that event, not one of its own:
    "threatened to impose" (the threat), "rejected the request" (the rejection), "called for
    the embargo to be lifted" (the request: what is asked for has not happened). The frame
    reaches through a control clause that is itself framed: "declined to meet with its
    counterpart to discuss ..." (what was declined is the meeting and the talks)."""
    if _framed(token, state):
        return True
    head = token.head
    if head.i == token.i or head.pos_ != "VERB" or match(head) is None:
        return False
    if token.dep_ == "conj":  # "declined to meet ... or to provide his views"
        return _framed(head, state)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return token.dep_ in {"xcomp", "advcl"} and _framed(head, state)


def _framed(token: Token, state: DocState) -> bool:
    head = token.head
    if head.i == token.i:
        return False
    head_entry = match(head)
    if head_entry is None:
        return False
    head_entry, _ = read_sense(head, head_entry, state)
    if head_entry is None:
        return False
    if token.dep_ in OBJECTS | {"pobj"} and token.pos_ in {"NOUN", "PROPN"}:
        # a condemned attack still happened; so did one only asked or promised to end
        return head_entry.type != "ACCUSE" and not ongoing_object(head, head_entry, state)
    if token.dep_ in {"ccomp", "advcl"} and head_entry.type in REQUESTING_TYPES:
        return any(c.dep_ in {"mark", "aux"} and c.lower_ in {"for", "to", "that"}
                   for c in token.children) or _subjunctive(token)
    if token.dep_ == "acl" and head.pos_ == "NOUN" and head_entry.type in SPEECH_ACT_TYPES:
        return True  # "refusal to recognise", "a demand to withdraw"
    return token.dep_ in {"xcomp"} and head_entry.type in SPEECH_ACT_TYPES


ONGOING_RULE = "events.recall.ongoing-object.v1"


def ongoing_trigger(token: Token, state: DocState) -> bool:
    head = token.head
    entry = match(head) if head.i != token.i else None
    return entry is not None and ongoing_object(head, entry, state)


def ongoing_object(head: Token, head_entry: TriggerEntry, state: DocState) -> bool:
    """"urged the government to end its offensive", "agreed to halt the shelling": the attack
    a requested or promised ceasefire would end is going on, an event of its own
    (events.recall.ongoing-object.v1); an ended one ("halted its offensive") stays in the
    ending's frame."""
    return head_entry.mode == "ceasefire" and _framed(head, state)


def _subjunctive(token: Token) -> bool:
    """"demanded that Kyiv withdraw": a bare verb form under a demand."""
    return token.tag_ == "VB" and not any(c.dep_ == "aux" for c in token.children)
