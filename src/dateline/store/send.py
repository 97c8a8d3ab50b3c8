"""How a batch's statements reach the database (issue 14: PostgreSQL ingest at SQLite's pace).

``bulk.py`` decides what a batch writes; a channel sends it, in four steps: which articles are
already stored (``existing``), the ids the new rows need (``reserve``), the stored steps of the
threads the batch continues (``thread_steps``), and every row (``send``).

- ``Direct`` runs each statement through SQLAlchemy as it comes (SQLite: a round trip costs
  nothing in process).
- ``Pipelined`` (PostgreSQL) sends each step's statements in one psycopg pipeline and waits for
  the server once: a batch costs about five round trips whatever its size, where a statement
  per table (COPY waits twice) and per thread cost about sixty. Rows go as one
  ``INSERT ... SELECT FROM json_populate_recordset(...)`` per table, all its rows in one
  JSON parameter.

Both write the same rows, in the same transaction, with ids drawn the same way
(``ids.reserve_ids``); a statement the database refuses raises ``Refused`` and the batch's
transaction is rolled back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import ClauseElement, Connection, Table, insert, select

from dateline.store import identity, schema, threads
from dateline.store.connect import StoreError
from dateline.store.ids import reserve_ids
from dateline.store.read import chunks
from dateline.store.record_rows import Maker
from dateline.store.writer import canonical_ids, ids_by_key, insert_ignore, recount_statements

Row = dict[str, Any]
#: Each stored id: its article's pk and what made its record (``record_rows.Maker``).
Stored = dict[str, tuple[int, Maker]]


class Refused(StoreError):
    """The database refused a statement of the batch (the batch is rolled back)."""


@dataclass
class Needs:
    """What a batch's new rows need before they can be built."""

    articles: int = 0
    events: int = 0
    threads: int = 0  # in-article threads: each may start a stored thread
    actors: list[Row] = field(default_factory=list)  # new ``actors`` rows, first seen first
    merged: list[Row] = field(default_factory=list)  # ``merged_events`` rows, by key


@dataclass
class Reserved:
    """The ids ``Needs`` asked for, and the stored threads (read under the link lock)."""

    articles: list[int]
    events: list[int]
    thread_pks: list[int]
    actors: dict[str, int]
    merged: dict[str, int]
    heads: list[threads.Head] | None


@dataclass
class Writes:
    """Every row a batch writes, table by table in insert order, and what to recount."""

    tables: list[tuple[Table, list[Row]]] = field(default_factory=list)
    links: threads.Links | None = None
    failures: list[Row] = field(default_factory=list)
    recount: set[int] = field(default_factory=set)


class Channel(Protocol):
    has_threads: bool

    def existing(self, ids: list[str]) -> Stored: ...

    def reserve(self, needs: Needs) -> Reserved: ...

    def thread_steps(self, pks: list[int]) -> dict[int, list[Row]]: ...

    def send(self, writes: Writes) -> None: ...


def channel(conn: Connection) -> Channel:
    return Pipelined(conn) if conn.dialect.name == "postgresql" else Direct(conn)


# -- SQLAlchemy, a statement at a time -----------------------------------------------------------


class Direct:
    """Each statement through SQLAlchemy (SQLite, or any database)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.has_threads = False

    def existing(self, ids: list[str]) -> Stored:
        self.has_threads = threads._has_threads(self.conn)
        table = schema.articles
        found: Stored = {}
        for chunk in chunks(sorted(set(ids))):
            stmt = select(table.c.id, table.c.pk, table.c.pipeline_rules,
                          table.c.pipeline_min_confidence).where(table.c.id.in_(chunk))
            found.update({row.id: (row.pk, (row.pipeline_rules, row.pipeline_min_confidence))
                          for row in self.conn.execute(stmt)})
        return found

    def reserve(self, needs: Needs) -> Reserved:
        conn = self.conn
        heads = None
        if needs.threads and self.has_threads:
            heads = threads._heads(conn)
        wanted = [identity.Canonical(r["key"], r["name"], r["kind"], r["country"], r["sector"])
                  for r in needs.actors]
        merged: dict[str, int] = {}
        if needs.merged:
            insert_ignore(conn, schema.merged_events, needs.merged)
            merged = ids_by_key(conn, schema.merged_events, [r["key"] for r in needs.merged])
        return Reserved(
            reserve_ids(conn, schema.articles, "pk", needs.articles),
            reserve_ids(conn, schema.events, "id", needs.events),
            reserve_ids(conn, schema.threads, "pk", needs.threads if heads is not None else 0),
            canonical_ids(conn, wanted) if wanted else {}, merged, heads)

    def thread_steps(self, pks: list[int]) -> dict[int, list[Row]]:
        return threads.stored_steps(self.conn, pks)

    def send(self, writes: Writes) -> None:
        for table, rows in writes.tables:
            if rows:
                self.conn.execute(insert(table), rows)
        if writes.links is not None:
            threads.write_links(self.conn, writes.links)
        if writes.failures:
            insert_ignore(self.conn, schema.failures, writes.failures)
        for stmt in recount_statements(writes.recount):
            self.conn.execute(stmt)


# -- PostgreSQL: one pipeline, one wait, per step ------------------------------------------------


class Pipelined:
    """Each step's statements in one psycopg pipeline, inside SQLAlchemy's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.raw: Any = conn.connection.driver_connection
        self.has_threads = False

    @contextmanager
    def _pipeline(self) -> Iterator[Any]:
        """A pipeline; the server's refusal of any statement becomes ``Refused``."""
        import psycopg

        try:
            with self.raw.pipeline():
                yield self.raw
        except psycopg.Error as exc:
            raise Refused(f"the database refused the batch: {exc}") from exc

    def _queue(self, raw: Any, sql: str, params: Sequence[Any] | Row | None = None) -> Any:
        cursor = raw.cursor()
        cursor.execute(sql, params)
        return cursor

    def existing(self, ids: list[str]) -> Stored:
        with self._pipeline() as raw:
            found = self._queue(raw, "SELECT id, pk, pipeline_rules, pipeline_min_confidence "
                                     "FROM articles WHERE id = ANY(%s)", [sorted(set(ids))])
            steps = self._queue(raw, "SELECT to_regclass('thread_steps') IS NOT NULL")
        self.has_threads = bool(steps.fetchone()[0])
        return {id_: (int(pk), (rules, threshold))
                for id_, pk, rules, threshold in found.fetchall()}

    def reserve(self, needs: Needs) -> Reserved:
        link = bool(needs.threads and self.has_threads)
        with self._pipeline() as raw:
            pks = self._ids(raw, "articles", "pk", needs.articles)
            events = self._ids(raw, "events", "id", needs.events)
            pending = self._ids(raw, "threads", "pk", needs.threads if link else 0)
            actors = self._upsert(raw, schema.actors, needs.actors)
            merged = self._upsert(raw, schema.merged_events, needs.merged)
            heads = None
            if link:
                self._queue(raw, "SELECT pg_advisory_xact_lock(%s)", [threads.LINK_LOCK])
                heads = self._queue(raw, threads.HEADS_SQL)
        return Reserved(
            _fetch_ids(pks), _fetch_ids(events), _fetch_ids(pending),
            self._keyed(actors, schema.actors, needs.actors),
            self._keyed(merged, schema.merged_events, needs.merged),
            threads.heads_of(heads.fetchall()) if heads is not None else None)

    def _ids(self, raw: Any, table: str, key: str, count: int) -> Any:
        if count <= 0:
            return None
        return self._queue(raw, "SELECT nextval(pg_get_serial_sequence(%s, %s)) "
                                "FROM generate_series(1, %s)", [table, key, count])

    def _upsert(self, raw: Any, table: Table, rows: list[Row]) -> Any:
        """Insert the rows whose key is new (in the order given) and read every row's id, in
        one statement."""
        if not rows:
            return None
        names = _names(list(rows[0]))
        sql = (f"WITH v AS (SELECT * FROM {_recordset(table)} WITH ORDINALITY AS v), "
               f"ins AS (INSERT INTO {table.name} ({names}) SELECT {names} FROM v "
               f"ORDER BY ordinality "
               f"ON CONFLICT (key) DO NOTHING RETURNING key, id) "
               f"SELECT key, id FROM ins UNION ALL "
               f"SELECT t.key, t.id FROM {table.name} t JOIN v ON t.key = v.key")
        return self._queue(raw, sql, [_json(rows)])

    def _keyed(self, cursor: Any, table: Table, rows: list[Row]) -> dict[str, int]:
        if cursor is None:
            return {}
        found = {key: int(id_) for key, id_ in cursor.fetchall()}
        missing = sorted({r["key"] for r in rows} - set(found))
        if missing:  # inserted by a writer that committed after our statement began
            found.update(ids_by_key(self.conn, table, missing))
        return found

    def thread_steps(self, pks: list[int]) -> dict[int, list[Row]]:
        return threads.stored_steps(self.conn, pks) if pks else {}

    def send(self, writes: Writes) -> None:
        with self._pipeline() as raw:
            for table, rows in writes.tables:
                self._insert(raw, table, rows)
            if writes.links is not None:
                self._insert(raw, schema.threads, writes.links.started)
                self._insert(raw, schema.thread_steps, writes.links.steps)
                self._update(raw, schema.threads, writes.links.updates)
            self._insert(raw, schema.failures, _unique(writes.failures), " ON CONFLICT (key) "
                         "DO NOTHING")
            for stmt in recount_statements(writes.recount):
                self._compiled(raw, stmt)

    def _insert(self, raw: Any, table: Table, rows: list[Row], tail: str = "") -> None:
        if not rows:
            return
        names = _names(list(rows[0]))
        self._queue(raw, f"INSERT INTO {table.name} ({names}) SELECT {names} "
                         f"FROM {_recordset(table)} AS v{tail}", [_json(rows)])

    def _update(self, raw: Any, table: Table, rows: list[Row]) -> None:
        """Set columns of rows known by ``pk``, all rows in one statement."""
        if not rows:
            return
        sets = ", ".join(f'"{c}" = v."{c}"' for c in rows[0] if c != "pk")
        self._queue(raw, f"UPDATE {table.name} AS t SET {sets} FROM {_recordset(table)} AS v "
                         f"WHERE t.pk = v.pk", [_json(rows)])

    def _compiled(self, raw: Any, stmt: ClauseElement) -> None:
        compiled = stmt.compile(dialect=self.conn.dialect,
                                compile_kwargs={"render_postcompile": True})
        self._queue(raw, str(compiled), compiled.params)


def _fetch_ids(cursor: Any) -> list[int]:
    return sorted(int(row[0]) for row in cursor.fetchall()) if cursor is not None else []


def _unique(rows: list[Row]) -> list[Row]:
    """One row per key (two inputs can fail alike in one batch)."""
    return list({row["key"]: row for row in rows}.values())


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _recordset(table: Table) -> str:
    """The rows of a JSON array parameter as rows of ``table``: the server parses the JSON
    (in C) and each value with its column's input function, so a value too long for its
    column is refused, not cut."""
    return f"json_populate_recordset(NULL::{table.name}, %s::json)"


def _json(rows: list[Row]) -> str:
    """The rows as one JSON array (``json.dumps`` is C; psycopg's array adapters are Python,
    and cost more than the database's work)."""
    return json.dumps(rows, ensure_ascii=False, allow_nan=False)


__all__ = ["Channel", "Direct", "Needs", "Pipelined", "Refused", "Reserved", "Writes",
           "channel"]
