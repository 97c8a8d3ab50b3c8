"""Sense check for a storming whose doer the parse may have lost (wave 100, ev100j; issue 11).

"Protesters set fire to the parliament building and security forces stormed the headquarters":
the parse can hang "security forces" on the first clause's object and give "stormed" the
protesters as a shared subject. A crowd's storming is read as a riot (sense.crowd-storm) only
when that cannot be so:

- ``own_doer``: the token has a subject of its own, or the word before it is no noun (a
  shared subject reads "protesters clashed with police and stormed", with "and" before the verb).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS

#: Parts of speech of a word that, right before a verb with no subject, is its lost subject.
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


def own_doer(token: Token) -> bool:
    if any(c.dep_ in SUBJECTS for c in token.children):
        return True
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return before is None or before.pos_ not in NOUNS


STORMER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "own_doer": lambda t, e, s, wanted: own_doer(t) == wanted,
}
