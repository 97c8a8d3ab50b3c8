"""The places stage: place mentions resolved with the offline gazetteer, and events located.

Mentions come from the wire dateline ("GOMA, Democratic Republic of Congo (Reuters) -"), spaCy's
GPE/LOC/FAC entities and the names of ``lexicon/places.yaml``. A country or capital that acts or
is acted on ("Moscow said", "sanctions on Tehran") is an actor, not a place; elsewhere it is a
place where it locates something ("in Ukraine", "Russia's Kursk region"). Each mention is
resolved with the article's evidence (containment, the dateline, the article's countries,
population; see ``dateline.gazetteer``); then every event gets a location
(``place_location.locate``).

Output, serialisable: ``doc.user_data["dateline.places"]`` (the record's place objects as
plain dicts), ``doc.user_data["dateline.event_locations"]`` (event id -> location),
``doc.spans["dateline_places"]`` (one span per mention, place id in ``kb_id_``), and the events'
``location`` field.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from spacy.attrs import ENT_TYPE, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Span, Token

from dateline.gazetteer import Entry, Gazetteer, Hints, Resolution, folded, shared
from dateline.ingest.clean import WIRE_DATELINE
from dateline.lexicons import LexiconData, active, load_data
from dateline.record import Event, EventLocation, Place
from dateline.record import Span as TextSpan
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.place_location import PlaceMention, locate
from dateline.stages.state import DocState, state_of
from dateline.stages.syntax import doc_text

PLACE_LABELS = {"GPE", "LOC", "FAC"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
PLACES_KEY = "dateline.places"
LOCATIONS_KEY = "dateline.event_locations"
DATELINE_KEY = "dateline.dateline_place"  # [token of the dateline's place, token the body starts]
SPANS_KEY = "dateline_places"
#: Features of the actors stage's places that this stage lists whatever its own tests say.
HANDED_FEATURES = {"country", "city", "state", "territory", "province", "admin1"}
#: "Kabul (AFP) -", "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) -"
LOOSE_DATELINE = re.compile(r"^(?P<place>[A-Z][^\n()]{1,80}?)\s*\((?P<agency>[^()\n]{1,40})\)"
                            r"\s*(?:--|-|—|–|:)\s")
#: "the North" (North Korea), "the West": a direction alone names no place.
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "centre", "center"}
DISTANCE_WORDS = {"km", "kilometre", "kilometer", "mile", "north", "south", "east", "west",
                  "northeast", "northwest", "southeast", "southwest"}
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
        dateline, body_start = dateline_spans(doc, state)
        handed = handed_over(doc)
        candidates = _merge(dateline + self.entity_spans(doc, body_start) + list(handed.values()))
        mentions = [m for m in candidates if m in dateline or (m.start, m.end) in handed
                    or not acts(m, self.words)]
        resolved = Resolver(self.gazetteer, self.words, doc, state).run(mentions, dateline)
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
            if _in_place_slot(span, self.words) and (
                    self.gazetteer.candidates(span.text) or _before_place_noun(span, self.words)
                    or _named_by_noun(span, self.words) or _near_name(span, self.words)):
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


def names_a_party(span: Span, words: dict[str, Any]) -> bool:
    """A country or capital that a preposition makes a party, not a place ("missiles at
    Israel", "talks between Kyiv and Moscow"; see ``_locative_prep``)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    standing = _standing_for(span, words)
    if root.dep_ != "pobj" or standing is None:
        return False
    return not _locative_prep(root.head, standing, words)


def _near_name(span: Span, words: dict[str, Any]) -> bool:
    """"near Salla", "outside Ansongo", "north of Bakhmut", "between Gao and Ansongo" after
    such a word: a name a site preposition or a direction puts a place in, known to the
    gazetteer or not (rule ``places.mention.near-name.v1``)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in words["site_preps"]:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in DIRECTIONS


def _before_place_noun(span: Span, words: dict[str, Any]) -> bool:
    """"the Torkham crossing", "the Kherson region": a name a place noun follows."""
    return span.root.dep_ == "compound" and bool(_noun_words(span.root.head) & _place_nouns(words))


def _noun_words(token: Token) -> set[str]:
    """A noun's lemma and its form ("crossing" is tagged a verb and lemmatised "cross")."""
    return {token.lemma_.lower(), token.lower_}


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


def _in_place_slot(span: Span, words: dict[str, Any]) -> bool:
    return (span.root.pos_ == "PROPN" or span.root.ent_type_ != "") and locates(span, words)


def _named_by_noun(span: Span, words: dict[str, Any]) -> bool:
    """"the port of Hodeidah", "the village of Tegh": a name a place noun introduces."""
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in _place_nouns(words))


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


def acts(span: Span, words: dict[str, Any]) -> bool:
    """Whether a name is used for who governs or lives there (an actor, rule
    ``places.metonymy.v1``): a country, capital or territory anywhere it does not locate
    something, and any name that owns what is not a place ("the Federal Republic's
    annexation")."""
    root = span.root
    if root.dep_ == "poss" and root.head.lemma_.lower() not in words["place_heads"]:
        return True
    if not _metonym_kind(span, words):
        return False
    return not locates(span, words)


def _metonym_kind(span: Span, words: dict[str, Any]) -> bool:
    return _standing_for(span, words) is not None


def _territory_names(words: dict[str, Any]) -> set[str]:
    cached: set[str] | None = words.get("_territory_folded")
    if cached is None:
        cached = {folded(n) for p in words["places"] if p["feature"] == "territory"
                  for n in [p["name"], *p.get("aliases", [])]}
        words["_territory_folded"] = cached
    return cached


def _metonym_names(words: dict[str, Any]) -> set[str]:
    cached: set[str] | None = words.get("_metonym_folded")
    if cached is None:
        cached = {folded(n) for n in words["metonyms"]}
        words["_metonym_folded"] = cached
    return cached


def _country_names() -> frozenset[str]:
    """Folded names and capitals of every country in the active ``countries`` lexicon."""
    return active().derived("places.country-and-capital-names", _build_country_names)


def _build_country_names(lexicon: LexiconData) -> frozenset[str]:
    names: set[str] = set()
    for item in lexicon.section("countries").values():
        names.update(folded(n) for n in [*item.get("names", []), *item.get("capitals", [])])
    return frozenset(names)


def locates(span: Span, words: dict[str, Any]) -> bool:
    """A name in a place's slot: the object of a locative preposition ("in Ukraine", "the town
    of Sumy", "bound for Poland"), a container after a comma ("Lyon, France"), the possessor of a
    place noun ("Russia's Kursk region"), a name before a place noun in such a slot ("near the
    Torkham crossing"), or what a verb of reaching or striking takes ("shelled Kharkiv");
    conjuncts share their first conjunct's slot."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return _slot(root, span, words, depth=0)


def _slot(root: Token, span: Span, words: dict[str, Any], depth: int) -> bool:
    dep, head = root.dep_, root.head
    if dep == "pobj":
        return _locative_prep(head, _standing_for(span, words), words)
    if dep == "poss":
        return head.lemma_.lower() in _place_nouns(words)
    if dep == "compound" and depth == 0 and _noun_words(head) & _place_nouns(words):
        return _slot(head, span, words, depth + 1)
    if span.start >= 2 and span.doc[span.start - 1].text == "," and dep not in SUBJECTS:
        return _after_place(span)
    return dep == "dobj" and head.lemma_.lower() in words["place_object_verbs"]


def _place_nouns(words: dict[str, Any]) -> set[str]:
    cached: set[str] | None = words.get("_place_nouns")
    if cached is None:
        cached = {*words["place_heads"], *words["site_heads"], *words["settlement_nouns"],
                  *(n for nouns in words["admin_nouns"].values() for n in nouns)}
        words["_place_nouns"] = cached
    return cached


def _standing_for(span: Span, words: dict[str, Any]) -> str | None:
    """"country" or "capital" when a name can stand for a government, else None."""
    text = folded(span.text)
    countries = words.get("_gazetteer_countries", frozenset())
    if text in _country_only_names() or text in _territory_names(words) or text in countries:
        return "country"
    return "capital" if text in _country_names() or text in _metonym_names(words) else None


def _locative_prep(prep: Token, standing: str | None, words: dict[str, Any]) -> bool:
    """Whether a preposition puts its object in a place's slot. For a country or capital,
    "between" and "among" relate parties ("talks between Kyiv and Moscow"), and for a country
    "from" and "at" name a party ("imports from Morocco", "missiles at Israel") unless a verb
    of going or a place noun governs them ("fled from Sudan", "the crossing from Egypt")."""
    word, head = prep.lower_, prep.head
    heads = {head.lemma_.lower(), head.lower_}
    if word == "of":
        return bool(heads & (_place_nouns(words) | DISTANCE_WORDS))
    if word in {"to", "for"}:
        return bool(heads & set(words["motion_verbs"]))
    if standing and word in {"between", "among"}:
        return False
    if standing == "country" and word == "at":
        return bool(heads & _place_nouns(words))
    if standing == "country" and word == "from":
        return bool(heads & (set(words["motion_verbs"]) | _place_nouns(words)))
    return word in words["locative_preps"]


def _country_only_names() -> frozenset[str]:
    return active().derived("places.country-names", _build_country_only_names)


def _build_country_only_names(lexicon: LexiconData) -> frozenset[str]:
    names: set[str] = set()
    for item in lexicon.section("countries").values():
        names.update(folded(n) for n in item.get("names", []))
    return frozenset(names)


def _after_place(span: Span) -> bool:
    doc = span.doc
    before = span.start - 2
    return before >= 0 and (doc[before].ent_type_ in PLACE_LABELS or doc[before].pos_ == "PROPN")


# --- resolution --------------------------------------------------------------------------------


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
        after = after if span[-1].lower_ not in _place_nouns(words) else span[-1].lower_
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
        later = [k for k in range(i + 1, len(mentions))
                 if mentions[k].start - span.end <= 10 and mentions[k].sent == span.sent]
        return later[-1] if len(later) > 1 and _possessive(mentions[later[0]]) else i + 1
    return None


def _possessive(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"


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
    doc.spans[SPANS_KEY] = [Span(doc, m.start, m.end, label=feature[m.place], kb_id=m.place)
                            for m in mentions]
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
