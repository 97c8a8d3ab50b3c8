"""Web benchmark: p50/p95 of every page (HTML and JSON twin) on a synthetic store of 100,000
articles (goal: every page under 300 ms).

The store is built from synthetic records (no spaCy), mapped to rows by the store's own
``identity`` and ``record_rows`` functions and written with Core executemany into the
``Store``'s tables: each article has 3-4 actors out of 300 (countries, governments, people),
2 events with dates of mixed precision (day, month, year) over ten years, 1 quote, and one of
25 publishers. Pages are requested in-process through the ASGI app (no network), after one
warm-up request each; the first (cold) request is printed too, since aggregate pages are cached
until the store changes.

Run: ``python bench/web.py [--articles N] [--runs N] [--db FILE]`` (default: a temporary SQLite
file; with ``--db`` an existing bench store is reused).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
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
from dateline.store import Store, identity, record_rows
from dateline.store import schema as s

TYPES = ["ACCUSE", "AGREE", "CONSULT", "THREATEN", "REJECT", "ASSAULT", "AID", "PROTEST",
         "REQUEST", "SANCTION", "COERCE", "SUPPORT"]
COUNTRIES = ["RUS", "UKR", "USA", "CHN", "FRA", "DEU", "GBR", "IRN", "ISR", "TUR", "IND", "PAK",
             "JPN", "KOR", "PRK", "SYR", "IRQ", "EGY", "ETH", "SDN", "SRB", "ARM", "AZE", "GEO",
             "BLR", "POL", "VEN", "COL", "BRA", "MEX", "NGA", "MLI", "SEN", "KEN", "ZAF", "SAU",
             "QAT", "AFG", "PHL", "VNM"]
WORDS = ["talks", "ceasefire", "sanctions", "border", "treaty", "troops", "shelling", "summit",
         "minister", "envoy", "protest", "embassy", "drills", "pipeline", "election",
         "referendum", "convoy", "aid", "refugees", "parliament"]
PUBLISHERS = [f"Publisher {i}" for i in range(25)]


def _date(rng: random.Random) -> str:
    year = rng.randint(2015, 2024)
    kind = rng.random()
    if kind < 0.7:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind < 0.9:
        return f"{year}-{rng.randint(1, 12):02d}"
    return str(year)


def _people(i: int) -> tuple[str, str]:
    code = COUNTRIES[i % len(COUNTRIES)]
    return f"Minister {i} of {code}", code


def record(i: int, rng: random.Random) -> Record:
    """A synthetic article: two countries, a government, a person quoted, two events."""
    a, b = rng.sample(COUNTRIES, 2)
    person, home = _people(rng.randrange(220))
    topic = " ".join(rng.sample(WORDS, 4))
    first = f"{a} accused {b} over {topic} on item {i}."
    second = f"{b} government rejected the claim and {a} proposed talks."
    third = f'{person} said "we will answer {rng.choice(WORDS)} with resolve".'
    text = "\n".join([first, second, third])

    def span(part: str, after: int = 0) -> Span:
        at = text.index(part, after)
        return Span(at, at + len(part), part)

    line2 = text.index(second)
    actors = [Actor("a1", a, "country", a, mentions=[span(a)]),
              Actor("a2", b, "country", b, mentions=[span(b)]),
              Actor("a3", f"{b} government", "organization", b, "GOV",
                    mentions=[span(f"{b} government")]),
              Actor("a4", person, "person", home, "GOV", role="minister",
                    mentions=[span(person)])]
    types = rng.sample(TYPES, 2)
    events = [
        Event("e1", types[0], None, None, ["a1"], ["a2"],
              EventDate(_date(rng), None, "explicit"), "asserted", None, span("accused"),
              span(first), "bench.v1", 0.9, [span("accused")]),
        Event("e2", types[1], None, None, ["a3"], ["a1"],
              EventDate(_date(rng), None, "narrative"),
              rng.choice(["asserted", "hypothetical", "reported"]), None,
              span("rejected", line2), span(second), "bench.v1", 0.8),
    ]
    who = span(person)
    quotes = [Quote("q1", "direct", Speaker(who.start, who.end, who.text, "a4"),
                    span("said", who.end), span("we will answer", who.end), None, "bench.v1")]
    return Record(text_id(text), Source(id=str(i), title=f"{a} and {b}: {topic}",
                                        publisher=PUBLISHERS[i % len(PUBLISHERS)]),
                  None, _date(rng)[:4] + "-06-15", "argument", text, actors=actors,
                  quotes=quotes, events=events, pipeline=PipelineInfo("bench", "bench", "bench"))


def records(count: int) -> Iterator[Record]:
    rng = random.Random(17)
    for i in range(count):
        yield record(i, rng)


class BulkWriter:
    """Writes records with Core executemany, row by row as ``Store.ingest`` maps them (the
    ``schema`` row functions, canonical actors, merge keys), without a savepoint per record."""

    def __init__(self) -> None:
        self.actor_ids: dict[str, int] = {}
        self.merged: dict[str, dict[str, Any]] = {}
        self.members: dict[str, list[tuple[int, int, str | None]]] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.event_id = 0

    def add(self, pk: int, rec: Record) -> None:
        keys = {a.id: identity.canonical(a) for a in rec.actors}
        local = {a.id: self._actor(keys[a.id]) for a in rec.actors}
        self._rows("articles").append({**record_rows.article_row(rec, "bench"), "pk": pk})
        self._rows("article_actors").extend(
            {"article_pk": pk, "local_id": a.id, "actor_id": local[a.id], "name": a.name,
             "name_norm": identity.normalise_name(a.name), "kind": a.kind, "country": a.country,
             "sector": a.sector, "role": a.role, "rule": a.rule} for a in rec.actors)
        self._rows("mentions").extend(
            {"article_pk": pk, "local_id": a.id, "actor_id": local[a.id], "start_char": m.start,
             "end_char": m.end, "text": m.text} for a in rec.actors for m in a.mentions)
        self._rows("quotes").extend(record_rows.quote_rows(pk, rec, local))
        for ev in rec.events:
            self._event(pk, rec, ev, keys, local)

    def _rows(self, table: str) -> list[dict[str, Any]]:
        return self.rows.setdefault(table, [])

    def _actor(self, canon: identity.Canonical) -> int:
        if canon.key not in self.actor_ids:
            self.actor_ids[canon.key] = len(self.actor_ids) + 1
            self._rows("actors").append({
                "id": self.actor_ids[canon.key], "key": canon.key, "name": canon.name,
                "name_norm": identity.normalise_name(canon.name), "kind": canon.kind,
                "country": canon.country, "sector": canon.sector})
        return self.actor_ids[canon.key]

    def _event(self, pk: int, rec: Record, ev: Event, keys: dict[str, identity.Canonical],
               local: dict[str, int]) -> None:
        sources, targets = [keys[i] for i in ev.source], [keys[i] for i in ev.target]
        key, granularity = identity.date_key(ev.date.value)
        merge = identity.merge_key(ev.type, [c.key for c in sources], [c.key for c in targets], key,
                            rec.id)
        if merge not in self.merged:
            self.merged[merge] = {
                "id": len(self.merged) + 1, "key": merge, "type": ev.type,
                "source_key": "+".join(sorted({c.key for c in sources})),
                "target_key": "+".join(sorted({c.key for c in targets})),
                "source_names": json.dumps(sorted({c.name for c in sources})),
                "target_names": json.dumps(sorted({c.name for c in targets})),
                "date_key": key, "granularity": granularity, "date_sort": identity.date_sort(key)}
        self.event_id += 1
        row = record_rows.event_row(pk, rec, ev, local, self.merged[merge]["id"])
        self._rows("events").append({**row, "id": self.event_id})
        self.members.setdefault(merge, []).append((pk, row["n_mentions"], rec.source.publisher))
        self._rows("event_mentions").extend(
            {"event_id": self.event_id, "seq": n, "start_char": m.start, "end_char": m.end,
             "text": m.text} for n, m in enumerate(ev.mentions))
        self._rows("event_actors").extend(
            {"event_id": self.event_id, "role": role, "seq": n, "local_id": i,
             "actor_id": local[i], "date_sort": row["date_sort"]}
            for role, ids in (("source", ev.source), ("target", ev.target))
            for n, i in enumerate(ids))

    def flush(self, conn: Any, final: bool = False) -> None:
        if final:
            for merge, row in self.merged.items():
                found = self.members[merge]
                row |= {"n_mentions": sum(n for _, n, _ in found),
                        "n_articles": len({pk for pk, _, _ in found}),
                        "n_sources": len({p for _, _, p in found if p})}
            self.rows["merged_events"] = list(self.merged.values())
        for table in s.metadata.sorted_tables:
            rows = self.rows.pop(table.name, [])
            if rows and (final or table.name != "merged_events"):
                conn.execute(insert(table), rows)


def build(store: Store, count: int) -> float:
    """Write ``count`` synthetic records in one transaction (foreign keys are checked by the
    final state: merged events are written last)."""
    start = time.perf_counter()
    writer = BulkWriter()
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for pk, rec in enumerate(records(count), 1):
            writer.add(pk, rec)
            if pk % 5_000 == 0:
                writer.flush(conn)
                print(f"  {pk:,} articles, {time.perf_counter() - start:.0f} s", file=sys.stderr)
        writer.flush(conn, final=True)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - start


def pages(client: object) -> dict[str, str]:
    """Pages to time, with ids taken from the store."""
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    first = client.get("/events.json?per_page=1").json()["events"][0]
    top = client.get("/overview.json").json()["top_actors"][0]
    return {
        "overview": "/", "events": "/events", "events p.500": "/events?page=500",
        "events type+since": "/events?type=ASSAULT&since=2020-01&until=2020-12",
        "events actor": f"/events?actor={top['name']}", "events merged": "/events?merged=true",
        "event": f"/events/{first['merged_id']}", "article": f"/articles/{first['article']}",
        "actors": "/actors", "actor": f"/actors/{top['id']}", "timeline": "/timeline",
        "timeline actor": f"/timeline?actor={top['name']}",
        "timeline dyad": f"/timeline?actor={top['name']}&counterpart=UKR",
        "network": "/network", "network 2020": "/network?since=2020&until=2020",
        "quotes": "/quotes", "quotes words": "/quotes?contains=resolve",
        "search": "/search?q=ceasefire+border",
    }


def twin(path: str) -> str:
    base, _, query = path.partition("?")
    return ("/overview" if base == "/" else base) + ".json" + (f"?{query}" if query else "")


def measure(client: object, path: str, runs: int) -> tuple[float, float, float]:
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    start = time.perf_counter()
    response = client.get(path)
    cold = time.perf_counter() - start
    assert response.status_code == 200, (path, response.status_code, response.text[:200])
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(path)
        times.append(time.perf_counter() - start)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return cold * 1000, statistics.median(times) * 1000, p95 * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", help="SQLite file to build (or reuse if it has articles)")
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "web-bench.db")
        with Store.open(path) as store:
            if store.counts()["articles"] == 0:
                seconds = build(store, args.articles)
                print(f"build: {args.articles:,} synthetic articles in {seconds:.0f} s")
            counts = store.counts()
            print(f"store: {counts['articles']:,} articles, {counts['events']:,} events, "
                  f"{counts['quotes']:,} quotes, {counts['actors']:,} actors [{store.dialect}]")
        with Store.open(path, mode="read") as reader, \
                TestClient(create_app(reader, token="")) as client:
            print(f"{'page':<20} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} "
                  f"{'json p50':>9} {'json p95':>9}")
            worst = 0.0
            for name, page in pages(client).items():
                cold, p50, p95 = measure(client, page, args.runs)
                _, j50, j95 = measure(client, twin(page), args.runs)
                worst = max(worst, p95, j95)
                print(f"{name:<20} {cold:8.1f} {p50:8.1f} {p95:8.1f} {j50:9.1f} {j95:9.1f}")
            print(f"slowest p95: {worst:.1f} ms (goal < 300 ms)")


if __name__ == "__main__":
    main()
