"""Sense check for an act named as a condition (wave 71, ev71d; issue 11, rounds 41-42).

"aid depended on Belgrade's cooperation with the court", "a truce would depend on an end to
the raids", "the deal hinges on a withdrawal of troops": an act noun that something depends
on is a condition, a topic, not an act reported (``events.sense.conditioned-act.v1``):

- ``condition_of``: the token is the object of "on"/"upon" (or of a preposition on such an
  object's head noun, "an end to the raids") under a word of ``words`` (``senses.yaml`` class
  ``condition_heads``: depend, hinge, conditional, contingent).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

#: Prepositions that take what a thing depends on.
CONDITION_PREPS = frozenset({"on", "upon"})
#: How far up a chain of nouns and prepositions ("an end to the raids") the check climbs.
MAX_NOUNS = 2


def condition_of(token: Token, words: frozenset[str]) -> bool:
    noun = token
    for _ in range(MAX_NOUNS):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.i == noun.i or prep.dep_ != "prep":
            return False
        governor = prep.head
        if prep.lower_ in CONDITION_PREPS and governor.lemma_.lower() in words:
            return True
        if governor.pos_ not in {"NOUN", "PROPN"}:
            return False
        noun = governor
    return False


CONDITIONED_ACT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "condition_of": lambda t, e, s, words: condition_of(t, words),
}
