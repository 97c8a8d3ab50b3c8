"""Sense check on a naming verb inside a relative clause (wave 69, ev69b; issue 11).

"the territory they still call Las Malvinas", "the city its residents call home": the noun the
relative clause describes is the verb's first object (its gap), and the name it is given is the
second. Two objects make a name given, not a phone call (``events.sense.call-naming-relative.v1``);
``naming_call`` (sense_readings.py) sees only objects written out.

- ``relative_naming``: the token heads a relative clause with a subject of its own (not a
  relative pronoun) and a direct object or predicate that is not a relative pronoun.
- ``bare_adverb``: the token has one of ``words`` as a bare adverb ("families call the valley
  home": ``events.sense.call-home.v1``, its word list in senses.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS

#: Words that stand for the noun a relative clause describes.
RELATIVES = frozenset({"who", "whom", "which", "that", "what", "whose"})
#: Objects and predicates of the clause.
OBJECT_DEPS = frozenset({"dobj", "oprd", "attr"})


def relative_naming(token: Token) -> bool:
    if token.dep_ != "relcl":
        return False
    children = list(token.children)
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    if not subjects or not objects:
        return False
    return not any(c.lower_ in RELATIVES for c in subjects + objects)


def bare_adverb(token: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in words for c in token.children)


RELATIVE_NAME_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "relative_naming": lambda t, e, s, wanted: relative_naming(t) == wanted,
    "bare_adverb": lambda t, e, s, words: bare_adverb(t, words),
}
