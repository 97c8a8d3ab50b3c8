"""A party named beside a description in an event's target preposition (wave 73, ev73a; blind
round 43: empty targets although the sentence names the party acted on).

- ``events.args.apposed-prep-party.v1``: when no target was found, and a preposition that names
  the party acted on for the event (the entry's ``target_preps`` or the type's
  ``clauses.party_prep_<prep>``) hangs on the trigger or its object noun, but its object is a
  description that is no actor ("lashed out at former colonial power Britain", "met with the
  opposition leader, Juan Guaido"), the actor or coded place that names it in apposition is
  the target, when it is a proper name. Not through the prepositions of
  ``clauses.apposed_party_skipped_preps``: "of" ("his suspension of the party's wing, X":
  whose act and whose wing the phrase leaves open) and the prepositions of a scene or a
  movement ("withdrew from villages A, B", "deployed in neighbouring countries, namely X"),
  where the name is a place, not the party acted on; and
  not through a compound ("the Roma minority": the compound's actor may take a place's
  country; "the Kremlin website" is a thing).
  Only the preposition's own object and its conjuncts are read, never a phrase nested deeper,
  and never the source or the source's own country.
- ``events.args.apposed-object-person.v1`` (wave 106, ev106e; judged round 87: "congratulating
  his rival Ibrahim Boubacar Keita" left empty): the same for the verb's direct object, when the
  description is no actor and the name in apposition is a person's ("praised his rival X",
  "met the opposition leader, Y"); a place beside an object ("the capital, Kabul") is left to
  the place rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, conjuncts
from dateline.stages.event_counterparts import imported_preps
from dateline.stages.event_lexicon import TriggerEntry, particles
from dateline.stages.event_phrase_actors import targets_of
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["APPOSED_OBJECT_PERSON", "APPOSED_PREP_PARTY", "apposed_object_person",
           "apposed_prep_party"]

APPOSED_PREP_PARTY = "events.args.apposed-prep-party.v1"
APPOSED_OBJECT_PERSON = "events.args.apposed-object-person.v1"


def apposed_prep_party(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """Fill an empty target from the name beside a target preposition's description."""
    if args.target:
        return
    own = {a.country for i in args.source if (a := state.actor(i)) is not None and a.country}
    found = [a for a in _named(token, entry, state) if a not in args.source
             and not _own_state(a, own, state)]
    if found:
        args.target = found
        args.rules.append(APPOSED_PREP_PARTY)


def apposed_object_person(args: Args, token: Token, state: DocState) -> None:
    """Fill an empty target from the person named beside the verb's object description."""
    if args.target or token.pos_ != "VERB":
        return
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # the tagger reads "his rival" as an adjective heading the object
    names = [c for o in objects for n in [o, *conjuncts(o)] if n.pos_ in {"NOUN", "ADJ"}
             and not state.mentions_at(n.i) for c in n.children
             if c.dep_ == "appos" and c.pos_ == "PROPN"]
    found = [a for a in targets_of(names, state) if a not in args.source
             and (actor := state.actor(a)) is not None and actor.kind == "person"]
    if found:
        args.target = found
        args.rules.append(APPOSED_OBJECT_PERSON)


def _named(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    preps = set(entry.target_preps) | imported_preps(entry)
    skipped = words("apposed_party_skipped_preps")
    holders = [token, *(c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN")]
    for holder in holders:
        for word, prep in particles(holder).items():
            if prep.dep_ != "prep" or word in skipped or (
                    word not in preps and entry.type not in words(f"party_prep_{word}")):
                continue
            nouns = [n for p in prep.children if p.dep_ == "pobj" for n in [p, *conjuncts(p)]]
            # a country in apposition is a coded place until an event makes it its target
            found = targets_of([c for n in nouns for c in _names_beside(n, state)], state)
            if found:
                return found
    return []


def _names_beside(noun: Token, state: DocState) -> list[Token]:
    """The name in apposition to a description that is no actor itself."""
    if noun.pos_ != "NOUN" or state.mentions_at(noun.i):
        return []
    # a name, not a noun the parse hangs there ("seven parties, head of the council, said")
    return [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def _own_state(actor_id: str, own: set[str], state: DocState) -> bool:
    actor = state.actor(actor_id)
    return actor is not None and actor.kind == "country" and actor.country in own
