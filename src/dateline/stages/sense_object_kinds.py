"""Sense checks on what kind of thing a trigger acts on (wave 51, ev51d; issue 11).

A bare "provide" is aid only when what is provided is aid ("provided food", "provided $10
million"), not "provided a moratorium", "provides incentives", "an account provided by the
police". A bare "reinforce" is a deployment only when forces or positions are reinforced, not
"reinforce a close cooperation" or "the policy has been reinforced". "Accepted $4.9 million" or
"accepting the bribe" is money taken, not an agreement. Earlier sense rules name the wrong
object classes one by one; these checks read the object against the class the event needs.

- ``entry_rule``: the token's lexicon entry is one of these rules (the bare entries only: an
  entry that already names its objects has been read by them).
- ``object_kind_not``: the token has an object, and none is one of the words, an actor, a
  pronoun (a party the actors stage may have missed) or a sum of money.
- ``money_taken``: an object is a sum of money (a money entity or one of the words) and no
  word in it is one of ``relief`` ("accepted $5 million in aid" is aid received, left alone).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import TriggerEntry, object_heads, of_object, particles
from dateline.stages.sense_parties import is_actor
from dateline.stages.state import DocState

#: Prepositions that introduce the thing given ("provided Nigeria with aid"); not the
#: recipient ("to Aruba") or the agent ("by the police"), who say nothing of what is given.
THING_PREPS = frozenset({"with"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _objects(token: Token) -> list[Token]:
    """Direct objects, a passive subject, the noun a participle or relative clause describes,
    and the object of a "with" on the token."""
    heads = object_heads(token)
    heads += [c for form, p in particles(token).items() if form in THING_PREPS
              for c in p.children if c.dep_ == "pobj"]
    return heads


def _is_money(head: Token) -> bool:
    return head.ent_type_ == "MONEY" or head.like_num or head.tag_ == "$"


def _open_object(head: Token, words: frozenset[str], state: DocState) -> bool:
    """The object may be of the class the event needs, or names a party: leave the event.
    A sum anywhere in it counts ("financial benefits worth $933 million")."""
    return (_lemma(head) in words or head.lower_ in words or head.pos_ == "PRON"
            or is_actor(head, state) or _is_money(head)
            or any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in head.subtree))


def _of_chain(head: Token) -> list[Token]:
    """"tens of hundreds of rebels": the nouns of nested "of" phrases, up to three deep."""
    chain: list[Token] = []
    inner = of_object(head)
    while inner is not None and len(chain) < 3:
        chain.append(inner)
        inner = of_object(inner)
    return chain


def object_kind_not(token: Token, words: frozenset[str], state: DocState) -> bool:
    heads = [c for h in _objects(token) for c in (h, *h.conjuncts)]  # "a timeline or money"
    # "some form of military assistance": the noun of an "of" phrase may be the thing given
    inner = [o for h in heads for o in _of_chain(h)]
    return bool(heads) and not any(_open_object(h, words, state) for h in [*heads, *inner])


def money_taken(token: Token, words: frozenset[str]) -> bool:
    from dateline.stages.senses import sense_classes  # senses imports this module

    relief = sense_classes()["relief"]
    return any((_is_money(h) or _lemma(h) in words)
               and not any(_lemma(w) in relief for w in h.subtree) for h in object_heads(token))


def entry_rule(entry: TriggerEntry | None, rules: frozenset[str]) -> bool:
    return entry is not None and entry.rule.removeprefix("events.") in rules


OBJECT_KIND_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "entry_rule": lambda t, e, s, rules: entry_rule(e, rules),
    "object_kind_not": lambda t, e, s, words: object_kind_not(t, words, s),
    "money_taken": lambda t, e, s, words: money_taken(t, words),
}
