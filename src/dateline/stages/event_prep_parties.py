"""The party an event's own preposition names on its trigger or on a light verb's object
(wave 49, ev49f; blind round 29: the commonest wrong target was an empty one where the
sentence named the party in a prepositional phrase: "made concessions to the European Union",
"declared a truce with the guerrilla group", "surrendered to security forces").

- ``events.args.prep-party.v1``: when no target was found, the actor named as the object of
  a preposition hanging on the trigger, or on the trigger verb's object noun ("offered aid
  to X", "imposed sanctions against X"), is the target when that preposition names the
  party acted on for the event's type (``clauses.party_prep_<prep>``: "to" for a request or a
  concession, "with" for talks, "against" for force or blame; "between" for mutual acts).
  Only the preposition's own object and its conjuncts are read, never a phrase nested deeper
  ("attacks on targets in the capital"), and only actors, never a place; an actor of no
  country counts here (a named group), unlike the last-resort search, because the
  preposition itself says it is the party. An unnamed party where the type's target is read
  ("three people were hit") is left to the domestic target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actors_named_at, conjuncts
from dateline.stages.event_domestic import party_heads
from dateline.stages.event_lexicon import TriggerEntry, object_heads
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["PREP_PARTY", "prep_parties"]

PREP_PARTY = "events.args.prep-party.v1"


def prep_parties(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """Fill an empty target from the type's party preposition (events.args.prep-party.v1)."""
    # "three people were hit with gunshots ... on Gentilly": an unnamed party where the type's
    # target is read is left to the domestic target (events.args.unnamed-party.v1)
    if args.target or party_heads(token, entry.type, state):
        return
    found = [a for a in _named(token, entry.type, args.source, state) if a not in args.source
             and not _own_state(a, args.source, state)]
    if found:
        args.target = found
        args.rules.append(PREP_PARTY)


def _named(token: Token, event_type: str, sources: list[str],
           state: DocState) -> list[str]:
    """Actors of the type's party prepositions on the trigger, then on its object nouns."""
    # an object, not a passive subject ("all US aid to Ukraine has been provided": the aid
    # noun is its own event, which the verb would repeat)
    holders = [token, *(h for h in object_heads(token) if h.pos_ == "NOUN"
                        and h.dep_ != "nsubjpass")]
    for holder in holders:
        nouns = [p for c in holder.children if c.dep_ == "prep" and _names_party(c, event_type)
                 for p in c.children if p.dep_ == "pobj"]
        found = actors_named_at([n for p in nouns for n in [p, *conjuncts(p)]], state)
        if found and _sides_kept(holder, sources, found):
            return found
    return []


def _sides_kept(holder: Token, sources: list[str], found: list[str]) -> bool:
    """A "between" phrase names both sides: its other side is the target only when the source
    is one of them ("discussed a deal between the bank and X" names the deal's sides, not whom
    the speaker talked with)."""
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in holder.children)
    return not between or bool(set(found) & set(sources))


def _names_party(prep: Token, event_type: str) -> bool:
    # a preposition with no ``party_prep_<prep>`` list in the lexicon names no party
    return event_type in words(f"party_prep_{prep.lower_}")


def _own_state(actor_id: str, sources: list[str], state: DocState) -> bool:
    """"ties between Norway and Sweden" told by Norway: the source's own country is its side."""
    actor = state.actor(actor_id)
    return actor is not None and actor.kind == "country" and actor.country in {
        a.country for i in sources if (a := state.actor(i)) is not None and a.country}
