"""The store, on SQLite always and on PostgreSQL when DATELINE_TEST_PG_URL is set.

Records are hand-built (``synthetic_record``) so most tests need no model; the corpus tests use
real records from the session pipeline.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from dateline.errors import UsageError
from dateline.record import (
    Actor,
    ErrorRecord,
    Event,
    EventDate,
    PipelineInfo,
    Quote,
    Record,
    Source,
    Span,
    Speaker,
    Time,
    text_id,
)
from dateline.store import Store
from dateline.store.migrations import MIGRATIONS, applied

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "samples" / "corpus"
PG_URL = os.environ.get("DATELINE_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="DATELINE_TEST_PG_URL is not set"))]


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty database: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    with fresh_pg_schema() as url:
        yield url


@contextmanager
def fresh_pg_schema(prefix: str = "t") -> Iterator[str]:
    """A URL of the test database whose search path is a new schema, dropped afterwards (the
    CI database user cannot create databases)."""
    from sqlalchemy import create_engine

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(str(PG_URL))
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


def _span(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span(at, at + len(part), part)


def synthetic_record(i: int, *, date: str = "2022-01-26", publisher: str | None = "Wire",
                     event_type: str = "ACCUSE", rules: str = "rules.test",
                     source_name: str = "Russia") -> Record:
    """A small, valid record: Russia accuses Ukraine; Putin is quoted."""
    text = (f"Story {i}. {source_name} accused Ukraine of shelling on {date}.\n"
            f"Putin said \"we will respond\" in item {i}.")
    first = text.index("\n")
    actors = [
        Actor("a1", source_name, "country", "RUS", None, None, [_span(text, source_name)]),
        Actor("a2", "Ukraine", "country", "UKR", None, None, [_span(text, "Ukraine")]),
        Actor("a3", "Putin", "person", "RUS", "GOV", "president", [_span(text, "Putin")]),
    ]
    when = _span(text, date)
    times = [Time("t1", when.start, when.end, when.text, "DATE", date, None, "times.test.v1")]
    putin = _span(text, "Putin")
    quotes = [Quote("q1", "direct", Speaker(putin.start, putin.end, putin.text, "a3"),
                    _span(text, "said"), _span(text, "we will respond"), "t1", "quotes.test.v1")]
    trigger = _span(text, "accused")
    events = [Event("e1", event_type, None, "112", ["a1"], ["a2"],
                    EventDate(date, "t1", "explicit"), "asserted", None, trigger,
                    Span(0, first, text[:first]), "events.test.v1", 0.9, [trigger])]
    return Record(
        id=text_id(text), source=Source(id=f"s{i}", publisher=publisher, title=f"Story {i}"),
        published=None, document_date="2022-01-27", document_date_source="argument",
        text=text, actors=actors, times=times, quotes=quotes, events=events,
        pipeline=PipelineInfo("0.1.0", "en_test-1", rules),
    )


@pytest.fixture(scope="module")
def corpus_records(nlp: Any) -> list[Any]:
    from dateline import extract_many
    from dateline.ingest.readers import read_inputs

    return list(extract_many(read_inputs([str(CORPUS)])))


# -- ingest --------------------------------------------------------------------------------------


@pytest.mark.model
def test_sample_corpus_twice_leaves_identical_counts(db_url: str, nlp: Any) -> None:
    from dateline import batch
    from dateline.ingest.readers import read_inputs

    items = list(read_inputs([str(CORPUS)]))
    with Store.open(db_url) as store:
        first = batch.ingest_articles(store, items)
        counts = store.counts()
        second = batch.ingest_articles(store, items)
        assert store.counts() == counts
    assert first.added == len(items) and first.failed == 0
    assert second.unchanged == len(items) and second.added == 0 and second.rows == 0
    assert counts["articles"] == len(items) and counts["events"] > 0 and counts["quotes"] > 0


@pytest.mark.model
def test_stored_records_round_trip(store: Store, corpus_records: list[Any]) -> None:
    report = store.ingest(corpus_records)
    assert report.added == len(corpus_records)
    for record in corpus_records:
        assert store.record(record.id) == record
    again = store.ingest(corpus_records)
    assert again.unchanged == len(corpus_records)


def test_reprocess_replaces_only_records_of_other_rules(store: Store) -> None:
    store.ingest([synthetic_record(1, rules="old"), synthetic_record(2, rules="new")])
    counts = store.counts()
    newer = [synthetic_record(1, rules="new"), synthetic_record(2, rules="new")]
    assert store.ingest(newer).unchanged == 2
    report = store.ingest(newer, reprocess=True)
    assert (report.replaced, report.unchanged) == (1, 1)
    assert store.counts() == counts
    assert store.stored_rules([newer[0].id]) == {newer[0].id: "new"}


def test_reprocess_replaces_only_records_of_another_threshold(store: Store) -> None:
    def made(i: int, threshold: float | None) -> Record:
        record = synthetic_record(i, rules="r")
        assert record.pipeline is not None
        record.pipeline.min_confidence = threshold
        return record

    store.ingest([made(1, 0.3), made(2, 0.0), made(3, None)])
    again = [made(1, 0.3), made(2, 0.3), made(3, 0.3)]
    assert store.ingest(again).unchanged == 3
    report = store.ingest(again, reprocess=True)
    assert (report.replaced, report.unchanged) == (2, 1)
    assert set(store.stored_makers([r.id for r in again]).values()) == {("r", 0.3)}
    assert list(store.outdated("r", 0.3)) == []
    assert len(list(store.outdated("r", 0.0))) == 3


def test_malformed_record_fails_alone_and_is_listed(store: Store) -> None:
    bad = synthetic_record(2)
    bad.events[0].source = ["a9"]
    error = ErrorRecord("unreadable", "cannot read x.txt", Source(path="x.txt"))
    report = store.ingest([synthetic_record(1), bad, error, synthetic_record(3)], batch_size=10)
    assert (report.added, report.failed) == (2, 2)
    assert store.counts()["articles"] == 2
    failures = store.failures()
    assert {f["code"] for f in failures} == {"store", "unreadable"}
    assert any("unknown actor 'a9'" in f["message"] for f in failures)
    store.ingest([error])
    assert len(store.failures()) == 2


def test_span_outside_text_is_a_failure(store: Store) -> None:
    bad = synthetic_record(1)
    bad.actors[0].mentions.append(Span(10_000, 10_005, "ghost"))
    assert store.ingest([bad]).failed == 1
    assert store.counts()["articles"] == 0


def test_wal_and_migrations_recorded(db_url: str) -> None:
    with Store.open(db_url) as store:
        assert applied(store.engine) == [name for name, _ in MIGRATIONS]
        if store.dialect == "sqlite":
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    from dateline.store.migrations import migrate

    with Store.open(db_url) as store:
        assert migrate(store.engine) == []


# -- actors and merge ----------------------------------------------------------------------------


def test_actors_merge_across_articles_by_code(store: Store) -> None:
    store.ingest([synthetic_record(1), synthetic_record(2, source_name="Moscow")])
    by_key = {a["key"]: a for a in store.actors()}
    assert set(by_key) == {"country:RUS", "country:UKR", "person:RUS:putin"}
    russia = by_key["country:RUS"]
    assert russia["articles"] == 2 and russia["events"] == 2
    assert russia["names"] == ["Moscow", "Russia"]
    assert len(store.events(actor="Moscow")) == 2 == len(store.events(actor="rus"))


def test_actor_queries_take_codes_short_names_and_surnames(store: Store) -> None:
    """Issue 12: --actor matches case-insensitively by name, alias, code, a common short name of
    a code, or a surname."""
    first = synthetic_record(1)
    first.actors[2] = replace(first.actors[2], name="Vladimir Putin")
    store.ingest([first, synthetic_record(2, source_name="the Russian Federation")])
    everyone = len(store.events())
    for query in ("RUS", "rus", "Russia", "russia", "the Russian Federation"):
        assert len(store.events(actor=query)) == everyone, query
    assert len(store.events(actor="U.K.")) == 0
    assert len(store.events(actor="USSR")) == 0
    people = sorted(a["name"] for a in store.actors() if a["kind"] == "person")
    assert people == ["Putin", "Vladimir Putin"]  # one named in full, one by surname only
    assert len(store.timeline("putin")) == 2 == len(store.timeline("PUTIN"))
    assert len(store.events(actor="Ukraine")) == everyone == len(store.events(actor="ukr"))


def test_short_names_point_to_codes() -> None:
    from dateline.store.read import code_aliases

    aliases = code_aliases()
    assert aliases["us"] == ("USA",) and aliases["u.s."] == ("USA",)
    assert aliases["uk"] == ("GBR",) and aliases["eu"] == ("EUR",) and aliases["un"] == ("UNO",)


def test_events_merge_by_type_actors_and_date_granularity(store: Store) -> None:
    store.ingest([
        synthetic_record(1, publisher="Wire A"), synthetic_record(2, publisher="Wire B"),
        synthetic_record(3, publisher="Wire B"), synthetic_record(4, date="2022-01"),
        synthetic_record(5, event_type="THREATEN"),
    ])
    merged = {(m["type"], m["date"]): m for m in store.merged_events()}
    assert set(merged) == {("ACCUSE", "2022-01-26"), ("ACCUSE", "2022-01"),
                           ("THREATEN", "2022-01-26")}
    big = merged[("ACCUSE", "2022-01-26")]
    assert (big["articles"], big["mentions"], big["sources"]) == (3, 3, 2)
    assert big["source"] == ["Russia"] and big["target"] == ["Ukraine"]
    members = {m.split("#")[0] for m in big["members"]}
    assert members == {synthetic_record(i).id for i in (1, 2, 3)}
    assert merged[("ACCUSE", "2022-01")]["granularity"] == "month"


def test_replacing_an_article_recounts_its_merged_event(store: Store) -> None:
    store.ingest([synthetic_record(1, rules="old"), synthetic_record(2, rules="old")])
    store.ingest([synthetic_record(1, rules="new", event_type="AGREE")], reprocess=True)
    merged = {m["type"]: m for m in store.merged_events()}
    assert merged["ACCUSE"]["articles"] == 1 and merged["AGREE"]["articles"] == 1


# -- queries -------------------------------------------------------------------------------------


def test_event_filters(store: Store) -> None:
    store.ingest([synthetic_record(1, date="2021-05-02"), synthetic_record(2),
                  synthetic_record(3, event_type="THREATEN")])
    assert len(store.events()) == 3
    assert len(store.events(type="threaten")) == 1
    assert len(store.events(since="2022")) == 2
    assert len(store.events(until="2021-05")) == 1
    assert len(store.events(modality="negated")) == 0
    assert len(store.events(actor="Ukraine", since="2022-01-26", until="2022-01-26")) == 2
    assert store.events(actor="Nobody") == []
    row = store.events(type="THREATEN")[0]
    assert row["source"] == ["Russia"] and row["source_countries"] == ["RUS"]
    assert row["trigger"] == "accused" and row["publisher"] == "Wire"


def test_quotes_timeline_and_search(store: Store) -> None:
    store.ingest([synthetic_record(2, date="2022-03-01"), synthetic_record(1, date="2021-12-31")])
    quotes = store.quotes(speaker="Putin")
    assert [q["content"] for q in quotes] == ["we will respond"] * 2
    assert store.quotes(contains="RESPOND") and not store.quotes(contains="surrender")
    timeline = store.timeline("Russia")
    assert [t["date"] for t in timeline] == ["2021-12-31", "2022-03-01"]
    assert {t["kind"] for t in store.timeline("Putin")} == {"quote"}
    dates = [t["date"] for t in store.timeline("RUS")]
    assert dates == sorted(dates) and len(dates) == 4
    found = store.search("shelling item 2")
    assert [hit["id"] for hit in found] == [synthetic_record(2, date="2022-03-01").id]
    assert store.search("zebra") == [] and store.search("   ") == []


HOSTILE = [
    "'; DROP TABLE events; --", "x' OR '1'='1", '" OR 1=1; --', "%", "_", "\\",
    "Robert'); DELETE FROM articles;--", "*", "NEAR(a b)", "a AND OR NOT",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_filters_are_plain_values(store: Store, value: str) -> None:
    store.ingest([synthetic_record(1)])
    counts = store.counts()
    assert store.events(actor=value, source=value, target=value) == []
    for strict in ({"type": value}, {"modality": value}, {"cameo": value}):
        with pytest.raises(UsageError, match=r"unknown|cameo must be"):
            store.events(**strict)
    assert store.merged_events(actor=value) == []
    assert store.quotes(speaker=value, contains=value) == []
    assert store.timeline(value) == []
    hits = store.search(value)  # words of the value are searched as words, nothing else
    assert all(hit["id"] == synthetic_record(1).id for hit in hits)
    assert store.stored_rules([value]) == {}
    with pytest.raises(UsageError, match="since must be"):
        store.events(since=value)
    assert store.counts() == counts


def test_frames(store: Store) -> None:
    store.ingest([synthetic_record(1), synthetic_record(2)])
    frame = store.events_frame(type="ACCUSE")
    assert len(frame) == 2 and {"type", "source", "sentence"} <= set(frame.columns)
    assert len(store.quotes_frame(speaker="Putin")) == 2
    assert len(store.actors_frame()) == 3
    assert store.merged_events_frame()["articles"].tolist() == [2]


# -- crash safety and concurrency ----------------------------------------------------------------

INGEST_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {repo!r})
    from dateline.store import Store
    from tests.test_store import synthetic_record

    url, slow = sys.argv[1], sys.argv[2] == "slow"
    dates = ["2022-01-%02d" % (1 + i % 28) for i in range(1000)]
    records = (synthetic_record(i, date=dates[i]) for i in range(1000))
    with Store.open(url) as store:
        report = store.ingest(records, batch_size=10,
                              progress=(lambda n: time.sleep(0.03)) if slow else None)
    print(report.added, report.unchanged, report.failed)
""")


def _run_ingest(tmp_path: Path, url: str, mode: str) -> subprocess.Popen[str]:
    script = tmp_path / "ingest_script.py"
    script.write_text(INGEST_SCRIPT.format(repo=str(REPO)), encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), url, mode], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _articles(url: str) -> int:
    with Store.open(url) as store:
        return store.counts()["articles"]


def test_sigkill_midway_then_rerun_loses_and_duplicates_nothing(db_url: str,
                                                               tmp_path: Path) -> None:
    Store.open(db_url).close()
    process = _run_ingest(tmp_path, db_url, "slow")
    deadline = time.monotonic() + 30
    while _articles(db_url) < 200 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL
    stored = _articles(db_url)
    assert 0 < stored < 1000, "the kill must land midway"
    rerun = _run_ingest(tmp_path, db_url, "fast")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    added, unchanged, failed = map(int, out.split())
    assert (added + unchanged, failed) == (1000, 0) and unchanged >= stored
    with Store.open(db_url) as store:
        counts = store.counts()
        merged = store.merged_events()
    assert counts["articles"] == counts["events"] == counts["quotes"] == 1000
    assert counts["event_actors"] == 2000 and counts["actors"] == 3
    assert len(merged) == 28 and sum(m["articles"] for m in merged) == 1000
    assert counts["failures"] == 0


def test_five_kills_at_random_points_then_rerun(db_url: str, tmp_path: Path) -> None:
    """Issue 19: five SIGKILLs at random moments of one ingest (between, inside or while
    committing batches), then a full rerun: no article lost or duplicated."""
    import random

    rng = random.Random(19)
    Store.open(db_url).close()
    counts_seen = []
    for _ in range(5):
        process = _run_ingest(tmp_path, db_url, "slow")
        time.sleep(rng.uniform(1.0, 3.0))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        counts_seen.append(_articles(db_url))
    assert counts_seen == sorted(counts_seen) and counts_seen[-1] < 1000, counts_seen
    rerun = _run_ingest(tmp_path, db_url, "fast")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    added, unchanged, failed = map(int, out.split())
    assert (added + unchanged, failed) == (1000, 0) and unchanged == counts_seen[-1]
    with Store.open(db_url) as store:
        counts = store.counts()
        merged = store.merged_events()
    assert counts["articles"] == counts["events"] == counts["quotes"] == 1000
    assert counts["event_actors"] == 2000 and counts["actors"] == 3
    assert sum(m["articles"] for m in merged) == 1000 and counts["failures"] == 0


def test_reader_queries_while_ingest_runs(db_url: str, tmp_path: Path) -> None:
    Store.open(db_url).close()
    process = _run_ingest(tmp_path, db_url, "slow")
    reads = 0
    with Store.open(db_url, mode="read") as store:  # as the read commands open it
        while process.poll() is None:
            store.events(actor="RUS", since="2022-01-10")
            store.timeline("Russia")
            store.merged_events()
            store.search("shelling")
            reads += 1
    _, err = process.communicate()
    assert process.returncode == 0, err
    assert reads > 1 and _articles(db_url) == 1000


# -- CLI -----------------------------------------------------------------------------------------


@pytest.fixture
def cli() -> click.Group:
    from dateline.cli_store import register

    @click.group()
    def group() -> None:
        """Throwaway group for the store commands."""

    register(group)
    return group


def test_cli_reads_in_every_format(cli: click.Group, db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest([synthetic_record(1), synthetic_record(2)])
    runner = CliRunner()
    as_json = runner.invoke(cli, ["events", "--db", db_url])
    assert as_json.exit_code == 0 and '"type": "ACCUSE"' in as_json.output
    lines = runner.invoke(cli, ["events", "--db", db_url, "--nl"]).output.splitlines()
    assert len(lines) == 2
    as_csv = runner.invoke(cli, ["quotes", "--db", db_url, "--csv"]).output.splitlines()
    assert as_csv[0].startswith("id,article,kind") and len(as_csv) == 3
    table = runner.invoke(cli, ["actors", "--db", db_url, "--table"]).output
    assert "Russia" in table and "country" in table
    merged = runner.invoke(cli, ["events", "--db", db_url, "--merged", "--nl"])
    assert merged.output.count("\n") == 1
    assert runner.invoke(cli, ["timeline", "RUS", "--db", db_url, "--nl"]).exit_code == 0
    assert runner.invoke(cli, ["search", "shelling", "--db", db_url]).exit_code == 0
    assert runner.invoke(cli, ["failures", "--db", db_url]).output.strip() == "[]"


def test_cli_usage_errors_exit_2(cli: click.Group, db_url: str) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["events", "--db", db_url, "--since", "yesterday"]).exit_code == 2
    assert runner.invoke(cli, ["ingest", "--db", db_url]).exit_code == 2
    assert runner.invoke(cli, ["events", "--bogus"]).exit_code == 2


def test_cli_ingest_exit_codes(cli: click.Group, tmp_path: Path, nlp: Any) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    good = tmp_path / "good.txt"
    good.write_text("MOSCOW, Jan. 26, 2022 - Russia accused Ukraine of shelling.\n",
                    encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    runner = CliRunner()
    ok = runner.invoke(cli, ["ingest", str(good), "--db", url])
    assert ok.exit_code == 0, ok.output
    assert '"added": 1' in ok.stdout
    failed = runner.invoke(cli, ["ingest", str(good), str(binary), "--db", url])
    assert failed.exit_code == 1
    assert '"unchanged": 1' in failed.stdout and '"failed": 1' in failed.stdout
    listed = runner.invoke(cli, ["failures", "--db", url, "--nl"])
    assert "bad.txt" in listed.output


def test_every_command_documents_exit_codes_and_an_example(cli: click.Group) -> None:
    from dateline.cli_store import COMMANDS

    for command in COMMANDS:
        help_text = command.help or ""
        assert "Exit codes:" in help_text, command.name
        assert help_text.rstrip().splitlines()[-2].strip() == "Example:" or \
            "Example:" in help_text.split("Exit codes:")[1], command.name


def test_search_and_contains_are_bounded(store: Store, cli: click.Group) -> None:
    """Issue 19: a word repeated 5,000 times, 100 different words, a 100,000-character
    --contains: answered at once or refused as usage errors, never a slow query or a trace."""
    store.ingest([synthetic_record(1)])
    started = time.monotonic()
    assert len(store.search("shelling " * 5000)) == 1
    assert time.monotonic() - started < 5
    with pytest.raises(UsageError, match="100 different words"):
        store.search(" ".join(f"w{i}" for i in range(100)))
    with pytest.raises(UsageError, match="characters long"):
        store.search("x" * 65)
    with pytest.raises(UsageError, match="100,000 characters long"):
        store.quotes(contains="x" * 100_000)
    db = store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli, ["quotes", "--db", db, "--contains", "x" * 100_000])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_refused_batch_is_written_record_by_record(store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.store import bulk

    def refuse(*_args: Any) -> Any:
        raise ValueError("the database said no")

    monkeypatch.setattr(bulk, "insert_records", refuse)
    report = store.ingest([synthetic_record(1), synthetic_record(2)])
    assert (report.added, report.failed) == (2, 0)
    assert store.counts()["articles"] == 2 and len(store.merged_events()) == 1


def test_migration_0003_backfills_intervals_of_an_older_store(tmp_path: Path) -> None:
    """A store written before 0003_record2 gains the interval columns, filled from values."""
    import sqlite3

    path = tmp_path / "old.db"
    with Store.open(str(path)) as store:
        store.ingest([synthetic_record(1, date="2021-W05"), synthetic_record(2)])
    conn = sqlite3.connect(path)
    conn.executescript("""
        DROP VIEW events_flat; DROP VIEW quotes_flat; DROP TABLE dateline_store;
        ALTER TABLE events DROP COLUMN date_start; ALTER TABLE events DROP COLUMN date_end;
        ALTER TABLE events DROP COLUMN date_precision;
        DELETE FROM dateline_migrations WHERE name >= '0003';
    """)
    conn.close()
    with Store.open(str(path)) as store:
        rows = {ev["date"]: ev for ev in store.events()}
    assert (rows["2021-W05"]["date_start"], rows["2021-W05"]["date_precision"]) == (
        "2021-02-01", "week")
    assert rows["2022-01-26"]["date_end"] == "2022-01-26"


def test_migration_0011_keeps_each_records_threshold(tmp_path: Path) -> None:
    """A store written before 0011 gains the column: its records read back with no threshold,
    a record ingested after keeps the one it was extracted with."""
    import sqlite3

    path = tmp_path / "old.db"
    with Store.open(str(path)) as store:
        store.ingest([synthetic_record(1)])
    conn = sqlite3.connect(path)
    conn.executescript("""
        ALTER TABLE articles DROP COLUMN pipeline_min_confidence;
        DELETE FROM dateline_migrations WHERE name >= '0011';
    """)
    conn.close()
    newer = synthetic_record(2)
    assert newer.pipeline is not None
    newer.pipeline.min_confidence = 0.3
    with Store.open(str(path)) as store:
        store.ingest([newer])
        old = store.record(synthetic_record(1).id)
        assert old is not None and old.pipeline is not None
        assert old.pipeline.min_confidence is None
        assert store.record(newer.id) == newer


def test_a_nul_character_is_a_failure_on_every_backend(store: Store) -> None:
    """Issue 19: a NUL stored in SQLite but failed the PostgreSQL insert; now both refuse it
    alike, as a failure row, and the rest of the batch is stored."""
    bad = synthetic_record(1)
    bad.source.title = "bad\x00title"
    report = store.ingest([bad, synthetic_record(2)])
    assert (report.added, report.failed) == (1, 1)
    assert "NUL" in store.failures()[0]["message"]


# -- quote classes (issue 13) --------------------------------------------------------------------


def classed_record(i: int) -> Record:
    """A record whose four quotes are a statement, a belief, a document and an intention."""
    record = synthetic_record(i)
    text, (said,) = record.text, record.quotes
    classes = ("speech", "thought", "document", "intention")
    quotes = [replace(said, id=f"q{n}", cue_class=c, content=_span(text, part))  # type: ignore[arg-type]
              for n, (c, part) in enumerate(zip(classes, ("we", "will", "respond", "item"),
                                                strict=True), start=1)]
    return replace(record, quotes=quotes)


def test_quotes_show_speech_and_documents_unless_asked(store: Store) -> None:
    store.ingest([classed_record(1)])
    assert [q["cue_class"] for q in store.quotes()] == ["speech", "document"]
    assert [q["cue_class"] for q in store.quotes(cue_class="thought,intention")] == [
        "thought", "intention"]
    assert len(store.quotes(cue_class="all")) == 4
    assert [q["content"] for q in store.quotes(cue_class=("thought",))] == ["will"]
    assert len(store.quotes_frame(cue_class="all")) == 4
    with pytest.raises(UsageError, match="unknown quote class 'opinion'"):
        store.quotes(cue_class="speech,opinion")


def test_quote_page_filters_by_class(store: Store) -> None:
    from dateline.store import browse

    store.ingest([classed_record(1), classed_record(2)])
    with store.connect() as conn:
        total, rows = browse.quote_page(conn)
        assert total == 4 and {r["cue_class"] for r in rows} == {"speech", "document"}
        total, rows = browse.quote_page(conn, cue_class="intention", limit=1)
        assert total == 2 and [r["content"] for r in rows] == ["item"]
        assert browse.quote_page(conn, cue_class="all")[0] == 8


def test_cli_quotes_class_option(cli: click.Group, db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest([classed_record(1)])
    runner = CliRunner()
    default = runner.invoke(cli, ["quotes", "--db", db_url, "--csv"]).output.splitlines()
    assert len(default) == 3 and default[0].startswith("id,article,kind,cue_class")
    every = runner.invoke(cli, ["quotes", "--db", db_url, "--class", "all", "--nl"])
    assert every.exit_code == 0 and every.output.count("\n") == 4
    thought = runner.invoke(cli, ["quotes", "--db", db_url, "--class", "thought", "--nl"])
    assert thought.output.count('"cue_class": "thought"') == 1
    bad = runner.invoke(cli, ["quotes", "--db", db_url, "--class", "rumour"])
    assert bad.exit_code == 2 and "unknown quote class" in bad.output


def test_export_keeps_every_quote_class(store: Store) -> None:
    from dateline.export import rows

    store.ingest([classed_record(1)])
    assert len(rows(store, "quotes")) == 4
