"""Writing a whole batch in a dozen statements, whatever its size (issue 14: PostgreSQL ingest).

Each table's rows for every record of the batch go in one statement: on PostgreSQL a ``COPY``
(article and event ids drawn from their sequences first), on SQLite an executemany
(``INSERT ... RETURNING`` through SQLAlchemy's insertmanyvalues where ids are needed). Round
trips per batch are constant and PostgreSQL keeps pace with SQLite.

Idempotence and crash safety are those of the record-by-record path: one transaction per
batch, articles known by content hash, an article already stored left alone (or replaced on
reprocess). Records are checked before any SQL; if the database still refuses the batch, the
batch is rolled back to a savepoint and written record by record (``BatchWriter``), so one bad
record becomes a failure row and the others are stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from dateline.errors import DatelineError
from dateline.record import ErrorRecord, Record
from dateline.store import schema
from dateline.store.connect import StoreError
from dateline.store.migrations import begin_write
from dateline.store.read import chunked, chunks
from dateline.store.threads import link_records
from dateline.store.writer import (
    BatchWriter,
    Outcome,
    Result,
    canonical_ids,
    delete_article,
    ids_by_key,
    insert_failure,
    insert_ignore,
    merged_values,
    now,
    recount_merged,
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
    try:
        with begin_write(engine) as conn:
            outcomes, touched = _bulk_or_one_by_one(conn, batch, reprocess)
            recount_merged(conn, touched)
    except SQLAlchemyError as exc:
        raise StoreError(f"could not write a batch to the store: {exc}") from exc
    return outcomes


def _bulk_or_one_by_one(conn: Connection, batch: list[Pair],
                        reprocess: bool) -> tuple[list[Outcome], set[int]]:
    savepoint = conn.begin_nested()
    try:
        plan = BulkWriter(conn, reprocess).write(batch)
    except _REFUSED:
        savepoint.rollback()
        writer = BatchWriter(conn, reprocess)
        return [writer.write(result, old_pk) for result, old_pk in batch], writer.touched
    savepoint.commit()
    return plan.outcomes, plan.touched


@dataclass
class Plan:
    """What the batch does: an outcome per input, and the merged events it touched."""

    outcomes: list[Outcome]
    touched: set[int] = field(default_factory=set)


class BulkWriter:
    """Writes a checked batch with one statement per table."""

    def __init__(self, conn: Connection, reprocess: bool) -> None:
        self.conn = conn
        self.reprocess = reprocess

    def write(self, batch: list[Pair]) -> Plan:
        plan = Plan([Outcome("unchanged")] * len(batch))
        todo = self._checked(batch, plan)
        existing = self._existing([record.id for _, record, _ in todo])
        fresh: list[tuple[int, Record]] = []
        seen: set[str] = set()
        for index, record, old_pk in todo:
            stored = existing.get(record.id)
            stale = {old_pk} - {None, stored[0] if stored else None}
            for pk in stale:
                plan.touched |= delete_article(self.conn, int(pk or 0))
            rules = record.pipeline.rules if record.pipeline else None
            keep = stored is not None and (not self.reprocess or stored[1] == rules)
            if keep or record.id in seen:
                plan.outcomes[index] = Outcome("replaced" if stale else "unchanged")
                continue
            if stored is not None:
                plan.touched |= delete_article(self.conn, stored[0])
            seen.add(record.id)
            plan.outcomes[index] = Outcome("replaced" if stored or stale else "added")
            fresh.append((index, record))
        counts, merged = insert_records(self.conn, [record for _, record in fresh])
        plan.touched |= merged
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
                schema.check_record(result)
            except (ValueError, LookupError) as exc:
                message = f"could not store {result.id}: {type(exc).__name__}: {exc}"
                plan.outcomes[index] = self._failure(result.source, StoreError.code, message)
                continue
            todo.append((index, result, old_pk))
        return todo

    def _failure(self, source: Any, code: str, message: str) -> Outcome:
        insert_failure(self.conn, source, code, message)
        where = source.path or source.id or source.url or "<input>"
        return Outcome("failed", 1, f"{where}: {message}")

    def _existing(self, ids: list[str]) -> dict[str, tuple[int, str | None]]:
        table = schema.articles
        found: dict[str, tuple[int, str | None]] = {}
        for chunk in chunks(sorted(set(ids))):
            stmt = select(table.c.id, table.c.pk, table.c.pipeline_rules).where(
                table.c.id.in_(chunk))
            found.update({row.id: (row.pk, row.pipeline_rules)
                          for row in self.conn.execute(stmt)})
        return found


def insert_records(conn: Connection, records: list[Record]) -> tuple[list[int], set[int]]:
    """Insert every row of ``records``; return each record's row count and the merged events
    touched."""
    if not records:
        return [], set()
    stamp = now()
    pks = insert_returning_ids(conn, schema.articles, "pk",
                               [schema.article_row(r, stamp) for r in records])
    actor_ids = _actor_ids(conn, records)
    rows = Rows()
    for pk, record, ids in zip(pks, records, actor_ids, strict=True):
        rows.add_record(pk, record, ids)
    merged = _merged_ids(conn, records)
    events = [schema.event_row(pk, r, ev, ids, merged[(r.id, ev.id)])
              for pk, r, ids in zip(pks, records, actor_ids, strict=True) for ev in r.events]
    rows.insert(conn)
    _insert_events(conn, records, actor_ids, events)
    link_records(conn, list(zip(pks, records, strict=True)))
    counts = [1 + rows.counts[i] + sum(1 + len(ev.mentions) + len(ev.source) + len(ev.target)
                                       for ev in r.events) for i, r in enumerate(records)]
    return counts, set(merged.values())


class Rows:
    """The actor, mention, time and quote rows of a batch, sent one table at a time."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = {
            "article_actors": [], "mentions": [], "times": [], "quotes": []}
        self.counts: list[int] = []

    def add_record(self, pk: int, record: Record, ids: dict[str, int]) -> None:
        from dateline.store.writer import actor_rows

        links, spans = actor_rows(pk, record, ids)
        times = schema.time_rows(pk, record)
        quotes = schema.quote_rows(pk, record, ids)
        for name, values in (("article_actors", links), ("mentions", spans), ("times", times),
                             ("quotes", quotes)):
            self.tables[name] += values
        self.counts.append(len(links) + len(spans) + len(times) + len(quotes))

    def insert(self, conn: Connection) -> None:
        for name, values in self.tables.items():
            insert_rows(conn, schema.metadata.tables[name], values)


def _actor_ids(conn: Connection, records: list[Record]) -> list[dict[str, int]]:
    """Each record's local actor id -> canonical actor id (canonical actors created)."""
    keyed = [{a.id: schema.canonical(a) for a in r.actors} for r in records]
    ids = canonical_ids(conn, [c for keys in keyed for c in keys.values()])
    return [{local: ids[c.key] for local, c in keys.items()} for keys in keyed]


def _merged_ids(conn: Connection, records: list[Record]) -> dict[tuple[str, str], int]:
    """(record id, event id) -> merged event id, merged events created when new."""
    values = {(r.id, ev.id): merged_values(r, ev) for r in records for ev in r.events}
    if not values:
        return {}
    unique = {v["key"]: v for v in values.values()}
    keys = sorted(unique)
    insert_ignore(conn, schema.merged_events, [unique[k] for k in keys])
    ids = ids_by_key(conn, schema.merged_events, keys)
    return {pair: ids[v["key"]] for pair, v in values.items()}


def _insert_events(conn: Connection, records: list[Record], actor_ids: list[dict[str, int]],
                   rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    event_ids = iter(insert_returning_ids(conn, schema.events, "id", rows))
    row_iter = iter(rows)
    spans: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for record, ids in zip(records, actor_ids, strict=True):
        for ev in record.events:
            event_id, row = next(event_ids), next(row_iter)
            spans += [{"event_id": event_id, "seq": i, "start_char": m.start,
                       "end_char": m.end, "text": m.text} for i, m in enumerate(ev.mentions)]
            links += [{"event_id": event_id, "role": role, "seq": i, "local_id": local,
                       "actor_id": ids[local], "date_sort": row["date_sort"]}
                      for role, locals_ in (("source", ev.source), ("target", ev.target))
                      for i, local in enumerate(locals_)]
    for table, values in ((schema.event_mentions, spans), (schema.event_actors, links)):
        insert_rows(conn, table, values)


# -- one statement per table: COPY on PostgreSQL, executemany on SQLite ---------------------------


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
    finally:
        cursor.close()


def insert_returning_ids(conn: Connection, table: Table, key: str,
                         rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows and return their new ids, in order: ids drawn from the sequence then COPY
    on PostgreSQL, ``INSERT ... RETURNING`` on SQLite."""
    if conn.dialect.name != "postgresql":
        stmt = insert(table).returning(table.c[key], sort_by_parameter_order=True)
        return [int(row[0]) for row in conn.execute(stmt, rows)]
    sequence = text("SELECT nextval(pg_get_serial_sequence(:table, :key)) "
                    "FROM generate_series(1, :n)")
    ids = [int(i) for i in conn.scalars(sequence, {"table": table.name, "key": key,
                                                     "n": len(rows)})]
    insert_rows(conn, table, [{key: i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids
