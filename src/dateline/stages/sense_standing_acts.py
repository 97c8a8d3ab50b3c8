"""Sense checks on triggers that tell a trip or a standing state rather than an act (wave 82,
ev82i; issue 11).

Blind judges (rounds 41-49) marked "no event" where a flight is one of a person's own moves away
("resigned and flew to the capital of a neighbour", "left the country and flew on to another",
"cancelled his speech and flew home"): a trip with no host and no purpose is no visit
(``events.sense.trip-after-leaving.v1``). And where an agentless passive in the present tells a
rule that holds ("is barred from running again", "is barred from becoming prime minister because
of a conviction"): a legal status, not an act of this sentence
(``events.sense.standing-bar.v1``).

- ``coordinated_with``: the token is a verb coordinated with a verb of ``words`` (either one
  first): "resigned and flew", "flew out and resigned";
- ``no_purpose``: true: the token has no purpose or aim of its own, no to-infinitive clause and
  no "for" phrase ("flew to Paris for talks", "flew to Paris to meet" stay visits);
- ``standing_passive``: true: the token is a passive in the simple present ("is barred"), with
  no other auxiliary ("has been", "will be") and no "by" agent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

#: Tags of a present-tense auxiliary ("is", "are").
_PRESENT = frozenset({"VBZ", "VBP"})


def coordinated_with(token: Token, words: frozenset[str]) -> bool:
    """The token and a verb of ``words`` are conjuncts of one another."""
    if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} \
            and token.head.lemma_.lower() in words:
        return True
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in words
               for c in token.children)


def has_no_purpose(token: Token) -> bool:
    """No to-infinitive clause and no "for" phrase hang on the token."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            return False
        if child.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to"
                                                   for a in child.children):
            return False
    return True


def standing_passive(token: Token) -> bool:
    """"is barred from running": a simple-present agentless passive."""
    kids = list(token.children)
    return (any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in kids)
            and not any(c.dep_ in {"aux", "agent"} for c in kids))


STANDING_ACT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "coordinated_with": lambda t, e, s, words: coordinated_with(t, words),
    "no_purpose": lambda t, e, s, want: has_no_purpose(t) == bool(want),
    "standing_passive": lambda t, e, s, want: standing_passive(t) == bool(want),
}
