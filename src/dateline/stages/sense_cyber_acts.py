"""Sense checks on the means of an attack: by computer (wave 55, ev55a).

PLOVER codes an attack by computer (hacking, ransomware, a denial-of-service attack) as COERCE
cyber. Earlier sense rules read the
words beside an attack noun (sense.cyber-attack) or the noun under "hit with" (sense.cyber-hit);
these checks read further:

- ``means_words``: the phrase of a ``with``/``by`` on the verb (the means or the agent) holds a
  noun that is one of the words, or one whose modifier (or a word conjoined with that modifier)
  is: "were hit by what appears to be a ransomware attack", "targeted with electronic and
  digital attacks", "were targeted by hackers".

A third rule of the wave, police storming premises as COERCE seize, was dropped after the
paired judging of wave 55 (pairs55 item 1: both judges coded a storming of a home that ended in
a killing ASSAULT; the rule changed no dev event), with the ``subject_sector`` check it read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import particles

#: Prepositions of a verb that give its means or its doer ("hit with", "hit by").
MEANS_PREPS = frozenset({"with", "by"})
#: Words in front of a noun that say what kind it is.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _named(token: Token, words: frozenset[str]) -> bool:
    return _lemma(token) in words or token.lower_ in words


def _means_phrases(token: Token) -> list[Token]:
    """The prepositions (or passive agents) of the token that give its means or doer."""
    found = [p for form, p in particles(token).items() if form in MEANS_PREPS]
    found += [c for c in token.children if c.dep_ == "agent" and c not in found]
    return found


def _kind_words(noun: Token) -> list[Token]:
    """The modifiers of a noun and the words conjoined with them ("electronic and digital")."""
    mods = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
    return mods + [c for m in mods for c in m.conjuncts]


def means_words(token: Token, words: frozenset[str]) -> bool:
    """A noun in the token's with/by phrase is one of ``words`` or is modified by one."""
    for phrase in _means_phrases(token):
        for noun in phrase.subtree:
            if noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            if _named(noun, words) or any(_named(m, words) for m in _kind_words(noun)):
                return True
    return False


CYBER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "means_words": lambda t, e, s, words: means_words(t, words),
}
