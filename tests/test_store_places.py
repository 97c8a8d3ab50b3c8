"""Issue 16: events by where they happened — ``near`` (a place or LAT,LON, within ``km``) and
``country`` — in the store's read layer, the CLI and the exports, on SQLite and (with
DATELINE_TEST_PG_URL) PostgreSQL. Hand-made records; the gazetteer's own data only where a
test names a real place."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from dateline.errors import UsageError
from dateline.export import GDELT_COLUMNS, export
from dateline.gazetteer import Entry, Gazetteer, locate
from dateline.geo import haversine_km
from dateline.record import EventLocation, Place, Record, Span, text_id
from dateline.store import Store, schema
from dateline.store.filters import EventFilter, near_point
from dateline.store.migrations import MIGRATIONS, migrate
from tests.test_store import db_url, synthetic_record  # noqa: F401

#: name, feature, country, lat, lon, gazetteer id
PLACES = {
    "Kharkiv": ("city", "UKR", 49.98, 36.25, "geonames:706483"),
    "Kyiv": ("city", "UKR", 50.45, 30.52, "geonames:703448"),
    "Chisinau": ("city", "MDA", 47.00, 28.86, "geonames:618426"),
    "Black Sea": ("water", None, 43.4, 34.3, "dateline:black-sea"),
    "Ukraine": ("country", "UKR", None, None, "geonames:690791"),
}


def located(i: int, name: str | None, basis: str = "clause") -> Record:
    """synthetic_record ``i`` whose event happened at ``name`` (one of PLACES), or nowhere; each
    on its own day, so that no two merge across articles."""
    record = synthetic_record(i, date=f"2022-01-{10 + i}")
    if name is None:
        return record
    text = record.text + f"\nIt happened in {name}."
    start = text.rindex(name)
    feature, country, lat, lon, gid = PLACES[name]
    place = Place("p1", name, feature, country, None, lat, lon, gid, "places.test.v1",
                  [Span(start, start + len(name), name)])
    event = replace(record.events[0], location=EventLocation("p1", basis))
    return replace(record, id=text_id(text), text=text, places=[place], events=[event])


@pytest.fixture
def places_store(db_url: str) -> Store:  # noqa: F811
    store = Store.open(db_url)
    names = [*PLACES, None]
    store.ingest([located(i, name) for i, name in enumerate(names, start=1)])
    return store


def _places(store: Store, **filters: object) -> list[str | None]:
    return sorted((row["geo_name"] or "-") for row in store.events(**filters))


def test_near_a_point_is_the_great_circle_distance(places_store: Store) -> None:
    with places_store as store:
        assert _places(store, near="49.98,36.25", km=1) == ["Kharkiv"]
        assert _places(store, near="50.45, 30.52") == ["Kyiv"]  # 50 km by default
        for km in (100, 300, 420, 480, 700, 1000, 20_000):
            expected = sorted(name for name, (_, _, lat, lon, _) in PLACES.items()
                              if lat is not None and lon is not None
                              and haversine_km(50.45, 30.52, lat, lon) <= km)
            assert _places(store, near="50.45,30.52", km=km) == expected, km


def test_near_crosses_the_antimeridian_and_reaches_the_poles(db_url: str) -> None:  # noqa: F811
    PLACES["Suva"] = ("city", "FJI", -18.14, 178.44, "geonames:2198148")
    PLACES["Pole"] = ("site", None, 89.9, 0.0, None)
    try:
        with Store.open(db_url) as store:
            store.ingest([located(1, "Suva"), located(2, "Pole"), located(3, "Kyiv")])
            assert _places(store, near="-18.0,-179.9", km=300) == ["Suva"]
            assert _places(store, near="89.9,180", km=30) == ["Pole"]
    finally:
        del PLACES["Suva"], PLACES["Pole"]


def test_country_keeps_events_located_in_it(places_store: Store) -> None:
    with places_store as store:
        assert _places(store, country="UKR") == ["Kharkiv", "Kyiv", "Ukraine"]
        assert _places(store, country="ukr,MDA") == ["Chisinau", "Kharkiv", "Kyiv", "Ukraine"]
        assert _places(store, country=["MDA"], near="50.45,30.52", km=500) == ["Chisinau"]
        assert _places(store, country="FRA") == []
        assert len(store.merged_events(country="UKR")) >= 1
        assert {row["geo_country"] for row in store.dyads(country="MDA")} == {"MDA"}


@pytest.mark.parametrize("filters, message", [
    ({"country": "Ukraine"}, "ISO-3"),
    ({"country": "XYZ"}, "unknown country code XYZ"),
    ({"km": 10}, "give near as well"),
    ({"near": "50,30", "km": 0}, "km must be"),
    ({"near": "50,30", "km": 30_000}, "km must be"),
    ({"near": "50,30", "km": float("nan")}, "km must be"),
    ({"near": "95,30"}, "latitude must be"),
])
def test_bad_place_filters_are_usage_errors(filters: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        EventFilter(**filters).checked()  # type: ignore[arg-type]


# -- resolving a place name: a small hand-made gazetteer ---------------------------------------

RULES = {"lexicon": "l.v1", "resolve": "r.v1", "container": "c.v1", "context": "x.v1",
         "population": "p.v1", "one-country": "o.v1"}


def _gazetteer() -> Gazetteer:
    georgia = Entry("Georgia", "country", "GEO", None, None, None, "geonames:614540", 3_700_000)
    state = Entry("Georgia", "admin1", "USA", "Georgia", None, None, "geonames:4197000")
    illinois = Entry("Illinois", "admin1", "USA", "Illinois", None, None, "geonames:4896861")
    ohio = Entry("Ohio", "admin1", "USA", "Ohio", None, None, "geonames:5165418")
    spring_il = Entry("Springfield", "city", "USA", "Illinois", 39.80, -89.64, "geonames:4250542",
                      114_000)
    spring_oh = Entry("Springfield", "city", "USA", "Ohio", 39.92, -83.81, "geonames:4525353",
                      58_000)
    kharkiv = Entry("Kharkiv", "city", "UKR", None, 49.98, 36.25, "geonames:706483", 1_400_000)
    entries = [("Georgia", georgia), ("Georgia", state), ("Illinois", illinois), ("Ohio", ohio),
               ("Springfield", spring_il), ("Springfield", spring_oh), ("Kharkiv", kharkiv),
               ("Kharkov", kharkiv)]
    return Gazetteer(entries, RULES, {"GE": "GEO", "US": "USA", "UA": "UKR"})


def test_locate_a_place_by_name_or_with_what_contains_it() -> None:
    gazetteer = _gazetteer()
    assert locate("Kharkov", gazetteer).gazetteer_id == "geonames:706483"
    assert locate("Springfield, Ohio", gazetteer).admin1 == "Ohio"
    assert locate("Springfield, Illinois", gazetteer).lat == 39.80


def test_an_ambiguous_or_unknown_place_lists_candidates() -> None:
    gazetteer = _gazetteer()
    with pytest.raises(UsageError, match=r"ambiguous.*Springfield \(city, Illinois, USA\)"
                                         r".*Springfield \(city, Ohio, USA\)"):
        locate("Springfield", gazetteer)
    with pytest.raises(UsageError, match="unknown place 'Atlantis'"):
        locate("Atlantis", gazetteer)
    with pytest.raises(UsageError, match=r"ambiguous.*Georgia \(country, GEO\).*"
                                         r"Georgia \(admin1, Georgia, USA\)"):
        locate("Georgia", gazetteer)
    with pytest.raises(UsageError, match=r"no coordinates.*--country GEO"):
        locate("Georgia, Georgia", _only_country(gazetteer))


def _only_country(gazetteer: Gazetteer) -> Gazetteer:
    entries = [(name, e) for name, found in gazetteer.index.items() for e in found
               if e.feature == "country"]
    return Gazetteer(entries, RULES, gazetteer.iso2_to_iso3)


def test_near_a_real_place_uses_the_shipped_gazetteer(places_store: Store) -> None:
    near = near_point("Kharkiv", 20)
    assert near is not None and abs(near.lat - 49.98) < 0.1 and abs(near.lon - 36.25) < 0.1
    with places_store as store:
        assert _places(store, near="Kharkiv", km=20) == ["Kharkiv"]
    with pytest.raises(UsageError, match="ambiguous") as error:
        near_point("Georgia", None)
    assert str(error.value).count("Georgia (country, GEO)") == 1  # one label per place


# -- migration ------------------------------------------------------------------------------------


def test_older_store_gets_its_event_positions_when_migrated(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    with Store.open(path, migrate_schema=False) as store:
        migrate(store.engine, MIGRATIONS[:7])
        store.ingest([located(1, "Kyiv"), located(2, "Chisinau"), located(3, None)])
        with store.engine.begin() as conn:  # as a store written before 0008 left them
            conn.execute(update(schema.events).values(geo_x=None, geo_y=None, geo_z=None))
            conn.exec_driver_sql("DROP INDEX ix_events_geo_lat")
            for column in schema.GEO_VECTOR:
                conn.exec_driver_sql(f"ALTER TABLE events DROP COLUMN {column}")
    with Store.open(path) as store:  # applies 0008
        assert _places(store, near="47.0,28.86", km=5) == ["Chisinau"]
        assert _places(store, near="50.45,30.52", km=600) == ["Chisinau", "Kyiv"]


def test_the_latitude_band_is_read_from_an_index(places_store: Store) -> None:
    with places_store as store, store.connect() as conn:
        if store.dialect == "sqlite":
            found = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM events WHERE geo_lat BETWEEN 49 AND 51"))
        else:  # PostgreSQL plans a sequential scan on a table this small: the index exists
            found = " ".join(str(row[0]) for row in conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'events'"))
    assert "ix_events_geo_lat" in found


# -- exports ---------------------------------------------------------------------------------------


def test_gdelt_action_geo_comes_from_the_events_place(places_store: Store) -> None:
    out = io.StringIO()
    with places_store as store:
        export(store, "gdelt", out, filters={"near": "49.98,36.25", "km": 5})
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in out.getvalue().splitlines()]
    assert len(rows) == 1
    geo = {k.removeprefix("ActionGeo_"): v for k, v in rows[0].items() if "ActionGeo" in k}
    assert geo == {"Type": "4", "FullName": "Kharkiv, UKR", "CountryCode": "UKR",
                   "ADM1Code": "", "ADM2Code": "", "Lat": "49.98", "Long": "36.25",
                   "FeatureID": "706483"}


def test_gdelt_action_geo_of_a_sea_a_country_and_no_place(places_store: Store) -> None:
    out = io.StringIO()
    with places_store as store:
        export(store, "gdelt", out)
    geo = {}
    for line in out.getvalue().splitlines():
        row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
        geo[row["ActionGeo_FullName"]] = (row["ActionGeo_Type"], row["ActionGeo_FeatureID"],
                                          row["ActionGeo_Lat"])
    assert geo["Black Sea"] == ("4", "dateline:black-sea", "43.4")
    assert geo["Ukraine"] == ("1", "690791", "")
    assert geo[""] == ("", "", "")  # the event with no location


def test_plover_event_loc_round_trips(places_store: Store) -> None:
    out = io.StringIO()
    with places_store as store:
        export(store, "plover", out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    by_place = {(r["event_loc"] or {}).get("name"): r["event_loc"] for r in rows}
    assert by_place["Kyiv"] == {"name": "Kyiv", "country": "UKR", "admin1": None, "lat": 50.45,
                                "lon": 30.52, "geonamesID": 703448, "feature": "city",
                                "basis": "clause"}
    assert by_place["Black Sea"]["geonamesID"] is None
    assert by_place[None] is None


def test_cli_filters_events_by_place(tmp_path: Path) -> None:
    from dateline.cli import main

    db = str(tmp_path / "cli.db")
    with Store.open(db) as store:
        store.ingest([located(i, name) for i, name in enumerate([*PLACES, None], start=1)])
    runner = CliRunner()
    result = runner.invoke(main, ["events", "--db", db, "--near", "50.45,30.52", "--km", "500",
                                  "--columns", "geo_name"])
    assert result.exit_code == 0, result.output
    assert sorted(r["geo_name"] for r in json.loads(result.output)) == ["Chisinau", "Kharkiv",
                                                                         "Kyiv"]
    result = runner.invoke(main, ["events", "--db", db, "--country", "MDA", "--nl"])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 1
    result = runner.invoke(main, ["events", "--db", db, "--km", "5"])
    assert result.exit_code == 2 and "give near as well" in result.output
    result = runner.invoke(main, ["export", "--db", db, "--format", "plover", "--country",
                                  "UKR"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3
    result = runner.invoke(main, ["dyads", "--db", db, "--country", "XYZ"])
    assert result.exit_code == 2 and "unknown country code XYZ" in result.output
