"""Store benchmark: ingest rows/s, and an actor timeline query over 1,000,000 synthetic events.

Prints, from one run:
- ingest: records stored through ``Store.ingest`` (every table, one transaction per batch), as
  rows/s;
- timeline: ``Store.timeline(actor)`` over a database bulk-loaded with ``--events`` synthetic
  events (default 1,000,000) among 500 actors, median of several runs (goal <= 200 ms on SQLite).

Run: ``python bench/store.py [--db URL] [--events N] [--records N]`` (default: a temporary SQLite
file).

``python bench/store.py --compare postgresql+psycopg://...`` instead ingests the same records
into a fresh SQLite file and a fresh PostgreSQL schema in one run and prints both rates and
their ratio (issue 14: PostgreSQL at least 0.8 of SQLite); ``compare_ingest`` is the function
``bench/scale.py`` can call.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from dateline.record import (
    Actor,
    Event,
    EventDate,
    PipelineInfo,
    Quote,
    Record,
    Source,
    Span,
    Speaker,
    text_id,
)
from dateline.store import Store
from dateline.store import schema as s

ACTORS = 500
EVENTS_PER_ARTICLE = 100
CHUNK = 20_000
TYPES = ["ACCUSE", "AGREE", "CONSULT", "THREATEN", "REJECT", "ASSAULT", "AID", "PROTEST"]


def record(i: int) -> Record:
    """A small record: two countries, one person quoted, two events."""
    text = (f"Item {i}. Russia accused Ukraine of shelling. Ukraine rejected the claim.\n"
            f"Putin said \"we will respond\" on day {i}.")

    def span(part: str) -> Span:
        at = text.index(part)
        return Span(at, at + len(part), part)

    actors = [Actor("a1", "Russia", "country", "RUS", mentions=[span("Russia")]),
              Actor("a2", "Ukraine", "country", "UKR", mentions=[span("Ukraine")]),
              Actor("a3", "Putin", "person", "RUS", "GOV", mentions=[span("Putin")])]
    date = EventDate(f"2022-01-{1 + i % 28:02d}", None, "document_date")
    events = [Event(f"e{n}", kind, None, None, [src], [tgt], date, "asserted", None,
                    span(word), Span(0, text.index("\n"), text[:text.index("\n")]),
                    "bench.v1", 0.9, [span(word)])
              for n, (kind, src, tgt, word) in enumerate(
                  [("ACCUSE", "a1", "a2", "accused"), ("REJECT", "a2", "a1", "rejected")], 1)]
    putin = span("Putin")
    quotes = [Quote("q1", "direct", Speaker(putin.start, putin.end, putin.text, "a3"),
                    span("said"), span("we will respond"))]
    return Record(text_id(text), Source(id=str(i), publisher=f"P{i % 7}"), None,
                  "2022-01-28", "argument", text, actors=actors, quotes=quotes, events=events,
                  pipeline=PipelineInfo("bench", "bench", "bench"))


def bench_ingest(store: Store, count: int) -> tuple[int, float]:
    start = time.perf_counter()
    report = store.ingest((record(i) for i in range(count)), batch_size=100)
    return report.rows, time.perf_counter() - start


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _articles(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {"pk": 1_000_000 + i, "id": f"bench:{i}", "document_date_source": "none",
               "text": f"bench article {i}", "removed": "[]", "ingested_at": "bench"}


def _events(n: int, rng: random.Random) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    for i in range(n):
        date = _date(rng)
        event = {"id": 10_000_000 + i, "article_pk": 1_000_000 + i // EVENTS_PER_ARTICLE,
                 "local_id": f"e{i % EVENTS_PER_ARTICLE + 1}", "type": TYPES[i % len(TYPES)],
                 "date_value": date, "date_basis": "explicit", "date_key": date,
                 "date_sort": date, "modality": "asserted", "trigger_start": 0,
                 "trigger_end": 5, "trigger_text": "bench", "sentence_start": 0,
                 "sentence_end": 5, "sentence_text": "bench", "rule": "bench.v1",
                 "confidence": 0.5, "n_mentions": 1, "is_root": 0,
                 "merged_id": 1_000_000 + i % 10_000}
        parties = [
            {"event_id": event["id"], "role": role, "seq": 0, "local_id": "a1",
             "actor_id": 1_000_000 + actor, "date_sort": date}
            for role, actor in (("source", rng.randrange(ACTORS)),
                                ("target", rng.randrange(ACTORS)))
        ]
        yield event, parties


def _insert_chunks(conn: Any, table: Any, rows: Iterator[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            conn.execute(insert(table), batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)


def bulk_load(store: Store, events: int) -> float:
    """Load ``events`` synthetic events (and their actors and quotes) with Core executemany."""
    rng = random.Random(7)
    start = time.perf_counter()
    with store.engine.begin() as conn:
        actors = ({"id": 1_000_000 + a, "key": f"bench:{a}", "name": f"Bench Actor {a}",
                   "name_norm": f"bench actor {a}", "kind": "country"} for a in range(ACTORS))
        _insert_chunks(conn, s.actors, actors)
        _insert_chunks(conn, s.articles, _articles(events // EVENTS_PER_ARTICLE + 1))
        merged = ({"id": 1_000_000 + m, "key": f"bench:{m}", "type": "ACCUSE",
                   "source_key": "-", "target_key": "-", "source_names": "[]",
                   "target_names": "[]"} for m in range(10_000))
        _insert_chunks(conn, s.merged_events, merged)
        batch_events: list[dict[str, Any]] = []
        batch_parties: list[dict[str, Any]] = []
        for event, parties in _events(events, rng):
            batch_events.append(event)
            batch_parties += parties
            if len(batch_events) >= CHUNK:
                conn.execute(insert(s.events), batch_events)
                conn.execute(insert(s.event_actors), batch_parties)
                batch_events, batch_parties = [], []
        if batch_events:
            conn.execute(insert(s.events), batch_events)
            conn.execute(insert(s.event_actors), batch_parties)
        quotes = ({"article_pk": 1_000_000 + q // 10, "local_id": f"q{q % 10}",
                   "kind": "direct", "speaker_actor_id": 1_000_000 + rng.randrange(ACTORS),
                   "speaker_text": "someone", "content_start": 0, "content_end": 5,
                   "content_text": "bench", "date_sort": _date(rng)}
                  for q in range(events // 10))
        _insert_chunks(conn, s.quotes, quotes)
    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - start


def bench_timeline(store: Store, actor: str, runs: int = 7) -> tuple[int, float]:
    store.timeline(actor)  # warm the page cache
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        count = len(store.timeline(actor))
        times.append(time.perf_counter() - start)
    return count, statistics.median(times)


def compare_ingest(pg_url: str, records: int = 2_000) -> dict[str, float]:
    """Rows/s of ``Store.ingest`` on SQLite and on PostgreSQL for the same records, measured in
    one run, and ``ratio`` = PostgreSQL / SQLite."""
    import uuid

    from sqlalchemy import create_engine

    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder, Store.open(
            f"sqlite:///{Path(folder) / 'bench.db'}") as store:
        rows, seconds = bench_ingest(store, records)
        rates["sqlite"] = rows / seconds
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        separator = "&" if "?" in pg_url else "?"
        with Store.open(f"{pg_url}{separator}options=-csearch_path%3D{schema}") as store:
            rows, seconds = bench_ingest(store, records)
            rates["postgresql"] = rows / seconds
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
    rates["ratio"] = rates["postgresql"] / rates["sqlite"]
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--records", type=int, default=2_000, help="records for the ingest run")
    parser.add_argument("--compare", metavar="PG_URL",
                        help="only compare SQLite and PostgreSQL ingest rows/s")
    args = parser.parse_args()
    if args.compare:
        rates = compare_ingest(args.compare, args.records)
        print(f"ingest rows/s, {args.records} records: SQLite {rates['sqlite']:,.0f}, "
              f"PostgreSQL {rates['postgresql']:,.0f}, ratio {rates['ratio']:.2f} "
              "(goal >= 0.8)")
        return
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        with Store.open(url) as store:
            rows, seconds = bench_ingest(store, args.records)
            print(f"ingest: {args.records} records, {rows} rows in {seconds:.2f} s "
                  f"= {rows / seconds:,.0f} rows/s ({args.records / seconds:,.0f} records/s) "
                  f"[{store.dialect}]")
            load = bulk_load(store, args.events)
            print(f"bulk load: {args.events:,} synthetic events in {load:.1f} s")
            count, median = bench_timeline(store, "Bench Actor 42")
            print(f"timeline: {count} items for one actor over {args.events:,} events: "
                  f"{median * 1000:.1f} ms median (goal <= 200 ms)")


if __name__ == "__main__":
    main()
