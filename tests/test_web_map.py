"""Issue 16 on the web: the map of located events (overview, actor pages, ``/map`` and their
JSON twins) and the events list's ``near``/``km``/``country`` filters, on the sample corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from dateline.geo import haversine_km
from dateline.store import Store
from dateline.web import create_app
from tests.test_web_fixtures import web_store  # noqa: F401


@pytest.fixture(scope="module")
def client(web_store: Path) -> Iterator[TestClient]:  # noqa: F811
    with Store.open(str(web_store), mode="read") as store, TestClient(create_app(store)) as c:
        yield c


def get(client: TestClient, path: str, status: int = 200) -> Any:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[:300])
    return response.json()


def test_the_overview_twin_carries_the_map(client: TestClient) -> None:
    located = get(client, "/overview.json")["map"]
    assert located == get(client, "/map.json")["map"]
    assert located["places"], "the sample corpus has events located at places with coordinates"
    for place in located["places"]:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180 and place["events"] >= 1
    counts = [p["events"] for p in located["places"]]
    assert counts == sorted(counts, reverse=True)
    assert {c["country"] for c in located["countries"]} >= {p["country"] for p in
                                                            located["places"] if p["country"]}


def test_a_marker_links_to_the_events_located_there(client: TestClient) -> None:
    for place in get(client, "/map.json")["map"]["places"]:
        url = urlsplit(place["href"])
        assert url.path == "/events" and parse_qs(url.query)["km"] == ["1"]
        found = get(client, f"/events.json?{url.query}&per_page=200")
        assert found["total"] == place["events"], place
        assert {(e["geo_name"], e["geo_lat"], e["geo_lon"]) for e in found["events"]} == {
            (place["name"], place["lat"], place["lon"])}


def test_a_country_links_to_the_events_located_in_it(client: TestClient) -> None:
    for country in get(client, "/map.json")["map"]["countries"]:
        assert country["href"] == f"/events?country={country['country']}"
        found = get(client, f"/events.json?country={country['country']}&per_page=200")
        assert found["total"] == country["events"]
        assert {e["geo_country"] for e in found["events"]} == {country["country"]}
        assert country["numeric"] is None or country["numeric"].isdigit()


def test_events_near_a_named_place(client: TestClient) -> None:
    found = get(client, "/events.json?near=Kharkiv&km=100&per_page=200")
    assert found["filters"]["near"] == "Kharkiv" and found["total"] >= 1
    for event in found["events"]:
        assert haversine_km(49.99, 36.23, event["geo_lat"], event["geo_lon"]) <= 101


def test_the_actor_page_maps_that_actors_events(client: TestClient) -> None:
    located = get(client, "/map.json")["map"]["places"]
    top = located[0]
    query = urlsplit(top["href"]).query
    event = get(client, f"/events.json?{query}")["events"][0]
    actor = (event["source"] or event["target"])[0]
    actor_id = get(client, f"/actors.json?name={actor}")["actors"][0]["id"]
    mine = get(client, f"/actors/{actor_id}.json")["map"]
    assert mine["places"] and all(p["href"].startswith("/events?actor=") for p in mine["places"])
    assert sum(p["events"] for p in mine["places"]) <= sum(p["events"] for p in located)


@pytest.mark.parametrize("query, param, words", [
    ("near=Georgia", "near", "ambiguous"),
    ("near=Atlantis%20Prime", "near", "unknown place"),
    ("near=Kharkiv&km=abc", "km", "km must be"),
    ("near=Kharkiv&km=0", "km", "km must be"),
    ("country=Ukraine", "country", "ISO-3"),
    ("country=XYZ", "country", "unknown country code"),
])
def test_bad_place_filters_are_422_naming_them(client: TestClient, query: str, param: str,
                                               words: str) -> None:
    for path in ("/events.json", "/map.json", "/network.json", "/timeline.json"):
        error = get(client, f"{path}?{query}", 422)["error"]
        assert error["param"] == param and words in error["message"], (path, error)
