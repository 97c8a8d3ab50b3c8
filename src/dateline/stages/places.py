"""The places stage: place mentions resolved with the offline gazetteer, and events located.

Mentions come from the wire dateline ("GOMA, Democratic Republic of Congo (Reuters) -"), spaCy's
GPE/LOC/FAC entities and the names of ``lexicon/places.yaml``. A country or capital that acts or
is acted on ("Moscow said", "sanctions on Tehran") is an actor, not a place; elsewhere it is a
place where it locates something ("in Ukraine", "Russia's Kursk region"). Each mention is
resolved with the article's evidence (containment, the dateline, the article's countries,
population; see ``dateline.gazetteer``); then every event gets a location
(``place_location.locate``). This module finds the mentions and publishes the places; whether a
name locates or acts is ``place_slots``, and resolving the mentions together is
``place_resolution``.

Output, serialisable: ``doc.user_data["dateline.places"]`` (the record's place objects as
plain dicts), ``doc.user_data["dateline.event_locations"]`` (event id -> location),
``doc.spans["dateline_places"]`` (one span per mention, place id in ``kb_id_``), and the events'
``location`` field.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from spacy.attrs import ENT_TYPE, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Span

from dateline.gazetteer import Gazetteer, folded, shared
from dateline.ingest.clean import WIRE_DATELINE
from dateline.lexicons import load_data
from dateline.record import Event, EventLocation, Place
from dateline.record import Span as TextSpan
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.place_location import PlaceMention, locate
from dateline.stages.place_resolution import Resolved, Resolver
from dateline.stages.place_slots import (
    DIRECTIONS,
    PLACE_LABELS,
    acts,
    before_place_noun,
    in_place_slot,
    named_by_noun,
    near_name,
)
from dateline.stages.state import TYPED, DocState, state_of
from dateline.stages.syntax import doc_text

PLACES_KEY = "dateline.places"
LOCATIONS_KEY = "dateline.event_locations"
DATELINE_KEY = "dateline.dateline_place"  # [token of the dateline's place, token the body starts]
SPANS_KEY = "dateline_places"
#: Features of the actors stage's places that this stage lists whatever its own tests say.
HANDED_FEATURES = {"country", "city", "state", "territory", "province", "admin1"}
#: "Kabul (AFP) -", "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) -"
LOOSE_DATELINE = re.compile(r"^(?P<place>[A-Z][^\n()]{1,80}?)\s*\((?P<agency>[^()\n]{1,40})\)"
                            r"\s*(?:--|-|—|–|:)\s")
DATE_PART = re.compile(r"\d|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)


@Language.factory(
    "dateline_places",
    default_config=DEFAULT_CONFIG,
    requires=["doc.ents", "token.dep", "doc.user_data"],
    assigns=["doc.spans", "doc.user_data"],
)


def make_places_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                      on_error: str) -> PlacesStage:
    return PlacesStage(nlp, name, user_lexicons, on_error)


class PlacesStage(Stage):
    """Finds, resolves and uses places; the gazetteer is built on the first document. Its own
    table is ``dateline.places``; it republishes the events table with their locations."""

    sections = ("places", "countries")
    table = "events"
    reads = ("times", "actors", "events")

    def __init__(self, nlp: Language, name: str = "dateline_places",
                 user_lexicons: list[dict[str, Any]] | tuple[()] = (),
                 on_error: str = "raise") -> None:
        super().__init__(name, user_lexicons, on_error)
        self.words = dict(self.data.section("places"))  # a copy: derived sets are kept in it
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = [n for p in self.words["places"] if not p.get("dateline_only")
                 for n in [p["name"], *p.get("aliases", [])]]
        self.matcher.add("PLACE", [nlp.make_doc(n) for n in names])
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        # built in locals and published last: a timeout that lands mid-build (the budget
        # raises asynchronously) leaves no gazetteer without its country names
        gazetteer = self._gazetteer
        if gazetteer is None:
            gazetteer = shared()  # one per process: the actors stage reads it too (act7)
            self.words["_gazetteer_countries"] = gazetteer.country_names()
            self._gazetteer = gazetteer
        return gazetteer

    def process(self, doc: Doc, state: DocState) -> None:
        # the gazetteer first: ``acts`` reads the country names it brings, so a process's first
        # article would otherwise keep "the freedoms of Hong Kong" as a place and later ones not
        # (session 109: the same article gave two outputs in one process)
        gazetteer = self.gazetteer
        dateline, body_start = dateline_spans(doc, state)
        handed = handed_over(doc)
        candidates = _merge(dateline + self.entity_spans(doc, body_start) + list(handed.values()))
        mentions = [m for m in candidates if m in dateline or (m.start, m.end) in handed
                    or not acts(m, self.words)]
        resolved = Resolver(gazetteer, self.words, doc, state).run(mentions, dateline)
        places, place_mentions = _places(doc, resolved)
        on_dateline = _dateline_place(place_mentions, dateline)
        body = [m for m in place_mentions if m.start >= body_start]
        locations = locate(doc, state.events, body, self.words, on_dateline)
        _publish(doc, state, places, place_mentions, locations)
        doc.user_data[DATELINE_KEY] = [on_dateline.start if on_dateline else None, body_start]

    def entity_spans(self, doc: Doc, end: int) -> list[Span]:
        """Place names of the story after the dateline (which ends at token ``end``)."""
        others = [e for e in doc.ents if e.label_ not in PLACE_LABELS]
        spans = [_trimmed(e) for e in doc.ents if e.label_ in PLACE_LABELS and e.start >= end
                 and not (len(e) == 1 and e[0].pos_ == "ADJ")]  # "Ukrainian" tagged GPE
        spans += self._located_names(doc, others, end)
        for _, start, stop in self.matcher(doc):
            span = doc[start:stop]
            inside_other = any(o.start <= start and stop <= o.end and o.end - o.start > stop - start
                               for o in others)
            if start >= end and (span[0].is_title or span[0].is_upper) and not inside_other:
                spans.append(Span(doc, start, stop, label="LOC"))
        return [s for s in spans if s is not None and len(s.text) > 1 and _proper(s)
                and not (len(s) == 1 and s[0].lower_ in DIRECTIONS)]

    def _located_names(self, doc: Doc, others: list[Span], end: int) -> list[Span | None]:
        """Names the entity recogniser calls persons or organisations, or misses, where the
        text puts something in them ("met in Hyderabad") and the gazetteer knows them (rule
        ``places.mention.located-name.v1``)."""
        found: list[Span | None] = []
        for name in [*others, *_proper_runs(doc)]:
            span = _trimmed(name)
            if span is None or span.start < end or span.label_ in {"DATE", "TIME", "CARDINAL"}:
                continue
            if in_place_slot(span, self.words) and (
                    self.gazetteer.candidates(span.text) or before_place_noun(span, self.words)
                    or named_by_noun(span, self.words) or near_name(span, self.words)):
                found.append(Span(doc, span.start, span.end, label="GPE"))
        return found


def handed_over(doc: Doc) -> dict[tuple[int, int], Span]:
    """The place mentions the actors stage handed over (``place_split``: a coded country,
    capital or state that locates, which has no actor mention), by token range. Each is listed
    here too, whatever the tests above say, so a name is never lost between the two stages
    ("travelling to the U.S."; rule ``places.mention.from-actors.v1``). They are read before
    this stage writes the record's places under the same key."""
    spans: dict[tuple[int, int], Span] = {}
    for row in doc.user_data.get(PLACES_KEY) or []:
        if row.get("feature") not in HANDED_FEATURES and not row.get("country"):
            continue  # only the names the actors stage could code as places
        for mention in row.get("mentions", []):
            span = doc.char_span(mention["start"], mention["end"], label="GPE",
                                 alignment_mode="contract")
            trimmed = _trimmed(span) if span is not None else None
            if trimmed is None:
                continue
            end = trimmed.end
            while end > trimmed.start + 1 and not _proper(doc[end - 1 : end]):
                end -= 1  # "a London court": the name, not the court
            name = Span(doc, trimmed.start, end, label="GPE")
            if name.root.pos_ != "ADJ" and name.root.ent_type_ != "NORP":
                spans[(name.start, name.end)] = name  # "Ukrainian waters": no mention
    return spans


def _proper(span: Span) -> bool:
    """A name, not a common phrase the recogniser took for a place ("east coast")."""
    return any(t.is_title or t.is_upper for t in span if t.is_alpha)


def _proper_runs(doc: Doc) -> list[Span]:
    """Runs of proper nouns outside any entity."""
    runs: list[Span] = []
    start = None
    marks = doc.to_array([POS, ENT_TYPE]).tolist()  # read as arrays: no Token per word
    for i, (pos, entity_type) in enumerate(marks):
        inside = pos == SYMBOLS["PROPN"] and not entity_type
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            runs.append(doc[start:i])
            start = None
    if start is not None:
        runs.append(doc[start:])
    return runs


# --- mentions --------------------------------------------------------------------------------


def dateline_spans(doc: Doc, state: DocState) -> tuple[list[Span], int]:
    """The place parts of a wire dateline, the city first ("GOMA", "Democratic Republic of
    Congo"), and the token where the story after the dateline begins (0 without one)."""
    offset, head, body = _dateline_head(doc, state)
    spans = []
    for part in re.finditer(r"[^,]+", head):
        text = part.group().strip()
        if not text or DATE_PART.search(text):
            continue
        start = offset + part.start() + part.group().index(text)
        span = doc.char_span(start, start + len(text), label="GPE", alignment_mode="contract")
        if span is not None:
            spans.append(span)
    body_token = next((t.i for t in doc if t.idx >= body), len(doc)) if spans else 0
    return spans, body_token


def _dateline_head(doc: Doc, state: DocState) -> tuple[int, str, int]:
    """Where the dateline's paragraph starts, its place text, and where the story begins."""
    end = state.dateline_end
    if end:
        start = doc_text(doc).rfind("\n", 0, end) + 1
        match = WIRE_DATELINE.match(doc_text(doc)[start:end])
        return (start, match.group("place"), end) if match else (start, "", 0)
    line = doc_text(doc).split("\n", 1)[0]
    loose = LOOSE_DATELINE.match(line)
    return (0, loose.group("place"), loose.end()) if loose else (0, "", 0)


def _trimmed(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "'s", "’s"}:
        start += 1
    while end > start and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].is_punct):
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if end > start else None


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping candidates: the longest wins."""
    taken: set[int] = set()
    kept = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


# --- output ------------------------------------------------------------------------------------


def _places(doc: Doc, resolved: list[Resolved]) -> tuple[list[Place], list[PlaceMention]]:
    places: dict[tuple[Any, ...], Place] = {}
    mentions: list[PlaceMention] = []
    for item in resolved:
        key = _identity(item)
        place = places.get(key)
        if place is None:
            place = _new_place(f"p{len(places) + 1}", item)
            places[key] = place
        place.mentions.append(TextSpan.of(doc_text(doc), item.span.start_char, item.span.end_char))
        mentions.append(PlaceMention(item.span.start, item.span.end, place.id,
                                     place.feature, item.entry is not None))
    return list(places.values()), mentions


def _identity(item: Resolved) -> tuple[Any, ...]:
    entry = item.entry
    if entry is None or entry.gazetteer_id is None:
        name = entry.name if entry else folded(item.span.text)
        return (folded(name), entry.country if entry else None)
    return (entry.gazetteer_id,)


def _new_place(place_id: str, item: Resolved) -> Place:
    entry = item.entry
    if entry is None:
        return Place(place_id, item.span.text, _unresolved_feature(item.span), item.country,
                     rule=item.rule)
    return Place(place_id, entry.name, entry.feature, entry.country, entry.admin1, entry.lat,
                 entry.lon, entry.gazetteer_id, item.rule)


def _unresolved_feature(span: Span) -> str:
    """What an unknown name is, from the words around it: "the Torkham crossing" a site,
    "Fulton County" a division, "the town of Sudzha" or "Sudzha, a town in" a city."""
    words = load_data("places")
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    for feature, nouns in words["admin_nouns"].items():
        if span[-1].lower_ in nouns or after in nouns:
            return str(feature)
    head = span.root.head
    described = {head.lemma_.lower()} if span.root.dep_ in {"compound", "pobj"} else set()
    described |= {c.lemma_.lower() for c in span.root.children if c.dep_ == "appos"}
    if described & set(words["settlement_nouns"]):
        return "city"
    if span[-1].lower_ in words["site_heads"] or described & set(words["site_heads"]):
        return "site"
    # an unknown geopolitical name is most often a town below the gazetteer's 15,000
    return {"FAC": "site", "GPE": "city"}.get(span.label_, "unknown")


def _dateline_place(mentions: list[PlaceMention], dateline: list[Span]) -> PlaceMention | None:
    if not dateline:
        return None
    first = dateline[0]
    return next((m for m in mentions if m.start == first.start), None)


def _publish(doc: Doc, state: DocState, places: list[Place], mentions: list[PlaceMention],
             locations: dict[str, Any]) -> None:
    doc.user_data[PLACES_KEY] = [asdict(p) for p in places]
    doc.user_data[LOCATIONS_KEY] = {k: asdict(v) for k, v in locations.items()}
    feature = {p.id: p.feature for p in places}
    if not doc.user_data.get(TYPED):  # span groups are for spaCy users: a keep_typed doc
        doc.spans[SPANS_KEY] = [Span(doc, m.start, m.end, label=feature[m.place],  # has none
                                     kb_id=m.place) for m in mentions]  # (state.DocState.write)
    for event in state.events:
        event.location = locations.get(event.id)


def places_of(doc: Doc) -> list[Place]:
    """The places a processed doc carries (from its serialisable table)."""
    rows = doc.user_data.get(PLACES_KEY, [])
    return [Place(**{k: v for k, v in row.items() if k != "mentions"},
                  mentions=[TextSpan(**m) for m in row["mentions"]]) for row in rows]


def locate_span(nlp: Language, doc: Doc, event: Event) -> EventLocation | None:
    """Where the places stage of ``nlp`` would locate ``event`` in an already processed doc
    (for scoring the locator apart from the events stage)."""
    stage = nlp.get_pipe("dateline_places")
    assert isinstance(stage, PlacesStage)
    words = stage.words
    mentions = [PlaceMention(s.start, s.end, s.kb_id_, s.label_, True)
                for s in doc.spans.get(SPANS_KEY, [])]
    start, body_start = doc.user_data.get(DATELINE_KEY) or (None, 0)
    on_dateline = next((m for m in mentions if m.start == start), None)
    body = [m for m in mentions if m.start >= body_start]
    earlier = [e for e in state_of(doc).events if e.trigger.start < event.trigger.start]
    return locate(doc, [*earlier, event], body, words, on_dateline).get(event.id)
