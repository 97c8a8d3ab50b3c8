"""Sense check on an act noun inside a threatened act (wave 59, ev59f; issue 11).

"threatened to cut federal aid to the island", "has threatened to call an emergency summit":
the THREATEN is coded from "threatened" and the act it names (the verb under it) is dropped by
``events.sense.threatened-act.v1``; the noun that verb takes as its object is part of the same
threat, so it is no asserted AID, CONSULT or ASSAULT of its own
(``events.sense.threatened-object.v1``).

- ``threatened_object``: the (noun) token, or the first noun it is joined to, is the direct
  object of a verb that is the to-clause of a verb of ``words`` ("threatened to cut aid"), or
  of a verb joined to that clause with no subject of its own ("threatened to cut aid and
  recall envoys"). Not a noun in a prepositional phrase of that verb ("threatened to walk out
  of the talks": the talks are held), nor the object of the threatening verb itself ("the
  fighting threatens the ceasefire").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS

#: Dependencies of the clause a verb of threatening takes ("threatened to cut").
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl"})


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"} and token.head.i != token.i:
        token = token.head
    return token


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def threatened_object(token: Token, words: frozenset[str]) -> bool:
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    first = _first_conjunct(token)
    verb = first.head
    if first.dep_ != "dobj" or verb.i == first.i or verb.pos_ != "VERB":
        return False
    for _ in range(3):  # "threatened to cut aid, recall envoys and close the border"
        if verb.dep_ != "conj" or verb.head.i == verb.i \
                or any(c.dep_ in SUBJECTS for c in verb.children):
            break
        verb = verb.head
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in words or verb.dep_ not in CLAUSE_DEPS:
        return False
    return _has_to(verb)


THREATENED_OBJECT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "threatened_object": lambda t, e, s, words: threatened_object(t, words),
}
