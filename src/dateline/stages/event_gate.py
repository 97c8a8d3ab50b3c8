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
from typing import Any

import yaml
from spacy.tokens import Token

from dateline.errors import LexiconError
from dateline.lexicons import load_lexicon_yaml
from dateline.record import Actor
from dateline.stages.cameo_match import table
from dateline.stages.event_lexicon import TriggerEntry, object_heads, particles
from dateline.stages.event_result_parties import raised_agentless
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

__all__ = ["Context", "Gate", "Private", "blocked_by", "context", "gate", "ordinary_cameo",
           "outside_politics", "passes", "private"]


@dataclass(frozen=True)
class Gate:
    rule: str
    political_sectors: frozenset[str]
    private_sectors: frozenset[str]
    exempt_types: frozenset[str]
    lemmas: frozenset[str]
    political_objects: frozenset[str]


@cache
def senses_file() -> dict[str, Any]:
    """``lexicon/events/senses.yaml``, parsed once per process (250 kB: a parse takes about
    0.4 s, and the sense rules and each section below all read it)."""
    resource = resources.files("dateline").joinpath("lexicon", "events", "senses.yaml")
    try:
        data = load_lexicon_yaml(resource.read_text(encoding="utf-8"),
                                 "lexicon/events/senses.yaml")
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot load lexicon events/senses: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError("lexicon events/senses: expected a mapping")
    return data


@cache
def senses_section(name: str) -> dict[str, Any]:
    """One top-level section of ``lexicon/events/senses.yaml``."""
    section = senses_file().get(name)
    if section is None:
        raise LexiconError(f"cannot load lexicon events/senses {name}: no such section")
    if not isinstance(section, dict):
        raise LexiconError(f"lexicon events/senses {name}: expected a mapping")
    return section


def section_rule(raw: dict[str, Any]) -> str:
    if not isinstance(raw.get("rule"), str):
        raise LexiconError("lexicon events/senses: a section without its rule name")
    return f"events.{raw['rule']}"


def section_words(raw: dict[str, Any], key: str, lower: bool = True) -> frozenset[str]:
    try:
        return frozenset(str(w).lower() if lower else w for w in raw[key])
    except (KeyError, TypeError) as exc:
        raise LexiconError(f"lexicon events/senses: bad or missing list {key!r}: {exc}") from exc


@cache
def gate() -> Gate:
    raw = senses_section("gate")
    return Gate(
        rule=section_rule(raw),
        political_sectors=section_words(raw, "political_sectors", lower=False),
        private_sectors=section_words(raw, "private_sectors", lower=False),
        exempt_types=section_words(raw, "exempt_types", lower=False),
        lemmas=section_words(raw, "lemmas"),
        political_objects=section_words(raw, "political_objects"),
    )


@dataclass(frozen=True)
class Private:
    rule: str
    types: frozenset[str]
    lemmas: frozenset[str]
    actor_types: frozenset[str]
    actor_lemmas: frozenset[str]
    state_bank_words: frozenset[str]
    sectors: frozenset[str]
    name_words: frozenset[str]
    objects: frozenset[str]


@cache
def private() -> Private:
    raw = senses_section("private")
    return Private(
        rule=section_rule(raw),
        types=section_words(raw, "types", lower=False),
        lemmas=section_words(raw, "lemmas"),
        actor_types=section_words(raw, "actor_types", lower=False),
        actor_lemmas=section_words(raw, "actor_lemmas", lower=False),
        state_bank_words=section_words(raw, "state_bank_words", lower=False),
        sectors=section_words(raw, "sectors", lower=False),
        name_words=section_words(raw, "name_words"),
        objects=section_words(raw, "objects"),
    )


def political(actor: Actor) -> bool:
    """A country, a state body, an official, a party, an armed group or an IGO. A "country"
    with no code (a town the actors stage took for a place: "Cisco") is not one, nor a firm
    by its name ("General Motors"); a state bank is one ("Bank of England")."""
    rules = gate()
    if _firm_name(actor):
        return False
    if _state_bank(actor) or actor.sector in rules.political_sectors:
        return True
    if actor.kind == "country" and actor.country is not None:
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


def blocked_by(token: Token, entry: TriggerEntry, actor_ids: list[str],
               state: DocState) -> str | None:
    """The rule that keeps an event of ``entry`` evoked by ``token`` with these actors from
    standing (the political gate or the private context), or None."""
    if not passes(token, entry, actor_ids, state):
        return gate().rule
    if in_private_context(token, entry, actor_ids, state):
        return private().rule
    if outside_politics(token, entry, actor_ids, state):
        return context().rule
    return None


def in_private_context(token: Token, entry: TriggerEntry, actor_ids: list[str],
                       state: DocState) -> bool:
    """Firms, products, markets or teams and nothing political: "Boeing delivered the final
    717 jet to AirTran Airways", "the airline offers flights", "Cisco promised a release"."""
    rules = private()
    lemmas = {entry.lemma, token.lemma_.lower()}  # an imported pattern's lemma is its block
    if entry.type not in rules.types and not lemmas & rules.lemmas:
        return False
    actors = [a for i in actor_ids if (a := state.actor(i)) is not None]
    if any(political(a) for a in actors):
        return False
    heads = _argument_words(token)
    if (heads | {token.lemma_.lower(), token.lower_}) & gate().political_objects:
        return False
    force = entry.type in rules.actor_types
    if not force and heads & rules.objects:
        return True
    by_actor = force or bool(lemmas & rules.actor_lemmas)
    return by_actor and any(_private_actor(a) for a in actors)


def _private_actor(actor: Actor) -> bool:
    return actor.sector in private().sectors or _firm_name(actor)


def _firm_name(actor: Actor) -> bool:
    words = actor.name.lower().split()
    return actor.kind != "person" and bool(words) and words[-1] in private().name_words


def _state_bank(actor: Actor) -> bool:
    words = actor.name.lower().split()
    return "bank" in words and (words[:2] == ["bank", "of"]
                                or bool(private().state_bank_words & set(words)))


def _argument_words(token: Token) -> set[str]:
    """Lemmas and forms of the heads of the trigger's subject, objects, prepositional objects
    and control clause's objects, and of the "of" phrases under them."""
    heads = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    heads += _object_words(token)
    heads += [h for c in token.children if c.dep_ == "xcomp" for h in _object_words(c)]
    if token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} and token.pos_ in {"NOUN", "PROPN"}:
        heads.append(token.head)
    heads += [p for h in list(heads) for prep in particles(h).values() if prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    return {w for h in heads for w in (h.lemma_.lower(), h.lower_)}


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
    if raised_agentless(token):  # "are reported to have been killed" (wave 51)
        return True
    return token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children) and not \
        any(c.dep_ == "agent" for c in token.children)


def _object_words(token: Token) -> list[Token]:
    heads = object_heads(token)
    for prep in particles(token).values():
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    return heads


# --- no political participant, no political event (issue 11, round 5) ---------------------------


@dataclass(frozen=True)
class Context:
    rule: str
    sentence_words: frozenset[str]
    legal_words: frozenset[str]
    economic_heads: frozenset[str]


@cache
def context() -> Context:
    raw = senses_section("context")
    return Context(
        rule=section_rule(raw),
        sentence_words=section_words(raw, "sentence_words"),
        legal_words=section_words(raw, "legal_words"),
        economic_heads=section_words(raw, "economic_heads") | private().objects,
    )


def outside_politics(token: Token, entry: TriggerEntry, actor_ids: list[str],
                     state: DocState) -> bool:
    """An event whose participants are firms, products, markets or nobody, in a sentence that
    names no state body, official, party, armed group or IGO, is no political event: "Qantas
    plans to commence A380 operations", "Chrysler was hardest hit", "the rally began after the
    news from Citigroup". It needs a private sign (a private participant or one named in the
    sentence, an economic head on the trigger's arguments) or, for all but the types political
    by what they are, an article about firms more than about states; a protest or deployment
    only when it has no participant at all (a market "rally"). Agreements, promises and offers
    (AGREE) are left to the private rule: the case sets code deals between firms. Lawsuits and
    settled disputes between firms stay events."""
    if entry.type == "AGREE":  # deals and promises of firms are coded (joint ventures, offers
        return False           # to buy); the private rule drops offers of products
    actors = [a for i in actor_ids if (a := state.actor(i)) is not None]
    if any(_strongly_political(a) or _social(a) for a in actors):
        return False
    heads = _argument_words(token) | {token.lemma_.lower(), token.lower_}
    if heads & (gate().political_objects | context().legal_words):
        return False
    if _sentence_political(token, state):
        return False
    private_sign = any(_private_actor(a) for a in actors)
    if entry.type not in private().actor_types:  # force: a shop or a plane attacked is a victim
        private_sign = private_sign or bool(heads & context().economic_heads) \
            or _sentence_private(token, state)
    if entry.type in gate().exempt_types:  # a protest needs no political actor, but someone
        return private_sign and not actors
    return private_sign or _business_article(state)


def _strongly_political(actor: Actor) -> bool:
    """Political by what the actor is (its sector, a coded country, an IGO, a political word in
    its name), not only by a country the actors stage gave it from context ("Airbus", "Ford")."""
    rules = gate()
    if _firm_name(actor):
        return False
    if _state_bank(actor) or actor.sector in rules.political_sectors:
        return True
    if actor.kind == "country" and actor.country is not None:
        return True
    return any(w in rules.political_objects for w in actor.name.lower().split())


def _social(actor: Actor) -> bool:
    """A person or group of a sector that is neither a firm's nor the state's (civilians,
    clergy, students, journalists, doctors): what they do in public is not commerce."""
    return actor.sector is not None and actor.sector not in private().sectors


def _sentence_actors(token: Token, state: DocState) -> list[Actor]:
    ids = {m.actor_id for t in sentence_of(token) for m in state.mentions_at(t.i)}
    return [a for i in sorted(ids) if (a := state.actor(i)) is not None]


def _sentence_political(token: Token, state: DocState) -> bool:
    words = context().sentence_words
    if any(t.lemma_.lower() in words or t.lower_ in words for t in sentence_of(token)):
        return True
    return any(_strongly_political(a) for a in _sentence_actors(token, state))


def _sentence_private(token: Token, state: DocState) -> bool:
    return any(_private_actor(a) for a in _sentence_actors(token, state))


BUSINESS_ARTICLE = "events.business_article"


def _business_article(state: DocState) -> bool:
    """An article that names firms more often than political actors (counted once per doc)."""
    found = state.derived.get(BUSINESS_ARTICLE)
    if found is None:
        actors = {a.id: a for a in state.actors}
        kinds = [actors[m.actor_id] for m in state.mentions if m.actor_id in actors]
        firms = sum(1 for a in kinds if _private_actor(a))
        states = sum(1 for a in kinds if _strongly_political(a))
        found = state.derived[BUSINESS_ARTICLE] = firms > states
    return bool(found)


# --- imported patterns on everyday verbs (issue 11, round 12) -----------------------------------


@cache
def _ordinary() -> tuple[str, frozenset[str]]:
    raw = senses_section("ordinary_cameo")
    return section_rule(raw), section_words(raw, "verbs")


def ordinary_cameo(token: Token, entry: TriggerEntry, source: list[str],
                   state: DocState) -> str | None:
    """The rule that keeps an imported CAMEO pattern on an everyday verb ("fly", "delay",
    "carry") from making an event, or None: an agentless passive of a thing ("the departure
    has been delayed"), or a pattern that names no object words with neither a political
    source nor an actor as direct object ("planes would have to be flown into Indonesia")."""
    rule, verbs = _ordinary()
    if not entry.origin.startswith("cameo2") or token.lemma_.lower() not in verbs:
        return None
    if entry.type not in PASSIVE_KEPT and _agentless(token) and not any(
            _animate(c, state) or _relation(c) for c in token.children if c.dep_ == "nsubjpass"):
        return rule
    if _names_its_object(entry):
        return None
    if any((a := state.actor(i)) is not None and political(a) for i in source):
        return None
    if any(state.mentions_at(c.i) for c in token.children if c.dep_ in {"dobj", "dative"}):
        return None
    return rule


#: Entity labels of the things that act or are acted on as people ("Two people were found guilty").
ANIMATE_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


#: Types an agentless passive of a thing still tells ("the programme was suspended", a state's
#: unnamed act): dropping them lowered SANCTION story recall (round 12).
PASSIVE_KEPT = frozenset({"SANCTION"})


def _relation(subject: Token) -> bool:
    """A passive subject that is a relation between states or a political thing ("talks were
    broken off", "aid was cut", "the embassy was closed"): the state acted, unnamed."""
    lemma = subject.lemma_.lower()
    return lemma in _ordinary_relations() or lemma in gate().political_objects or \
        subject.lower_ in gate().political_objects


@cache
def _ordinary_relations() -> frozenset[str]:
    return section_words(senses_section("ordinary_cameo"), "relations")


def _animate(subject: Token, state: DocState) -> bool:
    """A passive subject that is someone, not something: an actor, a pronoun, a noun of people
    ("men", "two people", "suspects") or a name."""
    if state.mentions_at(subject.i) or subject.pos_ == "PRON" or \
            subject.ent_type_ in ANIMATE_LABELS:
        return True
    return subject.lemma_.lower() in words("unnamed_people") or \
        subject.lemma_.lower() in words("domestic_patients") or subject.lemma_.lower() in PEOPLE


#: Nouns of people beyond the clauses' lists of unnamed people ("men", "children").
PEOPLE = frozenset({"man", "woman", "child", "boy", "girl", "family", "soldier", "officer",
                    "policeman", "employee", "executive", "director", "victim", "hostage",
                    "refugee", "migrant", "defendant", "accused"})
