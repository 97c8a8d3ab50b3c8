"""Sense check on an act noun that is the subject of its own ending (wave 80, ev80d; issue 11).

"By Monday the shooting had largely stopped", "the fighting subsided overnight": an act noun as
the subject of a verb that says it died away tells the end of fire, not a new act
(``events.sense.fighting-died-down.v1``, its verbs in senses.yaml). ``head_words`` (senses.py)
matches any word the noun hangs on, so it would also take the object of "failed to stop a rebel
offensive", where the offensive is a real act; this check takes the subject only.

- ``subject_of``: the token is the subject (active) of a verb of ``words``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token


def subject_of(token: Token, words: frozenset[str]) -> bool:
    verb = token.head
    return (token.dep_ == "nsubj" and verb.i != token.i
            and (verb.lemma_.lower() in words or verb.lower_ in words))


EBBING_ACT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "subject_of": lambda t, e, s, words: subject_of(t, words),
}
