"""Sense checks on the word a trigger's argument stands for (wave 44, ev44d; issue 11).

- ``crowd_clause_subject``: "officials warned that thousands of demonstrators would protest
  again" forecasts what others will do; the warner threatens no act of its own. The check finds
  the active subject of a that-clause under the trigger, through a quantity ("thousands of"),
  and turns down one its own words claim ("its supporters would protest": a party may warn
  with its own people).
- ``object_or_antecedent``: "the information that they provided", "the letter, which was
  provided": in a relative clause the object is a relative pronoun; the noun it stands for is
  what was given.
- ``noun_recipient``: "granted concessions to foreign oil firms": the "to" or "for" phrase of a
  noun trigger, or of the verb that takes the noun, names who is given it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import object_heads, through_quantity

#: Tags of relative pronouns ("that", "which", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Dependencies of a noun trigger's object position under the verb that takes it.
TAKEN_DEPS = frozenset({"dobj", "nsubjpass"})
RECIPIENT_PREPS = frozenset({"to", "for"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def crowd_clause_subject(token: Token, words: frozenset[str]) -> bool:
    """A that-clause under the token has an active subject among ``words``, not owned."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            head = through_quantity(subject)
            owned = any(c.dep_ == "poss" for c in head.children)
            if not owned and (_lemma(head) in words or head.lower_ in words):
                return True
    return False


def object_or_antecedent(token: Token, words: frozenset[str]) -> bool:
    """An object of the token, or the noun its relative-pronoun object stands for, is one of
    ``words``."""
    heads = object_heads(token)
    if token.dep_ == "relcl" and any(h.tag_ in RELATIVE_TAGS for h in heads):
        heads = [*heads, token.head]
    return any(_lemma(h) in words or h.lower_ in words for h in heads)


def noun_recipient(token: Token, words: frozenset[str]) -> bool:
    """The "to"/"for" phrase of the noun trigger, or of the verb taking it, names one of
    ``words``."""
    holders = [token]
    if token.dep_ in TAKEN_DEPS and token.head.i != token.i:
        holders.append(token.head)
    return any(_lemma(o) in words or o.lower_ in words
               for holder in holders for p in holder.children
               if p.dep_ in {"prep", "dative"} and p.lower_ in RECIPIENT_PREPS
               for o in p.children if o.dep_ == "pobj")


REFERENT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "crowd_clause_subject": lambda t, e, s, words: crowd_clause_subject(t, words),
    "object_or_antecedent": lambda t, e, s, words: object_or_antecedent(t, words),
    "noun_recipient": lambda t, e, s, words: noun_recipient(t, words),
}
