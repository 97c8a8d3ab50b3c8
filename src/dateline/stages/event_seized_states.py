"""The state whose country armed forces take over, named in the taking (wave 80, ev80b).

Rounds 41-49's judges: "the armed forces had taken control of the country", "the army chief
took control of the country", "Houthi rebels took control of much of Yemen's capital" left with
no target, though the sentence names the party acted upon: the state of that country. A verb
of taking ground (``clauses.seized_state_verbs``) whose ground (its object, or the "of" phrase
of "control" as its object, through "much/most/part of") is either

- "the country" (``clauses.seized_state_nouns``), the country of the source's own actor
  (a coup, or rebels at home: "took control of the country"), or with a source of no country
  yet, the one country the sentence's actors and places name, or
- a place noun whose possessor is a coded country ("Yemen's capital", "Iraq's second city"),

takes that country as its target (``events.args.seized-state.v1``) when no rule found one.

Not taken: a town or city named only by its name ("took the town of Gharyan": no party named,
judged right empty); a possessor that is no country ("the rebels' stronghold"); a source with
no country for "the country"; a source that is the country itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lexicon import TriggerEntry
from dateline.stages.place_targets import country_actor, place_country
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["SEIZED_STATE", "seized_state"]

SEIZED_STATE = "events.args.seized-state.v1"
SEIZED_TYPES = frozenset({"ASSAULT", "COERCE"})


def seized_state(target: list[str], source: list[str], rules: list[str], token: Token,
                 entry: TriggerEntry, state: DocState) -> list[str]:
    """The target list, filled when empty with the country whose ground is taken
    ("took control of the country", "seized Yemen's capital"; events.args.seized-state.v1)."""
    if target or not source or token.pos_ != "VERB" or entry.type not in SEIZED_TYPES \
            or token.lemma_.lower() not in words("seized_state_verbs"):
        return target
    country = None
    for ground in _grounds(token):
        country = _ground_country(ground, source, state)
        if country is not None:
            break
    if country is None:
        return target
    actor_id = country_actor(token.doc, state, country, make=True)
    if actor_id is None or actor_id in source:
        return target
    rules.append(SEIZED_STATE)
    return [actor_id]


def _grounds(token: Token) -> list[Token]:
    """The heads of the ground taken: the object, or the "of" phrase of "control" as object,
    through a partitive ("much of the country")."""
    found: list[Token] = []
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        heads = [obj]
        if obj.lemma_.lower() in words("seized_control_nouns"):  # "of" on either
            heads = [p for c in [*obj.children, *token.children]
                     if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
        for head in heads:
            if head.lemma_.lower() in words("partitive_heads"):
                inner = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
                head = inner[0] if inner else head
            found.append(head)
    return found


def _ground_country(ground: Token, source: list[str], state: DocState) -> str | None:
    """The country a ground noun names: "the country" as the source's own, or a coded country
    as its possessor ("Yemen's capital")."""
    if ground.pos_ != "NOUN":
        return None
    if ground.lemma_.lower() in words("seized_state_nouns"):
        if any(c.dep_ == "poss" for c in ground.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in ground.children):
            return None
        own = [a for i in source if (a := state.actor(i)) is not None]
        countries = {a.country for a in own if a.country and a.kind != "country"}
        if not countries and not any(a.kind == "country" for a in own):
            countries = _sentence_countries(ground, state)  # "Pakistan's army chief said ..."
        return countries.pop() if len(countries) == 1 else None
    if ground.lemma_.lower() not in words("seized_place_nouns"):
        return None
    for owner in (c for c in ground.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        country = place_country(owner, state)
        if country is None:
            for mention in state.mentions_at(owner.i):
                actor = state.actor(mention.actor_id)
                if actor is not None and actor.kind == "country" and actor.country:
                    country = actor.country
        if country is not None:
            return country
    return None


def _sentence_countries(ground: Token, state: DocState) -> set[str]:
    """The countries the sentence's coded actors and places name (one expected)."""
    found: set[str] = set()
    for word in ground.sent:
        country = place_country(word, state)
        if country is not None:
            found.add(country)
        for mention in state.mentions_at(word.i):
            actor = state.actor(mention.actor_id)
            if actor is not None and actor.country:
                found.add(actor.country)
    return found
