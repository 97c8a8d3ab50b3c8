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
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from dateline.errors import DatelineError
from dateline.record import ErrorRecord, Record
from dateline.store import identity, record_rows, schema, threads
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
    batch's outcomes once it is committed."""
    for batch in chunked(pairs, batch_size):
        yield write_batch(engine, batch, reprocess)


def write_batch(engine: Engine, batch: list[Pair], reprocess: bool) -> list[Outcome]:
    """Write a batch in one transaction; if the database refuses it, roll it back and write
    the batch again record by record, each in a savepoint."""
    try:
        try:
            with begin_write(engine) as conn:
                return BulkWriter(conn, reprocess).write(batch).outcomes
        except _REFUSED:
            pass
        with begin_write(engine) as conn:
            writer = BatchWriter(conn, reprocess)
            outcomes = [writer.write(result, old_pk) for result, old_pk in batch]
            writer.finish()
            return outcomes
    except SQLAlchemyError as exc:
        raise StoreError(f"could not write a batch to the store: {exc}") from exc


@dataclass
class Plan:
    """What the batch does: an outcome per input, and the merged events it touched."""

    outcomes: list[Outcome]
    touched: set[int] = field(default_factory=set)


class BulkWriter:
    """Plans a checked batch and sends it through the connection's channel."""

    def __init__(self, conn: Connection, reprocess: bool) -> None:
        self.conn = conn
        self.reprocess = reprocess
        self.channel = channel(conn)
        self.failures: list[dict[str, Any]] = []

    def write(self, batch: list[Pair]) -> Plan:
        plan = Plan([Outcome("unchanged")] * len(batch))
        todo = self._checked(batch, plan)
        existing = self.channel.existing([record.id for _, record, _ in todo])
        fresh: list[tuple[int, Record]] = []
        seen: set[str] = set()
        for index, record, old_pk in todo:
            stored = existing.get(record.id)
            stale = {old_pk} - {None, stored[0] if stored else None}
            for pk in stale:
                plan.touched |= delete_article(self.conn, int(pk or 0))
            keep = stored is not None and (not self.reprocess
                                           or stored[1] == record_rows.maker_of(record.pipeline))
            if keep or record.id in seen:
                plan.outcomes[index] = Outcome("replaced" if stale else "unchanged")
                continue
            if stored is not None:
                plan.touched |= delete_article(self.conn, stored[0])
            seen.add(record.id)
            plan.outcomes[index] = Outcome("replaced" if stored or stale else "added")
            fresh.append((index, record))
        counts = insert_records(self.channel, [record for _, record in fresh], self.failures,
                                plan.touched)
        for (index, _), count in zip(fresh, counts, strict=True):
            plan.outcomes[index] = Outcome(plan.outcomes[index].status, count)
        return plan

    def _checked(self, batch: list[Pair], plan: Plan) -> list[tuple[int, Record, int | None]]:
        """Records that pass ``check_record``; error records and refused records become
        failure rows (their outcomes set in ``plan``)."""
        todo = []
        for index, (result, old_pk) in enumerate(batch):
            if isinstance(result, ErrorRecord):
                plan.outcomes[index] = self._failure(result.source, result.code, result.message)
                continue
            try:
                record_rows.check_record(result)
            except (ValueError, LookupError) as exc:
                message = f"could not store {result.id}: {type(exc).__name__}: {exc}"
                plan.outcomes[index] = self._failure(result.source, StoreError.code, message)
                continue
            todo.append((index, result, old_pk))
        return todo

    def _failure(self, source: Any, code: str, message: str) -> Outcome:
        self.failures.append(failure_row(source, code, message))
        where = source.path or source.id or source.url or "<input>"
        return Outcome("failed", 1, f"{where}: {message}")


def insert_records(link: Channel, records: list[Record], failures: list[dict[str, Any]],
                   touched: set[int]) -> list[int]:
    """Write every row of ``records`` and the ``failures`` rows, then recount the merged
    events of the batch (``touched`` gains those of the records); return each record's row
    count."""
    canonical = [{a.id: identity.canonical(a) for a in r.actors} for r in records]
    merged = {(r.id, ev.id): merged_values(r, ev, known)
              for r, known in zip(records, canonical, strict=True) for ev in r.events}
    ids = link.reserve(_needs(records, canonical, merged)) if records else Reserved(
        [], [], [], {}, {}, None)
    actor_ids = [{local: ids.actors[c.key] for local, c in known.items()} for known in canonical]
    merged_ids = {pair: ids.merged[values["key"]] for pair, values in merged.items()}
    rows = Rows()
    for pk, record, local in zip(ids.articles, records, actor_ids, strict=True):
        rows.add_record(pk, record, local)
    _add_events(rows, records, actor_ids, merged_ids, iter(ids.events), ids.articles)
    touched |= set(merged_ids.values())
    writes = Writes(tables=rows.tables(), failures=failures, recount=touched)
    writes.links = _links(link, ids, list(zip(ids.articles, records, strict=True)))
    link.send(writes)
    return [1 + rows.counts[i] + sum(1 + len(ev.mentions) + len(ev.source) + len(ev.target)
                                     for ev in r.events) for i, r in enumerate(records)]


def _needs(records: list[Record], canonical: list[dict[str, identity.Canonical]],
           merged: dict[tuple[str, str], dict[str, Any]]) -> Needs:
    actors: dict[str, dict[str, Any]] = {}
    for known in canonical:
        for c in known.values():
            actors.setdefault(c.key, {"key": c.key, "name": c.name,
                                      "name_norm": identity.normalise_name(c.name),
                                      "kind": c.kind, "country": c.country,
                                      "sector": c.sector})
    unique = {values["key"]: values for values in merged.values()}
    return Needs(articles=len(records), events=sum(len(r.events) for r in records),
                 threads=sum(len(r.threads) for r in records), actors=list(actors.values()),
                 merged=[unique[key] for key in sorted(unique)])


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
        self.stamp = now()
        self.by_table: dict[str, list[dict[str, Any]]] = {
            "articles": [], "article_actors": [], "mentions": [], "times": [], "quotes": [],
            "events": [], "event_mentions": [], "event_actors": []}
        self.counts: list[int] = []

    def add_record(self, pk: int, record: Record, ids: dict[str, int]) -> None:
        links, spans = actor_rows(pk, record, ids)
        times = record_rows.time_rows(pk, record)
        quotes = record_rows.quote_rows(pk, record, ids)
        self.by_table["articles"].append(record_rows.article_row(record, self.stamp) | {"pk": pk})
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
            row = record_rows.event_row(pk, record, ev, ids, merged[(record.id, ev.id)])
            rows.by_table["events"].append({"id": event_id, **row})
            rows.by_table["event_mentions"] += [
                {"event_id": event_id, "seq": i, "start_char": m.start, "end_char": m.end,
                 "text": m.text} for i, m in enumerate(ev.mentions)]
            rows.by_table["event_actors"] += [
                {"event_id": event_id, "role": role, "seq": i, "local_id": local,
                 "actor_id": ids[local], "date_sort": row["date_sort"]}
                for role, locals_ in (("source", ev.source), ("target", ev.target))
                for i, local in enumerate(locals_)]
