"""Sense checks on a promise to halt an act (wave 46, ev46d; issue 11).

"agreed to stop fighting", "pledged to end their attacks", "agreed to halt their protests":
PLOVER codes a promise to give way (a ceasefire declared, a curfew or a protest to be ended)
as CONCEDE, not as AGREE, and the act to be halted is no act that took place. The halting
verbs are the sense class ``halting_verbs``; the acts are the words each rule names.

- ``promised_halt``: a to-clause under the token is headed by a halting verb whose object or
  gerund (or a conjunct of it) is one of ``words`` (``events.sense.promised-halt.v1``).
- ``halted_in_promise``: the token is that object or gerund, and the halting verb is a
  to-clause under a verb of ``words`` (``events.sense.halted-in-promise.v1``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Token

#: Dependencies of what a halting verb halts: "stop the attacks", "stop fighting".
HALTED_DEPS = frozenset({"dobj", "xcomp"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _halting(verb: Token) -> bool:
    from dateline.stages.senses import sense_classes  # senses imports this module

    return _lemma(verb) in sense_classes()["halting_verbs"]


def _halted(verb: Token) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ in HALTED_DEPS:
            yield child
            # "stop the attacks and raids"; not a verb joined on ("stop fighting and surrender")
            yield from (c for c in child.conjuncts if c.pos_ == "NOUN")


def promised_halt(token: Token, words: frozenset[str]) -> bool:
    return any(_halting(clause) and any(_lemma(h) in words or h.lower_ in words
                                        for h in _halted(clause))
               for clause in token.children if clause.dep_ == "xcomp")


def halted_in_promise(token: Token, words: frozenset[str]) -> bool:
    first = token
    while first.dep_ == "conj" and first.pos_ == "NOUN" and first.head.i != first.i:
        first = first.head
    verb = first.head
    return (first.dep_ in HALTED_DEPS and verb.i != first.i and _halting(verb)
            and verb.dep_ == "xcomp" and _lemma(verb.head) in words)


HALT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "promised_halt": lambda t, e, s, words: promised_halt(t, words),
    "halted_in_promise": lambda t, e, s, words: halted_in_promise(t, words),
}
