"""Resolving a document's place mentions together with the offline gazetteer.

``Resolver`` resolves the mentions the places stage kept (``places.py``) with the article's
evidence: unambiguous names first give the article's countries, the dateline gives its country,
a container ("Springfield, Illinois", "Russia's Kursk region") narrows what it contains and is
itself resolved by what it contains ("Atlanta, Georgia" is the US state); a place noun hints at
the feature ("Donetsk region"). The scoring of candidates is ``dateline.gazetteer``'s; this
module only gathers the hints, apart from the stage that finds mentions and publishes places.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from dateline.gazetteer import Entry, Gazetteer, Hints, Resolution
from dateline.stages.place_slots import place_nouns
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_bounds


@dataclass


class Resolved:
    span: Span
    entry: Entry | None
    rule: str
    country: str | None = None  # for an unresolved name: the country its container gives


class Resolver:
    """Resolves a document's mentions together: unambiguous ones first give the context."""

    def __init__(self, gazetteer: Gazetteer, words: dict[str, Any], doc: Doc,
                 state: DocState) -> None:
        self.gazetteer = gazetteer
        self.words = words
        self.doc = doc
        self.actors = state.actors
        self.countries: Counter[str] = Counter()

    def _actor_countries(self, mentions: list[Span]) -> None:
        """The countries of the article's actors, from mentions that are not themselves place
        names ("Georgia" coded as a country must not vote for the country)."""
        covered = {i for m in mentions for i in range(m.start_char, m.end_char)}
        known = set(self.gazetteer.iso2_to_iso3.values())
        for actor in self.actors:
            if actor.country in known:
                self.countries[actor.country] += sum(
                    m.start not in covered for m in actor.mentions)

    def run(self, mentions: list[Span], dateline: list[Span]) -> list[Resolved]:
        self._actor_countries(mentions)
        containers = {i: _container_of(mentions, i) for i in range(len(mentions))}
        first = [self.gazetteer.resolve(m.text, self._hints(m, None, on_dateline=m in dateline))
                 for m in mentions]
        for mention in mentions:
            country = self.gazetteer.one_country(mention.text)
            if country:
                self.countries[country] += 1
        dateline_country = self._dateline_country(mentions, dateline, first)
        done: dict[int, Resolved] = {}
        for i in sorted(range(len(mentions)), key=lambda k: -mentions[k].start):
            outer = containers[i]
            container = done[outer].entry if outer is not None and outer in done else None
            hints = self._hints(mentions[i], container, dateline_country, mentions[i] in dateline)
            found = self.resolve_outer(mentions, containers, i, hints)
            done[i] = self._resolved(mentions[i], found, container, dateline_country)
        return [done[i] for i in range(len(mentions))]

    def _resolved(self, span: Span, found: Resolution | None, container: Entry | None,
                  dateline_country: str | None) -> Resolved:
        if found is not None:
            return Resolved(span, found.entry, found.rule)
        rules = self.gazetteer.rules
        if container is not None and container.country:
            return Resolved(span, None, rules["unresolved-contained"], container.country)
        return Resolved(span, None, rules["unresolved"])

    def resolve_outer(self, mentions: list[Span], containers: dict[int, int | None], i: int,
                      hints: Hints) -> Resolution | None:
        """A container resolved by what it contains: "Atlanta, Georgia" is the US state."""
        inner = [k for k, outer in containers.items() if outer == i]
        if inner and hints.container is None:
            inside = self.gazetteer.candidates(mentions[inner[0]].text)
            fits = [e for e in self.gazetteer.candidates(mentions[i].text)
                    if any(_inside(entry, e) for entry in inside)]
            if len({(e.country, e.feature, e.name) for e in fits}) == 1:
                return Resolution(fits[0], self.gazetteer.rules["container"])
        return self.gazetteer.resolve(mentions[i].text, hints)

    def _hints(self, span: Span, container: Entry | None, dateline_country: str | None = None,
               on_dateline: bool = False) -> Hints:
        return Hints(container=container, feature=_feature_hint(span, self.words),
                     countries=Counter(self.countries), dateline_country=dateline_country,
                     on_dateline=on_dateline)

    def _dateline_country(self, mentions: list[Span], dateline: list[Span],
                          first: list[Resolution | None]) -> str | None:
        for span, found in zip(mentions, first, strict=True):
            if span in dateline and found is not None and found.entry.country:
                return found.entry.country
        return None


def _inside(entry: Entry, container: Entry) -> bool:
    from dateline.gazetteer import _within

    return _within(entry, container)


def _feature_hint(span: Span, words: dict[str, Any]) -> str | None:
    """"Donetsk region", "the province of Balkh", "Surin province": a division."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if len(span) > 1:
        after = after if span[-1].lower_ not in place_nouns(words) else span[-1].lower_
    before = doc[span.start - 2 : span.start] if span.start >= 2 else None
    for feature, nouns in words["admin_nouns"].items():
        if after in nouns or (before is not None and before[0].lower_ in nouns
                              and before[1].lower_ == "of"):
            return str(feature)
    return None


def _container_of(mentions: list[Span], i: int) -> int | None:
    """The mention that says where mention ``i`` lies: the next one after a comma ("Springfield,
    Illinois", "Hyderabad, in Pakistan's Sindh province"), or a possessor of its head noun
    ("Russia's Kursk region")."""
    span = mentions[i]
    poss = [c for c in span.root.head.children if c.dep_ == "poss"] if span.root.dep_ in {
        "compound", "amod"} else []
    for k, other in enumerate(mentions):
        if poss and other.start <= poss[0].i < other.end:
            return k
    if i + 1 >= len(mentions):
        return None
    between = span.doc[span.end : mentions[i + 1].start]
    words = [t.lower_ for t in between]
    if words[:1] == [","] and len(words) <= 8 and not any(t.pos_ == "VERB" for t in between):
        own = sentence_bounds(span)  # not Span.sent: a walk
        later = [k for k in range(i + 1, len(mentions))
                 if mentions[k].start - span.end <= 10 and sentence_bounds(mentions[k]) == own]
        return later[-1] if len(later) > 1 and _possessive(mentions[later[0]]) else i + 1
    return None


def _possessive(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"
