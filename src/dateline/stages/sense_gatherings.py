"""Sense check on a summit only named beside another act (wave 62, ev62b; issue 11).

"the two leaders dined ahead of the G20 summit", "invited leaders to his next annual summit",
"flew to Lima for the regional summit", "the issue of the summit": the noun says when, where or
what for another act was done, or is a topic; it reports no meeting of its own, and a coder
codes no CONSULT from it (rounds 36-38 judges: a summit named as a time anchor, a setting or a
topic is no event). Wave 57 (``events.gate.setting-gathering.v2``) drops a gathering under
"at"/"during"; this check takes the other places a summit is only named.

- ``named_aside``: the (noun) token is the object of a preposition, or a word in front of
  another noun ("summit talks" leave the act to "talks"), and no preposition of it names the
  parties meeting (``words``: "a summit with Xi", "the summit between the two Koreas"). Kept:
  a summit that is the subject or the object of its clause ("the summit opened", "held a
  summit"), and one under a verb of meeting or gathering (``clauses.setting_meeting_verbs``:
  "leaders gathered for a summit", "took part in the summit"), which tells the meeting itself
  (``events.sense.summit-named-aside.v1``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import words as clause_words

#: Links by which a noun is only named inside another phrase.
ASIDE_DEPS = frozenset({"pobj", "compound", "nmod"})


def _party_prep(token: Token, preps: frozenset[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)


def _meeting_host(token: Token) -> bool:
    """The preposition of the summit hangs on a verb of meeting or gathering, or on a noun of
    talks ("meetings at the summit": the summit is the place of the talks told, as wave 57's
    setting gate keeps it)."""
    host = token.head.head if token.dep_ == "pobj" else token.head
    while host.dep_ == "prep" and host.head.i != host.i:  # "ahead of", "in front of"
        host = host.head
    lemma = host.lemma_.lower()
    if host.pos_ in {"NOUN", "PROPN"}:
        talks = clause_words("meeting_nouns")
        return lemma in talks or host.lower_ in talks
    return host.pos_ in {"VERB", "AUX"} and lemma in clause_words("setting_meeting_verbs")


def named_aside(token: Token, preps: frozenset[str]) -> bool:
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in ASIDE_DEPS:
        return False
    if token.dep_ == "pobj" and token.head.i == token.i:
        return False
    return not _party_prep(token, preps) and not _meeting_host(token)


GATHERING_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "named_aside": lambda t, e, s, words: named_aside(t, words),
}
