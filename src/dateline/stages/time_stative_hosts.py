"""A time the parser hung on a word describing a thing dates the clause's act (wave 106).

"A bomb ripped through a cafe packed with tourists on Marrakesh's main square on Thursday,
killing 16 people", "drove a car packed with explosives into the U.N. headquarters on Friday,
killing at least 18": the small model hangs "on Thursday" on "packed", the participle that
describes the cafe or the car, so the bombing and the killing it caused were dated by the
document (judged rounds 84 and 89). A participle of a state (``times.stative_participles``:
packed, crowded, filled, laden) tells what a thing is like, not an act of its own day; a time
hung on it (``stative_host``) belongs to the clause the thing is part of
(events.date.stative-participle-time.v1). A participle of an act ("the deal signed on Friday")
keeps its time.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb, words

__all__ = ["STATIVE_HOST_RULE", "stative_host", "stative_hosted"]

STATIVE_HOST_RULE = "events.date.stative-participle-time.v1"
#: ``state.derived`` key of the clauses a time was moved to.
HOSTED = "times.stative-hosted"


def stative_host(doc: Doc, clause: int) -> int:
    """The clause a time hung on ``doc[clause]`` dates: the verb of the noun a stative
    participle describes, or ``clause`` itself."""
    word = doc[clause]
    if word.dep_ != "acl" or word.tag_ != "VBN" or word.head.i == word.i \
            or word.lemma_.lower() not in words("stative_participles", "times"):
        return clause
    host = governing_verb(word.head)
    if host.i == word.i or host.pos_ not in {"VERB", "AUX"}:
        return clause
    state_of(doc).derived.setdefault(HOSTED, set()).add(host.i)
    return host.i


def stative_hosted(doc: Doc, token: Token) -> bool:
    """The event's clause, or the clause its participle hangs on ("ripped through a cafe
    packed with tourists on Thursday, killing 16"), took its time from a stative participle."""
    hosted = state_of(doc).derived.get(HOSTED)
    if not isinstance(hosted, set):
        return False
    clause = governing_verb(token)
    return clause.i in hosted or (clause.dep_ in {"advcl", "conj"} and clause.head.i in hosted)
