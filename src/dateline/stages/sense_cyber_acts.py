"""Sense checks on who or what does an attack: by computer or by the police (wave 55, ev55a).

PLOVER codes an attack by computer (hacking, ransomware, a denial-of-service attack) as COERCE
cyber, and police storming or searching premises as COERCE seize; only force by armed men is
ASSAULT (CONVENTIONS: "Armed forces taking or occupying ground"). Earlier sense rules read the
words beside an attack noun (sense.cyber-attack) or the noun under "hit with" (sense.cyber-hit);
these checks read further:

- ``means_words``: the phrase of a ``with``/``by`` on the verb (the means or the agent) holds a
  noun that is one of the words, or one whose modifier (or a word conjoined with that modifier)
  is: "were hit by what appears to be a ransomware attack", "targeted with electronic and
  digital attacks", "were targeted by hackers".
- ``subject_sector``: a subject of the verb is a mention of an actor of one of these sectors
  ("Security forces stormed into the offices": the police, COP).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import particles
from dateline.stages.state import DocState

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


def subject_sector(token: Token, sectors: frozenset[str], state: DocState) -> bool:
    """An active subject head of the token (or the subject of the verb it is conjoined to) is a
    mention of an actor whose sector is one of ``sectors``."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    for subject in subjects:
        for mention in state.mentions_at(subject.i):
            actor = state.actor(mention.actor_id)
            if actor is not None and (actor.sector or "").lower() in sectors:
                return True
    return False


CYBER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "means_words": lambda t, e, s, words: means_words(t, words),
    "subject_sector": lambda t, e, s, sectors: subject_sector(t, frozenset(sectors), s),
}
