"""The party a requested departure removes (wave 45, ev45b).

``events.args.requested-departure.v1``: "citizens called for the resignation of President Xi",
"the opposition urged the dismissal of the interior minister", "they called for his firing": a
request whose object, or the object of its "for", is a departure of someone from office or
ground (``clauses.requested_departure_nouns``) aims at the party that departure's "of" phrase or
possessor names, of the requester's own country too: that party is the one asked to go, or the
one the asked removal is done to (judged: targets left empty where the sentence named the
party). Only parties that are actors; a pronoun counts as the party it refers to. Not a release
or a handover (``clauses.demanded_patient_nouns``): the request is then made to whoever holds
the party (``events.args.demanded-patient.v1``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import conjuncts, prep_actors
from dateline.stages.event_lexicon import object_heads, particles
from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.state import DocState
from dateline.stages.syntax import words

REQUESTED_DEPARTURE = "events.args.requested-departure.v1"
#: the preposition of asking whose object is the act asked for ("called for", "pressed for")
ASKED_ACT_PREP = "for"


def requested_departure_targets(token: Token, entry_type: str, state: DocState) -> list[str]:
    """Actors named by the "of" phrase or possessor of a requested departure."""
    if entry_type != "REQUEST":
        return []
    found: list[str] = []
    for noun in _departures(token):
        owners = [c for c in noun.children if c.dep_ == "poss"]
        found += actors_of(owners, state) + prep_actors(noun, {"of"}, state)
    return found


def _departures(token: Token) -> list[Token]:
    """Departure nouns among the verb's objects and its "for" phrase's objects."""
    heads = object_heads(token)
    prep = particles(token).get(ASKED_ACT_PREP)
    if prep is not None:
        heads += object_heads(token, prep)
    nouns = words("requested_departure_nouns")
    return [n for h in heads for n in [h, *conjuncts(h)]
            if n.pos_ == "NOUN" and n.lemma_.lower() in nouns]
