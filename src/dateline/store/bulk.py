"""Writing a whole batch in a few round trips, whatever its size (issue 14: PostgreSQL ingest).

The batch is planned in Python and sent through a channel (``send.py``) in four steps: which
articles are stored already, the ids the new rows need (article, event and thread ids drawn
first; canonical actors and merged events created or found, all in one statement each), the
stored steps of the threads it continues, then every row, one statement per table. On
PostgreSQL each step is one psycopg pipeline, so a batch costs about five round trips
whatever its size; SQLite runs the same statements one by one.

Idempotence and crash safety are those of the record-by-record path: one transaction per
batch, articles known by content hash, an article already stored left alone (or replaced on
reprocess). Records are checked before any SQL; if the database still refuses the batch, its
transaction is rolled back and the batch is written again record by record (``BatchWriter``),
so one bad record becomes a failure row and the others are stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from dateline.errors import DatelineError
from dateline.record import ErrorRecord, Record
from dateline.store import schema, threads
from dateline.store.connect import StoreError
from dateline.store.migrations import begin_write
from dateline.store.read import chunked
from dateline.store.send import Channel, Needs, Reserved, Writes, channel
from dateline.store.writer import (
    BatchWriter,
    Outcome,
    Result,
    actor_rows,
    delete_article,
    failure_row,
    merged_values,
    now,
)

Pair = tuple[Result, int | None]
_REFUSED = (SQLAlchemyError, DatelineError, LookupError, ValueError, TypeError)


def write_pairs(engine: Engine, pairs: Iterable[Pair], reprocess: bool,
                batch_size: int) -> Iterator[list[Outcome]]:
    """Write (result, stored pk to replace) pairs, one transaction per batch; yield each
    batch's outcomes once it is committed.

    On PostgreSQL the database part of batch N runs in a writer thread while this thread reads
    and prepares batch N+1 (``prepare``: checks, canonical actors, merged events, article rows;
    nothing that reads the database): the server works on one batch while the client builds
    the next. The transactions stay one per batch, one after the other, in input order."""
    batches = (prepare(batch) for batch in chunked(pairs, batch_size))
    if engine.dialect.name != "postgresql":
        for ready in batches:
            yield write_batch(engine, ready, reprocess)
        return
    yield from _overlapped(engine, batches, reprocess)


def _overlapped(engine: Engine, batches: Iterator[Prepared],
                reprocess: bool) -> Iterator[list[Outcome]]:
    """``write_batch`` of each batch in one writer thread, the next batch prepared meanwhile.
    A batch in flight is always finished (committed or rolled back) before this returns or
    raises (the executor waits for it), and its outcomes are yielded before an error raised
    by the input."""
    with ThreadPoolExecutor(1, thread_name_prefix="dateline-store") as writer:
        pending: Future[list[Outcome]] | None = None
        while True:
            try:
                ready = next(batches, None)
            except Exception:
                if pending is not None:
                    yield pending.result()
                raise
            if pending is not None:
                yield pending.result()
                pending = None
            if ready is None:
                return
            pending = writer.submit(write_batch, engine, ready, reprocess)


def write_batch(engine: Engine, batch: Prepared | list[Pair], reprocess: bool) -> list[Outcome]:
    """Write a batch in one transaction; if the database refuses it, roll it back and write
    the batch again record by record, each in a savepoint."""
    ready = batch if isinstance(batch, Prepared) else prepare(batch)
    try:
        try:
            with begin_write(engine) as conn:
                return BulkWriter(conn, reprocess).write(ready).outcomes
        except _REFUSED:
            pass
        with begin_write(engine) as conn:
            writer = BatchWriter(conn, reprocess)
            outcomes = [writer.write(result, old_pk) for result, old_pk in ready.pairs]
            writer.finish()
            return outcomes
    except SQLAlchemyError as exc:
        raise StoreError(f"could not write a batch to the store: {exc}") from exc


@dataclass
class Ready:
    """A checked record and what its rows are built from, none of it read from the
    database."""

    index: int
    record: Record
    old_pk: int | None
    canonical: dict[str, schema.Canonical]  # by the record's local actor id
    merged: dict[str, dict[str, Any]]  # ``merged_events`` values, by event id
    actors: list[dict[str, Any]]  # ``actors`` rows the record needs
    article: dict[str, Any]  # its ``articles`` row, without ``pk``


@dataclass
class Prepared:
    """A batch as far as it can be built without the database: the records that passed
    ``check_record``, and a failure row and outcome for each input that did not."""

    pairs: list[Pair]
    outcomes: list[Outcome]
    failures: list[dict[str, Any]]
    todo: list[Ready]


def prepare(batch: list[Pair]) -> Prepared:
    """Check a batch and build what needs no database (runs while the previous batch is
    written, on PostgreSQL)."""
    ready = Prepared(batch, [Outcome("unchanged")] * len(batch), [], [])
    stamp = now()
    for index, (result, old_pk) in enumerate(batch):
        if isinstance(result, ErrorRecord):
            ready.outcomes[index] = _failure(ready, result.source, result.code, result.message)
            continue
        try:
            schema.check_record(result)
        except (ValueError, LookupError) as exc:
            message = f"could not store {result.id}: {type(exc).__name__}: {exc}"
            ready.outcomes[index] = _failure(ready, result.source, StoreError.code, message)
            continue
        ready.todo.append(_ready(index, result, old_pk, stamp))
    return ready


def _ready(index: int, record: Record, old_pk: int | None, stamp: str) -> Ready:
    canonical = {a.id: schema.canonical(a) for a in record.actors}
    actors: dict[str, dict[str, Any]] = {}
    for c in canonical.values():
        if c.key not in actors:
            actors[c.key] = {"key": c.key, "name": c.name,
                             "name_norm": schema.normalise_name(c.name), "kind": c.kind,
                             "country": c.country, "sector": c.sector}
    merged = {ev.id: merged_values(record, ev, canonical) for ev in record.events}
    return Ready(index, record, old_pk, canonical, merged, list(actors.values()),
                 schema.article_row(record, stamp))


def _failure(ready: Prepared, source: Any, code: str, message: str) -> Outcome:
    ready.failures.append(failure_row(source, code, message))
    where = source.path or source.id or source.url or "<input>"
    return Outcome("failed", 1, f"{where}: {message}")


@dataclass
class Plan:
    """What the batch does: an outcome per input, and the merged events it touched."""

    outcomes: list[Outcome]
    touched: set[int] = field(default_factory=set)


class BulkWriter:
    """Writes a prepared batch through the connection's channel."""

    def __init__(self, conn: Connection, reprocess: bool) -> None:
        self.conn = conn
        self.reprocess = reprocess
        self.channel = channel(conn)

    def write(self, batch: Prepared | list[Pair]) -> Plan:
        ready = batch if isinstance(batch, Prepared) else prepare(batch)
        plan = Plan(list(ready.outcomes))
        existing = self.channel.existing([r.record.id for r in ready.todo])
        fresh: list[Ready] = []
        seen: set[str] = set()
        for item in ready.todo:
            record = item.record
            stored = existing.get(record.id)
            stale = {item.old_pk} - {None, stored[0] if stored else None}
            for pk in stale:
                plan.touched |= delete_article(self.conn, int(pk or 0))
            rules = record.pipeline.rules if record.pipeline else None
            keep = stored is not None and (not self.reprocess or stored[1] == rules)
            if keep or record.id in seen:
                plan.outcomes[item.index] = Outcome("replaced" if stale else "unchanged")
                continue
            if stored is not None:
                plan.touched |= delete_article(self.conn, stored[0])
            seen.add(record.id)
            plan.outcomes[item.index] = Outcome("replaced" if stored or stale else "added")
            fresh.append(item)
        counts = insert_records(self.channel, fresh, list(ready.failures), plan.touched)
        for item, count in zip(fresh, counts, strict=True):
            plan.outcomes[item.index] = Outcome(plan.outcomes[item.index].status, count)
        return plan


def insert_records(link: Channel, ready: list[Ready], failures: list[dict[str, Any]],
                   touched: set[int]) -> list[int]:
    """Write every row of the ``ready`` records and the ``failures`` rows, then recount the
    merged events of the batch (``touched`` gains those of the records); return each
    record's row count."""
    records = [item.record for item in ready]
    ids = link.reserve(_needs(ready)) if records else Reserved([], [], [], {}, {}, None)
    actor_ids = [{local: ids.actors[c.key] for local, c in item.canonical.items()}
                 for item in ready]
    merged_ids = {(item.record.id, ev_id): ids.merged[values["key"]]
                  for item in ready for ev_id, values in item.merged.items()}
    rows = Rows()
    for pk, item, local in zip(ids.articles, ready, actor_ids, strict=True):
        rows.add_record(pk, item, local)
    _add_events(rows, records, actor_ids, merged_ids, iter(ids.events), ids.articles)
    touched |= set(merged_ids.values())
    writes = Writes(tables=rows.tables(), failures=failures, recount=touched)
    writes.links = _links(link, ids, list(zip(ids.articles, records, strict=True)))
    link.send(writes)
    return [1 + rows.counts[i] + sum(1 + len(ev.mentions) + len(ev.source) + len(ev.target)
                                     for ev in r.events) for i, r in enumerate(records)]


def _needs(ready: list[Ready]) -> Needs:
    actors: dict[str, dict[str, Any]] = {}
    for item in ready:
        for row in item.actors:
            actors.setdefault(row["key"], row)
    unique = {values["key"]: values for item in ready for values in item.merged.values()}
    return Needs(articles=len(ready), events=sum(len(i.record.events) for i in ready),
                 threads=sum(len(i.record.threads) for i in ready),
                 actors=list(actors.values()), merged=[unique[key] for key in sorted(unique)])


def _links(link: Channel, ids: Reserved, stored: list[tuple[int, Record]]
           ) -> threads.Links | None:
    """The thread rows of the batch (None when the store has no threads table or the records
    no threads)."""
    todo = threads.to_link(stored)
    if not todo or ids.heads is None:
        return None
    found = threads.assign(ids.heads, todo, iter(ids.thread_pks))
    return threads.plan_links(found, link.thread_steps(sorted(found.continued)))


class Rows:
    """The rows of a batch, table by table in the order they are inserted."""

    def __init__(self) -> None:
        self.by_table: dict[str, list[dict[str, Any]]] = {
            "articles": [], "article_actors": [], "mentions": [], "times": [], "quotes": [],
            "events": [], "event_mentions": [], "event_actors": []}
        self.counts: list[int] = []

    def add_record(self, pk: int, item: Ready, ids: dict[str, int]) -> None:
        record = item.record
        links, spans = actor_rows(pk, record, ids)
        times = schema.time_rows(pk, record)
        quotes = schema.quote_rows(pk, record, ids)
        self.by_table["articles"].append(item.article | {"pk": pk})
        for name, values in (("article_actors", links), ("mentions", spans), ("times", times),
                             ("quotes", quotes)):
            self.by_table[name] += values
        self.counts.append(len(links) + len(spans) + len(times) + len(quotes))

    def tables(self) -> list[tuple[Any, list[dict[str, Any]]]]:
        return [(schema.metadata.tables[name], values) for name, values in self.by_table.items()]


def _add_events(rows: Rows, records: list[Record], actor_ids: list[dict[str, int]],
                merged: dict[tuple[str, str], int], event_ids: Iterator[int],
                pks: list[int]) -> None:
    for pk, record, ids in zip(pks, records, actor_ids, strict=True):
        for ev in record.events:
            event_id = next(event_ids)
            row = schema.event_row(pk, record, ev, ids, merged[(record.id, ev.id)])
            rows.by_table["events"].append({"id": event_id, **row})
            rows.by_table["event_mentions"] += [
                {"event_id": event_id, "seq": i, "start_char": m.start, "end_char": m.end,
                 "text": m.text} for i, m in enumerate(ev.mentions)]
            rows.by_table["event_actors"] += [
                {"event_id": event_id, "role": role, "seq": i, "local_id": local,
                 "actor_id": ids[local], "date_sort": row["date_sort"]}
                for role, locals_ in (("source", ev.source), ("target", ev.target))
                for i, local in enumerate(locals_)]
