"""Sense check on the first half of a hyphenated verb (wave 67, ev67d; issue 11).

"Troops test-fired a new missile", "the navy test-launched a rocket": a weapon fired or launched
in a test is aimed at no one; the hyphenated verb is no attack (``events.sense.test-fire.v1``).

- ``hyphen_prefix``: the token is the second half of a word joined by a hyphen with no space
  ("test-fired"), and the first half (lowercased) is one of ``words``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token


def hyphen_prefix(token: Token, words: frozenset[str]) -> bool:
    if token.i < 2:
        return False
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ \
        and first.lower_ in words


HYPHEN_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "hyphen_prefix": lambda t, e, s, words: hyphen_prefix(t, words),
}
