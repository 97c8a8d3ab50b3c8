"""Sense check on a protest that a verb calls off (wave 52, ev52b; issue 11).

"the union suspended its protests on Monday", "halted the boycott", "cancelled a planned
rally": the noun names a protest that stops or never takes place, so it is no PROTEST on the
day the text gives. The verbs are the sense class ``calling_off_verbs``.

- ``called_off_by``: the (noun) token, or the first noun it is joined to, is the direct object
  of a verb of ``words`` (``events.sense.called-off-protest.v1``). "ended their march at the
  station" tells where a march ended, not that it was called off: a place phrase on the verb
  keeps the protest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

#: Prepositions that place where an act ended ("ended the march at the square").
PLACE_PREPS = frozenset({"at", "in", "outside", "near"})


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"} and token.head.i != token.i:
        token = token.head
    return token


def called_off_by(token: Token, words: frozenset[str]) -> bool:
    first = _first_conjunct(token)
    verb = first.head
    if first.dep_ != "dobj" or verb.i == first.i or verb.lemma_.lower() not in words:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in verb.children)


CALLED_OFF_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "called_off_by": lambda t, e, s, words: called_off_by(t, words),
}
