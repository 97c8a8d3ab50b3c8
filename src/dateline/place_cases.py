"""Scoring the place case set (``tests/data/places/{dev,test}.yaml``, issue 16).

Every case is run through the pipeline in one ``nlp.pipe`` pass. Three figures:

- **places**: of the annotated place mentions, the share found as a place mention (any overlap)
  and resolved right: ``country`` and ``feature`` as annotated and, where the case gives one, the
  GeoNames id (``country_ok``, ``feature_ok``, ``geonames_ok`` are reported apart);
- **locations**: of the annotated events that have a location, the share whose trigger, located
  as the pipeline's events are (``place_location.locate`` on a one-token event at the gold
  trigger), gets the annotated place; ``events_matched`` says how often the events stage itself
  found an event at the trigger, and ``located_events`` how many of those have the right place;
- **not_places**: the share of not-place surfaces that no place mention overlaps.

``score(nlp, cases)`` returns the figures and, per case, what went wrong (for dev only: never
print the test part's cases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dateline.gazetteer import folded
from dateline.record import Event, EventDate
from dateline.record import Span as TextSpan

FEATURE_ALIASES = {"admin2": {"admin2", "admin1"}}


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class PlaceScores:
    places: Tally = field(default_factory=Tally)
    found: Tally = field(default_factory=Tally)
    country_ok: Tally = field(default_factory=Tally)
    feature_ok: Tally = field(default_factory=Tally)
    geonames_ok: Tally = field(default_factory=Tally)
    locations: Tally = field(default_factory=Tally)
    events_matched: Tally = field(default_factory=Tally)
    located_events: Tally = field(default_factory=Tally)
    null_locations: Tally = field(default_factory=Tally)
    not_places: Tally = field(default_factory=Tally)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def summary(self) -> dict[str, float]:
        names = ("places", "found", "country_ok", "feature_ok", "geonames_ok", "locations",
                 "events_matched", "located_events", "null_locations", "not_places")
        return {name: round(getattr(self, name).share, 3) for name in names}

    def counts(self) -> dict[str, str]:
        return {name: f"{t.right}/{t.total}" for name, t in vars(self).items()
                if isinstance(t, Tally)}


def occurrence(text: str, ref: str) -> tuple[int, int] | None:
    """Character offsets of "X" or "X#n" (n-th whole-word occurrence) in ``text``."""
    surface, _, nth = ref.partition("#")
    pattern = re.compile(rf"(?<![^\W_]){re.escape(surface)}(?![^\W_])")
    found = list(pattern.finditer(text))
    index = int(nth) - 1 if nth else 0
    return (found[index].start(), found[index].end()) if index < len(found) else None


def score(nlp: Any, cases: list[dict[str, Any]]) -> PlaceScores:
    from dateline.ingest.clean import clean
    from dateline.pipeline import _make_doc

    result = PlaceScores()
    docs = []
    for case in cases:
        cleaned = clean(case["text"])
        docs.append(_make_doc(nlp, cleaned, case["document_date"]))
    for case, doc in zip(cases, nlp.pipe(docs), strict=True):
        errors: list[str] = []
        _score_places(case, doc, result, errors)
        _score_locations(nlp, case, doc, result, errors)
        if errors:
            result.errors[case["id"]] = errors
    return result


def _overlapping(spans: list[tuple[int, int, dict[str, Any]]], start: int,
                 end: int) -> dict[str, Any] | None:
    return next((p for s, e, p in spans if s < end and start < e), None)


def _mention_table(doc: Any) -> list[tuple[int, int, dict[str, Any]]]:
    from dateline.stages.places import PLACES_KEY

    out = []
    for place in doc.user_data.get(PLACES_KEY, []):
        out += [(m["start"], m["end"], place) for m in place["mentions"]]
    return out


def _score_places(case: dict[str, Any], doc: Any, result: PlaceScores,
                  errors: list[str]) -> None:
    table = _mention_table(doc)
    text = case["text"]
    for gold in case["places"]:
        where = occurrence(text, gold["text"])
        assert where is not None, (case["id"], gold["text"])
        found = _overlapping(table, *where)
        result.found.add(found is not None)
        if found is None:
            result.places.add(False)
            errors.append(f"missed place {gold['text']}")
            continue
        country = found["country"] == gold["country"]
        feature = found["feature"] in FEATURE_ALIASES.get(gold["feature"], {gold["feature"]})
        want_id = f"geonames:{gold['geonames_id']}" if "geonames_id" in gold else None
        geo = want_id is None or found["gazetteer_id"] == want_id
        result.country_ok.add(country)
        result.feature_ok.add(feature)
        if "geonames_id" in gold:
            result.geonames_ok.add(geo)
        result.places.add(country and feature and geo)
        if not (country and feature and geo):
            errors.append(f"place {gold['text']}: got {found['name']} {found['feature']} "
                          f"{found['country']} {found['gazetteer_id']}; want {gold['feature']} "
                          f"{gold['country']} {gold.get('geonames_id')}")
    for ref in case["not_places"]:
        where = occurrence(text, ref)
        assert where is not None, (case["id"], ref)
        ok = _overlapping(table, *where) is None
        result.not_places.add(ok)
        if not ok:
            errors.append(f"not-place {ref} taken as a place")


def _score_locations(nlp: Any, case: dict[str, Any], doc: Any, result: PlaceScores,
                     errors: list[str]) -> None:
    for gold in case["events"]:
        trigger = _trigger(case["text"], gold["trigger"])
        if trigger is None:
            continue
        wanted = _wanted(case["text"], gold["location"])
        got = _located_place(nlp, doc, gold["type"], trigger)
        ours = _event_at(doc, trigger)
        if ours is not None:
            result.events_matched.add(True)
            result.located_events.add(_place_at(doc, ours.location.place if ours.location
                                                else None, wanted))
        else:
            result.events_matched.add(False)
        ok = _place_at(doc, got, wanted)
        (result.locations if wanted else result.null_locations).add(ok)
        if not ok:
            errors.append(f"event {gold['trigger']}: located {_name(doc, got)}, "
                          f"want {gold['location']} ({gold['basis']})")


def _trigger(text: str, triggers: str) -> tuple[int, int] | None:
    for alternative in triggers.split("|"):
        where = occurrence(text, alternative)
        if where is not None:
            return where
    return None


def _wanted(text: str, location: str | None) -> list[tuple[int, int]]:
    if not location:
        return []
    return [w for ref in location.split("|") if (w := occurrence(text, ref)) is not None]


def _place_at(doc: Any, place_id: str | None, wanted: list[tuple[int, int]]) -> bool:
    if not wanted:
        return place_id is None
    table = _mention_table(doc)
    spans = [(s, e) for s, e, p in table if p["id"] == place_id]
    same = {folded(doc.text[s:e]) for s, e in wanted}
    return any(s < we and ws < e for s, e in spans for ws, we in wanted) or any(
        folded(doc.text[s:e]) in same for s, e in spans)


def _name(doc: Any, place_id: str | None) -> str:
    from dateline.stages.places import PLACES_KEY

    rows = doc.user_data.get(PLACES_KEY, [])
    return next((f"{p['name']}" for p in rows if p["id"] == place_id), "nothing")


def _event_at(doc: Any, trigger: tuple[int, int]) -> Event | None:
    from dateline.stages.state import events as events_of

    events: list[Event] = events_of(doc)
    return next((e for e in events for m in e.mentions
                 if m.start < trigger[1] and trigger[0] < m.end), None)


def _located_place(nlp: Any, doc: Any, event_type: str, trigger: tuple[int, int]) -> str | None:
    """The place the locator gives an event at the gold trigger, whether or not the events
    stage found one there (events already found lend their own location)."""
    from dateline.stages.places import locate_span

    span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    probe = Event("probe", event_type, None, None, [], [], EventDate(None, None, "unknown"),
                  "asserted", None, TextSpan.of(doc.text, span.root.idx,
                                                span.root.idx + len(span.root.text)),
                  TextSpan.of(doc.text, 0, 0), "probe", 1.0)
    location = locate_span(nlp, doc, probe)
    return location.place if location else None
