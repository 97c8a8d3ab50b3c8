"""A coded place an event acts on becomes its target actor (issue 12, places apart).

The actors stage lists a country, capital or state named as a location in ``places`` with no
actor mention ("a bombing in Peshawar, Pakistan", "troops entered Ukraine"). The events stage
takes its targets from actor mentions, and, where a target slot holds no actor, from those
places. The rule (``actors.place-target.v1``):

- a place with a country code is a target actor when an event acts on it: it is the object of
  the event's verb ("Russia invaded Ukraine" -> UKR), the object of the event's target
  preposition, the owner of that object ("shelled Russia's Kursk region" -> RUS), or, for force
  that needs no named target, where the force lands ("struck targets in southern Lebanon" ->
  LBN);
- it is then an actor of kind ``country`` with the place's code: the country actor the article
  already has, or a new one; the place's words become one of its mentions;
- only events that are built count: a slot read for an event that is then dropped (no source)
  leaves the place a place;
- a place with no country code (a region, a sea, an unknown town) is never a target;
- a source or target actor with no country takes the country of a place in its own phrase or of
  the article (``event_args``, issue 11): that country is an actor the same way, whether the
  event uses it as source or target (``country_actor``).

The place stays in ``places`` as well: it still says where the event happened. New actors are
numbered after the actors stage's ones (quotes already refer to those ids).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.record import Actor, Event
from dateline.record import Span as TextSpan
from dateline.stages.actor_lexicon import display_name
from dateline.stages.state import ActorMention, DocState
from dateline.stages.syntax import doc_text

__all__ = ["RULE", "adopt_place_targets", "country_actor", "group_actor", "place_country",
           "place_target"]

RULE = "actors.place-target.v1"
PLACES_KEY = "dateline.places"  # the actors stage's places (``place_split``)
_DERIVED = "place_targets"


@dataclass
class _Pending:
    """The places read as targets while the events stage runs, and the actors made for them."""

    by_token: dict[int, tuple[int, int, str]]  # token -> (start, end, country) of its place
    actor_of: dict[str, str] = field(default_factory=dict)  # country -> actor id
    new: set[str] = field(default_factory=set)  # actor ids made here
    spans: dict[tuple[int, int], str] = field(default_factory=dict)  # place tokens -> actor id
    context: set[tuple[int, int]] = field(default_factory=set)  # spans outside the event's sentence


def place_target(token: Token, state: DocState) -> str | None:
    """The actor id of the coded place at ``token`` as a target, made if need be; None when
    no place with a country code covers the token."""
    pending = _pending(token.doc, state)
    found = pending.by_token.get(token.i)
    if found is None:
        return None
    start, end, country = found
    actor_id = pending.actor_of.get(country) or _country_actor(state, pending, country)
    pending.spans[(start, end)] = actor_id
    return actor_id


def place_country(token: Token, state: DocState) -> str | None:
    """The country code of the coded place at ``token``, making no actor (None if none)."""
    found = _pending(token.doc, state).by_token.get(token.i)
    return found[2] if found is not None else None


def country_actor(doc: Doc, state: DocState, country: str, make: bool = False) -> str | None:
    """The actor of a country the article names: its country actor, else one made from a coded
    place of that country (its first mention, wherever it is); else, with ``make``, a country
    actor with no mention of its own (kept only if a built event uses it); else None."""
    existing = next((a for a in state.actors if a.kind == "country" and a.country == country),
                    None)
    if existing is not None:
        return existing.id
    pending = _pending(doc, state)
    if country in pending.actor_of:
        return pending.actor_of[country]
    found = next((i for i, (_, _, code) in sorted(pending.by_token.items()) if code == country),
                 None)
    if found is None:
        return _country_actor(state, pending, country) if make else None
    start, end, _ = pending.by_token[found]
    pending.context.add((start, end))
    return place_target(doc[found], state)


def adopt_place_targets(doc: Doc, state: DocState) -> bool:
    """Keep the place targets that built events use: their mentions join the actors; actors
    made for targets no event kept are dropped. True when the actors changed."""
    pending: _Pending | None = state.derived.pop(_DERIVED, None)
    if pending is None or not (pending.spans or pending.new):
        return False
    used = _used_spans(doc, state.events, pending)
    in_events = {a for e in state.events for a in e.source + e.target}
    kept = pending.new & (set(used.values()) | in_events)
    for actor_id in pending.new - kept:
        state.actors = [a for a in state.actors if a.id != actor_id]
    if not used and not kept:
        return False
    renamed = _renumber(state, kept)
    text = doc_text(doc)
    for (start, end), actor_id in used.items():
        actor = state.actor(renamed.get(actor_id, actor_id))
        if actor is None:
            continue
        span = doc[start:end]
        actor.mentions.append(TextSpan.of(text, span.start_char, span.end_char))
        actor.mentions.sort(key=lambda m: m.start)
        state.mentions.append(ActorMention(start, end, actor.id, RULE))
    state.mentions.sort(key=lambda m: (m.start, -m.end))
    state.index_mentions()
    return True


def _used_spans(doc: Doc, events: list[Event], pending: _Pending) -> dict[tuple[int, int], str]:
    """Place spans whose actor is a source or target of a built event of the same sentence (or
    of any sentence, for a place read as the article's country)."""
    used = {}
    for (start, end), actor_id in pending.spans.items():
        span = doc[start:end]
        anywhere = (start, end) in pending.context
        if any((actor_id in e.target or actor_id in e.source)
               and (anywhere or e.sentence.start <= span.start_char <= span.end_char
                    <= e.sentence.end) for e in events):
            used[(start, end)] = actor_id
    return used


def _renumber(state: DocState, kept: set[str]) -> dict[str, str]:
    """Give the kept new actors the ids after the actors stage's, in the events too."""
    old = [a for a in state.actors if a.id not in kept]
    renamed = {}
    for number, actor in enumerate((a for a in state.actors if a.id in kept),
                                   start=len(old) + 1):
        renamed[actor.id] = f"a{number}"
        actor.id = renamed[actor.id]
    for event in state.events:
        event.target = [renamed.get(a, a) for a in event.target]
        event.source = [renamed.get(a, a) for a in event.source]
    return renamed


def group_actor(doc: Doc, state: DocState, span: tuple[int, int], country: str | None,
                sector: str | None, rule: str) -> str:
    """An unnamed group an event acts on ("arrested more than 870 people" in Nigeria) as a
    group actor with the country it is in (issue 11; PLOVER codes such people by their country,
    not as the country itself). Like a place target, it is kept only if a built event uses it,
    and its words become its mention."""
    pending = _pending(doc, state)
    if span in pending.spans:
        return pending.spans[span]
    words = doc[span[0] : span[1]]
    kept = [t for t in words if t.dep_ not in {"det", "punct"}
            and t.lower_ not in {"more", "than", "least", "at", "some"}]
    # a possessive clitic keeps to its word: "Mursi's supporters", not "Mursi 's supporters"
    name = "".join(t.text if t.tag_ == "POS" or i == 0 else f" {t.text}"
                   for i, t in enumerate(kept))
    actor = Actor(id=f"event-group:{span[0]}", name=name or words.text, kind="group",
                  country=country, sector=sector, rule=rule, source="context")
    state.actors.append(actor)
    pending.new.add(actor.id)
    pending.spans[span] = actor.id
    return actor.id


def _country_actor(state: DocState, pending: _Pending, country: str) -> str:
    existing = next((a for a in state.actors if a.kind == "country" and a.country == country),
                    None)
    if existing is None:
        existing = Actor(id=f"place-target:{country}", name=display_name(country),
                         kind="country", country=country, rule=RULE, source="lexicon")
        state.actors.append(existing)
        pending.new.add(existing.id)
    pending.actor_of[country] = existing.id
    return existing.id


def _pending(doc: Doc, state: DocState) -> _Pending:
    pending: _Pending | None = state.derived.get(_DERIVED)
    if pending is None:
        pending = _Pending(_place_tokens(doc, state))
        state.derived[_DERIVED] = pending
    return pending


def _place_tokens(doc: Doc, state: DocState) -> dict[int, tuple[int, int, str]]:
    """Token index -> the coded place mention covering it, but not where an actor mention
    already is (that one speaks for itself)."""
    by_token: dict[int, tuple[int, int, str]] = {}
    for row in doc.user_data.get(PLACES_KEY) or []:
        country = row.get("country")
        if not country:
            continue
        for mention in row["mentions"]:
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None or any(state.mentions_at(i) for i in range(span.start, span.end)):
                continue
            for i in range(span.start, span.end):
                by_token[i] = (span.start, span.end, str(country))
    return by_token


def town_target(doc: Doc, state: DocState, span: tuple[int, int], country: str) -> str:
    """A town the gazetteer places in ``country`` that an event strikes, read as that country
    like a coded place (``event_struck_towns``): its words become the country's mention if a
    built event keeps it."""
    pending = _pending(doc, state)
    for i in range(*span):
        pending.by_token.setdefault(i, (span[0], span[1], country))
    found = place_target(doc[span[0]], state)
    assert found is not None  # just registered
    return found


def group_span(state: DocState, actor_id: str) -> tuple[int, int] | None:
    """The tokens a group made by ``group_actor`` names (its mention is set only when the
    record is built), else None (wave 76, ev76d)."""
    pending: _Pending | None = state.derived.get(_DERIVED)
    if pending is None:
        return None
    return next((span for span, found in pending.spans.items() if found == actor_id), None)
