"""Writing records one by one, each in a savepoint, and the row helpers ``bulk.py`` shares.

``bulk.py`` writes whole batches; it falls back to ``BatchWriter`` here, record by record, when
the database refuses a batch, so that one bad record never sinks the others.

Writing is idempotent: an article is known by its content hash (``Record.id``), and storing it
again changes nothing unless ``reprocess`` is set and the stored copy came from other rules. A
malformed record becomes a row in ``failures`` and never aborts its batch.

Round trips are few and do not grow with the size of a record: the rows of each table are sent
as one executemany (psycopg 3 pipelines them; ``INSERT ... RETURNING`` for events goes through
SQLAlchemy's insertmanyvalues), so PostgreSQL ingest stays close to SQLite's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    delete,
    distinct,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.dml import Delete, Update

from dateline.errors import DatelineError
from dateline.record import ErrorRecord, Event, Record, Source
from dateline.store import identity, record_rows, schema
from dateline.store.connect import StoreError
from dateline.store.read import chunks
from dateline.store.threads import forget_article, link_records

Result = Record | ErrorRecord


@dataclass
class Outcome:
    """What happened to one result: added, replaced, unchanged or failed."""

    status: str
    rows: int = 0
    message: str | None = None


@dataclass
class IngestReport:
    """What one ingest did, article by article."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    rows: int = 0
    messages: list[str] = field(default_factory=list)

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.rows += outcome.rows
        if outcome.message:
            self.messages.append(outcome.message)

    @property
    def seen(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed


class BatchWriter:
    """Writes the results of one batch inside the caller's transaction, a savepoint each."""

    def __init__(self, conn: Connection, reprocess: bool) -> None:
        self.conn = conn
        self.reprocess = reprocess
        self.touched: set[int] = set()

    def write(self, result: Result, old_pk: int | None = None) -> Outcome:
        if isinstance(result, ErrorRecord):
            return self._failure(result.source, result.code, result.message)
        savepoint = self.conn.begin_nested()
        try:
            outcome = self._record(result, old_pk)
        except (SQLAlchemyError, DatelineError, LookupError, ValueError, TypeError) as exc:
            savepoint.rollback()
            message = f"could not store {result.id}: {type(exc).__name__}: {exc}"
            return self._failure(result.source, StoreError.code, message)
        savepoint.commit()
        return outcome

    def finish(self) -> None:
        """Recount the merged events this batch touched."""
        recount_merged(self.conn, self.touched)

    def _record(self, record: Record, old_pk: int | None) -> Outcome:
        record_rows.check_record(record)
        table = schema.articles
        stmt = select(table.c.pk, table.c.pipeline_rules,
                      table.c.pipeline_min_confidence).where(table.c.id == record.id)
        existing = self.conn.execute(stmt).first()
        stale = {old_pk} - {None, existing.pk if existing else None}
        for pk in stale:
            self.touched |= delete_article(self.conn, int(pk or 0))
        made = (existing.pipeline_rules, existing.pipeline_min_confidence) if existing else None
        if existing is not None and (not self.reprocess
                                     or made == record_rows.maker_of(record.pipeline)):
            return Outcome("replaced" if stale else "unchanged")
        if existing is not None:
            self.touched |= delete_article(self.conn, existing.pk)
        count, merged = insert_record(self.conn, record)
        self.touched |= merged
        replaced = existing is not None or bool(stale)
        return Outcome("replaced" if replaced else "added", count)

    def _failure(self, source: Source, code: str, message: str) -> Outcome:
        insert_failure(self.conn, source, code, message)
        where = source.path or source.id or source.url or "<input>"
        return Outcome("failed", 1, f"{where}: {message}")


# -- rows: the SQL that writes one record --------------------------------------------------------


def insert_record(conn: Connection, record: Record) -> tuple[int, set[int]]:
    """Insert every row of a record; return the row count and the merged events touched."""
    stmt = insert(schema.articles).returning(schema.articles.c.pk)
    pk = int(conn.execute(stmt, record_rows.article_row(record, now())).scalar_one())
    actor_ids, count = _insert_actors(conn, pk, record)
    count += _insert_many(conn, schema.times, record_rows.time_rows(pk, record))
    count += _insert_many(conn, schema.quotes, record_rows.quote_rows(pk, record, actor_ids))
    merged, event_rows = _insert_events(conn, pk, record, actor_ids)
    link_records(conn, [(pk, record)])
    return count + event_rows + 1, merged


def _insert_many(conn: Connection, table: Table, values: list[dict[str, Any]]) -> int:
    if values:
        conn.execute(insert(table), values)
    return len(values)


def _insert_actors(conn: Connection, pk: int, record: Record) -> tuple[dict[str, int], int]:
    keyed = {a.id: identity.canonical(a) for a in record.actors}
    ids = canonical_ids(conn, list(keyed.values()))
    local = {a.id: ids[keyed[a.id].key] for a in record.actors}
    links, spans = actor_rows(pk, record, local)
    return local, _insert_many(conn, schema.article_actors, links) + _insert_many(
        conn, schema.mentions, spans)


def actor_rows(pk: int, record: Record, local: dict[str, int]
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``article_actors`` and ``mentions`` rows of a record."""
    links = [
        {"article_pk": pk, "local_id": a.id, "actor_id": local[a.id], "name": a.name,
         "name_norm": identity.normalise_name(a.name), "kind": a.kind, "country": a.country,
         "sector": a.sector, "role": a.role, "rule": a.rule,
         "aliases": json.dumps(a.aliases, ensure_ascii=False), "affiliation": a.affiliation,
         "source": a.source}
        for a in record.actors
    ]
    spans = [
        {"article_pk": pk, "local_id": a.id, "actor_id": local[a.id], "start_char": m.start,
         "end_char": m.end, "text": m.text}
        for a in record.actors for m in a.mentions
    ]
    return links, spans


def canonical_ids(conn: Connection, wanted: list[identity.Canonical]) -> dict[str, int]:
    table = schema.actors
    keys = sorted({c.key for c in wanted})
    found = ids_by_key(conn, table, keys)
    missing = {c.key: c for c in wanted if c.key not in found}
    if missing:
        values = [{"key": c.key, "name": c.name, "kind": c.kind, "country": c.country,
                   "sector": c.sector, "name_norm": identity.normalise_name(c.name)}
                  for c in missing.values()]
        insert_ignore(conn, table, values)
        found.update(ids_by_key(conn, table, sorted(missing)))
    return found


def ids_by_key(conn: Connection, table: Table, keys: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(keys):
        rows = conn.execute(select(table.c.key, table.c.id).where(table.c.key.in_(chunk)))
        found.update({row.key: row.id for row in rows})
    return found


def insert_ignore(conn: Connection, table: Table, values: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT (key) DO NOTHING, in the dialect at hand, many rows at once."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=["key"]), values)


def _insert_events(conn: Connection, pk: int, record: Record,
                   actor_ids: dict[str, int]) -> tuple[set[int], int]:
    """Every event of a record with its mentions and parties: four statements in all."""
    if not record.events:
        return set(), 0
    merged = _merged_ids(conn, record)
    rows = [record_rows.event_row(pk, record, ev, actor_ids, merged[ev.id]) for ev in record.events]
    stmt = insert(schema.events).returning(schema.events.c.id, sort_by_parameter_order=True)
    event_ids = [int(row.id) for row in conn.execute(stmt, rows)]
    spans: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for ev, event_id, row in zip(record.events, event_ids, rows, strict=True):
        spans += [{"event_id": event_id, "seq": i, "start_char": m.start, "end_char": m.end,
                   "text": m.text} for i, m in enumerate(ev.mentions)]
        links += [{"event_id": event_id, "role": role, "seq": i, "local_id": local,
                   "actor_id": actor_ids[local], "date_sort": row["date_sort"]}
                  for role, locals_ in (("source", ev.source), ("target", ev.target))
                  for i, local in enumerate(locals_)]
    count = len(rows) + _insert_many(conn, schema.event_mentions, spans)
    count += _insert_many(conn, schema.event_actors, links)
    return set(merged.values()), count


def _merged_ids(conn: Connection, record: Record) -> dict[str, int]:
    """The merged event of each of the record's events (created when new)."""
    values = {ev.id: merged_values(record, ev) for ev in record.events}
    keys = sorted({v["key"] for v in values.values()})
    unique = {v["key"]: v for v in values.values()}
    insert_ignore(conn, schema.merged_events, [unique[k] for k in keys])
    ids = ids_by_key(conn, schema.merged_events, keys)
    return {event_id: ids[v["key"]] for event_id, v in values.items()}


def merged_values(record: Record, ev: Event,
                  canonical: dict[str, identity.Canonical] | None = None) -> dict[str, Any]:
    """The merged event ``ev`` belongs to (``canonical``: the record's actors by local id,
    when the caller has them)."""
    known = canonical if canonical is not None else {
        a.id: identity.canonical(a) for a in record.actors}
    sources = [known[local] for local in ev.source if local in known]
    targets = [known[local] for local in ev.target if local in known]
    key, granularity = identity.date_key(ev.date.value)
    merge = identity.merge_key(ev.type, [c.key for c in sources], [c.key for c in targets], key,
                             record.id)
    return {
        "key": merge, "type": ev.type,
        "source_key": "+".join(sorted({c.key for c in sources})),
        "target_key": "+".join(sorted({c.key for c in targets})),
        "source_names": _names(sources), "target_names": _names(targets),
        "date_key": key, "granularity": granularity, "date_sort": identity.date_sort(key),
        "n_mentions": 0, "n_articles": 0, "n_sources": 0,
    }


def _names(items: list[identity.Canonical]) -> str:
    return json.dumps(sorted({c.name for c in items}), ensure_ascii=False)


def delete_article(conn: Connection, pk: int) -> set[int]:
    """Delete an article and everything it owns; return the merged events it belonged to."""
    ev = schema.events
    forget_article(conn, pk)
    merged = set(conn.scalars(select(ev.c.merged_id).where(ev.c.article_pk == pk)))
    owned = select(ev.c.id).where(ev.c.article_pk == pk)
    for child in (schema.event_mentions, schema.event_actors):
        conn.execute(delete(child).where(child.c.event_id.in_(owned)))
    conn.execute(delete(ev).where(ev.c.article_pk == pk))
    for table in schema.ARTICLE_CHILDREN:
        conn.execute(delete(table).where(table.c.article_pk == pk))
    conn.execute(delete(schema.articles).where(schema.articles.c.pk == pk))
    return merged


def recount_merged(conn: Connection, ids: set[int]) -> None:
    """Set mention, article and source counts of merged events from their members."""
    for stmt in recount_statements(ids):
        conn.execute(stmt)


def recount_statements(ids: set[int]) -> list[Update | Delete]:
    """The statements of ``recount_merged``: an update and a delete per chunk of ids."""
    m, ev, art = schema.merged_events, schema.events, schema.articles
    member = ev.c.merged_id == m.c.id
    mentions = select(func.coalesce(func.sum(ev.c.n_mentions), 0)).where(member)
    articles = select(func.count(distinct(ev.c.article_pk))).where(member)
    sources = select(func.count(distinct(art.c.publisher))).select_from(
        ev.join(art, art.c.pk == ev.c.article_pk)).where(member)
    out: list[Update | Delete] = []
    for chunk in chunks(sorted(ids)):
        out.append(update(m).where(m.c.id.in_(chunk)).values(
            n_mentions=mentions.scalar_subquery(), n_articles=articles.scalar_subquery(),
            n_sources=sources.scalar_subquery()))
        out.append(delete(m).where(m.c.id.in_(chunk), m.c.n_articles == 0))
    return out


def insert_failure(conn: Connection, source: Source, code: str, message: str) -> None:
    insert_ignore(conn, schema.failures, [failure_row(source, code, message)])


def failure_row(source: Source, code: str, message: str) -> dict[str, Any]:
    """The ``failures`` row of a failed input (known by a hash of what it says)."""
    where = [source.id, source.path, source.url, source.title, source.publisher, code, message]
    key = hashlib.sha256(json.dumps(where, ensure_ascii=False).encode("utf-8")).hexdigest()
    values = {"key": key, "source_id": source.id, "path": source.path, "url": source.url,
              "title": source.title, "publisher": source.publisher, "code": code,
              "message": message, "failed_at": now()}
    return {k: _no_nul(v) for k, v in values.items()}


def _no_nul(value: str | None) -> str | None:
    """A failure row must store whatever the input held: NUL (which PostgreSQL refuses in
    text) becomes U+FFFD."""
    return value.replace("\x00", "\ufffd") if value else value


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


__all__ = ["BatchWriter", "IngestReport", "Outcome", "actor_rows", "canonical_ids",
           "delete_article", "failure_row", "ids_by_key", "insert_failure", "insert_ignore",
           "merged_values", "now", "recount_merged", "recount_statements"]
