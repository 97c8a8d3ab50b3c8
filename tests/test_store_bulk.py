"""Batched ingest (issue 14): a PostgreSQL batch costs a few round trips whatever its size, and
SQLite and PostgreSQL store the same content through their two channels (``store/send.py``).
The PostgreSQL tests run when DATELINE_TEST_PG_URL is set (CI sets it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dateline.record import ErrorRecord, Record, Source, Time
from dateline.store import Store
from dateline.store.ids import reserve_ids
from dateline.store.send import Direct, Pipelined, channel
from tests.test_store import PG_URL, db_url, fresh_pg_schema, synthetic_record  # noqa: F401
from tests.test_store_threads import exchange_record

needs_pg = pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL is not set")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema of the test database, dropped afterwards."""
    with fresh_pg_schema("t_bulk") as url:
        yield url


def mixed_batch(start: int, size: int) -> list[Record]:
    """``size`` records: every third an exchange (a thread that continues the stored ones),
    the others with actors, mentions, times, a quote and an event."""
    days = ["2022-01-03", "2022-01-05", "2022-01-09", "2022-01-12"]
    roles = ["PROPOSE", "RESPOND", "REJECT"]
    out = []
    for i in range(start, start + size):
        if i % 3 == 0:
            out.append(exchange_record(i, roles[i % 3], day=days[i % 4]))
        else:
            out.append(synthetic_record(i, date=days[i % 4], source_name=["Russia", "Iran"][i % 2]))
    return out


class RoundTrips:
    """Counts the exchanges the client waits for, at psycopg's interface: a statement run
    outside a pipeline, an ``executemany`` (psycopg pipelines it), a ``COPY`` (two: the server
    accepts it, then confirms it), a pipeline (its statements are sent together, then one
    sync), a commit or rollback of an open transaction."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import psycopg
        from psycopg import pq

        self.count = 0

        def wrap(cls: Any, name: str, cost: Any) -> None:
            original = getattr(cls, name)

            def counted(obj: Any, *args: Any, **kwargs: Any) -> Any:
                self.count += cost(obj)
                return original(obj, *args, **kwargs)

            monkeypatch.setattr(cls, name, counted)

        def alone(cursor: Any) -> int:
            return int(cursor.connection._pipeline is None)

        def open_transaction(conn: Any) -> int:
            return int(conn.pgconn.transaction_status != pq.TransactionStatus.IDLE)

        wrap(psycopg.Cursor, "execute", alone)
        wrap(psycopg.Cursor, "executemany", alone)
        wrap(psycopg.Cursor, "copy", lambda cursor: 2)
        wrap(psycopg.Connection, "pipeline", lambda conn: 1)
        wrap(psycopg.Connection, "commit", open_transaction)
        wrap(psycopg.Connection, "rollback", open_transaction)

    def of_ingest(self, store: Store, records: list[Any]) -> int:
        before = self.count
        report = store.ingest(records, batch_size=len(records))
        assert report.seen == len(records)
        return self.count - before


# -- round trips ---------------------------------------------------------------------------------


@needs_pg
def test_a_postgresql_batch_costs_a_few_round_trips_whatever_its_size(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the pipelined channel a batch of 50 records cost about 60 waits on the server
    (a statement per thread, two per COPY); now the five steps of ``send.py`` and the commit,
    the same for 6 records as for 60, threads continued or started."""
    trips = RoundTrips(monkeypatch)
    with Store.open(pg_url) as store:
        store.ingest(mixed_batch(0, 6))  # the threads exist: the next batches continue them
        small = trips.of_ingest(store, mixed_batch(100, 6))
        large = trips.of_ingest(store, mixed_batch(200, 60))
        again = trips.of_ingest(store, mixed_batch(200, 60))  # all stored: nothing to write
        failures = trips.of_ingest(store, [ErrorRecord("extract", f"no {i}", Source(id=f"bad{i}"))
                                           for i in range(20)])
    assert small == large, (small, large)
    assert large <= 7, large
    assert again <= 4 and failures <= 6, (again, failures)


@needs_pg
def test_the_counter_sees_a_statement_at_a_time(pg_url: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The counter can fail: the same batches through ``Direct`` (SQLAlchemy, a statement at a
    time, as SQLite writes) cost several times as many round trips on PostgreSQL."""
    from dateline.store import bulk

    trips = RoundTrips(monkeypatch)
    with Store.open(pg_url) as store:
        store.ingest(mixed_batch(0, 6))
        pipelined = trips.of_ingest(store, mixed_batch(100, 30))
        monkeypatch.setattr(bulk, "channel", Direct)
        direct = trips.of_ingest(store, mixed_batch(200, 30))
    assert direct >= 3 * pipelined, (pipelined, direct)


# -- the same content on both backends -----------------------------------------------------------


_SURROGATE = {"id", "pk", "merged_id", "event_id", "failed_at", "ingested_at"}


def _plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k not in _SURROGATE} for row in rows]


def content(store: Store) -> dict[str, Any]:
    """What the store holds, through its public API, surrogate keys aside."""
    return {
        "counts": store.counts(), "records": [r.to_dict() for r in store.records()],
        "events": _plain(store.events()), "merged": _plain(store.merged_events()),
        "quotes": _plain(store.quotes(cue_class="all")), "actors": _plain(store.actors()),
        "threads": store.threads(), "steps": [
            [(s.article, s.seq, s.local_thread, s.source, s.target) for s in t.steps]
            for t in store.all_threads()],
        "failures": _plain(store.failures()),
    }


def _batches() -> list[list[Any]]:
    bad = synthetic_record(502)
    bad.events[0].source.append("a9")  # refused before any SQL: an unknown actor
    first = [*mixed_batch(0, 12), ErrorRecord("extract", "no", Source(id="e1", path="e1.txt")),
             bad]
    return [first, [*mixed_batch(6, 12), *mixed_batch(40, 5)], first]


@needs_pg
def test_sqlite_and_postgresql_store_the_same_content(tmp_path: Path, pg_url: str) -> None:
    """Three batches (the third a re-ingest of the first), with a record refused before SQL,
    an error record, and threads started and continued: the same reports and the same
    content, table by table, through the two channels."""
    seen = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 'a.db'}"), ("postgresql", pg_url)):
        with Store.open(url) as store:
            reports = [store.ingest(batch, batch_size=len(batch)) for batch in _batches()]
            seen[name] = (content(store), [(r.added, r.unchanged, r.failed) for r in reports])
    lite, pg = seen["sqlite"], seen["postgresql"]
    assert lite[1] == pg[1] == [(12, 0, 2), (11, 6, 0), (0, 12, 2)]
    assert lite[0]["counts"]["threads"] > 0 and lite[0]["counts"]["failures"] == 2
    for key in lite[0]:
        assert lite[0][key] == pg[0][key], key


@needs_pg
def test_a_refused_postgresql_batch_leaves_nothing_behind(pg_url: str) -> None:
    """The refused batch's new actors and merged events are rolled back with it: only the
    records written one by one afterwards are left, each whole."""
    long_value = synthetic_record(1, source_name="Iran")
    long_value.times[0] = replace(long_value.times[0], value="X" * 81)
    with Store.open(pg_url) as store:
        report = store.ingest([long_value, synthetic_record(2)], batch_size=10)
        assert (report.added, report.failed) == (1, 1)
        counts = store.counts()
        codes = {a["key"] for a in store.actors()}
    assert counts["articles"] == 1 and counts["failures"] == 1
    assert counts["events"] == 1 and counts["merged_events"] == 1
    assert "country:IRN" not in codes  # Iran was only in the refused record


# -- the channels --------------------------------------------------------------------------------


def test_reserved_ids_follow_the_stored_ones(db_url: str) -> None:  # noqa: F811
    from dateline.store import schema

    with Store.open(db_url) as store:
        store.ingest([synthetic_record(1), synthetic_record(2)])
        with store.engine.begin() as conn:
            assert reserve_ids(conn, schema.articles, "pk", 0) == []
            ids = reserve_ids(conn, schema.articles, "pk", 3)
    assert len(ids) == 3 and ids == sorted(ids) and ids[0] > 2


def test_each_backend_gets_its_channel(db_url: str) -> None:  # noqa: F811
    with Store.open(db_url) as store, store.engine.connect() as conn:
        kind = Pipelined if store.dialect == "postgresql" else Direct
        assert isinstance(channel(conn), kind)


def test_a_reingested_batch_with_a_new_time_changes_nothing_else(db_url: str) -> None:  # noqa: F811
    """Idempotence through both channels: the second ingest of a batch adds nothing, and a
    record with other content is a new article."""
    batch = mixed_batch(0, 9)
    with Store.open(db_url) as store:
        first = store.ingest(batch)
        before = store.counts()
        second = store.ingest(batch)
        assert store.counts() == before
        changed = synthetic_record(1)
        changed.times.append(Time("t2", 0, 5, changed.text[:5], "DATE", "2022", None, "x.v1"))
        third = store.ingest([replace(changed, id="other-id")])
    assert (first.added, second.unchanged, third.added) == (9, 9, 1)


# -- no foreign keys on PostgreSQL (ingest speed) -------------------------------------------------


@needs_pg
def test_a_postgresql_store_has_no_foreign_keys_and_stays_whole(pg_url: str) -> None:
    """0010 drops the foreign keys (a trigger per inserted row); the references the writer
    keeps are still whole after ingest, re-ingest and reprocess."""
    from sqlalchemy import text

    with Store.open(pg_url) as store:
        store.ingest(mixed_batch(0, 9))
        store.ingest(mixed_batch(0, 9), reprocess=True)
        with store.engine.connect() as conn:
            keys = conn.scalar(text(
                "SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace"))
            orphans = {name: conn.scalar(text(sql)) for name, sql in {
                "mentions": "SELECT count(*) FROM mentions m LEFT JOIN articles a "
                            "ON a.pk = m.article_pk WHERE a.pk IS NULL",
                "event_actors": "SELECT count(*) FROM event_actors x LEFT JOIN events e "
                                "ON e.id = x.event_id WHERE e.id IS NULL",
                "events": "SELECT count(*) FROM events e LEFT JOIN merged_events m "
                          "ON m.id = e.merged_id WHERE m.id IS NULL",
                "thread_steps": "SELECT count(*) FROM thread_steps s LEFT JOIN threads t "
                                "ON t.pk = s.thread_pk WHERE t.pk IS NULL"}.items()}
        assert store.counts()["articles"] == 9
    assert keys == 0
    assert set(orphans.values()) == {0}, orphans
