"""Analyst-ready data (issue 15): interval dates, strict filters, one row per dyad, CAMEO scales,
flat views, DataFrames, and exports that round-trip through pandas with the expected dtypes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from sqlalchemy import text

from dateline.errors import UsageError
from dateline.export import GDELT_COLUMNS, PLOVER_FIELDS, export
from dateline.frames import DYAD_COLUMNS, DYAD_DTYPES, records_to_frame
from dateline.record import (
    Actor,
    Event,
    EventDate,
    EventLocation,
    PipelineInfo,
    Place,
    Record,
    Source,
    Span,
    text_id,
)
from dateline.store import Store
from tests.test_store import cli, db_url  # noqa: F401


def _span(text: str, part: str) -> Span:
    at = text.index(part)
    return Span(at, at + len(part), part)


def summit(i: int, value: str | None, *, cameo: str = "112", event_type: str = "ACCUSE",
           located: bool = True) -> Record:
    """Blair accuses Schroeder and Berlusconi (one event, two dyads) in Rome, dated ``value``."""
    text = f"Note {i}. Blair accused Schroeder and Berlusconi in Rome."
    actors = [
        Actor("a1", "Blair", "person", "GBR", "GOV", mentions=[_span(text, "Blair")]),
        Actor("a2", "Schroeder", "person", "DEU", "GOV", mentions=[_span(text, "Schroeder")]),
        Actor("a3", "Berlusconi", "person", "ITA", "GOV", mentions=[_span(text, "Berlusconi")]),
    ]
    places = [Place("p1", "Rome", "city", "ITA", "Lazio", 41.89, 12.48, "3169070",
                    "places.test.v1", [_span(text, "Rome")])]
    event = Event("e1", event_type, None, cameo, ["a1"], ["a2", "a3"],
                  EventDate(value, None, "explicit" if value else "unknown"), "asserted", None,
                  _span(text, "accused"), Span(0, len(text), text), "events.test.v1", 0.8,
                  location=EventLocation("p1", "sentence") if located else None)
    return Record(text_id(text), Source(id=f"n{i}", publisher=f"P{i % 2}", url=f"u{i}"), None,
                  "2020-01-20", "argument", text, actors=actors, events=[event],
                  places=places, pipeline=PipelineInfo("0.1.0", "en_test-1", "rules.test"),
                  warnings=["metadata date 'soon' is not a date"] if i == 1 else [])


DATES = {1: "2020-01-10", 2: "2020", 3: "2020-01", 4: "2020-W02", 5: "2019-12-31", 6: None}


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:  # noqa: F811
    with Store.open(db_url) as opened:
        opened.ingest([summit(i, value, cameo="040" if i == 5 else "112")
                       for i, value in DATES.items()])
        yield opened


# -- dates -----------------------------------------------------------------------------------


def test_events_carry_intervals_and_precision(store: Store) -> None:
    by_date = {ev["date"]: ev for ev in store.events()}
    assert (by_date["2020"]["date_start"], by_date["2020"]["date_end"],
            by_date["2020"]["date_precision"]) == ("2020-01-01", "2020-12-31", "year")
    assert by_date["2020-W02"]["date_start"] == "2020-01-06"
    assert by_date["2020-W02"]["date_precision"] == "week"
    assert by_date[None]["date_start"] is None


def test_since_until_match_by_overlap_and_precision_restricts(store: Store) -> None:
    window = {"since": "2020-01-01", "until": "2020-01-15"}
    overlap = {ev["date"] for ev in store.events(**window)}
    assert overlap == {"2020-01-10", "2020", "2020-01", "2020-W02"}
    assert {ev["date"] for ev in store.events(**window, within=True)} == {
        "2020-01-10", "2020-W02"}
    assert {ev["date"] for ev in store.events(**window, precision="day")} == {"2020-01-10"}
    assert {ev["date"] for ev in store.events(**window, precision="month")} == {
        "2020-01-10", "2020-01", "2020-W02"}


@pytest.mark.parametrize("bad", ["2020-13-01", "2024-02-30", "٢٠٢٤", "2024-1-5", "yesterday",
                                 "2024-02-30T00:00"])
def test_impossible_or_foreign_dates_are_usage_errors(store: Store, bad: str) -> None:
    with pytest.raises(UsageError, match="since"):
        store.events(since=bad)
    with pytest.raises(UsageError):
        store.quotes(until=bad)


def test_unknown_values_name_the_valid_ones(store: Store) -> None:
    with pytest.raises(UsageError, match="unknown event type 'ATTACK'; choose from AGREE"):
        store.events(type="ATTACK")
    with pytest.raises(UsageError, match="unknown modality 'maybe'"):
        store.events(modality="maybe")
    with pytest.raises(UsageError, match="unknown event filter colour"):
        store.events(colour="red")
    with pytest.raises(UsageError, match="limit must be"):
        store.events(limit=10**20)


def test_direction_cameo_limit_and_offset(store: Store) -> None:
    assert len(store.events(source="Blair")) == 6
    assert store.events(target="Blair") == []
    assert len(store.events(target="ITA")) == 6
    assert [ev["cameo"] for ev in store.events(cameo="04")] == ["040"]
    assert len(store.events(cameo="11")) == 5
    everything = [ev["id"] for ev in store.events()]
    assert [ev["id"] for ev in store.events(limit=2, offset=1)] == everything[1:3]
    assert len(store.events(type="accuse,threaten")) == 6


# -- dyads, scales, geo ------------------------------------------------------------------------


def test_one_row_per_dyad_with_scales_and_geo(store: Store) -> None:
    rows = store.dyads(since="2020-01-10", until="2020-01-10", precision="day")
    assert [(r["source"], r["target"]) for r in rows] == [
        ("Blair", "Schroeder"), ("Blair", "Berlusconi")]
    assert rows[0]["event_id"] == rows[1]["event_id"]
    first = rows[0]
    assert (first["goldstein"], first["quad_class"], first["plover_quad"]) == (-2.0, 3, 3)
    assert (first["geo_name"], first["geo_country"], first["geo_lat"]) == ("Rome", "ITA", 41.89)
    assert tuple(first) == DYAD_COLUMNS
    consult = store.dyads(cameo="040")[0]
    assert (consult["cameo"], consult["goldstein"], consult["quad_class"]) == ("040", 1.0, 1)


def test_record_round_trip_keeps_record2_fields(store: Store) -> None:
    original = summit(1, DATES[1])
    assert store.record(original.id) == original


def test_flat_views(store: Store) -> None:
    with store.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT event_id, source_name, target_name, date_precision, geo_name "
            "FROM events_flat WHERE date = '2020' ORDER BY target_name")).all()
        assert [(r.source_name, r.target_name, r.date_precision, r.geo_name) for r in rows] == [
            ("Blair", "Berlusconi", "year", "Rome"), ("Blair", "Schroeder", "year", "Rome")]
        total = conn.execute(text("SELECT count(*) FROM events_flat")).scalar_one()
        assert total == 12
        assert conn.execute(text("SELECT count(*) FROM quotes_flat")).scalar_one() == 0


# -- frames --------------------------------------------------------------------------------------


def test_events_frame_dtypes(store: Store) -> None:
    import pandas as pd

    frame = store.events_frame(precision="month")
    assert len(frame) == 8 and list(frame.columns) == list(DYAD_COLUMNS)
    assert pd.api.types.is_datetime64_any_dtype(frame["date_start"])
    assert str(frame["quad_class"].dtype) == "Int64"
    assert frame["goldstein"].dtype == "float64"
    assert set(frame["target"]) == {"Schroeder", "Berlusconi"}
    empty = store.events_frame(type="AID")
    assert empty.empty and list(empty.columns) == list(DYAD_COLUMNS)


def test_dyads_frame_counts_only_dates_inside_a_period(store: Store) -> None:
    months = store.dyads_frame(period="month")
    january = months[months["period"] == "2020-01-01"]
    assert set(zip(january["target"], january["events"], strict=True)) == {
        ("Schroeder", 3), ("Berlusconi", 3)}
    assert months.attrs["left_out"] == 4  # the year 2020 and the undated event, two dyads each
    years = store.dyads_frame(period="year", types="ACCUSE")
    assert years[years["period"] == "2020-01-01"]["events"].tolist() == [4, 4]
    with pytest.raises(UsageError, match="unknown period"):
        store.dyads_frame(period="fortnight")


def test_records_to_frame_without_a_store() -> None:
    frame = records_to_frame([summit(1, "2020-01-10"), summit(2, "2020")])
    assert len(frame) == 4 and frame["merged_id"].isna().all()
    assert frame["geo_name"].tolist() == ["Rome"] * 4
    assert str(frame["date_end"].iloc[2].date()) == "2020-12-31"


# -- exports through pandas ----------------------------------------------------------------------


def test_csv_round_trip_through_pandas(store: Store) -> None:
    import pandas as pd

    out = io.StringIO()
    assert export(store, "csv", out) == 12
    dtypes = {"cameo": "string", **DYAD_DTYPES}
    frame = pd.read_csv(io.StringIO(out.getvalue()), dtype=dtypes,
                        parse_dates=["date_start", "date_end"])
    assert "040" in set(frame["cameo"])
    assert pd.api.types.is_datetime64_any_dtype(frame["date_start"])
    assert frame["goldstein"].dtype == "float64"
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["date_precision"] for r in rows} == {"day", "year", "month", "week", ""}


def test_parquet_round_trip_keeps_dtypes(store: Store, tmp_path: Path) -> None:
    import pandas as pd

    path = tmp_path / "events.parquet"
    with path.open("wb") as stream:
        assert export(store, "parquet", stream) == 12
    frame = pd.read_parquet(path)
    assert list(frame.columns) == list(DYAD_COLUMNS)
    assert pd.api.types.is_datetime64_any_dtype(frame["date_start"])
    assert str(frame["quad_class"].dtype) == "Int64" and frame["cameo"].iloc[0] in {"112", "040"}


def test_gdelt_read_with_published_column_names(store: Store) -> None:
    import pandas as pd

    out = io.StringIO()
    export(store, "gdelt", out)
    frame = pd.read_csv(io.StringIO(out.getvalue()), sep="\t", header=None,
                        names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    assert len(frame) == 12 and frame["GlobalEventID"].is_unique
    year = frame[frame["Year"].eq("2020") & frame["MonthYear"].eq("")]
    assert len(year) == 2 and set(year["Day"]) == {""}
    day = frame[frame["Day"] == "20200110"]
    assert set(day["Actor2Name"]) == {"SCHROEDER", "BERLUSCONI"}
    assert set(day["GoldsteinScale"]) == {"-2.0"} and set(day["QuadClass"]) == {"3"}
    # GDELT-style full names (place, division, country) from gazetteer.action_geo_columns
    assert set(day["ActionGeo_FullName"]) == {"Rome, Lazio, ITA"}
    assert set(day["ActionGeo_Type"]) == {"4"}
    filled = io.StringIO()
    export(store, "gdelt", filled, fill_dates="start")
    days = {line.split("\t")[1] for line in filled.getvalue().splitlines()}
    assert "20200101" in days and "" in days  # the undated event stays undated


def test_plover_rows_per_dyad_with_context(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "plover", out, filters={"precision": "day"}) == 4
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert tuple(rows[0]) == PLOVER_FIELDS
    assert {r["recipient"] for r in rows} == {"Schroeder", "Berlusconi"}
    consult = next(r for r in rows if r["cameo"] == "040")
    assert consult["context"] is None or isinstance(consult["context"], str)
    accuse = next(r for r in rows if r["cameo"] == "112")
    assert accuse["quad"] == 3 and accuse["date_precision"] == "day"


def test_rows_and_fill_dates_are_honoured_or_refused(store: Store) -> None:
    with pytest.raises(UsageError, match="cannot be written as gdelt"):
        export(store, "gdelt", io.StringIO(), what="quotes")
    with pytest.raises(UsageError, match="gdelt format only"):
        export(store, "csv", io.StringIO(), fill_dates="start")
    with pytest.raises(UsageError, match="cannot be written as csv"):
        export(store, "csv", io.StringIO(), what="records")


# -- CLI -------------------------------------------------------------------------------------


def test_cli_filters_dyads_and_columns(cli: click.Group, store: Store) -> None:  # noqa: F811
    db = store.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    bad_type = runner.invoke(cli, ["events", "--db", db, "--type", "ATTACK"])
    assert bad_type.exit_code == 2 and "choose from AGREE" in bad_type.output
    for flag, value in (("--since", "2020-13-01"), ("--until", "2024-02-30"),
                        ("--since", "٢٠٢٤")):
        assert runner.invoke(cli, ["events", "--db", db, flag, value]).exit_code == 2
    limited = runner.invoke(cli, ["events", "--db", db, "--limit", "2", "--nl",
                                  "--columns", "date,date_precision"])
    assert limited.exit_code == 0
    assert [json.loads(line) for line in limited.stdout.splitlines()] == [
        {"date": "2019-12-31", "date_precision": "day"}, {"date": "2020", "date_precision": "year"}]
    unknown = runner.invoke(cli, ["events", "--db", db, "--columns", "colour"])
    assert unknown.exit_code == 2 and "date_precision" in unknown.output
    huge = runner.invoke(cli, ["search", "x", "--db", db, "--limit", "9" * 20])
    assert huge.exit_code == 2
    dyads = runner.invoke(cli, ["dyads", "--db", db, "--by", "month", "--nl"])
    assert dyads.exit_code == 0 and "not counted" in dyads.stderr
    first = json.loads(dyads.stdout.splitlines()[0])
    assert set(first) >= {"period", "source", "target", "events", "articles", "goldstein"}


def test_cli_export_errors(cli: click.Group, store: Store, tmp_path: Path) -> None:  # noqa: F811
    db = store.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    nodir = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "-o",
                                str(tmp_path / "nodir" / "x.csv")])
    assert nodir.exit_code == 2 and "does not exist" in nodir.output
    refused = runner.invoke(cli, ["export", "--db", db, "--format", "gdelt", "--rows", "quotes"])
    assert refused.exit_code == 2
    done = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "--cameo", "11",
                               "-o", str(tmp_path / "x.csv")])
    assert done.exit_code == 0 and "exported 10 rows" in done.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_parquet_refuses_a_terminal(cli: click.Group, store: Store,  # noqa: F811
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = store.engine.url.render_as_string(hide_password=False)
    monkeypatch.setattr("dateline.cli_store.stdout_is_terminal", lambda: True)
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet"])
    assert result.exit_code == 2 and "binary" in result.output
    monkeypatch.setattr("dateline.cli_store.stdout_is_terminal", lambda: False)
    piped = CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet"])
    assert piped.exit_code == 0 and piped.stdout_bytes.startswith(b"PAR1")


@pytest.mark.model
def test_sample_corpus_exports_through_pandas(tmp_path: Path, nlp: object) -> None:
    """The sample corpus, ingested for real: every interval parses, no GDELT Day is padded,
    every dyad row names its event, and parquet keeps the dtypes."""
    import pandas as pd

    from dateline import batch
    from dateline.ingest.readers import read_inputs
    from tests.test_store import CORPUS

    with Store.open(str(tmp_path / "corpus.db")) as store:
        report = batch.ingest_articles(store, read_inputs([str(CORPUS)]))
        assert report.added > 0 and report.failed == 0
        frame = store.events_frame()
        events = store.events()
        gdelt = io.StringIO()
        export(store, "gdelt", gdelt)
        with (tmp_path / "e.parquet").open("wb") as stream:
            export(store, "parquet", stream)
    assert len(frame) >= len(events) and frame["event_id"].nunique() == len(events)
    dated = frame[frame["date_precision"].notna()]
    assert dated["date_start"].notna().all() and (dated["date_start"] <= dated["date_end"]).all()
    assert set(dated["date_precision"]) <= {"day", "week", "month", "quarter", "season", "year",
                                            "decade", "century"}
    table = pd.read_csv(io.StringIO(gdelt.getvalue()), sep="\t", header=None,
                        names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    by_event = {e["merged_id"]: e for e in events}
    for _, row in table.iterrows():
        merged = by_event[int(row["GlobalEventID"]) // 1000]
        if merged["date_precision"] != "day":
            assert row["Day"] == "", row.to_dict()
    stored = pd.read_parquet(tmp_path / "e.parquet")
    assert pd.api.types.is_datetime64_any_dtype(stored["date_start"])
    assert len(stored) == len(frame)


def test_mode_filter_names_the_modes_in_the_store(store: Store) -> None:
    record = summit(9, "2021-05-05")
    record.events[0].mode = "verbal"
    store.ingest([record])
    assert [ev["mode"] for ev in store.events(mode="verbal")] == ["verbal"]
    with pytest.raises(UsageError, match="unknown mode sung; modes in this store: verbal"):
        store.events(mode="sung")


def test_times_rows_carry_intervals(db_url: str) -> None:  # noqa: F811
    from tests.test_store import synthetic_record

    with Store.open(db_url) as opened:
        opened.ingest([synthetic_record(1, date="2021-Q3")])
        out = io.StringIO()
        assert export(opened, "csv", out, what="times") == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["value"], row["date_start"], row["date_end"], row["date_precision"]) == (
        "2021-Q3", "2021-07-01", "2021-09-30", "quarter")
