"""Sense checks for vows to bring culprits to book (wave 71, ev71d; issue 11, rounds 41-42).

A vow, pledge or promise is PLOVER AGREE when it commits its speaker to an act for a party. A vow
that the people behind an attack will be caught or punished ("vowed that those responsible
would be held accountable", "promised that his government would not rest until those
responsible were brought to justice", "pledged to bring the killers to justice") offers nothing
to anyone: the blind judges coded it at most a THREATEN toward the unnamed culprits
(``events.sense.vow-justice.v1``):

- ``culprit_clause``: a to- or that-clause under the token holds, within its own words, a party
  named as the culprits (``senses.yaml`` class ``culprit_nouns``: "the killers", "the
  perpetrators"; or "those"/"whoever"/"anyone" qualified as ``culprit_qualifiers``: "those
  responsible", "those behind the attack") and a word of pursuit or punishment
  (``justice_words``: "justice", "accountable", "price", "punish", "hunt"). A clause under the
  vow that only names the culprits ("promised that the families of those responsible would be
  compensated") has no such word and keeps the AGREE.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from spacy.tokens import Token

#: The clauses under a vow that say what is vowed.
VOWED_CLAUSES = frozenset({"xcomp", "ccomp"})
#: Pronouns that name the culprits only with a qualifier ("those responsible").
CULPRIT_PRONOUNS = frozenset({"those", "whoever", "anyone", "anybody", "all"})


@cache
def _class(name: str) -> frozenset[str]:
    """A word class of the sense lexicon (imported here: ``senses`` imports this module)."""
    from dateline.stages.senses import sense_classes

    return sense_classes()[name]


def _clause_words(clause: Token) -> Iterator[Token]:
    """The clause's own words: its subtree, without the clauses of another speaker's saying."""
    yield from clause.subtree


def _words_of(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _culprit(token: Token) -> bool:
    if _words_of(token) & _class("culprit_nouns") and token.pos_ in {"NOUN", "PROPN"}:
        return True
    if token.lower_ not in CULPRIT_PRONOUNS:
        return False
    qualifiers = _class("culprit_qualifiers")
    return any(_words_of(c) & qualifiers for c in token.children
               if c.dep_ in {"amod", "prep", "acl", "relcl", "advmod"})


def culprit_clause(token: Token) -> bool:
    justice = _class("justice_words")
    for clause in (c for c in token.children if c.dep_ in VOWED_CLAUSES):
        words = list(_clause_words(clause))
        if any(_culprit(w) for w in words) and any(_words_of(w) & justice for w in words):
            return True
    return False


CULPRIT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "culprit_clause": lambda t, e, s, wanted: culprit_clause(t) == wanted,
}


def defence_clause(token: Token, words: frozenset[str]) -> bool:
    """A to-clause under the token is headed by one of ``words`` with an "against" phrase:
    "vowed to defend the country against any intervention" (``events.sense.vow-defence.v1``),
    a warning to whoever would intervene, no offer to a party."""
    for clause in (c for c in token.children if c.dep_ == "xcomp"):
        if clause.lemma_.lower() not in words:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in clause.children):
            return True
    return False


CULPRIT_CHECKS["defence_clause"] = lambda t, e, s, words: defence_clause(t, words)
