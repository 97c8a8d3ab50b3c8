"""Rallies of those in power's own supporters (wave 101, ev101n; judged rounds 41-59: the crowd
rules gave the state as the target of such rallies, judged wrong each time: the conventions code
the state only for a protest against it or its acts).

``events.args.supporter-rally.v1``: a crowd protest is a support rally, aimed at no one, when
its crowd is the ruler's supporters ("a rally of his supporters" where "his" is a government
official, "supporters of the government", "truck drivers who back the president"), when the
head of government addresses it ("the president told a rally"), or when it is held "in support
of" something and names no state aim outside that phrase ("rallied in support of her decision":
the decision is what they back, not what they protest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

SUPPORTER_RALLY_RULE = "events.args.supporter-rally.v1"
#: The sector of a party in power.
RULING_SECTOR = "GOV"


def supporter_rally(token: Token, crowds: list[Token], ruler_words: frozenset[str],
                    state: DocState) -> bool:
    """Whether the protest of ``token``, by the crowd nouns ``crowds``, backs those in power
    (``ruler_words``: the state bodies' name words, "government", "president")."""
    def ruling(t: Token) -> bool:
        return _ruling(t, ruler_words, state)
    return _addressed_by_ruler(token, ruling) or any(
        _backs_ruler(noun, ruling) for crowd in crowds for noun in _crowd_nouns(crowd))


def _ruling(word: Token, ruler_words: frozenset[str], state: DocState) -> bool:
    """A state body's name word, or a word naming a government actor ("Erdogan", "his")."""
    if word.lemma_.lower() in ruler_words:
        return True
    return any((a := state.actor(m.actor_id)) is not None and a.sector == RULING_SECTOR
               for m in state.mentions_at(word.i))


def _crowd_nouns(crowd: Token) -> Iterator[Token]:
    """The crowd noun and the nouns of its "of" phrase ("thousands of his supporters")."""
    yield crowd
    for prep in crowd.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _backs_ruler(noun: Token, ruling: Callable[[Token], bool]) -> bool:
    """"his supporters" (of a government official), "supporters of the president", "drivers
    who back the president"."""
    if noun.lemma_.lower() in words("supporter_nouns"):
        if any(c.dep_ == "poss" and ruling(c) for c in noun.children):
            return True
        if any(c.dep_ == "pobj" and ruling(c) for prep in noun.children
               if prep.dep_ == "prep" and prep.lower_ == "of" for c in prep.children):
            return True
    return any(clause.dep_ == "relcl" and clause.lemma_.lower() in words("backing_verbs")
               and any(c.dep_ == "dobj" and ruling(c) for c in clause.children)
               for clause in noun.children)


def _addressed_by_ruler(token: Token, ruling: Callable[[Token], bool]) -> bool:
    """"the president told a rally", "the prime minister addressed a rally": a rally the
    government speaks to is its own supporters'."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in words("rally_address_verbs"):
        return False
    return any(s.dep_ in SUBJECTS and ruling(s) for s in verb.children)
