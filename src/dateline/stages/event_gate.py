"""The political gate (``gate`` in ``lexicon/events/senses.yaml``; issue 11, round 3).

Most trigger words of the event lexicon have business, sport or everyday senses ("Boeing was
defeated for the contract", "the executive stepped down", "the software provides a sandbox").
A political event has a political or official participant: an event is kept only when one of
its actors is political (a country, a state body, an official, a party, an armed group, an
international organisation), or when the trigger's object is a political object ("stepped down
from the presidency"). Protests and deployments are political by what they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Token

from dateline.errors import LexiconError
from dateline.record import Actor
from dateline.stages.cameo_match import table
from dateline.stages.event_lexicon import TriggerEntry, object_heads, particles
from dateline.stages.state import DocState

__all__ = ["Gate", "gate", "passes"]


@dataclass(frozen=True)
class Gate:
    rule: str
    political_sectors: frozenset[str]
    private_sectors: frozenset[str]
    exempt_types: frozenset[str]
    lemmas: frozenset[str]
    political_objects: frozenset[str]


@cache
def gate() -> Gate:
    resource = resources.files("dateline").joinpath("lexicon", "events", "senses.yaml")
    try:
        raw = yaml.safe_load(resource.read_text(encoding="utf-8"))["gate"]
        return Gate(
            rule=f"events.{raw['rule']}",
            political_sectors=frozenset(raw["political_sectors"]),
            private_sectors=frozenset(raw["private_sectors"]),
            exempt_types=frozenset(raw["exempt_types"]),
            lemmas=frozenset(str(w).lower() for w in raw["lemmas"]),
            political_objects=frozenset(str(w).lower() for w in raw["political_objects"]),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise LexiconError(f"cannot load lexicon events/senses gate: {exc}") from exc


def political(actor: Actor) -> bool:
    """A country, a state body, an official, a party, an armed group or an IGO."""
    rules = gate()
    if actor.sector in rules.political_sectors or actor.kind == "country":
        return True
    if actor.country is not None and actor.sector not in rules.private_sectors:
        return True
    return any(w in rules.political_objects for w in actor.name.lower().split())


def gated(entry: TriggerEntry, agentless: bool) -> bool:
    """Whether the gate applies to an entry: imported CAMEO patterns that name no object words,
    and our own entries of
    ambiguous trigger words; not to our own entries of force told without an agent ("were
    killed"), nor to types that are political by what they are."""
    rules = gate()
    if entry.type in rules.exempt_types:
        return False
    if entry.origin.startswith("cameo2"):
        return not _names_its_object(entry)
    if agentless and entry.type in {"ASSAULT", "COERCE"}:
        return False
    return entry.lemma in rules.lemmas


def passes(token: Token, entry: TriggerEntry, actor_ids: list[str], state: DocState) -> bool:
    """Whether an event of ``entry`` evoked by ``token`` with these actors may stand."""
    rules = gate()
    if not gated(entry, not actor_ids or _agentless(token)):
        return True
    if any((a := state.actor(i)) is not None and political(a) for i in actor_ids):
        return True
    return any(h.lemma_.lower() in rules.political_objects or h.lower_ in rules.political_objects
               for h in _object_words(token))


@cache
def _names_its_object(entry: TriggerEntry) -> bool:
    """A CAMEO pattern that names the words of its object ("settle the dispute") carries its
    sense with it; one that names only a particle ("give up", "defeat ... with") does not."""
    line = int(entry.origin.split(":", 1)[1])
    found = [p for p in table().patterns.get(entry.lemma, ()) if p.line == line]
    return bool(found) and bool(found[0].words)


def _agentless(token: Token) -> bool:
    return token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children) and not \
        any(c.dep_ == "agent" for c in token.children)


def _object_words(token: Token) -> list[Token]:
    heads = object_heads(token)
    for prep in particles(token).values():
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    return heads
