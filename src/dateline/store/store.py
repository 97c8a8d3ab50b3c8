"""``Store``: records in SQLite (default) or PostgreSQL, through one SQLAlchemy Core code path.

Writing is idempotent: an article is known by its content hash (``Record.id``), and storing it
again changes nothing unless ``reprocess`` is set and the stored copy came from other rules. Each
batch is one transaction and each record a savepoint inside it, so a malformed record becomes a
row in ``failures`` and never aborts its batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    create_engine,
    delete,
    distinct,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from dateline.errors import DatelineError
from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Event, Record, Source, text_id
from dateline.store import queries, schema
from dateline.store.migrations import WRITE_OPTION, begin_write, migrate

DEFAULT_FILE = "dateline.db"
ENV_VAR = "DATELINE_DB"

Result = Record | ErrorRecord
Progress = Callable[[int], None]


class StoreError(DatelineError):
    """The database could not be opened, migrated or written."""

    code = "store"


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


def resolve_url(url: str | None = None) -> str:
    """``--db`` value, else ``$DATELINE_DB``, else ``dateline.db`` in the working folder."""
    raw = url or os.environ.get(ENV_VAR) or DEFAULT_FILE
    if "://" not in raw:
        return f"sqlite:///{Path(raw).resolve()}"
    scheme, rest = raw.split("://", 1)
    if scheme in {"postgresql", "postgres"}:
        return f"postgresql+psycopg://{rest}"
    return raw


def create_store_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a busy timeout and real transactions."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@dataclass
class Outcome:
    """What happened to one result: added, replaced, unchanged or failed."""

    status: str
    rows: int = 0
    message: str | None = None


def article_id(item: Article | ReadFailure) -> str | None:
    """The id an article's record will have, computed without spaCy (None when unknown)."""
    if not isinstance(item, Article):
        return None
    from dateline.ingest.clean import clean

    try:
        return text_id(clean(item.text).text)
    except DatelineError:
        return None


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
        _recount_merged(self.conn, self.touched)

    def _record(self, record: Record, old_pk: int | None) -> Outcome:
        schema.check_record(record)
        table = schema.articles
        stmt = select(table.c.pk, table.c.pipeline_rules).where(table.c.id == record.id)
        existing = self.conn.execute(stmt).first()
        rules = record.pipeline.rules if record.pipeline else None
        stale = {old_pk} - {None, existing.pk if existing else None}
        for pk in stale:
            self.touched |= _delete_article(self.conn, int(pk or 0))
        if existing is not None and (not self.reprocess or existing.pipeline_rules == rules):
            return Outcome("replaced" if stale else "unchanged")
        if existing is not None:
            self.touched |= _delete_article(self.conn, existing.pk)
        count, merged = _insert_record(self.conn, record)
        self.touched |= merged
        replaced = existing is not None or bool(stale)
        return Outcome("replaced" if replaced else "added", count)

    def _failure(self, source: Source, code: str, message: str) -> Outcome:
        _insert_failure(self.conn, source, code, message)
        where = source.path or source.id or source.url or "<input>"
        return Outcome("failed", 1, f"{where}: {message}")


class Store:
    """The database of records: ingest, query, merge, and frames for analysis."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, *, migrate_schema: bool = True) -> Store:
        """Open (and by default migrate) the store at ``url``; see ``resolve_url``."""
        resolved = resolve_url(url)
        try:
            engine = create_store_engine(resolved)
            if migrate_schema:
                migrate(engine)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open the store at {_safe(resolved)}: {exc}") from exc
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def ingest(
        self,
        results: Iterable[Result],
        *,
        reprocess: bool = False,
        batch_size: int = 50,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Store records (and error records as failures), one transaction per batch."""
        return self._ingest_pairs(((r, None) for r in results), reprocess, batch_size, progress)

    def ingest_articles(
        self,
        items: Iterable[Article | ReadFailure],
        *,
        workers: int = 1,
        reprocess: bool = False,
        date: str | None = None,
        model: str | None = None,
        batch_size: int = 50,
        progress: Progress | None = None,
        engine: Any = None,
    ) -> IngestReport:
        """Extract and store articles; articles already stored are skipped before extraction.
        ``engine`` (one of ``dateline.engine``'s) replaces ``LocalEngine(workers, ...)``."""
        from dateline.engine import LocalEngine

        report = IngestReport()
        todo = self._unstored(items, reprocess, report, progress)
        engine = engine or LocalEngine(workers, date=date, model=model)
        pairs = ((result, None) for result in engine.extract_many(todo))
        return self._ingest_pairs(pairs, reprocess, batch_size, progress, report)

    def reprocess_stored(
        self,
        *,
        workers: int = 1,
        model: str | None = None,
        batch_size: int = 50,
        progress: Progress | None = None,
        engine: Any = None,
    ) -> IngestReport:
        """Re-extract every stored article whose rules differ from the current pipeline's."""
        from dateline.engine import LocalEngine

        old = list(self._outdated())
        engine = engine or LocalEngine(workers, model=model)
        results = engine.extract_many([article for _, article in old])
        pairs = ((result, pk) for result, (pk, _) in zip(results, old, strict=True))
        return self._ingest_pairs(pairs, True, batch_size, progress)

    def stored_rules(self, ids: Sequence[str]) -> dict[str, str | None]:
        """The rules version each of ``ids`` was stored with (absent ids are left out)."""
        table = schema.articles
        found: dict[str, str | None] = {}
        with self.engine.connect() as conn:
            for chunk in queries.chunks(list(ids)):
                stmt = select(table.c.id, table.c.pipeline_rules).where(table.c.id.in_(chunk))
                found.update({row.id: row.pipeline_rules for row in conn.execute(stmt)})
        return found

    def _ingest_pairs(
        self,
        pairs: Iterable[tuple[Result, int | None]],
        reprocess: bool,
        batch_size: int,
        progress: Progress | None,
        report: IngestReport | None = None,
    ) -> IngestReport:
        report = report or IngestReport()
        for batch in queries.chunked(pairs, batch_size):
            for outcome in self._write_batch(batch, reprocess):
                report.count(outcome)
            if progress:
                progress(len(batch))
        return report

    def _write_batch(
        self, batch: list[tuple[Result, int | None]], reprocess: bool
    ) -> list[Outcome]:
        try:
            with begin_write(self.engine) as conn:
                batch_writer = BatchWriter(conn, reprocess)
                outcomes = [batch_writer.write(result, old_pk) for result, old_pk in batch]
                batch_writer.finish()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not write a batch to the store: {exc}") from exc
        return outcomes

    def _unstored(
        self,
        items: Iterable[Article | ReadFailure],
        reprocess: bool,
        report: IngestReport,
        progress: Progress | None,
    ) -> Iterator[Article | ReadFailure]:
        from dateline.pipeline import rules_version

        current = rules_version()
        for window in queries.chunked(items, 200):
            ids = {index: article_id(item) for index, item in enumerate(window)}
            stored = self.stored_rules([i for i in ids.values() if i])
            for index, item in enumerate(window):
                key = ids[index]
                if key in stored and not (reprocess and stored[key] != current):
                    report.unchanged += 1
                    if progress:
                        progress(1)
                    continue
                yield item

    def _outdated(self) -> Iterator[tuple[int, Article]]:
        from dateline.pipeline import rules_version

        table = schema.articles
        stmt = select(table).where(table.c.pipeline_rules.is_distinct_from(rules_version()))
        with self.engine.connect() as conn:
            rows = conn.execute(stmt.order_by(table.c.pk)).all()
        for row in rows:
            source = Source(row.source_id, row.path, row.url, row.title, row.publisher)
            yield row.pk, Article(row.text, source, row.published or row.document_date)

    # -- reading -------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of every table (the migrations table aside)."""
        with self.engine.connect() as conn:
            return queries.counts(conn)

    def failures(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return queries.failures(conn)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events, one per article mention; filters: actor, type, since, until, modality."""
        spec = queries.EventFilter(**filters)
        with self.engine.connect() as conn:
            return queries.events(conn, spec)

    def merged_events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events merged across articles, with counts and the ids of every member mention."""
        spec = queries.EventFilter(**filters)
        with self.engine.connect() as conn:
            return queries.merged_events(conn, spec)

    def quotes(self, *, speaker: str | None = None, contains: str | None = None) -> list[
        dict[str, Any]
    ]:
        with self.engine.connect() as conn:
            return queries.quotes(conn, speaker=speaker, contains=contains)

    def actors(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return queries.actors(conn)

    def timeline(self, actor: str) -> list[dict[str, Any]]:
        """Events and quotes involving ``actor`` (a name or a code), in date order."""
        with self.engine.connect() as conn:
            return queries.timeline(conn, actor)

    def search(self, words: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Articles matching ``words`` (full text), best first."""
        with self.engine.connect() as conn:
            return queries.search(conn, words, limit=limit)

    def record(self, article_id: str) -> Record | None:
        """The stored record of one article, rebuilt from the tables."""
        with self.engine.connect() as conn:
            return queries.record(conn, article_id)

    def records(self) -> Iterator[Record]:
        with self.engine.connect() as conn:
            ids = list(conn.scalars(select(schema.articles.c.id).order_by(schema.articles.c.pk)))
        for article_id in ids:
            found = self.record(article_id)
            if found is not None:
                yield found

    # -- frames --------------------------------------------------------------------------------

    def events_frame(self, **filters: Any) -> Any:
        """``events(...)`` as a pandas DataFrame."""
        return _frame(self.events(**filters))

    def merged_events_frame(self, **filters: Any) -> Any:
        return _frame(self.merged_events(**filters))

    def quotes_frame(self, **filters: Any) -> Any:
        return _frame(self.quotes(**filters))

    def actors_frame(self) -> Any:
        return _frame(self.actors())

    def failures_frame(self) -> Any:
        return _frame(self.failures())


def _frame(rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    return pd.DataFrame.from_records(rows)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"




# -- rows: the SQL that writes one record --------------------------------------------------------


def _insert_record(conn: Connection, record: Record) -> tuple[int, set[int]]:
    """Insert every row of a record; return the row count and the merged events touched."""
    stmt = insert(schema.articles).returning(schema.articles.c.pk)
    pk = int(conn.execute(stmt, schema.article_row(record, _now())).scalar_one())
    actor_ids, count = _insert_actors(conn, pk, record)
    count += _insert_many(conn, schema.times, schema.time_rows(pk, record))
    count += _insert_many(conn, schema.quotes, schema.quote_rows(pk, record, actor_ids))
    merged: set[int] = set()
    for ev in record.events:
        merged.add(_insert_event(conn, pk, record, ev, actor_ids))
        count += 1 + len(ev.mentions) + len(ev.source) + len(ev.target)
    return count + 1, merged


def _insert_many(conn: Connection, table: Table, values: list[dict[str, Any]]) -> int:
    if values:
        conn.execute(insert(table), values)
    return len(values)


def _insert_actors(conn: Connection, pk: int, record: Record) -> tuple[dict[str, int], int]:
    keyed = {a.id: schema.canonical(a) for a in record.actors}
    ids = _canonical_ids(conn, list(keyed.values()))
    local = {a.id: ids[keyed[a.id].key] for a in record.actors}
    links = [
        {"article_pk": pk, "local_id": a.id, "actor_id": local[a.id], "name": a.name,
         "name_norm": schema.normalise_name(a.name), "kind": a.kind, "country": a.country,
         "sector": a.sector, "role": a.role,
         "rule": a.rule}
        for a in record.actors
    ]
    spans = [
        {"article_pk": pk, "local_id": a.id, "actor_id": local[a.id], "start_char": m.start,
         "end_char": m.end, "text": m.text}
        for a in record.actors for m in a.mentions
    ]
    return local, _insert_many(conn, schema.article_actors, links) + _insert_many(
        conn, schema.mentions, spans)


def _canonical_ids(conn: Connection, wanted: list[schema.Canonical]) -> dict[str, int]:
    table = schema.actors
    keys = sorted({c.key for c in wanted})
    found = _ids_by_key(conn, table, keys)
    for item in wanted:
        if item.key not in found:
            values = {"key": item.key, "name": item.name, "kind": item.kind,
                      "country": item.country, "sector": item.sector,
                      "name_norm": schema.normalise_name(item.name)}
            _insert_ignore(conn, table, values)
            found.update(_ids_by_key(conn, table, [item.key]))
    return found


def _ids_by_key(conn: Connection, table: Table, keys: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in queries.chunks(keys):
        rows = conn.execute(select(table.c.key, table.c.id).where(table.c.key.in_(chunk)))
        found.update({row.key: row.id for row in rows})
    return found


def _insert_ignore(conn: Connection, table: Table, values: dict[str, Any]) -> None:
    """INSERT ... ON CONFLICT (key) DO NOTHING, in the dialect at hand."""
    from sqlalchemy.dialects import postgresql, sqlite

    if conn.dialect.name == "postgresql":
        conn.execute(postgresql.insert(table).values(**values).on_conflict_do_nothing(
            index_elements=["key"]))
    else:
        conn.execute(sqlite.insert(table).values(**values).on_conflict_do_nothing(
            index_elements=["key"]))


def _insert_event(conn: Connection, pk: int, record: Record, ev: Event,
                  actor_ids: dict[str, int]) -> int:
    merged_id = _merged_id(conn, record, ev)
    row = schema.event_row(pk, record, ev, actor_ids, merged_id)
    stmt = insert(schema.events).returning(schema.events.c.id)
    event_id = int(conn.execute(stmt, row).scalar_one())
    spans = [
        {"event_id": event_id, "seq": i, "start_char": m.start, "end_char": m.end,
         "text": m.text}
        for i, m in enumerate(ev.mentions)
    ]
    _insert_many(conn, schema.event_mentions, spans)
    parties = [("source", ev.source), ("target", ev.target)]
    links = [
        {"event_id": event_id, "role": role, "seq": i, "local_id": local,
         "actor_id": actor_ids[local], "date_sort": row["date_sort"]}
        for role, locals_ in parties for i, local in enumerate(locals_)
    ]
    _insert_many(conn, schema.event_actors, links)
    return merged_id


def _merged_id(conn: Connection, record: Record, ev: Event) -> int:
    sources = [schema.canonical(a) for a in _actors(record, ev.source)]
    targets = [schema.canonical(a) for a in _actors(record, ev.target)]
    key, granularity = schema.date_key(ev.date.value)
    merge = schema.merge_key(ev.type, [c.key for c in sources], [c.key for c in targets], key,
                             record.id)
    values = {
        "key": merge, "type": ev.type,
        "source_key": "+".join(sorted({c.key for c in sources})),
        "target_key": "+".join(sorted({c.key for c in targets})),
        "source_names": _names(sources), "target_names": _names(targets),
        "date_key": key, "granularity": granularity, "date_sort": schema.date_sort(key),
        "n_mentions": 0, "n_articles": 0, "n_sources": 0,
    }
    _insert_ignore(conn, schema.merged_events, values)
    table = schema.merged_events
    return int(conn.execute(select(table.c.id).where(table.c.key == merge)).scalar_one())


def _actors(record: Record, local_ids: list[str]) -> list[Any]:
    return [a for local in local_ids if (a := record.actor(local)) is not None]


def _names(items: list[schema.Canonical]) -> str:
    return json.dumps(sorted({c.name for c in items}), ensure_ascii=False)


def _delete_article(conn: Connection, pk: int) -> set[int]:
    """Delete an article and everything it owns; return the merged events it belonged to."""
    ev = schema.events
    merged = set(conn.scalars(select(ev.c.merged_id).where(ev.c.article_pk == pk)))
    owned = select(ev.c.id).where(ev.c.article_pk == pk)
    for child in (schema.event_mentions, schema.event_actors):
        conn.execute(delete(child).where(child.c.event_id.in_(owned)))
    conn.execute(delete(ev).where(ev.c.article_pk == pk))
    for table in schema.ARTICLE_CHILDREN:
        conn.execute(delete(table).where(table.c.article_pk == pk))
    conn.execute(delete(schema.articles).where(schema.articles.c.pk == pk))
    return merged


def _recount_merged(conn: Connection, ids: set[int]) -> None:
    """Set mention, article and source counts of merged events from their members."""
    m, ev, art = schema.merged_events, schema.events, schema.articles
    member = ev.c.merged_id == m.c.id
    mentions = select(func.coalesce(func.sum(ev.c.n_mentions), 0)).where(member)
    articles = select(func.count(distinct(ev.c.article_pk))).where(member)
    sources = select(func.count(distinct(art.c.publisher))).select_from(
        ev.join(art, art.c.pk == ev.c.article_pk)).where(member)
    for chunk in queries.chunks(sorted(ids)):
        conn.execute(update(m).where(m.c.id.in_(chunk)).values(
            n_mentions=mentions.scalar_subquery(), n_articles=articles.scalar_subquery(),
            n_sources=sources.scalar_subquery()))
        conn.execute(delete(m).where(m.c.id.in_(chunk), m.c.n_articles == 0))


def _insert_failure(conn: Connection, source: Source, code: str, message: str) -> None:
    where = [source.id, source.path, source.url, source.title, source.publisher, code, message]
    key = hashlib.sha256(json.dumps(where, ensure_ascii=False).encode("utf-8")).hexdigest()
    values = {"key": key, "source_id": source.id, "path": source.path, "url": source.url,
              "title": source.title, "publisher": source.publisher, "code": code,
              "message": message, "failed_at": _now()}
    _insert_ignore(conn, schema.failures, values)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
