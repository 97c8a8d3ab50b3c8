"""Bookkeeping of the actors of one doc: actors, their mentions and which tokens are taken.

The actors stage finds candidates (``actors.py``), coreference attaches descriptions and
pronouns (``coref.py``); both go through an ``ActorBuilder``, which numbers the actors and
publishes them on the doc's state when done.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.record import Actor, ActorKind
from dateline.record import Span as TextSpan
from dateline.stages.actor_identity import (
    NAME_TAIL_RULE,
    fill_aliases,
    longer_name_holder,
    merge_short_bodies,
    merge_surname_actors,
    same_body,
    same_person,
)
from dateline.stages.actor_lexicon import LEXICON_BODY_RULE, Code, Organization, code_description
from dateline.stages.actor_locations import SUBNATIONAL_RULE, drop_locations
from dateline.stages.actor_union_seat import union_seats
from dateline.stages.place_split import separate_places, set_places
from dateline.stages.state import ActorMention, state_of


@dataclass
class Candidate:
    start: int
    end: int
    code: Code
    name: str
    kind: ActorKind
    rule: str
    others: tuple[Candidate, ...] = ()  # more actors named by the same words
    source: str | None = None  # where the code came from: lexicon, title, phoenix, context...
    affiliation: tuple[int, int] | None = None  # tokens naming the body a person speaks for
    apposition: tuple[int, int] | None = None  # a title set beside a person's name (act7)


class ActorBuilder:
    """Accumulates actors and their mentions for one doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors: list[Actor] = []
        self.mentions: list[ActorMention] = []
        self.taken: set[int] = set()
        self._keys: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self.pending: list[Candidate] = []  # unnamed descriptions, added after coreference
        self.sources: dict[str, str] = {}  # actor id -> where its code came from

    # --- bookkeeping -------------------------------------------------------------------------

    def add(self, candidate: Candidate) -> str | None:
        tokens = set(range(candidate.start, candidate.end))
        if tokens & self.taken:
            return None
        actor = self._actor_for(candidate)
        self.attach(actor.id, candidate.start, candidate.end, candidate.rule)
        for other in candidate.others:
            self.attach(self._actor_for(other).id, other.start, other.end, other.rule)
        if candidate.code.gender:
            self.genders[actor.id] = candidate.code.gender
        if candidate.source and actor.id not in self.sources:
            self.sources[actor.id] = candidate.source
        return actor.id

    def release(self, start: int, end: int) -> bool:
        """Drop mentions inside a range so a longer description can take it; False if one
        of them is more than a country or demonym mention."""
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        crossing = [m for m in self.mentions if m.start < end and start < m.end
                    and m not in inside]
        if crossing or any(self.actor(m.actor_id).kind not in {"country"} for m in inside):
            return False
        for mention in inside:
            self.mentions.remove(mention)
            self.taken -= set(range(mention.start, mention.end))
        return True

    def attach(self, actor_id: str, start: int, end: int, rule: str) -> None:
        self.taken |= set(range(start, end))
        self.mentions.append(ActorMention(start, end, actor_id, rule))

    def _actor_for(self, candidate: Candidate) -> Actor:
        key = _key(candidate)
        if key not in self._keys and candidate.kind in {"person", "organization"}:
            earlier = same_person(self.actors, candidate.name, candidate.code.role) \
                if candidate.kind == "person" else same_body(self.actors, candidate.name)
            if earlier is None and candidate.kind == "person":  # "Suu Kyi" (wave 107)
                earlier = longer_name_holder(self.actors, candidate.name)
                if earlier is not None:
                    candidate.rule = f"{candidate.rule}+{NAME_TAIL_RULE}"
            if earlier is not None:
                self._keys[key] = earlier.id
        if key in self._keys:
            actor = next(a for a in self.actors if a.id == self._keys[key])
            _enrich(actor, candidate)
            return actor
        code = candidate.code
        actor = Actor(id=f"x{len(self.actors) + 1}", name=candidate.name, kind=candidate.kind,
                      country=code.country, sector=code.sector, role=code.role,
                      rule=candidate.rule)
        self.actors.append(actor)
        self._keys[key] = actor.id
        return actor

    def actor_for(self, candidate: Candidate) -> Actor:
        """The actor a candidate names: an earlier one with its key, or a new one."""
        return self._actor_for(candidate)

    def organization_actor(self, org: Organization) -> Actor:
        """The actor of a lexicon organisation, created if it has no mention of its own yet."""
        code = code_description(org.name)
        candidate = Candidate(0, 0, code, org.name, "organization", LEXICON_BODY_RULE)
        return self._actor_for(candidate)

    def actor(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.id == actor_id)

    def finish(self) -> None:
        """Number actors by first mention, fill in their mention spans, publish on the doc."""
        state = state_of(self.doc)
        union_seats(self)  # "criticised by Brussels": the EU, not Belgium (wave 104)
        merge_surname_actors(self)
        merge_short_bodies(self)
        set_places(self.doc, drop_locations(self, separate_places(self)))
        self.mentions.sort(key=lambda m: (m.start, -m.end))  # the longest first: a person over
        # the body named in his title ("NATO Secretary-General Jens Stoltenberg")
        first: dict[str, int] = {}
        for mention in self.mentions:
            first.setdefault(mention.actor_id, mention.start)
        ordered = sorted((a for a in self.actors if a.id in first), key=lambda a: first[a.id])
        renamed = {a.id: f"a{n}" for n, a in enumerate(ordered, start=1)}
        for actor in ordered:
            actor.id = renamed[actor.id]
            actor.mentions = []
        by_id = {a.id: a for a in ordered}
        for mention in self.mentions:
            mention.actor_id = renamed[mention.actor_id]
            span = self.doc[mention.start : mention.end]
            by_id[mention.actor_id].mentions.append(
                TextSpan(span.start_char, span.end_char, span.text))
        old_ids = {new: old for old, new in renamed.items()}
        for actor in ordered:
            actor.source = self.sources.get(old_ids[actor.id], actor.source)
            actor.affiliation = renamed.get(actor.affiliation or "")
        fill_aliases(ordered, self.mentions)
        state.actors = ordered
        state.mentions = self.mentions
        state.index_mentions()


def _key(candidate: Candidate) -> str:
    code = candidate.code
    if candidate.kind == "person":
        return "person:" + candidate.name.lower()
    if candidate.rule == SUBNATIONAL_RULE:
        return "province:" + candidate.name.lower()  # "Ontario" is not Canada (act10)
    if candidate.kind == "country":
        return f"country:{code.country or candidate.name}"
    if code.organization is not None and candidate.kind != "group":
        return "org:" + code.organization.name
    if code.government_metonym:
        return f"government:{code.country}"
    return f"{candidate.kind}:{candidate.name.lower()}"


def _enrich(actor: Actor, candidate: Candidate) -> None:
    code = candidate.code
    if candidate.kind == "person" and len(candidate.name.split()) > len(actor.name.split()):
        actor.name = candidate.name
    actor.country = actor.country or code.country
    actor.sector = actor.sector or code.sector
    actor.role = actor.role or code.role
