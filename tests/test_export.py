"""Exports: csv, jsonl, parquet, GDELT 2.0 event table and PLOVER JSONL."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.export import GDELT_COLUMNS, PLOVER_FIELDS, export
from dateline.store import Store
from tests.test_store import synthetic_record


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "export.db")) as opened:
        opened.ingest([synthetic_record(1, publisher="Wire A"),
                       synthetic_record(2, publisher="Wire B"),
                       synthetic_record(3, event_type="THREATEN", date="2022-02")])
        yield opened


def test_csv_and_jsonl_rows(store: Store) -> None:
    text = io.StringIO()
    assert export(store, "csv", text) == 3
    rows = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert [r["type"] for r in rows] == ["ACCUSE", "ACCUSE", "THREATEN"]
    assert rows[0]["source"] == "Russia"
    lines = io.StringIO()
    assert export(store, "jsonl", lines, what="quotes") == 3
    assert json.loads(lines.getvalue().splitlines()[0])["speaker"] == "Putin"


def test_records_export_round_trips(store: Store) -> None:
    from dateline.record import Record

    lines = io.StringIO()
    export(store, "jsonl", lines, what="records")
    records = [Record.from_json(line) for line in lines.getvalue().splitlines()]
    assert records == [synthetic_record(1, publisher="Wire A"),
                       synthetic_record(2, publisher="Wire B"),
                       synthetic_record(3, event_type="THREATEN", date="2022-02")]


def test_parquet(store: Store, tmp_path: Path) -> None:
    import pandas as pd

    path = tmp_path / "events.parquet"
    with path.open("wb") as stream:
        assert export(store, "parquet", stream, what="merged") == 2
    frame = pd.read_parquet(path)
    assert sorted(frame["articles"].tolist()) == [1, 2]


def test_gdelt_has_61_columns_and_merge_counts(store: Store) -> None:
    assert len(GDELT_COLUMNS) == 61
    text = io.StringIO()
    assert export(store, "gdelt", text) == 2
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in text.getvalue().splitlines()]
    accuse = next(r for r in rows if r["EventCode"] == "112" and r["Day"] == "20220126")
    assert (accuse["NumMentions"], accuse["NumSources"], accuse["NumArticles"]) == ("2", "2", "2")
    assert accuse["Actor1CountryCode"] == "RUS" and accuse["Actor2Name"] == "UKRAINE"
    assert accuse["QuadClass"] == "3" and accuse["MonthYear"] == "202201"
    month = next(r for r in rows if r["MonthYear"] == "202202")
    assert month["NumArticles"] == "1" and month["Day"] == "" and month["Year"] == "2022"
    assert accuse["GoldsteinScale"] == "-2.0"


def test_plover_fields(store: Store) -> None:
    text = io.StringIO()
    assert export(store, "plover", text) == 3
    first = json.loads(text.getvalue().splitlines()[0])
    assert tuple(first) == PLOVER_FIELDS
    assert (first["event_type"], first["actor_country"], first["recipient"]) == (
        "ACCUSE", "RUS", "Ukraine")


def test_cli_export(store: Store, tmp_path: Path) -> None:
    from dateline.cli_store import register

    @click.group()
    def group() -> None:
        """Throwaway group."""

    register(group)
    db = str(store.engine.url)
    runner = CliRunner()
    result = runner.invoke(group, ["export", "--db", db, "--format", "plover"])
    assert result.exit_code == 0 and result.stdout.count("\n") == 3
    target = tmp_path / "out.tsv"
    result = runner.invoke(group, ["export", "--db", db, "--format", "gdelt", "-o", str(target)])
    assert result.exit_code == 0 and len(target.read_text().splitlines()) == 2
    assert runner.invoke(group, ["export", "--db", db, "--format", "xml"]).exit_code == 2
