"""Sense check on an adverb that says how much or where to, not what was done (wave 96, ev96m).

"The province was worst hit", "the states were hit hardest", "output had been badly hit": a
passive "hit" graded by a degree adverb, with no one named as the hitter, tells how hard a
disaster or a shock struck a place or a thing, not an attack. "Assad flew home to Damascus": a
trip home visits no host. ``object`` and ``prep`` (senses.py) do not see adverbs; this check does.

- ``adverb``: an adverb modifier of the token is one of ``words``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token


def has_adverb(token: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in words for c in token.children)


DEGREE_ADVERB_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "adverb": lambda t, e, s, words: has_adverb(t, words),
}
