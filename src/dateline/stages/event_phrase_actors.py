"""The actors the events stage reads off the parse around a trigger.

The actors named at noun heads and their conjuncts (a person with no country acts for the
country named in their title), the coded places an event acts on, the owners of what it acts
on, the "by" phrase of a passive and the verb whose subject a trigger shares. They are the
vocabulary of the argument finders (``event_slots``, ``event_target_search``) and of
``events`` itself, and hold no rule of their own; apart so that those modules import them
without importing one another. The lookups of the argument rules are in ``event_arg_actors``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_context import opponent_words
from dateline.stages.event_arg_actors import actor_countries, conjuncts
from dateline.stages.event_countries import owned_by
from dateline.stages.event_dates import quoted_conjunct_head
from dateline.stages.event_lexicon import through_quantity
from dateline.stages.event_place_parties import place_party_country
from dateline.stages.place_targets import place_target
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

OBJECTS = {"dobj", "dative", "attr", "oprd"}
MODIFIER_ACTORS = {"poss", "compound", "amod", "nmod"}


def _backers(head: Token) -> set[int]:
    """"Rebels, backed by Rwandan forces": the words of a participle with a "by" phrase on a
    noun name who acts on it, not the country it acts for (events.args.participle-patient.v1)."""
    return {t.i for c in head.children if c.dep_ == "acl" and agent_nouns(c) for t in c.subtree}


def frame_verb(token: Token) -> Token:
    """The verb whose subject the trigger shares: itself, or the head of a control or
    coordinated verb ("agreed to meet", "met and signed"), or the copula of "ready to"."""
    current = token
    for _ in range(3):
        if any(c.dep_ in SUBJECTS for c in current.children):
            return current
        if (moved := quoted_conjunct_head(current)) is not None:
            current = moved  # "saying the "Fed was asleep" and called for ...": the sayer's
        elif current.dep_ in {"xcomp", "conj", "advcl", "acomp"} and current.head.i != current.i:
            current = current.head
        else:
            break
    return current


def agent_nouns(token: Token) -> list[Token]:
    return [p for c in token.children if c.dep_ == "agent" for p in c.children
            if p.dep_ == "pobj"]


def actors_of(tokens: list[Token], state: DocState) -> list[str]:
    """Actor ids of noun heads and their coordinated heads."""
    found: list[str] = []
    for token in (through_quantity(t) for t in tokens):
        for head in [token, *conjuncts(token)]:
            here = [m.actor_id for m in state.mentions_at(head.i)]
            found += here
            found += _country_of_title(head, here, state)
    return found


def _country_of_title(head: Token, here: list[str], state: DocState) -> list[str]:
    """"Mozambique President Amando Mahamat", "Ghana's Foreign Minister Simon Lokodo": a person
    the actors stage left without a country acts for the country named in their title."""
    if not here or actor_countries(here, state) or head.lower_ in opponent_words():
        return []  # "its critics": a group of its own, not the owner (ev11b)
    if owned_by(head, here, state):
        return []  # "Kremlin-owned Unified Aircraft": the firm is Russian, the Kremlin no party
    phrase = {t.i for t in head.subtree} - _backers(head)
    if place_party_country(head, here, phrase, state):
        return []  # "activists in Fiji": Fiji's activists, not Fiji (event_place_parties)
    mention_ids = {m.actor_id for i in phrase for m in state.mentions_at(i)} - set(here)
    return [a for a in sorted(mention_ids) if actor_countries([a], state)][:1]


def targets_of(tokens: list[Token], state: DocState) -> list[str]:
    """Actor ids of the noun heads an event acts on: their actors, else a coded place there,
    which the event makes its target actor (``place_targets``)."""
    found: list[str] = []
    for token in (through_quantity(t) for t in tokens):
        for head in [token, *conjuncts(token)]:
            here = actors_of([head], state) if state.mentions_at(head.i) else []
            place = None if here else place_target(head, state)
            found += here or ([place] if place else [])
    return found


def target_owners(tokens: list[Token], state: DocState) -> list[str]:
    """"shelled Russia's Kursk region": the coded place owning what an event acts on (not the
    owner of a word of kin, as ``owner_actors``)."""
    return targets_of([c for t in not_kin(tokens) for c in t.children
                       if c.dep_ in MODIFIER_ACTORS], state)


def pronoun_owned(actor_id: str, state: DocState) -> bool:
    """"its military", "their forces": the owner is the clause's own actor, not a target."""
    actor = state.actor(actor_id)
    return actor is not None and not actor.country and actor.name.lower().startswith(
        ("its ", "their ", "his ", "her ", "our "))


def owner_actors(tokens: list[Token], state: DocState) -> list[str]:
    """"the US response", "Washington's written response": the actor that owns the thing."""
    return actors_of([c for t in tokens for c in t.children if c.dep_ in MODIFIER_ACTORS], state)


def not_kin(tokens: list[Token]) -> list[Token]:
    """The tokens that are no word of kin (``clauses.kin_nouns``) nor of a person's entourage
    or clients (``clauses.entourage_nouns``, ``served_party_nouns``): the owner of "his wife"
    or "his bodyguard" is no party acted on when they are (wave 104, judged round 79; session
    117, events.args.entourage-victim.v1)."""
    kin = words("kin_nouns") | words("entourage_nouns") | words("served_party_nouns")
    return [t for t in tokens if t.lemma_.lower() not in kin and t.lower_ not in kin]
