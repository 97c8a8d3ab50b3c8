"""Sense check on whether a plan or a course the trigger names has a partner in it (wave 43,
ev43e; issue 11).

The imported CAMEO patterns read "announced a plan" as an intent to cooperate (AGREE). A plan
made with another party is one ("announced plans for an extradition treaty with Morocco"); a plan
with no partner is the actor's own policy ("announced an economic plan for the country"). The
partner is an actor named in a "with" or "between" phrase reached from the object through noun
phrases only: a clause under the object ("a plan to invade Fiji") tells what the plan does, not
whom it is made with. That clause still decides a campaign or a plan whose act is itself an
appeal or an accord ("a campaign to call for the release", "plans to meet next month"): the
imported pattern's reading stands there (`object_clause_not`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import object_heads
from dateline.stages.sense_parties import is_actor
from dateline.stages.state import DocState

#: Prepositions whose object is a partner in what the phrase names.
PARTNER_PREPS = frozenset({"with", "between"})
#: Dependencies that stay inside a noun phrase on the way down to a partner.
NOUN_PHRASE_DEPS = frozenset({"prep", "pobj", "conj", "appos", "compound"})


def _partners(head: Token, state: DocState) -> bool:
    """Some "with"/"between" phrase inside the head's noun phrase names an actor."""
    for child in head.children:
        if child.dep_ not in NOUN_PHRASE_DEPS:
            continue  # a relative or infinitive clause leaves the phrase
        if partner_phrase(child, state):
            return True
        if _partners(child, state):
            return True
    return False


def partner_phrase(child: Token, state: DocState) -> bool:
    """A "with"/"between" phrase that names an actor (or a conjunct of one)."""
    return child.dep_ == "prep" and child.lower_ in PARTNER_PREPS and any(
        is_actor(p, state) for p in child.subtree if p.dep_ in {"pobj", "conj"})


def object_partner(token: Token, state: DocState) -> bool:
    """Some object of the token names a partner (module doc)."""
    return any(_partners(h, state) for h in object_heads(token))


#: Dependencies of a clause under a noun ("a plan to meet", "a campaign calling for").
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})


def object_clause_verbs(token: Token) -> set[str]:
    """The lemmas of the verbs of clauses under the token's objects ("plans to meet": meet)."""
    return {c.lemma_.lower() for h in object_heads(token) for c in h.children
            if c.dep_ in NOUN_CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"}}


PARTNER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "object_partner": lambda t, e, s, wanted: object_partner(t, s) == wanted,
    "object_clause_not": lambda t, e, s, words: not object_clause_verbs(t) & words,
}
